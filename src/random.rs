//! Random numbers: the operating system's source (through `ring`) for everything that must not
//! be guessed or repeat, and a small seeded generator for what must repeat on purpose
//! (`serve --inject-faults ...,seed=N`).

use ring::rand::{SecureRandom, SystemRandom};
use std::cell::RefCell;

/// `buf` filled from the operating system's random source.
///
/// Small requests are served from a buffer of this thread's, filled from the operating system
/// [`BUFFER`] bytes at a time: a bulk run asks for ids, keys and codes about fifty times per
/// subsidiary, and each was a system call of its own. Every byte is handed out once and wiped
/// from the buffer as it is, so what the buffer holds is only what is still to be handed out.
/// (partnerctl never forks without executing another program at once, so no two processes
/// share a buffer.)
pub fn fill(buf: &mut [u8]) {
    if buf.len() > BUFFER / 4 {
        return from_the_system(buf);
    }
    POOL.with_borrow_mut(|pool| {
        if BUFFER - pool.used < buf.len() {
            from_the_system(&mut pool.bytes);
            pool.used = 0;
        }
        let taken = &mut pool.bytes[pool.used..pool.used + buf.len()];
        buf.copy_from_slice(taken);
        taken.fill(0);
        pool.used += buf.len();
    });
}

/// Bytes drawn from the operating system at a time for small requests (see [`fill`]).
const BUFFER: usize = 4096;

/// This thread's random bytes still to be handed out: `bytes[used..]`.
struct Pool {
    bytes: [u8; BUFFER],
    used: usize,
}

thread_local! {
    static POOL: RefCell<Pool> = const {
        RefCell::new(Pool {
            bytes: [0; BUFFER],
            used: BUFFER,
        })
    };
}

fn from_the_system(buf: &mut [u8]) {
    SystemRandom::new()
        .fill(buf)
        .expect("the operating system's random source failed");
}

/// `N` random bytes.
pub fn bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    fill(&mut b);
    b
}

/// A random (version 4) UUID, its bytes from [`fill`].
pub fn uuid() -> uuid::Uuid {
    uuid::Builder::from_random_bytes(bytes()).into_uuid()
}

/// A random 64-bit number.
pub fn u64() -> u64 {
    u64::from_le_bytes(bytes())
}

/// A uniform number in `0..n` (`n` > 0).
pub fn below(n: u64) -> u64 {
    uniform(n, u64)
}

/// A uniform number in `lo..=hi`.
pub fn between(lo: u64, hi: u64) -> u64 {
    match (hi - lo).checked_add(1) {
        Some(span) => lo + below(span),
        None => u64(),
    }
}

/// A uniform number in `[0, 1)`.
pub fn unit() -> f64 {
    to_unit(u64())
}

/// `n` characters drawn uniformly from `alphabet` (ASCII). The draws are taken from the
/// operating system in one call, not one per character: a product key or a password would
/// otherwise cost a system call per character, which added up to most of a bulk run's time
/// in the kernel.
pub fn chars_from(alphabet: &[u8], n: usize) -> String {
    let mut pool = vec![0u8; 8 * n];
    fill(&mut pool);
    let mut draws = pool
        .chunks_exact(8)
        .map(|c| u64::from_le_bytes(c.try_into().expect("chunks of 8")));
    // A draw is refused fewer than once in 2^63: past the pool, draw one at a time.
    let mut next = || draws.next().unwrap_or_else(u64);
    (0..n)
        .map(|_| alphabet[uniform(alphabet.len() as u64, &mut next) as usize] as char)
        .collect()
}

/// A number in `0..n` from the draws of `next`, without modulo bias: `x % n` alone would
/// favour the low numbers when 2^64 is not a multiple of `n`, so draws in the incomplete last
/// block of `n` are drawn again (fewer than one in 2^63 for any `n`, and none for a power of 2).
fn uniform(n: u64, mut next: impl FnMut() -> u64) -> u64 {
    assert!(n > 0, "a range with no numbers in it");
    let whole_blocks = u64::MAX - (u64::MAX % n + 1) % n;
    loop {
        let x = next();
        if x <= whole_blocks {
            return x % n;
        }
    }
}

