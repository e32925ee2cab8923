//! The names of the files Stackwise offers to download: a decision as JSON, its
//! record as Markdown, its radar chart as PNG, a backup as text. Each is
//! `stackwise-<what>-<slug>.<ext>`, made from the decision's name by the one slug
//! routine, [`name_slug`], so a download name is always safe on every file system.

use crate::session::Session;

/// Longest slug [`name_slug`] makes.
const MAX_SLUG_CHARS: usize = 60;

/// A decision name as a file-name part: lower-case ASCII letters and digits, every
/// run of anything else one `-`, at most 60 characters, no `-` at either end.
/// Empty when nothing is left; each file name below has its own fallback.
pub fn name_slug(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= MAX_SLUG_CHARS {
            break;
        }
    }
    // Never starts with `-` (one is only pushed after a letter or digit).
    slug.trim_end_matches('-').to_owned()
}

/// The slug of `name`, or `fallback` when nothing is left of it.
fn slug_or(name: &str, fallback: &str) -> String {
    let slug = name_slug(name);
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug
    }
}

/// A decision exported as JSON: `stackwise-<slug>.json`
/// (`stackwise-session.json` when the name has no letter or digit).
pub fn export_file_name(name: &str) -> String {
    format!("stackwise-{}.json", slug_or(name, "session"))
}

/// The decision record: `stackwise-decision-<slug>.md`, where the slug keeps the
/// ASCII letters and digits of the name, lower-cased, with every other run of
/// characters turned into one `-` (`untitled` if none are left).
pub fn record_file_name(session: &Session) -> String {
    format!(
        "stackwise-decision-{}.md",
        slug_or(&session.name, "untitled")
    )
}

/// The radar chart as a picture: `stackwise-radar-<slug>.png` (same slug as
/// [`record_file_name`]).
pub fn chart_file_name(session: &Session) -> String {
    format!("stackwise-radar-{}.png", slug_or(&session.name, "untitled"))
}

/// A backup of data that could not be read: `stackwise-backup-<ms>.txt`, named by
/// when it was set aside (`undated` if its key does not say).
pub fn backup_file_name(made_ms: Option<u64>) -> String {
    let made = made_ms.map_or_else(|| "undated".to_owned(), |ms| ms.to_string());
    format!("stackwise-backup-{made}.txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_download_name_uses_the_one_slug() {
        assert_eq!(
            export_file_name("Backend default, spring 2026!"),
            "stackwise-backend-default-spring-2026.json"
        );
        assert_eq!(export_file_name("  ++ "), "stackwise-session.json");
        let s = Session::new("id", "  ++ ", 0);
        assert_eq!(record_file_name(&s), "stackwise-decision-untitled.md");
        assert_eq!(chart_file_name(&s), "stackwise-radar-untitled.png");
        assert_eq!(backup_file_name(Some(42)), "stackwise-backup-42.txt");
        assert_eq!(backup_file_name(None), "stackwise-backup-undated.txt");
        assert_eq!(name_slug("--Go, Node & Python--"), "go-node-python");
        assert!(name_slug(&"é".repeat(10)).is_empty());
    }
}
