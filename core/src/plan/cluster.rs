//! Clustering on the proposal's own affinity graph (nodes are numbers, edges weighted):
//! deterministic Louvain with a resolution, and the merge of small or tightly tied
//! clusters into their strongest neighbour.

use std::collections::BTreeMap;

/// An undirected weighted graph over nodes `0..n` (edges `a < b`, weights summed).
#[derive(Debug, Clone, Default)]
pub struct Affinity {
    pub n: usize,
    pub edges: BTreeMap<(usize, usize), f64>,
    /// Weight inside a node (after aggregation): counts twice toward its degree.
    loops: Vec<f64>,
}

impl Affinity {
    pub fn new(n: usize) -> Self {
        Affinity { n, edges: BTreeMap::new(), loops: vec![0.0; n] }
    }

    pub fn add(&mut self, a: usize, b: usize, w: f64) {
        if a != b && a < self.n && b < self.n && w > 0.0 {
            *self.edges.entry((a.min(b), a.max(b))).or_default() += w;
        }
    }

    fn adjacency(&self) -> Vec<Vec<(usize, f64)>> {
        let mut adj = vec![Vec::new(); self.n];
        for (&(a, b), &w) in &self.edges {
            adj[a].push((b, w));
            adj[b].push((a, w));
        }
        adj
    }
}

const MIN_GAIN: f64 = 1e-12;

/// Louvain communities (modularity with `resolution`; below 1 gives fewer, larger
/// clusters). Nodes are visited in index order, ties keep the lower community: the same
/// graph always gives the same result. Returns a community number per node.
pub fn louvain(graph: &Affinity, resolution: f64) -> Vec<usize> {
    let mut membership: Vec<usize> = (0..graph.n).collect();
    let mut level = graph.clone();
    for _ in 0..32 {
        let (moved_to, moved) = local_moves(&level, resolution);
        if !moved {
            break;
        }
        let (numbering, count) = renumber(&moved_to);
        for m in &mut membership {
            *m = numbering[*m];
        }
        let mut next = Affinity::new(count);
        for (&(a, b), &w) in &level.edges {
            next.add(numbering[a], numbering[b], w);
        }
        // Weight inside a community still counts toward its degree: keep it as a loop.
        let mut inside = vec![0.0; count];
        for (&(a, b), &w) in &level.edges {
            if numbering[a] == numbering[b] {
                inside[numbering[a]] += w;
            }
        }
        let loops = level.loops.clone();
        next.loops = (0..count).map(|c| inside[c]).collect();
        for (node, l) in loops.iter().enumerate() {
            if let Some(slot) = next.loops.get_mut(numbering[node]) {
                *slot += l;
            }
        }
        level = next;
    }
    renumber(&membership).0
}

