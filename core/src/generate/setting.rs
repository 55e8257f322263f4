//! Text from the dump that the bundle writes back into SQL, rebuilt from its tokens so
//! that only what it claims to be gets through: a function's original `search_path`
//! (for rollback), a column type (the tenant function's return type) and a tenant
//! function call (`public.current_org_id()`).

use super::quote::literal;
use crate::parse::lexer::{Lexer, TokenKind};

/// The value for `SET search_path TO …` that gives back the setting the dump wrote
/// (`'public', 'pg_temp'`, `public, extensions`, `"$user", public`, `''`): each schema
/// as a string literal, as pg_dump writes it.
pub fn search_path_value(value: &str) -> String {
    if value.trim().eq_ignore_ascii_case("FROM CURRENT") {
        return "FROM CURRENT".to_string();
    }
    let mut schemas: Vec<String> = Vec::new();
    for token in Lexer::new(value).filter(|t| !t.kind.is_trivia()) {
        let text = token.text(value);
        match token.kind {
            TokenKind::Word => schemas.push(text.to_ascii_lowercase()),
            TokenKind::QuotedIdent => schemas.push(unquote(text, '"')),
            TokenKind::String => {
                let inner = unquote(text.trim_start_matches(['E', 'e']), '\'');
                schemas.push(inner);
            }
            _ => {}
        }
    }
    if schemas.is_empty() {
        return "''".to_string();
    }
    schemas.iter().map(|s| literal(s)).collect::<Vec<_>>().join(", ")
}

/// `text` when it reads as a type name (words, quoted names, `.`, `(`, `)`, `,`, `[`, `]`,
/// numbers), else `None`.
pub fn type_name(text: &str) -> Option<String> {
    only(text, |kind, t| match kind {
        TokenKind::Word | TokenKind::QuotedIdent | TokenKind::Number => true,
        TokenKind::Punct => matches!(t, "." | "(" | ")" | "," | "[" | "]"),
        _ => false,
    })
}

/// `text` when it reads as a call without arguments (`public.current_org_id()`), else `None`.
pub fn function_call(text: &str) -> Option<String> {
    let call = only(text, |kind, t| match kind {
        TokenKind::Word | TokenKind::QuotedIdent => true,
        TokenKind::Punct => matches!(t, "." | "(" | ")"),
        _ => false,
    })?;
    call.ends_with("()").then_some(call)
}

fn only(text: &str, allowed: impl Fn(TokenKind, &str) -> bool) -> Option<String> {
    let mut out = String::new();
    for token in Lexer::new(text) {
        let t = token.text(text);
        if token.kind == TokenKind::Whitespace {
            out.push(' ');
        } else if token.terminated && allowed(token.kind, t) {
            out.push_str(t);
        } else {
            return None;
        }
    }
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    (!out.is_empty()).then_some(out)
}

fn unquote(text: &str, quote: char) -> String {
    let doubled = format!("{quote}{quote}");
    let inner = text.strip_prefix(quote).and_then(|t| t.strip_suffix(quote)).unwrap_or(text);
    inner.replace(&doubled, &quote.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_paths_as_pg_dump_writes_them() {
        assert_eq!(search_path_value("'public', 'pg_temp'"), "'public', 'pg_temp'");
        assert_eq!(search_path_value("public, extensions"), "'public', 'extensions'");
        assert_eq!(search_path_value("\"$user\", Public"), "'$user', 'public'");
        assert_eq!(search_path_value("''"), "''");
        assert_eq!(search_path_value("public; DROP TABLE x"), "'public', 'drop', 'table', 'x'");
    }

    #[test]
    fn types_and_calls_or_nothing() {
        assert_eq!(type_name("uuid").as_deref(), Some("uuid"));
        assert_eq!(type_name("character varying(30)").as_deref(), Some("character varying(30)"));
        assert_eq!(type_name("public.\"Org Id\"").as_deref(), Some("public.\"Org Id\""));
        assert_eq!(type_name("int; DROP TABLE x"), None);
        assert_eq!(function_call("public.current_clinic_id()").as_deref(), Some("public.current_clinic_id()"));
        assert_eq!(function_call("current_setting('x')"), None);
        assert_eq!(function_call("public.f"), None);
    }
}
