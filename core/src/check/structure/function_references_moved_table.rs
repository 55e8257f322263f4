//! # What it finds
//!
//! A function, procedure or trigger function whose body mentions a table (or a sequence
//! that moves with one) that the plan moves, either unqualified (`FROM orders`) while its
//! `search_path` does not lead to the new schema, or qualified with the old schema (`FROM
//! public.orders`). The subject is the function.
//!
//! An unqualified name is looked up along the function's own `SET search_path` when it
//! has one; without one, the caller's path decides, taken here as the function's schema
//! and `public` (where the dump's unqualified names resolve today), else the one schema
//! that has a relation of that name. Names in dynamic SQL strings (`EXECUTE 'DELETE FROM
//! orders …'`) count; names assembled at run time (`format('%I', …)`) are not seen, and a
//! CTE named like a table is taken for the table.
//!
//! # Why it matters
//!
//! PostgreSQL stores a PL/pgSQL or string-bodied SQL function as text and resolves its
//! names when it runs, so `ALTER TABLE … SET SCHEMA` moves the table and the function
//! keeps looking for it where it was. While the migration's compatibility view stands
//! under the old name, the body reaches the table through it (`TRUNCATE` and `COPY …
//! FROM` fail on a view); once the views are dropped, the next call fails with `relation
//! "orders" does not exist`. A moved sequence has no compatibility view:
//! `nextval('public.orders_id_seq')` fails at once. Trigger functions fail inside the
//! writes that fire them. Views, materialized views, column defaults, foreign keys,
//! policies and SQL-standard bodies (`BEGIN ATOMIC … END`, `RETURN …`) do *not* break:
//! PostgreSQL stores them parsed, by object id, and they follow the table.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric);
//! CREATE FUNCTION public.order_total(p_id bigint) RETURNS numeric
//!     LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT total FROM orders WHERE id = p_id); END $$;
//! ```
//!
//! The plan moves `orders` to `sales`.
//!
//! # Fix
//!
//! Pin the function's `search_path` to the new schemas, then the path it uses today, so
//! that every other name the body uses (functions, types, tables that stay) still
//! resolves: its own pinned path, or its schema, `public`, the extensions' schemas and
//! `pg_temp` last (`ALTER FUNCTION public.order_total(bigint) SET search_path = sales,
//! public, pg_temp`). The generator does this unless the plan's `function_search_path`
//! fix is off. Names qualified with the old schema, moved sequences included, have to be
//! rewritten in the body (`CREATE OR REPLACE FUNCTION`): the generated migration does it
//! and its rollback restores the original body.

use super::search_path;
use super::support::{follower_schema, line, list};
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::{Function, Mention, QualifiedName};
use crate::plan::FollowerKind;
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "function-references-moved-table",
    severity: Severity::Error,
    doc: include_str!("function_references_moved_table.rs"),
    run,
};

/// A relation a body can mention: where it is and where it will be.
struct Place<'a> {
    schema: &'a str,
    after: &'a str,
    sequence: bool,
}

/// A mention that breaks.
struct Broken<'a> {
    mention: &'a Mention,
    /// The relation it means today.
    target: QualifiedName,
    /// Its schema after the plan.
    after: String,
    /// A sequence (no compatibility view stands in for it).
    sequence: bool,
}

