//! Domain proposals: which schema each table should move to, and how good a proposal is.

pub mod score;
