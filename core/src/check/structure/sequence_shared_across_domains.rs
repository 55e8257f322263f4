//! # What it finds
//!
//! A sequence that is not owned by one column (`OWNED BY`, identity) and whose
//! `nextval(…)` defaults are in tables the plan puts in different domains. The plan
//! leaves it where it is.
//!
//! # Why it matters
//!
//! The defaults keep working (`nextval('s'::regclass)` holds the sequence's OID), but the
//! domains now share one counter in the old schema: neither can be restored, copied or
//! split off without it, and ids are unique across both only as long as they keep sharing
//! it. It is often a leftover of a table that was copied (`CREATE TABLE b (LIKE a
//! INCLUDING DEFAULTS)`).
//!
//! # Example
//!
//! ```sql
//! CREATE SEQUENCE public.global_id;
//! CREATE TABLE public.invoices (id bigint DEFAULT nextval('public.global_id'::regclass));
//! CREATE TABLE public.users (id bigint DEFAULT nextval('public.global_id'::regclass));
//! ```
//!
//! The plan moves `invoices` to `billing` and `users` to `users`.
//!
//! # Fix
//!
//! Give each table its own sequence (starting above the current value) if the ids need
//! not be unique across tables; otherwise move the sequence to a schema both domains may
//! depend on (`ALTER SEQUENCE … SET SCHEMA ref`).

use super::shared::{findings, Shared};
use crate::check::{Check, Context, Finding, Severity};
use crate::plan::FollowerKind;

pub(super) static CHECK: Check = Check {
    name: "sequence-shared-across-domains",
    severity: Severity::Warning,
    doc: include_str!("sequence_shared_across_domains.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let sequences =
        cx.model.sequences.iter().map(|s| Shared { name: &s.name, location: s.location, used_by: &s.used_by });
    findings(cx, &CHECK, FollowerKind::Sequence, sequences, "sequence", |name| {
        format!(
            "give each table its own sequence if ids need not be unique across them; otherwise move \
             {name} to a schema all its domains may depend on (ALTER SEQUENCE {name} SET SCHEMA ref)"
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE SEQUENCE public.global_id;
CREATE TABLE public.invoices (id bigint DEFAULT nextval('public.global_id'::regclass));
CREATE TABLE public.users (id bigint DEFAULT nextval('public.global_id'::regclass));
CREATE TABLE public.items (id bigint NOT NULL);
CREATE SEQUENCE public.items_id_seq OWNED BY public.items.id;
ALTER TABLE ONLY public.items ALTER COLUMN id SET DEFAULT nextval('public.items_id_seq'::regclass);
";

    #[test]
    fn fires_when_defaults_of_two_domains_draw_from_it() {
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("invoices", "billing"), ("users", "users")]), @r"
            warning sequence-shared-across-domains public.global_id:2 sequence public.global_id is used by tables of 2 domains: billing (public.invoices) and users (public.users); it stays in public
              help: give each table its own sequence if ids need not be unique across them; otherwise move public.global_id to a schema all its domains may depend on (ALTER SEQUENCE public.global_id SET SCHEMA ref)
            ");
    }

    #[test]
    fn quiet_when_one_domain_uses_it_and_for_owned_sequences() {
        let placed = [("invoices", "billing"), ("users", "billing"), ("items", "catalog")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @"");
    }
}
