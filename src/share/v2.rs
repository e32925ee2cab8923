//! Share format version 2, frozen: version 1's 34 questions in the same order,
//! then `codebase_language` (which language most of the existing code is in), then
//! the same eight weights. LINKS ARE FOREVER: never edit this table; a later change
//! to the questionnaire gets a `v3`.
//!
//! Version 2 is built from the frozen version-1 table rather than copied from it,
//! so the two can never drift apart: the only difference is the appended field.

use super::layout::{FieldKind, Layout, QuestionLayout};
use super::v1;

/// The question version 2 adds, after all of version 1's questions.
const CODEBASE_LANGUAGE: QuestionLayout = QuestionLayout {
    id: "codebase_language",
    kind: FieldKind::Single,
    not_sure: true,
    options: &["go", "node", "python", "other"],
    exclusive: &[],
};

const V1_COUNT: usize = 34;

/// `base` followed by `extra`.
const fn appended(
    base: &[QuestionLayout; V1_COUNT],
    extra: QuestionLayout,
) -> [QuestionLayout; V1_COUNT + 1] {
    let mut out = [extra; V1_COUNT + 1];
    let mut i = 0;
    while i < V1_COUNT {
        out[i] = base[i];
        i += 1;
    }
    out
}

/// The 35 questions of version 2, most significant digit first.
static QUESTIONS: [QuestionLayout; V1_COUNT + 1] = appended(&v1::QUESTIONS, CODEBASE_LANGUAGE);

/// Version 2 of the share format.
pub static LAYOUT: Layout = Layout {
    version: 2,
    questions: &QUESTIONS,
    criteria: &v1::CRITERIA,
    max_weight: 10,
};

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::super::tests::answers_from_spec;
    use super::super::{DecodedShare, decode, encode};
    use super::*;
    use crate::model::weights::Weights;

    #[test]
    fn version_2_is_version_1_plus_the_codebase_language() {
        let (head, tail) = LAYOUT.questions.split_at(V1_COUNT);
        assert_eq!(head, &v1::QUESTIONS[..]);
        assert_eq!(tail, &[CODEBASE_LANGUAGE]);
        assert_eq!(LAYOUT.criteria, v1::LAYOUT.criteria);
        assert_eq!(LAYOUT.max_weight, v1::LAYOUT.max_weight);
        assert_eq!(tail[0].options, ["go", "node", "python", "other"]);
        assert!(tail[0].not_sure);
    }

    /// A golden link: name, payload, answers (`a+b` for sets), weights.
    type Golden = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        [u8; 8],
    );

    /// Golden version-2 links: these strings must decode like this forever.
    const GOLDEN_V2: &[Golden] = &[
        ("empty", "AgoxPyiAjw", &[], [8, 8, 5, 8, 5, 5, 8, 5]),
        (
            "a large Python codebase",
            "AgMKogNcLTEYSkks7AbZrCK8GEk",
            &[
                ("team_size_now", "four_to_six"),
                ("proficiency_python", "several_shipped"),
                ("codebase_state", "large_codebase"),
                ("codebase_language", "python"),
                ("planned_languages", "python"),
            ],
            [8, 8, 5, 8, 5, 5, 8, 5],
        ),
        (
            "codebase language not sure, maximum weights",
            "AgHpKV6CX8HPow",
            &[
                ("codebase_state", "small_codebase"),
                ("codebase_language", "not_sure"),
            ],
            [10; 8],
        ),
    ];

    #[test]
    fn version_2_golden_links_decode_and_are_what_the_encoder_writes() {
        for &(name, payload, spec, weights) in GOLDEN_V2 {
            let expected = DecodedShare {
                version: 2,
                name: None,
                answers: answers_from_spec(spec),
                weights: Weights::from_array(weights),
                notes: Vec::new(),
            };
            assert_eq!(
                encode(&expected.answers, &expected.weights),
                payload,
                "{name}"
            );
            assert_eq!(decode(payload).unwrap(), expected, "{name}");
        }
    }
}
