//! Files in and out: the radar as PNG, the record as Markdown, a session exported
//! as JSON and imported back as a new decision (picked, then dropped); a broken
//! file is refused with a message naming the field, and nothing saved changes.

use serde_json::{Value, json};

use crate::support::flow::{SCENARIO_A, complete_decision, import_file, ranking};
use crate::support::{Browser, one_browser_at_a_time};

/// Records every download the page starts (an anchor with `download` clicked),
/// instead of letting the browser save it.
pub(crate) const CAPTURE_DOWNLOADS: &str = "
    window.__downloads = [];
    const blobs = new Map();
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = function (blob) {
        const url = createObjectURL.call(URL, blob);
        blobs.set(url, blob);
        return url;
    };
    HTMLAnchorElement.prototype.click = function () {
        const entry = { name: this.download, href: this.href, text: null };
        window.__downloads.push(entry);
        const blob = blobs.get(this.href);
        if (blob) {
            blob.text().then(t => { entry.text = t; });
        }
    };";

/// The downloads started so far, once there are `expected` and every blob has
/// been read.
pub(crate) async fn downloads(browser: &Browser, expected: usize) -> Vec<Value> {
    for _ in 0..100 {
        let list = browser
            .client
            .execute("return window.__downloads;", vec![])
            .await
            .unwrap();
        let items = list.as_array().cloned().unwrap_or_default();
        if items.len() == expected
            && items.iter().all(|d| {
                !d["href"].as_str().unwrap_or("").starts_with("blob:") || d["text"].is_string()
            })
        {
            return items;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("expected {expected} finished downloads");
}

#[tokio::test(flavor = "current_thread")]
async fn chart_record_and_session_download_then_import_back() {
    let _turn = one_browser_at_a_time().await;
    let browser = Browser::launch("/").await;
    browser.open("").await;
    complete_decision(&browser, SCENARIO_A).await;
    let order = ranking(&browser).await;
    browser.wait_for(crate::support::page::RADAR).await;
    browser
        .client
        .execute(CAPTURE_DOWNLOADS, vec![])
        .await
        .unwrap();

    // The chart as a PNG at twice its size (720 × 600), drawn by ECharts with its
    // title line and all three languages (many colours, not a blank or broken image).
    browser.click("#download-png").await;
    let png = downloads(&browser, 1).await.remove(0);
    assert!(png["name"].as_str().unwrap().ends_with(".png"), "{png}");
    let href = png["href"].as_str().unwrap();
    assert!(href.starts_with("data:image/png;base64,"), "not a PNG");
    let image = browser
        .client
        .execute(
            "const image = new Image();
             image.src = arguments[0];
             return image.decode().then(() => {
               const canvas = document.createElement('canvas');
               canvas.width = image.naturalWidth;
               canvas.height = image.naturalHeight;
               const context = canvas.getContext('2d');
               context.drawImage(image, 0, 0);
               const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
               const colours = new Set();
               for (let i = 0; i < pixels.length; i += 4 * 97) {
                 colours.add(pixels.slice(i, i + 3).join(','));
               }
               return [image.naturalWidth, image.naturalHeight, colours.size > 20];
             });",
            vec![json!(href)],
        )
        .await
        .unwrap();
    assert_eq!(image, json!([1440, 1200, true]), "the chart's PNG");

    browser.click("#export-json").await;
    browser.click("#open-record").await;
    browser.click("#download-record").await;

    let files = downloads(&browser, 3).await;
    let json_file = &files[1];
    assert!(json_file["name"].as_str().unwrap().ends_with(".json"));
    let session: Value = serde_json::from_str(json_file["text"].as_str().unwrap()).unwrap();
    assert_eq!(session["format"], "stackwise-session");
    assert_eq!(session["version"], 2);
    let record = &files[2];
    assert!(record["name"].as_str().unwrap().ends_with(".md"));
    assert!(record["text"].as_str().unwrap().contains("Node.js"));

    // Import the exported file back: a new decision with the same ranking.
    let dir = std::env::temp_dir().join(format!("stackwise-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("decision.json");
    std::fs::write(&good, json_file["text"].as_str().unwrap()).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{ not json at all").unwrap();
    let invalid = dir.join("invalid.json");
    std::fs::write(
        &invalid,
        serde_json::to_string(
            &json!({ "format": "stackwise-session", "version": 1, "answers": 7 }),
        )
        .unwrap(),
    )
    .unwrap();

    browser.open("#/sessions").await;
    let before = browser.text("#session-list").await;
    for (file, must_mention) in [(&broken, "broken.json"), (&invalid, "answers")] {
        import_file(&browser, file).await;
        let error = browser.text("#import-error").await;
        assert!(
            error.contains(must_mention),
            "import error {error:?} should mention {must_mention:?}"
        );
    }
    assert_eq!(
        browser.text("#session-list").await,
        before,
        "a refused import changed the list"
    );

    import_file(&browser, &good).await;
    browser.wait_for("#ranking").await;
    assert_eq!(
        ranking(&browser).await,
        order,
        "the imported decision ranks differently"
    );
    let rows = saved_decisions(&browser).await;
    assert_eq!(
        rows, 2,
        "the import must add a decision, never overwrite one"
    );

    // The same file dropped on the drop zone (a drop event carrying the file, as
    // the browser dispatches it) is imported too.
    browser
        .client
        .execute(
            "const zone = document.querySelector('.drop-zone'); \
             const transfer = new DataTransfer(); \
             transfer.items.add(new File([arguments[0]], 'dropped.json', { type: 'application/json' })); \
             zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true })); \
             zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));",
            vec![json_file["text"].clone()],
        )
        .await
        .unwrap();
    browser.wait_for("#ranking").await;
    assert!(
        browser.text("#notices").await.contains("dropped.json"),
        "no message naming the dropped file"
    );
    assert_eq!(
        ranking(&browser).await,
        order,
        "the dropped decision ranks differently"
    );
    let rows = saved_decisions(&browser).await;
    assert_eq!(rows, 3, "the drop must add a decision");
    let _ = std::fs::remove_dir_all(&dir);
    browser.finish().await;
}

/// How many decisions the "Saved decisions" view lists.
async fn saved_decisions(browser: &Browser) -> usize {
    browser.open("#/sessions").await;
    browser
        .client
        .find_all(fantoccini::Locator::Css("#session-list .session-row"))
        .await
        .unwrap()
        .len()
}
