//! Pieces of finding text every check uses: the dump line of an object and short lists.

use crate::model::Location;

/// The dump line of a location (`None` for objects the model made up, line 0).
pub fn line(location: Location) -> Option<u32> {
    (location.line > 0).then_some(location.line)
}

/// `a, b and c`, or the first `cap` and `and N more`.
pub fn list<S: AsRef<str>>(items: &[S], cap: usize) -> String {
    let shown: Vec<&str> = items.iter().take(cap).map(AsRef::as_ref).collect();
    let more = items.len().saturating_sub(cap);
    match (shown.as_slice(), more) {
        ([], _) => String::new(),
        ([one], 0) => one.to_string(),
        ([init @ .., last], 0) => format!("{} and {last}", init.join(", ")),
        (all, n) => format!("{} and {n} more", all.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_short_and_read_as_prose() {
        assert_eq!(list::<&str>(&[], 2), "");
        assert_eq!(list(&["a"], 2), "a");
        assert_eq!(list(&["a", "b"], 3), "a and b");
        assert_eq!(list(&["a", "b", "c"], 2), "a, b and 1 more");
    }

    #[test]
    fn made_up_objects_have_no_line() {
        assert_eq!(line(Location { line: 0, column: 0 }), None);
        assert_eq!(line(Location { line: 7, column: 3 }), Some(7));
    }
}
