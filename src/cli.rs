//! The command line: global options and the command tree (clap types only).

use crate::api::{BenefitKind, CompetencyArea, CompetencyLevel, PaymentMethod, RoleName};
use crate::output::{ColorChoice, Format};
use crate::profile::FileKind;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};
use serde::de::DeserializeOwned;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit codes:
  0 ok, 1 failure, 2 usage or invalid input, 3 some items of a bulk run failed,
  4 not signed in or not allowed, 5 conflict or not found,
  6 not available through this backend (Partner Center: use its portal),
  8 pending (waiting on someone, such as a contact's verification), 130 interrupted

Example:
  partnerctl --sandbox account create -f examples/contoso-us.yaml --accept-agreement";

/// Shown in every subcommand's help instead of the global options themselves.
const GLOBALS_NOTE: &str =
    "Global options (-o, --json, --jq, --dry-run, --yes, -q, -v, ...): see `partnerctl --help`";

/// The command line as partnerctl shows it, with help `width` columns wide: the global options
/// are listed in the top help only (a subcommand's help names them in one line), and the
/// environment variables wrap with a hanging indent. Completion scripts use `Cli::command()`,
/// which offers the global options everywhere.
pub fn command(width: usize) -> clap::Command {
    use clap::CommandFactory;
    let root = Cli::command();
    // A subcommand that defines a global option itself gets no copy from its parent: hidden
    // copies keep them working in every subcommand, out of its help.
    let globals: Vec<clap::Arg> = root
        .get_arguments()
        .filter(|a| a.is_global_set())
        .cloned()
        .collect();
    fn note(cmd: clap::Command) -> clap::Command {
        let after = cmd
            .get_after_help()
            .map(|h| format!("\n\n{h}"))
            .unwrap_or_default();
        cmd.after_help(format!("{GLOBALS_NOTE}{after}"))
            .mut_subcommands(note)
    }
    root.term_width(width)
        .after_help(crate::env_vars::help(width) + "\n" + AFTER_HELP)
        .mut_subcommands(|sub| {
            let sub = globals
                .iter()
                .fold(sub, |sub, g| sub.arg(g.clone().hide(true)));
            note(sub)
        })
}

/// Parses the command line (`args` with the program's name first). Only the command used is
/// built, not the whole tree; help, `--version` and errors are answered by the whole tree as
/// [`command`] shows it, so they read as they always did.
pub fn parse(args: Vec<std::ffi::OsString>) -> Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let (mut lazy, parsing) = parsing_tree(&args);
    let parsed = lazy.try_get_matches_from_mut(&args).and_then(|mut m| {
        let cli = Cli::from_arg_matches_mut(&mut m);
        std::mem::forget(m);
        cli
    });
    // Not before: the commands deferred in the tree are built while parsing, pruned by the
    // line's words.
    drop(parsing);
    // Left to the end of the process: freeing a tree of commands piece by piece costs about
    // as much as building it.
    std::mem::forget(lazy);
    match parsed {
        Ok(cli) => Ok(cli),
        Err(_) => command(help_width())
            .color(crate::output::style::for_clap(&args))
            .try_get_matches_from(args)
            .and_then(|m| Cli::from_arg_matches(&m)),
    }
}

/// Reads a wrapper of the command line's types (`Deferred`, `Pruned`) as what it wraps.
macro_rules! matches_as_inner {
    ($wrapper:ident) => {
        impl<T: clap::FromArgMatches> clap::FromArgMatches for $wrapper<T> {
            fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
                T::from_arg_matches(m).map($wrapper)
            }
            fn from_arg_matches_mut(m: &mut clap::ArgMatches) -> Result<Self, clap::Error> {
                T::from_arg_matches_mut(m).map($wrapper)
            }
            fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
                self.0.update_from_arg_matches(m)
            }
            fn update_from_arg_matches_mut(
                &mut self,
                m: &mut clap::ArgMatches,
            ) -> Result<(), clap::Error> {
                self.0.update_from_arg_matches_mut(m)
            }
        }
    };
}

thread_local! {
    /// While a [`Parsing`] lives: the words of the command line [`parse`] parses.
    static PARSING: std::cell::RefCell<Option<Vec<String>>> = const { std::cell::RefCell::new(None) };
}

/// The words of the command line being parsed, for [`parsing_tree`]'s commands to prune by as
/// clap builds them; forgotten when this is dropped.
struct Parsing;

impl Drop for Parsing {
    fn drop(&mut self) {
        PARSING.set(None);
    }
}

/// The tree [`parse`] parses `args` (the program's name first) with: the top-level commands
/// the line names ([`Pruned`]), each built only when clap reaches it ([`Deferred`]), with the
/// subcommands the line names. Parse with it while the [`Parsing`] lives.
fn parsing_tree(args: &[std::ffi::OsString]) -> (clap::Command, Parsing) {
    use clap::CommandFactory;
    let words = args
        .iter()
        .skip(1)
        .filter_map(|a| a.to_str())
        .map(str::to_string);
    PARSING.set(Some(words.collect()));
    let parsing = Parsing;
    (Cli::command(), parsing)
}

/// `augment` applied to a blank command: the subcommands it makes, only those whose name (or
/// an alias) is a word of the command line while [`parse`] parses, else all of them, added to
/// `cmd`.
fn named_subcommands(
    cmd: clap::Command,
    augment: fn(clap::Command) -> clap::Command,
) -> clap::Command {
    PARSING.with_borrow(|parsing| {
        let Some(words) = parsing else {
            return augment(cmd);
        };
        let named = |sub: &&clap::Command| {
            std::iter::once(sub.get_name())
                .chain(sub.get_all_aliases())
                .any(|name| words.iter().any(|w| w == name))
        };
        augment(clap::Command::new(""))
            .get_subcommands()
            .filter(named)
            .cloned()
            .fold(cmd, |cmd, sub| cmd.subcommand(sub))
    })
}

/// The top-level commands: in [`parse`]'s tree only those whose name is a word of the command
/// line, since clap copies every global option into every top-level command it has (a fifth
/// of a quick command's page faults when all twenty were there). A word that names a command
/// keeps it, whatever its place, so the command used is always there; a command line the
/// smaller tree cannot parse goes to the whole tree, which answers as it always did.
#[derive(Debug)]
pub struct Pruned<T>(pub T);

matches_as_inner!(Pruned);

impl<T: Subcommand> Subcommand for Pruned<T> {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        named_subcommands(cmd, T::augment_subcommands)
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        T::augment_subcommands_for_update(cmd)
    }
    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

/// A top-level command whose arguments and subcommands join [`parse`]'s tree only when clap
/// builds that command (`clap::Command::defer`): parsing builds the one command used instead
/// of all twenty, which was most of the time a quick command spent in clap. Every other tree
/// (help, man pages, completions) is made whole at once, as clap's help and generators expect.
#[derive(Debug)]
pub struct Deferred<T>(pub T);

matches_as_inner!(Deferred);

/// `augment` applied to `cmd`: when clap builds it in [`parse`]'s tree, else at once.
fn deferred(cmd: clap::Command, augment: fn(clap::Command) -> clap::Command) -> clap::Command {
    match PARSING.with_borrow(Option::is_some) {
        true => cmd.defer(augment),
        false => augment(cmd),
    }
}

impl<T: Subcommand> Subcommand for Deferred<T> {
    /// Built when clap builds the command, with the subcommands the line names (clap copies
    /// every global option into each of them, as at the top, [`Pruned`]).
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        deferred(cmd, |c| named_subcommands(c, T::augment_subcommands))
    }
    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        T::augment_subcommands_for_update(cmd)
    }
    fn has_subcommand(name: &str) -> bool {
        T::has_subcommand(name)
    }
}

