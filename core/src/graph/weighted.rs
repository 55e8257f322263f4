//! Deterministic Louvain community detection (Blondel et al., 2008) with a resolution,
//! over [`WeightedGraph`]: an undirected weighted graph whose nodes are numbers `0..n`.
//! The one implementation of the algorithm (local moves, then aggregation into levels):
//! [`super::louvain`] runs it on the relation graph's weighted projection, and the domain
//! proposal (`plan/`) on its own affinity graph.
//!
//! Deterministic: nodes are visited in index order, a node moves only for a strictly
//! better gain (ties keep the lower community number), sums are made in a fixed order
//! (edges by `(a, b)`, neighbours by number), and there is no randomness.

use std::collections::BTreeMap;

/// A gain must beat the current one by this much, so rounding never makes nodes cycle.
const MIN_GAIN: f64 = 1e-12;
/// Bounds that are never reached in practice (each move strictly raises modularity, and
/// each level has fewer nodes than the one before).
const MAX_PASSES: usize = 1_000;
const MAX_LEVELS: usize = 32;

/// An undirected weighted graph over nodes `0..n`: edges `a < b`, weights summed.
#[derive(Debug, Clone, Default)]
pub(crate) struct WeightedGraph {
    n: usize,
    edges: BTreeMap<(usize, usize), f64>,
    /// Weight inside a node (after aggregation): counts twice toward its degree.
    loops: Vec<f64>,
}

impl WeightedGraph {
    /// `n` nodes, no edges.
    pub(crate) fn new(n: usize) -> Self {
        WeightedGraph { n, edges: BTreeMap::new(), loops: vec![0.0; n] }
    }

    /// Adds `w` to the edge between `a` and `b`; ignores self-loops, nodes out of range
    /// and weights that are not positive.
    pub(crate) fn add(&mut self, a: usize, b: usize, w: f64) {
        if a != b && a < self.n && b < self.n && w > 0.0 {
            *self.edges.entry((a.min(b), a.max(b))).or_default() += w;
        }
    }

    /// The edges, `(a, b)` with `a < b`, in that order.
    pub(crate) fn edges(&self) -> &BTreeMap<(usize, usize), f64> {
        &self.edges
    }

    /// Neighbours of each node, both ways, by number (no self entries).
    pub(crate) fn adjacency(&self) -> Vec<Vec<(usize, f64)>> {
        let mut adj = vec![Vec::new(); self.n];
        for (&(a, b), &w) in &self.edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        adj
    }

    /// Each node's degree from `adjacency` (its neighbours' weights in order), with
    /// twice its inner weight.
    pub(crate) fn degrees(&self, adjacency: &[Vec<(usize, f64)>]) -> Vec<f64> {
        (0..self.n)
            .map(|i| adjacency[i].iter().map(|(_, w)| w).sum::<f64>() + 2.0 * self.loops.get(i).copied().unwrap_or(0.0))
            .collect()
    }

    /// Louvain's partition refined on the nodes themselves: from `membership` (one
    /// community per node, as [`weighted_louvain`] returns), each node moves to the
    /// neighbouring community with the best gain at `resolution` until a pass moves nothing.
    /// Louvain decides whole aggregated communities at its upper levels, so a node that
    /// joined a community early, before its real neighbours had formed theirs, stays there;
    /// this is the last vertex-level pass that repairs it (numbered as `weighted_louvain`).
    pub(crate) fn refine(&self, membership: &[usize], resolution: f64) -> Vec<usize> {
        let (start, _) = renumber(membership);
        if start.len() != self.n {
            return start;
        }
        renumber(&moves_from(self, start, resolution).0).0
    }
}

/// Louvain communities of `graph`, maximising modularity with `resolution` (1 is plain
/// modularity; below 1 gives fewer, larger communities). Returns a community number per
/// node: numbers start at 0 and follow the first node of each community. A node without
/// edges is a community of its own.
pub(crate) fn weighted_louvain(graph: &WeightedGraph, resolution: f64) -> Vec<usize> {
    // membership[original node] = node of the current level.
    let mut membership: Vec<usize> = (0..graph.n).collect();
    let mut level = graph.clone();
    for _ in 0..MAX_LEVELS {
        let (moved_to, moved) = local_moves(&level, resolution);
        if !moved {
            break;
        }
        let (numbering, count) = renumber(&moved_to);
        for m in &mut membership {
            *m = numbering[*m];
        }
        level = aggregate(&level, &numbering, count);
    }
    renumber(&membership).0
}

