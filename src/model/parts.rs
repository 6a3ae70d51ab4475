//! Parts, their announcements and episodes, and runtimes: the release
//! structure of a series.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::cites::{Cites, impl_cites};
use crate::model::disputes::{Basis, Inference};
use crate::text::Text;
use crate::time::release::Release;

/// One release unit of a series: a Netflix part or a broadcast season.
///
/// ```
/// use kdrama::{Episode, Part};
/// let part = Part::new(2, "2023-03-10T17:00+09:00".parse()?)
///     .with_announcement("2022-12-20".parse().unwrap(), "2023-03".parse()?)
///     .with_episode(Episode::new(9));
/// assert_eq!(part.number(), 2);
/// assert_eq!(part.announcements()[0].release().to_string(), "2023-03");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub(crate) number: u32,
    pub(crate) release: Release,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) inferred: Option<Inference>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) announcements: Vec<Announcement>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) episodes: Vec<Episode>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Part {
    /// Numbers the episodes within this part (1..), as assembling a series does.
    pub(crate) fn number_episodes(&mut self) {
        for (i, episode) in self.episodes.iter_mut().enumerate() {
            episode.number_in_part = i as u32 + 1;
        }
    }

    /// Part `number` (1-based) released at `release`.
    ///
    /// ```
    /// let p = kdrama::Part::new(1, "2024".parse()?);
    /// assert_eq!(p.release().precision(), kdrama::Precision::Year);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(number: u32, release: Release) -> Part {
        Part {
            number,
            release,
            inferred: None,
            announcements: Vec::new(),
            episodes: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// Records that on `on` the release was announced as `release`.
    ///
    /// ```
    /// let p = kdrama::Part::new(1, "2024-05-03".parse()?).with_announcement("2024-01-10".parse().unwrap(), "2024-05".parse()?);
    /// assert_eq!(p.announcements().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_announcement(mut self, on: NaiveDate, release: Release) -> Part {
        self.announcements.push(Announcement::new(on, release));
        self
    }

    /// Adds an announcement with its citations.
    ///
    /// ```
    /// let a = kdrama::Announcement::new("2024-01-10".parse().unwrap(), "2024-05".parse()?).citing("press".parse()?);
    /// let p = kdrama::Part::new(1, "2024-05-03".parse()?).with_announcement_record(a);
    /// assert_eq!(p.announcements()[0].cites().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_announcement_record(mut self, announcement: Announcement) -> Part {
        self.announcements.push(announcement);
        self
    }

    /// Adds an episode (in order).
    ///
    /// ```
    /// let p = kdrama::Part::new(2, "2024".parse()?).with_episode(kdrama::Episode::new(9)).with_episode(kdrama::Episode::new(10));
    /// assert_eq!(p.episodes()[1].number_in_part(), 2);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_episode(mut self, mut episode: Episode) -> Part {
        episode.number_in_part = self.episodes.len() as u32 + 1;
        self.episodes.push(episode);
        self
    }

    /// The part's number, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().to_part().number(), 2);
    /// ```
    pub fn number(&self) -> u32 {
        self.number
    }

    /// When the part is released, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(1).unwrap().to_part().release().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn release(&self) -> Release {
        self.release
    }

    /// Says the release was not reported but inferred, and how.
    ///
    /// ```
    /// let p = kdrama::Part::new(1, "2022-12-30T17:00+09:00".parse()?)
    ///     .with_inference(kdrama::Inference::new("Netflix releases at midnight Pacific time"));
    /// assert!(p.basis().is_inferred());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_inference(mut self, inference: Inference) -> Part {
        self.inferred = Some(inference);
        self
    }

    /// How the release was inferred, when it was not reported directly.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(1).unwrap().to_part().inference().is_some());
    /// assert!(g.part(2).unwrap().to_part().inference().is_none());
    /// ```
    pub fn inference(&self) -> Option<&Inference> {
        self.inferred.as_ref()
    }

    /// Whether the release was reported or inferred.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(1).unwrap().to_part().basis().is_inferred());
    /// ```
    pub fn basis(&self) -> Basis<'_> {
        Basis::of(self.inferred.as_ref())
    }

    /// What was announced about the release, oldest first.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().to_part().announcements().len(), 2);
    /// ```
    pub fn announcements(&self) -> &[Announcement] {
        &self.announcements
    }

    /// The part's episodes, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().to_part().episodes()[0].number(), 9);
    /// ```
    pub fn episodes(&self) -> &[Episode] {
        &self.episodes
    }
}

/// What was said about a part's release on a given day.
///
/// ```
/// let a = kdrama::Announcement::new("2023-01-18".parse().unwrap(), "2023-03-10".parse()?);
/// assert_eq!(a.on().to_string(), "2023-01-18");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Announcement {
    #[serde(deserialize_with = "crate::time::strict::deserialize_day")]
    on: NaiveDate,
    release: Release,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Announcement {
    /// On `on`, the release was announced as `release`.
    ///
    /// ```
    /// let a = kdrama::Announcement::new("2022-12-20".parse().unwrap(), "2023-03".parse()?);
    /// assert_eq!(a.release().to_string(), "2023-03");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(on: NaiveDate, release: Release) -> Announcement {
        Announcement {
            on,
            release,
            cites: Cites::new(),
        }
    }

    /// The day of the announcement (home-zone calendar).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().to_part().announcements()[0].on().to_string(), "2022-12-20");
    /// ```
    pub fn on(&self) -> NaiveDate {
        self.on
    }

    /// What was announced.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(2).unwrap().to_part().announcements()[1].release().to_string(), "2023-03-10");
    /// ```
    pub fn release(&self) -> Release {
        self.release
    }
}

