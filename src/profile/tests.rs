//! The loaders over real files: the examples load, every malformed fixture fails as its row in
//! `tests/fixtures/malformed/expect.tsv` says, and a few behaviours worth pinning down.

use super::*;
use crate::api::RoleName;
use std::io::Write;

fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn yaml_file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".yaml").tempfile().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

#[test]
fn contoso_example_loads() {
    let p = load_organization(&repo_path("examples/contoso-us.yaml")).unwrap();
    let TenantSpec::Create(tenant) = &p.tenant else {
        panic!("expected a new tenant: {:?}", p.tenant)
    };
    assert_eq!(tenant.domain_prefix, "contoso");
    assert_eq!(tenant.domains, ["contoso.com"]);
    let legal = &p.account.legal_business_profile;
    assert_eq!(legal.company_name, "Contoso Ltd");
    assert_eq!(legal.address.postal_code, "98052");
    // Vetting passes only when the contact's mail is on one of the tenant's domains.
    let contact_domain = legal.primary_contact.email.split('@').nth(1).unwrap();
    assert!(tenant.domains.iter().any(|d| d == contact_domain));
    // Examples leave accepting the agreement to `--accept-agreement`.
    assert!(!p.account.agreement.accepted);
}

#[test]
fn fabrikam_example_loads() {
    let p = load_organization(&repo_path("examples/fabrikam-jp.yaml")).unwrap();
    let legal = &p.account.legal_business_profile;
    assert_eq!(legal.company_name, "ファブリカム株式会社");
    assert_eq!(legal.address.country, "JP");
    assert_eq!(legal.address.state.as_deref(), Some("東京都"));
    assert_eq!(legal.address.postal_code, "100-0005");
    assert!(legal.primary_contact.email.ends_with("@fabrikam.co.jp"));
    let org = p.account.organization_profile.unwrap();
    assert_eq!(org.language.as_deref(), Some("ja"));
    assert_eq!(org.culture.as_deref(), Some("ja-JP"));
    assert!(!p.account.agreement.accepted);
}

#[test]
fn location_example_loads() {
    let p = load_location(&repo_path("examples/location-de.yaml")).unwrap();
    assert_eq!(p.company_name, "Contoso Deutschland GmbH");
    assert_eq!(p.address.country, "DE");
    assert!(p.primary_contact.email.ends_with("@contoso.com"));
}

#[test]
fn users_example_loads() {
    let users = load_users(&repo_path("examples/users.yaml")).unwrap();
    assert!((3..=4).contains(&users.len()));
    assert!(users.iter().all(|u| u.email.ends_with("@contoso.com")));
    assert_eq!(
        users[0].roles,
        [RoleName::AdminAgent, RoleName::MpnPartnerAdmin]
    );
}

struct Expectation {
    file: String,
    line: usize,
    field: String,
    message: String,
}

fn expectations() -> Vec<Expectation> {
    let table = std::fs::read_to_string(repo_path("tests/fixtures/malformed/expect.tsv")).unwrap();
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "expect.tsv: {l}");
            Expectation {
                file: cols[0].to_string(),
                line: cols[1].parse().unwrap(),
                field: if cols[2] == "-" { "" } else { cols[2] }.to_string(),
                message: cols[3].to_string(),
            }
        })
        .collect()
}

fn load_fixture(path: &Path) -> Result<(), ProfileError> {
    let name = path.file_name().unwrap().to_string_lossy();
    if name.starts_with("loc-") {
        load_location(path).map(drop)
    } else if name.starts_with("users-") {
        load_users(path).map(drop)
    } else {
        load_organization(path).map(drop)
    }
}

#[test]
fn every_fixture_has_an_expectation() {
    let listed: Vec<String> = expectations().into_iter().map(|e| e.file).collect();
    let dir = repo_path("tests/fixtures/malformed");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".yaml"))
        .collect();
    on_disk.sort();
    let mut listed_sorted = listed.clone();
    listed_sorted.sort();
    assert_eq!(on_disk, listed_sorted);
    assert!(on_disk.len() >= 30);
}

