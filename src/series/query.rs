//! Everyday queries on one series: the cast graph, media, claims, provenance.

use chrono::{DateTime, Utc};
use foldhash::{HashMap, HashMapExt};

use crate::id::{AsId, CharacterId, MotifId, PersonId};
use crate::model::cites::Cited;
use crate::model::claims::Party;
use crate::model::media::{LifecycleEvent, MediaAsset};
use crate::series::Series;
use crate::series::records::{
    CharacterRef, ClaimRef, CrewCreditRef, MediaRef, PersonRef, PortrayalRef, RelationshipRef,
    SourceRef, StatementRef,
};
use crate::time::status::Status;
use crate::time::zone::Zone;
use crate::vocab::{AuthorityTier, Billing, CrewRole, LifecycleAction, Verdict};

/// Which way a [`Relationship`](crate::Relationship) points from the character asked about.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let (_, direction) = glory.relationships_of("ha-ye-sol").next().unwrap();
/// assert_eq!(direction, kdrama::Direction::Incoming);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The character is `from`: "the character is the kind of the other".
    Outgoing,
    /// The character is `to`: "the other is the kind of the character".
    Incoming,
}

/// Where a media asset stands at an instant, from its lifecycle events.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// let glory = kdrama::datasets::the_glory();
/// let draft = glory.media_asset("part-1-character-poster-draft").unwrap();
/// let at = Utc.with_ymd_and_hms(2022, 12, 25, 0, 0, 0).unwrap();
/// assert_eq!(draft.state_at(glory.home_zone(), at), kdrama::MediaState::Live);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaState {
    /// Its publication is recorded and has not happened yet.
    NotPublished,
    /// Published (or re-posted) and not taken down.
    Live,
    /// Taken down and not re-posted.
    TakenDown,
    /// Cannot be told: an event's date is a window containing the instant, or
    /// the publication was never dated.
    Uncertain,
}

impl MediaAsset {
    /// The asset's state at `at`, reading its lifecycle events in order with
    /// their dates in `zone` (the series' home zone).
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::MediaState;
    /// let glory = kdrama::datasets::the_glory();
    /// let video = glory.media_asset("netflix-2022-k-content-thank-you-video").unwrap().to_media_asset();
    /// let seoul = glory.home_zone();
    /// let after = Utc.with_ymd_and_hms(2022, 12, 23, 0, 0, 0).unwrap();
    /// assert_eq!(video.state_at(seoul, after), MediaState::TakenDown);
    /// // Its publication date is not recorded, so before the takedown it is uncertain.
    /// let before = Utc.with_ymd_and_hms(2022, 12, 1, 0, 0, 0).unwrap();
    /// assert_eq!(video.state_at(seoul, before), MediaState::Uncertain);
    /// ```
    pub fn state_at(&self, home_zone: Zone, at: DateTime<Utc>) -> MediaState {
        state_at(self.events(), home_zone, at)
    }
}

impl MediaRef<'_> {
    /// The asset's state at `at`, as [`MediaAsset::state_at`] gives it.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// use kdrama::MediaState;
    /// let glory = kdrama::datasets::the_glory();
    /// let video = glory.media_asset("netflix-2022-k-content-thank-you-video").unwrap();
    /// let after = Utc.with_ymd_and_hms(2022, 12, 23, 0, 0, 0).unwrap();
    /// assert_eq!(video.state_at(glory.home_zone(), after), MediaState::TakenDown);
    /// ```
    pub fn state_at(&self, home_zone: Zone, at: DateTime<Utc>) -> MediaState {
        state_at(self.events(), home_zone, at)
    }
}

/// The state of an asset with lifecycle `events` at `at`, their dates read
/// in `home_zone`.
fn state_at(events: &[LifecycleEvent], home_zone: Zone, at: DateTime<Utc>) -> MediaState {
    let published_is_dated = events
        .iter()
        .any(|e| e.action() == LifecycleAction::Published);
    let mut state = if published_is_dated {
        MediaState::NotPublished
    } else {
        MediaState::Uncertain
    };
    for event in events {
        match event.date().status_at(home_zone, at) {
            Status::Released { .. } => {
                state = match event.action() {
                    LifecycleAction::TakenDown => MediaState::TakenDown,
                    _ => MediaState::Live,
                }
            }
            Status::Uncertain { .. } => return MediaState::Uncertain,
            _ => break,
        }
    }
    state
}