/// An episode. Its absolute number runs 1..N across the series; its number
/// within its part is derived from its position.
///
/// ```
/// let e = kdrama::Episode::new(9).with_runtime_minutes(65);
/// assert_eq!(e.number(), 9);
/// assert_eq!(e.title(), None);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Episode {
    pub(crate) number: u32,
    #[serde(skip)]
    pub(crate) number_in_part: u32,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    // Boxed: an episode is the smallest record, so its size bounds the memory
    // of reading (and of rejecting) a long list of them.
    pub(crate) title: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) runtime_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) release: Option<Release>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) inferred: Option<Box<Inference>>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Episode {
    /// Episode `number` (absolute, from 1), untitled, runtime unknown.
    ///
    /// ```
    /// let e = kdrama::Episode::new(3);
    /// assert_eq!(e.number(), 3);
    /// ```
    pub fn new(number: u32) -> Episode {
        Episode {
            number,
            number_in_part: 0,
            title: None,
            runtime_minutes: None,
            release: None,
            inferred: None,
            cites: Cites::new(),
        }
    }

    /// Sets the title.
    ///
    /// ```
    /// let e = kdrama::Episode::new(1).with_title("Pilot");
    /// assert_eq!(e.title(), Some("Pilot"));
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<Text>) -> Episode {
        self.title = Some(title.into());
        self
    }

    /// Sets the runtime in minutes.
    ///
    /// ```
    /// let e = kdrama::Episode::new(1).with_runtime_minutes(62);
    /// assert_eq!(e.runtime_minutes(), Some(62));
    /// ```
    #[must_use]
    pub fn with_runtime_minutes(mut self, minutes: u32) -> Episode {
        self.runtime_minutes = Some(minutes);
        self
    }

    /// Sets the episode's own release, overriding its part's (broadcast dramas).
    ///
    /// ```
    /// let e = kdrama::Episode::new(1).with_release("2016-02-24T22:00+09:00".parse()?);
    /// assert!(e.own_release().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_release(mut self, release: Release) -> Episode {
        self.release = Some(release);
        self
    }

    /// The absolute episode number, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.episodes().last().map(|(_, e)| e.number()), Some(16));
    /// ```
    pub fn number(&self) -> u32 {
        self.number
    }

    /// The number within its part, from 1.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.episodes().last().map(|(_, e)| e.number_in_part()), Some(8));
    /// ```
    pub fn number_in_part(&self) -> u32 {
        self.number_in_part
    }

    /// The official title, when there is one.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// // The Glory's episodes have no official titles.
    /// assert!(g.episodes().all(|(_, e)| e.title().is_none()));
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The runtime in minutes, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.episodes().all(|(_, e)| e.runtime_minutes().is_none()));
    /// ```
    pub fn runtime_minutes(&self) -> Option<u32> {
        self.runtime_minutes
    }

    /// The episode's own release, when it differs from its part's.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// // Netflix released each part at once: no episode has its own release.
    /// assert!(g.episodes().all(|(_, e)| e.own_release().is_none()));
    /// ```
    pub fn own_release(&self) -> Option<Release> {
        self.release
    }

    /// Says the episode's own release was inferred, and how.
    ///
    /// ```
    /// let e = kdrama::Episode::new(4).with_release("2016-03-03T22:00+09:00".parse()?)
    ///     .with_inference(kdrama::Inference::new("the drama's Thursday slot"));
    /// assert!(e.inference().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_inference(mut self, inference: Inference) -> Episode {
        self.inferred = Some(Box::new(inference));
        self
    }

    /// Whether the episode's own release was reported or inferred (an
    /// episode without a release of its own has its part's basis: see
    /// [`ReleaseUnit::basis`](crate::ReleaseUnit::basis)).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.part(1).unwrap().to_part().episodes()[0].basis(), kdrama::Basis::Reported);
    /// ```
    pub fn basis(&self) -> Basis<'_> {
        Basis::of(self.inferred.as_deref())
    }

    /// How the episode's own release was inferred, when it was not reported directly.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.part(1).unwrap().to_part().episodes()[0].inference().is_none());
    /// ```
    pub fn inference(&self) -> Option<&Inference> {
        self.inferred.as_deref()
    }
}

/// The range of episode runtimes a series is known to have, in minutes.
///
/// ```
/// let r = kdrama::RuntimeRange::new(47, 72);
/// assert_eq!((r.min_minutes(), r.max_minutes()), (47, 72));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RuntimeRange {
    min_minutes: u32,
    max_minutes: u32,
}

impl RuntimeRange {
    /// Runtimes from `min` to `max` minutes.
    ///
    /// ```
    /// let r = kdrama::RuntimeRange::new(60, 70);
    /// assert_eq!(r.max_minutes(), 70);
    /// ```
    pub fn new(min: u32, max: u32) -> RuntimeRange {
        RuntimeRange {
            min_minutes: min,
            max_minutes: max,
        }
    }

    /// The shortest runtime.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.runtime().map(|r| r.min_minutes()), Some(47));
    /// ```
    pub fn min_minutes(&self) -> u32 {
        self.min_minutes
    }

    /// The longest runtime.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.runtime().map(|r| r.max_minutes()), Some(72));
    /// ```
    pub fn max_minutes(&self) -> u32 {
        self.max_minutes
    }
}

impl_cites!(
    Part = "kdrama::Part::new(1, \"2023\".parse()?)",
    Announcement =
        "kdrama::Announcement::new(kdrama::chrono::NaiveDate::default(), \"2023-03-10\".parse()?)",
    Episode = "kdrama::Episode::new(1)",
);
