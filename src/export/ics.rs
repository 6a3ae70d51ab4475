//! iCalendar (RFC 5545) release feeds, byte-for-byte deterministic.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, Duration, FixedOffset, Utc};

use crate::catalog::Catalog;
use crate::id::SeriesId;
use crate::release::Precision;
use crate::schedule::ReleaseUnit;
use crate::series::Series;
use crate::zone::Zone;

/// How exact release times are written in a feed.
///
/// ```
/// assert_eq!(kdrama::IcsTimes::default(), kdrama::IcsTimes::HomeZone);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum IcsTimes {
    /// `DTSTART;TZID=Asia/Seoul:…` with a VTIMEZONE for every zone used.
    #[default]
    HomeZone,
    /// `DTSTART:…Z` in UTC, without VTIMEZONEs.
    Utc,
}

/// Options for [`Series::to_ics`] and [`Catalog::to_ics`].
///
/// ```
/// let options = kdrama::IcsOptions::new().utc().only("the-glory".parse()?).named("Glory drops");
/// let feed = kdrama::datasets::catalog().to_ics(&options);
/// assert!(feed.contains("NAME:Glory drops\r\n"));
/// assert!(!feed.contains("Descendants"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IcsOptions {
    times: IcsTimes,
    only: Vec<SeriesId>,
    name: Option<String>,
}

impl IcsOptions {
    /// Home-zone times, every series, the default calendar name.
    ///
    /// ```
    /// assert_eq!(kdrama::IcsOptions::new(), kdrama::IcsOptions::default());
    /// ```
    pub fn new() -> IcsOptions {
        IcsOptions::default()
    }

    /// Writes exact times in UTC instead of the home zone.
    ///
    /// ```
    /// let feed = kdrama::datasets::the_glory().to_ics(&kdrama::IcsOptions::new().utc());
    /// assert!(feed.contains("DTSTART:20230310T080000Z\r\n"));
    /// ```
    #[must_use]
    pub fn utc(mut self) -> IcsOptions {
        self.times = IcsTimes::Utc;
        self
    }

