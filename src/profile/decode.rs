//! From a positioned YAML tree to request types, collecting every problem on the way.
//!
//! Two kinds of problems are collected. Structural ones (wrong type, unknown key, missing
//! section) are found here, with the position of the value at fault. Semantic ones come from
//! `crate::validate` as dotted paths, and are placed at the position of the field they name;
//! a semantic problem under a field that already has a structural one is left out, since it
//! would only repeat it ("required" after "expected text, found a list").

use super::source;
use super::yaml::{self, Entry, Node, Value};
use super::{Pos, Problem, ProfileError};
use crate::error::FieldError;
use crate::validate::text::{join, shown};
use std::collections::hash_map::Entry::{Occupied, Vacant};
use std::collections::{HashMap, HashSet};
use std::path::Path;

/// What one loader reads.
pub(crate) struct Kind {
    /// The value of `kind:` in the file.
    pub name: &'static str,
    /// "an organization profile", for messages.
    pub title: &'static str,
    /// The keys allowed at the top level.
    pub keys: &'static [&'static str],
    /// What the top level needs, for the message about an empty file.
    pub needs: &'static str,
}

/// A file with more problems than this is not worth reading through: the rest are counted.
const MAX_PROBLEMS: usize = 100;
/// Structural problems kept while decoding; past it they are only counted.
const MAX_KEPT: usize = 1_000;

/// The kinds of file there are, to name the one a user gave by mistake.
const KINDS: [&str; 5] = [
    "organization",
    "location",
    "users",
    "enrollment",
    "subsidiary",
];

/// How a kind of file is read beyond the usual.
pub(crate) struct Options {
    /// Larger files are refused unread.
    pub max_bytes: u64,
    /// Rewrites the tree before it is decoded (positions stay those of the file).
    pub prepare: fn(&mut Node),
}

impl Default for Options {
    fn default() -> Self {
        Options {
            max_bytes: source::MAX_BYTES,
            prepare: |_| {},
        }
    }
}

/// Reads, parses and decodes one file, reporting every problem found.
pub(crate) fn load<T>(
    path: &Path,
    kind: &Kind,
    decode: for<'t> fn(&mut Decoder<'t>, &Map<'t>) -> T,
) -> Result<T, ProfileError> {
    load_with(path, kind, &Options::default(), decode)
}

/// [`load`] with [`Options`].
pub(crate) fn load_with<T>(
    path: &Path,
    kind: &Kind,
    options: &Options,
    decode: for<'t> fn(&mut Decoder<'t>, &Map<'t>) -> T,
) -> Result<T, ProfileError> {
    let text = source::read_limited(path, options.max_bytes);
    decode_text(path, text, kind, options, decode)
}

/// [`load_with`] on a file's bytes already in memory; `path` only names the file.
pub(crate) fn load_bytes_with<T>(
    path: &Path,
    bytes: &[u8],
    kind: &Kind,
    options: &Options,
    decode: for<'t> fn(&mut Decoder<'t>, &Map<'t>) -> T,
) -> Result<T, ProfileError> {
    let text = source::text_of(bytes.to_vec(), options.max_bytes);
    decode_text(path, text, kind, options, decode)
}

fn decode_text<T>(
    path: &Path,
    text: Result<String, Problem>,
    kind: &Kind,
    options: &Options,
    decode: for<'t> fn(&mut Decoder<'t>, &Map<'t>) -> T,
) -> Result<T, ProfileError> {
    let fail_counting = |mut problems: Vec<Problem>, uncounted: usize| {
        if problems.len() + uncounted > MAX_PROBLEMS {
            let more = problems.len() + uncounted - MAX_PROBLEMS.min(problems.len());
            problems.truncate(MAX_PROBLEMS);
            problems.push(Problem::at(
                Pos::FILE,
                "",
                format!("{more} more problems not shown; fix these first"),
            ));
        }
        ProfileError {
            file: path.to_path_buf(),
            problems,
        }
    };
    let fail = |problems| fail_counting(problems, 0);
    let text = text.map_err(|p| fail(vec![p]))?;
    if source::is_empty(&text) {
        return Err(fail(vec![Problem::at(
            Pos::FILE,
            "",
            format!("the file is empty; {} needs {}", kind.title, kind.needs),
        )]));
    }
    let tabs = source::tab_indentation(&text);
    if !tabs.is_empty() {
        return Err(fail(tabs));
    }
    let mut parsed = yaml::parse(&text).map_err(fail)?;
    drop(text);
    (options.prepare)(&mut parsed.root);
    let mut decoder = Decoder {
        root: &parsed.root,
        structural: parsed.problems,
        unkept: 0,
        semantic: Vec::new(),
        suggested: Vec::new(),
    };
    let value = decoder.top(kind).map(|top| decode(&mut decoder, &top));
    let unkept = decoder.unkept;
    match (decoder.finish(), value) {
        (problems, Some(value)) if problems.is_empty() && unkept == 0 => Ok(value),
        (problems, _) => Err(fail_counting(problems, unkept)),
    }
}

