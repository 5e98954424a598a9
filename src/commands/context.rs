//! What every command takes its dependencies from: data dir, clock, printer, the backend
//! (opened only when a command needs it), the session, and prompts.

use super::error::{CliError, Result};
use crate::api::{self, Api};
use crate::auth::{session_key, Credentials, Session, Stored};
use crate::backend::{Embedded, OpenOptions, Service, DB_FILE};
use crate::cli::Global;
use crate::clock::Clock;
use crate::error::Code;
use crate::output::{Printer, Render};
use std::cell::{Cell, OnceCell, RefCell};
use std::future::Future;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

pub struct Context {
    pub out: Printer,
    data_dir: PathBuf,
    clock: Clock,
    pub dry_run: bool,
    create_sandbox: bool,
    yes: bool,
    no_input: bool,
    service: OnceCell<Arc<Service>>,
    /// Declared after `service`, so the store is closed before its directory is removed.
    scratch: OnceCell<Scratch>,
    credentials: OnceCell<Credentials>,
    /// Why there is no session, told with a "not signed in" error.
    login_hint: RefCell<Option<String>>,
    sandbox_noted: Cell<bool>,
}

impl Context {
    pub fn new(global: &Global) -> Result<Context> {
        let out = Printer::new(global.output, global.quiet, global.verbose);
        let clock = Clock::from_env().map_err(CliError::usage)?;
        let data_dir = match &global.data_dir {
            Some(dir) => dir.clone(),
            None => default_data_dir()?,
        };
        Ok(Context {
            out,
            data_dir,
            clock,
            dry_run: global.dry_run,
            create_sandbox: global.sandbox,
            yes: global.yes,
            no_input: global.no_input,
            service: OnceCell::new(),
            scratch: OnceCell::new(),
            credentials: OnceCell::new(),
            login_hint: RefCell::new(None),
            sandbox_noted: Cell::new(false),
        })
    }

    /// The data directory (journals of bulk runs live there too).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// Whether the data dir holds a store yet (opening the backend creates one).
    pub fn store_exists(&self) -> bool {
        self.data_dir.join(DB_FILE).exists()
    }

    /// The backend service, opened (and the data dir created) on first use. A dry run on a
    /// data dir with no store yet uses a throwaway store, so that nothing at all is written.
    fn service(&self) -> Result<Arc<Service>> {
        if let Some(s) = self.service.get() {
            return Ok(s.clone());
        }
        let dir = if self.dry_run && !self.store_exists() {
            let scratch =
                std::env::temp_dir().join(format!("partnerctl-dry-run-{}", uuid::Uuid::new_v4()));
            self.out.debug(format_args!(
                "dry run: {} has no store yet; using a throwaway one",
                self.data_dir.display()
            ));
            self.scratch.get_or_init(|| Scratch(scratch)).0.clone()
        } else {
            self.data_dir.clone()
        };
        self.out.debug(format_args!("data dir: {}", dir.display()));
        let opts = OpenOptions {
            create_sandbox: self.create_sandbox,
            clock: self.clock,
        };
        let service = Service::open(&dir, opts)?;
        Ok(self.service.get_or_init(|| service).clone())
    }

    fn embedded(&self, token: Option<String>, dry_run: bool) -> Result<Arc<dyn Api>> {
        let api = Embedded::new(self.service()?, token).dry_run(dry_run);
        if !self.sandbox_noted.replace(true) {
            if api.is_sandbox() {
                self.out
                    .note("sandbox data dir: verification codes are confirmed automatically");
            } else if self.create_sandbox {
                self.out.warn(format_args!(
                    "--sandbox has no effect: {} exists and is not a sandbox",
                    self.data_dir.display()
                ));
            }
        }
        Ok(Arc::new(api))
    }

    /// The backend acting as the signed-in user (honouring `--dry-run`).
    pub async fn api(&self) -> Result<Arc<dyn Api>> {
        let token = self.token().await?;
        self.embedded(token, self.dry_run)
    }