impl<T: Args> Args for Deferred<T> {
    fn group_id() -> Option<clap::Id> {
        T::group_id()
    }
    fn augment_args(cmd: clap::Command) -> clap::Command {
        deferred(cmd, |c| T::augment_args(c))
    }
    fn augment_args_for_update(cmd: clap::Command) -> clap::Command {
        T::augment_args_for_update(cmd)
    }
}

/// The width of help text: `COLUMNS`, else the terminal's, at most 100 columns.
pub fn help_width() -> usize {
    let columns = crate::env_vars::COLUMNS
        .get()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    columns
        .or_else(|| {
            console::Term::stdout()
                .size_checked()
                .map(|(_, w)| usize::from(w))
        })
        .unwrap_or(100)
        .min(100)
}

/// Manage Microsoft Partner Network membership in Partner Center.
#[derive(Debug, Parser)]
#[command(name = "partnerctl", version)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Pruned<Command>,
}

/// The options every command takes.
///
/// The on/off flags among them have no default (`None` until typed, then `Some(true)`): clap
/// gives each global option with a default a value in the matches of every command on the
/// line, and then copies those values between them; for these five flags that was 8% of a
/// read command's instructions (`membership show`, callgrind: 3.47 million, 3.20 million
/// without). (`-q` and `-v` keep theirs: as counts, help shows them as `-q, --quiet...`.)
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Data directory [env: PARTNERCTL_DATA_DIR] [default: the user's data dir + /partnerctl]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Create the data dir as a sandbox: verification codes are confirmed automatically
    /// [env: PARTNERCTL_SANDBOX]
    #[arg(long, global = true, num_args = 0, default_missing_value = "true")]
    pub sandbox: Option<bool>,

    /// Output format [env: PARTNERCTL_OUTPUT] [default: table on a terminal, json otherwise]
    #[arg(short, long, global = true, value_name = "FORMAT")]
    pub output: Option<Format>,

    /// Print only these fields of the JSON output, comma-separated; alone, list the fields
    #[arg(
        long,
        global = true,
        value_name = "FIELDS",
        num_args = 0..=1,
        default_missing_value = ""
    )]
    pub json: Option<String>,

    /// Filter the JSON output with a jq expression, e.g. '.[].mpnId' (not with -o table, tsv
    /// or yaml)
    #[arg(long, global = true, value_name = "EXPR")]
    pub jq: Option<String>,

    /// When to use colour [env: PARTNERCTL_COLOR, NO_COLOR] [default: auto]
    #[arg(long, global = true, value_name = "WHEN")]
    pub color: Option<ColorChoice>,

    /// Read the access token from the first line of this file instead of the stored session
    /// [env: PARTNERCTL_TOKEN_FILE]
    #[arg(long, global = true, value_name = "FILE")]
    pub token_file: Option<PathBuf>,

    /// Show what a command would do; nothing is written
    #[arg(long, global = true, num_args = 0, default_missing_value = "true")]
    pub dry_run: Option<bool>,

    /// No notes on stderr; twice (-qq), no warnings either (errors still show)
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub quiet: u8,

    /// More detail on stderr, never secrets: -v what is talked to (a line per HTTP request),
    /// -vv settings' origins and timings, -vvv HTTP headers
    #[arg(short, long, global = true, action = ArgAction::Count)]
    pub verbose: u8,

    /// Do not ask for confirmation of destructive commands (needed when stdin is not a terminal)
    #[arg(long, global = true, num_args = 0, default_missing_value = "true")]
    pub yes: Option<bool>,

    /// Never prompt; fail, naming the flag to pass, when input would be needed
    #[arg(long, global = true, num_args = 0, default_missing_value = "true")]
    pub no_input: Option<bool>,

    /// Use the backend served at URL (`partnerctl serve`), or `partner-center` (the real
    /// Partner Center, signed in through Azure AD), instead of the data dir
    #[arg(
        long,
        global = true,
        env = "PARTNERCTL_BACKEND",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub backend: Option<String>,

    /// Allow a plain http:// backend URL to a host other than this machine
    #[arg(long, global = true, num_args = 0, default_missing_value = "true")]
    pub insecure_http: Option<bool>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a tenant (directory) and manage its domains
    #[command(
        subcommand,
        after_help = "Example:\n  partnerctl tenant create --domain-prefix contoso"
    )]
    Tenant(Deferred<TenantCmd>),
    /// Sign in as a user of a tenant
    #[command(after_help = "\
Example:
  partnerctl login --username admin@contoso.onmicrosoft.com
  printf '%s\\n' \"$PASSWORD\" | partnerctl login --username admin@contoso.onmicrosoft.com --password-stdin
  partnerctl --backend partner-center login --device-code")]
    Login(Deferred<LoginArgs>),
    /// Sign out and forget the stored session
    #[command(after_help = "Example:\n  partnerctl logout")]
    Logout,
    /// Show the signed-in user, tenant and roles
    #[command(after_help = "Example:\n  partnerctl whoami -o json")]
    Whoami,
    /// Credentials: where the session lives and when it expires
    #[command(subcommand, after_help = "Example:\n  partnerctl auth status")]
    Auth(Deferred<AuthCmd>),
    /// Enroll and manage the partner account
    #[command(subcommand, after_help = "Example:\n  partnerctl account show")]
    Account(Deferred<AccountCmd>),
    /// Read the mails the backend sent (verification codes)
    #[command(subcommand, after_help = "Example:\n  partnerctl outbox list")]
    Outbox(Deferred<OutboxCmd>),
    /// Show, renew and upgrade the membership
    #[command(subcommand, after_help = "Example:\n  partnerctl membership show")]
    Membership(Deferred<MembershipCmd>),
    /// The offer catalog
    #[command(subcommand, after_help = "Example:\n  partnerctl offers list")]
    Offers(Deferred<OffersCmd>),
    /// Orders: list, pay invoices, refund
    #[command(subcommand, after_help = "Example:\n  partnerctl orders list")]
    Orders(Deferred<OrdersCmd>),
    /// Benefits of the membership: activate, assign seats, product keys
    #[command(subcommand, after_help = "Example:\n  partnerctl benefits list")]
    Benefits(Deferred<BenefitsCmd>),
    /// Users of the partner tenant and their roles
    #[command(subcommand, after_help = "Example:\n  partnerctl users list")]
    Users(Deferred<UsersCmd>),
    /// Roles and their members
    #[command(subcommand, after_help = "Example:\n  partnerctl roles list")]
    Roles(Deferred<RolesCmd>),
    /// Profile files: JSON Schema, templates, offline validation
    #[command(
        subcommand,
        after_help = "Example:\n  partnerctl profile validate examples/*.yaml"
    )]
    Profile(Deferred<ProfileCmd>),
    /// Show and change settings (config file, environment, flags)
    #[command(subcommand, after_help = "Example:\n  partnerctl config show")]
    Config(Deferred<ConfigCmd>),
    /// Enroll an organization and all its subsidiaries from one file, like `kubectl apply`
    #[command(after_help = ENROLL_HELP)]
    Enroll(Deferred<EnrollArgs>),
    /// Print a shell completion script
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(Deferred<CompletionsArgs>),
    /// Write man pages: one per command with --dir, else the top one on stdout
    #[command(after_help = "\
