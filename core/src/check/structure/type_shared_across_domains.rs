//! # What it finds
//!
//! A type (enum, domain, composite, range) used by columns of tables that the plan puts
//! in different domains. The plan leaves it where it is.
//!
//! # Why it matters
//!
//! The columns keep working (they reference the type by OID), but the type belongs to no
//! domain: every domain using it depends on the old schema, a change to it (a new enum
//! label, a tighter domain check) is a change to all of them at once, and none of them
//! can be split off with its own copy. Roles that write `'x'::status` need `USAGE` on the
//! type's schema.
//!
//! # Example
//!
//! ```sql
//! CREATE TYPE public.status AS ENUM ('draft', 'live');
//! CREATE TABLE public.events (id bigint, status public.status);
//! CREATE TABLE public.campaigns (id bigint, status public.status);
//! ```
//!
//! The plan moves `events` to `events` and `campaigns` to `campaigns`.
//!
//! # Fix
//!
//! Move the type into a shared schema every domain may depend on (`ALTER TYPE … SET
//! SCHEMA ref`), or give each domain its own type if the values are meant to diverge.

use super::shared::{findings, Shared};
use crate::check::{Check, Context, Finding, Severity};
use crate::plan::FollowerKind;

pub(super) static CHECK: Check = Check {
    name: "type-shared-across-domains",
    severity: Severity::Warning,
    doc: include_str!("type_shared_across_domains.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let types = cx.model.types.iter().map(|t| Shared { name: &t.name, location: t.location, used_by: &t.used_by });
    findings(cx, &CHECK, FollowerKind::Type, types, "type", |name| {
        format!(
            "move {name} to a schema all its domains may depend on (ALTER TYPE {name} SET SCHEMA ref), \
             or give each domain its own copy"
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TYPE public.status AS ENUM ('draft', 'live');
CREATE TABLE public.events (id bigint, status public.status);
CREATE TABLE public.campaigns (id bigint, status public.status);
CREATE TABLE public.ads (id bigint, status public.status);
";

    #[test]
    fn fires_when_tables_of_two_domains_use_the_type() {
        let placed = [("events", "events"), ("campaigns", "campaigns"), ("ads", "campaigns")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @r"
            warning type-shared-across-domains public.status:2 type public.status is used by tables of 2 domains: campaigns (public.ads and public.campaigns) and events (public.events); it stays in public
              help: move public.status to a schema all its domains may depend on (ALTER TYPE public.status SET SCHEMA ref), or give each domain its own copy
            ");
    }

    #[test]
    fn quiet_when_its_tables_share_one_domain() {
        let placed = [("events", "marketing"), ("campaigns", "marketing"), ("ads", "marketing")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @"");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("events", "events")]), @"");
    }
}