fn run(cx: &Context) -> Vec<Finding> {
    let places = places(cx);
    let after: BTreeSet<(&str, &str)> =
        places.iter().flat_map(|(name, list)| list.iter().map(move |p| (p.after, *name))).collect();
    let mut triggers: BTreeMap<&QualifiedName, Vec<String>> = BTreeMap::new();
    for trigger in &cx.model.triggers {
        triggers.entry(&trigger.function).or_default().push(format!("{} on {}", trigger.name, trigger.table));
    }
    let mut findings = Vec::new();
    for function in &cx.model.functions {
        if parsed_body(function) || function.mentions.is_empty() {
            continue;
        }
        let pinned = function.search_path.as_deref().and_then(search_path::schemas);
        let broken = broken_mentions(function, pinned.as_deref(), &places, &after);
        if broken.is_empty() {
            continue;
        }
        findings.push(finding(cx, function, pinned.as_deref(), &broken, triggers.get(&function.name)));
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// Name → every table, view and sequence of that name, with its schema after the plan.
fn places<'a>(cx: &'a Context) -> BTreeMap<&'a str, Vec<Place<'a>>> {
    let mut places: BTreeMap<&str, Vec<Place>> = BTreeMap::new();
    for table in &cx.model.tables {
        let place = Place { schema: &table.name.schema, after: cx.target_schema(&table.name), sequence: false };
        places.entry(&table.name.name).or_default().push(place);
    }
    for view in &cx.model.views {
        let place = Place { schema: &view.name.schema, after: &view.name.schema, sequence: false };
        places.entry(&view.name.name).or_default().push(place);
    }
    for sequence in &cx.model.sequences {
        let after = follower_schema(cx, FollowerKind::Sequence, &sequence.name);
        places.entry(&sequence.name.name).or_default().push(Place { schema: &sequence.name.schema, after, sequence: true });
    }
    places
}

/// A SQL-standard body (`BEGIN ATOMIC`, `RETURN`) is stored parsed and follows the tables;
/// C and internal functions have no SQL body.
fn parsed_body(function: &Function) -> bool {
    let body = function.body.trim_start().to_ascii_uppercase();
    let standard = function.language == "sql" && (body.starts_with("BEGIN") || body.starts_with("RETURN"));
    standard || function.language == "c" || function.language == "internal"
}

/// The mentions of `function` that no longer find their relation after the plan.
fn broken_mentions<'f>(
    function: &'f Function,
    pinned: Option<&[String]>,
    places: &BTreeMap<&str, Vec<Place>>,
    after: &BTreeSet<(&str, &str)>,
) -> Vec<Broken<'f>> {
    let unpinned_path = [function.name.schema.clone(), "public".to_string()];
    let path: Vec<&String> = pinned.unwrap_or(&unpinned_path).iter().filter(|s| search_path::holds_tables(s)).collect();
    let mut broken = Vec::new();
    for mention in &function.mentions {
        let Some(candidates) = places.get(mention.name.as_str()) else { continue };
        let place = match &mention.schema {
            Some(schema) => candidates.iter().find(|p| p.schema == schema),
            None => {
                let on_path = path.iter().find_map(|s| candidates.iter().find(|p| p.schema == s.as_str()));
                // Without a pinned path, a name only one schema has is that one.
                let only = match (pinned, candidates.as_slice()) {
                    (None, [one]) => Some(one),
                    _ => None,
                };
                on_path.or(only)
            }
        };
        let Some(place) = place.filter(|p| p.after != p.schema) else { continue };
        let still_found = mention.schema.is_none()
            && pinned.is_some()
            && path.iter().find(|s| after.contains(&(s.as_str(), mention.name.as_str()))).map(|s| s.as_str())
                == Some(place.after);
        if !still_found {
            let target = QualifiedName::new(place.schema, mention.name.clone());
            broken.push(Broken { mention, target, after: place.after.to_string(), sequence: place.sequence });
        }
    }
    broken
}

