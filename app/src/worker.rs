//! The planner worker's shell: JSON [`Request`]s in through `onmessage`, JSON
//! [`Response`]s out through `postMessage`. The work itself is [`Engine`]'s.
//!
//! The page draws as soon as it can: a new schema is sent before its proposal runs, and
//! a plan before its checks and bundle, which are made in a task of their own (so a
//! request that arrived meanwhile goes first, and a bundle nobody will see is skipped).

use crate::engine::{Engine, Planned, Reading};
use crate::protocol::{Edits, Request, Response};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
    /// The last plan sent, while its bundle is still to be made.
    static UNBUNDLED: RefCell<Option<Planned>> = const { RefCell::new(None) };
    /// The id of the next plan.
    static NEXT_PLAN: Cell<u64> = const { Cell::new(1) };
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(response: Response) {
    if let Ok(text) = serde_json::to_string(&response) {
        let _ = scope().post_message(&JsValue::from_str(&text));
    }
}

/// Starts answering the page's messages.
pub fn serve() {
    console_error_panic_hook::set_once();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let request = event.data().as_string().and_then(|text| serde_json::from_str::<Request>(&text).ok());
        match request {
            Some(request) => handle(request),
            None => post(Response::Failed { message: "the worker received a message it does not understand".into() }),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(Response::Ready);
}

fn next_id() -> u64 {
    NEXT_PLAN.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

fn handle(request: Request) {
    ENGINE.with(|cell| {
        let mut engine = cell.borrow_mut();
        let planned = match request {
            Request::Load { sql, edits } => Some(load(&mut engine, sql.as_bytes(), &edits)),
            Request::LoadBytes { bytes } => Some(load(&mut engine, &bytes, &Edits::default())),
            Request::Edit { edits } => match engine.as_ref() {
                Some(e) => Some(e.plan(&edits, next_id())),
                None => {
                    post(no_schema());
                    None
                }
            },
            Request::Repropose { edits } => match engine.as_mut() {
                Some(e) => Some(e.repropose(&edits, next_id())),
                None => {
                    post(no_schema());
                    None
                }
            },
            Request::OpenPlan { json } => {
                match engine.as_ref().map(|e| e.open_plan(&json)) {
                    Some(Ok(edits)) => post(Response::Opened { edits }),
                    Some(Err(message)) => post(Response::Failed { message: format!("the plan file was not opened: {message}") }),
                    None => post(no_schema()),
                }
                None
            }
        };
        if let Some(planned) = planned {
            post(Response::Plan(planned.view.clone()));
            UNBUNDLED.with(|u| *u.borrow_mut() = Some(planned));
            later(bundle);
        }
    });
}

/// Forgets the loaded schema, reads a new one (telling the page how far it is) and sends
/// it, then proposes and lays `edits` over the proposal.
fn load(engine: &mut Option<Engine>, input: &[u8], edits: &Edits) -> Planned {
    *engine = None;
    let mut progress = |stage: &str, percent: u8| post(Response::Progress { stage: stage.to_string(), percent });
    let (reading, schema) = Reading::read(input, &mut progress);
    post(Response::Schema(schema));
    post(Response::Progress { stage: "proposing domains".into(), percent: 55 });
    let loaded = Engine::propose(reading);
    let planned = loaded.plan(edits, next_id());
    *engine = Some(loaded);
    planned
}

/// Makes and sends the bundle of the last plan sent, unless a newer request took over.
fn bundle() {
    let Some(planned) = UNBUNDLED.with(|u| u.borrow_mut().take()) else { return };
    let view = ENGINE.with(|cell| cell.borrow().as_ref().map(|e| e.bundle(&planned)));
    if let Some(view) = view {
        post(Response::Bundle(view));
    }
}

/// Runs `f` in a task of its own (after the messages already queued, as a rule).
fn later(f: fn()) {
    let callback = Closure::once_into_js(f);
    if scope().set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 0).is_err() {
        f();
    }
}

fn no_schema() -> Response {
    Response::Failed { message: "no schema is loaded: paste a dump, choose a file or load the demo first".into() }
}
