//! Enrollment files: a parent organization and its subsidiaries, for `partnerctl enroll -f`.
//!
//! ```yaml
//! kind: enrollment
//! parent: { tenant: ..., legalBusinessProfile: ..., agreement: ... }   # an organization profile
//! defaults: { membership: ..., benefits: ... }                          # merged into each
//! subsidiaries:
//!   - key: jp-tokyo                      # optional: derived from country and legal name
//!     legalBusinessProfile: ...
//!     membership: {actionPack: true, competencies: [{area: security, level: gold}], payment: card}
//!     benefits: {activate: [cloudCredit, supportIncidents]}   # or `activate: all`
//!     users: [{email: ..., firstName: ..., lastName: ..., roles: [...]}]
//! ```
//!
//! A directory works too: one organization profile (the parent) and any number of location or
//! subsidiary profiles, one subsidiary each.

use super::decode::{self, Decoder, Kind, Map, Options, Unique};
use super::merge::deep_merge;
use super::yaml::{self, Node, Value};
use super::{organization, sections, source, users};
use super::{OrganizationProfile, Pos, Problem, ProfileError, TenantSpec};
use crate::api::{
    BenefitKind, CompetencyArea, CompetencyLevel, CreateAccount, LegalProfileInput, NewUser,
    PaymentMethod,
};
use crate::validate;
use crate::validate::text::shown;
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// An enrollment file may be large: 10,000 subsidiaries take 3.4 MB (4.5 MB with a user
/// each), so 16 MiB leaves room for long names and many users.
pub(crate) const MAX_BYTES: u64 = 16 * 1024 * 1024;

pub(crate) const KIND: Kind = Kind {
    name: "enrollment",
    title: "an enrollment file",
    keys: &["kind", "parent", "defaults", "subsidiaries"],
    needs: "parent (an organization profile) and subsidiaries, a list of locations each with \
            legalBusinessProfile (see examples/enrollment.yaml)",
};

pub(crate) const SUBSIDIARY_KIND: Kind = Kind {
    name: "subsidiary",
    title: "a subsidiary profile",
    keys: &[
        "kind",
        "key",
        "legalBusinessProfile",
        "membership",
        "benefits",
        "users",
    ],
    needs: "legalBusinessProfile, and optionally key, membership, benefits and users \
            (see examples/enrollment.yaml)",
};

/// A subsidiary's keys: a subsidiary profile's, but `kind`.
pub(crate) fn subsidiary_keys() -> &'static [&'static str] {
    &SUBSIDIARY_KIND.keys[1..]
}

/// What `defaults` may hold: a subsidiary's keys but `key`, which names one subsidiary.
pub(crate) fn default_keys() -> &'static [&'static str] {
    &SUBSIDIARY_KIND.keys[2..]
}

pub(crate) const MEMBERSHIP_KEYS: &[&str] =
    &["actionPack", "competencies", "payment", "attestedBy"];
pub(crate) const COMPETENCY_KEYS: &[&str] = &["area", "level"];
pub(crate) const BENEFITS_KEYS: &[&str] = &["activate"];

/// The parent organization and the subsidiaries to enroll under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enrollment {
    pub parent: OrganizationProfile,
    pub subsidiaries: Vec<Subsidiary>,
}

/// One subsidiary as it should be.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Subsidiary {
    /// Stable within the tenant: the file's `key`, else `country/legal name` (lowercase).
    pub key: String,
    /// `FILE:LINE` where the subsidiary is written.
    #[serde(skip)]
    pub origin: String,
    pub legal_business_profile: LegalProfileInput,
    pub membership: MembershipSpec,
    /// Benefit kinds to activate once the membership grants them.
    pub activate: Vec<BenefitKind>,
    pub users: Vec<NewUser>,
}

/// The programmes a subsidiary should hold.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MembershipSpec {
    pub action_pack: bool,
    pub competencies: Vec<Competency>,
    pub payment: PaymentMethod,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attested_by: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Competency {
    pub area: CompetencyArea,
    pub level: CompetencyLevel,
}

