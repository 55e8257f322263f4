//! A byte-level SQL lexer that knows PostgreSQL's quoting rules: `'…'` (with `''`),
//! `E'…'` (with backslash escapes), `"…"` identifiers, `$tag$…$tag$` bodies, `--` and
//! nested `/* */` comments. It never fails: an unterminated token runs to the end of the
//! input and says so. Linear time, no recursion (nesting is a counter).

/// What a token is. Comments and whitespace are trivia.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Whitespace,
    LineComment,
    BlockComment,
    /// Keyword or unquoted identifier.
    Word,
    QuotedIdent,
    String,
    DollarString,
    Number,
    /// `$1`-style parameter.
    Param,
    /// Any other single byte (operators, parentheses, `;`, `\`, …).
    Punct,
}

impl TokenKind {
    pub fn is_trivia(self) -> bool {
        matches!(self, TokenKind::Whitespace | TokenKind::LineComment | TokenKind::BlockComment)
    }
}

/// One token: its kind and byte range. `terminated` is false when the input ended
/// inside a string, quoted identifier, dollar-quoted body or block comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    pub terminated: bool,
}

impl Token {
    pub fn text<'a>(&self, src: &'a str) -> &'a str {
        &src[self.start..self.end]
    }
}

/// Iterator over the tokens of `src`, trivia included.
pub struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Self::at(src, 0)
    }

    /// A lexer starting at byte `pos` (which must be a char boundary).
    pub fn at(src: &'a str, pos: usize) -> Self {
        Lexer { src, bytes: src.as_bytes(), pos }
    }

    pub fn pos(&self) -> usize {
        self.pos
    }

    fn peek(&self, offset: usize) -> Option<u8> {
        self.bytes.get(self.pos + offset).copied()
    }

    fn token(&mut self, kind: TokenKind, start: usize, terminated: bool) -> Token {
        Token { kind, start, end: self.pos, terminated }
    }

    fn lex_whitespace(&mut self, start: usize) -> Token {
        while self.peek(0).is_some_and(|b| b.is_ascii_whitespace()) {
            self.pos += 1;
        }
        self.token(TokenKind::Whitespace, start, true)
    }

    fn lex_line_comment(&mut self, start: usize) -> Token {
        match memchr(b'\n', &self.bytes[self.pos..]) {
            Some(i) => self.pos += i,
            None => self.pos = self.bytes.len(),
        }
        self.token(TokenKind::LineComment, start, true)
    }

    fn lex_block_comment(&mut self, start: usize) -> Token {
        self.pos += 2;
        let mut depth = 1usize;
        while let Some(b) = self.peek(0) {
            if b == b'/' && self.peek(1) == Some(b'*') {
                depth += 1;
                self.pos += 2;
            } else if b == b'*' && self.peek(1) == Some(b'/') {
                depth -= 1;
                self.pos += 2;
                if depth == 0 {
                    return self.token(TokenKind::BlockComment, start, true);
                }
            } else {
                self.pos += 1;
            }
        }
        self.token(TokenKind::BlockComment, start, false)
    }

    /// A quoted run ending at `quote`, where a doubled quote is an escaped one and,
    /// if `backslash_escapes`, `\x` escapes any byte.
    fn lex_quoted(&mut self, kind: TokenKind, start: usize, quote: u8, backslash_escapes: bool) -> Token {
        self.pos += 1;
        while let Some(b) = self.peek(0) {
            if backslash_escapes && b == b'\\' {
                self.pos += 2;
                continue;
            }
            self.pos += 1;
            if b == quote {
                if self.peek(0) == Some(quote) {
                    self.pos += 1;
                    continue;
                }
                return self.token(kind, start, true);
            }
        }
        self.pos = self.bytes.len();
        self.token(kind, start, false)
    }

    /// `$tag$` at the current position: the length of the opening delimiter, if any.
    fn dollar_tag_len(&self) -> Option<usize> {
        let rest = &self.bytes[self.pos + 1..];
        let first = *rest.first()?;
        if first == b'$' {
            return Some(2);
        }
        if !is_ident_start(first) {
            return None;
        }
        let tag_len = rest.iter().position(|&b| !is_ident_continue(b) || b == b'$')?;
        (rest[tag_len] == b'$').then_some(tag_len + 2)
    }

    fn lex_dollar_string(&mut self, start: usize, delimiter_len: usize) -> Token {
        let delimiter = &self.bytes[start..start + delimiter_len];
        self.pos += delimiter_len;
        let mut search_from = self.pos;
        while let Some(i) = memchr(b'$', &self.bytes[search_from..]) {
            let at = search_from + i;
            if self.bytes[at..].starts_with(delimiter) {
                self.pos = at + delimiter_len;
                return self.token(TokenKind::DollarString, start, true);
            }
            search_from = at + 1;
        }
        self.pos = self.bytes.len();
        self.token(TokenKind::DollarString, start, false)
    }

    fn lex_word(&mut self, start: usize) -> Token {
        while self.peek(0).is_some_and(is_ident_continue) {
            self.pos += 1;
        }
        let word = &self.bytes[start..self.pos];
        // String prefixes: E'…' (escapes), B'…', X'…', N'…', U&'…' and U&"…".
        match (word, self.peek(0)) {
            ([b'E' | b'e'], Some(b'\'')) => self.lex_quoted(TokenKind::String, start, b'\'', true),
            ([b'B' | b'b' | b'X' | b'x' | b'N' | b'n'], Some(b'\'')) => {
                self.lex_quoted(TokenKind::String, start, b'\'', false)
            }
            ([b'U' | b'u'], Some(b'&')) if matches!(self.peek(1), Some(b'\'' | b'"')) => {
                self.pos += 1;
                let quote = self.bytes[self.pos];
                let kind = if quote == b'"' { TokenKind::QuotedIdent } else { TokenKind::String };
                self.lex_quoted(kind, start, quote, false)
            }
            _ => self.token(TokenKind::Word, start, true),
        }
    }

    fn lex_number(&mut self, start: usize) -> Token {
        while self.peek(0).is_some_and(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_') {
            self.pos += 1;
        }
        self.token(TokenKind::Number, start, true)
    }

    /// Skip to the start of the next line (past `\n`), or to the end.
    pub fn skip_line(&mut self) -> usize {
        match memchr(b'\n', &self.bytes[self.pos..]) {
            Some(i) => self.pos += i + 1,
            None => self.pos = self.bytes.len(),
        }
        self.pos
    }

    /// The source text this lexer reads.
    pub fn src(&self) -> &'a str {
        self.src
    }
}

