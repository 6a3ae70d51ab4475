//! The crew credits of a series, as views.

use std::fmt;

use crate::id::PersonId;
use crate::model::cites::Citations;
use crate::model::people::CrewCredit;
use crate::vocab::CrewRole;

use super::CrewCreditRef;

impl<'a> CrewCreditRef<'a> {
    /// Who did the job.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().all(|c| g.person(c.person()).is_some()));
    /// ```
    pub fn person(&self) -> &'a PersonId {
        self.store().credited(self.row.person)
    }

    /// The job.
    ///
    /// ```
    /// use kdrama::CrewRole;
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().any(|c| c.role() == CrewRole::Director));
    /// ```
    pub fn role(&self) -> CrewRole {
        self.row.role
    }

    /// A note on the credit (what the role covered), when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.crew().iter().all(|c| c.note().is_none_or(|n| !n.is_empty())));
    /// ```
    pub fn note(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.note)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let credit = g.crew().first().unwrap();
    /// assert_eq!(credit.to_crew_credit().person(), credit.person());
    /// ```
    pub fn to_crew_credit(&self) -> CrewCredit {
        self.store().crew_credit(self.row)
    }

    pub(super) fn fields(&self) -> (&'a PersonId, CrewRole, Option<&'a str>, Citations<'a>) {
        (self.person(), self.role(), self.note(), self.cites())
    }
}

impl fmt::Debug for CrewCreditRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_crew_credit().fmt(f)
    }
}
