//! `ALTER TABLE [IF EXISTS] [ONLY] name action[, …]` on a table (or, for `OWNER TO`, a
//! sequence) the dump has created: constraints, column defaults and identity, RLS,
//! owner, `ATTACH PARTITION`, and the physical details pg_dump writes (ignored with a
//! reason). Statements on other relations (views) and trigger/rule switches are left to
//! the objects module.

use super::column;
use super::constraint;
use super::create_table::partition_bound;
use crate::parse::cursor::{top_level_items, Cursor, Extract};
use crate::model::{Column, Identity, Location, Model, QualifiedName};
use crate::parse::Outcome;

pub fn recognise(text: &str, location: Location, model: &mut Model) -> Option<Outcome> {
    let mut c = Cursor::new(text);
    if !c.eat(&["ALTER", "TABLE"]) {
        return None;
    }
    let if_exists = c.eat(&["IF", "EXISTS"]);
    c.eat(&["ONLY"]);
    let name = match c.qualified_name() {
        Ok(name) => name,
        Err(message) => return Some(Outcome::Unsupported(message)),
    };
    c.eat_punct("*");
    let actions = top_level_items(c.rest());
    if actions.is_empty() {
        return Some(Outcome::Unsupported("ALTER TABLE without an action".into()));
    }
    if model.table_position(&name).is_none() {
        return not_a_known_table(model, &name, if_exists, &actions);
    }
    if actions.iter().any(|a| is_trigger_or_rule_switch(&Cursor::new(a))) {
        return None;
    }
    let mut outcomes = Vec::new();
    for action_text in actions {
        let mut a = Cursor::new(action_text);
        let outcome = action(&mut a, &name, location, model).and_then(|outcome| match a.at_end() {
            true => Ok(outcome),
            false => Err(format!("unexpected `{}` at the end of the action", a.rest())),
        });
        outcomes.push(outcome.unwrap_or_else(Outcome::Unsupported));
    }
    Some(combine(outcomes))
}

/// A statement on a relation that is not a known table: a sequence's owner; pg_dump
/// `--clean`'s drops, which come before the dump creates the table; else not ours.
fn not_a_known_table(model: &mut Model, name: &QualifiedName, if_exists: bool, actions: &[&str]) -> Option<Outcome> {
    let [action] = actions else { return None };
    let mut a = Cursor::new(action);
    if let Some(sequence) = model.sequence_position(name).and_then(|i| model.sequences.get_mut(i)) {
        if a.eat(&["OWNER", "TO"]) {
            return Some(match a.identifier() {
                Ok(owner) => {
                    sequence.owner = Some(owner);
                    Outcome::Modeled
                }
                Err(message) => Outcome::Unsupported(message),
            });
        }
        return None;
    }
    if a.is_seq(&["CLUSTER", "ON"]) || a.is_seq(&["SET", "WITHOUT", "CLUSTER"]) {
        return Some(Outcome::Ignored("physical storage detail: the index a relation is clustered on".into()));
    }
    if if_exists && is_clean_undo(&mut a) {
        return Some(Outcome::Ignored("pg_dump --clean: undoes something before the dump creates it".into()));
    }
    // Owners, column defaults and trigger or rule switches also apply to views (the
    // objects module's); every other action needs a table.
    let a = Cursor::new(action);
    let any_relation = a.is_seq(&["OWNER", "TO"]) || a.is_word(0, "ALTER") || is_trigger_or_rule_switch(&a);
    (!any_relation).then(|| Outcome::Unsupported(format!("the table {name} is not created before this statement")))
}

/// `DROP CONSTRAINT …` or `ALTER [COLUMN] c DROP DEFAULT`: what `pg_dump --clean` writes.
fn is_clean_undo(a: &mut Cursor) -> bool {
    if a.is_seq(&["DROP", "CONSTRAINT"]) {
        return true;
    }
    if !a.eat(&["ALTER"]) {
        return false;
    }
    a.eat(&["COLUMN"]);
    a.identifier().is_ok() && a.is_seq(&["DROP", "DEFAULT"])
}

