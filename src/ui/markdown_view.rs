//! Renders parsed Markdown blocks as elements (never as raw HTML).

use leptos::prelude::*;

use crate::markdown::{Block, Inline, parse};

fn inline_view(inlines: Vec<Inline>) -> impl IntoView {
    inlines
        .into_iter()
        .map(|inline| match inline {
            Inline::Text(text) => text.into_any(),
            Inline::Strong(text) => view! { <strong>{text}</strong> }.into_any(),
            Inline::Emphasis(text) => view! { <em>{text}</em> }.into_any(),
            Inline::Code(text) => view! { <code>{text}</code> }.into_any(),
        })
        .collect_view()
}

#[component]
pub fn MarkdownView(source: String) -> impl IntoView {
    parse(&source)
        .into_iter()
        .map(|block| match block {
            Block::Heading { level: 1, text } => view! { <h1>{inline_view(text)}</h1> }.into_any(),
            Block::Heading { level: 2, text } => view! { <h2>{inline_view(text)}</h2> }.into_any(),
            Block::Heading { text, .. } => view! { <h3>{inline_view(text)}</h3> }.into_any(),
            Block::Paragraph(text) => view! { <p>{inline_view(text)}</p> }.into_any(),
            Block::Bullets(items) => view! {
                <ul>{items.into_iter().map(|item| view! { <li>{inline_view(item)}</li> }).collect_view()}</ul>
            }
            .into_any(),
            Block::Numbered(items) => view! {
                <ol>{items.into_iter().map(|item| view! { <li>{inline_view(item)}</li> }).collect_view()}</ol>
            }
            .into_any(),
            Block::Checklist(items) => view! {
                <ul class="checklist">
                    {items.into_iter().map(|(done, item)| view! {
                        <li><span class="box" aria-hidden="true">{if done { "☑" } else { "☐" }}</span>" "{inline_view(item)}</li>
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Block::Rule => view! { <hr/> }.into_any(),
        })
        .collect_view()
}