Example:
  partnerctl man --dir ~/.local/share/man/man1 && man partnerctl-account-create
  partnerctl man | man -l -")]
    Man(Deferred<ManArgs>),
    /// Serve the backend over HTTP, in Partner Center's conventions
    #[command(after_help = "\
The data dir (--data-dir) is the server's store; --sandbox creates it as a sandbox. The URL it
listens on is printed on stdout once it accepts requests. Ctrl-C or SIGTERM stops it after the
requests under way.

Socket activation (systemd): with LISTEN_FDS=1 (and LISTEN_PID, if set, this process's id) it
serves the listening TCP socket passed as fd 3 instead of binding --listen, so a restart never
frees the port; the README shows a .socket and a .service unit.

Example:
  partnerctl --data-dir /srv/partnerctl serve --listen 127.0.0.1:8080 --rate-limit 20
  PARTNERCTL_BACKEND=http://127.0.0.1:8080 partnerctl login --username admin@contoso.onmicrosoft.com --password-stdin")]
    Serve(Deferred<Box<ServeArgs>>),
    /// What each kind of backend can do
    #[command(subcommand, after_help = "Example:\n  partnerctl backend capabilities")]
    Backend(Deferred<BackendCmd>),
}

#[derive(Debug, Subcommand)]
pub enum BackendCmd {
    /// List every command and the backend kinds (embedded, http, partner-center) that do it
    #[command(after_help = "Example:\n  partnerctl backend capabilities -o json")]
    Capabilities,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on (port 0: any free port); a socket passed by systemd
    /// (LISTEN_FDS) is served instead
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: std::net::SocketAddr,
    /// Throttle each tenant to N requests a second (429 with Retry-After) [default: off]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub rate_limit: Option<u32>,
    /// The server's clock, RFC 3339 (as PARTNERCTL_NOW): rehearse renewals
    #[arg(long, value_name = "TIME")]
    pub now: Option<String>,
    /// The most connections open at once; more wait until one closes
    #[arg(long, value_name = "N", default_value_t = crate::server::listen::MAX_CONNECTIONS,
          value_parser = clap::value_parser!(u32).range(1..=1_000_000).map(|n| n as usize))]
    pub max_connections: usize,
    /// How long a request may take, from its head to its answer (a body sent slowly
    /// included); past it the answer is 408
    #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout: u64,
    /// The URL clients reach this server at (behind a proxy: the proxy's): the audience of
    /// client assertions, the device-code page's address and the base of the confirmation
    /// links in mail [default: http:// and the address listened on]
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// Print the OpenAPI document and exit
    #[arg(long)]
    pub print_openapi: bool,
    /// Register an application for client credentials, acting as the user UPN; its secret is
    /// PARTNERCTL_SERVE_CLIENT_SECRET (repeatable)
    #[arg(long, value_name = "CLIENT_ID=UPN")]
    pub app: Vec<String>,
    /// Let the application CLIENT_ID sign in with client assertions signed by the key of this
    /// certificate (PEM) instead of a secret (repeatable)
    #[arg(long, value_name = "CLIENT_ID=CERT.pem")]
    pub app_certificate: Vec<String>,
    /// How long device codes wait for approval, in seconds of the server's clock: rehearse an
    /// expired code [default: 900]
    #[arg(long, value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..))]
    pub device_code_lifetime: Option<u64>,
    /// For testing clients only: fail a share of requests on purpose (500, 503, a connection
    /// reset after the commit, slow answers, 429 bursts), e.g.
    /// share=0.2,kinds=500+503+reset+slow+429,seed=7 [default: off]
    #[arg(long, value_name = "SPEC")]
    pub inject_faults: Option<String>,
    /// Serve a PostgreSQL database instead of the data dir's SQLite file:
    /// postgres://USER@HOST[:PORT]/DATABASE, without the password (PARTNERCTL_DATABASE_URL);
    /// on the database's own machine, its Unix socket's directory as the host:
    /// postgres://USER@%2Fvar%2Frun%2Fpostgresql/DATABASE
    #[arg(long, value_name = "URL")]
    pub database: Option<String>,
    /// A file whose first line is the database's password (else PARTNERCTL_DATABASE_PASSWORD
    /// or PGPASSWORD)
    #[arg(long, value_name = "FILE")]
    pub database_password_file: Option<std::path::PathBuf>,
    /// Database connections this instance keeps at most for reads, and as many again for changes
    /// [default: twice this machine's cores]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub database_pool: Option<u32>,
    /// A file of 32 or more random bytes that seals mail and stored answers; every instance on
    /// one database must be given the same (PARTNERCTL_KEY_FILE; required with --database)
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<std::path::PathBuf>,
    /// Requests handled at once; past that the answer is 503 with Retry-After
    #[arg(long, value_name = "N", default_value_t = 512, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_in_flight: u32,
    /// Deliver mail through this SMTP server: smtp://[USER@]HOST:PORT (no TLS: a local MTA),
    /// smtp://...?tls=required (STARTTLS) or smtps://... (TLS); the password never in the URL
    /// [default: mail stays in the outbox]
    #[arg(long, value_name = "URL")]
    pub smtp_url: Option<String>,
    /// The sender of mail, `partners@contoso.com` or `Contoso Partners <partners@contoso.com>`
    /// (required with --smtp-url)
    #[arg(long, value_name = "ADDRESS")]
    pub mail_from: Option<String>,
    /// A file whose first line is the SMTP password of --smtp-url's user (else
    /// PARTNERCTL_SMTP_PASSWORD)
    #[arg(long, value_name = "FILE")]
    pub smtp_password_file: Option<std::path::PathBuf>,
    /// Give up on a mail not delivered this long after it was written (it is then `failed`),
    /// e.g. 1h, 30m, 90s [default: 1h]
    #[arg(long, value_name = "DURATION")]
    pub mail_give_up: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Tenant and sign-in
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum TenantCmd {
    /// Create a tenant; prints its Global admin and temporary password (shown once)
    #[command(
        after_help = "Example:\n  partnerctl tenant create --domain-prefix contoso\n  partnerctl tenant create --domain-prefix contoso --domain contoso.com --domain contoso.co.jp"
    )]
    Create(TenantCreateArgs),
    /// Show the signed-in tenant
    #[command(after_help = "Example:\n  partnerctl tenant show")]
    Show,
    /// Manage the tenant's custom domains
    #[command(
        subcommand,
        after_help = "Example:\n  partnerctl tenant domains add contoso.co.jp"
    )]
    Domains(DomainsCmd),
}

#[derive(Debug, Args)]
pub struct TenantCreateArgs {
    /// The tenant's default domain is PREFIX.onmicrosoft.com (2-27 lowercase letters, digits)
    #[arg(long, value_name = "PREFIX")]
    pub domain_prefix: String,
    /// A custom domain the organization owns (repeatable)
    #[arg(long = "domain", value_name = "DOMAIN")]
    pub domains: Vec<String>,
    /// Choose the Global admin's password (the first line of stdin) instead of getting a
    /// temporary one to change at the first sign-in
    #[arg(long)]
    pub password_stdin: bool,
}

