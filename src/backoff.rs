//! Waits between retries: a first wait that doubles with each retry up to a ceiling (the HTTP
//! client, a bulk run's throttling, the mail queue, PostgreSQL's transaction retries), and
//! jitter, so that callers that failed together do not retry together.

use std::time::Duration;

/// `first` doubled `retry` times, at most `max`.
pub fn doubling(first: Duration, retry: u32, max: Duration) -> Duration {
    first.saturating_mul(1 << retry.min(20)).min(max)
}

/// Between half of `wait` and all of it, at random ("equal jitter").
pub fn jittered(wait: Duration) -> Duration {
    let half = wait / 2;
    let spread = u64::try_from((wait - half).as_nanos()).unwrap_or(u64::MAX);
    half + Duration::from_nanos(crate::random::between(0, spread))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubling_is_capped() {
        let first = Duration::from_millis(100);
        let max = Duration::from_secs(1);
        let waits: Vec<u128> = (0..6)
            .map(|n| doubling(first, n, max).as_millis())
            .collect();
        assert_eq!(waits, [100, 200, 400, 800, 1000, 1000]);
        assert_eq!(doubling(first, u32::MAX, max), max);
    }

    #[test]
    fn jitter_stays_within_half_and_whole() {
        let wait = Duration::from_millis(800);
        let seen: Vec<Duration> = (0..200).map(|_| jittered(wait)).collect();
        assert!(seen.iter().all(|w| *w >= wait / 2 && *w <= wait));
        // Spread out, not one value.
        assert!(seen.iter().any(|w| *w != seen[0]));
    }
}
