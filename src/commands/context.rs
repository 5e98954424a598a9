//! What every command takes its dependencies from: data dir, clock, printer, the backend
//! (opened only when a command needs it), the session, and prompts.

use super::backend::{PartnerCenterTarget, PARTNER_CENTER, REFRESH_MARGIN};
use super::error::{CliError, Result};
use super::token_source;
use crate::api::{self, Api};
use crate::auth::{session_key, Credentials, Session, Stored};
use crate::backend::{Local, Service};
use crate::capabilities::BackendKind;
use crate::cli::Global;
use crate::client::HttpClient;
use crate::clock::Clock;
use crate::config::Config;
use crate::error::Code;
use crate::output::{Format, Printer, Render, Tabular};
use crate::query::Query;
use std::cell::{Cell, OnceCell, RefCell};
use std::future::Future;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;

/// What to do in a data dir with nothing in it.
pub const NOTHING_HERE_HINT: &str = "create a tenant with `partnerctl tenant create \
    --domain-prefix PREFIX` and sign in with `partnerctl login`, or enroll an organization in \
    one go with `partnerctl account create -f PROFILE.yaml`; or pass the --data-dir that holds \
    your data";

pub struct Context {
    pub out: Printer,
    /// The settings, resolved from defaults, the config file, the environment and flags.
    pub config: Config,
    data_dir: PathBuf,
    clock: Clock,
    pub dry_run: bool,
    create_sandbox: bool,
    /// Whether the command may create the data dir's store (`tenant create`, `account create`,
    /// `enroll`, `serve`); any other finds nothing in a data dir without one, and says so.
    pub may_create: bool,
    yes: bool,
    no_input: bool,
    local: OnceCell<Local>,
    /// Declared after `local`, so the store is closed before its directory is removed.
    scratch: OnceCell<Scratch>,
    credentials: OnceCell<Credentials>,
    explicit: OnceCell<Option<token_source::Explicit>>,
    /// Why there is no session, told with a "not signed in" error.
    login_hint: RefCell<Option<String>>,
    sandbox_noted: Cell<bool>,
    /// `--backend URL`: the HTTP client used instead of the data dir.
    remote: Option<HttpClient>,
    /// `--backend partner-center`: the real Partner Center.
    partner_center: Option<PartnerCenterTarget>,
}

impl Context {
    pub fn new(global: &Global) -> Result<Context> {
        let config = Config::load(global)?;
        let out = printer(&config, global)?;
        describe_settings(&out, &config);
        crate::client::log_headers(global.verbose >= 3);
        let clock = Clock::from_env().map_err(CliError::usage)?;
        let data_dir = match config.data_dir() {
            Some(dir) => dir,
            None => default_data_dir()?,
        };
        let insecure_http = global.insecure_http.unwrap_or_default();
        let partner_center = match &global.backend {
            Some(b) if b.trim() == PARTNER_CENTER => {
                Some(PartnerCenterTarget::new(insecure_http, global.verbose > 0)?)
            }
            _ => None,
        };
        let remote = match &global.backend {
            Some(_) if partner_center.is_some() => None,
            Some(url) if !url.trim().is_empty() => {
                let base =
                    crate::client::backend_url(url, insecure_http).map_err(CliError::usage)?;
                out.debug(format_args!("backend: {base}"));
                Some(HttpClient::new(base, global.verbose > 0)?)
            }
            _ => None,
        };
        let lists_fields = out.query.lists_fields();
        Ok(Context {
            out,
            data_dir,
            clock,
            // `--json` alone lists the fields of the result: nothing need change for that.
            dry_run: global.dry_run.unwrap_or_default() || lists_fields,
            create_sandbox: config.sandbox(),
            may_create: false,
            config,
            yes: global.yes.unwrap_or_default(),
            no_input: global.no_input.unwrap_or_default(),
            local: OnceCell::new(),
            scratch: OnceCell::new(),
            credentials: OnceCell::new(),
            explicit: OnceCell::new(),
            login_hint: RefCell::new(None),
            sandbox_noted: Cell::new(false),
            remote,
            partner_center,
        })
    }

