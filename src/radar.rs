//! What a radar chart shows, independent of how it is drawn (ECharts, through
//! charming, in `ui::radar`): the axes, one series of scores per subject, the
//! colours of the stylesheet's light and dark themes, the accessible description
//! and the tooltip text. Generic over its series, so every radar in the app (the
//! result's three languages, a team's priorities, compared decisions) is the same
//! chart.

use crate::markup;
use crate::model::{Criterion, Evaluation, Language, MAX_WEIGHT, Weights};

/// The radar-only ECharts build (`npm run bundle-echarts`), served beside
/// `index.html` under a name that carries the pinned ECharts version; loaded only
/// when a chart is first shown (`adapters::echarts`).
pub const SCRIPT: &str = "echarts-5.6.0-radar.min.js";

/// A score's axis runs from 0 at the centre to this at the rim.
pub const MAX_SCORE: u8 = 100;

/// One subject plotted on the chart: a name (legend, tooltip) and one score per axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Series {
    pub name: String,
    /// One value per axis, in axis order, each within 0..=[`Radar::max`].
    pub values: Vec<u8>,
}

/// A radar chart's content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Radar {
    /// What the chart is about, for its accessible description.
    pub subject: String,
    pub axes: Vec<String>,
    /// The value at the rim of every axis (the centre is 0).
    pub max: u8,
    pub series: Vec<Series>,
}

impl Radar {
    /// The result's radar: the three languages over every criterion.
    pub fn of_languages(evaluation: &Evaluation) -> Radar {
        Radar {
            subject: "the three languages' scores per criterion".to_owned(),
            axes: Criterion::ALL
                .iter()
                .map(|criterion| criterion.name().to_owned())
                .collect(),
            max: MAX_SCORE,
            series: Language::ALL
                .iter()
                .map(|&language| Series {
                    name: language.name().to_owned(),
                    values: Criterion::ALL
                        .iter()
                        .map(|&criterion| evaluation.score(language, criterion))
                        .collect(),
                })
                .collect(),
        }
    }

    /// Priorities over every criterion, from 0 to [`MAX_WEIGHT`]: one series per
    /// named set of weights (a team's people and its combined priorities, or
    /// compared decisions). A name given more than once gets its position after it
    /// ("Q3 (2)"), since the legend tells series apart by name.
    pub fn of_priorities(subject: &str, named: &[(String, Weights)]) -> Radar {
        let series = named
            .iter()
            .enumerate()
            .map(|(index, (name, weights))| Series {
                name: if named.iter().filter(|(other, _)| other == name).count() > 1 {
                    format!("{name} ({})", index + 1)
                } else {
                    name.clone()
                },
                values: Criterion::ALL
                    .iter()
                    .map(|&criterion| weights.get(criterion))
                    .collect(),
            })
            .collect();
        Radar {
            subject: subject.to_owned(),
            axes: Criterion::ALL
                .iter()
                .map(|criterion| criterion.name().to_owned())
                .collect(),
            max: MAX_WEIGHT,
            series,
        }
    }

    /// The chart in words, for screen readers (ECharts' `aria.label.description`):
    /// what it plots and every score of every series that is shown. `hidden` names
    /// the series the legend has hidden.
    pub fn describe(&self, hidden: &[String]) -> String {
        let shown: Vec<&Series> = self
            .series
            .iter()
            .filter(|series| !hidden.contains(&series.name))
            .collect();
        let mut text = format!(
            "Radar chart of {}, from 0 at the centre to {} at the rim.",
            self.subject, self.max
        );
        if shown.is_empty() {
            text.push_str(" Every series is hidden.");
        }
        for series in shown {
            let scores: Vec<String> = self
                .axes
                .iter()
                .zip(&series.values)
                .map(|(axis, value)| format!("{axis} {value}"))
                .collect();
            text.push_str(&format!(" {}: {}.", series.name, scores.join(", ")));
        }
        text
    }