#[derive(Debug, Subcommand)]
pub enum DomainsCmd {
    /// Add a custom domain to the signed-in tenant; it answers the TXT record that verifies it
    #[command(after_help = "\
A domain is unverified until the TXT record this answers (MS=ms12345678) is published at it
and `tenant domains verify` finds it; a sandbox verifies it at once. Internationalized names
are held in punycode. Personal mail services' domains (gmail.com, outlook.com and the like) are refused.

Example:
  partnerctl tenant domains add contoso.co.jp
  partnerctl tenant domains add コントソ.jp")]
    Add {
        /// The domain, e.g. contoso.com
        domain: String,
    },
    /// Look up a domain's TXT record in DNS, and mark the domain verified when it is there
    #[command(after_help = "\
The name server asked is PARTNERCTL_DNS_SERVER, or the first nameserver of /etc/resolv.conf.

Example:
  partnerctl tenant domains verify contoso.co.jp")]
    Verify {
        /// The domain, e.g. contoso.com
        domain: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AuthCmd {
    /// Where the credential lives (keyring, file, token file, environment) and when it
    /// expires; never the secret. Exits 4 when there is no usable credential
    #[command(
        after_help = "Example:\n  partnerctl auth status\n  partnerctl auth status --token-file ci-token.txt -o json"
    )]
    Status,
    /// Print the current access token (refreshed when expired) on stdout, for scripts that
    /// call the API directly
    #[command(
        after_help = "Example:\n  curl -H \"Authorization: Bearer $(partnerctl auth token)\" \"$PARTNERCTL_BACKEND/v1/me\""
    )]
    Token,
}

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The user's userPrincipalName
    #[arg(
        long,
        short = 'u',
        value_name = "UPN",
        required_unless_present_any = ["device_code", "client_id"]
    )]
    pub username: Option<String>,
    /// Read the password from the first line of stdin
    #[arg(long)]
    pub password_stdin: bool,
    /// When the password is temporary and must change at this first sign-in, read the new one
    /// from stdin (its second line with --password-stdin, else its first); on a terminal,
    /// partnerctl asks for it instead
    #[arg(long, requires = "username")]
    pub new_password_stdin: bool,
    /// Partner Center: sign in in a browser with a code (OAuth 2.0 device authorization)
    #[arg(long, conflicts_with_all = ["username", "password_stdin"])]
    pub device_code: bool,
    /// Partner Center: the application (client) id [env: PARTNERCTL_CLIENT_ID]; alone, it signs
    /// in with client credentials, or exchanges a refresh token (Secure Application Model)
    #[arg(long, value_name = "ID", conflicts_with = "username")]
    pub client_id: Option<String>,
    /// Partner Center: the tenant (id or domain) to sign in at [env: PARTNERCTL_TENANT]
    /// [default: organizations]
    #[arg(long, value_name = "TENANT")]
    pub tenant: Option<String>,
    /// Partner Center: read the client secret from the first line of this file
    /// [env: PARTNERCTL_CLIENT_SECRET]
    #[arg(long, value_name = "FILE")]
    pub client_secret_file: Option<PathBuf>,
    /// Partner Center: sign in with a client assertion signed by the key of this certificate
    /// (one PEM file: PKCS#8 RSA private key and certificate) [env: PARTNERCTL_CLIENT_CERTIFICATE]
    #[arg(long, value_name = "FILE", conflicts_with = "client_secret_file")]
    pub certificate_file: Option<PathBuf>,
    /// Partner Center: read the refresh token to exchange from the first line of this file
    /// [env: PARTNERCTL_REFRESH_TOKEN]
    #[arg(long, value_name = "FILE")]
    pub refresh_token_file: Option<PathBuf>,
}

// ---------------------------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------------------------

/// Which account a command acts on.
#[derive(Debug, Clone, Args)]
pub struct AccountSel {
    /// Act on the location with this MPN ID, or a unique prefix of it [default: the tenant's
    /// global account]
    #[arg(long, value_name = "ID")]
    pub mpn_id: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum AccountCmd {
    /// Enroll the organization of a profile in the Microsoft Partner Network
    #[command(after_help = "\
The profile names an existing tenant (sign in as its Global admin first) or asks to create
one (then the new Global admin signs in and enrolls; its temporary password is shown once).

Example:
  partnerctl account create -f examples/contoso-us.yaml --accept-agreement")]
    Create(AccountCreateArgs),
    /// Show the account: MPN ID, vetting, membership
    #[command(after_help = "\
Example:
  partnerctl account show
  partnerctl account show --mpn-id 1234567      # a location
  partnerctl account show --json mpnId,vettingStatus")]
    Show(AccountSel),
    /// Confirm the verification code the primary contact received
    #[command(
        after_help = "Example:\n  partnerctl account verify --code 123456\n  printf '%s\\n' \"$CODE\" | partnerctl account verify --code-stdin\n  partnerctl account verify --resend"
    )]
    Verify(VerifyArgs),
    /// Replace the legal business profile from a location-format profile
    #[command(after_help = "\
Example:
  partnerctl account update -f examples/location-de.yaml --mpn-id 1234567
  etag=$(partnerctl account profile legal --mpn-id 1234567 --jq .attributes.etag)
  partnerctl account update -f examples/location-de.yaml --mpn-id 1234567 --if-match \"$etag\"")]
    Update(UpdateArgs),
    /// Show one of the Partner Center profiles
    #[command(
        after_help = "Example:\n  partnerctl account profile legal\n  partnerctl account profile organization\n  partnerctl account profile mpn -o json"
    )]
    Profile(ProfileArgs),
    /// Locations (subsidiaries) of the global account
    #[command(
        subcommand,
        after_help = "Example:\n  partnerctl account locations add -f examples/location-de.yaml\n  partnerctl account locations list"
    )]
    Locations(LocationsCmd),
}

#[derive(Debug, Args)]
pub struct AccountCreateArgs {
    /// The organization profile (YAML)
    #[arg(short = 'f', long = "file", value_name = "PROFILE.yaml")]
    pub file: PathBuf,
    /// Accept the Microsoft Partner Network agreement on the organization's behalf
    #[arg(long)]
    pub accept_agreement: bool,
}

#[derive(Debug, Args)]
#[group(id = "action", required = true, multiple = false)]
pub struct VerifyArgs {
    /// The code from the verification mail (visible to other local users while the command
    /// runs; --code-stdin is not)
    #[arg(long, group = "action")]
    pub code: Option<String>,
    /// Read the code from the first line of stdin
    #[arg(long, group = "action")]
    pub code_stdin: bool,
    /// Send a new code to the primary contact
    #[arg(long, group = "action")]
    pub resend: bool,
    #[command(flatten)]
    pub at: AccountSel,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// A location-format profile (legalBusinessProfile)
    #[arg(short = 'f', long = "file", value_name = "PROFILE.yaml")]
    pub file: PathBuf,
    #[command(flatten)]
    pub at: AccountSel,
    /// Change the profile only if it is still at this etag (`attributes.etag` of `account
    /// profile legal`) [default: the etag read just before the change, with Partner Center]
    #[arg(long, value_name = "ETAG")]
    pub if_match: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProfileKind {
    Organization,
    Legal,
    Mpn,
}

#[derive(Debug, Args)]
pub struct ProfileArgs {
    /// Which profile
    pub kind: ProfileKind,
    #[command(flatten)]
    pub at: AccountSel,
}

#[derive(Debug, Subcommand)]
pub enum LocationsCmd {
    /// Add a location with its own legal business profile and MPN ID
    #[command(
        after_help = "Example:\n  partnerctl account locations add -f examples/location-de.yaml"
    )]
    Add {
        /// The location profile (YAML)
        #[arg(short = 'f', long = "file", value_name = "PROFILE.yaml")]
        file: PathBuf,
    },
    /// List the locations
    #[command(
        after_help = "Example:\n  partnerctl account locations list\n  partnerctl account locations list --json mpnId,companyName,country -o tsv"
    )]
    List,
}

