//! The YAML profiles users write: organization, location, users and enrollment files.
//!
//! Loading a profile parses it, checks every field (the same checks the backend makes, from
//! `crate::validate`) and reports every problem with file, line, column and field, before any
//! backend call.

mod decode;
mod enrollment;
mod location;
mod merge;
mod organization;
pub mod schema;
mod sections;
mod source;
mod users;
mod yaml;

#[cfg(test)]
mod tests;

use crate::api::{CreateAccount, CreateTenant, LegalProfileInput, NewUser};
use crate::validate::text::escape_controls;

pub(crate) use decode::suggest as suggest_key;
pub use enrollment::{derived_key, Competency, Enrollment, MembershipSpec, Subsidiary};
use std::path::{Path, PathBuf};

/// One problem in a profile file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    /// Dotted path of the field in the file, e.g. `legalBusinessProfile.address.postalCode`.
    pub field: String,
    pub message: String,
}

impl Problem {
    pub(crate) fn at(pos: Pos, field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            line: pos.line,
            column: pos.column,
            field: field.into(),
            message: message.into(),
        }
    }
}

/// A place in a file: 1-based line and column (in characters). Line 0 means the whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Pos {
    pub line: usize,
    pub column: usize,
}

impl Pos {
    /// A problem with the file as a whole (not found, not UTF-8, empty, ...).
    pub(crate) const FILE: Pos = Pos { line: 0, column: 0 };

    pub(crate) fn new(line: usize, column: usize) -> Self {
        Pos { line, column }
    }
}

/// Every problem found in one file: one line per problem, `FILE:LINE:COL: FIELD: MESSAGE`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", problem_lines(.file, .problems))]
pub struct ProfileError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

/// One line per problem: `FILE:LINE:COL: FIELD: MESSAGE`. Problems with the whole file (line
/// 0) leave out the position, and problems that are not about one field leave out the field.
/// Control characters from the file (in keys, values, the file's name) are shown escaped.
fn problem_lines(file: &std::path::Path, problems: &[Problem]) -> String {
    let file = escape_controls(&file.display().to_string()).into_owned();
    let line = |p: &Problem| {
        let mut out = file.clone();
        if p.line > 0 {
            out += &format!(":{}:{}", p.line, p.column);
        }
        if !p.field.is_empty() {
            out += &format!(": {}", escape_controls(&p.field));
        }
        out + &format!(": {}", escape_controls(&p.message))
    };
    problems.iter().map(line).collect::<Vec<_>>().join("\n")
}

/// The kinds of profile file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FileKind {
    /// An organization to enroll (`account create -f`)
    Organization,
    /// A subsidiary's legal business profile (`account locations add -f`, `account update -f`)
    Location,
    /// Users to add (`users add -f`)
    Users,
    /// A parent organization and its subsidiaries (`enroll -f`)
    Enrollment,
}

impl FileKind {
    pub const ALL: [FileKind; 4] = [
        FileKind::Organization,
        FileKind::Location,
        FileKind::Users,
        FileKind::Enrollment,
    ];

    /// The value of `kind:` in the file.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::Organization => organization::KIND.name,
            FileKind::Location => location::KIND.name,
            FileKind::Users => users::KIND.name,
            FileKind::Enrollment => enrollment::KIND.name,
        }
    }

    /// The kind a file says it is (`kind:`), else the one its top-level keys suggest.
    pub fn of_file(path: &Path) -> Detected {
        // Only an enrollment may be a directory (of profiles).
        if path.is_dir() {
            return Detected::Kind(FileKind::Enrollment);
        }
        // Read as the largest kind may be: detection must not refuse a large enrollment.
        let Some(entries) = source::read_limited(path, enrollment::MAX_BYTES)
            .ok()
            .and_then(|text| yaml::parse(&text).ok())
            .and_then(|parsed| match parsed.root.value {
                yaml::Value::Map(entries) => Some(entries),
                _ => None,
            })
        else {
            return Detected::Unreadable;
        };
        let said = entries
            .iter()
            .find(|e| e.key == "kind")
            .and_then(|e| match &e.value.value {
                yaml::Value::Scalar { text, .. } => {
                    FileKind::ALL.into_iter().find(|k| k.name() == text)
                }
                _ => None,
            });
        let has = |key: &str| entries.iter().any(|e| e.key == key);
        let kind = said.or_else(|| {
            if has("subsidiaries") || has("parent") {
                Some(FileKind::Enrollment)
            } else if has("users") {
                Some(FileKind::Users)
            } else if has("tenant") || has("agreement") || has("organizationProfile") {
                Some(FileKind::Organization)
            } else if has("legalBusinessProfile") {
                Some(FileKind::Location)
            } else {
                None
            }
        });
        kind.map_or(Detected::Unknown, Detected::Kind)
    }

    /// Loads and checks a file as this kind, offline. Only an enrollment (which may be a
    /// directory) can fail in more than one file.
    pub fn check(self, path: &Path) -> Result<(), Vec<ProfileError>> {
        let one = |e| vec![e];
        match self {
            FileKind::Organization => load_organization(path).map(drop).map_err(one),
            FileKind::Location => load_location(path).map(drop).map_err(one),
            FileKind::Users => load_users(path).map(drop).map_err(one),
            FileKind::Enrollment => load_enrollment(path).map(drop),
        }
    }

    /// A commented template to start a file of this kind from.
    pub fn template(self) -> &'static str {
        match self {
            FileKind::Organization => include_str!("templates/organization.yaml"),
            FileKind::Location => include_str!("templates/location.yaml"),
            FileKind::Users => include_str!("templates/users.yaml"),
            FileKind::Enrollment => include_str!("templates/enrollment.yaml"),
        }
    }
}

