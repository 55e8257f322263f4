//! The argument list `ALTER FUNCTION name(…)` accepts, from the list a dump writes:
//! modes, names and types are kept, defaults (`DEFAULT …`, `= …`) are dropped.

use crate::parse::lexer::{Lexer, TokenKind};

/// `p_org uuid, p_limit integer DEFAULT 10` → `p_org uuid, p_limit integer`.
pub fn argument_types(arguments: &str) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut in_default = false;
    for token in Lexer::new(arguments) {
        let text = token.text(arguments);
        match token.kind {
            TokenKind::Punct if text == "(" || text == "[" => depth += 1,
            TokenKind::Punct if text == ")" || text == "]" => depth = depth.saturating_sub(1),
            TokenKind::Punct if text == "," && depth == 0 => {
                out.push(current.trim().to_string());
                current.clear();
                in_default = false;
                continue;
            }
            TokenKind::Punct if text == "=" && depth == 0 => in_default = true,
            TokenKind::Word if depth == 0 && text.eq_ignore_ascii_case("DEFAULT") => in_default = true,
            _ => {}
        }
        if !in_default {
            current.push_str(text);
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_string());
    }
    out.join(", ")
}

#[cfg(test)]
mod tests {
    use super::argument_types;

    #[test]
    fn drops_defaults_only() {
        assert_eq!(argument_types(""), "");
        assert_eq!(
            argument_types("p_title text, p_tz text DEFAULT 'UTC'::text, p_n numeric(10,2) = 1"),
            "p_title text, p_tz text, p_n numeric(10,2)"
        );
        assert_eq!(argument_types("OUT x integer, VARIADIC a text[]"), "OUT x integer, VARIADIC a text[]");
        assert_eq!(argument_types("p text DEFAULT 'a,b'"), "p text");
    }
}
