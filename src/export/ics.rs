//! iCalendar (RFC 5545) release feeds, byte-for-byte deterministic.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Utc};
use foldhash::HashSet;

use super::content::{Lines, text, text_cost};
use super::{REPEATED_TEXT_BYTES, shorten, vtimezone};
use crate::catalog::Catalog;
use crate::id::SeriesId;
use crate::model::disputes::Basis;
use crate::series::Series;
use crate::series::records::{EpisodeRef, PartRef};
use crate::time::release::{Precision, Release};
use crate::time::zone::Zone;

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

    /// Sets how exact times are written ([`IcsOptions::utc`] is
    /// `times(IcsTimes::Utc)`).
    ///
    /// ```
    /// use kdrama::{IcsOptions, IcsTimes};
    /// let options = IcsOptions::new().times(IcsTimes::Utc);
    /// assert_eq!(options, IcsOptions::new().utc());
    /// assert_eq!(options.time_format(), IcsTimes::Utc);
    /// ```
    #[must_use]
    pub fn times(mut self, times: IcsTimes) -> IcsOptions {
        self.times = times;
        self
    }

    /// How exact times will be written.
    ///
    /// ```
    /// assert_eq!(kdrama::IcsOptions::new().time_format(), kdrama::IcsTimes::HomeZone);
    /// ```
    pub fn time_format(&self) -> IcsTimes {
        self.times
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

    /// Sets the calendar's name (RFC 7986 `NAME`, and `X-WR-CALNAME`),
    /// escaped as TEXT with control characters replaced like every other
    /// value of the feed.
    ///
    /// ```
    /// let feed = kdrama::datasets::the_glory().to_ics(&kdrama::IcsOptions::new().named("Mine"));
    /// assert!(feed.contains("X-WR-CALNAME:Mine\r\n"));
    /// let hostile = kdrama::datasets::the_glory().to_ics(&kdrama::IcsOptions::new().named("a\r\nBEGIN:VEVENT\u{0}"));
    /// assert!(hostile.contains("\r\nNAME:a\\nBEGIN:VEVENT\u{fffd}\r\n"));
    /// ```
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> IcsOptions {
        self.name = Some(name.into());
        self
    }
}

/// The longest URL an event links to, once percent-encoded.
const MAX_EVENT_URL_BYTES: usize = 256;

/// `url` as a URI value: every byte outside printable ASCII, and the
/// characters RFC 3986 never allows (`"<>\^`{|}` and space), percent-encoded;
/// `None` when that is longer than `budget` bytes.
fn uri(url: &str, budget: usize) -> Option<String> {
    let mut out = String::with_capacity(url.len().min(budget));
    for &b in url.as_bytes() {
        if b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
        if out.len() > budget {
            return None;
        }
    }
    Some(out)
}

/// Whether chrono writes `year` with the four digits iCalendar requires.
fn four_digits(year: i32) -> bool {
    (0..=9999).contains(&year)
}

/// A UTC DATE-TIME (`20230310T080000Z`), if its year has four digits.
fn utc_stamp(at: DateTime<Utc>) -> Option<String> {
    four_digits(at.year()).then(|| at.format("%Y%m%dT%H%M%SZ").to_string())
}

/// The episodes an event releases: first and last number, and how many.
#[derive(Clone, Copy, Default)]
struct Episodes {
    first: u32,
    last: u32,
    count: usize,
}

impl Episodes {
    fn of<'a>(episodes: impl Iterator<Item = EpisodeRef<'a>>) -> Episodes {
        episodes.fold(Episodes::default(), |span, e| Episodes {
            first: if span.count == 0 {
                e.number()
            } else {
                span.first
            },
            last: e.number(),
            count: span.count + 1,
        })
    }

    fn describe(&self) -> String {
        let Episodes { first, last, count } = *self;
        let contiguous = u64::from(last) + 1 == u64::from(first) + count as u64;
        match count {
            0 => "No episodes listed".to_owned(),
            1 => format!("Episode {first}"),
            _ if contiguous => format!("Episodes {first}–{last}"),
            _ => format!("{count} episodes from {first} to {last}"),
        }
    }
}

