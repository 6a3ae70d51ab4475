//! The aggregate root: a series, its parts and episodes, and its JSON form.

use std::hash::BuildHasher;

use foldhash::fast::RandomState;

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::cites::impl_cites;
use crate::claims::{Claim, Statement};
use crate::error::Violations;
use crate::error::{Error, Result};
use crate::events::Event;
use crate::id::{OrganizationId, SeriesId, SourceId};
use crate::media::{MediaAsset, Motif};
use crate::names::Titles;
use crate::people::{Character, CrewCredit, Organization, Person, Portrayal, Relationship};
use crate::release::Release;
use crate::source::Source;
use crate::validate;
use crate::zone::Zone;

/// The version of the JSON format this crate reads and writes.
///
/// ```
/// assert!(kdrama::datasets::the_glory_json().contains(&format!("\"format\": {}", kdrama::FORMAT_VERSION)));
/// ```
pub const FORMAT_VERSION: u32 = 1;

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
#[serde(deny_unknown_fields)]
pub struct Part {
    number: u32,
    release: Release,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    announcements: Vec<Announcement>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    episodes: Vec<Episode>,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Vec<SourceId>,
}

impl Part {
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
            announcements: Vec::new(),
            episodes: Vec::new(),
            cites: Vec::new(),
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
    /// assert_eq!(g.parts()[1].number(), 2);
    /// ```
    pub fn number(&self) -> u32 {
        self.number
    }

    /// When the part is released, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts()[0].release().to_string(), "2022-12-30T17:00+09:00");
    /// ```
    pub fn release(&self) -> Release {
        self.release
    }

    /// What was announced about the release, oldest first.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts()[1].announcements().len(), 2);
    /// ```
    pub fn announcements(&self) -> &[Announcement] {
        &self.announcements
    }

    /// The part's episodes, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts()[1].episodes()[0].number(), 9);
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
#[serde(deny_unknown_fields)]
pub struct Announcement {
    #[serde(deserialize_with = "crate::release::deserialize_day")]
    on: NaiveDate,
    release: Release,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Vec<SourceId>,
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
            cites: Vec::new(),
        }
    }

    /// The day of the announcement (home-zone calendar).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts()[1].announcements()[0].on().to_string(), "2022-12-20");
    /// ```
    pub fn on(&self) -> NaiveDate {
        self.on
    }

    /// What was announced.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts()[1].announcements()[1].release().to_string(), "2023-03-10");
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
#[serde(deny_unknown_fields)]
pub struct Episode {
    number: u32,
    #[serde(skip)]
    number_in_part: u32,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    title: Option<String>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    runtime_minutes: Option<u32>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    release: Option<Release>,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Vec<SourceId>,
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
            cites: Vec::new(),
        }
    }

    /// Sets the title.
    ///
    /// ```
    /// let e = kdrama::Episode::new(1).with_title("Pilot");
    /// assert_eq!(e.title(), Some("Pilot"));
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Episode {
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
}

/// The range of episode runtimes a series is known to have, in minutes.
///
/// ```
/// let r = kdrama::RuntimeRange::new(47, 72);
/// assert_eq!((r.min_minutes(), r.max_minutes()), (47, 72));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
        "kdrama::Announcement::new(\"2023-01-18\".parse().unwrap(), \"2023-03-10\".parse()?)",
    Episode = "kdrama::Episode::new(1)",
);

/// The wire form of a series: exactly what the JSON holds. Private; every way
/// into a [`Series`] passes through [`Series::assemble`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, expecting = "a series object")]
pub(crate) struct SeriesData {
    pub(crate) format: u32,
    pub(crate) id: SeriesId,
    #[serde(
        default,
        deserialize_with = "crate::release::deserialize_instant",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) updated: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub(crate) titles: Titles,
    pub(crate) original_language: String,
    pub(crate) country: String,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) home_zone: Zone,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) platform: Option<OrganizationId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) genres: Vec<String>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) age_rating: Option<String>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) premise: Option<String>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) runtime: Option<RuntimeRange>,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) production_companies: Vec<OrganizationId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Vec<SourceId>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) parts: Vec<Part>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) people: Vec<Person>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) characters: Vec<Character>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cast: Vec<Portrayal>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) relationships: Vec<Relationship>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) crew: Vec<CrewCredit>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) organizations: Vec<Organization>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) motifs: Vec<Motif>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) media: Vec<MediaAsset>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) claims: Vec<Claim>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) statements: Vec<Statement>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) events: Vec<Event>,
    #[serde(
        default,
        deserialize_with = "crate::de::records",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) sources: Vec<Source>,
}

