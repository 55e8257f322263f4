//! How close a proposed grouping of tables is to a reference grouping: the Adjusted Rand
//! Index, and the share of tables a user would have to move after the best one-to-one
//! matching of proposed domains to reference domains.

use std::collections::BTreeMap;

/// A proposal measured against a reference, over the tables both assign.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    /// Adjusted Rand Index: 1 for the same grouping, about 0 for a random one.
    pub adjusted_rand_index: f64,
    /// Tables whose proposed domain is not matched to their reference domain, over all
    /// tables (0 = nothing to move).
    pub share_to_move: f64,
    /// Proposed domain → the reference domain it was matched to.
    pub matching: BTreeMap<String, String>,
    pub tables: usize,
}

/// Compare `proposed` with `reference` (both `table → group`) over the tables in both.
pub fn score(proposed: &BTreeMap<String, String>, reference: &BTreeMap<String, String>) -> Score {
    let pairs: Vec<(&str, &str)> = reference
        .iter()
        .filter_map(|(table, truth)| Some((proposed.get(table)?.as_str(), truth.as_str())))
        .collect();
    let contingency = Contingency::new(&pairs);
    let matched = best_matching(&contingency.counts);
    let kept: usize = matched.iter().map(|&(row, column)| contingency.counts[row][column]).sum();
    let tables = pairs.len();
    Score {
        adjusted_rand_index: adjusted_rand_index(&contingency.counts),
        share_to_move: if tables == 0 { 0.0 } else { (tables - kept) as f64 / tables as f64 },
        matching: matched
            .into_iter()
            .filter(|&(row, column)| contingency.counts[row][column] > 0)
            .map(|(row, column)| (contingency.rows[row].to_string(), contingency.columns[column].to_string()))
            .collect(),
        tables,
    }
}

/// Counts of tables per (proposed group, reference group).
struct Contingency<'a> {
    rows: Vec<&'a str>,
    columns: Vec<&'a str>,
    counts: Vec<Vec<usize>>,
}

impl<'a> Contingency<'a> {
    fn new(pairs: &[(&'a str, &'a str)]) -> Self {
        let mut rows: Vec<&str> = pairs.iter().map(|p| p.0).collect();
        let mut columns: Vec<&str> = pairs.iter().map(|p| p.1).collect();
        rows.sort_unstable();
        rows.dedup();
        columns.sort_unstable();
        columns.dedup();
        let mut counts = vec![vec![0; columns.len()]; rows.len()];
        for (row, column) in pairs {
            if let (Ok(r), Ok(c)) = (rows.binary_search(row), columns.binary_search(column)) {
                counts[r][c] += 1;
            }
        }
        Contingency { rows, columns, counts }
    }
}

fn pairs_of(n: usize) -> f64 {
    (n as f64) * (n as f64 - 1.0) / 2.0
}

/// Hubert and Arabie's adjusted Rand index of a contingency table.
fn adjusted_rand_index(counts: &[Vec<usize>]) -> f64 {
    let n: usize = counts.iter().flatten().sum();
    let index: f64 = counts.iter().flatten().map(|&c| pairs_of(c)).sum();
    let row_pairs: f64 = counts.iter().map(|row| pairs_of(row.iter().sum())).sum();
    let column_count = counts.first().map_or(0, Vec::len);
    let column_pairs: f64 = (0..column_count).map(|c| pairs_of(counts.iter().map(|row| row[c]).sum())).sum();
    let total_pairs = pairs_of(n);
    if total_pairs == 0.0 {
        return 1.0;
    }
    let expected = row_pairs * column_pairs / total_pairs;
    let maximum = (row_pairs + column_pairs) / 2.0;
    if maximum == expected {
        return 1.0; // both groupings are trivial in the same way
    }
    (index - expected) / (maximum - expected)
}

