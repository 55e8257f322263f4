//! `pgcarve check` end to end: the binary, a plan written by `pgcarve plan -o` and a
//! hand-written one, text and JSON output, exit statuses.

mod support;

use std::path::PathBuf;
use support::{pgcarve_in as pgcarve, scratch_dir, stdout};

const DUMP: &str = r#"SET statement_timeout = 0;
CREATE TABLE public.orders (id bigint NOT NULL, user_id bigint, total numeric);
CREATE TABLE public.users (id bigint NOT NULL);
CREATE FUNCTION public.order_total(p_id bigint) RETURNS numeric
    LANGUAGE plpgsql
    AS $$ BEGIN RETURN (SELECT total FROM orders WHERE id = p_id); END $$;
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id);
"#;

/// Moves orders to sales: the function breaks (an error), the key crosses domains.
const PLAN: &str = r#"{"version": 1, "domains": [{"name": "sales", "tables": ["public.orders"]}]}"#;

/// Moves users only: nothing breaks, the key crosses domains (info).
const QUIET_PLAN: &str = r#"{"version": 1, "domains": [{"name": "accounts", "tables": ["public.users"]}]}"#;

fn scratch(test: &str, files: &[(&str, &str)]) -> PathBuf {
    scratch_dir("check", test, files)
}

#[test]
fn text_output_shows_each_finding_with_its_dump_line_like_a_compiler() {
    let dir = scratch("text", &[("dump.sql", DUMP), ("plan.json", PLAN)]);
    let output = pgcarve(&dir, &["check", "dump.sql", "--plan", "plan.json"]);
    assert_eq!(output.status.code(), Some(1), "an error-level finding: exit 1\n{}", stdout(&output));
    let text = stdout(&output);
    let expected = "error[function-references-moved-table]: function public.order_total(p_id bigint) mentions \
                    orders unqualified (it means public.orders, moving to sales)";
    assert!(text.starts_with(expected), "{text}");
    let located = " --> dump.sql:4\n  |\n4 | CREATE FUNCTION public.order_total(p_id bigint) RETURNS numeric\n\
                   5 |     LANGUAGE plpgsql\n  |\n";
    assert!(text.contains(located), "the header of the statement, not its body: {text}");
    let key = "  --> dump.sql:9\n   |\n 9 | ALTER TABLE ONLY public.orders\n10 |     ADD CONSTRAINT orders_user_id_fkey";
    assert!(text.contains(key), "a two-line statement, gutter as wide as its widest number: {text}");
    assert!(text.contains("  = help: pin its search_path: ALTER FUNCTION public.order_total(p_id bigint) SET search_path = sales, public, pg_temp\n"), "{text}");
    assert!(text.contains("info[cross-domain-fk]: foreign key orders_user_id_fkey"), "{text}");
    assert!(text.ends_with(" info\n") && text.contains("1 error, "), "a summary closes it: {text}");
}

#[test]
fn json_output_is_an_object_of_findings() {
    let dir = scratch("json", &[("dump.sql", DUMP), ("plan.json", PLAN)]);
    let output = pgcarve(&dir, &["check", "dump.sql", "--plan", "plan.json", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let findings = report["findings"].as_array().expect("findings");
    let broken = findings.iter().find(|f| f["check"] == "function-references-moved-table").expect("the function");
    assert_eq!(broken["severity"], "error");
    assert_eq!(broken["subject"], serde_json::json!({"schema": "public", "name": "order_total"}));
    assert_eq!(broken["line"], 4);
    assert_eq!(
        broken["fix"],
        serde_json::json!({"kind": "pin_search_path", "function": {"schema": "public", "name": "order_total"},
                           "arguments": "p_id bigint", "search_path": ["sales", "public", "pg_temp"]})
    );
    for f in findings {
        for key in ["check", "severity", "subject", "message", "help", "line", "fix"] {
            assert!(f.get(key).is_some(), "{key} in {f}");
        }
    }
}

#[test]
fn exit_zero_without_errors_and_a_plan_written_by_pgcarve_plan_is_read() {
    let dir = scratch("quiet", &[("dump.sql", DUMP), ("plan.json", QUIET_PLAN)]);
    let output = pgcarve(&dir, &["check", "dump.sql", "--plan", "plan.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert!(stdout(&output).contains("0 errors, "), "{}", stdout(&output));

    let written = pgcarve(&dir, &["plan", "dump.sql", "-o", "proposed.json"]);
    assert_eq!(written.status.code(), Some(0), "{}", String::from_utf8_lossy(&written.stderr));
    let output = pgcarve(&dir, &["check", "dump.sql", "--plan", "proposed.json", "--format", "json"]);
    assert!(matches!(output.status.code(), Some(0 | 1)), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    assert!(report["findings"].is_array());
}

#[test]
fn exit_two_with_the_reason_when_an_input_cannot_be_read() {
    let dir = scratch("unreadable", &[("dump.sql", DUMP), ("bad.json", "{\"version\": 1, \"domains\": [{\"name\": \"sales\", \"tables\": [\"nope\"]}]}")]);
    let cases: [(&[&str], &str); 3] = [
        (&["check", "missing.sql", "--plan", "bad.json"], "cannot read missing.sql"),
        (&["check", "dump.sql", "--plan", "missing.json"], "--plan missing.json: cannot read"),
        (&["check", "dump.sql", "--plan", "bad.json"], "--plan bad.json: "),
    ];
    for (args, reason) in cases {
        let output = pgcarve(&dir, args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
}
