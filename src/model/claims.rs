//! Rumours and the official statements that answered them.

use serde::{Deserialize, Serialize};

use crate::id::{ClaimId, MediaId, OrganizationId, PersonId, StatementId};
use crate::model::cites::{Cites, impl_cites};
use crate::text::Text;
use crate::time::release::Release;
use crate::vocab::Verdict;

/// Who said or spread something: a known person, a known organization, or a
/// described group (`"some YouTube channels"`).
///
/// In JSON: `{"person": "song-hye-kyo"}`, `{"organization": "netflix"}` or
/// `{"other": "online communities"}`.
///
/// ```
/// use kdrama::Party;
/// let p: Party = serde_json::from_str(r#"{"organization": "netflix"}"#)?;
/// assert!(matches!(p, Party::Organization(ref id) if id.as_str() == "netflix"));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Party {
    /// A person in the series' people.
    Person(PersonId),
    /// An organization in the series' organizations.
    Organization(OrganizationId),
    /// A group described in words.
    Other(Text),
}

/// A rumour or allegation: what was claimed, about whom, first seen when, who
/// spread it, and its verdict. The statements answering it point at it (see
/// [`Statement::answers`]).
///
/// ```
/// use kdrama::{Claim, Party, Verdict};
/// let claim = Claim::new("takedown-rumour".parse()?, "she had the photos removed", "2022-12-22".parse()?, Verdict::Refuted)
///     .about("song-hye-kyo".parse()?)
///     .spread_by(Party::Other("some YouTube channels".into()));
/// assert_eq!(claim.verdict(), Verdict::Refuted);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub(crate) id: ClaimId,
    pub(crate) summary: Text,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) subjects: Vec<PersonId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) media: Vec<MediaId>,
    pub(crate) first_seen: Release,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) spread_by: Vec<Party>,
    pub(crate) verdict: Verdict,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Claim {
    /// A claim with its summary (in the dataset's own words), first sighting and verdict.
    ///
    /// ```
    /// let c = kdrama::Claim::new("rumour".parse()?, "A quit.", "2023-05".parse()?, kdrama::Verdict::Unverified);
    /// assert_eq!(c.first_seen().to_string(), "2023-05");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(
        id: ClaimId,
        summary: impl Into<Text>,
        first_seen: Release,
        verdict: Verdict,
    ) -> Claim {
        Claim {
            id,
            summary: summary.into(),
            subjects: Vec::new(),
            media: Vec::new(),
            first_seen,
            spread_by: Vec::new(),
            verdict,
            cites: Cites::new(),
        }
    }

    /// Adds a person the claim is about.
    ///
    /// ```
    /// let c = kdrama::Claim::new("r".parse()?, "A quit.", "2023".parse()?, kdrama::Verdict::Disputed).about("kim-a".parse()?);
    /// assert_eq!(c.subjects()[0].as_str(), "kim-a");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn about(mut self, person: PersonId) -> Claim {
        self.subjects.push(person);
        self
    }

    /// Adds a media asset the claim concerns.
    ///
    /// ```
    /// let c = kdrama::Claim::new("r".parse()?, "Poster pulled.", "2023".parse()?, kdrama::Verdict::Unverified).concerning("poster".parse()?);
    /// assert_eq!(c.media()[0].as_str(), "poster");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn concerning(mut self, media: MediaId) -> Claim {
        self.media.push(media);
        self
    }

    /// Adds a party that spread it.
    ///
    /// ```
    /// let c = kdrama::Claim::new("r".parse()?, "A quit.", "2023".parse()?, kdrama::Verdict::Unverified)
    ///     .spread_by(kdrama::Party::Other("a forum".into()));
    /// assert_eq!(c.spreaders().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn spread_by(mut self, party: Party) -> Claim {
        self.spread_by.push(party);
        self
    }

    /// The claim's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claim("takedown-rumour").unwrap().id().as_str(), "takedown-rumour");
    /// ```
    pub fn id(&self) -> &ClaimId {
        &self.id
    }

    /// What was claimed, in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.claims().get(0).unwrap().to_claim().summary().contains("Song Hye-kyo"));
    /// ```
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// The people it is about.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims().get(0).unwrap().to_claim().subjects()[0].as_str(), "song-hye-kyo");
    /// ```
    pub fn subjects(&self) -> &[PersonId] {
        &self.subjects
    }

    /// The media assets it concerns.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims().get(0).unwrap().to_claim().media().len(), 2);
    /// ```
    pub fn media(&self) -> &[MediaId] {
        &self.media
    }

    /// When it was first seen.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims().get(0).unwrap().to_claim().first_seen().to_string(), "2022-12-22");
    /// ```
    pub fn first_seen(&self) -> Release {
        self.first_seen
    }

    /// Who spread it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(matches!(g.claims().get(0).unwrap().to_claim().spreaders()[0], kdrama::Party::Other(_)));
    /// ```
    pub fn spreaders(&self) -> &[Party] {
        &self.spread_by
    }

    /// Its verdict.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.claims().get(0).unwrap().to_claim().verdict(), kdrama::Verdict::Refuted);
    /// ```
    pub fn verdict(&self) -> Verdict {
        self.verdict
    }
}

