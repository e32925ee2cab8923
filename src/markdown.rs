//! Just enough Markdown to show the decision record on the page: headings,
//! paragraphs, bullet, numbered and checkbox lists, with `**bold**`, `_emphasis_`
//! and `` `code` `` inside. Pure and total: any text parses; what is not
//! understood stays as plain text. The UI renders the blocks as elements, never
//! as raw HTML, so nothing in a session can inject markup.

/// A run of text with one style.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(String),
    Emphasis(String),
    Code(String),
}

/// One block of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Heading { level: u8, text: Vec<Inline> },
    Paragraph(Vec<Inline>),
    Bullets(Vec<Vec<Inline>>),
    Numbered(Vec<Vec<Inline>>),
    Checklist(Vec<(bool, Vec<Inline>)>),
    Rule,
}

/// Parses a document into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut paragraph: Vec<String> = Vec::new();
    let flush = |paragraph: &mut Vec<String>, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(inlines(&paragraph.join(" "))));
            paragraph.clear();
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut blocks);
            continue;
        }
        if let Some((level, rest)) = heading(trimmed) {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Heading {
                level,
                text: inlines(rest),
            });
        } else if trimmed == "---" || trimmed == "***" {
            flush(&mut paragraph, &mut blocks);
            blocks.push(Block::Rule);
        } else if let Some((done, rest)) = checkbox(trimmed) {
            flush(&mut paragraph, &mut blocks);
            match blocks.last_mut() {
                Some(Block::Checklist(items)) => items.push((done, inlines(rest))),
                _ => blocks.push(Block::Checklist(vec![(done, inlines(rest))])),
            }
        } else if let Some(rest) = trimmed
            .strip_prefix("- ")
            .or_else(|| trimmed.strip_prefix("* "))
        {
            flush(&mut paragraph, &mut blocks);
            match blocks.last_mut() {
                Some(Block::Bullets(items)) => items.push(inlines(rest)),
                _ => blocks.push(Block::Bullets(vec![inlines(rest)])),
            }
        } else if let Some(rest) = numbered(trimmed) {
            flush(&mut paragraph, &mut blocks);
            match blocks.last_mut() {
                Some(Block::Numbered(items)) => items.push(inlines(rest)),
                _ => blocks.push(Block::Numbered(vec![inlines(rest)])),
            }
        } else {
            paragraph.push(trimmed.to_owned());
        }
    }
    flush(&mut paragraph, &mut blocks);
    blocks
}

fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) {
        let rest = line.get(hashes..)?;
        let text = rest.strip_prefix(' ')?;
        Some((u8::try_from(hashes).ok()?, text.trim()))
    } else {
        None
    }
}

fn checkbox(line: &str) -> Option<(bool, &str)> {
    let rest = line.strip_prefix("- [")?;
    let (mark, rest) = rest.split_at_checked(1)?;
    let rest = rest.strip_prefix("] ")?;
    match mark {
        " " => Some((false, rest)),
        "x" | "X" => Some((true, rest)),
        _ => None,
    }
}

fn numbered(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    line.get(digits..)?.strip_prefix(". ")
}

/// Builds a styled run from its text.
type MakeInline = fn(String) -> Inline;

/// Splits text into styled runs; backslash escapes a marker character.
pub fn inlines(text: &str) -> Vec<Inline> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '\\'
            && let Some(&next) = chars.get(i + 1)
        {
            current.push(next);
            i += 2;
            continue;
        }
        let marker: Option<(&str, MakeInline)> = if c == '*' && chars.get(i + 1) == Some(&'*') {
            Some(("**", Inline::Strong))
        } else if c == '`' {
            Some(("`", Inline::Code))
        } else if c == '_' && boundary_before(&chars, i) {
            Some(("_", Inline::Emphasis))
        } else {
            None
        };
        if let Some((marker, make)) = marker {
            let width = marker.chars().count();
            if let Some(end) = find_closing(&chars, i + width, marker) {
                if !current.is_empty() {
                    out.push(Inline::Text(std::mem::take(&mut current)));
                }
                let inner: String = chars
                    .get(i + width..end)
                    .unwrap_or_default()
                    .iter()
                    .collect();
                out.push(make(inner.replace('\\', "")));
                i = end + width;
                continue;
            }
        }
        current.push(c);
        i += 1;
    }
    if !current.is_empty() {
        out.push(Inline::Text(current));
    }
    out
}

fn boundary_before(chars: &[char], i: usize) -> bool {
    i == 0 || chars.get(i - 1).is_some_and(|c| !c.is_alphanumeric())
}

fn find_closing(chars: &[char], from: usize, marker: &str) -> Option<usize> {
    let marker: Vec<char> = marker.chars().collect();
    let mut j = from;
    while j + marker.len() <= chars.len() {
        if chars.get(j) == Some(&'\\') {
            j += 2;
            continue;
        }
        if chars.get(j..j + marker.len()) == Some(marker.as_slice()) && j > from {
            return Some(j);
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn blocks_of_a_small_record() {
        let doc = "# Title\n\nFirst line\nsame paragraph.\n\n## Risks\n- one **big**\n- two\n\n1. a\n2. b\n\n- [ ] check\n- [x] done\n---\n";
        assert_eq!(
            parse(doc),
            vec![
                Block::Heading {
                    level: 1,
                    text: vec![text("Title")]
                },
                Block::Paragraph(vec![text("First line same paragraph.")]),
                Block::Heading {
                    level: 2,
                    text: vec![text("Risks")]
                },
                Block::Bullets(vec![
                    vec![text("one "), Inline::Strong("big".into())],
                    vec![text("two")]
                ]),
                Block::Numbered(vec![vec![text("a")], vec![text("b")]]),
                Block::Checklist(vec![
                    (false, vec![text("check")]),
                    (true, vec![text("done")])
                ]),
                Block::Rule,
            ]
        );
    }

    #[test]
    fn escapes_and_unclosed_markers_stay_text() {
        assert_eq!(inlines(r"a \*\*b\*\* c"), vec![text("a **b** c")]);
        assert_eq!(inlines("2 * 3 ** 4"), vec![text("2 * 3 ** 4")]);
        assert_eq!(inlines("snake_case_id"), vec![text("snake_case_id")]);
        assert_eq!(
            inlines("use `cargo` and _care_"),
            vec![
                text("use "),
                Inline::Code("cargo".into()),
                text(" and "),
                Inline::Emphasis("care".into())
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_parses_without_panicking(s in "\\PC{0,200}") {
            let _ = parse(&s);
            let _ = inlines(&s);
        }

        #[test]
        fn plain_words_survive_unchanged(s in "[a-zA-Z ,.]{1,80}") {
            let joined: String = inlines(&s).into_iter().map(|i| match i {
                Inline::Text(t) | Inline::Strong(t) | Inline::Emphasis(t) | Inline::Code(t) => t,
            }).collect();
            proptest::prop_assert_eq!(joined, s);
        }
    }
}
