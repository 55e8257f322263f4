//! The automatic layout, a pure function: domain regions placed in reading order along
//! the domain dependency order (referenced domains first, wrapping into rows like text),
//! and inside each region the table cards in columns, in an order that keeps tables
//! linked by foreign keys next to each other (breadth-first from the best-connected
//! table). Nothing overlaps: cards fill columns, regions fill rows. Deterministic: the
//! same input always gives the same picture (ties go to the lower table index).

use super::geometry::{bounds, Rect};

/// Space between cards in a region.
pub const CARD_GAP: f64 = 18.0;
/// Space between a region's border and its cards.
pub const PAD: f64 = 16.0;
/// Height of a region's label band, above its cards.
pub const LABEL: f64 = 38.0;
/// Space between regions.
pub const REGION_GAP: f64 = 60.0;
/// The size of a region with no table (a drop target for a new domain).
pub const EMPTY: (f64, f64) = (240.0, 140.0);
/// Wanted width : height of a region and of the whole picture.
const ASPECT: f64 = 1.6;

/// What the layout needs: the number of regions, each table's region and card size,
/// and the foreign keys (table indexes).
#[derive(Debug, Clone, Copy)]
pub struct LayoutInput<'a> {
    pub regions: usize,
    /// Per table: the index of its region.
    pub region_of: &'a [usize],
    /// Per table: its card's width and height.
    pub sizes: &'a [(f64, f64)],
    pub edges: &'a [(usize, usize)],
}

/// Where everything goes (diagram coordinates).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    /// Per region.
    pub regions: Vec<Rect>,
    /// Per table.
    pub cards: Vec<Rect>,
    /// All regions.
    pub bounds: Rect,
}

/// Lays out regions and cards.
pub fn layout(input: &LayoutInput) -> Layout {
    let n = input.region_of.len();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); input.regions];
    for (table, &region) in input.region_of.iter().enumerate() {
        if let Some(m) = members.get_mut(region) {
            m.push(table);
        }
    }
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in input.edges {
        if a < n && b < n && a != b && input.region_of[a] == input.region_of[b] {
            neighbours[a].push(b);
            neighbours[b].push(a);
        }
    }
    for list in &mut neighbours {
        list.sort_unstable();
        list.dedup();
    }

    // Each region's cards, relative to the region's top-left corner.
    let mut cards = vec![Rect::default(); n];
    let mut sizes = Vec::with_capacity(input.regions);
    for tables in &members {
        sizes.push(place_cards(tables, input.sizes, &neighbours, &mut cards));
    }

    let regions = place_regions(&sizes);
    for (table, &region) in input.region_of.iter().enumerate() {
        if let Some(r) = regions.get(region) {
            cards[table].x += r.x;
            cards[table].y += r.y;
        }
    }
    Layout { bounds: bounds(&regions), regions, cards }
}

/// Places `tables` in columns (relative to their region) and returns the region's size.
fn place_cards(tables: &[usize], sizes: &[(f64, f64)], neighbours: &[Vec<usize>], cards: &mut [Rect]) -> (f64, f64) {
    if tables.is_empty() {
        return EMPTY;
    }
    let order = related_order(tables, neighbours);
    let card_w = tables.iter().map(|&t| sizes[t].0).fold(0.0, f64::max);
    let mean_h = tables.iter().map(|&t| sizes[t].1).sum::<f64>() / tables.len() as f64;
    let per_row = ((tables.len() as f64 * (mean_h + CARD_GAP) * ASPECT / (card_w + CARD_GAP)).sqrt().ceil() as usize)
        .clamp(1, tables.len());
    // Each card goes to the column nearest the previous card's among those about as short
    // as the shortest: a grid read as a snake when cards are alike (a sequence never
    // jumps back across the region), few gaps when some are expanded.
    let mut heights = vec![0.0f64; per_row];
    let mut previous = 0usize;
    let slack = mean_h + CARD_GAP;
    for &t in &order {
        let lowest = heights.iter().copied().fold(f64::INFINITY, f64::min);
        let column = (0..per_row)
            .filter(|&c| heights[c] < lowest + slack)
            .min_by_key(|&c| (c.abs_diff(previous), c))
            .unwrap_or(0);
        previous = column;
        cards[t] = Rect::new(PAD + column as f64 * (card_w + CARD_GAP), LABEL + heights[column], sizes[t].0, sizes[t].1);
        heights[column] += sizes[t].1 + CARD_GAP;
    }
    let tallest = heights.iter().copied().fold(0.0, f64::max) - CARD_GAP;
    let width = 2.0 * PAD + per_row as f64 * card_w + (per_row - 1) as f64 * CARD_GAP;
    (width.max(EMPTY.0), (LABEL + tallest + PAD).max(EMPTY.1))
}

/// `tables` in depth-first order over the foreign keys among them, each component
/// starting at its best-connected table; at each table its lightly connected neighbours
/// (satellites) come first, so a hub is followed by its satellites and a chain stays in
/// sequence. Ties go to the lower index.
pub fn related_order(tables: &[usize], neighbours: &[Vec<usize>]) -> Vec<usize> {
    let mut by_degree: Vec<usize> = tables.to_vec();
    by_degree.sort_by_key(|&t| (std::cmp::Reverse(neighbours[t].len()), t));
    let mut seen = vec![false; neighbours.len()];
    let mut order = Vec::with_capacity(tables.len());
    let mut stack = Vec::new();
    for &root in &by_degree {
        stack.push(root);
        while let Some(t) = stack.pop() {
            if seen[t] {
                continue;
            }
            seen[t] = true;
            order.push(t);
            let mut next: Vec<usize> = neighbours[t].iter().copied().filter(|&u| !seen[u]).collect();
            // Popped lowest degree first.
            next.sort_by_key(|&u| (std::cmp::Reverse(neighbours[u].len()), std::cmp::Reverse(u)));
            stack.extend(next);
        }
    }
    order
}

