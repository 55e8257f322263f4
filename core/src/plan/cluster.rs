//! What follows the proposal's Louvain run (`crate::graph::weighted_louvain` on its
//! affinity graph): small clusters join their strongest neighbour; clusters that depend
//! on each other both ways ([`merge_entangled`]) or are tightly tied become one; a link
//! table between a hub and a more specific table follows the specific one
//! ([`follow_specific_parents`]).

use crate::graph::WeightedGraph;
use std::collections::{BTreeMap, BTreeSet};

/// One foreign key between two tables (numbers), and whether its target is a hub.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Key {
    pub from: usize,
    pub to: usize,
    pub to_hub: bool,
}

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

/// Merges two clusters while some pair depends on each other both ways, so that neither
/// can be moved or ordered before the other, and no single table explains it:
/// - each has foreign keys to non-hub tables of the other, from at least `min_carriers`
///   distinct tables (a reference to a hub is shared by everybody and says little; a
///   cycle that one table carries is more likely that table misplaced);
/// - or they reference each other (hubs included) and one of them has no other
///   neighbour: it is an appendix of the other.
///
/// The pair with the most foreign keys in its weaker direction merges first, one merge
/// at a time. Returns the merges as `(kept, absorbed)` cluster numbers.
pub fn merge_entangled(keys: &[Key], membership: &mut [usize], min_carriers: usize) -> Vec<(usize, usize)> {
    let mut merges = Vec::new();
    loop {
        // (from cluster, to cluster) → foreign keys, and tables carrying non-hub ones.
        let mut count: BTreeMap<(usize, usize), usize> = BTreeMap::new();
        let mut carriers: BTreeMap<(usize, usize), BTreeSet<usize>> = BTreeMap::new();
        let mut neighbours: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
        for k in keys {
            let (x, y) = (membership[k.from], membership[k.to]);
            if x == y {
                continue;
            }
            *count.entry((x, y)).or_default() += 1;
            if !k.to_hub {
                carriers.entry((x, y)).or_default().insert(k.from);
            }
            neighbours.entry(x).or_default().insert(y);
            neighbours.entry(y).or_default().insert(x);
        }
        let carried = |p: (usize, usize)| carriers.get(&p).map_or(0, BTreeSet::len);
        let alone = |c: usize| neighbours.get(&c).is_some_and(|n| n.len() == 1);
        let mut best: Option<((usize, usize), usize)> = None;
        for (&(x, y), &forth) in &count {
            let Some(&back) = count.get(&(y, x)) else { continue };
            let many = carried((x, y)) >= min_carriers && carried((y, x)) >= min_carriers;
            if x < y && (many || alone(x) || alone(y)) && best.is_none_or(|(_, b)| forth.min(back) > b) {
                best = Some(((x, y), forth.min(back)));
            }
        }
        let Some(((x, y), _)) = best else { return merges };
        for m in membership.iter_mut() {
            if *m == y {
                *m = x;
            }
        }
        merges.push((x, y));
    }
}

/// One table's place in the foreign-key structure, for [`follow_specific_parents`].
#[derive(Debug, Clone, Default)]
pub struct Parents {
    /// Some table references it.
    pub referenced: bool,
    /// Referenced hubs.
    pub hubs: Vec<usize>,
    /// Referenced tables that are neither hubs nor reference data.
    pub specific: Vec<usize>,
}

/// A table nothing references that links hubs to specific tables all of one cluster
/// (`product_vendors` → `products`, a hub, and `vendors`) moves to that cluster: a hub is
/// shared by many domains, the association belongs with its specific side. Returns the
/// moved tables with the specific parent they follow.
pub fn follow_specific_parents(parents: &[Parents], membership: &mut [usize]) -> Vec<(usize, usize)> {
    let mut moved = Vec::new();
    for (table, p) in parents.iter().enumerate() {
        if p.referenced || p.hubs.is_empty() {
            continue;
        }
        let clusters: BTreeSet<usize> = p.specific.iter().map(|&s| membership[s]).collect();
        if let (Some(&parent), 1) = (p.specific.first(), clusters.len()) {
            if membership[table] != membership[parent] {
                membership[table] = membership[parent];
                moved.push((table, parent));
            }
        }
    }
    moved
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

    fn key(from: usize, to: usize, to_hub: bool) -> Key {
        Key { from, to, to_hub }
    }

    #[test]
    fn clusters_that_depend_on_each_other_merge() {
        // Clusters {0, 1, 2} and {3, 4, 5}, each referencing the other from two tables;
        // {6, 7} references the first one only.
        let keys = [key(0, 3, false), key(1, 4, false), key(3, 0, false), key(4, 1, false), key(6, 0, false), key(7, 1, false)];
        let mut m = vec![0, 0, 0, 1, 1, 1, 2, 2];
        assert_eq!(merge_entangled(&keys, &mut m, 2), vec![(0, 1)]);
        assert_eq!(m, vec![0, 0, 0, 0, 0, 0, 2, 2]);
    }

    #[test]
    fn one_table_or_a_hub_does_not_entangle() {
        // Back from {3, 4, 5} only through table 3; forward only to a hub; and both
        // clusters also reference cluster 2: nothing merges.
        let keys = [key(0, 3, false), key(1, 4, false), key(3, 0, false), key(3, 1, false), key(0, 6, false), key(3, 7, false)];
        let mut m = vec![0, 0, 0, 1, 1, 1, 2, 2];
        assert!(merge_entangled(&keys, &mut m, 2).is_empty());
        let hubs = [key(0, 3, true), key(1, 4, true), key(3, 0, false), key(4, 1, false), key(0, 6, false), key(3, 7, false)];
        assert!(merge_entangled(&hubs, &mut m, 2).is_empty());
        assert_eq!(m, vec![0, 0, 0, 1, 1, 1, 2, 2]);
    }

    #[test]
    fn an_appendix_joins_its_only_neighbour() {
        // {3, 4} is tied to {0, 1, 2} only, one foreign key each way (one to a hub).
        let keys = [key(3, 0, true), key(1, 4, false), key(0, 5, false)];
        let mut m = vec![0, 0, 0, 1, 1, 2];
        assert_eq!(merge_entangled(&keys, &mut m, 2), vec![(0, 1)]);
        assert_eq!(m, vec![0, 0, 0, 0, 0, 2]);
    }

    #[test]
    fn a_link_table_follows_its_specific_parent() {
        // 0 is a hub in cluster 0, 1 a specific table in cluster 1; 2 links them.
        let link = Parents { referenced: false, hubs: vec![0], specific: vec![1] };
        let mut parents = vec![Parents::default(), Parents::default(), link];
        let mut m = vec![0, 1, 0];
        assert_eq!(follow_specific_parents(&parents, &mut m), vec![(2, 1)]);
        assert_eq!(m, vec![0, 1, 1]);
        // Referenced by something: it is not a mere link, it stays.
        parents[2].referenced = true;
        let mut m = vec![0, 1, 0];
        assert!(follow_specific_parents(&parents, &mut m).is_empty());
    }
}
