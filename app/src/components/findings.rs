//! The checks' findings, grouped by severity, those the bundle resolves marked as such;
//! clicking one selects and centres its subject. Which groups are open survives new
//! findings (a drag re-runs the checks).

use crate::protocol::FindingView;
use crate::state::Workspace;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Findings shown per severity at most (the rest are counted).
const SHOWN: usize = 300;

#[component]
pub fn FindingsPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
    // Infos are many and quiet: their group starts closed.
    let open = RwSignal::new(BTreeSet::from(["error", "warning"]));
    let focus = move |subject: &str| {
        let at = ws.schema.with_untracked(|s| s.as_ref().and_then(|s| s.tables.iter().position(|t| t.key == subject)));
        if let Some(at) = at {
            ws.focus_on(at);
        }
    };
    let groups = move || {
        let bundle = ws.bundle.get()?;
        let groups: Vec<(&'static str, Vec<FindingView>)> = ["error", "warning", "info"]
            .into_iter()
            .map(|severity| (severity, bundle.findings.iter().filter(|f| f.severity == severity).cloned().collect()))
            .collect();
        Some(groups)
    };
    view! {
        <section class="panel findings" aria-labelledby="findings-heading">
            <h2 id="findings-heading">"Findings"</h2>
            {move || groups().map(|groups| groups.into_iter().map(|(severity, list)| {
                view! { <Group severity=severity list=list open=open focus=focus/> }
            }).collect_view())}
        </section>
    }
}

/// One severity's findings; a closed group renders its list once opened.
#[component]
fn Group(
    severity: &'static str,
    list: Vec<FindingView>,
    open: RwSignal<BTreeSet<&'static str>>,
    focus: impl Fn(&str) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let total = list.len();
    let fixed = list.iter().filter(|f| f.fixed).count();
    let is_open = move || open.with(|o| o.contains(severity));
    let items = move || {
        is_open().then(|| {
            list.iter().take(SHOWN).map(|f| {
                let subject = f.subject.clone();
                view! {
                    <li>
                        <button class="finding" data-testid="finding" data-check=f.check.clone()
                            data-subject=f.subject.clone() data-severity=severity data-fixed=f.fixed.to_string()
                            on:click=move |_| focus(&subject)>
                            <span class="check">{f.check.clone()}</span>
                            <span class="subject">{f.subject.clone()}</span>
                            <span class="message">{f.message.clone()}</span>
                            {f.line.map(|l| view! { <span class="line">{format!("line {l}")}</span> })}
                            {f.fixed.then(|| view! { <span class="fixed">"✓ fixed by the bundle"</span> })}
                        </button>
                        <p class="help">{f.help.clone()}</p>
                    </li>
                }
            }).collect_view()
        })
    };
    view! {
        <details class=format!("group {severity}") open=open.with_untracked(|o| o.contains(severity)) on:toggle=move |ev| {
            let el: Option<web_sys::HtmlDetailsElement> = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok());
            let now = el.is_some_and(|d| d.open());
            if now != open.with_untracked(|o| o.contains(severity)) {
                open.update(|o| {
                    if now {
                        o.insert(severity);
                    } else {
                        o.remove(severity);
                    }
                });
            }
        }>
            <summary>{match fixed {
                0 => format!("{} ({total})", heading(severity)),
                _ => format!("{} ({total}, {fixed} fixed by the bundle)", heading(severity)),
            }}</summary>
            <ul>{items}</ul>
            {(total > SHOWN).then(|| view! { <p class="detail">{format!("and {} more", total - SHOWN)}</p> })}
        </details>
    }
}

/// A severity group's heading.
fn heading(severity: &str) -> &'static str {
    match severity {
        "error" => "Errors",
        "warning" => "Warnings",
        _ => "Info",
    }
}
