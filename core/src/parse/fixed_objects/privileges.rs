//! `GRANT privileges ON [kind] objects TO roles [WITH GRANT OPTION] [GRANTED BY r]`,
//! `REVOKE [GRANT OPTION FOR] privileges ON [kind] objects FROM roles [CASCADE|RESTRICT]`
//! and `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT|REVOKE …`, from tokens:
//! sqlparser rejects named arguments in `GRANT … ON FUNCTION f(p_id uuid)` and all of
//! `ALTER DEFAULT PRIVILEGES`. One [`Grant`] per object named.

use super::scan::{eat_phrase, at_end, group, role, role_list, squash_whitespace, take_until};
use crate::parse::cursor::non_empty_items;
use crate::model::{DefaultPrivilege, Grant, Model, ObjectKind};
use crate::parse::cursor::Cursor;
use crate::parse::{Ctx, Outcome};

/// A GRANT or REVOKE after its leading keyword, up to the grantees.
struct Clause {
    grant: bool,
    grant_option: bool,
    privileges: Vec<String>,
    kind_words: String,
    objects: Vec<String>,
    grantees: Vec<String>,
}

pub fn grant_or_revoke(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !has_on_clause(ctx.text) {
        return Some(Outcome::Ignored(
            "a role membership grant: roles are cluster-wide, not part of a dump's schema".into(),
        ));
    }
    let clause = clause(&mut tokens, false)?;
    let object_kind = object_kind(&clause.kind_words);
    for object in clause.objects {
        model.grants.push(Grant {
            grant: clause.grant,
            privileges: clause.privileges.clone(),
            object_kind,
            object,
            grantees: clause.grantees.clone(),
            with_grant_option: clause.grant_option,
            location: ctx.location,
        });
    }
    Some(Outcome::Modeled)
}

pub fn alter_default_privileges(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let mut tokens = Cursor::with_semicolon(ctx.text);
    if !tokens.eat_prefix(&["ALTER", "DEFAULT", "PRIVILEGES"]) {
        return None;
    }
    let (mut for_role, mut in_schema) = (None, None);
    loop {
        if tokens.eat(&["FOR"]) {
            if !(tokens.eat(&["ROLE"]) || tokens.eat(&["USER"])) {
                return None;
            }
            for_role = Some(role_list(&mut tokens)?.join(", "));
        } else if tokens.eat_prefix(&["IN", "SCHEMA"]) {
            let mut schemas = vec![tokens.identifier().ok()?];
            while tokens.is_punct(0, ",") {
                tokens.next_token();
                schemas.push(tokens.identifier().ok()?);
            }
            in_schema = Some(schemas.join(", "));
        } else {
            break;
        }
    }
    let clause = clause(&mut tokens, true)?;
    model.default_privileges.push(DefaultPrivilege {
        for_role,
        in_schema,
        grant: clause.grant,
        privileges: clause.privileges,
        object_kind: clause.kind_words,
        grantees: clause.grantees,
        with_grant_option: clause.grant_option,
        location: ctx.location,
    });
    Some(Outcome::Modeled)
}

