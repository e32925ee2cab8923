//! A heart of the product that is not among the services: this build never writes
//! one, and a link from a build that offered every service (where it was scored) is
//! repaired by adding the service, with a note the receiver sees.

use super::super::checksum::checksum;
use super::super::layout::Layout;
use super::super::{LAYOUTS, ShareNote, decode, encode, radix};
use super::answers_from_spec;
use crate::model::answers::{Answer, Answers};
use crate::model::evaluation::evaluate;
use crate::model::questionnaire::{self, OfferRepair};
use crate::model::weights::Weights;

/// The payload an earlier build wrote for these answers, default weights and no
/// name: every answer as stored, nothing dropped.
fn written_by_an_earlier_build(layout: &Layout, answers: &Answers) -> String {
    let weights = Weights::default();
    let questions = layout.questions.iter().map(|q| match answers.get(q.id) {
        None => 0,
        Some(Answer::NotSure) => q.not_sure_digit().unwrap(),
        Some(Answer::Single(o)) => q.single_digit(o).unwrap(),
        Some(Answer::Multi(set)) => q.multi_digit(set.iter().copied()),
    });
    let criteria = layout.criteria.iter().map(|id| {
        let c = crate::model::criterion::Criterion::from_id(id).unwrap();
        u32::from(weights.get(c))
    });
    let digits: Vec<u32> = questions.chain(criteria).collect();
    let mut bytes = vec![layout.version];
    bytes.extend(radix::pack(digits.into_iter().zip(layout.radices())));
    bytes.extend(checksum(layout.version, &bytes).to_be_bytes());
    super::super::base64url::encode(&bytes)
}

fn stale_core() -> Answers {
    answers_from_spec(&[
        ("proficiency_python", "one_shipped"),
        ("services_12m", "product_api+background_jobs"),
        ("core_workload", "ml_ai"),
    ])
}

#[test]
fn a_link_naming_a_service_not_ticked_as_the_heart_adds_it_with_a_note() {
    for layout in LAYOUTS {
        let decoded = decode(&written_by_an_earlier_build(layout, &stale_core())).unwrap();
        assert!(
            decoded.answers.is_selected("services_12m", "ml_ai"),
            "v{}",
            layout.version
        );
        assert_eq!(
            decoded.answers.get("core_workload"),
            Some(&Answer::Single("ml_ai"))
        );
        let repair = OfferRepair {
            question: "core_workload",
            option: "ml_ai",
            added_to: "services_12m",
        };
        assert_eq!(decoded.notes, [ShareNote::OfferRepaired { repair }]);
        let shown = decoded.notes[0].to_string();
        assert!(
            shown.contains("ML/AI") && shown.contains("services"),
            "{shown}"
        );
        // The heart of the product now counts, as it did for the sender.
        let e = evaluate(&decoded.answers, &decoded.weights);
        assert!(
            e.adjustments
                .iter()
                .any(|a| a.answer.question == "core_workload")
        );
    }
}

#[test]
fn a_hidden_heart_is_kept_as_it_is_not_repaired() {
    // One service ticked: the heart-of-the-product question is hidden, and no
    // build ever scored it, so the link is read as written.
    let answers = answers_from_spec(&[("services_12m", "product_api"), ("core_workload", "ml_ai")]);
    for layout in LAYOUTS {
        let decoded = decode(&written_by_an_earlier_build(layout, &answers)).unwrap();
        assert_eq!(decoded.answers, answers);
        assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    }
}

#[test]
fn this_build_writes_no_heart_outside_the_services_so_the_receiver_sees_the_senders_advice() {
    let sent = stale_core();
    let decoded = decode(&encode(&sent, &Weights::default())).unwrap();
    assert!(decoded.notes.is_empty(), "{:?}", decoded.notes);
    assert_eq!(decoded.answers.get("core_workload"), None);
    let mut seen = sent.clone();
    assert!(questionnaire::drop_unoffered(&mut seen));
    assert_eq!(decoded.answers, seen);
    let weights = Weights::default();
    assert_eq!(
        evaluate(&sent, &weights).ranking,
        evaluate(&decoded.answers, &weights).ranking
    );
}