/// A benefit kind as written in files: its JSON name (`cloudCredit`).
pub(crate) fn benefit_name(kind: &BenefitKind) -> String {
    match serde_json::to_value(kind) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// The key of a subsidiary that names none: its country and legal name, lowercase, with runs
/// of spaces as one.
pub fn derived_key(legal: &LegalProfileInput) -> String {
    let name: Vec<&str> = legal.company_name.split_whitespace().collect();
    format!(
        "{}/{}",
        legal.address.country.trim().to_lowercase(),
        name.join(" ").to_lowercase()
    )
}

/// Reads an enrollment file or directory; every problem in every file is reported.
pub(crate) fn load(path: &Path) -> Result<Enrollment, Vec<ProfileError>> {
    if path.is_dir() {
        return load_directory(path);
    }
    with_origins(path, decode::load_with(path, &KIND, &OPTIONS, decode))
}

/// An enrollment file's bytes, as if read from `path`.
pub(crate) fn load_bytes(path: &Path, bytes: &[u8]) -> Result<Enrollment, Vec<ProfileError>> {
    with_origins(
        path,
        decode::load_bytes_with(path, bytes, &KIND, &OPTIONS, decode),
    )
}

const OPTIONS: Options = Options {
    max_bytes: MAX_BYTES,
    prepare: apply_defaults,
};

/// Each subsidiary's origin is `FILE:LINE`.
fn with_origins(
    path: &Path,
    loaded: Result<Enrollment, ProfileError>,
) -> Result<Enrollment, Vec<ProfileError>> {
    let mut e = loaded.map_err(|e| vec![e])?;
    for s in &mut e.subsidiaries {
        s.origin = format!("{}:{}", path.display(), s.origin);
    }
    Ok(e)
}

/// Merges `defaults` into every subsidiary of the tree.
fn apply_defaults(root: &mut Node) {
    let Value::Map(entries) = &mut root.value else {
        return;
    };
    let Some(defaults) = entries.iter().find(|e| e.key == "defaults") else {
        return;
    };
    let defaults = defaults.value.clone();
    let Some(list) = entries.iter_mut().find(|e| e.key == "subsidiaries") else {
        return;
    };
    if let Value::Seq(items) = &mut list.value.value {
        for item in items {
            deep_merge(&defaults, item, &["key"]);
        }
    }
}

fn decode<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> Enrollment {
    let parent = parent(d, top);
    if let Some(entry) = top.get("defaults") {
        let what = "defaults for every subsidiary";
        d.mapping(
            &entry.value,
            entry.key_pos,
            "defaults".into(),
            what,
            default_keys(),
        );
    }
    let mut subsidiaries = Vec::new();
    let needs = "a list of subsidiaries, each with legalBusinessProfile";
    if d.require(top, "subsidiaries", needs) {
        let example = "[{key: ..., legalBusinessProfile: ...}]";
        let items = d.list(top, "subsidiaries", example).unwrap_or_default();
        if items.is_empty() && top.get("subsidiaries").is_some() {
            let at = d.position_of("subsidiaries");
            let message = "the list is empty; list at least one subsidiary";
            d.problem(at, "subsidiaries".into(), message);
        }
        let mut keys = Unique::default();
        for (i, node) in items.iter().enumerate() {
            let path = format!("subsidiaries[{i}]");
            let keys_here = subsidiary_keys();
            let Some(m) = d.mapping(node, node.pos, path, "a subsidiary", keys_here) else {
                continue;
            };
            let s = subsidiary(d, &m);
            keys.insert(d, &s.key, key_path(&m), KEY_WHAT);
            if let TenantSpec::Create(new) = &parent.tenant {
                let legal = &s.legal_business_profile;
                d.check("", organization::contact_off_domains(legal, new, &m.path));
            }
            subsidiaries.push(s);
        }
    }
    Enrollment {
        parent,
        subsidiaries,
    }
}

const KEY_WHAT: &str = "subsidiary (by its key, or by country and legal name when it has none)";

/// Where a subsidiary's key is written: `key`, or the legal name it is derived from.
fn key_path(m: &Map<'_>) -> String {
    match m.get("key") {
        Some(_) => m.path_of("key"),
        None => m.path_of("legalBusinessProfile.companyName"),
    }
}

/// `parent`: an organization profile, inline.
fn parent<'t>(d: &mut Decoder<'t>, top: &Map<'t>) -> OrganizationProfile {
    let what = "the parent organization (an organization profile, without kind)";
    match d.section(top, "parent", what, &organization::KIND.keys[1..], true) {
        Some(m) => organization::decode(d, &m),
        // Stands in for a parent that could not be read; the problems reported say why.
        None => OrganizationProfile {
            tenant: TenantSpec::Existing(String::new()),
            account: CreateAccount::default(),
        },
    }
}

