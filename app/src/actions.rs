//! What the user's commands do to the [`Workspace`]: import, change the edits (recorded
//! for undo, sent to the worker, saved), undo, redo, start over.

use crate::bridge::send;
use crate::protocol::{Edits, Request};
use crate::state::saved::{self, Saved};
use crate::state::Workspace;
use leptos::prelude::*;

/// Imports `sql` with `edits` (new imports start without edits).
pub fn import(ws: Workspace, sql: String, edits: Edits) {
    ws.error.set(None);
    ws.progress.set(Some(("starting".into(), 0)));
    ws.sql.set(sql.clone());
    ws.edits.set(edits.clone());
    ws.history.set(Default::default());
    send(&Request::Load { sql, edits });
    save(ws);
}

/// Imports a file that is not UTF-8 text: the worker reads its bytes and says what it
/// is and what to do (a custom-format archive, gzip, another encoding…).
pub fn import_bytes(ws: Workspace, bytes: Vec<u8>) {
    ws.error.set(None);
    ws.progress.set(Some(("starting".into(), 0)));
    ws.sql.set(String::new());
    ws.edits.set(Edits::default());
    ws.history.set(Default::default());
    send(&Request::LoadBytes { bytes });
    save(ws);
}

/// Replaces the edits (undoable) and re-plans.
pub fn change(ws: Workspace, edits: Edits) {
    let before = ws.edits.get_untracked();
    if before == edits {
        return;
    }
    ws.history.update(|h| h.record(before));
    ws.edits.set(edits.clone());
    send(&Request::Edit { edits });
    save(ws);
}

pub fn undo(ws: Workspace) {
    let current = ws.edits.get_untracked();
    let mut previous = None;
    ws.history.update(|h| previous = h.undo(current));
    if let Some(edits) = previous {
        ws.edits.set(edits.clone());
        send(&Request::Edit { edits });
        save(ws);
    }
}

pub fn redo(ws: Workspace) {
    let current = ws.edits.get_untracked();
    let mut next = None;
    ws.history.update(|h| next = h.redo(current));
    if let Some(edits) = next {
        ws.edits.set(edits.clone());
        send(&Request::Edit { edits });
        save(ws);
    }
}

/// Runs the proposal again around the pinned tables.
pub fn repropose(ws: Workspace) {
    ws.progress.set(Some(("proposing domains".into(), 50)));
    send(&Request::Repropose { edits: ws.edits.get_untracked() });
}

/// Saves the session to localStorage; a failure (quota) is shown, not fatal.
pub fn save(ws: Workspace) {
    let session = Saved {
        sql: ws.sql.get_untracked(),
        edits: ws.edits.get_untracked(),
        colours: ws.colours.get_untracked(),
        empty_domains: ws.empty_domains.get_untracked(),
    };
    if let Err(message) = saved::store(&session) {
        ws.error.set(Some(message));
    }
}

/// Forgets the session: empty input, no plan, nothing saved.
pub fn new_session(ws: Workspace) {
    saved::clear();
    ws.sql.set(String::new());
    ws.schema.set(None);
    ws.plan.set(None);
    ws.bundle.set(None);
    ws.edits.set(Edits::default());
    ws.history.set(Default::default());
    ws.selected.set(Default::default());
    ws.colours.set(Default::default());
    ws.empty_domains.set(Vec::new());
    ws.error.set(None);
}