/// One [`IdIndex`] per kind of record, built once when a series is
/// assembled, with no copies of the ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) people: IdIndex,
    pub(crate) characters: IdIndex,
    pub(crate) organizations: IdIndex,
    pub(crate) motifs: IdIndex,
    pub(crate) media: IdIndex,
    pub(crate) claims: IdIndex,
    pub(crate) statements: IdIndex,
    pub(crate) events: IdIndex,
    pub(crate) sources: IdIndex,
}

/// A record with an id.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($ty:ty),*) => {$(
        impl Keyed for $ty {
            fn key(&self) -> &str {
                self.id().as_str()
            }
        }
    )*};
}

keyed!(
    Person,
    Character,
    Organization,
    Motif,
    MediaAsset,
    Claim,
    Statement,
    Event,
    Source
);

/// A record's id hash and its position.
type Slot = (u64, u32);

/// Record positions sorted by a keyed hash of their id (the first of any
/// duplicates kept): a lookup is a binary search over one contiguous vector
/// of hashes, touching a record only to confirm a hash match. The hasher's
/// keys are random, so crafted ids cannot collide on purpose.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    slots: Vec<Slot>,
    hasher: RandomState,
}

impl IdIndex {
    /// Indexes `records` by id; returns the index and every `(duplicate, first)`
    /// pair of positions, in document order of the duplicates.
    pub(crate) fn build<T: Keyed>(records: &[T]) -> (IdIndex, Vec<(usize, usize)>) {
        let hasher = RandomState::default();
        let mut slots: Vec<Slot> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (hasher.hash_one(r.key()), i as u32))
            .collect();
        slots.sort_unstable();
        let (slots, duplicates) = first_of_each_id(records, &slots);
        (IdIndex { slots, hasher }, duplicates)
    }

    /// The record with id `key`.
    pub(crate) fn get<'a, T: Keyed>(&self, records: &'a [T], key: &str) -> Option<&'a T> {
        let hash = self.hasher.hash_one(key);
        let start = self.slots.partition_point(|&(h, _)| h < hash);
        self.slots[start..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .filter_map(|&(_, i)| records.get(i as usize))
            .find(|r| r.key() == key)
    }

    /// Whether a record with id `key` exists.
    pub(crate) fn contains<T: Keyed>(&self, records: &[T], key: &str) -> bool {
        self.get(records, key).is_some()
    }
}

/// Keeps the first slot of each id from `slots` (sorted by hash, then
/// position); returns the kept slots and every `(duplicate, first)` pair of
/// positions, in document order of the duplicates.
fn first_of_each_id<T: Keyed>(records: &[T], slots: &[Slot]) -> (Vec<Slot>, Vec<(usize, usize)>) {
    let key = |i: u32| records.get(i as usize).map_or("", Keyed::key);
    let mut duplicates = Vec::new();
    let mut kept: Vec<Slot> = Vec::with_capacity(slots.len());
    for run in slots.chunk_by(|a, b| a.0 == b.0) {
        // A run shares one hash; its positions ascend, so the first record
        // with a given id comes first. Runs longer than one are rare (a
        // duplicate or a collision).
        let run_start = kept.len();
        for &(hash, i) in run {
            let first = kept[run_start..]
                .iter()
                .find(|&&(_, k)| key(k) == key(i))
                .map(|&(_, k)| k as usize);
            match first {
                Some(first) => duplicates.push((i as usize, first)),
                None => kept.push((hash, i)),
            }
        }
    }
    duplicates.sort_unstable();
    (kept, duplicates)
}

/// How strictly provenance is checked when a series is assembled.
///
/// ```
/// use kdrama::Strictness;
/// assert_ne!(Strictness::Strict, Strictness::Lenient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Strictness {
    /// A fact-bearing record without a citation is a warning
    /// (see [`Series::warnings`]).
    #[default]
    Lenient,
    /// A fact-bearing record without a citation is an error.
    Strict,
}

/// A Korean drama series: the aggregate root that owns every record about it.
///
/// Every `Series` value is valid: its fields are private and the only ways in
/// ([`Series::from_json`], serde, [`SeriesBuilder::build`]) run the same
/// validation.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// assert_eq!(glory.titles().english(), "The Glory");
/// assert_eq!(glory.parts().len(), 2);
/// assert_eq!(glory.episodes().count(), 16);
/// ```
///
/// There is no way to build one without validation:
///
/// ```compile_fail,E0451
/// let series = kdrama::Series { data: Default::default(), index: Default::default() };
/// ```
#[derive(Debug, Clone)]
pub struct Series {
    data: SeriesData,
    index: Index,
}

