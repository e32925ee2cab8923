//! Invitation and reply links: the share codec's payload (answers, weights and an
//! optional name, versioned and checksummed) behind their own fragment prefixes.
//!
//! * `#/i/<payload>`: an invitation. It carries the lead's answers as a starting
//!   point and the decision's short name; a colleague who opens it gets their own
//!   copy.
//! * `#/r/<payload>`: a reply. It carries the colleague's answers and priorities
//!   and the name they want shown; the lead pastes it into the decision, where it
//!   becomes a [`Participant`].
//!
//! Nothing is sent anywhere: links travel by whatever chat the team uses. Pasted
//! text may hold several links; each is read on its own, and a damaged or foreign
//! one is refused with a message naming the problem.

use std::fmt;

use crate::model::answers::Answers;
use crate::model::weights::Weights;
use crate::share::{self, DecodedShare, FRAGMENT_PREFIX, ShareError};

use super::participant::Participant;

/// What precedes the payload in an invitation link.
pub const INVITE_PREFIX: &str = "#/i/";
/// What precedes the payload in a reply link.
pub const REPLY_PREFIX: &str = "#/r/";

/// The invitation fragment: the lead's answers and the decision's short name.
pub fn invite_fragment(decision_name: &str, answers: &Answers, weights: &Weights) -> String {
    format!(
        "{INVITE_PREFIX}{}",
        share::encode_named(answers, weights, decision_name)
    )
}

/// The reply fragment: a colleague's answers, priorities and name.
pub fn reply_fragment(name: &str, answers: &Answers, weights: &Weights) -> String {
    format!(
        "{REPLY_PREFIX}{}",
        share::encode_named(answers, weights, name)
    )
}

/// Why pasted text is not a usable reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReplyError {
    /// An invitation link was pasted where a reply was expected.
    Invitation,
    /// A share link was pasted where a reply was expected.
    ShareLink,
    /// An address that is not a Stackwise reply link at all.
    Foreign,
    /// A reply link whose payload is damaged (or from a newer Stackwise).
    Damaged(ShareError),
    /// An exported file that is not a readable Stackwise session.
    File(String),
}

impl fmt::Display for ReplyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReplyError::Invitation => f.write_str(
                "This is an invitation link, not a reply. Send it to a colleague; they copy a reply link back.",
            ),
            ReplyError::ShareLink => f.write_str(
                "This is a share link, not a reply. Ask your colleague for the reply link (it contains \"#/r/\").",
            ),
            ReplyError::Foreign => f.write_str(
                "This is not a Stackwise reply link: reply links contain \"#/r/\" followed by the answers.",
            ),
            ReplyError::Damaged(e) => write!(f, "This reply link cannot be read. {e}"),
            ReplyError::File(e) => write!(f, "This file cannot be read as a Stackwise decision: {e}"),
        }
    }
}

impl std::error::Error for ReplyError {}

/// The payload after `prefix` in `text` (a fragment or a whole URL), trimmed.
fn after<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.find(prefix)
        .and_then(|at| text.get(at + prefix.len()..))
        .map(str::trim)
}

/// Reads one reply link (the fragment or a whole URL) into a participant. A reply
/// without a name gets the default one.
pub fn read_reply(text: &str) -> Result<Participant, ReplyError> {
    let text = text.trim();
    if text.len() > share::MAX_INPUT_LEN {
        return Err(ReplyError::Damaged(ShareError::TooLong {
            len: text.len(),
            max: share::MAX_INPUT_LEN,
        }));
    }
    let payload = match after(text, REPLY_PREFIX) {
        Some(payload) => payload,
        None if text.contains(INVITE_PREFIX) => return Err(ReplyError::Invitation),
        None if text.contains(FRAGMENT_PREFIX) => return Err(ReplyError::ShareLink),
        None => return Err(ReplyError::Foreign),
    };
    let decoded = share::decode(payload).map_err(ReplyError::Damaged)?;
    Ok(participant_of(decoded))
}

/// Reads an invitation link (fragment or whole URL): the lead's answers and the
/// decision's short name.
pub fn read_invitation(text: &str) -> Result<DecodedShare, ShareError> {
    let payload = after(text.trim(), INVITE_PREFIX).ok_or(ShareError::NotAShareLink)?;
    share::decode(payload)
}

fn participant_of(decoded: DecodedShare) -> Participant {
    Participant::new(
        decoded.name.as_deref().unwrap_or_default(),
        decoded.answers,
        decoded.weights,
    )
}

/// Reads an exported session file as a participant, named after the decision's
/// name in the file (cut to the participant name's length).
pub fn read_reply_file(text: &str) -> Result<Participant, ReplyError> {
    let restored =
        crate::session::parse_session(text).map_err(|e| ReplyError::File(e.to_string()))?;
    let s = restored.session;
    Ok(Participant::new(&s.name, s.answers, s.weights))
}

/// Reads every link in pasted text (links separated by whitespace), each on its
/// own, in order. Text with nothing in it gives no results.
pub fn read_replies(text: &str) -> Vec<(String, Result<Participant, ReplyError>)> {
    text.split_whitespace()
        .take(super::MAX_PARTICIPANTS * 2)
        .map(|link| (link.to_owned(), read_reply(link)))
        .collect()
}

/// What became of one pasted reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Gathered {
    /// Added as a new participant, with this name.
    Added(String),
    /// Refused: the link and why. Nothing changed.
    Refused { link: String, reason: String },
    /// The same person already takes part (at `index`): ask before replacing.
    SamePerson {
        index: usize,
        participant: Participant,
    },
}

