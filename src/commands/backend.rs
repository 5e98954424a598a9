//! `--backend partner-center`: the real Partner Center as the backend, its sign-in through
//! Azure AD (`login --device-code`, `login --client-id`), and `backend capabilities`.

use super::{CliError, Context, Result};
use crate::auth::Session;
use crate::capabilities;
use crate::cli::{BackendCmd, LoginArgs};
use crate::client::aad::Authority;
use crate::client::assertion::ClientCertificate;
use crate::client::partner_center::{PartnerCenter, Settings};
use crate::client::HttpClient;
use crate::env_vars;
use std::path::Path;

/// The `--backend` value that names the real Partner Center.
pub const PARTNER_CENTER: &str = "partner-center";

/// How long before it expires an access token is refreshed.
pub const REFRESH_MARGIN: jiff::SignedDuration = jiff::SignedDuration::from_mins(5);

/// The real Partner Center and its authority, as the settings name them.
pub struct PartnerCenterTarget {
    pub settings: Settings,
    http: HttpClient,
    verbose: bool,
}

impl PartnerCenterTarget {
    pub fn new(insecure_http: bool, verbose: bool) -> Result<PartnerCenterTarget> {
        let settings = Settings::from_env(insecure_http).map_err(CliError::usage)?;
        let http = HttpClient::new(settings.api.clone(), verbose)?;
        Ok(PartnerCenterTarget {
            settings,
            http,
            verbose,
        })
    }

    /// Sessions are kept per Partner Center API URL.
    pub fn session_key(&self) -> String {
        format!("{PARTNER_CENTER}:{}", self.settings.api)
    }

    /// Partner Center acting with `token`; sessions refresh with the configured client id
    /// (and client secret, for the Secure Application Model).
    pub fn api(
        &self,
        token: Option<String>,
        dry_run: bool,
        now: jiff::Timestamp,
    ) -> Result<PartnerCenter> {
        let authority = match &self.settings.client_id {
            Some(id) => Some(self.authority(id, &self.settings.tenant)?),
            None => None,
        };
        Ok(PartnerCenter::new(
            self.http.acting(token, false),
            authority,
            env_vars::CLIENT_SECRET.get(),
            now,
            dry_run,
        ))
    }

    fn authority(&self, client_id: &str, tenant: &str) -> Result<Authority> {
        Ok(self.settings.authority(client_id, tenant, self.verbose)?)
    }
}

pub async fn run(ctx: &Context, cmd: BackendCmd) -> Result<()> {
    match cmd {
        BackendCmd::Capabilities => ctx.print(&capabilities::table()),
    }
}

/// `login` against Partner Center: a device code for people; for CI, the client id with its
/// secret, exchanging a refresh token when one is given (Secure Application Model), else
/// client credentials.
pub async fn login(ctx: &Context, pc: &PartnerCenterTarget, args: LoginArgs) -> Result<()> {
    if args.username.is_some() {
        return Err(CliError::Usage {
            message: "Partner Center does not take a user name and password".into(),
            hint: Some("use --device-code, or --client-id with a client secret".into()),
        });
    }
    let client_id = args
        .client_id
        .clone()
        .or_else(|| pc.settings.client_id.clone())
        .ok_or_else(|| CliError::Usage {
            message: "signing in to Partner Center needs an application (client) id".into(),
            hint: Some("pass --client-id ID or set PARTNERCTL_CLIENT_ID".into()),
        })?;
    let tenant = args
        .tenant
        .clone()
        .unwrap_or_else(|| pc.settings.tenant.clone());
    let authority = pc.authority(&client_id, &tenant)?;
    let clock = ctx.clock();
    let (tokens, who) = if args.device_code {
        let code = authority.device_code().await?;
        eprintln!(
            "To sign in, open {} and enter the code {}",
            code.verification_uri, code.user_code
        );
        let tokens = authority.poll(&code, || clock.now()).await?;
        (tokens, format!("user at {tenant}"))
    } else if let Some(certificate) = certificate(args.certificate_file.as_deref())? {
        let tokens = authority
            .client_assertion(&certificate, clock.now())
            .await?;
        (tokens, format!("app {client_id}"))
    } else {
        let secret = secret_from(
            args.client_secret_file.as_deref(),
            env_vars::CLIENT_SECRET,
            "client secret",
        )?
        .ok_or_else(|| CliError::Usage {
            message: "--client-id without --device-code needs the application's client secret \
                      or certificate"
                .into(),
            hint: Some(
                "pass --client-secret-file FILE or --certificate-file FILE (or set \
                 PARTNERCTL_CLIENT_SECRET or PARTNERCTL_CLIENT_CERTIFICATE); \
                 or sign in as a person with --device-code"
                    .into(),
            ),
        })?;
        let refresh = secret_from(
            args.refresh_token_file.as_deref(),
            env_vars::REFRESH_TOKEN,
            "refresh token",
        )?;
        let tokens = match refresh {
            Some(rt) => authority.refresh(&rt, Some(&secret), clock.now()).await?,
            None => authority.client_credentials(&secret, clock.now()).await?,
        };
        (tokens, format!("app {client_id}"))
    };
    // The token must reach Partner Center before it is kept.
    let api = pc.api(Some(tokens.access_token.clone()), false, clock.now())?;
    let org = crate::api::Api::organization_profile(&api).await?;
    if ctx.dry_run {
        ctx.out
            .note("dry run: the sign-in works; no session was stored");
        return Ok(());
    }
    ctx.save_session(&Session::new(&who, &tokens))?;
    ctx.out.note(format_args!(
        "signed in to Partner Center as {who}: {} (tenant {})",
        org.company_name, org.tenant_id
    ));
    Ok(())
}

/// The application's key and certificate from `--certificate-file` or its variable (a path).
fn certificate(file: Option<&Path>) -> Result<Option<ClientCertificate>> {
    let path = match file {
        Some(p) => p.to_path_buf(),
        None => match env_vars::CLIENT_CERTIFICATE.get() {
            Some(p) => p.trim().into(),
            None => return Ok(None),
        },
    };
    let text = std::fs::read_to_string(&path).map_err(CliError::io(format!(
        "reading the certificate file {}",
        path.display()
    )))?;
    Ok(Some(ClientCertificate::from_pem(&text)?))
}

/// A secret from its file (first line) or its environment variable; never from argv.
pub(super) fn secret_from(
    file: Option<&Path>,
    var: env_vars::EnvVar,
    what: &str,
) -> Result<Option<String>> {
    let Some(path) = file else {
        return Ok(var.get().map(|v| v.trim().to_string()));
    };
    let text = std::fs::read_to_string(path).map_err(CliError::io(format!(
        "reading the {what} from {}",
        path.display()
    )))?;
    let first = text.lines().next().unwrap_or("").trim().to_string();
    if first.is_empty() {
        return Err(CliError::usage(format!(
            "{} holds no {what}",
            path.display()
        )));
    }
    Ok(Some(first))
}
