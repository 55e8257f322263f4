//! Finding a table by what the user types: exact names first, then names that start with
//! the query, then names that contain it (case-insensitive; shorter names first).

use crate::protocol::TableView;

/// The tables matching `query`, best first, at most `limit`.
pub fn matches(query: &str, tables: &[TableView], limit: usize) -> Vec<usize> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut ranked: Vec<(u8, usize, usize)> = tables
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let name = t.name.to_lowercase();
            let key = t.key.to_lowercase();
            let rank = if key == q || name == q {
                0
            } else if name.starts_with(&q) || key.starts_with(&q) {
                1
            } else if key.contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, t.key.len(), i))
        })
        .collect();
    ranked.sort_unstable();
    ranked.into_iter().take(limit).map(|(_, _, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tables(keys: &[&str]) -> Vec<TableView> {
        keys.iter()
            .map(|k| {
                let (schema, name) = k.split_once('.').unwrap_or(("public", k));
                TableView { key: k.to_string(), schema: schema.into(), name: name.into(), ..Default::default() }
            })
            .collect()
    }

    #[test]
    fn exact_then_prefix_then_substring() {
        let t = tables(&["public.artist_credit", "public.l_artist_artist", "public.artist", "public.label"]);
        assert_eq!(matches("artist", &t, 10), vec![2, 0, 1]);
        assert_eq!(matches("  ARTIST ", &t, 1), vec![2]);
        assert_eq!(matches("public.label", &t, 10), vec![3]);
        assert!(matches("", &t, 10).is_empty());
        assert!(matches("nothing", &t, 10).is_empty());
    }
}
