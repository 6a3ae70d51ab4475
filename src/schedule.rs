//! Time queries: release status at an instant, release units and countdowns,
//! local views in any zone, and what was known when.

use std::fmt;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};

use crate::release::{Precision, Release, Window};
use crate::series::{Episode, Part, Series};
use crate::zone::Zone;

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
/// assert!(matches!(march.status_at(&Zone::seoul(), mid_march), Status::Uncertain { .. }));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// No date is announced, so nothing can be said.
    Unannounced,
    /// Certainly not out yet; `until` is the time left until the earliest
    /// possible release.
    Upcoming {
        /// Time until the window opens (until the instant, for exact releases).
        until: Duration,
    },
    /// The instant falls inside an imprecise window: it may or may not be out.
    Uncertain {
        /// Time since the window opened.
        since_start: Duration,
        /// Time until the window closes.
        until_end: Duration,
    },
    /// Certainly out; `since` is the time since the latest possible release
    /// (since the instant, for exact releases).
    Released {
        /// Time since the release (or since its window closed).
        since: Duration,
    },
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
    /// The status of this release at `at`, its calendar periods read in `zone`
    /// (the series' home zone).
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::{Release, Status, Zone};
    ///
    /// let part_2: Release = "2023-03-10T17:00+09:00".parse()?;
    /// let before = Utc.with_ymd_and_hms(2023, 3, 10, 7, 0, 0).unwrap();
    /// assert_eq!(part_2.status_at(&Zone::seoul(), before), Status::Upcoming { until: chrono::Duration::hours(1) });
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn status_at(&self, zone: &Zone, at: DateTime<Utc>) -> Status {
        match self.window(zone) {
            None => Status::Unannounced,
            Some(w) => window_status(&w, at),
        }
    }

    /// This release as seen from `viewer`, with its calendar periods read in
    /// `home` (the series' home zone).
    ///
    /// ```
    /// use kdrama::{Release, Zone};
    /// let part_1: Release = "2022-12-30T17:00+09:00".parse()?;
    /// let honolulu = Zone::from_name("Pacific/Honolulu")?;
    /// let view = part_1.in_zone(&Zone::seoul(), &honolulu);
    /// assert_eq!(view.to_string(), "2022-12-29T22:00-10:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn in_zone(&self, home: &Zone, viewer: &Zone) -> LocalRelease {
        match self.window(home) {
            None => LocalRelease::Unannounced,
            Some(w) if w.is_instant() => {
                LocalRelease::Exact(LocalTime::new(w.start(), home, viewer))
            }
            Some(w) => LocalRelease::Window {
                precision: self.precision(),
                start: LocalTime::new(w.start(), home, viewer),
                end: LocalTime::new(w.end(), home, viewer),
            },
        }
    }
}

fn window_status(w: &Window, at: DateTime<Utc>) -> Status {
    if at < w.start() {
        Status::Upcoming {
            until: w.start() - at,
        }
    } else if w.is_instant() {
        Status::Released {
            since: at - w.start(),
        }
    } else if at < w.end() {
        Status::Uncertain {
            since_start: at - w.start(),
            until_end: w.end() - at,
        }
    } else {
        Status::Released {
            since: at - w.end(),
        }
    }
}

/// An instant as the wall clock of a zone shows it.
///
/// ```
/// use kdrama::{Release, Zone};
/// let part_2: Release = "2023-03-10T17:00+09:00".parse()?;
/// let la = Zone::from_name("America/Los_Angeles")?;
/// let kdrama::LocalRelease::Exact(t) = part_2.in_zone(&Zone::seoul(), &la) else { unreachable!() };
/// assert_eq!(t.to_string(), "2023-03-10T00:00-08:00");
/// assert_eq!(t.abbreviation(), "PST");
/// assert_eq!(t.day_shift(), 0);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LocalTime {
    local: DateTime<FixedOffset>,
    abbreviation: String,
    day_shift: i64,
}

impl LocalTime {
    fn new(instant: DateTime<Utc>, home: &Zone, viewer: &Zone) -> LocalTime {
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
    /// let LocalRelease::Exact(t) = r.in_zone(&Zone::seoul(), &Zone::utc()) else { unreachable!() };
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
    /// let LocalRelease::Exact(t) = r.in_zone(&Zone::seoul(), &Zone::seoul()) else { unreachable!() };
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
    /// let LocalRelease::Exact(t) = r.in_zone(&Zone::seoul(), &Zone::from_name("Asia/Kathmandu")?) else { unreachable!() };
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
    /// let LocalRelease::Exact(t) = r.in_zone(&Zone::seoul(), &Zone::seoul()) else { unreachable!() };
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
    /// let LocalRelease::Exact(t) = r.in_zone(&Zone::seoul(), &Zone::from_name("Pacific/Honolulu")?) else { unreachable!() };
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
///     march.in_zone(&Zone::seoul(), &la).to_string(),
///     "2023-02-28T07:00-08:00/2023-03-31T08:00-07:00"
/// );
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
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

/// One thing that is released at once: a whole part (a Netflix drop) or one
/// episode (a broadcast). See [`Series::release_units`].
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let units: Vec<String> = glory.release_units().map(|u| u.label()).collect();
/// assert_eq!(units, ["Part 1", "Part 2"]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReleaseUnit<'a> {
    part: &'a Part,
    episode: Option<&'a Episode>,
}

impl<'a> ReleaseUnit<'a> {
    pub(crate) fn new(part: &'a Part, episode: Option<&'a Episode>) -> ReleaseUnit<'a> {
        ReleaseUnit { part, episode }
    }

