//! Deciding as a team: two browsers play the lead and a colleague. The lead
//! invites, the colleague answers in their own copy and replies, the lead gathers
//! the reply, sees the disagreement, settles it, and the record names both. A
//! damaged reply link is refused and changes nothing; a version-1 file still opens.
//! The team's and the comparison's radars have one series per person or decision.
//! A colleague on a phone can answer only their priorities, the team's skills and
//! the hiring market; the lead can set one person against the team's combined
//! decision.

use fantoccini::Locator;

use crate::decision::axe;
use crate::support::flow::{SCENARIO_A, STEPS, answer_visible, complete_decision, import_file};
use crate::support::page::RADAR;
use crate::support::{Browser, one_browser_at_a_time};

/// The fragment (`#/…`) of a whole link.
fn fragment_of(link: &str) -> String {
    link.split_once('#')
        .map(|(_, fragment)| format!("#{fragment}"))
        .unwrap_or_default()
}

async fn field_value(browser: &Browser, css: &str) -> String {
    browser
        .wait_for(css)
        .await
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

async fn participant_rows(browser: &Browser) -> usize {
    browser
        .client
        .find_all(Locator::Css("#participants tbody tr"))
        .await
        .map(|rows| rows.len())
        .unwrap_or(0)
}

/// Imports the version-1 fixture through the session list; ends on its result.
async fn import_v1_fixture(browser: &Browser) {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/session-v1.json");
    browser.open("#/sessions").await;
    import_file(browser, &fixture).await;
    browser.wait_for("#ranking").await;
}

/// Types `text` into the field matching `css`.
async fn type_into(browser: &Browser, css: &str, text: &str) {
    browser.wait_for(css).await.send_keys(text).await.unwrap();
}

/// The series names of the radar chart inside `css`, once ECharts has drawn it.
async fn radar_series(browser: &Browser, css: &str) -> Vec<String> {
    browser.wait_for(&format!("{css} {RADAR}")).await;
    let names = browser
        .eval(&format!(
            "const chart = echarts.getInstanceByDom(document.querySelector('{css} .radar-chart'));
             return chart.getOption().series.map((s) => s.name);"
        ))
        .await;
    serde_json::from_value(names).unwrap_or_default()
}

/// A fresh browser with scenario A answered, on its result.
async fn scenario_a_decision() -> Browser {
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;
    browser
}

/// Scenario A's answers with a different view of the team's Python skills.
const COLLEAGUE_CHANGE: &[(&str, &[&str])] = &[("proficiency_python", &["several_shipped"])];

#[tokio::test(flavor = "current_thread")]
async fn lead_and_colleague_decide_together() {
    let _turn = one_browser_at_a_time().await;

    // The lead answers scenario A and copies an invitation.
    let lead = scenario_a_decision().await;
    let invite = lead_invitation(&lead).await;
    assert!(invite.starts_with("#/i/"), "invitation {invite:?}");

    // The colleague, in another browser, answers in their own copy and replies.
    let colleague = Browser::launch("/").await;
    colleague.open(&invite).await;
    colleague.click("#accept-invite").await;
    for _ in 0..STEPS {
        colleague.wait_for("#step-title").await;
        answer_visible(&colleague, COLLEAGUE_CHANGE).await;
        colleague.click("#next").await;
    }
    colleague.wait_for("#ranking").await;
    colleague.click("#reply-panel summary").await;
    type_into(&colleague, "#reply-name", "Cora").await;
    colleague.click("#copy-reply").await;
    let reply = field_value(&colleague, "#copy-reply-field").await;
    assert!(reply.contains("#/r/"), "reply link {reply:?}");
    colleague.finish().await;

    // The lead first pastes a damaged copy: refused, nothing changes.
    let mut damaged: Vec<char> = reply.chars().collect();
    let last = damaged.len() - 1;
    damaged[last] = if damaged[last] == 'A' { 'B' } else { 'A' };
    let damaged: String = damaged.into_iter().collect();
    let links = lead.wait_for("#reply-links").await;
    links.send_keys(&damaged).await.unwrap();
    lead.click("#add-replies").await;
    let report = lead.text("#gather-report li").await;
    assert!(report.contains("cannot be read"), "report {report:?}");
    assert_eq!(
        participant_rows(&lead).await,
        0,
        "a damaged link added someone"
    );

    // Then the real reply, under the lead's own name.
    let name = lead.wait_for("#lead-name").await;
    name.clear().await.unwrap();
    name.send_keys("Lee").await.unwrap();
    type_into(&lead, "#reply-links", &reply).await;
    lead.click("#add-replies").await;
    lead.wait_for("#participants").await;
    let report = lead.text("#gather-report").await;
    assert!(report.contains("Cora added."), "report {report:?}");
    // Lee, Cora and the team row.
    assert_eq!(participant_rows(&lead).await, 3);
    // Everyone's priorities on one radar: a series per person, then the team's.
    assert_eq!(
        radar_series(&lead, "#team-priorities").await,
        ["Lee", "Cora", "Team (combined)"]
    );

    // The same reply again: the lead is asked before the earlier one is replaced.
    type_into(&lead, "#reply-links", &reply).await;
    lead.click("#add-replies").await;
    let asked = lead.text(".pending-replace").await;
    assert!(asked.contains("Replace Cora's earlier reply"), "{asked:?}");
    lead.click(".pending-replace button").await;
    let report = lead.text("#gather-report").await;
    assert!(
        report.contains("Cora's newer reply replaced the earlier one."),
        "{report:?}"
    );
    assert_eq!(participant_rows(&lead).await, 3, "replaced, not added");

    // The disagreement is shown, with who said what; the lead settles it.
    let item = "#disagreements li[data-question='proficiency_python']";
    let text = lead.text(item).await;
    assert!(text.contains("Lee") && text.contains("Cora"), "{text:?}");
    assert!(text.contains("in dispute"), "{text:?}");
    lead.click(&format!("{item} button.settle")).await;
    lead.wait_for(&format!("{item}.standing-settled")).await;
    lead.click("#adopt").await;

    // The record names both and says how the disagreement was settled.
    let id = lead
        .eval("return location.hash.split('/')[2];")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned();
    lead.open(&format!("#/d/{id}/record")).await;
    let record = lead.text("#record").await;
    assert!(record.contains("Who decided"), "{record}");
    assert!(record.contains("Lee and Cora"), "{record}");
    lead.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_version_1_file_still_opens_and_has_no_team() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    import_v1_fixture(&browser).await;
    browser.click("#team-link").await;
    browser.wait_for("#gather-panel").await;
    assert_eq!(participant_rows(&browser).await, 0);
    // A foreign link pasted as a reply is refused with a message.
    type_into(
        &browser,
        "#reply-links",
        "https://example.org/#/s/AQoxPyiRog",
    )
    .await;
    browser.click("#add-replies").await;
    let report = browser.text("#gather-report li").await;
    assert!(report.contains("share link, not a reply"), "{report:?}");
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn two_saved_decisions_compare_side_by_side() {
    let _turn = one_browser_at_a_time().await;
    let browser = scenario_a_decision().await;
    import_v1_fixture(&browser).await;
    browser.open("#/compare").await;
    let boxes = browser
        .client
        .find_all(Locator::Css("#compare-list input[type='checkbox']"))
        .await
        .unwrap();
    assert_eq!(boxes.len(), 2);
    for b in boxes {
        b.click().await.unwrap();
    }
    browser.click("#compare").await;
    browser.wait_for("#comparison").await;
    let differences = browser.text("#compare-differences").await;
    assert!(
        differences.contains("Backend default, spring 2026"),
        "the fixture's name is shown with its answers: {differences:?}"
    );
    assert_eq!(
        radar_series(&browser, "#compare-priorities").await.len(),
        2,
        "one series per compared decision"
    );
    browser.finish().await;
}

/// The lead's decision (scenario A) with its team view open; returns the
/// invitation's fragment.
async fn lead_invitation(lead: &Browser) -> String {
    lead.click("#team-link").await;
    lead.click("#copy-invite").await;
    fragment_of(&field_value(lead, "#copy-invite-field").await)
}

/// Pastes `reply` into the lead's team view, the lead joining as "Lee".
async fn gather_as_lee(lead: &Browser, reply: &str) {
    let name = lead.wait_for("#lead-name").await;
    name.clear().await.unwrap();
    name.send_keys("Lee").await.unwrap();
    type_into(lead, "#reply-links", reply).await;
    lead.click("#add-replies").await;
    lead.wait_for("#participants").await;
}

/// The `data-question` ids of the elements matching `css`, in page order.
async fn question_ids(browser: &Browser, css: &str) -> Vec<String> {
    let ids = browser
        .eval(&format!(
            "return [...document.querySelectorAll(\"{css}\")].map((e) => e.dataset.question);"
        ))
        .await;
    serde_json::from_value(ids).unwrap_or_default()
}

#[tokio::test(flavor = "current_thread")]
async fn a_colleague_on_a_phone_answers_only_priorities_skills_and_hiring() {
    use fantoccini::key::Key;
    let _turn = one_browser_at_a_time().await;
    let lead = scenario_a_decision().await;
    let invite = lead_invitation(&lead).await;

    // The colleague, on a phone, chooses the short path.
    let colleague = Browser::launch("/").await;
    colleague.client.set_window_size(360, 780).await.unwrap();
    colleague.open(&invite).await;
    colleague.click("#accept-invite-short").await;
    colleague.wait_for("#short-reply").await;
    colleague
        .wait_until("document.activeElement.id === 'short-title'", 5)
        .await;
    let asked: Vec<&str> = stackwise::team::short::questions().map(|q| q.id).collect();
    assert_eq!(
        question_ids(&colleague, "fieldset[data-question]").await,
        asked
    );
    assert_eq!(
        colleague.text("#short-reply [data-progress]").await,
        format!("{n} of {n} answered", n = asked.len()),
        "progress counts only the short path's questions (all carried by the invitation)"
    );
    let kept = colleague.text("#short-kept").await;
    assert!(
        kept.contains("keep the starting answers your invitation carried"),
        "{kept:?}"
    );

    // From the keyboard: another view of the team's Python, a lower priority.
    colleague
        .wait_for("fieldset[data-question='proficiency_python'] input[value='several_shipped']")
        .await
        .send_keys(" ")
        .await
        .unwrap();
    let slider = colleague.wait_for("#weight-runtime_cost").await;
    let before = slider.prop("value").await.unwrap().unwrap_or_default();
    slider.send_keys(&Key::Left.to_string()).await.unwrap();
    assert_ne!(
        slider.prop("value").await.unwrap().unwrap_or_default(),
        before
    );
    let fits = colleague
        .eval(
            "return document.documentElement.scrollWidth <= document.documentElement.clientWidth;",
        )
        .await;
    assert_eq!(
        fits,
        serde_json::Value::Bool(true),
        "no horizontal scrolling"
    );
    assert_eq!(axe(&colleague).await, Vec::<String>::new());

    // The reply is on the same page, and carries only what the short path asked.
    assert_eq!(
        colleague
            .eval("return document.getElementById('reply-scope-short').checked;")
            .await,
        serde_json::Value::Bool(true)
    );
    type_into(&colleague, "#reply-name", "Cora").await;
    colleague.click("#copy-reply").await;
    let reply = field_value(&colleague, "#copy-reply-field").await;
    assert!(reply.contains("#/r/"), "reply link {reply:?}");
    let carried: Vec<&str> = stackwise::team::link::read_reply(&reply)
        .unwrap()
        .answers
        .iter()
        .map(|(id, _)| id)
        .collect();
    assert!(
        !carried.is_empty() && carried.iter().all(|id| asked.contains(id)),
        "a short reply carries only the questions it asked: {carried:?}"
    );
    colleague.finish().await;

    // The lead gathers it: Cora differs only where the short path asked, and takes
    // no part in the other questions.
    gather_as_lee(&lead, &reply).await;
    let report = lead.text("#gather-report").await;
    assert!(report.contains("Cora added."), "report {report:?}");
    assert_eq!(
        question_ids(&lead, "#disagreements li[data-question]").await,
        ["proficiency_python"]
    );
    let cora = lead.text("#team-priorities .priorities-table").await;
    assert!(cora.contains("Cora"), "{cora:?}");
    // The lead sees how little a short reply covers.
    let answered = lead
        .eval(
            "return [...document.querySelectorAll('#participants tbody tr')]
                .filter((row) => row.cells[0].textContent === 'Cora')
                .map((row) => row.cells[1].textContent)[0] || '';",
        )
        .await;
    assert!(
        answered
            .as_str()
            .is_some_and(|a| a.starts_with(&format!("{} of ", asked.len()))),
        "Cora's row says how much she answered: {answered:?}"
    );
    lead.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn one_person_is_compared_with_the_team_side_by_side() {
    use stackwise::model::{Criterion, Weights};
    let _turn = one_browser_at_a_time().await;
    let lead = scenario_a_decision().await;
    let invite = lead_invitation(&lead).await;
    // Cora's reply, made from the invitation: another view of the team's Python
    // (the tie goes to Lee's answer, the first in the options' order) and hiring
    // above everything.
    let mut answers = stackwise::team::link::read_invitation(&invite)
        .unwrap()
        .answers;
    answers
        .set_single("proficiency_python", "several_shipped")
        .unwrap();
    let weights = Weights::default().with(Criterion::Hiring, 10);
    let reply = stackwise::team::link::reply_fragment("Cora", &answers, &weights);
    gather_as_lee(&lead, &reply).await;

    // Cora (the second participant) against the team.
    lead.click("#against-team input[value='1']").await;
    lead.wait_for("#comparison").await;
    assert_eq!(
        radar_series(&lead, "#compare-priorities").await,
        ["Cora", "Team (combined)"]
    );
    let differs = lead
        .text("#compare-differences li[data-question='proficiency_python']")
        .await;
    assert!(
        differs.contains("Two or more people have shipped it to production — Cora")
            && differs.contains("— Team (combined)"),
        "{differs:?}"
    );
    assert_eq!(
        question_ids(&lead, "#compare-differences li[data-question]").await,
        ["proficiency_python"]
    );
    let rows = lead.text("#compare-ranking tbody").await;
    assert!(
        rows.contains("Cora") && rows.contains("Team (combined)"),
        "{rows:?}"
    );
    let margins = lead
        .eval(
            "return [...document.querySelectorAll('#compare-ranking td:last-child')]
                .map((td) => td.textContent);",
        )
        .await;
    let margins: Vec<String> = serde_json::from_value(margins).unwrap_or_default();
    assert_eq!(margins.len(), 2, "a ranking and margin row each");
    assert!(
        margins.iter().all(|m| m.parse::<f64>().is_ok()),
        "{margins:?}"
    );
    assert_eq!(axe(&lead).await, Vec::<String>::new());

    // Ticking Lee too adds a series. Lee alone matches the team (the tie went to
    // Lee's answer), which the comparison says instead of an empty list.
    // Unticking both hides the comparison.
    lead.click("#against-team input[value='0']").await;
    lead.wait_until(
        "document.querySelectorAll('#compare-ranking tbody tr').length === 3",
        5,
    )
    .await;
    lead.click("#against-team input[value='1']").await;
    lead.wait_until(
        "document.querySelector('#compare-no-differences') && !document.querySelector('#compare-differences')",
        5,
    )
    .await;
    lead.click("#against-team input[value='0']").await;
    lead.wait_until("!document.querySelector('#comparison')", 5)
        .await;
    lead.finish().await;
}
