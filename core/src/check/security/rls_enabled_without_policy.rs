//! # What it finds
//!
//! A table the plan places that has row-level security enabled but no policy at all,
//! while roles besides its owner hold privileges on it (or the dump has no privileges,
//! so nobody knows).
//!
//! # Why it matters
//!
//! With RLS on and no policy, PostgreSQL denies every row to every role except the
//! table's owner (and superusers and `BYPASSRLS` roles): the roles it is granted to see
//! an empty table and every `INSERT`/`UPDATE`/`DELETE` fails or does nothing. It is
//! usually a policy that was never written, or one dropped by accident; a move that
//! recreates policies by hand keeps the gap. Where locking everyone but the owner out is
//! the intent, the grants to other roles are what is wrong.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.api_keys (id uuid, organization_id uuid, key_hash text);
//! ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
//! GRANT SELECT ON TABLE public.api_keys TO authenticated;
//! ```
//!
//! The plan moves `api_keys` to `organizations`.
//!
//! # Fix
//!
//! Write the policies the granted roles need (`CREATE POLICY … ON organizations.api_keys
//! FOR SELECT TO authenticated USING (…)`); for tenant data, the tenant-isolation policy,
//! which the generator adds unless the plan's `tenant_rls` fix is switched off. If only
//! the owner should use the table, revoke the other grants instead.

use super::access::{Access, Readers};
use super::sql::{after, line, moving};
use super::tenant_table_without_rls::isolation_policy;
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::{QualifiedName, Table};
use std::collections::BTreeSet;

pub(super) static CHECK: Check = Check {
    name: "rls-enabled-without-policy",
    severity: Severity::Error,
    doc: include_str!("rls_enabled_without_policy.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let access = Access::of(cx.model);
    let with_policy: BTreeSet<&QualifiedName> = cx.model.policies.iter().map(|p| &p.table).collect();
    let mut findings: Vec<Finding> = cx
        .model
        .tables
        .iter()
        .filter(|t| t.rls_enabled && cx.places(&t.name) && !with_policy.contains(&t.name))
        .filter_map(|t| {
            let readers = access.readers(&t.name, t.owner.as_deref());
            readers.others().then(|| finding(cx, t, &readers))
        })
        .collect();
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

fn finding(cx: &Context, table: &Table, readers: &Readers) -> Finding {
    let granted = match readers {
        Readers::Roles(roles) => format!(", although it is granted to {}", roles.join(", ")),
        _ => String::new(),
    };
    let message = format!(
        "{}{} has row-level security enabled but no policy: no role but its owner (and roles that \
         bypass RLS) can read or write a single row{granted}",
        table.name,
        moving(cx, &table.name)
    );
    let key = cx.tenant().key_of(&table.name);
    let help = match key {
        Some(key) => format!(
            "add the tenant-isolation policy ({}) and policies for what else the roles need, or revoke \
             the grants if only the owner should use it",
            isolation_policy(cx, table, &key.column)
        ),
        None => format!(
            "add policies for the roles that use it (CREATE POLICY … ON {} FOR SELECT TO … USING (…)), or \
             revoke the grants if only the owner should use it",
            after(cx, &table.name)
        ),
    };
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: table.name.clone(),
        message,
        help,
        line: line(table.location),
        fix: key.map(|key| Fix::TenantIsolation {
            table: table.name.clone(),
            column: key.column.clone(),
            tenant_function: cx.tenant().function.clone(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.api_keys (id uuid, organization_id uuid, key_hash text);
CREATE TABLE public.settings (id int, value text);
CREATE TABLE public.vault (id int, secret text);
CREATE TABLE public.posts (id int, author uuid);
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.vault ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_posts ON public.posts USING ((author = auth.uid()));
GRANT SELECT ON TABLE public.api_keys TO authenticated;
GRANT SELECT ON TABLE public.settings TO anon;
GRANT SELECT ON TABLE public.posts TO anon;
";

    #[test]
    fn fires_when_granted_roles_see_nothing() {
        insta::assert_snapshot!(run(&CHECK, SQL, &[("api_keys", "organizations")]));
    }

    #[test]
    fn quiet_with_a_policy_for_owner_only_tables_and_rls_off() {
        // posts has a policy, vault is the owner's only, and without RLS there is nothing to deny.
        let sql = SQL.replace("GRANT SELECT ON TABLE public.api_keys TO authenticated;", "").replace(
            "ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;",
            "",
        );
        insta::assert_snapshot!(run(&CHECK, &sql, &[("api_keys", "organizations")]), @"");
    }
}
