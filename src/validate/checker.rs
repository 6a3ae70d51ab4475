//! The checker: where violations are collected, the paths they carry, the
//! one reference check, and the checks every domain shares (text, language
//! tags, dates, aliases, citations).

use foldhash::{HashMap, HashMapExt};
use std::fmt;
use std::hash::Hash;

use crate::error::Strictness;
use crate::error::{Severity, Violation, ViolationKind, Violations, shown};
use crate::id::{
    CharacterId, ClaimId, MediaId, MotifId, OrganizationId, PersonId, SourceId, SpecialId,
    StatementId,
};
use crate::limits::{MAX_RUNTIME_MINUTES, MAX_TEXT_BYTES, MAX_YEAR, MIN_YEAR};
use crate::model::claims::Party;
use crate::series::index::{Index, Kind};
use crate::series::wire::SeriesData;
use crate::text::first_forbidden;
use crate::time::release::{Precision, Release};
use crate::time::zone::Zone;

/// Collects violations while walking the data: errors, and warnings kept
/// apart (or promoted to errors under [`Strictness::Strict`]), each capped.
pub(super) struct Checker {
    errors: Violations,
    warnings: Violations,
    strict: bool,
    zone: Zone,
}

impl Checker {
    pub(super) fn new(zone: Zone, strictness: Strictness) -> Checker {
        Checker {
            errors: Violations::default(),
            warnings: Violations::default(),
            strict: strictness == Strictness::Strict,
            zone,
        }
    }

    /// The errors (warnings included under strict checking) and the warnings.
    pub(super) fn finish(self) -> (Violations, Violations) {
        (self.errors, self.warnings)
    }

    pub(super) fn error(
        &mut self,
        path: impl Into<String>,
        kind: ViolationKind,
        message: impl Into<String>,
    ) {
        self.push(path, kind, message, Severity::Error);
    }

    pub(super) fn push(
        &mut self,
        path: impl Into<String>,
        kind: ViolationKind,
        message: impl Into<String>,
        severity: Severity,
    ) {
        self.report(Violation::new(path.into(), kind, message.into(), severity));
    }

    pub(super) fn list(&mut self, severity: Severity) -> &mut Violations {
        if severity == Severity::Error || self.strict {
            &mut self.errors
        } else {
            &mut self.warnings
        }
    }

    /// Keeps the violation, or counts it once `MAX_REPORTED_VIOLATIONS`
    /// are kept.
    pub(super) fn report(&mut self, violation: Violation) {
        let severity = violation.severity();
        self.list(severity).push(violation);
    }

    /// A one-line text: a name, title, tag, label.
    pub(super) fn text(&mut self, path: impl FnOnce() -> String, value: &str) {
        self.text_of(path, value, false);
    }

    /// Prose (a description, summary, reason): tab and newline are allowed.
    pub(super) fn prose(&mut self, path: impl FnOnce() -> String, value: &str) {
        self.text_of(path, value, true);
    }

    pub(super) fn opt_prose(&mut self, path: impl FnOnce() -> String, value: Option<&str>) {
        if let Some(value) = value {
            self.prose(path, value);
        }
    }

    pub(super) fn text_of(&mut self, path: impl FnOnce() -> String, value: &str, prose: bool) {
        let trimmed = value.trim();
        if trimmed.is_empty() {
            self.error(
                path(),
                ViolationKind::EmptyText,
                "empty text: expected a non-empty value",
            );
        } else if value.len() > MAX_TEXT_BYTES {
            self.error(
                path(),
                ViolationKind::TooLong,
                format!(
                    "text of {} bytes: expected at most {MAX_TEXT_BYTES}",
                    value.len()
                ),
            );
        } else if let Some((at, c)) = first_forbidden(value, prose) {
            let allowed = if prose {
                "no control characters other than tab and newline"
            } else {
                "no control characters"
            };
            self.error(
                path(),
                ViolationKind::ControlCharacter,
                format!(
                    "text {} has control character U+{:04X} at byte {at}: expected {allowed}",
                    shown(value),
                    u32::from(c)
                ),
            );
        } else if trimmed.len() != value.len() {
            self.error(
                path(),
                ViolationKind::UntrimmedText,
                format!(
                    "text {} has surrounding whitespace: expected it trimmed",
                    shown(value)
                ),
            );
        }
    }

    pub(super) fn opt_text(&mut self, path: impl FnOnce() -> String, value: Option<&str>) {
        if let Some(value) = value {
            self.text(path, value);
        }
    }

    pub(super) fn language(&mut self, path: impl FnOnce() -> String, tag: &str) {
        if !is_language_tag(tag) {
            self.error(
                path(),
                ViolationKind::InvalidLanguageTag,
                format!(
                    "language tag {}: expected a BCP 47 tag such as \"ko\" or \"zh-Hant\"",
                    shown(tag)
                ),
            );
        }
    }

