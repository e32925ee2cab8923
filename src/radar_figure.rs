//! The radar chart as plain geometry: where each criterion's axis and label go,
//! the score rings, and each language's polygon, all in one fixed coordinate box
//! ([`WIDTH`] × [`HEIGHT`]). The UI draws this geometry as live SVG (styled by the
//! stylesheet, so it follows the light or dark theme); [`standalone_svg`] writes
//! the same figure as a self-contained SVG document with a legend, which the
//! download turns into a PNG. Pure: no browser types, tested natively.

use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt::Write as _;

use crate::markup::escape;
use crate::model::{CRITERION_COUNT, Criterion, LANGUAGE_COUNT, Language, Scores};

/// Width of the figure's coordinate box (the SVG `viewBox`).
pub const WIDTH: f64 = 520.0;
/// Height of the figure's coordinate box (the SVG `viewBox`).
pub const HEIGHT: f64 = 350.0;
/// The centre of the radar.
pub const CENTRE: Point = Point { x: 260.0, y: 168.0 };
/// The distance from the centre to a score of 100.
pub const RADIUS: f64 = 125.0;
/// Scores at which a ring is drawn; the last is the rim.
pub const RING_SCORES: [u8; 4] = [25, 50, 75, 100];
/// The size of a criterion label's text in the standalone document, in the
/// figure's units (on screen the stylesheet sets it, larger on small screens).
pub const LABEL_FONT_SIZE: f64 = 13.0;
/// The distance between two lines of a criterion label, in `em`.
pub const LABEL_LINE_EM: f64 = 1.2;
/// The gap between the rim and a criterion label.
const LABEL_GAP: f64 = 12.0;
/// Labels longer than this wrap onto two lines, at the space nearest the middle.
const LABEL_WRAP_AT: usize = 12;
/// The highest score a criterion can have.
const MAX_SCORE: f64 = 100.0;
/// Extra height of the standalone document, for its legend row.
const LEGEND_HEIGHT: f64 = 36.0;
/// Extra height of the standalone document, for its title above the figure.
const TITLE_HEIGHT: f64 = 36.0;

/// A point in the figure's coordinates (y grows downwards, as in SVG).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// How a label's text lines up with its position (SVG `text-anchor`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    /// The SVG attribute value.
    pub const fn svg(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

/// A criterion's spoke, from the centre to the rim, and its label beyond the rim.
/// The label's lines are placed in `em` from `label_at`, so they keep their
/// spacing at any font size: the first line's baseline is `first_line_em` below
/// it (negative: above), each next line [`LABEL_LINE_EM`] lower.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub criterion: Criterion,
    pub rim: Point,
    pub label_at: Point,
    pub anchor: TextAnchor,
    pub lines: Vec<&'static str>,
    pub first_line_em: f64,
}

impl Axis {
    /// The `dy` of line `index` of the label, as an SVG length.
    pub fn line_dy(&self, index: usize) -> String {
        let em = if index == 0 {
            self.first_line_em
        } else {
            LABEL_LINE_EM
        };
        format!("{em:.2}em")
    }
}

/// A ring at one score, as SVG polygon points.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    pub score: u8,
    pub points: String,
    /// Where the ring's score is written (beside the first spoke).
    pub label_at: Point,
}

/// The parts of the figure that do not depend on the scores.
#[derive(Clone, Debug, PartialEq)]
pub struct Grid {
    pub axes: Vec<Axis>,
    pub rings: Vec<Ring>,
}

/// One language's score on one criterion, and where it is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Vertex {
    pub criterion: Criterion,
    pub score: u8,
    pub at: Point,
}

/// One language's polygon.
#[derive(Clone, Debug, PartialEq)]
pub struct Plot {
    pub language: Language,
    /// The SVG polygon points, one per criterion in [`Criterion::ALL`] order.
    pub points: String,
    pub vertices: Vec<Vertex>,
}

