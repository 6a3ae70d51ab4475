//! Names as data: titles, romanizations, aliases and misspellings.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::vocab::{AliasKind, RomanizationSystem};

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
#[serde(deny_unknown_fields)]
pub struct Alias {
    name: String,
    kind: AliasKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
}

impl Alias {
    /// An alias of the given kind.
    pub fn new(name: impl Into<String>, kind: AliasKind) -> Alias {
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
    pub fn in_language(mut self, tag: impl Into<String>) -> Alias {
        self.language = Some(tag.into());
        self
    }

    /// The alias text.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of variant it is.
    pub fn kind(&self) -> AliasKind {
        self.kind
    }

    /// The language tag, for localized aliases.
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
#[serde(deny_unknown_fields)]
pub struct Romanization {
    system: RomanizationSystem,
    text: String,
}

impl Romanization {
    /// A romanization in `system`.
    pub fn new(system: RomanizationSystem, text: impl Into<String>) -> Romanization {
        Romanization {
            system,
            text: text.into(),
        }
    }

    /// The system used.
    pub fn system(&self) -> RomanizationSystem {
        self.system
    }

    /// The romanized text.
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
/// assert_eq!(titles.localized().get("ja").map(String::as_str), Some("ザ・グローリー ～輝かしき復讐～"));
/// assert_eq!(titles.romanization(RomanizationSystem::Revised), Some("Deo geullori"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Titles {
    english: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    native: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    romanizations: Vec<Romanization>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    localized: BTreeMap<String, String>,
}

impl Titles {
    /// Titles with only the English title set.
    pub fn new(english: impl Into<String>) -> Titles {
        Titles {
            english: english.into(),
            native: None,
            romanizations: Vec::new(),
            localized: BTreeMap::new(),
        }
    }

    /// Sets the native (Hangul) title.
    #[must_use]
    pub fn with_native(mut self, native: impl Into<String>) -> Titles {
        self.native = Some(native.into());
        self
    }

    /// Adds a romanization of the native title.
    #[must_use]
    pub fn with_romanization(
        mut self,
        system: RomanizationSystem,
        text: impl Into<String>,
    ) -> Titles {
        self.romanizations.push(Romanization::new(system, text));
        self
    }

    /// Sets the title used for a language tag (`zh-Hant`, `ja`).
    #[must_use]
    pub fn with_localized(mut self, tag: impl Into<String>, title: impl Into<String>) -> Titles {
        self.localized.insert(tag.into(), title.into());
        self
    }

    /// The English title.
    pub fn english(&self) -> &str {
        &self.english
    }

    /// The native (Hangul) title.
    pub fn native(&self) -> Option<&str> {
        self.native.as_deref()
    }

    /// Every romanization, in order.
    pub fn romanizations(&self) -> &[Romanization] {
        &self.romanizations
    }

    /// The romanization in `system`, if any.
    pub fn romanization(&self, system: RomanizationSystem) -> Option<&str> {
        self.romanizations
            .iter()
            .find(|r| r.system == system)
            .map(Romanization::text)
    }

    /// Localized titles by language tag, in tag order.
    pub fn localized(&self) -> &BTreeMap<String, String> {
        &self.localized
    }
}
