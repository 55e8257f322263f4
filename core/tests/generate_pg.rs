//! The bundle on a real PostgreSQL 15: a small schema with everything a move touches, a
//! schema of nasty identifiers, and the YardPass demo. Each is loaded with sample rows,
//! migrated file by file, verified, used through its old names (queries, inserts through
//! compatibility views, functions, triggers, tenant isolation as an application role),
//! then rolled back to an identical `pg_dump --schema-only` and identical data. A
//! tampered database fails verification. One cluster, one database per case.

mod generate_common;
mod support;

use generate_common::{load, plan_with, Case};
use pgcarve_core::generate::quote::{ident, qualified};
use pgcarve_core::model::{QualifiedName, Volatility};
use pgcarve_core::plan::{propose, PlanConfig};
use pgcarve_pgtest::Cluster;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

const YARDPASS_ROWS: &str = include_str!("fixtures/generate_yardpass_rows.sql");

const NASTY_GRANTS: &str = r#"GRANT SELECT ON public.plain TO app_read; GRANT SELECT, UPDATE ON public."user" TO app_read"#;

const SMALL_ROLE: &str = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'small_app') THEN CREATE ROLE small_app NOLOGIN; END IF; END $$";

fn small_plan(model: &pgcarve_core::model::Model) -> pgcarve_core::plan::Plan {
    plan_with(
        model,
        &[
            ("organizations", "tenancy"),
            ("customers", "sales"),
            ("orders", "sales"),
            ("order_audit", "audit"),
            ("page_views", "analytics"),
        ],
    )
}

/// Everything the issue asks of one database, up to and including rollback.
fn round_trip(cluster: &Cluster, case: &Case, extra: impl Fn(&Case)) {
    let schema_before = cluster.dump_schema(&case.database).expect("dump before");
    let data_before = case.data(cluster, false);
    case.forward(cluster);
    let verified = case.apply(cluster, "verify.sql").unwrap_or_else(|e| panic!("{}: verify.sql: {e}", case.database));
    let _ = verified;
    assert_eq!(case.data(cluster, true), data_before, "{}: same data under the new names", case.database);
    case.old_names_answer(cluster);
    // Re-running a forward file stops with a clear message and changes nothing.
    for file in case.bundle.forward() {
        let again = case.apply(cluster, &file.name).expect_err("a forward file runs once");
        assert!(again.contains("already ran"), "{}: {}: {again}", case.database, file.name);
    }
    extra(case);
    case.apply(cluster, "verify.sql").unwrap_or_else(|e| panic!("{}: verify.sql after use: {e}", case.database));
    case.rollback_restores(cluster, &schema_before, &data_before);
}

