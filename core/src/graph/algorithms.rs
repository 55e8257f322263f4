//! Algorithms over a [`RelationGraph`] that answer in names: neighbours, connected and
//! strongly connected components, and the weighted undirected projection clustering
//! works on. Every result is sorted by name.

use super::{EdgeKind, EdgeKinds, RelationGraph};
use crate::model::QualifiedName;
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::unionfind::UnionFind;
use petgraph::visit::EdgeRef;
use std::collections::{BTreeMap, BTreeSet};

/// The relations linked to `name` by an edge of one of `kinds`, in either direction
/// (what it depends on and what depends on it), sorted, each once, without `name`
/// itself. Empty when `name` is not in the graph.
pub fn neighbours(graph: &RelationGraph, name: &QualifiedName, kinds: EdgeKinds) -> Vec<QualifiedName> {
    let Some(index) = graph.index(name) else { return Vec::new() };
    let inner = graph.inner();
    let outgoing = inner.edges_directed(index, petgraph::Direction::Outgoing).map(|e| (e.target(), e.weight()));
    let incoming = inner.edges_directed(index, petgraph::Direction::Incoming).map(|e| (e.source(), e.weight()));
    let mut found: Vec<QualifiedName> = outgoing
        .chain(incoming)
        .filter(|(other, link)| *other != index && kinds.contains(link.kind()))
        .filter_map(|(other, _)| graph.name(other).cloned())
        .collect();
    found.sort();
    found.dedup();
    found
}

/// The connected components of the graph with every edge taken as undirected: every
/// relation is in exactly one component (an isolated relation is a component of one).
/// Each component is sorted; components are ordered by their first name.
pub fn connected_components(graph: &RelationGraph) -> Vec<Vec<QualifiedName>> {
    let inner = graph.inner();
    let mut sets = UnionFind::<usize>::new(inner.node_count());
    for edge in inner.edge_references() {
        sets.union(edge.source().index(), edge.target().index());
    }
    let mut components: BTreeMap<usize, Vec<QualifiedName>> = BTreeMap::new();
    for index in inner.node_indices() {
        if let Some(name) = graph.name(index) {
            components.entry(sets.find(index.index())).or_default().push(name.clone());
        }
    }
    sorted_groups(components.into_values())
}

/// The strongly connected components over the edges of `kinds` that hold more than one
/// relation: the dependency cycles. A relation that only references itself (a
/// self-referencing foreign key) is not a cycle here. Each component is sorted;
/// components are ordered by their first name.
pub fn strongly_connected_components(graph: &RelationGraph, kinds: EdgeKinds) -> Vec<Vec<QualifiedName>> {
    let inner = graph.inner();
    let mut filtered: DiGraph<(), ()> = DiGraph::with_capacity(inner.node_count(), inner.edge_count());
    for _ in inner.node_indices() {
        filtered.add_node(());
    }
    for edge in inner.edge_references().filter(|e| kinds.contains(e.weight().kind())) {
        filtered.add_edge(edge.source(), edge.target(), ());
    }
    let components = petgraph::algo::tarjan_scc(&filtered)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| component.into_iter().filter_map(|i: NodeIndex| graph.name(i).cloned()).collect());
    sorted_groups(components)
}

/// Sorts each group, then the groups by their first name.
fn sorted_groups(groups: impl Iterator<Item = Vec<QualifiedName>>) -> Vec<Vec<QualifiedName>> {
    let mut groups: Vec<Vec<QualifiedName>> = groups
        .map(|mut group| {
            group.sort();
            group
        })
        .collect();
    groups.sort();
    groups
}

/// How strongly one edge of a kind ties two relations together, for clustering:
/// - partition of: 4 (a partition always goes where its parent goes);
/// - inherits: 2 (a child usually goes with its parent, but a generic parent such as a
///   common base table may have children in several domains);
/// - foreign key: 1 (the unit);
/// - shared sequence: 1 (two tables numbering rows from one sequence);
/// - view reads: 0.5 (a view often joins several domains);
/// - trigger mentions: 0.5 (side effects such as audit logs cross domains).
pub fn weight_of(kind: EdgeKind) -> f64 {
    match kind {
        EdgeKind::PartitionOf => 4.0,
        EdgeKind::Inherits => 2.0,
        EdgeKind::ForeignKey | EdgeKind::SharedSequence => 1.0,
        EdgeKind::ViewReads | EdgeKind::TriggerMentions => 0.5,
    }
}

/// The undirected weighted projection: one entry per pair of distinct linked relations,
/// `(a, b, w)` with `a < b` and `w` the sum of [`weight_of`] over the edges between them
/// in either direction: every foreign key counts (two foreign keys tie two tables twice),
/// other kinds once per direction (two triggers of one table mentioning the same
/// relation tie them no more than one). Self-loops are left out. Sorted by `(a, b)`.
pub fn weighted_edges(graph: &RelationGraph) -> Vec<(QualifiedName, QualifiedName, f64)> {
    // Node indices are in name order, so this is already sorted by name.
    weighted_pairs(graph)
        .into_iter()
        .filter_map(|((a, b), w)| Some((graph.name(a)?.clone(), graph.name(b)?.clone(), w)))
        .collect()
}

