//! Release dates with their precision, and the windows they stand for.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Offset, Timelike, Utc};

use crate::limits::{MAX_YEAR, MIN_YEAR};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::time::window::Window;
use crate::time::zone::Zone;

const EXPECTED: &str = "\"unannounced\", YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM+HH:MM with a year from 1900 to 2200";

/// How precisely a [`Release`] is known.
///
/// ```
/// use kdrama::{Precision, Release};
/// assert_eq!("2023-03".parse::<Release>()?.precision(), Precision::Month);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Precision {
    /// Nothing is announced.
    Unannounced,
    /// Only the year.
    Year,
    /// The year and month.
    Month,
    /// The calendar day, in the series' home zone.
    Day,
    /// The exact minute, with its UTC offset.
    Minute,
}

/// When something is (or was) released, exactly as precisely as it is known.
///
/// Five forms, written in JSON and by [`Display`](fmt::Display) as:
///
/// | precision | text |
/// | --- | --- |
/// | unannounced | `unannounced` |
/// | year | `2023` |
/// | month | `2023-03` |
/// | day | `2023-03-10` |
/// | minute | `2023-03-10T17:00+09:00` |
///
/// Year, month and day are calendar periods of the series' home zone; they are
/// *windows*, never a made-up midnight. [`Release::window`] turns them into
/// half-open UTC intervals through the tz database.
///
/// ```
/// use kdrama::{Release, Zone};
///
/// let part_2: Release = "2023-03-10T17:00+09:00".parse()?;
/// assert_eq!(part_2.to_string(), "2023-03-10T17:00+09:00");
///
/// let rumoured: Release = "2023-03".parse()?;
/// let window = rumoured.window(Zone::seoul()).expect("announced");
/// assert_eq!(window.start().to_rfc3339(), "2023-02-28T15:00:00+00:00");
/// assert_eq!(window.end().to_rfc3339(), "2023-03-31T15:00:00+00:00");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Clone, Copy)]
pub struct Release(Repr);

// Twelve bytes, and so is `Option<Release>` (it was twenty, a
// `DateTime<FixedOffset>` alone taking sixteen): a series holds dozens of
// releases.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Repr {
    Unannounced,
    // Years are checked to lie in MIN_YEAR..=MAX_YEAR, which i16 holds.
    Year(i16),
    Month(i16, u8),
    Day(NaiveDate),
    /// An exact minute: its UTC date and minute of that day (0–1439), so
    /// that the instant is read without calendar arithmetic, and the UTC
    /// offset it was written with, in minutes east (within ±1439).
    Minute {
        date: NaiveDate,
        minute: u16,
        offset: i16,
    },
}

impl Repr {
    /// `at` as an exact minute; `None` when it has seconds or its offset does.
    fn minute(at: DateTime<FixedOffset>) -> Option<Repr> {
        let offset = at.offset().local_minus_utc();
        if at.second() != 0 || at.nanosecond() != 0 || offset % 60 != 0 {
            return None;
        }
        let utc = at.naive_utc();
        Some(Repr::Minute {
            date: utc.date(),
            minute: u16::try_from(utc.hour() * 60 + utc.minute()).ok()?,
            offset: i16::try_from(offset / 60).ok()?,
        })
    }

    /// What equality and hashing look at: an exact minute as an instant,
    /// its offset left out (as `DateTime<FixedOffset>` compares).
    fn instant_key(self) -> Repr {
        match self {
            Repr::Minute { date, minute, .. } => Repr::Minute {
                date,
                minute,
                offset: 0,
            },
            other => other,
        }
    }
}

fn utc_of(date: NaiveDate, minute: u16) -> DateTime<Utc> {
    // In range by construction (`Repr::minute`); the fallback is never taken.
    let time = chrono::NaiveTime::from_num_seconds_from_midnight_opt(u32::from(minute) * 60, 0)
        .unwrap_or(chrono::NaiveTime::MIN);
    date.and_time(time).and_utc()
}

fn local_of(date: NaiveDate, minute: u16, offset: i16) -> DateTime<FixedOffset> {
    let offset = FixedOffset::east_opt(i32::from(offset) * 60).unwrap_or(Utc.fix());
    utc_of(date, minute).with_timezone(&offset)
}

impl PartialEq for Release {
    fn eq(&self, other: &Release) -> bool {
        self.0.instant_key() == other.0.instant_key()
    }
}