    /// Which kind of backend commands go to.
    pub fn kind(&self) -> BackendKind {
        match (&self.remote, &self.partner_center) {
            (_, Some(_)) => BackendKind::PartnerCenter,
            (Some(_), None) => BackendKind::Http,
            (None, None) => BackendKind::Embedded,
        }
    }

    /// The real Partner Center, with `--backend partner-center`.
    pub fn partner_center(&self) -> Option<&PartnerCenterTarget> {
        self.partner_center.as_ref()
    }

    /// What commands talk to, for people: the backend URL, or the data dir's path.
    pub fn backend_name(&self) -> String {
        match (&self.remote, &self.partner_center) {
            (_, Some(pc)) => format!("Partner Center at {}", pc.settings.api),
            (Some(client), None) => client.base().to_string(),
            (None, None) => self.data_dir.display().to_string(),
        }
    }

    /// Whether commands go to an HTTP backend (`--backend`) rather than the data dir.
    pub fn is_remote(&self) -> bool {
        self.remote.is_some() || self.partner_center.is_some()
    }

    /// The data directory (journals of bulk runs live there too).
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// The clock `PARTNERCTL_NOW` set, or the system's.
    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// Opens the data dir's service with `clock` (for `serve`).
    pub fn open_service(&self, clock: Clock) -> Result<Arc<Service>> {
        self.check_data_dir()?;
        Ok(Local::open(&self.data_dir, self.create_sandbox, clock, false)?.service())
    }

    /// Whether a new store is to be created as a sandbox (`--sandbox`).
    pub fn sandbox_requested(&self) -> bool {
        self.create_sandbox
    }

    /// Whether the data dir holds a store yet (opening the backend creates one).
    pub fn store_exists(&self) -> bool {
        Local::exists(&self.data_dir)
    }

    /// A data dir that is a file is a usage error; one with no store yet has nothing for a
    /// command that does not create it. Checked before the store is opened, so that neither
    /// makes a directory or a store.
    fn check_data_dir(&self) -> Result<()> {
        let dir = &self.data_dir;
        if dir.exists() && !dir.is_dir() {
            return Err(CliError::Usage {
                message: format!("the data dir {} is not a directory", dir.display()),
                hint: Some(
                    "--data-dir (or PARTNERCTL_DATA_DIR, or data-dir in the config file) names \
                     the directory that holds partnerctl.db; give a directory, or a new path"
                        .into(),
                ),
            });
        }
        if self.may_create || self.store_exists() {
            return Ok(());
        }
        let what = match dir.exists() {
            true => "holds no partnerctl data yet",
            false => "does not exist",
        };
        let err = crate::error::ApiError::new(
            Code::NotSignedIn,
            format!(
                "nothing here: the data dir {} {what}, so there is no tenant to sign in to",
                dir.display()
            ),
        )
        .hint(NOTHING_HERE_HINT);
        Err(err.into())
    }

    /// The data dir's backend, opened (and the data dir created) on first use. A dry run on a
    /// data dir with no store yet uses a throwaway store, so that nothing at all is written.
    fn local(&self) -> Result<&Local> {
        if let Some(local) = self.local.get() {
            return Ok(local);
        }
        self.check_data_dir()?;
        let dir = if self.dry_run && !self.store_exists() {
            let scratch =
                std::env::temp_dir().join(format!("partnerctl-dry-run-{}", crate::random::uuid()));
            self.out.debug(format_args!(
                "dry run: {} has no store yet; using a throwaway one",
                self.data_dir.display()
            ));
            self.scratch.get_or_init(|| Scratch(scratch)).0.clone()
        } else {
            self.data_dir.clone()
        };
        self.out.debug(format_args!("data dir: {}", dir.display()));
        let started = std::time::Instant::now();
        let local = Local::open(&dir, self.create_sandbox, self.clock, true)?;
        self.out.detail(
            2,
            format_args!("store opened in {} ms", started.elapsed().as_millis()),
        );
        Ok(self.local.get_or_init(|| local))
    }

