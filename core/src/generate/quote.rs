//! Identifiers, literals and dollar-quoted bodies as PostgreSQL reads them back. Every
//! name the generator writes goes through here.
//!
//! An identifier is written bare only when PostgreSQL reads the bare word back as the
//! same name: lower-case ASCII letters, digits and `_`, not starting with a digit, and not
//! a keyword that `quote_ident` would quote (reserved, column-name and type/function-name
//! keywords, [`super::keywords`]). Anything else (upper case, spaces, quotes, unicode,
//! `$`) is double-quoted with `"` doubled.

use super::keywords::KEYWORDS;
use crate::model::QualifiedName;

/// `name` as an SQL identifier.
pub fn ident(name: &str) -> String {
    if is_bare(name) {
        name.to_string()
    } else {
        format!("\"{}\"", name.replace('"', "\"\""))
    }
}

/// `schema.name`, each part quoted where needed.
pub fn qualified(name: &QualifiedName) -> String {
    format!("{}.{}", ident(&name.schema), ident(&name.name))
}

/// `schema.name` in another schema.
pub fn in_schema(schema: &str, name: &str) -> String {
    format!("{}.{}", ident(schema), ident(name))
}

/// Whether `name` reads back unchanged without quotes.
pub fn is_bare(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase() || c == '_');
    first_ok
        && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && KEYWORDS.binary_search(&name).is_err()
}

/// A string literal that reads back as `text` whatever `standard_conforming_strings` is:
/// `'…'` with `'` doubled, or `E'…'` with `\` doubled too when the text has a backslash.
pub fn literal(text: &str) -> String {
    let doubled = text.replace('\'', "''");
    if text.contains('\\') {
        format!("E'{}'", doubled.replace('\\', "\\\\"))
    } else {
        format!("'{doubled}'")
    }
}

/// A literal of the quoted qualified name, for `'…'::regclass` and `to_regclass(…)`.
pub fn name_literal(name: &QualifiedName) -> String {
    literal(&qualified(name))
}

/// `body` dollar-quoted with a tag (`$pgcarve$`, `$pgcarve1$`, …) that does not occur in it.
pub fn dollar(body: &str) -> String {
    let tag = dollar_tag(body, "pgcarve");
    format!("{tag}{body}{tag}")
}

/// A tag `$<base>$`, `$<base>1$`, … that does not occur in `body`.
pub fn dollar_tag(body: &str, base: &str) -> String {
    let mut n = 0usize;
    loop {
        let tag = if n == 0 { format!("${base}$") } else { format!("${base}{n}$") };
        if !body.contains(&tag) {
            return tag;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(ident("orders"), "orders");
        assert_eq!(ident("_x1"), "_x1");
        assert_eq!(ident("user"), "\"user\"");
        assert_eq!(ident("select"), "\"select\"");
        assert_eq!(ident("Orders"), "\"Orders\"");
        assert_eq!(ident("1st"), "\"1st\"");
        assert_eq!(ident("a b"), "\"a b\"");
        assert_eq!(ident("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(ident("café"), "\"café\"");
        assert_eq!(ident(""), "\"\"");
        // Unreserved keywords read back as names.
        assert_eq!(ident("name"), "name");
        assert_eq!(ident("comment"), "comment");
    }

    #[test]
    fn keywords_are_sorted() {
        assert!(KEYWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn literals_and_dollar_tags() {
        assert_eq!(literal("it's"), "'it''s'");
        assert_eq!(literal("a\\b"), "E'a\\\\b'");
        assert_eq!(dollar("x"), "$pgcarve$x$pgcarve$");
        assert_eq!(dollar("$pgcarve$"), "$pgcarve1$$pgcarve$$pgcarve1$");
    }
}
