//! The page's panels and its layout.

pub mod domains;
pub mod findings;
pub mod import;
pub mod sql;
pub mod summary;
pub mod toolbar;

use crate::state::Workspace;
use leptos::prelude::*;

/// The whole page: top bar, import and domains on the left, the diagram in the middle,
/// findings and SQL on the right.
#[component]
pub fn App() -> impl IntoView {
    let ws = Workspace::new();
    provide_context(ws);
    crate::bridge::connect(ws);
    view! {
        <header class="topbar">
            <h1>"pgcarve"</h1>
            <p class="tagline">"Carve a crowded public schema into domain schemas, safely. Your schema never leaves this browser."</p>
            <toolbar::Toolbar/>
        </header>
        <main class="workspace">
            <aside class="side left">
                <import::ImportPanel/>
                <summary::SummaryPanel/>
                <domains::DomainsPanel/>
            </aside>
            <crate::diagram::Diagram/>
            <aside class="side right">
                <findings::FindingsPanel/>
                <sql::SqlPanel/>
            </aside>
        </main>
    }
}
