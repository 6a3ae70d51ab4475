//! The limits on input: every text, every list at every depth, every date.
//! Each is documented where it is defined, with an example that crosses it.

/// The largest JSON input accepted, in bytes (16 MiB). Nesting is bounded by
/// serde_json's recursion limit (128 levels), which the format never nears.
///
/// ```
/// let big = vec![b' '; kdrama::MAX_INPUT_BYTES + 1];
/// let err = kdrama::Series::from_json_slice(&big, kdrama::Strictness::Lenient).unwrap_err();
/// assert!(matches!(err, kdrama::Error::TooLarge { .. }));
/// ```
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The longest text accepted in any one field, in bytes (16 KiB).
///
/// ```
/// let long = "a".repeat(kdrama::MAX_TEXT_BYTES + 1);
/// let err = kdrama::Series::builder("x".parse()?, long).build().unwrap_err();
/// assert_eq!(err.violations().unwrap().iter().next().unwrap().kind(), kdrama::ViolationKind::TooLong);
/// # Ok::<(), kdrama::Error>(())
/// ```
pub const MAX_TEXT_BYTES: usize = 16 * 1024;

/// The most records accepted in any one list (100 000).
///
/// ```
/// use kdrama::{Episode, Part, Series, MAX_RECORDS};
/// let mut part = Part::new(1, "2024".parse()?);
/// for n in 1..=MAX_RECORDS as u32 + 1 {
///     part = part.with_episode(Episode::new(n));
/// }
/// let err = Series::builder("x".parse()?, "X").part(part).build().unwrap_err();
/// let v = err.violations().unwrap().iter().next().unwrap();
/// assert_eq!((v.path(), v.message()), ("parts[0].episodes", "100001 entries: expected at most 100000"));
/// # Ok::<(), kdrama::Error>(())
/// ```
pub const MAX_RECORDS: usize = 100_000;

/// The longest plausible episode runtime, in minutes.
///
/// ```
/// let ok = kdrama::Series::builder("x".parse()?, "X")
///     .part(kdrama::Part::new(1, "2024".parse()?).with_episode(kdrama::Episode::new(1).with_runtime_minutes(kdrama::MAX_RUNTIME_MINUTES)))
///     .build();
/// assert!(ok.is_ok());
/// # Ok::<(), kdrama::Error>(())
/// ```
pub const MAX_RUNTIME_MINUTES: u32 = 300;

/// The most entries in a list inside a record (1 000): `cites`, `aliases`,
/// `depicts`, `answers`, announcements, lifecycle events, interpretations,
/// participants, awards, genres, romanizations, localized titles, … Lists of
/// episodes (a part's, a portrayal's) are bounded by [`MAX_RECORDS`] instead.
///
/// ```
/// let cites: Vec<String> = (0..=kdrama::MAX_ITEMS).map(|i| format!("\"s{i}\"")).collect();
/// let json = format!(r#"{{"format": 1, "id": "x", "titles": {{"english": "X"}}, "original_language": "ko",
///     "country": "KR", "cites": [{}]}}"#, cites.join(","));
/// let Err(kdrama::Error::Json { path, message, .. }) = kdrama::Series::from_json(&json) else {
///     panic!("expected a json error");
/// };
/// assert_eq!((path.as_str(), message.as_str()), ("cites", "1001 entries: expected at most 1000"));
/// ```
pub const MAX_ITEMS: usize = 1_000;

/// The earliest year of any date or release (1900).
///
/// ```
/// assert!("1899-12-31".parse::<kdrama::Release>().is_err());
/// assert!("1900-01-01".parse::<kdrama::Release>().is_ok());
/// ```
pub const MIN_YEAR: i32 = 1900;

/// The latest year of any date or release (2200).
///
/// ```
/// assert!("2200-12-31".parse::<kdrama::Release>().is_ok());
/// assert!("2201".parse::<kdrama::Release>().is_err());
/// ```
pub const MAX_YEAR: i32 = 2200;

/// Whether an instant is in the supported years and not a leap second.
pub(crate) fn in_supported_range(at: &chrono::DateTime<chrono::FixedOffset>) -> bool {
    use chrono::{Datelike, Timelike};
    (MIN_YEAR..=MAX_YEAR).contains(&at.year()) && at.nanosecond() < 1_000_000_000
}

/// The one message for a list past its limit.
pub(crate) fn too_many(entries: usize, limit: usize) -> String {
    format!("{entries} entries: expected at most {limit}")
}