/// One subsidiary (a list entry, or the top of a subsidiary profile).
fn subsidiary<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> Subsidiary {
    let legal = sections::legal_profile(d, m);
    let key = match d.text(m, "key") {
        Some(key) => {
            d.check("", validate::location_key(&key, &m.path_of("key")));
            key.trim().to_string()
        }
        None => derived_key(&legal),
    };
    Subsidiary {
        key,
        origin: m.pos.line.to_string(),
        legal_business_profile: legal,
        membership: membership(d, m),
        activate: benefits(d, m),
        users: users::list(d, m),
    }
}

fn membership<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> MembershipSpec {
    let what = "the programmes to hold";
    let Some(m) = d.section(m, "membership", what, MEMBERSHIP_KEYS, false) else {
        return MembershipSpec::default();
    };
    let payment = match d.text(&m, "payment").as_deref() {
        None | Some("card") => PaymentMethod::Card,
        Some("invoice") => PaymentMethod::Invoice,
        Some(other) => {
            let at = d.position_of(&m.path_of("payment"));
            let message = format!("unknown payment {}; use card or invoice", shown(other));
            d.problem(at, m.path_of("payment"), message);
            PaymentMethod::Card
        }
    };
    let attested_by = d.text(&m, "attestedBy");
    if let Some(upn) = &attested_by {
        d.check("", validate::email(upn, &m.path_of("attestedBy")));
    }
    MembershipSpec {
        action_pack: d.flag(&m, "actionPack").unwrap_or(false),
        competencies: competencies(d, &m),
        payment,
        attested_by,
    }
}

/// `competencies`: `{area, level}` entries, one per area.
fn competencies<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> Vec<Competency> {
    let example = "[{area: cloud-platform, level: gold}]";
    let items = d.list(m, "competencies", example).unwrap_or_default();
    let mut out: Vec<Competency> = Vec::new();
    let mut areas = Unique::default();
    for (i, node) in items.iter().enumerate() {
        let path = format!("{}[{i}]", m.path_of("competencies"));
        let what = "a competency";
        let Some(c) = d.mapping(node, node.pos, path, what, COMPETENCY_KEYS) else {
            continue;
        };
        let area = named(d, &c, "area", CompetencyArea::from_key, &area_names());
        let level = named(d, &c, "level", level_from_key, &["silver", "gold"]);
        if let (Some(area), Some(level)) = (area, level) {
            if areas.insert(d, area.key(), c.path_of("area"), "competency area") {
                out.push(Competency { area, level });
            }
        }
    }
    out
}

fn area_names() -> Vec<&'static str> {
    CompetencyArea::ALL.iter().map(|a| a.key()).collect()
}

fn level_from_key(key: &str) -> Option<CompetencyLevel> {
    match key {
        "silver" => Some(CompetencyLevel::Silver),
        "gold" => Some(CompetencyLevel::Gold),
        _ => None,
    }
}

/// A required value out of a fixed set of names.
fn named<'t, T>(
    d: &mut Decoder<'t>,
    m: &Map<'t>,
    key: &str,
    parse: impl Fn(&str) -> Option<T>,
    names: &[&str],
) -> Option<T> {
    if !d.require(m, key, &format!("one of {}", names.join(", "))) {
        return None;
    }
    let text = d.text(m, key)?;
    let value = parse(&text);
    if value.is_none() {
        let at = d.position_of(&m.path_of(key));
        let message = format!(
            "unknown {key} {}; use one of {}",
            shown(&text),
            names.join(", ")
        );
        d.problem(at, m.path_of(key), message);
    }
    value
}