/// A mapping of the file being decoded, with its path and where it is named.
pub(crate) struct Map<'t> {
    pub path: String,
    /// The key that names the mapping (its first key at the top level or in a list).
    pub pos: Pos,
    entries: &'t [Entry],
}

impl<'t> Map<'t> {
    /// The entry for `key`, unless it is absent or empty (`key:`, `key: ~`).
    pub(crate) fn get(&self, key: &str) -> Option<&'t Entry> {
        self.entries
            .iter()
            .find(|e| e.key == key && e.value.value != Value::Null)
    }

    pub(crate) fn path_of(&self, key: &str) -> String {
        join(&self.path, key)
    }
}

/// Where a problem with a value is shown: at the value when it is text, else at its key.
fn value_pos(entry: &Entry) -> Pos {
    match entry.value.value {
        Value::Scalar { .. } => entry.value.pos,
        _ => entry.key_pos,
    }
}

pub(crate) struct Decoder<'t> {
    root: &'t Node,
    structural: Vec<Problem>,
    /// Structural problems past [`MAX_KEPT`], counted only.
    unkept: usize,
    semantic: Vec<FieldError>,
    /// Fields an unknown key was probably meant as (`postcode` for `postalCode`): that they
    /// are missing is already said.
    suggested: Vec<String>,
}

impl<'t> Decoder<'t> {
    pub(crate) fn problem(&mut self, pos: Pos, field: String, message: impl Into<String>) {
        if self.full() {
            self.unkept += 1;
            return;
        }
        self.structural.push(Problem::at(pos, field, message));
    }

    /// Whether problems are only counted from now on.
    fn full(&self) -> bool {
        self.structural.len() >= MAX_KEPT
    }

    /// Problems found by `crate::validate`; their paths are relative to `prefix`.
    pub(crate) fn check(&mut self, prefix: &str, errors: impl IntoIterator<Item = FieldError>) {
        self.semantic.extend(errors.into_iter().map(|e| FieldError {
            field: join(prefix, &e.field),
            ..e
        }));
    }

    /// The position of a field by its dotted path.
    pub(crate) fn position_of(&self, path: &str) -> Pos {
        self.root.position_of(path)
    }

