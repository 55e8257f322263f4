//! `pgcarve generate` end to end: a bundle written to a directory and a ZIP from a plan
//! written by `pgcarve plan -o`, and the refusals (no output, a directory with other SQL
//! files, an unreadable plan), with their exit statuses.

mod support;

use std::path::PathBuf;
use support::{pgcarve_in as pgcarve, scratch_dir, stderr};

const DUMP: &str = r#"CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint, total numeric);
CREATE TABLE public.users (id bigint NOT NULL);
CREATE FUNCTION public.order_total(p_id bigint) RETURNS numeric
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT total FROM orders WHERE id = p_id); END $$;
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
"#;

const PLAN: &str = r#"{"version": 1, "domains": [
    {"name": "sales", "tables": ["public.orders"]},
    {"name": "accounts", "tables": ["public.users"]}
]}"#;

fn scratch(test: &str) -> PathBuf {
    scratch_dir("generate", test, &[("dump.sql", DUMP), ("plan.json", PLAN)])
}

#[test]
fn writes_the_bundle_to_a_directory_and_a_zip() {
    let dir = scratch("bundle");
    let out = pgcarve(&dir, &["generate", "dump.sql", "--plan", "plan.json", "-o", "bundle", "--zip", "bundle.zip"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mut names: Vec<String> = std::fs::read_dir(dir.join("bundle"))
        .expect("bundle dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "000_preflight.sql",
            "010_roles_and_schemas.sql",
            "020_accounts.sql",
            "030_sales.sql",
            "README.md",
            "plan.json",
            "rollback.sql",
            "verify.sql"
        ]
    );
    let sales = std::fs::read_to_string(dir.join("bundle/030_sales.sql")).expect("sales");
    assert!(sales.contains("ALTER TABLE public.orders SET SCHEMA sales;"), "{sales}");
    assert!(sales.contains("CREATE VIEW public.orders WITH (security_invoker = true) AS SELECT * FROM sales.orders;"));
    let roles = std::fs::read_to_string(dir.join("bundle/010_roles_and_schemas.sql")).expect("roles");
    assert!(roles.contains("ALTER FUNCTION public.order_total(p_id bigint) SET search_path = sales, public"), "{roles}");
    assert!(stderr(&out).contains("apply 000_preflight.sql, 010_roles_and_schemas.sql, 020_accounts.sql, 030_sales.sql"));

    let zip = std::fs::read(dir.join("bundle.zip")).expect("zip");
    assert_eq!(&zip[..4], b"PK\x03\x04");
    let text = String::from_utf8_lossy(&zip);
    for name in &names {
        assert!(text.contains(&format!("pgcarve-bundle/{name}")), "{name} in the zip");
    }
    // The end of central directory record counts the files.
    let end = &zip[zip.len() - 22..];
    assert_eq!(&end[..4], b"PK\x05\x06");
    assert_eq!(u16::from_le_bytes([end[10], end[11]]) as usize, names.len());

    // Writing again over the same bundle is fine.
    let again = pgcarve(&dir, &["generate", "dump.sql", "--plan", "plan.json", "-o", "bundle"]);
    assert!(again.status.success(), "{}", stderr(&again));
}

#[test]
fn refuses_what_it_cannot_do() {
    let dir = scratch("refusals");
    let none = pgcarve(&dir, &["generate", "dump.sql", "--plan", "plan.json"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(stderr(&none).contains("-o DIR and/or --zip FILE"), "{}", stderr(&none));

    std::fs::create_dir_all(dir.join("used")).expect("dir");
    std::fs::write(dir.join("used/999_other.sql"), "SELECT 1;").expect("other");
    let stale = pgcarve(&dir, &["generate", "dump.sql", "--plan", "plan.json", "-o", "used"]);
    assert_eq!(stale.status.code(), Some(2));
    assert!(stderr(&stale).contains("999_other.sql"), "{}", stderr(&stale));

    std::fs::write(dir.join("bad.json"), "{\"version\": 1, \"domains\": [{\"name\": \"x\", \"tables\": [\"public.nope\"]}]}")
        .expect("bad plan");
    let bad = pgcarve(&dir, &["generate", "dump.sql", "--plan", "bad.json", "-o", "out"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--plan bad.json"), "{}", stderr(&bad));
}