impl Vertex {
    /// What the vertex says when pointed at, e.g. "Go, Hiring: 72 of 100".
    pub fn describe(&self, language: Language) -> String {
        format!(
            "{}, {}: {} of 100",
            language.name(),
            self.criterion.name(),
            self.score
        )
    }
}

/// The colours of a standalone document (the live chart takes its colours from
/// the stylesheet). They match `style/main.css`'s light and dark themes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    pub background: &'static str,
    pub text: &'static str,
    pub muted: &'static str,
    pub grid: &'static str,
    /// One colour per language, in [`Language::ALL`] order.
    pub languages: [&'static str; LANGUAGE_COUNT],
}

impl Palette {
    pub const LIGHT: Palette = Palette {
        background: "#ffffff",
        text: "#16191d",
        muted: "#4a5360",
        grid: "#c9d0da",
        languages: ["#007d9c", "#3c873a", "#7a5c00"],
    };
    pub const DARK: Palette = Palette {
        background: "#1a1e24",
        text: "#e8ebef",
        muted: "#aab3bf",
        grid: "#3a4350",
        languages: ["#5cc8e0", "#8fd18c", "#f2cf5b"],
    };

    fn language(&self, language: Language) -> &'static str {
        let index = Language::ALL
            .iter()
            .position(|&l| l == language)
            .unwrap_or_default();
        self.languages.get(index).copied().unwrap_or(self.text)
    }
}

/// Where a score on the criterion at `index` (of [`CRITERION_COUNT`]) is drawn.
/// The first criterion points straight up; the others follow clockwise.
pub fn position(index: usize, score: f64) -> Point {
    let angle = -FRAC_PI_2 + TAU * index as f64 / CRITERION_COUNT as f64;
    let distance = RADIUS * score.clamp(0.0, MAX_SCORE) / MAX_SCORE;
    Point {
        x: CENTRE.x + distance * angle.cos(),
        y: CENTRE.y + distance * angle.sin(),
    }
}

/// The spokes, labels and rings.
pub fn grid() -> Grid {
    let axes = Criterion::ALL
        .iter()
        .enumerate()
        .map(|(index, &criterion)| axis(index, criterion))
        .collect();
    let rings = RING_SCORES
        .iter()
        .map(|&score| {
            let on_first_spoke = position(0, f64::from(score));
            Ring {
                score,
                points: polygon((0..CRITERION_COUNT).map(|i| position(i, f64::from(score)))),
                label_at: Point {
                    x: on_first_spoke.x + 4.0,
                    y: on_first_spoke.y + 11.0,
                },
            }
        })
        .collect();
    Grid { axes, rings }
}

/// One polygon per language, in [`Language::ALL`] order.
pub fn plots(scores: &Scores) -> Vec<Plot> {
    Language::ALL
        .iter()
        .map(|&language| {
            let vertices: Vec<Vertex> = Criterion::ALL
                .iter()
                .enumerate()
                .map(|(index, &criterion)| {
                    let score = scores.get(language, criterion);
                    Vertex {
                        criterion,
                        score,
                        at: position(index, f64::from(score)),
                    }
                })
                .collect();
            Plot {
                language,
                points: polygon(vertices.iter().map(|vertex| vertex.at)),
                vertices,
            }
        })
        .collect()
}

fn axis(index: usize, criterion: Criterion) -> Axis {
    let rim = position(index, MAX_SCORE);
    let direction_x = (rim.x - CENTRE.x) / RADIUS;
    let direction_y = (rim.y - CENTRE.y) / RADIUS;
    let at = Point {
        x: CENTRE.x + (RADIUS + LABEL_GAP) * direction_x,
        y: CENTRE.y + (RADIUS + LABEL_GAP) * direction_y,
    };
    let anchor = if direction_x > 0.2 {
        TextAnchor::Start
    } else if direction_x < -0.2 {
        TextAnchor::End
    } else {
        TextAnchor::Middle
    };
    let lines = wrap(criterion.name());
    let extra_lines = (lines.len() - 1) as f64;
    // Labels above the radar grow upwards, below it downwards; beside it they are
    // centred on the spoke (0.35 em lifts a line's baseline to its middle).
    let first_line_em = if direction_y < -0.9 {
        -extra_lines * LABEL_LINE_EM
    } else if direction_y > 0.9 {
        1.0
    } else {
        0.35 - extra_lines * LABEL_LINE_EM / 2.0
    };
    Axis {
        criterion,
        rim,
        label_at: at,
        anchor,
        lines,
        first_line_em,
    }
}

