//! Output queries (`--json`, `--jq`), colour, quiet levels, and confirmations of destructive
//! commands (`--yes`, `--no-input`), through the real binary.

use crate::common;
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

// Issue 14: `--json FIELDS` as a table or TSV has the usual headers and cells; `--json` alone
// lists the fields; `--jq` does not pretend to be a table.
#[test]
fn json_fields_as_a_table_read_as_the_usual_table() {
    let home = Home::new();
    let (upn, _) = home.signed_in();
    home.ok(&["users", "grant", "admin-agent", &upn]);
    let args = [
        "users",
        "list",
        "--json",
        "userPrincipalName,roles,createdAt",
    ];
    let table = home.ok(&[&args[..], &["-o", "table"]].concat());
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["UPN", "ROLES", "CREATED", "AT"], "{table}");
    let admin = lines.next().unwrap();
    assert!(
        admin.contains("admin@contoso.onmicrosoft.com  global-admin, admin-agent  "),
        "{table}"
    );
    assert!(admin.ends_with(" UTC"), "times as in tables: {admin}");
    let tsv = home.ok(&[&args[..], &["-o", "tsv"]].concat());
    assert!(
        tsv.starts_with(
            "UPN\tROLES\tCREATED AT\nadmin@contoso.onmicrosoft.com\tglobal-admin, admin-agent\t"
        ),
        "{tsv}"
    );
    assert!(!tsv.contains('['), "{tsv}");
    // JSON keeps its own names and values.
    let v = json(&home.ok(&args));
    assert_eq!(
        v[0]["roles"],
        serde_json::json!(["global-admin", "admin-agent"])
    );

    let err = home.fails(&["users", "list", "--json"], 2);
    assert!(
        err.contains("specify one or more comma-separated fields for --json"),
        "{err}"
    );
    assert!(
        err.contains("available fields: id, userPrincipalName, firstName"),
        "{err}"
    );

    for format in ["table", "tsv"] {
        let err = home.fails(&["users", "list", "--jq", ".[].email", "-o", format], 2);
        assert!(
            err.contains(&format!("--jq prints JSON, not -o {format}")),
            "{err}"
        );
    }
}

// `--json` alone on a command that changes something changes nothing: it only lists fields.
#[test]
fn listing_the_json_fields_changes_nothing() {
    let home = Home::new();
    home.signed_in();
    let err = home.fails(
        &[
            "users",
            "add",
            "--email",
            "ana@contoso.com",
            "--first-name",
            "Ana",
            "--last-name",
            "Ito",
            "--json",
        ],
        2,
    );
    assert!(err.contains("available fields:"), "{err}");
    let users = home.ok(&["users", "list", "--jq", ".[].email"]);
    assert!(!users.contains("ana@contoso.com"), "{users}");
}

// Issue 14: an empty list on a terminal shows its header, and says so on stderr.
#[test]
fn an_empty_list_shows_its_header_and_says_so() {
    let home = Home::new();
    home.signed_in();
    let out = home
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .args(["outbox", "list"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let table = String::from_utf8(out.stdout.clone()).unwrap();
    assert_eq!(
        table.split_whitespace().collect::<Vec<_>>(),
        ["SENT", "TO", "MPN", "ID", "DELIVERY", "SUBJECT", "BODY"]
    );
    assert!(
        stderr(&out).lines().any(|l| l == "no mails"),
        "{}",
        stderr(&out)
    );
    // Piped: JSON's empty list, and nothing said.
    let out = home.run(&["outbox", "list"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
    assert!(!stderr(&out).contains("no mails"));
}

// Issue 14: a table on a terminal fits it; piped, every value stays whole.
#[test]
fn a_table_fits_the_terminal() {
    let home = Home::new();
    home.signed_in();
    let out = home
        .cmd()
        .env("PARTNERCTL_FORCE_TTY", "1")
        .env("COLUMNS", "80")
        .args(["roles", "list"])
        .output()
        .unwrap();
    let table = String::from_utf8(out.stdout).unwrap();
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        header,
        ["ROLE", "NAME", "CATEGORY", "DESCRIPTION"],
        "{table}"
    );
    for line in table.lines() {
        assert!(line.chars().count() <= 80, "{line}");
    }
    assert!(table.contains('…'), "{table}");
    let piped = home.ok(&["roles", "list", "-o", "table"]);
    assert!(!piped.contains('…'), "{piped}");
    assert!(piped.lines().any(|l| l.chars().count() > 80), "{piped}");
}

// Issue 14: a Japanese organization's people and address read in Japanese order.
#[test]
fn japanese_names_and_addresses_in_japanese_order() {
    let home = Home::new();
    let fabrikam =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/fabrikam-jp.yaml");
    home.ok(&[
        "--sandbox",
        "account",
        "create",
        "-f",
        fabrikam.to_str().unwrap(),
        "--accept-agreement",
    ]);
    let shown = home.ok(&["account", "show", "-o", "table"]);
    assert!(
        shown.contains("〒100-0005 東京都 千代田区 丸の内1-1-1"),
        "{shown}"
    );
    assert!(
        shown.contains("佐藤 花子 <hanako.sato@fabrikam.co.jp>"),
        "{shown}"
    );
    let users = home.ok(&["users", "list", "-o", "table"]);
    assert!(users.contains(" 山田 太郎 "), "{users}");
    // JSON keeps the fields as they are.
    let v = json(&home.ok(&["account", "show"]));
    assert_eq!(
        v["legalBusinessProfile"]["primaryContact"]["firstName"],
        "花子"
    );
}

/// `--version` alone is answered before the command tree is built: it must say what clap
/// would, for either spelling, and touch no data dir.
#[test]
fn version_alone_says_what_clap_says() {
    let clap_says = partnerctl::cli::command(100).render_version().to_string();
    let dir = tempfile::tempdir().unwrap();
    for flag in ["--version", "-V"] {
        let out = assert_cmd::Command::cargo_bin("partnerctl")
            .unwrap()
            .arg(flag)
            .env("PARTNERCTL_DATA_DIR", dir.path().join("data"))
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), clap_says, "{flag}");
        assert!(out.stderr.is_empty());
    }
    assert!(!dir.path().join("data").exists());
}
