//! The bundle as text, without a database: every statement of every bundle (and the
//! PL/pgSQL of every DO block) re-parses with libpg_query, generation is deterministic,
//! and random identifiers and literals round-trip through our quoting and libpg_query.

mod support;

use pg_query::protobuf::a_const::Val;
use pg_query::{NodeEnum, NodeRef};
use pgcarve_core::generate::quote::{ident, literal, qualified};
use pgcarve_core::generate::{generate_checked, Bundle};
use pgcarve_core::model::QualifiedName;
use pgcarve_core::plan::{propose, DomainChoice, PlanConfig};
use proptest::prelude::*;
use std::path::PathBuf;

fn bundle_of(path: &std::path::Path, domains: DomainChoice) -> Bundle {
    let text = support::read(path);
    let model = pgcarve_core::parse(&text).model;
    let plan = propose(&model, &PlanConfig { domains, ..PlanConfig::default() });
    let bundle = generate_checked(&model, &plan);
    assert_eq!(bundle, generate_checked(&model, &plan), "{}: the same bundle twice", path.display());
    bundle
}

/// Every statement parses; every DO block's body parses as PL/pgSQL (which parses the
/// SQL statements inside it too). Returns (statements, DO blocks).
fn reparses(name: &str, sql: &str) -> (usize, usize) {
    pg_query::parse(sql, 0).unwrap_or_else(|e| panic!("{name}: libpg_query rejects the file: {e}"));
    let statements = pg_query::split_with_parser(sql).unwrap_or_else(|e| panic!("{name}: {e}"));
    let mut blocks = 0;
    for statement in &statements {
        let statement = statement.trim();
        let Some(body) = statement.strip_prefix("DO ") else { continue };
        let function = format!("CREATE FUNCTION pgcarve_do_block() RETURNS void LANGUAGE plpgsql AS {body}");
        pg_query::parse_plpgsql(&function)
            .unwrap_or_else(|e| panic!("{name}: PL/pgSQL of a DO block does not parse: {e}\n{statement}"));
        blocks += 1;
    }
    (statements.len(), blocks)
}

#[test]
fn every_statement_of_every_bundle_reparses() {
    let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let corpus = support::corpus_dir();
    let inputs = [
        (fixtures.join("generate_small.sql"), DomainChoice::Builtin),
        (fixtures.join("generate_nasty.sql"), DomainChoice::Auto),
        (support::project_root().join("public/demo/yardpass.sql"), DomainChoice::Builtin),
        (corpus.join("pagila.sql"), DomainChoice::Builtin),
        (corpus.join("chinook.sql"), DomainChoice::Auto),
        (corpus.join("northwind.sql"), DomainChoice::Auto),
        (corpus.join("adventureworks_flat.sql"), DomainChoice::Auto),
        (corpus.join("supabase_flat.sql"), DomainChoice::Auto),
        (corpus.join("musicbrainz_flat.sql"), DomainChoice::Auto),
    ];
    for (path, domains) in inputs {
        let bundle = bundle_of(&path, domains);
        let (mut statements, mut blocks) = (0, 0);
        for file in bundle.files.iter().filter(|f| f.name.ends_with(".sql")) {
            let (s, b) = reparses(&format!("{}: {}", path.display(), file.name), &file.content);
            statements += s;
            blocks += b;
        }
        assert!(bundle.file("verify.sql").is_some() && bundle.file("rollback.sql").is_some());
        assert!(bundle.file("README.md").is_some() && bundle.file("plan.json").is_some());
        eprintln!(
            "{}: {} files, {} bytes, {statements} statements ({blocks} DO blocks) re-parse",
            path.file_name().and_then(|n| n.to_str()).unwrap_or_default(),
            bundle.files.len(),
            bundle.size()
        );
    }
}

