//! bytes → Series::from_json → to_json → from_json must give an equal series
//! and the same canonical text, never longer than the input (so it always
//! loads back under the size limit); nothing may panic.

#![no_main]

use kdrama::{Series, Strictness};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(series) = Series::from_json_slice(data, Strictness::Lenient) else {
        return;
    };
    let json = series.to_json().expect("a valid series serializes");
    assert!(
        json.len() <= data.len(),
        "compact form longer than its input"
    );
    let pretty = series.to_json_pretty().expect("a valid series serializes");
    assert_eq!(
        Series::from_json(&pretty).expect("pretty JSON reads back"),
        series
    );
    let again = Series::from_json(&json).expect("canonical JSON reads back");
    assert_eq!(again, series);
    assert_eq!(again.to_json().expect("serializes"), json);
    // The derived queries must not panic either.
    let _ = series.timeline();
    let _ = series.release_units().count();
});
