//! Importers: TMDB and TVmaze documents become validated [`Series`] values.
//!
//! The importers are offline: they read JSON documents that you fetched
//! (the crate does no HTTP), recognize each document by its shape, and map
//! what they hold onto the model, honest about what the services do not
//! know. Every imported record cites a [`Source`](crate::Source) for the
//! document it came from (publisher `TMDB` or `TVmaze`, the API URL of that
//! document, authority [`aggregator`](crate::AuthorityTier::Aggregator)), so
//! imported data passes strict validation and stays distinguishable from
//! curated data.
//!
//! - [`Tmdb`]: TMDB API v3 TV details, season details, aggregate credits,
//!   content ratings, alternative titles, episode groups and external ids.
//! - [`Tvmaze`]: a TVmaze show (with `_embedded` seasons, episodes and cast
//!   where present) and any single-episode or episodes-by-date documents.
//!
//! A document of the wrong shape, with a missing required field or an
//! out-of-range number, or one that belongs to another show, is an
//! [`Error::Import`](crate::Error::Import) naming the document and the JSON
//! path. Quirks that real documents have are imported with an
//! [`ImportWarning`].
//!
//! # Rules
//!
//! - **Dates.** A TMDB date is a calendar date with no zone: it becomes a
//!   day-precision release in the series' home zone. A TVmaze `airstamp` is
//!   an instant and becomes an exact release expressed in the home zone;
//!   with an empty `airtime` it is a placeholder (12:00 UTC) and only the
//!   `airdate` is kept, at day precision; an empty `airdate` with a null
//!   `airstamp` is unannounced.
//! - **Home zone.** TMDB: the zone you pass, else the single zone of the
//!   first `origin_country` (KR → Asia/Seoul), else an error asking for one.
//!   TVmaze: the network's or web channel's `country.timezone`, else the zone
//!   you pass, else the single zone of the country, else an error.
//! - **Parts.** Each season (numbered 1 and up) becomes a part, in order; on
//!   TMDB the episode group you pick does instead ([`Tmdb::episode_group`]),
//!   each of its groups a part. A part's release is its season's date, or
//!   its first episode's release when that is more precise and falls on the
//!   same day, or is earlier (a quirk: GoT's season 1 is dated a day after
//!   its first episode, with a warning). Where a season's episodes are not
//!   listed, its episode count gives untitled episodes, which episode
//!   documents fill in.
//! - **Titles.** `Episode 7` as the title of episode 7 is a placeholder, not
//!   a title: the episode stays untitled.
//! - **Specials**: TMDB season 0 (its season document, or episode details
//!   of season 0) and TVmaze episodes of a `*special` type or without a
//!   number become [`Special`](crate::Special)s of kind `other`, with their
//!   own release and runtime; not episodes. Season 0 known only by its count
//!   is left out with a warning.
//! - **Episodes in order.** The model keeps episodes in release order; an
//!   episode dated before the one it follows keeps no date of its own, with a
//!   warning.
//! - **Characters.** A TVmaze character is one character per character id.
//!   TMDB names characters only by text: one character per name (so the
//!   actors sharing a name share the character: recasts, younger selves
//!   under the same name). One person's several role names are one
//!   character when, with parenthesised notes (`(voice)`, `(uncredited)`) and
//!   a trailing number (`#2`) removed, they are equal, or they are names of
//!   two or three words with the same first word that is not a generic word
//!   (`the`, `young`, `old`, …): `Ramsay Snow` and `Ramsay Bolton`,
//!   `Talisa Maegyr` and `Talisa Stark`. The first listed name (TMDB lists
//!   the role with most episodes first) is the character's name and the
//!   others are aliases of kind [`other_name`](crate::AliasKind::OtherName).
//!   Any other names are separate characters. Life stage is `young` when the
//!   name starts with `Young `, else `adult`; billing is left out.
//! - **Ids** are slugs of names (`Kit Harington` → `kit-harington`), with the
//!   service's id (people) or a number (characters, organizations) added when
//!   two names give one slug.
//!
//! Not imported: images, votes and popularity, keywords, watch providers,
//! `created_by` (TMDB says neither writer nor producer), crew jobs that have
//! no [`CrewRole`](crate::CrewRole) (counted in a warning), TVmaze schedules.
//!
//! ```
//! use kdrama::import::Tvmaze;
//! let show = r#"{"id": 1, "name": "Example", "language": "Korean", "genres": ["Drama"],
//!   "premiered": "2024-01-05", "network": {"id": 1, "name": "KBS2",
//!   "country": {"name": "Korea, Republic of", "code": "KR", "timezone": "Asia/Seoul"}},
//!   "_embedded": {"seasons": [{"id": 7, "number": 1, "episodeOrder": 2, "premiereDate": "2024-01-05"}]}}"#;
//! let episode = r#"{"id": 70, "season": 1, "number": 1, "name": "Episode 1", "airdate": "2024-01-05",
//!   "airtime": "21:50", "airstamp": "2024-01-05T12:50:00+00:00", "runtime": 70}"#;
//! let imported = Tvmaze::new().document("show.json", show)?.document("e1.json", episode)?.import()?;
//! let series = imported.series();
//! let e1 = &series.part(1).unwrap().episodes().get(0).unwrap();
//! assert_eq!(e1.own_release().unwrap().to_string(), "2024-01-05T21:50+09:00");
//! assert_eq!(e1.title(), None); // "Episode 1" is a placeholder
//! assert_eq!(series.episodes().count(), 2);
//! assert_eq!(series.sources().first().unwrap().url(), "https://api.tvmaze.com/shows/1");
//! # Ok::<(), kdrama::Error>(())
//! ```