/// `GRANT …` or `REVOKE …` from its first word to the end. With `default_privileges`, the
/// kind is the only thing after `ON` (`TABLES`, `FUNCTIONS`, …).
fn clause(tokens: &mut Cursor, default_privileges: bool) -> Option<Clause> {
    let grant = match tokens.next_upper()?.as_str() {
        "GRANT" => true,
        "REVOKE" => false,
        _ => return None,
    };
    let mut grant_option = !grant && tokens.eat_prefix(&["GRANT", "OPTION", "FOR"]);
    let privileges = non_empty_items(take_until(tokens, &["ON"])).into_iter().map(privilege).collect::<Option<_>>()?;
    if !tokens.eat(&["ON"]) {
        return None;
    }
    let (kind_words, objects) = if default_privileges {
        (tokens.next_upper()?, Vec::new())
    } else {
        let kind_words = kind_words(tokens);
        let objects = take_until(tokens, &[if grant { "TO" } else { "FROM" }]);
        // `ALL TABLES IN SCHEMA s`: the object is the whole phrase, not the schema.
        let prefix = if kind_words.starts_with("ALL ") { format!("{kind_words} ") } else { String::new() };
        let objects = non_empty_items(objects).into_iter().map(|o| format!("{prefix}{}", squash_whitespace(o))).collect();
        (kind_words, objects)
    };
    if !tokens.eat(&[if grant { "TO" } else { "FROM" }]) {
        return None;
    }
    let grantees = role_list(tokens)?;
    while !at_end(tokens) {
        if tokens.eat_prefix(&["WITH", "GRANT", "OPTION"]) {
            grant_option = true;
        } else if tokens.eat_prefix(&["GRANTED", "BY"]) {
            role(tokens)?;
        } else if !(tokens.eat(&["CASCADE"]) || tokens.eat(&["RESTRICT"])) {
            return None;
        }
    }
    Some(Clause { grant, grant_option, privileges, kind_words, objects, grantees })
}

/// `ALL PRIVILEGES` → `ALL`; `select` → `SELECT`; `UPDATE (a, b)` → `UPDATE(a, b)`.
fn privilege(text: &str) -> Option<String> {
    let mut tokens = Cursor::with_semicolon(text);
    let word = tokens.next_upper()?;
    tokens.eat(&["PRIVILEGES"]);
    let privilege = match group(&mut tokens) {
        Some(columns) => format!("{word}({})", squash_whitespace(columns)),
        None => word,
    };
    tokens.peek().is_none().then_some(privilege)
}

/// The object kind words after `ON`, upper case (empty when none: a table).
fn kind_words(tokens: &mut Cursor) -> String {
    const KINDS: &[&[&str]] = &[
        &["ALL", "TABLES", "IN", "SCHEMA"],
        &["ALL", "SEQUENCES", "IN", "SCHEMA"],
        &["ALL", "FUNCTIONS", "IN", "SCHEMA"],
        &["ALL", "PROCEDURES", "IN", "SCHEMA"],
        &["ALL", "ROUTINES", "IN", "SCHEMA"],
        &["FOREIGN", "DATA", "WRAPPER"],
        &["FOREIGN", "SERVER"],
        &["FOREIGN", "TABLE"],
        &["LARGE", "OBJECT"],
        &["TABLE"], &["SEQUENCE"], &["FUNCTION"], &["PROCEDURE"], &["ROUTINE"], &["SCHEMA"], &["TYPE"],
        &["DOMAIN"], &["DATABASE"], &["LANGUAGE"], &["TABLESPACE"], &["PARAMETER"],
    ];
    eat_phrase(tokens, KINDS).unwrap_or_default()
}

fn object_kind(kind_words: &str) -> ObjectKind {
    match kind_words {
        "" | "TABLE" | "FOREIGN TABLE" | "ALL TABLES IN SCHEMA" => ObjectKind::Table,
        "SEQUENCE" | "ALL SEQUENCES IN SCHEMA" => ObjectKind::Sequence,
        "FUNCTION" | "PROCEDURE" | "ROUTINE" | "ALL FUNCTIONS IN SCHEMA" | "ALL PROCEDURES IN SCHEMA"
        | "ALL ROUTINES IN SCHEMA" => ObjectKind::Function,
        "SCHEMA" => ObjectKind::Schema,
        "TYPE" | "DOMAIN" => ObjectKind::Type,
        "DATABASE" => ObjectKind::Database,
        _ => ObjectKind::Other,
    }
}

/// Whether an `ON` comes at parenthesis depth 0 (a privilege grant), rather than a role
/// membership grant (`GRANT admin TO alice`).
fn has_on_clause(text: &str) -> bool {
    let mut tokens = Cursor::with_semicolon(text);
    tokens.next_token();
    take_until(&mut tokens, &["ON"]);
    tokens.is_word(0, "ON")
}