impl PartialEq for Series {
    fn eq(&self, other: &Series) -> bool {
        self.data == other.data
    }
}

impl Eq for Series {}

fn lookup<'a, T: Keyed>(index: &IdIndex, records: &'a [T], id: &str) -> Option<&'a T> {
    index.get(records, id)
}

impl Series {
    /// Starts a [`SeriesBuilder`] for a series with an id and an English title.
    ///
    /// ```
    /// let series = kdrama::Series::builder("my-drama".parse()?, "My Drama").build()?;
    /// assert_eq!(series.id().as_str(), "my-drama");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn builder(id: SeriesId, english_title: impl Into<String>) -> SeriesBuilder {
        SeriesBuilder::new(id, Titles::new(english_title))
    }

    /// Reads a series from JSON text (see the crate docs for the format).
    /// Citations are checked leniently: see [`Series::warnings`].
    ///
    /// # Errors
    ///
    /// [`Error::Json`] with the JSON path when the text is not a series in the
    /// expected shape; [`Error::Invalid`] listing every violation when it is
    /// well-formed but breaks an invariant.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"},
    ///     "original_language": "ko", "country": "KR", "parts": [{"number": 1, "release": "March"}]}"#)
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("invalid json at parts[0].release"));
    /// ```
    pub fn from_json(json: &str) -> Result<Series> {
        Series::from_json_str(json, Strictness::Lenient)
    }

    /// Reads a series from JSON bytes (which must be UTF-8) with the given strictness.
    ///
    /// # Errors
    ///
    /// As [`Series::from_json`]; with [`Strictness::Strict`], an uncited
    /// fact-bearing record is also an error. Input over
    /// [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) is [`Error::TooLarge`].
    ///
    /// ```
    /// use kdrama::{Series, Strictness};
    /// let json = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR"}"#;
    /// assert!(Series::from_json_slice(json.as_bytes(), Strictness::Lenient).is_ok());
    /// let err = Series::from_json_slice(json.as_bytes(), Strictness::Strict).unwrap_err();
    /// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "cites");
    /// assert!(Series::from_json_slice(b"\xff", Strictness::Lenient).is_err());
    /// ```
    pub fn from_json_slice(json: &[u8], strictness: Strictness) -> Result<Series> {
        match std::str::from_utf8(json) {
            Ok(text) => Series::from_json_str(text, strictness),
            // Parsed anyway, so that the error says where the bad bytes are.
            Err(_) => Series::load(json.len(), strictness, || {
                serde_json::Deserializer::from_slice(json)
            }),
        }
    }

    /// Reads a series from JSON text with the given strictness.
    ///
    /// # Errors
    ///
    /// As [`Series::from_json_slice`].
    ///
    /// ```
    /// use kdrama::{Series, Strictness};
    /// let json = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR"}"#;
    /// assert!(Series::from_json_str(json, Strictness::Lenient).is_ok());
    /// let err = Series::from_json_str(json, Strictness::Strict).unwrap_err();
    /// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "cites");
    /// ```
    pub fn from_json_str(json: &str, strictness: Strictness) -> Result<Series> {
        Series::load(json.len(), strictness, || {
            serde_json::Deserializer::from_str(json)
        })
    }

    /// Checks the size, deserializes from a fresh `reader()`, and assembles.
    fn load<'de, R: serde_json::de::Read<'de>>(
        len: usize,
        strictness: Strictness,
        reader: impl Fn() -> serde_json::Deserializer<R>,
    ) -> Result<Series> {
        if len > crate::limits::MAX_INPUT_BYTES {
            return Err(Error::TooLarge {
                actual: len,
                limit: crate::limits::MAX_INPUT_BYTES,
            });
        }
        // Fast path without path tracking; only a failure is parsed again,
        // through serde_path_to_error, to find where it failed.
        let mut de = reader();
        let fast = SeriesData::deserialize(&mut de).and_then(|data| de.end().map(|()| data));
        let data = match fast {
            Ok(data) => data,
            Err(_) => {
                let mut de = reader();
                let data: SeriesData =
                    serde_path_to_error::deserialize(&mut de).map_err(json_error)?;
                de.end().map_err(|e| json_error_at(".".to_owned(), e))?;
                data
            }
        };
        Series::assemble(data, strictness)
    }

    /// The canonical JSON text of this series, compact: fields in a fixed
    /// order, records in their given order (see the crate docs for the one
    /// canonicalised list), empty and default fields left out.
    ///
    /// Reading it back gives an equal series, for every series this crate
    /// accepts: the text is never longer than the JSON the series was read
    /// from, so it stays within [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    ///
    /// # Errors
    ///
    /// [`Error::Json`] if serialization fails (it does not for any valid series).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let json = glory.to_json()?;
    /// assert_eq!(&kdrama::Series::from_json(&json)?, glory);
    /// assert!(!json.contains('\n'));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string(self).map_err(serialize_error)
    }

    /// The canonical JSON text with two-space indentation, for files people
    /// read and edit (the embedded datasets are stored so). It is longer than
    /// [`Series::to_json`]: near [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES),
    /// only the compact form is sure to load back.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] if serialization fails (it does not for any valid series).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let json = glory.to_json_pretty()?;
    /// assert!(json.starts_with("{\n  \"format\": 1,"));
    /// assert_eq!(&kdrama::Series::from_json(&json)?, glory);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn to_json_pretty(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(serialize_error)
    }

    /// Validates wire data and indexes it; the one way into a `Series`.
    pub(crate) fn assemble(mut data: SeriesData, strictness: Strictness) -> Result<Series> {
        for motif in &mut data.motifs {
            motif.rank();
        }
        for part in &mut data.parts {
            for (i, episode) in part.episodes.iter_mut().enumerate() {
                episode.number_in_part = i as u32 + 1;
            }
        }
        let checked = validate::validate(&data, strictness);
        if checked.errors.is_empty() {
            Ok(Series {
                data,
                index: checked.index,
            })
        } else {
            Err(Error::Invalid(checked.errors))
        }
    }

    /// Problems that do not make the series invalid under
    /// [`Strictness::Lenient`]: fact-bearing records that cite no source.
    ///
    /// ```
    /// assert!(kdrama::datasets::the_glory().warnings().is_empty());
    /// let bare = kdrama::Series::builder("x".parse()?, "X").build()?;
    /// assert_eq!(bare.warnings().iter().next().map(|w| w.path()), Some("cites"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn warnings(&self) -> Violations {
        validate::validate(&self.data, Strictness::Lenient).warnings
    }

    /// The series id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.id().as_str(), "the-glory");
    /// ```
    pub fn id(&self) -> &SeriesId {
        &self.data.id
    }

    /// When this series' data was last revised, if recorded. Exports use it
    /// as their timestamp, so that the same data always gives the same output.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.updated().map(|t| t.to_rfc3339()).as_deref(), Some("2026-11-24T00:00:00+00:00"));
    /// ```
    pub fn updated(&self) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.data.updated
    }

    /// Its titles.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().english(), "The Glory");
    /// ```
    pub fn titles(&self) -> &Titles {
        &self.data.titles
    }

    /// The BCP 47 tag of its original language (`ko`).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.original_language(), "ko");
    /// ```
    pub fn original_language(&self) -> &str {
        &self.data.original_language
    }

    /// The ISO 3166-1 alpha-2 code of its country of origin (`KR`).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.country(), "KR");
    /// ```
    pub fn country(&self) -> &str {
        &self.data.country
    }

    /// The zone its release dates are written in (`Asia/Seoul` unless set).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.home_zone(), kdrama::Zone::seoul());
    /// ```
    pub fn home_zone(&self) -> Zone {
        self.data.home_zone
    }

    /// The platform or network that releases it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.platform().map(|p| p.name()), Some("Netflix"));
    /// ```
    pub fn platform(&self) -> Option<&Organization> {
        self.data
            .platform
            .as_ref()
            .and_then(|id| self.organization(id.as_str()))
    }

    /// Its genres, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.genres().iter().any(|x| x == "thriller"));
    /// ```
    pub fn genres(&self) -> &[String] {
        &self.data.genres
    }

    /// Its age rating as published in its country (`19+`).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.age_rating(), Some("19+"));
    /// ```
    pub fn age_rating(&self) -> Option<&str> {
        self.data.age_rating.as_deref()
    }

    /// Its premise, in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.premise().is_some());
    /// ```
    pub fn premise(&self) -> Option<&str> {
        self.data.premise.as_deref()
    }

    /// The known range of its episode runtimes.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.runtime().is_some());
    /// ```
    pub fn runtime(&self) -> Option<RuntimeRange> {
        self.data.runtime
    }

    /// Its production companies, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.production_companies().next().map(|o| o.name()), Some("Hwa&Dam Pictures"));
    /// ```
    pub fn production_companies(&self) -> impl Iterator<Item = &Organization> + '_ {
        self.data
            .production_companies
            .iter()
            .filter_map(|id| self.organization(id.as_str()))
    }

    /// The sources behind the series-level facts (titles, genres, rating…).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cites().iter().any(|s| s.as_str() == "wiki-en"));
    /// ```
    pub fn cites(&self) -> &[SourceId] {
        &self.data.cites
    }

    /// Its parts, in number order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.parts().len(), 2);
    /// ```
    pub fn parts(&self) -> &[Part] {
        &self.data.parts
    }

    /// Part `number` (from 1).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(2).is_some());
    /// assert!(g.part(0).is_none() && g.part(3).is_none());
    /// ```
    pub fn part(&self, number: u32) -> Option<&Part> {
        let i = usize::try_from(number.checked_sub(1)?).ok()?;
        self.data.parts.get(i)
    }

    /// Every episode with its part, in episode order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let (part, episode) = g.episodes().nth(8).unwrap();
    /// assert_eq!((part.number(), episode.number()), (2, 9));
    /// ```
    pub fn episodes(&self) -> impl Iterator<Item = (&Part, &Episode)> + '_ {
        self.data
            .parts
            .iter()
            .flat_map(|p| p.episodes.iter().map(move |e| (p, e)))
    }

    /// Every person (cast and crew), in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.people().len() > 20);
    /// ```
    pub fn people(&self) -> &[Person] {
        &self.data.people
    }

    /// The person with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.person("lim-ji-yeon").map(|p| p.name()), Some("Lim Ji-yeon"));
    /// assert!(g.person("nobody").is_none());
    /// ```
    pub fn person(&self, id: &str) -> Option<&Person> {
        lookup(&self.index.people, &self.data.people, id)
    }

    /// Every character, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.characters()[0].name(), "Moon Dong-eun");
    /// ```
    pub fn characters(&self) -> &[Character] {
        &self.data.characters
    }

    /// The character with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.character("ha-do-yeong").is_some());
    /// ```
    pub fn character(&self, id: &str) -> Option<&Character> {
        lookup(&self.index.characters, &self.data.characters, id)
    }

    /// Every cast credit, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().any(|p| p.character().as_str() == "ha-ye-sol"));
    /// ```
    pub fn cast(&self) -> &[Portrayal] {
        &self.data.cast
    }

    /// Every relationship between characters, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(!g.relationships().is_empty());
    /// ```
    pub fn relationships(&self) -> &[Relationship] {
        &self.data.relationships
    }

    /// Every crew credit, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().any(|c| c.role() == kdrama::CrewRole::Director));
    /// ```
    pub fn crew(&self) -> &[CrewCredit] {
        &self.data.crew
    }

    /// Every organization, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.organizations().iter().any(|o| o.id().as_str() == "studio-dragon"));
    /// ```
    pub fn organizations(&self) -> &[Organization] {
        &self.data.organizations
    }

    /// The organization with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.organization("netflix").is_some());
    /// ```
    pub fn organization(&self, id: &str) -> Option<&Organization> {
        lookup(&self.index.organizations, &self.data.organizations, id)
    }

    /// Every motif, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.motifs().len() >= 2);
    /// ```
    pub fn motifs(&self) -> &[Motif] {
        &self.data.motifs
    }

    /// The motif with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.motif("morning-glory").is_some());
    /// ```
    pub fn motif(&self, id: &str) -> Option<&Motif> {
        lookup(&self.index.motifs, &self.data.motifs, id)
    }

    /// Every media asset, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media().iter().any(|m| m.kind() == kdrama::MediaKind::Trailer));
    /// ```
    pub fn media(&self) -> &[MediaAsset] {
        &self.data.media
    }

    /// The media asset with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media_asset("part-2-main-poster").is_some());
    /// ```
    pub fn media_asset(&self, id: &str) -> Option<&MediaAsset> {
        lookup(&self.index.media, &self.data.media, id)
    }

    /// Every claim, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims()[0].id().as_str(), "takedown-rumour");
    /// ```
    pub fn claims(&self) -> &[Claim] {
        &self.data.claims
    }

    /// The claim with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claim("takedown-rumour").is_some());
    /// ```
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        lookup(&self.index.claims, &self.data.claims, id)
    }

    /// Every statement, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(!g.statements().is_empty());
    /// ```
    pub fn statements(&self) -> &[Statement] {
        &self.data.statements
    }

    /// The statement with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statement("netflix-takedown-explanation").is_some());
    /// ```
    pub fn statement(&self, id: &str) -> Option<&Statement> {
        lookup(&self.index.statements, &self.data.statements, id)
    }

    /// The statements that answer a claim, in order.
    ///
    /// Each call reads every statement's answers once (nothing, for an id
    /// that is not a claim of this series). To go through every claim with
    /// its answers, use [`Series::claims_with_answers`], which reads them
    /// once for all claims.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let claim = &glory.claims()[0];
    /// assert!(glory.statements_answering(claim.id().as_str()).count() >= 1);
    /// assert_eq!(glory.statements_answering("no-such-claim").count(), 0);
    /// ```
    pub fn statements_answering<'a>(
        &'a self,
        claim: &'a str,
    ) -> impl Iterator<Item = &'a Statement> + 'a {
        // Answers must name claims of the series, so an unknown id has none.
        let statements = match self.claim(claim) {
            Some(_) => &self.data.statements[..],
            None => &[],
        };
        statements
            .iter()
            .filter(move |s| s.answers().iter().any(|c| c.as_str() == claim))
    }

    /// Every event, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().any(|e| e.kind() == kdrama::EventKind::Award));
    /// ```
    pub fn events(&self) -> &[Event] {
        &self.data.events
    }

    /// The event with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.event("press-conference").is_some());
    /// ```
    pub fn event(&self, id: &str) -> Option<&Event> {
        lookup(&self.index.events, &self.data.events, id)
    }

    /// Every source, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.sources().iter().all(|s| s.url().starts_with("http")));
    /// ```
    pub fn sources(&self) -> &[Source] {
        &self.data.sources
    }

    /// The source with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").map(|s| s.authority()), Some(kdrama::AuthorityTier::Reference));
    /// ```
    pub fn source(&self, id: &str) -> Option<&Source> {
        lookup(&self.index.sources, &self.data.sources, id)
    }
}

