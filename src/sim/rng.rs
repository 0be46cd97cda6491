//! Random streams: one per named source, derived from the master seed and a stable name, so
//! a change in one place never reshuffles the random numbers drawn elsewhere.

use std::hash::{Hash, Hasher};

use fnv::FnvHasher;
use rand::rngs::ChaCha8Rng;
use rand::{RngExt, SeedableRng};
use rand_distr::{Distribution as _, Exp1, LogNormal};

use crate::scenario::Distribution;

/// FNV-1a 64 of a byte string: the fixed, documented hash behind stream seeds and digests.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = FnvHasher::default();
    h.write(bytes);
    h.finish()
}

/// The generator of the stream `name` under `seed`: ChaCha8 seeded with FNV-1a(name) ^ seed
/// mixed through SplitMix64 (`seed_from_u64`), so streams are independent and portable.
pub fn stream(seed: u64, name: &str) -> ChaCha8Rng {
    ChaCha8Rng::seed_from_u64(seed ^ fnv1a(name.as_bytes()))
}

/// Feeds the state of a stream (seed, stream, position) to a digest.
pub fn hash_state(rng: &ChaCha8Rng, h: &mut impl Hasher) {
    rng.get_seed().hash(h);
    rng.get_stream().hash(h);
    rng.get_word_pos().hash(h);
}

/// A uniform draw in [0, 1).
pub fn unit(rng: &mut ChaCha8Rng) -> f64 {
    rng.random::<f64>()
}

/// A duration in milliseconds drawn from `d` (never negative).
pub fn sample_ms(d: &Distribution, rng: &mut ChaCha8Rng) -> i64 {
    let ms = match *d {
        Distribution::Exp { mean } => {
            let e: f64 = Exp1.sample(rng);
            e * mean.millis() as f64
        }
        Distribution::LogNormal { mean, sd } => {
            let m = mean.millis() as f64;
            let cv = sd.millis() as f64 / m;
            match LogNormal::from_mean_cv(m, cv) {
                Ok(dist) => dist.sample(rng),
                Err(_) => m,
            }
        }
        Distribution::Fixed(t) => t.millis() as f64,
        Distribution::Uniform { min, max } => {
            let (a, b) = (min.millis() as f64, max.millis() as f64);
            a + (b - a) * unit(rng)
        }
    };
    round_ms(ms).max(0)
}

/// `x.round() as i64`: to the nearest whole number, halves away from zero. `f64::round` is
/// a library call on a target without SSE4.1, and a duration is rounded once or twice for
/// every person; this is a few inline instructions for every value below 2^52.
pub fn round_ms(x: f64) -> i64 {
    const EXACT: f64 = 4_503_599_627_370_496.0; // 2^52
    if x.abs() < EXACT {
        let whole = x as i64;
        // Exact: `x` and its whole part are close enough for the difference to be a double.
        let fraction = x - whole as f64;
        whole + i64::from(fraction >= 0.5) - i64::from(fraction <= -0.5)
    } else {
        x.round() as i64
    }
}

/// Draws an index from cumulative weights (the last entry is the total). A single choice
/// draws nothing.
pub fn pick(cumulative: &[f64], rng: &mut ChaCha8Rng) -> usize {
    if cumulative.len() <= 1 {
        return 0;
    }
    let total = cumulative.last().copied().unwrap_or(0.0);
    let x = unit(rng) * total;
    cumulative
        .iter()
        .position(|&c| x < c)
        .unwrap_or(cumulative.len().saturating_sub(1))
}

/// Running sums of weights, for `pick`.
pub fn cumulate(weights: impl IntoIterator<Item = f64>) -> Vec<f64> {
    let mut acc = 0.0;
    weights
        .into_iter()
        .map(|w| {
            acc += w;
            acc
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::SimTime;

    #[test]
    fn streams_with_different_names_differ_and_the_same_name_repeats() {
        let a: Vec<u64> = (0..4)
            .map(|_| stream(7, "arrivals/north").random())
            .collect();
        let mut s = stream(7, "arrivals/north");
        let again: Vec<u64> = (0..4).map(|_| s.random()).collect();
        let mut t = stream(7, "arrivals/south");
        let other: Vec<u64> = (0..4).map(|_| t.random()).collect();
        assert_eq!(a[0], again[0]);
        assert_ne!(again, other);
    }

    #[test]
    fn rounding_a_duration_is_the_standard_rounding_halves_away_from_zero() {
        let mut rng = stream(3, "round");
        let edges = [
            0.0,
            -0.0,
            0.5,
            -0.5,
            1.5,
            2.5,
            -2.5,
            0.49999999999999994,
            -0.49999999999999994,
            4_503_599_627_370_495.5,
            4_503_599_627_370_497.0,
            1e300,
            -1e300,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        let drawn = (0..100_000).map(|_| (unit(&mut rng) - 0.5) * 1e9);
        let halves = (0..1_000).map(|i| f64::from(i) - 500.5);
        for x in edges.into_iter().chain(drawn).chain(halves) {
            assert_eq!(round_ms(x), x.round() as i64, "{x}");
        }
    }

    #[test]
    fn exponential_samples_have_the_right_mean() {
        let mut rng = stream(1, "test");
        let d = Distribution::Exp {
            mean: SimTime::mins(6),
        };
        let n = 200_000;
        let mean = (0..n).map(|_| sample_ms(&d, &mut rng) as f64).sum::<f64>() / n as f64;
        assert!((mean / 360_000.0 - 1.0).abs() < 0.01, "mean {mean}");
    }
}
