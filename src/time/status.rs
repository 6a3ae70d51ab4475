//! A release's status at an instant, and its local view in any zone.

use std::fmt;

use chrono::{DateTime, Duration, FixedOffset, Utc};

use crate::time::release::{Precision, Release};
use crate::time::window::Window;
use crate::time::zone::Zone;

/// Where a release stands at an instant.
///
/// A release known only to the day, month or year is a window; inside it the
/// status is [`Status::Uncertain`], never a guess.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kdrama::{Release, Status, Zone};
///
/// let march: Release = "2023-03".parse()?;
/// let mid_march = Utc.with_ymd_and_hms(2023, 3, 15, 0, 0, 0).unwrap();
/// assert!(matches!(march.status_at(Zone::seoul(), mid_march), Status::Uncertain { .. }));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
#[non_exhaustive]
pub enum Status {
    /// No date is announced, so nothing can be said.
    Unannounced,
    /// Certainly not out yet; `until` is the time left until the earliest
    /// possible release.
    Upcoming {
        /// Time until the window opens (until the instant, for exact releases).
        #[serde(rename = "until_seconds", serialize_with = "seconds")]
        until: Duration,
    },
    /// The instant falls inside an imprecise window: it may or may not be out.
    Uncertain {
        /// Time since the window opened.
        #[serde(rename = "since_start_seconds", serialize_with = "seconds")]
        since_start: Duration,
        /// Time until the window closes.
        #[serde(rename = "until_end_seconds", serialize_with = "seconds")]
        until_end: Duration,
    },
    /// Certainly out; `since` is the time since the latest possible release
    /// (since the instant, for exact releases).
    Released {
        /// Time since the release (or since its window closed).
        #[serde(rename = "since_seconds", serialize_with = "seconds")]
        since: Duration,
    },
}

/// A duration as whole seconds (a status in JSON: `{"status": "upcoming",
/// "until_seconds": 43200}`).
pub(crate) fn seconds<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i64(d.num_seconds())
}

impl Status {
    /// `unannounced`, `upcoming`, `uncertain` or `released`.
    ///
    /// ```
    /// assert_eq!(kdrama::Status::Unannounced.as_str(), "unannounced");
    /// ```
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Unannounced => "unannounced",
            Status::Upcoming { .. } => "upcoming",
            Status::Uncertain { .. } => "uncertain",
            Status::Released { .. } => "released",
        }
    }

    /// Whether it is certainly out.
    ///
    /// ```
    /// let s = kdrama::Status::Released { since: chrono::Duration::hours(1) };
    /// assert!(s.is_released());
    /// ```
    pub fn is_released(&self) -> bool {
        matches!(self, Status::Released { .. })
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Release {
    /// The status of this release at `at`, its calendar periods read in
    /// `home_zone`.
    ///
    /// `home_zone` must be the zone of the series the release belongs to
    /// ([`Series::home_zone`](crate::Series::home_zone)): "2023-03-10" means
    /// that day in Seoul, and read in a viewer's zone it would be another 24
    /// hours. [`Series::status_at`](crate::Series::status_at) and
    /// [`Part::status_at`](crate::Part::status_at) pass it for you; to show a
    /// release to a viewer, use [`Release::in_zone`].
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::{Release, Status, Zone};
    ///
    /// let part_2: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let before = Utc.with_ymd_and_hms(2023, 3, 10, 7, 0, 0).unwrap();
    /// assert_eq!(part_2.status_at(Zone::seoul(), before), Status::Upcoming { until: chrono::Duration::hours(1) });
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn status_at(&self, home_zone: Zone, at: DateTime<Utc>) -> Status {
        match self.window(home_zone) {
            None => Status::Unannounced,
            Some(w) => window_status(&w, at),
        }
    }

    /// Whether `status_at(home_zone, at)` is [`Status::Released`], without
    /// working out the durations.
    pub(crate) fn is_released_at(&self, home_zone: Zone, at: DateTime<Utc>) -> bool {
        self.window(home_zone).is_some_and(|w| out_by(&w) <= at)
    }

    /// This release as seen from `viewer`, with its calendar periods read in
    /// `home` (the series' home zone).
    ///
    /// ```
    /// use kdrama::{Release, Zone};
    /// let part_1: Release = "2022-12-30T17:00+09:00".parse()?;
    /// let honolulu = Zone::from_name("Pacific/Honolulu")?;
    /// let view = part_1.in_zone(Zone::seoul(), honolulu);
    /// assert_eq!(view.to_string(), "2022-12-29T22:00-10:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn in_zone(&self, home_zone: Zone, viewer: Zone) -> LocalRelease {
        match self.window(home_zone) {
            None => LocalRelease::Unannounced,
            Some(w) if w.is_instant() => {
                LocalRelease::Exact(LocalTime::new(w.start(), home_zone, viewer))
            }
            Some(w) => LocalRelease::Window {
                precision: self.precision(),
                start: LocalTime::new(w.start(), home_zone, viewer),
                end: LocalTime::new(w.end(), home_zone, viewer),
            },
        }
    }
}

/// The instant from which a release in window `w` is certainly out: its
/// start for an exact instant, else the end of its window.
fn out_by(w: &Window) -> DateTime<Utc> {
    if w.is_instant() { w.start() } else { w.end() }
}

