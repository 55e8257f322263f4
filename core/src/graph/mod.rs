//! The graph of relations (tables, partitioned tables, views, materialized views) with
//! typed edges. The petgraph graph is private; the public API speaks in qualified names.