mod cast;
mod common;
mod tmdb;
mod tvmaze;
mod zones;

use std::fmt;

use crate::series::Series;

pub use tmdb::Tmdb;
pub use tvmaze::Tvmaze;

/// An imported series and the warnings about what the documents did not
/// say cleanly.
///
/// ```
/// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"],
///   "seasons": [{"season_number": 1, "episode_count": 2, "air_date": "2024-01-05"}]}"#;
/// let imported = kdrama::import::Tmdb::new().document("details.json", details)?.import()?;
/// assert_eq!(imported.series().home_zone().name(), "Asia/Seoul");
/// assert!(imported.warnings().is_empty());
/// let series: kdrama::Series = imported.into_series();
/// assert_eq!(series.part(1).unwrap().release().to_string(), "2024-01-05");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Imported {
    series: Series,
    warnings: Vec<ImportWarning>,
}

impl Imported {
    /// The imported series.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"]}"#;
    /// let imported = kdrama::import::Tmdb::new().document("details.json", details)?.import()?;
    /// assert_eq!(imported.series().titles().english(), "Example");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn series(&self) -> &Series {
        &self.series
    }

    /// The warnings, in the order the documents were read.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR", "JP"]}"#;
    /// let imported = kdrama::import::Tmdb::new().document("details.json", details)?.import()?;
    /// assert_eq!(imported.warnings()[0].path(), "origin_country");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn warnings(&self) -> &[ImportWarning] {
        &self.warnings
    }

    /// The series, without the warnings.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"]}"#;
    /// let series = kdrama::import::Tmdb::new().document("details.json", details)?.import()?.into_series();
    /// assert_eq!(series.id().as_str(), "example");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn into_series(self) -> Series {
        self.series
    }
}

/// Something a document did not say cleanly, and what the importer did
/// about it. Displayed as `document at path: message`.
///
/// ```
/// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR", "JP"]}"#;
/// let imported = kdrama::import::Tmdb::new().document("details.json", details)?.import()?;
/// let w = &imported.warnings()[0];
/// assert_eq!(w.document(), "details.json");
/// assert_eq!(w.to_string(), "details.json at origin_country: several countries (KR, JP): the series' country is the first");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    document: String,
    path: String,
    message: String,
}

impl ImportWarning {
    /// The document's label (a file name).
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR", "JP"]}"#;
    /// let imported = kdrama::import::Tmdb::new().document("d.json", details)?.import()?;
    /// assert_eq!(imported.warnings()[0].document(), "d.json");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn document(&self) -> &str {
        &self.document
    }

    /// The JSON path inside the document (`.` for the document itself).
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR", "JP"]}"#;
    /// let imported = kdrama::import::Tmdb::new().document("d.json", details)?.import()?;
    /// assert_eq!(imported.warnings()[0].path(), "origin_country");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What was odd and what the importer did.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR", "JP"]}"#;
    /// let imported = kdrama::import::Tmdb::new().document("d.json", details)?.import()?;
    /// assert!(imported.warnings()[0].message().starts_with("several countries"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ImportWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}: {}", self.document, self.path, self.message)
    }
}
