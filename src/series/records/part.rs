//! The parts and episodes of a series, as views.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};

use crate::model::cites::Citations;
use crate::model::disputes::{Basis, Inference};
use crate::model::parts::{Announcement, Episode, Part};
use crate::series::schedule::release_known_on;
use crate::time::release::Release;
use crate::time::status::Status;
use crate::time::zone::Zone;

use super::{EpisodeRef, PartRef, Records};

impl<'a> PartRef<'a> {
    /// The part's number, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts().get(1).unwrap().number(), 2);
    /// ```
    pub fn number(&self) -> u32 {
        self.row.number
    }

    /// When the part is released, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(1).unwrap().release().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn release(&self) -> Release {
        self.row.release
    }

    /// How the release was inferred, when it was not reported directly.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(1).unwrap().inference().is_some());
    /// ```
    pub fn inference(&self) -> Option<&'a Inference> {
        self.store().inference(self.row.inferred)
    }

    /// Whether the release was reported or inferred.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(1).unwrap().basis().is_inferred());
    /// ```
    pub fn basis(&self) -> Basis<'a> {
        Basis::of(self.inference())
    }

    /// What was announced about the release, oldest first.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().announcements().len(), 2);
    /// ```
    pub fn announcements(&self) -> &'a [Announcement] {
        self.store().announcements_of(self.row)
    }

    /// Its episodes, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(1).unwrap().episodes().first().map(|e| e.number()), Some(1));
    /// ```
    pub fn episodes(&self) -> Records<'a, EpisodeRef<'a>> {
        Records::new(self.series, self.store().episodes_in(self.row))
    }

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

    /// What was known about this part's release on `date`, as
    /// [`Part::release_known_on`] gives it.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let part_2 = glory.part(2).unwrap();
    /// let on = |d: &str| part_2.release_known_on(d.parse().unwrap(), glory.home_zone()).to_string();
    /// assert_eq!(on("2022-12-20"), "2023-03");
    /// ```
    pub fn release_known_on(&self, date: NaiveDate, home_zone: Zone) -> Release {
        release_known_on(self.release(), self.announcements(), date, home_zone)
    }

    /// An owned copy, its episodes included, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let part = g.part(2).unwrap();
    /// assert_eq!(part.to_part().episodes().len(), part.episodes().len());
    /// ```
    pub fn to_part(&self) -> Part {
        self.store().part(self.row)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (u32, Release, Option<&'a Inference>),
        (
            &'a [Announcement],
            Records<'a, EpisodeRef<'a>>,
            Citations<'a>,
        ),
    ) {
        (
            (self.number(), self.release(), self.inference()),
            (self.announcements(), self.episodes(), self.cites()),
        )
    }
}

impl fmt::Debug for PartRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_part().fmt(f)
    }
}

impl<'a> EpisodeRef<'a> {
    /// The absolute episode number, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.episodes().last().map(|(_, e)| e.number()), Some(16));
    /// ```
    pub fn number(&self) -> u32 {
        self.row.number
    }

    /// The number within its part, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.episodes().last().map(|(_, e)| e.number_in_part()), Some(8));
    /// ```
    pub fn number_in_part(&self) -> u32 {
        self.row.number_in_part
    }

    /// The episode title, when it has one (The Glory's episodes have none).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.episodes().all(|(_, e)| e.title().is_none()));
    /// ```
    pub fn title(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.title)
    }

    /// The runtime in minutes, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.episodes().all(|(_, e)| e.runtime_minutes().is_none()));
    /// ```
    pub fn runtime_minutes(&self) -> Option<u32> {
        (self.row.runtime_minutes != 0).then_some(self.row.runtime_minutes)
    }

    /// The episode's own release, when it differs from its part's.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.episodes().all(|(_, e)| e.own_release().is_some()));
    /// ```
    pub fn own_release(&self) -> Option<Release> {
        self.row.release
    }

    /// How the episode's own release was inferred, when it was not
    /// reported directly.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.episodes().next().unwrap().1.inference().is_none());
    /// ```
    pub fn inference(&self) -> Option<&'a Inference> {
        self.store().inference(self.row.inferred)
    }

    /// Whether the episode's own release was reported or inferred (see
    /// [`Episode::basis`]).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.episodes().next().unwrap().1.basis(), kdrama::Basis::Reported);
    /// ```
    pub fn basis(&self) -> Basis<'a> {
        Basis::of(self.inference())
    }

    /// A list of this episode alone.
    pub(crate) fn alone(&self) -> Records<'a, EpisodeRef<'a>> {
        Records::new(self.series, std::slice::from_ref(self.row))
    }

    /// An owned copy, as it would be given to a [`Part`].
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let (_, first) = g.episodes().next().unwrap();
    /// assert_eq!(first.to_episode().number(), first.number());
    /// ```
    pub fn to_episode(&self) -> Episode {
        self.store().episode(self.row)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (u32, u32, Option<&'a str>, Option<u32>),
        (Option<Release>, Option<&'a Inference>, Citations<'a>),
    ) {
        (
            (
                self.number(),
                self.number_in_part(),
                self.title(),
                self.runtime_minutes(),
            ),
            (self.own_release(), self.inference(), self.cites()),
        )
    }
}

impl fmt::Debug for EpisodeRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_episode().fmt(f)
    }
}
