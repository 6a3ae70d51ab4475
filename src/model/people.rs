//! People, characters, who plays whom, crew credits, organizations.

use serde::{Deserialize, Serialize};

use crate::id::{CharacterId, OrganizationId, PersonId};
use crate::model::cites::{Cites, impl_cites};
use crate::model::names::{Alias, impl_names};
use crate::text::Text;
use crate::vocab::{Billing, CrewRole, LifeStage, OrganizationKind, RelationshipKind};

/// A real person: actor, writer, director, advisor.
///
/// ```
/// use kdrama::{Alias, AliasKind, Person};
/// let song = Person::new("song-hye-kyo".parse()?, "Song Hye-kyo")
///     .with_native_name("송혜교")
///     .with_alias(Alias::new("Song Hye-ko", AliasKind::Misspelling));
/// assert_eq!(song.native_name(), Some("송혜교"));
/// assert_eq!(song.aliases().len(), 1);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub(crate) id: PersonId,
    pub(crate) name: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) native_name: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) aliases: Vec<Alias>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Person {
    /// A person with an id and a display name.
    ///
    /// ```
    /// let p = kdrama::Person::new("kim-a".parse()?, "Kim A");
    /// assert_eq!(p.name(), "Kim A");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: PersonId, name: impl Into<Text>) -> Person {
        Person {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// The person's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.people().get(0).unwrap().id().as_str(), "song-hye-kyo");
    /// ```
    pub fn id(&self) -> &PersonId {
        &self.id
    }
}

/// A character in a series.
///
/// ```
/// let dong_eun = kdrama::Character::new("moon-dong-eun".parse()?, "Moon Dong-eun")
///     .with_native_name("문동은")
///     .with_occupation("elementary-school homeroom teacher");
/// assert_eq!(dong_eun.occupation(), Some("elementary-school homeroom teacher"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Character {
    pub(crate) id: CharacterId,
    pub(crate) name: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) native_name: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) occupation: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) description: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Character {
    /// A character with an id and a display name.
    ///
    /// ```
    /// let c = kdrama::Character::new("lee-b".parse()?, "Lee B");
    /// assert_eq!(c.id().as_str(), "lee-b");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: CharacterId, name: impl Into<Text>) -> Character {
        Character {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            occupation: None,
            description: None,
            cites: Cites::new(),
        }
    }

    /// Sets the occupation.
    ///
    /// ```
    /// let c = kdrama::Character::new("lee-b".parse()?, "Lee B").with_occupation("teacher");
    /// assert_eq!(c.occupation(), Some("teacher"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_occupation(mut self, occupation: impl Into<Text>) -> Character {
        self.occupation = Some(occupation.into());
        self
    }

    /// Sets a short description.
    ///
    /// ```
    /// let c = kdrama::Character::new("lee-b".parse()?, "Lee B").with_description("A teacher.");
    /// assert_eq!(c.description(), Some("A teacher."));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Text>) -> Character {
        self.description = Some(description.into());
        self
    }

    /// The character's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.characters().get(0).unwrap().id().as_str(), "moon-dong-eun");
    /// ```
    pub fn id(&self) -> &CharacterId {
        &self.id
    }

    /// What the character does for a living, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.character("park-yeon-jin").unwrap().occupation(), Some("television weather presenter"));
    /// ```
    pub fn occupation(&self) -> Option<&str> {
        self.occupation.as_deref()
    }

    /// A short description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.character("park-yeon-jin").unwrap().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

/// A directed relationship: `from` is the `kind` of `to`.
///
/// ```
/// use kdrama::{Relationship, RelationshipKind};
/// let r = Relationship::new("jeon-jae-jun".parse()?, RelationshipKind::BiologicalParent, "ha-ye-sol".parse()?);
/// assert_eq!(r.kind(), RelationshipKind::BiologicalParent);
/// assert_eq!(r.to().as_str(), "ha-ye-sol");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Relationship {
    pub(crate) from: CharacterId,
    pub(crate) kind: RelationshipKind,
    pub(crate) to: CharacterId,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Relationship {
    /// `from` is the `kind` of `to`.
    ///
    /// ```
    /// let r = kdrama::Relationship::new("a".parse()?, kdrama::RelationshipKind::Spouse, "b".parse()?);
    /// assert_eq!(r.from().as_str(), "a");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(from: CharacterId, kind: RelationshipKind, to: CharacterId) -> Relationship {
        Relationship {
            from,
            kind,
            to,
            cites: Cites::new(),
        }
    }

    /// The subject of the relationship.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == kdrama::RelationshipKind::Spouse).unwrap();
    /// assert_eq!(r.from().as_str(), "park-yeon-jin");
    /// ```
    pub fn from(&self) -> &CharacterId {
        &self.from
    }

    /// The kind of relationship.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == kdrama::RelationshipKind::Spouse).unwrap();
    /// assert_eq!(r.kind().as_str(), "spouse");
    /// ```
    pub fn kind(&self) -> RelationshipKind {
        self.kind
    }

    /// The object of the relationship.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == kdrama::RelationshipKind::Spouse).unwrap();
    /// assert_eq!(r.to().as_str(), "ha-do-yeong");
    /// ```
    pub fn to(&self) -> &CharacterId {
        &self.to
    }
}

