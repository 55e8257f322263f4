//! The security checks, in the order `crate::check::all` lists them.

use super::Check;

pub(super) static CHECKS: &[&Check] = &[];
