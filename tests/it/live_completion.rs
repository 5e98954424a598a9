//! Dynamic shell completion (`COMPLETE=SHELL partnerctl`): ids, UPNs and MPN IDs from the
//! current backend; nothing, silently and at once, without a store or a session.

use crate::common;

use common::{stderr, Home};
use std::process::Output;

const NOW: &str = "2026-11-24T09:00:00Z";

/// What fish would be offered for the last of `words` (fish's protocol: `VALUE\tHELP` lines).
fn complete(home: &Home, words: &[&str]) -> Output {
    home.cmd()
        .env("COMPLETE", "fish")
        .env("PARTNERCTL_NOW", NOW)
        .arg("--")
        .arg("partnerctl")
        .args(words)
        .output()
        .unwrap()
}

fn values(out: &Output) -> Vec<String> {
    assert!(out.status.success(), "{}", stderr(out));
    assert_eq!(stderr(out), "", "completion printed on stderr");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.split('\t').next().unwrap().to_string())
        // Flags are offered beside values; only the values are of interest here.
        .filter(|v| !v.starts_with('-'))
        .collect()
}

#[test]
fn the_shell_gets_a_registration_script() {
    let home = Home::new();
    let out = home.cmd().env("COMPLETE", "bash").output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let script = String::from_utf8(out.stdout).unwrap();
    assert!(
        script.contains("complete") && script.contains("partnerctl"),
        "{script}"
    );
}

#[test]
fn without_a_store_or_session_there_is_nothing_to_offer_and_nothing_is_made() {
    let home = Home::new();
    for words in [
        &["orders", "refund", ""][..],
        &["benefits", "activate", ""],
        &["users", "remove", ""],
        &["account", "show", "--mpn-id", ""],
    ] {
        assert!(values(&complete(&home, words)).is_empty(), "{words:?}");
    }
    assert!(!home.data_dir().exists(), "completion made the data dir");

    // A store, but nobody signed in: still nothing, and no error on the terminal.
    home.ok(&[
        "--sandbox",
        "tenant",
        "create",
        "--domain-prefix",
        "contoso",
        "-q",
    ]);
    assert!(values(&complete(&home, &["users", "remove", ""])).is_empty());
}

#[test]
fn offers_the_ids_upns_and_mpn_ids_of_the_signed_in_tenant() {
    let home = Home::new();
    let out = home
        .cmd()
        .env("PARTNERCTL_NOW", NOW)
        .args([
            "--sandbox",
            "-o",
            "json",
            "account",
            "create",
            "--accept-agreement",
            "-f",
        ])
        .arg(common::example("contoso-us.yaml"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let ok = |args: &[&str]| {
        let out = home
            .cmd()
            .env("PARTNERCTL_NOW", NOW)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        common::json(&String::from_utf8(out.stdout).unwrap())
    };
    let order = ok(&["-o", "json", "membership", "upgrade", "--to", "action-pack"]);
    let order_id = order["order"]["id"].as_str().unwrap().to_string();
    let location = ok(&[
        "-o",
        "json",
        "account",
        "locations",
        "add",
        "-f",
        &common::example("location-de.yaml"),
    ]);
    let mpn_id = location["mpnId"].as_str().unwrap().to_string();

    let orders = values(&complete(&home, &["orders", "refund", &order_id[..2]]));
    assert!(orders.contains(&order_id), "{orders:?}");
    assert!(
        orders.iter().all(|o| o.starts_with(&order_id[..2])),
        "{orders:?}"
    );

    let benefits = values(&complete(&home, &["benefits", "activate", ""]));
    assert!(
        benefits.contains(&"cloud-credit".to_string()),
        "{benefits:?}"
    );
    // Two product-key benefits: the kind would name neither, so it is not offered.
    assert!(
        !benefits.contains(&"product-key".to_string()),
        "{benefits:?}"
    );
    assert!(benefits.len() > 7, "{benefits:?}");

    let users = values(&complete(&home, &["users", "grant", "admin-agent", "ad"]));
    assert_eq!(users, ["admin@contoso.onmicrosoft.com"]);

    let mpn_ids = values(&complete(&home, &["membership", "show", "--mpn-id", ""]));
    assert!(mpn_ids.contains(&mpn_id), "{mpn_ids:?}");

    // Where to look comes from the words typed too: another data dir has nothing.
    let elsewhere = home.path().join("elsewhere");
    let other = complete(
        &home,
        &[
            "--data-dir",
            elsewhere.to_str().unwrap(),
            "users",
            "remove",
            "",
        ],
    );
    assert!(values(&other).is_empty());
    assert!(!elsewhere.exists());
}