    /// The tooltip of one series as an ECharts string template: HTML with classes
    /// only (the stylesheet styles it; the CSP allows no style attributes), and no
    /// `{` left for ECharts to read as a placeholder. `None` past the last series.
    pub fn tooltip(&self, index: usize) -> Option<String> {
        let series = self.series.get(index)?;
        let rows: String = self
            .axes
            .iter()
            .zip(&series.values)
            .map(|(axis, value)| {
                format!(
                    "<span class=\"chart-tip-row\"><span>{}</span> <b>{value}</b></span>",
                    template_text(axis)
                )
            })
            .collect();
        Some(format!(
            "<span class=\"chart-tip\"><span class=\"chart-tip-title series-{index}\">{}</span>{rows}</span>",
            template_text(&series.name)
        ))
    }
}

/// Text made safe inside an ECharts HTML template: escaped markup, and braces as
/// entities so a name can never become a placeholder.
fn template_text(text: &str) -> String {
    markup::escape(text)
        .replace('{', "&#123;")
        .replace('}', "&#125;")
}

/// How many series colours a palette has.
pub const SERIES_COLOURS: usize = 8;

/// Below this width (CSS pixels) a chart is narrow: its axis names wrap
/// ([`axis_label`]) and the radar is smaller, so the names are not cut at the
/// edges on a phone.
pub const NARROW_CHART_PX: i32 = 520;

/// An axis name longer than this (in characters) is wrapped on a narrow chart.
const NARROW_LINE_CHARS: usize = 12;

/// An axis name as the chart shows it: as is, or on a narrow chart, when longer
/// than twelve characters, on two lines split at the space that makes the longer
/// line shortest ("Runtime cost\n& performance").
pub fn axis_label(name: &str, narrow: bool) -> String {
    let chars = name.chars().count();
    if !narrow || chars <= NARROW_LINE_CHARS {
        return name.to_owned();
    }
    let longer_line = |(at, _): &(usize, char)| {
        let before = name[..*at].chars().count();
        before.max(chars - before - 1)
    };
    match name
        .char_indices()
        .filter(|(_, c)| *c == ' ')
        .min_by_key(longer_line)
    {
        Some((at, _)) => format!("{}\n{}", &name[..at], &name[at + 1..]),
        None => name.to_owned(),
    }
}

/// The colours a chart is drawn in, equal to `style/main.css`'s custom properties
/// of the light and the dark theme (a test keeps them equal).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// `--surface`
    pub background: &'static str,
    /// `--text`
    pub text: &'static str,
    /// `--muted`
    pub muted: &'static str,
    /// `--border`: rings, spokes, the tooltip's border.
    pub grid: &'static str,
    /// One colour per series, in order: the languages' first (`--go`, `--node`,
    /// `--python`), then five more for charts with more series (a team's
    /// people), each at least 3:1 against the background; past eight they repeat,
    /// and the decal patterns (seven, so the pairs differ up to 56 series) keep
    /// the series apart.
    pub series: [&'static str; SERIES_COLOURS],
    /// The decal patterns' ink over the series' areas (not a stylesheet colour).
    pub decal: &'static str,
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: "#ffffff",
        text: "#16191d",
        muted: "#4a5360",
        grid: "#c9d0da",
        series: [
            "#007d9c", "#3c873a", "#7a5c00", "#b8336a", "#6247aa", "#c2410c", "#1d4ed8", "#57606a",
        ],
        decal: "rgba(0, 0, 0, 0.25)",
    };
    pub const DARK: Palette = Palette {
        background: "#1a1e24",
        text: "#e8ebef",
        muted: "#aab3bf",
        grid: "#3a4350",
        series: [
            "#5cc8e0", "#8fd18c", "#f2cf5b", "#f59ac0", "#b9a6f5", "#fb9a5b", "#8fb4ff", "#c5ccd6",
        ],
        decal: "rgba(255, 255, 255, 0.3)",
    };

    /// The theme's palette.
    pub const fn of(dark: bool) -> Palette {
        if dark { Palette::DARK } else { Palette::LIGHT }
    }

    /// The colour of the series at `index`.
    pub fn series_colour(&self, index: usize) -> &'static str {
        self.series[index % self.series.len()]
    }
}

