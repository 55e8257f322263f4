//! pg_dump's fixed statement forms for everything that is not a table, recognised from
//! tokens before any full parse: schemas, extensions, types and domains, views, functions
//! and procedures, triggers, policies, privileges, comments, `OWNER TO`, and the forms
//! pgcarve ignores with a reason. Most of them are forms sqlparser 0.63 rejects (trigger
//! arguments, named arguments in `GRANT … ON FUNCTION`, `OWNER TO` of types, `COMMENT ON
//! FUNCTION`, `ALTER DEFAULT PRIVILEGES`, `WITH NO DATA`); the rest pg_dump writes in one
//! fixed shape. A view's query still goes through sqlparser (`objects::reads`).
//!
//! Each extractor returns `None` when the text is not the shape it reads; the statement
//! then goes on to the full parse, which reports it as unsupported if nothing claims it.

mod comments;
mod functions;
mod ignored;
mod owner;
mod policies;
mod privileges;
pub mod scan;
mod schemas;
mod triggers;
mod types;
mod views;

use super::{Ctx, Outcome};
use crate::model::Model;

/// `Some` when this module owns the statement's form.
pub fn recognise(ctx: &Ctx, model: &mut Model) -> Option<Outcome> {
    let words = scan::leading_words(ctx.text, 6);
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    // `CREATE [OR REPLACE]` then the object kind.
    let created = match words.as_slice() {
        ["CREATE", "OR", "REPLACE", rest @ ..] | ["CREATE", rest @ ..] => Some(rest),
        _ => None,
    };
    let extracted = match (words.as_slice(), created) {
        (_, Some(["SCHEMA", ..])) => schemas::create_schema(ctx, model),
        (_, Some(["EXTENSION", ..])) => schemas::create_extension(ctx, model),
        (_, Some(["TYPE", ..])) => types::create_type(ctx, model),
        (_, Some(["DOMAIN", ..])) => types::create_domain(ctx, model),
        (_, Some(["VIEW" | "MATERIALIZED" | "RECURSIVE" | "TEMP" | "TEMPORARY", ..])) => views::create_view(ctx, model),
        (_, Some(["FUNCTION" | "PROCEDURE", ..])) => functions::create_function(ctx, model),
        (_, Some(["TRIGGER", ..] | ["CONSTRAINT", "TRIGGER", ..])) => triggers::create_trigger(ctx, model),
        (_, Some(["POLICY", ..])) => policies::create_policy(ctx, model),
        (["GRANT" | "REVOKE", ..], _) => privileges::grant_or_revoke(ctx, model),
        (["ALTER", "DEFAULT", "PRIVILEGES", ..], _) => privileges::alter_default_privileges(ctx, model),
        (["COMMENT", "ON", ..], _) => comments::comment_on(ctx, model),
        (["ALTER", "TYPE", ..], _) => types::alter_type_add_value(ctx, model),
        (["ALTER", "DOMAIN", ..], _) => types::alter_domain_add_check(ctx, model),
        _ => None,
    };
    extracted
        .or_else(|| ignored::reason(ctx.text))
        .or_else(|| if words.first() == Some(&"ALTER") { owner::alter_owner(ctx, model) } else { None })
}
