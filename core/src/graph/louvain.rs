//! Louvain community detection (Blondel et al., 2008) on the weighted undirected
//! projection ([`super::weighted_edges`]): the plain-clustering baseline the domain
//! proposal is measured against, and [`modularity`] to score any grouping.
//!
//! Deterministic: nodes are visited in name order, a node moves only for a strictly
//! better gain (ties keep the lower community number), sums are made in a fixed order,
//! and there is no randomness.

use super::algorithms::weighted_pairs;
use super::RelationGraph;
use crate::model::QualifiedName;
use std::collections::BTreeMap;

/// A gain must beat the current one by this much, so rounding never makes nodes cycle.
const MIN_GAIN: f64 = 1e-12;
/// Bounds that are never reached in practice (each move strictly raises modularity).
const MAX_PASSES: usize = 1_000;
const MAX_LEVELS: usize = 64;

/// Communities of the relation graph by modularity optimisation (resolution 1): every
/// relation gets a community number; numbers start at 0 and follow the first relation
/// (by name) of each community. A relation without edges is a community of its own.
pub fn louvain(graph: &RelationGraph) -> BTreeMap<QualifiedName, usize> {
    let names: Vec<&QualifiedName> = graph.relations().map(|r| &r.name).collect();
    let mut level = Weighted::from_graph(graph);
    // community_of[original node] = node of the current level.
    let mut community_of: Vec<usize> = (0..names.len()).collect();
    for _ in 0..MAX_LEVELS {
        let (moved_to, moved) = level.move_nodes();
        if !moved {
            break;
        }
        let (numbering, count) = renumber(&moved_to);
        for c in &mut community_of {
            *c = numbering[*c];
        }
        level = level.aggregate(&numbering, count);
    }
    let (numbering, _) = renumber(&community_of);
    names.into_iter().cloned().zip(numbering).collect()
}

/// The modularity of a grouping of the relation graph's weighted projection (between
/// -0.5 and 1; higher means denser inside groups than chance). A relation missing from
/// `communities` counts as a group of its own. 0 for a graph without edges.
pub fn modularity(graph: &RelationGraph, communities: &BTreeMap<QualifiedName, usize>) -> f64 {
    let weighted = Weighted::from_graph(graph);
    let total = weighted.total();
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
    for (i, neighbours) in weighted.adjacency.iter().enumerate() {
        *degree.entry(groups[i]).or_default() += weighted.degree[i];
        for &(j, w) in neighbours {
            if groups[i] == groups[j] {
                *inside.entry(groups[i]).or_default() += w;
            }
        }
    }
    degree.iter().map(|(g, d)| inside.get(g).copied().unwrap_or(0.0) / total - (d / total).powi(2)).sum()
}

/// A weighted undirected graph of one Louvain level: neighbours both ways (no self
/// entries), self-loop weights apart, degrees including twice the self-loop.
struct Weighted {
    adjacency: Vec<Vec<(usize, f64)>>,
    self_loops: Vec<f64>,
    degree: Vec<f64>,
}

impl Weighted {
    fn from_graph(graph: &RelationGraph) -> Weighted {
        let n = graph.relation_count();
        let mut adjacency = vec![Vec::new(); n];
        for ((a, b), w) in weighted_pairs(graph) {
            let (a, b) = (a.index(), b.index());
            if a < n && b < n {
                adjacency[a].push((b, w));
                adjacency[b].push((a, w));
            }
        }
        Weighted::new(adjacency, vec![0.0; n])
    }

    fn new(mut adjacency: Vec<Vec<(usize, f64)>>, self_loops: Vec<f64>) -> Weighted {
        for neighbours in &mut adjacency {
            neighbours.sort_by_key(|&(j, _)| j);
        }
        let degree = adjacency
            .iter()
            .zip(&self_loops)
            .map(|(neighbours, own)| neighbours.iter().map(|(_, w)| w).sum::<f64>() + 2.0 * own)
            .collect();
        Weighted { adjacency, self_loops, degree }
    }

    /// Twice the total edge weight.
    fn total(&self) -> f64 {
        self.degree.iter().sum()
    }

    /// The local moving phase: each node in turn joins the neighbouring community with
    /// the best modularity gain, until a whole pass moves nothing. Returns each node's
    /// community (a node number) and whether any node moved.
    fn move_nodes(&self) -> (Vec<usize>, bool) {
        let n = self.adjacency.len();
        let total = self.total();
        let mut community: Vec<usize> = (0..n).collect();
        if total <= 0.0 {
            return (community, false);
        }
        let mut community_degree = self.degree.clone();
        let mut weight_to = vec![0.0; n];
        let mut touched: Vec<usize> = Vec::new();
        let mut moved_any = false;
        for _ in 0..MAX_PASSES {
            let mut moved = false;
            for node in 0..n {
                let own = community[node];
                let k = self.degree[node];
                for &(other, w) in &self.adjacency[node] {
                    let c = community[other];
                    if weight_to[c] == 0.0 {
                        touched.push(c);
                    }
                    weight_to[c] += w;
                }
                community_degree[own] -= k;
                let gain = |c: usize| weight_to[c] - community_degree[c] * k / total;
                let mut best = own;
                let mut best_gain = gain(own);
                touched.sort_unstable();
                for &c in &touched {
                    let g = gain(c);
                    if g > best_gain + MIN_GAIN {
                        best = c;
                        best_gain = g;
                    }
                }
                community_degree[best] += k;
                if best != own {
                    community[node] = best;
                    moved = true;
                }
                for c in touched.drain(..) {
                    weight_to[c] = 0.0;
                }
            }
            moved_any |= moved;
            if !moved {
                break;
            }
        }
        (community, moved_any)
    }

    /// The next level: one node per community, edges summed, inner edges as self-loops.
    fn aggregate(&self, numbering: &[usize], count: usize) -> Weighted {
        let mut self_loops = vec![0.0; count];
        let mut between: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); count];
        for (node, neighbours) in self.adjacency.iter().enumerate() {
            let c = numbering[node];
            self_loops[c] += self.self_loops[node];
            for &(other, w) in neighbours {
                let d = numbering[other];
                if c == d {
                    self_loops[c] += w / 2.0; // seen from both ends
                } else {
                    *between[c].entry(d).or_default() += w;
                }
            }
        }
        let adjacency = between.into_iter().map(|m| m.into_iter().collect()).collect();
        Weighted::new(adjacency, self_loops)
    }
}

/// Community labels renumbered 0.. in order of first appearance; and how many there are.
fn renumber(labels: &[usize]) -> (Vec<usize>, usize) {
    let mut numbers: BTreeMap<usize, usize> = BTreeMap::new();
    let renumbered = labels
        .iter()
        .map(|label| {
            let next = numbers.len();
            *numbers.entry(*label).or_insert(next)
        })
        .collect();
    (renumbered, numbers.len())
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
