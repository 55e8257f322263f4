//! The top bar's commands: New, Undo, Redo, the theme, and their keyboard shortcuts
//! (Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y; not while typing in a text field).

use crate::actions;
use crate::state::Workspace;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn Toolbar() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let dark = RwSignal::new(prefers_dark());
    Effect::new(move |_| set_theme(if dark.get() { "dark" } else { "light" }));
    window_event_listener(leptos::ev::keydown, move |ev: web_sys::KeyboardEvent| {
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
        if typing || !(ev.ctrl_key() || ev.meta_key()) {
            return;
        }
        match ev.key().to_lowercase().as_str() {
            "z" if ev.shift_key() => redo(ws, &ev),
            "z" => {
                ev.prevent_default();
                actions::undo(ws);
            }
            "y" => redo(ws, &ev),
            _ => {}
        }
    });
    view! {
        <nav class="toolbar" aria-label="Session">
            <button data-testid="new-session" class="secondary" title="Start over: forget the schema and the plan"
                on:click=move |_| actions::new_session(ws)>"New"</button>
            <button data-testid="undo" class="secondary" title="Undo (Ctrl+Z)"
                prop:disabled=move || !ws.history.with(|h| h.can_undo())
                on:click=move |_| actions::undo(ws)>"Undo"</button>
            <button data-testid="redo" class="secondary" title="Redo (Ctrl+Shift+Z)"
                prop:disabled=move || !ws.history.with(|h| h.can_redo())
                on:click=move |_| actions::redo(ws)>"Redo"</button>
            <button data-testid="theme" class="secondary" aria-pressed=move || dark.get().to_string()
                on:click=move |_| dark.update(|d| *d = !*d)>
                {move || if dark.get() { "Light theme" } else { "Dark theme" }}
            </button>
        </nav>
    }
}

fn redo(ws: Workspace, ev: &web_sys::KeyboardEvent) {
    ev.prevent_default();
    actions::redo(ws);
}

fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Sets `data-theme` on `<html>` (the stylesheet's variables follow it).
fn set_theme(theme: &str) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme);
    }
}
