//! The record's evidence section, so a colleague can challenge the result: the
//! priority weights, every language's score per criterion, a link back to the
//! result (its share link), and the sources named in full.
//!
//! The link is written as the fragment `#/s/<payload>`; the pure record does not
//! know where Stackwise is served, so the app puts its address in front with
//! [`with_address`]. The section is tabular small print: the page budget
//! ([`super::PAGE_WORD_BUDGET`]) counts the prose above it, not these figures.

use crate::model::knowledge::Source;
use crate::model::{Criterion, Language};
use crate::session::Session;
use crate::share;

use super::sections::Ctx;

/// Heading of the evidence section.
pub const HEADING_EVIDENCE: &str = "Scores, priorities and sources";

/// What precedes the result's link, at the start of its line.
const LINK_LABEL: &str = "Open this result in Stackwise:";

/// The evidence section, ending the record before its footer.
pub(super) fn section(ctx: &Ctx<'_>, session: &Session) -> String {
    let mut out = format!("## {HEADING_EVIDENCE}\n\n");
    out.push_str(
        "Scores from 0 to 100 per criterion, with the priority (0 to 10) in brackets:\n\n",
    );
    for c in Criterion::ALL {
        let scores: Vec<String> = Language::ALL
            .iter()
            .map(|&l| format!("{l} {}", ctx.eval.scores.get(l, c)))
            .collect();
        out.push_str(&format!(
            "- **{}** ({}): {}\n",
            c.name(),
            ctx.eval.weights.get(c),
            scores.join(" · ")
        ));
    }
    out.push_str(&format!(
        "\n{LINK_LABEL} {}\n\n",
        share::fragment(&session.answers, &session.weights)
    ));
    let sources: Vec<&str> = Source::ALL.iter().map(|s| s.citation()).collect();
    out.push_str(&format!("Sources: {}\n\n", sources.join(" ")));
    out
}

/// The record with the result's link made absolute: `address` (the app's URL
/// without a fragment) goes in front of the `#/s/…` fragment.
pub fn with_address(record: &str, address: &str) -> String {
    let marker = format!("\n{LINK_LABEL} #/s/");
    match record.rfind(&marker) {
        Some(at) => {
            let (head, tail) = record.split_at(at);
            let rest = tail.get(marker.len()..).unwrap_or_default();
            format!("{head}\n{LINK_LABEL} {address}#/s/{rest}")
        }
        None => record.to_owned(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::super::{decision_record, prose_words};
    use super::*;
    use crate::model::evaluate;
    use crate::model::tests::scenarios::scenario_a;

    #[test]
    fn the_record_carries_weights_scores_its_link_and_full_sources() {
        let weights = crate::model::Weights::from_array([9, 3, 7, 10, 0, 5, 8, 6]);
        let mut session = Session::new("s", "Ours", 0);
        session.answers = scenario_a();
        session.weights = weights;
        let e = evaluate(&session.answers, &session.weights);
        let record = decision_record(&session, &e);
        let at = record.find(&format!("## {HEADING_EVIDENCE}")).unwrap();
        let evidence = &record[at..];
        for c in Criterion::ALL {
            let line = evidence
                .lines()
                .find(|l| l.starts_with(&format!("- **{}** ({})", c.name(), weights.get(c))))
                .unwrap_or_else(|| panic!("no line for {c:?}:\n{evidence}"));
            for l in Language::ALL {
                assert!(
                    line.contains(&format!("{l} {}", e.scores.get(l, c))),
                    "{line}"
                );
            }
        }
        for source in Source::ALL {
            assert!(evidence.contains(source.citation()));
        }
        let fragment = share::fragment(&session.answers, &session.weights);
        assert!(evidence.contains(&format!("{LINK_LABEL} {fragment}")));
        let linked = with_address(&record, "https://example.org/stackwise/");
        assert!(linked.contains(&format!(
            "{LINK_LABEL} https://example.org/stackwise/{fragment}"
        )));
        assert_eq!(
            linked.len(),
            record.len() + "https://example.org/stackwise/".len()
        );
        // The budget counts the prose above the figures.
        assert!(prose_words(&record) < crate::record::word_count(&record));
    }

    #[test]
    fn a_name_that_imitates_the_link_line_is_left_alone() {
        let session = Session::new("s", format!("x\n{LINK_LABEL} #/s/evil"), 0);
        let e = evaluate(&session.answers, &session.weights);
        let record = decision_record(&session, &e);
        let linked = with_address(&record, "https://a.example/");
        assert_eq!(linked.matches("https://a.example/").count(), 1);
        assert!(linked.contains(&format!(
            "https://a.example/{}",
            share::fragment(&session.answers, &session.weights)
        )));
    }
}