impl Eq for Release {}

impl std::hash::Hash for Release {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.instant_key().hash(state);
    }
}

/// `year` as stored, if it lies in [`MIN_YEAR`]`..=`[`MAX_YEAR`].
fn check_year(year: i32, text: impl FnOnce() -> String) -> Result<i16> {
    match i16::try_from(year) {
        Ok(short) if (MIN_YEAR..=MAX_YEAR).contains(&year) => Ok(short),
        _ => Err(Error::parse("release", &text(), EXPECTED)),
    }
}

impl Release {
    /// Nothing announced yet.
    ///
    /// ```
    /// assert_eq!(kdrama::Release::unannounced().to_string(), "unannounced");
    /// ```
    pub const fn unannounced() -> Release {
        Release(Repr::Unannounced)
    }

    /// Some time in `year`.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when the year is outside 1900..=2200.
    ///
    /// ```
    /// assert_eq!(kdrama::Release::year(2023)?.to_string(), "2023");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn year(year: i32) -> Result<Release> {
        let year = check_year(year, || year.to_string())?;
        Ok(Release(Repr::Year(year)))
    }

    /// Some time in `month` (1–12) of `year`.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when the year is outside 1900..=2200 or the month outside 1..=12.
    ///
    /// ```
    /// assert_eq!(kdrama::Release::month(2023, 3)?.to_string(), "2023-03");
    /// assert!(kdrama::Release::month(2023, 13).is_err());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn month(year: i32, month: u32) -> Result<Release> {
        let text = || format!("{year}-{month:02}");
        let short = check_year(year, text)?;
        match u8::try_from(month) {
            Ok(month) if (1..=12).contains(&month) => Ok(Release(Repr::Month(short, month))),
            _ => Err(Error::parse("release", &text(), EXPECTED)),
        }
    }

    /// Some time on `date`, in the home zone.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when the year is outside 1900..=2200.
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2023, 3, 10).unwrap();
    /// assert_eq!(kdrama::Release::day(date)?.to_string(), "2023-03-10");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn day(date: NaiveDate) -> Result<Release> {
        check_year(date.year(), || date.to_string())?;
        Ok(Release(Repr::Day(date)))
    }

    /// Exactly at `at`, a whole minute with its UTC offset.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when `at` or its UTC offset has seconds, or its year
    /// is outside 1900..=2200.
    ///
    /// ```
    /// let at = chrono::DateTime::parse_from_rfc3339("2023-03-10T17:00:00+09:00").unwrap();
    /// assert_eq!(kdrama::Release::exact(at)?.to_string(), "2023-03-10T17:00+09:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn exact(at: DateTime<FixedOffset>) -> Result<Release> {
        check_year(at.year(), || at.to_rfc3339())?;
        match Repr::minute(at) {
            Some(minute) => Ok(Release(minute)),
            None => Err(Error::parse(
                "release",
                &at.to_rfc3339(),
                "a whole minute (no seconds) with a whole-minute UTC offset",
            )),
        }
    }

    /// How precisely this release is known.
    ///
    /// ```
    /// use kdrama::{Precision, Release};
    /// assert_eq!(Release::unannounced().precision(), Precision::Unannounced);
    /// ```
    pub fn precision(&self) -> Precision {
        match self.0 {
            Repr::Unannounced => Precision::Unannounced,
            Repr::Year(_) => Precision::Year,
            Repr::Month(..) => Precision::Month,
            Repr::Day(_) => Precision::Day,
            Repr::Minute { .. } => Precision::Minute,
        }
    }

    /// Whether anything at all is announced.
    ///
    /// ```
    /// assert!(!kdrama::Release::unannounced().is_announced());
    /// ```
    pub fn is_announced(&self) -> bool {
        self.0 != Repr::Unannounced
    }

    /// The exact instant, for minute precision only.
    ///
    /// ```
    /// let r: kdrama::Release = "2023-03-10".parse()?;
    /// assert_eq!(r.instant(), None);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn instant(&self) -> Option<DateTime<FixedOffset>> {
        match self.0 {
            Repr::Minute {
                date,
                minute,
                offset,
            } => Some(local_of(date, minute, offset)),
            _ => None,
        }
    }

    /// The calendar date, for day precision only (minute precision gives
    /// `None`: use [`Release::instant`]).
    ///
    /// ```
    /// let r: kdrama::Release = "2023-03-10".parse()?;
    /// assert_eq!(r.date().map(|d| d.to_string()), Some("2023-03-10".to_owned()));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn date(&self) -> Option<NaiveDate> {
        match self.0 {
            Repr::Day(d) => Some(d),
            _ => None,
        }
    }

    /// The half-open UTC interval `[start, end)` this release stands for when
    /// its calendar periods are read in `home_zone` (the series' home zone:
    /// see [`Release::status_at`]); `None` when unannounced.
    /// A minute-precision release is the empty interval at its instant.
    ///
    /// ```
    /// use kdrama::{Release, Zone};
    /// let day: Release = "2022-12-30".parse()?;
    /// let w = day.window(Zone::seoul()).unwrap();
    /// assert_eq!(w.start().to_rfc3339(), "2022-12-29T15:00:00+00:00");
    /// assert_eq!((w.end() - w.start()).num_hours(), 24);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn window(&self, home_zone: Zone) -> Option<Window> {
        let (first, next) = match self.0 {
            Repr::Unannounced => return None,
            Repr::Minute { date, minute, .. } => {
                let at = utc_of(date, minute);
                return Some(Window { start: at, end: at });
            }
            Repr::Year(y) => {
                let y = i32::from(y);
                (ymd(y, 1, 1)?, ymd(y + 1, 1, 1)?)
            }
            Repr::Month(y, m) => {
                let (y, m) = (i32::from(y), u32::from(m));
                let next = if m == 12 {
                    ymd(y + 1, 1, 1)
                } else {
                    ymd(y, m + 1, 1)
                };
                (ymd(y, m, 1)?, next?)
            }
            Repr::Day(d) => (d, d.succ_opt()?),
        };
        Some(Window {
            start: home_zone.start_of(first.and_time(chrono::NaiveTime::MIN)),
            end: home_zone.start_of(next.and_time(chrono::NaiveTime::MIN)),
        })
    }
}

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

