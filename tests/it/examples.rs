//! Every file under `examples/` and every `profile init` template is a valid profile: against
//! its JSON Schema in `schemas/`, and through `partnerctl profile validate`, except
//! `examples/bad.yaml`, whose mistakes are on purpose (the README shows how they are reported).
//! Structural mistakes of the malformed corpus are caught by the schemas too.

use crate::common;
use crate::common::json_schema;

use common::Home;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The example meant to fail.
const BAD: &str = "bad.yaml";

/// The examples meant to be valid.
fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .filter(|p| !p.ends_with(BAD))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

fn schema(kind: &str) -> Value {
    let text = std::fs::read_to_string(root().join(format!("schemas/{kind}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A YAML file as JSON, as an editor's language server sees it.
fn as_json(text: &str) -> Value {
    use yaml_rust2::Yaml;
    fn convert(y: &Yaml) -> Value {
        match y {
            Yaml::Hash(h) => Value::Object(
                h.iter()
                    .map(|(k, v)| (k.as_str().expect("string keys").to_string(), convert(v)))
                    .collect(),
            ),
            Yaml::Array(a) => Value::Array(a.iter().map(convert).collect()),
            Yaml::String(s) => Value::String(s.clone()),
            Yaml::Integer(i) => Value::from(*i),
            Yaml::Real(r) => Value::from(r.parse::<f64>().unwrap()),
            Yaml::Boolean(b) => Value::Bool(*b),
            Yaml::Null => Value::Null,
            other => panic!("unexpected YAML: {other:?}"),
        }
    }
    let docs = yaml_rust2::YamlLoader::load_from_str(text).unwrap();
    convert(&docs[0])
}

/// The schema a file names on its `# yaml-language-server: $schema=...` line.
fn modeline_kind(text: &str) -> Option<String> {
    let line = text
        .lines()
        .find(|l| l.starts_with("# yaml-language-server: $schema="))?;
    let target = line.rsplit('=').next()?;
    let name = target.rsplit('/').next()?;
    Some(
        name.trim_end_matches(".json")
            .trim_end_matches(".schema")
            .to_string(),
    )
}

fn schema_problems(kind: &str, text: &str) -> Vec<String> {
    json_schema::validate(&schema(kind), &as_json(text))
}

#[test]
fn every_example_names_its_schema_and_matches_it() {
    for file in examples() {
        let text = std::fs::read_to_string(&file).unwrap();
        let kind = modeline_kind(&text)
            .unwrap_or_else(|| panic!("{} has no yaml-language-server line", file.display()));
        assert!(
            text.starts_with("# yaml-language-server: $schema=../schemas/"),
            "{}: the schema line comes first and points into schemas/",
            file.display()
        );
        assert_eq!(as_json(&text)["kind"], kind.as_str(), "{}", file.display());
        let problems = schema_problems(&kind, &text);
        assert!(problems.is_empty(), "{}: {problems:#?}", file.display());
    }
}

#[test]
fn every_example_passes_profile_validate() {
    let home = Home::new();
    let files: Vec<String> = examples().iter().map(|f| f.display().to_string()).collect();
    let mut args = vec!["profile", "validate"];
    args.extend(files.iter().map(String::as_str));
    let out = home.run(&args);
    let err = common::stderr(&out);
    assert!(out.status.success(), "{err}");
    for f in &files {
        assert!(err.contains(&format!("{f}: valid (kind: ")), "{err}");
    }
}

#[test]
fn templates_are_valid_and_name_their_schema() {
    let home = Home::new();
    for kind in ["organization", "location", "users", "enrollment"] {
        let text = home.ok(&["profile", "init", kind]);
        assert_eq!(modeline_kind(&text).as_deref(), Some(kind));
        let problems = schema_problems(kind, &text);
        assert!(problems.is_empty(), "{kind} template: {problems:#?}");
        let file = home.path().join(format!("{kind}.yaml"));
        std::fs::write(&file, &text).unwrap();
        home.ok(&["profile", "validate", file.to_str().unwrap()]);
        // `profile schema` prints the checked-in schema.
        let printed: Value = serde_json::from_str(&home.ok(&["profile", "schema", kind])).unwrap();
        assert!(
            printed == schema(kind),
            "`profile schema {kind}` differs from schemas/{kind}.json"
        );
    }
}

#[test]
fn schemas_catch_structural_mistakes_of_the_malformed_corpus() {
    let dir = root().join("tests/fixtures/malformed");
    let structural = [
        ("org-unknown-key-top.yaml", "organization"),
        ("org-unknown-key-nested.yaml", "organization"),
        ("org-wrong-type-list.yaml", "organization"),
        ("org-wrong-type-mapping.yaml", "organization"),
        ("org-wrong-type-bool.yaml", "organization"),
        ("org-missing-city.yaml", "organization"),
        ("org-missing-legal-profile.yaml", "organization"),
        ("org-missing-tenant-choice.yaml", "organization"),
        ("org-tenant-both.yaml", "organization"),
        ("org-missing-state-us.yaml", "organization"),
        ("org-missing-state-jp.yaml", "organization"),
        ("org-domain-prefix-uppercase.yaml", "organization"),
        ("org-company-name-too-long.yaml", "organization"),
        ("loc-missing-primary-contact.yaml", "location"),
        ("users-empty-list.yaml", "users"),
        ("users-unknown-role.yaml", "users"),
    ];
    for (name, kind) in structural {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(
            !schema_problems(kind, &text).is_empty(),
            "{name} passes the {kind} schema"
        );
    }
}

#[test]
fn profile_validate_reports_every_problem_of_every_file_and_exits_2() {
    let home = Home::new();
    let dir = root().join("tests/fixtures/malformed");
    let bad = dir.join("org-bad-postal-jp.yaml");
    let worse = dir.join("users-unknown-role.yaml");
    let good = root().join("examples/users.yaml");
    let err = home.fails(
        &[
            "profile",
            "validate",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
            worse.to_str().unwrap(),
        ],
        2,
    );
    assert!(
        err.contains(&format!(
            "{}:13:17: legalBusinessProfile.address.postalCode",
            bad.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("{}:11:28: users[1].roles[1]", worse.display())),
        "{err}"
    );
    assert!(err.contains("problems in 2 of 3 files"), "{err}");

    // A mapping that says nothing of its kind; --kind settles it.
    let odd = home.path().join("odd.yaml");
    std::fs::write(&odd, "legal: {}\n").unwrap();
    let err = home.fails(&["profile", "validate", odd.to_str().unwrap()], 2);
    assert!(
        err.contains(":1:1: kind: cannot tell what kind of profile this is"),
        "{err}"
    );
    let err = home.fails(
        &[
            "profile",
            "validate",
            "--kind",
            "location",
            odd.to_str().unwrap(),
        ],
        2,
    );
    assert!(err.contains("unknown key `legal`"), "{err}");
}

// The README shows what `profile validate` says of examples/bad.yaml: it says just that.
#[test]
fn the_bad_example_fails_as_the_readme_shows() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let shown = readme
        .split("$ partnerctl profile validate examples/bad.yaml\n")
        .nth(1)
        .expect("the README shows `profile validate examples/bad.yaml`");
    let shown = &shown[..shown.find("```").unwrap()];
    let home = Home::new();
    let out = home
        .cmd()
        .current_dir(root())
        .args(["profile", "validate", "examples/bad.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err, shown, "the README's example differs from the output");
    // The schema line makes an editor flag some of them as you type.
    let text = std::fs::read_to_string(root().join("examples").join(BAD)).unwrap();
    assert_eq!(modeline_kind(&text).as_deref(), Some("organization"));
}
