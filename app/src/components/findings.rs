//! The checks' findings, grouped by severity, those the bundle resolves marked as such;
//! clicking one selects and centres its subject.

use crate::protocol::FindingView;
use crate::state::Workspace;
use leptos::prelude::*;

/// Findings shown per severity at most (the rest are counted).
const SHOWN: usize = 300;

#[component]
pub fn FindingsPanel() -> impl IntoView {
    let ws = expect_context::<Workspace>();
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
                view! { <Group severity=severity list=list focus=focus/> }
            }).collect_view())}
        </section>
    }
}

/// One severity's findings; a closed group (info) renders its list once opened.
#[component]
fn Group(severity: &'static str, list: Vec<FindingView>, focus: impl Fn(&str) + Copy + Send + Sync + 'static) -> impl IntoView {
    let total = list.len();
    let fixed = list.iter().filter(|f| f.fixed).count();
    let open = RwSignal::new(severity != "info");
    let items = move || {
        open.get().then(|| {
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
        <details class=format!("group {severity}") open=open.get_untracked() on:toggle=move |ev| {
            let el: Option<web_sys::HtmlDetailsElement> = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into(t).ok());
            let now = el.is_some_and(|d| d.open());
            if now != open.get_untracked() {
                open.set(now);
            }
        }>
            <summary>{match fixed {
                0 => format!("{severity} ({total})"),
                _ => format!("{severity} ({total}, {fixed} fixed by the bundle)"),
            }}</summary>
            <ul>{items}</ul>
            {(total > SHOWN).then(|| view! { <p class="detail">{format!("and {} more", total - SHOWN)}</p> })}
        </details>
    }
}
