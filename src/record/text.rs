//! Small text helpers: lists in prose, counts, user text made safe for Markdown,
//! word counts.

/// Longest session name kept in the title (characters).
const MAX_NAME_CHARS: usize = 80;
/// Longest date text kept in the footer (characters).
const MAX_DATE_CHARS: usize = 40;

/// "a", "a and b", "a, b and c".
pub(super) fn join_and<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let head: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// "1 answer is" / "3 answers are".
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// User text for one line of Markdown: control characters and runs of whitespace
/// become one space, Markdown and HTML punctuation is escaped, and the text is cut
/// to `max` characters. Returns an empty string when nothing printable is left.
pub(super) fn inline(text: &str, max: usize) -> String {
    let mut flat = String::new();
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if !flat.is_empty() {
            flat.push(' ');
        }
        flat.push_str(word);
    }
    let mut out = String::new();
    for c in flat.chars().take(max) {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The session name as it appears in the title.
pub(super) fn session_name(name: &str) -> String {
    let clean = inline(name, MAX_NAME_CHARS);
    if clean.is_empty() {
        crate::session::DEFAULT_NAME.to_owned()
    } else {
        clean
    }
}

/// The caller's date text for the footer, if anything printable is left.
pub(super) fn date(generated_on: Option<&str>) -> Option<String> {
    generated_on
        .map(|d| inline(d, MAX_DATE_CHARS))
        .filter(|d| !d.is_empty())
}

/// Words as a reader counts them: whitespace-separated tokens with at least one
/// letter or digit (Markdown markers such as `-`, `##` or `[ ]` do not count).
pub fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .count()
}
