//! Dates and instants inside records, read strictly: a calendar day is
//! exactly `YYYY-MM-DD`, an instant RFC 3339, both with a year from
//! [`MIN_YEAR`] to [`MAX_YEAR`].

use chrono::NaiveDate;
use serde::Deserialize;

use crate::limits::{MAX_YEAR, MIN_YEAR};

/// A calendar date written exactly `YYYY-MM-DD`, with a year from
/// [`MIN_YEAR`] to [`MAX_YEAR`]: no sign, no padding spaces, no short fields.
pub(crate) fn parse_day(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    let year = num(0..4) as i32;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return None;
    }
    NaiveDate::from_ymd_opt(year, num(5..7), num(8..10))
}

/// A calendar date, strictly `YYYY-MM-DD` with a year from
/// [`MIN_YEAR`](crate::MIN_YEAR) to [`MAX_YEAR`](crate::MAX_YEAR).
pub(crate) fn deserialize_day<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<chrono::NaiveDate, D::Error> {
    crate::de::parse_str(d, |text| {
        parse_day(text).ok_or_else(|| {
            crate::Error::parse("date", text, "YYYY-MM-DD with a year from 1900 to 2200")
        })
    })
}

/// An optional calendar date, as [`deserialize_day`] (used with `default`).
/// The `Option` is read as an option, so binary formats keep their tag.
pub(crate) fn deserialize_day_opt<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    struct Day(chrono::NaiveDate);
    impl<'de> Deserialize<'de> for Day {
        fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Day, D::Error> {
            deserialize_day(d).map(Day)
        }
    }
    Ok(Option::<Day>::deserialize(d)?.map(|Day(day)| day))
}

/// An instant, strictly RFC 3339 (`2026-11-24T00:00:00Z`, an offset or `Z`,
/// optional fraction) with a year from [`MIN_YEAR`](crate::MIN_YEAR) to
/// [`MAX_YEAR`](crate::MAX_YEAR) and no leap second.
pub(crate) fn deserialize_instant<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<Option<chrono::DateTime<chrono::FixedOffset>>, D::Error> {
    // Through `Option`, so that formats which tag an option (postcard,
    // bincode) read it as they wrote it.
    Ok(Option::<StrictInstant>::deserialize(d)?.map(|s| s.0))
}

/// An instant read strictly (see [`deserialize_instant`]).
struct StrictInstant(chrono::DateTime<chrono::FixedOffset>);

impl<'de> Deserialize<'de> for StrictInstant {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<StrictInstant, D::Error> {
        crate::de::parse_str(d, parse_instant).map(StrictInstant)
    }
}

fn parse_instant(text: &str) -> crate::Result<chrono::DateTime<chrono::FixedOffset>> {
    {
        let bad = || {
            crate::Error::parse(
                "instant",
                text,
                "an RFC 3339 instant such as 2026-11-24T00:00:00Z with a year from 1900 to 2200",
            )
        };
        let b = text.as_bytes();
        // chrono accepts a space for `T` and lowercase letters; the format does not.
        if b.len() < 20 || b[10] != b'T' || text.bytes().any(|c| c.is_ascii_lowercase()) {
            return Err(bad());
        }
        parse_day(&text[..10]).ok_or_else(bad)?;
        let at = chrono::DateTime::parse_from_rfc3339(text).map_err(|_| bad())?;
        if crate::limits::in_supported_range(&at) {
            Ok(at)
        } else {
            Err(bad())
        }
    }
}
