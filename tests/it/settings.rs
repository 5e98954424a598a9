//! Settings come in layers: defaults < the config file < PARTNERCTL_* environment < flags, and
//! `config show` says where each value came from.

use crate::common;
use common::Home;

/// (value, origin, source) of `key` in `config show`.
fn origin_of(cmd: &mut assert_cmd::Command, key: &str) -> (String, String, String) {
    let jq = format!(r#".[] | select(.key == "{key}") | [.value, .origin, .source] | join("|")"#);
    let out = cmd.args(["config", "show", "--jq", &jq]).output().unwrap();
    assert!(out.status.success(), "{}", common::stderr(&out));
    let line = String::from_utf8(out.stdout).unwrap();
    let parts: Vec<&str> = line.trim_end().split('|').collect();
    assert_eq!(parts.len(), 3, "{line}");
    (parts[0].into(), parts[1].into(), parts[2].into())
}

#[test]
fn file_then_environment_then_flag() {
    let home = Home::new();
    home.signed_in();

    // Defaults: JSON when piped.
    let (value, origin, _) = origin_of(&mut home.cmd(), "output");
    assert_eq!((value.as_str(), origin.as_str()), ("auto", "default"));
    assert!(home.ok(&["roles", "list"]).trim_start().starts_with('['));

    // The config file says YAML.
    home.ok(&["config", "set", "output", "yaml"]);
    let (value, origin, source) = origin_of(&mut home.cmd(), "output");
    assert_eq!((value.as_str(), origin.as_str()), ("yaml", "file"));
    assert_eq!(source, format!("{}:1", home.config_file().display()));
    assert!(home.ok(&["roles", "list"]).starts_with("- id: "));

    // The environment beats the file.
    let mut with_env = home.cmd();
    with_env.env("PARTNERCTL_OUTPUT", "tsv");
    let (value, origin, source) = origin_of(&mut with_env, "output");
    assert_eq!(
        (value.as_str(), origin.as_str(), source.as_str()),
        ("tsv", "env", "PARTNERCTL_OUTPUT")
    );
    let out = home
        .cmd()
        .env("PARTNERCTL_OUTPUT", "tsv")
        .args(["roles", "list"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("ROLE\t"));

    // A flag beats both.
    let out = home
        .cmd()
        .env("PARTNERCTL_OUTPUT", "tsv")
        .args(["roles", "list", "-o", "ndjson"])
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout)
        .unwrap()
        .starts_with("{\"id\":"));
    let mut with_flag = home.cmd();
    with_flag
        .env("PARTNERCTL_OUTPUT", "tsv")
        .args(["--output", "ndjson"]);
    let (value, origin, source) = origin_of(&mut with_flag, "output");
    assert_eq!(
        (value.as_str(), origin.as_str(), source.as_str()),
        ("ndjson", "flag", "--output")
    );
}

#[test]
fn the_data_dir_can_come_from_the_config_file() {
    let home = Home::new();
    let elsewhere = home.path().join("elsewhere");
    home.ok(&["config", "set", "data-dir", elsewhere.to_str().unwrap()]);
    home.ok(&["tenant", "create", "--domain-prefix", "fabrikam"]);
    assert!(elsewhere.join("partnerctl.db").exists());
    assert!(!home.data_dir().exists());
    let (value, origin, _) = origin_of(&mut home.cmd(), "data-dir");
    assert_eq!(
        (value.as_str(), origin.as_str()),
        (elsewhere.to_str().unwrap(), "file")
    );
    // PARTNERCTL_DATA_DIR beats it.
    let mut with_env = home.cmd();
    with_env.env("PARTNERCTL_DATA_DIR", home.path().join("env-dir"));
    let (_, origin, _) = origin_of(&mut with_env, "data-dir");
    assert_eq!(origin, "env");
}

