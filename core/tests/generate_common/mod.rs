//! What the generator's PostgreSQL tests share: load a dump with sample rows, apply a
//! bundle file by file, check that old names still work, roll back, compare.
#![allow(dead_code)]

use pgcarve_core::check::{Finding, Fix};
use pgcarve_core::generate::quote::{ident, qualified};
use pgcarve_core::generate::{generate, Bundle};
use pgcarve_core::model::{Model, QualifiedName};
use pgcarve_core::plan::{propose, Plan, PlanConfig};
use pgcarve_pgtest::Cluster;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const FILL: &str = include_str!("../fixtures/generate_fill.sql");

/// One database to migrate.
pub struct Case {
    pub database: String,
    pub model: Model,
    pub plan: Plan,
    pub findings: Vec<Finding>,
    pub bundle: Bundle,
    pub dir: PathBuf,
}

/// A plan: `pins` (table name → domain, tables in `public`) over the built-in proposal.
pub fn plan_with(model: &Model, pins: &[(&str, &str)]) -> Plan {
    let pins: BTreeMap<QualifiedName, String> =
        pins.iter().map(|(t, d)| (QualifiedName::new("public", *t), d.to_string())).collect();
    propose(model, &PlanConfig { pins, ..PlanConfig::default() })
}

/// Creates `database`, runs `before` (roles), loads the dump, runs `rows` (hand-written
/// rows), fills sample rows, and generates the bundle of `plan` (with the checks'
/// findings) into a temp dir.
pub fn load(cluster: &Cluster, database: &str, before: &str, dump: &Path, rows: &str, plan: impl Fn(&Model) -> Plan) -> Case {
    cluster.create_database(database).unwrap_or_else(|e| panic!("{database}: {e}"));
    if !before.is_empty() {
        cluster.psql(database, before).unwrap_or_else(|e| panic!("{database}: {e}"));
    }
    cluster.psql_file(database, dump).unwrap_or_else(|e| panic!("{database}: loading {}: {e}", dump.display()));
    if !rows.is_empty() {
        cluster.psql(database, rows).unwrap_or_else(|e| panic!("{database}: rows: {e}"));
    }
    let filled = fill(cluster, database);
    eprintln!("{database}: sample rows: {filled}");
    let text = std::fs::read_to_string(dump).unwrap_or_else(|e| panic!("{}: {e}", dump.display()));
    let model = pgcarve_core::parse(&text).model;
    let plan = plan(&model);
    let findings = pgcarve_core::check::check(&model, &plan);
    let bundle = generate(&model, &plan, &findings);
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("pgcarve-bundle-{}-{database}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for file in &bundle.files {
        std::fs::write(dir.join(&file.name), &file.content).unwrap_or_else(|e| panic!("{}: {e}", file.name));
    }
    Case { database: database.to_string(), model, plan, findings, bundle, dir }
}

