//! What the user does to a plan, as changes of [`Edits`]: move tables, rename, merge and
//! delete domains. Pure functions: the page records the result in the history and sends
//! it to the worker.

use crate::protocol::{Edits, TableKey};

/// `tables` pinned to `domain`.
pub fn move_tables(edits: &Edits, tables: &[TableKey], domain: &str) -> Edits {
    let mut next = edits.clone();
    for table in tables {
        next.pins.insert(table.clone(), domain.to_string());
    }
    next
}

/// Domain `old` is called `new` from now on; if `new` exists the two merge.
pub fn rename(edits: &Edits, old: &str, new: &str) -> Edits {
    let mut next = edits.clone();
    if old == new || new.is_empty() {
        return next;
    }
    for target in next.renames.values_mut() {
        if target == old {
            *target = new.to_string();
        }
    }
    next.renames.insert(old.to_string(), new.to_string());
    for domain in next.pins.values_mut() {
        if domain == old {
            *domain = new.to_string();
        }
    }
    next
}

/// Deletes a domain: its `tables` (key, schema the dump has them in) stay where they are,
/// pinned to their own schema.
pub fn delete(edits: &Edits, tables: &[(TableKey, String)]) -> Edits {
    let mut next = edits.clone();
    for (table, schema) in tables {
        next.pins.insert(table.clone(), schema.clone());
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_pin_tables() {
        let e = move_tables(&Edits::default(), &["public.a".into(), "public.b".into()], "x");
        assert_eq!(e.pins.len(), 2);
        assert_eq!(e.pins["public.a"], "x");
    }

    #[test]
    fn renames_follow_earlier_renames_and_pins() {
        let e = move_tables(&Edits::default(), &["public.a".into()], "sales");
        let e = rename(&e, "sales", "shop");
        let e = rename(&e, "shop", "store");
        assert_eq!(e.pins["public.a"], "store");
        assert_eq!(e.renames["sales"], "store");
        assert_eq!(e.renames["shop"], "store");
    }

    #[test]
    fn deleted_domains_tables_stay_in_their_own_schema() {
        let e = move_tables(&Edits::default(), &["public.a".into(), "music.b".into()], "x");
        let e = delete(&e, &[("public.a".into(), "public".into()), ("music.b".into(), "music".into())]);
        assert_eq!(e.pins["public.a"], "public");
        assert_eq!(e.pins["music.b"], "music", "not moved into public");
        assert_eq!(rename(&e, "y", "y"), e);
    }
}