impl crate::cites::Cited for Series {
    fn cites(&self) -> &[SourceId] {
        &self.data.cites
    }
}

fn serialize_error(e: serde_json::Error) -> Error {
    Error::Json {
        path: ".".to_owned(),
        message: crate::error::sanitized(&e.to_string()),
        line: 0,
        column: 0,
    }
}

fn json_error(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    use serde_path_to_error::Segment;
    let mut path = String::new();
    for segment in e.path() {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } => path.push_str(&crate::error::key_segment(key)),
            Segment::Enum { variant } => path.push_str(&crate::error::key_segment(variant)),
            Segment::Unknown => path.push_str(".?"),
        }
    }
    let path = path.strip_prefix('.').unwrap_or(&path).to_owned();
    let path = if path.is_empty() {
        "?".to_owned()
    } else {
        path
    };
    json_error_at(path, e.into_inner())
}

fn json_error_at(path: String, inner: serde_json::Error) -> Error {
    let (line, column) = (inner.line(), inner.column());
    let full = inner.to_string();
    // serde_json appends the position, which Error::Json carries separately.
    let message = crate::error::sanitized(
        full.strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&full),
    );
    let path = if path == "?" { ".".to_owned() } else { path };
    Error::Json {
        path,
        message,
        line,
        column,
    }
}

