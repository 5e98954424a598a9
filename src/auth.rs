//! Credentials: the signed-in session of each data dir and of each HTTP backend URL.
//!
//! A session lives in the OS keyring (service `partnerctl`, one entry per data dir, the
//! session as JSON). The keyring is asked on its own thread with a timeout, so a missing or
//! hung Secret Service never hangs the tool; when it fails, the session goes to a file only
//! the user can read (`$XDG_CONFIG_HOME/partnerctl/credentials.json`), as `gh` does.
//! `PARTNERCTL_KEYRING=off` (or `keyring: off` in the config file) skips the keyring (CI,
//! tests). `PARTNERCTL_TOKEN` (read by the
//! command context, not here) overrides any stored session.

use crate::api::Tokens;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};
use std::time::Duration;

/// How long to wait for the keyring before using the file.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);

/// A signed-in session.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Session {
    pub user_principal_name: String,
    pub access_token: String,
    pub expires_at: Timestamp,
    pub refresh_token: String,
    pub refresh_expires_at: Timestamp,
}

impl Session {
    pub fn new(user_principal_name: &str, tokens: &Tokens) -> Session {
        Session {
            user_principal_name: user_principal_name.to_string(),
            access_token: tokens.access_token.clone(),
            expires_at: tokens.expires_at,
            refresh_token: tokens.refresh_token.clone(),
            refresh_expires_at: tokens.refresh_expires_at,
        }
    }
}

// Tokens never reach logs, even through `{:?}`.
impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("user_principal_name", &self.user_principal_name)
            .field("expires_at", &self.expires_at)
            .field("refresh_expires_at", &self.refresh_expires_at)
            .finish_non_exhaustive()
    }
}

/// The key of a data dir's session: `embedded:<canonical path>`.
pub fn session_key(data_dir: &Path) -> io::Result<String> {
    Ok(format!("embedded:{}", data_dir.canonicalize()?.display()))
}

/// The key of an HTTP backend's session: `url:<backend URL>`.
pub fn remote_session_key(base_url: &str) -> String {
    format!("url:{base_url}")
}

pub use crate::os_keyring::{OsKeyring, SecretStore, OS_KEYRING_BUILT, SERVICE};

/// Where a session was stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    Keyring,
    /// In the credentials file; `keyring_off` when `PARTNERCTL_KEYRING=off` said so.
    File {
        path: PathBuf,
        keyring_off: bool,
    },
}

/// The session store: keyring first, file as fallback.
pub struct Credentials {
    keyring: Option<Arc<dyn SecretStore>>,
    timeout: Duration,
    file: PathBuf,
}

impl Credentials {
    pub fn new(keyring: Option<Arc<dyn SecretStore>>, file: PathBuf, timeout: Duration) -> Self {
        Credentials {
            keyring,
            timeout,
            file,
        }
    }

    /// The OS keyring (unless `keyring` is off: `PARTNERCTL_KEYRING=off` or `keyring: off` in
    /// the config file, or the build has none) and the file in the user's config dir.
    pub fn for_user(keyring: bool) -> io::Result<Credentials> {
        use etcetera::BaseStrategy;
        let dirs = etcetera::choose_base_strategy().map_err(io::Error::other)?;
        let file = dirs
            .config_dir()
            .join("partnerctl")
            .join("credentials.json");
        let keyring: Option<Arc<dyn SecretStore>> = if keyring && OS_KEYRING_BUILT {
            Some(Arc::new(OsKeyring))
        } else {
            None
        };
        Ok(Credentials::new(keyring, file, KEYRING_TIMEOUT))
    }

    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The stored session for `key`, if any. The file is read first: a session is there only
    /// because the keyring failed, and asking a broken keyring again would cost its timeout.
    pub fn load(&self, key: &str) -> io::Result<Option<Session>> {
        Ok(self.locate(key)?.map(|(session, _)| session))
    }

