//! The parse layer's one token cursor: a statement's significant tokens with unlimited
//! lookahead, read by the fixed-form extractors (`fixed_tables`, `fixed_objects`) and the
//! name readers of `objects` and `tables`. Most failures are a message (`Err(String)`)
//! that becomes the statement's `Unsupported` outcome; nothing here panics on input.

use crate::model::QualifiedName;
use crate::parse::lexer::{Lexer, TokenKind};
use crate::parse::names;

pub type Extract<T> = Result<T, String>;

#[derive(Clone, Copy)]
struct Tok {
    kind: TokenKind,
    start: usize,
    end: usize,
}

pub struct Cursor<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    at: usize,
}

impl<'a> Cursor<'a> {
    /// The significant tokens of `src`; a final `;` is not one of them.
    pub fn new(src: &'a str) -> Self {
        let mut toks: Vec<Tok> = Lexer::new(src)
            .filter(|t| !t.kind.is_trivia())
            .map(|t| Tok { kind: t.kind, start: t.start, end: t.end })
            .collect();
        if toks.last().is_some_and(|t| t.kind == TokenKind::Punct && &src[t.start..t.end] == ";") {
            toks.pop();
        }
        Cursor { src, toks, at: 0 }
    }

    /// Every significant token of `src`, a final `;` included: the object extractors
    /// (`fixed_objects`) treat a `;` as the end themselves.
    pub fn with_semicolon(src: &'a str) -> Self {
        let toks = Lexer::new(src)
            .filter(|t| !t.kind.is_trivia())
            .map(|t| Tok { kind: t.kind, start: t.start, end: t.end })
            .collect();
        Cursor { src, toks, at: 0 }
    }

    fn tok(&self, ahead: usize) -> Option<Tok> {
        self.toks.get(self.at + ahead).copied()
    }

    /// Only the first `limit` significant tokens of `src` (cheap for long statements).
    pub fn head(src: &'a str, limit: usize) -> Self {
        let toks = Lexer::new(src)
            .filter(|t| !t.kind.is_trivia())
            .take(limit)
            .map(|t| Tok { kind: t.kind, start: t.start, end: t.end })
            .collect();
        Cursor { src, toks, at: 0 }
    }