impl Serialize for Series {
    /// The canonical form (empty and default fields left out) in
    /// human-readable formats; every field, by position, in binary ones.
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let _canonical = crate::de::Canonical::set(s.is_human_readable());
        self.data.serialize(s)
    }
}

impl<'de> Deserialize<'de> for Series {
    /// Deserializes the wire form and runs the same validation as
    /// [`Series::from_json`] (leniently); violations become a custom error.
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Series, D::Error> {
        let data = SeriesData::deserialize(d)?;
        Series::assemble(data, Strictness::Lenient).map_err(serde::de::Error::custom)
    }
}

/// Builds a [`Series`] in Rust; [`SeriesBuilder::build`] runs the validation.
///
/// ```
/// use kdrama::*;
/// let series = Series::builder("my-drama".parse()?, "My Drama")
///     .native_title("나의 드라마")
///     .source(Source::new("wiki".parse()?, "Wikipedia", "https://en.wikipedia.org/", AuthorityTier::Reference))
///     .cite("wiki".parse()?)
///     .part(Part::new(1, "2024-01-05".parse()?).with_episode(Episode::new(1)).citing("wiki".parse()?))
///     .build_strict()?;
/// assert_eq!(series.part(1).map(|p| p.episodes().len()), Some(1));
///
/// // Validation runs in build(): a dangling citation is reported with its path.
/// let err = Series::builder("broken".parse()?, "Broken").cite("nowhere".parse()?).build().unwrap_err();
/// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "cites[0]");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct SeriesBuilder {
    data: SeriesData,
}