/// A takedown: the asset, the lifecycle event, and the statement that
/// explained it, if any.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let t = glory.takedowns().next().unwrap();
/// assert_eq!(t.asset().id().as_str(), "part-1-character-poster-draft");
/// assert!(t.event().reason().is_some());
/// assert_eq!(t.statement().map(|s| s.id().as_str()), Some("netflix-takedown-explanation"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Takedown<'a> {
    asset: MediaRef<'a>,
    event: &'a LifecycleEvent,
    statement: Option<StatementRef<'a>>,
}

impl<'a> Takedown<'a> {
    /// The asset taken down.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let t = g.takedowns().next().unwrap();
    /// assert_eq!(t.asset().kind(), kdrama::MediaKind::CharacterPoster);
    /// ```
    pub fn asset(&self) -> MediaRef<'a> {
        self.asset
    }

    /// The takedown event (date, stated reason, sources).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let t = g.takedowns().next().unwrap();
    /// assert_eq!(t.event().date().to_string(), "2022-12-22");
    /// ```
    pub fn event(&self) -> &'a LifecycleEvent {
        self.event
    }

    /// The statement that explained it, when one is recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let t = g.takedowns().next().unwrap();
    /// assert!(t.statement().is_some_and(|s| s.answers().len() == 1));
    /// ```
    pub fn statement(&self) -> Option<StatementRef<'a>> {
        self.statement
    }
}

/// The episode numbers of a part: a range, as validation makes them, or,
/// should they not be contiguous, a sorted list.
enum EpisodeNumbers {
    Span(std::ops::RangeInclusive<u32>),
    Sorted(Vec<u32>),
}

impl EpisodeNumbers {
    fn of(episodes: impl Iterator<Item = u32> + Clone) -> EpisodeNumbers {
        let mut numbers = episodes.clone();
        let Some(first) = numbers.next() else {
            return EpisodeNumbers::Sorted(Vec::new());
        };
        let mut last = first;
        let mut contiguous = true;
        for n in numbers {
            contiguous &= last.checked_add(1) == Some(n);
            last = n;
        }
        let span = first..=last;
        if contiguous {
            EpisodeNumbers::Span(span)
        } else {
            let mut numbers: Vec<u32> = episodes.collect();
            numbers.sort_unstable();
            EpisodeNumbers::Sorted(numbers)
        }
    }

    fn contains(&self, number: u32) -> bool {
        match self {
            EpisodeNumbers::Span(span) => span.contains(&number),
            EpisodeNumbers::Sorted(numbers) => numbers.binary_search(&number).is_ok(),
        }
    }
}

impl Series {
    /// The display name of a party: the person's or organization's name, or
    /// the described group; the bare id if it does not resolve.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let statement = glory.statement("netflix-takedown-explanation").unwrap();
    /// assert_eq!(glory.party_name(statement.speaker()), "Netflix");
    /// ```
    pub fn party_name<'a>(&'a self, party: &'a Party) -> &'a str {
        match party {
            Party::Person(id) => self.person(id.as_str()).map_or(id.as_str(), |p| p.name()),
            Party::Organization(id) => self
                .organization(id.as_str())
                .map_or(id.as_str(), |o| o.name()),
            Party::Other(text) => text,
        }
    }