    /// The text of the token `ahead` tokens on.
    pub fn text(&self, ahead: usize) -> Option<&'a str> {
        self.tok(ahead).map(|t| &self.src[t.start..t.end])
    }

    /// The next token's kind and text.
    pub fn peek(&self) -> Option<(TokenKind, &'a str)> {
        self.tok(0).map(|t| (t.kind, &self.src[t.start..t.end]))
    }

    /// The next token's kind and text, consumed.
    pub fn next_token(&mut self) -> Option<(TokenKind, &'a str)> {
        let token = self.peek();
        self.advance();
        token
    }

    /// The next token, consumed whatever it is; upper-cased when it is a word.
    pub fn next_upper(&mut self) -> Option<String> {
        self.next_token().filter(|t| t.0 == TokenKind::Word).map(|t| t.1.to_ascii_uppercase())
    }

    pub fn at_end(&self) -> bool {
        self.at >= self.toks.len()
    }

    /// Is the token `ahead` on the keyword (an unquoted word, any case)?
    pub fn is_word(&self, ahead: usize, keyword: &str) -> bool {
        self.tok(ahead).is_some_and(|t| t.kind == TokenKind::Word)
            && self.text(ahead).is_some_and(|w| w.eq_ignore_ascii_case(keyword))
    }

    /// Do the next tokens spell `keywords`?
    pub fn is_seq(&self, keywords: &[&str]) -> bool {
        keywords.iter().enumerate().all(|(i, k)| self.is_word(i, k))
    }

    pub fn is_punct(&self, ahead: usize, punct: &str) -> bool {
        self.tok(ahead).is_some_and(|t| t.kind == TokenKind::Punct) && self.text(ahead) == Some(punct)
    }

    pub fn advance(&mut self) {
        self.at = (self.at + 1).min(self.toks.len());
    }

    /// Consume `keywords` if they all come next; else consume nothing.
    pub fn eat(&mut self, keywords: &[&str]) -> bool {
        let matched = self.is_seq(keywords);
        if matched {
            self.at += keywords.len();
        }
        matched
    }

    /// Consume `keywords` one by one while they match; true when all did. Unlike
    /// [`Cursor::eat`], a matched prefix stays consumed.
    pub fn eat_prefix(&mut self, keywords: &[&str]) -> bool {
        keywords.iter().all(|k| self.eat(&[k]))
    }

    pub fn eat_punct(&mut self, punct: &str) -> bool {
        let matched = self.is_punct(0, punct);
        if matched {
            self.advance();
        }
        matched
    }

    pub fn expect_punct(&mut self, punct: &str) -> Extract<()> {
        if self.eat_punct(punct) {
            Ok(())
        } else {
            Err(format!("expected `{punct}` {}", self.found()))
        }
    }

    pub fn expect(&mut self, keywords: &[&str]) -> Extract<()> {
        if self.eat(keywords) {
            Ok(())
        } else {
            Err(format!("expected `{}` {}", keywords.join(" "), self.found()))
        }
    }

    /// `found `x`` or `found the end of the statement`, for messages.
    pub fn found(&self) -> String {
        match self.text(0) {
            Some(text) => format!("but found `{text}`"),
            None => "but the statement ends".into(),
        }
    }

    /// Byte offset of the next token (the end of the text when there is none).
    pub fn pos(&self) -> usize {
        self.tok(0).map_or(self.src.len(), |t| t.start)
    }

    /// Byte offset just after the last consumed token.
    fn consumed_end(&self) -> usize {
        self.at.checked_sub(1).and_then(|i| self.toks.get(i)).map_or(0, |t| t.end)
    }

    /// The text from byte `start` to the end of the last consumed token.
    pub fn text_from(&self, start: usize) -> &'a str {
        let end = self.consumed_end().max(start);
        self.src.get(start..end).unwrap_or("").trim()
    }

    /// The text from byte `start` up to the next token: comments before it are kept.
    pub fn text_before_next(&self, start: usize) -> &'a str {
        self.src.get(start..self.pos()).unwrap_or("").trim_end()
    }

    /// Everything not yet consumed, as written (comments kept), without the final `;`;
    /// consumes nothing.
    pub fn remaining_text(&self) -> &'a str {
        self.src.get(self.pos()..).unwrap_or("").trim_end().trim_end_matches(';').trim_end()
    }

    /// Everything not yet consumed, as written; consumes it.
    pub fn rest(&mut self) -> &'a str {
        let start = self.pos();
        self.at = self.toks.len();
        self.text_from(start)
    }

    /// One identifier as PostgreSQL stores it.
    pub fn identifier(&mut self) -> Extract<String> {
        let ident = match self.tok(0) {
            Some(t) if t.kind == TokenKind::Word => Some(names::fold(&self.src[t.start..t.end])),
            Some(t) if t.kind == TokenKind::QuotedIdent => names::unquote(&self.src[t.start..t.end]),
            _ => None,
        };
        match ident {
            Some(ident) => {
                self.advance();
                Ok(ident)
            }
            None => Err(format!("expected a name {}", self.found())),
        }
    }

    /// `a`, `"A"`, `s.a`, `"S"."a b"`: the parts as PostgreSQL stores them.
    pub fn name_parts(&mut self) -> Extract<Vec<String>> {
        let mut parts = vec![self.identifier()?];
        while self.eat_punct(".") {
            parts.push(self.identifier()?);
        }
        Ok(parts)
    }

    /// A possibly qualified name; unqualified names are in `public`.
    pub fn qualified_name(&mut self) -> Extract<QualifiedName> {
        names::qualify(self.name_parts()?).ok_or_else(|| "expected a name".to_string())
    }

    /// `(a, "B", c)`: a parenthesized list of identifiers.
    pub fn identifier_list(&mut self) -> Extract<Vec<String>> {
        if !self.eat_punct("(") {
            return Err(format!("expected `(` {}", self.found()));
        }
        let mut list = vec![self.identifier()?];
        while self.eat_punct(",") {
            list.push(self.identifier()?);
        }
        if !self.eat_punct(")") {
            return Err(format!("expected `)` {}", self.found()));
        }
        Ok(list)
    }

    /// A balanced `( … )` group: consumes it and returns its inner text.
    pub fn parenthesized(&mut self) -> Extract<&'a str> {
        if !self.is_punct(0, "(") {
            return Err(format!("expected `(` {}", self.found()));
        }
        let open = self.at;
        let mut depth = 0usize;
        while let Some(t) = self.tok(0) {
            self.advance();
            if t.kind != TokenKind::Punct {
                continue;
            }
            match &self.src[t.start..t.end] {
                "(" => depth += 1,
                ")" => {
                    depth -= 1;
                    if depth == 0 {
                        let inner_start = self.toks[open].end;
                        return Ok(self.src.get(inner_start..t.start).unwrap_or("").trim());
                    }
                }
                _ => {}
            }
        }
        Err("a parenthesis is not closed".into())
    }

    /// Consume an expression or type: at least one token, then tokens up to (not
    /// including) the first one at nesting depth 0 for which `stop` holds. Parentheses,
    /// brackets and `CASE … END` nest. Returns the text as written.
    pub fn take_until(&mut self, stop: impl Fn(&Cursor) -> bool) -> Extract<&'a str> {
        let start = self.pos();
        let mut depth = 0usize;
        let mut first = true;
        while !self.at_end() {
            if depth == 0 && !first && stop(self) {
                break;
            }
            if self.is_punct(0, "(") || self.is_punct(0, "[") || self.is_word(0, "CASE") {
                depth += 1;
            } else if self.is_punct(0, ")") || self.is_punct(0, "]") || self.is_word(0, "END") {
                if depth == 0 {
                    break;
                }
                depth -= 1;
            }
            first = false;
            self.advance();
        }
        if first {
            return Err(format!("expected an expression {}", self.found()));
        }
        Ok(self.text_from(start))
    }
}

