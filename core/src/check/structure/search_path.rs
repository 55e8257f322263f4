//! A function's `SET search_path` as written, read as a list of schemas, and name
//! resolution along such a list.

use crate::parse::lexer::{Lexer, TokenKind};

/// The entries of a `search_path` value as the dump writes it (`'public', 'pg_temp'`,
/// `public, extensions`, `TO ''`, `"$user", public`): raw identifiers in order, `$user`,
/// `pg_temp` and `pg_catalog` included (see [`holds_tables`]). `None` for `FROM CURRENT`
/// (the value is whatever it was at creation, unknown here).
pub fn schemas(value: &str) -> Option<Vec<String>> {
    if value.trim().eq_ignore_ascii_case("FROM CURRENT") {
        return None;
    }
    let mut out: Vec<String> = Vec::new();
    for token in Lexer::new(value).filter(|t| !t.kind.is_trivia()) {
        let text = token.text(value);
        let names: Vec<String> = match token.kind {
            TokenKind::Word => vec![text.to_ascii_lowercase()],
            TokenKind::QuotedIdent => vec![unquote(text, '"')],
            // A quoted string may hold one schema or a whole list (`'a, b'`).
            TokenKind::String => unquote(text, '\'').split(',').map(|s| identifier(s.trim())).collect(),
            _ => continue,
        };
        for name in names {
            if !name.is_empty() && !out.contains(&name) {
                out.push(name);
            }
        }
    }
    Some(out)
}

/// Whether a path entry can hold the dump's tables (not `$user`, `pg_temp`, `pg_catalog`).
pub fn holds_tables(entry: &str) -> bool {
    !matches!(entry, "$user" | "pg_temp" | "pg_catalog")
}

fn unquote(text: &str, quote: char) -> String {
    let doubled = format!("{quote}{quote}");
    let inner = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)).unwrap_or(text);
    inner.replace(&doubled, &quote.to_string())
}

/// An identifier inside a string value: `"X"` exact, else folded.
fn identifier(text: &str) -> String {
    if text.len() >= 2 && text.starts_with('"') && text.ends_with('"') {
        unquote(text, '"')
    } else {
        text.to_ascii_lowercase()
    }
}

/// The value to write for `schemas` (`sales, public`): identifiers quoted when needed.
pub fn render(schemas: &[String]) -> String {
    let quoted: Vec<String> = schemas
        .iter()
        .map(|s| {
            let plain = s.chars().next().is_some_and(|c| c.is_ascii_lowercase() || c == '_')
                && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '$');
            if plain { s.clone() } else { format!("\"{}\"", s.replace('"', "\"\"")) }
        })
        .collect();
    quoted.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_as_pg_dump_writes_them() {
        assert_eq!(schemas("'public', 'pg_temp'"), Some(vec!["public".into(), "pg_temp".into()]));
        assert_eq!(schemas("\"$user\", public, Extensions"), Some(vec!["$user".into(), "public".into(), "extensions".into()]));
        assert_eq!(schemas("''"), Some(vec![]));
        assert_eq!(schemas("'sales, \"Billing\"'"), Some(vec!["sales".into(), "Billing".into()]));
        assert_eq!(schemas("\"Billing\""), Some(vec!["Billing".into()]));
        assert_eq!(schemas("FROM CURRENT"), None);
        assert_eq!(render(&["sales".into(), "Billing".into(), "pg_temp".into()]), "sales, \"Billing\", pg_temp");
        assert!(!holds_tables("pg_temp") && holds_tables("public"));
    }
}
