//! Names as data: titles, romanizations, aliases and misspellings.

use serde::{Deserialize, Serialize};

use crate::text::Text;
use crate::vocab::{AliasKind, RomanizationSystem};

/// Adds the naming API (a display name, a native name, aliases) to a record
/// type with `name`, `native_name` and `aliases` fields.
macro_rules! impl_names {
    ($($ty:ident = $example:literal),* $(,)?) => {$(
        impl $ty {
            /// Sets the native (Hangul) name.
            ///
            /// ```
            #[doc = concat!("let record = ", $example, ".with_native_name(\"바둑\");")]
            /// assert_eq!(record.native_name(), Some("바둑"));
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            #[must_use]
            pub fn with_native_name(mut self, name: impl Into<Text>) -> Self {
                self.native_name = Some(name.into());
                self
            }

            /// Adds a name variant.
            ///
            /// ```
            /// use kdrama::{Alias, AliasKind};
            #[doc = concat!("let record = ", $example, ".with_alias(Alias::new(\"Variant\", AliasKind::Misspelling));")]
            /// assert_eq!(record.aliases()[0].kind(), AliasKind::Misspelling);
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            #[must_use]
            pub fn with_alias(mut self, alias: $crate::model::names::Alias) -> Self {
                self.aliases.push(alias);
                self
            }

            /// The display name (romanized).
            ///
            /// ```
            #[doc = concat!("let record = ", $example, ";")]
            /// assert!(!record.name().is_empty());
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn name(&self) -> &str {
                &self.name
            }

            /// The native (Hangul) name, when recorded.
            ///
            /// ```
            #[doc = concat!("let record = ", $example, ";")]
            /// assert_eq!(record.native_name(), None);
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn native_name(&self) -> Option<&str> {
                self.native_name.as_deref()
            }

            /// Name variants (romanizations, misspellings, localized forms), in order.
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            /// let jung = g.person("jung-sung-il").unwrap();
            /// assert!(jung.aliases().iter().any(|a| a.name() == "Jung Sung II"));
            /// ```
            pub fn aliases(&self) -> &[$crate::model::names::Alias] {
                &self.aliases
            }
        }
    )*};
}

pub(crate) use impl_names;

/// Another name a person, character or motif is known by, with what kind of
/// variant it is.
///
/// ```
/// use kdrama::{Alias, AliasKind};
/// let alias = Alias::new("Jung Sung II", AliasKind::Misspelling);
/// assert_eq!(alias.name(), "Jung Sung II");
/// assert_eq!(alias.kind(), AliasKind::Misspelling);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Alias {
    name: Text,
    kind: AliasKind,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    language: Option<Text>,
}

impl Alias {
    /// An alias of the given kind.
    ///
    /// ```
    /// let a = kdrama::Alias::new("Yum Hye-ran", kdrama::AliasKind::Romanization);
    /// assert_eq!(a.language(), None);
    /// ```
    pub fn new(name: impl Into<Text>, kind: AliasKind) -> Alias {
        Alias {
            name: name.into(),
            kind,
            language: None,
        }
    }

    /// Sets the BCP 47 language tag of a localized alias (`zh-Hant`).
    ///
    /// ```
    /// let alias = kdrama::Alias::new("文同珢", kdrama::AliasKind::Localized).in_language("zh-Hant");
    /// assert_eq!(alias.language(), Some("zh-Hant"));
    /// ```
    #[must_use]
    pub fn in_language(mut self, tag: impl Into<Text>) -> Alias {
        self.language = Some(tag.into());
        self
    }

    /// The alias text.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let yeom = g.person("yeom-hye-ran").unwrap().to_person();
    /// assert_eq!(yeom.aliases()[0].name(), "Yum Hye-ran");
    /// ```
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of variant it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let song = g.person("song-hye-kyo").unwrap().to_person();
    /// assert_eq!(song.aliases()[0].kind(), kdrama::AliasKind::Misspelling);
    /// ```
    pub fn kind(&self) -> AliasKind {
        self.kind
    }

    /// The language tag, for localized aliases.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lim = g.person("lim-ji-yeon").unwrap().to_person();
    /// assert!(lim.aliases().iter().any(|a| a.language() == Some("zh")));
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }
}

/// A romanized form of a native title in a named system.
///
/// ```
/// use kdrama::{Romanization, RomanizationSystem};
/// let rr = Romanization::new(RomanizationSystem::Revised, "Deo geullori");
/// assert_eq!(rr.text(), "Deo geullori");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Romanization {
    system: RomanizationSystem,
    text: Text,
}

impl Romanization {
    /// A romanization in `system`.
    ///
    /// ```
    /// let r = kdrama::Romanization::new(kdrama::RomanizationSystem::McCuneReischauer, "Tŏ kŭllori");
    /// assert_eq!(r.system(), kdrama::RomanizationSystem::McCuneReischauer);
    /// ```
    pub fn new(system: RomanizationSystem, text: impl Into<Text>) -> Romanization {
        Romanization {
            system,
            text: text.into(),
        }
    }

    /// The system used.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().romanizations()[0].system(), kdrama::RomanizationSystem::Revised);
    /// ```
    pub fn system(&self) -> RomanizationSystem {
        self.system
    }

