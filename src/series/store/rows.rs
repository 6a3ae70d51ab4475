//! The rows a store holds its records in, and the spans and runs they
//! point into the arena and the shared lists with.

use crate::id::{CharacterId, ClaimId, EventId, MediaId, PersonId, SourceId, StatementId};
use crate::model::disputes::Dispute;
use crate::time::release::Release;
use crate::vocab::{
    AliasKind, AuthorityTier, Billing, CrewRole, EventKind, LifeStage, MediaKind, RelationshipKind,
    Verdict,
};

use super::super::index::Keyed;
#[allow(unused_imports)] // the doc links
use crate::model::{
    claims::{Claim, Statement},
    events::Event,
    media::MediaAsset,
    names::Alias,
    parts::{Episode, Part},
    people::{Character, CrewCredit, Person, Portrayal, Relationship},
    source::Source,
};

/// A text in the arena, as where it starts: 4 bytes. The arena holds each
/// text after its length, written as one `char` whose code point is the
/// length (one byte up to 127 bytes of text, two up to 2 047, three up to
/// 55 295), so the arena stays UTF-8 and a text is read in constant time.
/// [`Span::ABSENT`] for an absent optional text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span(u32);

impl Span {
    /// An absent optional text (no text starts there: the arena is shorter).
    pub(crate) const ABSENT: Span = Span(u32::MAX);

    /// Appends `text` to `arena`, after its length; `None` if the text is
    /// too long to be written so (over 55 295 bytes: validation allows
    /// [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES)) or the arena too large for
    /// 32-bit positions.
    pub(crate) fn write(arena: &mut String, text: &str) -> Option<Span> {
        let len = char::from_u32(u32::try_from(text.len()).ok()?)?;
        let start = u32::try_from(arena.len()).ok().filter(|&s| s != u32::MAX)?;
        arena.push(len);
        arena.push_str(text);
        Some(Span(start))
    }

    /// The text at this span of `arena` (empty for an absent one).
    pub(crate) fn read(self, arena: &str) -> &str {
        let Some(rest) = arena.get(self.0 as usize..) else {
            return "";
        };
        let Some(len) = rest.chars().next() else {
            return "";
        };
        let start = len.len_utf8();
        rest.get(start..start + len as usize).unwrap_or("")
    }
}

/// A run of entries in one of the shared vectors: where it starts, how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub(crate) start: u32,
    pub(crate) len: u32,
}

impl Run {
    /// The run of a shared list's entries from `start` to `end` (positions
    /// fit in 32 bits: the store checks its lists' sizes first).
    pub(crate) fn between(start: usize, end: usize) -> Run {
        Run {
            start: start as u32,
            len: (end - start) as u32,
        }
    }
}

/// No person: a credit whose actor is not confirmed.
pub(crate) const NOBODY: u32 = u32::MAX;

/// A [`Person`] as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonRow {
    pub(crate) id: PersonId,
    pub(crate) name: Span,
    pub(crate) native_name: Span,
    pub(crate) aliases: Run,
    pub(crate) cites: Run,
}

/// An [`Alias`] as the store holds it: 12 bytes instead of 40.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AliasRow {
    pub(crate) name: Span,
    pub(crate) language: Span,
    pub(crate) kind: AliasKind,
}

/// A [`Character`] as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CharacterRow {
    pub(crate) id: CharacterId,
    pub(crate) name: Span,
    pub(crate) native_name: Span,
    pub(crate) occupation: Span,
    pub(crate) description: Span,
    pub(crate) aliases: Run,
    pub(crate) cites: Run,
}

/// A [`Portrayal`] as the store holds it: the person and the character as
/// positions in the store's people and characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortrayalRow {
    pub(crate) person: u32,
    pub(crate) character: u32,
    pub(crate) stage: LifeStage,
    pub(crate) billing: Option<Billing>,
    pub(crate) episodes: Run,
    pub(crate) cites: Run,
}

/// A [`Relationship`] as the store holds it: its characters as positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationshipRow {
    pub(crate) from: u32,
    pub(crate) to: u32,
    pub(crate) kind: RelationshipKind,
    pub(crate) cites: Run,
}

