//! The sign-ins `serve` holds between two requests, in the store so that every instance on
//! one database shares them: device codes (RFC 8628: asked for at one instance, approved at a
//! second, redeemed at a third) and the client assertions already used (an assertion is good
//! for one sign-in, whichever instance it reaches).
//!
//! Their times are given by the caller as `now`. A device code's lifetime runs on the server's
//! clock (`PARTNERCTL_NOW` moves it, as it moves every other lifetime); how often it may be
//! polled is real time, given apart (`polled_at`), since a clock held still would make every
//! poll too soon. Each rule that counts or checks
//! and then writes takes its lock first (one lock for the whole set of device codes, for the
//! cap; one per device code; one per assertion id).

use super::store::queries::grants as q;
use super::store::Access;
use super::{secrets, Service};
use crate::api::Tokens;
use crate::error::{ApiError, Result};
use jiff::Timestamp;
use std::time::Duration;

/// The most device codes kept at once, waiting or recently expired.
pub const MAX_DEVICE_CODES: i64 = 10_000;
/// The most assertion ids remembered at once; past it sign-ins by assertion wait.
pub const MAX_ASSERTIONS: i64 = 10_000;

/// A device code asked for, as the client is told.
#[derive(Debug, Clone)]
pub struct DeviceCode {
    pub device_code: String,
    pub user_code: String,
}

/// What a poll with a device code hears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Poll {
    /// Approved: the tokens, given once.
    Tokens(Tokens),
    /// OAuth's error name: `authorization_pending`, `slow_down`, `expired_token`,
    /// `authorization_declined`.
    Refused(&'static str),
}

/// Why an assertion cannot be used.
#[derive(Debug, PartialEq, Eq)]
pub enum AssertionRefused {
    Replayed,
    Full,
}

fn ms(t: Timestamp) -> i64 {
    t.as_millisecond()
}

fn device_hash(device_code: &str) -> String {
    secrets::hash_token(device_code)
}

impl Service {
    /// A new device code for a sign-in at `tenant`, valid for `lifetime`; `Err(wait)` when
    /// [`MAX_DEVICE_CODES`] are kept already: how long until the first of them expires.
    /// Expired codes are kept a lifetime longer, so that their polls still hear
    /// `expired_token`; then forgotten.
    pub fn start_device_code(
        &self,
        tenant: &str,
        lifetime: Duration,
        now: Timestamp,
    ) -> Result<std::result::Result<DeviceCode, Duration>> {
        let lifetime_ms = lifetime.as_millis() as i64;
        let code = DeviceCode {
            device_code: crate::random::uuid().simple().to_string(),
            user_code: user_code(),
        };
        let hash = device_hash(&code.device_code);
        self.run(false, Access::Write, |tx| {
            tx.lock("device-codes", "")?;
            q::forget_device_codes_before(tx, ms(now) - lifetime_ms)?;
            let (mut kept, first) = q::device_codes_kept(tx, ms(now))?;
            if kept >= MAX_DEVICE_CODES {
                // Room first from those expired already.
                q::forget_expired_device_codes(tx, ms(now))?;
                kept = q::device_codes_kept(tx, ms(now))?.0;
            }
            if kept >= MAX_DEVICE_CODES {
                let wait = first.map_or(0, |f| f - ms(now)).max(0);
                return Ok(Err(Duration::from_millis(wait as u64)));
            }
            q::add_device_code(tx, &hash, &code.user_code, tenant, ms(now) + lifetime_ms)?;
            Ok(Ok(code.clone()))
        })
    }

    /// The device code (as stored) and tenant of a user code still waiting.
    pub fn waiting_device_code(
        &self,
        user_code: &str,
        now: Timestamp,
    ) -> Result<Option<(String, String)>> {
        self.run(false, Access::Read, |tx| {
            q::waiting_device_code(tx, user_code, ms(now))
        })
    }

    /// Approves a waiting code with the tokens of the person who approved it, or declines it
    /// (`None`). Whether it was still waiting.
    pub fn settle_device_code(&self, stored: &str, tokens: Option<&Tokens>) -> Result<bool> {
        let sealed = match tokens {
            Some(t) => {
                let json = serde_json::to_vec(t)
                    .map_err(|e| ApiError::internal(format!("storing tokens: {e}")))?;
                Some(secrets::seal(&self.mail_key, &json, stored.as_bytes())?)
            }
            None => None,
        };
        let state = if tokens.is_some() {
            "approved"
        } else {
            "declined"
        };
        self.run(false, Access::Write, |tx| {
            q::settle_device_code(tx, stored, state, sealed.as_deref())
        })
    }