/// `benefits.activate`: benefit kinds, or `all`.
fn benefits<'t>(d: &mut Decoder<'t>, m: &Map<'t>) -> Vec<BenefitKind> {
    let what = "the benefits to activate";
    let Some(m) = d.section(m, "benefits", what, BENEFITS_KEYS, false) else {
        return Vec::new();
    };
    let names: Vec<String> = BenefitKind::ALL.iter().map(benefit_name).collect();
    let valid = format!("all, or a list of {}", names.join(", "));
    let Some(entry) = m.get("activate") else {
        return Vec::new();
    };
    if let Value::Scalar { text, .. } = &entry.value.value {
        if text == "all" {
            return BenefitKind::ALL.to_vec();
        }
        let message = format!("expected {valid}; found {}", shown(text));
        d.problem(entry.value.pos, m.path_of("activate"), message);
        return Vec::new();
    }
    let example = "[cloudCredit, supportIncidents]";
    let items = d.list(&m, "activate", example).unwrap_or_default();
    let mut kinds = Vec::new();
    for (i, node) in items.iter().enumerate() {
        let path = format!("{}[{i}]", m.path_of("activate"));
        let Some(name) = d.scalar(node, node.pos, path.clone()) else {
            continue;
        };
        match names.iter().position(|n| *n == name) {
            Some(i) if !kinds.contains(&BenefitKind::ALL[i]) => kinds.push(BenefitKind::ALL[i]),
            Some(_) => {}
            None => d.problem(
                node.pos,
                path,
                format!("unknown benefit kind {}; use {valid}", shown(&name)),
            ),
        }
    }
    kinds
}

// ---------------------------------------------------------------------------------------------
// A directory of profiles
// ---------------------------------------------------------------------------------------------

/// One organization profile (the parent), and location or subsidiary profiles.
fn load_directory(dir: &Path) -> Result<Enrollment, Vec<ProfileError>> {
    let mut errors = Vec::new();
    let mut parent: Option<(PathBuf, OrganizationProfile)> = None;
    let mut subsidiaries = Vec::new();
    for file in yaml_files(dir)? {
        let loaded = match peek_kind(&file).as_deref() {
            Some("organization") => match (&parent, super::load_organization(&file)) {
                (Some((first, _)), _) => Err(file_error(
                    &file,
                    format!(
                        "a second parent organization; {} is the first (one per directory)",
                        first.display()
                    ),
                )),
                (None, Ok(p)) => {
                    parent = Some((file.clone(), p));
                    continue;
                }
                (None, Err(e)) => Err(e),
            },
            Some("location") => super::load_location(&file).map(|legal| Subsidiary {
                key: derived_key(&legal),
                origin: String::new(),
                legal_business_profile: legal,
                membership: MembershipSpec::default(),
                activate: Vec::new(),
                users: Vec::new(),
            }),
            Some("subsidiary") | None => decode::load(&file, &SUBSIDIARY_KIND, subsidiary),
            Some(other) => Err(file_error(
                &file,
                format!(
                    "kind: {other} does not belong in an enrollment directory; it holds one \
                     organization profile and location or subsidiary profiles"
                ),
            )),
        };
        match loaded {
            Ok(mut s) => {
                s.origin = file.display().to_string();
                subsidiaries.push(s);
            }
            Err(e) => errors.push(e),
        }
    }
    let Some((_, parent)) = parent else {
        errors.push(file_error(
            dir,
            "no organization profile (kind: organization) for the parent".into(),
        ));
        return Err(errors);
    };
    if let TenantSpec::Create(new) = &parent.tenant {
        for s in &subsidiaries {
            if let Some(e) = organization::contact_off_domains(&s.legal_business_profile, new, "") {
                errors.push(at_field(Path::new(&s.origin), e));
            }
        }
    }
    if subsidiaries.is_empty() && errors.is_empty() {
        errors.push(file_error(
            dir,
            "no subsidiary profiles (kind: location or kind: subsidiary, *.yaml or *.yml) \
             beside the parent organization; nothing to enroll"
                .into(),
        ));
    }
    errors.extend(repeated_keys(&subsidiaries));
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Enrollment {
        parent,
        subsidiaries,
    })
}

