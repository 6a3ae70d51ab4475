//! IANA time zones, looked up in the tz database embedded by `time-tz`.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset as _, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time_tz::{Offset as _, PrimitiveDateTimeExt as _, TimeZone as _, Tz};

use crate::error::{Error, Result};

/// An IANA time zone such as `Asia/Seoul`.
///
/// Offsets come from the tz database compiled into the crate (through
/// `time-tz`), so historical rules such as Korea's 1987–1988 summer time and
/// later changes such as Mexico's 2022 abolition of summer time are applied.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kdrama::Zone;
///
/// let seoul = Zone::seoul();
/// let at = Utc.with_ymd_and_hms(2023, 3, 10, 8, 0, 0).unwrap();
/// assert_eq!(seoul.offset_at(at).local_minus_utc(), 9 * 3600);
///
/// let mexico = Zone::from_name("America/Mexico_City")?;
/// let june = Utc.with_ymd_and_hms(2023, 6, 1, 12, 0, 0).unwrap();
/// assert_eq!(mexico.offset_at(june).local_minus_utc(), -6 * 3600);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Zone {
    tz: &'static Tz,
}

impl Zone {
    /// Looks a zone up by its IANA name (`Asia/Seoul`, `America/Los_Angeles`, `UTC`).
    ///
    /// # Errors
    ///
    /// [`Error::UnknownZone`] when the database has no zone of that name.
    ///
    /// ```
    /// let la = kdrama::Zone::from_name("America/Los_Angeles")?;
    /// assert_eq!(la.name(), "America/Los_Angeles");
    /// assert!(kdrama::Zone::from_name("Asia/Atlantis").is_err());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn from_name(name: &str) -> Result<Zone> {
        // time-tz also answers to Windows names ("Korea Standard Time"); those
        // contain spaces, IANA names never do.
        match time_tz::timezones::get_by_name(name) {
            Some(tz) if !name.contains(char::is_whitespace) => Ok(Zone { tz }),
            _ => Err(Error::UnknownZone {
                name: name.to_owned(),
            }),
        }
    }

    /// `Asia/Seoul`, the default home zone of a series.
    ///
    /// ```
    /// assert_eq!(kdrama::Zone::seoul().name(), "Asia/Seoul");
    /// ```
    pub fn seoul() -> Zone {
        Zone {
            tz: time_tz::timezones::db::asia::SEOUL,
        }
    }

    /// `UTC`.
    ///
    /// ```
    /// assert_eq!(kdrama::Zone::utc().name(), "UTC");
    /// ```
    pub fn utc() -> Zone {
        Zone {
            tz: time_tz::timezones::db::UTC,
        }
    }

    /// The zone's canonical IANA name.
    ///
    /// ```
    /// assert_eq!(kdrama::Zone::from_name("Asia/Seoul")?.name(), "Asia/Seoul");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn name(&self) -> &'static str {
        self.tz.name()
    }

    /// The UTC offset in force at `instant`.
    ///
    /// Instants outside the years -9999..=9999 use the rule of the nearest
    /// representable instant.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let seoul = kdrama::Zone::seoul();
    /// // Korea observed summer time (+10:00) in 1988.
    /// let summer_1988 = Utc.with_ymd_and_hms(1988, 7, 1, 0, 0, 0).unwrap();
    /// assert_eq!(seoul.offset_at(summer_1988).local_minus_utc(), 10 * 3600);
    /// ```
    pub fn offset_at(&self, instant: DateTime<Utc>) -> FixedOffset {
        let seconds = self
            .tz
            .get_offset_utc(&to_time(instant))
            .to_utc()
            .whole_seconds();
        FixedOffset::east_opt(seconds).unwrap_or_else(|| Utc.fix())
    }

    /// The zone's abbreviation at `instant` where the database has one
    /// (`KST`, `PST`), otherwise the numeric form the database uses (`-03`,
    /// `+0545`).
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let at = Utc.with_ymd_and_hms(2023, 3, 10, 8, 0, 0).unwrap();
    /// assert_eq!(kdrama::Zone::seoul().abbreviation_at(at), "KST");
    /// assert_eq!(kdrama::Zone::from_name("Asia/Kathmandu")?.abbreviation_at(at), "+0545");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn abbreviation_at(&self, instant: DateTime<Utc>) -> String {
        let offset = self.tz.get_offset_utc(&to_time(instant));
        let name = offset.name();
        // time-tz hands back the database's `%z` format unexpanded for zones
        // without an alphabetic abbreviation; expand it as zic does.
        if name.contains("%z") {
            name.replace("%z", &numeric_abbreviation(offset.to_utc().whole_seconds()))
        } else {
            name.to_owned()
        }
    }

    /// Whether the same rule of the tz database (offset, summer time and
    /// abbreviation) is in force at both instants.
    #[cfg(feature = "ics")]
    pub(crate) fn same_rule_at(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> bool {
        self.tz.get_offset_utc(&to_time(a)) == self.tz.get_offset_utc(&to_time(b))
    }

    /// Whether summer (daylight) time is in force at `instant`.
    #[cfg(feature = "ics")]
    pub(crate) fn is_dst_at(&self, instant: DateTime<Utc>) -> bool {
        self.tz.get_offset_utc(&to_time(instant)).is_dst()
    }

    /// `instant` as a local date-time with this zone's offset.
    ///
    /// At the very ends of chrono's range (`DateTime::<Utc>::MIN_UTC`,
    /// `MAX_UTC`), where the local date-time cannot be represented, the
    /// same instant is given with offset `+00:00`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let la = kdrama::Zone::from_name("America/Los_Angeles")?;
    /// let at = Utc.with_ymd_and_hms(2023, 3, 10, 8, 0, 0).unwrap();
    /// assert_eq!(la.local(at).to_rfc3339(), "2023-03-10T00:00:00-08:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn local(&self, instant: DateTime<Utc>) -> DateTime<FixedOffset> {
        let offset = self.offset_at(instant);
        match instant.naive_utc().checked_add_offset(offset) {
            Some(_) => instant.with_timezone(&offset),
            None => instant.fixed_offset(),
        }
    }

    /// The first instant at which this zone's wall clock reads `local` or later.
    ///
    /// A wall-clock time that occurs twice (clocks turned back) gives the
    /// earlier instant; one that is skipped (clocks turned forward) gives the
    /// instant the gap ends, which is when the local day or hour actually begins.
    /// Outside the years -9999..=9999, which the tz database does not cover,
    /// `local` is read as UTC.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let seoul = kdrama::Zone::seoul();
    /// // Korea skipped 02:00–03:00 on 1987-05-10.
    /// let skipped = NaiveDate::from_ymd_opt(1987, 5, 10).unwrap().and_hms_opt(2, 30, 0).unwrap();
    /// assert_eq!(seoul.start_of(skipped).to_rfc3339(), "1987-05-09T17:00:00+00:00");
    /// ```
    pub fn start_of(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let Some(primitive) = to_primitive(local) else {
            return local.and_utc();
        };
        match primitive.assume_timezone(self.tz) {
            Ok(t) => from_time(t),
            Err(time_tz::OffsetError::Ambiguous(a, b)) => from_time(a).min(from_time(b)),
            Err(time_tz::OffsetError::Undefined) => self.end_of_gap(local),
        }
    }

    /// Finds the first instant whose wall-clock reading is at least `local`,
    /// where `local` falls in a gap. Wall-clock time only jumps forward inside
    /// the search interval, so a binary search on seconds is exact.
    fn end_of_gap(&self, local: NaiveDateTime) -> DateTime<Utc> {
        let naive_utc = local.and_utc();
        let day = chrono::Duration::days(1);
        let before = self.offset_at(naive_utc.checked_sub_signed(day).unwrap_or(naive_utc));
        let after = self.offset_at(naive_utc.checked_add_signed(day).unwrap_or(naive_utc));
        let reads = |t: i64| {
            let instant = DateTime::from_timestamp(t, 0).unwrap_or(naive_utc);
            self.local(instant).naive_local()
        };
        let mut lo = naive_utc.timestamp()
            - i64::from(before.local_minus_utc().max(after.local_minus_utc()));
        let mut hi = naive_utc.timestamp()
            - i64::from(before.local_minus_utc().min(after.local_minus_utc()));
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if reads(mid) >= local {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        DateTime::from_timestamp(lo, 0).unwrap_or(naive_utc)
    }
}

