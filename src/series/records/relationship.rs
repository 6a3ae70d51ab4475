//! The relationships between a series' characters, as views.

use std::fmt;

use crate::id::CharacterId;
use crate::model::cites::Citations;
use crate::model::people::Relationship;
use crate::vocab::RelationshipKind;

use super::RelationshipRef;

impl<'a> RelationshipRef<'a> {
    /// The subject of the relationship.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == kdrama::RelationshipKind::Spouse).unwrap();
    /// assert_eq!(r.from().as_str(), "park-yeon-jin");
    /// ```
    pub fn from(&self) -> &'a CharacterId {
        self.store().character_id(self.row.from)
    }

    /// The kind of relationship: `from` is the `kind` of `to`.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.to().as_str() == "ha-do-yeong").unwrap();
    /// assert_eq!(r.kind().as_str(), "spouse");
    /// ```
    pub fn kind(&self) -> RelationshipKind {
        self.row.kind
    }

    /// The object of the relationship.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().iter().find(|r| r.kind() == kdrama::RelationshipKind::Spouse).unwrap();
    /// assert_eq!(r.to().as_str(), "ha-do-yeong");
    /// ```
    pub fn to(&self) -> &'a CharacterId {
        self.store().character_id(self.row.to)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let r = g.relationships().first().unwrap();
    /// assert_eq!(r.to_relationship().to(), r.to());
    /// ```
    pub fn to_relationship(&self) -> Relationship {
        self.store().relationship(self.row)
    }

    pub(super) fn fields(
        &self,
    ) -> (
        &'a CharacterId,
        RelationshipKind,
        &'a CharacterId,
        Citations<'a>,
    ) {
        (self.from(), self.kind(), self.to(), self.cites())
    }
}

impl fmt::Debug for RelationshipRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_relationship().fmt(f)
    }
}