pub(crate) fn window_status(w: &Window, at: DateTime<Utc>) -> Status {
    let out = out_by(w);
    if at >= out {
        Status::Released { since: at - out }
    } else if at < w.start() {
        Status::Upcoming {
            until: w.start() - at,
        }
    } else {
        Status::Uncertain {
            since_start: at - w.start(),
            until_end: w.end() - at,
        }
    }
}

/// An instant as the wall clock of a zone shows it.
///
/// ```
/// use kdrama::{Release, Zone};
/// let part_2: Release = "2023-03-10T17:00+09:00".parse()?;
/// let la = Zone::from_name("America/Los_Angeles")?;
/// let kdrama::LocalRelease::Exact(t) = part_2.in_zone(Zone::seoul(), la) else { unreachable!() };
/// assert_eq!(t.to_string(), "2023-03-10T00:00-08:00");
/// assert_eq!(t.abbreviation(), "PST");
/// assert_eq!(t.day_shift(), 0);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct LocalTime {
    local: DateTime<FixedOffset>,
    abbreviation: String,
    day_shift: i64,
}

impl LocalTime {
    fn new(instant: DateTime<Utc>, home: Zone, viewer: Zone) -> LocalTime {
        let local = viewer.local(instant);
        let home_date = home.local(instant).date_naive();
        LocalTime {
            local,
            abbreviation: viewer.abbreviation_at(instant),
            day_shift: (local.date_naive() - home_date).num_days(),
        }
    }

    /// The local date-time with its UTC offset.
    ///
    /// ```
    /// use kdrama::{Release, Zone, LocalRelease};
    /// let r: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let LocalRelease::Exact(t) = r.in_zone(Zone::seoul(), Zone::utc()) else { unreachable!() };
    /// assert_eq!(t.local().to_rfc3339(), "2023-03-10T08:00:00+00:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn local(&self) -> DateTime<FixedOffset> {
        self.local
    }

    /// The same moment in UTC.
    ///
    /// ```
    /// use kdrama::{Release, Zone, LocalRelease};
    /// let r: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let LocalRelease::Exact(t) = r.in_zone(Zone::seoul(), Zone::seoul()) else { unreachable!() };
    /// assert_eq!(t.instant().to_rfc3339(), "2023-03-10T08:00:00+00:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn instant(&self) -> DateTime<Utc> {
        self.local.to_utc()
    }

    /// The UTC offset in force.
    ///
    /// ```
    /// use kdrama::{Release, Zone, LocalRelease};
    /// let r: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let LocalRelease::Exact(t) = r.in_zone(Zone::seoul(), Zone::from_name("Asia/Kathmandu")?) else { unreachable!() };
    /// assert_eq!(t.offset().to_string(), "+05:45");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn offset(&self) -> FixedOffset {
        *self.local.offset()
    }

    /// The zone's abbreviation at that moment (`KST`, `PST`), or the numeric
    /// form the tz database uses where it has none (`+0545`).
    ///
    /// ```
    /// use kdrama::{Release, Zone, LocalRelease};
    /// let r: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let LocalRelease::Exact(t) = r.in_zone(Zone::seoul(), Zone::seoul()) else { unreachable!() };
    /// assert_eq!(t.abbreviation(), "KST");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn abbreviation(&self) -> &str {
        &self.abbreviation
    }

    /// Local calendar date minus the home zone's calendar date at the same
    /// moment: `-1` when the viewer is still on the previous day.
    ///
    /// ```
    /// use kdrama::{Release, Zone, LocalRelease};
    /// let r: Release = "2022-12-30T17:00+09:00".parse()?;
    /// let LocalRelease::Exact(t) = r.in_zone(Zone::seoul(), Zone::from_name("Pacific/Honolulu")?) else { unreachable!() };
    /// assert_eq!(t.day_shift(), -1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn day_shift(&self) -> i64 {
        self.day_shift
    }
}

impl fmt::Display for LocalTime {
    /// `YYYY-MM-DDTHH:MM±HH:MM`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.local.format("%Y-%m-%dT%H:%M%:z"))
    }
}

/// A [`Release`] as seen from some zone: an exact local time, a local window,
/// or nothing announced.
///
/// Displays as the local time (`2023-03-10T00:00-08:00`), the window
/// `start/end` (half-open, as in ISO 8601 intervals), or `unannounced`.
///
/// ```
/// use kdrama::{Release, Zone};
/// let march: Release = "2023-03".parse()?;
/// let la = Zone::from_name("America/Los_Angeles")?;
/// assert_eq!(
///     march.in_zone(Zone::seoul(), la).to_string(),
///     "2023-02-28T07:00-08:00/2023-03-31T08:00-07:00"
/// );
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum LocalRelease {
    /// Nothing announced.
    Unannounced,
    /// An exact release.
    Exact(LocalTime),
    /// A year, month or day of the home zone, as a local half-open window.
    Window {
        /// How precisely the release is known.
        precision: Precision,
        /// The earliest possible moment (inclusive).
        start: LocalTime,
        /// The end of the window (exclusive).
        end: LocalTime,
    },
}

impl fmt::Display for LocalRelease {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LocalRelease::Unannounced => f.write_str("unannounced"),
            LocalRelease::Exact(t) => t.fmt(f),
            LocalRelease::Window { start, end, .. } => write!(f, "{start}/{end}"),
        }
    }
}
