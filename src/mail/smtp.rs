//! Delivery over SMTP with lettre (rustls): `smtp://HOST:PORT` (plain, for a local MTA),
//! `smtp://HOST:PORT?tls=required` (STARTTLS), `smtps://HOST:PORT` (TLS from the start), with
//! `USER@` in the URL for authentication. The password is never in the URL: it is given
//! apart (from a file or the environment), so that it stays out of argv and logs.

use super::Outgoing;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{Message, SmtpTransport, Transport};
use std::time::Duration;

/// How long one SMTP conversation may stall before the attempt counts as failed.
const TIMEOUT: Duration = Duration::from_secs(30);

/// An SMTP relay and the sender's address.
#[derive(Clone)]
pub struct Mailer {
    transport: SmtpTransport,
    from: Mailbox,
    /// The right-hand side of Message-IDs: the sender's domain.
    id_domain: String,
    /// The relay, for messages (without credentials).
    describe: String,
}

/// Why an attempt failed; a permanent failure (a 5xx answer) is not tried again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    pub permanent: bool,
    pub message: String,
}

impl Mailer {
    /// A mailer for `url` sending as `from`; `password` authenticates the URL's user.
    pub fn new(url: &str, from: &str, password: Option<&str>) -> Result<Mailer, String> {
        let parsed = url::Url::parse(url.trim())
            .map_err(|e| format!("--smtp-url {url:?}: {e}; write smtp://HOST:PORT"))?;
        if !matches!(parsed.scheme(), "smtp" | "smtps") || parsed.host_str().is_none() {
            return Err(format!(
                "--smtp-url {url:?}: write smtp://HOST:PORT, smtp://HOST:PORT?tls=required or smtps://HOST:PORT"
            ));
        }
        if parsed.password().is_some() {
            return Err(
                "--smtp-url holds a password: give it in PARTNERCTL_SMTP_PASSWORD or \
                 --smtp-password-file instead, and only USER@ in the URL"
                    .to_string(),
            );
        }
        let user = decode_percent(parsed.username());
        let mut bare = parsed.clone();
        let _ = bare.set_username("");
        let describe = bare.to_string();
        let mut builder = SmtpTransport::from_url(bare.as_str())
            .map_err(|e| format!("--smtp-url {describe}: {e}"))?
            .timeout(Some(TIMEOUT));
        match (user.is_empty(), password) {
            (false, Some(p)) => builder = builder.credentials(Credentials::new(user, p.into())),
            (true, Some(_)) => {
                return Err(format!(
                    "an SMTP password is given but --smtp-url {describe} names no user: write smtp://USER@HOST:PORT"
                ))
            }
            (false, None) => {
                return Err(format!(
                    "--smtp-url names the user {user} but no SMTP password is given: set \
                     PARTNERCTL_SMTP_PASSWORD or pass --smtp-password-file FILE"
                ))
            }
            (true, None) => {}
        }
        let from: Mailbox = from.trim().parse().map_err(|e| {
            format!("--mail-from {from:?}: {e}; write an address like partners@contoso.com")
        })?;
        Ok(Mailer {
            transport: builder.build(),
            id_domain: from.email.domain().to_string(),
            from,
            describe,
        })
    }

    /// The relay, without credentials.
    pub fn describe(&self) -> &str {
        &self.describe
    }

    /// The Message-ID of a mail: the same for every attempt, so that a mail delivered twice
    /// (at least once) is recognisably one.
    pub fn message_id(&self, mail_id: &str) -> String {
        format!("<{mail_id}@{}>", self.id_domain)
    }

    /// One attempt to hand the mail to the relay (blocking).
    pub fn send(&self, mail: &Outgoing) -> Result<(), SendError> {
        let permanent = |message: String| SendError {
            permanent: true,
            message,
        };
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| permanent(format!("the address {}: {e}", mail.to)))?;
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(self.message_id(&mail.id)));
        let message = match &mail.html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(
                mail.text.clone(),
                html.clone(),
            )),
            None => builder.singlepart(
                SinglePart::builder()
                    .header(ContentType::TEXT_PLAIN)
                    .body(mail.text.clone()),
            ),
        }
        .map_err(|e| permanent(format!("composing the mail: {e}")))?;
        self.transport
            .send(&message)
            .map(drop)
            .map_err(|e| SendError {
                permanent: e.is_permanent(),
                message: format!("{}: {e}", self.describe),
            })
    }
}

/// `%40` and the like in a URL's user name.
fn decode_percent(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let hex = || std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok();
        match (bytes[i], hex().and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_the_url_is_refused() {
        let e = Mailer::new("smtp://u:secret@127.0.0.1:25", "a@b.test", None)
            .err()
            .unwrap();
        assert!(
            e.contains("PARTNERCTL_SMTP_PASSWORD") && !e.contains("secret"),
            "{e}"
        );
    }

    #[test]
    fn a_user_needs_a_password_and_a_password_a_user() {
        assert!(
            Mailer::new("smtp://u%40x.test@127.0.0.1:25", "a@b.test", None)
                .err()
                .unwrap()
                .contains("u@x.test")
        );
        assert!(Mailer::new("smtp://127.0.0.1:25", "a@b.test", Some("p")).is_err());
        assert!(Mailer::new("smtp://u@127.0.0.1:25?tls=required", "a@b.test", Some("p")).is_ok());
    }

    #[test]
    fn urls_and_senders_are_checked() {
        for url in ["http://x:25", "smtp://", "smtp://x:25?tls=maybe"] {
            assert!(Mailer::new(url, "a@b.test", None).is_err(), "{url}");
        }
        assert!(Mailer::new("smtp://x:25", "not an address", None).is_err());
        let m = Mailer::new("smtps://mail.test", "Partners <p@contoso.test>", None).unwrap();
        assert_eq!(m.message_id("abc"), "<abc@contoso.test>");
    }
}
