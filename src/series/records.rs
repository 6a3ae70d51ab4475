//! The records a series stores compactly (sources, people, characters,
//! cast), as the
//! series hands them out: views that borrow the series and read its store.
//! The owned [`Source`], [`Person`], [`Character`] and [`Portrayal`] are what a series
//! is built from; these are what it holds.

use std::fmt;
use std::iter::FusedIterator;

use crate::id::{CharacterId, PersonId, SourceId};
use crate::model::cites::Cited;
use crate::model::names::Alias;
use crate::model::people::{Character, Person, Portrayal};
use crate::model::source::Source;
use crate::time::release::Release;
use crate::vocab::{AuthorityTier, Billing, LifeStage};

use super::Series;
use super::store::{CharacterRow, PersonRow, PortrayalRow, SourceRow, Store};

/// What a [`Records`] list can hold: a view built from a series and one of
/// its stored rows. Sealed: implemented by [`SourceRef`], [`PersonRef`],
/// [`CharacterRef`] and [`PortrayalRef`] only; name it to write code over
/// any such list.
///
/// ```
/// use kdrama::{Records, Stored};
/// fn halves<'a, V: Stored<'a>>(list: Records<'a, V>) -> (Option<V>, Option<V>) {
///     (list.first(), list.get(list.len() / 2))
/// }
/// let g = kdrama::datasets::the_glory();
/// assert!(halves(g.sources()).1.is_some());
/// assert_eq!(halves(g.cast()).0, g.cast().first());
/// ```
pub trait Stored<'a>: Copy + private::Sealed {
    /// The stored row the view reads.
    #[doc(hidden)]
    type Row: 'a;

    /// The view of `row`, a row of `series`.
    #[doc(hidden)]
    fn view(series: &'a Series, row: &'a Self::Row) -> Self;
}

mod private {
    pub trait Sealed {}
}

/// A list of records stored in a series, in order: what
/// [`Series::sources`], [`Series::people`], [`Series::characters`] and
/// [`Series::cast`] return.
/// It is `Copy`, indexes in constant time, and iterates as views.
///
/// ```
/// let g = kdrama::datasets::the_glory();
/// let people = g.people();
/// assert_eq!(people.get(0).map(|p| p.name()), Some("Song Hye-kyo"));
/// assert_eq!(people.iter().count(), people.len());
/// ```
pub struct Records<'a, V: Stored<'a>> {
    series: &'a Series,
    rows: &'a [V::Row],
}

impl<'a, V: Stored<'a>> Clone for Records<'a, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<'a, V: Stored<'a>> Copy for Records<'a, V> {}

impl<'a, V: Stored<'a>> Records<'a, V> {
    pub(crate) fn new(series: &'a Series, rows: &'a [V::Row]) -> Self {
        Records { series, rows }
    }

    /// How many records there are.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.characters().len() > 10);
    /// ```
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    ///
    /// ```
    /// let bare = kdrama::Series::builder("x".parse()?, "X").build()?;
    /// assert!(bare.people().is_empty());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The record at `index`, counting from 0 in document order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.characters().get(0).map(|c| c.name()), Some("Moon Dong-eun"));
    /// assert!(g.characters().get(10_000).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<V> {
        self.rows.get(index).map(|row| V::view(self.series, row))
    }

    /// The first record.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.people().first().map(|p| p.id().as_str()), Some("song-hye-kyo"));
    /// ```
    pub fn first(&self) -> Option<V> {
        self.get(0)
    }

    /// The last record.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let cast = g.cast();
    /// assert_eq!(cast.last(), cast.get(cast.len() - 1));
    /// ```
    pub fn last(&self) -> Option<V> {
        self.rows.last().map(|row| V::view(self.series, row))
    }

    /// The records in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.people().iter().any(|p| p.name() == "Lim Ji-yeon"));
    /// ```
    pub fn iter(&self) -> RecordsIter<'a, V> {
        RecordsIter {
            series: self.series,
            rows: self.rows.iter(),
        }
    }
}

impl<'a, V: Stored<'a> + fmt::Debug> fmt::Debug for Records<'a, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a, V: Stored<'a>> IntoIterator for Records<'a, V> {
    type Item = V;
    type IntoIter = RecordsIter<'a, V>;

    fn into_iter(self) -> RecordsIter<'a, V> {
        self.iter()
    }
}

impl<'a, V: Stored<'a>> IntoIterator for &Records<'a, V> {
    type Item = V;
    type IntoIter = RecordsIter<'a, V>;

    fn into_iter(self) -> RecordsIter<'a, V> {
        self.iter()
    }
}

/// The records of a [`Records`] list, in order, as views.
///
/// ```
/// let g = kdrama::datasets::the_glory();
/// let mut people = g.people().iter();
/// assert_eq!(people.len(), g.people().len());
/// assert_eq!(people.next().map(|p| p.name()), Some("Song Hye-kyo"));
/// ```
pub struct RecordsIter<'a, V: Stored<'a>> {
    series: &'a Series,
    rows: std::slice::Iter<'a, V::Row>,
}

impl<'a, V: Stored<'a>> Clone for RecordsIter<'a, V> {
    fn clone(&self) -> Self {
        RecordsIter {
            series: self.series,
            rows: self.rows.clone(),
        }
    }
}

impl<'a, V: Stored<'a> + fmt::Debug> fmt::Debug for RecordsIter<'a, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}