/// What a VEVENT announces: its UID stem, its label in SUMMARY, what it
/// releases, the basis of its time, and the sources behind it.
struct Unit<'a> {
    uid: String,
    label: String,
    what: String,
    basis: Basis<'a>,
    /// A sentence on a disputed time, if any.
    disputed: Option<String>,
    cites: crate::model::cites::Citations<'a>,
}

impl<'a> Unit<'a> {
    fn part(part: PartRef<'a>, episodes: Episodes) -> Unit<'a> {
        Unit {
            uid: format!("part-{}", part.number()),
            label: format!("Part {}", part.number()),
            what: episodes.describe(),
            basis: part.basis(),
            disputed: None,
            cites: part.cites(),
        }
    }
}

/// One series' share of a feed: what its events repeat, computed once.
struct Context<'a> {
    series: &'a Series,
    home: Zone,
    /// The title for SUMMARY, shortened.
    title: Cow<'a, str>,
    /// The platform's name for DESCRIPTION and CATEGORIES, shortened.
    platform: Option<Cow<'a, str>>,
}

/// A feed being written: its events, the instants each zone must cover, and
/// the release units left out.
struct Feed<'o> {
    options: &'o IcsOptions,
    stamp: String,
    events: Lines,
    zones: BTreeMap<&'static str, (Zone, Vec<DateTime<Utc>>)>,
    unscheduled: usize,
}

