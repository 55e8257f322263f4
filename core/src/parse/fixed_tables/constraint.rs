//! Table constraints as pg_dump writes them, in `CREATE TABLE` and in
//! `ALTER TABLE … ADD [CONSTRAINT name] …`: primary key, unique, check and foreign key,
//! with their deferrability and `NOT VALID`; and adding one to the model.

use crate::parse::cursor::{Cursor, Extract};
use crate::model::{CheckConstraint, ForeignKey, KeyConstraint, Location, Model, QualifiedName, ReferentialAction};

/// One constraint, not yet attached to a table.
#[derive(Debug)]
pub enum Constraint {
    PrimaryKey(KeyConstraint),
    Unique(KeyConstraint),
    Check(CheckConstraint),
    /// `table` and `location` are filled in when it is added.
    ForeignKey(ForeignKey),
}

/// Does a table constraint start here (after an optional `CONSTRAINT name`)?
pub fn starts_here(c: &Cursor) -> bool {
    c.is_word(0, "CONSTRAINT")
        || c.is_word(0, "CHECK")
        || c.is_seq(&["PRIMARY", "KEY"])
        || c.is_word(0, "UNIQUE")
        || c.is_seq(&["FOREIGN", "KEY"])
        || (c.is_word(0, "EXCLUDE") && (c.is_word(1, "USING") || c.is_punct(1, "(")))
}

/// `[CONSTRAINT name] PRIMARY KEY (…) | UNIQUE … (…) | CHECK (…) | FOREIGN KEY (…) REFERENCES …`,
/// with the options that may follow. Consumes the rest of `c`.
pub fn table_constraint(c: &mut Cursor) -> Extract<Constraint> {
    let name = if c.eat(&["CONSTRAINT"]) { Some(c.identifier()?) } else { None };
    let definition_start = c.pos();
    let constraint = if c.eat(&["PRIMARY", "KEY"]) {
        let columns = c.identifier_list()?;
        key_options(c)?;
        Constraint::PrimaryKey(KeyConstraint { name, columns, definition: String::new() })
    } else if c.eat(&["UNIQUE"]) {
        if !c.eat(&["NULLS", "DISTINCT"]) {
            c.eat(&["NULLS", "NOT", "DISTINCT"]);
        }
        let columns = c.identifier_list()?;
        key_options(c)?;
        Constraint::Unique(KeyConstraint { name, columns, definition: String::new() })
    } else if c.eat(&["CHECK"]) {
        check_body(c, name)?
    } else if c.eat(&["FOREIGN", "KEY"]) {
        let columns = c.identifier_list()?;
        c.expect(&["REFERENCES"])?;
        references(c, name, columns)?
    } else if c.is_word(0, "EXCLUDE") {
        return Err("EXCLUDE constraints are not modeled yet".into());
    } else {
        return Err(format!("expected PRIMARY KEY, UNIQUE, CHECK or FOREIGN KEY {}", c.found()));
    };
    constraint_flags(c, constraint, definition_start)
}

/// `CHECK` already consumed: `(expr) [NO INHERIT]`.
pub fn check_body(c: &mut Cursor, name: Option<String>) -> Extract<Constraint> {
    let expression = c.parenthesized()?.to_string();
    c.eat(&["NO", "INHERIT"]);
    Ok(Constraint::Check(CheckConstraint { name, expression, not_valid: false }))
}

/// `REFERENCES` already consumed: `table [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …]`.
pub fn references(c: &mut Cursor, name: Option<String>, columns: Vec<String>) -> Extract<Constraint> {
    let ref_table = c.qualified_name()?;
    let ref_columns = if c.is_punct(0, "(") { c.identifier_list()? } else { Vec::new() };
    let mut fk = ForeignKey { name, columns, ref_table, ref_columns, ..ForeignKey::default() };
    loop {
        if c.eat(&["MATCH"]) {
            c.identifier()?;
        } else if c.eat(&["ON", "DELETE"]) {
            fk.on_delete = action(c)?;
            if c.is_punct(0, "(") {
                c.identifier_list()?; // ON DELETE SET NULL (cols), PostgreSQL 15
            }
        } else if c.eat(&["ON", "UPDATE"]) {
            fk.on_update = action(c)?;
        } else {
            return Ok(Constraint::ForeignKey(fk));
        }
    }
}

fn action(c: &mut Cursor) -> Extract<ReferentialAction> {
    let action = if c.eat(&["NO", "ACTION"]) {
        ReferentialAction::NoAction
    } else if c.eat(&["RESTRICT"]) {
        ReferentialAction::Restrict
    } else if c.eat(&["CASCADE"]) {
        ReferentialAction::Cascade
    } else if c.eat(&["SET", "NULL"]) {
        ReferentialAction::SetNull
    } else if c.eat(&["SET", "DEFAULT"]) {
        ReferentialAction::SetDefault
    } else {
        return Err(format!("expected a referential action {}", c.found()));
    };
    Ok(action)
}

