//! Import: paste a dump, choose or drop a `.sql` file, or load the demo. The first
//! visit restores the saved session, else loads the demo (unless the user typed first).

use crate::actions;
use crate::demo::fetch_demo;
use crate::protocol::Edits;
use crate::state::{saved, Workspace};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Dumps up to this size are shown in the text box; a larger one is not (laying out a
/// megabyte of text in a text box blocks the page for most of a second) and a note says
/// what is loaded instead. A dump is sent to the worker before the box shows it, so the
/// worker reads it while the page lays the text out.
pub const SHOWN_UP_TO: usize = 512 * 1024;

/// What the text box shows for an imported dump: the dump itself, or nothing and a note
/// naming it (`name`, bytes) when it is larger than [`SHOWN_UP_TO`].
pub fn shown(sql: &str, name: &str) -> (String, Option<String>) {
    if sql.len() <= SHOWN_UP_TO {
        (sql.to_string(), None)
    } else {
        let kb = (sql.len() + 512) / 1024;
        (String::new(), Some(format!("{name} ({kb} KB) is analysed; it is too large to show here. Paste SQL to analyse something else.")))
    }
}

#[component]
pub fn ImportPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let text = RwSignal::new(String::new());
    // Names the imported dump when the text box does not show it.
    let note = RwSignal::new(None::<String>);
    let dragging = RwSignal::new(false);
    let show = move |sql: &str, name: &str| {
        let (shown, about) = shown(sql, name);
        text.set(shown);
        note.set(about);
    };

    let load_demo = move |first_visit: bool| {
        spawn_local(async move {
            match fetch_demo().await {
                Ok(_) if first_visit && !text.get_untracked().is_empty() => {}
                Ok(sql) => {
                    actions::import(ws, sql.clone(), Edits::default());
                    show(&sql, "the demo");
                }
                Err(message) => ws.error.set(Some(message)),
            }
        })
    };
    match saved::restore() {
        Some(session) if !session.sql.is_empty() => {
            ws.colours.set(session.colours);
            ws.empty_domains.set(session.empty_domains);
            actions::import(ws, session.sql.clone(), session.edits);
            show(&session.sql, "the saved dump");
        }
        _ => load_demo(true),
    }
    // "New" empties the workspace: the text box follows.
    Effect::new(move |_| {
        if ws.sql.get().is_empty() {
            text.set(String::new());
            note.set(None);
        }
    });
    // A file is read as bytes: what is not UTF-8 text goes to the worker as it is, which
    // says what the file is (decoding it here would hide that behind replacement signs).
    let read_file = move |file: web_sys::File| {
        spawn_local(async move {
            let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
                ws.error.set(Some(format!("{} could not be read", file.name())));
                return;
            };
            match String::from_utf8(js_sys::Uint8Array::new(&buffer).to_vec()) {
                Ok(sql) => {
                    actions::import(ws, sql.clone(), Edits::default());
                    show(&sql, &file.name());
                }
                Err(not_text) => actions::import_bytes(ws, not_text.into_bytes()),
            }
        })
    };
    let on_file = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input.as_ref().and_then(|i| i.files()).and_then(|f| f.get(0)) {
            read_file(file);
        }
        if let Some(i) = input {
            i.set_value("");
        }
    };
    // A paste writes the box's value directly: the browser's own paste edits a text box
    // far too slowly for a dump (100 KB took ~10 s here). A paste that fills the whole box
    // (into an empty or wholly selected one) is analysed at once, as a chosen file is; one
    // too large to show is also named in a note. A paste among other text waits for Analyse.
    let on_paste = move |ev: leptos::ev::ClipboardEvent| {
        let Some(pasted) = ev.clipboard_data().and_then(|d| d.get_data("text/plain").ok()) else { return };
        let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) else { return };
        ev.prevent_default();
        if pasted.len() > SHOWN_UP_TO {
            actions::import(ws, pasted.clone(), Edits::default());
            show(&pasted, "the pasted dump");
        } else if area.set_range_text_with_start_and_end_and_mode(
            &pasted,
            area.selection_start().ok().flatten().unwrap_or(0),
            area.selection_end().ok().flatten().unwrap_or(0),
            "end",
        ).is_ok() {
            let value = area.value();
            let whole_box = value == pasted;
            text.set(value);
            note.set(None);
            if whole_box && !pasted.trim().is_empty() {
                actions::import(ws, pasted, Edits::default());
            }
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            read_file(file);
        }
    };

    view! {
        <section
            class="panel import"
            class:dropping=move || dragging.get()
            aria-labelledby="import-heading"
            on:dragover=move |ev: leptos::ev::DragEvent| {
                ev.prevent_default();
                dragging.set(true);
            }
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
        >
            <h2 id="import-heading">"Schema"</h2>
            <label for="import-text">"Paste " <code>"pg_dump --schema-only"</code> " output, or drop a .sql file here"</label>
            <textarea
                id="import-text"
                data-testid="import-text"
                spellcheck="false"
                placeholder="CREATE TABLE public.users (…);"
                prop:value=move || text.get()
                on:input=move |ev| {
                    text.set(event_target_value(&ev));
                    note.set(None);
                }
                on:paste=on_paste
            ></textarea>
            {move || note.get().map(|n| view! { <p class="detail" data-testid="import-note">{n}</p> })}
            <div class="actions">
                <button data-testid="import-submit" on:click=move |_| {
                    // An empty box under a note stands for the dump it names.
                    let sql = if note.with_untracked(Option::is_some) { ws.sql.get_untracked() } else { text.get_untracked() };
                    actions::import(ws, sql, Edits::default());
                }>
                    "Analyse"
                </button>
                <label class="button secondary" for="import-file">"Choose file…"</label>
                <input id="import-file" data-testid="import-file" class="visually-hidden" type="file" accept=".sql,.txt,text/plain" on:change=on_file/>
                <button data-testid="load-demo" class="secondary" on:click=move |_| load_demo(false)>"Load demo"</button>
            </div>
            {move || ws.progress.get().map(|(stage, percent)| view! {
                <div class="progress" role="status" data-testid="progress">
                    <progress max="100" value=percent></progress>
                    <span>{stage}</span>
                </div>
            })}
            {move || ws.error.get().map(|message| view! { <p class="error" role="alert" data-testid="error">{message}</p> })}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_dumps_are_shown_and_large_ones_named() {
        assert_eq!(shown("CREATE TABLE t (id int);", "t.sql"), ("CREATE TABLE t (id int);".to_string(), None));
        let big = "-".repeat(SHOWN_UP_TO + 1);
        let (text, note) = shown(&big, "big.sql");
        assert!(text.is_empty());
        assert!(note.is_some_and(|n| n.starts_with("big.sql (512 KB)")));
    }
}