#[derive(Debug, Subcommand)]
pub enum OutboxCmd {
    /// List the mails sent, with their verification codes
    #[command(after_help = "Example:\n  partnerctl outbox list")]
    List,
}

// ---------------------------------------------------------------------------------------------
// Membership, offers, orders
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum MembershipCmd {
    /// Show status, anniversary, renewal window and programmes
    #[command(
        after_help = "Example:\n  partnerctl membership show\n  partnerctl membership show --mpn-id 1234567"
    )]
    Show(AccountSel),
    /// Renew for a year, to the same anniversary (from the anniversary, for 30 days)
    #[command(
        after_help = "Example:\n  partnerctl membership renew\n  partnerctl membership renew --payment invoice --mpn-id 1234567"
    )]
    Renew(RenewArgs),
    /// Buy the membership again after it lapsed
    #[command(after_help = "Example:\n  partnerctl membership rejoin")]
    Rejoin(AccountSel),
    /// Buy Action Pack or a Silver or Gold competency
    #[command(after_help = "Example:\n  \
        partnerctl membership upgrade --to action-pack\n  \
        partnerctl membership upgrade --to competency --area cloud-platform --level gold")]
    Upgrade(UpgradeArgs),
}

#[derive(Debug, Args)]
pub struct RenewArgs {
    /// How to pay [default: card]
    #[arg(long, value_parser = kebab::<PaymentMethod>(&["card", "invoice"]))]
    pub payment: Option<PaymentMethod>,
    #[command(flatten)]
    pub at: AccountSel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum UpgradeTo {
    ActionPack,
    Competency,
}

#[derive(Debug, Args)]
pub struct UpgradeArgs {
    /// What to buy
    #[arg(long)]
    pub to: UpgradeTo,
    /// Competency area
    #[arg(long, required_if_eq("to", "competency"),
          value_parser = kebab::<CompetencyArea>(&CompetencyArea::ALL.map(CompetencyArea::key)))]
    pub area: Option<CompetencyArea>,
    /// Competency level
    #[arg(long, required_if_eq("to", "competency"),
          value_parser = kebab::<CompetencyLevel>(&["silver", "gold"]))]
    pub level: Option<CompetencyLevel>,
    /// How to pay [default: card]
    #[arg(long, value_parser = kebab::<PaymentMethod>(&["card", "invoice"]))]
    pub payment: Option<PaymentMethod>,
    /// Who attests that the competency's requirements are met [default: you]
    #[arg(long, value_name = "UPN")]
    pub attested_by: Option<String>,
    #[command(flatten)]
    pub at: AccountSel,
}

#[derive(Debug, Subcommand)]
pub enum OffersCmd {
    /// List the offers with their prices
    #[command(after_help = "Example:\n  partnerctl offers list")]
    List,
    /// Show one offer and the benefits it grants
    #[command(
        after_help = "Example:\n  partnerctl offers show action-pack\n  partnerctl offers show competency-security-gold"
    )]
    Show {
        /// The offer id, as listed
        #[arg(value_parser = offer_id_parser(), hide_possible_values = true)]
        id: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OrdersCmd {
    /// List the account's orders
    #[command(
        after_help = "Example:\n  partnerctl orders list\n  partnerctl orders list --mpn-id 1234567 -o tsv"
    )]
    List(AccountSel),
    /// Record the payment of an invoice order
    #[command(after_help = "\
Example:
  partnerctl orders pay 5f0c2a9e-7d1b-4c3e-9a57-2f4d8b6e1c03
  partnerctl orders pay 5f0c2a9e        # a unique prefix of the id
  id=$(partnerctl orders list --jq '.[] | select(.status == \"pendingPayment\") | .id')
  partnerctl orders pay \"$id\"")]
    Pay {
        /// The order id, or a unique prefix of it (at least 4 characters)
        order_id: String,
    },
    /// Refund an order (within 30 days, if no benefit was used)
    #[command(after_help = "\
Example:
  partnerctl orders refund 5f0c2a9e-7d1b-4c3e-9a57-2f4d8b6e1c03
  partnerctl orders refund 5f0c2a9e --yes  # a unique prefix of the id
  partnerctl orders refund \"$(partnerctl orders list --jq '.[0].id')\" --yes")]
    Refund {
        /// The order id, or a unique prefix of it (at least 4 characters)
        order_id: String,
    },
}

// ---------------------------------------------------------------------------------------------
// Benefits
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum BenefitsCmd {
    /// List the benefits of the account
    #[command(
        after_help = "Example:\n  partnerctl benefits list\n  partnerctl benefits list --mpn-id 1234567 --json id,offerId,name,status -o tsv"
    )]
    List(AccountSel),
    /// Activate a benefit (Global admin or MPN partner admin)
    #[command(after_help = "\
Example:
  partnerctl benefits activate 8a1e3c52-6f0d-4b9a-b7e4-1d2c3f4a5b6c
  partnerctl benefits activate 8a1e3c52       # a unique prefix of the id
  partnerctl benefits activate cloud-credit   # the account's one cloud-credit benefit
  id=$(partnerctl benefits list --jq '.[] | select(.kind == \"cloudCredit\") | .id')
  partnerctl benefits activate \"$id\"
  partnerctl benefits activate --all --mpn-id 1234567
  partnerctl benefits activate --all --kind cloud-credit --kind support-incidents")]
    Activate {
        /// The benefit id, a unique prefix of it, or its kind where one benefit has it
        /// (cloud-credit, seats, product-key...)
        #[arg(required_unless_present = "all", conflicts_with = "mpn_id")]
        id: Option<String>,
        /// Activate every available benefit of the account (of the kinds --kind names), in one
        /// change; those already active are left as they are
        #[arg(long, conflicts_with = "id")]
        all: bool,
        /// With --all: only benefits of this kind (repeat for more) [default: every kind]
        #[arg(long = "kind", value_name = "KIND", conflicts_with = "id", value_parser = benefit_kind_parser())]
        kinds: Vec<BenefitKind>,
        // With --all: the account (`--mpn-id`).
        #[command(flatten)]
        at: AccountSel,
    },
    /// Assign a seat to a user (Global admin)
    #[command(after_help = "\
Example:
  partnerctl benefits assign seats --user ana@contoso.onmicrosoft.com
  id=$(partnerctl benefits list --jq '.[] | select(.kind == \"seats\") | .id')
  partnerctl benefits assign \"$id\" --user ana@contoso.onmicrosoft.com
  partnerctl benefits assign \"$id\" --user bo@contoso.onmicrosoft.com --replace ana@contoso.onmicrosoft.com")]
    Assign {
        /// The benefit id, a unique prefix of it, or its kind where one benefit has it
        /// (cloud-credit, seats, product-key...)
        id: String,
        /// The user who gets the seat
        #[arg(long, value_name = "UPN")]
        user: String,
        /// Move the seat from this user (90 days after it was assigned)
        #[arg(long, value_name = "UPN")]
        replace: Option<String>,
    },
    /// Show the product keys of a benefit (viewing them blocks a refund)
    #[command(after_help = "\
Example:
  id=$(partnerctl benefits list --jq '.[] | select(.kind == \"productKey\") | .id' | head -n 1)
  partnerctl benefits keys \"$id\"
  partnerctl benefits keys 8a1e3c52    # a unique prefix of the id")]
    Keys {
        /// The benefit id, a unique prefix of it, or its kind where one benefit has it
        /// (cloud-credit, seats, product-key...)
        id: String,
    },
    /// Mark a product key as redeemed
    #[command(after_help = "\
