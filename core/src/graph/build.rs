//! Reading a [`Model`] into a [`RelationGraph`]: which model facts become which edges,
//! how trigger-function mentions are resolved, what is counted as unresolved.

use super::{Link, Relation, RelationGraph, RelationKind, Unresolved};
use crate::model::{Function, Model, QualifiedName, Table, Trigger};
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn build(model: &Model) -> RelationGraph {
    let (graph, duplicates) = nodes(model);
    let mut builder = Builder { graph, unresolved: Vec::new(), by_bare_name: BTreeMap::new() };
    for relation in builder.graph.graph.node_weights() {
        builder.by_bare_name.entry(relation.name.name.clone()).or_default().push(relation.name.clone());
    }
    builder.foreign_keys(model);
    builder.view_reads(model);
    builder.partitions(model);
    builder.trigger_mentions(model);
    builder.shared_sequences(model);
    let mut graph = builder.graph;
    builder.unresolved.sort();
    graph.unresolved = builder.unresolved;
    graph.duplicates = duplicates;
    graph
}

fn table_kind(table: &Table) -> RelationKind {
    match (&table.partition_of, &table.partition_by) {
        (Some(_), _) => RelationKind::Partition,
        (None, Some(_)) => RelationKind::PartitionedTable,
        (None, None) => RelationKind::Table,
    }
}

/// Every table and view, first definition wins, added in name order.
fn nodes(model: &Model) -> (RelationGraph, Vec<QualifiedName>) {
    let tables = model.tables.iter().map(|t| (&t.name, table_kind(t)));
    let views = model
        .views
        .iter()
        .map(|v| (&v.name, if v.materialized { RelationKind::MaterializedView } else { RelationKind::View }));
    let mut kinds: BTreeMap<&QualifiedName, RelationKind> = BTreeMap::new();
    let mut duplicates = Vec::new();
    for (name, kind) in tables.chain(views) {
        if kinds.contains_key(name) {
            duplicates.push(name.clone());
        } else {
            kinds.insert(name, kind);
        }
    }
    let mut owned: BTreeMap<&QualifiedName, Vec<QualifiedName>> = BTreeMap::new();
    for sequence in &model.sequences {
        if let Some((owner, _)) = sequence.owned_by.as_ref().or(sequence.identity_of.as_ref()) {
            owned.entry(owner).or_default().push(sequence.name.clone());
        }
    }
    let mut graph = RelationGraph { graph: DiGraph::new(), ..RelationGraph::default() };
    for (name, kind) in kinds {
        let mut owned_sequences = owned.remove(name).unwrap_or_default();
        owned_sequences.sort();
        owned_sequences.dedup();
        let index = graph.graph.add_node(Relation { name: name.clone(), kind, owned_sequences });
        graph.by_name.insert(name.clone(), index);
    }
    duplicates.sort();
    (graph, duplicates)
}

struct Builder {
    graph: RelationGraph,
    unresolved: Vec<Unresolved>,
    /// Bare relation name → every relation of that name (for unqualified mentions).
    by_bare_name: BTreeMap<String, Vec<QualifiedName>>,
}

impl Builder {
    fn index(&self, name: &QualifiedName) -> Option<NodeIndex> {
        self.graph.by_name.get(name).copied()
    }

    fn is_kind(&self, name: &QualifiedName, kinds: &[RelationKind]) -> bool {
        self.graph.relation(name).is_some_and(|r| kinds.contains(&r.kind))
    }

    /// Adds `from → to`, or records it as unresolved when either end is missing.
    fn link(&mut self, from: &QualifiedName, to: &QualifiedName, link: Link) {
        match (self.index(from), self.index(to)) {
            (Some(source), Some(target)) => {
                self.graph.graph.add_edge(source, target, link);
            }
            _ => self.unresolved.push(Unresolved { kind: link.kind(), from: from.clone(), to: to.clone() }),
        }
    }

    fn foreign_keys(&mut self, model: &Model) {
        for fk in &model.foreign_keys {
            let link = Link::ForeignKey {
                name: fk.name.clone(),
                columns: fk.columns.clone(),
                ref_columns: fk.ref_columns.clone(),
            };
            self.link(&fk.table, &fk.ref_table, link);
        }
    }

    fn view_reads(&mut self, model: &Model) {
        let view_kinds = [RelationKind::View, RelationKind::MaterializedView];
        for view in &model.views {
            if !self.is_kind(&view.name, &view_kinds) {
                continue; // a view whose name a table took first: that node is the table
            }
            let mut seen = BTreeSet::new();
            for read in view.reads.iter().filter(|r| *r != &view.name) {
                if seen.insert(read) {
                    self.link(&view.name, read, Link::ViewReads);
                }
            }
        }
    }

    /// `PARTITION OF` and `INHERITS`.
    fn partitions(&mut self, model: &Model) {
        for table in &model.tables {
            if let Some(parent) = &table.partition_of {
                self.link(&table.name, parent, Link::PartitionOf);
            }
            for parent in &table.inherits {
                self.link(&table.name, parent, Link::Inherits);
            }
        }
    }