fn finding(cx: &Context, function: &Function, pinned: Option<&[String]>, broken: &[Broken], triggers: Option<&Vec<String>>) -> Finding {
    let kind = if function.procedure { "procedure" } else { "function" };
    let arguments = signature(&function.arguments);
    let described: Vec<String> = broken
        .iter()
        .map(|b| match &b.mention.schema {
            Some(schema) => format!("{schema}.{} (moving to {})", b.mention.name, b.after),
            None => format!("{} unqualified (it means {}, moving to {})", b.mention.name, b.target, b.after),
        })
        .collect();
    let role = match triggers {
        Some(list_of) => format!(" (trigger function of {})", list(list_of, 3)),
        None => String::new(),
    };
    let written = |b: &Broken| match b.mention {
        Mention { schema: Some(schema), name } => format!("{schema}.{name}"),
        Mention { schema: None, name } => name.clone(),
    };
    let outcome = match (broken.iter().find(|b| b.sequence), broken.first()) {
        (Some(sequence), _) => format!("fails with relation \"{}\" does not exist (a sequence gets no compatibility view)", written(sequence)),
        (None, Some(first)) => format!(
            "finds {} only as the compatibility view left under that name (TRUNCATE and COPY FROM fail \
             on it), and fails with relation \"{}\" does not exist once that view is dropped",
            first.target,
            written(first)
        ),
        (None, None) => String::new(),
    };
    let message = format!(
        "{kind} {}({arguments}){role} mentions {}; its body is resolved by name when it runs, so after \
         the move it {outcome}",
        function.name,
        list(&described, 4)
    );
    // New schemas first (in order of mention), then the path the body uses today.
    let mut path: Vec<String> = Vec::new();
    for b in broken.iter().filter(|b| b.mention.schema.is_none()) {
        if !path.contains(&b.after) {
            path.push(b.after.clone());
        }
    }
    let fix = (!path.is_empty()).then(|| {
        let today = match pinned {
            Some(list) => list.to_vec(),
            None => callers_path(cx, function),
        };
        for schema in today {
            if !path.contains(&schema) {
                path.push(schema);
            }
        }
        Fix::PinSearchPath { function: function.name.clone(), arguments: arguments.clone(), search_path: path.clone() }
    });
    let mut help = Vec::new();
    if fix.is_some() {
        help.push(format!(
            "pin its search_path: ALTER {} {}({arguments}) SET search_path = {}",
            kind.to_ascii_uppercase(),
            function.name,
            search_path::render(&path)
        ));
    }
    let qualified: Vec<String> = broken
        .iter()
        .filter(|b| b.mention.schema.is_some())
        .map(|b| format!("{} as {}.{}", b.target, b.after, b.mention.name))
        .collect();
    if !qualified.is_empty() {
        help.push(format!(
            "rewrite {} in its body (CREATE OR REPLACE {}; the generated migration does)",
            list(&qualified, 4),
            kind.to_ascii_uppercase()
        ));
    }
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: function.name.clone(),
        message,
        help: help.join("; "),
        line: line(function.location),
        fix,
    }
}

/// What an unpinned body sees today, as a pinned path: its schema, `public`, the schemas
/// of extensions (callers usually search them), `pg_temp` last (so temporary objects
/// shadow nothing). The same path `security-definer-search-path` pins.
fn callers_path(cx: &Context, function: &Function) -> Vec<String> {
    let extensions = cx.model.extensions.iter().filter_map(|e| e.schema.as_deref()).filter(|s| *s != "pg_catalog");
    let mut path: Vec<String> = Vec::new();
    for schema in [function.name.schema.as_str(), "public"].into_iter().chain(extensions.collect::<BTreeSet<_>>()).chain(["pg_temp"]) {
        if !path.iter().any(|p| p == schema) {
            path.push(schema.to_string());
        }
    }
    path
}

/// The argument list as `ALTER FUNCTION` takes it: defaults removed.
fn signature(arguments: &str) -> String {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut current = String::new();
    for c in arguments.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(c);
    }
    parts.push(current);
    let cut = |part: &str| -> String {
        let upper = part.to_ascii_uppercase();
        let end = [upper.find(" DEFAULT "), upper.find(" = ")].into_iter().flatten().min().unwrap_or(part.len());
        part[..end].trim().to_string()
    };
    parts.iter().map(|p| cut(p)).filter(|p| !p.is_empty()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::{signature, CHECK};

    const SQL: &str = "
CREATE TABLE public.orders (id bigint NOT NULL, total numeric);
CREATE SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
CREATE TABLE public.users (id bigint);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE FUNCTION public.order_total(p_id bigint, p_rate numeric DEFAULT 1) RETURNS numeric
    LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT total FROM orders WHERE id = p_id) * p_rate; END $$;
CREATE FUNCTION public.next_order() RETURNS bigint
    LANGUAGE sql AS $$ SELECT nextval('public.orders_id_seq') $$;
CREATE FUNCTION public.audit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path TO 'public', 'pg_temp'
    AS $$ BEGIN INSERT INTO orders (id) VALUES (NEW.id); RETURN NEW; END $$;
