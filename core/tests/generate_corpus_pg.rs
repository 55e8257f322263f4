//! The bundle on real-world dumps in PostgreSQL 15: pagila (partitions, a domain, an
//! enum, triggers, a non-ASCII identifier), chinook, northwind and adventureworks_flat
//! (68 tables in `public`, discovered domains) and supabase_flat (RLS on 32 tables with
//! their policies, grants to Supabase's roles, default privileges, SECURITY DEFINER
//! functions). Each is loaded with sample rows (`fixtures/generate_fill.sql`), migrated
//! with the proposed plan, verified, read through its old names, and rolled back to an
//! identical `pg_dump --schema-only` and identical data. One cluster, one database per dump, one after the other (the roles
//! `app_read` / `app_write` are cluster-wide: each bundle creates and drops them).

mod generate_common;
mod support;

use generate_common::load;
use pgcarve_core::plan::{propose, DomainChoice, PlanConfig};
use pgcarve_pgtest::Cluster;

/// The roles supabase_flat grants to and names in its policies (Supabase's built-ins).
const SUPABASE_ROLES: &str = "DO $$ DECLARE r text; BEGIN
    FOREACH r IN ARRAY ARRAY['anon', 'authenticated', 'dashboard_user', 'service_role', 'supabase_auth_admin', 'supabase_storage_admin'] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I', r); END IF;
    END LOOP;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'supabase_admin') THEN CREATE ROLE supabase_admin SUPERUSER; END IF;
END $$";

/// Payments in pagila's 2022 partitions (the filler's dates fall outside them): one per
/// rental the filler made, so the partitioned table moves with rows in its partitions.
const PAGILA_PAYMENTS: &str = "INSERT INTO public.payment (customer_id, staff_id, rental_id, amount, payment_date)
    SELECT r.customer_id, r.staff_id, r.rental_id, 4.99, timestamptz '2022-03-01' + r.rental_id * interval '1 day'
    FROM public.rental r ORDER BY r.rental_id LIMIT 20";

#[test]
fn corpus_bundles_apply_verify_and_roll_back() {
    let cluster = Cluster::start().expect("start PostgreSQL");
    let corpus = support::corpus_dir();
    for (file, domains, before, rows) in [
        ("pagila.sql", DomainChoice::Builtin, "", PAGILA_PAYMENTS),
        ("chinook.sql", DomainChoice::Auto, "", ""),
        ("northwind.sql", DomainChoice::Auto, "", ""),
        ("adventureworks_flat.sql", DomainChoice::Auto, "", ""),
        ("supabase_flat.sql", DomainChoice::Auto, SUPABASE_ROLES, ""),
    ] {
        let started = std::time::Instant::now();
        let rows: &str = rows;
        let database = file.trim_end_matches(".sql");
        let case = load(&cluster, database, before, &corpus.join(file), "", |model| {
            propose(model, &PlanConfig { domains: domains.clone(), ..PlanConfig::default() })
        });
        if !rows.is_empty() {
            let inserted = case.sql(&cluster, rows);
            assert!(inserted.starts_with("INSERT") && inserted != "INSERT 0 0", "{database}: {inserted}");
            eprintln!("{database}: {inserted} by hand");
        }
        let moved = case.moved().len();
        assert!(moved > 0, "{database}: the plan moves tables");
        let schema_before = cluster.dump_schema(database).expect("dump before");
        let data_before = case.data(&cluster, false);
        case.forward(&cluster);
        case.apply(&cluster, "verify.sql").unwrap_or_else(|e| panic!("{database}: verify.sql: {e}"));
        assert_eq!(case.data(&cluster, true), data_before, "{database}: same data under the new names");
        case.old_names_answer(&cluster);
        if database == "pagila" {
            // Through the old names: an insert whose trigger fires, a function whose body
            // names moved tables, then the row is gone again.
            let out = case.sql(
                &cluster,
                "BEGIN;
                 INSERT INTO public.actor (first_name, last_name) VALUES ('ADA', 'LOVELACE');
                 UPDATE public.actor SET last_update = '2000-01-01' WHERE last_name = 'LOVELACE';
                 SELECT last_update > '2001-01-01' FROM public.actor WHERE last_name = 'LOVELACE';
                 SELECT public.inventory_in_stock(coalesce((SELECT min(inventory_id) FROM public.inventory), 1)) IS NOT NULL;
                 ROLLBACK;",
            );
            assert!(out.lines().filter(|l| *l == "t").count() == 2, "pagila: trigger and function through old names: {out}");
        }
        case.rollback_restores(&cluster, &schema_before, &data_before);
        eprintln!(
            "{database}: {moved} tables moved, bundle {} files, {} bytes, {:.1} s",
            case.bundle.files.len(),
            case.bundle.size(),
            started.elapsed().as_secs_f64()
        );
    }
}
