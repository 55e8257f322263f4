//! `CREATE [UNIQUE] INDEX … ON [ONLY] table [USING method] (keys) [INCLUDE (…)]
//! [WHERE predicate]` and `ALTER INDEX parent ATTACH PARTITION child`. Token-level:
//! sqlparser 0.63 rejects `ON ONLY` and `ATTACH PARTITION`, and keys are kept as written.

use crate::parse::cursor::{top_level_items, Cursor, Extract};
use crate::model::{Index, KeyConstraint, Location, Model, QualifiedName};
use crate::parse::Outcome;

pub fn recognise_create(text: &str, location: Location, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["CREATE"]) {
        return None;
    }
    let unique = c.eat(&["UNIQUE"]);
    if !c.eat(&["INDEX"]) {
        return None;
    }
    Some(match create(&mut c, unique, location) {
        Ok(index) => {
            if model.index_position(&index.name).is_some() {
                Outcome::Unsupported(format!("the index {} is created twice", index.name))
            } else {
                model.indexes.push(index);
                Outcome::Modeled
            }
        }
        Err(message) => Outcome::Unsupported(message),
    })
}

fn create(c: &mut Cursor, unique: bool, location: Location) -> Extract<Index> {
    c.eat(&["CONCURRENTLY"]);
    c.eat(&["IF", "NOT", "EXISTS"]);
    let name = if c.is_word(0, "ON") { None } else { Some(c.identifier()?) };
    c.expect(&["ON"])?;
    let only = c.eat(&["ONLY"]);
    let table = c.qualified_name()?;
    let method = if c.eat(&["USING"]) { c.identifier()? } else { "btree".to_string() };
    let keys: Vec<String> = top_level_items(c.parenthesized()?).into_iter().map(str::to_string).collect();
    let mut predicate = None;
    while !c.at_end() {
        if c.eat(&["INCLUDE"]) {
            c.identifier_list()?;
        } else if c.eat(&["NULLS", "NOT", "DISTINCT"]) || c.eat(&["NULLS", "DISTINCT"]) {
        } else if c.eat(&["WITH"]) {
            c.parenthesized()?;
        } else if c.eat(&["TABLESPACE"]) {
            c.identifier()?;
        } else if c.eat(&["WHERE"]) {
            predicate = Some(strip_outer_parens(c.rest()).to_string());
        } else {
            return Err(format!("unexpected `{}` in CREATE INDEX", c.rest()));
        }
    }
    // An index lives in its table's schema; pg_dump never qualifies its name.
    let name = QualifiedName::new(&table.schema, name.unwrap_or_else(|| default_name(&table.name, &keys, unique)));
    Ok(Index { name, table, method, keys, unique, predicate, only, attached_to: None, location })
}

/// The name PostgreSQL gives an unnamed index: `table_col1_col2_idx` (`_key` when
/// unique), `expr` for an expression key. (PostgreSQL also truncates to 63 bytes and adds
/// a number on a clash; pg_dump always writes the name, so this is for hand-written DDL.)
fn default_name(table: &str, keys: &[String], unique: bool) -> String {
    let mut parts = vec![table.to_string()];
    for key in keys {
        let mut k = Cursor::new(key);
        match k.identifier() {
            Ok(column) if !k.is_punct(0, "(") && !k.is_punct(0, ".") => parts.push(column),
            _ => parts.push("expr".into()),
        }
    }
    parts.push(if unique { "key" } else { "idx" }.into());
    parts.join("_")
}

/// `(a IS NULL)` → `a IS NULL` when the parentheses enclose the whole text.
fn strip_outer_parens(text: &str) -> &str {
    let mut c = Cursor::new(text);
    match c.parenthesized() {
        Ok(inner) if c.at_end() => inner,
        _ => text,
    }
}

/// `ALTER INDEX parent ATTACH PARTITION child`; other `ALTER INDEX` forms are physical
/// details.
pub fn recognise_alter(text: &str, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["ALTER", "INDEX"]) {
        return None;
    }
    c.eat(&["IF", "EXISTS"]);
    Some(match alter(&mut c, model) {
        Ok(outcome) => outcome,
        Err(message) => Outcome::Unsupported(message),
    })
}

fn alter(c: &mut Cursor, model: &mut Model) -> Extract<Outcome> {
    let parent = c.qualified_name()?;
    if c.eat(&["ATTACH", "PARTITION"]) {
        let child = c.qualified_name()?;
        if !c.at_end() {
            return Err(format!("unexpected `{}` after ATTACH PARTITION", c.rest()));
        }
        if is_constraint_index(model, &child) {
            return Ok(Outcome::Ignored(
                "attaches a partition's primary-key or unique index to its parent's: implied by the partition \
                 tree and both tables' constraints"
                    .into(),
            ));
        }
        let Some(index) = model.index_position(&child).and_then(|i| model.indexes.get_mut(i)) else {
            return Err(format!("the index {child} is not created before this statement"));
        };
        index.attached_to = Some(parent);
        return Ok(Outcome::Modeled);
    }
    if c.eat(&["SET", "TABLESPACE"]) || c.eat(&["SET"]) || c.eat(&["RESET"]) || c.eat(&["ALTER"]) {
        c.rest();
        return Ok(Outcome::Ignored("physical storage detail: index parameters".into()));
    }
    Err(format!("ALTER INDEX … {} is not modeled", c.rest()))
}

/// Is `name` the index behind a primary key or unique constraint (which has the
/// constraint's name, in its table's schema)?
fn is_constraint_index(model: &Model, name: &QualifiedName) -> bool {
    let named = |key: &KeyConstraint| key.name.as_deref() == Some(name.name.as_str());
    model
        .tables
        .iter()
        .filter(|t| t.name.schema == name.schema)
        .any(|t| t.primary_key.iter().chain(&t.unique_constraints).any(named))
}
