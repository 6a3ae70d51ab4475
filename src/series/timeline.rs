//! The timeline: every dated thing of a series, in order.

use std::fmt;

use chrono::{DateTime, Utc};

use crate::model::media::LifecycleEvent;
use crate::model::parts::Announcement;
use crate::series::Series;
use crate::series::records::{ClaimRef, EventRef, MediaRef, PartRef, StatementRef};
use crate::series::schedule::ReleaseUnit;
use crate::time::release::Release;
use crate::time::window::Window;

/// What kind of thing a [`TimelineEntry`] is.
///
/// ```
/// assert_eq!(kdrama::TimelineKind::Statement.as_str(), "statement");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum TimelineKind {
    /// A release date was announced.
    Announcement,
    /// A part or episode was released.
    Release,
    /// A media asset was published, taken down, re-posted or edited.
    Media,
    /// A statement was made.
    Statement,
    /// A claim was first seen.
    Claim,
    /// An event (press conference, fan event, award…) took place.
    Event,
}

impl TimelineKind {
    /// A stable lowercase name.
    ///
    /// ```
    /// assert_eq!(kdrama::TimelineKind::Release.as_str(), "release");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            TimelineKind::Announcement => "announcement",
            TimelineKind::Release => "release",
            TimelineKind::Media => "media",
            TimelineKind::Statement => "statement",
            TimelineKind::Claim => "claim",
            TimelineKind::Event => "event",
        }
    }
}

impl fmt::Display for TimelineKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The record behind a [`TimelineEntry`].
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let first = &glory.timeline()[0];
/// assert!(matches!(first.item(), kdrama::TimelineItem::Event(e) if e.id().as_str() == "song-hye-kyo-attached"));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum TimelineItem<'a> {
    /// A part's release was announced.
    Announcement {
        /// The part.
        part: PartRef<'a>,
        /// The announcement.
        announcement: &'a Announcement,
    },
    /// A release unit came out.
    Release(ReleaseUnit<'a>),
    /// Something happened to a media asset.
    Media {
        /// The asset.
        asset: MediaRef<'a>,
        /// What happened.
        event: &'a LifecycleEvent,
    },
    /// A statement.
    Statement(StatementRef<'a>),
    /// A claim, dated when first seen.
    Claim(ClaimRef<'a>),
    /// An event.
    Event(EventRef<'a>),
}

/// One dated thing in a series' life.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let entry = glory.timeline().into_iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
/// assert_eq!(entry.description(), "Part 1 released");
/// assert_eq!(entry.date().to_string(), "2022-12-30T17:00+09:00");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct TimelineEntry<'a> {
    date: Release,
    window: Window,
    kind: TimelineKind,
    item: TimelineItem<'a>,
}

impl<'a> TimelineEntry<'a> {
    /// When, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let timeline = g.timeline();
    /// let e = timeline.iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
    /// assert_eq!(e.date().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn date(&self) -> Release {
        self.date
    }

    /// The window of instants the date stands for (home zone).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let timeline = g.timeline();
    /// let e = timeline.iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
    /// assert_eq!(e.window().start().to_rfc3339(), "2022-12-30T08:00:00+00:00");
    /// ```
    pub fn window(&self) -> Window {
        self.window
    }

    /// What kind of thing it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let timeline = g.timeline();
    /// let e = timeline.iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
    /// assert_eq!(e.kind().as_str(), "release");
    /// ```
    pub fn kind(&self) -> TimelineKind {
        self.kind
    }

    /// The record behind it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let timeline = g.timeline();
    /// let e = timeline.iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
    /// assert!(matches!(e.item(), kdrama::TimelineItem::Release(unit) if unit.label() == "Part 1"));
    /// ```
    pub fn item(&self) -> TimelineItem<'a> {
        self.item
    }

    /// Whether its window meets the half-open range `[start, end)`.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let glory = kdrama::datasets::the_glory();
    /// let december = (Utc.with_ymd_and_hms(2022, 12, 1, 0, 0, 0).unwrap(), Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0).unwrap());
    /// assert!(glory.timeline().iter().any(|e| e.overlaps(december.0, december.1)));
    /// ```
    pub fn overlaps(&self, start: DateTime<Utc>, end: DateTime<Utc>) -> bool {
        if self.window.is_instant() {
            start <= self.window.start() && self.window.start() < end
        } else {
            self.window.start() < end && start < self.window.end()
        }
    }

    /// A one-line description in English.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let timeline = g.timeline();
    /// let e = timeline.iter().find(|e| e.kind() == kdrama::TimelineKind::Release).unwrap();
    /// assert_eq!(e.description(), "Part 1 released");
    /// ```
    pub fn description(&self) -> String {
        match self.item {
            TimelineItem::Announcement { part, announcement } => {
                format!(
                    "Part {} announced for {}",
                    part.number(),
                    announcement.release()
                )
            }
            TimelineItem::Release(unit) => format!("{} released", unit.label()),
            TimelineItem::Media { asset, event } => {
                format!(
                    "{}: {}",
                    asset.title(),
                    event.action().as_str().replace('_', " ")
                )
            }
            TimelineItem::Statement(s) => format!("statement: {}", s.summary()),
            TimelineItem::Claim(c) => format!("claim first seen: {}", c.summary()),
            TimelineItem::Event(e) => e.name().to_owned(),
        }
    }
}

