//! Domain proposals: which schema each table should move to, and how good a proposal is.
//!
//! - `config.rs`: what the caller asks for ([`PlanConfig`]) and gets ([`Plan`]);
//! - `propose.rs`: [`propose`], the vocabulary strategy and partitions;
//! - `replan.rs`: [`Planner`], pins laid over a kept proposal (the app's drags);
//! - `follow.rs`: sequences, indexes and types that follow their tables;
//! - `options.rs`: tenant and fix choices saved with a plan;
//! - `file.rs`: the plan file (plan JSON version 1), written and read back;
//! - `domains_file.rs`: the domains file (`pgcarve plan --domains`) → [`PlanConfig`];
//! - `discover.rs`: the `Auto` strategy (clusters of FK and name-family affinity);
//! - `vocabulary.rs`: the built-in domains and keyword matching;
//! - `tokens.rs`: table names as tokens, IDF;
//! - `signals.rs`: foreign-key neighbourhoods, hubs, reference data, partition roots;
//! - `cluster.rs`: merging the clusters Louvain (`graph/`) finds: small ones, tightly tied ones;
//! - `score.rs`: Adjusted Rand Index and share of tables to move against a reference.

mod cluster;
pub mod config;
pub mod domains_file;
pub mod file;
pub mod follow;
pub mod options;
mod discover;
pub mod propose;
pub mod replan;
pub mod score;
pub mod signals;
pub mod tokens;
pub mod vocabulary;

pub use config::{Assignment, Domain, DomainChoice, DomainSpec, Plan, PlanConfig};
pub use domains_file::{read_domains, DomainEntry, DomainsFile};
pub use file::{read_plan, write_plan, FileProblem, PlanFileError};
pub use follow::{Follower, FollowerKind};
pub use options::{Fixes, PlanOptions, TenantOptions};
pub use propose::propose;
pub use replan::Planner;