    /// A poll with a device code, at most once per `interval` of real time (`polled_at`): the
    /// tokens once approved (and then never again), else OAuth's error name. Whether the code
    /// has expired is read at `now`, the server's clock.
    pub fn redeem_device_code(
        &self,
        device_code: &str,
        interval: Duration,
        now: Timestamp,
        polled_at: Timestamp,
    ) -> Result<Poll> {
        let hash = device_hash(device_code);
        let sealed = self.run(false, Access::Write, |tx| {
            tx.lock("device-code", &hash)?;
            let Some(code) = q::device_code(tx, &hash)? else {
                return Ok(Err("expired_token"));
            };
            if ms(now) >= code.expires_ms {
                q::forget_device_code(tx, &hash)?;
                return Ok(Err("expired_token"));
            }
            // A little leeway: a client polling at the interval is not too soon.
            let too_soon = code
                .last_poll_ms
                .is_some_and(|last| ms(polled_at) < last + interval.as_millis() as i64 - 100);
            match code.state.as_str() {
                "waiting" => {
                    q::record_poll(tx, &hash, ms(polled_at))?;
                    Ok(Err(if too_soon {
                        "slow_down"
                    } else {
                        "authorization_pending"
                    }))
                }
                "declined" => {
                    q::forget_device_code(tx, &hash)?;
                    Ok(Err("authorization_declined"))
                }
                "approved" => {
                    q::forget_device_code(tx, &hash)?;
                    code.tokens.map(Ok).ok_or_else(|| {
                        ApiError::internal("an approved device code has no tokens stored")
                    })
                }
                other => Err(ApiError::internal(format!(
                    "a device code is in the unknown state {other:?}"
                ))),
            }
        })?;
        match sealed {
            Ok(sealed) => {
                let json = secrets::open(&self.mail_key, &sealed, hash.as_bytes())?;
                let tokens = serde_json::from_slice(&json)
                    .map_err(|e| ApiError::internal(format!("reading stored tokens: {e}")))?;
                Ok(Poll::Tokens(tokens))
            }
            Err(error) => Ok(Poll::Refused(error)),
        }
    }

    /// Records the first use of an application's assertion `jti`, remembered until `until`;
    /// a second use before then is refused.
    pub fn first_use_of_assertion(
        &self,
        client_id: &str,
        jti: &str,
        until: Timestamp,
        now: Timestamp,
    ) -> Result<std::result::Result<(), AssertionRefused>> {
        self.run(false, Access::Write, |tx| {
            tx.lock("assertion", &format!("{client_id}\0{jti}"))?;
            if q::assertion_seen_until(tx, client_id, jti)?.is_some_and(|u| ms(now) < u) {
                return Ok(Err(AssertionRefused::Replayed));
            }
            if q::forget_assertions_until(tx, ms(now))? >= MAX_ASSERTIONS {
                return Ok(Err(AssertionRefused::Full));
            }
            q::remember_assertion(tx, client_id, jti, ms(until))?;
            Ok(Ok(()))
        })
    }
}