fn is_trigger_or_rule_switch(a: &Cursor) -> bool {
    (a.is_word(0, "ENABLE") || a.is_word(0, "DISABLE"))
        && [1, 2].iter().any(|&i| a.is_word(i, "TRIGGER") || a.is_word(i, "RULE"))
}

/// Unsupported if any action is, else modeled if any is, else the first ignore reason.
fn combine(outcomes: Vec<Outcome>) -> Outcome {
    if let Some(unsupported) = outcomes.iter().find(|o| matches!(o, Outcome::Unsupported(_))) {
        return unsupported.clone();
    }
    if outcomes.contains(&Outcome::Modeled) {
        return Outcome::Modeled;
    }
    outcomes.into_iter().next().unwrap_or(Outcome::Modeled)
}

fn storage(detail: &str) -> Extract<Outcome> {
    Ok(Outcome::Ignored(format!("physical storage detail: {detail}")))
}

fn action(a: &mut Cursor, table: &QualifiedName, location: Location, model: &mut Model) -> Extract<Outcome> {
    let Some(t) = model.table_mut(table) else {
        return Err(format!("the table {table} is not created before this statement"));
    };
    if a.eat(&["ADD"]) {
        if constraint::starts_here(a) {
            let constraint = constraint::table_constraint(a)?;
            constraint::add(model, table, constraint, location)?;
        } else {
            a.eat(&["COLUMN"]);
            let if_not_exists = a.eat(&["IF", "NOT", "EXISTS"]);
            let definition = column::column(a)?;
            if t.columns.iter().any(|c| c.name == definition.column.name) {
                return match if_not_exists {
                    true => Ok(Outcome::Ignored(format!("the column {} already exists", definition.column.name))),
                    false => Err(format!("the column {} already exists", definition.column.name)),
                };
            }
            let sequence = definition.identity_sequence(table, location)?;
            t.columns.push(definition.column);
            model.sequences.extend(sequence);
            for constraint in definition.constraints {
                constraint::add(model, table, constraint, location)?;
            }
        }
    } else if a.eat(&["ALTER"]) {
        a.eat(&["COLUMN"]);
        let column = a.identifier()?;
        return alter_column(a, table, &column, location, model);
    } else if a.eat(&["ENABLE", "ROW", "LEVEL", "SECURITY"]) {
        t.rls_enabled = true;
    } else if a.eat(&["DISABLE", "ROW", "LEVEL", "SECURITY"]) {
        t.rls_enabled = false;
    } else if a.eat(&["FORCE", "ROW", "LEVEL", "SECURITY"]) {
        t.rls_forced = true;
    } else if a.eat(&["NO", "FORCE", "ROW", "LEVEL", "SECURITY"]) {
        t.rls_forced = false;
    } else if a.eat(&["OWNER", "TO"]) {
        t.owner = Some(a.identifier()?);
    } else if a.eat(&["ATTACH", "PARTITION"]) {
        let child = a.qualified_name()?;
        let bound = partition_bound(a)?;
        let Some(child_table) = model.table_mut(&child) else {
            return Err(format!("the partition {child} is not created before this statement"));
        };
        child_table.partition_of = Some(table.clone());
        child_table.partition_bound = Some(bound);
    } else if a.eat(&["INHERIT"]) {
        t.inherits.push(a.qualified_name()?);
    } else if a.eat(&["NO", "INHERIT"]) {
        let parent = a.qualified_name()?;
        t.inherits.retain(|p| p != &parent);
    } else if a.eat(&["SET", "UNLOGGED"]) {
        t.unlogged = true;
    } else if a.eat(&["SET", "LOGGED"]) {
        t.unlogged = false;
    } else if a.eat(&["DROP", "CONSTRAINT"]) {
        let if_exists = a.eat(&["IF", "EXISTS"]);
        let name = a.identifier()?;
        if !a.eat(&["CASCADE"]) {
            a.eat(&["RESTRICT"]);
        }
        if !constraint::drop(model, table, &name) && !if_exists {
            return Err(format!("the table {table} has no constraint {name}"));
        }
    } else if a.eat(&["VALIDATE", "CONSTRAINT"]) {
        let name = a.identifier()?;
        validate(model, table, &name)?;
    } else if a.eat(&["CLUSTER", "ON"]) {
        a.identifier()?;
        return storage("the index the table is clustered on");
    } else if a.eat(&["SET", "WITHOUT", "CLUSTER"]) {
        return storage("clustering");
    } else if a.eat(&["REPLICA", "IDENTITY"]) {
        a.rest();
        return Ok(Outcome::Ignored("replication detail: replica identity".into()));
    } else if a.eat(&["SET", "TABLESPACE"]) || a.eat(&["SET", "ACCESS", "METHOD"]) {
        a.identifier()?;
        return storage("tablespace or access method");
    } else if (a.is_word(0, "SET") || a.is_word(0, "RESET")) && a.is_punct(1, "(") {
        a.advance();
        a.parenthesized()?;
        return storage("storage parameters");
    } else {
        return Err(format!("ALTER TABLE … {} is not modeled", a.rest()));
    }
    Ok(Outcome::Modeled)
}