impl fmt::Display for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Repr::Unannounced => f.write_str("unannounced"),
            Repr::Year(y) => write!(f, "{y:04}"),
            Repr::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            Repr::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            Repr::Minute {
                date,
                minute,
                offset,
            } => {
                let at = local_of(date, minute, offset);
                let offset = i32::from(offset);
                let sign = if offset < 0 { '-' } else { '+' };
                let (h, m) = (offset.abs() / 60, offset.abs() % 60);
                write!(
                    f,
                    "{:04}-{:02}-{:02}T{:02}:{:02}{sign}{h:02}:{m:02}",
                    at.year(),
                    at.month(),
                    at.day(),
                    at.hour(),
                    at.minute()
                )
            }
        }
    }
}

impl fmt::Debug for Release {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Release({self})")
    }
}

impl FromStr for Release {
    type Err = Error;

    /// Parses the canonical text forms, plus an exact time with a zero
    /// seconds field (`2024-05-03T20:00:00+09:00`, what
    /// `chrono::DateTime::to_rfc3339` writes), which prints back without it.
    /// Nothing else: fixed-width digits, `-`, `T`, `:` and a signed `±HH:MM`
    /// offset. A near miss (`Z`, a space for `T`, non-zero seconds,
    /// fractions) gets an error that names the fix.
    fn from_str(text: &str) -> Result<Release> {
        // The seconds field, when zero, is accepted and dropped.
        let without_seconds;
        let s = match text.as_bytes() {
            b if b.len() == 25 && b[16] == b':' && &b[16..19] == b":00" => {
                without_seconds = format!("{}{}", &text[..16], &text[19..]);
                without_seconds.as_str()
            }
            _ => text,
        };
        let bad = || Error::parse("release", text, near_miss(text));
        let b = s.as_bytes();
        // Digits where the shape has digits, the separator where it has one.
        let shape_ok = |shape: &[u8]| {
            b.len() == shape.len()
                && b.iter().zip(shape).all(|(c, t)| match t {
                    b'9' => c.is_ascii_digit(),
                    b'+' => *c == b'+' || *c == b'-',
                    t => c == t,
                })
        };
        let num = |r: std::ops::Range<usize>| -> u32 {
            b[r].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'))
        };
        if s == "unannounced" {
            return Ok(Release::unannounced());
        }
        if shape_ok(b"9999") {
            return Release::year(num(0..4) as i32);
        }
        if shape_ok(b"9999-99") {
            return Release::month(num(0..4) as i32, num(5..7));
        }
        if shape_ok(b"9999-99-99") {
            let date =
                NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10)).ok_or_else(bad)?;
            return Release::day(date);
        }
        if shape_ok(b"9999-99-99T99:99+99:99") {
            let date =
                NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10)).ok_or_else(bad)?;
            let time =
                chrono::NaiveTime::from_hms_opt(num(11..13), num(14..16), 0).ok_or_else(bad)?;
            if num(20..22) >= 60 {
                return Err(bad());
            }
            let minutes = (num(17..19) * 60 + num(20..22)) as i32;
            let sign = if b[16] == b'-' { -1 } else { 1 };
            let offset = FixedOffset::east_opt(sign * minutes * 60).ok_or_else(bad)?;
            if sign == -1 && minutes == 0 {
                return Err(bad()); // "-00:00" means "offset unknown" in RFC 3339
            }
            let at = date
                .and_time(time)
                .and_local_timezone(offset)
                .single()
                .ok_or_else(bad)?;
            return Release::exact(at);
        }
        Err(bad())
    }
}