/// Nine letters and digits, easy to read aloud (no 0/O, 1/I).
fn user_code() -> String {
    crate::random::chars_from(b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 9)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::backend::OpenOptions;

    fn service() -> (tempfile::TempDir, std::sync::Arc<Service>) {
        let dir = tempfile::tempdir().unwrap();
        let service = Service::open(dir.path(), OpenOptions::default()).unwrap();
        (dir, service)
    }

    fn t(s: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + s).unwrap()
    }

    fn tokens() -> Tokens {
        Tokens {
            token_type: "Bearer".into(),
            access_token: "a".into(),
            expires_in: 3600,
            refresh_token: "r".into(),
            expires_at: t(3600),
            refresh_expires_at: t(7200),
        }
    }

    const MINUTE: Duration = Duration::from_secs(60);
    const SECOND: Duration = Duration::from_secs(1);

    #[test]
    fn a_device_code_waits_then_gives_its_tokens_once() {
        let (_d, s) = service();
        let code = s
            .start_device_code("common", MINUTE, t(0))
            .unwrap()
            .unwrap();
        assert_eq!(code.user_code.len(), 9);
        assert!(!code.user_code.contains(['0', 'O', '1', 'I']));
        let poll = |at| {
            s.redeem_device_code(&code.device_code, SECOND, t(at), t(at))
                .unwrap()
        };
        assert_eq!(poll(1), Poll::Refused("authorization_pending"));
        let (stored, tenant) = s
            .waiting_device_code(&code.user_code, t(2))
            .unwrap()
            .unwrap();
        assert_eq!(tenant, "common");
        assert!(s.settle_device_code(&stored, Some(&tokens())).unwrap());
        assert!(
            !s.settle_device_code(&stored, None).unwrap(),
            "settled once"
        );
        assert_eq!(s.waiting_device_code(&code.user_code, t(3)).unwrap(), None);
        assert_eq!(poll(4), Poll::Tokens(tokens()));
        assert_eq!(poll(6), Poll::Refused("expired_token"), "given once");
    }

    #[test]
    fn polls_too_soon_slow_down_and_declined_or_expired_codes_say_so() {
        let (_d, s) = service();
        let code = s
            .start_device_code("common", MINUTE, t(0))
            .unwrap()
            .unwrap();
        let poll = |c: &DeviceCode, at| {
            s.redeem_device_code(&c.device_code, SECOND, t(at), t(at))
                .unwrap()
        };
        assert_eq!(poll(&code, 1), Poll::Refused("authorization_pending"));
        let soon = s
            .redeem_device_code(&code.device_code, 10 * SECOND, t(2), t(2))
            .unwrap();
        assert_eq!(soon, Poll::Refused("slow_down"));
        let (stored, _) = s
            .waiting_device_code(&code.user_code, t(3))
            .unwrap()
            .unwrap();
        s.settle_device_code(&stored, None).unwrap();
        assert_eq!(poll(&code, 5), Poll::Refused("authorization_declined"));

        let late = s
            .start_device_code("common", MINUTE, t(0))
            .unwrap()
            .unwrap();
        assert_eq!(s.waiting_device_code(&late.user_code, t(61)).unwrap(), None);
        assert_eq!(poll(&late, 61), Poll::Refused("expired_token"));
    }

    /// The lifetime on the server's clock, the pace of polls on real time: a clock held still
    /// neither slows every poll down nor keeps a code alive once it is moved on.
    #[test]
    fn a_code_expires_by_the_servers_clock_and_polls_are_paced_by_real_time() {
        let (_d, s) = service();
        let code = s
            .start_device_code("common", MINUTE, t(0))
            .unwrap()
            .unwrap();
        let poll = |now, real| {
            s.redeem_device_code(&code.device_code, SECOND, t(now), t(real))
                .unwrap()
        };
        assert_eq!(poll(0, 100), Poll::Refused("authorization_pending"));
        assert_eq!(poll(0, 102), Poll::Refused("authorization_pending"));
        assert_eq!(poll(0, 102), Poll::Refused("slow_down"));
        assert_eq!(poll(61, 104), Poll::Refused("expired_token"));
    }

    #[test]
    fn device_codes_are_capped_and_forgotten_a_lifetime_after_they_expire() {
        let (_d, s) = service();
        let count = || -> i64 {
            s.run(false, Access::Read, |tx| Ok(q::device_codes_kept(tx, 0)?.0))
                .unwrap()
        };
        // Fill the store as if MAX_DEVICE_CODES had been asked for.
        s.run(false, Access::Write, |tx| {
            for i in 0..MAX_DEVICE_CODES {
                q::add_device_code(tx, &i.to_string(), "CODE", "common", ms(t(60)))?;
            }
            Ok(())
        })
        .unwrap();
        let wait = s
            .start_device_code("common", MINUTE, t(0))
            .unwrap()
            .unwrap_err();
        assert_eq!(wait, MINUTE, "says when the first code expires");
        // Once they expired, a new code makes room.
        s.start_device_code("common", MINUTE, t(61))
            .unwrap()
            .unwrap();
        assert_eq!(count(), 1);
    }

    #[test]
    fn an_assertion_is_good_once_until_it_expires() {
        let (_d, s) = service();
        let first = |client: &str, jti: &str, at| {
            s.first_use_of_assertion(client, jti, t(600), t(at))
                .unwrap()
        };
        assert_eq!(first("app", "a", 0), Ok(()));
        assert_eq!(first("app", "a", 599), Err(AssertionRefused::Replayed));
        assert_eq!(
            first("other", "a", 0),
            Ok(()),
            "another application's id is its own"
        );
        assert_eq!(first("app", "a", 601), Ok(()), "forgotten once expired");
    }

    #[test]
    fn remembered_assertions_are_bounded_and_expired_ones_make_room() {
        let (_d, s) = service();
        s.run(false, Access::Write, |tx| {
            for i in 0..MAX_ASSERTIONS {
                q::remember_assertion(tx, "app", &i.to_string(), ms(t(10)))?;
            }
            Ok(())
        })
        .unwrap();
        let first = |at| {
            s.first_use_of_assertion("app", "more", t(20), t(at))
                .unwrap()
        };
        assert_eq!(first(0), Err(AssertionRefused::Full));
        assert_eq!(first(11), Ok(()));
    }
}