Example:
  partnerctl benefits keys \"$id\" --jq '.keys[] | select(.redeemed | not) | .key'
  partnerctl benefits redeem \"$id\" VK7JG-NPHTM-C97JM-9MPGT-3V66T")]
    Redeem {
        /// The benefit id, a unique prefix of it, or its kind where one benefit has it
        /// (cloud-credit, seats, product-key...)
        id: String,
        /// The product key
        key: String,
    },
}

// ---------------------------------------------------------------------------------------------
// Users and roles
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// Add a user, or every user of a file; temporary passwords are shown once
    #[command(after_help = "Example:\n  \
        partnerctl users add --email ana@contoso.com --first-name Ana --last-name Ito --role admin-agent\n  \
        partnerctl users add -f examples/users.yaml")]
    Add(UsersAddArgs),
    /// List the users of the tenant
    #[command(after_help = "\
Example:
  partnerctl users list
  partnerctl users list --jq '.[] | select(.roles | index(\"global-admin\")) | .userPrincipalName'")]
    List,
    /// Remove a user
    #[command(
        after_help = "Example:\n  partnerctl users remove alice@contoso.onmicrosoft.com --yes"
    )]
    Remove {
        /// The user's userPrincipalName, or a unique prefix of it or of the user's id
        upn: String,
    },
    /// Give a user a role
    #[command(
        after_help = "Example:\n  partnerctl users grant admin-agent alice@contoso.onmicrosoft.com\n  partnerctl users grant mpn-partner-admin alice@contoso.onmicrosoft.com"
    )]
    Grant(RoleUserArgs),
    /// Take a role from a user
    #[command(
        after_help = "Example:\n  partnerctl users revoke admin-agent alice@contoso.onmicrosoft.com --yes"
    )]
    Revoke(RoleUserArgs),
}

#[derive(Debug, Args)]
pub struct UsersAddArgs {
    /// A users file (YAML): every entry is checked before the first is added
    #[arg(short = 'f', long = "file", value_name = "USERS.yaml",
          conflicts_with_all = ["email", "first_name", "last_name", "roles", "upn", "guest"])]
    pub file: Option<PathBuf>,
    /// The user's (work) email address
    #[arg(long, required_unless_present = "file")]
    pub email: Option<String>,
    /// Given name
    #[arg(long, required_unless_present = "file")]
    pub first_name: Option<String>,
    /// Family name
    #[arg(long, required_unless_present = "file")]
    pub last_name: Option<String>,
    /// A role to give (repeatable)
    #[arg(long = "role", value_name = "ROLE", value_parser = role_parser())]
    pub roles: Vec<RoleName>,
    /// userPrincipalName [default: local part of the email @ the tenant's default domain]
    #[arg(long, value_name = "UPN")]
    pub upn: Option<String>,
    /// A guest from another tenant (MPN partner admin, Business profile admin, Referral admin)
    #[arg(long)]
    pub guest: bool,
}

#[derive(Debug, Args)]
pub struct RoleUserArgs {
    /// The role (kebab-case)
    #[arg(value_parser = role_parser())]
    pub role: RoleName,
    /// The user's userPrincipalName, or a unique prefix of it or of the user's id
    pub upn: String,
}

#[derive(Debug, Subcommand)]
pub enum RolesCmd {
    /// List the roles
    #[command(
        after_help = "Example:\n  partnerctl roles list\n  partnerctl roles list --json key,category -o tsv"
    )]
    List,
    /// List the members of a role
    #[command(after_help = "Example:\n  partnerctl roles members admin-agent")]
    Members {
        /// The role (kebab-case)
        #[arg(value_parser = role_parser())]
        role: RoleName,
    },
}

// ---------------------------------------------------------------------------------------------
// Bulk enrollment
// ---------------------------------------------------------------------------------------------

const ENROLL_HELP: &str = "\
The file (kind: enrollment) holds the parent organization, defaults, and the subsidiaries,
each with its legal business profile, membership, benefits to activate and users; a directory
of profiles works too. It is validated whole before the first call. Each subsidiary is found
again by its key, so running the file again changes nothing and reports every item unchanged.
A subsidiary whose primary contact has not confirmed the code is pending, with what it waits
for; run the file again later to carry on. The journal of each run is kept in the data dir, in
journals/.

Exit codes: 0 all done, 3 some subsidiaries failed, 8 some are pending, 130 interrupted.

Example:
  partnerctl --sandbox enroll -f examples/enrollment.yaml
  partnerctl enroll -f enrollment.yaml --resume -o ndjson";

#[derive(Debug, Args)]
pub struct EnrollArgs {
    /// The enrollment file, or a directory of profiles
    #[arg(short = 'f', long = "file", value_name = "ENROLLMENT.yaml")]
    pub file: PathBuf,
    /// Subsidiaries in flight at once; fewer while the backend throttles
    #[arg(long, value_name = "N", default_value_t = 8,
          value_parser = clap::value_parser!(u16).range(1..=256))]
    pub concurrency: u16,
    /// Stop at the first failed subsidiary (those in flight finish)
    #[arg(long)]
    pub fail_fast: bool,
    /// Skip the subsidiaries an earlier run of this file finished (its journal says which)
    #[arg(long)]
    pub resume: bool,
    /// Accept the Microsoft Partner Network agreement on the parent organization's behalf
    #[arg(long)]
    pub accept_agreement: bool,
}

// ---------------------------------------------------------------------------------------------
// Value parsers
// ---------------------------------------------------------------------------------------------

/// A parser for an API enum whose serde names are kebab-case: lists the valid names in help,
/// errors and completions, and turns the typed name into the enum through serde.
fn kebab<T>(names: &[&'static str]) -> impl TypedValueParser<Value = T>
where
    T: DeserializeOwned + Clone + Send + Sync + 'static,
{
    PossibleValuesParser::new(names.to_vec()).map(|name| {
        serde_json::from_value(serde_json::Value::String(name))
            .expect("every listed name is a serde name of the enum")
    })
}

fn benefit_kind_parser() -> impl TypedValueParser<Value = BenefitKind> {
    PossibleValuesParser::new(BenefitKind::ALL.map(BenefitKind::key))
        .map(|name| BenefitKind::from_key(&name).expect("every listed name is a kind"))
}

fn role_parser() -> impl TypedValueParser<Value = RoleName> {
    kebab::<RoleName>(&RoleName::ALL.map(RoleName::key))
}

/// Any non-empty text, with the names the function gives offered as completions (not listed
/// in help). The names are made only when completions are asked for: every command builds
/// this parser, and reading the catalog each time showed in the startup of every command.
#[derive(Clone)]
struct Suggest(fn() -> Vec<String>);

/// Offer ids: any id is accepted (the catalog is data, kept in the data dir), and the ids of
/// the default catalog complete.
fn offer_id_parser() -> Suggest {
    Suggest(|| {
        let offers = crate::backend::default_offers().unwrap_or_default();
        offers.into_iter().map(|o| o.id).collect()
    })
}

impl TypedValueParser for Suggest {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::NonEmptyStringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            (self.0)()
                .into_iter()
                .map(clap::builder::PossibleValue::new),
        ))
    }
}

// ---------------------------------------------------------------------------------------------
// Tooling: completions and man pages
// ---------------------------------------------------------------------------------------------

const COMPLETIONS_HELP: &str = "\
Role names, competency areas, offer ids and every other fixed value complete too.

Example:
  partnerctl completions bash > ~/.local/share/bash-completion/completions/partnerctl
  partnerctl completions zsh > ~/.zfunc/_partnerctl
  partnerctl completions fish > ~/.config/fish/completions/partnerctl.fish
  partnerctl completions powershell >> $PROFILE";

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (partnerctl.1, partnerctl-account-create.1, ...) into this directory
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    pub shell: clap_complete::Shell,
}

