//! Deep merge of YAML trees: how an enrollment's `defaults` reach every subsidiary.
//!
//! The merge works on the positioned tree, before decoding, so a value a subsidiary takes from
//! the defaults keeps the defaults' line and column, and a problem with it points there.

use super::yaml::{Node, Value};

/// Gives `over` every entry of `base` it lacks, recursively through mappings. Text and lists in
/// `over` replace those of `base` whole; an entry `over` leaves empty (`key:` or `key: ~`)
/// stays empty, so that a subsidiary can opt out of a default. Entries named in `skip` are not
/// taken from `base`.
pub(crate) fn deep_merge(base: &Node, over: &mut Node, skip: &[&str]) {
    let (Value::Map(defaults), Value::Map(entries)) = (&base.value, &mut over.value) else {
        return;
    };
    for d in defaults.iter().filter(|d| !skip.contains(&d.key.as_str())) {
        match entries.iter_mut().find(|e| e.key == d.key) {
            Some(e) => deep_merge(&d.value, &mut e.value, &[]),
            None => entries.push(d.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::yaml;
    use crate::profile::Pos;

    fn tree(text: &str) -> Node {
        yaml::parse(text).unwrap_or_else(|p| panic!("{p:?}")).root
    }

    #[test]
    fn defaults_fill_gaps_and_keep_their_positions() {
        let base = tree("a:\n  b: 1\n  c: 2\nd: [x]\nkey: k\n");
        let mut over = tree("a:\n  b: 9\ne: 3\n");
        deep_merge(&base, &mut over, &["key"]);
        let Value::Map(entries) = &over.value else {
            panic!()
        };
        let keys: Vec<_> = entries.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["a", "e", "d"]);
        // `a.b` is the subsidiary's own; `a.c` and `d` come from the defaults, with their lines.
        assert_eq!(over.position_of("a.b"), Pos::new(2, 6));
        assert_eq!(over.position_of("a.c"), Pos::new(3, 6));
        assert_eq!(over.position_of("d[0]"), Pos::new(4, 5));
    }

    #[test]
    fn lists_replace_and_empty_values_opt_out() {
        let base = tree("l: [1, 2]\nm: {x: 1}\n");
        let mut over = tree("l: [3]\nm:\n");
        deep_merge(&base, &mut over, &[]);
        let Value::Map(entries) = &over.value else {
            panic!()
        };
        assert!(matches!(&entries[0].value.value, Value::Seq(items) if items.len() == 1));
        assert_eq!(entries[1].value.value, Value::Null);
    }
}
