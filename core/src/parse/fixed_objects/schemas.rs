//! `CREATE SCHEMA [IF NOT EXISTS] name [AUTHORIZATION role]` and
//! `CREATE EXTENSION [IF NOT EXISTS] name [WITH] [SCHEMA s] [VERSION v] [CASCADE]`.

use super::scan::at_end;
use crate::model::{Extension, Model, Schema};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

pub fn create_schema(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["CREATE", "SCHEMA"]) {
        return None;
    }
    tokens.eat_prefix(&["IF", "NOT", "EXISTS"]);
    let mut owner = None;
    let name = if tokens.eat(&["AUTHORIZATION"]) {
        // `CREATE SCHEMA AUTHORIZATION role`: the schema is named after the role.
        owner = Some(tokens.identifier().ok()?);
        owner.clone()?
    } else {
        tokens.identifier().ok()?
    };
    if tokens.eat(&["AUTHORIZATION"]) {
        owner = Some(tokens.identifier().ok()?);
    }
    if !at_end(&tokens) {
        // Schema elements (`CREATE SCHEMA s CREATE TABLE …`) are not a pg_dump form.
        return Some(Outcome::Unsupported("CREATE SCHEMA with schema elements is not supported".into()));
    }
    model.schemas.push(Schema { name, owner, location: ctx.location });
    Some(Outcome::Modeled)
}

pub fn create_extension(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["CREATE", "EXTENSION"]) {
        return None;
    }
    tokens.eat_prefix(&["IF", "NOT", "EXISTS"]);
    let name = tokens.identifier().ok()?;
    tokens.eat(&["WITH"]);
    let mut schema = None;
    while !at_end(&tokens) {
        if tokens.eat(&["SCHEMA"]) {
            schema = Some(tokens.identifier().ok()?);
        } else if tokens.eat(&["VERSION"]) || tokens.eat(&["FROM"]) {
            tokens.next_token()?;
        } else if !tokens.eat(&["CASCADE"]) {
            return None;
        }
    }
    model.extensions.push(Extension { name, schema, location: ctx.location });
    Some(Outcome::Modeled)
}
