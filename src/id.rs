//! Typed ids: validated slugs, one newtype per kind of record.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::text::Text;

/// The longest id accepted, in bytes.
///
/// ```
/// assert!(kdrama::PersonId::new("a".repeat(kdrama::MAX_ID_LEN)).is_ok());
/// assert!(kdrama::PersonId::new("a".repeat(kdrama::MAX_ID_LEN + 1)).is_err());
/// ```
pub const MAX_ID_LEN: usize = 64;

/// Checks the slug grammar `[a-z0-9]+(-[a-z0-9]+)*`, at most [`MAX_ID_LEN`] bytes.
fn check_slug(kind: &'static str, value: &str) -> Result<()> {
    let reason = if value.is_empty() {
        Some("expected a non-empty slug")
    } else if value.len() > MAX_ID_LEN {
        Some("expected at most 64 bytes")
    } else if !value
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        Some("expected only a-z, 0-9 and '-'")
    } else if value.starts_with('-') || value.ends_with('-') || value.contains("--") {
        Some("expected '-' only between letters or digits")
    } else {
        None
    };
    match reason {
        Some(reason) => Err(Error::InvalidId {
            kind,
            value: crate::error::cut(value),
            reason,
        }),
        None => Ok(()),
    }
}

mod sealed {
    /// Only this crate's ids and text can stand for an id.
    pub trait Sealed<K> {}
}

/// An id of kind `K`, given either as the typed id (`PersonId`, `&PersonId`)
/// or as text (`&str`, `String`): what every query that takes an id accepts.
/// A typed id of another kind does not compile, so a character id cannot be
/// passed where a person id belongs.
///
/// Sealed: implemented for the crate's id types and text only.
///
/// ```
/// use kdrama::PersonId;
/// let glory = kdrama::datasets::the_glory();
/// let id: PersonId = "song-hye-kyo".parse()?;
/// assert!(glory.person(&id).is_some());
/// assert!(glory.person("song-hye-kyo").is_some());
/// let catalog = kdrama::datasets::catalog();
/// assert_eq!(catalog.filmography(&id).count(), catalog.filmography("song-hye-kyo").count());
/// # Ok::<(), kdrama::Error>(())
/// ```
///
/// ```compile_fail,E0277
/// let glory = kdrama::datasets::the_glory();
/// let character: kdrama::CharacterId = "moon-dong-eun".parse().unwrap();
/// glory.person(&character); // a character id where a person id belongs
/// ```
pub trait AsId<K>: sealed::Sealed<K> {
    /// The id as text.
    ///
    /// ```
    /// use kdrama::{AsId, PersonId};
    /// let id: PersonId = "song-hye-kyo".parse()?;
    /// assert_eq!(AsId::<PersonId>::id_str(&&id), "song-hye-kyo");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    fn id_str(&self) -> &str;
}