/// A cast credit: a person plays a character at a life stage.
///
/// ```
/// use kdrama::{Billing, LifeStage, Portrayal};
/// let p = Portrayal::new("jung-ji-so".parse()?, "moon-dong-eun".parse()?, LifeStage::Young);
/// assert_eq!(p.billing(), None);
/// let p = p.with_billing(Billing::Supporting);
/// assert_eq!(p.billing(), Some(Billing::Supporting));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Portrayal {
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) person: Option<PersonId>,
    pub(crate) character: CharacterId,
    pub(crate) stage: LifeStage,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) billing: Option<Billing>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) episodes: Vec<u32>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl Portrayal {
    /// `person` plays `character` at `stage`; billing unknown until set.
    ///
    /// ```
    /// let p = kdrama::Portrayal::new("kim-a".parse()?, "lee-b".parse()?, kdrama::LifeStage::Adult);
    /// assert_eq!(p.stage(), kdrama::LifeStage::Adult);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(person: PersonId, character: CharacterId, stage: LifeStage) -> Portrayal {
        Portrayal {
            person: Some(person),
            character,
            stage,
            billing: None,
            episodes: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// `character` is played at `stage` by an actor no source confirms.
    ///
    /// ```
    /// use kdrama::{LifeStage, Portrayal};
    /// let p = Portrayal::unconfirmed("yoon-so-hee".parse()?, LifeStage::Young);
    /// assert_eq!(p.person(), None);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn unconfirmed(character: CharacterId, stage: LifeStage) -> Portrayal {
        Portrayal {
            person: None,
            character,
            stage,
            billing: None,
            episodes: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// Sets the billing.
    ///
    /// ```
    /// let p = kdrama::Portrayal::new("kim-a".parse()?, "lee-b".parse()?, kdrama::LifeStage::Adult).with_billing(kdrama::Billing::Lead);
    /// assert_eq!(p.billing(), Some(kdrama::Billing::Lead));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_billing(mut self, billing: Billing) -> Portrayal {
        self.billing = Some(billing);
        self
    }

    /// Limits the credit to an episode (absolute number); call once per
    /// episode. A credit with no episodes listed covers the whole series.
    ///
    /// ```
    /// let p = kdrama::Portrayal::new("lee-kwang-soo".parse()?, "part-time-worker".parse()?, kdrama::LifeStage::Adult)
    ///     .in_episode(1);
    /// assert_eq!(p.episodes(), [1]);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn in_episode(mut self, episode: u32) -> Portrayal {
        self.episodes.push(episode);
        self
    }

    /// The episodes the credit is limited to; empty for a whole-series credit.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let cameo = dots.cast().iter().find(|p| p.character().as_str() == "bank-clerk").unwrap();
    /// assert_eq!(cameo.episodes(), [13]);
    /// ```
    pub fn episodes(&self) -> &[u32] {
        &self.episodes
    }

    /// Whether the credit covers episode `number`.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let lead = dots.cast().get(0).unwrap();
    /// assert!(lead.covers_episode(7));
    /// ```
    pub fn covers_episode(&self, number: u32) -> bool {
        self.episodes.is_empty() || self.episodes.contains(&number)
    }

    /// The actor; `None` when no source confirms who it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.cast().get(0).unwrap().person().map(|p| p.as_str()), Some("song-hye-kyo"));
    /// ```
    pub fn person(&self) -> Option<&PersonId> {
        self.person.as_ref()
    }

    /// The character played.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.cast().get(0).unwrap().character().as_str(), "moon-dong-eun");
    /// ```
    pub fn character(&self) -> &CharacterId {
        &self.character
    }

    /// Which version of the character.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.cast().get(1).unwrap().stage(), kdrama::LifeStage::Young);
    /// ```
    pub fn stage(&self) -> LifeStage {
        self.stage
    }

    /// The billing, when a source states it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.cast().get(0).unwrap().billing(), Some(kdrama::Billing::Lead));
    /// ```
    pub fn billing(&self) -> Option<Billing> {
        self.billing
    }
}

