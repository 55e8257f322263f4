//! Louvain communities of the relation graph's weighted projection
//! ([`super::weighted_edges`]) at resolution 1: the plain-clustering baseline the domain
//! proposal is measured against, and [`modularity`] to score any grouping. The algorithm
//! itself is [`super::weighted::weighted_louvain`]; relations are its nodes in name order.

use super::algorithms::weighted_pairs;
use super::weighted::{weighted_louvain, WeightedGraph};
use super::RelationGraph;
use crate::model::QualifiedName;
use std::collections::BTreeMap;

/// Communities of the relation graph by modularity optimisation (resolution 1): every
/// relation gets a community number; numbers start at 0 and follow the first relation
/// (by name) of each community. A relation without edges is a community of its own.
pub fn louvain(graph: &RelationGraph) -> BTreeMap<QualifiedName, usize> {
    let communities = weighted_louvain(&projection(graph), 1.0);
    graph.relations().map(|r| r.name.clone()).zip(communities).collect()
}

/// The modularity of a grouping of the relation graph's weighted projection (between
/// -0.5 and 1; higher means denser inside groups than chance). A relation missing from
/// `communities` counts as a group of its own. 0 for a graph without edges.
pub fn modularity(graph: &RelationGraph, communities: &BTreeMap<QualifiedName, usize>) -> f64 {
    let weighted = projection(graph);
    let adjacency = weighted.adjacency();
    let degrees = weighted.degrees(&adjacency);
    let total: f64 = degrees.iter().sum();
    if total <= 0.0 {
        return 0.0;
    }
    // Group keys: the given number, or a key of its own for an unlisted relation.
    let groups: Vec<(bool, usize)> = graph
        .relations()
        .enumerate()
        .map(|(i, r)| communities.get(&r.name).map_or((false, i), |&c| (true, c)))
        .collect();
    let mut inside: BTreeMap<(bool, usize), f64> = BTreeMap::new();
    let mut degree: BTreeMap<(bool, usize), f64> = BTreeMap::new();
    for (i, neighbours) in adjacency.iter().enumerate() {
        *degree.entry(groups[i]).or_default() += degrees[i];
        for &(j, w) in neighbours {
            if groups[i] == groups[j] {
                *inside.entry(groups[i]).or_default() += w;
            }
        }
    }
    degree.iter().map(|(g, d)| inside.get(g).copied().unwrap_or(0.0) / total - (d / total).powi(2)).sum()
}

/// The weighted projection with relations numbered by node index (which is name order).
fn projection(graph: &RelationGraph) -> WeightedGraph {
    let mut weighted = WeightedGraph::new(graph.relation_count());
    for ((a, b), w) in weighted_pairs(graph) {
        weighted.add(a.index(), b.index(), w);
    }
    weighted
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{graph, q};
    use super::*;

    /// Every pair of `tables` linked by one foreign key.
    fn clique(tables: &[&str]) -> String {
        let mut sql: String = tables.iter().map(|t| format!("CREATE TABLE {t} (id int, r int);\n")).collect();
        for (i, a) in tables.iter().enumerate() {
            for b in &tables[i + 1..] {
                sql += &format!("ALTER TABLE {a} ADD CONSTRAINT {a}_{b} FOREIGN KEY (r) REFERENCES {b}(id);\n");
            }
        }
        sql
    }

    fn two_cliques() -> RelationGraph {
        let sql = clique(&["a1", "a2", "a3", "a4"])
            + &clique(&["b1", "b2", "b3", "b4"])
            + "ALTER TABLE a1 ADD CONSTRAINT bridge FOREIGN KEY (r) REFERENCES b1(id);\nCREATE TABLE alone (id int);";
        graph(&sql)
    }

    #[test]
    fn two_cliques_joined_by_one_edge_are_two_communities() {
        let graph = two_cliques();
        let communities = louvain(&graph);
        let of = |t: &str| communities.get(&q(t)).copied();
        assert_eq!(of("a1"), Some(0));
        assert!(["a2", "a3", "a4"].iter().all(|t| of(t) == Some(0)), "{communities:?}");
        assert_eq!(of("alone"), Some(1), "an isolated table is a community of its own");
        assert!(["b1", "b2", "b3", "b4"].iter().all(|t| of(t) == Some(2)), "{communities:?}");
        // Two K4 and a bridge: 2 × (6/13 − (13/26)²).
        let expected = 2.0 * (6.0 / 13.0 - 0.25);
        assert!((modularity(&graph, &communities) - expected).abs() < 1e-9);
    }

    #[test]
    fn louvain_is_deterministic_and_beats_singletons() {
        let graph = two_cliques();
        assert_eq!(louvain(&graph), louvain(&graph));
        assert!(modularity(&graph, &louvain(&graph)) > modularity(&graph, &BTreeMap::new()));
    }

    #[test]
    fn a_ring_of_triangles_keeps_every_triangle_whole() {
        // Six triangles in a ring: each triangle stays together (6 is the optimum here).
        let mut sql = String::new();
        for i in 0..6 {
            sql += &clique(&[&format!("c{i}_x"), &format!("c{i}_y"), &format!("c{i}_z")]);
            let next = (i + 1) % 6;
            sql += &format!("ALTER TABLE c{i}_x ADD CONSTRAINT ring{i} FOREIGN KEY (r) REFERENCES c{next}_y(id);\n");
        }
        let communities = louvain(&graph(&sql));
        for i in 0..6 {
            let members: Vec<Option<usize>> =
                ["x", "y", "z"].iter().map(|s| communities.get(&q(&format!("c{i}_{s}"))).copied()).collect();
            assert!(members.iter().all(|m| *m == members[0]), "triangle {i} is split: {communities:?}");
        }
        let distinct: std::collections::BTreeSet<usize> = communities.values().copied().collect();
        assert!((2..=6).contains(&distinct.len()), "{distinct:?}");
    }

    #[test]
    fn an_empty_graph_has_no_communities_and_no_modularity() {
        let graph = graph("");
        assert!(louvain(&graph).is_empty());
        assert_eq!(modularity(&graph, &BTreeMap::new()), 0.0);
    }
}
