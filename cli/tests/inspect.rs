//! `pgcarve inspect` end to end: the binary, its output formats and exit statuses.

mod support;

use support::pgcarve;

const DUMP: &str = r#"\restrict k
SET statement_timeout = 0;
CREATE TABLE public.orgs (id uuid NOT NULL, name text);
CREATE TABLE public."Order Lines" (id bigint NOT NULL, org_id uuid, note text DEFAULT 'a;b');
ALTER TABLE ONLY public.orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public."Order Lines"
    ADD CONSTRAINT order_lines_org_fkey FOREIGN KEY (org_id) REFERENCES public.orgs(id);
ALTER TABLE public."Order Lines" ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON public."Order Lines" FOR SELECT USING ((org_id IS NOT NULL));
\unrestrict k
"#;

#[test]
fn json_report_has_the_documented_shape() {
    let output = pgcarve(&["inspect", "-", "--json"], DUMP);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("one JSON object");
    let tables = report["tables"].as_array().expect("tables");
    assert_eq!(tables.len(), 2);
    let lines = tables.iter().find(|t| t["name"] == "Order Lines").expect("quoted name kept");
    assert_eq!(lines["schema"], "public");
    assert_eq!(lines["rls_enabled"], true);
    assert_eq!(lines["partition_of"], serde_json::Value::Null);
    assert_eq!(lines["columns"][0], serde_json::json!({"name": "id", "type": "bigint", "nullable": false, "default": null, "identity": null}));
    assert_eq!(
        report["foreign_keys"][0],
        serde_json::json!({"name": "order_lines_org_fkey", "table": "public.Order Lines", "columns": ["org_id"],
                           "ref_table": "public.orgs", "ref_columns": ["id"], "line": 6})
    );
    assert_eq!(report["policies"][0]["command"], "select");
    assert_eq!(report["statements"], serde_json::json!({"total": 7, "modeled": 6, "ignored": 1, "unsupported": 0}));
    assert_eq!(report["diagnostics"], serde_json::json!([]));
    for key in ["views", "functions", "triggers", "sequences"] {
        assert!(report[key].is_array(), "{key}");
    }
}

#[test]
fn text_report_locates_problems_as_file_line_column() {
    let output = pgcarve(&["inspect", "-"], "CREATE TABLE a (id int);\nCREATE FUNCTION f() RETURNS int\n  AS $body$ SELECT 1;");
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("1 tables,"), "{text}");
    assert!(text.contains("-:3:6: error:"), "{text}");
}

#[test]
fn timings_are_one_line_per_phase_then_total() {
    let output = pgcarve(&["inspect", "-", "--timings"], DUMP);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert!(lines.len() >= 4, "{stderr}");
    for line in &lines {
        let parts: Vec<&str> = line.split(' ').collect();
        assert_eq!(parts.len(), 3, "{line}");
        assert!(parts[1].parse::<f64>().is_ok() && parts[2] == "ms", "{line}");
    }
    assert!(lines.last().unwrap().starts_with("total "), "{stderr}");
    assert!(lines.iter().any(|l| l.starts_with("split ")), "{stderr}");
}

#[test]
fn unreadable_input_exits_2_with_the_reason() {
    let output = pgcarve(&["inspect", "/nonexistent/dump.sql"], "");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read /nonexistent/dump.sql"));
}

#[test]
fn a_custom_format_dump_says_how_to_convert_it() {
    let output = pgcarve(&["inspect", "-"], "PGDMP\u{1}\u{e}\u{0}");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stdout).contains("pg_restore --schema-only -f out.sql"));
}