    /// The backend with no session: creating tenants, signing in.
    pub fn anonymous(&self) -> Result<Arc<dyn Api>> {
        self.embedded(None, self.dry_run)
    }

    /// The backend acting with a token just obtained.
    pub fn api_as(&self, token: String) -> Result<Arc<dyn Api>> {
        self.embedded(Some(token), self.dry_run)
    }

    /// `PARTNERCTL_TOKEN`, else the stored session, refreshed when its access token expired.
    async fn token(&self) -> Result<Option<String>> {
        if let Ok(token) = std::env::var("PARTNERCTL_TOKEN") {
            if !token.trim().is_empty() {
                self.out.debug("session: PARTNERCTL_TOKEN");
                self.set_login_hint(
                    "PARTNERCTL_TOKEN is set, and the backend does not accept it: \
                     set a valid token, or unset it to use the stored session"
                        .into(),
                );
                return Ok(Some(token.trim().to_string()));
            }
        }
        let Some(session) = self.stored_session()? else {
            return Ok(None);
        };
        let now = self.service()?.clock().now();
        if now < session.expires_at {
            self.out.debug(format_args!(
                "session: {} (stored)",
                session.user_principal_name
            ));
            return Ok(Some(session.access_token));
        }
        let upn = session.user_principal_name.clone();
        if now < session.refresh_expires_at {
            // Never in a dry run: the new pair must be real to be stored.
            match self
                .embedded(None, false)?
                .refresh(session.refresh_token.clone())
                .await
            {
                Ok(tokens) => {
                    self.out.debug(format_args!("session: {upn} (refreshed)"));
                    self.save_session(&Session::new(&upn, &tokens))?;
                    return Ok(Some(tokens.access_token));
                }
                Err(e) => self
                    .out
                    .debug(format_args!("refresh failed: {}", e.message)),
            }
        }
        self.set_login_hint(format!(
            "the session of {upn} expired; sign in again: partnerctl login --username {upn} --password-stdin"
        ));
        Ok(None)
    }

    fn set_login_hint(&self, hint: String) {
        *self.login_hint.borrow_mut() = Some(hint);
    }

    fn credentials(&self) -> Result<&Credentials> {
        if let Some(c) = self.credentials.get() {
            return Ok(c);
        }
        let c = Credentials::from_env().map_err(CliError::io("finding the config dir"))?;
        Ok(self.credentials.get_or_init(|| c))
    }

    fn key(&self) -> Result<String> {
        self.service()?;
        session_key(&self.data_dir).map_err(CliError::io(format!(
            "data dir {}",
            self.data_dir.display()
        )))
    }

    /// The session stored for this data dir.
    pub fn stored_session(&self) -> Result<Option<Session>> {
        // No store, no session: a session belongs to the store that issued it.
        if !self.store_exists() {
            return Ok(None);
        }
        let key = self.key()?;
        let creds = self.credentials()?;
        creds
            .load(&key)
            .map_err(CliError::io(format!("reading {}", creds.file().display())))
    }

    /// Stores the session for this data dir (not in a dry run: its tokens were rolled back).
    pub fn save_session(&self, session: &Session) -> Result<()> {
        if self.dry_run {
            return Ok(());
        }
        let key = self.key()?;
        let creds = self.credentials()?;
        let stored = creds
            .store(&key, session)
            .map_err(CliError::io(format!("writing {}", creds.file().display())))?;
        match stored {
            Stored::Keyring => self.out.debug("session stored in the OS keyring"),
            Stored::File {
                path,
                keyring_off: true,
            } => self.out.note(format_args!(
                "PARTNERCTL_KEYRING=off: session stored in {} (readable only by you)",
                path.display()
            )),
            Stored::File { path, .. } => self.out.warn(format_args!(
                "no OS keyring available; session stored in {} (readable only by you)",
                path.display()
            )),
        }
        Ok(())
    }