    /// The part this unit belongs to (or is).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().last().unwrap().part().number(), 2);
    /// ```
    pub fn part(&self) -> &'a Part {
        self.part
    }

    /// The episode, when the unit is a single episode.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert!(glory.release_units().all(|u| u.episode().is_none()));
    /// ```
    pub fn episode(&self) -> Option<&'a Episode> {
        self.episode
    }

    /// The episodes released by this unit.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().next().unwrap().episodes().len(), 8);
    /// ```
    pub fn episodes(&self) -> &'a [Episode] {
        match self.episode {
            Some(e) => std::slice::from_ref(e),
            None => self.part.episodes(),
        }
    }

    /// When the unit is released: the episode's own release, or the part's.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().next().unwrap().release().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn release(&self) -> Release {
        self.episode
            .and_then(Episode::own_release)
            .unwrap_or(self.part.release())
    }

    /// `Part 2` or `Episode 3`.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.release_units().nth(2).unwrap().label(), "Episode 3");
    /// ```
    pub fn label(&self) -> String {
        match self.episode {
            Some(e) => format!("Episode {}", e.number()),
            None => format!("Part {}", self.part.number()),
        }
    }
}

/// Where a whole series stands at an instant.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// use kdrama::SeriesStatus;
/// let glory = kdrama::datasets::the_glory();
/// let between = Utc.with_ymd_and_hms(2023, 1, 15, 0, 0, 0).unwrap();
/// assert!(matches!(glory.status_at(between), SeriesStatus::InProgress { released: 1, total: 2, .. }));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SeriesStatus {
    /// No unit is certainly out yet; `next` is the first unit's status.
    NotStarted {
        /// The first unit's status.
        next: Status,
    },
    /// Some units are out.
    InProgress {
        /// Units certainly released.
        released: usize,
        /// All units.
        total: usize,
        /// The status of the first unit not certainly released.
        next: Status,
    },
    /// Every unit is out.
    Complete {
        /// Time since the last unit's release.
        since: Duration,
    },
}

impl Part {
    /// This part's status at `at`, read in the series' home zone.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let glory = kdrama::datasets::the_glory();
    /// let at = Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0).unwrap();
    /// assert!(glory.part(1).unwrap().status_at(&glory.home_zone(), at).is_released());
    /// ```
    pub fn status_at(&self, zone: &Zone, at: DateTime<Utc>) -> Status {
        self.release().status_at(zone, at)
    }

    /// What was known about this part's release on `date` (a home-zone
    /// calendar day): the release itself once it has certainly happened by the
    /// end of that day, otherwise the latest announcement made on or before it,
    /// otherwise `unannounced`.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let part_2 = glory.part(2).unwrap();
    /// let seoul = glory.home_zone();
    /// let on = |d: &str| part_2.release_known_on(d.parse().unwrap(), &seoul).to_string();
    /// assert_eq!(on("2022-12-19"), "unannounced");
    /// assert_eq!(on("2022-12-20"), "2023-03");
    /// assert_eq!(on("2023-01-18"), "2023-03-10");
    /// assert_eq!(on("2023-03-10"), "2023-03-10T17:00+09:00");
    /// ```
    pub fn release_known_on(&self, date: NaiveDate, zone: &Zone) -> Release {
        let end_of_day = date
            .succ_opt()
            .map(|next| zone.start_of(next.and_time(chrono::NaiveTime::MIN)));
        let happened = match (self.release().window(zone), end_of_day) {
            (Some(w), Some(end)) => w.latest() < end,
            _ => false,
        };
        if happened {
            return self.release();
        }
        self.announcements()
            .iter()
            .rev()
            .find(|a| a.on() <= date)
            .map_or(Release::unannounced(), |a| a.release())
    }
}

