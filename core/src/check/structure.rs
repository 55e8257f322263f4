//! The structure checks, in the order `crate::check::all` lists them: what ties the
//! domains together (foreign keys, cycles, shared types and sequences) and what a move
//! breaks (function bodies, partitions, names).

mod cross_domain_fk;
mod domain_cycle;
mod fk_to_unplanned_table;
mod function_references_moved_table;
mod name_collision;
mod partitions_split_across_domains;
mod search_path;
mod sequence_shared_across_domains;
mod shared;
mod support;
mod type_shared_across_domains;
mod unindexed_foreign_key;

use super::Check;

pub(super) static CHECKS: &[&Check] = &[
    &function_references_moved_table::CHECK,
    &name_collision::CHECK,
    &partitions_split_across_domains::CHECK,
    &domain_cycle::CHECK,
    &fk_to_unplanned_table::CHECK,
    &type_shared_across_domains::CHECK,
    &sequence_shared_across_domains::CHECK,
    &cross_domain_fk::CHECK,
    &unindexed_foreign_key::CHECK,
];