macro_rules! ids {
    ($($(#[$meta:meta])* $name:ident => $kind:literal, $example:literal;)*) => {$(
        $(#[$meta])*
        ///
        /// A slug `[a-z0-9]+(-[a-z0-9]+)*` of at most 64 bytes, checked once when
        /// the id is made.
        ///
        /// ```
        #[doc = concat!("use kdrama::", stringify!($name), ";")]
        ///
        #[doc = concat!("let id: ", stringify!($name), " = \"", $example, "\".parse()?;")]
        #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
        #[doc = concat!("assert!(\"Not A Slug\".parse::<", stringify!($name), ">().is_err());")]
        /// # Ok::<(), kdrama::Error>(())
        /// ```
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
        #[serde(try_from = "Text")]
        pub struct $name(Text);

        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.0.as_str())
            }
        }

        impl $name {
            /// Makes an id, checking the slug grammar.
            ///
            /// # Errors
            ///
            /// [`Error::InvalidId`] when `value` is not a slug.
            ///
            /// ```
            #[doc = concat!("let id = kdrama::", stringify!($name), "::new(\"", $example, "\")?;")]
            #[doc = concat!("assert_eq!(id.to_string(), \"", $example, "\");")]
            #[doc = concat!("assert!(kdrama::", stringify!($name), "::new(\"\").is_err());")]
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn new(value: impl Into<String>) -> Result<Self> {
                let value = value.into();
                check_slug($kind, &value)?;
                Ok(Self(Text::from(value)))
            }

            /// The id as text.
            ///
            /// ```
            #[doc = concat!("let id: kdrama::", stringify!($name), " = \"", $example, "\".parse()?;")]
            #[doc = concat!("assert_eq!(id.as_str(), \"", $example, "\");")]
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn as_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.0.as_str())
            }
        }

        impl sealed::Sealed<$name> for $name {}
        impl sealed::Sealed<$name> for &$name {}
        impl sealed::Sealed<$name> for &str {}
        impl sealed::Sealed<$name> for String {}
        impl sealed::Sealed<$name> for &String {}

        impl AsId<$name> for $name {
            fn id_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl AsId<$name> for &$name {
            fn id_str(&self) -> &str {
                self.0.as_str()
            }
        }

        impl AsId<$name> for &str {
            fn id_str(&self) -> &str {
                self
            }
        }

        impl AsId<$name> for String {
            fn id_str(&self) -> &str {
                self
            }
        }

        impl AsId<$name> for &String {
            fn id_str(&self) -> &str {
                self
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                Self::new(s)
            }
        }

        impl TryFrom<Text> for $name {
            type Error = Error;
            fn try_from(s: Text) -> Result<Self> {
                check_slug($kind, &s)?;
                Ok(Self(s))
            }
        }

        impl TryFrom<String> for $name {
            type Error = Error;
            fn try_from(s: String) -> Result<Self> {
                Self::new(s)
            }
        }

        impl TryFrom<&str> for $name {
            type Error = Error;
            fn try_from(s: &str) -> Result<Self> {
                Self::new(s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0.into()
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.0.as_str()
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                self.0.as_str()
            }
        }
    )*};
}

ids! {
    /// Identifies a [`Series`](crate::Series).
    SeriesId => "series", "the-glory";
    /// Identifies a [`Person`](crate::Person); the same id means the same person in every series.
    PersonId => "person", "song-hye-kyo";
    /// Identifies a [`Character`](crate::Character) within its series.
    CharacterId => "character", "moon-dong-eun";
    /// Identifies an [`Organization`](crate::Organization).
    OrganizationId => "organization", "netflix";
    /// Identifies a [`Motif`](crate::Motif).
    MotifId => "motif", "morning-glory";
    /// Identifies a [`MediaAsset`](crate::MediaAsset).
    MediaId => "media", "part-2-main-poster";
    /// Identifies a [`Source`](crate::Source).
    SourceId => "source", "xportsnews-1668499";
    /// Identifies a [`Claim`](crate::Claim).
    ClaimId => "claim", "takedown-rumour";
    /// Identifies a [`Statement`](crate::Statement).
    StatementId => "statement", "netflix-takedown-explanation";
    /// Identifies an [`Event`](crate::Event).
    EventId => "event", "press-conference";
    /// Identifies a [`Special`](crate::Special): a broadcast outside the numbered episodes.
    SpecialId => "special", "epilogue";
    /// Identifies a [`Measurement`](crate::Measurement) of an audience.
    MeasurementId => "measurement", "episode-16-nationwide";
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_grammar() {
        for ok in ["a", "song-hye-kyo", "part-2", "x1-y2-z3"] {
            assert!(PersonId::new(ok).is_ok(), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a_b", "a b", "한"] {
            assert!(PersonId::new(bad).is_err(), "{bad:?}");
        }
        assert!(PersonId::new("a".repeat(64)).is_ok());
        assert!(PersonId::new("a".repeat(65)).is_err());
    }

    #[test]
    fn messages_name_the_value() {
        let err = CharacterId::new("Moon Dong-eun").unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid character id \"Moon Dong-eun\": expected only a-z, 0-9 and '-'"
        );
    }

    #[test]
    fn serde_validates() {
        let ok: PersonId = serde_json::from_str("\"lim-ji-yeon\"").unwrap();
        assert_eq!(ok.as_str(), "lim-ji-yeon");
        assert!(serde_json::from_str::<PersonId>("\"Lim\"").is_err());
        assert_eq!(serde_json::to_string(&ok).unwrap(), "\"lim-ji-yeon\"");
    }
}
