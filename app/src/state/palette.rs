//! Domain colours: a fixed palette readable on light and dark backgrounds, picked by a
//! stable hash of the domain name (the same domain keeps its colour across sessions).

/// Colours a user can choose from, and the automatic choice's pool.
pub const PALETTE: &[&str] = &[
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#79706e",
    "#2f6fed", "#17becf", "#bcbd22", "#8c564b",
];

/// The automatic colour of `domain` (`public`, the tables that stay, is grey).
pub fn colour_of(domain: &str) -> String {
    if domain == "public" {
        return "#8a93a6".to_string();
    }
    // FNV-1a: stable across runs and platforms.
    let hash = domain.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    PALETTE[(hash % PALETTE.len() as u64) as usize].to_string()
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
}
