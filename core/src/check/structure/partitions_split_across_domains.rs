//! # What it finds
//!
//! A partition that lands in a different schema from its parent (partitioned) table
//! after the plan.
//!
//! # Why it matters
//!
//! `ALTER TABLE parent SET SCHEMA` moves only the parent: every partition is a table of
//! its own and has to be moved by name, so a plan that splits them leaves half a
//! partitioned table behind. The result is legal but wrong: partition maintenance
//! (`pg_partman`, `CREATE TABLE … PARTITION OF` scripts, retention jobs that drop old
//! partitions by schema) finds some partitions and not others, grants and default
//! privileges of the new schema do not cover the stragglers, and a query against the
//! partition by its old name still reads data the domain owns. pgcarve's proposal always
//! keeps a partition with its root; a split comes from a pin or an edited plan file.
//!
//! # Example
//!
//! ```sql
//! CREATE TABLE public.page_views (id bigint, at date) PARTITION BY RANGE (at);
//! CREATE TABLE public.page_views_2025 PARTITION OF public.page_views
//!     FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
//! ```
//!
//! The plan moves `page_views` to `analytics` and pins `page_views_2025` to `archive`.
//!
//! # Fix
//!
//! Place every partition in its parent's domain (remove the pin, or pin the partition to
//! the same domain).

use super::support::line;
use crate::check::{Check, Context, Finding, Severity};

pub(super) static CHECK: Check = Check {
    name: "partitions-split-across-domains",
    severity: Severity::Error,
    doc: include_str!("partitions_split_across_domains.rs"),
    run,
};

fn run(cx: &Context) -> Vec<Finding> {
    let mut findings = Vec::new();
    for table in &cx.model.tables {
        let Some(parent) = &table.partition_of else { continue };
        if !cx.moves(&table.name) && !cx.moves(parent) {
            continue;
        }
        let (here, there) = (cx.target_schema(&table.name), cx.target_schema(parent));
        if here == there {
            continue;
        }
        findings.push(Finding {
            check: CHECK.name,
            severity: CHECK.severity,
            subject: table.name.clone(),
            message: format!(
                "partition {} lands in {here} but its parent {parent} lands in {there}: the partitioned \
                 table would be split across schemas",
                table.name
            ),
            help: format!("place {} in {there} with its parent", table.name),
            line: line(table.location),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (&a.subject, a.line).cmp(&(&b.subject, b.line)));
    findings
}

#[cfg(test)]
mod tests {
    use crate::check::testing::run_only;
    use super::CHECK;

    const SQL: &str = "
CREATE TABLE public.page_views (id bigint, at date) PARTITION BY RANGE (at);
CREATE TABLE public.page_views_2025 PARTITION OF public.page_views FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.page_views_2026 (id bigint, at date);
ALTER TABLE ONLY public.page_views ATTACH PARTITION public.page_views_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
";

    #[test]
    fn fires_when_a_partition_leaves_its_parent() {
        let placed = [("page_views", "analytics"), ("page_views_2025", "archive")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @r"
            error partitions-split-across-domains public.page_views_2025:3 partition public.page_views_2025 lands in archive but its parent public.page_views lands in analytics: the partitioned table would be split across schemas
              help: place public.page_views_2025 in analytics with its parent
            error partitions-split-across-domains public.page_views_2026:4 partition public.page_views_2026 lands in public but its parent public.page_views lands in analytics: the partitioned table would be split across schemas
              help: place public.page_views_2026 in analytics with its parent
            ");
    }

    #[test]
    fn quiet_when_partitions_go_with_their_parent_or_nothing_moves() {
        let placed = [("page_views", "analytics"), ("page_views_2025", "analytics"), ("page_views_2026", "analytics")];
        insta::assert_snapshot!(run_only(&CHECK, SQL, &placed), @"");
        insta::assert_snapshot!(run_only(&CHECK, SQL, &[("page_views", "public")]), @"");
    }
}
