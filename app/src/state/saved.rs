//! The session saved in the browser's localStorage: the dump, the edits, colours and
//! empty domains; restored after a reload, cleared by "New".

use crate::protocol::Edits;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The localStorage key.
pub const KEY: &str = "pgcarve.session.v1";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub sql: String,
    pub edits: Edits,
    pub colours: BTreeMap<String, String>,
    pub empty_domains: Vec<String>,
}

impl Saved {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The saved session, or `None` when the text is not one (another version, damage).
    pub fn from_json(text: &str) -> Option<Saved> {
        serde_json::from_str(text).ok()
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Saves `session`; `Err` says why it could not (e.g. the dump exceeds the browser's quota).
pub fn store(session: &Saved) -> Result<(), String> {
    let storage = storage().ok_or("this browser offers no local storage")?;
    storage
        .set_item(KEY, &session.to_json())
        .map_err(|_| "the session is too large for the browser's storage: it will not survive a reload".to_string())
}

pub fn restore() -> Option<Saved> {
    Saved::from_json(&storage()?.get_item(KEY).ok()??)
}

pub fn clear() {
    if let Some(s) = storage() {
        let _ = s.remove_item(KEY);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_rejects_damage() {
        let mut s = Saved { sql: "CREATE TABLE t (id int);".into(), ..Saved::default() };
        s.edits.pins.insert("public.t".into(), "x".into());
        assert_eq!(Saved::from_json(&s.to_json()), Some(s));
        assert_eq!(Saved::from_json("{\"sql\": 3}"), None);
    }
}