    /// Limits a catalog feed to this series (call again to add more).
    ///
    /// ```
    /// let feed = kdrama::datasets::catalog().to_ics(&kdrama::IcsOptions::new().only("descendants-of-the-sun".parse()?));
    /// assert!(!feed.contains("The Glory"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn only(mut self, series: SeriesId) -> IcsOptions {
        self.only.push(series);
        self
    }

    /// Sets the calendar's name (RFC 7986 `NAME`).
    ///
    /// ```
    /// let feed = kdrama::datasets::the_glory().to_ics(&kdrama::IcsOptions::new().named("Mine"));
    /// assert!(feed.contains("X-WR-CALNAME:Mine\r\n"));
    /// ```
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> IcsOptions {
        self.name = Some(name.into());
        self
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines, folded at 75 octets without splitting a UTF-8 character,
/// each ended by CRLF.
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn push(&mut self, line: &str) {
        let mut rest = line;
        let mut limit = 75;
        loop {
            if rest.len() <= limit {
                self.0.push_str(rest);
                self.0.push_str("\r\n");
                return;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.0.push_str(&rest[..cut]);
            self.0.push_str("\r\n ");
            rest = &rest[cut..];
            limit = 74; // the leading space counts
        }
    }
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

fn ics_offset(offset: FixedOffset) -> String {
    let s = offset.local_minus_utc();
    let sign = if s < 0 { '-' } else { '+' };
    let m = s.unsigned_abs() / 60;
    format!("{sign}{:02}{:02}", m / 60, m % 60)
}

/// One release unit rendered as a VEVENT, or `None` when its precision is
/// coarser than a day.
fn event(
    lines: &mut Lines,
    series: &Series,
    unit: ReleaseUnit<'_>,
    times: IcsTimes,
    stamp: &str,
    zones: &mut BTreeMap<&'static str, (Zone, DateTime<Utc>, DateTime<Utc>)>,
) -> bool {
    let release = unit.release();
    let home = series.home_zone();
    let start = match release.precision() {
        Precision::Minute => {
            let Some(at) = release.instant() else {
                return false;
            };
            let at = at.to_utc();
            let local = home.local(at).naive_local();
            // A wall-clock time that occurs twice reads as its first
            // occurrence (RFC 5545 §3.3.5); the second is written in UTC.
            let ambiguous = home.start_of(local) != at;
            match times {
                IcsTimes::Utc => format!("DTSTART:{}", utc_stamp(at)),
                _ if ambiguous => format!("DTSTART:{}", utc_stamp(at)),
                _ => {
                    let span = zones.entry(home.name()).or_insert((home, at, at));
                    span.1 = span.1.min(at);
                    span.2 = span.2.max(at);
                    format!(
                        "DTSTART;TZID={}:{}",
                        home.name(),
                        local.format("%Y%m%dT%H%M%S")
                    )
                }
            }
        }
        Precision::Day => match release.date() {
            Some(d) => format!("DTSTART;VALUE=DATE:{}", d.format("%Y%m%d")),
            None => return false,
        },
        _ => return false,
    };
    let uid_unit = match unit.episode() {
        Some(e) => format!("episode-{}", e.number()),
        None => format!("part-{}", unit.part().number()),
    };
    let platform = series.platform().map(|p| p.name());
    let episodes = unit.episodes();
    let what = match (episodes.first(), episodes.last()) {
        (Some(a), Some(b)) if a.number() != b.number() => {
            format!("Episodes {}–{}", a.number(), b.number())
        }
        (Some(a), _) => format!("Episode {}", a.number()),
        _ => "No episodes listed".to_owned(),
    };
    let description = match platform {
        Some(p) => format!("{what} on {p}."),
        None => format!("{what}."),
    };
    lines.push("BEGIN:VEVENT");
    lines.push(&format!("UID:{uid_unit}.{}@kdrama", series.id()));
    lines.push(&format!("DTSTAMP:{stamp}"));
    lines.push(&start);
    if let (Precision::Day, Some(d)) = (release.precision(), release.date()) {
        if let Some(next) = d.succ_opt() {
            lines.push(&format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
        }
    }
    lines.push(&format!(
        "SUMMARY:{}",
        text(&format!("{}: {}", series.titles().english(), unit.label()))
    ));
    lines.push(&format!("DESCRIPTION:{}", text(&description)));
    if let Some(p) = platform {
        lines.push(&format!("CATEGORIES:{}", text(p)));
    }
    let cited = unit
        .episode()
        .map_or(&[][..], |e| crate::cites::Cited::cites(e));
    let url = cited
        .iter()
        .chain(crate::cites::Cited::cites(unit.part()))
        .find_map(|id| series.source(id.as_str()))
        .map(|s| s.url());
    if let Some(url) = url {
        lines.push(&format!("URL:{url}"));
    }
    lines.push("STATUS:CONFIRMED");
    lines.push("SEQUENCE:0");
    lines.push("END:VEVENT");
    true
}

/// A VTIMEZONE for `zone` covering `[from, to]` (padded by a year each way):
/// the observance at the start, then every transition, found by scanning
/// the tz database day by day and bisecting to the second.
fn vtimezone(lines: &mut Lines, zone: Zone, from: DateTime<Utc>, to: DateTime<Utc>) {
    // From 1 January of the year before the first release to a year after the last.
    let start = chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&from) - 1, 1, 1)
        .map_or(from, |d| d.and_time(chrono::NaiveTime::MIN).and_utc());
    let end = to + Duration::days(366);
    lines.push("BEGIN:VTIMEZONE");
    lines.push(&format!("TZID:{}", zone.name()));
    let observance = |lines: &mut Lines, at: DateTime<Utc>, before: FixedOffset| {
        let after = zone.offset_at(at);
        let kind = if zone.is_dst_at(at) {
            "DAYLIGHT"
        } else {
            "STANDARD"
        };
        lines.push(&format!("BEGIN:{kind}"));
        lines.push(&format!(
            "DTSTART:{}",
            at.with_timezone(&before).format("%Y%m%dT%H%M%S")
        ));
        lines.push(&format!("TZOFFSETFROM:{}", ics_offset(before)));
        lines.push(&format!("TZOFFSETTO:{}", ics_offset(after)));
        lines.push(&format!("TZNAME:{}", text(&zone.abbreviation_at(at))));
        lines.push(&format!("END:{kind}"));
    };
    observance(lines, start, zone.offset_at(start));
    let mut t = start;
    while t < end {
        let next = t + Duration::days(1);
        let (a, b) = (zone.offset_at(t), zone.offset_at(next));
        if a != b {
            let (mut lo, mut hi) = (t.timestamp(), next.timestamp());
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                let at = DateTime::from_timestamp(mid, 0).unwrap_or(t);
                if zone.offset_at(at) == a {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let at = DateTime::from_timestamp(hi, 0).unwrap_or(next);
            observance(lines, at, a);
        }
        t = next;
    }
    lines.push("END:VTIMEZONE");
}

fn calendar<'a>(
    series: impl Iterator<Item = &'a Series>,
    options: &IcsOptions,
    default_name: &str,
) -> String {
    let series: Vec<&Series> = series
        .filter(|s| options.only.is_empty() || options.only.contains(s.id()))
        .collect();
    let stamp_at = series
        .iter()
        .filter_map(|s| s.updated())
        .map(|t| t.to_utc())
        .max()
        .unwrap_or(DateTime::UNIX_EPOCH);
    let stamp = utc_stamp(stamp_at);
    let mut zones = BTreeMap::new();
    let mut events = Lines::default();
    let mut unscheduled = 0;
    for s in &series {
        for unit in s.release_units() {
            if !event(&mut events, s, unit, options.times, &stamp, &mut zones) {
                unscheduled += 1;
            }
        }
    }
    let name = options.name.as_deref().unwrap_or(default_name);
    let mut lines = Lines::default();
    lines.push("BEGIN:VCALENDAR");
    lines.push("VERSION:2.0");
    lines.push(&format!(
        "PRODID:-//kdrama//kdrama {}//EN",
        env!("CARGO_PKG_VERSION")
    ));
    lines.push("CALSCALE:GREGORIAN");
    lines.push("METHOD:PUBLISH");
    lines.push(&format!("NAME:{}", text(name)));
    lines.push(&format!("X-WR-CALNAME:{}", text(name)));
    // Releases known only to the month or year (or unannounced) are not
    // events; say how many were left out rather than dropping them silently.
    lines.push(&format!("X-KDRAMA-UNSCHEDULED:{unscheduled}"));
    for (zone, from, to) in zones.values() {
        vtimezone(&mut lines, *zone, *from, *to);
    }
    let mut out = lines.0;
    out.push_str(&events.0);
    let _ = write!(out, "END:VCALENDAR\r\n");
    out
}

impl Series {
    /// The release feed of this series as an iCalendar (RFC 5545) document.
    ///
    /// One VEVENT per release unit (a Netflix part, a broadcast episode) with
    /// a UID derived from the ids and a DTSTAMP from [`Series::updated`], so
    /// the same data always gives byte-identical output. Exact releases are
    /// timed in the home zone with a VTIMEZONE generated from the tz database
    /// (or in UTC); day-precision releases are all-day events with an
    /// exclusive DTEND. (An instant whose local time occurs twice, the second
    /// time, is written in UTC so that it cannot be misread.) Releases known only to the month or year, or
    /// unannounced, are not events: `X-KDRAMA-UNSCHEDULED` counts them.
    ///
    /// ```
    /// let feed = kdrama::datasets::the_glory().to_ics(&kdrama::IcsOptions::new());
    /// assert!(feed.starts_with("BEGIN:VCALENDAR\r\n"));
    /// assert!(feed.contains("UID:part-2.the-glory@kdrama\r\n"));
    /// assert!(feed.contains("DTSTART;TZID=Asia/Seoul:20230310T170000\r\n"));
    /// assert!(feed.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Seoul\r\n"));
    /// ```
    pub fn to_ics(&self, options: &IcsOptions) -> String {
        let name = format!("{} releases", self.titles().english());
        calendar(std::iter::once(self), options, &name)
    }
}

impl Catalog {
    /// The release feed of every series in the catalog (or those chosen with
    /// [`IcsOptions::only`]), as [`Series::to_ics`] describes; DTSTAMP is the
    /// latest `updated` instant among them.
    ///
    /// ```
    /// let feed = kdrama::datasets::catalog().to_ics(&kdrama::IcsOptions::new());
    /// assert_eq!(feed.matches("BEGIN:VEVENT").count(), 18);
    /// ```
    pub fn to_ics(&self, options: &IcsOptions) -> String {
        calendar(self.series().iter(), options, "kdrama releases")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_utf8_whole() {
        let mut lines = Lines::default();
        let value = format!("SUMMARY:{}", "더 글로리 ".repeat(20));
        lines.push(&value);
        for line in lines.0.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets", line.len());
        }
        let unfolded = lines.0.replace("\r\n ", "");
        assert_eq!(unfolded.strip_suffix("\r\n"), Some(value.as_str()));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(text("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
    }
}
