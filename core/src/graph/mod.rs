//! The graph of relations (tables, partitioned tables, partitions, views, materialized
//! views) with typed edges, built from the [`Model`] by [`RelationGraph::from_model`].
//!
//! The petgraph graph is a private field: node indices never leave this module, the
//! public API speaks in [`QualifiedName`]s, and every list it returns is in a fixed order
//! (relations by name; edges by source, target, kind, then the order of the dump).
//!
//! What lives where:
//! - `mod.rs` (here): the types, the node and edge accessors;
//! - `build.rs`: reading the model into the graph (which model fact gives which edge);
//! - `algorithms.rs`: [`neighbours`], [`connected_components`],
//!   [`strongly_connected_components`], and the weighted undirected projection
//!   clustering works on ([`weighted_edges`], [`weight_of`]);
//! - `quotient.rs`: the graph over domains ([`quotient`]) and the order in which
//!   domains can be created ([`domain_order`]);
//! - `louvain.rs`: [`louvain`] communities of the relations, the clustering baseline,
//!   and [`modularity`];
//! - `weighted.rs`: the one Louvain implementation, over a graph of numbered nodes with a
//!   resolution (`WeightedGraph`, `weighted_louvain`), shared with `plan/`.

mod algorithms;
mod build;
mod louvain;
mod quotient;
mod weighted;

pub use algorithms::{connected_components, neighbours, strongly_connected_components, weight_of, weighted_edges};
pub use louvain::{louvain, modularity};
pub use quotient::{domain_order, quotient, DomainGraph, DomainLink, DomainOrder, ForeignKeyRef, ORDER_KINDS};
pub(crate) use weighted::{weighted_louvain, WeightedGraph};

use crate::model::{Model, QualifiedName};
use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use std::collections::BTreeMap;

/// What a node of the graph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RelationKind {
    Table,
    /// A table with `PARTITION BY` that is not itself a partition.
    PartitionedTable,
    /// A table with a parent (`PARTITION OF` / `ATTACH PARTITION`), sub-partitioned or not.
    Partition,
    View,
    MaterializedView,
}

/// A node: one relation of the dump.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    pub name: QualifiedName,
    pub kind: RelationKind,
    /// Sequences this relation owns (`OWNED BY` one of its columns, or an identity
    /// column's sequence), by name. Sequences are not nodes; they follow their owner.
    pub owned_sequences: Vec<QualifiedName>,
}

/// The kind of an edge, without its details (see [`Link`] for what each one means).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EdgeKind {
    ForeignKey,
    ViewReads,
    TriggerMentions,
    PartitionOf,
    Inherits,
    SharedSequence,
}

impl EdgeKind {
    pub const ALL: [EdgeKind; 6] = [
        EdgeKind::ForeignKey,
        EdgeKind::ViewReads,
        EdgeKind::TriggerMentions,
        EdgeKind::PartitionOf,
        EdgeKind::Inherits,
        EdgeKind::SharedSequence,
    ];

    const fn bit(self) -> u8 {
        match self {
            EdgeKind::ForeignKey => 1,
            EdgeKind::ViewReads => 2,
            EdgeKind::TriggerMentions => 4,
            EdgeKind::PartitionOf => 8,
            EdgeKind::SharedSequence => 16,
            EdgeKind::Inherits => 32,
        }
    }
}

/// A set of edge kinds: the filter the algorithms take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EdgeKinds(u8);

impl EdgeKinds {
    pub const ALL: EdgeKinds = EdgeKinds(63);
    pub const NONE: EdgeKinds = EdgeKinds(0);

    pub const fn only(kind: EdgeKind) -> EdgeKinds {
        EdgeKinds(kind.bit())
    }

    pub const fn with(self, kind: EdgeKind) -> EdgeKinds {
        EdgeKinds(self.0 | kind.bit())
    }

    pub const fn without(self, kind: EdgeKind) -> EdgeKinds {
        EdgeKinds(self.0 & !kind.bit())
    }

    pub const fn contains(self, kind: EdgeKind) -> bool {
        self.0 & kind.bit() != 0
    }
}

impl From<EdgeKind> for EdgeKinds {
    fn from(kind: EdgeKind) -> Self {
        EdgeKinds::only(kind)
    }
}

/// An edge's meaning and details. Every edge points from the relation that depends to
/// the relation it depends on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// Referencing table → referenced table, one edge per foreign key (a self-reference
    /// is a self-loop).
    ForeignKey { name: Option<String>, columns: Vec<String>, ref_columns: Vec<String> },
    /// View or materialized view → a relation its query reads (once per relation).
    ViewReads,
    /// A trigger's table → a relation the trigger function's body mentions (once per
    /// trigger and relation; a table's mention of itself is not an edge).
    TriggerMentions { trigger: String, function: QualifiedName },
    /// Partition → its parent.
    PartitionOf,
    /// Child table → a parent it `INHERITS` from (one edge per parent).
    Inherits,
    /// A table whose column default draws from a sequence → the table that owns the
    /// sequence (`OWNED BY` or identity); for a sequence without owner, → the first
    /// (by name) of the tables using it. Only between two different tables.
    SharedSequence { sequence: QualifiedName, column: String },
}

impl Link {
    pub fn kind(&self) -> EdgeKind {
        match self {
            Link::ForeignKey { .. } => EdgeKind::ForeignKey,
            Link::ViewReads => EdgeKind::ViewReads,
            Link::TriggerMentions { .. } => EdgeKind::TriggerMentions,
            Link::PartitionOf => EdgeKind::PartitionOf,
            Link::Inherits => EdgeKind::Inherits,
            Link::SharedSequence { .. } => EdgeKind::SharedSequence,
        }
    }
}

