//! The built-in YardPass demo: fetched from the app's own static files.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where Trunk copies `public/demo/yardpass.sql` (same origin, relative to the page).
pub const DEMO_URL: &str = "demo/yardpass.sql";

/// The demo dump's text, or a message saying why it could not be loaded.
pub async fn fetch_demo() -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(DEMO_URL)).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("loading the demo failed: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "the demo is not text".to_string())
}

fn describe(error: wasm_bindgen::JsValue) -> String {
    format!("loading the demo failed: {error:?}")
}