impl Series {
    /// The units released at once, in release order: each part whose episodes
    /// have no release of their own, and each episode of the other parts.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.release_units().count(), 16);
    /// ```
    pub fn release_units(&self) -> impl Iterator<Item = ReleaseUnit<'_>> + '_ {
        self.parts().iter().flat_map(|part| {
            let per_episode = part.episodes().iter().any(|e| e.own_release().is_some());
            let whole = (!per_episode).then_some(ReleaseUnit {
                part,
                episode: None,
            });
            let episodes = part
                .episodes()
                .iter()
                .filter(move |_| per_episode)
                .map(move |e| ReleaseUnit {
                    part,
                    episode: Some(e),
                });
            whole.into_iter().chain(episodes)
        })
    }

    /// When episode `number` is released: its own release, or its part's.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.episode_release(9).map(|r| r.to_string()).as_deref(), Some("2023-03-10T17:00+09:00"));
    /// assert_eq!(glory.episode_release(17), None);
    /// ```
    pub fn episode_release(&self, number: u32) -> Option<Release> {
        // Episodes are numbered 1..N in order across the parts, so episode
        // `number` is found by counting parts, not by reading every episode.
        let index = usize::try_from(number.checked_sub(1)?).ok()?;
        let mut before = 0;
        for part in self.parts() {
            let episodes = part.episodes();
            if let Some(e) = index.checked_sub(before).and_then(|i| episodes.get(i)) {
                if e.number() == number {
                    return Some(e.own_release().unwrap_or(part.release()));
                }
                break;
            }
            before += episodes.len();
        }
        // Numbered otherwise (never in a valid series): look it up.
        self.episodes()
            .find(|(_, e)| e.number() == number)
            .map(|(p, e)| e.own_release().unwrap_or(p.release()))
    }

    /// The status of episode `number` at `at`; `None` when there is no such episode.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let at = Utc.with_ymd_and_hms(2016, 3, 1, 0, 0, 0).unwrap();
    /// assert_eq!(dots.episode_status(2, at).map(|s| s.as_str()), Some("released"));
    /// assert_eq!(dots.episode_status(3, at).map(|s| s.as_str()), Some("upcoming"));
    /// ```
    pub fn episode_status(&self, number: u32, at: DateTime<Utc>) -> Option<Status> {
        self.episode_release(number)
            .map(|r| r.status_at(&self.home_zone(), at))
    }

    /// The first unit not certainly released at `at` (upcoming, uncertain or
    /// unannounced), with its status: the countdown target.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let glory = kdrama::datasets::the_glory();
    /// let at = Utc.with_ymd_and_hms(2023, 3, 9, 8, 0, 0).unwrap();
    /// let (unit, status) = glory.next_release(at).unwrap();
    /// assert_eq!(unit.label(), "Part 2");
    /// assert_eq!(status, kdrama::Status::Upcoming { until: chrono::Duration::days(1) });
    /// ```
    pub fn next_release(&self, at: DateTime<Utc>) -> Option<(ReleaseUnit<'_>, Status)> {
        let zone = self.home_zone();
        self.release_units()
            .map(|u| (u, u.release().status_at(&zone, at)))
            .find(|(_, s)| !s.is_released())
    }

    /// The episodes that are out, or may be out, at `at`, in order, each with
    /// its status ([`Status::Released`] or [`Status::Uncertain`]).
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let glory = kdrama::datasets::the_glory();
    /// let at = Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0).unwrap();
    /// assert_eq!(glory.episodes_available_at(at).count(), 8);
    /// ```
    pub fn episodes_available_at(
        &self,
        at: DateTime<Utc>,
    ) -> impl Iterator<Item = (&Part, &Episode, Status)> + '_ {
        let zone = self.home_zone();
        self.episodes().filter_map(move |(p, e)| {
            let status = e.own_release().unwrap_or(p.release()).status_at(&zone, at);
            matches!(status, Status::Released { .. } | Status::Uncertain { .. })
                .then_some((p, e, status))
        })
    }

    /// Where the whole series stands at `at`, counted in release units.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let glory = kdrama::datasets::the_glory();
    /// let later = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    /// assert!(matches!(glory.status_at(later), kdrama::SeriesStatus::Complete { .. }));
    /// ```
    pub fn status_at(&self, at: DateTime<Utc>) -> SeriesStatus {
        let zone = self.home_zone();
        let statuses: Vec<Status> = self
            .release_units()
            .map(|u| u.release().status_at(&zone, at))
            .collect();
        let released = statuses.iter().filter(|s| s.is_released()).count();
        match statuses.iter().find(|s| !s.is_released()) {
            Some(&next) if released == 0 => SeriesStatus::NotStarted { next },
            Some(&next) => SeriesStatus::InProgress {
                released,
                total: statuses.len(),
                next,
            },
            None => SeriesStatus::Complete {
                since: statuses
                    .iter()
                    .filter_map(|s| match s {
                        Status::Released { since } => Some(*since),
                        _ => None,
                    })
                    .min()
                    .unwrap_or_else(Duration::zero),
            },
        }
    }
}
