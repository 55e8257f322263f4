//! # What it finds
//!
//! A table the plan places that holds tenant data — it has a tenant key column: one that
//! references the tenant root table, or one named `organization_id`, `org_id`,
//! `tenant_id`, `account_id`, `workspace_id`, `company_id`, … (the root and the names can
//! be configured in the plan's tenant options; see `tenant.rs` for how the root is
//! detected) — and does not have row-level security enabled. Partitions are covered by
//! their partitioned table, unless the dump grants a partition to other roles itself:
//! queried by its own name, a partition applies its own RLS, not its parent's. The tenant
//! root itself and reference data are not tenant data.
//! A table that, by the dump's grants, only its owner reads today is flagged too: the
//! grants a split brings (`GRANT SELECT ON ALL TABLES IN SCHEMA …` to the application
//! roles) would open it to them.
//!
//! # Why it matters
//!
//! Without RLS, every role with `SELECT` on the table reads every tenant's rows: one
//! missing `WHERE organization_id = …` in the application (or one direct API query, as
//! with PostgREST) leaks the other tenants' data. Splitting a schema is when tables are
//! touched one by one anyway; it is the moment to close the gap.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.organizations (id uuid PRIMARY KEY);
//! CREATE TABLE public.invoices (id uuid, organization_id uuid REFERENCES public.organizations(id));
//! GRANT SELECT ON TABLE public.invoices TO authenticated;
//! ```
//!
//! The plan moves `invoices` to `billing`.
//!
//! # Fix
//!
//! Enable RLS and add a tenant-isolation policy that compares the tenant key with the
//! tenant function the dump's policies already use (else `public.current_org_id()`):
//! `ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY; CREATE POLICY tenant_isolation
//! ON billing.invoices USING (organization_id = public.current_org_id());`. The generator
//! does this unless the plan's `tenant_rls` fix is switched off.

use super::access::{Access, Readers};
use super::sql::{after, ident, line, moving};
use super::tenant::TenantKey;
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::Table;

pub(super) static CHECK: Check = Check {
    name: "tenant-table-without-rls",
    severity: Severity::Error,
    doc: include_str!("tenant_table_without_rls.rs"),
    run,
};

/// The tenant function when the dump's policies use none.
pub const DEFAULT_TENANT_FUNCTION: &str = "public.current_org_id()";

/// The tenant key of `table` if it is a planned, non-partition table of tenant data
/// without RLS: the tables this check flags, and the ones the generator's tenant fix
/// gives RLS.
pub fn unprotected<'c>(cx: &'c Context, table: &Table) -> Option<&'c TenantKey> {
    if table.rls_enabled || table.partition_of.is_some() || !cx.places(&table.name) {
        return None;
    }
    cx.tenant().key_of(&table.name)
}

/// `CREATE POLICY tenant_isolation ON billing.invoices USING (organization_id = f())`.
pub fn isolation_policy(cx: &Context, table: &Table, column: &str) -> String {
    let function = cx.tenant().function.as_deref().unwrap_or(DEFAULT_TENANT_FUNCTION);
    format!("CREATE POLICY tenant_isolation ON {} USING ({} = {function})", after(cx, &table.name), ident(column))
}

/// The tenant key of a partition without RLS that the dump grants to other roles itself.
fn granted_partition<'c>(cx: &'c Context, access: &Access, table: &Table) -> Option<&'c TenantKey> {
    if table.rls_enabled || table.partition_of.is_none() || !cx.places(&table.name) {
        return None;
    }
    if !matches!(access.readers(&table.name, table.owner.as_deref()), Readers::Roles(_)) {
        return None;
    }
    // pg_dump writes a partition's columns and foreign keys on its parent only.
    let mut name = &table.name;
    for _ in 0..cx.model.tables.len() {
        if let Some(key) = cx.tenant().key_of(name) {
            return Some(key);
        }
        name = cx.table(name)?.partition_of.as_ref()?;
    }
    None
}

