//! Readings: the values (and short notes) recorded against a list of fields, kept
//! valid by construction. Typed input is parsed here, with messages that say what
//! was wrong ("Idle memory per instance cannot be negative", "Latency under normal
//! load must be a number of ms, like 120; \"fast\" is not one").

use std::collections::BTreeMap;
use std::fmt;

use super::fields::{Field, FieldKind, Quantity};

/// The longest note kept per field (in characters).
pub const MAX_NOTE_CHARS: usize = 280;

/// One recorded value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// A number in stored units (`10^-decimals` of the field's unit).
    Number(u64),
    /// The id of one of the field's options.
    Choice(&'static str),
}

/// Why a typed value was refused. The input is kept as typed; only the stored
/// value is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    /// Not a number at all.
    NotANumber {
        /// The field's label.
        label: &'static str,
        /// The field's unit.
        unit: &'static str,
        /// A plausible value.
        example: &'static str,
        /// What was typed.
        text: String,
    },
    /// Below zero.
    Negative {
        /// The field's label.
        label: &'static str,
    },
    /// Zero where only more than zero makes sense.
    Zero {
        /// The field's label.
        label: &'static str,
        /// The field's unit.
        unit: &'static str,
    },
    /// Above the field's limit.
    TooLarge {
        /// The field's label.
        label: &'static str,
        /// The limit, in shown units.
        max: u64,
        /// The field's unit.
        unit: &'static str,
    },
    /// Not one of the field's options (or a number for a choice, and so on).
    UnknownOption {
        /// The field's label.
        label: &'static str,
        /// What was given.
        value: String,
    },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotANumber {
                label,
                unit,
                example,
                text,
            } => write!(
                f,
                "{label} must be a number of {unit}, like {example}; \"{text}\" is not one"
            ),
            InputError::Negative { label } => write!(f, "{label} cannot be negative"),
            InputError::Zero { label, unit } => write!(
                f,
                "{label} must be more than 0 {unit}; leave it blank if it was not measured"
            ),
            InputError::TooLarge { label, max, unit } => {
                write!(f, "{label} can be at most {max} {unit}")
            }
            InputError::UnknownOption { label, value } => {
                write!(f, "{label} has no option \"{value}\"")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Converts a number in shown units to stored units, checking the limits.
/// Extra decimals are rounded.
pub fn number_from_f64(field: &Field, quantity: Quantity, value: f64) -> Result<u64, InputError> {
    if !value.is_finite() {
        return Err(InputError::NotANumber {
            label: field.label,
            unit: quantity.unit,
            example: quantity.example,
            text: value.to_string(),
        });
    }
    #[allow(clippy::cast_precision_loss)]
    let scale = quantity.scale() as f64;
    let scaled = (value * scale).round();
    if scaled < 0.0 {
        return Err(InputError::Negative { label: field.label });
    }
    #[allow(clippy::cast_precision_loss)]
    let max = (quantity.max * quantity.scale()) as f64;
    if scaled > max {
        return Err(InputError::TooLarge {
            label: field.label,
            max: quantity.max,
            unit: quantity.unit,
        });
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(scaled as u64)
}

/// Parses what the user typed into a number field: blank means "not measured".
pub fn parse_number(
    field: &Field,
    quantity: Quantity,
    text: &str,
) -> Result<Option<u64>, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let is_plain = trimmed
        .strip_prefix('-')
        .unwrap_or(trimmed)
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.');
    let value = if is_plain {
        trimmed.parse::<f64>().ok()
    } else {
        None
    };
    match value {
        // Typed zeros are refused where zero makes no sense; a stored one (from an
        // earlier version) still loads as it was.
        Some(v) => match number_from_f64(field, quantity, v)? {
            0 if quantity.above_zero => Err(InputError::Zero {
                label: field.label,
                unit: quantity.unit,
            }),
            stored => Ok(Some(stored)),
        },
        None => Err(InputError::NotANumber {
            label: field.label,
            unit: quantity.unit,
            example: quantity.example,
            text: trimmed.chars().take(40).collect(),
        }),
    }
}

/// A stored number in shown units, as plain text without trailing zeros
/// (`65` with one decimal is `"6.5"`, `400` with two is `"4"`).
pub fn format_number(quantity: Quantity, stored: u64) -> String {
    let scale = quantity.scale();
    let whole = stored / scale;
    let fraction = stored % scale;
    if fraction == 0 {
        return whole.to_string();
    }
    let width = usize::try_from(quantity.decimals).unwrap_or(0);
    let digits = format!("{fraction:0width$}");
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

/// What is recorded against one field: a value, a note, or both.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Entry {
    value: Option<Reading>,
    note: String,
}

/// The values and notes recorded against one list of fields (one map, so that a
/// session stays small).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Readings {
    entries: BTreeMap<&'static str, Entry>,
}