    fn trigger_mentions(&mut self, model: &Model) {
        let mut functions: BTreeMap<&QualifiedName, Vec<&Function>> = BTreeMap::new();
        for function in &model.functions {
            functions.entry(&function.name).or_default().push(function);
        }
        let sequences: BTreeSet<&str> = model.sequences.iter().map(|s| s.name.name.as_str()).collect();
        for trigger in &model.triggers {
            if !self.graph.contains(&trigger.table) {
                continue; // a trigger of a table the dump does not define: no edge to draw from
            }
            // Overloads share the name; a trigger runs the zero-argument one, but all are read.
            let bodies = functions.get(&trigger.function).map(Vec::as_slice).unwrap_or_default();
            let mut seen = BTreeSet::new();
            for mention in bodies.iter().flat_map(|f| &f.mentions) {
                let (target, to) = self.resolve_mention(trigger, mention.schema.as_deref(), &mention.name);
                match target {
                    Some(target) if target == trigger.table => {}
                    Some(target) => {
                        if seen.insert(target.clone()) {
                            let link = Link::TriggerMentions {
                                trigger: trigger.name.clone(),
                                function: trigger.function.clone(),
                            };
                            self.link(&trigger.table, &target, link);
                        }
                    }
                    // Sequences are mentioned too (nextval), but they are not relations here.
                    None if sequences.contains(mention.name.as_str()) => {}
                    None => {
                        if seen.insert(to.clone()) {
                            let kind = super::EdgeKind::TriggerMentions;
                            self.unresolved.push(Unresolved { kind, from: trigger.table.clone(), to });
                        }
                    }
                }
            }
        }
    }

    /// A qualified mention names exactly one relation; an unqualified one the relation of
    /// that name in the trigger table's schema, else the only relation of that name. The
    /// second value is the name to report when it resolves to nothing (or to several).
    fn resolve_mention(
        &self,
        trigger: &Trigger,
        schema: Option<&str>,
        name: &str,
    ) -> (Option<QualifiedName>, QualifiedName) {
        let written = QualifiedName::new(schema.unwrap_or(&trigger.table.schema), name);
        if schema.is_some() || self.graph.contains(&written) {
            let found = self.graph.contains(&written).then(|| written.clone());
            return (found, written);
        }
        match self.by_bare_name.get(name).map(Vec::as_slice) {
            Some([only]) => (Some(only.clone()), written),
            _ => (None, written),
        }
    }