    /// The characters `person` plays, with each credit, in cast order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let (portrayal, character) = glory.roles_of("jung-ji-so").next().unwrap();
    /// assert_eq!((character.name(), portrayal.stage()), ("Moon Dong-eun", kdrama::LifeStage::Young));
    /// ```
    pub fn roles_of(
        &self,
        person: impl AsId<PersonId>,
    ) -> impl Iterator<Item = (PortrayalRef<'_>, CharacterRef<'_>)> + '_ {
        let person = self.person(person).map(|p| p.id());
        self.cast()
            .iter()
            .filter(move |p| person.is_some() && p.person() == person)
            .filter_map(|p| Some((p, p.played()?)))
    }

    /// Who plays `character`, in cast order; the person is `None` for an
    /// unconfirmed actor.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let actors: Vec<&str> = glory.actors_of("moon-dong-eun").filter_map(|(_, p)| p.map(|p| p.name())).collect();
    /// assert_eq!(actors, ["Song Hye-kyo", "Jung Ji-so"]);
    /// ```
    pub fn actors_of(
        &self,
        character: impl AsId<CharacterId>,
    ) -> impl Iterator<Item = (PortrayalRef<'_>, Option<PersonRef<'_>>)> + '_ {
        let character = self.character(character).map(|c| c.id());
        self.cast()
            .iter()
            .filter(move |p| Some(p.character()) == character)
            .map(|p| (p, p.person().and_then(|id| self.person(id.as_str()))))
    }

    /// The cast ordered by billing (lead first, credits without billing
    /// last), keeping cast order within a billing.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.cast_by_billing()[0].billing(), Some(kdrama::Billing::Lead));
    /// ```
    pub fn cast_by_billing(&self) -> Vec<PortrayalRef<'_>> {
        let mut cast: Vec<PortrayalRef<'_>> = self.cast().iter().collect();
        cast.sort_by_key(|p| p.billing().map_or(Billing::ALL.len(), |b| b as usize));
        cast
    }

    /// The crew credited in `role`, in crew order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let editors: Vec<&str> = glory.crew_in(kdrama::CrewRole::Editor).map(|c| c.person().as_str()).collect();
    /// assert_eq!(editors, ["han-ji-woo", "park-eun-mi"]);
    /// ```
    pub fn crew_in(&self, role: CrewRole) -> impl Iterator<Item = CrewCreditRef<'_>> + '_ {
        self.crew().iter().filter(move |c| c.role() == role)
    }

    /// The crew credits of `person`, in crew order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.crew_of("kim-eun-sook").count(), 2);
    /// ```
    pub fn crew_of(
        &self,
        person: impl AsId<PersonId>,
    ) -> impl Iterator<Item = CrewCreditRef<'_>> + '_ {
        let person = self.person(person).map(|p| p.id());
        self.crew()
            .iter()
            .filter(move |c| Some(c.person()) == person)
    }

    /// Relationships touching `character`, in both directions, in order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let parents: Vec<(&str, &str)> = glory
    ///     .relationships_of("ha-ye-sol")
    ///     .map(|(r, _)| (r.from().as_str(), r.kind().as_str()))
    ///     .collect();
    /// assert!(parents.contains(&("jeon-jae-jun", "biological_parent")));
    /// ```
    pub fn relationships_of(
        &self,
        character: impl AsId<CharacterId>,
    ) -> impl Iterator<Item = (RelationshipRef<'_>, Direction)> + '_ {
        let character = self.character(character).map(|c| c.id());
        self.relationships().iter().filter_map(move |r| {
            if Some(r.from()) == character {
                Some((r, Direction::Outgoing))
            } else if Some(r.to()) == character {
                Some((r, Direction::Incoming))
            } else {
                None
            }
        })
    }

    /// The cast credits that cover at least one episode of part `number`, in
    /// cast order (a credit with no episodes listed covers every part).
    ///
    /// Reads each credit's episode list once, checking every number against
    /// the part's span of episode numbers: linear in the cast, whatever the
    /// size of the part.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.cast_in_part(1).any(|p| p.character().as_str() == "bank-clerk"));
    /// assert_eq!(dots.cast_in_part(2).count(), 0);
    /// ```
    pub fn cast_in_part(&self, number: u32) -> impl Iterator<Item = PortrayalRef<'_>> + '_ {
        let episodes = self.part(number).map(|p| p.episodes());
        let listed = episodes.is_some_and(|e| !e.is_empty());
        let covered = EpisodeNumbers::of(episodes.into_iter().flatten().map(|e| e.number()));
        self.cast().iter().filter(move |p| {
            listed && (p.episodes().is_empty() || p.episodes().iter().any(|&e| covered.contains(e)))
        })
    }

    /// Media assets depicting `character`, in order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert!(glory.media_depicting("park-yeon-jin").count() >= 2);
    /// ```
    pub fn media_depicting(
        &self,
        character: impl AsId<CharacterId>,
    ) -> impl Iterator<Item = MediaRef<'_>> + '_ {
        let character = self.character(character).map(|c| c.id());
        self.media()
            .iter()
            .filter(move |m| m.depicts().iter().any(|c| Some(c) == character))
    }

    /// Media assets showing `motif`, in order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert!(glory.media_showing("dantes-inferno").any(|m| m.id().as_str() == "part-2-main-poster"));
    /// ```
    pub fn media_showing(
        &self,
        motif: impl AsId<MotifId>,
    ) -> impl Iterator<Item = MediaRef<'_>> + '_ {
        let motif = self.motif(motif).map(|m| m.id());
        self.media()
            .iter()
            .filter(move |m| m.motifs().iter().any(|c| Some(c) == motif))
    }

    /// Every takedown, in media order, with the statement that explained it.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.takedowns().count(), 2);
    /// ```
    pub fn takedowns(&self) -> impl Iterator<Item = Takedown<'_>> + '_ {
        self.media().iter().flat_map(move |asset| {
            asset
                .events()
                .iter()
                .filter(|e| e.action() == LifecycleAction::TakenDown)
                .map(move |event| Takedown {
                    asset,
                    event,
                    statement: event.statement().and_then(|s| self.statement(s.as_str())),
                })
        })
    }

    /// Claims with the given verdict, in order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let refuted: Vec<&str> = glory.claims_with_verdict(kdrama::Verdict::Refuted).map(|c| c.id().as_str()).collect();
    /// assert_eq!(refuted, ["takedown-rumour"]);
    /// ```
    pub fn claims_with_verdict(&self, verdict: Verdict) -> impl Iterator<Item = ClaimRef<'_>> + '_ {
        self.claims().iter().filter(move |c| c.verdict() == verdict)
    }

    /// Every claim, in order, with the statements that answer it, in order
    /// (none for an unanswered claim). One pass over the statements and
    /// their answers, where calling [`Series::statements_answering`] for
    /// each claim would make one pass per claim.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let (claim, answers) = glory.claims_with_answers().next().unwrap();
    /// assert_eq!(claim.id().as_str(), "takedown-rumour");
    /// assert_eq!(answers[0].id().as_str(), "netflix-takedown-explanation");
    /// ```
    pub fn claims_with_answers(
        &self,
    ) -> impl Iterator<Item = (ClaimRef<'_>, Vec<StatementRef<'_>>)> + '_ {
        let mut answers: HashMap<&str, Vec<StatementRef<'_>>> = HashMap::new();
        for statement in self.statements() {
            for claim in statement.answers() {
                let list = answers.entry(claim.as_str()).or_default();
                // A statement that lists a claim twice answers it once.
                if list.last().is_none_or(|s| s.id() != statement.id()) {
                    list.push(statement);
                }
            }
        }
        self.claims()
            .iter()
            .map(move |c| (c, answers.remove(c.id().as_str()).unwrap_or_default()))
    }

    /// Claims about `person`, in order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.claims_about("kim-hieora").next().map(|c| c.verdict()), Some(kdrama::Verdict::Disputed));
    /// ```
    pub fn claims_about(
        &self,
        person: impl AsId<PersonId>,
    ) -> impl Iterator<Item = ClaimRef<'_>> + '_ {
        let person = self.person(person).map(|p| p.id());
        self.claims()
            .iter()
            .filter(move |c| c.subjects().iter().any(|p| Some(p) == person))
    }

    /// The sources a record cites, in citation order.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let claim = glory.claim("takedown-rumour").unwrap();
    /// let publishers: Vec<&str> = glory.sources_behind(&claim).map(|s| s.publisher()).collect();
    /// assert_eq!(publishers[0], "Xports News");
    /// ```
    pub fn sources_behind<'a>(
        &'a self,
        record: &'a (impl Cited + ?Sized),
    ) -> impl Iterator<Item = SourceRef<'a>> + 'a {
        record
            .cites()
            .iter()
            .filter_map(|id| self.source(id.as_str()))
    }

    /// The sources a record cites that are at least as authoritative as
    /// `tier` (official is the highest), in citation order.
    ///
    /// ```
    /// use kdrama::AuthorityTier;
    /// let glory = kdrama::datasets::the_glory();
    /// let part_2 = glory.part(2).unwrap();
    /// let press: Vec<&str> = glory.sources_at_least(&part_2, AuthorityTier::Press).map(|s| s.publisher()).collect();
    /// assert!(press.contains(&"Xports News"));
    /// assert_eq!(glory.sources_at_least(&part_2, AuthorityTier::Official).count(), 0);
    /// ```
    pub fn sources_at_least<'a>(
        &'a self,
        record: &'a (impl Cited + ?Sized),
        tier: AuthorityTier,
    ) -> impl Iterator<Item = SourceRef<'a>> + 'a {
        self.sources_behind(record)
            .filter(move |s| s.authority() <= tier)
    }
}
