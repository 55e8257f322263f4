//! Domain colours: a fixed palette readable on light and dark backgrounds. A domain's
//! colour starts from a stable hash of its name; [`assign`] gives the domains of a plan
//! distinct colours while the palette lasts, and the session keeps them.

use std::collections::{BTreeMap, BTreeSet};

/// Colours a user can choose from, and the automatic choice's pool.
pub const PALETTE: &[&str] = &[
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e",
    "#2f6fed", "#17becf", "#bcbd22", "#8c564b",
];

/// Grey: `public`, where the tables that stay are.
const STAY: &str = "#8a93a6";

/// The automatic colour of `domain` on its own (`public` is grey).
pub fn colour_of(domain: &str) -> String {
    if domain == "public" {
        return STAY.to_string();
    }
    PALETTE[slot(domain)].to_string()
}

/// The palette position a name hashes to (FNV-1a: stable across runs and platforms).
fn slot(domain: &str) -> usize {
    let hash = domain.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (hash % PALETTE.len() as u64) as usize
}

/// `colours` with a colour for each of `domains` that has none: its hashed colour, or the
/// next palette colour no other of `domains` uses. `None` when nothing was missing.
pub fn assign<'a>(colours: &BTreeMap<String, String>, domains: impl IntoIterator<Item = &'a str>) -> Option<BTreeMap<String, String>> {
    let domains: BTreeSet<&str> = domains.into_iter().filter(|d| *d != "public").collect();
    let missing: Vec<&str> = domains.iter().copied().filter(|d| !colours.contains_key(*d)).collect();
    if missing.is_empty() {
        return None;
    }
    let mut used: BTreeSet<String> = domains.iter().filter_map(|d| colours.get(*d).cloned()).collect();
    let mut next = colours.clone();
    for domain in missing {
        let start = slot(domain);
        let free = (0..PALETTE.len()).map(|k| PALETTE[(start + k) % PALETTE.len()]).find(|c| !used.contains(*c));
        let colour = free.unwrap_or(PALETTE[start]).to_string();
        used.insert(colour.clone());
        next.insert(domain.to_string(), colour);
    }
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_stable_and_public_is_grey() {
        assert_eq!(colour_of("billing"), colour_of("billing"));
        assert!(PALETTE.contains(&colour_of("billing").as_str()));
        assert_eq!(colour_of("public"), "#8a93a6");
    }

    #[test]
    fn the_domains_of_a_plan_get_distinct_colours_and_keep_them() {
        let domains = ["events", "ref", "organizations", "users", "ticketing", "payments", "ml", "public"];
        let colours = assign(&BTreeMap::new(), domains).expect("all were missing");
        assert_eq!(colours.len(), domains.len() - 1, "public stays grey: {colours:?}");
        let distinct: BTreeSet<&String> = colours.values().collect();
        assert_eq!(distinct.len(), colours.len(), "{colours:?}");
        assert_eq!(assign(&colours, domains), None, "nothing missing, nothing changes");
        let mut chosen = colours.clone();
        chosen.insert("events".into(), "#000000".into());
        let more = assign(&chosen, ["events", "billing"]).expect("billing was missing");
        assert_eq!(more["events"], "#000000", "a chosen colour stays");
        assert!(more.contains_key("billing"));
    }
}
