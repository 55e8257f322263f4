//! A column definition: `name type [COLLATE c] [DEFAULT e] [NOT NULL | NULL]
//! [GENERATED …] [constraint…]`, options in any order (pg_dump writes `COLLATE` after
//! `NOT NULL` on some versions). Inline constraints come back as table constraints on
//! this one column.

use super::constraint::{self, Constraint};
use crate::parse::cursor::{Cursor, Extract};
use crate::model::{Column, Identity, KeyConstraint, Location, QualifiedName, Sequence};

/// A parsed column definition.
pub struct Definition<'a> {
    pub column: Column,
    /// Inline constraints, as table constraints on this column.
    pub constraints: Vec<Constraint>,
    /// The `( … )` after `AS IDENTITY` (empty when not written); `None` without identity.
    pub identity_options: Option<&'a str>,
}

impl Definition<'_> {
    /// The sequence behind an identity column, if this is one.
    pub fn identity_sequence(&self, table: &QualifiedName, location: Location) -> Extract<Option<Sequence>> {
        self.identity_options.map(|options| identity_sequence(options, table, &self.column.name, location)).transpose()
    }
}

/// Where a column's type or an option's expression ends.
fn at_option(c: &Cursor) -> bool {
    ["COLLATE", "DEFAULT", "CONSTRAINT", "GENERATED", "CHECK", "PRIMARY", "UNIQUE", "REFERENCES", "DEFERRABLE", "INITIALLY"]
        .iter()
        .any(|k| c.is_word(0, k))
        || (c.is_word(0, "NOT") && (c.is_word(1, "NULL") || c.is_word(1, "DEFERRABLE")))
        || (c.is_word(0, "NULL") && !(c.is_punct(1, ":") && c.is_punct(2, ":")))
}

/// One column definition (the whole of `c`). A column of a partition or typed table may
/// have no type (`id WITH OPTIONS NOT NULL`): then `data_type` is empty.
pub fn column<'a>(c: &mut Cursor<'a>) -> Extract<Definition<'a>> {
    let name = c.identifier()?;
    let mut column = Column { name: name.clone(), nullable: true, ..Column::default() };
    c.eat(&["WITH", "OPTIONS"]);
    if !c.at_end() && !at_option(c) {
        column.data_type = c.take_until(at_option)?.to_string();
    }
    let mut constraints = Vec::new();
    let mut constraint_name = None;
    let mut identity_options = None;
    while !c.at_end() {
        if c.eat(&["COLLATE"]) {
            column.collation = Some(c.take_until(at_option)?.to_string());
        } else if c.eat(&["DEFAULT"]) {
            column.default = Some(c.take_until(at_option)?.to_string());
        } else if c.eat(&["NOT", "NULL"]) {
            column.nullable = false;
        } else if c.eat(&["NULL"]) {
            column.nullable = true;
        } else if c.eat(&["CONSTRAINT"]) {
            constraint_name = Some(c.identifier()?);
            continue;
        } else if c.eat(&["GENERATED"]) {
            identity_options = generated(c, &mut column)?;
        } else if c.eat(&["CHECK"]) {
            constraints.push(constraint::check_body(c, constraint_name.take())?);
        } else if c.eat(&["PRIMARY", "KEY"]) {
            column.nullable = false;
            let key = KeyConstraint { name: constraint_name.take(), columns: vec![name.clone()], definition: "PRIMARY KEY".into() };
            constraints.push(Constraint::PrimaryKey(key));
        } else if c.eat(&["UNIQUE"]) {
            let mut definition = String::from("UNIQUE");
            if c.eat(&["NULLS", "NOT", "DISTINCT"]) {
                definition.push_str(" NULLS NOT DISTINCT");
            } else if c.eat(&["NULLS", "DISTINCT"]) {
                definition.push_str(" NULLS DISTINCT");
            }
            let key = KeyConstraint { name: constraint_name.take(), columns: vec![name.clone()], definition };
            constraints.push(Constraint::Unique(key));
        } else if c.eat(&["REFERENCES"]) {
            constraints.push(constraint::references(c, constraint_name.take(), vec![name.clone()])?);
        } else if c.is_word(0, "DEFERRABLE") || c.is_seq(&["NOT", "DEFERRABLE"]) || c.is_word(0, "INITIALLY") {
            deferrability(c, constraints.last_mut())?;
        } else {
            return Err(format!("unexpected `{}` in the definition of column {name}", c.text(0).unwrap_or("")));
        }
        constraint_name = None;
    }
    Ok(Definition { column, constraints, identity_options })
}

/// `GENERATED` already consumed: `ALWAYS AS (expr) STORED|VIRTUAL` or
/// `{ALWAYS | BY DEFAULT} AS IDENTITY [(sequence options)]`. Returns the identity's
/// sequence options.
fn generated<'a>(c: &mut Cursor<'a>, column: &mut Column) -> Extract<Option<&'a str>> {
    let identity = if c.eat(&["ALWAYS"]) {
        Identity::Always
    } else if c.eat(&["BY", "DEFAULT"]) {
        Identity::ByDefault
    } else {
        return Err(format!("expected ALWAYS or BY DEFAULT after GENERATED {}", c.found()));
    };
    c.expect(&["AS"])?;
    if c.eat(&["IDENTITY"]) {
        column.identity = Some(identity);
        column.nullable = false;
        return Ok(Some(if c.is_punct(0, "(") { c.parenthesized()? } else { "" }));
    }
    column.generated = Some(c.parenthesized()?.to_string());
    if !c.eat(&["STORED"]) {
        c.eat(&["VIRTUAL"]);
    }
    Ok(None)
}

/// The sequence behind an identity column: `SEQUENCE NAME s` among the options, else
/// PostgreSQL's default name `table_column_seq` in the table's schema.
pub fn identity_sequence(options: &str, table: &QualifiedName, column: &str, location: Location) -> Extract<Sequence> {
    let mut o = Cursor::new(options);
    let mut name = None;
    let mut data_type = None;
    while !o.at_end() {
        if o.eat(&["SEQUENCE", "NAME"]) {
            name = Some(o.qualified_name()?);
        } else if o.eat(&["AS"]) {
            data_type = Some(o.identifier()?);
        } else {
            o.advance();
        }
    }
    let name = name.unwrap_or_else(|| QualifiedName::new(&table.schema, format!("{}_{column}_seq", table.name)));
    Ok(Sequence { name, data_type, identity_of: Some((table.clone(), column.to_string())), location, ..Sequence::default() })
}

/// `DEFERRABLE` after an inline `REFERENCES`.
fn deferrability(c: &mut Cursor, last: Option<&mut Constraint>) -> Extract<()> {
    let Some(Constraint::ForeignKey(fk)) = last else {
        return Err("DEFERRABLE here is only modeled after an inline REFERENCES".into());
    };
    if c.eat(&["DEFERRABLE"]) {
        fk.deferrable = true;
    } else if c.eat(&["NOT", "DEFERRABLE"]) {
        fk.deferrable = false;
    } else if c.eat(&["INITIALLY", "DEFERRED"]) {
        fk.deferrable = true;
        fk.initially_deferred = true;
    } else {
        c.expect(&["INITIALLY", "IMMEDIATE"])?;
        fk.initially_deferred = false;
    }
    Ok(())
}
