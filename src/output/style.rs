//! Colour: `--color auto|always|never` (and `NO_COLOR`, through the config layers) decide,
//! per stream, whether the tool writes ANSI styles. Only the labels of messages on stderr
//! (`error:`, `warning:`, `note:`) and table headers on stdout are styled; data never is.

use super::ColorChoice;
use anstyle::{AnsiColor, Style};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};

/// Whether stderr gets colour; set once the settings are known (errors before that are plain).
static STDERR: AtomicBool = AtomicBool::new(false);

/// Whether a stream gets colour under `choice`.
pub fn enabled(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal,
    }
}

/// Decides colour for stderr, and answers whether stdout gets it.
pub fn init(choice: ColorChoice) -> bool {
    STDERR.store(
        enabled(choice, std::io::stderr().is_terminal()),
        Ordering::Relaxed,
    );
    enabled(choice, std::io::stdout().is_terminal())
}

/// Colour for clap's own help and usage errors, which are printed before the settings are
/// read: `--color` from the arguments, else `PARTNERCTL_COLOR`, else `CLICOLOR_FORCE` or
/// `FORCE_COLOR` (clap itself honours `NO_COLOR`). The config file's `color` applies from the
/// command on.
pub fn for_clap(args: &[std::ffi::OsString]) -> clap::ColorChoice {
    use clap::ValueEnum;
    let from_args = args.iter().enumerate().find_map(|(i, arg)| {
        match arg.to_str()?.strip_prefix("--color")? {
            "" => args.get(i + 1)?.to_str().map(str::to_string),
            rest => rest.strip_prefix('=').map(str::to_string),
        }
    });
    let forced = crate::env_vars::color_forced().then(|| "always".to_string());
    let value = from_args
        .or_else(|| crate::env_vars::COLOR.get())
        .or(forced);
    match value.and_then(|v| ColorChoice::from_str(&v, true).ok()) {
        Some(ColorChoice::Always) => clap::ColorChoice::Always,
        Some(ColorChoice::Never) => clap::ColorChoice::Never,
        _ => clap::ColorChoice::Auto,
    }
}

/// The kinds of message on stderr.
#[derive(Debug, Clone, Copy)]
pub enum Label {
    Error,
    Warning,
    Note,
    Debug,
}

impl Label {
    fn text(self) -> &'static str {
        match self {
            Label::Error => "error:",
            Label::Warning => "warning:",
            Label::Note => "note:",
            Label::Debug => "debug:",
        }
    }

    fn style(self) -> Style {
        match self {
            Label::Error => AnsiColor::Red.on_default().bold(),
            Label::Warning => AnsiColor::Yellow.on_default().bold(),
            Label::Note => AnsiColor::Cyan.on_default(),
            Label::Debug => Style::new().dimmed(),
        }
    }
}

/// `error:`, `warning:`, ... styled if stderr gets colour.
pub fn label(label: Label) -> String {
    paint(label.style(), label.text(), STDERR.load(Ordering::Relaxed))
}

/// `text` in `style` when `on`.
pub fn paint(style: Style, text: &str, on: bool) -> String {
    if on {
        format!("{}{text}{}", style.render(), style.render_reset())
    } else {
        text.to_string()
    }
}

/// The style of table headers.
pub const HEADER: Style = Style::new().bold();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_for_clap_comes_from_the_arguments() {
        let args = |a: &[&str]| a.iter().map(std::ffi::OsString::from).collect::<Vec<_>>();
        assert_eq!(
            for_clap(&args(&["partnerctl", "--color", "never", "--help"])),
            clap::ColorChoice::Never
        );
        assert_eq!(
            for_clap(&args(&["partnerctl", "users", "--color=always"])),
            clap::ColorChoice::Always
        );
    }

    #[test]
    fn choices() {
        assert!(enabled(ColorChoice::Always, false));
        assert!(!enabled(ColorChoice::Never, true));
        assert!(enabled(ColorChoice::Auto, true));
        assert!(!enabled(ColorChoice::Auto, false));
        assert_eq!(paint(HEADER, "ID", false), "ID");
        assert_eq!(paint(HEADER, "ID", true), "\u{1b}[1mID\u{1b}[0m");
    }
}
