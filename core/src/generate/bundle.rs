//! [`Bundle`]: the generated files, in memory. Pure data, so the browser app can offer
//! the same bundle the CLI writes.

use serde::Serialize;

/// The files of a migration bundle, in the order they are written: the forward files
/// (applied in lexical order of their names), then `verify.sql`, `rollback.sql`,
/// `README.md` and `plan.json`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Bundle {
    pub files: Vec<BundleFile>,
    /// Positions (in the findings [`super::generate`] was given, ascending) of the findings
    /// the bundle resolves: their fix applied, or a function body rewritten.
    pub fixed: Vec<usize>,
    /// Findings left to the user (the README lists them), and how many are errors.
    pub left: usize,
    pub left_errors: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BundleFile {
    /// A plain file name (`[0-9a-z_.]`, no directory).
    pub name: String,
    pub content: String,
    /// A forward file: applied in lexical order of names.
    pub forward: bool,
}

impl Bundle {
    /// The file named `name`.
    pub fn file(&self, name: &str) -> Option<&BundleFile> {
        self.files.iter().find(|f| f.name == name)
    }

    /// The forward files in the order to apply them.
    pub fn forward(&self) -> Vec<&BundleFile> {
        let mut files: Vec<&BundleFile> = self.files.iter().filter(|f| f.forward).collect();
        files.sort_by(|a, b| a.name.cmp(&b.name));
        files
    }

    /// Total size in bytes.
    pub fn size(&self) -> usize {
        self.files.iter().map(|f| f.content.len()).sum()
    }
}

/// A file-name-safe form of a schema name: `[a-z0-9_]`, at most 40 characters, `_` for
/// anything else (the number in front keeps names unique).
pub fn file_stem(schema: &str) -> String {
    let stem: String = schema
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '_' })
        .take(40)
        .collect();
    if stem.is_empty() { "domain".to_string() } else { stem }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_safe() {
        assert_eq!(file_stem("Sales Ops"), "sales_ops");
        assert_eq!(file_stem("../x"), "___x");
        assert_eq!(file_stem(""), "domain");
    }
}