/// The directory's `*.yaml` and `*.yml` files, sorted. One that is not a regular file (a
/// FIFO, a device, a directory, a link to nowhere) is refused by name, unread, rather than
/// passed over.
fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, Vec<ProfileError>> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| vec![file_error(dir, format!("cannot read the directory: {e}"))])?;
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for entry in entries {
        let path = match entry {
            Ok(e) => e.path(),
            Err(e) => {
                errors.push(file_error(dir, format!("cannot read the directory: {e}")));
                continue;
            }
        };
        let yaml = path
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("yaml") || x.eq_ignore_ascii_case("yml"));
        if !yaml {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(meta) => match source::not_regular(&meta) {
                None => files.push(path),
                Some(why) => errors.push(file_error(&path, why)),
            },
            Err(e) => errors.push(file_error(
                &path,
                format!("cannot read the file: {e} (a symbolic link to nowhere?)"),
            )),
        }
    }
    if !errors.is_empty() {
        errors.sort_by(|a, b| a.file.cmp(&b.file));
        return Err(errors);
    }
    files.sort();
    Ok(files)
}

/// The `kind:` a file says it is, if it can be read at all (the loader reports why not).
fn peek_kind(file: &Path) -> Option<String> {
    let text = source::read_limited(file, source::MAX_BYTES).ok()?;
    let root = yaml::parse(&text).ok()?.root;
    let Value::Map(entries) = root.value else {
        return None;
    };
    entries.into_iter().find_map(|e| match e.value.value {
        Value::Scalar { text, .. } if e.key == "kind" => Some(text),
        _ => None,
    })
}

/// A problem with a field of a file read already, placed by reading it again.
fn at_field(file: &Path, e: crate::error::FieldError) -> ProfileError {
    let pos = source::read_limited(file, source::MAX_BYTES)
        .ok()
        .and_then(|text| yaml::parse(&text).ok())
        .map_or(Pos::FILE, |parsed| parsed.root.position_of(&e.field));
    ProfileError {
        file: file.to_path_buf(),
        problems: vec![Problem::at(pos, e.field, e.message)],
    }
}

fn file_error(file: &Path, message: String) -> ProfileError {
    ProfileError {
        file: file.to_path_buf(),
        problems: vec![Problem::at(Pos::FILE, "", message)],
    }
}

