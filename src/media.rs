//! Motifs and their readings; posters, videos and stills and what happened to them.

use serde::{Deserialize, Serialize};

use crate::cites::impl_cites;
use crate::id::{CharacterId, MediaId, MotifId, OrganizationId, SourceId, StatementId};
use crate::names::Alias;
use crate::release::Release;
use crate::vocab::{InterpretationAuthority, LifecycleAction, MediaKind};

/// A recurring symbol (the devil's morning glory, the game of Go) and what it
/// is said to mean.
///
/// Interpretations are kept ranked by authority (official, then press, then
/// fan), keeping their given order within a rank.
///
/// ```
/// use kdrama::{Interpretation, InterpretationAuthority as A, Motif};
/// let motif = Motif::new("morning-glory".parse()?, "Devil's morning glory")
///     .with_interpretation(Interpretation::new("a fan reading", A::Fan))
///     .with_interpretation(Interpretation::new("the makers' reading", A::Official));
/// assert_eq!(motif.interpretations()[0].authority(), A::Official);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Motif {
    id: MotifId,
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    native_name: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    interpretations: Vec<Interpretation>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Motif {
    /// A motif with an id and a name.
    pub fn new(id: MotifId, name: impl Into<String>) -> Motif {
        Motif {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            description: None,
            interpretations: Vec::new(),
            cites: Vec::new(),
        }
    }

    /// Sets the native name.
    #[must_use]
    pub fn with_native_name(mut self, name: impl Into<String>) -> Motif {
        self.native_name = Some(name.into());
        self
    }

    /// Adds a name variant.
    #[must_use]
    pub fn with_alias(mut self, alias: Alias) -> Motif {
        self.aliases.push(alias);
        self
    }

    /// Sets a description in the dataset's own words.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> Motif {
        self.description = Some(description.into());
        self
    }

    /// Adds an interpretation, keeping the list ranked by authority.
    #[must_use]
    pub fn with_interpretation(mut self, interpretation: Interpretation) -> Motif {
        self.interpretations.push(interpretation);
        self.rank();
        self
    }

    pub(crate) fn rank(&mut self) {
        self.interpretations.sort_by_key(|i| i.authority);
    }

    /// The motif's id.
    pub fn id(&self) -> &MotifId {
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

    /// Name variants, in order.
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// A description in the dataset's own words.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// What it is said to mean, most authoritative first.
    pub fn interpretations(&self) -> &[Interpretation] {
        &self.interpretations
    }
}

/// One reading of a [`Motif`], with who stands behind it.
///
/// ```
/// use kdrama::{Interpretation, InterpretationAuthority};
/// let i = Interpretation::new("a wish to rebel against God", InterpretationAuthority::Official);
/// assert_eq!(i.meaning(), "a wish to rebel against God");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    meaning: String,
    authority: InterpretationAuthority,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl Interpretation {
    /// A reading and its authority.
    pub fn new(meaning: impl Into<String>, authority: InterpretationAuthority) -> Interpretation {
        Interpretation {
            meaning: meaning.into(),
            authority,
            cites: Vec::new(),
        }
    }

    /// What the motif is said to mean.
    pub fn meaning(&self) -> &str {
        &self.meaning
    }

    /// Who stands behind the reading.
    pub fn authority(&self) -> InterpretationAuthority {
        self.authority
    }
}