#[test]
fn every_fixture_fails_where_expected() {
    let mut failures = Vec::new();
    for e in expectations() {
        let path = repo_path("tests/fixtures/malformed").join(&e.file);
        let err = match load_fixture(&path) {
            Ok(()) => {
                failures.push(format!("{}: loaded without problems", e.file));
                continue;
            }
            Err(err) => err,
        };
        assert!(!err.problems.is_empty(), "{}", e.file);
        for p in &err.problems {
            assert!(!p.message.trim().is_empty(), "{}: empty message", e.file);
        }
        let hit = err
            .problems
            .iter()
            .any(|p| p.line == e.line && p.field == e.field && p.message.contains(&e.message));
        if !hit {
            failures.push(format!(
                "{}: expected line {} field `{}` with \"{}\", got:\n{err}",
                e.file, e.line, e.field, e.message
            ));
        }
        // The rendered error names the file and, where there is one, the line.
        let shown = err.to_string();
        assert!(shown.contains(&e.file), "{shown}");
        if e.line > 0 {
            assert!(shown.contains(&format!(":{}:", e.line)), "{shown}");
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let f = yaml_file(
        "kind: organization\n\
         tenant:\n  create:\n    domainPrefix: C\n\
         legalBusinessProfile:\n  companyName: ''\n  address:\n    addressLine1: x\n    \
         city: y\n    postalCode: '1'\n    country: JP\n    extra: 1\n  \
         primaryContact:\n    firstName: A\n    lastName: B\n    email: info@contoso.com\n",
    );
    let err = load_organization(f.path()).unwrap_err();
    let found: Vec<(usize, &str)> = err
        .problems
        .iter()
        .map(|p| (p.line, p.field.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (4, "tenant.create.domainPrefix"),
            (6, "legalBusinessProfile.companyName"),
            (7, "legalBusinessProfile.address.state"),
            (10, "legalBusinessProfile.address.postalCode"),
            (12, "legalBusinessProfile.address.extra"),
            (13, "legalBusinessProfile.primaryContact.phoneNumber"),
            (16, "legalBusinessProfile.primaryContact.email"),
        ]
    );
}

#[test]
fn problems_print_one_per_line_with_positions() {
    let f = yaml_file("kind: users\nusers:\n  - email: x\n    firstName: A\n    lastName: B\n");
    let err = load_users(f.path()).unwrap_err();
    let text = err.to_string();
    let file = f.path().display().to_string();
    assert_eq!(
        text.lines().next().unwrap(),
        format!("{file}:3:12: users[0].email: `x` is not an email address: it needs an @, like jane.doe@contoso.com")
    );
    let missing = load_users(Path::new("/nonexistent/users.yaml")).unwrap_err();
    assert_eq!(missing.to_string(), "/nonexistent/users.yaml: no such file");
}

#[test]
fn a_wrong_type_is_reported_once() {
    let f = yaml_file(
        "legalBusinessProfile:\n  companyName: [a, b]\n  address: {addressLine1: x, city: y, \
         postalCode: '98052', country: US, state: WA}\n  primaryContact: {firstName: A, \
         lastName: B, email: a.b@contoso.com, phoneNumber: '+1 425 555 0100'}\n",
    );
    let err = load_location(f.path()).unwrap_err();
    assert_eq!(err.problems.len(), 1, "{err}");
}

#[test]
fn numbers_lowercase_countries_and_a_bom_are_accepted() {
    let f = yaml_file(
        "\u{feff}kind: location\nlegalBusinessProfile:\n  companyName: 3M\n  address:\n    \
         addressLine1: 1 Main St\n    city: Paris\n    postalCode: 75008\n    country: fr\n  \
         primaryContact: {firstName: Anne, lastName: Martin, email: anne.martin@contoso.com, \
         phoneNumber: 33 1 23 45 67 89}\n",
    );
    let p = load_location(f.path()).unwrap();
    assert_eq!(p.company_name, "3M");
    assert_eq!(p.address.postal_code, "75008");
    assert_eq!(p.address.country, "FR");
}

#[test]
fn organization_profile_sections_map_to_the_request() {
    let f = yaml_file(
        "tenant:\n  existing: contoso.onmicrosoft.com\n\
         legalBusinessProfile:\n  companyName: Contoso Ltd\n  address: {addressLine1: 1 Microsoft \
         Way, city: Redmond, state: WA, postalCode: '98052', country: US}\n  primaryContact: \
         {firstName: Jane, lastName: Doe, email: jane.doe@contoso.com, phoneNumber: '+1 425 555 \
         0100'}\nagreement:\n  accepted: true\n  signer: {firstName: Ada, lastName: Lovelace, \
         email: ada.lovelace@contoso.com}\n",
    );
    let p = load_organization(f.path()).unwrap();
    assert_eq!(
        p.tenant,
        TenantSpec::Existing("contoso.onmicrosoft.com".into())
    );
    assert!(p.account.agreement.accepted);
    assert_eq!(
        p.account.agreement.signer.unwrap().email,
        "ada.lovelace@contoso.com"
    );
    assert_eq!(p.account.organization_profile, None);
}

#[test]
fn aliases_within_limits_are_allowed() {
    let f = yaml_file(
        "tenant:\n  create:\n    domainPrefix: contoso\n    domains: [contoso.com]\n    globalAdmin: &ada {firstName: Ada, \
         lastName: Lovelace, email: ada.lovelace@contoso.com}\n\
         legalBusinessProfile:\n  companyName: Contoso Ltd\n  address: {addressLine1: 1 Microsoft \
         Way, city: Redmond, state: WA, postalCode: '98052', country: US}\n  primaryContact: \
         {firstName: Jane, lastName: Doe, email: jane.doe@contoso.com, phoneNumber: '+1 425 555 \
         0100'}\nagreement:\n  signer: *ada\n",
    );
    let p = load_organization(f.path()).unwrap();
    assert_eq!(p.account.agreement.signer.unwrap().first_name, "Ada");
}

// Issue 14: a Japanese postal code is stored in its usual form however it was written.
#[test]
fn japanese_postal_codes_are_normalized_when_loaded() {
    let location = |postal: &str| {
        format!(
            "kind: location\nlegalBusinessProfile:\n  companyName: ファブリカム株式会社\n  \
             address:\n    addressLine1: 西新宿2-8-1\n    city: 新宿区\n    state: 東京都\n    \
             postalCode: {postal}\n    country: JP\n  primaryContact:\n    firstName: 花子\n    \
             lastName: 佐藤\n    email: hanako.sato@fabrikam.co.jp\n    phoneNumber: \"+81 3-1234-5678\"\n"
        )
    };
    for written in [
        "1638001",
        "'1638001'",
        "163-8001",
        "〒163-8001",
        "１６３－８００１",
        "１６３８００１",
    ] {
        let f = yaml_file(&location(written));
        let p = load_location(f.path()).unwrap_or_else(|e| panic!("{written}: {e}"));
        assert_eq!(p.address.postal_code, "163-8001", "{written}");
    }
    // Not a postal code: kept as written, and reported.
    let f = yaml_file(&location("163-80011"));
    let e = load_location(f.path()).unwrap_err();
    assert!(e.to_string().contains("`163-80011` is not one"), "{e}");
    // Other countries' codes are left alone.
    assert_eq!(sections::postal_code("DE", "10115".into()), "10115");
    assert_eq!(sections::postal_code("BR", "01310100".into()), "01310100");
}
