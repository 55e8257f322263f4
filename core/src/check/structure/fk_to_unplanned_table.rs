//! # What it finds
//!
//! A table the plan moves that references (by foreign key) a table left behind in the
//! schema being carved up: one the plan does not place, or places where it already is.
//!
//! # Why it matters
//!
//! The key keeps working, but the new domain now depends on the crowded schema it was
//! carved out of: `public` cannot be emptied, locked down or dropped, and the domain
//! cannot be restored or split off without it. Usually the referenced table was simply
//! forgotten (a lookup table, a shared `users`).
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.countries (code text PRIMARY KEY);
//! CREATE TABLE public.orders (id bigint PRIMARY KEY, country text
//!     REFERENCES public.countries(code));
//! ```
//!
//! The plan moves `orders` to `sales` and does not place `countries`.
//!
//! # Fix
//!
//! Place the referenced table in a domain (with the table that references it, or in a
//! shared `ref` domain), or accept the dependency on the old schema knowingly.

use super::support::{carved_schemas, line, list};
use crate::check::{Check, Context, Finding, Severity};
use crate::model::{ForeignKey, QualifiedName};
use std::collections::BTreeMap;

pub(super) static CHECK: Check = Check {
    name: "fk-to-unplanned-table",
    severity: Severity::Warning,
    doc: include_str!("fk_to_unplanned_table.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let carved = carved_schemas(cx);
    // (referencing, referenced) → the foreign keys between them, in dump order.
    let mut pairs: BTreeMap<(&QualifiedName, &QualifiedName), Vec<&ForeignKey>> = BTreeMap::new();
    for fk in &cx.model.foreign_keys {
        let left_behind = !cx.moves(&fk.ref_table) && carved.contains(fk.ref_table.schema.as_str());
        if cx.moves(&fk.table) && left_behind && cx.table(&fk.ref_table).is_some() {
            pairs.entry((&fk.table, &fk.ref_table)).or_default().push(fk);
        }
    }
    let mut findings = Vec::new();
    for ((table, referenced), fks) in pairs {
        let domain = cx.target_schema(table);
        let names: Vec<String> = fks
            .iter()
            .map(|fk| fk.name.clone().unwrap_or_else(|| format!("({})", fk.columns.join(", "))))
            .collect();
        let how = match cx.plan.domain_of(referenced) {
            Some(_) => format!("which the plan keeps in {}", referenced.schema),
            None => format!("which the plan does not place (it stays in {})", referenced.schema),
        };
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: table.clone(),
            message: format!(
                "{table} moves to {domain} but references {referenced} ({}), {how}",
                list(&names, 3)
            ),
            help: format!(
                "place {referenced} in a domain ({domain}, or a shared one such as ref), or accept \
                 that {domain} depends on {}",
                referenced.schema
            ),
            line: fks.first().and_then(|fk| line(fk.location)),
            fix: None,
        });
    }
    findings
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.countries (code text PRIMARY KEY);
CREATE TABLE auth.users (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint PRIMARY KEY, country text, billing_country text, user_id bigint);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_billing_country_fkey FOREIGN KEY (billing_country) REFERENCES public.countries(code);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id);
";

    #[test]
    fn fires_when_a_moved_table_references_one_left_in_public() {
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "sales")]), @r"
            warning fk-to-unplanned-table public.orders:5 public.orders moves to sales but references public.countries (orders_country_fkey and orders_billing_country_fkey), which the plan does not place (it stays in public)
              help: place public.countries in a domain (sales, or a shared one such as ref), or accept that sales depends on public
            ");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "sales"), ("countries", "public")]), @r"
            warning fk-to-unplanned-table public.orders:5 public.orders moves to sales but references public.countries (orders_country_fkey and orders_billing_country_fkey), which the plan keeps in public
              help: place public.countries in a domain (sales, or a shared one such as ref), or accept that sales depends on public
            ");
    }

    #[test]
    fn quiet_when_the_referenced_table_moves_too_or_lives_in_an_uncarved_schema() {
        // auth is not being carved: auth.users staying in auth is not "left behind".
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "sales"), ("countries", "ref")]), @"");
        // Nothing moves: nothing is left behind.
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("orders", "public")]), @"");
    }
}
