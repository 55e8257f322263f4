//! Domain proposals: which schema each table should move to, and how good a proposal is.
//!
//! - `config.rs`: what the caller asks for ([`PlanConfig`]) and gets ([`Plan`]);
//! - `propose.rs`: [`propose`], the vocabulary strategy and partitions;
//! - `follow.rs`: sequences, indexes and types that follow their tables;
//! - `options.rs`: tenant and fix choices saved with a plan;
//! - `discover.rs`: the `Auto` strategy (clusters of FK and name-family affinity);
//! - `vocabulary.rs`: the built-in domains and keyword matching;
//! - `tokens.rs`: table names as tokens, IDF;
//! - `signals.rs`: foreign-key neighbourhoods, hubs, reference data, partition roots;
//! - `cluster.rs`: merging the clusters Louvain (`graph/`) finds: small ones, tightly tied ones;
//! - `score.rs`: Adjusted Rand Index and share of tables to move against a reference.

mod cluster;
pub mod config;
pub mod follow;
pub mod options;
mod discover;
pub mod propose;
pub mod score;
pub mod signals;
pub mod tokens;
pub mod vocabulary;

pub use config::{Assignment, Domain, DomainChoice, DomainSpec, Plan, PlanConfig};
pub use follow::{Follower, FollowerKind};
pub use options::{Fixes, PlanOptions, TenantOptions};
pub use propose::propose;
