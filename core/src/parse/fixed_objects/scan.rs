//! Small scanning helpers over [`Tokens`] shared by the fixed-form extractors: reading up
//! to a keyword at parenthesis depth 0, splitting lists at top-level commas, decoding
//! string literals and reading role lists.

use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::tokens::Tokens;

/// The upper-cased leading words of a statement (at most `n`), stopping at the first
/// token that is not a bare word.
pub fn leading_words(text: &str, n: usize) -> Vec<String> {
    let mut tokens = Tokens::new(text);
    let mut words = Vec::new();
    while words.len() < n {
        match tokens.peek() {
            Some((TokenKind::Word, _)) => words.extend(tokens.next_upper()),
            _ => break,
        }
    }
    words
}

/// No more tokens, or only the final `;`.
pub fn at_end(tokens: &mut Tokens) -> bool {
    matches!(tokens.peek(), None | Some((TokenKind::Punct, ";")))
}

/// Whether the next token is a word equal to one of `words`.
pub fn peek_any(tokens: &mut Tokens, words: &[&str]) -> bool {
    words.iter().any(|w| tokens.peek_is(w))
}

/// Consume tokens up to (not including) the next word in `stops` at parenthesis depth 0,
/// an unbalanced `)`, the final `;` or the end. Returns the text consumed, as written.
pub fn take_until<'a>(tokens: &mut Tokens<'a>, stops: &[&str]) -> &'a str {
    let start = tokens.pos();
    let mut depth = 0usize;
    while let Some((kind, text)) = tokens.peek() {
        match (kind, text) {
            (TokenKind::Punct, ";") if depth == 0 => break,
            (TokenKind::Word, word) if depth == 0 && stops.iter().any(|s| word.eq_ignore_ascii_case(s)) => break,
            (TokenKind::Punct, "(") => depth += 1,
            (TokenKind::Punct, ")") if depth == 0 => break,
            (TokenKind::Punct, ")") => depth -= 1,
            _ => {}
        }
        tokens.next();
    }
    tokens.text_from(start)
}

/// The first of `phrases` whose words all come next, consumed and joined by spaces
/// (`MATERIALIZED VIEW`); nothing is consumed when none matches.
pub fn eat_phrase(tokens: &mut Tokens, phrases: &[&[&str]]) -> Option<String> {
    let phrase = phrases.iter().find(|words| {
        let mut probe = Tokens::new(tokens.rest());
        words.iter().all(|w| probe.eat(w))
    })?;
    for word in phrase.iter() {
        tokens.eat(word);
    }
    Some(phrase.join(" "))
}

/// `text` split at commas outside parentheses, each part trimmed; empty parts dropped.
pub fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut part_start = 0;
    for token in Lexer::new(text) {
        match (token.kind, token.text(text)) {
            (TokenKind::Punct, "(" | "[") => depth += 1,
            (TokenKind::Punct, ")" | "]") => depth = depth.saturating_sub(1),
            (TokenKind::Punct, ",") if depth == 0 => {
                parts.push(text[part_start..token.start].trim());
                part_start = token.end;
            }
            _ => {}
        }
    }
    parts.push(text[part_start..].trim());
    parts.retain(|p| !p.is_empty());
    parts
}

/// The value of a string literal token: `'it''s'` → `it's`, `E'a\nb'` with its escapes,
/// `$tag$…$tag$` → the body. `None` for any other token.
pub fn literal_value(kind: TokenKind, text: &str) -> Option<String> {
    match kind {
        TokenKind::DollarString => Some(dollar_body(text).to_string()),
        TokenKind::String => {
            let (escapes, quoted) = match text.as_bytes().first()? {
                b'E' | b'e' => (true, &text[1..]),
                b'\'' => (false, text),
                // B'…', X'…', N'…', U&'…': kept as written.
                _ => return Some(text.to_string()),
            };
            let inner = quoted.strip_prefix('\'')?;
            let inner = inner.strip_suffix('\'').unwrap_or(inner);
            Some(if escapes { unescape_backslashes(inner) } else { inner.replace("''", "'") })
        }
        _ => None,
    }
}

/// The body of `$tag$…$tag$` (an unterminated one runs to the end).
pub fn dollar_body(text: &str) -> &str {
    let Some(tag_end) = text[1..].find('$').map(|i| i + 2) else { return text };
    let tag = &text[..tag_end];
    let body = &text[tag_end..];
    body.strip_suffix(tag).unwrap_or(body)
}

fn unescape_backslashes(inner: &str) -> String {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('b') => out.push('\u{8}'),
                Some('f') => out.push('\u{c}'),
                Some(other) => out.push(other),
                None => {}
            },
            '\'' if chars.clone().next() == Some('\'') => {
                chars.next();
                out.push('\'');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The next token as a string literal's value, if it is one.
pub fn next_literal(tokens: &mut Tokens) -> Option<String> {
    let (kind, text) = tokens.peek()?;
    let value = literal_value(kind, text)?;
    tokens.next();
    Some(value)
}

/// A role: an identifier as PostgreSQL stores it; `PUBLIC`, `CURRENT_USER` and the like
/// fold to lower case like any unquoted word. A leading `GROUP` is skipped.
pub fn role(tokens: &mut Tokens) -> Option<String> {
    tokens.eat("GROUP");
    tokens.identifier()
}

/// `a, "B", public`: roles separated by commas.
pub fn role_list(tokens: &mut Tokens) -> Option<Vec<String>> {
    let mut roles = vec![role(tokens)?];
    while tokens.peek_punct(",") {
        tokens.next();
        roles.push(role(tokens)?);
    }
    Some(roles)
}

/// Whitespace runs collapsed to one space (for comparing argument lists).
pub fn squash_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(literal_value(TokenKind::String, "'it''s'").as_deref(), Some("it's"));
        assert_eq!(literal_value(TokenKind::String, r"E'a\nb\'c'").as_deref(), Some("a\nb'c"));
        assert_eq!(literal_value(TokenKind::DollarString, "$f$ $$ ; $f$").as_deref(), Some(" $$ ; "));
        assert_eq!(literal_value(TokenKind::DollarString, "$$x$$").as_deref(), Some("x"));
        assert_eq!(literal_value(TokenKind::Word, "x"), None);
    }

    #[test]
    fn top_level_split() {
        assert_eq!(split_top_level("a int, b numeric(10,2), c text[]"), ["a int", "b numeric(10,2)", "c text[]"]);
        assert!(split_top_level("  ").is_empty());
    }

    #[test]
    fn take_until_stops_at_depth_zero() {
        let mut t = Tokens::new("TABLE(a int, language text) LANGUAGE sql;");
        assert_eq!(take_until(&mut t, &["LANGUAGE"]), "TABLE(a int, language text)");
        assert!(t.peek_is("LANGUAGE"));
    }
}
