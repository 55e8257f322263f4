//! The domains file (docs/json.md): the domains a user asks for, their keywords and
//! pinned tables, renames and the fallback — what `pgcarve plan --domains FILE` reads.
//! [`read_domains`] checks the file alone; [`DomainsFile::config`] resolves its tables
//! against a model into a [`PlanConfig`].

use super::config::{DomainChoice, DomainSpec, PlanConfig};
use super::file::{check_domain_name, check_version, place_tables, PlanFileError, TableNames};
use super::tokens::{singular, tokens};
use super::vocabulary::builtin;
use crate::model::{Model, QualifiedName};
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;
use std::fmt;

/// A domains file as read: names checked, keywords lower case and singular, tables as
/// written (resolved by [`DomainsFile::config`]).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainsFile {
    pub domains: Vec<DomainEntry>,
    /// Domain renames applied to the result, old name → new name.
    pub renames: BTreeMap<String, String>,
    /// The domain of tables nothing points anywhere (`None`: `public`).
    pub fallback: Option<String>,
}

/// One domain of a domains file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DomainEntry {
    pub name: String,
    /// Single words, lower case and singular.
    pub keywords: Vec<String>,
    /// Tables pinned to this domain, as written in the file.
    pub tables: Vec<String>,
}

/// Reads a domains file: a list of domains (`"billing"` or `{"name", "keywords",
/// "tables"}`), or an object `{"domains": [...], "renames": {...}, "fallback": "..."}`.
/// A plan file is also a domains file (its domains, with their tables pinned).
pub fn read_domains(text: &str) -> Result<DomainsFile, PlanFileError> {
    check_version(text, false)?;
    let file: FileIn = serde_json::from_str(text).map_err(|e| PlanFileError::json(&e))?;
    let (entries, renames, fallback) = match file {
        FileIn::List(entries) => (entries, BTreeMap::new(), None),
        FileIn::Object(object) => {
            let Some(domains) = object.domains else {
                return Err(PlanFileError::one(
                    "missing \"domains\": write {\"domains\": [\"billing\", {\"name\": \"users\", \"keywords\": [\"account\"]}]}".into(),
                ));
            };
            (domains, object.renames, object.fallback)
        }
    };
    let mut problems = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut domains = Vec::new();
    for entry in entries {
        if let Err(e) = check_domain_name(&entry.name) {
            problems.push(e);
        } else if !seen.insert(entry.name.clone()) {
            problems.push(format!("domain {} is listed twice: merge its entries into one", entry.name));
        }
        let mut keywords = Vec::new();
        for keyword in &entry.keywords {
            let lower = keyword.to_lowercase();
            if lower.is_empty() || !lower.chars().all(|c| c.is_ascii_alphabetic()) {
                problems.push(format!(
                    "keyword {keyword:?} of {}: keywords are single words of letters a-z, matched against the words of table names",
                    entry.name
                ));
            } else if !keywords.contains(&singular(&lower)) {
                keywords.push(singular(&lower));
            }
        }
        domains.push(DomainEntry { name: entry.name, keywords, tables: entry.tables });
    }
    for (old, new) in &renames {
        if old.is_empty() {
            problems.push("a rename has an empty old name".into());
        }
        if let Err(e) = check_domain_name(new) {
            problems.push(format!("rename of {old}: {e}"));
        }
    }
    if let Some(Err(e)) = fallback.as_deref().map(check_domain_name) {
        problems.push(format!("fallback: {e}"));
    }
    PlanFileError::all(problems)?;
    Ok(DomainsFile { domains, renames, fallback })
}

impl DomainsFile {
    /// The proposal's options: exactly these domains (each keeps its keywords, plus the
    /// words of its name, plus the built-in vocabulary's keywords when its name is a
    /// built-in domain's), their tables pinned (resolved against `model`: every table
    /// that is unknown, ambiguous or under two domains is a problem), renames, fallback.
    pub fn config(&self, model: &Model) -> Result<PlanConfig, PlanFileError> {
        let names = TableNames::new(model);
        let mut pins: BTreeMap<QualifiedName, String> = BTreeMap::new();
        let mut problems = Vec::new();
        for entry in &self.domains {
            let context = format!("listed under {}", entry.name);
            place_tables(&names, &entry.name, &entry.tables, &context, &mut pins, &mut problems);
        }
        PlanFileError::all(problems)?;
        let vocabulary = builtin();
        let specs = self
            .domains
            .iter()
            .map(|entry| {
                let mut keywords = entry.keywords.clone();
                keywords.extend(tokens(&entry.name));
                if let Some(known) = vocabulary.iter().find(|spec| spec.name == entry.name) {
                    keywords.extend(known.keywords.iter().cloned());
                }
                let mut seen = std::collections::BTreeSet::new();
                keywords.retain(|k| seen.insert(k.clone()));
                DomainSpec { name: entry.name.clone(), keywords }
            })
            .collect();
        Ok(PlanConfig {
            domains: DomainChoice::Fixed(specs),
            pins,
            fallback: self.fallback.clone(),
            renames: self.renames.clone(),
        })
    }
}

/// The file: a list of domains, or an object.
enum FileIn {
    List(Vec<EntryIn>),
    Object(ObjectIn),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ObjectIn {
    domains: Option<Vec<EntryIn>>,
    #[serde(default)]
    renames: BTreeMap<String, String>,
    fallback: Option<String>,
    /// A plan file's fields: its version is checked first, the others are not used.
    #[allow(dead_code)]
    version: Option<IgnoredAny>,
    #[allow(dead_code)]
    assignments: Option<IgnoredAny>,
    #[allow(dead_code)]
    objects: Option<IgnoredAny>,
    #[allow(dead_code)]
    options: Option<IgnoredAny>,
}

/// One domain: a name, or an object.
struct EntryIn {
    name: String,
    keywords: Vec<String>,
    tables: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, expecting = "a domain {\"name\": ..., \"keywords\": [...], \"tables\": [...]}")]
struct EntryObject {
    name: String,
    #[serde(default)]
    keywords: Vec<String>,
    #[serde(default)]
    tables: Vec<String>,
}

// Hand-written rather than `#[serde(untagged)]`, which would replace the error inside an
// entry (and its line and column) by "did not match any variant".
impl<'de> Deserialize<'de> for EntryIn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Entry;
        impl<'de> Visitor<'de> for Entry {
            type Value = EntryIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a domain name or {\"name\": ..., \"keywords\": [...], \"tables\": [...]}")
            }
            fn visit_str<E: de::Error>(self, name: &str) -> Result<EntryIn, E> {
                Ok(EntryIn { name: name.to_string(), keywords: Vec::new(), tables: Vec::new() })
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<EntryIn, A::Error> {
                let e = EntryObject::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(EntryIn { name: e.name, keywords: e.keywords, tables: e.tables })
            }
        }
        deserializer.deserialize_any(Entry)
    }
}

impl<'de> Deserialize<'de> for FileIn {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct File;
        impl<'de> Visitor<'de> for File {
            type Value = FileIn;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of domains, or {\"domains\": [...], \"renames\": {...}, \"fallback\": ...}")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<FileIn, A::Error> {
                Vec::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(FileIn::List)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FileIn, A::Error> {
                ObjectIn::deserialize(de::value::MapAccessDeserializer::new(map)).map(FileIn::Object)
            }
        }
        deserializer.deserialize_any(File)
    }
}
