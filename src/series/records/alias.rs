//! The aliases of a series' people and characters, as views.

use std::fmt;

use crate::model::names::Alias;
use crate::vocab::AliasKind;

use super::AliasRef;

impl<'a> AliasRef<'a> {
    /// The alias text.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let jung = g.person("jung-sung-il").unwrap();
    /// assert!(jung.aliases().iter().any(|a| a.name() == "Jung Sung II"));
    /// ```
    pub fn name(&self) -> &'a str {
        self.store().text_of(self.row.name)
    }

    /// What kind of variant it is.
    ///
    /// ```
    /// use kdrama::AliasKind;
    /// let g = kdrama::datasets::the_glory();
    /// let song = g.person("song-hye-kyo").unwrap();
    /// assert_eq!(song.aliases().first().map(|a| a.kind()), Some(AliasKind::Misspelling));
    /// ```
    pub fn kind(&self) -> AliasKind {
        self.row.kind
    }

    /// The language tag, for localized aliases.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let lim = g.person("lim-ji-yeon").unwrap();
    /// assert!(lim.aliases().iter().any(|a| a.language() == Some("zh")));
    /// ```
    pub fn language(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.language)
    }

    /// An owned copy, as a [`Person`](crate::Person) or [`Character`](crate::Character) given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder) holds it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let yum = g.person("yeom-hye-ran").unwrap().aliases().first().unwrap();
    /// assert_eq!(yum.to_alias(), kdrama::Alias::new("Yum Hye-ran", yum.kind()));
    /// ```
    pub fn to_alias(&self) -> Alias {
        self.store().alias(self.row)
    }

    pub(super) fn fields(&self) -> (&'a str, AliasKind, Option<&'a str>) {
        (self.name(), self.kind(), self.language())
    }
}

impl PartialEq<Alias> for AliasRef<'_> {
    fn eq(&self, other: &Alias) -> bool {
        self.fields() == (other.name(), other.kind(), other.language())
    }
}

impl fmt::Debug for AliasRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_alias().fmt(f)
    }
}
