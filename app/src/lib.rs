//! The pgcarve app (Leptos, client-side rendered, WebAssembly). Two entry points share
//! this library: the page (`main.rs`: [`mount`]) and the planner worker
//! (`bin/worker.rs`: [`worker::serve`]), which alone runs the core.
//!
//! - `protocol.rs`: the messages between page and worker, and the view data;
//! - `engine.rs`: the worker's work (parse, propose, re-plan, check, generate);
//! - `worker.rs` / `bridge.rs`: the two ends of `postMessage`;
//! - `state/`: the page's state (plain types, unit-tested) and the `Workspace` signals;
//! - `actions.rs`: what commands do to the workspace;
//! - `components/`: panels (import, summary, toolbar, domains, findings, SQL);
//! - `export/`: SQL highlighting, downloads and copies (the .zip is the core's);
//! - `diagram/`: the SVG diagram (layout and geometry as pure functions).

pub mod actions;
pub mod bridge;
pub mod components;
pub mod demo;
pub mod diagram;
pub mod engine;
pub mod export;
pub mod protocol;
pub mod state;
pub mod worker;

use leptos::prelude::*;

/// Mounts the page.
pub fn mount() {
    console_error_panic_hook::set_once();
    mount_to_body(components::App);
}