fn run(cx: &Context) -> Vec<Finding> {
    let access = Access::of(cx.model);
    let mut findings: Vec<Finding> = cx
        .model
        .tables
        .iter()
        .filter_map(|table| {
            let key = unprotected(cx, table).or_else(|| granted_partition(cx, &access, table))?;
            Some(finding(cx, &access, table, key))
        })
        .collect();
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

fn finding(cx: &Context, access: &Access, table: &Table, key: &TenantKey) -> Finding {
    let tenant = cx.tenant();
    let readers = access.readers(&table.name, table.owner.as_deref());
    let partition = match &table.partition_of {
        Some(parent) => format!(" (a partition of {parent}: queried by its own name, its own RLS applies)"),
        None => String::new(),
    };
    let message = format!(
        "{}{} holds tenant data ({}) but row-level security is off{partition}: every role that can read it \
         sees every tenant's rows{}",
        table.name,
        moving(cx, &table.name),
        tenant.describe(key),
        readers.granted_to()
    );
    let create = match tenant.function {
        Some(_) => String::new(),
        None => format!(" (create {DEFAULT_TENANT_FUNCTION} returning the caller's tenant first)"),
    };
    let help = format!(
        "enable row-level security with a tenant-isolation policy: ALTER TABLE {} ENABLE ROW LEVEL SECURITY; \
         {}{create}",
        after(cx, &table.name),
        isolation_policy(cx, table, &key.column)
    );
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: table.name.clone(),
        message,
        help,
        line: line(table.location),
        fix: Some(Fix::TenantIsolation {
            table: table.name.clone(),
            column: key.column.clone(),
            tenant_function: tenant.function.clone(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{run, run_with};
    use super::CHECK;
    use crate::plan::{PlanOptions, TenantOptions};

    const SQL: &str = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY, name text);
CREATE TABLE public.countries (code text PRIMARY KEY);
CREATE TABLE public.invoices (id uuid, organization_id uuid REFERENCES public.organizations(id), country text REFERENCES public.countries(code));
CREATE TABLE public.projects (id uuid, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.secrets (id uuid, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.events (id uuid, org uuid REFERENCES public.organizations(id), at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.projects USING ((organization_id = public.current_org_id()));
GRANT SELECT ON TABLE public.invoices TO authenticated;
GRANT SELECT ON TABLE public.events TO authenticated;
GRANT SELECT ON TABLE public.projects TO authenticated;
GRANT SELECT ON TABLE public.organizations TO authenticated;
";

    #[test]
    fn fires_on_tenant_tables_without_rls() {
        insta::assert_snapshot!(run(&CHECK, SQL, &[("invoices", "billing")]));
    }

    #[test]
    fn quiet_for_rls_tables_the_root_reference_data_partitions_and_unplanned_tables() {
        // projects and events have RLS (the partition is covered by events), organizations
        // is the root, countries is reference data, cards.account_id points at users (not a
        // tenant key), and other.leads is outside the plan.
        let sql = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY, name text);
CREATE TABLE public.countries (code text PRIMARY KEY);
CREATE TABLE public.users (id uuid PRIMARY KEY, country text REFERENCES public.countries(code));
CREATE TABLE public.projects (id uuid, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.cards (id uuid, account_id uuid REFERENCES public.users(id));
CREATE TABLE public.events (id uuid, org uuid REFERENCES public.organizations(id), at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE other.leads (id int, tenant_id int);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
";
        insta::assert_snapshot!(run(&CHECK, sql, &[("projects", "work"), ("other.leads", "-")]), @"");
    }

    #[test]
    fn without_grants_in_the_dump_anyone_may_read_and_a_configured_key_counts() {
        let sql = "CREATE TABLE public.notes (id int, team_id int); CREATE TABLE public.t (id int, tenant_id int);";
        let options = PlanOptions { tenant: TenantOptions { root: None, columns: vec!["team_id".into()] }, ..PlanOptions::default() };
        insta::assert_snapshot!(run_with(&CHECK, sql, &[("notes", "crm")], options));
    }

    #[test]
    fn the_help_applied_to_the_dump_leaves_nothing_to_flag() {
        let sql = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY);
CREATE TABLE public.invoices (id uuid, organization_id uuid REFERENCES public.organizations(id));
GRANT SELECT ON TABLE public.invoices TO authenticated;
";
        let (model, plan) = crate::check::testing::plan(sql, &[], Default::default());
        let findings = (CHECK.run)(&crate::check::Context::new(&model, &plan));
        let help = &findings.first().expect("invoices is flagged").help;
        let statements = help.split_once(": ").map(|(_, sql)| sql).unwrap_or_default();
        let statements = statements.split(" (create ").next().unwrap_or_default();
        let fixed = format!("{sql}{statements};");
        let (model, _) = crate::check::testing::plan(&fixed, &[], Default::default());
        assert_eq!(model.policies.len(), 1, "the policy of the help parses: {statements}");
        insta::assert_snapshot!(run(&CHECK, &fixed, &[]), @"");
    }

    #[test]
    fn a_partition_granted_by_itself_needs_its_own_rls() {
        let sql = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY);
CREATE TABLE public.events (id uuid, organization_id uuid, at date) PARTITION BY RANGE (at);
ALTER TABLE public.events ADD CONSTRAINT events_org FOREIGN KEY (organization_id) REFERENCES public.organizations(id);
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
ALTER TABLE public.events ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.events USING ((organization_id = public.current_org_id()));
GRANT SELECT ON TABLE public.events TO authenticated;
GRANT SELECT ON TABLE public.events_2025 TO authenticated;
";
        insta::assert_snapshot!(run(&CHECK, sql, &[]));
    }
}
