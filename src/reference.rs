//! The CLI reference in Markdown (`docs/cli.md`): every command, argument, flag and
//! environment variable, made from the clap definitions and `env_vars`. A test keeps the
//! checked-in copy current, so a change to the interface shows in review.

use crate::env_vars;
use clap::{Arg, Command};
use std::fmt::Write;

/// The whole reference.
pub fn markdown() -> String {
    let mut root = crate::cli::command(100).disable_help_subcommand(true);
    root.build();
    let mut out = String::new();
    out += "# partnerctl command-line reference\n\n";
    out += "<!-- Generated from the code: do not edit. Regenerate with scripts/regenerate. -->\n\n";
    out += "Every command, its arguments and flags, and every environment variable the tool \
            reads. `partnerctl COMMAND --help` shows the same.\n\n";
    out += "## Commands\n\n";
    contents(&root, 0, &mut out);
    out += "\n## Environment variables\n\n";
    out += "A flag beats its variable, and a variable beats the config file.\n\n";
    out += &env_vars::markdown_table();
    section(&root, true, &mut out);
    out
}

fn visible(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands().filter(|c| !c.is_hide_set())
}

fn full_name(cmd: &Command) -> String {
    cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string()
}

/// `partnerctl account create` -> `#partnerctl-account-create` (GitHub's heading anchors).
fn anchor(name: &str) -> String {
    name.replace(' ', "-")
}

fn contents(cmd: &Command, depth: usize, out: &mut String) {
    let name = full_name(cmd);
    let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
    let _ = writeln!(
        out,
        "{}- [`{name}`](#{}): {about}",
        "  ".repeat(depth),
        anchor(&name)
    );
    for sub in visible(cmd) {
        contents(sub, depth + 1, out);
    }
}

fn section(cmd: &Command, root: bool, out: &mut String) {
    let name = full_name(cmd);
    let _ = writeln!(out, "\n## {name}\n");
    if let Some(about) = cmd.get_long_about().or(cmd.get_about()) {
        let _ = writeln!(out, "{about}\n");
    }
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim_start_matches("Usage: ");
    let _ = writeln!(out, "```\n{usage}\n```\n");

    let args: Vec<&Arg> = cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && (root || !a.is_global_set()))
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
        .collect();
    let positional: Vec<&Arg> = args.iter().copied().filter(|a| a.is_positional()).collect();
    let flags: Vec<&Arg> = args
        .iter()
        .copied()
        .filter(|a| !a.is_positional())
        .collect();
    if !positional.is_empty() {
        out.push_str("Arguments:\n\n");
        for a in positional {
            let _ = writeln!(out, "- `{}`: {}", value_names(a), describe(a));
        }
        out.push('\n');
    }
    if !flags.is_empty() {
        out.push_str(if root {
            "Global options (every command takes them):\n\n"
        } else {
            "Options:\n\n"
        });
        for a in flags {
            let _ = writeln!(out, "- `{}`: {}", spelling(a), describe(a));
        }
        out.push('\n');
    }
    if let Some(after) = cmd.get_after_help() {
        let _ = writeln!(out, "```text\n{}\n```", after.to_string().trim_end());
    }
    for sub in visible(cmd) {
        section(sub, false, out);
    }
}

fn value_names(a: &Arg) -> String {
    let names: Vec<String> = match a.get_value_names() {
        Some(names) => names.iter().map(|n| n.to_string()).collect(),
        None => vec![a.get_id().as_str().to_uppercase()],
    };
    let joined = names
        .iter()
        .map(|n| format!("<{n}>"))
        .collect::<Vec<_>>()
        .join(" ");
    if a.get_num_args().is_some_and(|n| n.max_values() > 1) {
        format!("{joined}...")
    } else {
        joined
    }
}

/// `-o, --output <FORMAT>`
fn spelling(a: &Arg) -> String {
    let mut s = String::new();
    if let Some(c) = a.get_short() {
        let _ = write!(s, "-{c}");
    }
    if let Some(l) = a.get_long() {
        if !s.is_empty() {
            s += ", ";
        }
        let _ = write!(s, "--{l}");
    }
    // An on/off flag without a default takes no value (`num_args = 0`) though it is stored.
    if a.get_action().takes_values() && a.get_num_args().is_none_or(|n| n.max_values() > 0) {
        let _ = write!(s, " {}", value_names(a));
    }
    s
}

/// The help line, then possible values, default and environment variable.
fn describe(a: &Arg) -> String {
    let mut s = a
        .get_long_help()
        .or(a.get_help())
        .map(|h| h.to_string().replace('\n', " "))
        .unwrap_or_default();
    let values: Vec<String> = a
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    if !values.is_empty() && !a.is_hide_possible_values_set() {
        let _ = write!(s, " Values: {}.", values.join(", "));
    }
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    // Flags (`--yes`, `-q`) default to off; only values have defaults worth naming.
    if !defaults.is_empty() && a.get_action().takes_values() && !a.is_hide_default_value_set() {
        let _ = write!(s, " Default: `{}`.", defaults.join(","));
    }
    if let Some(env) = a.get_env() {
        let _ = write!(s, " Environment: `{}`.", env.to_string_lossy());
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_every_command_and_variable() {
        let md = markdown();
        for needle in [
            "## partnerctl account create",
            "## partnerctl profile validate",
            "- `--jq <EXPR>`",
            "- `-o, --output <FORMAT>`",
            "Values: `table`, `json`, `yaml`, `ndjson`, `tsv`.",
            "| `PARTNERCTL_TOKEN` |",
            "Values: `global-admin`,",
        ] {
            assert!(md.contains(needle), "no `{needle}` in the reference");
        }
    }
}
