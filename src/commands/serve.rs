//! `partnerctl serve`: the backend of the data dir over HTTP.

use super::{CliError, Context, Result};
use crate::cli::ServeArgs;
use crate::clock::Clock;
use crate::server;
use std::io::Write;

pub async fn run(ctx: &Context, args: ServeArgs) -> Result<()> {
    if args.print_openapi {
        let doc = server::openapi_document(&server::v1::routes());
        let text = serde_json::to_string_pretty(&doc).map_err(crate::error::ApiError::from)?;
        let mut out = std::io::stdout().lock();
        return writeln!(out, "{text}").map_err(CliError::io("writing the document"));
    }
    if ctx.is_remote() {
        return Err(CliError::Usage {
            message: "serve serves a data dir; it cannot serve another backend".into(),
            hint: Some("unset PARTNERCTL_BACKEND or drop --backend".into()),
        });
    }
    let clock = match &args.now {
        Some(v) => Clock::parse(v).map_err(CliError::usage)?,
        None => ctx.clock(),
    };
    let service = ctx.open_service(clock)?;
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .map_err(CliError::io(format!("listening on {}", args.listen)))?;
    let addr = listener
        .local_addr()
        .map_err(CliError::io("reading the listening address"))?;
    let opts = server::Options {
        rate_limit: args.rate_limit,
        log_requests: ctx.out.verbose > 0,
        apps: apps(&args.app)?,
        device_code_lifetime: args
            .device_code_lifetime
            .map(std::time::Duration::from_secs),
    };
    let app = server::router(service.clone(), &opts);
    ctx.out.note(format_args!(
        "serving {} on http://{addr}{}{}",
        ctx.data_dir().display(),
        if service.is_sandbox() {
            " (sandbox)"
        } else {
            ""
        },
        match args.rate_limit {
            Some(n) => format!(", at most {n} requests a second per tenant"),
            None => String::new(),
        }
    ));
    if clock.is_fixed() {
        ctx.out
            .note(format_args!("the clock is fixed at {}", clock.now()));
    }
    // The URL on stdout, once requests are accepted: scripts and tests wait for this line.
    let mut out = std::io::stdout().lock();
    writeln!(out, "http://{addr}")
        .and_then(|()| out.flush())
        .map_err(CliError::io("writing the URL"))?;
    drop(out);
    server::serve(listener, app)
        .await
        .map_err(CliError::io("serving"))?;
    ctx.out.note("stopped");
    Ok(())
}

/// `--app CLIENT_ID=UPN`, each with the secret from `PARTNERCTL_SERVE_CLIENT_SECRET`.
fn apps(specs: &[String]) -> Result<Vec<server::App>> {
    if specs.is_empty() {
        return Ok(Vec::new());
    }
    let var = crate::env_vars::SERVE_CLIENT_SECRET;
    let secret = var.get().ok_or_else(|| CliError::Usage {
        message: format!(
            "--app needs the applications' client secret in {}",
            var.name
        ),
        hint: None,
    })?;
    specs
        .iter()
        .map(|spec| match spec.split_once('=') {
            Some((id, upn)) if !id.trim().is_empty() && upn.contains('@') => Ok(server::App {
                client_id: id.trim().into(),
                user_principal_name: upn.trim().into(),
                secret: secret.trim().into(),
            }),
            _ => Err(CliError::usage(format!(
                "--app {spec:?}: write CLIENT_ID=UPN, e.g. --app 1f2e...=admin@contoso.onmicrosoft.com"
            ))),
        })
        .collect()
}
