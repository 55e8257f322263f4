//! Import: paste a dump (or load the demo) and see what the core read from it.

use crate::demo::fetch_demo;
use crate::summary::{Summary, SummaryPanel};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ImportPanel() -> impl IntoView {
    let text = RwSignal::new(String::new());
    let result = RwSignal::new(None::<Summary>);
    let load_error = RwSignal::new(None::<String>);

    let analyse = move || result.set(Some(Summary::of(&pgcarve_core::parse(&text.get_untracked()))));
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
        <SummaryPanel summary=result/>
    }
}
