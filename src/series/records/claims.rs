//! The claims, statements and events of a series, as views.

use std::fmt;

use crate::id::{ClaimId, EventId, MediaId, OrganizationId, PersonId, StatementId};
use crate::model::cites::Citations;
use crate::model::claims::{Claim, Party, Statement};
use crate::model::disputes::Dispute;
use crate::model::events::{Award, Event};
use crate::time::release::Release;
use crate::vocab::{EventKind, Verdict};

use super::{ClaimRef, EventRef, StatementRef};

impl<'a> ClaimRef<'a> {
    /// The claim's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claim("takedown-rumour").unwrap().id().as_str(), "takedown-rumour");
    /// ```
    pub fn id(&self) -> &'a ClaimId {
        &self.row.id
    }

    /// What was claimed, in the dataset's words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(!g.claim("takedown-rumour").unwrap().summary().is_empty());
    /// ```
    pub fn summary(&self) -> &'a str {
        self.store().text_of(self.row.summary)
    }

    /// The people it is about.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claims().iter().all(|c| c.subjects().iter().all(|p| g.person(p).is_some())));
    /// ```
    pub fn subjects(&self) -> &'a [PersonId] {
        self.store().subjects_of(self.row)
    }

    /// The media assets it is about.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claims().iter().all(|c| c.media().iter().all(|m| g.media_asset(m).is_some())));
    /// ```
    pub fn media(&self) -> &'a [MediaId] {
        self.store().claim_media_of(self.row)
    }

    /// When it was first seen.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claims().iter().all(|c| c.first_seen().window(g.home_zone()).is_some()));
    /// ```
    pub fn first_seen(&self) -> Release {
        self.row.first_seen
    }

    /// Who spread it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claims().iter().any(|c| !c.spreaders().is_empty()));
    /// ```
    pub fn spreaders(&self) -> &'a [Party] {
        self.store().spreaders_of(self.row)
    }

    /// Its verdict.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claim("takedown-rumour").unwrap().verdict(), kdrama::Verdict::Refuted);
    /// ```
    pub fn verdict(&self) -> Verdict {
        self.row.verdict
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let claim = g.claim("takedown-rumour").unwrap();
    /// assert_eq!(claim.to_claim().subjects(), claim.subjects());
    /// ```
    pub fn to_claim(&self) -> Claim {
        self.store().claim(self.row)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (&'a ClaimId, &'a str, &'a [PersonId], &'a [MediaId]),
        (Release, &'a [Party], Verdict, Citations<'a>),
    ) {
        (
            (self.id(), self.summary(), self.subjects(), self.media()),
            (
                self.first_seen(),
                self.spreaders(),
                self.verdict(),
                self.cites(),
            ),
        )
    }
}

impl fmt::Debug for ClaimRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_claim().fmt(f)
    }
}

impl<'a> StatementRef<'a> {
    /// The statement's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let s = g.statement("netflix-takedown-explanation").unwrap();
    /// assert_eq!(s.id().as_str(), "netflix-takedown-explanation");
    /// ```
    pub fn id(&self) -> &'a StatementId {
        &self.row.id
    }

    /// Who made it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let s = g.statement("netflix-takedown-explanation").unwrap();
    /// assert_eq!(g.party_name(s.speaker()), "Netflix");
    /// ```
    pub fn speaker(&self) -> &'a Party {
        self.store()
            .party(self.row.speaker)
            .unwrap_or(&UNKNOWN_SPEAKER)
    }

    /// When it was made.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statements().iter().all(|s| s.date().window(g.home_zone()).is_some()));
    /// ```
    pub fn date(&self) -> Release {
        self.row.date
    }

    /// The outlet it was made through, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statements().iter().all(|s| s.outlet().is_none_or(|o| g.organization(o).is_some())));
    /// ```
    pub fn outlet(&self) -> Option<&'a OrganizationId> {
        let organizations = self.series.organizations();
        organizations.get(self.row.outlet as usize).map(|o| o.id())
    }

    /// The representative who relayed it for the speaker, if any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let apology = g.statement("ahn-gil-ho-apology").unwrap();
    /// assert!(apology.representative().is_some() && apology.outlet().is_none());
    /// ```
    pub fn representative(&self) -> Option<&'a Party> {
        self.store().party(self.row.via)
    }

    /// What was said, in the dataset's words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statements().iter().all(|s| !s.summary().is_empty()));
    /// ```
    pub fn summary(&self) -> &'a str {
        self.store().text_of(self.row.summary)
    }

    /// The claims it answers.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let s = g.statement("netflix-takedown-explanation").unwrap();
    /// assert!(s.answers().iter().all(|c| g.claim(c).is_some()));
    /// ```
    pub fn answers(&self) -> &'a [ClaimId] {
        self.store().answers_of(self.row)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let s = g.statement("netflix-takedown-explanation").unwrap();
    /// assert_eq!(s.to_statement().answers(), s.answers());
    /// ```
    pub fn to_statement(&self) -> Statement {
        let organizations = &self.series.data.organizations;
        self.store().statement(self.row, organizations)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (
            &'a StatementId,
            &'a Party,
            Release,
            Option<&'a OrganizationId>,
        ),
        (Option<&'a Party>, &'a str, &'a [ClaimId], Citations<'a>),
    ) {
        (
            (self.id(), self.speaker(), self.date(), self.outlet()),
            (
                self.representative(),
                self.summary(),
                self.answers(),
                self.cites(),
            ),
        )
    }
}

