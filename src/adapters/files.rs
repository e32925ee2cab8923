//! Files in and out of the browser: downloads (Markdown, JSON, PNG), reading a
//! picked or dropped file, and copying text to the clipboard.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a file download.
pub fn download_text(text: &str, file_name: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not prepare the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "the browser could not prepare the file")?;
    download_data_url(&url, file_name);
    // Some browsers read the blob after `click` returns: free it a little later.
    if let Some(window) = web_sys::window() {
        let revoke = Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Downloads a `data:` or `blob:` URL under a file name.
pub fn download_data_url(url: &str, file_name: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    anchor.set_href(url);
    anchor.set_download(file_name);
    anchor.click();
}

/// Copies text with the Clipboard API. Fails (for the caller to show a
/// selectable fallback) when the API is missing or permission is refused.
pub async fn copy_to_clipboard(text: &str) -> Result<(), String> {
    let clipboard = web_sys::window()
        .map(|window| window.navigator().clipboard())
        .ok_or("no clipboard in this browser")?;
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying".to_owned())
}

/// Reads a picked or dropped file as text.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("could not read {}", file.name()))?;
    text.as_string()
        .ok_or_else(|| format!("{} is not a text file", file.name()))
}

/// Draws an image (a `data:` URL, e.g. a chart's SVG of `width` × `height` units)
/// into a PNG at `scale` times that size and returns it as a `data:` URL. An SVG
/// must be self-contained (its own colours), as an image cannot see the page's
/// stylesheet.
pub async fn image_to_png_data_url(
    url: &str,
    width: f64,
    height: f64,
    scale: f64,
) -> Result<String, String> {
    const FAILED: &str = "the browser could not draw the chart as an image";
    let document = web_sys::window()
        .and_then(|window| window.document())
        .ok_or(FAILED)?;
    let image = document
        .create_element("img")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlImageElement>().ok())
        .ok_or(FAILED)?;
    image.set_src(url);
    JsFuture::from(image.decode())
        .await
        .map_err(|_| FAILED.to_owned())?;
    let canvas = document
        .create_element("canvas")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlCanvasElement>().ok())
        .ok_or(FAILED)?;
    canvas.set_width((width * scale).round() as u32);
    canvas.set_height((height * scale).round() as u32);
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|context| context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or(FAILED)?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            &image,
            0.0,
            0.0,
            width * scale,
            height * scale,
        )
        .map_err(|_| FAILED.to_owned())?;
    canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| FAILED.to_owned())
}