/// zic's `%z`: `+hh`, or `+hhmm` when the minutes are not zero.
fn numeric_abbreviation(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    let (h, m) = (minutes / 60, minutes % 60);
    if m == 0 {
        format!("{sign}{h:02}")
    } else {
        format!("{sign}{h:02}{m:02}")
    }
}

fn to_time(instant: DateTime<Utc>) -> time::OffsetDateTime {
    let min = time::PrimitiveDateTime::MIN.assume_utc();
    let max = time::PrimitiveDateTime::MAX.assume_utc();
    time::OffsetDateTime::from_unix_timestamp(instant.timestamp())
        .unwrap_or(if instant.timestamp() < 0 { min } else { max })
}

fn from_time(t: time::OffsetDateTime) -> DateTime<Utc> {
    DateTime::from_timestamp(t.unix_timestamp(), t.nanosecond()).unwrap_or_default()
}

fn to_primitive(local: NaiveDateTime) -> Option<time::PrimitiveDateTime> {
    use chrono::{Datelike, Timelike};
    let month = time::Month::try_from(u8::try_from(local.month()).ok()?).ok()?;
    let date = time::Date::from_calendar_date(local.year(), month, u8::try_from(local.day()).ok()?)
        .ok()?;
    let clock = time::Time::from_hms(
        u8::try_from(local.hour()).ok()?,
        u8::try_from(local.minute()).ok()?,
        u8::try_from(local.second()).ok()?,
    )
    .ok()?;
    Some(time::PrimitiveDateTime::new(date, clock))
}