impl<'a, V: Stored<'a>> Iterator for RecordsIter<'a, V> {
    type Item = V;

    fn next(&mut self) -> Option<V> {
        self.rows.next().map(|row| V::view(self.series, row))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.rows.size_hint()
    }

    fn nth(&mut self, n: usize) -> Option<V> {
        self.rows.nth(n).map(|row| V::view(self.series, row))
    }
}

impl<'a, V: Stored<'a>> DoubleEndedIterator for RecordsIter<'a, V> {
    fn next_back(&mut self) -> Option<V> {
        self.rows.next_back().map(|row| V::view(self.series, row))
    }
}

impl<'a, V: Stored<'a>> ExactSizeIterator for RecordsIter<'a, V> {}

impl<'a, V: Stored<'a>> FusedIterator for RecordsIter<'a, V> {}

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
            pub fn cites(&self) -> &'a [SourceId] {
                self.store().cites_of(self.row.cites)
            }
        }

        impl Cited for $name<'_> {
            fn cites(&self) -> &[SourceId] {
                self.store().cites_of(self.row.cites)
            }
        }
    )*};
}

cited!(
    PersonRef = "people",
    CharacterRef = "characters",
    PortrayalRef = "cast"
);

view! {
    /// A source of a series: a view into the series, `Copy`, with the
    /// accessors of the [`Source`] it was built from.
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

impl<'a> PersonRef<'a> {
    /// The person's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.people().first().unwrap().id().as_str(), "song-hye-kyo");
    /// ```
    pub fn id(&self) -> &'a PersonId {
        &self.row.id
    }

    /// The display name (romanized).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.person("song-hye-kyo").unwrap().name(), "Song Hye-kyo");
    /// ```
    pub fn name(&self) -> &'a str {
        self.store().text_of(self.row.name)
    }

    /// The native (Hangul) name, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.person("song-hye-kyo").unwrap().native_name(), Some("송혜교"));
    /// ```
    pub fn native_name(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.native_name)
    }

    /// Name variants (romanizations, misspellings, localized forms), in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let jung = g.person("jung-sung-il").unwrap();
    /// assert!(jung.aliases().iter().any(|a| a.name() == "Jung Sung II"));
    /// ```
    pub fn aliases(&self) -> &'a [Alias] {
        self.store().aliases_of(self.row.aliases)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let song = g.person("song-hye-kyo").unwrap().to_person();
    /// assert_eq!(song.aliases(), g.person("song-hye-kyo").unwrap().aliases());
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
        &'a [Alias],
        &'a [SourceId],
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
    /// The character's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.characters().first().unwrap().id().as_str(), "moon-dong-eun");
    /// ```
    pub fn id(&self) -> &'a CharacterId {
        &self.row.id
    }

    /// The display name (romanized).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.character("moon-dong-eun").unwrap().name(), "Moon Dong-eun");
    /// ```
    pub fn name(&self) -> &'a str {
        self.store().text_of(self.row.name)
    }

    /// The native (Hangul) name, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.character("moon-dong-eun").unwrap().native_name(), Some("문동은"));
    /// ```
    pub fn native_name(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.native_name)
    }

    /// Name variants, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.characters().iter().all(|c| c.aliases().iter().all(|a| !a.name().is_empty())));
    /// ```
    pub fn aliases(&self) -> &'a [Alias] {
        self.store().aliases_of(self.row.aliases)
    }

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
        (&'a CharacterId, &'a str, Option<&'a str>, &'a [Alias]),
        (Option<&'a str>, Option<&'a str>, &'a [SourceId]),
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
        (&'a [u32], &'a [SourceId]),
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

impl<'a> SourceRef<'a> {
    /// The source's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.sources().first().unwrap().id().as_str(), "wiki-en");
    /// ```
    pub fn id(&self) -> &'a SourceId {
        &self.row.id
    }

    /// Who published it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().publisher(), "Xports News");
    /// ```
    pub fn publisher(&self) -> &'a str {
        self.store().text_of(self.row.publisher)
    }

    /// The title, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().title(), None);
    /// ```
    pub fn title(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.title)
    }

    /// Where it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().url(), "https://xportsnews.com/article/1668499");
    /// ```
    pub fn url(&self) -> &'a str {
        self.store().text_of(self.row.url)
    }

    /// When it was published, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().published(), None);
    /// ```
    pub fn published(&self) -> Option<Release> {
        self.row.published
    }

    /// Its language (a BCP 47 tag), when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().language(), Some("ko"));
    /// ```
    pub fn language(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.language)
    }

    /// How authoritative it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("netflix-help-118959").unwrap().authority(), kdrama::AuthorityTier::Official);
    /// ```
    pub fn authority(&self) -> AuthorityTier {
        self.row.authority
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let wiki = g.source("wiki-en").unwrap();
    /// assert_eq!(wiki.to_source().authority(), wiki.authority());
    /// ```
    pub fn to_source(&self) -> Source {
        self.store().source(self.row)
    }

    #[allow(clippy::type_complexity)]
    fn fields(
        &self,
    ) -> (
        (&'a SourceId, &'a str, Option<&'a str>, &'a str),
        (Option<Release>, Option<&'a str>, AuthorityTier),
    ) {
        (
            (self.id(), self.publisher(), self.title(), self.url()),
            (self.published(), self.language(), self.authority()),
        )
    }
}

impl fmt::Debug for SourceRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_source().fmt(f)
    }
}