// ---------------------------------------------------------------------------------------------
// Tooling: profiles
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Print the JSON Schema of a kind of profile, for editors
    #[command(after_help = "\
Save it beside your profiles and name it on the file's first line; editors with a YAML language
server (VS Code, Helix, Neovim, ...) then check and complete the file as you type:
  # yaml-language-server: $schema=organization.schema.json

Example:
  partnerctl profile schema organization > organization.schema.json")]
    Schema {
        /// The kind of profile
        kind: FileKind,
    },
    /// Print a commented template of a kind of profile
    #[command(after_help = "Example:\n  partnerctl profile init organization > contoso.yaml")]
    Init {
        /// The kind of profile
        kind: FileKind,
    },
    /// Check profile files offline; every problem is reported as FILE:LINE:COLUMN (exit 2)
    #[command(after_help = "\
The kind of each file is its `kind:`, else what its keys say (--kind overrides both).

Example:
  partnerctl profile validate examples/*.yaml
  partnerctl profile validate --kind location subsidiaries/*.yaml")]
    Validate {
        /// The files
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
        /// Check every file as this kind
        #[arg(long)]
        kind: Option<FileKind>,
    },
}

// ---------------------------------------------------------------------------------------------
// Tooling: config
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Show every setting, its value and where it came from (default, file, env, flag)
    #[command(after_help = "\
Settings are layered: defaults < the config file < PARTNERCTL_* environment < flags.

Example:
  partnerctl config show
  partnerctl --output yaml config show -o table")]
    Show,
    /// Set a key in the config file
    #[command(after_help = CONFIG_SET_HELP)]
    Set {
        /// The key, e.g. output
        #[arg(value_parser = config_key_parser())]
        key: String,
        /// The value, e.g. json
        value: String,
    },
    /// Remove a key from the config file (any key, so a misspelt one can go too)
    #[command(after_help = "Example:\n  partnerctl config unset output")]
    Unset {
        /// The key, e.g. output
        #[arg(value_parser = Suggest(|| config_keys().map(String::from).collect()),
              hide_possible_values = true)]
        key: String,
    },
}

/// The global flags that are settings, for `config` (which knows nothing of clap).
impl From<&Global> for crate::config::Flags {
    fn from(g: &Global) -> Self {
        let name = |v: &dyn ValueEnumName| v.name();
        crate::config::Flags {
            data_dir: g.data_dir.clone(),
            sandbox: g.sandbox.unwrap_or_default(),
            output: g.output.as_ref().map(|f| name(f)),
            color: g.color.as_ref().map(|c| name(c)),
            token_file: g.token_file.clone(),
        }
    }
}

/// A `ValueEnum`'s name as typed on the command line.
trait ValueEnumName {
    fn name(&self) -> String;
}

impl<T: ValueEnum> ValueEnumName for T {
    fn name(&self) -> String {
        self.to_possible_value()
            .map(|p| p.get_name().to_string())
            .unwrap_or_default()
    }
}

const CONFIG_SET_HELP: &str = "\
The file is YAML, at $XDG_CONFIG_HOME/partnerctl/config.yaml unless PARTNERCTL_CONFIG names
another; comments and other keys in it are kept.

Example:
  partnerctl config set output json
  partnerctl config set data-dir /srv/partnerctl";

fn config_keys() -> impl Iterator<Item = &'static str> {
    crate::config::KEYS.iter().map(|k| k.name)
}

fn config_key_parser() -> PossibleValuesParser {
    PossibleValuesParser::new(config_keys())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use clap::FromArgMatches;

    #[test]
    fn command_tree_is_consistent() {
        Cli::command().debug_assert();
        command(80).debug_assert();
    }

    #[test]
    fn a_command_line_without_the_global_flags_has_no_values_for_them() {
        let m = Cli::command()
            .try_get_matches_from(["partnerctl", "membership", "show"])
            .unwrap();
        let (_, show) = m.subcommand().unwrap().1.subcommand().unwrap();
        // Only the counts (`-q`, `-v`) have a default, hence a value, in each command.
        let mut valued: Vec<&str> = show.ids().map(|id| id.as_str()).collect();
        valued.sort();
        assert_eq!(valued, ["quiet", "verbose"]);
        let m = Cli::command()
            .try_get_matches_from(["partnerctl", "membership", "show", "--yes", "--dry-run"])
            .unwrap();
        let cli = Cli::from_arg_matches(&m).unwrap();
        assert_eq!(
            (cli.global.yes, cli.global.dry_run),
            (Some(true), Some(true))
        );
        assert_eq!((cli.global.sandbox, cli.global.no_input), (None, None));
    }

    #[test]
    fn every_command_has_an_example() {
        fn check(cmd: &clap::Command, path: &str) {
            let path = format!("{path} {}", cmd.get_name());
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            assert!(help.contains("Example:"), "`{path}` has no example");
            for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                check(sub, &path);
            }
        }
        check(&command(100), "");
    }

    fn help_of(path: &[&str]) -> String {
        let mut cmd = command(100);
        cmd.build();
        let mut at = &mut cmd;
        for name in path {
            at = at.find_subcommand_mut(name).unwrap();
        }
        at.render_help().to_string()
    }

    // Issue 14: a subcommand's help names the global options in one line; the top help lists
    // them; they still work after any subcommand.
    #[test]
    fn subcommand_help_does_not_repeat_the_global_options() {
        let sub = help_of(&["users", "list"]);
        assert!(!sub.contains("--data-dir"), "{sub}");
        assert!(!sub.contains("Global options:\n"), "{sub}");
        assert!(sub.contains(GLOBALS_NOTE), "{sub}");
        let deep = help_of(&["account", "locations", "add"]);
        assert!(!deep.contains("--insecure-http"), "{deep}");
        assert!(deep.contains("--file"), "{deep}");
        let top = command(100).render_help().to_string();
        assert!(
            top.contains("--data-dir") && top.contains("--insecure-http"),
            "{top}"
        );
        assert!(!top.contains(GLOBALS_NOTE));

        let m = command(100)
            .try_get_matches_from([
                "partnerctl",
                "account",
                "locations",
                "list",
                "--data-dir",
                "d",
                "-o",
                "tsv",
                "-vv",
            ])
            .unwrap();
        let cli = Cli::from_arg_matches(&m).unwrap();
        assert_eq!(cli.global.data_dir, Some(PathBuf::from("d")));
        assert_eq!(cli.global.output, Some(Format::Tsv));
        assert_eq!(cli.global.verbose, 2);
    }

    /// The partnerctl invocations on a line of an example: at its start, after a pipe, `&&` or
    /// inside `$(...)`; each ends at a pipe, a redirection, `&&`, `)` or a comment.
    fn invocations(line: &str) -> Vec<Vec<String>> {
        let mut found = Vec::new();
        let mut rest = line.trim();
        while let Some(at) = rest.find("partnerctl ") {
            let before = rest[..at].trim_end();
            let starts = before.is_empty()
                || before.ends_with('|')
                || before.ends_with("&&")
                || before.ends_with("$(");
            let text = &rest[at..];
            rest = &text["partnerctl ".len()..];
            if !starts {
                continue;
            }
            let mut words = Vec::new();
            let mut word = String::new();
            let mut quote: Option<char> = None;
            let mut in_word = false;
            for c in text.chars() {
                match (quote, c) {
                    (Some(q), c) if c == q => quote = None,
                    (Some(_), c) => word.push(c),
                    (None, '\'' | '"') => {
                        quote = Some(c);
                        in_word = true;
                    }
                    (None, '|' | '>' | '<' | '#' | ')' | '&') => break,
                    (None, ' ') => {
                        if in_word {
                            words.push(std::mem::take(&mut word));
                        }
                        in_word = false;
                    }
                    (None, c) => {
                        word.push(c);
                        in_word = true;
                    }
                }
            }
            if in_word {
                words.push(word);
            }
            found.push(words);
        }
        found
    }

    // A mistake is answered by the whole tree, as the help shows it: the global options stay
    // out of a subcommand's usage and suggestions.
    #[test]
    fn errors_read_as_the_whole_tree_has_them() {
        for args in [
            &["partnerctl", "users", "lst"][..],
            &["partnerctl", "users", "list", "--bogus"],
            &["partnerctl", "membership", "upgrade"],
            &["partnerctl", "--output", "xml", "whoami"],
            &["partnerctl"],
            &["partnerctl", "-o", "json"],
        ] {
            let lazy = parse(args.iter().map(Into::into).collect()).expect_err("a mistake");
            let whole = command(100)
                .try_get_matches_from(args)
                .expect_err("a mistake");
            assert_eq!(lazy.kind(), whole.kind());
            assert_eq!(lazy.to_string(), whole.to_string(), "{args:?}");
        }
    }

    /// The parsing tree holds only the commands the line names, wherever a name stands (here a
    /// global option's value), and parses as the whole tree does.
    #[test]
    fn the_parsing_tree_holds_the_commands_the_line_names() {
        let args = [
            "partnerctl",
            "--data-dir",
            "users",
            "membership",
            "show",
            "-o",
            "json",
        ];
        let (mut tree, parsing) = parsing_tree(&args.iter().map(Into::into).collect::<Vec<_>>());
        let names = |cmd: &clap::Command| {
            let mut names: Vec<String> = cmd
                .get_subcommands()
                .map(|c| c.get_name().to_string())
                .filter(|n| n != "help")
                .collect();
            names.sort();
            names
        };
        assert_eq!(names(&tree), ["membership", "users"]);
        tree.try_get_matches_from_mut(args).unwrap();
        drop(parsing);
        let membership = tree.find_subcommand("membership").unwrap();
        assert_eq!(
            names(membership),
            ["show"],
            "built while parsing: the named one"
        );
        assert!(names(&command(100)).len() > 10, "every other tree is whole");
        let lazy = parse(args.iter().map(Into::into).collect()).unwrap();
        let whole = Cli::from_arg_matches(&command(100).try_get_matches_from(args).unwrap());
        assert_eq!(format!("{lazy:?}"), format!("{:?}", whole.unwrap()));
        assert!(matches!(lazy.command.0, Command::Membership(_)));
        assert_eq!(
            lazy.global.data_dir.as_deref(),
            Some(std::path::Path::new("users"))
        );
    }

    // Issue 14: every example in help is a command line partnerctl accepts, with real values
    // where an id goes, not `8a1e...`.
    #[test]
    fn every_example_works_as_written() {
        fn check(cmd: &clap::Command, path: &str, count: &mut usize) {
            let path = format!("{path} {}", cmd.get_name());
            let help = cmd
                .get_after_help()
                .map(|h| h.to_string())
                .unwrap_or_default();
            let examples = help.split("Example:").nth(1).unwrap_or_default();
            for line in examples.lines().filter(|l| !l.trim().is_empty()) {
                assert!(!line.contains("..."), "`{path}`: a placeholder in `{line}`");
                for args in invocations(line) {
                    *count += 1;
                    let parsed = command(100).try_get_matches_from(&args);
                    let whole = parsed.and_then(|m| Cli::from_arg_matches(&m));
                    assert!(
                        whole.is_ok(),
                        "`{path}`: `{line}` does not parse: {}",
                        whole.unwrap_err()
                    );
                    // Building only the command used parses it alike.
                    let lazy = parse(args.iter().map(Into::into).collect());
                    assert_eq!(
                        format!("{:?}", lazy.unwrap()),
                        format!("{:?}", whole.unwrap()),
                        "`{line}`"
                    );
                    // The example files it names are there.
                    for file in args.iter().filter(|a| a.starts_with("examples/")) {
                        let at = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
                        assert!(
                            file.contains('*') || at.exists(),
                            "`{path}`: `{line}` names {file}, which is not there"
                        );
                    }
                }
            }
            for sub in cmd.get_subcommands().filter(|c| c.get_name() != "help") {
                check(sub, &path, count);
            }
        }
        let mut count = 0;
        check(&command(100), "", &mut count);
        assert!(count > 60, "only {count} examples found");
        assert_eq!(
            invocations("id=$(partnerctl orders list --jq '.[0].id') && partnerctl x \"$id\" | y"),
            vec![
                vec!["partnerctl", "orders", "list", "--jq", ".[0].id"],
                vec!["partnerctl", "x", "$id"]
            ]
        );
    }

    #[test]
    fn benefit_kinds_are_spelt_as_lists_show_them() {
        let cli = Cli::try_parse_from([
            "partnerctl",
            "benefits",
            "activate",
            "--all",
            "--kind",
            "seats",
            "--kind",
            "cloud-credit",
        ])
        .unwrap();
        let Command::Benefits(Deferred(BenefitsCmd::Activate { kinds, .. })) = cli.command.0 else {
            panic!("parsed into the wrong command")
        };
        assert_eq!(kinds, [BenefitKind::Seats, BenefitKind::CloudCredit]);
        for bad in [
            &["partnerctl", "benefits", "activate"][..],
            &["partnerctl", "benefits", "activate", "x", "--all"],
            &["partnerctl", "benefits", "activate", "x", "--kind", "seats"],
            &[
                "partnerctl",
                "benefits",
                "activate",
                "x",
                "--mpn-id",
                "1234567",
            ],
            &[
                "partnerctl",
                "benefits",
                "activate",
                "--all",
                "--kind",
                "cloudCredit",
            ],
        ] {
            assert!(Cli::try_parse_from(bad).is_err(), "{bad:?} was taken");
        }
    }

    #[test]
    fn kebab_names_parse_to_api_enums() {
        let cli = Cli::try_parse_from([
            "partnerctl",
            "membership",
            "upgrade",
            "--to",
            "competency",
            "--area",
            "cloud-platform",
            "--level",
            "gold",
            "--payment",
            "invoice",
        ])
        .unwrap();
        let Command::Membership(Deferred(MembershipCmd::Upgrade(a))) = cli.command.0 else {
            panic!("parsed into the wrong command")
        };
        assert_eq!(a.area, Some(CompetencyArea::CloudPlatform));
        assert_eq!(a.level, Some(CompetencyLevel::Gold));
        assert_eq!(a.payment, Some(PaymentMethod::Invoice));

        let cli =
            Cli::try_parse_from(["partnerctl", "users", "grant", "admin-agent", "a@b.c"]).unwrap();
        let Command::Users(Deferred(UsersCmd::Grant(g))) = cli.command.0 else {
            panic!("parsed into the wrong command")
        };
        assert_eq!(g.role, RoleName::AdminAgent);
        assert!(Cli::try_parse_from(["partnerctl", "users", "grant", "wizard", "a@b.c"]).is_err());
    }

    #[test]
    fn competency_needs_area_and_level() {
        let r = Cli::try_parse_from(["partnerctl", "membership", "upgrade", "--to", "competency"]);
        assert!(r.is_err());
    }
}
