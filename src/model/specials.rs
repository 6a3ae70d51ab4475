//! Specials: broadcasts outside the numbered run of episodes.

use serde::{Deserialize, Serialize};

use crate::id::SpecialId;
use crate::model::cites::{Cites, impl_cites};
use crate::model::disputes::{Basis, Dispute, Inference};
use crate::text::Text;
use crate::time::release::Release;
use crate::vocab::SpecialKind;

/// A special: a highlights programme, a making-of, an epilogue. It has its
/// own release and never takes an episode number.
///
/// ```
/// use kdrama::{Runtime, Special, SpecialKind};
/// let s = Special::new("special-1".parse()?, SpecialKind::Highlights, "Special 1", "2016-04-20T22:00+09:00".parse()?)
///     .with_runtime(Runtime::about(70));
/// assert_eq!(s.runtime().unwrap().to_string(), "about 70 min");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Special {
    id: SpecialId,
    kind: SpecialKind,
    title: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    native_title: Option<Text>,
    release: Release,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    inferred: Option<Inference>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    disputed: Option<Dispute<Release>>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    runtime: Option<Runtime>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    description: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Special {
    /// A special of `kind`, titled `title` (in English), released at `release`.
    ///
    /// ```
    /// let s = kdrama::Special::new("epilogue".parse()?, kdrama::SpecialKind::MakingOf, "Epilogue", "2016-04-22".parse()?);
    /// assert_eq!(s.title(), "Epilogue");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(
        id: SpecialId,
        kind: SpecialKind,
        title: impl Into<Text>,
        release: Release,
    ) -> Special {
        Special {
            id,
            kind,
            title: title.into(),
            native_title: None,
            release,
            inferred: None,
            disputed: None,
            runtime: None,
            description: None,
            cites: Cites::new(),
        }
    }

    /// Sets the title as broadcast (in Hangul).
    ///
    /// ```
    /// let s = kdrama::Special::new("e".parse()?, kdrama::SpecialKind::MakingOf, "Epilogue", "2016-04-22".parse()?)
    ///     .with_native_title("또 만나요 태양의 후예 에필로그");
    /// assert!(s.native_title().is_some());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_native_title(mut self, title: impl Into<Text>) -> Special {
        self.native_title = Some(title.into());
        self
    }

    /// Says the release was inferred, and how.
    ///
    /// ```
    /// let s = kdrama::Special::new("e".parse()?, kdrama::SpecialKind::Other, "E", "2016-04-22T22:00+09:00".parse()?)
    ///     .with_inference(kdrama::Inference::new("the drama's usual slot"));
    /// assert!(s.basis().is_inferred());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_inference(mut self, inference: Inference) -> Special {
        self.inferred = Some(inference);
        self
    }

    /// Records that sources disagree on the release.
    ///
    /// ```
    /// use kdrama::{Dispute, Preference, Reported};
    /// let s = kdrama::Special::new("e".parse()?, kdrama::SpecialKind::Other, "E", "2016-04-22T21:35+09:00".parse()?)
    ///     .disputed(Dispute::new(Preference::Majority).with_alternative(Reported::new("2016-04-22T21:25+09:00".parse()?)));
    /// assert_eq!(s.dispute().unwrap().alternatives().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn disputed(mut self, dispute: Dispute<Release>) -> Special {
        self.disputed = Some(dispute);
        self
    }

    /// Sets the runtime.
    ///
    /// ```
    /// let s = kdrama::Special::new("e".parse()?, kdrama::SpecialKind::Other, "E", "2016".parse()?).with_runtime(kdrama::Runtime::exact(60));
    /// assert_eq!(s.runtime().unwrap().minutes(), 60);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_runtime(mut self, runtime: Runtime) -> Special {
        self.runtime = Some(runtime);
        self
    }

    /// Sets a description in the dataset's own words.
    ///
    /// ```
    /// let s = kdrama::Special::new("e".parse()?, kdrama::SpecialKind::Other, "E", "2016".parse()?).with_description("Outtakes.");
    /// assert_eq!(s.description(), Some("Outtakes."));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Text>) -> Special {
        self.description = Some(description.into());
        self
    }

    /// The special's id.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[2].id().as_str(), "epilogue");
    /// ```
    pub fn id(&self) -> &SpecialId {
        &self.id
    }

    /// What kind of special.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[0].kind(), kdrama::SpecialKind::Highlights);
    /// ```
    pub fn kind(&self) -> SpecialKind {
        self.kind
    }

    /// The English title.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.specials()[0].title().contains("Special"));
    /// ```
    pub fn title(&self) -> &str {
        &self.title
    }

    /// The title as broadcast, if known.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[2].native_title(), Some("또 만나요 태양의 후예 에필로그"));
    /// ```
    pub fn native_title(&self) -> Option<&str> {
        self.native_title.as_deref()
    }

    /// The preferred release.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[2].release().to_string(), "2016-04-22T21:35+09:00");
    /// ```
    pub fn release(&self) -> Release {
        self.release
    }

    /// Whether the release was reported or inferred.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[0].basis(), kdrama::Basis::Reported);
    /// ```
    pub fn basis(&self) -> Basis<'_> {
        Basis::of(self.inferred.as_ref())
    }

    /// Where sources disagree on the release, the dispute.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.specials()[2].dispute().is_some());
    /// ```
    pub fn dispute(&self) -> Option<&Dispute<Release>> {
        self.disputed.as_ref()
    }

    /// The runtime, if known.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.specials()[2].runtime().unwrap().to_string(), "about 90 min");
    /// ```
    pub fn runtime(&self) -> Option<Runtime> {
        self.runtime
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.specials()[2].description().is_some());
    /// ```
    pub fn description(&self) -> Option<&str> {
        self.description.as_deref()
    }
}

impl_cites!(
    Special = "kdrama::Special::new(\"s\".parse()?, kdrama::SpecialKind::Other, \"S\", \"2016\".parse()?)"
);

/// A runtime in minutes, exact or approximate.
///
/// ```
/// assert_eq!(kdrama::Runtime::exact(62).to_string(), "62 min");
/// assert!(kdrama::Runtime::about(90).is_approximate());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Runtime {
    minutes: u32,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    approximate: bool,
}

impl Runtime {
    /// An exact runtime.
    ///
    /// ```
    /// assert!(!kdrama::Runtime::exact(62).is_approximate());
    /// ```
    pub fn exact(minutes: u32) -> Runtime {
        Runtime {
            minutes,
            approximate: false,
        }
    }

    /// An approximate runtime ("about 90 minutes").
    ///
    /// ```
    /// assert_eq!(kdrama::Runtime::about(90).minutes(), 90);
    /// ```
    pub fn about(minutes: u32) -> Runtime {
        Runtime {
            minutes,
            approximate: true,
        }
    }

    /// The minutes.
    ///
    /// ```
    /// assert_eq!(kdrama::Runtime::exact(62).minutes(), 62);
    /// ```
    pub fn minutes(&self) -> u32 {
        self.minutes
    }

    /// Whether the runtime is approximate.
    ///
    /// ```
    /// assert!(!kdrama::Runtime::exact(1).is_approximate());
    /// ```
    pub fn is_approximate(&self) -> bool {
        self.approximate
    }
}

impl std::fmt::Display for Runtime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.approximate {
            f.write_str("about ")?;
        }
        write!(f, "{} min", self.minutes)
    }
}
