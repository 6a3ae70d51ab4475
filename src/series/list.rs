//! The lists a series hands its stored records out in: [`Records`], its
//! iterator, and the sealed [`Stored`] trait the views in `records`
//! implement.

use std::fmt;
use std::iter::FusedIterator;

use super::Series;

/// What a [`Records`] list can hold: a view built from a series and one of
/// its stored rows. Sealed: implemented by [`SourceRef`](crate::SourceRef), [`PersonRef`](crate::PersonRef),
/// [`CharacterRef`](crate::CharacterRef), [`PortrayalRef`](crate::PortrayalRef) and
/// [`AliasRef`](crate::AliasRef) only; name it to write code over any such list.
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

/// Seals [`Stored`]: only this crate's views implement it.
pub(crate) mod private {
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

/// Two lists are equal when they hold equal records in the same order
/// (the lists of two series can be equal).
impl<'a, V: Stored<'a> + PartialEq> PartialEq for Records<'a, V> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<'a, V: Stored<'a> + Eq> Eq for Records<'a, V> {}

/// A list equals a slice of owned records holding the same in the same
/// order (`person.aliases() == owned.aliases()`).
impl<'a, V: Stored<'a> + PartialEq<T>, T> PartialEq<[T]> for Records<'a, V> {
    fn eq(&self, other: &[T]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == *b)
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
