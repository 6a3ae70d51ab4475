//! Building a store: the text arena, and the helpers that append a
//! record's lists and resolve its references to positions.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use crate::error::{Error, Result, Violation, ViolationKind, Violations};
use crate::model::cites::Cites;
use crate::model::names::Alias;

use super::super::index::Index;
use super::rows::{AliasRow, Run, SourceRow, Span};

/// The text arena while a store is built: each distinct text once, found
/// again by its hash (keyed per process, so that texts chosen to collide
/// cannot make building quadratic).
pub(super) struct Arena {
    texts: String,
    seen: HashTable<Span>,
    hasher: foldhash::fast::RandomState,
}

impl Arena {
    /// An arena with room for `bytes` of text.
    pub(super) fn with_capacity(bytes: usize) -> Arena {
        Arena {
            texts: String::with_capacity(bytes),
            seen: HashTable::new(),
            hasher: foldhash::fast::RandomState::default(),
        }
    }

    /// Where `text` is in the arena: where it was before, or appended.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] for a text over 55 295 bytes (validation allows
    /// [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES)) or an arena past 4 GiB.
    pub(super) fn text(&mut self, text: &str) -> Result<Span> {
        let hash = self.hasher.hash_one(text);
        let texts = &self.texts;
        if let Some(&span) = self.seen.find(hash, |&span| span.read(texts) == text) {
            return Ok(span);
        }
        let span = Span::write(&mut self.texts, text).ok_or(Error::TooLarge {
            actual: text.len(),
            limit: crate::MAX_TEXT_BYTES,
        })?;
        let (texts, hasher) = (&self.texts, &self.hasher);
        self.seen
            .insert_unique(hash, span, |&other| hasher.hash_one(other.read(texts)));
        Ok(span)
    }

    /// Where an optional text is in the arena.
    ///
    /// # Errors
    ///
    /// As [`Arena::text`].
    pub(super) fn opt_text(&mut self, text: Option<&str>) -> Result<Span> {
        text.map_or(Ok(Span::ABSENT), |t| self.text(t))
    }

    /// The arena's texts.
    pub(super) fn finish(self) -> String {
        self.texts
    }
}

/// Appends a record's aliases to the shared list, their texts to the
/// arena; the run they take.
pub(super) fn alias_rows(
    shared: &mut Vec<AliasRow>,
    arena: &mut Arena,
    aliases: Vec<Alias>,
) -> Result<Run> {
    let start = shared.len();
    for a in aliases {
        shared.push(AliasRow {
            name: arena.text(a.name())?,
            language: arena.opt_text(a.language())?,
            kind: a.kind(),
        });
    }
    Ok(Run::between(start, shared.len()))
}

/// Appends a record's citations to the shared list as positions in
/// `sources`; the run they take. `record` names the record for the error.
pub(super) fn cite_rows(
    shared: &mut Vec<u32>,
    sources: &[SourceRow],
    index: &Index,
    cites: Cites,
    record: impl Fn() -> String,
) -> Result<Run> {
    let start = shared.len();
    for (i, id) in cites.iter().enumerate() {
        let at = position(index.sources().position(sources, id.as_str()))
            .ok_or_else(|| dangling(&format!("{}.cites[{i}]", record()), "source", id.as_str()))?;
        shared.push(at);
    }
    Ok(Run::between(start, shared.len()))
}

/// A position found by the id index, as a row stores it.
pub(super) fn position(found: Option<usize>) -> Option<u32> {
    found.and_then(|i| u32::try_from(i).ok())
}

/// A reference (a credit's person or character, a citation) that does not
/// resolve, at `path`. Validation reports these
/// before a store is built; this keeps the store whole if it ever did not.
pub(super) fn dangling(path: &str, what: &str, id: &str) -> Error {
    Error::Invalid(Violations::new(vec![Violation::error(
        path.to_owned(),
        ViolationKind::DanglingReference,
        format!("unknown {what} {id:?}: expected the id of a record in the series"),
    )]))
}

/// Appends `items` to a shared vector; the run they take there.
pub(super) fn run<T>(shared: &mut Vec<T>, items: impl IntoIterator<Item = T>) -> Run {
    let start = shared.len();
    shared.extend(items);
    Run::between(start, shared.len())
}

/// The entries of `shared` in `run`.
pub(super) fn slice<T>(shared: &[T], run: Run) -> &[T] {
    let start = run.start as usize;
    shared.get(start..start + run.len as usize).unwrap_or(&[])
}
