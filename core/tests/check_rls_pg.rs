//! The row-level security claims of the security checks, proven on a real PostgreSQL 15:
//! a role that is not the owner queries what the checks flag and sees what they say.
//!
//! - `view-bypasses-rls`: through a view owned by the table's owner, a tenant sees the
//!   rows the policy hides; after the check's fix (`security_invoker = true`) it does not,
//!   and the check no longer fires on a re-dump. The same for the compatibility view of a
//!   moved table, with the plan's `view_security_invoker` fix off and on.
//! - `rls-enabled-without-policy`: the granted role sees no row.
//! - `policy-on-rls-disabled-table` and `permissive-policy-always-true`: it sees them all.
//! - `tenant-table-without-rls` on a partition granted by itself: queried by name, the
//!   partition shows every tenant's rows although its parent has a tenant policy.

mod support;

use pgcarve_core::check::{check, Finding, Fix};
use pgcarve_core::model::{Model, QualifiedName};
use pgcarve_core::plan::{follow, Assignment, Plan, PlanOptions};
use pgcarve_pgtest::Cluster;

const DB: &str = "rls";

/// Two tenants: organization 1 has 2 rows in each table, organization 2 has 3.
const SCHEMA: &str = "
CREATE ROLE app_owner NOLOGIN;
CREATE ROLE tenant_user NOLOGIN;
CREATE FUNCTION public.current_org_id() RETURNS integer LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.current_org_id', true), '')::integer $$;
CREATE TABLE public.organizations (id integer PRIMARY KEY, name text);
CREATE TABLE public.invoices (id integer PRIMARY KEY, organization_id integer NOT NULL REFERENCES public.organizations(id), amount integer);
CREATE TABLE public.api_keys (id integer PRIMARY KEY, organization_id integer NOT NULL REFERENCES public.organizations(id));
CREATE TABLE public.orders (id integer PRIMARY KEY, organization_id integer NOT NULL REFERENCES public.organizations(id));
CREATE TABLE public.sponsors (id integer PRIMARY KEY, organization_id integer NOT NULL REFERENCES public.organizations(id));
INSERT INTO public.organizations VALUES (1, 'one'), (2, 'two');
INSERT INTO public.invoices VALUES (1, 1, 10), (2, 1, 20), (3, 2, 30), (4, 2, 40), (5, 2, 50);
INSERT INTO public.api_keys SELECT id, organization_id FROM public.invoices;
INSERT INTO public.orders SELECT id, organization_id FROM public.invoices;
INSERT INTO public.sponsors SELECT id, organization_id FROM public.invoices;
ALTER TABLE public.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.invoices USING ((organization_id = public.current_org_id()));
ALTER TABLE public.api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.orders USING ((organization_id = public.current_org_id()));
ALTER TABLE public.sponsors ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.sponsors USING ((organization_id = public.current_org_id()));
CREATE POLICY sponsors_all ON public.sponsors TO tenant_user USING (true);
CREATE VIEW public.invoice_list AS SELECT id, organization_id, amount FROM public.invoices;
CREATE TABLE public.visits (id integer, organization_id integer NOT NULL REFERENCES public.organizations(id), at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.visits_2025 PARTITION OF public.visits FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO public.visits SELECT id, organization_id, date '2025-06-01' FROM public.invoices;
ALTER TABLE public.visits ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON public.visits USING ((organization_id = public.current_org_id()));
ALTER TABLE public.visits OWNER TO app_owner;
ALTER TABLE public.visits_2025 OWNER TO app_owner;
GRANT SELECT ON public.visits, public.visits_2025 TO tenant_user;
ALTER TABLE public.organizations OWNER TO app_owner;
ALTER TABLE public.invoices OWNER TO app_owner;
ALTER TABLE public.api_keys OWNER TO app_owner;
ALTER TABLE public.orders OWNER TO app_owner;
ALTER TABLE public.sponsors OWNER TO app_owner;
ALTER VIEW public.invoice_list OWNER TO app_owner;
GRANT SELECT ON public.organizations, public.invoices, public.api_keys, public.orders, public.sponsors, public.invoice_list TO tenant_user;
";

/// How many rows `tenant_user`, with organization 1 as its tenant, sees in `relation`.
fn tenant_sees(cluster: &Cluster, relation: &str) -> u32 {
    let sql = format!("SET ROLE tenant_user; SET app.current_org_id = '1'; SELECT count(*) FROM {relation}");
    let out = cluster.psql(DB, &sql).unwrap_or_else(|e| panic!("{relation}: {e}"));
    let last = out.lines().last().unwrap_or_default();
    last.trim().parse().unwrap_or_else(|_| panic!("{relation}: not a count: {out}"))
}

/// The model of a fresh `pg_dump --schema-only` of the database.
fn dumped(cluster: &Cluster) -> Model {
    pgcarve_core::parse(&cluster.dump_schema(DB).expect("pg_dump")).model
}

/// A plan that keeps every table where it is except `invoices`, which moves to `billing`.
fn plan(model: &Model, options: PlanOptions) -> Plan {
    let assignments = model
        .tables
        .iter()
        .map(|t| Assignment {
            table: t.name.clone(),
            domain: if t.name.name == "invoices" { "billing".into() } else { t.name.schema.clone() },
            reason: "test".into(),
            confidence: 1.0,
            pinned: true,
        })
        .collect();
    let mut plan = Plan::from_assignments(assignments);
    plan.options = options;
    follow::attach(model, &mut plan);
    plan
}

fn findings_of<'a>(findings: &'a [Finding], check: &str, subject: &str) -> Vec<&'a Finding> {
    let subject = QualifiedName::new("public", subject);
    findings.iter().filter(|f| f.check == check && f.subject == subject).collect()
}

