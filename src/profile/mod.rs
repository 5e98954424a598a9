//! The YAML profiles users write: organization, location and users files.
//!
//! Loading a profile parses it, checks every field (the same checks the backend makes, from
//! `crate::validate`) and reports every problem with file, line, column and field, before any
//! backend call.

mod decode;
mod enrollment;
mod location;
mod merge;
mod organization;
mod sections;
mod source;
mod users;
mod yaml;

#[cfg(test)]
mod tests;

use crate::api::{CreateAccount, CreateTenant, LegalProfileInput, NewUser};

pub use enrollment::{derived_key, Competency, Enrollment, MembershipSpec, Subsidiary};
use std::fmt;
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

/// Every problem found in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileError {
    pub file: PathBuf,
    pub problems: Vec<Problem>,
}

/// One line per problem: `FILE:LINE:COL: FIELD: MESSAGE`. Problems with the whole file (line
/// 0) leave out the position, and problems that are not about one field leave out the field.
impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", self.file.display())?;
            if p.line > 0 {
                write!(f, ":{}:{}", p.line, p.column)?;
            }
            if !p.field.is_empty() {
                write!(f, ": {}", p.field)?;
            }
            write!(f, ": {}", p.message)?;
        }
        Ok(())
    }
}

impl std::error::Error for ProfileError {}

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

/// A users file (`kind: users`): the users to add, at least one.
pub fn load_users(path: &Path) -> Result<Vec<NewUser>, ProfileError> {
    decode::load(path, &users::KIND, users::decode)
}

/// An enrollment (`kind: enrollment`, or a directory of profiles): the parent organization and
/// its subsidiaries, with `defaults` merged into each. Every problem of every file is reported.
pub fn load_enrollment(path: &Path) -> Result<Enrollment, Vec<ProfileError>> {
    enrollment::load(path)
}
