//! A YAML document as a tree that remembers where each value came from.
//!
//! Built from yaml-rust2's event parser rather than through serde, so that every problem, from a
//! duplicate key to a field the backend rules refuse, can be reported at its line and column.
//! Hostile input is refused while the events stream in: nesting deeper than [`MAX_DEPTH`],
//! values longer than [`MAX_SCALAR_CHARS`], aliases expanding past [`MAX_ALIAS_EXPANSION`]
//! values ("billion laughs"), more than [`MAX_VALUES`] values or a mapping of more than
//! [`MAX_KEYS`] keys (so memory stays a small multiple of the file), more than
//! [`MAX_PROBLEMS`] problems, and more than one document.

use super::{Pos, Problem};
use crate::validate::text::{self, join};
use std::collections::hash_map::Entry::{Occupied, Vacant};
use std::collections::HashMap;
use yaml_rust2::parser::{Event, Parser, Tag};
use yaml_rust2::scanner::{Marker, ScanError, TScalarStyle};

/// Profiles nest five levels at most; anything much deeper is not a profile.
pub(crate) const MAX_DEPTH: usize = 20;
/// The longest value (or key) accepted, in characters.
pub(crate) const MAX_SCALAR_CHARS: usize = 4096;
/// How many values aliases (`*name`) may add to the document in all.
pub(crate) const MAX_ALIAS_EXPANSION: usize = 10_000;
/// The most values (keys, text, mappings and lists) a file may hold: an enrollment of 10,000
/// subsidiaries holds 300,000 to 400,000.
pub(crate) const MAX_VALUES: usize = 1_000_000;
/// The most keys one mapping may have: a profile's have a dozen at most.
pub(crate) const MAX_KEYS: usize = 1_000;
/// Reading stops at this many problems: the file is not worth reading through.
pub(crate) const MAX_PROBLEMS: usize = 1_000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub pos: Pos,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    /// An empty value, `~` or `null`.
    Null,
    /// Text exactly as written; `plain` when unquoted (only plain `true` is a boolean).
    Scalar {
        text: String,
        plain: bool,
    },
    Map(Vec<Entry>),
    Seq(Vec<Node>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entry {
    pub key: String,
    pub key_pos: Pos,
    pub value: Node,
}

impl Value {
    /// What the value is, for messages: "a mapping", "a list", ...
    pub(crate) fn describe(&self) -> &'static str {
        match self {
            Value::Null => "an empty value",
            Value::Scalar { .. } => "text",
            Value::Map(_) => "a mapping",
            Value::Seq(_) => "a list",
        }
    }
}

impl Node {
    fn size(&self) -> usize {
        1 + match &self.value {
            Value::Map(entries) => entries.iter().map(|e| e.value.size()).sum(),
            Value::Seq(items) => items.iter().map(Node::size).sum(),
            _ => 0,
        }
    }

    /// Where to report a problem with the field at a dotted path (`users[1].email`): the value
    /// of a field that holds text, the key of one that holds a mapping, list or nothing, and
    /// for a field that is not there, the key of the deepest mapping on the path that is.
    pub(crate) fn position_of(&self, path: &str) -> Pos {
        let mut node = self;
        let mut at = self.pos;
        for segment in segments(path) {
            let next = match (&segment, &node.value) {
                (Segment::Key(k), Value::Map(entries)) => entries
                    .iter()
                    .find(|e| e.key == *k)
                    .map(|e| (&e.value, e.key_pos)),
                (Segment::Index(i), Value::Seq(items)) => items.get(*i).map(|n| (n, n.pos)),
                _ => None,
            };
            match next {
                Some((n, pos)) => (node, at) = (n, pos),
                None => return at,
            }
        }
        match node.value {
            Value::Scalar { .. } => node.pos,
            _ => at,
        }
    }
}

enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// `a.b[2].c` as `a`, `b`, `2`, `c`.
fn segments(path: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut pieces = part.split('[');
        if let Some(key) = pieces.next().filter(|k| !k.is_empty()) {
            out.push(Segment::Key(key));
        }
        for index in pieces {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Segment::Index(i));
            }
        }
    }
    out
}

/// A parsed document and the problems that did not stop the parse.
pub(crate) struct Parsed {
    pub root: Node,
    pub problems: Vec<Problem>,
}

