//! # What it finds
//!
//! A view without `security_invoker = true` that reads a table protected by row-level
//! security — directly, or through views that are themselves `security_invoker`. A view
//! only its owner may select from today is flagged too (the message says so): the next
//! grant opens it. "Protected" is judged after the plan:
//! tables with RLS enabled, and tables of tenant data the generator's tenant-isolation fix
//! gives RLS. Also:
//!
//! - the compatibility views the plan creates (`public.<old name>` for each moved table)
//!   when the plan's `view_security_invoker` fix is off: then they are plain views over
//!   the moved table (the subject is the table's original name);
//! - materialized views over protected tables (RLS never applies to reading them).
//!
//! # Why it matters
//!
//! A view runs its query with the privileges of its *owner*, and the owner of the tables
//! (like a superuser) is not subject to their policies: anyone who may select from the
//! view sees every row the policies hide from them. PostgreSQL 15 added `security_invoker`
//! so that the querying role's policies apply. A materialized view stores whatever its
//! owner saw at the last `REFRESH`.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.orders (id int, organization_id uuid);
//! ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
//! CREATE POLICY tenant_isolation ON public.orders USING ((organization_id = public.current_org_id()));
//! CREATE VIEW public.order_totals AS SELECT organization_id, count(*) FROM public.orders GROUP BY 1;
//! GRANT SELECT ON TABLE public.order_totals TO authenticated;
//! ```
//!
//! The plan moves `orders` to `ticketing`.
//!
//! # Fix
//!
//! `ALTER VIEW public.order_totals SET (security_invoker = true)` (the querying roles then
//! need `SELECT` on the tables the view reads); the generator does this, and creates its
//! compatibility views that way, unless the plan's `view_security_invoker` fix is off. A
//! materialized view has no such option: revoke `SELECT` on it from roles that must not
//! see every row, or replace it with a `security_invoker` view.

use super::access::Access;
use super::sql::{after, line, list};
use super::tenant_table_without_rls::unprotected;
use crate::check::{Check, Context, Finding, Fix, Severity};
use crate::model::{QualifiedName, Table, View};
use std::collections::{BTreeMap, BTreeSet};

pub(super) static CHECK: Check = Check {
    name: "view-bypasses-rls",
    severity: Severity::Error,
    doc: include_str!("view_bypasses_rls.rs"),
    run,
};

/// Why a table is protected after the plan.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Protection {
    Enabled,
    /// The generator's tenant-isolation fix enables it.
    TenantFix,
}

fn run(cx: &Context) -> Vec<Finding> {
    let access = Access::of(cx.model);
    let protected = protected_tables(cx);
    let views: BTreeMap<&QualifiedName, &View> = cx.model.views.iter().map(|v| (&v.name, v)).collect();
    let mut findings = Vec::new();
    for view in &cx.model.views {
        if view.security_invoker && !view.materialized {
            continue;
        }
        let reached = reached(view, &views, &protected);
        if !reached.is_empty() {
            let owners: Vec<Option<&str>> = reached.iter().map(|(t, _)| cx.table(t).and_then(|t| t.owner.as_deref())).collect();
            findings.push(view_finding(&access, view, &reached, &owners));
        }
    }
    if !cx.plan.options.fixes.view_security_invoker {
        for table in cx.model.tables.iter().filter(|t| cx.moves(&t.name)) {
            if let Some(protection) = protected.get(&table.name) {
                findings.push(compat_finding(cx, &access, table, *protection));
            }
        }
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

/// Tables protected by RLS after the plan.
fn protected_tables<'a>(cx: &'a Context) -> BTreeMap<&'a QualifiedName, Protection> {
    let tenant_fix = cx.plan.options.fixes.tenant_rls;
    cx.model
        .tables
        .iter()
        .filter_map(|t| {
            if t.rls_enabled {
                Some((&t.name, Protection::Enabled))
            } else if tenant_fix && unprotected(cx, t).is_some() {
                Some((&t.name, Protection::TenantFix))
            } else {
                None
            }
        })
        .collect()
}