    /// Forgets the session stored for this data dir.
    pub fn forget_session(&self) -> Result<()> {
        let key = self.key()?;
        let creds = self.credentials()?;
        creds
            .delete(&key)
            .map_err(CliError::io(format!("writing {}", creds.file().display())))
    }

    /// Prints a result on stdout.
    pub fn print<T: Render + ?Sized>(&self, value: &T) -> Result<()> {
        self.out
            .data(value)
            .map_err(CliError::io("writing output"))?;
        if self.dry_run {
            self.out.note("dry run: nothing was written");
        }
        Ok(())
    }

    /// Call, render, done: runs one operation as the signed-in user and prints its result.
    pub async fn call<T, F, Fut>(&self, op: F) -> Result<()>
    where
        T: Render,
        F: FnOnce(Arc<dyn Api>) -> Fut,
        Fut: Future<Output = api::Result<T>>,
    {
        let api = self.api().await?;
        let value = op(api).await?;
        self.print(&value)
    }

    /// Asks before a destructive step. Off a terminal (scripts) and with `--yes` it proceeds;
    /// with `--no-input` on a terminal it fails, naming `--yes`.
    /// `action` completes "confirm to ...", e.g. "remove the user ana@contoso.com".
    pub fn confirm(&self, action: &str) -> Result<()> {
        if self.yes || self.dry_run || !io::stdin().is_terminal() {
            return Ok(());
        }
        if self.no_input {
            return Err(CliError::Usage {
                message: format!("confirmation needed to {action}, and --no-input forbids asking"),
                hint: Some("pass --yes to confirm".into()),
            });
        }
        let mut question = action.to_string();
        question[..1].make_ascii_uppercase();
        eprint!("{question}? [y/N] ");
        io::stderr().flush().ok();
        let mut answer = String::new();
        io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(CliError::io("reading the answer"))?;
        match answer.trim().to_ascii_lowercase().as_str() {
            "y" | "yes" => Ok(()),
            _ => Err(CliError::Failed {
                message: "cancelled".into(),
            }),
        }
    }

    /// A password: the first line of stdin with `from_stdin`, else a prompt without echo on a
    /// terminal. Never from the command line.
    pub fn password(&self, from_stdin: bool, prompt: &str) -> Result<String> {
        if from_stdin {
            let mut line = String::new();
            io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(CliError::io("reading the password from stdin"))?;
            let password = line.trim_end_matches(['\r', '\n']).to_string();
            if password.is_empty() {
                return Err(CliError::usage("no password on stdin"));
            }
            return Ok(password);
        }
        if io::stdin().is_terminal() && !self.no_input {
            return rpassword::prompt_password(prompt)
                .map_err(CliError::io("reading the password"));
        }
        Err(CliError::Usage {
            message: "a password is needed and there is no terminal to ask on".into(),
            hint: Some(
                "pass --password-stdin and write the password to stdin, e.g. \
                 printf '%s\\n' \"$PASSWORD\" | partnerctl login --username UPN --password-stdin"
                    .into(),
            ),
        })
    }

    /// Adds what the context knows to an error: why there is no session.
    pub fn explain(&self, err: CliError) -> CliError {
        match err {
            CliError::Api(mut e) if e.is(Code::NotSignedIn) || e.is(Code::SessionExpired) => {
                // What the context knows (an expired session) says more than the backend can.
                if let Some(h) = self.login_hint.borrow().clone() {
                    e.hint = Some(h);
                }
                CliError::Api(e)
            }
            other => other,
        }
    }
}

/// A throwaway store's directory, removed when the command ends.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The user's data dir + `partnerctl` (XDG on Unix).
fn default_data_dir() -> Result<PathBuf> {
    use etcetera::BaseStrategy;
    let dirs = etcetera::choose_base_strategy().map_err(|e| CliError::Usage {
        message: format!("no default data dir: {e}"),
        hint: Some("pass --data-dir DIR or set PARTNERCTL_DATA_DIR".into()),
    })?;
    Ok(dirs.data_dir().join("partnerctl"))
}