/// Fills sample rows; returns "N rows in M of K tables".
pub fn fill(cluster: &Cluster, database: &str) -> String {
    cluster.psql(database, FILL).unwrap_or_else(|e| panic!("{database}: filling: {e}"));
    let counts = cluster
        .psql(
            database,
            "SELECT count(*) FILTER (WHERE n_live_tup > 0) || ' of ' || count(*) || ' tables, ' || coalesce(sum(n_live_tup), 0) || ' rows'
             FROM (SELECT (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM ONLY %s', c.oid::regclass), false, true, '')))[1]::text::bigint AS n_live_tup
                   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                   WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%') t",
        )
        .unwrap_or_else(|e| panic!("{database}: {e}"));
    counts.trim().to_string()
}

impl Drop for Case {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl Case {
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// Applies `name` with psql (ON_ERROR_STOP); the error text on failure.
    pub fn apply(&self, cluster: &Cluster, name: &str) -> Result<String, String> {
        cluster.psql_file(&self.database, &self.path(name))
    }

    /// Every forward file in order; panics with the file's error.
    pub fn forward(&self, cluster: &Cluster) {
        for file in self.bundle.forward() {
            self.apply(cluster, &file.name).unwrap_or_else(|e| panic!("{}: {}: {e}", self.database, file.name));
        }
    }

    pub fn sql(&self, cluster: &Cluster, sql: &str) -> String {
        cluster.psql(&self.database, sql).unwrap_or_else(|e| panic!("{}: {e}\n{sql}", self.database)).trim().to_string()
    }

    /// The planned tables that move: (old name, new name).
    pub fn moved(&self) -> Vec<(QualifiedName, QualifiedName)> {
        self.plan
            .assignments
            .iter()
            .filter(|a| a.domain != a.table.schema && self.model.table(&a.table).is_some())
            .map(|a| (a.table.clone(), QualifiedName::new(a.domain.clone(), a.table.name.clone())))
            .collect()
    }

    /// Row counts and content of every table of the model, under `names` (old or new).
    pub fn data(&self, cluster: &Cluster, after: bool) -> String {
        let moved: BTreeMap<QualifiedName, QualifiedName> = self.moved().into_iter().collect();
        let parts: Vec<String> = self
            .model
            .tables
            .iter()
            .map(|t| {
                let name = if after { moved.get(&t.name).unwrap_or(&t.name) } else { &t.name };
                format!(
                    "SELECT {} || ' ' || count(*) || ' ' || md5(coalesce(string_agg(ROW(r.*)::text, E'\\n' ORDER BY ROW(r.*)::text), '')) AS line FROM ONLY {} AS r",
                    pgcarve_core::generate::quote::literal(&t.name.to_string()),
                    qualified(name)
                )
            })
            .collect();
        if parts.is_empty() {
            return String::new();
        }
        self.sql(cluster, &format!("SELECT string_agg(line, E'\\n' ORDER BY line) FROM ({}) AS x", parts.join(" UNION ALL ")))
    }

    /// Every old name answers `SELECT count(*)` with the count of the moved table, and
    /// takes INSERT, UPDATE and DELETE (an auto-updatable view).
    pub fn old_names_answer(&self, cluster: &Cluster) {
        for (old, new) in self.moved() {
            let sql = format!(
                "SELECT (SELECT count(*) FROM {}) = (SELECT count(*) FROM {}) AND pg_relation_is_updatable({}::regclass, false) & 28 = 28",
                qualified(&old),
                qualified(&new),
                pgcarve_core::generate::quote::literal(&qualified(&old))
            );
            assert_eq!(self.sql(cluster, &sql), "t", "{}: {old} answers like {new} and is updatable", self.database);
        }
    }

    /// Tenant tables the bundle isolates and moves (the application roles get grants on
    /// what moves): (new name, old name, tenant column).
    pub fn isolated(&self) -> Vec<(QualifiedName, QualifiedName, String)> {
        let mut out: Vec<(QualifiedName, QualifiedName, String)> = self
            .findings
            .iter()
            .filter_map(|f| match &f.fix {
                Some(Fix::TenantIsolation { table, column, .. })
                    if self.plan.options.fixes.tenant_rls && self.plan.target_schema(table) != table.schema =>
                {
                    let new = QualifiedName::new(self.plan.target_schema(table).to_string(), table.name.clone());
                    Some((new, table.clone(), column.clone()))
                }
                _ => None,
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// As `role` (a non-owner member of app_read): through the old name of every isolated
    /// table that has tenant rows, exactly the rows of the tenant set, none without one.
    /// Returns how many tables were checked with rows.
    pub fn tenant_isolation_holds(&self, cluster: &Cluster, role: &str) -> usize {
        let mut checked = 0;
        for (new, old, column) in self.isolated() {
            let top = self.sql(
                cluster,
                &format!(
                    "SELECT {c}::text || '|' || count(*) FROM {t} WHERE {c} IS NOT NULL GROUP BY {c} ORDER BY count(*) DESC, 1 LIMIT 1",
                    c = ident(&column),
                    t = qualified(&new)
                ),
            );
            let as_role = |setting: Option<&str>| {
                let set = match setting {
                    Some(v) => format!("SET app.current_org_id = {};", pgcarve_core::generate::quote::literal(v)),
                    None => "RESET app.current_org_id;".to_string(),
                };
                let out = self.sql(cluster, &format!("SET ROLE {}; {set} SELECT count(*) FROM {}", ident(role), qualified(&old)));
                out.lines().last().unwrap_or_default().to_string()
            };
            assert_eq!(as_role(None), "0", "{}: no tenant set, no rows of {old}", self.database);
            if let Some((tenant, count)) = top.split_once('|') {
                assert_eq!(as_role(Some(tenant)), count, "{}: tenant {tenant} sees its rows of {old}", self.database);
                let total = self.sql(cluster, &format!("SELECT count(*) FROM {}", qualified(&new)));
                assert_ne!(total, "0");
                checked += 1;
            }
        }
        checked
    }

    /// Rollback, then the schema dump and the data are what they were.
    pub fn rollback_restores(&self, cluster: &Cluster, schema_before: &str, data_before: &str) {
        self.apply(cluster, "rollback.sql").unwrap_or_else(|e| panic!("{}: rollback.sql: {e}", self.database));
        let schema_after = cluster.dump_schema(&self.database).unwrap_or_else(|e| panic!("{e}"));
        assert_same(&self.database, &strip_restrict(schema_before), &strip_restrict(&schema_after));
        assert_eq!(self.data(cluster, false), data_before, "{}: the data after rollback", self.database);
        let again = self.apply(cluster, "rollback.sql").expect_err("a second rollback stops");
        assert!(again.contains("nothing to roll back"), "{}: {again}", self.database);
        let verify = self.apply(cluster, "verify.sql").expect_err("verify after rollback stops");
        assert!(verify.contains("nothing to verify"), "{}: {verify}", self.database);
    }
}

/// pg_dump's `\restrict KEY` lines differ on every run.
fn strip_restrict(dump: &str) -> String {
    dump.lines().filter(|l| !l.starts_with("\\restrict") && !l.starts_with("\\unrestrict")).collect::<Vec<_>>().join("\n")
}

fn assert_same(database: &str, before: &str, after: &str) {
    if before != after {
        let b: Vec<&str> = before.lines().collect();
        let a: Vec<&str> = after.lines().collect();
        let first = b.iter().zip(&a).position(|(x, y)| x != y).unwrap_or(b.len().min(a.len()));
        let from = first.saturating_sub(5);
        panic!(
            "{database}: pg_dump --schema-only differs after rollback at line {}:\n--- before\n{}\n--- after\n{}",
            first + 1,
            b[from..(first + 15).min(b.len())].join("\n"),
            a[from..(first + 15).min(a.len())].join("\n")
        );
    }
}
