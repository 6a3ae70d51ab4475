//! Dated events: announcements, press conferences, fan events, awards.

use serde::{Deserialize, Serialize};

use crate::cites::impl_cites;
use crate::id::{EventId, PersonId, SourceId};
use crate::release::Release;
use crate::vocab::{AwardOutcome, EventKind};

/// A dated event in a series' life.
///
/// ```
/// use kdrama::{Award, AwardOutcome, Event, EventKind};
/// let baeksang = Event::new("baeksang-2023".parse()?, EventKind::Award, "59th Baeksang Arts Awards", "2023-04-28".parse()?)
///     .at_venue("Paradise City, Incheon")
///     .with_award(Award::new("Best Drama", AwardOutcome::Won));
/// assert_eq!(baeksang.awards().len(), 1);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    id: EventId,
    kind: EventKind,
    name: String,
    date: Release,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    venue: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    participants: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    awards: Vec<Award>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Event {
    /// An event with its kind, name and date.
    pub fn new(id: EventId, kind: EventKind, name: impl Into<String>, date: Release) -> Event {
        Event {
            id,
            kind,
            name: name.into(),
            date,
            venue: None,
            participants: Vec::new(),
            description: None,
            awards: Vec::new(),
            cites: Vec::new(),
        }
    }

    /// Sets the venue.
    #[must_use]
    pub fn at_venue(mut self, venue: impl Into<String>) -> Event {
        self.venue = Some(venue.into());
        self
    }

    /// Adds a participant.
    #[must_use]
    pub fn with_participant(mut self, person: PersonId) -> Event {
        self.participants.push(person);
        self
    }

    /// Sets a description in the dataset's own words.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Event {
        self.description = Some(description.into());
        self
    }

    /// Adds an award result.
    #[must_use]
    pub fn with_award(mut self, award: Award) -> Event {
        self.awards.push(award);
        self
    }

    /// The event's id.
    pub fn id(&self) -> &EventId {
        &self.id
    }

    /// What kind of event.
    pub fn kind(&self) -> EventKind {
        self.kind
    }

    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// When, as precisely as known.
    pub fn date(&self) -> Release {
        self.date
    }

    /// Where, when known.
    pub fn venue(&self) -> Option<&str> {
        self.venue.as_deref()
    }

    /// The people who took part.
    pub fn participants(&self) -> &[PersonId] {
        &self.participants
    }

    /// A description in the dataset's own words.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Award results, for award events.
    pub fn awards(&self) -> &[Award] {
        &self.awards
    }
}

/// One award category at an [`Event`], its recipient and outcome.
///
/// ```
/// use kdrama::{Award, AwardOutcome};
/// let a = Award::new("Best Actress (TV)", AwardOutcome::Won).to_person("song-hye-kyo".parse()?);
/// assert_eq!(a.recipient().map(|p| p.as_str()), Some("song-hye-kyo"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Award {
    category: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recipient: Option<PersonId>,
    outcome: AwardOutcome,
}

impl Award {
    /// A category and its outcome; the series itself is the recipient unless a person is set.
    pub fn new(category: impl Into<String>, outcome: AwardOutcome) -> Award {
        Award {
            category: category.into(),
            recipient: None,
            outcome,
        }
    }

    /// Sets the person who received it.
    #[must_use]
    pub fn to_person(mut self, person: PersonId) -> Award {
        self.recipient = Some(person);
        self
    }

    /// The award category.
    pub fn category(&self) -> &str {
        &self.category
    }

    /// The person who received it; `None` when the series did.
    pub fn recipient(&self) -> Option<&PersonId> {
        self.recipient.as_ref()
    }

    /// Won or nominated.
    pub fn outcome(&self) -> AwardOutcome {
        self.outcome
    }
}

impl_cites!(Event);
