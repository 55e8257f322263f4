//! The planner's work, as the worker runs it: parse a dump once ([`Reading`]), keep the
//! model and the proposal ([`Engine`]), and answer every change of the user's edits with
//! a [`PlanView`] (the plan and the domain order) and then a [`BundleView`] (the checks'
//! findings, the bundle, the plan file). Plain Rust: it runs natively in the unit tests
//! and in the worker's wasm.

use crate::protocol::{
    AssignmentView, BundleView, ColumnView, Counts, EdgeView, Edits, FindingView, PlanView, SchemaView, TableKey,
    TableView,
};
use pgcarve_core::graph::{domain_order, quotient, RelationGraph};
use pgcarve_core::model::{Model, QualifiedName};
use pgcarve_core::plan::{read_plan, write_plan, DomainChoice, Plan, PlanConfig, Planner};
use pgcarve_core::Parsed;
use std::collections::{BTreeMap, BTreeSet};

/// A parsed schema, not yet proposed: what the diagram can draw while the proposal runs.
pub struct Reading {
    model: Model,
    graph: RelationGraph,
    /// Table keys in `SchemaView::tables` order.
    keys: Vec<TableKey>,
    names: BTreeMap<TableKey, QualifiedName>,
}

/// A loaded schema and its proposal.
pub struct Engine {
    model: Model,
    graph: RelationGraph,
    planner: Planner,
    keys: Vec<TableKey>,
    names: BTreeMap<TableKey, QualifiedName>,
}

/// A plan as sent ([`PlanView`]) and as the checks and the bundle need it.
pub struct Planned {
    pub view: PlanView,
    plan: Plan,
}

/// The key of a table: `schema.name`.
pub fn key_of(name: &QualifiedName) -> TableKey {
    format!("{}.{}", name.schema, name.name)
}

impl Reading {
    /// Parses a dump's bytes; `progress(stage, percent)` hears each step. What is not a
    /// plain-text PostgreSQL dump (a custom-format or tar archive, gzip, SQLite, bytes
    /// that are not UTF-8) is one located diagnostic saying what to do.
    pub fn read(input: &[u8], progress: &mut dyn FnMut(&str, u8)) -> (Reading, SchemaView) {
        progress("parsing", 5);
        let parsed = pgcarve_core::parse_bytes(input);
        progress("building the graph", 40);
        let view = schema_view(&parsed);
        let model = parsed.model;
        let graph = RelationGraph::from_model(&model);
        let keys: Vec<TableKey> = view.tables.iter().map(|t| t.key.clone()).collect();
        let names = model.tables.iter().map(|t| (key_of(&t.name), t.name.clone())).collect();
        (Reading { model, graph, keys, names }, view)
    }
}

impl Engine {
    /// Proposes domains for a parsed schema.
    pub fn propose(reading: Reading) -> Engine {
        let Reading { model, graph, keys, names } = reading;
        let planner = Planner::new(&model, &auto(BTreeMap::new()));
        Engine { model, graph, planner, keys, names }
    }

    /// [`Reading::read`] then [`Engine::propose`].
    pub fn load(sql: &str, progress: &mut dyn FnMut(&str, u8)) -> (Engine, SchemaView) {
        let (reading, view) = Reading::read(sql.as_bytes(), progress);
        progress("proposing domains", 55);
        (Engine::propose(reading), view)
    }

    /// The proposal with `edits` laid over it; `id` numbers it.
    pub fn plan(&self, edits: &Edits, id: u64) -> Planned {
        let pins = self.pins(edits);
        let plan = self.planner.replan(&self.model, &pins, &edits.renames);
        Planned { view: self.view(&plan, id), plan }
    }

    /// A new proposal that follows the pins (satellites join their pinned tables).
    pub fn repropose(&mut self, edits: &Edits, id: u64) -> Planned {
        self.planner = Planner::new(&self.model, &auto(self.pins(edits)));
        self.plan(edits, id)
    }

    /// The edits a plan file stands for: every table it places is pinned.
    pub fn open_plan(&self, json: &str) -> Result<Edits, String> {
        let plan = read_plan(json, &self.model).map_err(|e| e.to_string())?;
        let pins = plan.assignments.iter().map(|a| (key_of(&a.table), a.domain.clone())).collect();
        Ok(Edits { pins, renames: BTreeMap::new() })
    }

