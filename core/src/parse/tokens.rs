//! A cursor over one statement's significant tokens (trivia skipped), for recognising
//! pg_dump's fixed statement forms without a full parse.

use super::lexer::{Lexer, TokenKind};
use crate::model::QualifiedName;

pub struct Tokens<'a> {
    src: &'a str,
    lexer: std::iter::Peekable<Lexer<'a>>,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Self {
        Tokens { src, lexer: Lexer::new(src).peekable() }
    }

    fn skip_trivia(&mut self) {
        while self.lexer.next_if(|t| t.kind.is_trivia()).is_some() {}
    }

    /// Byte offset of the next significant token (or the end).
    pub fn pos(&mut self) -> usize {
        self.skip_trivia();
        self.lexer.peek().map_or(self.src.len(), |t| t.start)
    }

    /// The statement text from byte `start` to the next significant token.
    pub fn text_from(&mut self, start: usize) -> &'a str {
        let end = self.pos();
        self.src[start..end].trim_end()
    }

    /// The rest of the statement, without its final `;`.
    pub fn rest(&mut self) -> &'a str {
        let start = self.pos();
        self.src[start..].trim_end().trim_end_matches(';').trim_end()
    }

    pub fn peek(&mut self) -> Option<(TokenKind, &'a str)> {
        self.skip_trivia();
        let src = self.src;
        self.lexer.peek().map(|t| (t.kind, t.text(src)))
    }

    pub fn next(&mut self) -> Option<(TokenKind, &'a str)> {
        self.skip_trivia();
        let src = self.src;
        self.lexer.next().map(|t| (t.kind, t.text(src)))
    }

    pub fn next_upper(&mut self) -> Option<String> {
        self.next().filter(|t| t.0 == TokenKind::Word).map(|t| t.1.to_ascii_uppercase())
    }

    pub fn peek_is(&mut self, keyword: &str) -> bool {
        self.peek().is_some_and(|t| t.0 == TokenKind::Word && t.1.eq_ignore_ascii_case(keyword))
    }

    pub fn peek_punct(&mut self, punct: &str) -> bool {
        self.peek().is_some_and(|t| t.0 == TokenKind::Punct && t.1 == punct)
    }

    /// Consume the next token if it is `keyword`.
    pub fn eat(&mut self, keyword: &str) -> bool {
        let matched = self.peek_is(keyword);
        if matched {
            self.next();
        }
        matched
    }

    /// Consume `keywords` in order if they all come next; otherwise consume nothing
    /// that was not matched before the first mismatch (callers use this at the start).
    pub fn eat_all(&mut self, keywords: &[&str]) -> bool {
        keywords.iter().all(|k| self.eat(k))
    }

    /// `a`, `"A"`, `s.a`, `"S"."a b"`: the parts as PostgreSQL stores them.
    pub fn name_parts(&mut self) -> Option<Vec<String>> {
        let mut parts = vec![self.identifier()?];
        while self.peek_punct(".") {
            self.next();
            parts.push(self.identifier()?);
        }
        Some(parts)
    }

    /// A possibly qualified name; unqualified names are in `public`.
    pub fn qualified_name(&mut self) -> Option<QualifiedName> {
        super::names::qualify(self.name_parts()?)
    }

    /// One identifier: unquoted folded to lower case, quoted kept exactly.
    pub fn identifier(&mut self) -> Option<String> {
        match self.next()? {
            (TokenKind::Word, word) => Some(super::names::fold(word)),
            (TokenKind::QuotedIdent, quoted) => super::names::unquote(quoted),
            _ => None,
        }
    }

    /// Skip a balanced `( … )` group if one comes next; returns its inner text.
    pub fn parenthesized(&mut self) -> Option<&'a str> {
        if !self.peek_punct("(") {
            return None;
        }
        self.next();
        let inner_start = self.pos();
        let mut depth = 1usize;
        let mut inner_end = inner_start;
        while let Some((kind, text)) = self.peek() {
            let at = self.pos();
            self.next();
            if kind == TokenKind::Punct && text == "(" {
                depth += 1;
            } else if kind == TokenKind::Punct && text == ")" {
                depth -= 1;
                if depth == 0 {
                    inner_end = at;
                    break;
                }
            }
        }
        Some(self.src[inner_start..inner_end].trim())
    }
}
