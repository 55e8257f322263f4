//! The planner worker's shell: JSON [`Request`]s in through `onmessage`, JSON
//! [`Response`]s out through `postMessage`. The work itself is [`Engine`]'s.

use crate::engine::Engine;
use crate::protocol::{Request, Response};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

thread_local! {
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

/// Starts answering the page's messages.
pub fn serve() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let post = |response: Response| {
            if let Ok(text) = serde_json::to_string(&response) {
                let _ = reply_scope.post_message(&JsValue::from_str(&text));
            }
        };
        let request = event.data().as_string().and_then(|text| serde_json::from_str::<Request>(&text).ok());
        match request {
            Some(request) => handle(request, &post),
            None => post(Response::Failed { message: "the worker received a message it does not understand".into() }),
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(text) = serde_json::to_string(&Response::Ready) {
        let _ = scope.post_message(&JsValue::from_str(&text));
    }
}

fn handle(request: Request, post: &dyn Fn(Response)) {
    ENGINE.with(|cell| {
        let mut engine = cell.borrow_mut();
        match request {
            Request::Load { sql, edits } => {
                let mut progress =
                    |stage: &str, percent: u8| post(Response::Progress { stage: stage.to_string(), percent });
                let (loaded, schema) = Engine::load(&sql, &mut progress);
                post(Response::Schema(schema));
                post(Response::Progress { stage: "checking the plan".into(), percent: 80 });
                post(Response::Plan(loaded.plan(&edits)));
                *engine = Some(loaded);
            }
            Request::Edit { edits } => match engine.as_ref() {
                Some(e) => post(Response::Plan(e.plan(&edits))),
                None => post(no_schema()),
            },
            Request::Repropose { edits } => match engine.as_mut() {
                Some(e) => post(Response::Plan(e.repropose(&edits))),
                None => post(no_schema()),
            },
            Request::OpenPlan { json } => match engine.as_ref().map(|e| e.open_plan(&json)) {
                Some(Ok(edits)) => post(Response::Opened { edits }),
                Some(Err(message)) => post(Response::Failed { message: format!("the plan file was not opened: {message}") }),
                None => post(no_schema()),
            },
        }
    });
}

fn no_schema() -> Response {
    Response::Failed { message: "no schema is loaded: paste a dump, choose a file or load the demo first".into() }
}
