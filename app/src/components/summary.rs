//! What the core read from a dump: counts and located diagnostics.

use crate::state::Workspace;
use leptos::prelude::*;

/// Diagnostics shown at most; the rest are counted.
const SHOWN_DIAGNOSTICS: usize = 50;

#[component]
pub fn SummaryPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    move || {
        ws.schema.get().map(|s| {
            let c = s.counts.clone();
            let hidden = s.diagnostics.len().saturating_sub(SHOWN_DIAGNOSTICS);
            let shown: Vec<String> = s.diagnostics.iter().take(SHOWN_DIAGNOSTICS).cloned().collect();
            view! {
                <section class="panel summary" aria-live="polite">
                    <p class="count">
                        <span data-testid="table-count">{c.tables}</span>
                        " tables"
                    </p>
                    <dl class="facts">
                        <dt>"foreign keys"</dt><dd data-testid="fk-count">{c.foreign_keys}</dd>
                        <dt>"views"</dt><dd>{c.views}</dd>
                        <dt>"functions"</dt><dd>{c.functions}</dd>
                        <dt>"policies"</dt><dd>{c.policies}</dd>
                        <dt>"tables with RLS"</dt><dd>{c.rls_tables}</dd>
                        <dt>"statements"</dt><dd>{c.statements}</dd>
                        <dt>"not understood"</dt><dd data-testid="unsupported-count">{c.unsupported}</dd>
                    </dl>
                    <ul class="diagnostics">
                        {shown.into_iter().map(|d| view! { <li class="error" data-testid="diagnostic">{d}</li> }).collect_view()}
                    </ul>
                    {(hidden > 0).then(|| view! { <p class="detail">{format!("and {hidden} more")}</p> })}
                </section>
            }
        })
    }
}