/// A label as one or two lines: long names break at the space nearest the middle.
fn wrap(name: &'static str) -> Vec<&'static str> {
    if name.chars().count() <= LABEL_WRAP_AT {
        return vec![name];
    }
    let middle = name.len() / 2;
    let split = name
        .match_indices(' ')
        .map(|(at, _)| at)
        .min_by_key(|&at| at.abs_diff(middle));
    match split {
        Some(at) => vec![&name[..at], &name[at + 1..]],
        None => vec![name],
    }
}

/// SVG polygon points, rounded to a tenth of a unit.
fn polygon(points: impl Iterator<Item = Point>) -> String {
    let mut out = String::new();
    for point in points {
        if !out.is_empty() {
            out.push(' ');
        }
        let _ = write!(out, "{:.1},{:.1}", point.x, point.y);
    }
    out
}

/// The figure as a self-contained SVG document: background, title, grid, the
/// plots of the `shown` languages and a legend naming them, in `palette`'s
/// colours. Its size is [`WIDTH`] × [`standalone_height`].
pub fn standalone_svg(grid: &Grid, plots: &[Plot], shown: &[Language], palette: Palette) -> String {
    let height = standalone_height();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif\">\
         <rect width=\"100%\" height=\"100%\" fill=\"{}\"/>\
         <text x=\"16\" y=\"26\" font-size=\"15\" font-weight=\"700\" fill=\"{}\">Scores per criterion (0 to 100)</text>\
         <g transform=\"translate(0 {TITLE_HEIGHT})\">",
        palette.background, palette.text
    );
    for ring in &grid.rings {
        let _ = write!(
            svg,
            "<polygon points=\"{}\" fill=\"none\" stroke=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" fill=\"{}\">{}</text>",
            ring.points, palette.grid, ring.label_at.x, ring.label_at.y, palette.muted, ring.score
        );
    }
    for axis in &grid.axes {
        let _ = write!(
            svg,
            "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"{}\" font-size=\"{LABEL_FONT_SIZE}\" fill=\"{}\">",
            CENTRE.x,
            CENTRE.y,
            axis.rim.x,
            axis.rim.y,
            palette.grid,
            axis.label_at.x,
            axis.label_at.y,
            axis.anchor.svg(),
            palette.text
        );
        for (index, line) in axis.lines.iter().enumerate() {
            let _ = write!(
                svg,
                "<tspan x=\"{:.1}\" dy=\"{}\">{}</tspan>",
                axis.label_at.x,
                axis.line_dy(index),
                escape(line)
            );
        }
        svg.push_str("</text>");
    }
    for plot in plots.iter().filter(|plot| shown.contains(&plot.language)) {
        let colour = palette.language(plot.language);
        let _ = write!(
            svg,
            "<polygon points=\"{}\" fill=\"{colour}\" fill-opacity=\"0.12\" stroke=\"{colour}\" \
             stroke-width=\"2\" stroke-linejoin=\"round\"/>",
            plot.points
        );
        for vertex in &plot.vertices {
            let _ = write!(
                svg,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{colour}\"/>",
                vertex.at.x, vertex.at.y
            );
        }
    }
    svg.push_str("</g>");
    legend(&mut svg, shown, palette, height);
    svg.push_str("</svg>");
    svg
}