/// The line above a downloaded chart: the decision's name, its recommendation and
/// the date, e.g. `Q3 platform · Recommended: Go · 30 Nov 2026`.
pub fn export_title(decision: &str, recommendation: &str, date: &str) -> String {
    let decision = decision.trim();
    let decision = if decision.is_empty() {
        "Untitled decision"
    } else {
        decision
    };
    format!("{decision} · Recommended: {recommendation} · {date}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;
    use crate::model::{Answers, Weights, evaluate};

    fn sample() -> Radar {
        Radar {
            subject: "two teams".to_owned(),
            axes: vec!["Speed".to_owned(), "Cost & care".to_owned()],
            max: MAX_SCORE,
            series: vec![
                Series {
                    name: "Alpha".to_owned(),
                    values: vec![10, 90],
                },
                Series {
                    name: "Beta {a}".to_owned(),
                    values: vec![55, 0],
                },
            ],
        }
    }

    #[test]
    fn the_languages_radar_has_every_criterion_and_every_score() {
        let evaluation = evaluate(&Answers::default(), &Weights::default());
        let radar = Radar::of_languages(&evaluation);
        assert_eq!(radar.axes.len(), Criterion::ALL.len());
        assert_eq!(radar.series.len(), Language::ALL.len());
        for (series, &language) in radar.series.iter().zip(Language::ALL.iter()) {
            assert_eq!(series.name, language.name());
            for (value, &criterion) in series.values.iter().zip(Criterion::ALL.iter()) {
                assert_eq!(*value, evaluation.score(language, criterion));
                assert!(*value <= MAX_SCORE);
            }
        }
    }

    #[test]
    fn the_priorities_radar_has_a_series_per_name_on_a_rim_of_ten() {
        let mut lee = Weights::default();
        lee.set(Criterion::ALL[0], 9).unwrap();
        let named = vec![
            ("Lee".to_owned(), lee),
            ("Q3".to_owned(), Weights::default()),
            ("Q3".to_owned(), Weights::default()),
            ("Team (combined)".to_owned(), Weights::default()),
        ];
        let radar = Radar::of_priorities("the team's priorities", &named);
        assert_eq!(radar.max, MAX_WEIGHT);
        assert_eq!(radar.axes.len(), Criterion::ALL.len());
        let names: Vec<&str> = radar.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Lee", "Q3 (2)", "Q3 (3)", "Team (combined)"]);
        assert_eq!(radar.series[0].values[0], 9);
        for (value, &criterion) in radar.series[1].values.iter().zip(Criterion::ALL.iter()) {
            assert_eq!(*value, Weights::default().get(criterion));
        }
        assert!(radar.describe(&[]).starts_with(
            "Radar chart of the team's priorities, from 0 at the centre to 10 at the rim."
        ));
    }

    #[test]
    fn the_description_names_every_shown_score_and_skips_hidden_series() {
        let radar = sample();
        assert_eq!(
            radar.describe(&[]),
            "Radar chart of two teams, from 0 at the centre to 100 at the rim. \
             Alpha: Speed 10, Cost & care 90. Beta {a}: Speed 55, Cost & care 0."
        );
        let one = radar.describe(&["Alpha".to_owned()]);
        assert!(!one.contains("Alpha") && one.contains("Beta {a}: Speed 55"));
        let none = radar.describe(&["Alpha".to_owned(), "Beta {a}".to_owned()]);
        assert!(none.ends_with("Every series is hidden."));
    }

    #[test]
    fn tooltips_escape_markup_and_leave_no_placeholder() {
        let radar = sample();
        let alpha = radar.tooltip(0).unwrap_or_default();
        assert!(alpha.contains("<span>Cost &amp; care</span> <b>90</b>"));
        assert!(alpha.contains("series-0\">Alpha<"));
        let beta = radar.tooltip(1).unwrap_or_default();
        assert!(beta.contains("Beta &#123;a&#125;"));
        assert!(!beta.contains('{') && !beta.contains('}'));
        assert!(!beta.contains("style="));
        assert_eq!(radar.tooltip(2), None);
    }

    #[test]
    fn the_export_title_names_the_decision_even_when_it_has_no_name() {
        assert_eq!(
            export_title("Q3 platform", "Go", "30 Nov 2026"),
            "Q3 platform · Recommended: Go · 30 Nov 2026"
        );
        assert!(export_title("  ", "Python", "1 Jan 2027").starts_with("Untitled decision ·"));
    }

    #[test]
    fn series_colours_repeat_past_the_palette() {
        assert_eq!(
            Palette::LIGHT.series_colour(SERIES_COLOURS),
            Palette::LIGHT.series[0]
        );
        assert_ne!(Palette::LIGHT.series_colour(3), Palette::LIGHT.series[0]);
        assert_eq!(Palette::of(true), Palette::DARK);
    }

    /// WCAG's relative luminance of `#rrggbb`.
    fn luminance(hex: &str) -> f64 {
        let channel = |at: usize| {
            let c = f64::from(u8::from_str_radix(&hex[at..at + 2], 16).unwrap()) / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    #[test]
    fn series_colours_are_distinct_and_stand_out_from_the_background() {
        for palette in [Palette::LIGHT, Palette::DARK] {
            let background = luminance(palette.background);
            for (index, colour) in palette.series.iter().enumerate() {
                let (high, low) = {
                    let own = luminance(colour);
                    (own.max(background), own.min(background))
                };
                let contrast = (high + 0.05) / (low + 0.05);
                assert!(contrast >= 3.0, "{colour}: {contrast:.2}:1");
                assert!(!palette.series[..index].contains(colour), "{colour} twice");
            }
        }
    }

    #[test]
    fn narrow_charts_wrap_long_axis_names_in_two_balanced_lines() {
        assert_eq!(
            axis_label("Long-term maintainability", true),
            "Long-term\nmaintainability"
        );
        assert_eq!(
            axis_label("Runtime cost & performance", true),
            "Runtime cost\n& performance"
        );
        assert_eq!(
            axis_label("Concurrency & real-time", true),
            "Concurrency\n& real-time"
        );
        assert_eq!(axis_label("Delivery speed", true), "Delivery\nspeed");
        assert_eq!(axis_label("Hiring", true), "Hiring");
        assert_eq!(
            axis_label("Incomprehensibilities", true),
            "Incomprehensibilities"
        );
        assert_eq!(
            axis_label("Long-term maintainability", false),
            "Long-term maintainability"
        );
        for criterion in Criterion::ALL {
            let label = axis_label(criterion.name(), true);
            assert!(label.lines().count() <= 2, "{label}");
            assert_eq!(label.replace('\n', " "), criterion.name());
        }
    }

    #[test]
    fn the_script_name_carries_the_pinned_echarts_version_and_is_the_one_built() {
        let package = include_str!("../package.json");
        let lock = include_str!("../package-lock.json");
        let pinned = format!("\"echarts\": \"{}\"", "5.6.0");
        assert!(
            package.contains(&pinned),
            "package.json pins echarts exactly"
        );
        assert!(
            lock.contains(&pinned),
            "package-lock.json pins the same echarts"
        );
        assert!(
            SCRIPT.contains("-5.6.0-"),
            "{SCRIPT} names the pinned version"
        );
        assert!(package.contains(&format!("--outfile=vendor/{SCRIPT}")));
        assert!(include_str!("../index.html").contains(&format!("href=\"vendor/{SCRIPT}\"")));
    }

    /// The value of a CSS custom property in a block of the stylesheet.
    fn css_variable(block: &str, name: &str) -> String {
        let start = block
            .find(&format!("{name}:"))
            .unwrap_or_else(|| panic!("{name} missing"));
        let rest = &block[start + name.len() + 1..];
        rest[..rest.find(';').unwrap_or(rest.len())]
            .trim()
            .to_owned()
    }

    #[test]
    fn the_palettes_are_the_stylesheets_colours() {
        let css = include_str!("../style/main.css");
        let light = &css[css.find(":root {").unwrap()..];
        let dark = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
        for (palette, block) in [(Palette::LIGHT, light), (Palette::DARK, dark)] {
            let block = &block[..block.find('}').unwrap()];
            assert_eq!(palette.background, css_variable(block, "--surface"));
            assert_eq!(palette.text, css_variable(block, "--text"));
            assert_eq!(palette.muted, css_variable(block, "--muted"));
            assert_eq!(palette.grid, css_variable(block, "--border"));
            for (language, colour) in Language::ALL.iter().zip(palette.series) {
                assert_eq!(colour, css_variable(block, &format!("--{}", language.id())));
            }
        }
    }
}