/// The protected tables `view` reads as its owner: directly, or through views that run
/// as their invoker (which is then the view's owner).
fn reached<'a>(
    view: &'a View,
    views: &BTreeMap<&QualifiedName, &'a View>,
    protected: &BTreeMap<&'a QualifiedName, Protection>,
) -> Vec<(&'a QualifiedName, Protection)> {
    let mut found = BTreeMap::new();
    let mut seen: BTreeSet<&QualifiedName> = BTreeSet::from([&view.name]);
    let mut stack: Vec<&QualifiedName> = view.reads.iter().collect();
    while let Some(name) = stack.pop() {
        if !seen.insert(name) {
            continue;
        }
        if let Some(protection) = protected.get(name) {
            found.insert(name, *protection);
        } else if let Some(inner) = views.get(name).filter(|v| v.security_invoker && !v.materialized) {
            stack.extend(inner.reads.iter());
        }
    }
    found.into_iter().collect()
}

fn describe(reached: &[(&QualifiedName, Protection)]) -> String {
    let names: Vec<String> = reached
        .iter()
        .map(|(name, p)| match p {
            Protection::Enabled => name.to_string(),
            Protection::TenantFix => format!("{name} (RLS added by the tenant-isolation fix)"),
        })
        .collect();
    list(&names, 4)
}

/// What reading as the owner means: a bypass, unless the dump shows the view owned by
/// someone other than the tables' owners (then their policies apply to that role).
fn consequence(view: &View, owners: &[Option<&str>]) -> String {
    let bypass = "whoever can select from the view sees the rows the policies hide from them";
    match view.owner.as_deref() {
        Some(owner) if !owners.is_empty() && owners.iter().all(|o| o.is_some_and(|o| o != owner)) => format!(
            "the policies are applied to {owner} instead of the querying role — every row if {owner} is a \
             superuser or has BYPASSRLS, else {owner}'s rows, for everyone who can select from the view"
        ),
        _ => bypass.to_string(),
    }
}

fn view_finding(access: &Access, view: &View, reached: &[(&QualifiedName, Protection)], owners: &[Option<&str>]) -> Finding {
    let granted = access.readers(&view.name, view.owner.as_deref()).granted_to();
    let tables = describe(reached);
    let (message, help, fix) = if view.materialized {
        (
            format!(
                "materialized view {} stores rows of {tables}, protected by row-level security, as its owner saw \
                 them at the last refresh; RLS does not apply to reading it, so whoever can select from it sees \
                 every row{granted}",
                view.name
            ),
            "revoke SELECT on it from roles that must not see every row, or replace it with a view WITH \
             (security_invoker = true)"
                .to_string(),
            None,
        )
    } else {
        (
            format!(
                "view {} reads {tables}, protected by row-level security, with its owner's rights: {}{granted}",
                view.name,
                consequence(view, owners)
            ),
            format!(
                "ALTER VIEW {} SET (security_invoker = true) so that the querying role's policies apply (it then \
                 needs SELECT on the tables the view reads)",
                super::sql::qualified(&view.name)
            ),
            Some(Fix::SecurityInvoker { view: view.name.clone() }),
        )
    };
    Finding { check: CHECK.name, severity: CHECK.severity, subject: view.name.clone(), message, help, line: line(view.location), fix }
}

