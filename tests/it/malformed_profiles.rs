//! Every malformed profile in `tests/fixtures/malformed` is refused by the real binary: exit
//! code 2, the file and line named on stderr, and nothing written to the data directory.
//!
//! What each fixture must report is listed in `tests/fixtures/malformed/expect.tsv`.

use crate::common;

use std::path::{Path, PathBuf};

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/malformed")
}

/// (file name, expected line; 0 when the problem is with the whole file).
fn fixtures() -> Vec<(String, usize)> {
    let table = std::fs::read_to_string(fixtures_dir().join("expect.tsv")).unwrap();
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            (cols[0].to_string(), cols[1].parse().unwrap())
        })
        .collect()
}

/// The command that reads a fixture of this kind (by its name's prefix): the arguments
/// before the file, and after it.
fn command_for(file: &str) -> (&'static [&'static str], &'static [&'static str]) {
    if file.starts_with("loc-") {
        (&["account", "locations", "add", "-f"], &[])
    } else if file.starts_with("users-") {
        (&["users", "add", "-f"], &[])
    } else {
        (&["account", "create", "-f"], &["--accept-agreement"])
    }
}

#[test]
fn malformed_profiles_are_refused_before_anything_is_written() {
    let mut failures = Vec::new();
    let all = fixtures();
    assert!(all.len() >= 30);
    for (file, line) in all {
        let tmp = tempfile::tempdir().unwrap();
        let data_dir = tmp.path().join("data");
        let fixture = fixtures_dir().join(&file);
        let (before, after) = command_for(&file);
        let output = assert_cmd::cargo::cargo_bin_cmd!("partnerctl")
            .env_clear()
            .env("HOME", tmp.path())
            .env("XDG_DATA_HOME", tmp.path().join("xdg-data"))
            .env("XDG_CONFIG_HOME", tmp.path().join("xdg-config"))
            .env("PARTNERCTL_KEYRING", "off")
            .arg("--data-dir")
            .arg(&data_dir)
            .args(before)
            .arg(&fixture)
            .args(after)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        let mut problems = Vec::new();
        if output.status.code() != Some(2) {
            problems.push(format!("exit code {:?}, not 2", output.status.code()));
        }
        if !stderr.contains(&file) {
            problems.push("stderr does not name the file".to_string());
        }
        if line > 0 && !stderr.contains(&format!(":{line}:")) {
            problems.push(format!("stderr does not name line {line}"));
        }
        problems.extend(common::tenants_written(tmp.path()));
        if !problems.is_empty() {
            failures.push(format!(
                "{file}: {}\n  stderr: {stderr}",
                problems.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}
