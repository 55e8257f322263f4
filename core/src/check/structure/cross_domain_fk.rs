//! # What it finds
//!
//! Every foreign key whose two tables land in different domains (target schemas) after
//! the plan: the inventory of what ties the domains together.
//!
//! # Why it matters
//!
//! A foreign key keeps working across schemas: PostgreSQL stores it by table, not by
//! name, so `ALTER TABLE … SET SCHEMA` does not break it. But each one is a contract
//! between two domains: a row in one cannot be deleted without looking at the other, the
//! two domains must be restored together, and neither can move to another database
//! alone. The list is what the architect signs off.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.users (id bigint PRIMARY KEY);
//! CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id bigint);
//! ALTER TABLE ONLY public.orders
//!     ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
//! ```
//!
//! With `users → users` and `orders → sales`, `orders_user_id_fkey` runs from domain
//! `sales` to domain `users`.
//!
//! # Fix
//!
//! Nothing to fix: review the list. If two domains share many foreign keys, they may be
//! one domain; a key that only records who did something (`created_by`) can stay.

use super::support::{describe_fk, line};
use crate::check::{Check, Context, Finding, Severity};

pub(super) static CHECK: Check = Check {
    name: "cross-domain-fk",
    severity: Severity::Info,
    doc: include_str!("cross_domain_fk.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for fk in &cx.model.foreign_keys {
        if cx.plan.domain_of(&fk.table).is_none() && cx.plan.domain_of(&fk.ref_table).is_none() {
            continue;
        }
        let (from, to) = (cx.target_schema(&fk.table), cx.target_schema(&fk.ref_table));
        if from == to {
            continue;
        }
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: fk.table.clone(),
            message: format!("foreign key {} runs from domain {from} to domain {to}", describe_fk(fk)),
            help: format!(
                "it keeps working after the move; it ties {from} to {to} (restore, delete and \
                 split them together), so keep it only if {from} really depends on {to}"
            ),
            line: line(fk.location),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.users (id bigint PRIMARY KEY);
CREATE TABLE public.orders (id bigint PRIMARY KEY, user_id bigint, parent_id bigint);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_parent_fkey FOREIGN KEY (parent_id) REFERENCES public.orders(id);
";

    #[test]
    fn fires_on_a_key_between_two_domains() {
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("users", "users"), ("orders", "sales")]), @r"
            info cross-domain-fk public.orders:4 foreign key orders_user_id_fkey (public.orders(user_id) → public.users) runs from domain sales to domain users
              help: it keeps working after the move; it ties sales to users (restore, delete and split them together), so keep it only if sales really depends on users
            ");
    }

    #[test]
    fn quiet_inside_one_domain_and_when_nothing_is_planned() {
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("users", "sales"), ("orders", "sales")]), @"");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[]), @"");
    }
}