#[test]
fn bad_settings_are_usage_errors_with_their_place() {
    let home = Home::new();
    std::fs::create_dir_all(home.config_file().parent().unwrap()).unwrap();
    std::fs::write(home.config_file(), "# mine\noutput: xml\ncolour: never\n").unwrap();
    let err = home.fails(&["config", "show"], 2);
    assert!(
        err.contains("config.yaml:2:9: output: `xml` is not one of"),
        "{err}"
    );
    assert!(
        err.contains("config.yaml:3:1: colour: unknown key `colour` (did you mean `color`?)"),
        "{err}"
    );
    // `config set` and `unset` still work, to fix the file.
    home.ok(&["config", "set", "output", "json"]);
    home.ok(&["config", "unset", "colour"]);
    assert_eq!(
        std::fs::read_to_string(home.config_file()).unwrap(),
        "# mine\noutput: json\n"
    );
    home.ok(&["config", "show"]);

    let out = home
        .cmd()
        .env("PARTNERCTL_COLOR", "sometimes")
        .args(["config", "show"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(common::stderr(&out)
        .contains("PARTNERCTL_COLOR: `sometimes` is not one of auto, always, never"));

    let err = home.fails(&["config", "set", "colour", "never"], 2);
    assert!(err.contains("possible values"), "{err}");
}

#[test]
fn keyring_off_in_the_config_file() {
    let home = Home::new();
    home.ok(&["config", "set", "keyring", "off"]);
    // Without PARTNERCTL_KEYRING: the file's setting keeps the keyring out.
    let password = home.create_tenant();
    let out = home.login(home.bare(), "admin@contoso.onmicrosoft.com", &password);
    let err = common::stderr(&out);
    assert!(err.contains("the OS keyring is off (file "), "{err}");
    assert!(home.credentials_file().exists());
}

// Issue 14: reading from a data dir that is not there makes nothing and says what to do; a
// file is not a data dir.
#[test]
fn a_missing_or_empty_data_dir_is_left_alone_and_names_what_creates_one() {
    let home = Home::new();
    let missing = home.path().join("no/such/dir");
    let m = missing.to_str().unwrap();
    for args in [
        &["account", "show"][..],
        &["users", "list"],
        &[
            "login",
            "--username",
            "a@b.onmicrosoft.com",
            "--password-stdin",
        ],
        &["logout"],
        &["outbox", "list", "--dry-run"],
    ] {
        let err = home.fails(&[&["--data-dir", m][..], args].concat(), 4);
        assert!(
            err.contains(&format!("the data dir {m} does not exist")),
            "{args:?}: {err}"
        );
        assert!(err.contains("partnerctl tenant create"), "{err}");
        assert!(err.contains("partnerctl account create"), "{err}");
        assert!(!home.path().join("no").exists(), "{args:?} created it");
    }
    // The default data dir too.
    let err = home.fails(&["membership", "show"], 4);
    assert!(err.contains("does not exist"), "{err}");
    assert!(!home.data_dir().exists());

    // An empty directory: nothing is written into it.
    let empty = home.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let err = home.fails(&["--data-dir", empty.to_str().unwrap(), "users", "list"], 4);
    assert!(err.contains("holds no partnerctl data yet"), "{err}");
    assert!(err.contains("partnerctl tenant create"), "{err}");
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);
    let err = home.fails(
        &["--data-dir", empty.to_str().unwrap(), "auth", "status"],
        4,
    );
    assert!(err.contains("partnerctl tenant create"), "{err}");
    assert_eq!(std::fs::read_dir(&empty).unwrap().count(), 0);

    // A file is not a data dir, for reading or creating.
    let file = home.path().join("a-file");
    std::fs::write(&file, "").unwrap();
    let f = file.to_str().unwrap();
    for args in [
        &["account", "show"][..],
        &["tenant", "create", "--domain-prefix", "abc"],
    ] {
        let err = home.fails(&[&["--data-dir", f][..], args].concat(), 2);
        assert!(
            err.contains(&format!("the data dir {f} is not a directory")),
            "{err}"
        );
    }

    // Creating works where reading found nothing.
    home.ok(&[
        "--data-dir",
        m,
        "tenant",
        "create",
        "--domain-prefix",
        "contoso",
    ]);
    assert!(missing.join("partnerctl.db").exists());
}

// Issue 14: each -v adds something: -v what the command talks to, -vv where each setting came
// from and how long it took, -vvv the headers of HTTP requests (secrets redacted).
#[test]
fn each_verbose_level_adds_detail_and_no_secret() {
    let home = Home::new();
    home.signed_in();
    let stderr_of = |args: &[&str]| common::stderr(&home.run(&[args, &["users", "list"]].concat()));
    let quiet = stderr_of(&[]);
    let v = stderr_of(&["-v"]);
    let vv = stderr_of(&["-vv"]);
    let vvv = stderr_of(&["-vvv"]);
    assert!(!quiet.contains("debug:"), "{quiet}");
    assert!(v.contains("debug: data dir: "), "{v}");
    assert!(!v.contains("debug: setting "), "{v}");
    assert!(
        vv.contains("debug: setting output = auto (default)"),
        "{vv}"
    );
    assert!(
        vv.contains("debug: setting keyring = off (env PARTNERCTL_KEYRING)"),
        "{vv}"
    );
    assert!(vv.contains("debug: done in "), "{vv}");
    assert!(!vv.contains("session kept in"), "{vv}");
    assert!(vvv.contains("debug: session kept in "), "{vvv}");
    let count = |s: &str| s.lines().filter(|l| l.starts_with("debug:")).count();
    assert!(count(&v) < count(&vv) && count(&vv) < count(&vvv));

    // Over HTTP, -vvv shows the headers, the token redacted.
    let data = home.path().join("served");
    let server = common::Server::start(home.path(), &data, "2026-11-24T09:00:00Z", &[]);
    let url = server.url.clone();
    let password = common::ok_json(
        common::partnerctl(home.path(), &url, "2026-11-24T09:00:00Z").args([
            "tenant",
            "create",
            "--domain-prefix",
            "fabrikam",
        ]),
    )["temporaryPassword"]
        .as_str()
        .unwrap()
        .to_string();
    let mut login = std::process::Command::new(env!("CARGO_BIN_EXE_partnerctl"));
    common::clean(&mut login, home.path());
    let mut login = assert_cmd::Command::from_std(login);
    login.env("PARTNERCTL_BACKEND", &url);
    home.login(login, "admin@fabrikam.onmicrosoft.com", &password);
    let token = common::partnerctl(home.path(), &url, "2026-11-24T09:00:00Z")
        .args(["auth", "token"])
        .output()
        .unwrap();
    let token = String::from_utf8(token.stdout).unwrap().trim().to_string();
    assert!(token.len() > 20);
    let out = common::partnerctl(home.path(), &url, "2026-11-24T09:00:00Z")
        .args(["-vvv", "users", "list"])
        .output()
        .unwrap();
    let err = common::stderr(&out);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("debug: http: GET /v1/users -> 200"), "{err}");
    assert!(
        err.contains("debug: http > authorization: <redacted>"),
        "{err}"
    );
    assert!(
        err.contains("debug: http < content-type: application/json"),
        "{err}"
    );
    assert!(!err.contains(&token), "the token shows: {err}");
    let v = common::partnerctl(home.path(), &url, "2026-11-24T09:00:00Z")
        .args(["-v", "users", "list"])
        .output()
        .unwrap();
    assert!(!common::stderr(&v).contains("http >"));
}

