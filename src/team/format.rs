//! The `team` part of the session format: participants and settlements as JSON.
//!
//! ```json
//! "team": {
//!   "participants": [
//!     { "name": "Ana", "answers": { "team_size_now": "two_to_three" },
//!       "weights": { "hiring": 8, … } }
//!   ],
//!   "settlements": { "traffic_level": "moderate" }
//! }
//! ```
//!
//! Answers and weights use exactly the session's own encoding. Reading never fails:
//! a malformed participant is dropped with a repair note (path
//! `team.participants[i]…`) and the rest of the decision opens as usual; a missing
//! `team` is an empty team (every file written before teams existed).

use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};
use serde_json::{Map, Value};

use crate::session::{
    AnswersOut, RepairNote, SessionError, WeightsOut, answers_field, weights_field,
};

use super::participant::{DEFAULT_PARTICIPANT_NAME, Participant, participant_name};
use super::{MAX_PARTICIPANTS, Team, same_person};

/// The field name in the session document.
pub const FIELD: &str = "team";

/// Writes the team part (callers omit it when the team is empty).
pub struct TeamOut<'a>(pub &'a Team);

struct ParticipantOut<'a>(&'a Participant);

impl Serialize for TeamOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        let participants: Vec<ParticipantOut<'_>> =
            self.0.participants.iter().map(ParticipantOut).collect();
        m.serialize_entry("participants", &participants)?;
        m.serialize_entry("settlements", &AnswersOut(&self.0.settlements))?;
        m.end()
    }
}

impl Serialize for ParticipantOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("Participant", 3)?;
        st.serialize_field("name", &self.0.name)?;
        st.serialize_field("answers", &AnswersOut(&self.0.answers))?;
        st.serialize_field("weights", &WeightsOut(&self.0.weights))?;
        st.end()
    }
}

/// Notes written for a nested answers/weights object, moved under `prefix`.
fn nested(prefix: &str, inner: Vec<RepairNote>, notes: &mut Vec<RepairNote>) {
    notes.extend(
        inner
            .into_iter()
            .map(|n| RepairNote::new(format!("{prefix}.{}", n.path), n.message)),
    );
}

/// The note for a nested object that cannot be read at all: the error's own path
/// under `prefix`, and what was dropped because of it.
fn unreadable(prefix: &str, error: &SessionError, dropped: &str) -> RepairNote {
    match error {
        SessionError::Invalid { path, message } => {
            RepairNote::new(format!("{prefix}.{path}"), format!("{message}; {dropped}"))
        }
        other => RepairNote::new(prefix, format!("{other}; {dropped}")),
    }
}

/// Reads the team part; never fails (see the module doc).
pub fn read_team(value: Option<&Value>, notes: &mut Vec<RepairNote>) -> Team {
    let mut team = Team::default();
    let doc = match value {
        None | Some(Value::Null) => return team,
        Some(Value::Object(doc)) => doc,
        Some(_) => {
            notes.push(RepairNote::new(
                FIELD,
                "expected an object of participants and settlements; ignored",
            ));
            return team;
        }
    };
    for key in doc.keys() {
        if key != "participants" && key != "settlements" {
            notes.push(RepairNote::new(
                format!("{FIELD}.{key}"),
                "not part of the team format; ignored",
            ));
        }
    }
    match doc.get("participants") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("{FIELD}.participants[{i}]");
                let Some(p) = read_participant(item, &path, notes) else {
                    continue;
                };
                if team
                    .participants
                    .iter()
                    .any(|q| same_person(&q.name, &p.name))
                {
                    notes.push(RepairNote::new(
                        path,
                        format!("{} takes part twice; the later entry dropped", p.name),
                    ));
                } else if team.participants.len() >= MAX_PARTICIPANTS {
                    notes.push(RepairNote::new(
                        path,
                        format!("more than {MAX_PARTICIPANTS} participants; dropped"),
                    ));
                } else {
                    team.participants.push(p);
                }
            }
        }
        Some(_) => notes.push(RepairNote::new(
            format!("{FIELD}.participants"),
            "expected a list of participants; ignored",
        )),
    }
    match doc.get("settlements") {
        None | Some(Value::Null) => {}
        Some(value) => {
            // The session reader names its paths `answers…`; here they are `settlements…`.
            let rename = |path: &str| path.replacen("answers", "settlements", 1);
            let mut inner = Vec::new();
            match answers_field(Some(value), &mut inner) {
                Ok(settlements) => team.settlements = settlements,
                Err(SessionError::Invalid { path, message }) => {
                    inner.push(RepairNote::new(
                        rename(&path),
                        format!("{message}; all settlements dropped"),
                    ));
                }
                Err(other) => inner.push(RepairNote::new("settlements", other.to_string())),
            }
            for n in &mut inner {
                n.path = rename(&n.path);
            }
            nested(FIELD, inner, notes);
        }
    }
    team
}