/// [`weighted_edges`] by node index (`a < b`), for the clustering code in `graph/`.
pub(super) fn weighted_pairs(graph: &RelationGraph) -> BTreeMap<(NodeIndex, NodeIndex), f64> {
    let mut weights: BTreeMap<(NodeIndex, NodeIndex), f64> = BTreeMap::new();
    let mut counted: BTreeSet<(NodeIndex, NodeIndex, EdgeKind)> = BTreeSet::new();
    // Edges in index order, so the floating-point sums are always made in the same order.
    for edge in graph.inner().edge_references() {
        let (source, target, kind) = (edge.source(), edge.target(), edge.weight().kind());
        let adds_up = matches!(kind, EdgeKind::ForeignKey);
        if source != target && (adds_up || counted.insert((source, target, kind))) {
            *weights.entry((source.min(target), source.max(target))).or_default() += weight_of(kind);
        }
    }
    weights
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{graph, names, q};
    use super::*;

    const CYCLES: &str = "
        CREATE TABLE a (id int, b_id int); CREATE TABLE b (id int, a_id int);
        CREATE TABLE c (id int, parent int); CREATE TABLE d (id int, c_id int);
        CREATE TABLE lonely (id int);
        ALTER TABLE a ADD CONSTRAINT a_b FOREIGN KEY (b_id) REFERENCES b(id);
        ALTER TABLE b ADD CONSTRAINT b_a FOREIGN KEY (a_id) REFERENCES a(id);
        ALTER TABLE c ADD CONSTRAINT c_c FOREIGN KEY (parent) REFERENCES c(id);
        ALTER TABLE d ADD CONSTRAINT d_c FOREIGN KEY (c_id) REFERENCES c(id);
        CREATE VIEW v AS SELECT * FROM d JOIN a ON true;
    ";

    #[test]
    fn neighbours_go_both_ways_and_respect_the_filter() {
        let graph = graph(CYCLES);
        assert_eq!(names(&neighbours(&graph, &q("c"), EdgeKinds::ALL)), ["public.d"]);
        assert_eq!(names(&neighbours(&graph, &q("a"), EdgeKinds::ALL)), ["public.b", "public.v"]);
        assert_eq!(names(&neighbours(&graph, &q("a"), EdgeKind::ForeignKey.into())), ["public.b"]);
        assert_eq!(names(&neighbours(&graph, &q("v"), EdgeKind::ViewReads.into())), ["public.a", "public.d"]);
        assert!(neighbours(&graph, &q("nowhere"), EdgeKinds::ALL).is_empty());
    }

    #[test]
    fn connected_components_are_undirected_and_cover_every_relation() {
        let graph = graph(CYCLES);
        let components: Vec<Vec<String>> = connected_components(&graph).iter().map(|c| names(c)).collect();
        assert_eq!(
            components,
            [vec!["public.a", "public.b", "public.c", "public.d", "public.v"], vec!["public.lonely"]]
        );
        let foreign_keys_only = graph_without_views();
        let components: Vec<Vec<String>> = connected_components(&foreign_keys_only).iter().map(|c| names(c)).collect();
        assert_eq!(components, [vec!["public.a", "public.b"], vec!["public.c", "public.d"], vec!["public.lonely"]]);
    }

    fn graph_without_views() -> RelationGraph {
        graph(&CYCLES.replace("CREATE VIEW v AS SELECT * FROM d JOIN a ON true;", ""))
    }

    #[test]
    fn strongly_connected_components_are_the_cycles_not_self_references() {
        let graph = graph(CYCLES);
        let sccs: Vec<Vec<String>> =
            strongly_connected_components(&graph, EdgeKinds::ALL).iter().map(|c| names(c)).collect();
        assert_eq!(sccs, [vec!["public.a", "public.b"]]);
        assert!(strongly_connected_components(&graph, EdgeKind::ViewReads.into()).is_empty());
    }

    #[test]
    fn weighted_edges_merge_directions_and_kinds() {
        let graph = graph(CYCLES);
        let edges: Vec<(String, String, f64)> =
            weighted_edges(&graph).into_iter().map(|(a, b, w)| (a.to_string(), b.to_string(), w)).collect();
        let e = |a: &str, b: &str, w| (a.to_string(), b.to_string(), w);
        assert_eq!(
            edges,
            [
                e("public.a", "public.b", 2.0),
                e("public.a", "public.v", 0.5),
                e("public.c", "public.d", 1.0),
                e("public.d", "public.v", 0.5)
            ]
        );
    }

    #[test]
    fn foreign_keys_add_up_but_repeated_trigger_mentions_do_not() {
        let sql = "
            CREATE TABLE log (id int); CREATE TABLE t (id int, a int, b int);
            ALTER TABLE t ADD CONSTRAINT t_a FOREIGN KEY (a) REFERENCES log(id);
            ALTER TABLE t ADD CONSTRAINT t_b FOREIGN KEY (b) REFERENCES log(id);
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (1); RETURN NULL; END $$;
            CREATE TRIGGER on_insert AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();
            CREATE TRIGGER on_delete AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION f();
        ";
        let graph = graph(sql);
        assert_eq!(graph.edge_counts()[&EdgeKind::TriggerMentions], 2, "one edge per trigger");
        assert_eq!(weighted_edges(&graph), [(q("log"), q("t"), 2.0 + 0.5)]);
    }
}