impl Readings {
    /// Nothing recorded.
    pub fn new() -> Readings {
        Readings::default()
    }

    /// The value of a field, if recorded.
    pub fn get(&self, field: &Field) -> Option<Reading> {
        self.entries.get(field.id).and_then(|e| e.value)
    }

    /// The number recorded for a number field (stored units).
    pub fn number(&self, field: &Field) -> Option<u64> {
        match self.get(field) {
            Some(Reading::Number(n)) => Some(n),
            _ => None,
        }
    }

    /// The option id recorded for a choice field.
    pub fn choice(&self, field: &Field) -> Option<&'static str> {
        match self.get(field) {
            Some(Reading::Choice(c)) => Some(c),
            _ => None,
        }
    }

    /// The note on a field ("" when none).
    pub fn note(&self, field: &Field) -> &str {
        self.entries.get(field.id).map_or("", |e| e.note.as_str())
    }

    /// Changes the entry of a field, dropping it when nothing is left.
    fn edit(&mut self, field: &'static Field, change: impl FnOnce(&mut Entry)) {
        let entry = self.entries.entry(field.id).or_default();
        change(entry);
        if entry.value.is_none() && entry.note.is_empty() {
            self.entries.remove(field.id);
        }
    }

    /// Records (or clears, with `None`) a number, checking it against the field.
    pub fn set_number(
        &mut self,
        field: &'static Field,
        stored: Option<u64>,
    ) -> Result<(), InputError> {
        let Some(q) = field.quantity() else {
            return Err(InputError::UnknownOption {
                label: field.label,
                value: stored.map(|n| n.to_string()).unwrap_or_default(),
            });
        };
        if stored.is_some_and(|n| n > q.max.saturating_mul(q.scale())) {
            return Err(InputError::TooLarge {
                label: field.label,
                max: q.max,
                unit: q.unit,
            });
        }
        self.edit(field, |e| e.value = stored.map(Reading::Number));
        Ok(())
    }

    /// Records what the user typed into a number field (blank clears it). On an
    /// error nothing changes.
    pub fn set_text(&mut self, field: &'static Field, text: &str) -> Result<(), InputError> {
        let FieldKind::Number(q) = field.kind else {
            return self.set_choice(field, Some(text));
        };
        let value = parse_number(field, q, text)?;
        self.set_number(field, value)
    }

    /// Records (or clears, with `None` or an empty id) an option of a choice field.
    pub fn set_choice(
        &mut self,
        field: &'static Field,
        id: Option<&str>,
    ) -> Result<(), InputError> {
        let value = match id.filter(|s| !s.is_empty()) {
            None => None,
            Some(id) => {
                let choice = field.choice(id).ok_or_else(|| InputError::UnknownOption {
                    label: field.label,
                    value: id.chars().take(40).collect(),
                })?;
                Some(Reading::Choice(choice.id))
            }
        };
        self.edit(field, |e| e.value = value);
        Ok(())
    }

    /// Sets the note on a field, cut to [`MAX_NOTE_CHARS`]; blank removes it.
    pub fn set_note(&mut self, field: &'static Field, note: &str) {
        let note: String = note.chars().take(MAX_NOTE_CHARS).collect();
        let note = if note.trim().is_empty() {
            String::new()
        } else {
            note
        };
        self.edit(field, |e| e.note = note);
    }

    /// Whether neither values nor notes are recorded.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of a field as the user would type it ("" when not recorded).
    pub fn text(&self, field: &Field) -> String {
        match (self.get(field), field.kind) {
            (Some(Reading::Number(n)), FieldKind::Number(q)) => format_number(q, n),
            (Some(Reading::Choice(c)), _) => c.to_owned(),
            _ => String::new(),
        }
    }
}
