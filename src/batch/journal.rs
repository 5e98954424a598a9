//! The journal of a bulk run: one line per item that reached its desired state, so that
//! `--resume` skips what is done. Each line is written whole as the item finishes, so the
//! journal is complete up to the last finished item even when the run is interrupted.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Line {
    key: String,
    fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mpn_id: Option<String>,
}

pub struct Journal {
    path: PathBuf,
    file: File,
    /// Item key to the fingerprint it was done with.
    done: HashMap<String, String>,
}

impl Journal {
    /// Where the journal of the run of `input` lives: under `dir`, named after the input's
    /// absolute path, so each file or directory has its own.
    pub fn path_for(dir: &Path, input: &Path) -> PathBuf {
        let absolute = std::fs::canonicalize(input).unwrap_or_else(|_| input.to_path_buf());
        let digest = fingerprint(absolute.to_string_lossy().as_bytes());
        let stem = input
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        dir.join(format!("{stem}-{}.ndjson", &digest[..16]))
    }

    /// Opens the journal at `path`: with `resume`, keeping what it says is done; else empty.
    pub fn open(path: &Path, resume: bool) -> io::Result<Journal> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut done = HashMap::new();
        if resume {
            match File::open(path) {
                Ok(f) => {
                    for line in BufReader::new(f).lines() {
                        // A line cut short by a crash is not a record: it is skipped.
                        if let Ok(l) = serde_json::from_str::<Line>(&line?) {
                            done.insert(l.key, l.fingerprint);
                        }
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .truncate(false)
            .open(path)?;
        if !resume {
            file.set_len(0)?;
        }
        Ok(Journal {
            path: path.to_path_buf(),
            file,
            done,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How many items the journal holds.
    pub fn len(&self) -> usize {
        self.done.len()
    }

    pub fn is_empty(&self) -> bool {
        self.done.is_empty()
    }

    /// The fingerprint the item had when it was done, if it was.
    pub fn fingerprint_of(&self, key: &str) -> Option<&str> {
        self.done.get(key).map(String::as_str)
    }

    /// Records an item as done, in one write.
    pub fn record(&mut self, key: &str, fingerprint: &str, mpn_id: Option<&str>) -> io::Result<()> {
        let line = Line {
            key: key.to_string(),
            fingerprint: fingerprint.to_string(),
            mpn_id: mpn_id.map(str::to_string),
        };
        let mut text = serde_json::to_string(&line).map_err(io::Error::other)?;
        text.push('\n');
        self.file.write_all(text.as_bytes())?;
        self.done.insert(line.key, line.fingerprint);
        Ok(())
    }

    /// Makes the journal durable (at the end of a run, or when interrupted).
    pub fn sync(&self) -> io::Result<()> {
        self.file.sync_data()
    }
}

/// A hex SHA-256 of `bytes`: the fingerprint of an item as it should be.
pub fn fingerprint(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_keeps_what_was_done_and_a_fresh_run_forgets_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("j/run.ndjson");
        let mut j = Journal::open(&path, false).unwrap();
        j.record("a", "f1", Some("1234567")).unwrap();
        j.record("b", "f2", None).unwrap();
        drop(j);
        // A torn last line, as a crash can leave.
        let mut f = OpenOptions::new().append(true).open(&path).unwrap();
        f.write_all(b"{\"key\":\"c\",\"finger").unwrap();

        let j = Journal::open(&path, true).unwrap();
        assert_eq!(j.len(), 2);
        assert_eq!(j.fingerprint_of("a"), Some("f1"));
        assert_eq!(j.fingerprint_of("b"), Some("f2"));
        assert_eq!(j.fingerprint_of("c"), None);

        let j = Journal::open(&path, false).unwrap();
        assert!(j.is_empty());
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
    }

    #[test]
    fn each_input_has_its_own_journal() {
        let dir = Path::new("/data/journals");
        let a = Journal::path_for(dir, Path::new("/x/enrollment.yaml"));
        let b = Journal::path_for(dir, Path::new("/y/enrollment.yaml"));
        assert_ne!(a, b);
        assert!(a.to_string_lossy().contains("enrollment-"));
    }
}