    /// An assigned ISO 3166-1 alpha-2 country code.
    pub(super) fn country(&mut self, path: impl FnOnce() -> String, code: &str) {
        if !crate::model::availability::is_assigned(code) {
            self.error(
                path(),
                ViolationKind::InvalidCountry,
                format!(
                    "country {}: expected an assigned ISO 3166-1 alpha-2 code such as \"KR\"",
                    shown(code)
                ),
            );
        }
    }

    /// Reports every entry of a list that means a set which repeats an
    /// earlier entry, at its own path.
    pub(super) fn unique<T: Ord>(&mut self, list: impl Fn() -> String, entries: &[T]) {
        if entries.len() < 2 {
            return;
        }
        // Short lists (most `cites`) are compared pairwise, without
        // allocating: at most 16 × 16 comparisons, a constant per list.
        const SHORT: usize = 16;
        if entries.len() <= SHORT {
            for (i, entry) in entries.iter().enumerate() {
                if let Some(first) = entries[..i].iter().position(|e| e == entry) {
                    self.duplicate_entry(&list(), i, first);
                }
            }
            return;
        }
        // Positions sorted by entry, then position: equal entries sit side by
        // side with the first occurrence leading (4 bytes per entry, n log n).
        let mut order: Vec<u32> = (0..entries.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            entries[a as usize]
                .cmp(&entries[b as usize])
                .then(a.cmp(&b))
        });
        if order
            .windows(2)
            .all(|w| entries[w[0] as usize] != entries[w[1] as usize])
        {
            return;
        }
        // Each position's first occurrence, then the repeats in document order.
        let mut first: Vec<u32> = (0..entries.len() as u32).collect();
        for run in order.chunk_by(|&a, &b| entries[a as usize] == entries[b as usize]) {
            for &i in &run[1..] {
                first[i as usize] = run[0];
            }
        }
        drop(order);
        for (i, &first) in first.iter().enumerate() {
            if first as usize != i {
                self.duplicate_entry(&list(), i, first as usize);
            }
        }
    }

    fn duplicate_entry(&mut self, list: &str, i: usize, first: usize) {
        self.error(
            format!("{list}[{i}]"),
            ViolationKind::DuplicateRecord,
            format!("duplicate entry: expected each entry once (first at {list}[{first}])"),
        );
    }

    /// Every cited id must name a source, once; a fact-bearing record must cite one.
    pub(super) fn cites(
        &mut self,
        path: Option<&Path<'_>>,
        cites: &[SourceId],
        (data, index): (&SeriesData, &Index),
        fact_bearing: bool,
    ) {
        if fact_bearing && cites.is_empty() {
            self.push(
                join(path, "cites"),
                ViolationKind::MissingSource,
                "no source cited: expected at least one source id",
                Severity::Warning,
            );
        }
        self.unique(|| join(path, "cites"), cites);
        self.refers_each(|| join(path, "cites"), cites, (data, index));
    }

    /// The one reference check: `id` must name a record of its kind.
    pub(super) fn refers<T: Target>(
        &mut self,
        path: impl FnOnce() -> String,
        id: &T,
        (data, index): (&SeriesData, &Index),
    ) {
        if !id.resolves(data, index) {
            self.error(
                path(),
                ViolationKind::DanglingReference,
                format!(
                    "unknown {} {:?}: expected the id of a record in {}",
                    T::KIND.what(),
                    id.key(),
                    T::KIND.collection()
                ),
            );
        }
    }

    /// Every id of a list must name a record of its kind.
    pub(super) fn refers_each<T: Target>(
        &mut self,
        list: impl Fn() -> String,
        ids: &[T],
        ctx: (&SeriesData, &Index),
    ) {
        for (i, id) in ids.iter().enumerate() {
            self.refers(|| format!("{}[{i}]", list()), id, ctx);
        }
    }

    /// A date that must be announced, then checked as any release.
    pub(super) fn dated(&mut self, path: impl Fn() -> String, date: Release) {
        if !date.is_announced() {
            self.error(
                path(),
                ViolationKind::MissingDate,
                "date \"unannounced\": expected a date, as precisely as known",
            );
        }
        self.release(path, date);
    }

    /// An exact release must carry the home zone's offset at its instant; a
    /// day must exist in the home zone.
    pub(super) fn release(&mut self, path: impl FnOnce() -> String, release: Release) {
        if let Some(at) = release.instant() {
            let expected = self.zone.offset_at(at.to_utc());
            if at.offset().local_minus_utc() != expected.local_minus_utc() {
                self.error(
                    path(),
                    ViolationKind::WrongOffset,
                    format!(
                        "release {release} has offset {}: expected {expected}, the offset of {} at that instant",
                        at.offset(),
                        self.zone.name()
                    ),
                );
            }
        } else if release.precision() == Precision::Day
            && release
                .window(self.zone)
                .is_some_and(|w| w.start() >= w.end())
        {
            self.error(
                path(),
                ViolationKind::NonexistentDay,
                format!(
                    "day {release} does not exist in {}: expected a calendar day of the home zone",
                    self.zone.name()
                ),
            );
        }
    }

    /// A calendar date or instant outside the supported years.
    pub(super) fn in_range(
        &mut self,
        path: impl FnOnce() -> String,
        year: i32,
        shown: impl fmt::Display,
    ) {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.error(
                path(),
                ViolationKind::OutOfRange,
                format!("date {shown}: expected a year from {MIN_YEAR} to {MAX_YEAR}"),
            );
        }
    }

    pub(super) fn runtime(&mut self, path: impl FnOnce() -> String, minutes: u32) {
        if minutes == 0 || minutes > MAX_RUNTIME_MINUTES {
            self.error(
                path(),
                ViolationKind::ImplausibleRuntime,
                format!("runtime {minutes} minutes: expected 1 to {MAX_RUNTIME_MINUTES}"),
            );
        }
    }

    pub(super) fn party(
        &mut self,
        path: impl FnOnce() -> String,
        party: &Party,
        (data, index): (&SeriesData, &Index),
    ) {
        match party {
            Party::Person(id) => self.refers(path, id, (data, index)),
            Party::Organization(id) => self.refers(path, id, (data, index)),
            Party::Other(text) => self.text(path, text),
        }
    }
}

