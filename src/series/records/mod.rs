//! The records a series stores compactly (sources, people, characters,
//! cast, crew, relationships, media, parts and episodes, and the aliases of people and characters), as the
//! series hands them out: views that borrow the series and read its store.
//! The owned [`Source`](crate::Source), [`Person`], [`Character`] and [`Portrayal`] are what a series
//! is built from; these are what it holds.

use std::fmt;

use crate::id::{CharacterId, PersonId};
use crate::model::cites::{Citations, Cited};
use crate::model::people::{Character, Person, Portrayal};
use crate::vocab::{Billing, LifeStage};

use super::Series;
use super::list::{Records, Stored, private};
use super::store::{
    AliasRow, CharacterRow, ClaimRow, CrewRow, EpisodeRow, EventRow, MediaRow, PartRow, PersonRow,
    PortrayalRow, RelationshipRow, SourceRow, StatementRow, Store,
};

/// The aliases of a stored person or character, in order: what
/// [`PersonRef::aliases`] and [`CharacterRef::aliases`] return.
///
/// ```
/// let g = kdrama::datasets::the_glory();
/// let aliases: kdrama::Aliases<'_> = g.person("jung-sung-il").unwrap().aliases();
/// assert!(aliases.iter().any(|a| a.name() == "Jung Sung II"));
/// ```
pub type Aliases<'a> = Records<'a, AliasRef<'a>>;

/// Defines a view type: `Copy`, the series and one row, `Stored`, and
/// equality by what the record says (views of two series compare equal when
/// their records do).
macro_rules! view {
    ($(#[$doc:meta])* $name:ident => $row:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name<'a> {
            series: &'a Series,
            row: &'a $row,
        }

        impl private::Sealed for $name<'_> {}

        impl<'a> Stored<'a> for $name<'a> {
            type Row = $row;

            fn view(series: &'a Series, row: &'a $row) -> Self {
                $name { series, row }
            }
        }

        impl<'a> $name<'a> {
            fn store(&self) -> &'a Store {
                self.series.store()
            }
        }

        impl PartialEq for $name<'_> {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self.row, other.row) || self.fields() == other.fields()
            }
        }

        impl Eq for $name<'_> {}
    };
}

/// Adds `cites()` and [`Cited`] to a view of a record that cites sources;
/// `$list` is the series accessor that lists such records.
macro_rules! cited {
    ($($name:ident = $list:literal),* $(,)?) => {$(
        impl<'a> $name<'a> {
            /// The ids of the [`Source`](crate::Source)s this record rests on, in order.
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            #[doc = concat!("let record = g.", $list, "().first().unwrap();")]
            /// assert!(record.cites().iter().all(|s| g.source(s).is_some()));
            /// ```
            pub fn cites(&self) -> Citations<'a> {
                let store = self.store();
                Citations::stored(store.cites_of(self.row.cites), store)
            }
        }

        impl Cited for $name<'_> {
            fn cites(&self) -> Citations<'_> {
                $name::cites(self)
            }
        }
    )*};
}

cited!(
    PersonRef = "people",
    CharacterRef = "characters",
    PortrayalRef = "cast",
    RelationshipRef = "relationships",
    CrewCreditRef = "crew",
    MediaRef = "media",
    PartRef = "parts",
    ClaimRef = "claims",
    StatementRef = "statements",
    EventRef = "events"
);

cited!(EpisodeRef = "parts().first().unwrap().episodes");

view! {
    /// A source of a series: a view into the series, `Copy`, with the
    /// accessors of the [`Source`](crate::Source) it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let xports = g.source("xportsnews-1668499").unwrap();
    /// assert_eq!(xports.publisher(), "Xports News");
    /// assert_eq!(xports.to_source().url(), xports.url());
    /// ```
    SourceRef => SourceRow
}

view! {
    /// Another name of a person or character of a series: a view into the
    /// series, `Copy`, with the accessors of the [`Alias`](crate::Alias) it was built
    /// from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let yum = g.person("yeom-hye-ran").unwrap().aliases().first().unwrap();
    /// assert_eq!(yum.name(), "Yum Hye-ran");
    /// assert_eq!(yum.to_alias().kind(), yum.kind());
    /// ```
    AliasRef => AliasRow
}

view! {
    /// A person of a series: a view into the series, `Copy`, with the
    /// accessors of the [`Person`] it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let song = g.person("song-hye-kyo").unwrap();
    /// assert_eq!(song.native_name(), Some("송혜교"));
    /// assert_eq!(song.to_person().name(), song.name());
    /// ```
    PersonRef => PersonRow
}

view! {
    /// A character of a series: a view into the series, `Copy`, with the
    /// accessors of the [`Character`] it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let dong_eun = g.character("moon-dong-eun").unwrap();
    /// assert_eq!(dong_eun.native_name(), Some("문동은"));
    /// ```
    CharacterRef => CharacterRow
}

