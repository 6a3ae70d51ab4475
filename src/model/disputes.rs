//! Values sources disagree on, and values inferred rather than reported.
//!
//! A record keeps its preferred value in its own field, so every query reads
//! it by default; a [`Dispute`] beside it keeps the other reported values, each
//! with its own sources, and says why the record's value is preferred. An
//! [`Inference`] says that a value was not reported but derived, by which rule,
//! from which sources.

use serde::{Deserialize, Serialize};

use crate::id::SourceId;
use crate::model::cites::Cites;
use crate::text::Text;
use crate::vocab::Preference;

/// Where sources disagree on a record's value: the sources of the preferred
/// value (the record's own), why it is preferred, and every other reported
/// value with its sources.
///
/// The preferred value is the record's field, so there is exactly one;
/// validation checks that each value is cited and that no alternative repeats
/// the preferred value or another alternative.
///
/// ```
/// use kdrama::{Dispute, Preference, Reported};
/// let d: Dispute<u32> = Dispute::new(Preference::Majority)
///     .citing("etoday".parse()?)
///     .with_alternative(Reported::new(314).citing("mydaily".parse()?));
/// assert_eq!(d.alternatives()[0].value(), &314);
/// assert_eq!(d.because(), Preference::Majority);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dispute<T> {
    because: Preference,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    note: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
    #[serde(
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        bound(serialize = "T: Serialize", deserialize = "T: Deserialize<'de>")
    )]
    alternatives: Vec<Reported<T>>,
}

impl<T> Dispute<T> {
    /// A dispute settled for the record's value `because`; add the preferred
    /// value's sources with [`citing`](Self::citing) and the other values with
    /// [`with_alternative`](Self::with_alternative).
    ///
    /// ```
    /// let d: kdrama::Dispute<u32> = kdrama::Dispute::new(kdrama::Preference::LaterCorrection);
    /// assert!(d.alternatives().is_empty());
    /// ```
    pub fn new(because: Preference) -> Dispute<T> {
        Dispute {
            because,
            note: None,
            cites: Cites::new(),
            alternatives: Vec::new(),
        }
    }

    /// Adds a source that reports the preferred value.
    ///
    /// ```
    /// let d: kdrama::Dispute<u32> = kdrama::Dispute::new(kdrama::Preference::Majority).citing("a".parse()?);
    /// assert_eq!(d.cites().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn citing(mut self, source: SourceId) -> Dispute<T> {
        self.cites.push(source);
        self
    }

    /// Adds another reported value.
    ///
    /// ```
    /// let d = kdrama::Dispute::new(kdrama::Preference::Majority).with_alternative(kdrama::Reported::new("21:25"));
    /// assert_eq!(d.alternatives().len(), 1);
    /// ```
    #[must_use]
    pub fn with_alternative(mut self, alternative: Reported<T>) -> Dispute<T> {
        self.alternatives.push(alternative);
        self
    }

    /// Sets a note in the dataset's own words (why the others are doubted).
    ///
    /// ```
    /// let d: kdrama::Dispute<u32> = kdrama::Dispute::new(kdrama::Preference::Majority).with_note("probably a digit swap");
    /// assert_eq!(d.note(), Some("probably a digit swap"));
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<Text>) -> Dispute<T> {
        self.note = Some(note.into());
        self
    }

    /// Why the record's value is preferred.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lineup = g.event("netflix-2023-lineup").unwrap();
    /// assert_eq!(lineup.dispute().unwrap().because(), kdrama::Preference::MoreAuthoritative);
    /// ```
    pub fn because(&self) -> Preference {
        self.because
    }

    /// A note on the disagreement, if any.
    ///
    /// ```
    /// let d: kdrama::Dispute<u32> = kdrama::Dispute::new(kdrama::Preference::Majority);
    /// assert_eq!(d.note(), None);
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The sources that report the preferred value.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let epilogue = dots.special("epilogue").unwrap();
    /// assert_eq!(epilogue.dispute().unwrap().cites().len(), 3);
    /// ```
    pub fn cites(&self) -> &[SourceId] {
        &self.cites
    }

    /// The other reported values, in the order given.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let epilogue = dots.special("epilogue").unwrap();
    /// assert_eq!(epilogue.dispute().unwrap().alternatives()[0].value().to_string(), "2016-04-22T21:25+09:00");
    /// ```
    pub fn alternatives(&self) -> &[Reported<T>] {
        &self.alternatives
    }
}

