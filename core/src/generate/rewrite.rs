//! Function bodies that name a moved table, sequence or type with its old schema
//! (`FROM public.orders`, `nextval('public.orders_id_seq')`) are rewritten to the new
//! schema in the domain's file, so they no longer depend on the compatibility views. A
//! pinned `search_path` cannot help them: the name is qualified.
//!
//! PL/pgSQL and string-bodied SQL functions only (SQL-standard bodies are stored parsed
//! and follow the objects). In SQL: the function's definition (`pg_get_functiondef`)
//! with each old qualified name replaced (`regexp_replace`, whole names only, bare or
//! quoted parts) is run again (`CREATE OR REPLACE` keeps the function's oid, owner,
//! privileges and settings); its original body is recorded first in `pgcarve.bodies`,
//! and rollback puts it back.

use super::quote::{ident, is_bare, literal};
use crate::model::{Function, Model, QualifiedName};

/// Functions of `model` whose bodies name one of `moved` (old name → new name) with
/// its old schema, and the names each one needs rewritten.
pub fn candidates<'m>(model: &'m Model, moved: &[(QualifiedName, QualifiedName)]) -> Vec<(&'m Function, Vec<(QualifiedName, QualifiedName)>)> {
    let mut out = Vec::new();
    for function in &model.functions {
        let language = function.language.to_ascii_lowercase();
        let text = function.body.trim_start().to_ascii_uppercase();
        let standard = language == "sql" && (text.starts_with("BEGIN") || text.starts_with("RETURN"));
        if !(language == "plpgsql" || language == "sql") || standard {
            continue;
        }
        let body = function.body.to_lowercase();
        let names: Vec<(QualifiedName, QualifiedName)> =
            moved.iter().filter(|(old, _)| mentions(&body, old)).cloned().collect();
        if !names.is_empty() {
            out.push((function, names));
        }
    }
    out
}

/// Whether the (lower-cased) body may name `old` qualified: a cheap test; the SQL's
/// pattern decides.
fn mentions(body: &str, old: &QualifiedName) -> bool {
    let (s, n) = (old.schema.to_lowercase(), old.name.to_lowercase());
    [format!("{s}.{n}"), format!("{s}.\"{n}\""), format!("\"{s}\".{n}"), format!("\"{s}\".\"{n}\"")]
        .iter()
        .any(|form| body.contains(form.as_str()))
}

/// The DO block that rewrites `function` (found by schema, name and identity arguments
/// `signature`, or by name when it has no overloads).
pub fn block(function: &Function, signature: &str, names: &[(QualifiedName, QualifiedName)]) -> String {
    let mut replace = String::new();
    for (old, new) in names {
        let (pattern, flags) = pattern(old);
        let replacement = format!("{}.{}", ident(&new.schema), ident(&new.name)).replace('\\', "\\\\");
        replace.push_str(&format!(
            "    def := regexp_replace(def, {}, {}, {});\n",
            literal(&pattern),
            literal(&replacement),
            literal(flags)
        ));
    }
    let body = format!(
        "
DECLARE
    f oid;
    def text;
BEGIN
    SELECT p.oid INTO f
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = {schema} AND p.proname = {name}
      AND (pg_get_function_identity_arguments(p.oid) = {signature}
           OR (SELECT count(*) FROM pg_proc q WHERE q.pronamespace = p.pronamespace AND q.proname = p.proname) = 1);
    IF f IS NULL THEN
        RAISE EXCEPTION 'pgcarve: function %.%(%) not found', {schema}, {name}, {signature};
    END IF;
    INSERT INTO pgcarve.bodies (fn, prosrc) SELECT oid, prosrc FROM pg_proc WHERE oid = f ON CONFLICT DO NOTHING;
    def := pg_get_functiondef(f);
{replace}    EXECUTE def;
END
",
        schema = literal(&function.name.schema),
        name = literal(&function.name.name),
        signature = literal(signature),
    );
    format!("DO {};\n", super::quote::dollar(&body))
}

/// A regular expression (PostgreSQL ARE) matching `old` qualified, as a whole name: each
/// part bare (when it can be) or quoted, and the flags (`gi` when both parts can be
/// bare, since bare names fold to lower case).
fn pattern(old: &QualifiedName) -> (String, &'static str) {
    let part = |name: &str| {
        let quoted = format!("\"{}\"", escape(&name.replace('"', "\"\"")));
        if is_bare(name) || is_bare_word(name) { format!("(?:{}|{quoted})", escape(name)) } else { quoted }
    };
    let flags = if is_bare_word(&old.schema) && is_bare_word(&old.name) { "gi" } else { "g" };
    (format!("(?<![\\w$.\"]){}\\s*\\.\\s*{}(?![\\w$\"])", part(&old.schema), part(&old.name)), flags)
}

/// Lower-case ASCII letters, digits and `_` (a keyword too: `public.user` is valid SQL
/// after a dot only when quoted, but a body may still write it).
fn is_bare_word(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

/// ASCII punctuation escaped for an ARE; letters, digits and non-ASCII as they are.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_punctuation() && c != '_' {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_whole_names() {
        let (p, flags) = pattern(&QualifiedName::new("public", "orders"));
        assert_eq!(p, "(?<![\\w$.\"])(?:public|\"public\")\\s*\\.\\s*(?:orders|\"orders\")(?![\\w$\"])");
        assert_eq!(flags, "gi");
        let (p, flags) = pattern(&QualifiedName::new("public", "Order Lines"));
        assert!(p.ends_with("\"Order Lines\"(?![\\w$\"])"), "{p}");
        assert_eq!(flags, "g");
    }

    #[test]
    fn candidates_are_plpgsql_and_sql_string_bodies() {
        let model = crate::parse(
            "CREATE TABLE public.orders (id int);
             CREATE FUNCTION public.a() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM public.orders $$;
             CREATE FUNCTION public.b() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM public.orders; END;
             CREATE FUNCTION public.c() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM orders $$;",
        )
        .model;
        let moved = [(QualifiedName::new("public", "orders"), QualifiedName::new("sales", "orders"))];
        let names: Vec<&str> = candidates(&model, &moved).iter().map(|(f, _)| f.name.name.as_str()).collect();
        assert_eq!(names, ["a"]);
    }
}
