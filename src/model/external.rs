//! Links to other services: a series' ids at TMDB, TVmaze, IMDb and
//! Wikidata, and the content ratings countries gave it.

use serde::{Deserialize, Serialize};

use crate::model::cites::{Cites, impl_cites};
use crate::text::Text;

/// A series' ids at the services it can be imported from or linked to.
///
/// Every id is optional. The shapes are checked when the series is built or
/// read: TMDB and TVmaze ids are positive numbers, an IMDb title id is `tt`
/// and 7 to 10 digits, a Wikidata item is `Q` and a number without leading
/// zeros.
///
/// ```
/// use kdrama::{ExternalIds, Series};
/// let ids = ExternalIds::new().with_tvmaze(1370).with_imdb("tt2357547");
/// let series = Series::builder("example".parse()?, "Example").external_ids(ids).build()?;
/// assert_eq!(series.external_ids().tvmaze(), Some(1370));
/// assert_eq!(series.external_ids().imdb(), Some("tt2357547"));
///
/// // A malformed id is a violation with its path.
/// let bad = Series::builder("x".parse()?, "X").external_ids(ExternalIds::new().with_imdb("21344706")).build();
/// let err = bad.unwrap_err();
/// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "external_ids.imdb");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExternalIds {
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    tmdb: Option<u32>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    tvmaze: Option<u32>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    imdb: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    wikidata: Option<Text>,
}

impl ExternalIds {
    /// No ids.
    ///
    /// ```
    /// assert!(kdrama::ExternalIds::new().is_empty());
    /// ```
    pub fn new() -> ExternalIds {
        ExternalIds::default()
    }

    /// Sets the TMDB TV id (`1399` in `themoviedb.org/tv/1399`).
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().with_tmdb(1399).tmdb(), Some(1399));
    /// ```
    #[must_use]
    pub fn with_tmdb(mut self, id: u32) -> ExternalIds {
        self.tmdb = Some(id);
        self
    }

    /// Sets the TVmaze show id (`13` in `tvmaze.com/shows/13`).
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().with_tvmaze(13).tvmaze(), Some(13));
    /// ```
    #[must_use]
    pub fn with_tvmaze(mut self, id: u32) -> ExternalIds {
        self.tvmaze = Some(id);
        self
    }

    /// Sets the IMDb title id (`tt0944947`).
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().with_imdb("tt0944947").imdb(), Some("tt0944947"));
    /// ```
    #[must_use]
    pub fn with_imdb(mut self, id: impl Into<Text>) -> ExternalIds {
        self.imdb = Some(id.into());
        self
    }

    /// Sets the Wikidata item id (`Q23572`).
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().with_wikidata("Q23572").wikidata(), Some("Q23572"));
    /// ```
    #[must_use]
    pub fn with_wikidata(mut self, id: impl Into<Text>) -> ExternalIds {
        self.wikidata = Some(id.into());
        self
    }

    /// The TMDB TV id.
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().tmdb(), None);
    /// ```
    pub fn tmdb(&self) -> Option<u32> {
        self.tmdb
    }

    /// The TVmaze show id.
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().tvmaze(), None);
    /// ```
    pub fn tvmaze(&self) -> Option<u32> {
        self.tvmaze
    }

    /// The IMDb title id.
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().imdb(), None);
    /// ```
    pub fn imdb(&self) -> Option<&str> {
        self.imdb.as_deref()
    }

    /// The Wikidata item id.
    ///
    /// ```
    /// assert_eq!(kdrama::ExternalIds::new().wikidata(), None);
    /// ```
    pub fn wikidata(&self) -> Option<&str> {
        self.wikidata.as_deref()
    }

    /// Whether no id is set.
    ///
    /// ```
    /// assert!(!kdrama::ExternalIds::new().with_tvmaze(1).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        *self == ExternalIds::default()
    }
}

impl crate::de::Omit for ExternalIds {
    fn is_omitted(&self) -> bool {
        self.is_empty()
    }
}

/// Whether `id` is an IMDb title id: `tt` and 7 to 10 digits.
pub(crate) fn is_imdb_id(id: &str) -> bool {
    id.strip_prefix("tt")
        .is_some_and(|d| (7..=10).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `id` is a Wikidata item id: `Q` and a positive number without
/// leading zeros (at most 12 digits).
pub(crate) fn is_wikidata_id(id: &str) -> bool {
    id.strip_prefix('Q').is_some_and(|d| {
        (1..=12).contains(&d.len()) && !d.starts_with('0') && d.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The content rating one country gave a series (`US`: `TV-MA`).
///
/// A series has at most one rating per country; the single
/// [`Series::age_rating`](crate::Series::age_rating) stays the rating in the
/// series' own country, as the curated datasets state it.
///
/// ```
/// use kdrama::{ContentRating, Series};
/// let series = Series::builder("x".parse()?, "X")
///     .content_rating(ContentRating::new("KR", "19"))
///     .content_rating(ContentRating::new("US", "TV-MA"))
///     .build()?;
/// assert_eq!(series.content_rating("US").map(|r| r.rating()), Some("TV-MA"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContentRating {
    country: Text,
    rating: Text,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl ContentRating {
    /// A rating in a country (an ISO 3166-1 alpha-2 code such as `KR`).
    ///
    /// ```
    /// let r = kdrama::ContentRating::new("GB", "18");
    /// assert_eq!((r.country(), r.rating()), ("GB", "18"));
    /// ```
    pub fn new(country: impl Into<Text>, rating: impl Into<Text>) -> ContentRating {
        ContentRating {
            country: country.into(),
            rating: rating.into(),
            cites: Cites::new(),
        }
    }

    /// The country code.
    ///
    /// ```
    /// assert_eq!(kdrama::ContentRating::new("KR", "15").country(), "KR");
    /// ```
    pub fn country(&self) -> &str {
        &self.country
    }

    /// The rating as the country's rating board writes it.
    ///
    /// ```
    /// assert_eq!(kdrama::ContentRating::new("KR", "15").rating(), "15");
    /// ```
    pub fn rating(&self) -> &str {
        &self.rating
    }
}

impl_cites!(ContentRating = "kdrama::ContentRating::new(\"KR\", \"15\")");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_shapes() {
        assert!(is_imdb_id("tt0944947"));
        assert!(is_imdb_id("tt21344706"));
        assert!(!is_imdb_id("tt123"));
        assert!(!is_imdb_id("nm0944947"));
        assert!(!is_imdb_id("tt09449x7"));
        assert!(is_wikidata_id("Q23572"));
        assert!(!is_wikidata_id("Q0"));
        assert!(!is_wikidata_id("Q"));
        assert!(!is_wikidata_id("q23572"));
        assert!(!is_wikidata_id("Q1234567890123"));
    }
}
