//! The merge of clusters the proposal's Louvain run (`crate::graph::weighted_louvain`
//! on its affinity graph) leaves too small or too tightly tied to a neighbour: small
//! clusters join their strongest neighbour, tightly tied pairs become one.

use crate::graph::WeightedGraph;
use std::collections::BTreeMap;

/// Merges clusters smaller than `min_size` into the neighbour they are tied to most
/// (smallest first, then by number); a cluster without ties stays.
pub fn merge_small(graph: &WeightedGraph, membership: &mut [usize], min_size: usize) {
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
            for (&(a, b), &w) in graph.edges() {
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
pub fn merge_tight(graph: &WeightedGraph, membership: &mut [usize], threshold: f64) {
    loop {
        let mut volume: BTreeMap<usize, f64> = BTreeMap::new();
        let mut cut: BTreeMap<(usize, usize), f64> = BTreeMap::new();
        for (&(a, b), &w) in graph.edges() {
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
    fn small_clusters_join_their_strongest_neighbour() {
        let mut g = WeightedGraph::new(4);
        g.add(0, 1, 1.0);
        g.add(1, 2, 1.0);
        g.add(2, 3, 0.5);
        let mut m = vec![0, 0, 0, 1];
        merge_small(&g, &mut m, 2);
        assert_eq!(m, vec![0, 0, 0, 0]);
    }

    #[test]
    fn tightly_linked_clusters_merge() {
        let mut g = WeightedGraph::new(4);
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
