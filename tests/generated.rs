//! Files generated from the code and checked in, so that every change to the interface shows
//! in review: completion scripts, and (below) the CLI reference and profile schemas.
//!
//! A test fails when a file is stale. Regenerate them all with
//! `UPDATE_SNAPSHOTS=1 cargo test --test generated` (or `scripts/regenerate`).

use partnerctl::commands::completions;
use std::path::Path;

/// Compares `path` (relative to the crate root) with what the code generates; with
/// `UPDATE_SNAPSHOTS=1` rewrites it instead.
fn snapshot(path: &str, generated: &[u8]) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, generated).unwrap();
        return;
    }
    let checked_in = std::fs::read(&file).unwrap_or_default();
    assert!(
        checked_in == generated,
        "{path} is stale: regenerate it with `UPDATE_SNAPSHOTS=1 cargo test --test generated` \
         and review the difference"
    );
}

#[test]
fn completion_scripts_are_up_to_date() {
    for shell in completions::SHELLS {
        let path = format!("completions/{}", completions::file_name(shell));
        snapshot(&path, &completions::script(shell));
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
