//! Replays the fuzz targets' seed corpus (fuzz/corpus/), the reproducers of past crashes
//! (fuzz/regressions/) and any crash a local run left (fuzz/artifacts/) through the targets'
//! bodies in `partnerctl::fuzzing`, so a fixed crash stays fixed without a fuzzer.

use partnerctl::fuzzing;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

const FUZZ: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fuzz");

/// Every input of `target`: seeds, regressions and artifacts, sorted within each.
fn inputs(target: &str, kinds: &[&str]) -> Vec<PathBuf> {
    let mut all = Vec::new();
    for kind in kinds {
        let dir = Path::new(FUZZ).join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<PathBuf> = entries
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        all.extend(files);
    }
    all
}

/// Runs every input through `run`; fails naming each input that panicked.
fn replay(target: &str, run: fn(&[u8])) {
    let files = inputs(target, &["corpus", "regressions", "artifacts"]);
    let seeds = inputs(target, &["corpus"]).len();
    assert!(
        seeds >= 20,
        "{target}: only {seeds} seeds in fuzz/corpus/{target}"
    );
    let failed: Vec<String> = files
        .iter()
        .filter(|file| {
            let data = std::fs::read(file).unwrap();
            catch_unwind(AssertUnwindSafe(|| run(&data))).is_err()
        })
        .map(|file| file.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "{target}: these inputs fail:\n{}",
        failed.join("\n")
    );
}

#[test]
fn profile_inputs_replay() {
    replay("profile", fuzzing::profile);
}

#[test]
fn validate_fields_inputs_replay() {
    replay("validate_fields", fuzzing::validate_fields);
}

#[test]
fn server_request_inputs_replay() {
    replay("server_request", fuzzing::server_request);
}

/// Each server seed: its file name, method, path and bytes.
fn seed_requests() -> Vec<(String, String, String, Vec<u8>)> {
    inputs("server_request", &["corpus"])
        .into_iter()
        .map(|file| {
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let data = std::fs::read(&file).unwrap();
            let first = data.split(|&b| b == b'\n').next().unwrap();
            let first = String::from_utf8(first.to_vec()).unwrap();
            let (method, target) = first.split_once(' ').unwrap();
            let path = target.split('?').next().unwrap().to_string();
            (name, method.to_string(), path, data)
        })
        .collect()
}

/// Whether `path` is one of `template` (axum's `{param}` segments match any segment).
fn matches(template: &str, path: &str) -> bool {
    let t: Vec<&str> = template.split('/').collect();
    let p: Vec<&str> = path.split('/').collect();
    t.len() == p.len()
        && t.iter()
            .zip(&p)
            .all(|(t, p)| t == p || (t.starts_with('{') && !p.is_empty()))
}

#[test]
fn every_route_has_a_seed() {
    let seeds = seed_requests();
    let missing: Vec<String> = partnerctl::server::v1::routes()
        .iter()
        .filter(|r| {
            !seeds
                .iter()
                .any(|(_, m, p, _)| m == r.method.as_str() && matches(r.path, p))
        })
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(missing.is_empty(), "routes without a seed: {missing:?}");
}

/// The seeds reach the routes: the signed-in user's reads answer 200 (so the stand-in token
/// works and the requests are read as meant).
#[test]
fn signed_in_seeds_are_answered() {
    let reads = [
        "get-me",
        "get-users",
        "get-roles",
        "get-offers",
        "get-account",
    ];
    let seeds = seed_requests();
    for name in reads {
        let (.., data) = seeds
            .iter()
            .find(|(n, ..)| n == name)
            .unwrap_or_else(|| panic!("no seed {name}"));
        let (_, target, status, body) = fuzzing::server_answer(data).expect("a request");
        let body = String::from_utf8_lossy(&body);
        assert_eq!(status.as_u16(), 200, "{name}: {target}: {body}");
    }
}

#[test]
fn the_corpus_stays_small() {
    let bytes: u64 = ["profile", "validate_fields", "server_request"]
        .iter()
        .flat_map(|t| inputs(t, &["corpus", "regressions"]))
        .map(|f| f.metadata().unwrap().len())
        .sum();
    assert!(bytes < 2 << 20, "the corpus is {bytes} bytes");
}