/// The local moving phase from singletons: each node in turn joins the neighbouring
/// community with the best gain, until a whole pass moves nothing. Returns each node's
/// community (a node number) and whether any node moved.
fn local_moves(graph: &WeightedGraph, resolution: f64) -> (Vec<usize>, bool) {
    moves_from(graph, (0..graph.n).collect(), resolution)
}

/// Local moves from the communities `community` (numbers below `graph.n`).
fn moves_from(graph: &WeightedGraph, mut community: Vec<usize>, resolution: f64) -> (Vec<usize>, bool) {
    let adj = graph.adjacency();
    let degree = graph.degrees(&adj);
    let total: f64 = degree.iter().sum();
    if total <= 0.0 {
        return (community, false);
    }
    let mut tot: Vec<f64> = vec![0.0; graph.n];
    for (node, &c) in community.iter().enumerate() {
        tot[c] += degree[node];
    }
    let mut moved_any = false;
    for _ in 0..MAX_PASSES {
        let mut moved = false;
        for node in 0..graph.n {
            let current = community[node];
            let mut links: BTreeMap<usize, f64> = BTreeMap::new();
            for &(other, w) in &adj[node] {
                *links.entry(community[other]).or_default() += w;
            }
            tot[current] -= degree[node];
            let gain = |c: usize, k: f64| k - resolution * tot[c] * degree[node] / total;
            let stay = gain(current, links.get(&current).copied().unwrap_or(0.0));
            let (mut best, mut best_gain) = (current, stay);
            for (&c, &k) in &links {
                let g = gain(c, k);
                if g > best_gain + MIN_GAIN {
                    best = c;
                    best_gain = g;
                }
            }
            tot[best] += degree[node];
            if best != current {
                community[node] = best;
                moved = true;
                moved_any = true;
            }
        }
        if !moved {
            break;
        }
    }
    (community, moved_any)
}

/// The next level: one node per community, edges summed, the weight inside a community
/// (and its members' own inner weight) kept as its loop so it still counts toward its
/// degree.
fn aggregate(level: &WeightedGraph, numbering: &[usize], count: usize) -> WeightedGraph {
    let mut next = WeightedGraph::new(count);
    for (&(a, b), &w) in &level.edges {
        next.add(numbering[a], numbering[b], w);
    }
    for (&(a, b), &w) in &level.edges {
        if numbering[a] == numbering[b] {
            next.loops[numbering[a]] += w;
        }
    }
    for (node, l) in level.loops.iter().enumerate() {
        if let Some(slot) = next.loops.get_mut(numbering[node]) {
            *slot += l;
        }
    }
    next
}

/// Labels renumbered 0.. in order of first appearance; and how many there are.
fn renumber(labels: &[usize]) -> (Vec<usize>, usize) {
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    let numbering = labels
        .iter()
        .map(|label| {
            let next = seen.len();
            *seen.entry(*label).or_insert(next)
        })
        .collect();
    (numbering, seen.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_triangles_and_a_bridge() {
        let mut g = WeightedGraph::new(6);
        for (a, b) in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)] {
            g.add(a, b, 1.0);
        }
        g.add(2, 3, 0.1);
        let m = weighted_louvain(&g, 1.0);
        assert_eq!(m, vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(weighted_louvain(&g, 1.0), m, "deterministic");
    }

    #[test]
    fn refine_moves_a_node_to_where_its_ties_are() {
        // Node 2 starts with {3, 4, 5} but all its ties are to 0 and 1.
        let mut g = WeightedGraph::new(6);
        for (a, b) in [(0, 1), (0, 2), (1, 2), (3, 4), (4, 5), (3, 5)] {
            g.add(a, b, 1.0);
        }
        assert_eq!(g.refine(&[0, 0, 1, 1, 1, 1], 1.0), vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(g.refine(&[0, 0, 0, 1, 1, 1], 1.0), vec![0, 0, 0, 1, 1, 1], "a good partition stays");
    }
}
