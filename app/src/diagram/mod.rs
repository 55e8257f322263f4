//! The SVG diagram of domains and tables (placeholder until the diagram lands).

use crate::state::Workspace;
use leptos::prelude::*;

#[component]
pub fn Diagram() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    view! {
        <section class="diagram" data-testid="diagram" aria-label="Diagram">
            {move || ws.plan.with(|p| p.as_ref().map(|p| format!("{} domains", p.domain_order.len())))}
        </section>
    }
}
