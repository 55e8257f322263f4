//! The diagram's toolbar: find a table, move the selection to a domain (the drag of the
//! keyboard and of screen readers), zoom, fit, expand or collapse every card, the legend.

use super::draw::with_scene;
use super::input;
use super::search::matches;
use super::Ctx;
use leptos::prelude::*;

#[component]
pub(super) fn Toolbar(cx: Ctx) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let query = RwSignal::new(String::new());
    let find = move |exact_only: bool| {
        let q = query.get_untracked();
        let Some(schema) = cx.schema.get_untracked() else { return };
        let found = matches(&q, &schema.tables, 1).first().copied();
        match found {
            Some(i) if !exact_only || schema.tables[i].key == q.trim() => {
                status.set(format!("{} found", schema.tables[i].key));
                cx.ws.focus_on(i);
            }
            Some(_) => {}
            None => status.set(if q.trim().is_empty() { String::new() } else { format!("no table matches “{}”", q.trim()) }),
        }
    };
    let options = move || {
        cx.schema.with(|s| {
            s.as_ref().map(|s| s.tables.iter().map(|t| view! { <option value=t.key.clone()></option> }).collect_view())
        })
    };
    let zoom_pct = move || format!("{:.0}%", cx.viewport.with(|v| v.zoom * 100.0));
    // Moving the selection without a pointer: the keyboard's and screen readers' drag.
    let selected = move || cx.ws.selected.with(|s| s.len());
    let move_label = move || match selected() {
        0 => "Move selection to…".to_string(),
        1 => "Move 1 table to…".to_string(),
        n => format!("Move {n} tables to…"),
    };
    let move_selection = move |ev: leptos::ev::Event| {
        let chosen = event_target_value(&ev);
        if let Some(select) = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok()) {
            select.set_value("");
        }
        let target = cx.scene.with_untracked(|s| s.as_ref().and_then(|s| s.domains.iter().position(|d| *d == chosen)));
        let items: Vec<usize> = cx.ws.selected.get_untracked().into_iter().collect();
        if let Some(target) = target {
            input::move_to(cx, &items, target);
        }
    };
    let domains = move || with_scene(cx, |s| s.domains.clone());
    let all_expanded = move || cx.expanded.with(|e| e.all);
    view! {
        <div class="diagram-toolbar" role="toolbar" aria-label="Diagram tools">
            <input
                type="search"
                data-testid="search"
                aria-label="Find a table"
                placeholder="Find a table…"
                list="diagram-tables"
                prop:value=move || query.get()
                on:input=move |ev| {
                    query.set(event_target_value(&ev));
                    find(true);
                }
                on:keydown=move |ev: web_sys::KeyboardEvent| {
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        find(false);
                    }
                }
            />
            <datalist id="diagram-tables">{options}</datalist>
            <button class="secondary" data-testid="zoom-out" aria-label="Zoom out" title="Zoom out" on:click=move |_| cx.zoom(1.0 / 1.25)>"−"</button>
            <span class="zoom-level" aria-live="off" data-testid="zoom-level">{zoom_pct}</span>
            <button class="secondary" data-testid="zoom-in" aria-label="Zoom in" title="Zoom in" on:click=move |_| cx.zoom(1.25)>"+"</button>
            <button class="secondary" data-testid="fit" aria-label="Fit to screen" title="Fit to screen" on:click=move |_| cx.fit()>"Fit"</button>
            <button
                class="secondary"
                data-testid="expand-all"
                aria-pressed=move || all_expanded().to_string()
                title="Show or hide the columns of every table"
                on:click=move |_| cx.expanded.update(|e| {
                    e.all = !e.all;
                    e.flipped.clear();
                })
            >
                {move || if all_expanded() { "Collapse all" } else { "Expand all" }}
            </button>
            <select
                data-testid="move-selection"
                aria-label="Move the selected tables to a domain"
                prop:disabled=move || selected() == 0
                on:change=move_selection
            >
                <option value="">{move_label}</option>
                {move || domains().into_iter().map(|d| view! { <option value=d.clone()>{d.clone()}</option> }).collect_view()}
            </select>
            <span class="legend" aria-hidden="true">
                <svg width="26" height="8"><line class="edge" x1="1" y1="4" x2="25" y2="4"></line></svg>"same domain"
                <svg width="26" height="8"><line class="edge cross" x1="1" y1="4" x2="25" y2="4"></line></svg>"across domains"
            </span>
            <span class="diagram-status" role="status" data-testid="search-status">{move || status.get()}</span>
        </div>
    }
}
