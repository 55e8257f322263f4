//! # What it finds
//!
//! A `SECURITY DEFINER` function or procedure without a fixed `search_path` (no `SET
//! search_path` clause), in a schema that holds tables the plan places. C and internal
//! functions resolve no names and are left out.
//!
//! # Why it matters
//!
//! A `SECURITY DEFINER` function runs with its owner's rights but, without its own
//! `search_path`, resolves every unqualified name — tables, functions, operators — through
//! the *caller's* `search_path`. A caller who can create objects in a schema that comes
//! first on their path (or in `pg_temp`, searched first for relations unless listed)
//! can make it use their table or function and run their code as the owner. Moving tables
//! makes it worse: its unqualified table names stop resolving where the caller's path
//! does not include the new schemas.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.org_memberships (user_id uuid, organization_id uuid);
//! CREATE FUNCTION public.is_org_member(p_org uuid) RETURNS boolean
//!     LANGUAGE sql STABLE SECURITY DEFINER
//!     AS $$ SELECT EXISTS (SELECT 1 FROM org_memberships WHERE organization_id = p_org) $$;
//! ```
//!
//! The plan moves `org_memberships` to `organizations`.
//!
//! # Fix
//!
//! Pin the path: the new schemas of the tables its body names, its own schema, `public`,
//! the schemas extensions live in, and `pg_temp` last: `ALTER FUNCTION
//! public.is_org_member(p_org uuid) SET search_path = organizations, public, pg_temp`.
//! The generator does this unless the plan's `function_search_path` fix is off.

use super::sql::{ident, line, list};
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::{Function, QualifiedName};
use crate::parse::lexer::{Lexer, TokenKind};
use std::collections::BTreeSet;