    fn pins(&self, edits: &Edits) -> BTreeMap<QualifiedName, String> {
        edits.pins.iter().filter_map(|(k, d)| Some((self.names.get(k)?.clone(), d.clone()))).collect()
    }

    fn view(&self, plan: &Plan, id: u64) -> PlanView {
        let by_key: BTreeMap<TableKey, &pgcarve_core::plan::Assignment> =
            plan.assignments.iter().map(|a| (key_of(&a.table), a)).collect();
        let assignments = self
            .keys
            .iter()
            .map(|k| match by_key.get(k) {
                Some(a) => AssignmentView {
                    domain: a.domain.clone(),
                    reason: a.reason.clone(),
                    confidence: a.confidence,
                    pinned: a.pinned,
                },
                None => AssignmentView { domain: self.names.get(k).map(|n| n.schema.clone()).unwrap_or_default(), ..Default::default() },
            })
            .collect();
        let domains: BTreeMap<QualifiedName, String> =
            plan.assignments.iter().map(|a| (a.table.clone(), a.domain.clone())).collect();
        let order = domain_order(&quotient(&self.graph, &domains));
        PlanView { id, assignments, domain_order: order.order, cycles: order.cycles }
    }

    /// What follows from `planned`: the checks' findings, the bundle, the plan file.
    pub fn bundle(&self, planned: &Planned) -> BundleView {
        let plan = &planned.plan;
        let checked = pgcarve_core::check::check(&self.model, plan);
        let bundle = pgcarve_core::generate::generate(&self.model, plan, &checked);
        let findings = checked
            .into_iter()
            .enumerate()
            .map(|(at, f)| FindingView {
                fixed: bundle.fixed.binary_search(&at).is_ok(),
                check: f.check.to_string(),
                severity: format!("{:?}", f.severity).to_lowercase(),
                subject: key_of(&f.subject),
                message: f.message,
                help: f.help,
                line: f.line,
            })
            .collect();
        BundleView {
            plan: planned.view.id,
            findings,
            files: bundle.files.into_iter().map(|f| (f.name, f.content)).collect(),
            plan_json: write_plan(plan),
        }
    }
}

fn auto(pins: BTreeMap<QualifiedName, String>) -> PlanConfig {
    PlanConfig { domains: DomainChoice::Auto, pins, ..PlanConfig::default() }
}

