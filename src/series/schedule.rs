//! Release units and countdowns of a series, a part's status, and what was
//! known when.

use chrono::{DateTime, Duration, NaiveDate, Utc};

use crate::model::disputes::Basis;
use crate::model::parts::{Announcement, Part};
use crate::model::specials::Special;
use crate::series::Series;
use crate::series::list::Records;
use crate::series::records::{EpisodeRef, PartRef};
use crate::time::release::Release;
use crate::time::status::Status;
use crate::time::zone::Zone;

/// One thing that is released at once: a whole part (a Netflix drop), one
/// episode (a broadcast), or a special. See [`Series::release_units`].
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let units: Vec<String> = glory.release_units().map(|u| u.label()).collect();
/// assert_eq!(units, ["Part 1", "Part 2"]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct ReleaseUnit<'a>(Unit<'a>);

#[derive(Debug, Clone, Copy)]
enum Unit<'a> {
    Part(PartRef<'a>),
    Episode(PartRef<'a>, EpisodeRef<'a>),
    Special(&'a Series, &'a Special),
}

impl<'a> ReleaseUnit<'a> {
    /// A whole part, or one of its episodes.
    pub(crate) fn numbered(part: PartRef<'a>, episode: Option<EpisodeRef<'a>>) -> ReleaseUnit<'a> {
        ReleaseUnit(match episode {
            Some(e) => Unit::Episode(part, e),
            None => Unit::Part(part),
        })
    }

    /// A special.
    pub(crate) fn of_special(series: &'a Series, special: &'a Special) -> ReleaseUnit<'a> {
        ReleaseUnit(Unit::Special(series, special))
    }

    /// The part this unit belongs to (or is); `None` for a special.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().last().unwrap().part().unwrap().number(), 2);
    /// ```
    pub fn part(&self) -> Option<PartRef<'a>> {
        match self.0 {
            Unit::Part(p) | Unit::Episode(p, _) => Some(p),
            Unit::Special(..) => None,
        }
    }

    /// The episode, when the unit is a single episode.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert!(glory.release_units().all(|u| u.episode().is_none()));
    /// ```
    pub fn episode(&self) -> Option<EpisodeRef<'a>> {
        match self.0 {
            Unit::Episode(_, e) => Some(e),
            _ => None,
        }
    }

    /// The special, when the unit is one.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let specials: Vec<&str> = dots.release_units().filter_map(|u| u.special()).map(|s| s.id().as_str()).collect();
    /// assert_eq!(specials, ["special-1", "special-2", "epilogue"]);
    /// ```
    pub fn special(&self) -> Option<&'a Special> {
        match self.0 {
            Unit::Special(_, s) => Some(s),
            _ => None,
        }
    }

    /// The numbered episodes released by this unit (none for a special).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().next().unwrap().episodes().len(), 8);
    /// ```
    pub fn episodes(&self) -> Records<'a, EpisodeRef<'a>> {
        match self.0 {
            Unit::Episode(_, e) => e.alone(),
            Unit::Part(p) => p.episodes(),
            Unit::Special(series, _) => Records::new(series, &[]),
        }
    }

    /// When the unit is released: the special's, the episode's own release,
    /// or the part's.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.release_units().next().unwrap().release().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn release(&self) -> Release {
        match self.0 {
            Unit::Part(p) => p.release(),
            Unit::Episode(p, e) => e.own_release().unwrap_or(p.release()),
            Unit::Special(_, s) => s.release(),
        }
    }

    /// Whether that release was reported or inferred (and how).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let bases: Vec<bool> = glory.release_units().map(|u| u.basis().is_inferred()).collect();
    /// assert_eq!(bases, [true, false]);
    /// ```
    pub fn basis(&self) -> Basis<'a> {
        match self.0 {
            Unit::Part(p) => p.basis(),
            Unit::Episode(_, e) if e.own_release().is_some() => Basis::of(e.inference()),
            Unit::Episode(p, _) => p.basis(),
            Unit::Special(_, s) => s.basis(),
        }
    }

    /// `Part 2`, `Episode 3`, or the special's title.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.release_units().nth(2).unwrap().label(), "Episode 3");
    /// ```
    pub fn label(&self) -> String {
        match self.0 {
            Unit::Episode(_, e) => format!("Episode {}", e.number()),
            Unit::Part(p) => format!("Part {}", p.number()),
            Unit::Special(_, s) => s.title().to_owned(),
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
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
        #[serde(
            rename = "since_seconds",
            serialize_with = "crate::time::status::seconds"
        )]
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
    /// assert!(glory.part(1).unwrap().status_at(glory.home_zone(), at).is_released());
    /// ```
    pub fn status_at(&self, home_zone: Zone, at: DateTime<Utc>) -> Status {
        self.release().status_at(home_zone, at)
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
    /// let on = |d: &str| part_2.release_known_on(d.parse().unwrap(), seoul).to_string();
    /// assert_eq!(on("2022-12-19"), "unannounced");
    /// assert_eq!(on("2022-12-20"), "2023-03");
    /// assert_eq!(on("2023-01-18"), "2023-03-10");
    /// assert_eq!(on("2023-03-10"), "2023-03-10T17:00+09:00");
    /// ```
    pub fn release_known_on(&self, date: NaiveDate, home_zone: Zone) -> Release {
        release_known_on(self.release(), self.announcements(), date, home_zone)
    }
}