pub(super) static CHECK: Check = Check {
    name: "security-definer-search-path",
    severity: Severity::Warning,
    doc: include_str!("security_definer_search_path.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let planned: BTreeSet<&str> = cx.plan.assignments.iter().map(|a| a.table.schema.as_str()).collect();
    let mut findings: Vec<Finding> = cx
        .model
        .functions
        .iter()
        .filter(|f| f.security_definer && f.search_path.is_none() && planned.contains(f.name.schema.as_str()))
        .filter(|f| !matches!(f.language.to_ascii_lowercase().as_str(), "c" | "internal"))
        .map(|f| finding(cx, f))
        .collect();
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// The table an unqualified mention means today: in the function's schema, else `public`.
fn resolve(cx: &Context, function: &Function, name: &str) -> Option<QualifiedName> {
    [function.name.schema.as_str(), "public"]
        .into_iter()
        .map(|schema| QualifiedName::new(schema, name))
        .find(|q| cx.table(q).is_some())
}

/// The `search_path` to pin: new schemas of the tables the body names unqualified (in
/// order of mention), the function's schema, `public`, extension schemas, `pg_temp`.
pub fn pinned_path(cx: &Context, function: &Function) -> (Vec<String>, Vec<String>) {
    let mut path: Vec<String> = Vec::new();
    let mut moved = Vec::new();
    for mention in function.mentions.iter().filter(|m| m.schema.is_none()) {
        let Some(table) = resolve(cx, function, &mention.name) else { continue };
        if cx.moves(&table) {
            let target = cx.target_schema(&table).to_string();
            moved.push(format!("{} (moving to {target})", mention.name));
            if !path.contains(&target) {
                path.push(target);
            }
        }
    }
    let extensions: BTreeSet<&str> = cx
        .model
        .extensions
        .iter()
        .filter_map(|e| e.schema.as_deref())
        .filter(|s| *s != "pg_catalog")
        .collect();
    let today = [function.name.schema.as_str(), "public"].into_iter().chain(extensions).chain(["pg_temp"]);
    for schema in today {
        if !path.iter().any(|p| p == schema) {
            path.push(schema.to_string());
        }
    }
    moved.dedup();
    (path, moved)
}

fn finding(cx: &Context, function: &Function) -> Finding {
    let kind = if function.procedure { "procedure" } else { "function" };
    let arguments = signature(&function.arguments);
    let (path, moved) = pinned_path(cx, function);
    let after_move = if moved.is_empty() {
        String::new()
    } else {
        format!("; after the move its unqualified {} will not be found on the callers' path either", list(&moved, 3))
    };
    let rendered: Vec<String> = path.iter().map(|s| ident(s)).collect();
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: function.name.clone(),
        message: format!(
            "SECURITY DEFINER {kind} {}({arguments}) has no fixed search_path: it runs with its owner's rights \
             but resolves unqualified names through the caller's search_path, so a caller who can create \
             objects in a schema searched first can have it run their code as the owner{after_move}",
            function.name
        ),
        help: format!(
            "ALTER {} {}({arguments}) SET search_path = {} (pg_temp last, so temporary objects cannot shadow \
             anything), or qualify every name in the body and SET search_path = ''",
            kind.to_ascii_uppercase(),
            super::sql::qualified(&function.name),
            rendered.join(", ")
        ),
        line: line(function.location),
        fix: Some(Fix::PinSearchPath { function: function.name.clone(), arguments, search_path: path }),
    }
}

/// The argument list as `ALTER FUNCTION` takes it: `DEFAULT …` and `= …` removed.
pub fn signature(arguments: &str) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut skipping = false;
    for token in Lexer::new(arguments) {
        let text = token.text(arguments);
        match (token.kind, text) {
            (TokenKind::Punct, "(") => depth += 1,
            (TokenKind::Punct, ")") => depth = depth.saturating_sub(1),
            (TokenKind::Punct, ",") if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                skipping = false;
                continue;
            }
            (TokenKind::Punct, "=") if depth == 0 => skipping = true,
            (TokenKind::Word, word) if depth == 0 && word.eq_ignore_ascii_case("default") => skipping = true,
            _ => {}
        }
        if !skipping {
            current.push_str(text);
        }
    }
    parts.push(current);
    parts.iter().map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;
    use super::{signature, CHECK};

    const SQL: &str = "
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE TABLE public.org_memberships (user_id uuid, organization_id uuid);
CREATE FUNCTION public.is_org_member(p_org uuid, p_role text DEFAULT 'a, b'::text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    AS $$ SELECT EXISTS (SELECT 1 FROM org_memberships WHERE organization_id = p_org) $$;
CREATE FUNCTION public.pinned() RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'public', 'pg_temp'
    AS $$ SELECT true $$;
CREATE FUNCTION public.invoker() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT count(*) FROM org_memberships $$;
CREATE FUNCTION other.definer() RETURNS int
    LANGUAGE sql SECURITY DEFINER
    AS $$ SELECT 1 $$;
CREATE FUNCTION public.native(integer) RETURNS integer
    LANGUAGE c SECURITY DEFINER
    AS '$libdir/native', 'native';
";

    #[test]
    fn fires_on_definer_functions_without_a_path() {
        insta::assert_snapshot!(run(&CHECK, SQL, &[("org_memberships", "organizations")]));
    }

    #[test]
    fn quiet_for_pinned_invoker_and_out_of_plan_functions() {
        let sql = SQL.replace("CREATE FUNCTION public.is_org_member", "CREATE FUNCTION other.is_org_member");
        let (model, _) = crate::check::testing::plan(&sql, &[], Default::default());
        assert!(model.functions.iter().any(|f| f.name.name == "native" && f.language == "c" && f.security_definer));
        insta::assert_snapshot!(run(&CHECK, &sql, &[("org_memberships", "organizations")]), @"");
    }

    #[test]
    fn signatures_drop_defaults() {
        assert_eq!(signature("p_org uuid, p_role text DEFAULT 'a, b'::text"), "p_org uuid, p_role text");
        assert_eq!(signature("a numeric(10,2) = 1, OUT b int"), "a numeric(10,2), OUT b int");
        assert_eq!(signature(""), "");
    }
}