/// What [`FileKind::of_file`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    Kind(FileKind),
    /// A mapping whose keys say nothing of its kind.
    Unknown,
    /// Not read, not YAML, or not a mapping: a loader will say why.
    Unreadable,
}

/// The tenant an organization profile enrolls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantSpec {
    /// Create a new tenant (its first user becomes Global admin and enrolls).
    Create(CreateTenant),
    /// An existing tenant, by id or domain: the signed-in user must be its Global admin.
    Existing(String),
}

/// An organization profile: what `account create -f` reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganizationProfile {
    pub tenant: TenantSpec,
    /// `agreement.accepted` is what the file says; `--accept-agreement` may still set it.
    pub account: CreateAccount,
}

/// An organization profile (`kind: organization`), as `account create -f` reads it.
pub fn load_organization(path: &Path) -> Result<OrganizationProfile, ProfileError> {
    decode::load(path, &organization::KIND, organization::decode)
}

/// A location profile (`kind: location`): the legal business profile of a subsidiary.
pub fn load_location(path: &Path) -> Result<LegalProfileInput, ProfileError> {
    decode::load(path, &location::KIND, location::decode)
}

/// One `key: value` of a flat mapping, with where the key and the value are.
pub(crate) type FlatEntry = (String, String, Pos, Pos);

/// A flat mapping of text values (the config file), in file order, or every problem found.
/// An empty file is an empty mapping.
pub(crate) fn flat_mapping(text: &str) -> Result<Vec<FlatEntry>, Vec<Problem>> {
    if source::is_empty(text) {
        return Ok(Vec::new());
    }
    let tabs = source::tab_indentation(text);
    if !tabs.is_empty() {
        return Err(tabs);
    }
    let parsed = yaml::parse(text)?;
    let mut problems = parsed.problems;
    let yaml::Value::Map(entries) = parsed.root.value else {
        problems.push(Problem::at(
            parsed.root.pos,
            "",
            format!(
                "expected a mapping of keys to values (output: json); found {}",
                parsed.root.value.describe()
            ),
        ));
        return Err(problems);
    };
    let mut out = Vec::new();
    for e in entries {
        match e.value.value {
            yaml::Value::Scalar { text, .. } => out.push((e.key, text, e.key_pos, e.value.pos)),
            yaml::Value::Null => {}
            other => problems.push(Problem::at(
                e.key_pos,
                e.key,
                format!("expected a single value, found {}", other.describe()),
            )),
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// A profile file that loaded, of any kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Organization(OrganizationProfile),
    Location(LegalProfileInput),
    Users(Vec<NewUser>),
    Enrollment(Enrollment),
}

/// Loads and checks a file's bytes as `kind`, exactly as the loaders read a file at `path`
/// (which only names it in problems): no disk access, and an enrollment is one file.
pub fn load_bytes(kind: FileKind, path: &Path, bytes: &[u8]) -> Result<Loaded, ProfileError> {
    let options = decode::Options::default();
    match kind {
        FileKind::Organization => decode::load_bytes_with(
            path,
            bytes,
            &organization::KIND,
            &options,
            organization::decode,
        )
        .map(Loaded::Organization),
        FileKind::Location => {
            decode::load_bytes_with(path, bytes, &location::KIND, &options, location::decode)
                .map(Loaded::Location)
        }
        FileKind::Users => {
            decode::load_bytes_with(path, bytes, &users::KIND, &options, users::decode)
                .map(Loaded::Users)
        }
        FileKind::Enrollment => enrollment::load_bytes(path, bytes)
            .map(Loaded::Enrollment)
            // A file (not a directory) fails as one file.
            .map_err(|mut errors| errors.remove(0)),
    }
}

/// A users file (`kind: users`): the users to add, at least one.
pub fn load_users(path: &Path) -> Result<Vec<NewUser>, ProfileError> {
    decode::load(path, &users::KIND, users::decode)
}

/// An enrollment (`kind: enrollment`, or a directory of profiles): the parent organization and
/// its subsidiaries, with `defaults` merged into each. Every problem of every file is reported.
pub fn load_enrollment(path: &Path) -> Result<Enrollment, Vec<ProfileError>> {
    enrollment::load(path)
}
