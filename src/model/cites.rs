//! The citation list every fact-bearing record carries.

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
    fn cites(&self) -> &[SourceId];
}

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
            fn cites(&self) -> &[crate::id::SourceId] {
                &self.cites
            }
        }
    )*};
}

pub(crate) use impl_cites;