/// One edge, as the public API shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge<'g> {
    pub from: &'g QualifiedName,
    pub to: &'g QualifiedName,
    pub link: &'g Link,
}

impl Edge<'_> {
    pub fn kind(&self) -> EdgeKind {
        self.link.kind()
    }
}

/// An edge the model asks for whose target is not a relation of the dump (a foreign key
/// to a table the dump does not define, a view reading a table function, a trigger
/// function mentioning a relation of no or of several schemas). Not in the graph;
/// kept so that callers can report it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Unresolved {
    pub kind: EdgeKind,
    pub from: QualifiedName,
    /// The name as the model gives it (an unqualified mention gets the schema of `from`).
    pub to: QualifiedName,
}

/// The relations of a dump and how they depend on each other.
#[derive(Debug, Clone, Default)]
pub struct RelationGraph {
    /// Nodes are added in name order, so node index order is name order. A `Graph`, not
    /// a `StableGraph`: the graph is built once and nothing is ever removed.
    graph: DiGraph<Relation, Link>,
    by_name: BTreeMap<QualifiedName, NodeIndex>,
    unresolved: Vec<Unresolved>,
    /// Names defined twice (e.g. a view and a table): the first definition is the node.
    duplicates: Vec<QualifiedName>,
}

impl RelationGraph {
    /// Reads every relation and every edge of the model (see [`Link`]).
    pub fn from_model(model: &Model) -> RelationGraph {
        build::build(model)
    }

    pub fn relation_count(&self) -> usize {
        self.graph.node_count()
    }

    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// How many edges of each kind (every kind listed, zero included).
    pub fn edge_counts(&self) -> BTreeMap<EdgeKind, usize> {
        let mut counts: BTreeMap<EdgeKind, usize> = EdgeKind::ALL.iter().map(|&k| (k, 0)).collect();
        for edge in self.graph.edge_weights() {
            *counts.entry(edge.kind()).or_default() += 1;
        }
        counts
    }

    /// Every relation, by name.
    pub fn relations(&self) -> impl Iterator<Item = &Relation> + '_ {
        self.by_name.values().filter_map(|&index| self.graph.node_weight(index))
    }

    pub fn relation(&self, name: &QualifiedName) -> Option<&Relation> {
        self.by_name.get(name).and_then(|&index| self.graph.node_weight(index))
    }

    pub fn contains(&self, name: &QualifiedName) -> bool {
        self.by_name.contains_key(name)
    }

    /// Every edge, ordered by source name, target name, kind, then dump order.
    pub fn edges(&self) -> Vec<Edge<'_>> {
        let mut edges: Vec<(NodeIndex, NodeIndex, EdgeKind, usize, Edge<'_>)> = Vec::new();
        for edge in self.graph.edge_references() {
            let (Some(from), Some(to)) = (self.graph.node_weight(edge.source()), self.graph.node_weight(edge.target()))
            else {
                continue;
            };
            let link = edge.weight();
            let public = Edge { from: &from.name, to: &to.name, link };
            edges.push((edge.source(), edge.target(), link.kind(), edge.id().index(), public));
        }
        edges.sort_by_key(|&(from, to, kind, id, _)| (from, to, kind, id));
        edges.into_iter().map(|(.., edge)| edge).collect()
    }

    /// The edges leaving `name` (what it depends on), in [`Self::edges`] order.
    pub fn edges_from(&self, name: &QualifiedName) -> Vec<Edge<'_>> {
        let Some(index) = self.index(name) else { return Vec::new() };
        let mut edges: Vec<(NodeIndex, EdgeKind, usize, Edge<'_>)> = Vec::new();
        for edge in self.graph.edges(index) {
            if let (Some(from), Some(to)) = (self.name(edge.source()), self.name(edge.target())) {
                let link = edge.weight();
                edges.push((edge.target(), link.kind(), edge.id().index(), Edge { from, to, link }));
            }
        }
        edges.sort_by_key(|&(to, kind, id, _)| (to, kind, id));
        edges.into_iter().map(|(.., edge)| edge).collect()
    }

    /// Edges the model asks for whose target is not in the dump, sorted.
    pub fn unresolved(&self) -> &[Unresolved] {
        &self.unresolved
    }

    /// Names defined more than once; only the first definition is a node.
    pub fn duplicates(&self) -> &[QualifiedName] {
        &self.duplicates
    }

    // Crate-internal access for the algorithms; indices never leave `graph/`.

    fn index(&self, name: &QualifiedName) -> Option<NodeIndex> {
        self.by_name.get(name).copied()
    }

    fn name(&self, index: NodeIndex) -> Option<&QualifiedName> {
        self.graph.node_weight(index).map(|r| &r.name)
    }

    fn inner(&self) -> &DiGraph<Relation, Link> {
        &self.graph
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::RelationGraph;
    use crate::model::QualifiedName;

    pub fn graph(sql: &str) -> RelationGraph {
        RelationGraph::from_model(&crate::parse(sql).model)
    }

    pub fn q(text: &str) -> QualifiedName {
        match text.split_once('.') {
            Some((schema, name)) => QualifiedName::new(schema, name),
            None => QualifiedName::new("public", text),
        }
    }

    pub fn names(list: &[QualifiedName]) -> Vec<String> {
        list.iter().map(|n| n.to_string()).collect()
    }
}