impl Feed<'_> {
    fn series(&mut self, series: &Series) {
        let context = Context {
            series,
            home: series.home_zone(),
            title: shorten(series.titles().english(), REPEATED_TEXT_BYTES, text_cost),
            platform: series
                .platform()
                .map(|p| shorten(p.name(), REPEATED_TEXT_BYTES, text_cost)),
        };
        for part in series.parts() {
            let episodes = part.episodes();
            if episodes.iter().all(|e| e.own_release().is_none()) {
                let span = Episodes::of(episodes.iter());
                self.event(&context, Unit::part(part, span), part.release(), 1);
                continue;
            }
            // Episodes without a release of their own come out with their
            // part: one event for all of them, where the first of them is.
            let inherited = Episodes::of(episodes.iter().filter(|e| e.own_release().is_none()));
            let mut part_written = false;
            for e in episodes {
                match e.own_release() {
                    Some(release) => {
                        let unit = Unit {
                            uid: format!("episode-{}", e.number()),
                            label: format!("Episode {}", e.number()),
                            what: Episodes::of(std::iter::once(e)).describe(),
                            basis: Basis::of(e.inference()),
                            disputed: None,
                            cites: e.cites(),
                        };
                        self.event(&context, unit, release, 1);
                    }
                    None if !part_written => {
                        part_written = true;
                        let units = inherited.count;
                        self.event(&context, Unit::part(part, inherited), part.release(), units);
                    }
                    None => {}
                }
            }
        }
        for special in series.specials() {
            // The other reported times, so a viewer is not misled by one.
            let disputed = special.dispute().map(|dispute| {
                let others: Vec<String> = dispute
                    .alternatives()
                    .iter()
                    .map(|r| r.value().to_string())
                    .collect();
                format!(
                    " Start time disputed: also reported as {}.",
                    others.join(", ")
                )
            });
            let unit = Unit {
                uid: format!("special-{}", special.id()),
                label: special.title().to_owned(),
                what: format!("Special ({})", special.kind()),
                basis: special.basis(),
                disputed,
                cites: crate::model::cites::Cited::cites(special),
            };
            self.event(&context, unit, special.release(), 1);
        }
    }

    /// The DTSTART (and DTEND) lines of a release, or `None` when it is not
    /// an event (coarser than a day) or cannot be written (a year outside
    /// 0000–9999 once in UTC).
    fn start(&mut self, home: Zone, release: Release) -> Option<Vec<String>> {
        match release.precision() {
            Precision::Minute => {
                let at = release.instant()?.to_utc();
                let local = home.local(at).naive_local();
                // A wall-clock time that occurs twice reads as its first
                // occurrence (RFC 5545 §3.3.5); the second is written in UTC.
                let ambiguous = home.start_of(local) != at;
                if self.options.times == IcsTimes::Utc || ambiguous || !four_digits(local.year()) {
                    return Some(vec![format!("DTSTART:{}", utc_stamp(at)?)]);
                }
                let zone = self.zones.entry(home.name()).or_insert((home, Vec::new()));
                zone.1.push(at);
                Some(vec![format!(
                    "DTSTART;TZID={}:{}",
                    home.name(),
                    local.format("%Y%m%dT%H%M%S")
                )])
            }
            Precision::Day => {
                let day = release.date().filter(|d| four_digits(d.year()))?;
                let mut lines = vec![format!("DTSTART;VALUE=DATE:{}", day.format("%Y%m%d"))];
                if let Some(next) = day.succ_opt().filter(|d| four_digits(d.year())) {
                    lines.push(format!("DTEND;VALUE=DATE:{}", next.format("%Y%m%d")));
                }
                Some(lines)
            }
            _ => None,
        }
    }

    /// One VEVENT for a release unit, released at `release`. When it is not
    /// an event, the `units` release units it stands for are counted instead.
    fn event(&mut self, context: &Context<'_>, unit: Unit<'_>, release: Release, units: usize) {
        let Some(start) = self.start(context.home, release) else {
            self.unscheduled += units;
            return;
        };
        let series = context.series;
        let Unit {
            uid,
            label,
            what,
            basis,
            disputed,
            cites,
        } = unit;
        let mut description = match &context.platform {
            Some(p) => format!("{what} on {p}."),
            None => format!("{what}."),
        };
        if let Basis::Inferred(inference) = basis {
            description.push_str(" Release time inferred, not reported: ");
            description.push_str(inference.rule());
        }
        description.push_str(disputed.as_deref().unwrap_or_default());
        let url = cites
            .iter()
            .filter_map(|id| series.source(id.as_str()))
            .find_map(|s| uri(s.url(), MAX_EVENT_URL_BYTES));
        let lines = &mut self.events;
        lines.push("BEGIN:VEVENT");
        lines.push(&format!("UID:{uid}.{}@kdrama", series.id()));
        lines.push(&format!("DTSTAMP:{}", self.stamp));
        for line in &start {
            lines.push(line);
        }
        lines.push(&format!(
            "SUMMARY:{}",
            text(&format!("{}: {label}", context.title))
        ));
        lines.push(&format!("DESCRIPTION:{}", text(&description)));
        if let Some(p) = &context.platform {
            lines.push(&format!("CATEGORIES:{}", text(p)));
        }
        if let Some(url) = url {
            lines.push(&format!("URL:{url}"));
        }
        lines.push("STATUS:CONFIRMED");
        lines.push("SEQUENCE:0");
        lines.push("END:VEVENT");
    }
}

