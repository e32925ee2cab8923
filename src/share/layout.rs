//! A share-format layout: the frozen, ordered list of fields one format version
//! encodes, and how each answer or weight maps to a mixed-radix digit.
//!
//! A layout never reads the live questionnaire: it names questions, options and
//! criteria by their stable ids, so a link keeps its meaning after the
//! questionnaire changes. Each version has its own `static` layout (see
//! [`super::v1`]); the decoder maps the ids it finds onto the live questionnaire.
//!
//! Digits, per field:
//! - single-choice question: `0` unanswered, then `1` "not sure" if the question
//!   offers it, then one value per option in layout order;
//! - multi-choice question: `0` unanswered, then `1` "not sure" if offered, then one
//!   value per non-empty subset, as the bitmask `1..2^n` (bit `i` = option `i`);
//! - weight: the weight itself, `0..=max_weight`.

/// Single or multiple choice, as frozen in a layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One option.
    Single,
    /// A non-empty set of options.
    Multi,
}

/// One question as a layout version encodes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionLayout {
    /// Stable question id.
    pub id: &'static str,
    /// Single or multi choice.
    pub kind: FieldKind,
    /// Whether "not sure" has a digit value.
    pub not_sure: bool,
    /// Option ids in digit (bit) order. At most [`MAX_MULTI_OPTIONS`] for multi.
    pub options: &'static [&'static str],
    /// Options that cannot be combined with others (multi only).
    pub exclusive: &'static [&'static str],
}

/// Most options a multi-choice question can have in a layout (bitmask width).
pub const MAX_MULTI_OPTIONS: usize = 20;

/// One format version: its version byte, its questions and its weights, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The first byte of every payload of this version.
    pub version: u8,
    /// Questions, in digit order (most significant first).
    pub questions: &'static [QuestionLayout],
    /// Criterion ids whose weights follow the questions, in digit order.
    pub criteria: &'static [&'static str],
    /// Highest weight value.
    pub max_weight: u8,
}