    /// The romanized text.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().romanizations()[1].text(), "Tŏ kŭllori");
    /// ```
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// The titles of a series: English, native (Hangul), romanizations and
/// localized titles keyed by BCP 47 language tag.
///
/// ```
/// use kdrama::{RomanizationSystem, Titles};
/// let titles = Titles::new("The Glory")
///     .with_native("더 글로리")
///     .with_romanization(RomanizationSystem::Revised, "Deo geullori")
///     .with_localized("ja", "ザ・グローリー ～輝かしき復讐～");
/// assert_eq!(titles.localized_title("ja"), Some("ザ・グローリー ～輝かしき復讐～"));
/// assert_eq!(titles.romanization(RomanizationSystem::Revised), Some("Deo geullori"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Titles {
    english: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    native: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    romanizations: Vec<Romanization>,
    #[serde(
        default,
        deserialize_with = "crate::de::pairs",
        serialize_with = "crate::de::write_pairs",
        skip_serializing_if = "crate::de::omit"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "std::collections::BTreeMap<String, String>")
    )]
    localized: Vec<(Text, Text)>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    aliases: Vec<Alias>,
}

impl Titles {
    /// Titles with only the English title set.
    ///
    /// ```
    /// let t = kdrama::Titles::new("The Glory");
    /// assert_eq!(t.native(), None);
    /// ```
    pub fn new(english: impl Into<Text>) -> Titles {
        Titles {
            english: english.into(),
            native: None,
            romanizations: Vec::new(),
            localized: Vec::new(),
            aliases: Vec::new(),
        }
    }

    /// Sets the native (Hangul) title.
    ///
    /// ```
    /// let t = kdrama::Titles::new("The Glory").with_native("더 글로리");
    /// assert_eq!(t.native(), Some("더 글로리"));
    /// ```
    #[must_use]
    pub fn with_native(mut self, native: impl Into<Text>) -> Titles {
        self.native = Some(native.into());
        self
    }

    /// Adds a romanization of the native title.
    ///
    /// ```
    /// let t = kdrama::Titles::new("The Glory").with_romanization(kdrama::RomanizationSystem::Revised, "Deo geullori");
    /// assert_eq!(t.romanizations().len(), 1);
    /// ```
    #[must_use]
    pub fn with_romanization(
        mut self,
        system: RomanizationSystem,
        text: impl Into<Text>,
    ) -> Titles {
        self.romanizations.push(Romanization::new(system, text));
        self
    }

    /// Adds the title used for a language tag (`zh-Hant`, `ja`). A tag given
    /// twice makes the series invalid ([`ViolationKind::DuplicateKey`](crate::ViolationKind::DuplicateKey)).
    ///
    /// ```
    /// let t = kdrama::Titles::new("The Glory").with_localized("et", "Hiilgus");
    /// assert_eq!(t.localized_title("et"), Some("Hiilgus"));
    /// ```
    #[must_use]
    pub fn with_localized(mut self, tag: impl Into<Text>, title: impl Into<Text>) -> Titles {
        self.localized.push((tag.into(), title.into()));
        self
    }

    /// Adds another name the series goes by (a short form, another rendering).
    ///
    /// ```
    /// use kdrama::{Alias, AliasKind, Titles};
    /// let t = Titles::new("Descendants of the Sun").with_alias(Alias::new("DOTS", AliasKind::ShortForm));
    /// assert_eq!(t.aliases()[0].name(), "DOTS");
    /// ```
    #[must_use]
    pub fn with_alias(mut self, alias: Alias) -> Titles {
        self.aliases.push(alias);
        self
    }

    /// Other names the series goes by, in order.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.titles().aliases().iter().any(|a| a.name() == "태후"));
    /// ```
    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The English title.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().english(), "The Glory");
    /// ```
    pub fn english(&self) -> &str {
        &self.english
    }

    /// The native (Hangul) title.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().native(), Some("더 글로리"));
    /// ```
    pub fn native(&self) -> Option<&str> {
        self.native.as_deref()
    }

    /// Every romanization, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().romanizations().len(), 2);
    /// ```
    pub fn romanizations(&self) -> &[Romanization] {
        &self.romanizations
    }

    /// The romanization in `system`, if any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().romanization(kdrama::RomanizationSystem::Revised), Some("Deo geullori"));
    /// ```
    pub fn romanization(&self, system: RomanizationSystem) -> Option<&str> {
        self.romanizations
            .iter()
            .find(|r| r.system == system)
            .map(Romanization::text)
    }

    /// Localized titles as `(language tag, title)` pairs, in the order given.
    /// Each tag appears once (compared case-insensitively, as BCP 47 tags are).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let tags: Vec<&str> = g.titles().localized().iter().map(|(tag, _)| tag.as_str()).collect();
    /// assert!(tags.contains(&"zh-Hans"));
    /// ```
    pub fn localized(&self) -> &[(Text, Text)] {
        &self.localized
    }

    /// The localized title for a language tag, compared case-insensitively
    /// (`zh-hant` finds `zh-Hant`).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.titles().localized_title("zh-Hans"), Some("黑暗荣耀"));
    /// assert_eq!(g.titles().localized_title("ZH-HANS"), Some("黑暗荣耀"));
    /// assert_eq!(g.titles().localized_title("fr"), None);
    /// ```
    pub fn localized_title(&self, tag: &str) -> Option<&str> {
        self.localized
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(tag))
            .map(|(_, title)| title.as_str())
    }
}