fn read_participant(item: &Value, path: &str, notes: &mut Vec<RepairNote>) -> Option<Participant> {
    let Value::Object(doc) = item else {
        notes.push(RepairNote::new(
            path,
            "expected an object; participant dropped",
        ));
        return None;
    };
    let name = read_name(doc, path, notes);
    let mut inner = Vec::new();
    let read = answers_field(doc.get("answers"), &mut inner)
        .and_then(|answers| Ok((answers, weights_field(doc.get("weights"), &mut inner)?)));
    match read {
        Ok((answers, weights)) => {
            nested(path, inner, notes);
            Some(Participant {
                name,
                answers,
                weights,
            })
        }
        Err(e) => {
            notes.push(unreadable(path, &e, &format!("{name}'s reply dropped")));
            None
        }
    }
}

fn read_name(doc: &Map<String, Value>, path: &str, notes: &mut Vec<RepairNote>) -> String {
    let path = format!("{path}.name");
    let raw = match doc.get("name") {
        Some(Value::String(s)) => s.as_str(),
        _ => {
            notes.push(RepairNote::new(
                path,
                format!("missing or not a string; set to \"{DEFAULT_PARTICIPANT_NAME}\""),
            ));
            return DEFAULT_PARTICIPANT_NAME.to_owned();
        }
    };
    match participant_name(raw) {
        Some(name) if name == raw => name,
        Some(name) => {
            notes.push(RepairNote::new(
                path,
                format!("shortened or cleaned to \"{name}\""),
            ));
            name
        }
        None => {
            notes.push(RepairNote::new(
                path,
                format!("blank; set to \"{DEFAULT_PARTICIPANT_NAME}\""),
            ));
            DEFAULT_PARTICIPANT_NAME.to_owned()
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use proptest::prelude::*;
    use serde_json::json;

    use super::*;
    use crate::model::answers::Answers;
    use crate::model::tests::scenarios::scenario_a;
    use crate::model::tests::strategies::{arb_answers, arb_weights};
    use crate::model::weights::Weights;

    fn write(team: &Team) -> Value {
        serde_json::to_value(TeamOut(team)).unwrap()
    }

    #[test]
    fn a_missing_team_is_an_empty_team_without_notes() {
        let mut notes = Vec::new();
        assert_eq!(read_team(None, &mut notes), Team::default());
        assert_eq!(read_team(Some(&Value::Null), &mut notes), Team::default());
        assert!(notes.is_empty());
    }

    #[test]
    fn a_malformed_participant_is_dropped_and_the_rest_kept() {
        let value = json!({
            "participants": [
                { "name": "Ana", "answers": { "team_size_now": "solo" } },
                { "name": "Bo", "answers": { "team_size_now": 3 } },
                "Cy",
                { "name": "  ana ", "answers": {} },
                { "name": "<img src=x onerror=alert(1)> a very long name", "weights": { "hiring": 42 } },
                { "answers": { "hiring_go": "not_sure" } }
            ],
            "settlements": { "team_size_now": "two_to_three", "nope": "x" },
            "extra": true
        });
        let mut notes = Vec::new();
        let team = read_team(Some(&value), &mut notes);
        let names: Vec<&str> = team.participants.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana", "<img src=x onerror=a", "Colleague"]);
        assert!(
            team.participants[0]
                .answers
                .is_selected("team_size_now", "solo")
        );
        assert_eq!(
            team.participants[1]
                .weights
                .get(crate::model::Criterion::Hiring),
            10
        );
        assert!(
            team.settlements
                .is_selected("team_size_now", "two_to_three")
        );
        let text: Vec<String> = notes.iter().map(ToString::to_string).collect();
        let has = |needle: &str| text.iter().any(|t| t.contains(needle));
        assert!(
            has(
                "team.participants[1].answers.team_size_now: expected a string option id, found a number; Bo's reply dropped"
            ),
            "{text:#?}"
        );
        assert!(
            has("team.participants[2]: expected an object; participant dropped"),
            "{text:#?}"
        );
        assert!(
            has("team.participants[3]: ana takes part twice"),
            "{text:#?}"
        );
        assert!(
            has("team.participants[4].name: shortened or cleaned"),
            "{text:#?}"
        );
        assert!(
            has("team.participants[4].weights.hiring: 42 is outside 0..=10"),
            "{text:#?}"
        );
        assert!(
            has("team.settlements.nope: unknown question; dropped"),
            "{text:#?}"
        );
        assert!(has("team.extra: not part of the team format"), "{text:#?}");
        let mut notes = Vec::new();
        assert_eq!(read_team(Some(&json!([1, 2])), &mut notes), Team::default());
        assert_eq!(notes.len(), 1);
    }

    #[test]
    fn the_written_shape_is_the_documented_one() {
        let mut answers = Answers::new();
        answers.set_single("team_size_now", "solo").unwrap();
        let mut team = Team::default();
        team.add(Participant::new("Ana", answers, Weights::uniform(5)))
            .unwrap();
        team.settle("hiring_go", &crate::model::Answer::NotSure)
            .unwrap();
        let w = json!({"hiring":5,"team_fit":5,"delivery_speed":5,"runtime_cost":5,
            "concurrency":5,"data_ai":5,"ops_simplicity":5,"maintainability":5});
        assert_eq!(
            write(&team),
            json!({
                "participants": [{ "name": "Ana", "answers": { "team_size_now": "solo" }, "weights": w }],
                "settlements": { "hiring_go": "not_sure" }
            })
        );
    }

    #[test]
    fn a_session_keeps_its_team_and_a_version_1_file_opens_without_one() {
        let v1 = include_str!("../../tests/fixtures/session-v1.json");
        let r = crate::session::parse_session(v1).unwrap();
        assert!(r.session.team.is_empty());
        assert!(r.notes.is_empty(), "{:?}", r.notes);
        // A decision taken alone has no team part at all.
        assert!(!r.session.to_json().contains("\"team\""));

        let mut session = r.session;
        session
            .team
            .add(Participant::new("Ana", scenario_a(), Weights::uniform(4)))
            .unwrap();
        session
            .team
            .settle("traffic_level", &crate::model::Answer::Single("moderate"))
            .unwrap();
        let back = crate::session::parse_session(&session.to_json()).unwrap();
        assert_eq!(back.session, session);
        assert!(back.notes.is_empty(), "{:?}", back.notes);

        // A version-1 file cannot carry a team.
        let smuggled = v1.replacen('{', r#"{"team":{"participants":[{"name":"X"}]},"#, 1);
        let r = crate::session::parse_session(&smuggled).unwrap();
        assert!(r.session.team.is_empty());
        assert!(
            r.notes
                .iter()
                .any(|n| n.to_string() == "team: not part of format version 1; ignored")
        );
    }

    #[test]
    fn a_malformed_participant_never_stops_a_decision_from_opening() {
        let mut session = crate::session::Session::new("d1", "Team pick", 5);
        session
            .team
            .add(Participant::new("Ana", scenario_a(), Weights::default()))
            .unwrap();
        let mut doc: Value = serde_json::from_str(&session.to_json()).unwrap();
        let list = doc["team"]["participants"].as_array_mut().unwrap();
        list.push(json!({"name": "Bo", "answers": {"team_size_now": ["x", 3]}}));
        list.push(json!(17));
        let r = crate::session::parse_session(&doc.to_string()).unwrap();
        assert_eq!(r.session.team.participants.len(), 1);
        assert_eq!(r.session.answers, session.answers);
        assert_eq!(r.notes.len(), 2, "{:?}", r.notes);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        #[test]
        fn a_team_reads_back_as_written(
            a in arb_answers(), b in arb_answers(), wa in arb_weights(), wb in arb_weights(),
            settle in any::<bool>(),
        ) {
            let mut team = Team::default();
            team.add(Participant::new("Ana", a, wa)).unwrap();
            team.add(Participant::new("Bo", b, wb)).unwrap();
            if settle {
                team.settlements = scenario_a();
            }
            let mut notes = Vec::new();
            let back = read_team(Some(&write(&team)), &mut notes);
            prop_assert_eq!(back, team);
            prop_assert!(notes.is_empty(), "{:?}", notes);
        }
    }
}
