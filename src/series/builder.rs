//! Building a series in code; `build` runs the same validation as reading.

use crate::error::{Result, Strictness};
use crate::id::{OrganizationId, SeriesId, SourceId};
use crate::model::audience::Measurement;
use crate::model::availability::{Availability, Region};
use crate::model::claims::{Claim, Statement};
use crate::model::events::Event;
use crate::model::external::{ContentRating, ExternalIds};
use crate::model::media::{MediaAsset, Motif};
use crate::model::names::Titles;
use crate::model::parts::{Part, RuntimeRange};
use crate::model::people::{Character, CrewCredit, Organization, Person, Portrayal, Relationship};
use crate::model::source::Source;
use crate::model::specials::Special;
use crate::text::Text;
use crate::time::zone::Zone;

use super::Series;
use super::wire::{FORMAT_VERSION, SeriesData};

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
    pub(super) fn new(id: SeriesId, titles: Titles) -> SeriesBuilder {
        SeriesBuilder {
            data: SeriesData {
                format: FORMAT_VERSION,
                id,
                updated: None,
                titles,
                original_language: "ko".into(),
                country: "KR".into(),
                home_zone: Zone::seoul(),
                platform: None,
                region: None,
                genres: Vec::new(),
                age_rating: None,
                content_ratings: Vec::new(),
                external_ids: ExternalIds::default(),
                premise: None,
                runtime: None,
                production_companies: Vec::new(),
                cites: Vec::new(),
                parts: Vec::new(),
                specials: Vec::new(),
                availability: Vec::new(),
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
                audience: Vec::new(),
                sources: Vec::new(),
            },
        }
    }

    /// Sets the region of the primary release (default: the country of
    /// origin); a Netflix original released everywhere at once is
    /// [`Region::Worldwide`].
    ///
    /// ```
    /// let s = kdrama::Series::builder("mine".parse()?, "Mine").region(kdrama::Region::Worldwide).build()?;
    /// assert_eq!(s.primary_region(), kdrama::Region::Worldwide);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn region(mut self, region: Region) -> SeriesBuilder {
        self.data.region = Some(region);
        self
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
    pub fn native_title(mut self, title: impl Into<Text>) -> SeriesBuilder {
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
    pub fn original_language(mut self, tag: impl Into<Text>) -> SeriesBuilder {
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
    pub fn country(mut self, code: impl Into<Text>) -> SeriesBuilder {
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
    pub fn age_rating(mut self, rating: impl Into<Text>) -> SeriesBuilder {
        self.data.age_rating = Some(rating.into());
        self
    }

    /// Sets the ids of the series at other services (TMDB, TVmaze, IMDb, Wikidata).
    ///
    /// ```
    /// let ids = kdrama::ExternalIds::new().with_tvmaze(1370);
    /// let b = kdrama::Series::builder("mine".parse()?, "Mine").external_ids(ids);
    /// assert_eq!(b.build()?.external_ids().tvmaze(), Some(1370));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn external_ids(mut self, ids: ExternalIds) -> SeriesBuilder {
        self.data.external_ids = ids;
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
    pub fn premise(mut self, premise: impl Into<Text>) -> SeriesBuilder {
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
    pub fn genre(mut self, genre: impl Into<Text>) -> SeriesBuilder {
        self.data.genres.push(genre.into());
        self
    }

    pushers! {
        /// Adds a content rating (one per country).
        content_rating(content_ratings: ContentRating);
        /// Adds a production company.
        production_company(production_companies: OrganizationId);
        /// Adds a source behind the series-level facts.
        cite(cites: SourceId);
        /// Adds a part (in order).
        part(parts: Part);
        /// Adds a special (a broadcast outside the numbered episodes).
        special(specials: Special);
        /// Adds a release on another platform or in another region.
        availability(availability: Availability);
        /// Adds an audience measurement.
        measurement(audience: Measurement);
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
    /// [`Error::Invalid`](crate::Error::Invalid) listing every violation.
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
    /// [`Error::Invalid`](crate::Error::Invalid) listing every violation.
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
