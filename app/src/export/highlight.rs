//! SQL syntax highlighting for the SQL panel: the text cut into spans of one kind each
//! (keyword, string, comment, quoted identifier, number, other). A small lexer of its
//! own: the page does not link the core's parser.

/// What a span of SQL is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    String,
    Comment,
    Identifier,
    Number,
    Plain,
}

impl Kind {
    /// The CSS class of the span.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Keyword => "sql-kw",
            Kind::String => "sql-str",
            Kind::Comment => "sql-com",
            Kind::Identifier => "sql-id",
            Kind::Number => "sql-num",
            Kind::Plain => "",
        }
    }
}

const KEYWORDS: &[&str] = &[
    "ALTER", "AND", "AS", "BEGIN", "BY", "CASCADE", "CHECK", "COMMIT", "CREATE", "DECLARE", "DEFAULT", "DELETE", "DO",
    "DROP", "ELSE", "END", "EXCEPTION", "EXISTS", "FOR", "FOREIGN", "FROM", "FUNCTION", "GRANT", "IF", "IN", "INDEX",
    "INSERT", "INTO", "IS", "KEY", "LANGUAGE", "LEVEL", "NOT", "NULL", "ON", "OR", "POLICY", "PRIMARY", "RAISE",
    "REFERENCES", "RETURNS", "REVOKE", "ROLE", "ROLLBACK", "SCHEMA", "SECURITY", "SELECT", "SEQUENCE", "SET", "TABLE",
    "THEN", "TO", "TRIGGER", "TYPE", "UPDATE", "USAGE", "USING", "VALUES", "VIEW", "WHEN", "WHERE", "WITH",
];

/// `sql` cut into spans; concatenated they are `sql` again.
pub fn spans(sql: &str) -> Vec<(Kind, &str)> {
    let bytes = sql.as_bytes();
    let mut out: Vec<(Kind, &str)> = Vec::new();
    let mut at = 0;
    let mut plain_from = 0;
    while at < bytes.len() {
        let (kind, end) = match bytes[at] {
            b'-' if bytes.get(at + 1) == Some(&b'-') => (Kind::Comment, find(sql, at, "\n").unwrap_or(sql.len())),
            b'/' if bytes.get(at + 1) == Some(&b'*') => (Kind::Comment, find(sql, at + 2, "*/").map_or(sql.len(), |e| e + 2)),
            b'\'' => (Kind::String, quoted_end(bytes, at, b'\'')),
            b'"' => (Kind::Identifier, quoted_end(bytes, at, b'"')),
            b'$' => match dollar_tag(sql, at) {
                Some(tag) => (Kind::String, find(sql, at + tag.len(), tag).map_or(sql.len(), |e| e + tag.len())),
                None => (Kind::Plain, at + 1),
            },
            b'0'..=b'9' if at == 0 || !is_word(bytes[at - 1]) => {
                (Kind::Number, at + bytes[at..].iter().take_while(|b| b.is_ascii_digit() || **b == b'.').count())
            }
            b if is_word(b) => {
                let end = at + bytes[at..].iter().take_while(|b| is_word(**b)).count();
                let word = &sql[at..end];
                let keyword = KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(word));
                (if keyword { Kind::Keyword } else { Kind::Plain }, end)
            }
            _ => (Kind::Plain, at + utf8_len(bytes[at])),
        };
        let end = end.min(sql.len());
        if kind != Kind::Plain {
            if plain_from < at {
                out.push((Kind::Plain, &sql[plain_from..at]));
            }
            out.push((kind, &sql[at..end]));
            plain_from = end;
        }
        at = end;
    }
    if plain_from < sql.len() {
        out.push((Kind::Plain, &sql[plain_from..]));
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

fn find(sql: &str, from: usize, needle: &str) -> Option<usize> {
    sql.get(from..)?.find(needle).map(|i| from + i)
}

/// The end (exclusive) of a quoted run starting at `at`, doubled quotes included.
fn quoted_end(bytes: &[u8], at: usize, quote: u8) -> usize {
    let mut i = at + 1;
    while i < bytes.len() {
        if bytes[i] == quote {
            if bytes.get(i + 1) == Some(&quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    bytes.len()
}

/// `$tag$` starting at `at`, if one does.
fn dollar_tag(sql: &str, at: usize) -> Option<&str> {
    let rest = &sql[at + 1..];
    let len = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
    (rest.as_bytes().get(len) == Some(&b'$') && !rest.as_bytes().first().is_some_and(u8::is_ascii_digit))
        .then(|| &sql[at..at + len + 2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_text_and_classify_it() {
        let sql = "-- move\nALTER TABLE public.\"Orders\" SET SCHEMA sales; SELECT 'it''s', 42, $f$ body $f$ /* c */ é";
        let s = spans(sql);
        assert_eq!(s.iter().map(|(_, t)| *t).collect::<String>(), sql);
        assert!(s.contains(&(Kind::Comment, "-- move")));
        assert!(s.contains(&(Kind::Keyword, "ALTER")));
        assert!(s.contains(&(Kind::Identifier, "\"Orders\"")));
        assert!(s.contains(&(Kind::String, "'it''s'")));
        assert!(s.contains(&(Kind::Number, "42")));
        assert!(s.contains(&(Kind::String, "$f$ body $f$")));
        assert!(s.contains(&(Kind::Comment, "/* c */")));
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for sql in ["'open", "\"open", "/* open", "$a$ open", "$", "x$1", "é"] {
            assert_eq!(spans(sql).iter().map(|(_, t)| *t).collect::<String>(), sql);
        }
    }
}