/// A value as one set of sources reported it.
///
/// ```
/// let r = kdrama::Reported::new(25_140_000u64).citing("blog".parse()?);
/// assert_eq!(*r.value(), 25_140_000);
/// assert_eq!(r.cites()[0].as_str(), "blog");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Reported<T> {
    value: T,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl<T> Reported<T> {
    /// A reported value; add its sources with [`citing`](Self::citing).
    ///
    /// ```
    /// assert_eq!(kdrama::Reported::new(3).value(), &3);
    /// ```
    pub fn new(value: T) -> Reported<T> {
        Reported {
            value,
            cites: Cites::new(),
        }
    }

    /// Adds a source that reports this value.
    ///
    /// ```
    /// assert_eq!(kdrama::Reported::new(3).citing("a".parse()?).cites().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn citing(mut self, source: SourceId) -> Reported<T> {
        self.cites.push(source);
        self
    }

    /// The value.
    ///
    /// ```
    /// assert_eq!(kdrama::Reported::new("x").value(), &"x");
    /// ```
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The sources that report it.
    ///
    /// ```
    /// assert!(kdrama::Reported::new(1).cites().is_empty());
    /// ```
    pub fn cites(&self) -> &[SourceId] {
        &self.cites
    }
}

/// How a value not reported directly was derived: the rule in words and the
/// sources of the facts it starts from.
///
/// ```
/// let i = kdrama::Inference::new("Netflix releases at midnight Pacific time")
///     .citing("netflix-help".parse()?);
/// assert_eq!(i.rule(), "Netflix releases at midnight Pacific time");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Inference {
    rule: Text,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Inference {
    /// An inference by `rule`, in words.
    ///
    /// ```
    /// assert!(kdrama::Inference::new("same slot as the broadcast").cites().is_empty());
    /// ```
    pub fn new(rule: impl Into<Text>) -> Inference {
        Inference {
            rule: rule.into(),
            cites: Cites::new(),
        }
    }

    /// Adds a source of a fact the rule starts from.
    ///
    /// ```
    /// assert_eq!(kdrama::Inference::new("r").citing("a".parse()?).cites().len(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn citing(mut self, source: SourceId) -> Inference {
        self.cites.push(source);
        self
    }

    /// The rule, in words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.part(1).unwrap().inference().unwrap().rule().contains("midnight"));
    /// ```
    pub fn rule(&self) -> &str {
        &self.rule
    }

    /// The sources of the facts the rule starts from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.part(1).unwrap().inference().unwrap().cites().len(), 2);
    /// ```
    pub fn cites(&self) -> &[SourceId] {
        &self.cites
    }
}

/// Whether a value was reported directly or inferred.
///
/// ```
/// use kdrama::Basis;
/// let g = kdrama::datasets::the_glory();
/// assert!(matches!(g.part(1).unwrap().basis(), Basis::Inferred(_)));
/// assert_eq!(g.part(2).unwrap().basis(), Basis::Reported);
/// assert_eq!(g.part(2).unwrap().basis().to_string(), "reported");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Basis<'a> {
    /// A source states it.
    Reported,
    /// Derived by a rule from other facts.
    Inferred(&'a Inference),
}

impl Basis<'_> {
    /// Whether the value was inferred.
    ///
    /// ```
    /// assert!(!kdrama::Basis::Reported.is_inferred());
    /// ```
    pub fn is_inferred(&self) -> bool {
        matches!(self, Basis::Inferred(_))
    }
}

impl std::fmt::Display for Basis<'_> {
    /// `reported`, or `inferred: ` and the rule.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Basis::Reported => f.write_str("reported"),
            Basis::Inferred(i) => write!(f, "inferred: {}", i.rule()),
        }
    }
}

impl<'a> Basis<'a> {
    pub(crate) fn of(inferred: Option<&'a Inference>) -> Basis<'a> {
        inferred.map_or(Basis::Reported, Basis::Inferred)
    }
}
