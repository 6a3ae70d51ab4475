//! Specials, releases on other platforms, and "is it out, and where": a
//! series' status and next release for a region.

use chrono::{DateTime, Utc};

use crate::id::{AsId, SpecialId};
use crate::model::availability::{Availability, Region, Timing};
use crate::model::specials::Special;
use crate::time::release::Release;
use crate::time::status::Status;

use super::Series;
use super::schedule::{ReleaseUnit, SeriesStatus};

/// How a release unit reaches a region: the release there, and on which
/// platform (`None` for the primary release on the series' own platform).
///
/// ```
/// use chrono::{TimeZone, Utc};
/// let dots = kdrama::datasets::descendants_of_the_sun();
/// let china = kdrama::Region::country("CN")?;
/// let first = dots.releases_in(&china).next().unwrap();
/// assert_eq!(first.release().to_string(), "2016-02-24T22:00+09:00");
/// assert_eq!(first.platform().map(|p| p.as_str()), Some("iqiyi"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct RegionalRelease<'a> {
    unit: ReleaseUnit<'a>,
    release: Release,
    via: Option<&'a Availability>,
}

impl<'a> RegionalRelease<'a> {
    /// The unit released.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let japan = kdrama::Region::country("JP")?;
    /// assert_eq!(dots.releases_in(&japan).next().unwrap().unit().label(), "Episode 1");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn unit(&self) -> ReleaseUnit<'a> {
        self.unit
    }

    /// When it is released in the region (unannounced when no source says).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let japan = kdrama::Region::country("JP")?;
    /// let units: Vec<String> = dots.releases_in(&japan).map(|r| r.release().to_string()).take(2).collect();
    /// assert_eq!(units, ["2016-06-21T23:00+09:00", "unannounced"]);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn release(&self) -> Release {
        self.release
    }

    /// The platform's organization id, or `None` for the primary release.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let korea = kdrama::Region::country("KR")?;
    /// assert_eq!(dots.releases_in(&korea).next().unwrap().platform(), None);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn platform(&self) -> Option<&'a crate::OrganizationId> {
        self.via.map(Availability::platform)
    }

    /// The availability record behind it, or `None` for the primary release.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let china = kdrama::Region::country("CN")?;
    /// assert!(dots.releases_in(&china).next().unwrap().availability().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn availability(&self) -> Option<&'a Availability> {
        self.via
    }
}

impl Series {
    /// The specials, in order.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials().len(), 3);
    /// ```
    pub fn specials(&self) -> &[Special] {
        &self.data.specials
    }

    /// The special with this id.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.special("epilogue").is_some());
    /// ```
    pub fn special(&self, id: impl AsId<SpecialId>) -> Option<&Special> {
        self.index.specials().get(&self.data.specials, id.id_str())
    }

    /// The releases on other platforms or in other regions, in order.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let platforms: Vec<&str> = dots.availability().iter().map(|a| a.platform().as_str()).collect();
    /// assert_eq!(platforms, ["iqiyi", "kbs-world", "eisei-gekijo"]);
    /// ```
    pub fn availability(&self) -> &[Availability] {
        &self.data.availability
    }

    /// The region of the primary release: as given, else the country of origin.
    ///
    /// ```
    /// assert_eq!(kdrama::datasets::the_glory().primary_region(), kdrama::Region::Worldwide);
    /// assert_eq!(kdrama::datasets::descendants_of_the_sun().primary_region().as_str(), "KR");
    /// ```
    pub fn primary_region(&self) -> Region {
        match &self.data.region {
            Some(region) => region.clone(),
            None => self.data.country.parse().unwrap_or(Region::International),
        }
    }

