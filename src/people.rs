//! People, characters, who plays whom, crew credits, organizations.

use serde::{Deserialize, Serialize};

use crate::cites::impl_cites;
use crate::id::{CharacterId, OrganizationId, PersonId, SourceId};
use crate::names::Alias;
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
#[serde(deny_unknown_fields)]
pub struct Person {
    id: PersonId,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    native_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Person {
    /// A person with an id and a display name.
    pub fn new(id: PersonId, name: impl Into<String>) -> Person {
        Person {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            cites: Vec::new(),
        }
    }

    /// Sets the native (Hangul) name.
    #[must_use]
    pub fn with_native_name(mut self, name: impl Into<String>) -> Person {
        self.native_name = Some(name.into());
        self
    }

    /// Adds a name variant.
    #[must_use]
    pub fn with_alias(mut self, alias: Alias) -> Person {
        self.aliases.push(alias);
        self
    }

    /// The person's id.
    pub fn id(&self) -> &PersonId {
        &self.id
    }

    /// The display name (romanized).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The native (Hangul) name.
    pub fn native_name(&self) -> Option<&str> {
        self.native_name.as_deref()
    }

    /// Name variants, in order.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
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
#[serde(deny_unknown_fields)]
pub struct Character {
    id: CharacterId,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    native_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    occupation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Character {
    /// A character with an id and a display name.
    pub fn new(id: CharacterId, name: impl Into<String>) -> Character {
        Character {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            occupation: None,
            description: None,
            cites: Vec::new(),
        }
    }

    /// Sets the native (Hangul) name.
    #[must_use]
    pub fn with_native_name(mut self, name: impl Into<String>) -> Character {
        self.native_name = Some(name.into());
        self
    }

    /// Adds a name variant.
    #[must_use]
    pub fn with_alias(mut self, alias: Alias) -> Character {
        self.aliases.push(alias);
        self
    }

    /// Sets the occupation.
    #[must_use]
    pub fn with_occupation(mut self, occupation: impl Into<String>) -> Character {
        self.occupation = Some(occupation.into());
        self
    }

    /// Sets a short description.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Character {
        self.description = Some(description.into());
        self
    }

    /// The character's id.
    pub fn id(&self) -> &CharacterId {
        &self.id
    }

    /// The display name (romanized).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The native (Hangul) name.
    pub fn native_name(&self) -> Option<&str> {
        self.native_name.as_deref()
    }

    /// Name variants, in order.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// What the character does for a living, when known.
    pub fn occupation(&self) -> Option<&str> {
        self.occupation.as_deref()
    }

    /// A short description in the dataset's own words.
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
#[serde(deny_unknown_fields)]
pub struct Relationship {
    from: CharacterId,
    kind: RelationshipKind,
    to: CharacterId,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Relationship {
    /// `from` is the `kind` of `to`.
    pub fn new(from: CharacterId, kind: RelationshipKind, to: CharacterId) -> Relationship {
        Relationship {
            from,
            kind,
            to,
            cites: Vec::new(),
        }
    }

    /// The subject of the relationship.
    pub fn from(&self) -> &CharacterId {
        &self.from
    }

    /// The kind of relationship.
    pub fn kind(&self) -> RelationshipKind {
        self.kind
    }

    /// The object of the relationship.
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
#[serde(deny_unknown_fields)]
pub struct Portrayal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    person: Option<PersonId>,
    character: CharacterId,
    stage: LifeStage,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    billing: Option<Billing>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Portrayal {
    /// `person` plays `character` at `stage`; billing unknown until set.
    pub fn new(person: PersonId, character: CharacterId, stage: LifeStage) -> Portrayal {
        Portrayal {
            person: Some(person),
            character,
            stage,
            billing: None,
            cites: Vec::new(),
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
            cites: Vec::new(),
        }
    }

    /// Sets the billing.
    #[must_use]
    pub fn with_billing(mut self, billing: Billing) -> Portrayal {
        self.billing = Some(billing);
        self
    }

    /// The actor; `None` when no source confirms who it is.
    pub fn person(&self) -> Option<&PersonId> {
        self.person.as_ref()
    }

    /// The character played.
    pub fn character(&self) -> &CharacterId {
        &self.character
    }

    /// Which version of the character.
    pub fn stage(&self) -> LifeStage {
        self.stage
    }

    /// The billing, when a source states it.
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
#[serde(deny_unknown_fields)]
pub struct CrewCredit {
    person: PersonId,
    role: CrewRole,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl CrewCredit {
    /// `person` credited as `role`.
    pub fn new(person: PersonId, role: CrewRole) -> CrewCredit {
        CrewCredit {
            person,
            role,
            note: None,
            cites: Vec::new(),
        }
    }

    /// Sets a note on the credit.
    #[must_use]
    pub fn with_note(mut self, note: impl Into<String>) -> CrewCredit {
        self.note = Some(note.into());
        self
    }

    /// Who is credited.
    pub fn person(&self) -> &PersonId {
        &self.person
    }

    /// The role.
    pub fn role(&self) -> CrewRole {
        self.role
    }

    /// A note on the credit, when any.
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
#[serde(deny_unknown_fields)]
pub struct Organization {
    id: OrganizationId,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    native_name: Option<String>,
    kind: OrganizationKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<OrganizationId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Organization {
    /// An organization with an id, name and kind.
    pub fn new(
        id: OrganizationId,
        name: impl Into<String>,
        kind: OrganizationKind,
    ) -> Organization {
        Organization {
            id,
            name: name.into(),
            native_name: None,
            kind,
            parent: None,
            cites: Vec::new(),
        }
    }

    /// Sets the native name.
    #[must_use]
    pub fn with_native_name(mut self, name: impl Into<String>) -> Organization {
        self.native_name = Some(name.into());
        self
    }

    /// Sets the parent organization.
    #[must_use]
    pub fn with_parent(mut self, parent: OrganizationId) -> Organization {
        self.parent = Some(parent);
        self
    }

    /// The organization's id.
    pub fn id(&self) -> &OrganizationId {
        &self.id
    }

    /// Its name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Its native name, when recorded.
    pub fn native_name(&self) -> Option<&str> {
        self.native_name.as_deref()
    }

    /// What kind of body it is.
    pub fn kind(&self) -> OrganizationKind {
        self.kind
    }

    /// The organization it belongs to, when recorded.
    pub fn parent(&self) -> Option<&OrganizationId> {
        self.parent.as_ref()
    }
}

impl_cites!(
    Person,
    Character,
    Relationship,
    Portrayal,
    CrewCredit,
    Organization
);
