//! Building a series' way in (validation), and the accessors of its records.

use crate::error::{Error, Result, Strictness, Violations};
use crate::id::{
    AsId, CharacterId, ClaimId, EventId, MediaId, MotifId, OrganizationId, PersonId, SeriesId,
    SourceId, StatementId,
};
use crate::model::external::{ContentRating, ExternalIds};
use crate::model::media::Motif;
use crate::model::names::Titles;
use crate::model::parts::RuntimeRange;
use crate::model::people::Organization;
use crate::text::Text;
use crate::time::zone::Zone;
use crate::validate;

use super::Series;
use super::builder::SeriesBuilder;
use super::list::{Records, Stored};
use super::records::{
    CharacterRef, ClaimRef, CrewCreditRef, EpisodeRef, EventRef, MediaRef, PartRef, PersonRef,
    PortrayalRef, RelationshipRef, SourceRef, StatementRef,
};
use super::store::Store;
use super::wire::SeriesData;

impl Series {
    /// Starts a [`SeriesBuilder`] for a series with an id and an English title.
    ///
    /// ```
    /// let series = kdrama::Series::builder("my-drama".parse()?, "My Drama").build()?;
    /// assert_eq!(series.id().as_str(), "my-drama");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn builder(id: SeriesId, english_title: impl Into<Text>) -> SeriesBuilder {
        SeriesBuilder::new(id, Titles::new(english_title))
    }

    /// Validates wire data and indexes it; the one way into a `Series`.
    pub(crate) fn assemble(mut data: SeriesData, strictness: Strictness) -> Result<Series> {
        for motif in &mut data.motifs {
            motif.rank();
        }
        for part in &mut data.parts {
            part.number_episodes();
        }
        let checked = validate::validate(&data, strictness);
        if checked.errors.is_empty() {
            let store = Store::take(&mut data, &checked.index)?;
            Ok(Series {
                data,
                store,
                index: checked.index,
                derived: Default::default(),
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
        validate::validate(&self.wire(), Strictness::Lenient).warnings
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
    pub fn genres(&self) -> &[Text] {
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

    /// Its content ratings by country, in order (at most one per country).
    ///
    /// ```
    /// let s = kdrama::Series::builder("x".parse()?, "X").content_rating(kdrama::ContentRating::new("US", "TV-MA")).build()?;
    /// assert_eq!(s.content_ratings()[0].rating(), "TV-MA");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn content_ratings(&self) -> &[ContentRating] {
        &self.data.content_ratings
    }

    /// Its content rating in a country (`"US"`), if it has one.
    ///
    /// ```
    /// let s = kdrama::Series::builder("x".parse()?, "X").content_rating(kdrama::ContentRating::new("US", "TV-MA")).build()?;
    /// assert_eq!(s.content_rating("US").map(|r| r.rating()), Some("TV-MA"));
    /// assert!(s.content_rating("KR").is_none());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn content_rating(&self, country: &str) -> Option<&ContentRating> {
        self.data
            .content_ratings
            .iter()
            .find(|r| r.country() == country)
    }

    /// Its ids at TMDB, TVmaze, IMDb and Wikidata (empty when none is known).
    ///
    /// ```
    /// let s = kdrama::Series::builder("x".parse()?, "X").build()?;
    /// assert!(s.external_ids().is_empty());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn external_ids(&self) -> &ExternalIds {
        &self.data.external_ids
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
    pub fn parts(&self) -> Records<'_, PartRef<'_>> {
        Records::new(self, &self.store.parts)
    }

    /// Part `number` (from 1).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(2).is_some());
    /// assert!(g.part(0).is_none() && g.part(3).is_none());
    /// ```
    pub fn part(&self, number: u32) -> Option<PartRef<'_>> {
        let i = usize::try_from(number.checked_sub(1)?).ok()?;
        self.parts().get(i)
    }

    /// Every episode with its part, in episode order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let (part, episode) = g.episodes().nth(8).unwrap();
    /// assert_eq!((part.number(), episode.number()), (2, 9));
    /// ```
    pub fn episodes(&self) -> impl Iterator<Item = (PartRef<'_>, EpisodeRef<'_>)> + '_ {
        self.parts()
            .iter()
            .flat_map(|p| p.episodes().iter().map(move |e| (p, e)))
    }

    /// Every person (cast and crew), in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.people().len() > 20);
    /// ```
    pub fn people(&self) -> Records<'_, PersonRef<'_>> {
        Records::new(self, &self.store.people)
    }

    /// The person with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.person("lim-ji-yeon").map(|p| p.name()), Some("Lim Ji-yeon"));
    /// assert!(g.person("nobody").is_none());
    /// ```
    pub fn person(&self, id: impl AsId<PersonId>) -> Option<PersonRef<'_>> {
        let row = self.index.people().get(&self.store.people, id.id_str())?;
        Some(Stored::view(self, row))
    }

    /// Every character, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.characters().first().map(|c| c.name()), Some("Moon Dong-eun"));
    /// ```
    pub fn characters(&self) -> Records<'_, CharacterRef<'_>> {
        Records::new(self, &self.store.characters)
    }

    /// The character with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.character("ha-do-yeong").is_some());
    /// ```
    pub fn character(&self, id: impl AsId<CharacterId>) -> Option<CharacterRef<'_>> {
        let row = self
            .index
            .characters()
            .get(&self.store.characters, id.id_str())?;
        Some(Stored::view(self, row))
    }

    /// Every cast credit, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().any(|p| p.character().as_str() == "ha-ye-sol"));
    /// ```
    pub fn cast(&self) -> Records<'_, PortrayalRef<'_>> {
        Records::new(self, &self.store.cast)
    }

    /// Every relationship between characters, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(!g.relationships().is_empty());
    /// ```
    pub fn relationships(&self) -> Records<'_, RelationshipRef<'_>> {
        Records::new(self, &self.store.relationships)
    }

    /// Every crew credit, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().any(|c| c.role() == kdrama::CrewRole::Director));
    /// ```
    pub fn crew(&self) -> Records<'_, CrewCreditRef<'_>> {
        Records::new(self, &self.store.crew)
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
    pub fn organization(&self, id: impl AsId<OrganizationId>) -> Option<&Organization> {
        self.index
            .organizations()
            .get(&self.data.organizations, id.id_str())
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
    pub fn motif(&self, id: impl AsId<MotifId>) -> Option<&Motif> {
        self.index.motifs().get(&self.data.motifs, id.id_str())
    }

    /// Every media asset, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media().iter().any(|m| m.kind() == kdrama::MediaKind::Trailer));
    /// ```
    pub fn media(&self) -> Records<'_, MediaRef<'_>> {
        Records::new(self, &self.store.media)
    }

    /// The media asset with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media_asset("part-2-main-poster").is_some());
    /// ```
    pub fn media_asset(&self, id: impl AsId<MediaId>) -> Option<MediaRef<'_>> {
        let row = self.index.media().get(&self.store.media, id.id_str())?;
        Some(Stored::view(self, row))
    }

    /// Every claim, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims().first().unwrap().id().as_str(), "takedown-rumour");
    /// ```
    pub fn claims(&self) -> Records<'_, ClaimRef<'_>> {
        Records::new(self, &self.store.claims)
    }

    /// The claim with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claim("takedown-rumour").is_some());
    /// ```
    pub fn claim(&self, id: impl AsId<ClaimId>) -> Option<ClaimRef<'_>> {
        let row = self.index.claims().get(&self.store.claims, id.id_str())?;
        Some(Stored::view(self, row))
    }

    /// Every statement, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(!g.statements().is_empty());
    /// ```
    pub fn statements(&self) -> Records<'_, StatementRef<'_>> {
        Records::new(self, &self.store.statements)
    }

    /// The statement with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statement("netflix-takedown-explanation").is_some());
    /// ```
    pub fn statement(&self, id: impl AsId<StatementId>) -> Option<StatementRef<'_>> {
        let row = self
            .index
            .statements()
            .get(&self.store.statements, id.id_str())?;
        Some(Stored::view(self, row))
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
    /// let claim = glory.claims().first().unwrap();
    /// assert!(glory.statements_answering(claim.id().as_str()).count() >= 1);
    /// assert_eq!(glory.statements_answering("no-such-claim").count(), 0);
    /// ```
    pub fn statements_answering(
        &self,
        claim: impl AsId<ClaimId>,
    ) -> impl Iterator<Item = StatementRef<'_>> + '_ {
        // Answers must name claims of the series, so an unknown id has none.
        let claim = self.claim(claim).map(|c| c.id());
        let statements = match claim {
            Some(_) => &self.store.statements[..],
            None => &[],
        };
        Records::<StatementRef<'_>>::new(self, statements)
            .iter()
            .filter(move |s| s.answers().iter().any(|c| Some(c) == claim))
    }

    /// Every event, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().any(|e| e.kind() == kdrama::EventKind::Award));
    /// ```
    pub fn events(&self) -> Records<'_, EventRef<'_>> {
        Records::new(self, &self.store.events)
    }

    /// The event with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.event("press-conference").is_some());
    /// ```
    pub fn event(&self, id: impl AsId<EventId>) -> Option<EventRef<'_>> {
        let row = self.index.events().get(&self.store.events, id.id_str())?;
        Some(Stored::view(self, row))
    }

    /// Every source, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.sources().iter().all(|s| s.url().starts_with("http")));
    /// ```
    pub fn sources(&self) -> Records<'_, SourceRef<'_>> {
        Records::new(self, &self.store.sources)
    }

    /// The source with this id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").map(|s| s.authority()), Some(kdrama::AuthorityTier::Reference));
    /// ```
    pub fn source(&self, id: impl AsId<SourceId>) -> Option<SourceRef<'_>> {
        let row = self.index.sources().get(&self.store.sources, id.id_str())?;
        Some(Stored::view(self, row))
    }
}