// Issue 14: CLICOLOR_FORCE and FORCE_COLOR force colour, NO_COLOR notwithstanding; 0 does not;
// an explicit --color or PARTNERCTL_COLOR wins.
#[test]
fn clicolor_force_and_force_color_are_honoured() {
    let home = Home::new();
    const ESC: char = '\u{1b}';
    let colour = |env: &[(&str, &str)], args: &[&str]| {
        let mut c = home.cmd();
        for (k, v) in env {
            c.env(k, v);
        }
        let out = c.args(["config", "show"]).args(args).output().unwrap();
        common::stderr(&out).contains(ESC)
    };
    assert!(!colour(&[], &[]));
    assert!(colour(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(colour(&[("FORCE_COLOR", "3")], &[]));
    assert!(colour(&[("FORCE_COLOR", "1"), ("NO_COLOR", "1")], &[]));
    assert!(!colour(&[("CLICOLOR_FORCE", "0")], &[]));
    assert!(!colour(&[("FORCE_COLOR", "false")], &[]));
    assert!(!colour(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]));
    assert!(!colour(
        &[("FORCE_COLOR", "1"), ("PARTNERCTL_COLOR", "never")],
        &[]
    ));
    let origin = home
        .cmd()
        .env("FORCE_COLOR", "1")
        .args([
            "config",
            "show",
            "--jq",
            ".[] | select(.key == \"color\") | .source",
        ])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8(origin.stdout).unwrap().trim(),
        "FORCE_COLOR"
    );
}

// Issue 14: the note that the keyring is off comes once per credentials file, not at every
// sign-in.
#[test]
fn the_keyring_off_note_comes_once() {
    let home = Home::new();
    let (upn, password) = home.signed_in();
    let again = home.login(home.cmd(), &upn, &password);
    let err = common::stderr(&again);
    assert!(!err.contains("keyring is off"), "{err}");
    assert!(err.contains("signed in as"), "{err}");
}
