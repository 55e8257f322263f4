//! Table names as tokens: splitting (`ticket_tiers` → `ticket`, `tier`), singular forms,
//! shared-prefix heads for names written without separators (`salesorderheader` →
//! `sale…`), and how informative a token is over one dump (IDF).

use std::collections::{BTreeMap, BTreeSet};

/// Lower-case tokens of a name, split on anything not a letter, each made singular.
pub fn tokens(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|t| !t.is_empty())
        .map(|t| singular(&t.to_ascii_lowercase()))
        .collect()
}

/// A rough English singular: `categories` → `category`, `addresses` → `address`,
/// `tiers` → `tier`; words ending in `ss`/`us`/`is` stay.
pub fn singular(word: &str) -> String {
    if word.len() <= 3 {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        return format!("{stem}y");
    }
    for ending in ["sses", "shes", "ches", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    word.strip_suffix('s').unwrap_or(word).to_string()
}

/// Length of the head used for names without separators.
const HEAD_LEN: usize = 4;

/// Per-table tokens for a whole dump. When most names have no separator (`productmodel`,
/// `salesorderheader`), a one-token name also gets its first [`HEAD_LEN`] letters as a
/// head token, prefixed `^`, when at least one other such name starts the same way.
pub fn dump_tokens(names: &[&str]) -> Vec<Vec<String>> {
    let mut all: Vec<Vec<String>> = names.iter().map(|n| tokens(n)).collect();
    let single = all.iter().filter(|t| t.len() == 1).count();
    if names.is_empty() || single * 2 < names.len() {
        return all;
    }
    let mut heads: BTreeMap<String, usize> = BTreeMap::new();
    for t in &all {
        if let Some(head) = head_of(t) {
            *heads.entry(head).or_default() += 1;
        }
    }
    for t in &mut all {
        if let Some(head) = head_of(t) {
            if heads.get(&head).copied().unwrap_or(0) >= 2 {
                t.insert(0, head);
            }
        }
    }
    all
}

fn head_of(tokens: &[String]) -> Option<String> {
    match tokens {
        [only] if only.len() > HEAD_LEN => Some(format!("^{}", &only[..HEAD_LEN])),
        _ => None,
    }
}

/// Inverse document frequency of each token over the tables: `ln(n / df)`.
pub fn idf(all: &[Vec<String>]) -> BTreeMap<String, f64> {
    let mut df: BTreeMap<String, usize> = BTreeMap::new();
    for t in all {
        let unique: BTreeSet<&String> = t.iter().collect();
        for token in unique {
            *df.entry(token.clone()).or_default() += 1;
        }
    }
    let n = all.len().max(1) as f64;
    df.into_iter().map(|(t, d)| (t, (n / d as f64).ln())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_singularises() {
        assert_eq!(tokens("ticket_tiers"), ["ticket", "tier"]);
        assert_eq!(tokens("event_categories"), ["event", "category"]);
        assert_eq!(tokens("user_addresses"), ["user", "address"]);
        assert_eq!(tokens("post_impressions_2025_10"), ["post", "impression"]);
        assert_eq!(tokens("status"), ["status"]);
    }

    #[test]
    fn heads_for_names_without_separators() {
        let names = ["salesorderheader", "salesperson", "product", "productmodel", "shift"];
        let t = dump_tokens(&names);
        assert_eq!(t[0], ["^sale", "salesorderheader"]);
        assert_eq!(t[3], ["^prod", "productmodel"]);
        assert_eq!(t[4], ["shift"]);
    }

    #[test]
    fn rare_tokens_weigh_more() {
        let all = vec![tokens("ticket_tiers"), tokens("ticket_scans"), tokens("orders")];
        let idf = idf(&all);
        assert!(idf["order"] > idf["ticket"]);
    }
}