    /// The top level: a mapping of the kind's keys, with a `kind` that matches if present.
    fn top(&mut self, kind: &Kind) -> Option<Map<'t>> {
        let root = self.root;
        let Value::Map(entries) = &root.value else {
            self.problem(
                root.pos,
                String::new(),
                format!(
                    "the top level must be a mapping with the keys {}; found {}",
                    kind.keys.join(", "),
                    root.value.describe()
                ),
            );
            return None;
        };
        let top = self.fields(entries, String::new(), root.pos, kind.keys);
        if let Some(entry) = top.get("kind") {
            if let Some(found) = self.text(&top, "kind") {
                if found != kind.name {
                    let message = if KINDS.contains(&found.as_str()) {
                        format!(
                            "this file says kind: {found}, but {} is expected here \
                             (kind: {})",
                            kind.title, kind.name
                        )
                    } else {
                        format!(
                            "unknown kind {}; {} has kind: {} (or no kind at all)",
                            shown(&found),
                            kind.title,
                            kind.name
                        )
                    };
                    self.problem(entry.value.pos, "kind".into(), message);
                }
            }
        }
        Some(top)
    }

    /// A mapping's entries, with a problem for each key not in `keys`.
    fn fields(&mut self, entries: &'t [Entry], path: String, pos: Pos, keys: &[&str]) -> Map<'t> {
        for entry in entries.iter().filter(|e| !keys.contains(&e.key.as_str())) {
            if self.full() {
                self.unkept += 1;
                continue;
            }
            let hint = match suggest(&entry.key, keys) {
                // YAML's merge key is not part of the core schema the loader reads.
                _ if entry.key == "<<" => {
                    " (a YAML merge key; profiles do not merge, write the keys out)".to_string()
                }
                Some(near) => {
                    self.suggested.push(join(&path, near));
                    format!(" (did you mean `{near}`?)")
                }
                None => String::new(),
            };
            self.problem(
                entry.key_pos,
                join(&path, &entry.key),
                format!(
                    "unknown key {}{hint}; valid keys here: {}",
                    shown(&entry.key),
                    keys.join(", ")
                ),
            );
        }
        Map { path, pos, entries }
    }

    /// `node` as a mapping of `keys`; `what` names it in messages.
    pub(crate) fn mapping(
        &mut self,
        node: &'t Node,
        at: Pos,
        path: String,
        what: &str,
        keys: &[&str],
    ) -> Option<Map<'t>> {
        match &node.value {
            Value::Map(entries) => Some(self.fields(entries, path, at, keys)),
            other => {
                let at = if matches!(other, Value::Scalar { .. }) {
                    node.pos
                } else {
                    at
                };
                self.problem(
                    at,
                    path,
                    format!(
                        "expected {what}: a mapping with the keys {}; found {}",
                        keys.join(", "),
                        other.describe()
                    ),
                );
                None
            }
        }
    }

    /// Reports `key` if it is absent or empty; `what` says what belongs there.
    pub(crate) fn require(&mut self, m: &Map<'t>, key: &str, what: &str) -> bool {
        if m.get(key).is_some() {
            return true;
        }
        if self.suggested.contains(&m.path_of(key)) {
            return false;
        }
        let at = m
            .entries
            .iter()
            .find(|e| e.key == key)
            .map_or(m.pos, |e| e.key_pos);
        self.problem(at, m.path_of(key), format!("required: {what}"));
        false
    }

    /// A nested mapping; `required` reports it when absent.
    pub(crate) fn section(
        &mut self,
        m: &Map<'t>,
        key: &str,
        what: &str,
        keys: &[&str],
        required: bool,
    ) -> Option<Map<'t>> {
        if required && !self.require(m, key, &format!("{what} ({})", keys.join(", "))) {
            return None;
        }
        let entry = m.get(key)?;
        self.mapping(&entry.value, entry.key_pos, m.path_of(key), what, keys)
    }

    /// A text value. Plain scalars are taken as written, so `postalCode: 01234` keeps its
    /// leading zero and `country: NO` is Norway.
    pub(crate) fn text(&mut self, m: &Map<'t>, key: &str) -> Option<String> {
        let entry = m.get(key)?;
        self.scalar(&entry.value, value_pos(entry), m.path_of(key))
    }

    /// A text item of a list, or any text value already found.
    pub(crate) fn scalar(&mut self, node: &Node, at: Pos, path: String) -> Option<String> {
        match &node.value {
            Value::Scalar { text, .. } => Some(text.clone()),
            other => {
                self.problem(
                    at,
                    path,
                    format!("expected text, found {}", other.describe()),
                );
                None
            }
        }
    }

    /// `true` or `false`, unquoted.
    pub(crate) fn flag(&mut self, m: &Map<'t>, key: &str) -> Option<bool> {
        let entry = m.get(key)?;
        let value = match &entry.value.value {
            Value::Scalar { text, plain: true } => match text.as_str() {
                "true" | "True" | "TRUE" => Some(true),
                "false" | "False" | "FALSE" => Some(false),
                _ => None,
            },
            _ => None,
        };
        if value.is_none() {
            let found = match &entry.value.value {
                Value::Scalar { text, .. } => shown(text),
                other => other.describe().to_string(),
            };
            self.problem(
                value_pos(entry),
                m.path_of(key),
                format!("expected true or false, found {found}"),
            );
        }
        value
    }

    /// A list; `example` shows how one looks (`[contoso.com, contoso.co.uk]`).
    pub(crate) fn list(&mut self, m: &Map<'t>, key: &str, example: &str) -> Option<&'t [Node]> {
        let entry = m.get(key)?;
        match &entry.value.value {
            Value::Seq(items) => Some(items),
            other => {
                self.problem(
                    value_pos(entry),
                    m.path_of(key),
                    format!(
                        "expected a list, like {key}: {example}; found {}",
                        other.describe()
                    ),
                );
                None
            }
        }
    }

    /// Every problem, in file order; semantic ones that repeat a structural one are left out.
    fn finish(self) -> Vec<Problem> {
        let said: HashSet<&str> = self
            .structural
            .iter()
            .map(|p| p.field.as_str())
            .chain(self.suggested.iter().map(String::as_str))
            .filter(|f| !f.is_empty())
            .collect();
        let covered = |field: &str| self_and_ancestors(field).any(|f| said.contains(f));
        let semantic: Vec<Problem> = self
            .semantic
            .iter()
            .filter(|e| !covered(&e.field))
            .map(|e| Problem::at(self.root.position_of(&e.field), e.field.clone(), &e.message))
            .collect();
        let mut problems = self.structural;
        problems.extend(semantic);
        problems.sort_by_key(|p| (p.line, p.column));
        // A value shared by many entries (an enrollment's defaults) is at fault once.
        let mut seen = HashSet::new();
        problems.retain(|p| seen.insert((p.line, p.column, p.message.clone())));
        problems
    }
}