/// What was expected, with the fix for a near miss of the exact form.
fn near_miss(text: &str) -> String {
    let b = text.as_bytes();
    let looks_exact = b.len() > 10 && b[..10].iter().filter(|c| c.is_ascii_digit()).count() == 8;
    if !looks_exact {
        return EXPECTED.to_owned();
    }
    let fix = if text.ends_with('Z') || text.ends_with('z') {
        "write the offset of the home zone (+09:00 for Seoul) instead of Z"
    } else if b[10] == b' ' || b[10] == b't' {
        "separate date and time with an upper-case T"
    } else if text.contains('.') {
        "leave out fractions of a second"
    } else if b.len() == 25 && b[16] == b':' {
        "a release is a whole minute: seconds, if written, must be 00"
    } else if b.len() == 16 || b.len() == 19 {
        "add the UTC offset of the home zone, such as +09:00"
    } else {
        return EXPECTED.to_owned();
    };
    format!("{EXPECTED}; {fix}")
}

impl Serialize for Release {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Release {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Release, D::Error> {
        crate::de::parse_str(d, str::parse)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_seconds_field_is_accepted_and_dropped() {
        let at = chrono::DateTime::parse_from_rfc3339("2024-05-03T20:00:00+09:00").unwrap();
        let r: Release = at.to_rfc3339().parse().unwrap();
        assert_eq!(r.to_string(), "2024-05-03T20:00+09:00");
        assert_eq!(r.instant(), Some(at));
    }

    #[test]
    fn near_misses_say_how_to_fix_them() {
        let fix = |text: &str| match text.parse::<Release>() {
            Err(Error::Parse { expected, .. }) => expected.rsplit("; ").next().unwrap().to_owned(),
            other => panic!("{text}: {other:?}"),
        };
        assert_eq!(
            fix("2024-05-03T20:00:30+09:00"),
            "a release is a whole minute: seconds, if written, must be 00"
        );
        assert_eq!(
            fix("2024-05-03T11:00:00Z"),
            "write the offset of the home zone (+09:00 for Seoul) instead of Z"
        );
        assert_eq!(
            fix("2024-05-03 20:00+09:00"),
            "separate date and time with an upper-case T"
        );
        assert_eq!(
            fix("2024-05-03T20:00:00.000+09:00"),
            "leave out fractions of a second"
        );
        assert_eq!(
            fix("2024-05-03T20:00"),
            "add the UTC offset of the home zone, such as +09:00"
        );
        assert!(fix("March").starts_with("\"unannounced\""));
    }

    #[test]
    fn five_forms_round_trip() {
        for text in [
            "unannounced",
            "2023",
            "2023-03",
            "2023-03-10",
            "2023-03-10T17:00+09:00",
            "1988-07-01T09:30-03:30",
            // The ends of the supported range, with the widest offsets.
            "1900-01-01T00:00+23:59",
            "2200-12-31T23:59-23:59",
            "1900-01",
            "2200-12-31",
        ] {
            let release = text.parse::<Release>().unwrap();
            assert_eq!(release.to_string(), text);
            assert_eq!(text.parse::<Release>().unwrap(), release);
        }
    }