/// 53 random bits as a float in `[0, 1)`.
fn to_unit(x: u64) -> f64 {
    (x >> 11) as f64 / (1u64 << 53) as f64
}

/// A small seeded generator (SplitMix64): the same seed gives the same numbers on every run
/// and machine. For repeatable test behaviour only, never for secrets.
#[derive(Debug, Clone)]
pub struct Seeded(u64);

impl Seeded {
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A uniform number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        uniform(n, || self.next_u64())
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        to_unit(self.next_u64()) < p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_draws_come_from_the_buffer_once_each_and_are_wiped_from_it() {
        // Across several refills of the buffer, no 16-byte draw repeats another.
        let n = 3 * BUFFER / 16;
        let draws: std::collections::HashSet<[u8; 16]> = (0..n).map(|_| bytes()).collect();
        assert_eq!(draws.len(), n);
        let _: [u8; 16] = bytes();
        POOL.with_borrow(|pool| {
            assert!(pool.used >= 16, "the draw came from the buffer");
            assert!(
                pool.bytes[..pool.used].iter().all(|&b| b == 0),
                "what was handed out is wiped"
            );
            assert!(pool.bytes[pool.used..].iter().any(|&b| b != 0));
        });
        // A large request goes to the system and leaves the buffer as it was.
        let before = POOL.with_borrow(|pool| pool.used);
        let mut large = [0u8; BUFFER];
        fill(&mut large);
        assert!(large.iter().any(|&b| b != 0));
        assert_eq!(POOL.with_borrow(|pool| pool.used), before);
    }

    #[test]
    fn draws_in_the_incomplete_last_block_are_drawn_again() {
        // n = 3: 2^64 = 3 * 6148914691236517205 + 1, so only u64::MAX is outside the blocks.
        let mut draws = [u64::MAX, u64::MAX - 1].into_iter();
        assert_eq!(uniform(3, || draws.next().unwrap()), (u64::MAX - 1) % 3);
        // n = 2^63 + 1: x % n alone would give 0 for both 0 and 2^63 + 1; the second one is
        // past the only whole block, and drawn again.
        let n = (1u64 << 63) + 1;
        let mut draws = [n, 5].into_iter();
        assert_eq!(uniform(n, || draws.next().unwrap()), 5);
        // A power of two has no incomplete block: every draw is kept.
        assert_eq!(uniform(8, || u64::MAX), 7);
        assert_eq!(uniform(1, || u64::MAX), 0);
    }

    #[test]
    fn every_value_of_a_small_range_comes_up_about_equally() {
        let mut counts = [0u32; 7];
        for _ in 0..7_000 {
            counts[below(7) as usize] += 1;
        }
        assert!(
            counts.iter().all(|&c| (700..1300).contains(&c)),
            "{counts:?}"
        );
        assert!((0..100).all(|_| (5..=9).contains(&between(5, 9))));
        assert!((0..100).all(|_| (0.0..1.0).contains(&unit())));
        let s = chars_from(b"ab", 64);
        assert!(s.contains('a') && s.contains('b') && s.len() == 64);
    }

    #[test]
    fn characters_drawn_at_once_are_each_uniform() {
        let s = chars_from(b"abcdefg", 7_000);
        let counts: Vec<usize> = b"abcdefg"
            .iter()
            .map(|&c| s.bytes().filter(|&b| b == c).count())
            .collect();
        assert!(
            counts.iter().all(|&c| (700..1300).contains(&c)),
            "{counts:?}"
        );
        assert_ne!(chars_from(b"0123456789", 20), chars_from(b"0123456789", 20));
    }

    #[test]
    fn a_seed_repeats_its_numbers() {
        let mut a = Seeded::new(7);
        let mut b = Seeded::new(7);
        let first: Vec<u64> = (0..5).map(|_| a.below(100)).collect();
        assert_eq!(first, (0..5).map(|_| b.below(100)).collect::<Vec<_>>());
        assert_ne!(first, {
            let mut c = Seeded::new(8);
            (0..5).map(|_| c.below(100)).collect::<Vec<_>>()
        });
    }
}
