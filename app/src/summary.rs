//! What the core read from a dump, as the import panel shows it.

use leptos::prelude::*;
use pgcarve_core::{Diagnostic, Parsed};

/// Diagnostics shown at most; the rest are counted.
const SHOWN_DIAGNOSTICS: usize = 50;

/// The numbers and problems of one parse, computed once.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub tables: usize,
    pub foreign_keys: usize,
    pub views: usize,
    pub functions: usize,
    pub policies: usize,
    pub rls_tables: usize,
    pub statements: usize,
    pub unsupported: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl Summary {
    pub fn of(parsed: &Parsed) -> Summary {
        let model = &parsed.model;
        Summary {
            tables: model.tables.len(),
            foreign_keys: model.foreign_keys.len(),
            views: model.views.len(),
            functions: model.functions.len(),
            policies: model.policies.len(),
            rls_tables: model.tables.iter().filter(|t| t.rls_enabled).count(),
            statements: parsed.statements.len(),
            unsupported: parsed.outcome_counts().2,
            diagnostics: parsed.diagnostics.clone(),
        }
    }
}

#[component]
pub fn SummaryPanel(summary: RwSignal<Option<Summary>>) -> impl IntoView {
    move || {
        summary.get().map(|s| {
            let hidden = s.diagnostics.len().saturating_sub(SHOWN_DIAGNOSTICS);
            let shown: Vec<Diagnostic> = s.diagnostics.iter().take(SHOWN_DIAGNOSTICS).cloned().collect();
            view! {
                <section class="summary" aria-live="polite">
                    <p class="count">
                        <span data-testid="table-count">{s.tables}</span>
                        " tables"
                    </p>
                    <dl class="facts">
                        <dt>"foreign keys"</dt><dd data-testid="fk-count">{s.foreign_keys}</dd>
                        <dt>"views"</dt><dd>{s.views}</dd>
                        <dt>"functions"</dt><dd>{s.functions}</dd>
                        <dt>"policies"</dt><dd>{s.policies}</dd>
                        <dt>"tables with RLS"</dt><dd>{s.rls_tables}</dd>
                        <dt>"statements"</dt><dd>{s.statements}</dd>
                        <dt>"not understood"</dt><dd data-testid="unsupported-count">{s.unsupported}</dd>
                    </dl>
                    <ul class="diagnostics">
                        {shown.into_iter().map(|d| view! { <li class="error" data-testid="diagnostic">{d.to_string()}</li> }).collect_view()}
                    </ul>
                    {(hidden > 0).then(|| view! { <p class="detail">{format!("and {hidden} more")}</p> })}
                </section>
            }
        })
    }
}
