//! pg_dump's statement forms for tables and what hangs off them, recognised from tokens
//! before any full parse: `CREATE TABLE`, `ALTER TABLE`, `CREATE INDEX`, `ALTER INDEX`,
//! `CREATE`/`ALTER SEQUENCE`, `SELECT setval(…)` and `--clean`'s `DROP`s of these.
//! A recognised form always ends as an outcome; a form that is not ours returns `None`.

mod alter_table;
mod column;
mod constraint;
mod create_table;
mod index;
mod sequence;

use super::cursor::{Cursor, Extract};
use super::{Ctx, Outcome};
use crate::model::{Model, QualifiedName};

/// `Some` when this module owns the statement's form.
pub fn recognise(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let (text, location) = (ctx.text, ctx.location);
    let mut head = Cursor::head(text, 6);
    if head.eat(&["CREATE"]) {
        for modifier in ["GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "UNIQUE"] {
            head.eat(&[modifier]);
        }
        if head.is_word(0, "TABLE") {
            create_table::recognise(text, location, model)
        } else if head.is_word(0, "INDEX") {
            index::recognise_create(text, location, model)
        } else if head.is_word(0, "SEQUENCE") {
            sequence::recognise_create(text, location, model)
        } else {
            None
        }
    } else if head.is_seq(&["ALTER", "TABLE"]) {
        alter_table::recognise(text, location, model)
    } else if head.is_seq(&["ALTER", "INDEX"]) {
        index::recognise_alter(text, model)
    } else if head.is_seq(&["ALTER", "SEQUENCE"]) {
        sequence::recognise_alter(text, model)
    } else if head.is_word(0, "SELECT") {
        sequence::recognise_setval(text)
    } else if head.is_word(0, "DROP") {
        recognise_drop(text, model)
    } else {
        None
    }
}

/// `DROP TABLE|INDEX|SEQUENCE [IF EXISTS] name[, …] [CASCADE|RESTRICT]`. pg_dump
/// `--clean` writes these before creating the objects: ignored then. A drop of something
/// the dump created earlier removes it (a table with its indexes, foreign keys and owned
/// sequences).
fn recognise_drop(text: &str, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    c.advance(); // DROP
    let kind = ["TABLE", "INDEX", "SEQUENCE"].into_iter().find(|k| c.eat(&[k]))?;
    c.eat(&["CONCURRENTLY"]);
    c.eat(&["IF", "EXISTS"]);
    Some(drop(&mut c, kind, model).unwrap_or_else(Outcome::Unsupported))
}

fn drop(c: &mut Cursor, kind: &str, model: &mut Model) -> Extract<Outcome> {
    let mut names = vec![c.qualified_name()?];
    while c.eat_punct(",") {
        names.push(c.qualified_name()?);
    }
    if !c.eat(&["CASCADE"]) {
        c.eat(&["RESTRICT"]);
    }
    if !c.at_end() {
        return Err(format!("unexpected `{}` in DROP {kind}", c.rest()));
    }
    let mut dropped = false;
    for name in &names {
        dropped |= match kind {
            "TABLE" => drop_table(model, name),
            "INDEX" => remove(&mut model.indexes, |i| &i.name == name),
            _ => remove(&mut model.sequences, |s| &s.name == name),
        };
    }
    model.forget_positions();
    Ok(match dropped {
        true => Outcome::Modeled,
        false => Outcome::Ignored(format!("DROP {kind} of something not yet created (pg_dump --clean)")),
    })
}

fn remove<T>(items: &mut Vec<T>, matches: impl Fn(&T) -> bool) -> bool {
    let before = items.len();
    items.retain(|item| !matches(item));
    items.len() != before
}

fn drop_table(model: &mut Model, name: &QualifiedName) -> bool {
    if !remove(&mut model.tables, |t| &t.name == name) {
        return false;
    }
    model.indexes.retain(|i| &i.table != name);
    model.foreign_keys.retain(|fk| &fk.table != name);
    // Sequences owned by the table's columns (OWNED BY, identity) go with it.
    let owned = |column: &Option<(QualifiedName, String)>| column.as_ref().is_some_and(|(table, _)| table == name);
    model.sequences.retain(|s| !owned(&s.owned_by) && !owned(&s.identity_of));
    true
}
