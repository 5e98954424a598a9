use partnerctl::cli::Command;
use partnerctl::commands::{self, CliError};
use std::process::ExitCode;

fn main() -> ExitCode {
    // `COMPLETE=bash partnerctl`: the dynamic completion script, or candidates for the words
    // the shell passes; otherwise nothing happens here.
    clap_complete::CompleteEnv::with_factory(partnerctl::commands::live_completion::command)
        .complete();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // `--version` alone is answered before the whole command tree is built: scripts and
    // package managers call it often. (The text is clap's own: name, space, version.)
    if args.len() == 2 && (args[1] == "--version" || args[1] == "-V") {
        use std::io::Write;
        let _ = writeln!(
            std::io::stdout(),
            "partnerctl {}",
            env!("CARGO_PKG_VERSION")
        );
        return ExitCode::SUCCESS;
    }
    let cli = partnerctl::cli::parse(args).unwrap_or_else(|e| e.exit());
    if matches!(cli.command.0, Command::Serve(_)) {
        // Before any thread starts: the variables leave the environment.
        partnerctl::server::activation::take_environment();
    }
    // The server works on every core; every other command but one starts faster on this
    // thread alone. A bulk run keeps many subsidiaries in flight: on the embedded backend their
    // work is the store's, one write at a time, and on this one thread the tasks take turns
    // without handing work and news of it between threads (1,000 subsidiaries: 1.14-1.17 s
    // against 1.27-1.44 s with one worker thread and 1.38-1.52 s with two); over HTTP it
    // waits on the network, and one worker thread beside this one, which keeps the output and
    // the journal, was a few percent quicker than this thread alone and than two workers.
    let runtime = match &cli.command.0 {
        Command::Serve(_) => tokio::runtime::Builder::new_multi_thread(),
        Command::Enroll(_) if cli.global.backend.is_some() => {
            let mut one = tokio::runtime::Builder::new_multi_thread();
            one.worker_threads(1);
            one
        }
        _ => tokio::runtime::Builder::new_current_thread(),
    }
    .enable_all()
    .build();
    // The command's future on the heap: on the stack it took room in this function's frame
    // (LTO inlines `block_on` here), whose every page is touched as the frame is set up (18 KB
    // with it, 7 KB without).
    let result = match runtime {
        Ok(rt) => rt.block_on(Box::pin(commands::run(cli))),
        Err(e) => Err(CliError::io("starting the runtime")(e)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(CliError::Io { source, .. }) if source.kind() == std::io::ErrorKind::BrokenPipe => {
            // The reader went away (`| head`): nothing left to say.
            ExitCode::SUCCESS
        }
        // Everything was said already; only the exit code is left.
        Err(CliError::Reported { code }) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(e) => {
            let label = partnerctl::output::style::label(partnerctl::output::style::Label::Error);
            eprintln!("{label} {e}");
            ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(1))
        }
    }
}

/// `pow(3)`, the one function of libm the binary calls (tokio's scheduler statistics and
/// indicatif's rate estimate), from the `libm` crate (a port of musl's, which jaq builds
/// anyway): defined here, it spares every command loading libm (with libgcc's unwinder linked
/// in, see build.rs: `partnerctl --version` 1.46-1.67 x `/bin/true` against 1.87-1.94 x).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[unsafe(no_mangle)]
pub extern "C" fn pow(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}