/// A [`CrewCredit`] as the store holds it: its person as a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrewRow {
    pub(crate) person: u32,
    pub(crate) note: Span,
    pub(crate) cites: Run,
    pub(crate) role: CrewRole,
}

/// A [`MediaAsset`] as the store holds it: 72 bytes instead of 192. Its
/// platform is a position among the series' organizations, its part 0 when
/// none; the characters and motifs it shows and its lifecycle events are
/// runs in shared lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRow {
    pub(crate) id: MediaId,
    pub(crate) title: Span,
    pub(crate) copy: Span,
    pub(crate) description: Span,
    pub(crate) depicts: Run,
    pub(crate) motifs: Run,
    pub(crate) events: Run,
    pub(crate) cites: Run,
    pub(crate) part: u32,
    pub(crate) platform: u32,
    pub(crate) kind: MediaKind,
}

impl Keyed for MediaRow {
    fn key(&self) -> &str {
        self.id.as_str()
    }
}

/// A [`Source`] as the store holds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    pub(crate) id: SourceId,
    pub(crate) publisher: Span,
    pub(crate) title: Span,
    pub(crate) url: Span,
    pub(crate) language: Span,
    pub(crate) published: Option<Release>,
    pub(crate) authority: AuthorityTier,
}

impl Keyed for SourceRow {
    fn key(&self) -> &str {
        self.id.as_str()
    }
}

impl Keyed for PersonRow {
    fn key(&self) -> &str {
        self.id.as_str()
    }
}

impl Keyed for CharacterRow {
    fn key(&self) -> &str {
        self.id.as_str()
    }
}

/// A [`Part`] as the store holds it: its announcements and episodes are
/// runs in shared lists, an inference a position among the store's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartRow {
    pub(crate) number: u32,
    pub(crate) release: Release,
    /// A position in the store's inferences, [`NOBODY`] when reported.
    pub(crate) inferred: u32,
    pub(crate) announcements: Run,
    pub(crate) episodes: Run,
    pub(crate) cites: Run,
}

/// An [`Episode`] as the store holds it: 40 bytes instead of 80; its
/// runtime 0 when unknown (a known runtime is positive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EpisodeRow {
    pub(crate) number: u32,
    pub(crate) number_in_part: u32,
    pub(crate) title: Span,
    pub(crate) runtime_minutes: u32,
    pub(crate) release: Option<Release>,
    /// A position in the store's inferences, [`NOBODY`] when reported.
    pub(crate) inferred: u32,
    pub(crate) cites: Run,
}

/// A [`Claim`] as the store holds it: 72 bytes instead of 144; its
/// subjects, media and spreaders runs in shared lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRow {
    pub(crate) id: ClaimId,
    pub(crate) first_seen: Release,
    pub(crate) summary: Span,
    pub(crate) subjects: Run,
    pub(crate) media: Run,
    pub(crate) spread_by: Run,
    pub(crate) cites: Run,
    pub(crate) verdict: Verdict,
}

/// A [`Statement`] as the store holds it: 64 bytes instead of 160; its
/// speaker and representative positions among the store's parties, its
/// outlet among the series' organizations ([`NOBODY`] for none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    pub(crate) id: StatementId,
    pub(crate) date: Release,
    pub(crate) summary: Span,
    pub(crate) speaker: u32,
    pub(crate) via: u32,
    pub(crate) outlet: u32,
    pub(crate) answers: Run,
    pub(crate) cites: Run,
}

/// An [`Event`] as the store holds it: 80 bytes instead of 160.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub(crate) id: EventId,
    pub(crate) disputed: Option<Box<Dispute<Release>>>,
    pub(crate) date: Release,
    pub(crate) name: Span,
    pub(crate) venue: Span,
    pub(crate) description: Span,
    pub(crate) participants: Run,
    pub(crate) awards: Run,
    pub(crate) cites: Run,
    pub(crate) kind: EventKind,
}

macro_rules! keyed_rows {
    ($($row:ty),*) => {$(
        impl Keyed for $row {
            fn key(&self) -> &str {
                self.id.as_str()
            }
        }
    )*};
}

keyed_rows!(ClaimRow, StatementRow, EventRow);
