//! Getting things out of the page: SQL highlighting, the bundle as a `.zip`, and
//! downloads/copies through the browser.

pub mod browser;
pub mod highlight;
pub mod zip;