CREATE TRIGGER users_audit AFTER INSERT ON public.users FOR EACH ROW EXECUTE FUNCTION public.audit();
CREATE PROCEDURE public.purge() LANGUAGE plpgsql AS $$ BEGIN DELETE FROM public.orders; END $$;
";

    /// Pinned to the new schema, an SQL-standard body, a view: nothing breaks.
    const SAFE: &str = "
CREATE TABLE public.orders (id bigint NOT NULL, total numeric);
CREATE TABLE public.users (id bigint);
CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;
CREATE FUNCTION public.pinned() RETURNS bigint
    LANGUAGE plpgsql SET search_path TO 'sales', 'public' AS $$ BEGIN RETURN (SELECT count(*) FROM orders); END $$;
CREATE FUNCTION public.standard() RETURNS bigint LANGUAGE sql
    BEGIN ATOMIC SELECT count(*) FROM public.orders; END;
CREATE FUNCTION public.via_view() RETURNS numeric
    LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT sum(total) FROM order_totals JOIN users ON true); END $$;
";

    #[test]
    fn fires_on_unqualified_and_old_schema_mentions_of_moved_tables() {
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "sales")]), @r#"
            error function-references-moved-table public.audit:10 function public.audit() (trigger function of users_audit on public.users) mentions orders unqualified (it means public.orders, moving to sales); its body is resolved by name when it runs, so after the move it finds public.orders only as the compatibility view left under that name (TRUNCATE and COPY FROM fail on it), and fails with relation "orders" does not exist once that view is dropped
              help: pin its search_path: ALTER FUNCTION public.audit() SET search_path = sales, public, pg_temp
              fix: {"kind":"pin_search_path","function":{"schema":"public","name":"audit"},"arguments":"","search_path":["sales","public","pg_temp"]}
            error function-references-moved-table public.next_order:8 function public.next_order() mentions public.orders_id_seq (moving to sales); its body is resolved by name when it runs, so after the move it fails with relation "public.orders_id_seq" does not exist (a sequence gets no compatibility view)
              help: rewrite public.orders_id_seq as sales.orders_id_seq in its body (CREATE OR REPLACE FUNCTION; the generated migration does)
            error function-references-moved-table public.order_total:6 function public.order_total(p_id bigint, p_rate numeric) mentions orders unqualified (it means public.orders, moving to sales); its body is resolved by name when it runs, so after the move it finds public.orders only as the compatibility view left under that name (TRUNCATE and COPY FROM fail on it), and fails with relation "orders" does not exist once that view is dropped
              help: pin its search_path: ALTER FUNCTION public.order_total(p_id bigint, p_rate numeric) SET search_path = sales, public, pg_temp
              fix: {"kind":"pin_search_path","function":{"schema":"public","name":"order_total"},"arguments":"p_id bigint, p_rate numeric","search_path":["sales","public","pg_temp"]}
            error function-references-moved-table public.purge:14 procedure public.purge() mentions public.orders (moving to sales); its body is resolved by name when it runs, so after the move it finds public.orders only as the compatibility view left under that name (TRUNCATE and COPY FROM fail on it), and fails with relation "public.orders" does not exist once that view is dropped
              help: rewrite public.orders as sales.orders in its body (CREATE OR REPLACE PROCEDURE; the generated migration does)
            "#);
    }

    #[test]
    fn quiet_when_the_path_leads_to_the_new_schema_the_body_is_parsed_or_a_view_reads_it() {
        insta::assert_snapshot!(run_only(&CHECK, SAFE, &[("orders", "sales")]), @"");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "public"), ("users", "people")]), @"");
    }

    #[test]
    fn arguments_lose_their_defaults() {
        assert_eq!(signature("p_id bigint, p_rate numeric DEFAULT 1"), "p_id bigint, p_rate numeric");
        assert_eq!(signature("a numeric(10,2) = 0, VARIADIC b text[]"), "a numeric(10,2), VARIADIC b text[]");
        assert_eq!(signature(""), "");
    }
}