impl Series {
    /// Every dated thing, ordered by the start of its window, then by kind,
    /// then by document order. Undated (`unannounced`) things are left out.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let timeline = glory.timeline();
    /// assert!(timeline.windows(2).all(|w| w[0].window().start() <= w[1].window().start()));
    /// ```
    pub fn timeline(&self) -> Vec<TimelineEntry<'_>> {
        let zone = self.home_zone();
        let mut entries = Vec::new();
        let mut push = |date: Release, kind: TimelineKind, item| {
            if let Some(window) = date.window(zone) {
                entries.push(TimelineEntry {
                    date,
                    window,
                    kind,
                    item,
                });
            }
        };
        for part in self.parts() {
            for announcement in part.announcements() {
                push(
                    announcement.day(),
                    TimelineKind::Announcement,
                    TimelineItem::Announcement { part, announcement },
                );
            }
        }
        for unit in self.release_units() {
            push(
                unit.release(),
                TimelineKind::Release,
                TimelineItem::Release(unit),
            );
        }
        for asset in self.media() {
            for event in asset.events() {
                push(
                    event.date(),
                    TimelineKind::Media,
                    TimelineItem::Media { asset, event },
                );
            }
        }
        for s in self.statements() {
            push(
                s.date(),
                TimelineKind::Statement,
                TimelineItem::Statement(s),
            );
        }
        for c in self.claims() {
            push(c.first_seen(), TimelineKind::Claim, TimelineItem::Claim(c));
        }
        for e in self.events() {
            push(e.date(), TimelineKind::Event, TimelineItem::Event(e));
        }
        entries.sort_by_key(|e| (e.window.start(), e.kind));
        entries
    }

    /// The timeline entries whose windows meet `[start, end)`, in timeline order.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::TimelineKind;
    /// let glory = kdrama::datasets::the_glory();
    /// let start = Utc.with_ymd_and_hms(2022, 12, 21, 15, 0, 0).unwrap(); // 22 Dec, 00:00 KST
    /// let end = Utc.with_ymd_and_hms(2022, 12, 22, 15, 0, 0).unwrap();
    /// let kinds: Vec<TimelineKind> = glory.timeline_between(start, end).map(|e| e.kind()).collect();
    /// assert!(kinds.contains(&TimelineKind::Claim) && kinds.contains(&TimelineKind::Statement));
    /// ```
    pub fn timeline_between(
        &self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> impl Iterator<Item = TimelineEntry<'_>> + '_ {
        self.timeline()
            .into_iter()
            .filter(move |e| e.overlaps(start, end))
    }
}

impl Announcement {
    /// The day of the announcement as a day-precision [`Release`].
    fn day(&self) -> Release {
        Release::day(self.on()).unwrap_or(Release::unannounced())
    }
}