/// Something said on the record: who, when, through which outlet, and which
/// claims it answers.
///
/// ```
/// use kdrama::{Party, Statement};
/// let s = Statement::new(
///     "netflix-takedown-explanation".parse()?,
///     Party::Organization("netflix".parse()?),
///     "2022-12-22T17:36+09:00".parse()?,
///     "the video was for titles already out; the poster was a draft",
/// )
/// .through("xports-news".parse()?)
/// .answering("takedown-rumour".parse()?);
/// assert_eq!(s.answers()[0].as_str(), "takedown-rumour");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub(crate) id: StatementId,
    pub(crate) speaker: Party,
    pub(crate) date: Release,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) outlet: Option<OrganizationId>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) via: Option<Party>,
    pub(crate) summary: Text,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) answers: Vec<ClaimId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Statement {
    /// A statement by `speaker` on `date`, summarised in the dataset's own words.
    ///
    /// ```
    /// let s = kdrama::Statement::new("denial".parse()?, kdrama::Party::Person("kim-a".parse()?), "2023-06-01".parse()?, "A did not quit.");
    /// assert_eq!(s.summary(), "A did not quit.");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(
        id: StatementId,
        speaker: Party,
        date: Release,
        summary: impl Into<Text>,
    ) -> Statement {
        Statement {
            id,
            speaker,
            date,
            outlet: None,
            via: None,
            summary: summary.into(),
            answers: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// Sets the outlet it was made through.
    ///
    /// ```
    /// let s = kdrama::Statement::new("s".parse()?, kdrama::Party::Other("a studio".into()), "2023".parse()?, "No.")
    ///     .through("xports-news".parse()?);
    /// assert_eq!(s.outlet().map(|o| o.as_str()), Some("xports-news"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn through(mut self, outlet: OrganizationId) -> Statement {
        self.outlet = Some(outlet);
        self
    }

    /// Sets the representative who relayed it for the speaker (a law firm,
    /// an agency): not an outlet, which publishes, but the speaker's agent.
    ///
    /// ```
    /// use kdrama::{Party, Statement};
    /// let s = Statement::new("s".parse()?, Party::Person("ahn-gil-ho".parse()?), "2023-03-12".parse()?, "An apology.")
    ///     .relayed_by(Party::Organization("jipyong".parse()?));
    /// assert!(matches!(s.representative(), Some(Party::Organization(id)) if id.as_str() == "jipyong"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn relayed_by(mut self, representative: Party) -> Statement {
        self.via = Some(representative);
        self
    }

    /// The representative who relayed it for the speaker, if any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let apology = g.statements().iter().find(|s| s.id().as_str() == "ahn-gil-ho-apology").unwrap();
    /// assert!(apology.representative().is_some() && apology.outlet().is_none());
    /// ```
    pub fn representative(&self) -> Option<&Party> {
        self.via.as_ref()
    }

    /// Adds a claim it answers.
    ///
    /// ```
    /// let s = kdrama::Statement::new("s".parse()?, kdrama::Party::Other("a studio".into()), "2023".parse()?, "No.")
    ///     .answering("rumour".parse()?);
    /// assert_eq!(s.answers()[0].as_str(), "rumour");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn answering(mut self, claim: ClaimId) -> Statement {
        self.answers.push(claim);
        self
    }

    /// The statement's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.statements().get(0).unwrap().to_statement().id().as_str(), "netflix-takedown-explanation");
    /// ```
    pub fn id(&self) -> &StatementId {
        &self.id
    }

    /// Who made it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(matches!(g.statements().get(0).unwrap().to_statement().speaker(), kdrama::Party::Organization(id) if id.as_str() == "netflix"));
    /// ```
    pub fn speaker(&self) -> &Party {
        &self.speaker
    }

    /// When, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.statements().get(0).unwrap().to_statement().date().to_string(), "2022-12-22");
    /// ```
    pub fn date(&self) -> Release {
        self.date
    }

    /// The outlet it was made through, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.statements().get(0).unwrap().to_statement().outlet().map(|o| o.as_str()), Some("xports-news"));
    /// ```
    pub fn outlet(&self) -> Option<&OrganizationId> {
        self.outlet.as_ref()
    }

    /// What was said, in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.statements().get(0).unwrap().to_statement().summary().contains("2022"));
    /// ```
    pub fn summary(&self) -> &str {
        &self.summary
    }

    /// The claims it answers.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.statements().get(0).unwrap().to_statement().answers()[0].as_str(), "takedown-rumour");
    /// ```
    pub fn answers(&self) -> &[ClaimId] {
        &self.answers
    }
}

impl_cites!(
    Claim = "kdrama::Claim::new(\"rumour\".parse()?, \"A quit.\", \"2023\".parse()?, kdrama::Verdict::Unverified)",
    Statement = "kdrama::Statement::new(\"denial\".parse()?, kdrama::Party::Other(\"a studio\".into()), \"2023\".parse()?, \"A did not quit.\")",
);
