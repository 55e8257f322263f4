//! The domains panel: every domain with its colour and table count; add, rename, merge,
//! delete and recolour; re-run the proposal around the pinned tables.

use crate::actions;
use crate::protocol::TableKey;
use crate::state::{edits, Workspace};
use leptos::prelude::*;
use std::collections::BTreeMap;

#[component]
pub fn DomainsPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let new_name = RwSignal::new(String::new());
    // (domain, tables) in dependency order, then domains the user added.
    let domains = Memo::new(move |_| {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        let mut order = Vec::new();
        ws.plan.with(|p| {
            if let Some(p) = p {
                for a in &p.assignments {
                    *counts.entry(a.domain.clone()).or_default() += 1;
                }
                order = p.domain_order.clone();
            }
        });
        let mut list: Vec<(String, usize)> =
            order.iter().filter_map(|d| counts.get(d).map(|c| (d.clone(), *c))).collect();
        for (d, c) in &counts {
            if !order.contains(d) {
                list.push((d.clone(), *c));
            }
        }
        for d in ws.empty_domains.get() {
            if !counts.contains_key(&d) {
                list.push((d, 0));
            }
        }
        list
    });
    let add = move || {
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() || domains.with_untracked(|d| d.iter().any(|(n, _)| *n == name)) {
            return;
        }
        ws.empty_domains.update(|d| d.push(name));
        new_name.set(String::new());
        actions::save(ws);
    };
    view! {
        <section class="panel domains" aria-labelledby="domains-heading">
            <h2 id="domains-heading">"Domains"</h2>
            <ul class="domain-list">
                <For each=move || domains.get() key=|d| d.clone() let:domain>
                    <DomainRow name=domain.0 count=domain.1 others=Signal::derive(move || domains.get().into_iter().map(|(n, _)| n).collect())/>
                </For>
            </ul>
            <form class="add-domain" on:submit=move |ev| { ev.prevent_default(); add(); }>
                <label for="new-domain" class="visually-hidden">"New domain name"</label>
                <input id="new-domain" data-testid="new-domain" placeholder="new domain" prop:value=move || new_name.get()
                    on:input=move |ev| new_name.set(event_target_value(&ev))/>
                <button type="submit" class="secondary" data-testid="add-domain">"Add"</button>
            </form>
            <button class="secondary" data-testid="repropose" title="Propose again; pinned tables stay and their satellites follow them"
                on:click=move |_| actions::repropose(ws)>"Re-run proposal (keep pins)"</button>
        </section>
    }
}

#[component]
fn DomainRow(name: String, count: usize, others: Signal<Vec<String>>) -> impl IntoView {
    let ws = expect_context::<Workspace>();
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(name.clone());
    let n = StoredValue::new(name.clone());
    let rename_to = move |to: String| {
        let from = n.get_value();
        let to = to.trim().to_string();
        if to.is_empty() || to == from {
            return;
        }
        ws.empty_domains.update(|d| d.retain(|x| *x != from));
        actions::change(ws, edits::rename(&ws.edits.get_untracked(), &from, &to));
    };
    let delete = move |_| {
        let from = n.get_value();
        ws.empty_domains.update(|d| d.retain(|x| *x != from));
        if count > 0 {
            let members = domain_members(ws, &from);
            actions::change(ws, edits::delete(&ws.edits.get_untracked(), &members));
        } else {
            actions::save(ws);
        }
    };
    let recolour = move |ev: leptos::ev::Event| {
        let colour = event_target_value(&ev);
        ws.colours.update(|c| {
            c.insert(n.get_value(), colour);
        });
        actions::save(ws);
    };
    view! {
        <li class="domain-row" data-testid=format!("domain-row-{name}")>
            <input type="color" class="swatch" aria-label=format!("Colour of {name}") data-testid="domain-colour"
                prop:value=move || ws.colour(&n.get_value()) on:change=recolour/>
            {move || if renaming.get() {
                view! {
                    <form class="rename" on:submit=move |ev| { ev.prevent_default(); renaming.set(false); rename_to(draft.get_untracked()); }>
                        <input aria-label="New name" data-testid="rename-input" prop:value=move || draft.get()
                            on:input=move |ev| draft.set(event_target_value(&ev))/>
                        <button type="submit" class="secondary">"OK"</button>
                    </form>
                }.into_any()
            } else {
                view! { <span class="domain-name" title=n.get_value()>{n.get_value()}</span> }.into_any()
            }}
            <span class="domain-count" data-testid="domain-count">{count}</span>
            <button class="icon secondary" aria-label=format!("Rename {name}") data-testid="rename-domain"
                on:click=move |_| renaming.update(|r| *r = !*r)>"✎"</button>
            <select class="merge" aria-label=format!("Merge {name} into") data-testid="merge-domain"
                on:change=move |ev| { let to = event_target_value(&ev); if !to.is_empty() { rename_to(to); } }>
                <option value="">"merge…"</option>
                {move || others.get().into_iter().filter(|o| *o != n.get_value()).map(|o| view! { <option value=o.clone()>{o.clone()}</option> }).collect_view()}
            </select>
            <button class="icon secondary" aria-label=format!("Delete {name}: its tables stay where they are") data-testid="delete-domain"
                on:click=delete>"✕"</button>
        </li>
    }
}

/// The tables of `domain` with the schema the dump has them in.
fn domain_members(ws: Workspace, domain: &str) -> Vec<(TableKey, String)> {
    let (Some(schema), Some(plan)) = (ws.schema.get_untracked(), ws.plan.get_untracked()) else {
        return Vec::new();
    };
    schema
        .tables
        .iter()
        .zip(&plan.assignments)
        .filter(|(_, a)| a.domain == domain)
        .map(|(t, _)| (t.key.clone(), t.schema.clone()))
        .collect()
}
