//! Escaping text for the markup the pure core writes itself: the static first
//! screen and the radar chart's tooltips (HTML).

/// Text made safe for HTML content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_become_entities_and_the_rest_stays() {
        assert_eq!(
            escape(r#"Runtime cost & <b>"performance"</b> ✓"#),
            "Runtime cost &amp; &lt;b&gt;&quot;performance&quot;&lt;/b&gt; ✓"
        );
    }
}