#[test]
fn forward_files_come_in_domain_order() {
    let bundle = bundle_of(&support::corpus_dir().join("pagila.sql"), DomainChoice::Builtin);
    let names: Vec<&str> = bundle.forward().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names[..2], ["000_preflight.sql", "010_roles_and_schemas.sql"]);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "lexical order is the order to apply");

    // YardPass: its domains reference each other, and reference data still leads.
    let yardpass = bundle_of(&support::project_root().join("public/demo/yardpass.sql"), DomainChoice::Builtin);
    let names: Vec<&str> = yardpass.forward().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names[2], "020_ref.sql", "{names:?}");
    let readme = &yardpass.file("README.md").expect("README").content;
    assert!(readme.contains("## Findings left to you") && readme.len() < 60_000, "a README one can read");
}

/// Identifiers as PostgreSQL allows them: any characters but NUL, 1 to 63 bytes.
fn identifier() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-z_][a-z0-9_$]{0,20}",
        "[A-Za-z0-9_ \"'$.;-]{1,20}",
        "\\PC{1,12}",
        proptest::sample::select(vec!["user", "select", "order", "table", "name", "from", "default", "Group", "café"])
            .prop_map(str::to_string),
    ]
    .prop_filter("1..=63 bytes, no NUL", |s| !s.is_empty() && s.len() <= 63 && !s.contains('\0'))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn identifiers_round_trip(schema in identifier(), name in identifier(), column in identifier()) {
        let table = QualifiedName::new(schema.clone(), name.clone());
        let sql = format!("SELECT {} FROM {}", ident(&column), qualified(&table));
        let parsed = pg_query::parse(&sql, 0).map_err(|e| TestCaseError::fail(format!("{sql}: {e}")))?;
        let nodes = parsed.protobuf.nodes();
        let range = nodes.iter().find_map(|(n, ..)| match n { NodeRef::RangeVar(r) => Some(*r), _ => None });
        let range = range.ok_or_else(|| TestCaseError::fail(format!("{sql}: no table")))?;
        prop_assert_eq!(&range.schemaname, &schema, "{}", sql);
        prop_assert_eq!(&range.relname, &name, "{}", sql);
        let columns: Vec<String> = nodes
            .iter()
            .filter_map(|(n, ..)| match n { NodeRef::ColumnRef(c) => Some(c), _ => None })
            .flat_map(|c| c.fields.iter())
            .filter_map(|f| match &f.node { Some(NodeEnum::String(s)) => Some(s.sval.clone()), _ => None })
            .collect();
        prop_assert_eq!(columns, vec![column.clone()], "{}", sql);
    }

    #[test]
    fn literals_round_trip(text in "\\PC{0,20}|[\\\\'\"$a-z]{0,12}") {
        prop_assume!(!text.contains('\0'));
        let sql = format!("SELECT {}", literal(&text));
        let parsed = pg_query::parse(&sql, 0).map_err(|e| TestCaseError::fail(format!("{sql}: {e}")))?;
        let value = parsed.protobuf.nodes().iter().find_map(|(n, ..)| match n {
            NodeRef::AConst(c) => match &c.val { Some(Val::Sval(s)) => Some(s.sval.clone()), _ => None },
            _ => None,
        });
        prop_assert_eq!(value, Some(text.clone()), "{}", sql);
    }
}

fn small_bundle(fixes: pgcarve_core::plan::Fixes) -> Bundle {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/generate_small.sql");
    let model = pgcarve_core::parse(&support::read(&path)).model;
    let pins = [("organizations", "tenancy"), ("customers", "sales"), ("orders", "sales"), ("order_audit", "audit")]
        .into_iter()
        .map(|(t, d)| (QualifiedName::new("public", t), d.to_string()))
        .collect();
    let mut plan = propose(&model, &PlanConfig { pins, ..PlanConfig::default() });
    plan.options.fixes = fixes;
    generate_checked(&model, &plan)
}

fn all_sql(bundle: &Bundle) -> String {
    bundle.files.iter().filter(|f| f.name.ends_with(".sql")).map(|f| f.content.as_str()).collect()
}