fn calendar<'a>(
    series: impl Iterator<Item = &'a Series>,
    options: &IcsOptions,
    default_name: &str,
) -> String {
    let only: HashSet<&str> = options.only.iter().map(SeriesId::as_str).collect();
    let series: Vec<&Series> = series
        .filter(|s| only.is_empty() || only.contains(s.id().as_str()))
        .collect();
    let stamp = series
        .iter()
        .filter_map(|s| s.updated())
        .map(|t| t.to_utc())
        .max()
        .and_then(utc_stamp)
        .or_else(|| utc_stamp(DateTime::UNIX_EPOCH))
        .unwrap_or_default();
    let mut feed = Feed {
        options,
        stamp,
        events: Lines::default(),
        zones: BTreeMap::new(),
        unscheduled: 0,
    };
    for s in &series {
        feed.series(s);
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
    lines.push(&format!("X-KDRAMA-UNSCHEDULED:{}", feed.unscheduled));
    for (zone, instants) in feed.zones.values_mut() {
        vtimezone::write(&mut lines, *zone, instants);
    }
    let mut out = lines.into_string();
    out.push_str(&feed.events.into_string());
    out.push_str("END:VCALENDAR\r\n");
    out
}

impl Series {
    /// The release feed of this series as an iCalendar (RFC 5545) document.
    ///
    /// One VEVENT per release unit (a Netflix part, a broadcast episode),
    /// except that in a part whose episodes have releases of their own, the
    /// episodes without one come out with the part, as one event for the
    /// part. UIDs are derived from the ids (`part-2.the-glory@kdrama`,
    /// `episode-1.descendants-of-the-sun@kdrama`) and DTSTAMP from
    /// [`Series::updated`] (1970-01-01 when it is not recorded), so the same
    /// data always gives byte-identical output. Exact releases are timed in
    /// the home zone, with a VTIMEZONE holding the tz database's rules for
    /// those instants (one observance per run of events under one rule), or
    /// in UTC; day-precision releases are all-day events with an exclusive
    /// DTEND. (An instant whose local time occurs twice, the second time, is
    /// written in UTC so that it cannot be misread.) Releases known only to
    /// the month or year, or unannounced, are not events, nor is one that
    /// iCalendar cannot write (a year outside 0000–9999 in UTC):
    /// `X-KDRAMA-UNSCHEDULED` counts the release units left out.
    ///
    /// **Text.** Values are escaped as RFC 5545 TEXT; no control character
    /// reaches the feed (line breaks become `\n`, tabs spaces, other
    /// controls U+FFFD), and content lines are folded at 75 octets. Each
    /// event's URL is the first of its own sources (the episode's, or the
    /// part's) whose URL is at most 256 bytes once percent-encoded.
    ///
    /// **Size.** Text repeated in every event — the title in SUMMARY and the
    /// platform's name in DESCRIPTION and CATEGORIES — is cut to 64 bytes
    /// (escapes included), ending in `…`; the calendar's default NAME keeps
    /// the whole title. The feed is then at most 16 times the size of the
    /// JSON the series was read from (plus twice a name given to
    /// [`IcsOptions::named`]), built in linear time; the largest ratio
    /// measured, on series built to maximise it (`cargo test --test
    /// hostile_exports -- --nocapture`), is 14.0 (20 000 parts without episodes,
    /// each citing a 256-byte URL, under a 64-byte id).
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
    /// latest `updated` instant among them. Its size is bounded as there: at
    /// most 16 times the JSON of the series in it.
    ///
    /// ```
    /// let feed = kdrama::datasets::catalog().to_ics(&kdrama::IcsOptions::new());
    /// assert_eq!(feed.matches("BEGIN:VEVENT").count(), 21); // parts, episodes, specials
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

    #[test]
    fn no_control_character_survives() {
        let hostile = "a\tb\u{0}c\u{7f}d\u{85}e\u{2028}f\r\ng\rh\u{2029}i\u{9f}j\u{1b}[31m";
        let escaped = text(hostile);
        assert_eq!(
            escaped,
            "a b\u{fffd}c\u{fffd}d\\ne\\nf\\ng\\nh\\ni\u{fffd}j\u{fffd}[31m"
        );
        assert!(
            !escaped
                .chars()
                .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}')
        );
        // The cost function agrees with the escaping, character by character.
        for c in hostile.chars().chain(['\\', ';', ',', 'x', '한']) {
            assert_eq!(text(&c.to_string()).len(), text_cost(c), "{c:?}");
        }
    }

    #[test]
    fn urls_are_percent_encoded_and_bounded() {
        assert_eq!(
            uri("https://example.com/a b\n\"<더>", 256).as_deref(),
            Some("https://example.com/a%20b%0A%22%3C%EB%8D%94%3E")
        );
        assert_eq!(
            uri("https://example.com/", 20),
            Some("https://example.com/".to_owned())
        );
        assert_eq!(uri("https://example.com/x", 20), None);
    }

    #[test]
    fn episodes_are_described_by_their_span() {
        let span = |first, last, count| Episodes { first, last, count };
        assert_eq!(span(0, 0, 0).describe(), "No episodes listed");
        assert_eq!(span(3, 3, 1).describe(), "Episode 3");
        assert_eq!(span(1, 8, 8).describe(), "Episodes 1–8");
        assert_eq!(span(2, 8, 4).describe(), "4 episodes from 2 to 8");
    }
}