/// What one question's digit means, independent of any live questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldValue {
    /// No answer.
    Unanswered,
    /// "Not sure".
    NotSure,
    /// One option of a single-choice question.
    Single(&'static str),
    /// A non-empty set of options of a multi-choice question, in layout order.
    Multi(Vec<&'static str>),
}

/// The digit does not stand for any valid answer (an impossible combination).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvalidDigit;

impl QuestionLayout {
    fn not_sure_slots(&self) -> u32 {
        u32::from(self.not_sure)
    }

    fn option_count(&self) -> u32 {
        u32::try_from(self.options.len()).unwrap_or(u32::MAX)
    }

    /// Number of distinct digit values: the radix of this field.
    pub fn radix(&self) -> u32 {
        let values = match self.kind {
            FieldKind::Single => self.option_count(),
            FieldKind::Multi => {
                let n = self.option_count().min(MAX_MULTI_OPTIONS as u32);
                (1u32 << n) - 1
            }
        };
        1 + self.not_sure_slots() + values
    }

    /// The digit for "unanswered".
    pub const UNANSWERED: u32 = 0;

    /// The digit for "not sure", if the question offers it.
    pub fn not_sure_digit(&self) -> Option<u32> {
        self.not_sure.then_some(1)
    }

    /// The digit for one option of a single-choice question.
    pub fn single_digit(&self, option: &str) -> Option<u32> {
        if self.kind != FieldKind::Single {
            return None;
        }
        let i = self.options.iter().position(|&o| o == option)?;
        let i = u32::try_from(i).ok()?;
        Some(1 + self.not_sure_slots() + i)
    }

    /// The digit for a set of options of a multi-choice question. Ids the layout
    /// does not know are ignored; an exclusive option combined with others is
    /// dropped (as ticking another option does in the questionnaire). An empty
    /// result is "unanswered".
    pub fn multi_digit<'a, I>(&self, options: I) -> u32
    where
        I: IntoIterator<Item = &'a str>,
    {
        if self.kind != FieldKind::Multi {
            return Self::UNANSWERED;
        }
        let mut mask: u32 = 0;
        let mut exclusive_mask: u32 = 0;
        for id in options {
            let Some(i) = self.options.iter().position(|&o| o == id) else {
                continue;
            };
            if i >= MAX_MULTI_OPTIONS {
                continue;
            }
            let bit = 1u32 << i;
            mask |= bit;
            if self.exclusive.contains(&id) {
                exclusive_mask |= bit;
            }
        }
        if mask.count_ones() > 1 {
            mask &= !exclusive_mask;
        }
        if mask == 0 {
            Self::UNANSWERED
        } else {
            self.not_sure_slots() + mask
        }
    }

    /// What a digit (already below [`Self::radix`]) stands for.
    pub fn value(&self, digit: u32) -> Result<FieldValue, InvalidDigit> {
        if digit >= self.radix() {
            return Err(InvalidDigit);
        }
        if digit == Self::UNANSWERED {
            return Ok(FieldValue::Unanswered);
        }
        if self.not_sure_digit() == Some(digit) {
            return Ok(FieldValue::NotSure);
        }
        let rest = digit - 1 - self.not_sure_slots();
        match self.kind {
            FieldKind::Single => usize::try_from(rest)
                .ok()
                .and_then(|i| self.options.get(i))
                .map(|&o| FieldValue::Single(o))
                .ok_or(InvalidDigit),
            FieldKind::Multi => {
                let mask = rest + 1;
                let chosen: Vec<&'static str> = self
                    .options
                    .iter()
                    .take(MAX_MULTI_OPTIONS)
                    .enumerate()
                    .filter(|&(i, _)| mask & (1u32 << i) != 0)
                    .map(|(_, &o)| o)
                    .collect();
                let has_exclusive = chosen.iter().any(|o| self.exclusive.contains(o));
                if chosen.is_empty() || (has_exclusive && chosen.len() > 1) {
                    Err(InvalidDigit)
                } else {
                    Ok(FieldValue::Multi(chosen))
                }
            }
        }
    }
}

impl Layout {
    /// The radix of every field, questions first, then weights.
    pub fn radices(&self) -> Vec<u32> {
        let weight_radix = u32::from(self.max_weight) + 1;
        self.questions
            .iter()
            .map(QuestionLayout::radix)
            .chain(self.criteria.iter().map(|_| weight_radix))
            .collect()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    const SINGLE: QuestionLayout = QuestionLayout {
        id: "s",
        kind: FieldKind::Single,
        not_sure: true,
        options: &["a", "b", "c"],
        exclusive: &[],
    };
    const MULTI: QuestionLayout = QuestionLayout {
        id: "m",
        kind: FieldKind::Multi,
        not_sure: false,
        options: &["x", "y", "none"],
        exclusive: &["none"],
    };

    #[test]
    fn single_digits() {
        assert_eq!(SINGLE.radix(), 5);
        assert_eq!(SINGLE.value(0), Ok(FieldValue::Unanswered));
        assert_eq!(SINGLE.value(1), Ok(FieldValue::NotSure));
        assert_eq!(SINGLE.single_digit("a"), Some(2));
        assert_eq!(SINGLE.value(4), Ok(FieldValue::Single("c")));
        assert_eq!(SINGLE.value(5), Err(InvalidDigit));
        assert_eq!(SINGLE.single_digit("zz"), None);
        assert_eq!(SINGLE.multi_digit(["a"]), QuestionLayout::UNANSWERED);
    }

    #[test]
    fn multi_digits_and_exclusive_options() {
        assert_eq!(MULTI.radix(), 8);
        assert_eq!(MULTI.not_sure_digit(), None);
        assert_eq!(MULTI.multi_digit(["x"]), 1);
        assert_eq!(MULTI.multi_digit(["y", "x"]), 3);
        assert_eq!(MULTI.multi_digit(["none"]), 4);
        assert_eq!(MULTI.multi_digit(["none", "y"]), 2);
        assert_eq!(MULTI.multi_digit(["unknown"]), 0);
        assert_eq!(MULTI.value(3), Ok(FieldValue::Multi(vec!["x", "y"])));
        assert_eq!(MULTI.value(4), Ok(FieldValue::Multi(vec!["none"])));
        assert_eq!(MULTI.value(5), Err(InvalidDigit)); // x + none
        assert_eq!(MULTI.value(7), Err(InvalidDigit));
        assert_eq!(MULTI.value(8), Err(InvalidDigit));
    }
}