#[test]
fn rls_claims_hold_on_postgresql() {
    let cluster = Cluster::start().expect("throwaway PostgreSQL 15 cluster");
    cluster.create_database(DB).expect("create database");
    cluster.psql(DB, SCHEMA).expect("load the schema");

    let model = dumped(&cluster);
    let findings = check(&model, &plan(&model, PlanOptions::default()));

    // view-bypasses-rls: the view shows tenant 2's rows, which the policy hides.
    let view = findings_of(&findings, "view-bypasses-rls", "invoice_list");
    assert_eq!(view.len(), 1, "{findings:#?}");
    let view_fix = Fix::SecurityInvoker { view: QualifiedName::new("public", "invoice_list") };
    assert_eq!(view[0].fix.as_ref(), Some(&view_fix));
    assert_eq!(tenant_sees(&cluster, "public.invoices"), 2, "the policy shows tenant 1 its own rows");
    assert_eq!(tenant_sees(&cluster, "public.invoice_list"), 5, "through the view, every tenant's rows");

    // The fix closes it, and the check no longer fires on the fixed schema.
    cluster.psql(DB, "ALTER VIEW public.invoice_list SET (security_invoker = true)").expect("apply the fix");
    assert_eq!(tenant_sees(&cluster, "public.invoice_list"), 2, "security_invoker: the policy applies");
    let fixed = dumped(&cluster);
    let after = check(&fixed, &plan(&fixed, PlanOptions::default()));
    assert!(findings_of(&after, "view-bypasses-rls", "invoice_list").is_empty(), "{after:#?}");

    // rls-enabled-without-policy: granted, yet nothing visible.
    assert_eq!(findings_of(&findings, "rls-enabled-without-policy", "api_keys").len(), 1, "{findings:#?}");
    assert_eq!(tenant_sees(&cluster, "public.api_keys"), 0, "RLS without a policy hides every row");

    // policy-on-rls-disabled-table: the policy filters nothing.
    assert_eq!(findings_of(&findings, "policy-on-rls-disabled-table", "orders").len(), 1, "{findings:#?}");
    assert_eq!(tenant_sees(&cluster, "public.orders"), 5, "a policy without RLS does nothing");

    // permissive-policy-always-true: OR-ed with the tenant policy, it shows every row.
    assert_eq!(findings_of(&findings, "permissive-policy-always-true", "sponsors").len(), 1, "{findings:#?}");
    assert_eq!(tenant_sees(&cluster, "public.sponsors"), 5, "USING (true) wins over the tenant policy");

    // tenant-table-without-rls on a partition granted by itself: the parent's policy does
    // not apply when the partition is queried by name.
    assert_eq!(findings_of(&findings, "tenant-table-without-rls", "visits_2025").len(), 1, "{findings:#?}");
    assert!(findings_of(&findings, "tenant-table-without-rls", "visits").is_empty(), "{findings:#?}");
    assert_eq!(tenant_sees(&cluster, "public.visits"), 2, "through the parent, the policy applies");
    assert_eq!(tenant_sees(&cluster, "public.visits_2025"), 5, "the partition by name: every tenant's rows");

    // The compatibility view of the moved table, as the generator would create it with the
    // plan's view_security_invoker fix off (a plain view) and on (security_invoker).
    let off = PlanOptions { fixes: pgcarve_core::plan::Fixes { view_security_invoker: false, ..Default::default() }, ..Default::default() };
    let compat = check(&fixed, &plan(&fixed, off));
    let flagged = findings_of(&compat, "view-bypasses-rls", "invoices");
    assert_eq!(flagged.len(), 1, "{compat:#?}");
    assert_eq!(flagged[0].fix, Some(Fix::SecurityInvoker { view: QualifiedName::new("public", "invoices") }));
    assert!(findings_of(&after, "view-bypasses-rls", "invoices").is_empty(), "fix on: the compatibility view is safe");
    let move_table = "
CREATE SCHEMA billing AUTHORIZATION app_owner;
GRANT USAGE ON SCHEMA billing TO tenant_user;
ALTER TABLE public.invoices SET SCHEMA billing;
CREATE VIEW public.invoices AS SELECT * FROM billing.invoices;
ALTER VIEW public.invoices OWNER TO app_owner;
GRANT SELECT ON public.invoices TO tenant_user;
";
    cluster.psql(DB, move_table).expect("move invoices and create a plain compatibility view");
    assert_eq!(tenant_sees(&cluster, "billing.invoices"), 2);
    assert_eq!(tenant_sees(&cluster, "public.invoices"), 5, "a plain compatibility view shows every tenant's rows");
    cluster.psql(DB, "ALTER VIEW public.invoices SET (security_invoker = true)").expect("the fix");
    assert_eq!(tenant_sees(&cluster, "public.invoices"), 2, "a security_invoker compatibility view does not");
}

/// The tenant as the checks detect it on the demo and the corpus dumps that have one.
#[test]
fn tenant_detected_on_real_dumps() {
    let corpus = support::corpus_dir();
    let cases = [
        (support::project_root().join("public/demo/yardpass.sql"), "public.organizations", Some("public.current_org_id()"), 45),
        (corpus.join("supabase.sql"), "basejump.accounts", None, 4),
        (corpus.join("supabase_flat.sql"), "public.accounts", None, 4),
        (corpus.join("lago.sql"), "public.organizations", None, 125),
    ];
    for (path, root, function, tenant_tables) in cases {
        let model = pgcarve_core::parse(&support::read(&path)).model;
        let plan = plan(&model, PlanOptions::default());
        let context = pgcarve_core::check::Context::new(&model, &plan);
        let tenant = context.tenant();
        let name = path.display();
        assert_eq!(tenant.root_name().map(|r| r.to_string()).as_deref(), Some(root), "{name}");
        assert_eq!(tenant.function.as_deref(), function, "{name}");
        let keyed = model.tables.iter().filter(|t| t.partition_of.is_none() && tenant.key_of(&t.name).is_some()).count();
        assert_eq!(keyed, tenant_tables, "{name}: tables of tenant data");
    }
}