/// `Asia/Seoul`, the default home zone, is left out of the canonical JSON.
impl crate::de::Omit for Zone {
    fn is_omitted(&self) -> bool {
        self.name() == Zone::seoul().name()
    }
}

impl Default for Zone {
    /// `Asia/Seoul`.
    fn default() -> Zone {
        Zone::seoul()
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Zone) -> bool {
        self.name() == other.name()
    }
}

impl Eq for Zone {}

impl std::hash::Hash for Zone {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name().hash(state);
    }
}

impl fmt::Debug for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Zone").field(&self.name()).finish()
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Zone {
    type Err = Error;
    fn from_str(s: &str) -> Result<Zone> {
        Zone::from_name(s)
    }
}

impl Serialize for Zone {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> Deserialize<'de> for Zone {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Zone, D::Error> {
        crate::de::parse_str(d, Zone::from_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(h, min, 0)
            .unwrap()
    }

    #[test]
    fn unknown_and_windows_names_are_rejected() {
        assert!(Zone::from_name("Mars/Olympus_Mons").is_err());
        assert!(Zone::from_name("Korea Standard Time").is_err());
        assert!(Zone::from_name("").is_err());
    }

    #[test]
    fn repeated_hour_takes_the_earlier_instant() {
        // New York fell back at 2022-11-06 02:00 EDT; 01:30 happened twice.
        let ny = Zone::from_name("America/New_York").unwrap();
        assert_eq!(
            ny.start_of(local(2022, 11, 6, 1, 30)).to_rfc3339(),
            "2022-11-06T05:30:00+00:00"
        );
    }

    #[test]
    fn skipped_midnight_starts_when_the_gap_ends() {
        // America/Havana springs forward at midnight: 2023-03-12 00:00 never happened.
        let havana = Zone::from_name("America/Havana").unwrap();
        assert_eq!(
            havana.start_of(local(2023, 3, 12, 0, 0)).to_rfc3339(),
            "2023-03-12T05:00:00+00:00"
        );
    }
}
