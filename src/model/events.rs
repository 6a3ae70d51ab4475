//! Dated events: announcements, press conferences, fan events, awards.

use serde::{Deserialize, Serialize};

use crate::id::{EventId, PersonId};
use crate::model::cites::{Cites, impl_cites};
use crate::model::disputes::Dispute;
use crate::text::Text;
use crate::time::release::Release;
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub(crate) id: EventId,
    pub(crate) kind: EventKind,
    pub(crate) name: Text,
    pub(crate) date: Release,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) disputed: Option<Box<Dispute<Release>>>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) venue: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) participants: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) description: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) awards: Vec<Award>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Event {
    /// An event with its kind, name and date.
    ///
    /// ```
    /// let e = kdrama::Event::new("gv".parse()?, kdrama::EventKind::FanEvent, "Global GV", "2023-03-08".parse()?);
    /// assert_eq!(e.kind(), kdrama::EventKind::FanEvent);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: EventId, kind: EventKind, name: impl Into<Text>, date: Release) -> Event {
        Event {
            id,
            kind,
            name: name.into(),
            date,
            disputed: None,
            venue: None,
            participants: Vec::new(),
            description: None,
            awards: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// Records that sources disagree on the date: the other reported dates
    /// and why this one is preferred.
    ///
    /// ```
    /// use kdrama::{Dispute, Event, EventKind, Preference, Reported};
    /// let e = Event::new("lineup".parse()?, EventKind::Announcement, "Line-up", "2023-01-17".parse()?)
    ///     .disputed(Dispute::new(Preference::MoreAuthoritative).with_alternative(Reported::new("2023-01-16".parse()?)));
    /// assert_eq!(e.dispute().unwrap().alternatives()[0].value().to_string(), "2023-01-16");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn disputed(mut self, dispute: Dispute<Release>) -> Event {
        self.disputed = Some(Box::new(dispute));
        self
    }

    /// Where sources disagree on the date, the dispute ([`date`](Self::date) is the preferred one).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lineup = g.event("netflix-2023-lineup").unwrap();
    /// assert_eq!(lineup.date().to_string(), "2023-01-17");
    /// assert_eq!(lineup.dispute().unwrap().alternatives()[0].value().to_string(), "2023-01-16");
    /// ```
    pub fn dispute(&self) -> Option<&Dispute<Release>> {
        self.disputed.as_deref()
    }

    /// Sets the venue.
    ///
    /// ```
    /// let e = kdrama::Event::new("gv".parse()?, kdrama::EventKind::FanEvent, "Global GV", "2023-03-08".parse()?).at_venue("YES24 Live Hall");
    /// assert_eq!(e.venue(), Some("YES24 Live Hall"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn at_venue(mut self, venue: impl Into<Text>) -> Event {
        self.venue = Some(venue.into());
        self
    }

    /// Adds a participant.
    ///
    /// ```
    /// let e = kdrama::Event::new("gv".parse()?, kdrama::EventKind::FanEvent, "Global GV", "2023-03-08".parse()?).with_participant("song-hye-kyo".parse()?);
    /// assert_eq!(e.participants().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_participant(mut self, person: PersonId) -> Event {
        self.participants.push(person);
        self
    }

    /// Sets a description in the dataset's own words.
    ///
    /// ```
    /// let e = kdrama::Event::new("gv".parse()?, kdrama::EventKind::FanEvent, "Global GV", "2023-03-08".parse()?).with_description("Episodes 9 and 10 screened early.");
    /// assert!(e.description().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Text>) -> Event {
        self.description = Some(description.into());
        self
    }

    /// Adds an award result.
    ///
    /// ```
    /// let e = kdrama::Event::new("a".parse()?, kdrama::EventKind::Award, "Awards", "2023".parse()?)
    ///     .with_award(kdrama::Award::new("Best Drama", kdrama::AwardOutcome::Nominated));
    /// assert_eq!(e.awards()[0].outcome(), kdrama::AwardOutcome::Nominated);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_award(mut self, award: Award) -> Event {
        self.awards.push(award);
        self
    }

    /// The event's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.event("press-conference").is_some_and(|e| e.id().as_str() == "press-conference"));
    /// ```
    pub fn id(&self) -> &EventId {
        &self.id
    }

    /// What kind of event.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("press-conference").unwrap().kind(), kdrama::EventKind::PressConference);
    /// ```
    pub fn kind(&self) -> EventKind {
        self.kind
    }

    /// Its name.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("baeksang-2023").unwrap().name(), "59th Baeksang Arts Awards");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// When, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("global-gv").unwrap().date().to_string(), "2023-03-08");
    /// ```
    pub fn date(&self) -> Release {
        self.date
    }

    /// Where, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("baeksang-2023").unwrap().venue(), Some("Paradise City, Incheon"));
    /// ```
    pub fn venue(&self) -> Option<&str> {
        self.venue.as_deref()
    }

    /// The people who took part.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.event("press-conference").unwrap().participants().iter().any(|p| p.as_str() == "kim-eun-sook"));
    /// ```
    pub fn participants(&self) -> &[PersonId] {
        &self.participants
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.event("global-gv").unwrap().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// Award results, for award events.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("blue-dragon-series-2023").unwrap().awards().len(), 2);
    /// ```
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Award {
    category: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    recipient: Option<PersonId>,
    outcome: AwardOutcome,
}

impl Award {
    /// A category and its outcome; the series itself is the recipient unless a person is set.
    ///
    /// ```
    /// let a = kdrama::Award::new("Best Drama", kdrama::AwardOutcome::Won);
    /// assert_eq!(a.recipient(), None);
    /// ```
    pub fn new(category: impl Into<Text>, outcome: AwardOutcome) -> Award {
        Award {
            category: category.into(),
            recipient: None,
            outcome,
        }
    }

    /// Sets the person who received it.
    ///
    /// ```
    /// let a = kdrama::Award::new("Best Actress", kdrama::AwardOutcome::Won).to_person("song-hye-kyo".parse()?);
    /// assert!(a.recipient().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn to_person(mut self, person: PersonId) -> Award {
        self.recipient = Some(person);
        self
    }

    /// The award category.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("baeksang-2023").unwrap().awards()[0].category(), "Best Drama");
    /// ```
    pub fn category(&self) -> &str {
        &self.category
    }

    /// The person who received it; `None` when the series did.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let awards = g.event("baeksang-2023").unwrap().awards();
    /// assert_eq!(awards[1].recipient().map(|p| p.as_str()), Some("song-hye-kyo"));
    /// ```
    pub fn recipient(&self) -> Option<&PersonId> {
        self.recipient.as_ref()
    }

    /// Won or nominated.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.event("baeksang-2023").unwrap().awards()[0].outcome(), kdrama::AwardOutcome::Won);
    /// ```
    pub fn outcome(&self) -> AwardOutcome {
        self.outcome
    }
}

impl_cites!(
    Event = "kdrama::Event::new(\"gv\".parse()?, kdrama::EventKind::FanEvent, \"GV\", \"2023-03-08\".parse()?)",
);