#[test]
fn fixes_apply_by_default_and_each_can_be_switched_off() {
    use pgcarve_core::plan::Fixes;
    let on = all_sql(&small_bundle(Fixes::default()));
    assert!(on.contains("CREATE POLICY tenant_isolation ON sales.orders"), "tenant isolation");
    assert!(on.contains("CREATE FUNCTION public.current_org_id() RETURNS bigint"), "the tenant function, typed like the key");
    assert!(on.contains("ALTER FUNCTION public.audit_order() SET search_path = audit"), "pinned search_path");
    assert!(on.contains("ALTER VIEW public.customer_totals SET (security_invoker = true);"), "invoker view");
    assert!(
        on.contains("ALTER FUNCTION public.order_count(p_customer integer, p_status public.order_status) SET search_path = sales"),
        "a pinned signature without its defaults"
    );
    assert!(
        on.contains("ALTER FUNCTION public.order_count(p_customer integer, p_status public.order_status) SET search_path TO 'public', 'pg_temp';"),
        "rollback gives back the function's own search_path"
    );

    let off = small_bundle(Fixes { function_search_path: false, tenant_rls: false, view_security_invoker: false });
    let sql = all_sql(&off);
    assert!(on.contains("def := pg_get_functiondef(f);"), "bodies naming old schemas are rewritten");
    for absent in ["CREATE POLICY", "current_org_id", "SET search_path =", "SET (security_invoker = true)", "pg_get_functiondef(f)"] {
        assert!(!sql.contains(absent), "{absent} with every fix off");
    }
    let readme = &off.file("README.md").expect("README").content;
    assert!(!readme.contains("## Fixes applied"));
    assert!(readme.contains("tenant-table-without-rls"), "the findings are left to the user");
    // Compatibility views are not a fix: they are always there.
    assert!(sql.contains("CREATE VIEW public.orders WITH (security_invoker = true) AS SELECT * FROM sales.orders;"));
}

#[test]
fn tenant_isolation_reuses_the_dumps_own_tenant_function() {
    let sql = "
CREATE FUNCTION public.current_clinic_id() RETURNS uuid LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.clinic', true), '')::uuid $$;
CREATE TABLE public.clinics (id uuid PRIMARY KEY);
CREATE TABLE public.patients (id uuid PRIMARY KEY, clinic_id uuid NOT NULL REFERENCES public.clinics (id));
CREATE TABLE public.visits (id uuid PRIMARY KEY, clinic_id uuid NOT NULL REFERENCES public.clinics (id));
CREATE TABLE public.invoices (id uuid PRIMARY KEY, clinic_id uuid NOT NULL REFERENCES public.clinics (id));
ALTER TABLE public.patients ENABLE ROW LEVEL SECURITY;
CREATE POLICY patients_clinic ON public.patients USING (clinic_id = public.current_clinic_id());
";
    let model = pgcarve_core::parse(sql).model;
    let pins = [("clinics", "care"), ("patients", "care"), ("visits", "care"), ("invoices", "billing")]
        .into_iter()
        .map(|(t, d)| (QualifiedName::new("public", t), d.to_string()))
        .collect();
    let plan = propose(&model, &PlanConfig { pins, ..PlanConfig::default() });
    let bundle = generate_checked(&model, &plan);
    let all = all_sql(&bundle);
    assert!(
        all.contains("CREATE POLICY tenant_isolation ON billing.invoices AS PERMISSIVE FOR ALL TO PUBLIC USING (clinic_id = public.current_clinic_id())"),
        "{all}"
    );
    assert!(all.contains("CREATE POLICY tenant_isolation ON care.visits"));
    assert!(!all.contains("current_org_id"), "no new tenant function");
    assert!(!all.contains("ON care.patients AS PERMISSIVE"), "patients already has its policy");
}

#[test]
fn a_plan_that_moves_nothing_gives_a_bundle_that_does_nothing() {
    let model = pgcarve_core::parse("CREATE TABLE public.t (id int PRIMARY KEY);").model;
    let pins = [(QualifiedName::new("public", "t"), "public".to_string())].into_iter().collect();
    let plan = propose(&model, &PlanConfig { pins, ..PlanConfig::default() });
    let bundle = generate_checked(&model, &plan);
    let names: Vec<&str> = bundle.forward().iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["000_preflight.sql", "010_roles_and_schemas.sql"]);
    assert!(!all_sql(&bundle).contains("SET SCHEMA"));
    for file in bundle.files.iter().filter(|f| f.name.ends_with(".sql")) {
        reparses(&file.name, &file.content);
    }
}