view! {
    /// A cast credit of a series (who plays whom): a view into the series,
    /// `Copy`, with the accessors of the [`Portrayal`] it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let credit = g.cast().iter().find(|p| p.character().as_str() == "moon-dong-eun").unwrap();
    /// assert_eq!(credit.person().map(|p| p.as_str()), Some("song-hye-kyo"));
    /// ```
    PortrayalRef => PortrayalRow
}

view! {
    /// A relationship between two characters of a series: a view into the
    /// series, `Copy`, with the accessors of the
    /// [`Relationship`](crate::Relationship) it was built from.
    ///
    /// ```
    /// use kdrama::RelationshipKind;
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == RelationshipKind::Spouse).unwrap();
    /// assert_eq!((r.from().as_str(), r.to().as_str()), ("park-yeon-jin", "ha-do-yeong"));
    /// ```
    RelationshipRef => RelationshipRow
}

/// Adds the accessors a person and a character share to their view: `id`,
/// `name`, `native_name` and `aliases`, with examples of record `$key`
/// (named `$name`, natively `$native`) found by `$get`.
macro_rules! named {
    ($view:ident, $id:ty, $get:literal, $key:literal, $name:literal, $native:literal) => {
        impl<'a> $view<'a> {
            /// The record's id.
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            #[doc = concat!("assert_eq!(g.", $get, "(\"", $key, "\").unwrap().id().as_str(), \"", $key, "\");")]
            /// ```
            pub fn id(&self) -> &'a $id {
                &self.row.id
            }

            /// The display name (romanized).
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            #[doc = concat!("assert_eq!(g.", $get, "(\"", $key, "\").unwrap().name(), \"", $name, "\");")]
            /// ```
            pub fn name(&self) -> &'a str {
                self.store().text_of(self.row.name)
            }

            /// The native (Hangul) name, when recorded.
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            #[doc = concat!("assert_eq!(g.", $get, "(\"", $key, "\").unwrap().native_name(), Some(\"", $native, "\"));")]
            /// ```
            pub fn native_name(&self) -> Option<&'a str> {
                self.store().opt_text_of(self.row.native_name)
            }

            /// Name variants (romanizations, misspellings, localized forms),
            /// in order.
            ///
            /// ```
            /// let g = kdrama::datasets::the_glory();
            #[doc = concat!("let record = g.", $get, "(\"", $key, "\").unwrap();")]
            /// assert!(record.aliases().iter().all(|a| !a.name().is_empty()));
            /// ```
            pub fn aliases(&self) -> Aliases<'a> {
                Records::new(self.series, self.store().aliases_of(self.row.aliases))
            }
        }
    };
}

named!(
    PersonRef,
    PersonId,
    "person",
    "song-hye-kyo",
    "Song Hye-kyo",
    "송혜교"
);
named!(
    CharacterRef,
    CharacterId,
    "character",
    "moon-dong-eun",
    "Moon Dong-eun",
    "문동은"
);

view! {
    /// A crew credit of a series (who did which job): a view into the
    /// series, `Copy`, with the accessors of the
    /// [`CrewCredit`](crate::CrewCredit) it was built from.
    ///
    /// ```
    /// use kdrama::CrewRole;
    /// let g = kdrama::datasets::the_glory();
    /// let writer = g.crew().iter().find(|c| c.role() == CrewRole::Writer).unwrap();
    /// assert_eq!(writer.person().as_str(), "kim-eun-sook");
    /// ```
    CrewCreditRef => CrewRow
}

view! {
    /// A media asset of a series (a poster, a video, a still): a view into
    /// the series, `Copy`, with the accessors of the
    /// [`MediaAsset`](crate::MediaAsset) it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let poster = g.media_asset("part-2-main-poster").unwrap();
    /// assert_eq!(poster.part(), Some(2));
    /// assert_eq!(poster.to_media_asset().title(), poster.title());
    /// ```
    MediaRef => MediaRow
}

view! {
    /// A part of a series (a Netflix part, a broadcast season): a view into
    /// the series, `Copy`, with the accessors of the [`Part`](crate::Part)
    /// it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let part_2 = g.part(2).unwrap();
    /// assert_eq!(part_2.episodes().len(), 8);
    /// assert_eq!(part_2.to_part().number(), 2);
    /// ```
    PartRef => PartRow
}

view! {
    /// An episode of a series: a view into the series, `Copy`, with the
    /// accessors of the [`Episode`](crate::Episode) it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let (_, ninth) = g.episodes().nth(8).unwrap();
    /// assert_eq!((ninth.number(), ninth.number_in_part()), (9, 1));
    /// ```
    EpisodeRef => EpisodeRow
}

view! {
    /// A claim (a rumour or allegation) of a series: a view into the
    /// series, `Copy`, with the accessors of the [`Claim`](crate::Claim) it
    /// was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let claim = g.claim("takedown-rumour").unwrap();
    /// assert_eq!(claim.to_claim().verdict(), claim.verdict());
    /// ```
    ClaimRef => ClaimRow
}

view! {
    /// An official statement of a series: a view into the series, `Copy`,
    /// with the accessors of the [`Statement`](crate::Statement) it was
    /// built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let s = g.statement("netflix-takedown-explanation").unwrap();
    /// assert_eq!(s.to_statement().summary(), s.summary());
    /// ```
    StatementRef => StatementRow
}

