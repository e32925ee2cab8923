//! The trial and the review in the record, collapsed to their results: once a
//! trial (or a review) is recorded, its section shows what it found instead of
//! the plan (or the checklist), so the record still prints on one page. Headings
//! stay the same. User notes appear only inside escaped evidence lines.

use crate::session::Session;
use crate::trial::assess::{self, Stance};
use crate::trial::cost::{self, money};
use crate::trial::knowledge::LATE_CHANGE_COST;
use crate::trial::review;

use super::plan;
use super::sections::Ctx;
use super::text::{inline, join_and};
use super::{HEADING_REVIEW, HEADING_TRIAL};

/// Longest evidence line kept (characters).
const MAX_EVIDENCE_CHARS: usize = 160;
/// Longest note quoted after its evidence (characters); compact records quote none.
const MAX_NOTE_CHARS: usize = 60;

/// The trial section: its results when a trial is recorded, else the plan.
pub(super) fn trial(ctx: &Ctx<'_>, session: &Session) -> String {
    let trial = &session.trial;
    if trial.scorecards().is_empty() {
        return plan::trial(ctx);
    }
    let a = assess::assess(trial, &session.answers, ctx.winner);
    let mut out = format!("## {HEADING_TRIAL}\n\n**Result:** {}\n\n", a.headline());
    let shown = if ctx.compact { 2 } else { 3 };
    for f in a.findings.iter().take(shown) {
        let mark = match f.stance {
            Stance::Contradicts => "Against",
            Stance::Supports => "For",
        };
        let note = match &f.note {
            Some(note) if !ctx.compact => format!(" ({})", inline(note, MAX_NOTE_CHARS)),
            _ => String::new(),
        };
        out.push_str(&format!(
            "- {mark}: {}{note}\n",
            inline(&f.evidence, MAX_EVIDENCE_CHARS)
        ));
    }
    if !a.revisit.is_empty() {
        let prompts: Vec<&str> = a
            .revisit
            .iter()
            .take(shown)
            .map(|id| assess::revisit_prompt(id))
            .collect();
        let more = a.revisit.len().saturating_sub(shown);
        let tail = if more > 0 {
            format!(" (and {more} more)")
        } else {
            String::new()
        };
        out.push_str(&format!("- **Revisit:** {}{tail}\n", prompts.join(" / ")));
    }
    let e = cost::estimate(trial);
    let monthly: Vec<String> = e
        .lines
        .iter()
        .filter_map(|l| Some(format!("{} {}", l.language, money(l.monthly?))))
        .collect();
    if !monthly.is_empty() {
        out.push_str(&format!(
            "- **Idle memory cost, on our assumptions:** {} a month ({} instances at {} per \
             GB-month)\n",
            join_and(&monthly),
            e.instances,
            money(trial.assumption("price_per_gb_month"))
        ));
    }
    let engineer: Vec<String> = e
        .lines
        .iter()
        .filter_map(|l| Some(format!("{} {}", l.language, money(l.engineer?))))
        .collect();
    if !engineer.is_empty() {
        out.push_str(&format!(
            "- **Engineer time of the trial:** {} (at {} per hour)\n",
            join_and(&engineer),
            money(trial.assumption("hourly_rate"))
        ));
    }
    out.push('\n');
    out
}

