//! The layouts themselves: the latest one must express the whole live
//! questionnaire, version 1 must never change, every layout must be well formed,
//! and the worst-case payload must fit the 60-character budget.

use super::super::layout::{FieldKind, Layout, MAX_MULTI_OPTIONS};
use super::super::{LATEST, LATEST_VERSION, LAYOUTS, PAYLOAD_BUDGET, encode, max_payload_len, v1};
use super::{custom_weights, long_complete_answers};
use crate::model::criterion::Criterion;
use crate::model::questionnaire::{self, QuestionKind};

const ADD_A_VERSION: &str = "Share links are forever: do NOT edit an existing layout such as \
     src/share/v1.rs. Add a new layout module (next version byte) that covers the live \
     questionnaire, append it to LAYOUTS, and make it LATEST / LATEST_VERSION \
     (see docs/share-links.md, \"Changing the format\").";

#[test]
fn latest_layout_covers_the_live_questionnaire() {
    let layout = LATEST;
    let v = layout.version;
    for q in questionnaire::questions() {
        let Some(lq) = layout.questions.iter().find(|l| l.id == q.id) else {
            panic!(
                "question `{}` is in the questionnaire but not in share layout v{v}. {ADD_A_VERSION}",
                q.id
            );
        };
        let kind = match q.kind {
            QuestionKind::Single => FieldKind::Single,
            QuestionKind::Multi => FieldKind::Multi,
        };
        assert_eq!(
            lq.kind, kind,
            "question `{}` changed kind since share layout v{v}. {ADD_A_VERSION}",
            q.id
        );
        assert!(
            !q.allows_not_sure || lq.not_sure,
            "question `{}` now offers \"not sure\" but share layout v{v} cannot encode it. {ADD_A_VERSION}",
            q.id
        );
        for o in q.options {
            assert!(
                lq.options.contains(&o.id),
                "option `{}` of question `{}` is not in share layout v{v}. {ADD_A_VERSION}",
                o.id,
                q.id
            );
            assert_eq!(
                lq.exclusive.contains(&o.id),
                o.exclusive,
                "option `{}` of question `{}` changed exclusivity since share layout v{v}. {ADD_A_VERSION}",
                o.id,
                q.id
            );
        }
    }
    for c in Criterion::ALL {
        assert!(
            layout.criteria.contains(&c.id()),
            "criterion `{}` is not in share layout v{v}. {ADD_A_VERSION}",
            c.id()
        );
    }
    assert!(
        crate::model::weights::MAX_WEIGHT <= layout.max_weight,
        "weights now go above {} but share layout v{v} cannot encode that. {ADD_A_VERSION}",
        layout.max_weight
    );
}

/// Everything a layout encodes, as text, for the fingerprint below.
fn canonical(layout: &Layout) -> String {
    let mut s = format!("v{};w{};", layout.version, layout.max_weight);
    for q in layout.questions {
        s.push_str(&format!(
            "{}:{:?}:{}:{}:{};",
            q.id,
            q.kind,
            q.not_sure,
            q.options.join(","),
            q.exclusive.join(",")
        ));
    }
    s.push_str(&layout.criteria.join(","));
    s
}

fn fnv1a64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[test]
fn version_1_layout_is_frozen() {
    let text = canonical(&v1::LAYOUT);
    assert_eq!(
        fnv1a64(&text),
        0xe298_9df5_b72f_2fae,
        "src/share/v1.rs changed. Every version-1 link already sent would now decode \
         differently. Revert it. {ADD_A_VERSION}\n{text}"
    );
}

#[test]
fn layouts_are_well_formed() {
    assert_eq!(LATEST.version, LATEST_VERSION);
    assert_eq!(LAYOUTS.last().map(|l| l.version), Some(LATEST_VERSION));
    for (i, layout) in LAYOUTS.iter().enumerate() {
        assert_eq!(
            usize::from(layout.version),
            i + 1,
            "versions are 1, 2, 3… in order"
        );
        let mut ids: Vec<&str> = layout.questions.iter().map(|q| q.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), layout.questions.len(), "duplicate question id");
        for q in layout.questions {
            assert!(!q.options.is_empty(), "{}", q.id);
            let mut opts = q.options.to_vec();
            opts.sort_unstable();
            opts.dedup();
            assert_eq!(opts.len(), q.options.len(), "duplicate option in {}", q.id);
            for e in q.exclusive {
                assert!(
                    q.options.contains(e),
                    "{}: exclusive {e} is not an option",
                    q.id
                );
            }
            match q.kind {
                FieldKind::Single => assert!(q.exclusive.is_empty(), "{}", q.id),
                FieldKind::Multi => assert!(q.options.len() <= MAX_MULTI_OPTIONS, "{}", q.id),
            }
        }
        let mut crit = layout.criteria.to_vec();
        crit.sort_unstable();
        crit.dedup();
        assert_eq!(crit.len(), layout.criteria.len(), "duplicate criterion");
    }
}

#[test]
fn worst_case_payload_fits_the_budget() {
    // Every field at its largest digit: an upper bound on any answer set, valid or
    // not, worked out from the layout rather than from a sample.
    let worst = max_payload_len();
    assert!(
        worst <= PAYLOAD_BUDGET,
        "worst-case payload is {worst} characters, over the {PAYLOAD_BUDGET}-character budget"
    );
    assert_eq!(worst, 27, "version 1: 1 + 17 + 2 bytes = 27 characters");
    let sample = encode(&long_complete_answers(), &custom_weights());
    assert!(sample.len() <= worst, "{sample}");
}
