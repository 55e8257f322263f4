//! Undo and redo of the user's edits: each change pushes the edits it replaced.

use crate::protocol::Edits;

/// Past and future edits around the current ones.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct History {
    past: Vec<Edits>,
    future: Vec<Edits>,
}

/// How many changes undo reaches back.
pub const DEPTH: usize = 200;

impl History {
    /// Records a change from `before`; a new change forgets what was undone.
    pub fn record(&mut self, before: Edits) {
        self.past.push(before);
        if self.past.len() > DEPTH {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// The edits before `current`, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: Edits) -> Option<Edits> {
        let previous = self.past.pop()?;
        self.future.push(current);
        Some(previous)
    }

    /// The edits undone last, if any; `current` becomes undoable.
    pub fn redo(&mut self, current: Edits) -> Option<Edits> {
        let next = self.future.pop()?;
        self.past.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(domain: &str) -> Edits {
        let mut e = Edits::default();
        e.pins.insert("public.t".into(), domain.into());
        e
    }

    #[test]
    fn undo_and_redo_walk_the_changes() {
        let mut h = History::default();
        h.record(Edits::default());
        h.record(pin("a"));
        let current = pin("b");
        assert_eq!(h.undo(current.clone()), Some(pin("a")));
        assert_eq!(h.undo(pin("a")), Some(Edits::default()));
        assert_eq!(h.undo(Edits::default()), None);
        assert_eq!(h.redo(Edits::default()), Some(pin("a")));
        assert_eq!(h.redo(pin("a")), Some(current));
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_change_forgets_the_undone_ones() {
        let mut h = History::default();
        h.record(Edits::default());
        assert!(h.undo(pin("a")).is_some());
        h.record(Edits::default());
        assert!(!h.can_redo());
        assert!(h.can_undo());
    }
}
