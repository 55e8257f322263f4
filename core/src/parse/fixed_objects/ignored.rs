//! Statements pgcarve reads but deliberately does not model, each with the reason a user
//! sees: session settings, `pg_dump --clean` drops, and objects that do not decide how
//! tables split into schemas (text search, event triggers, aggregates, publications, …).

use super::scan::leading_words;
use crate::parse::cursor::Cursor;
use crate::parse::Outcome;

const SESSION: &str = "a session setting for the restore, not part of the schema";
const CLEAN: &str = "`pg_dump --clean` drops an object before re-creating it; the model describes what is created";

/// Leading keywords (upper case, `*` matches any one word) and why the statement is ignored.
const IGNORED: &[(&[&str], &str)] = &[
    (&["SET"], SESSION),
    (&["RESET"], SESSION),
    (&["DROP"], CLEAN),
    (&["CREATE", "TEXT", "SEARCH"], "a text search configuration: full-text search setup, not tables"),
    (&["ALTER", "TEXT", "SEARCH"], "a text search configuration: full-text search setup, not tables"),
    (&["CREATE", "EVENT", "TRIGGER"], "an event trigger: a database-wide DDL hook, not tied to any table"),
    (&["ALTER", "EVENT", "TRIGGER"], "an event trigger: a database-wide DDL hook, not tied to any table"),
    (&["CREATE", "AGGREGATE"], "an aggregate: pgcarve models ordinary functions and procedures only"),
    (&["CREATE", "OR", "REPLACE", "AGGREGATE"], "an aggregate: pgcarve models ordinary functions and procedures only"),
    (&["CREATE", "PUBLICATION"], "a publication: logical replication setup, not schema structure"),
    (&["ALTER", "PUBLICATION"], "a publication: logical replication setup, not schema structure"),
    (&["CREATE", "SUBSCRIPTION"], "a subscription: logical replication setup, not schema structure"),
    (&["ALTER", "SUBSCRIPTION"], "a subscription: logical replication setup, not schema structure"),
    (&["CREATE", "COLLATION"], "a collation: columns keep the collation they name"),
    (&["ALTER", "COLLATION"], "a collation: columns keep the collation they name"),
    (&["CREATE", "CAST"], "a cast between types: does not decide how tables split into schemas"),
    (&["CREATE", "OPERATOR"], "an operator, operator class or family: used by indexes and expressions, not by the split"),
    (&["ALTER", "OPERATOR"], "an operator, operator class or family: used by indexes and expressions, not by the split"),
    (&["CREATE", "SERVER"], "a foreign server: connection setup for foreign tables"),
    (&["ALTER", "SERVER"], "a foreign server: connection setup for foreign tables"),
    (&["CREATE", "FOREIGN", "DATA", "WRAPPER"], "a foreign-data wrapper: connection setup for foreign tables"),
    (&["ALTER", "FOREIGN", "DATA", "WRAPPER"], "a foreign-data wrapper: connection setup for foreign tables"),
    (&["CREATE", "USER", "MAPPING"], "a user mapping: credentials for a foreign server"),
    (&["SECURITY", "LABEL"], "a security label (SELinux and similar providers): not part of the schema's structure"),
    (&["REFRESH", "MATERIALIZED", "VIEW"], "refreshes a materialized view's data; the view itself is modeled"),
    (&["CREATE", "RULE"], "a rewrite rule: pgcarve does not model rules"),
    (&["CREATE", "OR", "REPLACE", "RULE"], "a rewrite rule: pgcarve does not model rules"),
    (&["CREATE", "STATISTICS"], "extended planner statistics: a performance hint, not structure"),
    (&["ALTER", "STATISTICS"], "extended planner statistics: a performance hint, not structure"),
    (&["CREATE", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "OR", "REPLACE", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "OR", "REPLACE", "PROCEDURAL", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "OR", "REPLACE", "TRUSTED", "PROCEDURAL", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "PROCEDURAL", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "TRUSTED", "PROCEDURAL", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["ALTER", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["ALTER", "PROCEDURAL", "LANGUAGE"], "a procedural language: functions record the language they use"),
    (&["CREATE", "TRANSFORM"], "a type transform for a procedural language: not part of the schema's structure"),
    (&["CREATE", "OR", "REPLACE", "TRANSFORM"], "a type transform for a procedural language: not part of the schema's structure"),
    (&["CREATE", "CONVERSION"], "an encoding conversion: not part of the schema's structure"),
    (&["CREATE", "DEFAULT", "CONVERSION"], "an encoding conversion: not part of the schema's structure"),
    (&["CREATE", "ACCESS", "METHOD"], "an access method: indexes record the method they use"),
    (&["ALTER", "LARGE", "OBJECT"], "a large object's ownership: data, not schema"),
    (&["INSERT", "INTO"], "rows of data (e.g. Rails' schema_migrations versions), not schema"),
    (&["CREATE", "DATABASE"], "creates the database itself (`pg_dump --create`); the model describes what is inside it"),
    (&["ALTER", "DATABASE"], "a database-level setting (`pg_dump --create`), not part of the schema"),
    (&["ALTER", "ROLE"], "a role setting: roles are cluster-wide, not part of a dump's schema"),
    (&["ALTER", "EXTENSION"], "extension membership bookkeeping (`pg_dump --binary-upgrade`): extensions are modeled by CREATE EXTENSION"),
];

/// The reason `text` is ignored, when its leading keywords match an ignored form.
pub fn reason(text: &str) -> Option<Outcome> {
    let words = leading_words(text, 6);
    IGNORED
        .iter()
        .find(|(prefix, _)| {
            prefix.len() <= words.len() && prefix.iter().zip(&words).all(|(p, w)| *p == "*" || p == w)
        })
        .map(|(_, reason)| Outcome::Ignored((*reason).to_string()))
        .or_else(|| clean_alter_table(&words, text))
        .or_else(|| set_config(text))
}

/// `SELECT pg_catalog.set_config('search_path', '', false);` (pg_dump's header). Other
/// `SELECT`s (e.g. `setval`, which belongs to sequences) are not claimed here.
fn set_config(text: &str) -> Option<Outcome> {
    let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_lowercase();
    let is_set_config = ["select pg_catalog.set_config(", "select set_config("].iter().any(|p| squashed.starts_with(p));
    is_set_config.then(|| Outcome::Ignored(SESSION.to_string()))
}

/// `pg_dump --clean --if-exists` also writes `ALTER TABLE IF EXISTS … DROP CONSTRAINT IF
/// EXISTS …` and `ALTER TABLE IF EXISTS … ALTER COLUMN … DROP DEFAULT`. Only those two
/// drops: any other `ALTER TABLE IF EXISTS` is left to the tables side.
fn clean_alter_table(words: &[String], text: &str) -> Option<Outcome> {
    if words.len() < 4 || words[..4] != ["ALTER", "TABLE", "IF", "EXISTS"] {
        return None;
    }
    let mut tokens = Cursor::with_semicolon(text);
    tokens.eat_prefix(&["ALTER", "TABLE", "IF", "EXISTS"]);
    tokens.eat(&["ONLY"]);
    tokens.name_parts().ok()?;
    let drops_constraint = tokens.eat_prefix(&["DROP", "CONSTRAINT", "IF", "EXISTS"]);
    let drops_default = !drops_constraint && tokens.eat(&["ALTER"]) && {
        tokens.eat(&["COLUMN"]);
        tokens.identifier().is_ok() && tokens.eat_prefix(&["DROP", "DEFAULT"])
    };
    (drops_constraint || drops_default).then(|| Outcome::Ignored(CLEAN.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ignores_with_reasons() {
        for sql in [
            "SET statement_timeout = 0;",
            "SELECT pg_catalog.set_config('search_path', '', false);",
            "DROP INDEX IF EXISTS public.x;",
            "ALTER TABLE IF EXISTS ONLY public.t DROP CONSTRAINT IF EXISTS t_pkey;",
            "CREATE TEXT SEARCH CONFIGURATION public.mb (PARSER = pg_catalog.\"default\");",
            "CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION f();",
            "CREATE AGGREGATE public.group_concat(text) (SFUNC = public._group_concat, STYPE = text);",
            "SECURITY LABEL FOR selinux ON TABLE t IS 'x';",
            "CREATE RULE r AS ON INSERT TO t DO INSTEAD NOTHING;",
        ] {
            assert!(matches!(reason(sql), Some(Outcome::Ignored(_))), "{sql}");
        }
        assert_eq!(reason("CREATE TABLE t (a int);"), None);
        assert_eq!(reason("SELECT pg_catalog.setval('public.s', 1, false);"), None);
        assert_eq!(reason("ALTER TABLE ONLY t ADD CONSTRAINT c CHECK (a > 0);"), None);
        assert_eq!(reason("ALTER TABLE IF EXISTS ONLY t ADD CONSTRAINT c CHECK (a > 0);"), None);
        assert!(reason("ALTER TABLE IF EXISTS public.t ALTER COLUMN id DROP DEFAULT;").is_some());
    }
}
