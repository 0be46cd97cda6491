//! Summaries of one quantity over the replications: mean, spread, the empirical 5th–95th
//! percentile interval of the replications and a 90 % Student-t interval of the mean.

use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};

/// One quantity summarised over the replications that have a value for it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// Replications with a value (a mean time to referral needs at least one referral).
    pub n: usize,
    /// Mean over those replications.
    pub mean: f64,
    /// Sample standard deviation (n − 1 in the denominator; 0 for a single value).
    pub sd: f64,
    /// Smallest value.
    pub min: f64,
    /// Empirical 5th percentile of the replications (linear interpolation between order
    /// statistics, as numpy's default): the lower end of the 90 % interval.
    pub p5: f64,
    /// Median of the replications: their empirical 50th percentile, interpolated the same
    /// way (the mean of the two middle values when n is even).
    pub median: f64,
    /// Empirical 95th percentile: the upper end of the 90 % interval.
    pub p95: f64,
    /// Largest value.
    pub max: f64,
    /// Lower end of the 90 % Student-t confidence interval of the mean (needs n ≥ 2).
    pub mean_low: Option<f64>,
    /// Upper end of that interval.
    pub mean_high: Option<f64>,
}

impl Summary {
    /// Summarises `values` in the order given (the sums are taken in that order, so the
    /// same values in the same order give the same bits). None when there are none.
    pub fn of(values: &[f64]) -> Option<Summary> {
        let n = values.len();
        if n == 0 {
            return None;
        }
        let mean = values.iter().sum::<f64>() / n as f64;
        let sd = if n > 1 {
            let squares: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
            (squares / (n - 1) as f64).sqrt()
        } else {
            0.0
        };
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let half_width = t_quantile_95(n).map(|t| t * sd / (n as f64).sqrt());
        Some(Summary {
            n,
            mean,
            sd,
            min: sorted[0],
            p5: percentile(&sorted, 0.05),
            median: percentile(&sorted, 0.5),
            p95: percentile(&sorted, 0.95),
            max: sorted[n - 1],
            mean_low: half_width.map(|h| mean - h),
            mean_high: half_width.map(|h| mean + h),
        })
    }
}

/// The p-quantile of sorted values, interpolating linearly between the order statistics at
/// rank (n − 1)·p (Hyndman and Fan's type 7).
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    let Some(&last) = sorted.last() else {
        return f64::NAN;
    };
    let h = (sorted.len() - 1) as f64 * p;
    let lo = h.floor() as usize;
    match sorted.get(lo + 1) {
        Some(&next) => sorted[lo] + (h - lo as f64) * (next - sorted[lo]),
        None => last,
    }
}

/// The 95th percentile of Student's t with n − 1 degrees of freedom: the half-width factor
/// of a two-sided 90 % interval. None below two values.
fn t_quantile_95(n: usize) -> Option<f64> {
    if n < 2 {
        return None;
    }
    let t = StudentsT::new(0.0, 1.0, (n - 1) as f64).ok()?;
    Some(t.inverse_cdf(0.95))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_interpolate_between_order_statistics() {
        let sorted: Vec<f64> = (1..=21).map(f64::from).collect();
        assert_eq!(percentile(&sorted, 0.05), 2.0);
        assert_eq!(percentile(&sorted, 0.95), 20.0);
        assert!((percentile(&[0.0, 10.0], 0.05) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn the_median_is_the_middle_value_or_the_mean_of_the_two_middle_ones() {
        let odd = Summary::of(&[9.0, 1.0, 4.0]).expect("three values");
        assert_eq!(odd.median, 4.0);
        let even = Summary::of(&[8.0, 1.0, 2.0, 30.0]).expect("four values");
        assert_eq!(even.median, 5.0);
        assert!(even.p5 <= even.median && even.median <= even.p95);
    }

    #[test]
    fn the_t_factor_matches_the_tables() {
        // Tables: t(0.95; 9) = 1.833, t(0.95; 199) = 1.653.
        assert!((t_quantile_95(10).unwrap_or(0.0) - 1.833).abs() < 1e-3);
        assert!((t_quantile_95(200).unwrap_or(0.0) - 1.653).abs() < 1e-3);
        assert_eq!(t_quantile_95(1), None);
    }
}