/// Parses one YAML document. `Err` holds every problem found up to the one that stopped it.
pub(crate) fn parse(text: &str) -> Result<Parsed, Vec<Problem>> {
    let mut builder = Builder::default();
    let mut parser = Parser::new_from_str(text);
    let end = End::of(text);
    loop {
        let (event, marker) = match parser.next_token() {
            Ok(next) => next,
            Err(e) => return Err(builder.fail(end.clamp(syntax_problem(&e)))),
        };
        let pos = end.clamp_pos(pos(&marker));
        if builder.problems.len() >= MAX_PROBLEMS {
            return Err(builder.fail(Problem::at(
                pos,
                "",
                format!("reading stopped here, after {MAX_PROBLEMS} problems"),
            )));
        }
        if matches!(
            event,
            Event::Alias(_)
                | Event::Scalar(..)
                | Event::MappingStart(..)
                | Event::SequenceStart(..)
        ) {
            builder.room(pos).map_err(|p| builder.fail(p))?;
        }
        match event {
            Event::StreamEnd => break,
            Event::Nothing | Event::StreamStart | Event::DocumentEnd => {}
            Event::DocumentStart => {
                builder.documents += 1;
                if builder.documents > 1 {
                    return Err(builder.fail(Problem::at(
                        pos,
                        "",
                        "the file holds more than one YAML document (a second `---`); \
                         write one profile per file",
                    )));
                }
            }
            Event::Alias(id) => {
                let node = builder.alias(id, pos).map_err(|p| builder.fail(p))?;
                builder.push(node);
            }
            Event::Scalar(text, style, anchor, tag) => {
                builder.check_tag(tag.as_ref(), pos);
                let node = builder.scalar(text, style, tag.is_some(), pos);
                builder.anchor(anchor, &node);
                builder.push(node);
            }
            Event::MappingStart(anchor, ref tag) | Event::SequenceStart(anchor, ref tag) => {
                builder.check_tag(tag.as_ref(), pos);
                if builder.stack.len() >= MAX_DEPTH {
                    return Err(builder.fail(Problem::at(pos, "", depth_message())));
                }
                let body = if matches!(event, Event::MappingStart(..)) {
                    Body::Map {
                        entries: Vec::new(),
                        pending: None,
                        first_lines: HashMap::new(),
                    }
                } else {
                    Body::Seq(Vec::new())
                };
                let path = builder.child_path();
                builder.stack.push(Frame {
                    pos,
                    anchor,
                    path,
                    body,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                if let Some(frame) = builder.stack.pop() {
                    let anchor = frame.anchor;
                    let node = frame.into_node();
                    builder.anchor(anchor, &node);
                    builder.push(node);
                }
            }
        }
    }
    let root = builder.root.take().unwrap_or(Node {
        pos: Pos::new(1, 1),
        value: Value::Null,
    });
    Ok(Parsed {
        root,
        problems: builder.problems,
    })
}

fn pos(marker: &Marker) -> Pos {
    // yaml-rust2 counts columns from 0.
    Pos::new(marker.line(), marker.col() + 1)
}

fn depth_message() -> String {
    format!("the file nests deeper than {MAX_DEPTH} levels; a profile needs five at most")
}

/// The last line of a text and its length. yaml-rust2 puts the end of a text that does not
/// end with a line break on a line of its own, past the last one; a place there is shown at
/// the end of the last line instead.
struct End {
    line: usize,
    column: usize,
}

impl End {
    fn of(text: &str) -> End {
        // Line breaks as YAML counts them: `\r\n`, `\r` or `\n`.
        let mut line = 1;
        let mut column = 1;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\r' && chars.peek() == Some(&'\n') {
                continue;
            }
            if c == '\n' || c == '\r' {
                line += 1;
                column = 1;
            } else {
                column += 1;
            }
        }
        End { line, column }
    }

    fn clamp_pos(&self, pos: Pos) -> Pos {
        if pos.line > self.line {
            Pos::new(self.line, self.column)
        } else {
            pos
        }
    }

    fn clamp(&self, mut problem: Problem) -> Problem {
        let at = self.clamp_pos(Pos::new(problem.line, problem.column));
        (problem.line, problem.column) = (at.line, at.column);
        problem
    }
}

fn syntax_problem(e: &ScanError) -> Problem {
    let info = e.info();
    let message = if info.contains("tab") {
        "a tab where YAML allows only spaces (indentation must use spaces)".to_string()
    } else if info.contains("recursion limit") {
        depth_message()
    } else if info.contains("unknown anchor") {
        "this alias (`*name`) names no anchor (`&name`) written before it".to_string()
    } else {
        format!("YAML syntax error: {info}")
    };
    Problem::at(pos(e.marker()), "", message)
}

