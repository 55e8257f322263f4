//! Mounts the pgcarve app. Everything it computes comes from `pgcarve-core`, in wasm.

mod demo;
mod import;
mod summary;

use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <header class="topbar">
            <h1>"pgcarve"</h1>
            <p class="tagline">"Carve a crowded public schema into domain schemas, safely. Your schema never leaves this browser."</p>
        </header>
        <main>
            <import::ImportPanel/>
        </main>
    }
}
