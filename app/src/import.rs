//! Import: paste a dump (or load the demo) and see what the core found in it.

use crate::demo::fetch_demo;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pgcarve_core::{inventory, Inventory};

#[component]
pub fn ImportPanel() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Inventory>);
    let load_error = RwSignal::new(None::<String>);

    let analyse = move || result.set(Some(inventory(&text.get_untracked())));
    // `first_visit`: load only if the user has not typed or pasted anything meanwhile.
    let load_demo = move |first_visit: bool| {
        spawn_local(async move {
            match fetch_demo().await {
                Ok(_) if first_visit && !text.get_untracked().is_empty() => {}
                Ok(sql) => {
                    load_error.set(None);
                    text.set(sql);
                    analyse();
                }
                Err(message) => load_error.set(Some(message)),
            }
        })
    };
    load_demo(true);

    view! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">"Schema"</h2>
            <label for="import-text">"Paste the output of " <code>"pg_dump --schema-only"</code></label>
            <textarea
                id="import-text"
                data-testid="import-text"
                spellcheck="false"
                placeholder="CREATE TABLE public.users (…);"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button data-testid="import-submit" on:click=move |_| analyse()>"Analyse"</button>
                <button data-testid="load-demo" class="secondary" on:click=move |_| load_demo(false)>"Load demo"</button>
            </div>
            {move || load_error.get().map(|message| view! { <p class="error" role="alert">{message}</p> })}
        </section>
        <Summary result=result/>
    }
}

#[component]
fn Summary(result: RwSignal<Option<Inventory>>) -> impl IntoView {
    move || {
        result.get().map(|inventory| {
            let diagnostics = inventory.diagnostics.clone();
            view! {
                <section class="summary" aria-live="polite">
                    <p class="count">
                        <span data-testid="table-count">{inventory.tables}</span>
                        " tables"
                    </p>
                    <p class="detail">
                        {format!(
                            "{} statements · {} views · {} materialized views · {} functions",
                            inventory.statements, inventory.views, inventory.materialized_views, inventory.functions
                        )}
                    </p>
                    <ul class="diagnostics">
                        {diagnostics
                            .into_iter()
                            .map(|d| view! { <li class="error" data-testid="diagnostic">{d.to_string()}</li> })
                            .collect_view()}
                    </ul>
                </section>
            }
        })
    }
}
