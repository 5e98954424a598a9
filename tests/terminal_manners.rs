//! Output queries (`--json`, `--jq`), colour, quiet levels, and confirmations of destructive
//! commands (`--yes`, `--no-input`), through the real binary.

mod common;
use common::{json, stderr, Home};

const ESC: char = '\u{1b}';

#[test]
fn json_fields_select_and_an_unknown_field_lists_the_valid_ones() {
    let home = Home::new();
    home.signed_in();
    let roles = json(&home.ok(&["roles", "list", "--json", "key,category"]));
    assert_eq!(
        roles[0],
        serde_json::json!({"key": "global-admin", "category": "directory"})
    );
    assert_eq!(roles[0].as_object().unwrap().len(), 2);

    let tsv = home.ok(&["roles", "list", "--json", "key", "-o", "tsv"]);
    assert!(tsv.starts_with("KEY\nglobal-admin\n"), "{tsv}");

    let err = home.fails(&["roles", "list", "--json", "key,nmae"], 2);
    assert!(err.contains("unknown JSON field: nmae"), "{err}");
    assert!(
        err.contains("valid fields: id, key, name, category, description, attributes"),
        "{err}"
    );
}

#[test]
fn jq_filters_and_a_bad_expression_changes_nothing() {
    let home = Home::new();
    home.signed_in();
    let keys = home.ok(&[
        "roles",
        "list",
        "--jq",
        r#".[] | select(.category == "partnerCenter") | .key"#,
    ]);
    assert!(keys.lines().any(|l| l == "mpn-partner-admin"), "{keys}");
    assert!(!keys.contains('"'), "strings print raw: {keys}");

    let add = [
        "users",
        "add",
        "--email",
        "ana@contoso.com",
        "--first-name",
        "Ana",
        "--last-name",
        "Ito",
    ];
    let err = home.fails(&[&add[..], &["--jq", ".["]].concat(), 2);
    assert!(err.contains("invalid jq expression"), "{err}");
    let users = home.ok(&["users", "list", "--jq", ".[].email"]);
    assert!(!users.contains("ana@contoso.com"), "{users}");
}

#[test]
fn colour_follows_the_flag_the_environment_and_no_color() {
    let home = Home::new();
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut c = home.cmd();
        for (k, v) in env {
            c.env(k, v);
        }
        c.args(["config", "show"]).args(args).output().unwrap()
    };
    // Not a terminal: no colour by default.
    assert!(!stderr(&run(&[], &[])).contains(ESC));
    let always = stderr(&run(&[], &["--color", "always"]));
    assert!(always.contains(&format!("{ESC}[36mnote:")), "{always:?}");
    assert!(!stderr(&run(
        &[("PARTNERCTL_COLOR", "always"), ("NO_COLOR", "1")],
        &["--color", "never"]
    ))
    .contains(ESC));
    // NO_COLOR gives way to an explicit PARTNERCTL_COLOR or flag.
    assert!(!stderr(&run(&[("NO_COLOR", "1")], &[])).contains(ESC));
    assert!(stderr(&run(&[("NO_COLOR", "1")], &["--color", "always"])).contains(ESC));
    assert!(stderr(&run(
        &[("NO_COLOR", "1"), ("PARTNERCTL_COLOR", "always")],
        &[]
    ))
    .contains(ESC));
    // Data on stdout stays plain when piped, whatever the colour.
    let out = run(&[], &["--color", "always", "-o", "json"]);
    assert!(!String::from_utf8_lossy(&out.stdout).contains(ESC));
}

#[test]
fn quiet_hides_notes_and_twice_warnings() {
    let home = Home::new();
    home.signed_in();
    let token_file = home.path().join("token.txt");
    std::fs::write(&token_file, "not-a-token\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&token_file, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let tf = token_file.to_str().unwrap();
    let loud = stderr(&home.run(&["config", "show"]));
    assert!(loud.contains("note: config file"), "{loud}");
    assert!(!stderr(&home.run(&["config", "show", "-q"])).contains("note:"));
    #[cfg(unix)]
    {
        let warned = home.fails(&["whoami", "--token-file", tf, "-q"], 4);
        assert!(warned.contains("warning: the token file"), "{warned}");
        let silent = home.fails(&["whoami", "--token-file", tf, "-qq"], 4);
        assert!(!silent.contains("warning:"), "{silent}");
        assert!(silent.contains("error: "), "errors always show: {silent}");
    }
}

#[test]
fn destructive_commands_need_yes_without_a_terminal() {
    let home = Home::new();
    home.signed_in();
    home.ok(&[
        "users",
        "add",
        "--email",
        "ana@contoso.com",
        "--first-name",
        "Ana",
        "--last-name",
        "Ito",
    ]);
    let upn = "ana@contoso.onmicrosoft.com";
    let present = |home: &Home| {
        home.ok(&["users", "list", "--jq", ".[].userPrincipalName"])
            .contains(upn)
    };

    let err = home.fails(&["users", "remove", upn], 2);
    assert!(err.contains("stdin is not a terminal"), "{err}");
    assert!(err.contains("hint: pass --yes"), "{err}");
    assert!(present(&home));

    // On a terminal (PARTNERCTL_FORCE_TTY stands in for one) --no-input still refuses to ask.
    let out = home
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .args(["users", "remove", upn, "--no-input"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--no-input forbids asking"));

    // Asked, and declined.
    let out = home
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .args(["users", "remove", upn])
        .write_stdin("n\n")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(&format!("Remove the user {upn}? [y/N]")));
    assert!(present(&home));

    // Asked, and confirmed.
    let out = home
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .args(["users", "remove", upn])
        .write_stdin("y\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!present(&home));

    // Revoking a role and refunding need it too.
    let err = home.fails(
        &[
            "users",
            "revoke",
            "global-admin",
            "admin@contoso.onmicrosoft.com",
        ],
        2,
    );
    assert!(err.contains("pass --yes"), "{err}");
    let err = home.fails(
        &["orders", "refund", "00000000-0000-0000-0000-000000000000"],
        2,
    );
    assert!(err.contains("pass --yes"), "{err}");
}