fn schema_view(parsed: &Parsed) -> SchemaView {
    let model = &parsed.model;
    let index: BTreeMap<&QualifiedName, usize> = model.tables.iter().enumerate().map(|(i, t)| (&t.name, i)).collect();
    let mut fk_columns: BTreeSet<(&QualifiedName, &str)> = BTreeSet::new();
    let mut edges = BTreeSet::new();
    for fk in &model.foreign_keys {
        for c in &fk.columns {
            fk_columns.insert((&fk.table, c.as_str()));
        }
        if let (Some(&from), Some(&to)) = (index.get(&fk.table), index.get(&fk.ref_table)) {
            if from != to {
                edges.insert((from, to));
            }
        }
    }
    let tables = model
        .tables
        .iter()
        .map(|t| {
            let pk: BTreeSet<&str> =
                t.primary_key.iter().flat_map(|k| k.columns.iter().map(String::as_str)).collect();
            TableView {
                key: key_of(&t.name),
                schema: t.name.schema.clone(),
                name: t.name.name.clone(),
                columns: t
                    .columns
                    .iter()
                    .map(|c| ColumnView {
                        name: c.name.clone(),
                        data_type: c.data_type.clone(),
                        primary_key: pk.contains(c.name.as_str()),
                        foreign_key: fk_columns.contains(&(&t.name, c.name.as_str())),
                        nullable: c.nullable,
                    })
                    .collect(),
                rls: t.rls_enabled,
                partition_of: t.partition_of.as_ref().map(key_of),
                line: t.location.line,
            }
        })
        .collect();
    let (_, _, unsupported) = parsed.outcome_counts();
    SchemaView {
        tables,
        edges: edges.into_iter().map(|(from, to)| EdgeView { from, to }).collect(),
        counts: Counts {
            tables: model.tables.len(),
            foreign_keys: model.foreign_keys.len(),
            views: model.views.len(),
            functions: model.functions.len(),
            policies: model.policies.len(),
            rls_tables: model.tables.iter().filter(|t| t.rls_enabled).count(),
            statements: parsed.statements.len(),
            unsupported,
        },
        diagnostics: parsed.diagnostics.iter().map(ToString::to_string).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQL: &str = "
CREATE TABLE public.users (id int PRIMARY KEY, email text);
CREATE TABLE public.orders (id int PRIMARY KEY, user_id int REFERENCES public.users(id));
CREATE TABLE public.order_items (id int PRIMARY KEY, order_id int REFERENCES public.orders(id));
";

    #[test]
    fn bytes_that_are_not_a_text_dump_say_what_they_are_and_where() {
        let (_, custom) = Reading::read(b"PGDMP\x01\x0e\x00\x04\x08\x01\x01\xff", &mut |_, _| {});
        assert!(custom.tables.is_empty());
        assert_eq!(custom.diagnostics.len(), 1);
        assert!(custom.diagnostics[0].starts_with("1:1: error") && custom.diagnostics[0].contains("pg_restore --schema-only"), "{custom:?}");
        let (_, latin1) = Reading::read(b"CREATE TABLE a (id int);\nCREATE TABLE caf\xe9 (id int);", &mut |_, _| {});
        assert!(latin1.diagnostics[0].starts_with("2:17: error") && latin1.diagnostics[0].contains("not UTF-8"), "{latin1:?}");
    }

    #[test]
    fn load_describes_the_schema_and_a_plan_for_every_table() {
        let mut stages = Vec::new();
        let (engine, schema) = Engine::load(SQL, &mut |s, p| stages.push((s.to_string(), p)));
        assert_eq!(schema.tables.len(), 3);
        assert_eq!(schema.edges.len(), 2);
        let orders = schema.tables.iter().find(|t| t.name == "orders").expect("orders");
        assert!(orders.columns.iter().any(|c| c.name == "user_id" && c.foreign_key && !c.primary_key));
        assert!(orders.columns.iter().any(|c| c.name == "id" && c.primary_key));
        assert!(stages.windows(2).all(|w| w[0].1 < w[1].1), "{stages:?}");
        let planned = engine.plan(&Edits::default(), 7);
        assert_eq!(planned.view.assignments.len(), 3);
        assert_eq!(planned.view.id, 7);
        let bundle = engine.bundle(&planned);
        assert_eq!(bundle.plan, 7);
        assert!(bundle.plan_json.contains("\"version\": 1"));
        let names: Vec<&str> = bundle.files.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"verify.sql") && names.contains(&"rollback.sql"), "{names:?}");
    }

    #[test]
    fn a_pin_moves_one_table_and_a_plan_file_gives_the_pins_back() {
        let (engine, schema) = Engine::load(SQL, &mut |_, _| {});
        let mut edits = Edits::default();
        edits.pins.insert("public.orders".into(), "sales".into());
        let planned = engine.plan(&edits, 1);
        let at = schema.tables.iter().position(|t| t.key == "public.orders").expect("orders");
        assert_eq!(planned.view.assignments[at].domain, "sales");
        assert!(planned.view.assignments[at].pinned);
        let opened = engine.open_plan(&engine.bundle(&planned).plan_json).expect("its own plan file reads back");
        assert_eq!(opened.pins.get("public.orders").map(String::as_str), Some("sales"));
        assert_eq!(opened.pins.len(), 3);
        assert!(engine.open_plan("{\"version\": 2, \"domains\": []}").is_err());
    }

    #[test]
    fn findings_the_bundle_resolves_are_marked_fixed() {
        let sql = format!(
            "{SQL}CREATE FUNCTION public.total(p int) RETURNS bigint LANGUAGE sql \
             AS $$ SELECT count(*) FROM order_items WHERE order_id = p $$;"
        );
        let (engine, _) = Engine::load(&sql, &mut |_, _| {});
        let mut edits = Edits::default();
        edits.pins.insert("public.order_items".into(), "sales".into());
        let bundle = engine.bundle(&engine.plan(&edits, 1));
        let moved = bundle.findings.iter().find(|f| f.check == "function-references-moved-table").expect("the function breaks");
        assert!(moved.fixed, "its search_path is pinned: {moved:?}");
        let crossing = bundle.findings.iter().find(|f| f.check == "cross-domain-fk").expect("a key crosses domains");
        assert!(!crossing.fixed, "nothing to fix: {crossing:?}");
    }
}
