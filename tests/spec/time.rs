//! Times are written one way everywhere: `90s`, `30m`, `2h`, `1d12h`, `T+6h`.

use fluxsim::SimTime;

#[test]
fn offsets_and_durations_share_one_syntax() {
    let offset: SimTime = "T+1d12h".parse().expect("valid offset");
    let span: SimTime = "36h".parse().expect("valid duration");
    assert_eq!(offset, span);
    assert_eq!(span.millis(), 36 * 3_600_000);
}

#[test]
fn a_bad_time_says_what_to_write() {
    let err = "3 hours".parse::<SimTime>().unwrap_err().to_string();
    assert!(err.contains("`3 hours`"), "{err}");
    assert!(err.contains("1d12h"), "{err}");
}
