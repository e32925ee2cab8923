//! Where the user is in the app, as carried in the URL fragment.
//!
//! Navigation lives in the fragment (`#/…`) so that `dist/` works from any static
//! host and any sub-path with no rewrite rules, every view survives a reload, and a
//! share link's payload never reaches a server. Parsing is total: any fragment maps
//! to a route, unknown ones to [`Route::NotFound`] so the app can say so.

/// A view of the app, addressed by the URL fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` or no fragment: what Stackwise is, and "Start a new decision".
    Landing,
    /// `#/new`: start a new decision (the app creates it and moves to its first
    /// step, replacing this address in the history).
    NewDecision,
    /// `#/d/<session id>/q/<step>`: the questionnaire of a saved session at a step.
    Questionnaire { session: String, step: usize },
    /// `#/d/<session id>/result`: the result of a saved session.
    Result { session: String },
    /// `#/d/<session id>/record`: the one-page decision record.
    Record { session: String },
    /// `#/d/<session id>/trial`: the one-sprint trial, the cost calculator and the
    /// post-release review.
    Trial { session: String },
    /// `#/sessions`: the list of saved sessions.
    Sessions,
    /// `#/method`: how scoring works.
    Method,
    /// `#/s/<payload>`: a shared result, opened read-only.
    Shared { payload: String },
    /// `#/compare`: saved decisions side by side.
    Compare,
    /// `#/i/<payload>`: an invitation to answer a team decision.
    Invite { payload: String },
    /// `#/r/<payload>`: a colleague's reply to an invitation.
    Reply { payload: String },
    /// `#/d/<session id>/team`: the team view of a saved session.
    Team { session: String },
    /// `#/d/<session id>/short`: a colleague's short reply (priorities, the team's
    /// skills and the hiring market) on their copy of an invitation.
    ShortReply { session: String },
    /// Any other fragment; carries it so the app can name it.
    NotFound { fragment: String },
}

impl Route {
    /// Reads a fragment, with or without its leading `#`.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.strip_prefix('/').unwrap_or(path);
        let parts: Vec<&str> = path.split('/').collect();
        match parts.as_slice() {
            [] | [""] => Route::Landing,
            ["new"] => Route::NewDecision,
            ["sessions"] => Route::Sessions,
            ["method"] => Route::Method,
            ["compare"] => Route::Compare,
            ["s", payload] if !payload.is_empty() => Route::Shared {
                payload: (*payload).to_owned(),
            },
            ["i", payload] if !payload.is_empty() => Route::Invite {
                payload: (*payload).to_owned(),
            },
            ["r", payload] if !payload.is_empty() => Route::Reply {
                payload: (*payload).to_owned(),
            },
            ["d", id, rest @ ..] if crate::store::is_valid_id(id) => match rest {
                [] | ["result"] => Route::Result {
                    session: (*id).to_owned(),
                },
                ["record"] => Route::Record {
                    session: (*id).to_owned(),
                },
                ["team"] => Route::Team {
                    session: (*id).to_owned(),
                },
                ["short"] => Route::ShortReply {
                    session: (*id).to_owned(),
                },
                ["trial"] => Route::Trial {
                    session: (*id).to_owned(),
                },
                ["q"] => Route::Questionnaire {
                    session: (*id).to_owned(),
                    step: 0,
                },
                ["q", step] => match step.parse() {
                    Ok(step) => Route::Questionnaire {
                        session: (*id).to_owned(),
                        step,
                    },
                    Err(_) => Route::not_found(fragment),
                },
                _ => Route::not_found(fragment),
            },
            _ => Route::not_found(fragment),
        }
    }

    fn not_found(fragment: &str) -> Route {
        Route::NotFound {
            fragment: fragment.to_owned(),
        }
    }

    /// The fragment (with `#`) that [`Route::parse`] reads back as this route.
    pub fn to_fragment(&self) -> String {
        match self {
            Route::Landing => "#/".to_owned(),
            Route::NewDecision => "#/new".to_owned(),
            Route::Sessions => "#/sessions".to_owned(),
            Route::Method => "#/method".to_owned(),
            Route::Compare => "#/compare".to_owned(),
            Route::Shared { payload } => format!("#/s/{payload}"),
            Route::Invite { payload } => format!("#/i/{payload}"),
            Route::Reply { payload } => format!("#/r/{payload}"),
            Route::Team { session } => format!("#/d/{session}/team"),
            Route::ShortReply { session } => format!("#/d/{session}/short"),
            Route::Questionnaire { session, step } => format!("#/d/{session}/q/{step}"),
            Route::Result { session } => format!("#/d/{session}/result"),
            Route::Record { session } => format!("#/d/{session}/record"),
            Route::Trial { session } => format!("#/d/{session}/trial"),
            Route::NotFound { fragment } => fragment.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_fragments_are_the_landing_view() {
        for fragment in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(fragment), Route::Landing, "{fragment:?}");
        }
    }

    #[test]
    fn starting_a_decision_targets_the_static_first_step() {
        // index.html's static step is the element `#/new` targets.
        assert_eq!(
            Route::NewDecision.to_fragment(),
            format!("#{}", crate::first_screen::STEP_ELEMENT_ID)
        );
    }

    #[test]
    fn every_route_reads_back_from_its_fragment() {
        let routes = [
            Route::Landing,
            Route::NewDecision,
            Route::Sessions,
            Route::Method,
            Route::Compare,
            Route::Shared {
                payload: "AbC-_09".into(),
            },
            Route::Questionnaire {
                session: "s-1".into(),
                step: 7,
            },
            Route::Result {
                session: "s-1".into(),
            },
            Route::Record {
                session: "s_2".into(),
            },
            Route::Invite {
                payload: "AbC".into(),
            },
            Route::Reply {
                payload: "x-_1".into(),
            },
            Route::Team {
                session: "s-1".into(),
            },
            Route::ShortReply {
                session: "s-4".into(),
            },
            Route::Trial {
                session: "s-3".into(),
            },
        ];
        for route in routes {
            assert_eq!(Route::parse(&route.to_fragment()), route);
        }
    }

    #[test]
    fn unknown_or_malformed_fragments_are_reported_not_guessed() {
        for fragment in [
            "#/nope",
            "#/d//q/1",
            "#/d/a b/q/1",
            "#/d/x/q/-1",
            "#/s/",
            "#/i/",
            "#/r/",
            "#/d/x/team/1",
            "#/d/x/short/2",
            "#/d/x/q/1/2",
        ] {
            assert_eq!(
                Route::parse(fragment),
                Route::NotFound {
                    fragment: fragment.into()
                },
                "{fragment:?}"
            );
        }
    }
}