    /// The stored session for `key` and where it is.
    pub fn locate(&self, key: &str) -> io::Result<Option<(Session, Stored)>> {
        if let Some(s) = self.read_file()?.remove(key) {
            let at = Stored::File {
                path: self.file.clone(),
                keyring_off: self.keyring.is_none(),
            };
            return Ok(Some((s, at)));
        }
        let key = key.to_string();
        match self.keyring_call(move |k| k.get(&key)) {
            Some(Ok(Some(json))) => Ok(serde_json::from_str(&json)
                .ok()
                .map(|s| (s, Stored::Keyring))),
            _ => Ok(None),
        }
    }

    /// Stores the session for `key`, in the keyring if it answers, else in the file.
    pub fn store(&self, key: &str, session: &Session) -> io::Result<Stored> {
        let json = serde_json::to_string(session)?;
        let (k, j) = (key.to_string(), json);
        if let Some(Ok(())) = self.keyring_call(move |ring| ring.set(&k, &j)) {
            // A session left in the file from an earlier fallback would shadow this one.
            self.remove_from_file(key)?;
            return Ok(Stored::Keyring);
        }
        let mut all = self.read_file()?;
        all.insert(key.to_string(), session.clone());
        self.write_file(&all)?;
        Ok(Stored::File {
            path: self.file.clone(),
            keyring_off: self.keyring.is_none(),
        })
    }

    /// Forgets the session for `key` wherever it is.
    pub fn delete(&self, key: &str) -> io::Result<()> {
        let k = key.to_string();
        let _ = self.keyring_call(move |ring| ring.delete(&k));
        self.remove_from_file(key)
    }