/// Places regions of the given sizes left to right in rows, in order, wrapping when a
/// row would pass the target width (about `ASPECT` times as wide as tall overall).
fn place_regions(sizes: &[(f64, f64)]) -> Vec<Rect> {
    let area: f64 = sizes.iter().map(|(w, h)| (w + REGION_GAP) * (h + REGION_GAP)).sum();
    let widest = sizes.iter().map(|s| s.0).fold(0.0, f64::max);
    let target = (area * ASPECT).sqrt().max(widest);
    let mut placed = Vec::with_capacity(sizes.len());
    let (mut x, mut y, mut row_h) = (0.0f64, 0.0f64, 0.0f64);
    for &(w, h) in sizes {
        if x > 0.0 && x + w > target {
            x = 0.0;
            y += row_h + REGION_GAP;
            row_h = 0.0;
        }
        placed.push(Rect::new(x, y, w, h));
        x += w + REGION_GAP;
        row_h = row_h.max(h);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A schema of `tables` tables in `regions` regions: a few chains of foreign keys in
    /// each region and some across, sizes varying like collapsed and expanded cards.
    type Sample = (Vec<usize>, Vec<(f64, f64)>, Vec<(usize, usize)>);

    fn sample(tables: usize, regions: usize) -> Sample {
        let mut seed = 42u64;
        let mut next = move |m: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % m
        };
        let region_of: Vec<usize> = (0..tables).map(|_| next(regions)).collect();
        let sizes = (0..tables).map(|_| (200.0, if next(5) == 0 { 44.0 + 16.0 * next(15) as f64 } else { 44.0 })).collect();
        let mut edges = Vec::new();
        for t in 0..tables {
            if let Some(u) = (t + 1..tables).find(|&u| region_of[u] == region_of[t]) {
                if next(3) > 0 {
                    edges.push((u, t));
                }
            }
            if next(6) == 0 {
                edges.push((t, next(tables)));
            }
        }
        (region_of, sizes, edges)
    }

    fn run(tables: usize, regions: usize) -> (Layout, Vec<usize>, Vec<(usize, usize)>) {
        let (region_of, sizes, edges) = sample(tables, regions);
        let l = layout(&LayoutInput { regions, region_of: &region_of, sizes: &sizes, edges: &edges });
        (l, region_of, edges)
    }

    #[test]
    fn no_two_cards_overlap_and_every_card_is_inside_its_region() {
        for (tables, regions) in [(1, 1), (7, 3), (190, 12), (519, 31)] {
            let (l, region_of, _) = run(tables, regions);
            assert_eq!(l.cards.len(), tables);
            for (i, a) in l.cards.iter().enumerate() {
                assert!(l.regions[region_of[i]].encloses(a), "card {i} {a:?} outside {:?}", l.regions[region_of[i]]);
                assert!(a.y >= l.regions[region_of[i]].y + LABEL, "card {i} covers its region's label");
                for b in &l.cards[i + 1..] {
                    assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn regions_do_not_overlap_and_follow_the_domain_order() {
        let (l, _, _) = run(519, 31);
        for (i, a) in l.regions.iter().enumerate() {
            for b in &l.regions[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
        // Reading order: each region is right of its predecessor or starts a lower row.
        for w in l.regions.windows(2) {
            assert!(w[1].x > w[0].x || w[1].y > w[0].y, "{w:?}");
        }
        assert_eq!(l.bounds, bounds(&l.regions));
        // Roughly landscape, not one endless row or column.
        assert!(l.bounds.w > l.bounds.h * 0.5 && l.bounds.w < l.bounds.h * 5.0, "{:?}", l.bounds);
    }

    #[test]
    fn the_layout_is_deterministic() {
        assert_eq!(run(300, 17).0, run(300, 17).0);
    }

    #[test]
    fn empty_regions_are_drop_targets_of_a_fixed_size() {
        let l = layout(&LayoutInput { regions: 2, region_of: &[0], sizes: &[(200.0, 44.0)], edges: &[] });
        assert_eq!((l.regions[1].w, l.regions[1].h), EMPTY);
        assert!(!l.regions[0].overlaps(&l.regions[1]));
    }

    #[test]
    fn linked_tables_sit_closer_than_unrelated_ones() {
        let (l, region_of, edges) = run(519, 8);
        let distance = |a: usize, b: usize| {
            let (p, q) = (l.cards[a].centre(), l.cards[b].centre());
            ((p.x - q.x).powi(2) + (p.y - q.y).powi(2)).sqrt()
        };
        let linked: Vec<f64> =
            edges.iter().filter(|(a, b)| region_of[*a] == region_of[*b]).map(|&(a, b)| distance(a, b)).collect();
        let mut all = Vec::new();
        for a in 0..region_of.len() {
            for b in a + 1..region_of.len() {
                if region_of[a] == region_of[b] {
                    all.push(distance(a, b));
                }
            }
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&linked) < 0.6 * mean(&all), "linked {} vs all {}", mean(&linked), mean(&all));
    }

    #[test]
    fn related_order_walks_from_the_hub() {
        // 0 - 1 - 2 - 5, 1 - 3; 4 alone: the hub, its satellites, then the chain.
        let neighbours = vec![vec![1], vec![0, 2, 3], vec![1, 5], vec![1], vec![], vec![2]];
        assert_eq!(related_order(&[0, 1, 2, 3, 4, 5], &neighbours), vec![1, 0, 3, 2, 5, 4]);
    }
}
