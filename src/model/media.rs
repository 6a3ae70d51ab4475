//! Motifs and their readings; posters, videos and stills and what happened to them.

use serde::{Deserialize, Serialize};

use crate::id::{CharacterId, MediaId, MotifId, OrganizationId, StatementId};
use crate::model::cites::{Cites, impl_cites};
use crate::model::names::{Alias, impl_names};
use crate::text::Text;
use crate::time::release::Release;
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Motif {
    id: MotifId,
    name: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    native_name: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    aliases: Vec<Alias>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    description: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    interpretations: Vec<Interpretation>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Motif {
    /// A motif with an id and a name.
    ///
    /// ```
    /// let m = kdrama::Motif::new("go".parse()?, "Go");
    /// assert_eq!(m.name(), "Go");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: MotifId, name: impl Into<Text>) -> Motif {
        Motif {
            id,
            name: name.into(),
            native_name: None,
            aliases: Vec::new(),
            description: None,
            interpretations: Vec::new(),
            cites: Cites::new(),
        }
    }

    /// Sets a description in the dataset's own words.
    ///
    /// ```
    /// let m = kdrama::Motif::new("go".parse()?, "Go").with_description("A board game.");
    /// assert_eq!(m.description(), Some("A board game."));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Text>) -> Motif {
        self.description = Some(description.into());
        self
    }

    /// Adds an interpretation, keeping the list ranked by authority.
    ///
    /// ```
    /// let m = kdrama::Motif::new("go".parse()?, "Go").with_interpretation(kdrama::Interpretation::new("revenge", kdrama::InterpretationAuthority::Official));
    /// assert_eq!(m.interpretations().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
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
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.motifs()[0].id().as_str(), "morning-glory");
    /// ```
    pub fn id(&self) -> &MotifId {
        &self.id
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.motif("eden-villa").unwrap().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// What it is said to mean, most authoritative first.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let go = g.motif("go").unwrap();
    /// assert_eq!(go.interpretations()[0].authority(), kdrama::InterpretationAuthority::Official);
    /// ```
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    meaning: Text,
    authority: InterpretationAuthority,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Interpretation {
    /// A reading and its authority.
    ///
    /// ```
    /// let i = kdrama::Interpretation::new("hope", kdrama::InterpretationAuthority::Press);
    /// assert_eq!(i.authority(), kdrama::InterpretationAuthority::Press);
    /// ```
    pub fn new(meaning: impl Into<Text>, authority: InterpretationAuthority) -> Interpretation {
        Interpretation {
            meaning: meaning.into(),
            authority,
            cites: Cites::new(),
        }
    }

    /// What the motif is said to mean.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.motif("morning-glory").unwrap().interpretations()[0].meaning().contains("God"));
    /// ```
    pub fn meaning(&self) -> &str {
        &self.meaning
    }

    /// Who stands behind the reading.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let fan = g.motif("eden-villa").unwrap().interpretations()[0].authority();
    /// assert_eq!(fan, kdrama::InterpretationAuthority::Fan);
    /// ```
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MediaAsset {
    pub(crate) id: MediaId,
    pub(crate) kind: MediaKind,
    pub(crate) title: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) part: Option<u32>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) platform: Option<OrganizationId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) depicts: Vec<CharacterId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) motifs: Vec<MotifId>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) copy: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) description: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) events: Vec<LifecycleEvent>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Cites,
}