enum Body {
    Map {
        entries: Vec<Entry>,
        /// The key waiting for its value.
        pending: Option<PendingKey>,
        /// The line each key was first seen on, to report duplicates.
        first_lines: HashMap<String, usize>,
    },
    Seq(Vec<Node>),
}

struct PendingKey {
    name: String,
    pos: Pos,
    /// A repeated or unusable key: its value is read and dropped.
    drop: bool,
}

struct Frame {
    pos: Pos,
    anchor: usize,
    path: String,
    body: Body,
}

impl Frame {
    fn into_node(self) -> Node {
        // Collections grow by doubling: what they hold is all they keep.
        let value = match self.body {
            Body::Map { mut entries, .. } => {
                entries.shrink_to_fit();
                Value::Map(entries)
            }
            Body::Seq(mut items) => {
                items.shrink_to_fit();
                Value::Seq(items)
            }
        };
        Node {
            pos: self.pos,
            value,
        }
    }
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, Node>,
    expanded: usize,
    /// Values read so far.
    values: usize,
    documents: usize,
    problems: Vec<Problem>,
}

impl Builder {
    /// Counts a value about to be read; refuses one past [`MAX_VALUES`], or a key past
    /// [`MAX_KEYS`] in its mapping.
    fn room(&mut self, pos: Pos) -> Result<(), Problem> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(Problem::at(
                pos,
                "",
                format!(
                    "the file holds more than {MAX_VALUES} values (keys, text, lists); an \
                     enrollment of 10,000 subsidiaries holds about 400,000"
                ),
            ));
        }
        if let Some(Frame {
            body:
                Body::Map {
                    entries,
                    pending: None,
                    first_lines,
                },
            ..
        }) = self.stack.last()
        {
            if entries.len().max(first_lines.len()) >= MAX_KEYS {
                return Err(Problem::at(
                    pos,
                    self.child_path(),
                    format!(
                        "this mapping has more than {MAX_KEYS} keys; a profile's have a dozen \
                         at most"
                    ),
                ));
            }
        }
        Ok(())
    }

    fn fail(&mut self, fatal: Problem) -> Vec<Problem> {
        let mut problems = std::mem::take(&mut self.problems);
        problems.push(fatal);
        problems
    }

    /// The path of the value about to be read.
    fn child_path(&self) -> String {
        let Some(frame) = self.stack.last() else {
            return String::new();
        };
        match &frame.body {
            Body::Map {
                pending: Some(key), ..
            } => join(&frame.path, &key.name),
            Body::Map { pending: None, .. } => frame.path.clone(),
            Body::Seq(items) => format!("{}[{}]", frame.path, items.len()),
        }
    }

    fn check_tag(&mut self, tag: Option<&Tag>, pos: Pos) {
        let Some(tag) = tag else { return };
        let core = tag.handle == "tag:yaml.org,2002:";
        if !(core && ["str", "map", "seq"].contains(&tag.suffix.as_str())) {
            let shown = if core {
                format!("!!{}", tag.suffix)
            } else {
                format!("{}{}", tag.handle, tag.suffix)
            };
            let path = self.child_path();
            self.problems.push(Problem::at(
                pos,
                path,
                format!(
                    "YAML tags such as {} are not used in profiles; remove it",
                    text::shown(&shown)
                ),
            ));
        }
    }

    fn scalar(&mut self, text: String, style: TScalarStyle, tagged: bool, pos: Pos) -> Node {
        let chars = text.chars().count();
        if chars > MAX_SCALAR_CHARS {
            let path = self.child_path();
            let is_key = matches!(
                self.stack.last(),
                Some(Frame {
                    body: Body::Map { pending: None, .. },
                    ..
                })
            );
            let what = if is_key { "key" } else { "value" };
            self.problems.push(Problem::at(
                pos,
                path,
                format!(
                    "this {what} is {chars} characters long; {what}s are limited to \
                     {MAX_SCALAR_CHARS} characters"
                ),
            ));
            return Node {
                pos,
                value: Value::Null,
            };
        }
        let plain = style == TScalarStyle::Plain;
        let null = plain && !tagged && matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL");
        let value = if null {
            Value::Null
        } else {
            Value::Scalar { text, plain }
        };
        Node { pos, value }
    }

    fn anchor(&mut self, id: usize, node: &Node) {
        if id != 0 {
            self.anchors.insert(id, node.clone());
        }
    }

    /// The value an alias names, copied in, as long as the copies stay small.
    fn alias(&mut self, id: usize, pos: Pos) -> Result<Node, Problem> {
        let path = self.child_path();
        let Some(node) = self.anchors.get(&id) else {
            return Err(Problem::at(
                pos,
                path,
                "this alias refers to an anchor that is not complete here (an alias inside its \
                 own anchor?)",
            ));
        };
        self.expanded += node.size();
        if self.expanded > MAX_ALIAS_EXPANSION {
            return Err(Problem::at(
                pos,
                path,
                format!(
                    "aliases (`*name`) in this file expand to more than {MAX_ALIAS_EXPANSION} \
                     values, like a \"billion laughs\" attack; refused without expanding them"
                ),
            ));
        }
        Ok(Node {
            pos,
            value: node.value.clone(),
        })
    }

    /// Adds a finished value to the collection being read, or makes it the root.
    fn push(&mut self, node: Node) {
        let Some(frame) = self.stack.last_mut() else {
            self.root = Some(node);
            return;
        };
        match &mut frame.body {
            Body::Seq(items) => items.push(node),
            Body::Map {
                entries,
                pending: pending @ Some(_),
                ..
            } => {
                let key = pending.take().expect("matched Some");
                if !key.drop {
                    entries.push(Entry {
                        key: key.name,
                        key_pos: key.pos,
                        value: node,
                    });
                }
            }
            Body::Map {
                entries,
                pending: pending @ None,
                first_lines,
            } => {
                // A block mapping's start mark is just past its first key: start at the key.
                if entries.is_empty() && node.pos < frame.pos {
                    frame.pos = node.pos;
                }
                let (name, problem) = match &node.value {
                    Value::Scalar { text, .. } => {
                        let problem = match first_lines.entry(text.clone()) {
                            Occupied(first) => Some(Problem::at(
                                node.pos,
                                join(&frame.path, text),
                                format!(
                                    "duplicate key {} (first on line {}); each key may \
                                     appear once",
                                    text::shown(text),
                                    first.get()
                                ),
                            )),
                            Vacant(slot) => {
                                slot.insert(node.pos.line);
                                None
                            }
                        };
                        (text.clone(), problem)
                    }
                    other => (
                        String::new(),
                        Some(Problem::at(
                            node.pos,
                            frame.path.clone(),
                            format!("keys must be plain text, not {}", other.describe()),
                        )),
                    ),
                };
                *pending = Some(PendingKey {
                    name,
                    pos: node.pos,
                    drop: problem.is_some(),
                });
                self.problems.extend(problem);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_at_the_end_of_the_text_is_on_its_last_line() {
        for text in ["kind: users\nuser   sta", "kind: users\ruser   sta"] {
            let Err(problems) = parse(text) else {
                panic!("{text:?} parsed");
            };
            let p = &problems[0];
            assert_eq!((p.line, p.column), (2, 11), "{text:?}: {p:?}");
        }
    }

    fn root(text: &str) -> Node {
        let parsed = parse(text).unwrap_or_else(|p| panic!("{p:?}"));
        assert_eq!(parsed.problems, vec![], "{text}");
        parsed.root
    }

    fn problems(text: &str) -> Vec<Problem> {
        match parse(text) {
            Ok(parsed) => parsed.problems,
            Err(problems) => problems,
        }
    }

    #[test]
    fn values_keep_their_positions() {
        let doc = root("# comment\na: 1\nb:\n  c: x\n  d: [y, z]\n");
        assert_eq!(doc.pos, Pos::new(2, 1));
        assert_eq!(doc.position_of("a"), Pos::new(2, 4));
        assert_eq!(doc.position_of("b"), Pos::new(3, 1));
        assert_eq!(doc.position_of("b.c"), Pos::new(4, 6));
        assert_eq!(doc.position_of("b.d[1]"), Pos::new(5, 10));
        // Missing fields are reported at the key of the deepest field on the path that is there.
        assert_eq!(doc.position_of("b.missing"), Pos::new(3, 1));
        assert_eq!(doc.position_of("b.c.deeper"), Pos::new(4, 3));
        assert_eq!(doc.position_of("b.d[7]"), Pos::new(5, 3));
    }

    #[test]
    fn scalars_are_kept_as_written() {
        let doc = root("zip: 01234\nno: NO\nq: \"true\"\nt: true\nn: ~\ne:\n");
        let Value::Map(entries) = doc.value else {
            panic!()
        };
        let values: Vec<_> = entries.into_iter().map(|e| e.value.value).collect();
        let text = |t: &str, plain| Value::Scalar {
            text: t.into(),
            plain,
        };
        assert_eq!(
            values,
            [
                text("01234", true),
                text("NO", true),
                text("true", false),
                text("true", true),
                Value::Null,
                Value::Null
            ]
        );
    }

    #[test]
    fn duplicate_keys_are_reported_at_the_second() {
        let p = problems("a: 1\nb:\n  c: 1\n  c: 2\n");
        assert_eq!(p.len(), 1);
        assert_eq!((p[0].line, p[0].field.as_str()), (4, "b.c"));
        assert!(p[0].message.contains("first on line 3"), "{}", p[0].message);
        let flow = problems("a: {b: 1, b: 2}\n");
        assert_eq!((flow[0].line, flow[0].column), (1, 11));
    }

    #[test]
    fn alias_bombs_are_refused_without_expanding() {
        let mut text = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
            let refs = vec![format!("*{prev}"); 10].join(", ");
            text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        }
        let p = parse(&text).err().expect("refused");
        let last = p.last().unwrap();
        assert!(last.message.contains("billion laughs"), "{}", last.message);
        assert!(last.line <= 5, "refused early, at line {}", last.line);
    }

    #[test]
    fn small_aliases_are_expanded() {
        let doc = root("a: &p {x: 1}\nb: *p\n");
        assert_eq!(doc.position_of("b.x"), Pos::new(1, 11));
    }

    #[test]
    fn deep_nesting_is_refused() {
        let text = format!("a: {}{}\n", "[".repeat(5000), "]".repeat(5000));
        let p = parse(&text).err().expect("refused");
        assert!(p[0].message.contains("deeper than 20"), "{}", p[0].message);
    }

    #[test]
    fn long_values_are_refused() {
        let text = format!("a: {}\n", "x".repeat(MAX_SCALAR_CHARS + 1));
        let p = problems(&text);
        assert_eq!((p[0].line, p[0].field.as_str()), (1, "a"));
        assert!(p[0].message.contains("4096"));
    }

    #[test]
    fn second_documents_are_refused() {
        let p = parse("a: 1\n---\nb: 2\n").err().expect("refused");
        assert_eq!(p[0].line, 2);
        assert!(p[0].message.contains("more than one YAML document"));
    }

    #[test]
    fn tags_other_than_str_are_reported() {
        assert!(problems("a: !!str 5\n").is_empty());
        let p = problems("a: !!binary aGk=\n");
        assert!(p[0].message.contains("`!!binary`"), "{}", p[0].message);
    }

    #[test]
    fn tab_indentation_is_a_syntax_error_with_a_clear_message() {
        let p = parse("a:\n\tb: 1\n").err().expect("refused");
        assert_eq!(p[0].line, 2);
        assert!(p[0].message.contains("tab"), "{}", p[0].message);
    }

    #[test]
    fn keys_must_be_text() {
        let p = problems("? [a]\n: 1\n");
        assert!(
            p[0].message.contains("keys must be plain text"),
            "{}",
            p[0].message
        );
    }

    #[test]
    fn a_mapping_of_too_many_keys_is_refused_at_the_first_one_over() {
        let text: String = (0..MAX_KEYS + 500).map(|i| format!("k{i}: 1\n")).collect();
        let Err(p) = parse(&text) else {
            panic!("parsed")
        };
        let last = p.last().unwrap();
        assert_eq!(last.line, MAX_KEYS + 1, "{last:?}");
        assert!(
            last.message.contains("more than 1000 keys"),
            "{}",
            last.message
        );
        let fine: String = (0..MAX_KEYS).map(|i| format!("k{i}: 1\n")).collect();
        assert!(parse(&fine).is_ok());
    }

    #[test]
    fn a_file_of_too_many_values_is_refused() {
        let text = format!("a: [{}]\n", "1,".repeat(MAX_VALUES));
        let Err(p) = parse(&text) else {
            panic!("parsed")
        };
        assert!(p
            .last()
            .unwrap()
            .message
            .contains("more than 1000000 values"));
    }

    #[test]
    fn reading_stops_after_so_many_problems() {
        let text = "a: 1\n".repeat(MAX_PROBLEMS * 3);
        let p = problems(&text);
        assert_eq!(p.len(), MAX_PROBLEMS + 1);
        assert!(p.last().unwrap().message.contains("reading stopped here"));
    }
}
