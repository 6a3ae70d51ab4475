//! The citation list every fact-bearing record carries, and the
//! [`Citations`] list a record hands it out as.

use std::fmt;
use std::iter::FusedIterator;

use crate::id::SourceId;

/// A record's citations. Most records cite one source, which is held inline
/// (24 bytes, as a `Vec`'s header alone would take); more go to the heap.
pub(crate) type Cites = smallvec::SmallVec<[SourceId; 1]>;

/// A record that cites the sources it rests on.
///
/// Implemented by every fact-bearing record and by [`Series`](crate::Series);
/// [`Series::sources_behind`](crate::Series::sources_behind) resolves the ids.
///
/// ```
/// use kdrama::Cited;
/// fn count(record: &dyn Cited) -> usize { record.cites().len() }
/// let glory = kdrama::datasets::the_glory();
/// assert!(count(&glory.person("song-hye-kyo").unwrap()) > 0);
/// ```
pub trait Cited {
    /// The ids of the sources this record rests on, in order.
    fn cites(&self) -> Citations<'_>;
}

/// Where a stored record's citations are resolved: the ids of a series'
/// sources by position (implemented by the series' store).
pub(crate) trait SourceIds {
    /// The id of the source at `position`.
    fn source_id(&self, position: u32) -> Option<&SourceId>;
}

/// The ids of the sources a record cites, in order: a list that indexes in
/// constant time and iterates as `&SourceId`. What [`Cited::cites`] and the
/// `cites()` of a series' stored records ([`PersonRef`](crate::PersonRef)
/// and the like) return; an owned record's own `cites()` is a slice.
///
/// ```
/// let g = kdrama::datasets::the_glory();
/// let song = g.person("song-hye-kyo").unwrap();
/// let cites = song.cites();
/// assert_eq!(cites.iter().count(), cites.len());
/// assert!(cites.iter().all(|id| g.source(id).is_some()));
/// assert_eq!(cites, *song.to_person().cites());
/// ```
#[derive(Clone, Copy)]
pub struct Citations<'a> {
    ids: Ids<'a>,
}

#[derive(Clone, Copy)]
enum Ids<'a> {
    /// A record's own ids.
    Held(&'a [SourceId]),
    /// Positions among the sources of a series, resolved by `sources`.
    Stored {
        at: &'a [u32],
        sources: &'a (dyn SourceIds + Sync),
    },
}

impl<'a> Citations<'a> {
    /// Positions among the sources `sources` resolves.
    pub(crate) fn stored(at: &'a [u32], sources: &'a (dyn SourceIds + Sync)) -> Citations<'a> {
        Citations {
            ids: Ids::Stored { at, sources },
        }
    }

    /// How many sources are cited.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.person("song-hye-kyo").unwrap().cites().len() >= 1);
    /// ```
    pub fn len(&self) -> usize {
        match self.ids {
            Ids::Held(ids) => ids.len(),
            Ids::Stored { at, .. } => at.len(),
        }
    }

    /// Whether none is.
    ///
    /// ```
    /// let person = kdrama::Person::new("p".parse()?, "P");
    /// assert!(kdrama::Cited::cites(&person).is_empty());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The id at `index`, counting from 0.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let cites = g.person("song-hye-kyo").unwrap().cites();
    /// assert!(cites.get(0).is_some());
    /// assert!(cites.get(cites.len()).is_none());
    /// ```
    pub fn get(&self, index: usize) -> Option<&'a SourceId> {
        match self.ids {
            Ids::Held(ids) => ids.get(index),
            Ids::Stored { at, sources } => sources.source_id(*at.get(index)?),
        }
    }

    /// The first id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let cites = g.person("song-hye-kyo").unwrap().cites();
    /// assert_eq!(cites.first(), cites.get(0));
    /// ```
    pub fn first(&self) -> Option<&'a SourceId> {
        self.get(0)
    }

    /// Whether the record cites the source with id `id`.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let cites = g.person("song-hye-kyo").unwrap().cites();
    /// assert!(cites.contains(cites.first().unwrap().as_str()));
    /// assert!(!cites.contains("no-such-source"));
    /// ```
    pub fn contains(&self, id: &str) -> bool {
        self.iter().any(|cited| cited.as_str() == id)
    }

    /// The ids in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let ids: Vec<&str> = g.person("song-hye-kyo").unwrap().cites().iter().map(|s| s.as_str()).collect();
    /// assert!(!ids.is_empty());
    /// ```
    pub fn iter(&self) -> CitationsIter<'a> {
        CitationsIter {
            list: *self,
            front: 0,
            back: self.len(),
        }
    }
}

