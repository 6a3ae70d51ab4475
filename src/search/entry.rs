//! What a name variant in the name index is: whose, where its record is,
//! and which of the record's names.

use crate::vocab::RomanizationSystem;

use super::results::MatchKind;

/// Who a name belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) enum Owner {
    /// A series, by position.
    Series(u32),
    /// A person, by the series and position of their first record.
    Person(u32, u32),
    /// A character, by series and position.
    Character(u32, u32),
}

/// Which of its owner's names a variant is (4 bytes: a record's lists hold
/// at most [`MAX_ITEMS`](crate::MAX_ITEMS) entries).
#[derive(Debug, Clone, Copy)]
pub(super) enum Which {
    Name,
    Native,
    Alias(u16),
    Romanized(RomanizationSystem),
    Initials,
    /// A title's stored romanization, by position.
    Stored(u16),
    /// A localized title, by position.
    Localized(u16),
}

/// A position in a record's list (at most [`MAX_ITEMS`](crate::MAX_ITEMS)),
/// as `Which` keeps it.
pub(super) fn item(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

impl Which {
    /// How good an exact match on this variant is.
    pub(super) fn rank(self) -> MatchKind {
        match self {
            Which::Name | Which::Native => MatchKind::Name,
            Which::Alias(_) | Which::Stored(_) | Which::Localized(_) => MatchKind::Alias,
            Which::Romanized(_) => MatchKind::Romanized,
            Which::Initials => MatchKind::Initials,
        }
    }

    /// Whether the later words of this variant are keys too (names, aliases
    /// and titles as written; not the computed romanizations or initials).
    pub(super) fn has_words(self) -> bool {
        !matches!(self, Which::Romanized(_) | Which::Initials)
    }
}

/// What kind of record a variant's owner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Series,
    Character,
    /// A person whose record here is their first.
    Person,
    /// A person whose first record, the owner, is another one (a later
    /// record of the id with other aliases): kept apart, since it is rare.
    PersonElsewhere,
}

/// One name variant in 16 bytes: where its record is, which name it is, and
/// what kind of record owns it (the owner is the record itself, but for
/// `Kind::PersonElsewhere`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub(super) series: u32,
    pub(super) record: u32,
    pub(super) which: Which,
    pub(super) kind: Kind,
}

impl Entry {
    /// The entry of a variant of `owner` whose record is at `(series,
    /// record)`.
    pub(super) fn new(owner: Owner, (series, record): (u32, u32), which: Which) -> Entry {
        let kind = match owner {
            Owner::Series(_) => Kind::Series,
            Owner::Character(..) => Kind::Character,
            Owner::Person(s, p) if (s, p) == (series, record) => Kind::Person,
            Owner::Person(..) => Kind::PersonElsewhere,
        };
        Entry {
            series,
            record,
            which,
            kind,
        }
    }

    /// The owner, given where a `PersonElsewhere`'s first record is.
    pub(super) fn owner(&self, elsewhere: impl FnOnce() -> Option<(u32, u32)>) -> Owner {
        match self.kind {
            Kind::Series => Owner::Series(self.series),
            Kind::Character => Owner::Character(self.series, self.record),
            Kind::Person => Owner::Person(self.series, self.record),
            Kind::PersonElsewhere => {
                let (s, p) = elsewhere().unwrap_or((self.series, self.record));
                Owner::Person(s, p)
            }
        }
    }
}