fn local_moves(graph: &Affinity, resolution: f64) -> (Vec<usize>, bool) {
    let adj = graph.adjacency();
    let degree: Vec<f64> = (0..graph.n)
        .map(|i| adj[i].iter().map(|(_, w)| w).sum::<f64>() + 2.0 * graph.loops.get(i).copied().unwrap_or(0.0))
        .collect();
    let total: f64 = degree.iter().sum();
    let mut community: Vec<usize> = (0..graph.n).collect();
    if total <= 0.0 {
        return (community, false);
    }
    let mut tot: Vec<f64> = degree.clone();
    let mut moved_any = false;
    for _ in 0..1000 {
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

/// Numbers communities 0.. in order of first appearance.
fn renumber(of: &[usize]) -> (Vec<usize>, usize) {
    let mut seen: BTreeMap<usize, usize> = BTreeMap::new();
    let numbering = of
        .iter()
        .map(|c| {
            let next = seen.len();
            *seen.entry(*c).or_insert(next)
        })
        .collect();
    (numbering, seen.len())
}

/// Merges clusters smaller than `min_size` into the neighbour they are tied to most
/// (smallest first, then by number); a cluster without ties stays.
pub fn merge_small(graph: &Affinity, membership: &mut [usize], min_size: usize) {
    loop {
        let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
        for &c in membership.iter() {
            *sizes.entry(c).or_default() += 1;
        }
        let mut small: Vec<(usize, usize)> =
            sizes.iter().filter(|(_, &s)| s < min_size).map(|(&c, &s)| (s, c)).collect();
        small.sort_unstable();
        let mut merged = false;
        for (_, c) in small {
            let mut ties: BTreeMap<usize, f64> = BTreeMap::new();
            for (&(a, b), &w) in &graph.edges {
                let (ca, cb) = (membership[a], membership[b]);
                if ca == c && cb != c {
                    *ties.entry(cb).or_default() += w;
                } else if cb == c && ca != c {
                    *ties.entry(ca).or_default() += w;
                }
            }
            let target = ties.iter().fold(None, |best: Option<(usize, f64)>, (&t, &w)| match best {
                Some((_, bw)) if bw >= w => best,
                _ => Some((t, w)),
            });
            if let Some((t, _)) = target {
                for m in membership.iter_mut() {
                    if *m == c {
                        *m = t;
                    }
                }
                merged = true;
                break;
            }
        }
        if !merged {
            return;
        }
    }
}

/// Merges two clusters while some pair is tied by at least `threshold` of the smaller
/// one's volume in `graph` (the weight of its tables' ties): the tightest pair first, one
/// merge at a time.
pub fn merge_tight(graph: &Affinity, membership: &mut [usize], threshold: f64) {
    loop {
        let mut volume: BTreeMap<usize, f64> = BTreeMap::new();
        let mut cut: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (&(a, b), &w) in &graph.edges {
            let (ca, cb) = (membership[a], membership[b]);
            *volume.entry(ca).or_default() += w;
            *volume.entry(cb).or_default() += w;
            if ca != cb {
                *cut.entry((ca.min(cb), ca.max(cb))).or_default() += w;
            }
        }
        let mut best: Option<((usize, usize), f64)> = None;
        for (&(x, y), &w) in &cut {
            let smaller = volume.get(&x).copied().unwrap_or(0.0).min(volume.get(&y).copied().unwrap_or(0.0));
            let ratio = if smaller > 0.0 { w / smaller } else { 0.0 };
            if best.is_none_or(|(_, r)| ratio > r) {
                best = Some(((x, y), ratio));
            }
        }
        match best {
            Some(((x, y), ratio)) if ratio >= threshold => {
                for m in membership.iter_mut() {
                    if *m == y {
                        *m = x;
                    }
                }
            }
            _ => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_triangles_and_a_bridge() {
        let mut g = Affinity::new(6);
        for (a, b) in [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)] {
            g.add(a, b, 1.0);
        }
        g.add(2, 3, 0.1);
        let m = louvain(&g, 1.0);
        assert_eq!(m, vec![0, 0, 0, 1, 1, 1]);
        assert_eq!(louvain(&g, 1.0), m, "deterministic");
    }

    #[test]
    fn small_clusters_join_their_strongest_neighbour() {
        let mut g = Affinity::new(4);
        g.add(0, 1, 1.0);
        g.add(1, 2, 1.0);
        g.add(2, 3, 0.5);
        let mut m = vec![0, 0, 0, 1];
        merge_small(&g, &mut m, 2);
        assert_eq!(m, vec![0, 0, 0, 0]);
    }

    #[test]
    fn tightly_linked_clusters_merge() {
        let mut g = Affinity::new(4);
        g.add(0, 1, 1.0);
        g.add(2, 3, 1.0);
        g.add(1, 2, 1.0);
        let mut m = vec![0, 0, 1, 1];
        merge_tight(&g, &mut m, 0.6);
        assert_eq!(m, vec![0, 0, 1, 1], "a third of each side's ties cross: stay apart");
        merge_tight(&g, &mut m, 0.3);
        assert_eq!(m, vec![0, 0, 0, 0]);
    }
}
