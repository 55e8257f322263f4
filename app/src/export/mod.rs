//! Getting things out of the page: SQL highlighting, and downloads/copies through the browser.

pub mod browser;
pub mod highlight;