/// What a statement's speaker reads as should its position not resolve (the
/// store always gives a statement its speaker).
static UNKNOWN_SPEAKER: std::sync::LazyLock<Party> =
    std::sync::LazyLock::new(|| Party::Other("unknown".into()));

impl fmt::Debug for StatementRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_statement().fmt(f)
    }
}

impl<'a> EventRef<'a> {
    /// The event's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("netflix-2023-lineup").unwrap().id().as_str(), "netflix-2023-lineup");
    /// ```
    pub fn id(&self) -> &'a EventId {
        &self.row.id
    }

    /// What kind of event it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().any(|e| e.kind() == kdrama::EventKind::PressConference));
    /// ```
    pub fn kind(&self) -> EventKind {
        self.row.kind
    }

    /// Its name.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().all(|e| !e.name().is_empty()));
    /// ```
    pub fn name(&self) -> &'a str {
        self.store().text_of(self.row.name)
    }

    /// When it took place, as precisely as known (the preferred value when
    /// sources disagree: see [`EventRef::dispute`]).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("netflix-2023-lineup").unwrap().date().to_string(), "2023-01-17");
    /// ```
    pub fn date(&self) -> Release {
        self.row.date
    }

    /// The other reported dates and why the preferred one was chosen, when
    /// sources disagree.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lineup = g.event("netflix-2023-lineup").unwrap();
    /// assert_eq!(lineup.dispute().unwrap().alternatives()[0].value().to_string(), "2023-01-16");
    /// ```
    pub fn dispute(&self) -> Option<&'a Dispute<Release>> {
        self.row.disputed.as_deref()
    }

    /// Where it took place, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().all(|e| e.venue().is_none_or(|v| !v.is_empty())));
    /// ```
    pub fn venue(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.venue)
    }

    /// The people who took part.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().all(|e| e.participants().iter().all(|p| g.person(p).is_some())));
    /// ```
    pub fn participants(&self) -> &'a [PersonId] {
        self.store().participants_of(self.row)
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.events().iter().all(|e| e.description().is_none_or(|d| !d.is_empty())));
    /// ```
    pub fn description(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.description)
    }

    /// The awards given at it (for an award ceremony).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.events().iter().any(|e| !e.awards().is_empty()));
    /// ```
    pub fn awards(&self) -> &'a [Award] {
        self.store().awards_of(self.row)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lineup = g.event("netflix-2023-lineup").unwrap();
    /// assert_eq!(lineup.to_event().date(), lineup.date());
    /// ```
    pub fn to_event(&self) -> Event {
        self.store().event(self.row)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (&'a EventId, EventKind, &'a str, Release),
        (
            Option<&'a Dispute<Release>>,
            Option<&'a str>,
            &'a [PersonId],
        ),
        (Option<&'a str>, &'a [Award], Citations<'a>),
    ) {
        (
            (self.id(), self.kind(), self.name(), self.date()),
            (self.dispute(), self.venue(), self.participants()),
            (self.description(), self.awards(), self.cites()),
        )
    }
}

impl fmt::Debug for EventRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_event().fmt(f)
    }
}