/// Adds every readable reply in `pasted` to the team; refuses the rest with a
/// reason and holds back a second reply from the same person for the lead to
/// confirm. A refused link changes nothing.
pub fn gather(team: &mut super::Team, pasted: &str) -> Vec<Gathered> {
    gather_read(team, read_replies(pasted))
}

/// [`gather`] for replies already read (links or files), each with its source.
pub fn gather_read(
    team: &mut super::Team,
    replies: Vec<(String, Result<Participant, ReplyError>)>,
) -> Vec<Gathered> {
    replies
        .into_iter()
        .map(|(link, read)| match read {
            Err(e) => Gathered::Refused {
                link,
                reason: e.to_string(),
            },
            Ok(participant) => {
                let name = participant.name.clone();
                match team.add(participant.clone()) {
                    Ok(_) => Gathered::Added(name),
                    Err(super::TeamError::SamePerson { index, .. }) => {
                        Gathered::SamePerson { index, participant }
                    }
                    Err(e) => Gathered::Refused {
                        link,
                        reason: e.to_string(),
                    },
                }
            }
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::tests::scenarios::{scenario_a, scenario_c};

    #[test]
    fn a_reply_becomes_the_participant_who_sent_it() {
        let weights = Weights::uniform(7);
        let link = format!(
            "https://example.org/stackwise/{}",
            reply_fragment("  Ana Lopez ", &scenario_a(), &weights)
        );
        let p = read_reply(&link).unwrap();
        assert_eq!(p.name, "Ana Lopez");
        assert_eq!(p.answers, scenario_a());
        assert_eq!(p.weights, weights);
    }

    #[test]
    fn an_invitation_carries_the_leads_answers_and_the_decision_name() {
        let link = invite_fragment(
            "Backend default 2026, spring",
            &scenario_c(),
            &Weights::default(),
        );
        let d = read_invitation(&link).unwrap();
        assert_eq!(d.name.as_deref(), Some("Backend default 2026"));
        assert_eq!(d.answers, scenario_c());
    }

    #[test]
    fn damaged_and_foreign_links_are_refused_with_a_reason() {
        let good = reply_fragment("Bo", &scenario_a(), &Weights::default());
        let mut damaged = good.clone();
        damaged.pop();
        damaged.push(if good.ends_with('A') { 'B' } else { 'A' });
        assert!(matches!(read_reply(&damaged), Err(ReplyError::Damaged(_))));
        let cut = &good[..good.len() - 5];
        assert!(matches!(read_reply(cut), Err(ReplyError::Damaged(_))));
        let share_link = crate::share::fragment(&scenario_a(), &Weights::default());
        assert_eq!(read_reply(&share_link), Err(ReplyError::ShareLink));
        let invite = invite_fragment("X", &scenario_a(), &Weights::default());
        assert_eq!(read_reply(&invite), Err(ReplyError::Invitation));
        assert_eq!(read_reply("https://example.org/"), Err(ReplyError::Foreign));
        assert_eq!(read_reply(""), Err(ReplyError::Foreign));
        let huge = "#/r/".to_owned() + &"A".repeat(5000);
        assert!(matches!(
            read_reply(&huge),
            Err(ReplyError::Damaged(ShareError::TooLong { .. }))
        ));
        assert!(
            ReplyError::Damaged(ShareError::ChecksumMismatch)
                .to_string()
                .starts_with("This reply link cannot be read. The share link was changed or cut")
        );
    }

    #[test]
    fn several_links_are_read_one_by_one() {
        let a = reply_fragment("Ana", &scenario_a(), &Weights::default());
        let c = reply_fragment("Cy", &scenario_c(), &Weights::default());
        let pasted = format!("{a}\n  nonsense\n{c}\n");
        let read = read_replies(&pasted);
        assert_eq!(read.len(), 3);
        assert_eq!(read[0].1.as_ref().map(|p| p.name.as_str()), Ok("Ana"));
        assert_eq!(read[1].1, Err(ReplyError::Foreign));
        assert_eq!(read[2].1.as_ref().map(|p| p.name.as_str()), Ok("Cy"));
        assert!(read_replies(" \n ").is_empty());
    }

    #[test]
    fn an_exported_file_becomes_a_participant_and_a_foreign_one_is_refused() {
        let mut s = crate::session::Session::new("x", "Bo's view", 0);
        s.answers = scenario_c();
        let p = read_reply_file(&s.to_json()).unwrap();
        assert_eq!((p.name.as_str(), &p.answers), ("Bo's view", &scenario_c()));
        let e = read_reply_file("{\"format\": \"other\"}").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("This file cannot be read as a Stackwise decision: format"),
            "{e}"
        );
    }

    #[test]
    fn gathering_adds_refuses_and_holds_back_the_same_person() {
        let mut team = crate::team::Team::default();
        let a = reply_fragment("Ana", &scenario_a(), &Weights::default());
        let newer = reply_fragment("ana", &scenario_c(), &Weights::default());
        let mut damaged = a.clone();
        damaged.insert(6, 'x');
        let out = gather(&mut team, &format!("{a} {damaged}"));
        assert_eq!(out[0], Gathered::Added("Ana".into()));
        assert!(
            matches!(&out[1], Gathered::Refused { reason, .. } if reason.starts_with("This reply link cannot be read."))
        );
        assert_eq!(team.participants.len(), 1);
        let before = team.clone();
        let out = gather(&mut team, &newer);
        assert!(
            matches!(&out[0], Gathered::SamePerson { index: 0, participant } if participant.answers == scenario_c())
        );
        assert_eq!(team, before, "nothing changes until the lead confirms");
    }
}