impl MediaAsset {
    /// An asset with an id, kind and title.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster");
    /// assert_eq!(m.kind(), kdrama::MediaKind::MainPoster);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(id: MediaId, kind: MediaKind, title: impl Into<Text>) -> MediaAsset {
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
            cites: Cites::new(),
        }
    }

    /// Sets the part it promotes.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").in_part(2);
    /// assert_eq!(m.part(), Some(2));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn in_part(mut self, part: u32) -> MediaAsset {
        self.part = Some(part);
        self
    }

    /// Sets the platform it was published on.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").on_platform("netflix".parse()?);
    /// assert_eq!(m.platform().map(|p| p.as_str()), Some("netflix"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn on_platform(mut self, platform: OrganizationId) -> MediaAsset {
        self.platform = Some(platform);
        self
    }

    /// Adds a character it depicts.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").depicting("moon-dong-eun".parse()?);
    /// assert_eq!(m.depicts().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn depicting(mut self, character: CharacterId) -> MediaAsset {
        self.depicts.push(character);
        self
    }

    /// Adds a motif it shows.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").showing("morning-glory".parse()?);
    /// assert_eq!(m.motifs()[0].as_str(), "morning-glory");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn showing(mut self, motif: MotifId) -> MediaAsset {
        self.motifs.push(motif);
        self
    }

    /// Sets its copy line, as printed.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").with_copy("어서 와");
    /// assert_eq!(m.copy(), Some("어서 와"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_copy(mut self, copy: impl Into<Text>) -> MediaAsset {
        self.copy = Some(copy.into());
        self
    }

    /// Sets a description in the dataset's own words.
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").with_description("A forest of flowers.");
    /// assert!(m.description().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Text>) -> MediaAsset {
        self.description = Some(description.into());
        self
    }

    /// Adds a lifecycle event (keep them in the order they happened).
    ///
    /// ```
    /// let m = kdrama::MediaAsset::new("poster".parse()?, kdrama::MediaKind::MainPoster, "Main poster").with_event(kdrama::LifecycleEvent::new(kdrama::LifecycleAction::Published, "2023-02-23".parse()?));
    /// assert_eq!(m.events().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_event(mut self, event: LifecycleEvent) -> MediaAsset {
        self.events.push(event);
        self
    }

    /// The asset's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().to_media_asset().id().as_str(), "part-1-first-poster");
    /// ```
    pub fn id(&self) -> &MediaId {
        &self.id
    }

    /// What kind of asset it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().to_media_asset().kind(), kdrama::MediaKind::MainPoster);
    /// ```
    pub fn kind(&self) -> MediaKind {
        self.kind
    }

    /// A descriptive title.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().to_media_asset().title(), "Part 2 main poster");
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The part it promotes, when specific to one.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().to_media_asset().part(), Some(2));
    /// ```
    pub fn part(&self) -> Option<u32> {
        self.part
    }

    /// The platform it was published on.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().to_media_asset().platform().map(|p| p.as_str()), Some("netflix"));
    /// ```
    pub fn platform(&self) -> Option<&OrganizationId> {
        self.platform.as_ref()
    }

    /// The characters it depicts.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().to_media_asset().depicts()[0].as_str(), "moon-dong-eun");
    /// ```
    pub fn depicts(&self) -> &[CharacterId] {
        &self.depicts
    }

    /// The motifs it shows.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().to_media_asset().motifs().len(), 2);
    /// ```
    pub fn motifs(&self) -> &[MotifId] {
        &self.motifs
    }

    /// Its copy line, as printed (usually Korean).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().to_media_asset().copy(), Some("용서는 없어, 그래서 영광도 없겠지만"));
    /// ```
    pub fn copy(&self) -> Option<&str> {
        self.copy.as_deref()
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media().first().unwrap().to_media_asset().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }

    /// What happened to it, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap().to_media_asset();
    /// assert_eq!(draft.events().len(), 3);
    /// ```
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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LifecycleEvent {
    action: LifecycleAction,
    date: Release,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    reason: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    statement: Option<StatementId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl LifecycleEvent {
    /// An action on a date.
    ///
    /// ```
    /// let e = kdrama::LifecycleEvent::new(kdrama::LifecycleAction::TakenDown, "2022-12-22".parse()?);
    /// assert_eq!(e.action(), kdrama::LifecycleAction::TakenDown);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(action: LifecycleAction, date: Release) -> LifecycleEvent {
        LifecycleEvent {
            action,
            date,
            reason: None,
            statement: None,
            cites: Cites::new(),
        }
    }

    /// Sets the stated reason.
    ///
    /// ```
    /// let e = kdrama::LifecycleEvent::new(kdrama::LifecycleAction::TakenDown, "2022-12-22".parse()?).with_reason("a draft");
    /// assert_eq!(e.reason(), Some("a draft"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_reason(mut self, reason: impl Into<Text>) -> LifecycleEvent {
        self.reason = Some(reason.into());
        self
    }

    /// Sets the statement that explained it.
    ///
    /// ```
    /// let e = kdrama::LifecycleEvent::new(kdrama::LifecycleAction::TakenDown, "2022-12-22".parse()?).explained_by("denial".parse()?);
    /// assert_eq!(e.statement().map(|s| s.as_str()), Some("denial"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn explained_by(mut self, statement: StatementId) -> LifecycleEvent {
        self.statement = Some(statement);
        self
    }

    /// What happened.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap();
    /// assert_eq!(draft.events()[1].action(), kdrama::LifecycleAction::TakenDown);
    /// ```
    pub fn action(&self) -> LifecycleAction {
        self.action
    }

    /// When, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap();
    /// assert_eq!(draft.events()[1].date().to_string(), "2022-12-22");
    /// ```
    pub fn date(&self) -> Release {
        self.date
    }

    /// The stated reason, when one was given.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap();
    /// assert!(draft.events()[1].reason().is_some_and(|r| r.contains("mistake")));
    /// ```
    pub fn reason(&self) -> Option<&str> {
        self.reason.as_deref()
    }

    /// The statement that explained it, when any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap();
    /// assert_eq!(draft.events()[1].statement().map(|s| s.as_str()), Some("netflix-takedown-explanation"));
    /// ```
    pub fn statement(&self) -> Option<&StatementId> {
        self.statement.as_ref()
    }
}

impl_names!(Motif = "kdrama::Motif::new(\"go\".parse()?, \"Go\")");

impl_cites!(
    Motif = "kdrama::Motif::new(\"go\".parse()?, \"Go\")",
    Interpretation = "kdrama::Interpretation::new(\"hope\", kdrama::InterpretationAuthority::Fan)",
    MediaAsset =
        "kdrama::MediaAsset::new(\"poster\".parse()?, kdrama::MediaKind::MainPoster, \"Poster\")",
    LifecycleEvent =
        "kdrama::LifecycleEvent::new(kdrama::LifecycleAction::Published, \"2023-02-23\".parse()?)",
);