impl<'a> From<&'a [SourceId]> for Citations<'a> {
    fn from(ids: &'a [SourceId]) -> Citations<'a> {
        Citations {
            ids: Ids::Held(ids),
        }
    }
}

impl PartialEq for Citations<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Citations<'_> {}

impl PartialEq<[SourceId]> for Citations<'_> {
    fn eq(&self, other: &[SourceId]) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl fmt::Debug for Citations<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl<'a> IntoIterator for Citations<'a> {
    type Item = &'a SourceId;
    type IntoIter = CitationsIter<'a>;

    fn into_iter(self) -> CitationsIter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &Citations<'a> {
    type Item = &'a SourceId;
    type IntoIter = CitationsIter<'a>;

    fn into_iter(self) -> CitationsIter<'a> {
        self.iter()
    }
}

/// The ids of a [`Citations`] list, in order.
///
/// ```
/// let g = kdrama::datasets::the_glory();
/// let mut ids = g.person("song-hye-kyo").unwrap().cites().iter();
/// assert_eq!(ids.len(), g.person("song-hye-kyo").unwrap().cites().len());
/// assert!(ids.next().is_some());
/// ```
#[derive(Clone, Debug)]
pub struct CitationsIter<'a> {
    list: Citations<'a>,
    front: usize,
    back: usize,
}

impl<'a> Iterator for CitationsIter<'a> {
    type Item = &'a SourceId;

    fn next(&mut self) -> Option<&'a SourceId> {
        while self.front < self.back {
            self.front += 1;
            // A stored position always resolves (the store built it from
            // a source it holds); one that did not would be skipped.
            if let Some(id) = self.list.get(self.front - 1) {
                return Some(id);
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.back - self.front;
        (n, Some(n))
    }
}

impl<'a> DoubleEndedIterator for CitationsIter<'a> {
    fn next_back(&mut self) -> Option<&'a SourceId> {
        while self.front < self.back {
            self.back -= 1;
            if let Some(id) = self.list.get(self.back) {
                return Some(id);
            }
        }
        None
    }
}

impl ExactSizeIterator for CitationsIter<'_> {}

impl FusedIterator for CitationsIter<'_> {}

/// Adds `cites()` and `citing()` to a record type with a `cites: Vec<SourceId>` field.
macro_rules! impl_cites {
    ($($ty:ident = $example:literal),* $(,)?) => {$(
        impl $ty {
            /// The ids of the [`Source`](crate::Source)s this record rests on, in order.
            ///
            /// ```
            #[doc = concat!("let record = ", $example, ".citing(\"wiki-en\".parse()?);")]
            /// assert_eq!(record.cites()[0].as_str(), "wiki-en");
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn cites(&self) -> &[crate::id::SourceId] {
                &self.cites
            }

            /// Adds a source this record rests on.
            ///
            /// ```
            #[doc = concat!("let record = ", $example, ".citing(\"a\".parse()?).citing(\"b\".parse()?);")]
            /// assert_eq!(record.cites().len(), 2);
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            #[must_use]
            pub fn citing(mut self, source: crate::id::SourceId) -> Self {
                self.cites.push(source);
                self
            }
        }

        impl crate::model::cites::Cited for $ty {
            fn cites(&self) -> crate::model::cites::Citations<'_> {
                crate::model::cites::Citations::from(&self.cites[..])
            }
        }
    )*};
}

pub(crate) use impl_cites;