macro_rules! pushers {
    ($($(#[$m:meta])* $method:ident($field:ident: $ty:ty);)*) => {$(
        $(#[$m])*
        #[must_use]
        pub fn $method(mut self, record: $ty) -> SeriesBuilder {
            self.data.$field.push(record);
            self
        }
    )*};
}

impl SeriesBuilder {
    fn new(id: SeriesId, titles: Titles) -> SeriesBuilder {
        SeriesBuilder {
            data: SeriesData {
                format: FORMAT_VERSION,
                id,
                updated: None,
                titles,
                original_language: "ko".to_owned(),
                country: "KR".to_owned(),
                home_zone: Zone::seoul(),
                platform: None,
                genres: Vec::new(),
                age_rating: None,
                premise: None,
                runtime: None,
                production_companies: Vec::new(),
                cites: Vec::new(),
                parts: Vec::new(),
                people: Vec::new(),
                characters: Vec::new(),
                cast: Vec::new(),
                relationships: Vec::new(),
                crew: Vec::new(),
                organizations: Vec::new(),
                motifs: Vec::new(),
                media: Vec::new(),
                claims: Vec::new(),
                statements: Vec::new(),
                events: Vec::new(),
                sources: Vec::new(),
            },
        }
    }

    /// Replaces all titles.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").titles(kdrama::Titles::new("Mine").with_native("내 것"));
    /// assert_eq!(b.build()?.titles().native(), Some("내 것"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn titles(mut self, titles: Titles) -> SeriesBuilder {
        self.data.titles = titles;
        self
    }

    /// Sets the native (Hangul) title.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").native_title("내 것");
    /// assert_eq!(b.build()?.titles().native(), Some("내 것"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn native_title(mut self, title: impl Into<String>) -> SeriesBuilder {
        self.data.titles = self.data.titles.with_native(title);
        self
    }

    /// Sets the original language tag (default `ko`).
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").original_language("en");
    /// assert_eq!(b.build()?.original_language(), "en");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn original_language(mut self, tag: impl Into<String>) -> SeriesBuilder {
        self.data.original_language = tag.into();
        self
    }

    /// Sets the country code (default `KR`).
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").country("US");
    /// assert_eq!(b.build()?.country(), "US");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn country(mut self, code: impl Into<String>) -> SeriesBuilder {
        self.data.country = code.into();
        self
    }

    /// Sets the home zone (default `Asia/Seoul`).
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").home_zone(kdrama::Zone::from_name("America/New_York")?);
    /// assert_eq!(b.build()?.home_zone().name(), "America/New_York");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn home_zone(mut self, zone: Zone) -> SeriesBuilder {
        self.data.home_zone = zone;
        self
    }

    /// Sets the platform or network.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").platform("netflix".parse()?)
    ///     .organization(kdrama::Organization::new("netflix".parse()?, "Netflix", kdrama::OrganizationKind::Platform));
    /// assert_eq!(b.build()?.platform().map(|p| p.name()), Some("Netflix"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn platform(mut self, platform: OrganizationId) -> SeriesBuilder {
        self.data.platform = Some(platform);
        self
    }

    /// Sets when the data was last revised.
    ///
    /// ```
    /// let at = chrono::DateTime::parse_from_rfc3339("2026-01-01T00:00:00+09:00").unwrap();
    /// let s = kdrama::Series::builder("x".parse()?, "X").updated(at).build()?;
    /// assert_eq!(s.updated(), Some(at));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn updated(mut self, at: chrono::DateTime<chrono::FixedOffset>) -> SeriesBuilder {
        self.data.updated = Some(at);
        self
    }

    /// Sets the age rating.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").age_rating("15+");
    /// assert_eq!(b.build()?.age_rating(), Some("15+"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn age_rating(mut self, rating: impl Into<String>) -> SeriesBuilder {
        self.data.age_rating = Some(rating.into());
        self
    }

    /// Sets the premise.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").premise("A revenge.");
    /// assert_eq!(b.build()?.premise(), Some("A revenge."));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn premise(mut self, premise: impl Into<String>) -> SeriesBuilder {
        self.data.premise = Some(premise.into());
        self
    }

    /// Sets the runtime range.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").runtime(kdrama::RuntimeRange::new(50, 70));
    /// assert!(b.build()?.runtime().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn runtime(mut self, runtime: RuntimeRange) -> SeriesBuilder {
        self.data.runtime = Some(runtime);
        self
    }

    /// Adds a genre.
    ///
    /// ```
    /// let s = kdrama::Series::builder("x".parse()?, "X").genre("thriller").build()?;
    /// assert_eq!(s.genres(), ["thriller"]);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn genre(mut self, genre: impl Into<String>) -> SeriesBuilder {
        self.data.genres.push(genre.into());
        self
    }

    pushers! {
        /// Adds a production company.
        production_company(production_companies: OrganizationId);
        /// Adds a source behind the series-level facts.
        cite(cites: SourceId);
        /// Adds a part (in order).
        part(parts: Part);
        /// Adds a person.
        person(people: Person);
        /// Adds a character.
        character(characters: Character);
        /// Adds a cast credit.
        portrayal(cast: Portrayal);
        /// Adds a relationship.
        relationship(relationships: Relationship);
        /// Adds a crew credit.
        crew(crew: CrewCredit);
        /// Adds an organization.
        organization(organizations: Organization);
        /// Adds a motif.
        motif(motifs: Motif);
        /// Adds a media asset.
        media(media: MediaAsset);
        /// Adds a claim.
        claim(claims: Claim);
        /// Adds a statement.
        statement(statements: Statement);
        /// Adds an event.
        event(events: Event);
        /// Adds a source.
        source(sources: Source);
    }

    /// Validates and builds the series, leniently (see [`Strictness`]).
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] listing every violation.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").part(kdrama::Part::new(2, "2024".parse()?));
    /// let err = b.build().unwrap_err();
    /// assert_eq!(err.violations().unwrap().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn build(self) -> Result<Series> {
        Series::assemble(self.data, Strictness::Lenient)
    }

    /// Validates and builds the series; an uncited record is an error.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] listing every violation.
    ///
    /// ```
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine");
    /// // Lenient accepts the uncited series; strict does not.
    /// assert!(b.clone().build().is_ok());
    /// assert!(b.build_strict().is_err());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn build_strict(self) -> Result<Series> {
        Series::assemble(self.data, Strictness::Strict)
    }
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use foldhash::fast::RandomState;

    use super::{IdIndex, Keyed, first_of_each_id};

    struct Rec(&'static str);
    impl Keyed for Rec {
        fn key(&self) -> &str {
            self.0
        }
    }

    #[test]
    fn id_index_finds_every_id_and_reports_each_duplicate_against_the_first() {
        let ids = ["b", "a", "c", "a", "b", "a", "", "d"];
        let records: Vec<Rec> = ids.iter().map(|&s| Rec(s)).collect();
        let (index, duplicates) = IdIndex::build(&records);
        assert_eq!(duplicates, vec![(3, 1), (4, 0), (5, 1)]);
        for id in ["a", "b", "c", "d", ""] {
            let found = index.get(&records, id).map(|r| r as *const Rec);
            let first = records
                .iter()
                .position(|r| r.0 == id)
                .map(|i| &records[i] as *const Rec);
            assert_eq!(found, first, "{id:?}");
        }
        assert!(!index.contains(&records, "e"));
        assert!(!index.contains(&records, "aa"));
        assert!(!index.contains(&[] as &[Rec], "a"));
    }

    #[test]
    fn colliding_hashes_still_tell_ids_apart() {
        // Every slot shares one hash, as if all ids collided.
        let records: Vec<Rec> = ["x", "a", "x", "a", "y"].iter().map(|&s| Rec(s)).collect();
        let hasher = RandomState::default();
        let hash = hasher.hash_one("a");
        let slots: Vec<(u64, u32)> = (0..records.len() as u32).map(|i| (hash, i)).collect();
        let (kept, duplicates) = first_of_each_id(&records, &slots);
        assert_eq!(kept, vec![(hash, 0), (hash, 1), (hash, 4)]);
        assert_eq!(duplicates, vec![(2, 0), (3, 1)]);
        let index = IdIndex {
            slots: kept,
            hasher,
        };
        assert_eq!(
            index.get(&records, "a").map(|r| r as *const Rec),
            Some(&records[1] as *const Rec)
        );
        assert!(!index.contains(&records, "z"));
    }
}