view! {
    /// An event of a series (a press conference, an announcement, an
    /// award): a view into the series, `Copy`, with the accessors of the
    /// [`Event`](crate::Event) it was built from.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lineup = g.event("netflix-2023-lineup").unwrap();
    /// assert_eq!(lineup.to_event().name(), lineup.name());
    /// ```
    EventRef => EventRow
}

mod alias;
mod claims;
mod crew;
mod media;
mod part;
mod relationship;
mod source;

impl<'a> PersonRef<'a> {
    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let song = g.person("song-hye-kyo").unwrap().to_person();
    /// assert_eq!(g.person("song-hye-kyo").unwrap().aliases(), *song.aliases());
    /// ```
    pub fn to_person(&self) -> Person {
        self.store().person(self.row)
    }

    #[allow(clippy::type_complexity)]
    fn fields(
        &self,
    ) -> (
        &'a PersonId,
        &'a str,
        Option<&'a str>,
        Aliases<'a>,
        Citations<'a>,
    ) {
        (
            self.id(),
            self.name(),
            self.native_name(),
            self.aliases(),
            self.cites(),
        )
    }
}

impl fmt::Debug for PersonRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_person().fmt(f)
    }
}

impl<'a> CharacterRef<'a> {
    /// What the character does for a living, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.character("park-yeon-jin").unwrap().occupation(), Some("television weather presenter"));
    /// ```
    pub fn occupation(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.occupation)
    }

    /// A short description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.character("park-yeon-jin").unwrap().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.description)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let c = g.character("park-yeon-jin").unwrap();
    /// assert_eq!(c.to_character().occupation(), c.occupation());
    /// ```
    pub fn to_character(&self) -> Character {
        self.store().character(self.row)
    }

    #[allow(clippy::type_complexity)]
    fn fields(
        &self,
    ) -> (
        (&'a CharacterId, &'a str, Option<&'a str>, Aliases<'a>),
        (Option<&'a str>, Option<&'a str>, Citations<'a>),
    ) {
        (
            (self.id(), self.name(), self.native_name(), self.aliases()),
            (self.occupation(), self.description(), self.cites()),
        )
    }
}

impl fmt::Debug for CharacterRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_character().fmt(f)
    }
}

impl<'a> PortrayalRef<'a> {
    /// The actor, or `None` when the credit is unconfirmed.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().all(|p| p.person().is_none_or(|id| g.person(id).is_some())));
    /// ```
    pub fn person(&self) -> Option<&'a PersonId> {
        self.store().person_id(self.row.person)
    }

    /// The character played.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().all(|p| g.character(p.character()).is_some()));
    /// ```
    pub fn character(&self) -> &'a CharacterId {
        self.store().character_id(self.row.character)
    }

    /// The character played, as a view (no id lookup: the credit holds the
    /// character's position).
    pub(crate) fn played(&self) -> Option<CharacterRef<'a>> {
        let row = self.store().characters.get(self.row.character as usize)?;
        Some(CharacterRef::view(self.series, row))
    }

    /// The life stage the actor plays the character at.
    ///
    /// ```
    /// use kdrama::LifeStage;
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().any(|p| p.stage() == LifeStage::Young));
    /// ```
    pub fn stage(&self) -> LifeStage {
        self.row.stage
    }

    /// The billing, when known.
    ///
    /// ```
    /// use kdrama::Billing;
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().any(|p| p.billing() == Some(Billing::Lead)));
    /// ```
    pub fn billing(&self) -> Option<Billing> {
        self.row.billing
    }

    /// The episodes the credit is limited to, in order; empty when it
    /// covers the whole series.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().all(|p| p.episodes().iter().all(|&e| e >= 1)));
    /// ```
    pub fn episodes(&self) -> &'a [u32] {
        self.store().episodes_of(self.row.episodes)
    }

    /// Whether the credit covers episode `number` (every credit without an
    /// episode list covers every episode).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.cast().iter().any(|p| p.covers_episode(1)));
    /// ```
    pub fn covers_episode(&self, number: u32) -> bool {
        let episodes = self.episodes();
        episodes.is_empty() || episodes.contains(&number)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let credit = g.cast().first().unwrap();
    /// assert_eq!(credit.to_portrayal().character(), credit.character());
    /// ```
    pub fn to_portrayal(&self) -> Portrayal {
        self.store().portrayal(self.row)
    }

    #[allow(clippy::type_complexity)]
    fn fields(
        &self,
    ) -> (
        (
            Option<&'a PersonId>,
            &'a CharacterId,
            LifeStage,
            Option<Billing>,
        ),
        (&'a [u32], Citations<'a>),
    ) {
        (
            (
                self.person(),
                self.character(),
                self.stage(),
                self.billing(),
            ),
            (self.episodes(), self.cites()),
        )
    }
}

impl fmt::Debug for PortrayalRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_portrayal().fmt(f)
    }
}