    /// Runs `f` on the keyring on its own thread; `None` when there is no keyring or it did
    /// not answer in time (the thread is left behind: the process does not wait for it).
    fn keyring_call<T: Send + 'static>(
        &self,
        f: impl FnOnce(&dyn SecretStore) -> Result<T, String> + Send + 'static,
    ) -> Option<Result<T, String>> {
        let ring = self.keyring.clone()?;
        let (tx, rx) = mpsc::channel();
        std::thread::Builder::new()
            .name("keyring".into())
            .spawn(move || {
                let _ = tx.send(f(ring.as_ref()));
            })
            .ok()?;
        rx.recv_timeout(self.timeout).ok()
    }

    fn read_file(&self) -> io::Result<BTreeMap<String, Session>> {
        match std::fs::read(&self.file) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{} is not a credentials file: {e}", self.file.display()),
                )
            }),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(BTreeMap::new()),
            Err(e) => Err(e),
        }
    }

    fn remove_from_file(&self, key: &str) -> io::Result<()> {
        let mut all = self.read_file()?;
        if all.remove(key).is_some() {
            self.write_file(&all)?;
        }
        Ok(())
    }

    /// Replaces the file atomically; the new file is private (0600) from its creation, before
    /// any secret is written to it.
    fn write_file(&self, all: &BTreeMap<String, Session>) -> io::Result<()> {
        if let Some(dir) = self.file.parent() {
            let mut builder = std::fs::DirBuilder::new();
            builder.recursive(true);
            #[cfg(unix)]
            std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
            builder.create(dir)?;
        }
        let tmp = self.file.with_extension("json.tmp");
        let _ = std::fs::remove_file(&tmp);
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut f = options.open(&tmp)?;
        f.write_all(&serde_json::to_vec_pretty(all)?)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &self.file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;
    use std::time::Instant;

    fn session(upn: &str) -> Session {
        Session {
            user_principal_name: upn.into(),
            access_token: "access-secret".into(),
            expires_at: "2030-01-01T00:00:00Z".parse().unwrap(),
            refresh_token: "refresh-secret".into(),
            refresh_expires_at: "2030-02-01T00:00:00Z".parse().unwrap(),
        }
    }

    /// A keyring that works, in memory.
    #[derive(Default)]
    struct MemoryRing(Mutex<BTreeMap<String, String>>);
    impl SecretStore for MemoryRing {
        fn get(&self, key: &str) -> Result<Option<String>, String> {
            Ok(self.0.lock().unwrap().get(key).cloned())
        }
        fn set(&self, key: &str, secret: &str) -> Result<(), String> {
            self.0.lock().unwrap().insert(key.into(), secret.into());
            Ok(())
        }
        fn delete(&self, key: &str) -> Result<(), String> {
            self.0.lock().unwrap().remove(key);
            Ok(())
        }
    }

    /// A keyring that never answers, like a hung Secret Service.
    struct HungRing;
    impl SecretStore for HungRing {
        fn get(&self, _: &str) -> Result<Option<String>, String> {
            std::thread::sleep(Duration::from_secs(3600));
            Ok(None)
        }
        fn set(&self, _: &str, _: &str) -> Result<(), String> {
            std::thread::sleep(Duration::from_secs(3600));
            Ok(())
        }
        fn delete(&self, _: &str) -> Result<(), String> {
            std::thread::sleep(Duration::from_secs(3600));
            Ok(())
        }
    }

    fn file_in(dir: &tempfile::TempDir) -> PathBuf {
        dir.path().join("config/partnerctl/credentials.json")
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn without_keyring_the_session_goes_to_a_private_file() {
        let dir = tempfile::tempdir().unwrap();
        let creds = Credentials::new(None, file_in(&dir), KEYRING_TIMEOUT);
        let stored = creds.store("embedded:/a", &session("a@x")).unwrap();
        assert_eq!(
            stored,
            Stored::File {
                path: file_in(&dir),
                keyring_off: true
            }
        );
        #[cfg(unix)]
        assert_eq!(mode(&file_in(&dir)), 0o600);
        assert_eq!(creds.load("embedded:/a").unwrap(), Some(session("a@x")));
        assert_eq!(creds.load("embedded:/b").unwrap(), None);
        creds.delete("embedded:/a").unwrap();
        assert_eq!(creds.load("embedded:/a").unwrap(), None);
    }

    #[test]
    fn keyring_off_means_no_keyring() {
        assert!(Credentials::for_user(false).unwrap().keyring.is_none());
        assert_eq!(
            Credentials::for_user(true).unwrap().keyring.is_some(),
            OS_KEYRING_BUILT
        );
    }

    #[test]
    fn a_working_keyring_keeps_the_session_and_no_file_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let ring = Arc::new(MemoryRing::default());
        let creds = Credentials::new(Some(ring.clone()), file_in(&dir), KEYRING_TIMEOUT);
        assert_eq!(creds.store("k", &session("a@x")).unwrap(), Stored::Keyring);
        assert!(!file_in(&dir).exists());
        assert_eq!(creds.load("k").unwrap(), Some(session("a@x")));
        creds.delete("k").unwrap();
        assert!(ring.0.lock().unwrap().is_empty());
    }

    #[test]
    fn a_hung_keyring_times_out_and_the_file_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let timeout = Duration::from_millis(50);
        let creds = Credentials::new(Some(Arc::new(HungRing)), file_in(&dir), timeout);
        let started = Instant::now();
        let stored = creds.store("k", &session("a@x")).unwrap();
        assert!(matches!(
            stored,
            Stored::File {
                keyring_off: false,
                ..
            }
        ));
        assert_eq!(creds.load("k").unwrap(), Some(session("a@x")));
        assert_eq!(creds.load("other").unwrap(), None);
        assert!(started.elapsed() < Duration::from_secs(2));
        #[cfg(unix)]
        assert_eq!(mode(&file_in(&dir)), 0o600);
    }

    #[test]
    fn debug_output_hides_the_tokens() {
        let shown = format!("{:?}", session("a@x"));
        assert!(shown.contains("a@x"));
        assert!(!shown.contains("secret"));
    }
}