impl Iterator for Lexer<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let start = self.pos;
        let b = self.peek(0)?;
        let token = match b {
            _ if b.is_ascii_whitespace() => self.lex_whitespace(start),
            b'-' if self.peek(1) == Some(b'-') => self.lex_line_comment(start),
            b'/' if self.peek(1) == Some(b'*') => self.lex_block_comment(start),
            b'\'' => self.lex_quoted(TokenKind::String, start, b'\'', false),
            b'"' => self.lex_quoted(TokenKind::QuotedIdent, start, b'"', false),
            b'$' if self.peek(1).is_some_and(|d| d.is_ascii_digit()) => {
                self.pos += 1;
                while self.peek(0).is_some_and(|d| d.is_ascii_digit()) {
                    self.pos += 1;
                }
                self.token(TokenKind::Param, start, true)
            }
            b'$' => match self.dollar_tag_len() {
                Some(len) => self.lex_dollar_string(start, len),
                None => {
                    self.pos += 1;
                    self.token(TokenKind::Punct, start, true)
                }
            },
            _ if is_ident_start(b) => self.lex_word(start),
            _ if b.is_ascii_digit() => self.lex_number(start),
            _ => {
                self.pos += 1;
                self.token(TokenKind::Punct, start, true)
            }
        };
        Some(token)
    }
}

/// Bytes of a multi-byte UTF-8 character count as identifier characters, as in PostgreSQL.
fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_continue(b: u8) -> bool {
    is_ident_start(b) || b.is_ascii_digit() || b == b'$'
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<(TokenKind, &str)> {
        Lexer::new(src).filter(|t| !t.kind.is_trivia()).map(|t| (t.kind, t.text(src))).collect()
    }

    #[test]
    fn quotes_and_escapes() {
        let src = r#"SELECT 'it''s', E'a\'b', "we""ird", U&"d\0061t", $$ ; $$, $fn$ $$ ; $fn$, $1;"#;
        let tokens = kinds(src);
        assert!(tokens.contains(&(TokenKind::String, "'it''s'")));
        assert!(tokens.contains(&(TokenKind::String, r"E'a\'b'")));
        assert!(tokens.contains(&(TokenKind::QuotedIdent, r#""we""ird""#)));
        assert!(tokens.contains(&(TokenKind::QuotedIdent, r#"U&"d\0061t""#)));
        assert!(tokens.contains(&(TokenKind::DollarString, "$$ ; $$")));
        assert!(tokens.contains(&(TokenKind::DollarString, "$fn$ $$ ; $fn$")));
        assert!(tokens.contains(&(TokenKind::Param, "$1")));
        assert_eq!(tokens.iter().filter(|t| t.1 == ";").count(), 1);
    }

    #[test]
    fn nested_block_comments_and_line_comments() {
        let src = "/* a /* b */ ; */ x -- ; y\n z";
        let words: Vec<_> = kinds(src).into_iter().map(|t| t.1).collect();
        assert_eq!(words, ["x", "z"]);
    }

    #[test]
    fn unterminated_tokens_run_to_the_end() {
        for src in ["'abc", "\"abc", "$x$ abc $y$", "/* /* */", "E'abc\\'"] {
            let last = Lexer::new(src).last().unwrap();
            assert!(!last.terminated, "{src}");
            assert_eq!(last.end, src.len(), "{src}");
        }
    }

    #[test]
    fn unicode_identifiers() {
        let src = "CREATE TABLE bıgınt_ü (x int);";
        assert_eq!(kinds(src)[2], (TokenKind::Word, "bıgınt_ü"));
    }

    #[test]
    fn dollar_inside_identifier_is_not_a_quote() {
        let src = "SELECT a$b$c FROM t;";
        assert_eq!(kinds(src)[1], (TokenKind::Word, "a$b$c"));
    }
}