    fn shared_sequences(&mut self, model: &Model) {
        for sequence in &model.sequences {
            let mut users: Vec<&(QualifiedName, String)> =
                sequence.used_by.iter().filter(|(table, _)| self.graph.contains(table)).collect();
            users.sort();
            let owner = sequence.owned_by.as_ref().or(sequence.identity_of.as_ref()).map(|(table, _)| table);
            let Some(anchor) = owner.filter(|t| self.graph.contains(t)).or(users.first().map(|(t, _)| t)) else {
                continue;
            };
            let mut seen = BTreeSet::new();
            for (table, column) in users {
                if table != anchor && seen.insert(table) {
                    let link = Link::SharedSequence { sequence: sequence.name.clone(), column: column.clone() };
                    self.link(table, anchor, link);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{graph, q};
    use super::super::{EdgeKind, Link, RelationKind};

    const SHOP: &str = "
        CREATE SCHEMA shop;
        CREATE TABLE public.countries (code text PRIMARY KEY);
        CREATE TABLE shop.customers (id integer PRIMARY KEY, country text);
        CREATE TABLE shop.orders (id integer PRIMARY KEY, customer_id integer, parent_id integer);
        CREATE TABLE shop.audit (id integer);
        CREATE TABLE shop.events (id integer, at date) PARTITION BY RANGE (at);
        CREATE TABLE shop.events_2025 PARTITION OF shop.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        CREATE SEQUENCE shop.ids;
        ALTER SEQUENCE shop.ids OWNED BY shop.customers.id;
        ALTER TABLE shop.orders ALTER COLUMN id SET DEFAULT nextval('shop.ids'::regclass);
        ALTER TABLE ONLY shop.customers ADD CONSTRAINT customers_country_fkey FOREIGN KEY (country) REFERENCES public.countries(code);
        ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES shop.customers(id);
        ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_parent_fkey FOREIGN KEY (parent_id) REFERENCES shop.orders(id);
        ALTER TABLE ONLY shop.orders ADD CONSTRAINT orders_ghost_fkey FOREIGN KEY (id) REFERENCES shop.ghost(id);
        CREATE VIEW shop.order_view AS SELECT o.id FROM shop.orders o JOIN shop.customers c ON c.id = o.customer_id;
        CREATE FUNCTION shop.log() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO audit VALUES (1); PERFORM 1 FROM shop.orders; PERFORM nextval('shop.ids'); RETURN NEW; END $$;
        CREATE TRIGGER orders_log AFTER INSERT ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.log();
        CREATE TRIGGER customers_log AFTER INSERT ON shop.customers FOR EACH ROW EXECUTE FUNCTION shop.log();
    ";

    fn links(from: &str) -> Vec<(String, EdgeKind)> {
        let graph = graph(SHOP);
        graph.edges_from(&q(from)).iter().map(|e| (e.to.to_string(), e.kind())).collect()
    }

    #[test]
    fn nodes_are_tables_and_views_with_their_kind() {
        let graph = graph(SHOP);
        let kinds: Vec<(String, RelationKind)> = graph.relations().map(|r| (r.name.to_string(), r.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("public.countries".to_string(), RelationKind::Table),
                ("shop.audit".to_string(), RelationKind::Table),
                ("shop.customers".to_string(), RelationKind::Table),
                ("shop.events".to_string(), RelationKind::PartitionedTable),
                ("shop.events_2025".to_string(), RelationKind::Partition),
                ("shop.order_view".to_string(), RelationKind::View),
                ("shop.orders".to_string(), RelationKind::Table),
            ]
        );
        assert_eq!(graph.relation(&q("shop.customers")).map(|r| r.owned_sequences.clone()), Some(vec![q("shop.ids")]));
    }

    #[test]
    fn every_model_fact_is_its_edge() {
        use EdgeKind::*;
        let s = |name: &str, kind| (name.to_string(), kind);
        assert_eq!(
            links("shop.orders"),
            [
                s("shop.audit", TriggerMentions),
                s("shop.customers", ForeignKey),
                s("shop.customers", SharedSequence),
                s("shop.orders", ForeignKey),
            ]
        );
        assert_eq!(
            links("shop.customers"),
            [s("public.countries", ForeignKey), s("shop.audit", TriggerMentions), s("shop.orders", TriggerMentions)]
        );
        assert_eq!(links("shop.order_view"), [s("shop.customers", ViewReads), s("shop.orders", ViewReads)]);
        assert_eq!(links("shop.events_2025"), [s("shop.events", PartitionOf)]);
    }

    #[test]
    fn foreign_keys_keep_their_name_and_columns() {
        let graph = graph(SHOP);
        let edges = graph.edges_from(&q("shop.customers"));
        let first = edges.first().map(|e| e.link.clone());
        let expected = Link::ForeignKey {
            name: Some("customers_country_fkey".into()),
            columns: vec!["country".into()],
            ref_columns: vec!["code".into()],
        };
        assert_eq!(first, Some(expected));
    }

    #[test]
    fn edges_to_missing_relations_are_counted_not_drawn() {
        let graph = graph(SHOP);
        let unresolved: Vec<(EdgeKind, String)> =
            graph.unresolved().iter().map(|u| (u.kind, u.to.to_string())).collect();
        assert_eq!(unresolved, [(EdgeKind::ForeignKey, "shop.ghost".to_string())]);
        assert_eq!(graph.edge_counts()[&EdgeKind::ForeignKey], 3);
    }

    #[test]
    fn unqualified_mentions_prefer_the_trigger_table_schema_then_a_unique_name() {
        let sql = "
            CREATE SCHEMA a; CREATE SCHEMA b;
            CREATE TABLE a.t (id int); CREATE TABLE b.t (id int); CREATE TABLE b.only_b (id int);
            CREATE TABLE a.host (id int); CREATE TABLE public.t (id int);
            CREATE FUNCTION public.f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN DELETE FROM t; DELETE FROM only_b; RETURN NULL; END $$;
            CREATE TRIGGER tr AFTER INSERT ON a.host FOR EACH ROW EXECUTE FUNCTION public.f();
        ";
        let graph = graph(sql);
        let targets: Vec<String> = graph.edges_from(&q("a.host")).iter().map(|e| e.to.to_string()).collect();
        assert_eq!(targets, ["a.t", "b.only_b"]);
        assert!(graph.unresolved().is_empty(), "{:?}", graph.unresolved());
    }

    #[test]
    fn inheriting_tables_point_at_each_parent() {
        let sql = "CREATE TABLE a (id int); CREATE TABLE b (x int); CREATE TABLE c (y int) INHERITS (a, b);";
        let graph = graph(sql);
        let parents: Vec<(String, EdgeKind)> =
            graph.edges_from(&q("c")).iter().map(|e| (e.to.to_string(), e.kind())).collect();
        assert_eq!(
            parents,
            [("public.a".to_string(), EdgeKind::Inherits), ("public.b".to_string(), EdgeKind::Inherits)]
        );
    }

    #[test]
    fn duplicate_names_keep_the_first_definition() {
        let graph = graph("CREATE TABLE t (id int); CREATE VIEW t AS SELECT 1;");
        assert_eq!(graph.relation_count(), 1);
        assert_eq!(graph.duplicates(), [q("t")]);
    }
}