/// An id that must name a record of the series: its kind (which names the
/// list that holds such records) and the lookup.
pub(super) trait Target {
    const KIND: Kind;
    fn key(&self) -> &str;
    fn resolves(&self, data: &SeriesData, index: &Index) -> bool;
}

macro_rules! targets {
    ($($id:ty => $kind:ident, $list:ident;)*) => {$(
        impl Target for $id {
            const KIND: Kind = Kind::$kind;
            fn key(&self) -> &str {
                self.as_str()
            }
            fn resolves(&self, data: &SeriesData, index: &Index) -> bool {
                index.$list().contains(&data.$list, self.as_str())
            }
        }
    )*};
}

targets! {
    SourceId => Sources, sources;
    OrganizationId => Organizations, organizations;
    PersonId => People, people;
    CharacterId => Characters, characters;
    MotifId => Motifs, motifs;
    MediaId => Media, media;
    ClaimId => Claims, claims;
    StatementId => Statements, statements;
    SpecialId => Specials, specials;
}

/// A record's path, formatted only when a violation needs it.
#[derive(Clone, Copy)]
pub(super) struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    field: &'static str,
    index: usize,
}

impl<'a> Path<'a> {
    pub(super) fn item(field: &'static str, index: usize) -> Path<'a> {
        Path {
            parent: None,
            field,
            index,
        }
    }

    pub(super) fn child(&'a self, field: &'static str, index: usize) -> Path<'a> {
        Path {
            parent: Some(self),
            field,
            index,
        }
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}.")?;
        }
        write!(f, "{}[{}]", self.field, self.index)
    }
}

pub(super) fn join(path: Option<&Path<'_>>, field: &str) -> String {
    match path {
        Some(path) => format!("{path}.{field}"),
        None => field.to_owned(),
    }
}

/// The longest language tag accepted, in bytes.
pub(super) const MAX_TAG_BYTES: usize = 64;

pub(crate) fn is_language_tag(tag: &str) -> bool {
    if tag.len() > MAX_TAG_BYTES {
        return false;
    }
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Reports records that appear more than once, by a key.
pub(super) fn no_duplicates<'a, K: Eq + Hash, T>(
    check: &mut Checker,
    collection: &str,
    what: &str,
    records: &'a [T],
    key: impl Fn(&'a T) -> K,
) {
    let mut seen = HashMap::new();
    for (i, record) in records.iter().enumerate() {
        if let Some(first) = seen.insert(key(record), i) {
            check.error(
                format!("{collection}[{i}]"),
                ViolationKind::DuplicateRecord,
                format!("duplicate {what}: expected it once (first at {collection}[{first}])"),
            );
        }
    }
}

/// A name's aliases: each a one-line text, with a valid language tag.
pub(super) fn aliases(
    c: &mut Checker,
    path: &dyn fmt::Display,
    aliases: &[crate::model::names::Alias],
) {
    for (i, a) in aliases.iter().enumerate() {
        c.text(|| format!("{path}.aliases[{i}].name"), a.name());
        if let Some(tag) = a.language() {
            c.language(|| format!("{path}.aliases[{i}].language"), tag);
        }
    }
}
