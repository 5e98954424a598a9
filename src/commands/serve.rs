//! `partnerctl serve`: the backend of the data dir over HTTP.

use super::{CliError, Context, Result};
use crate::backend::{OpenOptions, PgOptions, Service};
use crate::cli::ServeArgs;
use crate::clock::Clock;
use crate::server;
use crate::server::faults::{Faults, Spec};
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

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
    // Checked before the data dir is opened: a bad spec writes nothing.
    let faults = faults(&args)?;
    let public_url = args.public_url.as_deref().map(public_url).transpose()?;
    let sender = mail_sender(&args)?;
    // A socket passed by a supervisor (socket activation) is served instead of --listen.
    let passed = server::activation::listener().map_err(|message| CliError::Usage {
        message,
        hint: Some(
            "under systemd, give the .socket unit one ListenStream=; else unset LISTEN_FDS \
             to listen on --listen"
                .into(),
        ),
    })?;
    let activated = passed.is_some();
    let (listen, named) = match &passed {
        Some(l) => {
            let addr = l
                .local_addr()
                .map_err(CliError::io("reading the passed socket's address"))?;
            (addr, format!("the passed socket's address {addr}"))
        }
        None => (args.listen, format!("--listen {}", args.listen)),
    };
    if sender.is_some() && public_url.is_none() && listen.ip().is_unspecified() {
        // The links in mail would name 0.0.0.0, which no contact can open.
        return Err(CliError::Usage {
            message: format!(
                "mail links to this server's confirmation page, and {named} names no address to link to",
            ),
            hint: Some("pass --public-url URL, the address contacts reach this server at".into()),
        });
    }
    let service = open_store(ctx, &args, clock)?;
    let listener = match passed {
        Some(l) => tokio::net::TcpListener::from_std(l)
            .map_err(CliError::io("listening on the passed socket"))?,
        None => tokio::net::TcpListener::bind(args.listen)
            .await
            .map_err(CliError::io(format!("listening on {}", args.listen)))?,
    };
    let addr = listener
        .local_addr()
        .map_err(CliError::io("reading the listening address"))?;
    let public_url = public_url.unwrap_or_else(|| format!("http://{addr}"));
    // Mail written from now on links to this server's confirmation page.
    service.set_public_url(&public_url);
    let opts = server::Options {
        max_in_flight: Some(args.max_in_flight as usize),
        rate_limit: args.rate_limit,
        log_requests: ctx.out.verbose > 0,
        apps: apps(&args.app, &args.app_certificate)?,
        device_code_lifetime: args
            .device_code_lifetime
            .map(std::time::Duration::from_secs),
        faults: faults.clone(),
        public_url: Some(public_url),
    };
    let app = server::router(service.clone(), &opts);
    ctx.out.note(format_args!(
        "serving {} on http://{addr}{}{}{}",
        service.describe(),
        if activated {
            " (the socket passed in LISTEN_FDS)"
        } else {
            ""
        },
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
    if let Some(advice) = service.store_advice() {
        ctx.out.warn(advice);
    }
    if let Some(f) = &faults {
        // Loud on purpose: a server that fails requests must never pass for a normal one.
        eprintln!(
            "FAULT INJECTION ON: {} (faulted answers carry {}: KIND)",
            f.spec(),
            server::faults::HEADER
        );
    }
    match sender {
        Some(sender) => {
            ctx.out.note(format_args!(
                "delivering mail through {} as {}",
                sender.mailer.describe(),
                args.mail_from.as_deref().unwrap_or_default().trim()
            ));
            server::mail_sender::spawn(service.clone(), sender);
        }
        None => ctx
            .out
            .note("mail stays in the outbox (no --smtp-url): `partnerctl outbox list` reads it"),
    }
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
    let limits = server::Limits {
        max_connections: args.max_connections,
        request_timeout: std::time::Duration::from_secs(args.request_timeout),
        ..server::Limits::default()
    };
    let labels = server::Labels {
        sandbox: service.is_sandbox(),
        log_requests: ctx.out.verbose > 0,
    };
    server::serve(listener, app, limits, labels)
        .await
        .map_err(CliError::io("serving"))?;
    ctx.out.note("stopped");
    if let Some(f) = &faults {
        eprintln!("FAULT INJECTION summary: {}", f.tally());
    }
    Ok(())
}

/// The store to serve: a PostgreSQL database (`--database` or `PARTNERCTL_DATABASE_URL`), with
/// the password from a file or the environment and the sealing key every instance shares; else
/// the data dir's SQLite file.
fn open_store(ctx: &Context, args: &ServeArgs, clock: Clock) -> Result<Arc<Service>> {
    let url = args
        .database
        .clone()
        .or_else(|| crate::env_vars::DATABASE_URL.get());
    let key_file = args
        .key_file
        .clone()
        .or_else(|| crate::env_vars::KEY_FILE.get().map(PathBuf::from));
    let Some(url) = url else {
        if key_file.is_some() {
            return Err(CliError::Usage {
                message: "--key-file is for a shared database: a data dir keeps its own key".into(),
                hint: Some(
                    "drop --key-file (and PARTNERCTL_KEY_FILE), or serve --database URL".into(),
                ),
            });
        }
        return ctx.open_service(clock);
    };
    let key_file = key_file.ok_or_else(|| CliError::Usage {
        message: "a shared database needs the sealing key every instance on it uses".into(),
        hint: Some(
            "make one with `head -c 32 /dev/urandom > partnerctl.key`, give every instance \
             --key-file partnerctl.key (or PARTNERCTL_KEY_FILE)"
                .into(),
        ),
    })?;
    let key = crate::backend::key_from_file(&key_file)?;
    let password = super::backend::secret_from(
        args.database_password_file.as_deref(),
        crate::env_vars::DATABASE_PASSWORD,
        "database password",
    )?
    .or_else(|| crate::env_vars::PGPASSWORD.get());
    let pg = PgOptions {
        url,
        password,
        pool_size: args.database_pool.map_or_else(default_pool, |n| n as usize),
    };
    let opts = OpenOptions {
        create_sandbox: ctx.sandbox_requested(),
        clock,
        one_command: false,
    };
    Ok(Service::open_postgres(&pg, key, opts)?)
}

/// Database connections an instance keeps when not told: twice this machine's cores. More
/// connections than the database server has cores to run them only queue inside PostgreSQL:
/// on two cores, 4 connections against 16 served `GET /v1/me` at 64 clients with a p99 of
/// 13-15 ms instead of 95-1,060 ms, at the same rate, and bulk enrollment no slower
/// (README, Performance).
fn default_pool() -> usize {
    2 * std::thread::available_parallelism().map_or(2, usize::from)
}

/// `--smtp-url` and the flags that go with it: the mailer, or `None` when mail stays in the
/// outbox. Checked before the data dir is opened.
fn mail_sender(args: &ServeArgs) -> Result<Option<server::mail_sender::Sender>> {
    let Some(url) = &args.smtp_url else {
        let stray = [
            (args.mail_from.is_some(), "--mail-from"),
            (args.smtp_password_file.is_some(), "--smtp-password-file"),
            (args.mail_give_up.is_some(), "--mail-give-up"),
        ];
        if let Some((_, flag)) = stray.iter().find(|(given, _)| *given) {
            return Err(CliError::Usage {
                message: format!("{flag} is for delivering mail, and no --smtp-url is given"),
                hint: Some("add --smtp-url smtp://HOST:PORT, or drop the flag".into()),
            });
        }
        return Ok(None);
    };
    let from = args.mail_from.as_deref().ok_or_else(|| CliError::Usage {
        message: "--smtp-url needs --mail-from ADDRESS, the sender of the mail".into(),
        hint: Some("e.g. --mail-from 'Contoso Partners <partners@contoso.com>'".into()),
    })?;
    let password = super::backend::secret_from(
        args.smtp_password_file.as_deref(),
        crate::env_vars::SMTP_PASSWORD,
        "SMTP password",
    )?;
    let mailer =
        crate::mail::smtp::Mailer::new(url, from, password.as_deref()).map_err(CliError::usage)?;
    let give_up = match &args.mail_give_up {
        None => jiff::SignedDuration::from_hours(1),
        Some(text) => give_up(text)?,
    };
    Ok(Some(server::mail_sender::Sender { mailer, give_up }))
}

/// `--mail-give-up DURATION`: `1h`, `30m`, `90s`, `1h 30m`; more than nothing.
fn give_up(text: &str) -> Result<jiff::SignedDuration> {
    match text.trim().parse::<jiff::SignedDuration>() {
        Ok(d) if d.is_positive() => Ok(d),
        _ => Err(CliError::usage(format!(
            "--mail-give-up {text:?}: write a duration such as 1h, 30m or 90s"
        ))),
    }
}

/// `--public-url URL`: http or https, a host, no query or fragment; without a trailing `/`.
fn public_url(text: &str) -> Result<String> {
    let bad = |why: &str| CliError::usage(format!("--public-url {text:?}: {why}"));
    let url = url::Url::parse(text.trim()).map_err(|e| bad(&e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(bad("write an http:// or https:// URL with a host"));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(bad("a URL without a query, fragment or user"));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// `--inject-faults SPEC` or `PARTNERCTL_SERVE_FAULTS`.
fn faults(args: &ServeArgs) -> Result<Option<Arc<Faults>>> {
    let var = crate::env_vars::SERVE_FAULTS;
    let (text, source) = match (&args.inject_faults, var.get()) {
        (Some(t), _) => (t.clone(), "--inject-faults"),
        (None, Some(t)) => (t, var.name),
        (None, None) => return Ok(None),
    };
    let spec = Spec::parse(&text).map_err(|e| CliError::usage(format!("{source}: {e}")))?;
    Ok(Some(Arc::new(Faults::new(spec))))
}

/// `--app CLIENT_ID=UPN`, each with the secret from `PARTNERCTL_SERVE_CLIENT_SECRET` or a
/// certificate from `--app-certificate CLIENT_ID=CERT.pem`.
fn apps(specs: &[String], certificates: &[String]) -> Result<Vec<server::App>> {
    let mut certs = std::collections::HashMap::new();
    for spec in certificates {
        let (id, path) = pair(spec, "--app-certificate", "CLIENT_ID=CERT.pem")?;
        let text = std::fs::read_to_string(path)
            .map_err(CliError::io(format!("reading the certificate {path}")))?;
        let der = crate::jwt::pem_block(&text, "CERTIFICATE")
            .ok_or_else(|| CliError::usage(format!("{path} holds no PEM certificate")))?;
        certs.insert(id.to_string(), der);
    }
    let var = crate::env_vars::SERVE_CLIENT_SECRET;
    let secret = var.get().map(|s| s.trim().to_string());
    let apps = specs
        .iter()
        .map(|spec| {
            let (id, upn) = pair(spec, "--app", "CLIENT_ID=UPN")?;
            if !upn.contains('@') {
                return Err(CliError::usage(format!(
                    "--app {spec:?}: UPN is not a user name"
                )));
            }
            let certificate = certs.remove(id);
            if secret.is_none() && certificate.is_none() {
                return Err(CliError::Usage {
                    message: format!("--app {id} needs a client secret or a certificate"),
                    hint: Some(format!(
                        "set {} or pass --app-certificate {id}=CERT.pem",
                        var.name
                    )),
                });
            }
            Ok(server::App {
                client_id: id.into(),
                user_principal_name: upn.into(),
                secret: secret.clone(),
                certificate,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    if let Some(id) = certs.keys().next() {
        return Err(CliError::usage(format!(
            "--app-certificate {id}=...: register the application with --app {id}=UPN"
        )));
    }
    Ok(apps)
}

/// `A=B` with both sides non-empty.
fn pair<'a>(spec: &'a str, flag: &str, shape: &str) -> Result<(&'a str, &'a str)> {
    match spec.split_once('=') {
        Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => Ok((a.trim(), b.trim())),
        _ => Err(CliError::usage(format!("{flag} {spec:?}: write {shape}"))),
    }
}