/// `INCLUDE (…)`, `WITH (…)`, `USING INDEX TABLESPACE x` after a key's columns: details
/// of the index behind it, kept in the constraint's definition text.
fn key_options(c: &mut Cursor) -> Extract<()> {
    loop {
        if c.eat(&["INCLUDE"]) {
            c.identifier_list()?;
        } else if c.eat(&["WITH"]) {
            c.parenthesized()?;
        } else if c.eat(&["USING", "INDEX", "TABLESPACE"]) {
            c.identifier()?;
        } else {
            return Ok(());
        }
    }
}

/// `[NOT] DEFERRABLE`, `INITIALLY DEFERRED|IMMEDIATE`, `NOT VALID`, `NO INHERIT`, in any
/// order, then the end of the constraint.
fn constraint_flags(c: &mut Cursor, mut constraint: Constraint, definition_start: usize) -> Extract<Constraint> {
    let (mut deferrable, mut deferred, mut not_valid) = (false, false, false);
    loop {
        if c.eat(&["DEFERRABLE"]) {
            deferrable = true;
        } else if c.eat(&["NOT", "DEFERRABLE"]) {
            deferrable = false;
        } else if c.eat(&["INITIALLY", "DEFERRED"]) {
            deferred = true;
        } else if c.eat(&["INITIALLY", "IMMEDIATE"]) {
            deferred = false;
        } else if c.eat(&["NOT", "VALID"]) {
            not_valid = true;
        } else if c.eat(&["NO", "INHERIT"]) || c.eat(&["ENFORCED"]) {
        } else if c.at_end() {
            break;
        } else {
            return Err(format!("unexpected text after a constraint: `{}`", c.rest()));
        }
    }
    let definition = c.text_from(definition_start).to_string();
    match &mut constraint {
        Constraint::PrimaryKey(key) | Constraint::Unique(key) => {
            if not_valid {
                return Err("NOT VALID applies only to CHECK and FOREIGN KEY constraints".into());
            }
            key.definition = definition;
        }
        Constraint::Check(check) => check.not_valid = not_valid,
        Constraint::ForeignKey(fk) => {
            fk.deferrable = deferrable || deferred;
            fk.initially_deferred = deferred;
            fk.not_valid = not_valid;
        }
    }
    Ok(constraint)
}

/// Adds `constraint` to `table` (which must exist, except for a foreign key, which is
/// kept in `Model.foreign_keys`). Primary-key columns become NOT NULL, as in PostgreSQL.
pub fn add(model: &mut Model, table: &QualifiedName, constraint: Constraint, location: Location) -> Extract<()> {
    if let Constraint::ForeignKey(mut fk) = constraint {
        fk.table = table.clone();
        fk.location = location;
        model.foreign_keys.push(fk);
        return Ok(());
    }
    let Some(t) = model.table_mut(table) else {
        return Err(format!("the table {table} is not created before this statement"));
    };
    match constraint {
        Constraint::PrimaryKey(key) => {
            if t.primary_key.is_some() {
                return Err(format!("the table {table} already has a primary key"));
            }
            for column in t.columns.iter_mut().filter(|col| key.columns.contains(&col.name)) {
                column.nullable = false;
            }
            t.primary_key = Some(key);
        }
        Constraint::Unique(key) => t.unique_constraints.push(key),
        Constraint::Check(check) => t.check_constraints.push(check),
        Constraint::ForeignKey(_) => {}
    }
    Ok(())
}

/// Removes the constraint called `name` from `table`; false when there is none.
pub fn drop(model: &mut Model, table: &QualifiedName, name: &str) -> bool {
    let fks_before = model.foreign_keys.len();
    model.foreign_keys.retain(|fk| !(&fk.table == table && fk.name.as_deref() == Some(name)));
    let mut dropped = model.foreign_keys.len() != fks_before;
    if let Some(t) = model.table_mut(table) {
        if t.primary_key.as_ref().is_some_and(|pk| pk.name.as_deref() == Some(name)) {
            t.primary_key = None;
            dropped = true;
        }
        let before = t.unique_constraints.len() + t.check_constraints.len();
        t.unique_constraints.retain(|u| u.name.as_deref() != Some(name));
        t.check_constraints.retain(|ch| ch.name.as_deref() != Some(name));
        dropped |= before != t.unique_constraints.len() + t.check_constraints.len();
    }
    dropped
}