fn alter_column(a: &mut Cursor, table: &QualifiedName, name: &str, location: Location, model: &mut Model) -> Extract<Outcome> {
    let column = column_mut(model, table, name)?;
    if a.eat(&["SET", "DEFAULT"]) {
        column.default = Some(a.take_until(|_| false)?.to_string());
    } else if a.eat(&["DROP", "DEFAULT"]) {
        column.default = None;
    } else if a.eat(&["SET", "NOT", "NULL"]) {
        column.nullable = false;
    } else if a.eat(&["DROP", "NOT", "NULL"]) {
        column.nullable = true;
    } else if a.eat(&["SET", "DATA", "TYPE"]) || a.eat(&["TYPE"]) {
        column.data_type = a.take_until(|a| a.is_word(0, "COLLATE") || a.is_word(0, "USING"))?.to_string();
        if a.eat(&["COLLATE"]) {
            column.collation = Some(a.take_until(|a| a.is_word(0, "USING"))?.to_string());
        }
        if a.eat(&["USING"]) {
            a.rest();
        }
    } else if a.eat(&["ADD", "GENERATED"]) {
        let identity = if a.eat(&["ALWAYS"]) {
            Identity::Always
        } else {
            a.expect(&["BY", "DEFAULT"])?;
            Identity::ByDefault
        };
        a.expect(&["AS", "IDENTITY"])?;
        column.identity = Some(identity);
        column.nullable = false;
        let options = if a.is_punct(0, "(") { a.parenthesized()? } else { "" };
        let sequence = column::identity_sequence(options, table, name, location)?;
        model.sequences.push(sequence);
    } else if a.eat(&["SET", "STATISTICS"]) {
        a.rest();
        return storage("column statistics target");
    } else if a.eat(&["SET", "STORAGE"]) || a.eat(&["SET", "COMPRESSION"]) {
        a.rest();
        return storage("column storage or compression");
    } else if (a.is_word(0, "SET") || a.is_word(0, "RESET")) && a.is_punct(1, "(") {
        a.advance();
        a.parenthesized()?;
        return storage("column options");
    } else {
        return Err(format!("ALTER COLUMN … {} is not modeled", a.rest()));
    }
    Ok(Outcome::Modeled)
}

fn column_mut<'m>(model: &'m mut Model, table: &QualifiedName, name: &str) -> Extract<&'m mut Column> {
    model
        .table_mut(table)
        .and_then(|t| t.columns.iter_mut().find(|c| c.name == name))
        .ok_or_else(|| format!("the table {table} has no column {name}"))
}

fn validate(model: &mut Model, table: &QualifiedName, name: &str) -> Extract<()> {
    let named = |n: &Option<String>| n.as_deref() == Some(name);
    if let Some(fk) = model.foreign_keys.iter_mut().find(|fk| &fk.table == table && named(&fk.name)) {
        fk.not_valid = false;
        return Ok(());
    }
    if let Some(check) = model.table_mut(table).and_then(|t| t.check_constraints.iter_mut().find(|c| named(&c.name))) {
        check.not_valid = false;
        return Ok(());
    }
    Err(format!("the table {table} has no constraint {name} to validate"))
}