/// The top-level, comma-separated items of a parenthesized list's inner text.
pub fn top_level_items(inner: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut item_start = 0;
    for t in Lexer::new(inner).filter(|t| t.kind == TokenKind::Punct) {
        match t.text(inner) {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            "," if depth == 0 => {
                items.push(inner[item_start..t.start].trim());
                item_start = t.end;
            }
            _ => {}
        }
    }
    let last = inner[item_start..].trim();
    if !last.is_empty() || !items.is_empty() {
        items.push(last);
    }
    items
}

/// [`top_level_items`] without the empty ones (`a,,b` → `a`, `b`; blank → none).
pub fn non_empty_items(text: &str) -> Vec<&str> {
    top_level_items(text).into_iter().filter(|item| !item.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_split_at_top_level_commas_only() {
        assert_eq!(top_level_items("a int, b numeric(10,2), c text DEFAULT ',' "), ["a int", "b numeric(10,2)", "c text DEFAULT ','"]);
        assert!(top_level_items("  ").is_empty());
        assert_eq!(top_level_items("a,,b,"), ["a", "", "b", ""]);
        assert_eq!(non_empty_items("a int, b numeric(10,2), c text[]"), ["a int", "b numeric(10,2)", "c text[]"]);
        assert_eq!(non_empty_items("a,,b,"), ["a", "b"]);
    }

    #[test]
    fn take_until_respects_nesting_and_keeps_text() {
        let mut c = Cursor::new("'x'::character varying NOT NULL");
        let text = c.take_until(|c| c.is_word(0, "NOT")).unwrap();
        assert_eq!(text, "'x'::character varying");
        let mut c = Cursor::new("(a IS NOT NULL) NOT NULL");
        assert_eq!(c.take_until(|c| c.is_word(0, "NOT")).unwrap(), "(a IS NOT NULL)");
    }

    #[test]
    fn unbalanced_input_is_an_error_not_a_panic() {
        assert!(Cursor::new("(a, (b)").parenthesized().is_err());
        assert!(Cursor::new(")").take_until(|_| false).is_err());
        assert!(Cursor::new("").identifier().is_err());
    }
}
