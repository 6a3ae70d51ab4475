//! What a search returns: the subject, which of its names matched, and how.

use crate::series::Series;
use crate::series::records::{CharacterRef, PersonRef};
use crate::vocab::{AliasKind, RomanizationSystem};

/// How a search result matched, best first.
///
/// ```
/// use kdrama::MatchKind;
/// assert!(MatchKind::Name < MatchKind::Alias && MatchKind::Prefix < MatchKind::Typo);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MatchKind {
    /// The query is the name or native name (in either name order).
    Name,
    /// The query is an alias.
    Alias,
    /// The query is a romanization of the native (Hangul) name, made by
    /// [`romanize_name`](crate::romanize_name): no alias needed.
    Romanized,
    /// The query sounds like a name, alias or romanization: it differs only
    /// as romanizations of one Hangul name differ (`Song Hye Gyo` for
    /// `Song Hye-kyo`, `Lee Doh-yun` for `Lee Do-hyun`).
    Phonetic,
    /// The query is the native name's initial consonants (ㅅㅎㄱ for 송혜교).
    Initials,
    /// A name, alias or romanization starts with the query, or a later word
    /// of a name, alias or title does (`Dong Eun` for `Moon Dong-eun`).
    Prefix,
    /// The query is a name, alias or romanization with a typo: one edit
    /// (a letter added, dropped, changed, or two swapped) for a query of 4
    /// to 9 letters, two from 10 (`The Gloy`, `Danielle Spencer`).
    Typo,
}

impl MatchKind {
    /// `name`, `alias`, `romanized`, `phonetic`, `initials`, `prefix` or
    /// `typo`.
    ///
    /// ```
    /// assert_eq!(kdrama::MatchKind::Prefix.as_str(), "prefix");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Name => "name",
            MatchKind::Alias => "alias",
            MatchKind::Romanized => "romanized",
            MatchKind::Phonetic => "phonetic",
            MatchKind::Initials => "initials",
            MatchKind::Prefix => "prefix",
            MatchKind::Typo => "typo",
        }
    }
}

/// Which name of the subject matched.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("송혜교").into_iter().next().unwrap();
/// assert_eq!(hit.variant(), kdrama::Variant::NativeName);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Variant {
    /// The display name.
    Name,
    /// The native (Hangul) name.
    NativeName,
    /// An alias of the given kind.
    Alias(AliasKind),
    /// The native name, romanized in this system (the match's text is the
    /// native name).
    Romanized(RomanizationSystem),
    /// The native name's initial consonants (the match's text is the native
    /// name).
    Initials,
}

/// What a search result is.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("Moon Dong-eun").into_iter().next().unwrap();
/// assert!(matches!(hit.subject(), kdrama::Subject::Character { character, .. } if character.name() == "Moon Dong-eun"));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Subject<'a> {
    /// A series, found by one of its titles.
    Series(&'a Series),
    /// A person (one per id across a catalog).
    Person(PersonRef<'a>),
    /// A character of a series.
    Character {
        /// The series the character belongs to.
        series: &'a Series,
        /// The character.
        character: CharacterRef<'a>,
    },
}

impl<'a> Subject<'a> {
    /// The subject's display name.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.search("Im Ji Yeon").next().unwrap().subject().name(), "Lim Ji-yeon");
    /// ```
    pub fn name(&self) -> &'a str {
        match *self {
            Subject::Series(s) => s.titles().english(),
            Subject::Person(p) => p.name(),
            Subject::Character { character, .. } => character.name(),
        }
    }
}

impl PartialEq for Subject<'_> {
    /// The same series or person (by id), or the same character of the same
    /// series.
    fn eq(&self, other: &Self) -> bool {
        match (*self, *other) {
            (Subject::Series(a), Subject::Series(b)) => a.id() == b.id(),
            (Subject::Person(a), Subject::Person(b)) => a.id() == b.id(),
            (
                Subject::Character {
                    series: s,
                    character: c,
                },
                Subject::Character {
                    series: t,
                    character: d,
                },
            ) => s.id() == t.id() && c.id() == d.id(),
            _ => false,
        }
    }
}

impl Eq for Subject<'_> {}

impl serde::Serialize for Subject<'_> {
    /// `{"type": "series", "id": …, "name": …}`, `{"type": "person", "id":
    /// …, "name": …}` or `{"type": "character", "series": …, "id": …, "name":
    /// …}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        match *self {
            Subject::Series(series) => {
                map.serialize_entry("type", "series")?;
                map.serialize_entry("id", series.id())?;
            }
            Subject::Person(p) => {
                map.serialize_entry("type", "person")?;
                map.serialize_entry("id", p.id())?;
            }
            Subject::Character { series, character } => {
                map.serialize_entry("type", "character")?;
                map.serialize_entry("series", series.id())?;
                map.serialize_entry("id", character.id())?;
            }
        }
        map.serialize_entry("name", self.name())?;
        map.end()
    }
}

impl serde::Serialize for Variant {
    /// `"name"`, `"native_name"`, the alias kind (`"alias:misspelling"`), the
    /// romanization (`"romanized:revised"`) or `"initials"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Variant::Name => s.serialize_str("name"),
            Variant::NativeName => s.serialize_str("native_name"),
            Variant::Alias(kind) => s.collect_str(&format_args!("alias:{}", kind.as_str())),
            Variant::Romanized(system) => {
                s.collect_str(&format_args!("romanized:{}", system.as_str()))
            }
            Variant::Initials => s.serialize_str("initials"),
        }
    }
}

/// One search result: the subject, the variant text that matched, and how.
/// Results compare equal when they name the same subject, matched the same
/// way, and serialize for a web API:
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("Jung Sung II").next().unwrap();
/// let json = serde_json::to_value(hit)?;
/// assert_eq!(json["subject"]["id"], "jung-sung-il");
/// assert_eq!(json["matched"], "Jung Sung II");
/// assert_eq!(json["variant"], "alias:misspelling");
/// assert_eq!(json["kind"], "alias");
/// assert_eq!(hit, glory.search("Jung Sung II").next().unwrap());
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("Jung Sung II").next().unwrap();
/// assert_eq!(hit.subject().name(), "Jung Sung-il");
/// assert_eq!(hit.matched(), "Jung Sung II");
/// assert_eq!(hit.kind(), kdrama::MatchKind::Alias);
/// assert_eq!(hit.variant(), kdrama::Variant::Alias(kdrama::AliasKind::Misspelling));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Match<'a> {
    pub(super) subject: Subject<'a>,
    pub(super) matched: &'a str,
    pub(super) variant: Variant,
    pub(super) kind: MatchKind,
}

impl<'a> Match<'a> {
    /// The person or character found.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran").next().unwrap();
    /// assert_eq!(m.subject().name(), "Yeom Hye-ran");
    /// ```
    pub fn subject(&self) -> Subject<'a> {
        self.subject
    }

    /// The name or alias, as written in the data, that matched.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran").next().unwrap();
    /// assert_eq!(m.matched(), "Yum Hye-ran");
    /// ```
    pub fn matched(&self) -> &'a str {
        self.matched
    }

    /// Which name it was.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran").next().unwrap();
    /// assert_eq!(m.variant(), kdrama::Variant::Alias(kdrama::AliasKind::Romanization));
    /// ```
    pub fn variant(&self) -> Variant {
        self.variant
    }

    /// How it matched.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran").next().unwrap();
    /// assert_eq!(m.kind(), kdrama::MatchKind::Alias);
    /// ```
    pub fn kind(&self) -> MatchKind {
        self.kind
    }
}
