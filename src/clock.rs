//! The one clock for "now". Tests and demos set it with `PARTNERCTL_NOW` (RFC 3339), so a
//! year can pass between two commands.

use jiff::{SignedDuration, Timestamp};

#[derive(Debug, Clone, Copy, Default)]
pub struct Clock {
    fixed: Option<Timestamp>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock that always answers `at`.
    pub fn fixed(at: Timestamp) -> Clock {
        Clock { fixed: Some(at) }
    }

    /// `PARTNERCTL_NOW` if set, else the system clock.
    pub fn from_env() -> Result<Clock, String> {
        match crate::env_vars::NOW.get() {
            Some(v) => Clock::parse(&v),
            None => Ok(Clock::system()),
        }
    }

    /// Parse an RFC 3339 time (`2027-03-01T09:00:00Z`) or a date (`2027-03-01`, midnight UTC).
    pub fn parse(v: &str) -> Result<Clock, String> {
        let v = v.trim();
        if let Ok(t) = v.parse::<Timestamp>() {
            return Ok(Clock::fixed(t));
        }
        if let Ok(d) = v.parse::<jiff::civil::Date>() {
            if let Ok(z) = d.to_zoned(jiff::tz::TimeZone::UTC) {
                return Ok(Clock::fixed(z.timestamp()));
            }
        }
        Err(format!(
            "PARTNERCTL_NOW={v:?} is not an RFC 3339 time; use e.g. 2027-03-01T09:00:00Z"
        ))
    }

    pub fn now(&self) -> Timestamp {
        // Whole seconds: stored times and their comparisons stay exact.
        let t = self.fixed.unwrap_or_else(Timestamp::now);
        Timestamp::from_second(t.as_second()).unwrap_or(t)
    }

    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }
}

/// A time as people read it, in tables and messages alike: UTC, to the minute
/// (`2026-11-30 09:23 UTC`). JSON keeps RFC 3339.
pub fn shown(t: &Timestamp) -> String {
    t.strftime("%Y-%m-%d %H:%M UTC").to_string()
}

/// `n` days as a duration (days are always 24 hours here, as in Partner Center's terms).
pub fn days(n: i64) -> SignedDuration {
    SignedDuration::from_hours(24 * n)
}

/// The calendar date of a timestamp, in UTC, for messages.
pub fn date(t: Timestamp) -> String {
    t.to_zoned(jiff::tz::TimeZone::UTC).date().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rfc3339_and_dates() {
        let c = Clock::parse("2027-03-01T09:00:00Z").unwrap();
        assert_eq!(c.now().to_string(), "2027-03-01T09:00:00Z");
        let c = Clock::parse("2027-03-01").unwrap();
        assert_eq!(c.now().to_string(), "2027-03-01T00:00:00Z");
        assert!(Clock::parse("next tuesday").is_err());
    }

    #[test]
    fn times_are_shown_in_utc_to_the_minute() {
        let t: Timestamp = "2026-11-30T09:23:02Z".parse().unwrap();
        assert_eq!(shown(&t), "2026-11-30 09:23 UTC");
    }
}