    #[test]
    fn a_release_is_twelve_bytes_and_equal_as_an_instant() {
        assert_eq!(std::mem::size_of::<Release>(), 12);
        assert_eq!(std::mem::size_of::<Option<Release>>(), 12);
        let seoul: Release = "2023-03-10T17:00+09:00".parse().unwrap();
        let utc: Release = "2023-03-10T08:00+00:00".parse().unwrap();
        assert_eq!(seoul, utc);
        assert_eq!(utc.to_string(), "2023-03-10T08:00+00:00");
        assert_eq!(
            seoul.instant().unwrap().to_rfc3339(),
            "2023-03-10T17:00:00+09:00"
        );
        assert_ne!(seoul, "2023-03-10T17:01+09:00".parse().unwrap());
    }

    #[test]
    fn an_offset_with_seconds_is_not_a_release() {
        let offset = FixedOffset::east_opt(9 * 3600 + 30).unwrap();
        let at = NaiveDate::from_ymd_opt(2023, 3, 10)
            .unwrap()
            .and_hms_opt(17, 0, 0)
            .unwrap()
            .and_local_timezone(offset)
            .unwrap();
        assert!(Release::exact(at).is_err());
        let whole = at.with_timezone(&FixedOffset::east_opt(9 * 3600).unwrap());
        assert!(Release::exact(whole).is_err(), "17:00:30 local has seconds");
    }

    #[test]
    fn non_canonical_and_bad_text_is_rejected() {
        for text in [
            "",
            "soon",
            "Unannounced",
            "23",
            "2023-3",
            "2023-13",
            "2023-02-30",
            "2023-03-10T17:00",
            "2023-03-10T17:00Z",
            "2023-03-10T17:00:01+09:00",
            "2023-03-10T17:00:00.000+09:00",
            "2023-03-10 17:00+09:00",
            "0999",
            "+2023",
            "２０２３",
            "2023-03-10T17:00+09:60",
            "2023-03-10T17:00-00:00",
            "2023-03-10T24:00+09:00",
            "2023-00",
            "2023-02-29",
        ] {
            assert!(text.parse::<Release>().is_err(), "{text:?} accepted");
        }
        assert_eq!(
            "2023-3".parse::<Release>().unwrap_err().to_string(),
            format!("invalid release \"2023-3\": expected {EXPECTED}")
        );
    }

    #[test]
    fn multibyte_text_is_an_error_not_a_panic() {
        // Found by fuzzing: the old parser sliced " 후예" (7 bytes) at byte 4,
        // inside a Hangul syllable.
        for text in [
            " 후예",
            "20후",
            "2023-후예",
            "2023-03-10T17:00+09:0후",
            "후후후후후후후",
        ] {
            assert!(text.parse::<Release>().is_err(), "{text:?}");
        }
    }

    #[test]
    fn windows_follow_the_home_zone() {
        let seoul = Zone::seoul();
        let w = "2022-12-30"
            .parse::<Release>()
            .unwrap()
            .window(seoul)
            .unwrap();
        assert_eq!(w.start().to_rfc3339(), "2022-12-29T15:00:00+00:00");
        assert_eq!(w.end().to_rfc3339(), "2022-12-30T15:00:00+00:00");
        let year = "2023".parse::<Release>().unwrap().window(seoul).unwrap();
        assert_eq!(year.start().to_rfc3339(), "2022-12-31T15:00:00+00:00");
        assert_eq!(year.end().to_rfc3339(), "2023-12-31T15:00:00+00:00");
        let dec = "2022-12".parse::<Release>().unwrap().window(seoul).unwrap();
        assert_eq!(dec.end().to_rfc3339(), "2022-12-31T15:00:00+00:00");
        // 1988-05-08 was the first day of Korean summer time (+10:00): the day
        // started at midnight KST (+09:00) and was 23 hours long.
        let dst = "1988-05-08"
            .parse::<Release>()
            .unwrap()
            .window(seoul)
            .unwrap();
        assert_eq!((dst.end() - dst.start()).num_hours(), 23);
    }

    #[test]
    fn exact_is_an_instant() {
        let r: Release = "2023-03-10T17:00+09:00".parse().unwrap();
        let w = r.window(Zone::utc()).unwrap();
        assert!(w.is_instant());
        assert_eq!(w.start().to_rfc3339(), "2023-03-10T08:00:00+00:00");
        assert!(!w.contains(w.start()));
    }
}
