//! The OS keyring: the macOS Keychain and the Windows Credential Manager through the keyring
//! crates' stores, and elsewhere the Secret Service over D-Bus (the default feature
//! `os-keyring-linux`). Callers reach it on a thread of their own with a timeout
//! (`auth::Credentials`), since a keyring can hang waiting for an unlock prompt.

/// The keyring's service name.
pub const SERVICE: &str = "partnerctl";

/// A place that keeps secrets by key: the OS keyring, or a stand-in in tests.
pub trait SecretStore: Send + Sync + 'static {
    fn get(&self, key: &str) -> Result<Option<String>, String>;
    fn set(&self, key: &str, secret: &str) -> Result<(), String>;
    fn delete(&self, key: &str) -> Result<(), String>;
}

/// Whether this build has an OS keyring: always on macOS and Windows; on Linux and the BSDs
/// (Secret Service over D-Bus) with the default feature `os-keyring-linux`; never on iOS.
/// Without one, sessions go to the private fallback file, as with `keyring: off`.
pub const OS_KEYRING_BUILT: bool = cfg!(any(
    target_os = "macos",
    target_os = "windows",
    all(
        feature = "os-keyring-linux",
        not(any(
            target_os = "macos",
            target_os = "ios",
            target_os = "windows"
        ))
    )
));

/// The OS keyring (Secret Service, macOS Keychain, Windows Credential Manager). Entries are
/// found by service `partnerctl` and user name the session's key, as the keyring crates name
/// them, so sessions kept by earlier versions are found.
pub struct OsKeyring;

#[cfg(any(target_os = "macos", target_os = "windows"))]
mod platform {
    use super::SERVICE;
    use std::sync::{Arc, OnceLock};

    /// This platform's store, opened at the first call and kept for the process.
    fn store() -> Result<Arc<keyring_core::CredentialStore>, String> {
        static STORE: OnceLock<Arc<keyring_core::CredentialStore>> = OnceLock::new();
        if let Some(store) = STORE.get() {
            return Ok(store.clone());
        }
        #[cfg(target_os = "macos")]
        let opened = apple_native_keyring_store::keychain::Store::new();
        #[cfg(target_os = "windows")]
        let opened = windows_native_keyring_store::Store::new();
        let store: Arc<keyring_core::CredentialStore> = opened.map_err(|e| e.to_string())?;
        Ok(STORE.get_or_init(|| store).clone())
    }

    fn entry(key: &str) -> Result<keyring_core::Entry, String> {
        keyring_core::Entry::new_in_store(&store()?, SERVICE, key).map_err(|e| e.to_string())
    }

    pub fn get(key: &str) -> Result<Option<String>, String> {
        match entry(key)?.get_password() {
            Ok(s) => Ok(Some(s)),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        }
    }

    pub fn set(key: &str, secret: &str) -> Result<(), String> {
        entry(key)?.set_password(secret).map_err(|e| e.to_string())
    }

    pub fn delete(key: &str) -> Result<(), String> {
        match entry(key)?.delete_credential() {
            Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        }
    }
}

/// The Secret Service (GNOME Keyring, KWallet, KeePassXC) on the session bus.
///
/// Secrets travel in the service's plain transport: the session bus is the user's own, and
/// any process of that user can read the unlocked collection through the same interface, so
/// the encrypted transport would keep a secret from nobody who could watch the bus (and
/// would bring a big-integer and an AES implementation into the build).
#[cfg(all(
    feature = "os-keyring-linux",
    not(any(target_os = "macos", target_os = "ios", target_os = "windows"))
))]
mod platform {
    use super::SERVICE;
    use dbus_secret_service::{EncryptionType, Item, SecretService};
    use std::collections::HashMap;

    fn connect() -> Result<SecretService, String> {
        SecretService::connect(EncryptionType::Plain).map_err(|e| e.to_string())
    }

    fn attributes(key: &str) -> HashMap<&str, &str> {
        HashMap::from([("service", SERVICE), ("username", key)])
    }

    /// The items kept for `key`, unlocked (which may ask the user).
    fn items<'a>(ss: &'a SecretService, key: &str) -> Result<Vec<Item<'a>>, String> {
        let found = ss
            .search_items(attributes(key))
            .map_err(|e| e.to_string())?;
        if !found.locked.is_empty() {
            let locked: Vec<&Item<'_>> = found.locked.iter().collect();
            ss.unlock_all(&locked).map_err(|e| e.to_string())?;
        }
        Ok(found.unlocked.into_iter().chain(found.locked).collect())
    }

    pub fn get(key: &str) -> Result<Option<String>, String> {
        let ss = connect()?;
        let Some(item) = items(&ss, key)?.into_iter().next() else {
            return Ok(None);
        };
        let secret = item.get_secret().map_err(|e| e.to_string())?;
        String::from_utf8(secret)
            .map(Some)
            .map_err(|_| "the keyring's entry is not text".to_string())
    }

    pub fn set(key: &str, secret: &str) -> Result<(), String> {
        let ss = connect()?;
        let collection = ss.get_default_collection().map_err(|e| e.to_string())?;
        collection.ensure_unlocked().map_err(|e| e.to_string())?;
        // `replace`: an item with the same attributes is overwritten, not doubled.
        collection
            .create_item(
                &format!("{key}@{SERVICE}"),
                attributes(key),
                secret.as_bytes(),
                true,
                "text/plain",
            )
            .map(drop)
            .map_err(|e| e.to_string())
    }

    pub fn delete(key: &str) -> Result<(), String> {
        let ss = connect()?;
        for item in items(&ss, key)? {
            item.delete().map_err(|e| e.to_string())?;
        }
        Ok(())
    }
}

/// No OS keyring in this build: every call says so, and sessions go to the file.
#[cfg(not(any(
    target_os = "macos",
    target_os = "windows",
    all(
        feature = "os-keyring-linux",
        not(any(target_os = "macos", target_os = "ios", target_os = "windows"))
    )
)))]
mod platform {
    const NONE: &str = "this build has no OS keyring";

    pub fn get(_key: &str) -> Result<Option<String>, String> {
        Err(NONE.to_string())
    }

    pub fn set(_key: &str, _secret: &str) -> Result<(), String> {
        Err(NONE.to_string())
    }

    pub fn delete(_key: &str) -> Result<(), String> {
        Err(NONE.to_string())
    }
}

impl SecretStore for OsKeyring {
    fn get(&self, key: &str) -> Result<Option<String>, String> {
        platform::get(key)
    }

    fn set(&self, key: &str, secret: &str) -> Result<(), String> {
        platform::set(key, secret)
    }

    fn delete(&self, key: &str) -> Result<(), String> {
        platform::delete(key)
    }
}