/// The one-to-one matching of rows to columns with the largest total count (the
/// Hungarian algorithm on the negated counts, padded to a square).
fn best_matching(counts: &[Vec<usize>]) -> Vec<(usize, usize)> {
    let rows = counts.len();
    let columns = counts.first().map_or(0, Vec::len);
    let size = rows.max(columns);
    if size == 0 {
        return Vec::new();
    }
    let max = counts.iter().flatten().copied().max().unwrap_or(0) as i64;
    // cost[i][j] = max - count, 1-based arrays as in the classic formulation.
    let cost = |i: usize, j: usize| -> i64 {
        let count = counts.get(i - 1).and_then(|row| row.get(j - 1)).copied().unwrap_or(0);
        max - count as i64
    };
    let (mut u, mut v) = (vec![0i64; size + 1], vec![0i64; size + 1]);
    let (mut assigned_row, mut way) = (vec![0usize; size + 1], vec![0usize; size + 1]);
    for i in 1..=size {
        assigned_row[0] = i;
        let mut j0 = 0;
        let mut min_to = vec![i64::MAX; size + 1];
        let mut used = vec![false; size + 1];
        loop {
            used[j0] = true;
            let i0 = assigned_row[j0];
            let (mut delta, mut j1) = (i64::MAX, 0);
            for j in 1..=size {
                if !used[j] {
                    let reduced = cost(i0, j) - u[i0] - v[j];
                    if reduced < min_to[j] {
                        min_to[j] = reduced;
                        way[j] = j0;
                    }
                    if min_to[j] < delta {
                        delta = min_to[j];
                        j1 = j;
                    }
                }
            }
            for j in 0..=size {
                if used[j] {
                    u[assigned_row[j]] += delta;
                    v[j] -= delta;
                } else {
                    min_to[j] -= delta;
                }
            }
            j0 = j1;
            if assigned_row[j0] == 0 {
                break;
            }
        }
        loop {
            let j1 = way[j0];
            assigned_row[j0] = assigned_row[j1];
            j0 = j1;
            if j0 == 0 {
                break;
            }
        }
    }
    (1..=size)
        .filter(|&j| assigned_row[j] >= 1 && assigned_row[j] <= rows && j <= columns)
        .map(|j| (assigned_row[j] - 1, j - 1))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grouping(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(t, g)| (t.to_string(), g.to_string())).collect()
    }

    #[test]
    fn the_same_grouping_under_other_names_is_perfect() {
        let truth = grouping(&[("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"), ("e", "z")]);
        let proposed = grouping(&[("a", "1"), ("b", "1"), ("c", "2"), ("d", "2"), ("e", "3")]);
        let score = score(&proposed, &truth);
        assert_eq!(score.adjusted_rand_index, 1.0);
        assert_eq!(score.share_to_move, 0.0);
        assert_eq!(score.matching, grouping(&[("1", "x"), ("2", "y"), ("3", "z")]));
    }

    #[test]
    fn known_adjusted_rand_index() {
        // scikit-learn: adjusted_rand_score([0,0,1,1], [0,0,1,2]) == 0.5714285714285715
        let truth = grouping(&[("a", "0"), ("b", "0"), ("c", "1"), ("d", "1")]);
        let proposed = grouping(&[("a", "0"), ("b", "0"), ("c", "1"), ("d", "2")]);
        assert!((score(&proposed, &truth).adjusted_rand_index - 0.571_428_571_428_571_5).abs() < 1e-12);
        // adjusted_rand_score([0,0,1,1], [0,1,0,1]) == -0.5 (worse than chance)
        let truth = grouping(&[("a", "0"), ("b", "0"), ("c", "1"), ("d", "1")]);
        let proposed = grouping(&[("a", "0"), ("b", "1"), ("c", "0"), ("d", "1")]);
        assert!((score(&proposed, &truth).adjusted_rand_index + 0.5).abs() < 1e-12);
    }

    #[test]
    fn share_to_move_uses_the_best_one_to_one_matching() {
        // Proposal "p" holds 3 of x and 1 of y; "q" holds 2 of y: p→x, q→y, one table moves.
        let truth = grouping(&[("a", "x"), ("b", "x"), ("c", "x"), ("d", "y"), ("e", "y"), ("f", "y")]);
        let proposed = grouping(&[("a", "p"), ("b", "p"), ("c", "p"), ("d", "p"), ("e", "q"), ("f", "q")]);
        let score = score(&proposed, &truth);
        assert_eq!(score.matching, grouping(&[("p", "x"), ("q", "y")]));
        assert!((score.share_to_move - 1.0 / 6.0).abs() < 1e-12);
    }

    #[test]
    fn everything_in_one_domain_must_move_all_but_the_largest_group() {
        let truth = grouping(&[("a", "x"), ("b", "x"), ("c", "y"), ("d", "z")]);
        let proposed = grouping(&[("a", "all"), ("b", "all"), ("c", "all"), ("d", "all")]);
        let score = score(&proposed, &truth);
        assert_eq!(score.share_to_move, 0.5);
        assert_eq!(score.adjusted_rand_index, 0.0);
    }

    #[test]
    fn tables_missing_from_the_proposal_are_not_scored() {
        let truth = grouping(&[("a", "x"), ("b", "y")]);
        let proposed = grouping(&[("a", "p")]);
        assert_eq!(score(&proposed, &truth).tables, 1);
    }
}
