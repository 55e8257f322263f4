//! Name → position caches for the parser's lookups in the model's lists (tables,
//! sequences, indexes): a 20,000-table dump does one lookup per `ALTER TABLE`, and a
//! linear search each time would make reading it quadratic. A cache, not data: serde
//! skips it and any two caches compare equal.

use super::QualifiedName;
use std::collections::HashMap;

/// Positions by name of one list. Items appended to the list are indexed on the next
/// lookup; a hit is checked against the list, so a stale entry only costs a rebuild. Code
/// that removes items calls [`super::Model::forget_positions`], so that a miss stays true.
#[derive(Debug, Clone, Default)]
pub struct Positions {
    by_name: HashMap<QualifiedName, usize>,
    indexed: usize,
}

impl PartialEq for Positions {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Positions {
    pub fn clear(&mut self) {
        self.by_name.clear();
        self.indexed = 0;
    }

    /// The position of the first item named `name`.
    pub fn find<T>(&mut self, items: &[T], name_of: impl Fn(&T) -> &QualifiedName, name: &QualifiedName) -> Option<usize> {
        if self.indexed > items.len() {
            self.clear();
        }
        for (position, item) in items.iter().enumerate().skip(self.indexed) {
            self.by_name.entry(name_of(item).clone()).or_insert(position);
        }
        self.indexed = items.len();
        match self.by_name.get(name) {
            Some(&position) if items.get(position).is_some_and(|item| name_of(item) == name) => Some(position),
            Some(_) => {
                self.clear();
                self.find(items, name_of, name)
            }
            None => None,
        }
    }
}

/// The caches of a [`super::Model`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Lookup {
    pub tables: Positions,
    pub sequences: Positions,
    pub indexes: Positions,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_appended_items_and_survives_removal() {
        let name = |n: &str| QualifiedName::new("public", n);
        let mut items = vec![name("a"), name("b")];
        let mut positions = Positions::default();
        assert_eq!(positions.find(&items, |q| q, &name("b")), Some(1));
        items.push(name("c"));
        assert_eq!(positions.find(&items, |q| q, &name("c")), Some(2));
        items.remove(0);
        assert_eq!(positions.find(&items, |q| q, &name("c")), Some(1), "a stale hit is rebuilt");
        assert_eq!(positions.find(&items, |q| q, &name("a")), None);
    }
}
