//! The radar chart (ECharts through charming): its library is fetched only when a
//! chart is first shown, and then the chart has its three series, tooltips, a
//! legend that hides a language, the dark theme live, an accessible description,
//! axis names that fit on a phone, no CSP violation and no accessibility
//! violation; once shown it draws offline.

use serde_json::{Value, json};

use crate::decision::axe;
use crate::support::flow::{SCENARIO_A, complete_decision};
use crate::support::page::RADAR;
use crate::support::{Browser, one_browser_at_a_time};

/// Collects Content-Security-Policy violations in `window.violations`.
const LISTEN_FOR_VIOLATIONS: &str = "window.violations = [];
     document.addEventListener('securitypolicyviolation', (event) =>
       window.violations.push(event.violatedDirective + ' ' + event.blockedURI));";

fn chart_script_requests(browser: &Browser) -> usize {
    browser
        .server
        .requests()
        .iter()
        .filter(|request| request.target.contains("echarts-"))
        .count()
}

async fn violations(browser: &Browser) -> Value {
    browser.eval("return window.violations;").await
}

#[tokio::test(flavor = "current_thread")]
async fn the_chart_library_loads_with_the_first_chart_and_the_chart_works() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser.eval(LISTEN_FOR_VIOLATIONS).await;
    assert_eq!(
        chart_script_requests(&browser),
        0,
        "fetched before any chart"
    );

    complete_decision(&browser, SCENARIO_A).await;
    // The table is there at once; the chart follows in its reserved space.
    browser.wait_for("#score-table").await;
    let reserved = browser
        .eval("return document.querySelector('.radar-chart').getBoundingClientRect().height;")
        .await;
    assert!(reserved.as_f64().unwrap_or_default() >= 300.0, "{reserved}");
    browser.check_radar().await;
    assert_eq!(
        chart_script_requests(&browser),
        1,
        "fetched once, for the chart"
    );

    // The description is written from the scores, and decals tell the series apart.
    let described = browser
        .eval_chart(
            "const option = chart.getOption();
             return [document.querySelector('.radar-chart').getAttribute('aria-label'),
                     option.aria.enabled, option.aria.decal.show];",
        )
        .await;
    let label = described[0].as_str().unwrap_or_default();
    assert!(
        label.starts_with("Radar chart of the three languages' scores per criterion")
            && label.contains(" Go: ")
            && label.contains(" Python: "),
        "{label}"
    );
    assert_eq!([&described[1], &described[2]], [&json!(true), &json!(true)]);

    // Clicking Go in the legend hides it, and the description follows.
    browser
        .client
        .find(fantoccini::Locator::XPath(
            "//div[contains(@class,'radar-chart')]//*[name()='text' and normalize-space()='Go']",
        ))
        .await
        .expect("Go's legend entry")
        .click()
        .await
        .expect("click Go's legend entry");
    browser
        .wait_until(
            "!document.querySelector('.radar-chart').getAttribute('aria-label').includes(' Go: ')",
            10,
        )
        .await;
    let selected = browser
        .eval_chart("return chart.getOption().legend[0].selected;")
        .await;
    assert_eq!(selected["Go"], json!(false), "{selected}");

    // The dark theme re-themes the chart live, in the stylesheet's colours.
    // The legend pages when names do not fit; its pager follows the theme too.
    let colours = "const legend = chart.getOption().legend[0];
                   return [chart.getOption().color.slice(0, 3), legend.textStyle.color,
                           legend.type, legend.pageTextStyle.color, legend.pageIconColor];";
    assert_eq!(
        browser.eval_chart(colours).await,
        json!([
            ["#007d9c", "#3c873a", "#7a5c00"],
            "#16191d",
            "scroll",
            "#16191d",
            "#16191d"
        ])
    );
    let violations_light = axe(&browser).await;
    assert!(violations_light.is_empty(), "light: {violations_light:#?}");
    browser
        .cdp(
            "Emulation.setEmulatedMedia",
            json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
        )
        .await;
    browser
        .wait_until(
            "echarts.getInstanceByDom(document.querySelector('.radar-chart')).getOption().color[0] === '#5cc8e0'",
            10,
        )
        .await;
    assert_eq!(
        browser.eval_chart(colours).await,
        json!([
            ["#5cc8e0", "#8fd18c", "#f2cf5b"],
            "#e8ebef",
            "scroll",
            "#e8ebef",
            "#e8ebef"
        ])
    );
    let violations_dark = axe(&browser).await;
    assert!(violations_dark.is_empty(), "dark: {violations_dark:#?}");

    // On a phone the long axis names wrap onto two lines and every label stays
    // inside the chart (they were cut at both edges).
    let texts_inside = "(() => {
        const chart = document.querySelector('.radar-chart');
        const box = chart.getBoundingClientRect();
        const texts = [...chart.querySelectorAll('svg text')];
        return texts.length > 8 && texts.every((text) => {
            const r = text.getBoundingClientRect();
            return r.width === 0 || (r.left >= box.left - 1 && r.right <= box.right + 1);
        });
    })()";
    browser.client.set_window_size(360, 780).await.unwrap();
    browser
        .wait_until(
            "echarts.getInstanceByDom(document.querySelector('.radar-chart')).getOption()
               .radar[0].indicator.some((axis) => axis.name.includes('\\n'))",
            10,
        )
        .await;
    browser.wait_until(texts_inside, 10).await;

    assert_eq!(violations(&browser).await, json!([]), "CSP violations");
    assert_eq!(chart_script_requests(&browser), 1);
    browser.finish().await;
}

#[tokio::test(flavor = "current_thread")]
async fn once_shown_the_chart_draws_after_an_offline_reload() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    browser.wait_for_service_worker_control().await;
    assert_eq!(chart_script_requests(&browser), 0, "precached ahead");
    complete_decision(&browser, SCENARIO_A).await;
    browser.wait_for(RADAR).await;

    browser.server.set_offline(true);
    browser.reload().await;
    browser.eval(LISTEN_FOR_VIOLATIONS).await;
    browser.check_radar().await;
    assert_eq!(violations(&browser).await, json!([]), "CSP violations");
    browser.server.set_offline(false);
    browser.finish().await;
}
