//! Small scanning helpers over [`Cursor`] shared by the fixed-form extractors: reading up
//! to a keyword at parenthesis depth 0, decoding
//! string literals and reading role lists.

use crate::parse::cursor::Cursor;
use crate::parse::lexer::TokenKind;

/// The upper-cased leading words of a statement (at most `n`), stopping at the first
/// token that is not a bare word.
pub fn leading_words(text: &str, n: usize) -> Vec<String> {
    let mut c = Cursor::head(text, n);
    let mut words = Vec::new();
    while words.len() < n {
        match c.peek() {
            Some((TokenKind::Word, _)) => words.extend(c.next_upper()),
            _ => break,
        }
    }
    words
}

/// No more tokens, or only the final `;`.
pub fn at_end(c: &Cursor) -> bool {
    matches!(c.peek(), None | Some((TokenKind::Punct, ";")))
}

/// Whether the next token is a word equal to one of `words`.
pub fn peek_any(c: &Cursor, words: &[&str]) -> bool {
    words.iter().any(|w| c.is_word(0, w))
}

/// Consume tokens up to (not including) the next word in `stops` at parenthesis depth 0,
/// an unbalanced `)`, the final `;` or the end. Returns the text consumed, as written
/// (comments before the stop kept). Unlike [`Cursor::take_until`] only parentheses nest
/// and nothing need be consumed.
pub fn take_until<'a>(c: &mut Cursor<'a>, stops: &[&str]) -> &'a str {
    let start = c.pos();
    let mut depth = 0usize;
    while let Some((kind, text)) = c.peek() {
        match (kind, text) {
            (TokenKind::Punct, ";") if depth == 0 => break,
            (TokenKind::Word, word) if depth == 0 && stops.iter().any(|s| word.eq_ignore_ascii_case(s)) => break,
            (TokenKind::Punct, "(") => depth += 1,
            (TokenKind::Punct, ")") if depth == 0 => break,
            (TokenKind::Punct, ")") => depth -= 1,
            _ => {}
        }
        c.advance();
    }
    c.text_before_next(start)
}

/// The first of `phrases` whose words all come next, consumed and joined by spaces
/// (`MATERIALIZED VIEW`); nothing is consumed when none matches.
pub fn eat_phrase(c: &mut Cursor, phrases: &[&[&str]]) -> Option<String> {
    let phrase = phrases.iter().find(|words| c.is_seq(words))?;
    c.eat(phrase);
    Some(phrase.join(" "))
}

/// A balanced `( … )` group if one comes next: its inner text from its first token (a
/// leading comment is skipped); an unclosed group consumes the rest and reads as empty.
pub fn group<'a>(c: &mut Cursor<'a>) -> Option<&'a str> {
    if !c.is_punct(0, "(") {
        return None;
    }
    let Ok(inner) = c.parenthesized() else { return Some("") };
    let first = crate::parse::lexer::Lexer::new(inner).find(|t| !t.kind.is_trivia());
    Some(first.map_or("", |t| &inner[t.start..]))
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
pub fn next_literal(c: &mut Cursor) -> Option<String> {
    let (kind, text) = c.peek()?;
    let value = literal_value(kind, text)?;
    c.advance();
    Some(value)
}

/// A role: an identifier as PostgreSQL stores it; `PUBLIC`, `CURRENT_USER` and the like
/// fold to lower case like any unquoted word. A leading `GROUP` is skipped.
pub fn role(c: &mut Cursor) -> Option<String> {
    c.eat(&["GROUP"]);
    c.identifier().ok()
}

/// `a, "B", public`: roles separated by commas.
pub fn role_list(c: &mut Cursor) -> Option<Vec<String>> {
    let mut roles = vec![role(c)?];
    while c.eat_punct(",") {
        roles.push(role(c)?);
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
    fn take_until_stops_at_depth_zero() {
        let mut c = Cursor::with_semicolon("TABLE(a int, language text) /* c */ LANGUAGE sql;");
        assert_eq!(take_until(&mut c, &["LANGUAGE"]), "TABLE(a int, language text) /* c */");
        assert!(c.is_word(0, "LANGUAGE"));
    }

    #[test]
    fn groups_skip_a_leading_comment_and_read_unclosed_as_empty() {
        assert_eq!(group(&mut Cursor::with_semicolon("( /* c */ a, b ) x")), Some("a, b"));
        assert_eq!(group(&mut Cursor::with_semicolon("( /* c */ )")), Some(""));
        assert_eq!(group(&mut Cursor::with_semicolon("(a, (b);")), Some(""));
        assert_eq!(group(&mut Cursor::with_semicolon("a")), None);
    }
}