#[test]
fn bundles_apply_verify_and_roll_back() {
    let cluster = Cluster::start().expect("start PostgreSQL");
    let started = std::time::Instant::now();

    // Our quoting agrees with PostgreSQL 15's quote_ident on every keyword it knows.
    let keywords = cluster
        .psql("postgres", "SELECT word || ' ' || quote_ident(word) FROM pg_get_keywords() ORDER BY word")
        .expect("keywords");
    for line in keywords.lines() {
        let (word, quoted) = line.split_once(' ').unwrap_or((line, line));
        assert_eq!(ident(word), quoted, "quoting the keyword {word}");
    }

    // The small schema: roles app_read/app_write do not exist yet, so the bundle creates
    // them and rollback drops them.
    let small = load(&cluster, "small", SMALL_ROLE, &fixture("generate_small.sql"), "", small_plan);
    round_trip(&cluster, &small, |case| {
        let s = |sql: &str| case.sql(&cluster, sql);
        // INSERT through a compatibility view: the table's serial default and the free
        // sequence's default apply; the trigger (body names order_audit, moved) fires.
        let audits = s("SELECT count(*) FROM public.order_audit");
        let last_audit = s("SELECT coalesce(max(id), 0) FROM public.order_audit");
        s("INSERT INTO public.orders (organization_id, customer_id, total)
           SELECT organization_id, id, 9.5 FROM public.customers ORDER BY id LIMIT 1");
        assert_eq!(
            s("SELECT count(*) FROM public.order_audit")
                .parse::<i64>()
                .unwrap_or(0),
            audits.parse::<i64>().unwrap_or(0) + 1,
            "the trigger fired through the view"
        );
        s("UPDATE public.orders SET total = total + 1 WHERE total = 9.5");
        // A function whose body names a moved table, called as before.
        let n = s("SELECT public.order_count((SELECT customer_id FROM public.orders WHERE total = 10.5 LIMIT 1))");
        assert!(n.parse::<i64>().unwrap_or(0) >= 1, "order_count through the pinned search_path: {n}");
        s("DELETE FROM public.orders WHERE total = 10.5");
        // Bodies that named moved objects with the old schema are rewritten, and work.
        assert_eq!(s("SELECT prosrc LIKE '%sales.customers%' FROM pg_proc WHERE proname = 'customer_emails'"), "t");
        assert_eq!(s("SELECT prosrc LIKE '%sales.invoice_numbers%' FROM pg_proc WHERE proname = 'next_invoice_no'"), "t");
        assert_eq!(s("SELECT count(*) FROM public.customer_emails()"), s("SELECT count(*) FROM sales.customers"));
        assert!(s("SELECT public.next_invoice_no()").parse::<i64>().unwrap_or(0) >= 1000);
        s(&format!("DELETE FROM public.order_audit WHERE id > {last_audit}"));
        // The moved type's old name still casts (a domain over the moved enum), and its
        // values go into the moved column; literals compare as before.
        assert_eq!(s("SELECT 'shipped'::order_status::text"), "shipped");
        assert_eq!(s("SELECT ('paid'::public.order_status)::sales.order_status::text"), "paid");
        assert_eq!(s("SELECT count(*) >= 0 FROM public.orders WHERE status = 'paid'"), "t");
        // The existing view still reads the moved tables.
        s("SELECT count(*) FROM public.customer_totals");
        // The old grants hold on the compatibility view.
        assert_eq!(s("SELECT has_table_privilege('small_app', 'public.orders', 'INSERT')"), "t");
        assert_eq!(s("SELECT has_column_privilege('small_app', 'public.customers', 'email', 'UPDATE')"), "t");
        assert_eq!(s("SELECT has_column_privilege('small_app', 'public.customers', 'id', 'UPDATE')"), "f");
        // The old grantee reaches the moved tables through the old names (USAGE on the new
        // schema); with no tenant set, RLS shows it nothing.
        let as_app = s("SET ROLE small_app; SELECT count(*) FROM public.orders");
        assert!(as_app.ends_with("\n0"), "{as_app}");
        let as_app = s("SET ROLE small_app; SELECT count(*) FROM public.customer_totals");
        assert!(as_app.ends_with("\n0"), "{as_app}");
        // Tenant isolation for an application role, through the old names.
        s("CREATE ROLE small_tester LOGIN IN ROLE app_read");
        assert!(case.tenant_isolation_holds(&cluster, "small_tester") >= 1, "tenant rows were checked");
        s("DROP ROLE small_tester");
    });
    assert_eq!(
        small.sql(&cluster, "SELECT count(*) FROM pg_roles WHERE rolname IN ('app_read', 'app_write')"),
        "0",
        "rollback drops the roles the bundle created"
    );

    // A bundle that stopped half way (preflight, roles and schemas, the first domain)
    // rolls back to the same dump and data.
    {
        let schema_before = cluster.dump_schema(&small.database).expect("dump");
        let data_before = small.data(&cluster, false);
        for file in small.bundle.forward().iter().take(3) {
            small.apply(&cluster, &file.name).unwrap_or_else(|e| panic!("{}: {e}", file.name));
        }
        small.rollback_restores(&cluster, &schema_before, &data_before);
    }

    // A tampered database: a row deleted after preflight, a foreign key orphaned.
    let tampered = load(&cluster, "tampered", SMALL_ROLE, &fixture("generate_small.sql"), "", small_plan);
    tampered.forward(&cluster);
    tampered.sql(
        &cluster,
        "SET session_replication_role = replica; DELETE FROM tenancy.organizations WHERE id = (SELECT organization_id FROM sales.orders LIMIT 1)",
    );
    tampered.sql(&cluster, "ALTER TABLE sales.orders DISABLE ROW LEVEL SECURITY");
    let failed = tampered.apply(&cluster, "verify.sql").expect_err("verify.sql fails on a tampered database");
    assert!(failed.contains("verification failed"), "{failed}");
    assert!(failed.contains("tenant table sales.orders does not have row level security enabled"), "{failed}");
    assert!(failed.contains("orphaned row"), "an orphaned foreign key is reported: {failed}");
    assert!(failed.contains("preflight recorded"), "the missing row is reported: {failed}");
    tampered.apply(&cluster, "rollback.sql").expect("rollback after tampering");

    // An orphan behind a NOT VALID foreign key is reported too.
    let invalid = load(&cluster, "tampered_not_valid", SMALL_ROLE, &fixture("generate_small.sql"), "", small_plan);
    invalid.forward(&cluster);
    invalid.apply(&cluster, "verify.sql").expect("verify.sql passes before tampering");
    invalid.sql(
        &cluster,
        "ALTER TABLE sales.orders DROP CONSTRAINT orders_customer_id_fkey;
         UPDATE sales.orders SET customer_id = -1 WHERE id = (SELECT min(id) FROM sales.orders);
         ALTER TABLE sales.orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES sales.customers (id) NOT VALID",
    );
    let failed = invalid.apply(&cluster, "verify.sql").expect_err("verify.sql fails");
    assert!(failed.contains("foreign key orders_customer_id_fkey on sales.orders: 1 orphaned row(s)"), "{failed}");
    invalid.apply(&cluster, "rollback.sql").expect("rollback after tampering");

    eprintln!("generate_pg: small and tampered {:.1} s", started.elapsed().as_secs_f64());

    // Nasty identifiers: reserved words, mixed case, spaces, quotes, unicode, `$$`, in
    // tables, columns, schemas (old and new), sequences and a type.
    // Here app_read exists before the bundle and holds grants of its own (on a moved and
    // a staying table): the bundle creates only app_write, and rollback keeps app_read
    // and its grants exactly.
    let nasty = load(&cluster, "nasty", "CREATE ROLE app_read NOLOGIN", &fixture("generate_nasty.sql"), NASTY_GRANTS, |model| {
        let pins = [
            (QualifiedName::new("public", "user"), "Auth Zone"),
            (QualifiedName::new("public", "Order \"Lines\""), "select"),
            (QualifiedName::new("Legacy Stuff", "Über$$Table"), "café $$"),
            (QualifiedName::new("public", "plain"), "public"),
        ];
        let pins = pins.into_iter().map(|(t, d)| (t, d.to_string())).collect();
        propose(model, &PlanConfig { pins, ..PlanConfig::default() })
    });
    assert_eq!(nasty.moved().len(), 3, "{:?}", nasty.moved());
    round_trip(&cluster, &nasty, |case| {
        let s = |sql: &str| case.sql(&cluster, sql);
        s(r#"INSERT INTO public."user" ("Full Name") VALUES ('O''Brien')"#);
        assert_eq!(s(r#"SELECT "mood" FROM "Auth Zone"."user" WHERE "Full Name" = 'O''Brien'"#), "ok");
        s(r#"DELETE FROM public."user" WHERE "Full Name" = 'O''Brien'"#);
    });

    assert_eq!(
        nasty.sql(&cluster, "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname IN ('app_read', 'app_write')"),
        "app_read",
        "rollback keeps the role it did not create and drops the one it did"
    );

    // The YardPass demo (Supabase roles first), with the dump's own tenant function.
    let mark = std::time::Instant::now();
    let roles = std::fs::read_to_string(support::project_root().join("public/demo/roles.sql")).expect("roles.sql");
    let yardpass = load(&cluster, "yardpass", &roles, &support::project_root().join("public/demo/yardpass.sql"), YARDPASS_ROWS, |model| {
        propose(model, &PlanConfig::default())
    });
    let moved = yardpass.moved().len();
    assert!(moved > 50, "YardPass moves most tables: {moved}");
    round_trip(&cluster, &yardpass, |case| {
        let s = |sql: &str| case.sql(&cluster, sql);
        // A trigger on a moved table fires through the compatibility view.
        let updated: Vec<&QualifiedName> = case
            .model
            .triggers
            .iter()
            .filter(|t| t.function.name == "set_updated_at" && case.moved().iter().any(|(old, _)| old == &t.table))
            .map(|t| &t.table)
            .collect();
        assert!(!updated.is_empty());
        let mut fired = 0;
        for table in updated {
            let has_rows = s(&format!("SELECT count(*) > 0 FROM {}", qualified(table)));
            if has_rows != "t" {
                continue;
            }
            let out = s(&format!(
                "BEGIN; UPDATE {t} SET updated_at = NULL; SELECT bool_and(updated_at = now()) FROM {t}; ROLLBACK;",
                t = qualified(table)
            ));
            assert!(out.lines().any(|l| l == "t"), "set_updated_at fired on {table}: {out}");
            fired += 1;
        }
        assert!(fired > 0, "some table with set_updated_at has rows");
        // Functions whose bodies name moved tables (pinned or rewritten), called as before:
        // every function without arguments that changes nothing.
        let mut called = 0;
        for function in &case.model.functions {
            let callable = function.arguments.is_empty()
                && function.volatility != Volatility::Volatile
                && function.returns.as_deref().is_some_and(|r| r != "trigger");
            if callable {
                s(&format!("SELECT count(*) FROM (SELECT {}()) AS f", qualified(&function.name)));
                called += 1;
            }
        }
        assert!(called > 0);
        assert_eq!(s("SELECT prosrc LIKE '%organizations.org_memberships%' FROM pg_proc WHERE proname = 'user_orgs'"), "t");
        // Tenant isolation as a non-owner member of app_read.
        s("CREATE ROLE yp_tester LOGIN IN ROLE app_read");
        let checked = case.tenant_isolation_holds(&cluster, "yp_tester");
        eprintln!("yardpass: tenant isolation checked on {checked} tables with rows");
        assert!(checked > 0);
        s("DROP ROLE yp_tester");
    });
    eprintln!("generate_pg: yardpass {:.1} s ({moved} tables moved)", mark.elapsed().as_secs_f64());
}