/// The review section: its results when a review is recorded, else the checklist.
pub(super) fn review(ctx: &Ctx<'_>, session: &Session) -> String {
    if session.review.is_empty() {
        return plan::review(ctx);
    }
    let v = review::verdict(&session.review);
    let releases = v.releases.map_or(String::new(), |n| {
        let s = if n == 1 { "" } else { "s" };
        format!(" after {n} release{s}")
    });
    let mut out = format!(
        "## {HEADING_REVIEW}\n\n**Result{releases}:** {}\n\n",
        v.headline()
    );
    if let Some(extract) = v.extract {
        out.push_str(&format!(
            "- **If we change:** {} ({})\n",
            extract.text,
            extract.source.name()
        ));
        if v.change_costs.contains(&LATE_CHANGE_COST) {
            out.push_str(&format!(
                "- **What a late change costs:** {} ({})\n",
                LATE_CHANGE_COST.text,
                LATE_CHANGE_COST.source.name()
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use proptest::prelude::*;

    use super::super::{decision_record, prose_words};
    use crate::model::tests::scenarios::scenario_a;
    use crate::model::{Language, evaluate};
    use crate::session::Session;
    use crate::trial::strategies::{arb_review, arb_trial};
    use crate::trial::{review_field, scorecard_field};

    /// What the record's own tests allow for one printed page.
    const PAGE_WORDS: usize = 650;

    fn scenario(trial: crate::trial::Trial, review: crate::trial::Review) -> Session {
        let mut s = Session::new("t", "Acme", 1);
        s.answers = scenario_a();
        s.trial = trial;
        s.review = review;
        s
    }

    fn record(s: &Session) -> String {
        decision_record(s, &evaluate(&s.answers, &s.weights))
    }

    #[test]
    fn without_results_the_plan_and_checklist_stay() {
        let r = record(&scenario(Default::default(), Default::default()));
        assert!(r.contains("Within one sprint, build in Node.js"));
        assert!(r.contains("- [ ] **Hiring response:**"));
        assert!(!r.contains("**Result"));
    }

    #[test]
    fn a_contradicting_trial_and_a_review_collapse_to_their_results() {
        let mut s = scenario(Default::default(), Default::default());
        for (lang, hours, mb, dread) in [
            (Language::Node, ["20", "12", "8"], "420", "yes"),
            (Language::Go, ["6", "5", "4"], "20", "no"),
        ] {
            let card = s.trial.scorecard_mut(lang);
            for (id, v) in [
                ("endpoint_hours", hours[0]),
                ("job_hours", hours[1]),
                ("pipeline_hours", hours[2]),
                ("idle_memory_mb", mb),
                ("dread", dread),
            ] {
                card.readings
                    .set_text(scorecard_field(id).unwrap(), v)
                    .unwrap();
            }
        }
        let dread = scorecard_field("dread").unwrap();
        s.trial
            .scorecard_mut(Language::Node)
            .readings
            .set_note(dread, "*callback* <soup>");
        for (id, v) in [
            ("releases", "2"),
            ("cloud_bill", "over_budget"),
            ("delivery_speed", "worse"),
            ("outcome", "change_early"),
        ] {
            s.review
                .readings
                .set_text(review_field(id).unwrap(), v)
                .unwrap();
        }
        let r = record(&s);
        assert!(!r.contains("Within one sprint, build in"), "{r}");
        assert!(r.contains(
            "**Result:** The trial contradicts the recommendation (Node.js): 3 findings against it."
        ), "{r}");
        assert!(r.contains("- Against: Node.js took 40 h to build the endpoint, job and pipeline; Go took 15 h (2.7×)."), "{r}");
        assert!(
            r.contains(r"— yes. (\*callback\* \<soup\>)"),
            "notes are escaped:\n{r}"
        );
        assert!(r.contains("- **Revisit:** "), "{r}");
        assert!(r.contains("- **Idle memory cost, on our assumptions:** Go 0.31 and Node.js 6.56 a month (4 instances at 4.00 per GB-month)"), "{r}");
        assert!(r.contains("- **Engineer time of the trial:** Go 1,125.00 and Node.js 3,000.00 (at 75.00 per hour)"), "{r}");
        assert!(
            r.contains("**Result after 2 releases:** 2 signs of a bad fit"),
            "{r}"
        );
        assert!(r.contains("Outcome: change early."), "{r}");
        assert!(r.contains("extracting one new service"), "{r}");
        assert!(r.contains("6–18 months"), "{r}");
        assert!(!r.contains("- [ ] **Hiring response:**"), "{r}");
        assert!(prose_words(&r) < PAGE_WORDS);
    }

    #[test]
    fn long_notes_on_every_language_still_fit_on_one_page() {
        let mut s = scenario(Default::default(), Default::default());
        let wordy = "a ".repeat(200);
        for lang in Language::ALL {
            let card = s.trial.scorecard_mut(lang);
            for (id, v) in [
                ("dread", "yes"),
                ("test_friction", "a_lot"),
                ("deploy_friction", "a_lot"),
            ] {
                let field = scorecard_field(id).unwrap();
                card.readings.set_text(field, v).unwrap();
                card.readings.set_note(field, &wordy);
            }
        }
        for (id, v) in [
            ("hiring_response", "worse"),
            ("delivery_speed", "worse"),
            ("incident_load", "worse"),
            ("cloud_bill", "over_budget"),
            ("tooling_hours_per_week", "9"),
            ("outcome", "keep"),
        ] {
            s.review
                .readings
                .set_text(review_field(id).unwrap(), v)
                .unwrap();
        }
        let r = record(&s);
        assert!(
            prose_words(&r) < PAGE_WORDS,
            "{} words:\n{r}",
            prose_words(&r)
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_trial_and_review_keep_the_record_on_one_page(
            trial in arb_trial(),
            review in arb_review(),
        ) {
            let r = record(&scenario(trial, review));
            let words = prose_words(&r);
            prop_assert!(words < PAGE_WORDS, "{} words:\n{}", words, r);
        }
    }
}