    /// The backend as `token`'s user: the HTTP client with `--backend`, else the data dir.
    fn embedded(&self, token: Option<String>, dry_run: bool) -> Result<Arc<dyn Api>> {
        if let Some(pc) = &self.partner_center {
            return Ok(Arc::new(pc.api(token, dry_run, self.clock.now())?));
        }
        if let Some(client) = &self.remote {
            return Ok(Arc::new(client.acting(token, dry_run)));
        }
        let local = self.local()?;
        if !self.sandbox_noted.replace(true) {
            if local.is_sandbox() {
                self.out
                    .note("sandbox data dir: verification codes are confirmed automatically");
            } else if self.create_sandbox {
                self.out.warn(format_args!(
                    "--sandbox has no effect: {} exists and is not a sandbox",
                    self.data_dir.display()
                ));
            }
        }
        Ok(local.api(token, dry_run))
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

    /// The access token commands act with (`auth token`).
    pub async fn access_token(&self) -> Result<Option<String>> {
        self.token().await
    }

    /// A token given for this run (`--token-file`, `PARTNERCTL_TOKEN`), else the stored
    /// session, refreshed when its access token expired.
    async fn token(&self) -> Result<Option<String>> {
        if let Some(given) = self.explicit_token()? {
            self.out.debug(format_args!("session: {}", given.source));
            self.set_login_hint(format!(
                "the backend does not accept the token from the {}: give a valid token, \
                 or remove it to use the stored session",
                given.source
            ));
            return Ok(Some(given.token));
        }
        let Some((session, at)) = self.locate_session()? else {
            return Ok(None);
        };
        self.out.detail(
            3,
            format_args!(
                "session kept in {}; access token expires {}, refreshable until {}",
                match &at {
                    Stored::Keyring => "the OS keyring".to_string(),
                    Stored::File { path, .. } => path.display().to_string(),
                },
                crate::clock::shown(&session.expires_at),
                crate::clock::shown(&session.refresh_expires_at)
            ),
        );
        let now = self.now()?;
        // Azure AD's tokens are refreshed a little before they expire, so that none expires
        // on its way to Partner Center.
        let margin = match self.partner_center {
            Some(_) => REFRESH_MARGIN,
            None => jiff::SignedDuration::ZERO,
        };
        if now + margin < session.expires_at {
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
        let again = match self.partner_center {
            Some(_) => "partnerctl --backend partner-center login --device-code".to_string(),
            None => format!("partnerctl login --username {upn} --password-stdin"),
        };
        self.set_login_hint(format!(
            "the session of {upn} expired; sign in again: {again}"
        ));
        Ok(None)
    }

    /// The token given for this run, if any (read once); warns when its file is readable by
    /// others.
    pub fn explicit_token(&self) -> Result<Option<token_source::Explicit>> {
        if let Some(given) = self.explicit.get() {
            return Ok(given.clone());
        }
        let given = token_source::explicit(&self.config)?;
        if let Some(token_source::Explicit {
            source: token_source::Source::File { path, .. },
            ..
        }) = &given
        {
            if token_source::readable_by_others(path) {
                self.out.warn(format_args!(
                    "the token file {} is readable by other users: chmod 600 it",
                    path.display()
                ));
            }
        }
        Ok(self.explicit.get_or_init(|| given).clone())
    }

    fn set_login_hint(&self, hint: String) {
        *self.login_hint.borrow_mut() = Some(hint);
    }

    fn credentials(&self) -> Result<&Credentials> {
        if let Some(c) = self.credentials.get() {
            return Ok(c);
        }
        let c = Credentials::for_user(self.config.keyring())
            .map_err(CliError::io("finding the config dir"))?;
        Ok(self.credentials.get_or_init(|| c))
    }

    /// The backend's "now" (a remote backend keeps its own: this side's clock stands in).
    pub fn now(&self) -> Result<jiff::Timestamp> {
        match self.is_remote() {
            true => Ok(self.clock.now()),
            false => Ok(self.local()?.clock().now()),
        }
    }

    /// The key of this data dir's session in the keyring and the fallback file.
    pub fn session_key(&self) -> Result<String> {
        if let Some(pc) = &self.partner_center {
            return Ok(pc.session_key());
        }
        if let Some(client) = &self.remote {
            return Ok(crate::auth::remote_session_key(client.base().as_str()));
        }
        self.local()?;
        session_key(&self.data_dir).map_err(CliError::io(format!(
            "data dir {}",
            self.data_dir.display()
        )))
    }

    /// The session stored for this data dir.
    pub fn stored_session(&self) -> Result<Option<Session>> {
        Ok(self.locate_session()?.map(|(session, _)| session))
    }

    /// The session stored for this data dir, and where it is kept.
    pub fn locate_session(&self) -> Result<Option<(Session, Stored)>> {
        // No store, no session: a session belongs to the store that issued it.
        if !self.is_remote() && !self.store_exists() {
            return Ok(None);
        }
        let key = self.session_key()?;
        let creds = self.credentials()?;
        creds
            .locate(&key)
            .map_err(CliError::io(format!("reading {}", creds.file().display())))
    }

    /// Stores the session for this data dir (not in a dry run: its tokens were rolled back).
    pub fn save_session(&self, session: &Session) -> Result<()> {
        if self.dry_run {
            return Ok(());
        }
        let key = self.session_key()?;
        let creds = self.credentials()?;
        // The note that the keyring is off comes once, with the file it sends sessions to.
        let new_file = !creds.file().exists();
        let stored = creds
            .store(&key, session)
            .map_err(CliError::io(format!("writing {}", creds.file().display())))?;
        match stored {
            Stored::Keyring => self.out.debug("session stored in the OS keyring"),
            Stored::File {
                path,
                keyring_off: true,
            } if new_file => self.out.note(format_args!(
                "the OS keyring is off ({}): sessions are kept in {} (readable only by you)",
                match crate::auth::OS_KEYRING_BUILT {
                    true => self.config.origin("keyring").to_string(),
                    false => "this build has none".to_string(),
                },
                path.display()
            )),
            Stored::File {
                path,
                keyring_off: true,
            } => self.out.debug(format_args!(
                "session stored in {} (the OS keyring is off)",
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
        let key = self.session_key()?;
        let creds = self.credentials()?;
        creds
            .delete(&key)
            .map_err(CliError::io(format!("writing {}", creds.file().display())))
    }

    /// Prints a result on stdout.
    pub fn print<T: Render + ?Sized>(&self, value: &T) -> Result<()> {
        self.out.data(value)?;
        self.note_remote_sandbox();
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

    /// Call, render, done, for a list: an empty one shows its table's header, and says so on
    /// stderr (`no locations`) when it is a table.
    pub async fn call_list<T, F, Fut>(&self, noun: &str, op: F) -> Result<()>
    where
        T: Tabular + serde::Serialize,
        F: FnOnce(Arc<dyn Api>) -> Fut,
        Fut: Future<Output = api::Result<Vec<T>>>,
    {
        let api = self.api().await?;
        let items = op(api).await?;
        self.print(&items)?;
        if items.is_empty() && self.out.format == Format::Table && self.out.query.jq.is_none() {
            self.out.info(format_args!("no {noun}"));
        }
        Ok(())
    }

    /// Asks before a destructive step, unless `--yes` (or a dry run, which changes nothing).
    /// With no terminal to ask on, or with `--no-input`, it fails and names `--yes`: a script
    /// says that it means it, as with `gh`.
    /// `action` completes "confirm to ...", e.g. "remove the user ana@contoso.com".
    pub fn confirm(&self, action: &str) -> Result<()> {
        if self.yes || self.dry_run {
            return Ok(());
        }
        let why = if self.no_input {
            Some("--no-input forbids asking")
        } else if !(io::stdin().is_terminal() || crate::output::force_tty()) {
            Some("stdin is not a terminal to ask on")
        } else {
            None
        };
        if let Some(why) = why {
            return Err(CliError::Usage {
                message: format!("confirmation needed to {action}, and {why}"),
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
            return stdin_line("password");
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

    /// The new password of a first sign-in with a temporary one: the next line of stdin with
    /// `from_stdin`, else asked twice without echo on a terminal; `None` when there is neither
    /// (the caller then fails with the backend's refusal, whose hint names the flag).
    pub fn new_password(&self, from_stdin: bool, username: &str) -> Result<Option<String>> {
        if from_stdin {
            return stdin_line("new password").map(Some);
        }
        if !io::stdin().is_terminal() || self.no_input {
            return Ok(None);
        }
        self.out.note(format_args!(
            "the password of {username} is temporary: choose a new one ({})",
            crate::password_policy::RULES
        ));
        let read = |prompt: &str| {
            rpassword::prompt_password(prompt).map_err(CliError::io("reading the new password"))
        };
        let first = read("New password: ")?;
        crate::password_policy::check(&first, None, "new password")?;
        if read("New password again: ")? != first {
            return Err(CliError::usage(
                "the two new passwords differ; nothing was changed",
            ));
        }
        Ok(Some(first))
    }

    /// An HTTP backend tells whether it is a sandbox on every answer: say so once it has.
    fn note_remote_sandbox(&self) {
        let Some(client) = &self.remote else { return };
        if self.sandbox_noted.get() {
            return;
        }
        if client.is_sandbox() {
            self.sandbox_noted.set(true);
            self.out
                .note("sandbox backend: verification codes are confirmed automatically");
        } else if self.create_sandbox {
            self.sandbox_noted.set(true);
            self.out.warn(
                "--sandbox has no effect with --backend: the server decides (partnerctl --sandbox serve)",
            );
        }
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

/// The printer the settings and flags ask for. A bad `--jq` expression fails here, before
/// any command runs.
pub fn printer(config: &Config, global: &Global) -> Result<Printer> {
    let query = Query {
        fields: global.json.as_deref().map(Query::parse_fields),
        jq: global.jq.clone(),
    };
    query.check()?;
    // jq prints JSON (strings raw): a table, TSV or YAML asked for on the command line would
    // be silently ignored.
    if let (Some(_), Some(f @ (Format::Table | Format::Tsv | Format::Yaml))) =
        (&global.jq, global.output)
    {
        let name = match f {
            Format::Table => "table",
            Format::Tsv => "tsv",
            _ => "yaml",
        };
        return Err(CliError::Usage {
            message: format!("--jq prints JSON, not -o {name}"),
            hint: Some(format!(
                "drop --jq, or pick columns with --json FIELDS -o {name}, or drop -o {name}"
            )),
        });
    }
    Ok(Printer::new(config.output(), global.quiet, global.verbose)
        .color(config.color())
        .query(query, config.output().is_some()))
}

/// With `-vv`: the config file, and each setting with where its value came from.
pub fn describe_settings(out: &Printer, config: &Config) {
    if out.verbose < 2 {
        return;
    }
    let found = match config.file.exists() {
        true => "",
        false => " (not there)",
    };
    out.detail(
        2,
        format_args!("config file: {}{found}", config.file.display()),
    );
    for s in config.settings() {
        let value = if s.value.is_empty() { "-" } else { &s.value };
        let from = match s.source.as_str() {
            "" => s.origin.to_string(),
            source => format!("{} {source}", s.origin),
        };
        out.detail(2, format_args!("setting {} = {value} ({from})", s.key));
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
    crate::config::default_data_dir().map_err(|e| CliError::Usage {
        message: format!("no default data dir: {e}"),
        hint: Some("pass --data-dir DIR or set PARTNERCTL_DATA_DIR".into()),
    })
}

/// The first line of stdin, without its line end: a secret kept out of the arguments.
pub fn stdin_line(what: &str) -> Result<String> {
    let mut line = String::new();
    io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(CliError::io(format!("reading the {what} from stdin")))?;
    let line = line.trim_end_matches(['\r', '\n']).to_string();
    if line.is_empty() {
        return Err(CliError::usage(format!("no {what} on stdin")));
    }
    Ok(line)
}
