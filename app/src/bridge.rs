//! The page's side of the planner worker: one worker per page, requests out as JSON,
//! responses applied to the [`Workspace`].

use crate::protocol::{Request, Response};
use crate::state::{palette, Workspace};
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// Where Trunk writes the worker's loader (`data-loader-shim` of the worker link).
pub const WORKER_URL: &str = "./worker_loader.js";

thread_local! {
    static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    /// Requests made before the worker said `Ready` (a message posted earlier would be
    /// lost: the worker installs its handler only once its wasm is running).
    static PENDING: RefCell<Option<Vec<String>>> = const { RefCell::new(Some(Vec::new())) };
}

/// Starts the worker; its answers update `ws`.
pub fn connect(ws: Workspace) {
    let worker = match Worker::new(WORKER_URL) {
        Ok(w) => w,
        Err(e) => {
            ws.error.set(Some(format!("the planner could not start: {e:?}")));
            return;
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        match event.data().as_string().and_then(|t| serde_json::from_str::<Response>(&t).ok()) {
            Some(response) => apply(ws, response),
            None => ws.error.set(Some("the planner sent a message the page does not understand".into())),
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    WORKER.with(|w| *w.borrow_mut() = Some(worker));
}

/// Sends `request` to the worker (queued until it is ready).
pub fn send(request: &Request) {
    let Ok(text) = serde_json::to_string(request) else { return };
    let queued = PENDING.with(|p| p.borrow_mut().as_mut().map(|queue| queue.push(text.clone())).is_some());
    if !queued {
        post(&text);
    }
}

fn post(text: &str) {
    WORKER.with(|w| {
        if let Some(worker) = w.borrow().as_ref() {
            let _ = worker.post_message(&JsValue::from_str(text));
        }
    });
}

/// A `performance` mark (`pgcarve:schema`, `pgcarve:plan`, `pgcarve:bundle`) when a view
/// arrives: e2e/tests/timings.spec.ts splits its timings by them.
fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

fn apply(ws: Workspace, response: Response) {
    match &response {
        Response::Schema(_) => mark("pgcarve:schema"),
        Response::Plan(_) => mark("pgcarve:plan"),
        Response::Bundle(_) => mark("pgcarve:bundle"),
        _ => {}
    }
    match response {
        Response::Ready => {
            for text in PENDING.with(|p| p.borrow_mut().take()).unwrap_or_default() {
                post(&text);
            }
        }
        Response::Progress { stage, percent } => ws.progress.set(Some((stage, percent))),
        Response::Schema(schema) => {
            ws.selected.set(Default::default());
            ws.error.set(None);
            // The last schema's plan and bundle no longer apply.
            ws.plan.set(None);
            ws.bundle.set(None);
            ws.schema.set(Some(Arc::new(schema)));
        }
        Response::Plan(plan) => {
            ws.progress.set(None);
            let domains = plan.assignments.iter().map(|a| a.domain.as_str());
            if let Some(colours) = ws.colours.with_untracked(|c| palette::assign(c, domains)) {
                ws.colours.set(colours);
            }
            ws.plan.set(Some(Arc::new(plan)));
        }
        Response::Bundle(bundle) => ws.bundle.set(Some(Arc::new(bundle))),
        Response::Opened { edits } => crate::actions::change(ws, edits),
        Response::Failed { message } => {
            ws.progress.set(None);
            ws.error.set(Some(message));
        }
    }
}