    /// Every release unit as it reaches `region`, in the order of
    /// [`Series::release_units`]: the earliest release among those that cover
    /// the region (the primary one, a simulcast, a premiere), and
    /// `unannounced` for a unit no source dates there. Empty when nothing
    /// reaches the region at all.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let france = kdrama::Region::country("FR")?;
    /// assert_eq!(dots.releases_in(&france).count(), 0);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn releases_in<'a>(
        &'a self,
        region: &Region,
    ) -> impl Iterator<Item = RegionalRelease<'a>> + 'a {
        let zone = self.home_zone();
        let primary = self.primary_region().covers(region);
        // One pass over the availability: the first simulcast and the best
        // premiere covering the region; then O(1) per unit.
        let covering = || {
            self.availability()
                .iter()
                .filter(|a| a.region().covers(region))
        };
        let simulcast = covering().find(|a| *a.timing() == Timing::Simulcast);
        let premiere = covering()
            .filter_map(|a| match a.timing() {
                Timing::Premiere(r) => Some((*r, a)),
                Timing::Simulcast => None,
            })
            .min_by_key(|(r, _)| certain(*r, zone));
        let reached = primary || simulcast.is_some() || premiere.is_some();
        let mut first = true;
        self.release_units()
            .filter(move |_| reached)
            .map(move |unit| {
                let numbered = unit.special().is_none();
                let mut best: Option<(Release, Option<&Availability>)> = None;
                let mut offer = |release: Release, via: Option<&'a Availability>| {
                    if best.is_none_or(|(b, _)| certain(release, zone) < certain(b, zone)) {
                        best = Some((release, via));
                    }
                };
                if primary {
                    offer(unit.release(), None);
                }
                if let (Some(a), true) = (simulcast, numbered) {
                    offer(unit.release(), Some(a));
                }
                if let (Some((r, a)), true) = (premiere, numbered && first) {
                    offer(r, Some(a));
                }
                first &= !numbered;
                let (release, via) = best.unwrap_or((Release::unannounced(), None));
                RegionalRelease { unit, release, via }
            })
    }

    /// Where the series stands in `region` at `at`, counted in release units
    /// as in [`Series::status_at`], with each unit's release there; `None`
    /// when nothing reaches the region.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::{Region, SeriesStatus};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let just_after = Utc.with_ymd_and_hms(2016, 2, 24, 13, 1, 0).unwrap();
    /// let china = dots.status_in(&Region::country("CN")?, just_after).unwrap();
    /// assert!(matches!(china, SeriesStatus::InProgress { released: 1, .. }));
    /// assert!(matches!(dots.status_in(&Region::country("JP")?, just_after), Some(SeriesStatus::NotStarted { .. })));
    /// assert_eq!(dots.status_in(&Region::country("FR")?, just_after), None);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn status_in(&self, region: &Region, at: DateTime<Utc>) -> Option<SeriesStatus> {
        let zone = self.home_zone();
        let statuses: Vec<Status> = self
            .releases_in(region)
            .map(|r| r.release().status_at(zone, at))
            .collect();
        (!statuses.is_empty()).then(|| super::schedule::series_status(&statuses))
    }

    /// The first unit not certainly released in `region` at `at`, with its
    /// release there and status.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let before = Utc.with_ymd_and_hms(2016, 6, 1, 0, 0, 0).unwrap();
    /// let (next, status) = dots.next_release_in(&kdrama::Region::country("JP")?, before).unwrap();
    /// assert_eq!(next.unit().label(), "Episode 1");
    /// assert_eq!(status.as_str(), "upcoming");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn next_release_in<'a>(
        &'a self,
        region: &Region,
        at: DateTime<Utc>,
    ) -> Option<(RegionalRelease<'a>, Status)> {
        let zone = self.home_zone();
        self.releases_in(region)
            .map(|r| (r, r.release().status_at(zone, at)))
            .find(|(_, s)| !s.is_released())
    }
}

/// When a release is certainly out, then when it may start: an exact
/// instant beats a month that starts earlier but may end later. Unannounced
/// releases sort last.
fn certain(release: Release, zone: crate::time::zone::Zone) -> (DateTime<Utc>, DateTime<Utc>) {
    release
        .window(zone)
        .map_or((DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MAX_UTC), |w| {
            (w.latest(), w.start())
        })
}
