//! Files generated from the code and checked in, so that every change to the interface shows
//! in review: completion scripts, the CLI reference, the profile schemas and the README's
//! table of environment variables.
//!
//! A test fails when a file is stale. Regenerate them all with
//! `UPDATE_SNAPSHOTS=1 cargo test --test it generated::` (or `scripts/regenerate`).

use partnerctl::commands::completions;
use partnerctl::profile::{schema, FileKind};
use partnerctl::{env_vars, reference};
use std::path::Path;

/// Compares `path` (relative to the crate root) with what the code generates; with
/// `UPDATE_SNAPSHOTS=1` rewrites it instead.
fn snapshot(path: &str, generated: &[u8]) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    #[allow(clippy::disallowed_methods)] // The test's own switch, not the tool's.
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, generated).unwrap();
        return;
    }
    let checked_in = std::fs::read(&file).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{path} is stale: regenerate it with `UPDATE_SNAPSHOTS=1 cargo test --test it generated::` \
         and review the difference"
    );
}

/// `text` with the lines between the `<!-- NAME...-->` and `<!-- /NAME -->` markers replaced
/// by `body`.
fn splice(text: &str, name: &str, body: &str) -> String {
    let open = format!("<!-- {name}");
    let close = format!("<!-- /{name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("no `{open}` marker"));
    let start = start + text[start..].find('\n').unwrap() + 1;
    let end = text
        .find(&close)
        .unwrap_or_else(|| panic!("no `{close}` marker"));
    format!("{}{body}{}", &text[..start], &text[end..])
}

#[test]
fn readme_lists_every_environment_variable() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let expected = splice(&readme, "env-vars", &env_vars::markdown_table());
    snapshot("README.md", expected.as_bytes());
}

#[test]
fn completion_scripts_are_up_to_date() {
    for shell in completions::SHELLS {
        let path = format!("completions/{}", completions::file_name(shell));
        snapshot(&path, &completions::script(shell));
    }
}

#[test]
fn cli_reference_is_up_to_date() {
    snapshot("docs/cli.md", reference::markdown().as_bytes());
}

#[test]
fn profile_schemas_are_up_to_date() {
    for kind in FileKind::ALL {
        snapshot(
            &format!("schemas/{}.json", kind.name()),
            schema::text(kind).as_bytes(),
        );
    }
}

#[test]
fn completions_offer_fixed_values() {
    let bash = String::from_utf8(completions::script(clap_complete::Shell::Bash)).unwrap();
    for value in [
        "admin-agent",
        "cloud-platform",
        "action-pack",
        "gold",
        "invoice",
    ] {
        assert!(bash.contains(value), "bash completions lack `{value}`");
    }
}