/// The height of the standalone document: its title, the figure and its legend.
pub const fn standalone_height() -> f64 {
    TITLE_HEIGHT + HEIGHT + LEGEND_HEIGHT
}

/// A centred row naming each shown language beside a swatch of its colour.
fn legend(svg: &mut String, shown: &[Language], palette: Palette, height: f64) {
    const SWATCH: f64 = 12.0;
    const SWATCH_GAP: f64 = 6.0;
    const ITEM_GAP: f64 = 22.0;
    // An estimate of the text's width: the legend only needs to look centred.
    const CHARACTER_WIDTH: f64 = 7.6;
    let items: Vec<(Language, f64)> = Language::ALL
        .iter()
        .filter(|language| shown.contains(language))
        .map(|&language| {
            let width = SWATCH + SWATCH_GAP + language.name().len() as f64 * CHARACTER_WIDTH;
            (language, width)
        })
        .collect();
    let total: f64 = items.iter().map(|(_, width)| width).sum::<f64>()
        + ITEM_GAP * items.len().saturating_sub(1) as f64;
    let baseline = height - LEGEND_HEIGHT / 2.0 + 4.0;
    let mut x = (WIDTH - total) / 2.0;
    for (language, width) in items {
        let colour = palette.language(language);
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{SWATCH}\" height=\"{SWATCH}\" rx=\"2\" fill=\"{colour}\"/>\
             <text x=\"{:.1}\" y=\"{baseline:.1}\" font-size=\"13\" fill=\"{}\">{}</text>",
            baseline - SWATCH + 1.0,
            x + SWATCH + SWATCH_GAP,
            palette.text,
            escape(language.name())
        );
        x += width + ITEM_GAP;
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn distance_from_centre(point: Point) -> f64 {
        (point.x - CENTRE.x).hypot(point.y - CENTRE.y)
    }

    fn inside_the_box(point: Point) -> bool {
        (0.0..=WIDTH).contains(&point.x) && (0.0..=HEIGHT).contains(&point.y)
    }

    #[test]
    fn the_first_criterion_points_up_and_the_next_ones_follow_clockwise() {
        let top = position(0, 100.0);
        assert!((top.x - CENTRE.x).abs() < 1e-9);
        assert!((top.y - (CENTRE.y - RADIUS)).abs() < 1e-9);
        let second = position(1, 100.0);
        assert!(second.x > CENTRE.x && second.y < CENTRE.y, "{second:?}");
        assert_eq!(position(3, 0.0), CENTRE);
    }

    #[test]
    fn long_labels_wrap_at_the_space_nearest_their_middle() {
        assert_eq!(wrap("Hiring"), vec!["Hiring"]);
        assert_eq!(wrap("Team fit"), vec!["Team fit"]);
        assert_eq!(wrap("Delivery speed"), vec!["Delivery", "speed"]);
        assert_eq!(wrap("Data & AI ecosystem"), vec!["Data & AI", "ecosystem"]);
        assert_eq!(
            wrap("Long-term maintainability"),
            vec!["Long-term", "maintainability"]
        );
        assert_eq!(wrap("Unbreakablylongname"), vec!["Unbreakablylongname"]);
    }

    #[test]
    fn every_label_lies_inside_the_box_and_outside_the_rim_at_up_to_18_units() {
        // 13 units in the document; the stylesheet uses up to 18 on small screens.
        for font_size in [LABEL_FONT_SIZE, 18.0] {
            let grid = grid();
            assert_eq!(grid.axes.len(), CRITERION_COUNT);
            for axis in &grid.axes {
                let mut baseline = axis.label_at.y;
                for (index, line) in axis.lines.iter().enumerate() {
                    baseline += font_size
                        * if index == 0 {
                            axis.first_line_em
                        } else {
                            LABEL_LINE_EM
                        };
                    // Room for the text itself, at about 0.58 em per character.
                    let width = line.chars().count() as f64 * font_size * 0.58;
                    let x = axis.label_at.x;
                    let (left, right) = match axis.anchor {
                        TextAnchor::Start => (x, x + width),
                        TextAnchor::Middle => (x - width / 2.0, x + width / 2.0),
                        TextAnchor::End => (x - width, x),
                    };
                    let what =
                        format!("{line:?} at {font_size}: {left:.0}..{right:.0}, {baseline:.0}");
                    assert!(left >= 0.0 && right <= WIDTH, "{what}");
                    assert!(
                        baseline - font_size * 0.8 >= 0.0 && baseline <= HEIGHT,
                        "{what}"
                    );
                    let nearest = Point {
                        x: x.clamp(left, right),
                        y: baseline,
                    };
                    assert!(distance_from_centre(nearest) > RADIUS, "{what}");
                }
            }
        }
    }

    #[test]
    fn rings_are_drawn_at_their_scores() {
        let grid = grid();
        let scores: Vec<u8> = grid.rings.iter().map(|ring| ring.score).collect();
        assert_eq!(scores, RING_SCORES);
        for ring in &grid.rings {
            assert_eq!(ring.points.split(' ').count(), CRITERION_COUNT);
        }
    }

    #[test]
    fn the_document_draws_only_the_shown_languages_and_escapes_labels() {
        let scores = Scores::from_array([
            [60; CRITERION_COUNT],
            [70; CRITERION_COUNT],
            [80; CRITERION_COUNT],
        ]);
        let plots = plots(&scores);
        let svg = standalone_svg(
            &grid(),
            &plots,
            &[Language::Go, Language::Python],
            Palette::DARK,
        );
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains(&plots[0].points));
        assert!(
            svg.contains("dy=\"1.20em\""),
            "two-line labels keep their spacing"
        );
        assert!(!svg.contains(&plots[1].points), "Node.js is hidden");
        assert!(svg.contains(&plots[2].points));
        assert!(svg.contains(">Go</text>") && svg.contains(">Python</text>"));
        assert!(!svg.contains(">Node.js</text>"));
        assert!(svg.contains("&amp; performance"));
        assert!(!svg.contains("& "), "an unescaped ampersand");
        assert!(svg.contains(Palette::DARK.background));
        assert_eq!(svg.matches("<svg").count(), 1);
        assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
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
    fn the_documents_colours_are_the_stylesheets() {
        let css = include_str!("../style/main.css");
        let light = &css[css.find(":root {").unwrap()..];
        let dark = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
        for (palette, block) in [(Palette::LIGHT, light), (Palette::DARK, dark)] {
            let block = &block[..block.find('}').unwrap()];
            assert_eq!(palette.background, css_variable(block, "--surface"));
            assert_eq!(palette.text, css_variable(block, "--text"));
            assert_eq!(palette.muted, css_variable(block, "--muted"));
            assert_eq!(palette.grid, css_variable(block, "--border"));
            for (language, colour) in Language::ALL.iter().zip(palette.languages) {
                assert_eq!(colour, css_variable(block, &format!("--{}", language.id())));
            }
        }
    }

    proptest! {
        #[test]
        fn every_vertex_sits_on_its_spoke_at_its_score(
            rows in proptest::array::uniform3(proptest::array::uniform8(0u8..=100))
        ) {
            let scores = Scores::from_array(rows);
            for (plot, row) in plots(&scores).iter().zip(rows) {
                prop_assert_eq!(plot.vertices.len(), CRITERION_COUNT);
                prop_assert_eq!(plot.points.split(' ').count(), CRITERION_COUNT);
                for ((index, vertex), score) in plot.vertices.iter().enumerate().zip(row) {
                    prop_assert_eq!(vertex.score, score);
                    prop_assert_eq!(vertex.criterion, Criterion::ALL[index]);
                    let expected = RADIUS * f64::from(score) / 100.0;
                    prop_assert!((distance_from_centre(vertex.at) - expected).abs() < 1e-6);
                    prop_assert!(inside_the_box(vertex.at));
                }
            }
        }
    }
}
