//! The migration bundle: each file with highlighted SQL and a copy button, the bundle as
//! a `.zip`, and the plan saved or opened as JSON.

use crate::bridge::send;
use crate::export::{browser, highlight};
use pgcarve_core::generate::zip;
use crate::protocol::Request;
use crate::state::Workspace;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Bytes of a file highlighted at most; the rest is shown plain (big bundles stay fast).
const HIGHLIGHTED: usize = 100_000;

#[component]
pub fn SqlPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    // The files shown are the last bundle's; downloads wait for the current plan's.
    let files = move || ws.bundle.with(|b| b.as_ref().map(|b| b.files.clone()).unwrap_or_default());
    let current = move || ws.bundle_current();
    let download = move |_| {
        let zip = ws.bundle.with_untracked(|b| b.as_ref().map(|b| zip::archive("pgcarve-bundle", &b.files)));
        let Some(zip) = zip else { return };
        if let Err(message) = browser::download("pgcarve-bundle.zip", "application/zip", &zip) {
            ws.error.set(Some(message));
        }
    };
    let save_plan = move |_| {
        let json = ws.bundle.with_untracked(|b| b.as_ref().map(|b| b.plan_json.clone())).unwrap_or_default();
        if let Err(message) = browser::download("pgcarve-plan.json", "application/json", json.as_bytes()) {
            ws.error.set(Some(message));
        }
    };
    let open_plan = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) else { return };
        if let Some(i) = input {
            i.set_value("");
        }
        spawn_local(async move {
            match JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()) {
                Some(json) => send(&Request::OpenPlan { json }),
                None => ws.error.set(Some(format!("{} could not be read as text", file.name()))),
            }
        });
    };
    view! {
        <section class="panel sql" aria-labelledby="sql-heading">
            <h2 id="sql-heading">"Migration bundle"</h2>
            <div class="actions">
                <button data-testid="download-bundle" on:click=download prop:disabled=move || !current()>
                    "Download bundle (.zip)"
                </button>
                <button data-testid="save-plan" class="secondary" on:click=save_plan prop:disabled=move || !current()>"Save plan (JSON)"</button>
                <label class="button secondary" for="open-plan">"Open plan…"</label>
                <input id="open-plan" data-testid="open-plan" class="visually-hidden" type="file" accept=".json,application/json" on:change=open_plan/>
            </div>
            {move || (ws.plan.with(Option::is_some) && !current()).then(|| view! {
                <p class="detail" role="status" data-testid="bundle-pending">"Writing the bundle for this plan…"</p>
            })}
            <For each=files key=|(name, content)| (name.clone(), content.len(), hash(content)) let:file>
                <SqlFile name=file.0 content=file.1/>
            </For>
        </section>
    }
}

/// One file: collapsed to its name until opened; highlighted once open.
#[component]
fn SqlFile(name: String, content: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let copy_text = content.clone();
    let lines = content.lines().count();
    let name_shown = name.clone();
    let name_status = name.clone();
    // What the last Copy did, shown on the button for a moment.
    let copied = RwSignal::new(None::<Result<(), String>>);
    let copy = move |_| {
        let text = copy_text.clone();
        spawn_local(async move {
            copied.set(Some(browser::copy(&text).await));
            set_timeout(move || copied.set(None), std::time::Duration::from_secs(2));
        });
    };
    let copy_label = move || match copied.get() {
        None => "Copy",
        Some(Ok(())) => "Copied ✓",
        Some(Err(_)) => "Copy failed",
    };
    let copy_title = move || copied.get().and_then(Result::err).unwrap_or_default();
    // The copy button sits beside the summary, not in it: a control inside a summary
    // is a control inside a control for screen readers.
    view! {
        <div class="sql-file">
            <details data-testid=format!("sql-file-{name}") on:toggle=move |ev| {
                let el: Option<web_sys::HtmlDetailsElement> = ev.target().and_then(|t| t.dyn_into().ok());
                open.set(el.is_some_and(|d| d.open()));
            }>
                <summary>
                    <span class="file-name">{name.clone()}</span>
                    <span class="detail">{format!("{lines} lines")}</span>
                </summary>
                {move || open.get().then(|| render(&name_shown, &content))}
            </details>
            <button class="copy secondary" aria-label=format!("Copy {name}") title=copy_title on:click=copy>{copy_label}</button>
            <span class="visually-hidden" role="status">{move || copied.get().map(|r| match r {
                Ok(()) => format!("{name_status} copied"),
                Err(why) => format!("{name_status} was not copied: {why}"),
            })}</span>
        </div>
    }
}

/// `content` highlighted; the block scrolls, so it takes the keyboard focus to scroll.
fn render(name: &str, content: &str) -> impl IntoView {
    let cut = (0..=HIGHLIGHTED.min(content.len())).rev().find(|&i| content.is_char_boundary(i)).unwrap_or(0);
    let (head, tail) = content.split_at(cut);
    let spans = highlight::spans(head)
        .into_iter()
        .map(|(kind, text)| view! { <span class=kind.class()>{text.to_string()}</span> })
        .collect_view();
    view! { <pre class="code" tabindex="0" aria-label=format!("{name}, SQL")><code>{spans}{tail.to_string()}</code></pre> }
}

/// A cheap content fingerprint, so a changed file re-renders under the same name.
fn hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}