fn compat_finding(cx: &Context, access: &Access, table: &Table, protection: Protection) -> Finding {
    let granted = access.readers(&table.name, table.owner.as_deref()).granted_to();
    let added = match protection {
        Protection::Enabled => "",
        Protection::TenantFix => " (RLS added by the tenant-isolation fix)",
    };
    Finding {
        check: CHECK.name,
        severity: CHECK.severity,
        subject: table.name.clone(),
        message: format!(
            "{} moves to {}{added}, and the compatibility view the plan leaves at {} is not security_invoker \
             (the plan's view_security_invoker fix is off): it reads the table with its owner's rights, so \
             whoever can select from it sees the rows the policies hide from them{granted}",
            table.name,
            cx.target_schema(&table.name),
            table.name
        ),
        help: format!(
            "switch the view_security_invoker fix back on, or create the view as CREATE VIEW {} WITH \
             (security_invoker = true) AS SELECT * FROM {}",
            super::sql::qualified(&table.name),
            after(cx, &table.name)
        ),
        line: line(table.location),
        fix: Some(Fix::SecurityInvoker { view: table.name.clone() }),
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{run, run_with};
    use super::CHECK;
    use crate::plan::{Fixes, PlanOptions};

    const SQL: &str = "
CREATE TABLE public.organizations (id uuid PRIMARY KEY);
CREATE TABLE public.orders (id int, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.leads (id int, organization_id uuid REFERENCES public.organizations(id));
CREATE TABLE public.countries (code text);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.orders USING ((organization_id = public.current_org_id()));
CREATE VIEW public.order_totals AS SELECT organization_id, count(*) AS n FROM public.orders GROUP BY 1;
CREATE VIEW public.my_orders WITH (security_invoker='true') AS SELECT * FROM public.orders;
CREATE VIEW public.my_order_ids AS SELECT id FROM public.my_orders;
CREATE VIEW public.lead_list AS SELECT * FROM public.leads;
CREATE VIEW public.country_list AS SELECT * FROM public.countries;
CREATE MATERIALIZED VIEW public.order_stats AS SELECT count(*) AS n FROM public.orders;
GRANT SELECT ON TABLE public.orders TO authenticated;
GRANT SELECT ON TABLE public.leads TO authenticated;
GRANT SELECT ON TABLE public.order_totals TO authenticated;
GRANT SELECT ON TABLE public.my_orders TO authenticated;
GRANT SELECT ON TABLE public.my_order_ids TO authenticated;
GRANT SELECT ON TABLE public.lead_list TO authenticated;
GRANT SELECT ON TABLE public.country_list TO authenticated;
GRANT SELECT ON TABLE public.order_stats TO authenticated;
";

    #[test]
    fn fires_for_owner_rights_views_over_rls_tables() {
        // order_totals and my_order_ids (through the invoker view my_orders) read orders as
        // their owner; lead_list reads leads, which the tenant fix gives RLS; the
        // materialized view stores orders.
        insta::assert_snapshot!(run(&CHECK, SQL, &[("orders", "ticketing"), ("leads", "sales")]));
    }

    #[test]
    fn compatibility_views_fire_when_the_fix_is_off() {
        let options = PlanOptions {
            fixes: Fixes { view_security_invoker: false, tenant_rls: false, ..Fixes::default() },
            ..PlanOptions::default()
        };
        let sql = "
CREATE TABLE public.orders (id int, organization_id uuid);
CREATE TABLE public.notes (id int);
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.orders USING ((organization_id = public.current_org_id()));
CREATE POLICY p ON public.notes USING (true);
GRANT SELECT ON TABLE public.orders TO authenticated;
";
        // notes stays in place (no compatibility view) and orders moves.
        insta::assert_snapshot!(run_with(&CHECK, sql, &[("orders", "ticketing")], options));
    }

    #[test]
    fn quiet_for_invoker_views_views_over_open_tables_and_with_the_fix_on() {
        let sql = SQL
            .replace("CREATE VIEW public.order_totals AS", "CREATE VIEW public.order_totals WITH (security_invoker='true') AS")
            .replace("CREATE VIEW public.my_order_ids AS", "CREATE VIEW public.my_order_ids WITH (security_invoker='true') AS")
            .replace("CREATE MATERIALIZED VIEW", "-- ");
        let options = PlanOptions { fixes: Fixes { tenant_rls: false, ..Fixes::default() }, ..PlanOptions::default() };
        // lead_list: leads keeps no RLS (the tenant fix is off); country_list: no RLS;
        // the compatibility view of orders is security_invoker (the fix is on).
        insta::assert_snapshot!(run_with(&CHECK, &sql, &[("orders", "ticketing"), ("leads", "sales")], options), @"");
    }

    #[test]
    fn a_view_owned_by_another_role_applies_the_policies_to_that_role() {
        let sql = "
CREATE TABLE public.orders (id int, organization_id uuid);
ALTER TABLE public.orders OWNER TO app;
ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON public.orders USING ((organization_id = public.current_org_id()));
CREATE VIEW public.order_ids AS SELECT id FROM public.orders;
ALTER VIEW public.order_ids OWNER TO reporting;
";
        insta::assert_snapshot!(run(&CHECK, sql, &[]));
    }
}