/// A crew credit: a person in a role, with an optional note.
///
/// ```
/// use kdrama::{CrewCredit, CrewRole};
/// let c = CrewCredit::new("ahn-gil-ho".parse()?, CrewRole::ExecutiveProducer).with_note("credited as CP");
/// assert_eq!(c.note(), Some("credited as CP"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CrewCredit {
    pub(crate) person: PersonId,
    pub(crate) role: CrewRole,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) note: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl CrewCredit {
    /// `person` credited as `role`.
    ///
    /// ```
    /// let c = kdrama::CrewCredit::new("kim-a".parse()?, kdrama::CrewRole::Director);
    /// assert_eq!(c.role(), kdrama::CrewRole::Director);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(person: PersonId, role: CrewRole) -> CrewCredit {
        CrewCredit {
            person,
            role,
            note: None,
            cites: Cites::new(),
        }
    }

    /// Sets a note on the credit.
    ///
    /// ```
    /// let c = kdrama::CrewCredit::new("kim-a".parse()?, kdrama::CrewRole::Producer).with_note("co-producer");
    /// assert_eq!(c.note(), Some("co-producer"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<Text>) -> CrewCredit {
        self.note = Some(note.into());
        self
    }

    /// Who is credited.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.crew().first().unwrap().to_crew_credit().person().as_str(), "kim-eun-sook");
    /// ```
    pub fn person(&self) -> &PersonId {
        &self.person
    }

    /// The role.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.crew().first().unwrap().to_crew_credit().role(), kdrama::CrewRole::Writer);
    /// ```
    pub fn role(&self) -> CrewRole {
        self.role
    }

    /// A note on the credit, when any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().any(|c| c.note() == Some("credited as CP")));
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }
}

/// A company or body: platform, network, studio, publisher, agency.
///
/// ```
/// use kdrama::{Organization, OrganizationKind};
/// let hwa_dam = Organization::new("hwa-dam-pictures".parse()?, "Hwa&Dam Pictures", OrganizationKind::ProductionCompany)
///     .with_parent("studio-dragon".parse()?);
/// assert_eq!(hwa_dam.parent().map(|p| p.as_str()), Some("studio-dragon"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organization {
    id: OrganizationId,
    name: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    native_name: Option<Text>,
    kind: OrganizationKind,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    parent: Option<OrganizationId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Organization {
    /// An organization with an id, name and kind.
    ///
    /// ```
    /// let o = kdrama::Organization::new("studio".parse()?, "Studio", kdrama::OrganizationKind::ProductionCompany);
    /// assert_eq!(o.kind(), kdrama::OrganizationKind::ProductionCompany);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: OrganizationId, name: impl Into<Text>, kind: OrganizationKind) -> Organization {
        Organization {
            id,
            name: name.into(),
            native_name: None,
            kind,
            parent: None,
            cites: Cites::new(),
        }
    }

    /// Sets the native name.
    ///
    /// ```
    /// let o = kdrama::Organization::new("studio".parse()?, "Studio", kdrama::OrganizationKind::ProductionCompany).with_native_name("스튜디오");
    /// assert_eq!(o.native_name(), Some("스튜디오"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_native_name(mut self, name: impl Into<Text>) -> Organization {
        self.native_name = Some(name.into());
        self
    }

    /// Sets the parent organization.
    ///
    /// ```
    /// let o = kdrama::Organization::new("studio".parse()?, "Studio", kdrama::OrganizationKind::ProductionCompany).with_parent("group".parse()?);
    /// assert_eq!(o.parent().map(|p| p.as_str()), Some("group"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_parent(mut self, parent: OrganizationId) -> Organization {
        self.parent = Some(parent);
        self
    }

    /// The organization's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.organizations()[0].id().as_str(), "netflix");
    /// ```
    pub fn id(&self) -> &OrganizationId {
        &self.id
    }

    /// Its name.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.organization("studio-dragon").unwrap().name(), "Studio Dragon");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its native name, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.organization("netflix").unwrap().native_name(), None);
    /// ```
    pub fn native_name(&self) -> Option<&str> {
        self.native_name.as_deref()
    }

    /// What kind of body it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.organization("netflix").unwrap().kind(), kdrama::OrganizationKind::Platform);
    /// ```
    pub fn kind(&self) -> OrganizationKind {
        self.kind
    }

    /// The organization it belongs to, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.organization("hwa-dam-pictures").unwrap().parent().map(|p| p.as_str()), Some("studio-dragon"));
    /// ```
    pub fn parent(&self) -> Option<&OrganizationId> {
        self.parent.as_ref()
    }
}

impl_names!(
    Person = "kdrama::Person::new(\"kim-a\".parse()?, \"Kim A\")",
    Character = "kdrama::Character::new(\"lee-b\".parse()?, \"Lee B\")",
);

impl_cites!(
    Person = "kdrama::Person::new(\"kim-a\".parse()?, \"Kim A\")",
    Character = "kdrama::Character::new(\"lee-b\".parse()?, \"Lee B\")",
    Relationship =
        "kdrama::Relationship::new(\"a\".parse()?, kdrama::RelationshipKind::Ally, \"b\".parse()?)",
    Portrayal =
        "kdrama::Portrayal::new(\"kim-a\".parse()?, \"lee-b\".parse()?, kdrama::LifeStage::Adult)",
    CrewCredit = "kdrama::CrewCredit::new(\"kim-a\".parse()?, kdrama::CrewRole::Writer)",
    Organization = "kdrama::Organization::new(\"netflix\".parse()?, \"Netflix\", kdrama::OrganizationKind::Platform)",
);