/// Subsidiaries of different files under the same key: each repeat is reported.
fn repeated_keys(subsidiaries: &[Subsidiary]) -> Vec<ProfileError> {
    let mut first: HashMap<String, &str> = HashMap::new();
    let mut errors = Vec::new();
    for s in subsidiaries {
        match first.get(&s.key.to_lowercase()) {
            Some(other) => errors.push(file_error(
                Path::new(&s.origin),
                format!(
                    "the subsidiary key {} is also that of {other}; give one of them another \
                     `key:`",
                    shown(&s.key)
                ),
            )),
            None => {
                first.insert(s.key.to_lowercase(), &s.origin);
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::RoleName;
    use std::io::Write;

    fn example() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/enrollment.yaml")
    }

    fn file(text: &str) -> tempfile::NamedTempFile {
        let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
        f.write_all(text.as_bytes()).unwrap();
        f
    }

    /// Problems as `LINE:COL FIELD: MESSAGE`.
    fn problems(text: &str) -> Vec<String> {
        let f = file(text);
        let errors = load(f.path()).expect_err("the file has problems");
        errors[0]
            .problems
            .iter()
            .map(|p| format!("{}:{} {}: {}", p.line, p.column, p.field, p.message))
            .collect()
    }

    const PARENT: &str = "kind: enrollment
parent:
  tenant: {existing: contoso.com}
  legalBusinessProfile:
    companyName: Contoso Ltd
    address: {addressLine1: 1 Microsoft Way, city: Redmond, state: WA, postalCode: '98052', country: US}
    primaryContact: {firstName: Jane, lastName: Doe, email: jane@contoso.com, phoneNumber: '+1 425 555 0100'}
";

    fn subsidiary(key: &str, postal: &str) -> String {
        format!(
            "  - key: {key}
    legalBusinessProfile:
      companyName: Contoso {key}
      address: {{addressLine1: Straße 1, city: Berlin, postalCode: '{postal}', country: DE}}
      primaryContact: {{firstName: Lena, lastName: Weber, email: lena@contoso.com, phoneNumber: '+49 30 1234'}}
"
        )
    }

    #[test]
    fn the_example_loads_with_its_defaults() {
        let e = load(&example()).unwrap();
        assert_eq!(e.subsidiaries.len(), 25);
        let TenantSpec::Create(tenant) = &e.parent.tenant else {
            panic!("the example creates its tenant")
        };
        assert!(e.parent.account.agreement.accepted);
        // Every contact is on one of the tenant's domains, so vetting can pass.
        for s in &e.subsidiaries {
            let contact = &s.legal_business_profile.primary_contact.email;
            let domain = contact.split('@').nth(1).unwrap();
            assert!(tenant.domains.iter().any(|d| d == domain), "{contact}");
        }
        let tokyo = &e.subsidiaries[0];
        assert_eq!(tokyo.key, "jp-tokyo");
        assert!(
            tokyo.origin.ends_with("enrollment.yaml:51"),
            "{}",
            tokyo.origin
        );
        assert!(tokyo.membership.action_pack, "from the defaults");
        assert_eq!(tokyo.membership.competencies.len(), 1);
        assert_eq!(
            tokyo.activate,
            [BenefitKind::CloudCredit, BenefitKind::SupportIncidents]
        );
        assert_eq!(tokyo.users[0].roles, [RoleName::AdminAgent]);
        let austin = e.subsidiaries.iter().find(|s| s.key.starts_with("us/"));
        assert_eq!(austin.unwrap().key, "us/contoso texas llc");
        let sydney = e
            .subsidiaries
            .iter()
            .find(|s| s.key == "au-sydney")
            .unwrap();
        assert!(sydney.activate.is_empty(), "an empty `benefits:` opts out");
        assert!(sydney.membership.action_pack);
    }

    #[test]
    fn every_broken_subsidiary_is_reported_with_its_line() {
        let text = format!(
            "{PARENT}subsidiaries:\n{}{}{}{}{}",
            subsidiary("ok-1", "10115"),
            subsidiary("bad-1", "1011"),
            subsidiary("ok-2", "10117"),
            subsidiary("bad-2", "ABCDE"),
            subsidiary("bad-3", "123456"),
        );
        let p = problems(&text);
        assert_eq!(p.len(), 3, "{p:#?}");
        assert!(p[0].starts_with("17:"), "{p:#?}");
        assert!(p[0].contains("subsidiaries[1].legalBusinessProfile.address.postalCode"));
        assert!(p[1].starts_with("27:") && p[2].starts_with("32:"), "{p:#?}");
    }

    #[test]
    fn a_faulty_default_is_reported_once_at_its_own_line() {
        let text = format!(
            "{PARENT}defaults:\n  membership: {{payment: cheque, actionPak: true}}\nsubsidiaries:\n{}{}",
            subsidiary("a", "10115"),
            subsidiary("b", "10117"),
        );
        let p = problems(&text);
        assert_eq!(p.len(), 2, "{p:#?}");
        assert!(p.iter().all(|p| p.starts_with("9:")), "{p:#?}");
        assert!(p[0].contains("payment `cheque`"), "{p:#?}");
        assert!(p[1].contains("did you mean `actionPack`"), "{p:#?}");
    }

    #[test]
    fn keys_are_unique_including_derived_ones() {
        let text = format!(
            "{PARENT}subsidiaries:\n{}{}",
            subsidiary("same", "10115"),
            subsidiary("SAME", "10117"),
        );
        let p = problems(&text);
        assert!(p[0].contains("listed twice (first on line 9)"), "{p:#?}");
    }

    #[test]
    fn a_directory_of_profiles_is_an_enrollment() {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for name in ["contoso-us.yaml", "location-de.yaml"] {
            std::fs::copy(repo.join(name), dir.path().join(name)).unwrap();
        }
        let sub = format!(
            "kind: subsidiary\n{}",
            subsidiary("x", "10115").replacen("  - ", "", 1)
        );
        let sub = sub.replace("\n    ", "\n");
        std::fs::write(dir.path().join("x.yaml"), sub).unwrap();
        let e = load(dir.path()).unwrap();
        assert_eq!(
            e.parent.account.legal_business_profile.company_name,
            "Contoso Ltd"
        );
        let keys: Vec<_> = e.subsidiaries.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(keys, ["de/contoso deutschland gmbh", "x"]);

        std::fs::copy(repo.join("fabrikam-jp.yaml"), dir.path().join("f.yaml")).unwrap();
        let errors = load(dir.path()).unwrap_err();
        assert!(
            errors[0].to_string().contains("second parent"),
            "{errors:?}"
        );
    }
}