/// What was known on `date` of a part released at `release` with
/// `announcements` (see [`Part::release_known_on`]).
pub(crate) fn release_known_on(
    release: Release,
    announcements: &[Announcement],
    date: NaiveDate,
    home_zone: Zone,
) -> Release {
    let end_of_day = date
        .succ_opt()
        .map(|next| home_zone.start_of(next.and_time(chrono::NaiveTime::MIN)));
    let happened = match (release.window(home_zone), end_of_day) {
        (Some(w), Some(end)) => w.latest() < end,
        _ => false,
    };
    if happened {
        return release;
    }
    announcements
        .iter()
        .rev()
        .find(|a| a.on() <= date)
        .map_or(Release::unannounced(), |a| a.release())
}

impl Series {
    /// The units released at once, in release order: each part whose episodes
    /// have no release of their own, each episode of the other parts, and
    /// each special, merged in by its release (after a numbered unit released
    /// at the same instant; unannounced specials last).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.release_units().count(), 16 + 3);
    /// ```
    pub fn release_units(&self) -> impl Iterator<Item = ReleaseUnit<'_>> + '_ {
        let zone = self.home_zone();
        let start = move |u: &ReleaseUnit<'_>| u.release().window(zone).map(|w| w.start());
        let mut numbered = self.parts().iter().flat_map(|part| {
            let per_episode = part.episodes().iter().any(|e| e.own_release().is_some());
            let whole = (!per_episode).then_some(ReleaseUnit::numbered(part, None));
            let episodes = part
                .episodes()
                .iter()
                .filter(move |_| per_episode)
                .map(move |e| ReleaseUnit::numbered(part, Some(e)));
            whole.into_iter().chain(episodes)
        });
        // Specials merge into the numbered run by release (unannounced last);
        // on a tie the numbered unit comes first.
        let mut specials: Vec<ReleaseUnit<'_>> = self
            .specials()
            .iter()
            .map(|special| ReleaseUnit::of_special(self, special))
            .collect();
        specials.sort_by_key(|u| start(u).map_or((1, None), |s| (0, Some(s))));
        let mut specials = specials.into_iter().peekable();
        // Merged lazily: a series without specials allocates nothing and
        // computes no windows here.
        let mut waiting: Option<ReleaseUnit<'_>> = None;
        std::iter::from_fn(move || {
            let Some(unit) = waiting.take().or_else(|| numbered.next()) else {
                return specials.next();
            };
            match specials
                .next_if(|s| matches!((start(s), start(&unit)), (Some(a), Some(b)) if a < b))
            {
                Some(special) => {
                    waiting = Some(unit);
                    Some(special)
                }
                None => Some(unit),
            }
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
            .map(|r| r.status_at(self.home_zone(), at))
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
            .find(|u| !u.release().is_released_at(zone, at))
            .map(|u| (u, u.release().status_at(zone, at)))
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
    ) -> impl Iterator<Item = (PartRef<'_>, EpisodeRef<'_>, Status)> + '_ {
        let zone = self.home_zone();
        self.episodes().filter_map(move |(p, e)| {
            let status = e.own_release().unwrap_or(p.release()).status_at(zone, at);
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
            .map(|u| u.release().status_at(zone, at))
            .collect();
        series_status(&statuses)
    }
}

/// Where a series stands, from the statuses of its release units in order.
pub(crate) fn series_status(statuses: &[Status]) -> SeriesStatus {
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