/// A poster, video or still, what it shows, and its lifecycle.
///
/// ```
/// use kdrama::{LifecycleAction, LifecycleEvent, MediaAsset, MediaKind};
/// let poster = MediaAsset::new("part-1-teaser-poster".parse()?, MediaKind::TeaserPoster, "Second poster")
///     .in_part(1)
///     .depicting("moon-dong-eun".parse()?)
///     .showing("morning-glory".parse()?)
///     .with_event(LifecycleEvent::new(LifecycleAction::Published, "2022-12-08".parse()?));
/// assert_eq!(poster.part(), Some(1));
/// assert_eq!(poster.events()[0].action(), LifecycleAction::Published);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MediaAsset {
    id: MediaId,
    kind: MediaKind,
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    part: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    platform: Option<OrganizationId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    depicts: Vec<CharacterId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    motifs: Vec<MotifId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    copy: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    description: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    events: Vec<LifecycleEvent>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl MediaAsset {
    /// An asset with an id, kind and title.
    pub fn new(id: MediaId, kind: MediaKind, title: impl Into<String>) -> MediaAsset {
        MediaAsset {
            id,
            kind,
            title: title.into(),
            part: None,
            platform: None,
            depicts: Vec::new(),
            motifs: Vec::new(),
            copy: None,
            description: None,
            events: Vec::new(),
            cites: Vec::new(),
        }
    }

    /// Sets the part it promotes.
    #[must_use]
    pub fn in_part(mut self, part: u32) -> MediaAsset {
        self.part = Some(part);
        self
    }

    /// Sets the platform it was published on.
    #[must_use]
    pub fn on_platform(mut self, platform: OrganizationId) -> MediaAsset {
        self.platform = Some(platform);
        self
    }

    /// Adds a character it depicts.
    #[must_use]
    pub fn depicting(mut self, character: CharacterId) -> MediaAsset {
        self.depicts.push(character);
        self
    }

    /// Adds a motif it shows.
    #[must_use]
    pub fn showing(mut self, motif: MotifId) -> MediaAsset {
        self.motifs.push(motif);
        self
    }

    /// Sets its copy line, as printed.
    #[must_use]
    pub fn with_copy(mut self, copy: impl Into<String>) -> MediaAsset {
        self.copy = Some(copy.into());
        self
    }

    /// Sets a description in the dataset's own words.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<String>) -> MediaAsset {
        self.description = Some(description.into());
        self
    }

    /// Adds a lifecycle event (keep them in the order they happened).
    #[must_use]
    pub fn with_event(mut self, event: LifecycleEvent) -> MediaAsset {
        self.events.push(event);
        self
    }

    /// The asset's id.
    pub fn id(&self) -> &MediaId {
        &self.id
    }

    /// What kind of asset it is.
    pub fn kind(&self) -> MediaKind {
        self.kind
    }

    /// A descriptive title.
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The part it promotes, when specific to one.
    pub fn part(&self) -> Option<u32> {
        self.part
    }

    /// The platform it was published on.
    pub fn platform(&self) -> Option<&OrganizationId> {
        self.platform.as_ref()
    }

    /// The characters it depicts.
    pub fn depicts(&self) -> &[CharacterId] {
        &self.depicts
    }

    /// The motifs it shows.
    pub fn motifs(&self) -> &[MotifId] {
        &self.motifs
    }

    /// Its copy line, as printed (usually Korean).
    pub fn copy(&self) -> Option<&str> {
        self.copy.as_deref()
    }

    /// A description in the dataset's own words.
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// What happened to it, in order.
    pub fn events(&self) -> &[LifecycleEvent] {
        &self.events
    }
}

/// Something that happened to a [`MediaAsset`]: published, taken down,
/// re-posted, edited; with the stated reason and the statement that gave it.
///
/// ```
/// use kdrama::{LifecycleAction, LifecycleEvent};
/// let e = LifecycleEvent::new(LifecycleAction::TakenDown, "2022-12-22".parse()?)
///     .with_reason("a draft was uploaded by mistake")
///     .explained_by("netflix-takedown-explanation".parse()?);
/// assert_eq!(e.reason(), Some("a draft was uploaded by mistake"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifecycleEvent {
    action: LifecycleAction,
    date: Release,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    statement: Option<StatementId>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    cites: Vec<SourceId>,
}

impl LifecycleEvent {
    /// An action on a date.
    pub fn new(action: LifecycleAction, date: Release) -> LifecycleEvent {
        LifecycleEvent {
            action,
            date,
            reason: None,
            statement: None,
            cites: Vec::new(),
        }
    }

    /// Sets the stated reason.
    #[must_use]
    pub fn with_reason(mut self, reason: impl Into<String>) -> LifecycleEvent {
        self.reason = Some(reason.into());
        self
    }

    /// Sets the statement that explained it.
    #[must_use]
    pub fn explained_by(mut self, statement: StatementId) -> LifecycleEvent {
        self.statement = Some(statement);
        self
    }

    /// What happened.
    pub fn action(&self) -> LifecycleAction {
        self.action
    }

    /// When, as precisely as known.
    pub fn date(&self) -> Release {
        self.date
    }

    /// The stated reason, when one was given.
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The statement that explained it, when any.
    pub fn statement(&self) -> Option<&StatementId> {
        self.statement.as_ref()
    }
}

impl_cites!(Motif, Interpretation, MediaAsset, LifecycleEvent);
