//! bytes → Series::from_json → to_json → from_json must give an equal series
//! and the same canonical text; nothing may panic.

#![no_main]

use kdrama::{Series, Strictness};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(series) = Series::from_json_slice(data, Strictness::Lenient) else {
        return;
    };
    let json = series.to_json().expect("a valid series serializes");
    let again = Series::from_json(&json).expect("canonical JSON reads back");
    assert_eq!(again, series);
    assert_eq!(again.to_json().expect("serializes"), json);
    // The derived queries must not panic either.
    let _ = series.timeline();
    let _ = series.release_units().count();
});