/// Values a list must hold once each (emails of users, domains), compared case-insensitively.
#[derive(Default)]
pub(crate) struct Unique {
    first_lines: HashMap<String, usize>,
}

impl Unique {
    /// Records `value`, found at `path`; reports it and returns false if it is a repeat.
    pub(crate) fn insert(
        &mut self,
        d: &mut Decoder<'_>,
        value: &str,
        path: String,
        what: &str,
    ) -> bool {
        let at = d.position_of(&path);
        match self.first_lines.entry(value.to_lowercase()) {
            Occupied(first) => {
                let message = format!(
                    "{} is listed twice (first on line {}); list each {what} once",
                    shown(value),
                    first.get()
                );
                d.problem(at, path, message);
                false
            }
            Vacant(slot) => {
                slot.insert(at.line);
                true
            }
        }
    }
}

/// `a.b[2].c`, `a.b[2]`, `a.b` and `a`.
fn self_and_ancestors(field: &str) -> impl Iterator<Item = &str> {
    let cuts = field
        .char_indices()
        .rev()
        .filter(|(_, c)| matches!(c, '.' | '['))
        .map(|(i, _)| &field[..i]);
    std::iter::once(field).chain(cuts)
}

/// The valid key a user probably meant: the same but for case, `_` or `-`, or one or two
/// letters off.
pub(crate) fn suggest<'k>(key: &str, keys: &[&'k str]) -> Option<&'k str> {
    let squash = |s: &str| s.replace(['_', '-'], "").to_lowercase();
    let wanted = squash(key);
    keys.iter()
        .find(|k| squash(k) == wanted)
        .or_else(|| {
            keys.iter()
                .filter(|k| edit_distance(&squash(k), &wanted) <= 2)
                .min_by_key(|k| edit_distance(&squash(k), &wanted))
        })
        .copied()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_keys() {
        let keys = ["companyName", "address", "primaryContact"];
        assert_eq!(suggest("company_name", &keys), Some("companyName"));
        assert_eq!(suggest("CompanyName", &keys), Some("companyName"));
        assert_eq!(suggest("adress", &keys), Some("address"));
        assert_eq!(suggest("phone", &keys), None);
    }

    #[test]
    fn ancestors_of_a_path() {
        let all: Vec<&str> = self_and_ancestors("users[2].roles[0]").collect();
        assert_eq!(
            all,
            ["users[2].roles[0]", "users[2].roles", "users[2]", "users"]
        );
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("same", "same"), 0);
    }
}
