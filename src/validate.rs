//! Validation: every invariant of a series, checked in one pass, every
//! violation reported with its path.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use std::fmt;
use std::hash::Hash;

use chrono::Datelike;

use crate::claims::Party;
use crate::error::{key_segment, shown};
use crate::id::SourceId;
use crate::limits::{
    MAX_ITEMS, MAX_RECORDS, MAX_RUNTIME_MINUTES, MAX_TEXT_BYTES, MAX_YEAR, MIN_YEAR,
};
use crate::release::{Precision, Release, Window};
use crate::series::{FORMAT_VERSION, IdIndex, Index, Keyed, SeriesData, Strictness};
use crate::text::is_forbidden;
use crate::vocab::{LifecycleAction, Verdict};
use crate::zone::Zone;

/// Whether a [`Violation`] makes a series invalid.
///
/// ```
/// assert_ne!(kdrama::Severity::Error, kdrama::Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Severity {
    /// The series is invalid.
    Error,
    /// Allowed for user data, an error under [`Strictness::Strict`](crate::Strictness::Strict).
    Warning,
}

/// What rule a [`Violation`] breaks, for code to match on.
///
/// ```
/// use kdrama::ViolationKind;
/// assert_eq!(ViolationKind::DanglingReference.as_str(), "dangling_reference");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ViolationKind {
    /// The `format` field is not a version this crate reads.
    UnsupportedFormat,
    /// A name or text field is empty.
    EmptyText,
    /// A name or text field has leading or trailing whitespace.
    UntrimmedText,
    /// Two records of one kind share an id.
    DuplicateId,
    /// The same record (cast or crew credit, relationship) appears twice, or
    /// an entry appears twice in a list that means a set (`cites`, a
    /// portrayal's `episodes`, `answers`, `depicts`, …).
    DuplicateRecord,
    /// A map has the same key twice (language tags compare case-insensitively).
    DuplicateKey,
    /// A reference to an id (or part number) that does not exist.
    DanglingReference,
    /// A record refers to itself.
    SelfReference,
    /// Parts are not numbered 1..n in order.
    PartNumbering,
    /// Episodes are not numbered 1..N contiguously across parts.
    EpisodeNumbering,
    /// A part is certainly released before the part preceding it.
    PartsOutOfOrder,
    /// An episode is certainly released before its part.
    EpisodeBeforePart,
    /// An exact release instant does not carry the home zone's offset at that instant.
    WrongOffset,
    /// A runtime is zero, too long, or a range is inverted.
    ImplausibleRuntime,
    /// A character has no cast credit (an unconfirmed actor still needs one).
    CharacterWithoutPortrayal,
    /// A media asset is taken down (or re-posted, edited) before it is published.
    TakenDownBeforePublished,
    /// Dated entries are listed out of chronological order.
    OutOfOrder,
    /// A refuted claim is answered by no statement.
    RefutedWithoutStatement,
    /// A record that must be dated is `unannounced`.
    MissingDate,
    /// A fact-bearing record cites no source.
    MissingSource,
    /// A language tag is not a BCP 47 tag.
    InvalidLanguageTag,
    /// A country is not an ISO 3166-1 alpha-2 code.
    InvalidCountry,
    /// A URL is not an absolute `http` or `https` URL.
    InvalidUrl,
    /// One person id stands for different people in two series of a catalog.
    ConflictingPerson,
    /// A text is longer than [`MAX_TEXT_BYTES`].
    TooLong,
    /// A list has more entries than its limit ([`MAX_RECORDS`] or [`MAX_ITEMS`]).
    TooMany,
    /// A text contains a control character (C0 other than tab and newline in
    /// prose, DEL, C1 incl. NEL, U+2028 or U+2029).
    ControlCharacter,
    /// A calendar day that does not exist in the home zone (Pacific/Apia
    /// skipped 2011-12-30).
    NonexistentDay,
    /// A date or instant outside the supported years
    /// ([`MIN_YEAR`](crate::MIN_YEAR) to [`MAX_YEAR`](crate::MAX_YEAR)), or a
    /// leap second.
    OutOfRange,
}

impl ViolationKind {
    /// A stable snake_case name.
    ///
    /// ```
    /// assert_eq!(kdrama::ViolationKind::WrongOffset.as_str(), "wrong_offset");
    /// ```
    pub fn as_str(self) -> &'static str {
        use ViolationKind::*;
        match self {
            UnsupportedFormat => "unsupported_format",
            EmptyText => "empty_text",
            UntrimmedText => "untrimmed_text",
            DuplicateId => "duplicate_id",
            DuplicateRecord => "duplicate_record",
            DanglingReference => "dangling_reference",
            SelfReference => "self_reference",
            PartNumbering => "part_numbering",
            EpisodeNumbering => "episode_numbering",
            PartsOutOfOrder => "parts_out_of_order",
            EpisodeBeforePart => "episode_before_part",
            WrongOffset => "wrong_offset",
            ImplausibleRuntime => "implausible_runtime",
            CharacterWithoutPortrayal => "character_without_portrayal",
            TakenDownBeforePublished => "taken_down_before_published",
            OutOfOrder => "out_of_order",
            RefutedWithoutStatement => "refuted_without_statement",
            MissingDate => "missing_date",
            MissingSource => "missing_source",
            InvalidLanguageTag => "invalid_language_tag",
            InvalidCountry => "invalid_country",
            InvalidUrl => "invalid_url",
            ConflictingPerson => "conflicting_person",
            TooLong => "too_long",
            TooMany => "too_many",
            ControlCharacter => "control_character",
            NonexistentDay => "nonexistent_day",
            DuplicateKey => "duplicate_key",
            OutOfRange => "out_of_range",
        }
    }
}

impl fmt::Display for ViolationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One broken rule: where (`parts[1].episodes[3].number`), which rule, and a
/// lowercase message naming the value and what was expected.
///
/// ```
/// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"},
///     "original_language": "ko", "country": "Korea"}"#).unwrap_err();
/// let v = err.violations().unwrap().iter().next().unwrap();
/// assert_eq!(v.path(), "country");
/// assert_eq!(v.kind(), kdrama::ViolationKind::InvalidCountry);
/// assert_eq!(v.message(), "country \"Korea\": expected an ISO 3166-1 alpha-2 code such as \"KR\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Violation {
    path: String,
    kind: ViolationKind,
    message: String,
    severity: Severity,
}

impl Violation {
    pub(crate) fn error(path: String, kind: ViolationKind, message: String) -> Violation {
        Violation {
            path,
            kind,
            message,
            severity: Severity::Error,
        }
    }

    /// The path of the offending value, in JSON-path style.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "platform": "nowhere"}"#).unwrap_err();
    /// let v = err.violations().unwrap().iter().next().unwrap();
    /// assert_eq!(v.path(), "platform");
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The rule broken.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "platform": "nowhere"}"#).unwrap_err();
    /// let v = err.violations().unwrap().iter().next().unwrap();
    /// assert_eq!(v.kind(), kdrama::ViolationKind::DanglingReference);
    /// ```
    pub fn kind(&self) -> ViolationKind {
        self.kind
    }

    /// What is wrong, lowercase, naming the value and what was expected.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "platform": "nowhere"}"#).unwrap_err();
    /// let v = err.violations().unwrap().iter().next().unwrap();
    /// assert_eq!(v.message(), "unknown organization \"nowhere\": expected the id of a record in organizations");
    /// ```
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Whether it makes the series invalid.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "platform": "nowhere"}"#).unwrap_err();
    /// let v = err.violations().unwrap().iter().next().unwrap();
    /// assert_eq!(v.severity(), kdrama::Severity::Error);
    /// ```
    pub fn severity(&self) -> Severity {
        self.severity
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Every violation found in one pass, in document order: the first
/// [`MAX_REPORTED_VIOLATIONS`] in full, then a count of the rest, so that
/// rejecting any input costs a bounded amount of memory and text. Never empty
/// when carried by [`Error::Invalid`](crate::Error::Invalid).
///
/// ```
/// let err = kdrama::Series::from_json(r#"{"format": 2, "id": "x", "titles": {"english": ""},
///     "original_language": "ko", "country": "KR"}"#).unwrap_err();
/// let v = err.violations().unwrap();
/// assert_eq!(v.len(), 2);
/// assert_eq!(err.to_string(), "invalid series (2 problems): format: format version 2: expected 1; titles.english: empty text: expected a non-empty value");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Violations {
    reported: Vec<Violation>,
    omitted: usize,
}

/// The most violations reported in full by one check (1 000); the rest are
/// counted ([`Violations::omitted`]).
///
/// ```
/// let episodes: Vec<String> = (0..2_000).map(|_| "0".to_owned()).collect();
/// let json = format!(r#"{{"format": 1, "id": "x", "titles": {{"english": "X"}}, "original_language": "ko",
///     "country": "KR", "characters": [{{"id": "c", "name": "C"}}],
///     "cast": [{{"character": "c", "stage": "adult", "episodes": [{}]}}]}}"#, episodes.join(","));
/// let err = kdrama::Series::from_json(&json).unwrap_err();
/// let v = err.violations().unwrap();
/// assert_eq!(v.len(), kdrama::MAX_REPORTED_VIOLATIONS);
/// assert_eq!(v.total(), 2_000 + 1_999);
/// ```
pub const MAX_REPORTED_VIOLATIONS: usize = 1_000;

impl Violations {
    pub(crate) fn new(violations: Vec<Violation>) -> Violations {
        let mut all = Violations::default();
        for v in violations {
            all.push(v);
        }
        all
    }

    /// Adds one, or counts it when [`MAX_REPORTED_VIOLATIONS`] are reported.
    pub(crate) fn push(&mut self, violation: Violation) {
        if self.reported.len() < MAX_REPORTED_VIOLATIONS {
            self.reported.push(violation);
        } else {
            self.omitted += 1;
        }
    }

    /// Counts one without keeping it (its text was never formatted).
    fn count(&mut self) {
        self.omitted += 1;
    }

    fn is_full(&self) -> bool {
        self.reported.len() >= MAX_REPORTED_VIOLATIONS
    }

    /// The reported violations, in document order.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": ""}, "original_language": "", "country": "KR"}"#).unwrap_err();
    /// let vs = err.violations().unwrap();
    /// let paths: Vec<&str> = vs.iter().map(|v| v.path()).collect();
    /// assert_eq!(paths, ["titles.english", "original_language"]);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Violation> {
        self.reported.iter()
    }

    /// How many are reported in full (at most [`MAX_REPORTED_VIOLATIONS`]).
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": ""}, "original_language": "", "country": "KR"}"#).unwrap_err();
    /// let vs = err.violations().unwrap();
    /// assert_eq!(vs.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.reported.len()
    }

    /// How many more were found but not reported in full.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": ""}, "original_language": "", "country": "KR"}"#).unwrap_err();
    /// assert_eq!(err.violations().unwrap().omitted(), 0);
    /// ```
    pub fn omitted(&self) -> usize {
        self.omitted
    }

    /// How many were found: reported plus omitted.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": ""}, "original_language": "", "country": "KR"}"#).unwrap_err();
    /// assert_eq!(err.violations().unwrap().total(), 2);
    /// ```
    pub fn total(&self) -> usize {
        self.reported.len() + self.omitted
    }

    /// Whether there are none.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": ""}, "original_language": "", "country": "KR"}"#).unwrap_err();
    /// let vs = err.violations().unwrap();
    /// assert!(!vs.is_empty());
    /// assert!(kdrama::datasets::the_glory().warnings().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.total() == 0
    }
}

impl<'a> IntoIterator for &'a Violations {
    type Item = &'a Violation;
    type IntoIter = std::slice::Iter<'a, Violation>;
    fn into_iter(self) -> Self::IntoIter {
        self.reported.iter()
    }
}

impl fmt::Display for Violations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let total = self.total();
        let noun = if total == 1 { "problem" } else { "problems" };
        write!(f, "invalid series ({total} {noun}): ")?;
        for (i, v) in self.reported.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{v}")?;
        }
        if self.omitted > 0 {
            write!(f, "; and {} more", self.omitted)?;
        }
        Ok(())
    }
}

/// Collects violations while walking the data: errors, and warnings kept
/// apart (or promoted to errors under [`Strictness::Strict`]), each capped.
struct Checker {
    errors: Violations,
    warnings: Violations,
    strict: bool,
    zone: Zone,
}

impl Checker {
    fn error(&mut self, path: impl Into<String>, kind: ViolationKind, message: impl Into<String>) {
        self.push(path, kind, message, Severity::Error);
    }

    fn push(
        &mut self,
        path: impl Into<String>,
        kind: ViolationKind,
        message: impl Into<String>,
        severity: Severity,
    ) {
        let list = if severity == Severity::Error || self.strict {
            &mut self.errors
        } else {
            &mut self.warnings
        };
        if list.is_full() {
            // Counted, never formatted: rejection stays cheap.
            list.count();
            return;
        }
        list.push(Violation {
            path: path.into(),
            kind,
            message: message.into(),
            severity,
        });
    }

    /// A one-line text: a name, title, tag, label.
    fn text(&mut self, path: impl FnOnce() -> String, value: &str) {
        self.text_of(path, value, false);
    }

    /// Prose (a description, summary, reason): tab and newline are allowed.
    fn prose(&mut self, path: impl FnOnce() -> String, value: &str) {
        self.text_of(path, value, true);
    }

    fn opt_prose(&mut self, path: impl FnOnce() -> String, value: Option<&str>) {
        if let Some(value) = value {
            self.prose(path, value);
        }
    }

    fn text_of(&mut self, path: impl FnOnce() -> String, value: &str, prose: bool) {
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
        } else if let Some((at, c)) = value.char_indices().find(|&(_, c)| is_forbidden(c, prose)) {
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

    fn opt_text(&mut self, path: impl FnOnce() -> String, value: Option<&str>) {
        if let Some(value) = value {
            self.text(path, value);
        }
    }

    fn language(&mut self, path: impl FnOnce() -> String, tag: &str) {
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

    /// Reports every entry of a list that means a set which repeats an
    /// earlier entry, at its own path.
    fn unique<T: Ord>(&mut self, list: impl Fn() -> String, entries: &[T]) {
        if entries.len() < 2 {
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
            if first as usize == i {
                continue;
            }
            let list = list();
            self.error(
                format!("{list}[{i}]"),
                ViolationKind::DuplicateRecord,
                format!("duplicate entry: expected each entry once (first at {list}[{first}])"),
            );
        }
    }

    /// Every cited id must name a source, once; a fact-bearing record must cite one.
    fn cites(
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
        for (i, id) in cites.iter().enumerate() {
            if !index.sources.contains(&data.sources, id.as_str()) {
                self.dangling(
                    format!("{}[{i}]", join(path, "cites")),
                    "source",
                    id.as_str(),
                    "sources",
                );
            }
        }
    }

    fn dangling(&mut self, path: String, kind: &str, id: &str, collection: &str) {
        self.error(
            path,
            ViolationKind::DanglingReference,
            format!("unknown {kind} {id:?}: expected the id of a record in {collection}"),
        );
    }

    fn reference(
        &mut self,
        path: impl FnOnce() -> String,
        found: bool,
        kind: &str,
        id: &str,
        collection: &str,
    ) {
        if !found {
            self.dangling(path(), kind, id, collection);
        }
    }

    /// A date that must be announced, then checked as any release.
    fn dated(&mut self, path: impl Fn() -> String, date: Release) {
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
    fn release(&mut self, path: impl FnOnce() -> String, release: Release) {
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
                .window(&self.zone)
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
    fn in_range(&mut self, path: impl FnOnce() -> String, year: i32, shown: impl fmt::Display) {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.error(
                path(),
                ViolationKind::OutOfRange,
                format!("date {shown}: expected a year from {MIN_YEAR} to {MAX_YEAR}"),
            );
        }
    }

    fn runtime(&mut self, path: impl FnOnce() -> String, minutes: u32) {
        if minutes == 0 || minutes > MAX_RUNTIME_MINUTES {
            self.error(
                path(),
                ViolationKind::ImplausibleRuntime,
                format!("runtime {minutes} minutes: expected 1 to {MAX_RUNTIME_MINUTES}"),
            );
        }
    }

    fn party(
        &mut self,
        path: impl FnOnce() -> String,
        party: &Party,
        (data, index): (&SeriesData, &Index),
    ) {
        match party {
            Party::Person(id) => self.reference(
                path,
                index.people.contains(&data.people, id.as_str()),
                "person",
                id.as_str(),
                "people",
            ),
            Party::Organization(id) => self.reference(
                path,
                index
                    .organizations
                    .contains(&data.organizations, id.as_str()),
                "organization",
                id.as_str(),
                "organizations",
            ),
            Party::Other(text) => self.text(path, text),
        }
    }
}

/// A record's path, formatted only when a violation needs it.
#[derive(Clone, Copy)]
struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    field: &'static str,
    index: usize,
}

impl<'a> Path<'a> {
    fn item(field: &'static str, index: usize) -> Path<'a> {
        Path {
            parent: None,
            field,
            index,
        }
    }

    fn child(&'a self, field: &'static str, index: usize) -> Path<'a> {
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

fn join(path: Option<&Path<'_>>, field: &str) -> String {
    match path {
        Some(path) => format!("{path}.{field}"),
        None => field.to_owned(),
    }
}

/// The longest language tag accepted, in bytes.
const MAX_TAG_BYTES: usize = 64;

fn is_language_tag(tag: &str) -> bool {
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

/// An absolute `http` or `https` URL with a host (a name, IPv4 or bracketed
/// IPv6 address, and an optional port), and no whitespace or control
/// characters anywhere.
fn is_url(url: &str) -> bool {
    let Some(rest) = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
    else {
        return false;
    };
    if url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || is_forbidden(c, false))
    {
        return false;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let (host, port) = match authority.strip_prefix('[') {
        // A bracketed IPv6 address.
        Some(v6) => match v6.split_once(']') {
            Some((address, after)) => {
                let ok = !address.is_empty()
                    && address
                        .bytes()
                        .all(|b| b.is_ascii_hexdigit() || b == b':' || b == b'.');
                if !ok {
                    return false;
                }
                match after.strip_prefix(':') {
                    Some(port) => ("ipv6", Some(port)),
                    None if after.is_empty() => ("ipv6", None),
                    None => return false,
                }
            }
            None => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        },
    };
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    // A fully qualified name may end with the root's dot (`example.com.`).
    let host = host.strip_suffix('.').unwrap_or(host);
    let host_ok = !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty()
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        });
    port_ok && host_ok
}

/// Indexes records by id, reporting duplicates.
fn index_ids<T: Keyed>(
    check: &mut Checker,
    collection: &str,
    kind: &str,
    records: &[T],
) -> IdIndex {
    let (index, duplicates) = IdIndex::build(records);
    for (i, first) in duplicates {
        check.error(
            format!("{collection}[{i}].id"),
            ViolationKind::DuplicateId,
            format!(
                "duplicate {kind} id {:?}: expected each id once (first at {collection}[{first}])",
                records[i].key()
            ),
        );
    }
    index
}

/// Reports records that appear more than once, by a key.
fn no_duplicates<'a, K: Eq + Hash, T>(
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

/// Checks every invariant of `data`, in document order.
pub(crate) fn validate(data: &SeriesData, strictness: Strictness) -> Checked {
    let mut c = Checker {
        errors: Violations::default(),
        warnings: Violations::default(),
        strict: strictness == Strictness::Strict,
        zone: data.home_zone,
    };
    let index = Index {
        sources: index_ids(&mut c, "sources", "source", &data.sources),
        organizations: index_ids(&mut c, "organizations", "organization", &data.organizations),
        people: index_ids(&mut c, "people", "person", &data.people),
        characters: index_ids(&mut c, "characters", "character", &data.characters),
        motifs: index_ids(&mut c, "motifs", "motif", &data.motifs),
        media: index_ids(&mut c, "media", "media", &data.media),
        claims: index_ids(&mut c, "claims", "claim", &data.claims),
        statements: index_ids(&mut c, "statements", "statement", &data.statements),
        events: index_ids(&mut c, "events", "event", &data.events),
    };
    // Duplicate-id findings come first; the rest follow the document's field order.
    counts(&mut c, data);
    series_fields(&mut c, data, &index);
    parts(&mut c, data, &index);
    people(&mut c, data, &index);
    media(&mut c, data, &index);
    claims(&mut c, data, &index);
    events(&mut c, data, &index);
    sources(&mut c, data);
    Checked {
        index,
        errors: c.errors,
        warnings: c.warnings,
    }
}

/// Whether an instant is in the supported years and not a leap second.
pub(crate) fn in_supported_range(at: &chrono::DateTime<chrono::FixedOffset>) -> bool {
    use chrono::{Datelike, Timelike};
    (MIN_YEAR..=MAX_YEAR).contains(&at.year()) && at.nanosecond() < 1_000_000_000
}

/// What [`validate`] found: the id index, the errors (warnings included under
/// [`Strictness::Strict`]) and the warnings.
pub(crate) struct Checked {
    pub(crate) index: Index,
    pub(crate) errors: Violations,
    pub(crate) warnings: Violations,
}

/// Every list at every depth against its limit ([`MAX_RECORDS`] for lists of
/// records and episodes, [`MAX_ITEMS`] for lists inside a record). JSON input
/// is already refused while reading; this covers series built in code.
fn counts(c: &mut Checker, data: &SeriesData) {
    let n = |c: &mut Checker, path: &dyn Fn() -> String, len: usize, limit: usize| {
        if len > limit {
            c.error(
                path(),
                ViolationKind::TooMany,
                format!("{len} entries: expected at most {limit}"),
            );
        }
    };
    let t = &data.titles;
    n(
        c,
        &|| "titles.romanizations".into(),
        t.romanizations().len(),
        MAX_ITEMS,
    );
    n(
        c,
        &|| "titles.localized".into(),
        t.localized().len(),
        MAX_ITEMS,
    );
    n(c, &|| "titles.aliases".into(), t.aliases().len(), MAX_ITEMS);
    n(c, &|| "genres".into(), data.genres.len(), MAX_ITEMS);
    n(
        c,
        &|| "production_companies".into(),
        data.production_companies.len(),
        MAX_ITEMS,
    );
    n(c, &|| "cites".into(), data.cites.len(), MAX_ITEMS);
    macro_rules! records {
        ($field:ident, |$path:ident, $r:ident| $nested:block) => {
            n(
                c,
                &|| stringify!($field).into(),
                data.$field.len(),
                MAX_RECORDS,
            );
            for (i, $r) in data.$field.iter().enumerate() {
                let $path = Path::item(stringify!($field), i);
                $nested
            }
        };
    }
    records!(parts, |path, part| {
        n(
            c,
            &|| format!("{path}.announcements"),
            part.announcements().len(),
            MAX_ITEMS,
        );
        n(
            c,
            &|| format!("{path}.episodes"),
            part.episodes().len(),
            MAX_RECORDS,
        );
        n(
            c,
            &|| format!("{path}.cites"),
            part.cites().len(),
            MAX_ITEMS,
        );
        for (j, a) in part.announcements().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.announcements[{j}].cites"),
                a.cites().len(),
                MAX_ITEMS,
            );
        }
        for (j, e) in part.episodes().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.episodes[{j}].cites"),
                e.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(people, |path, p| {
        n(
            c,
            &|| format!("{path}.aliases"),
            p.aliases().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), p.cites().len(), MAX_ITEMS);
    });
    records!(characters, |path, ch| {
        n(
            c,
            &|| format!("{path}.aliases"),
            ch.aliases().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), ch.cites().len(), MAX_ITEMS);
    });
    records!(cast, |path, p| {
        n(
            c,
            &|| format!("{path}.episodes"),
            p.episodes().len(),
            MAX_RECORDS,
        );
        n(c, &|| format!("{path}.cites"), p.cites().len(), MAX_ITEMS);
    });
    records!(relationships, |path, r| {
        n(c, &|| format!("{path}.cites"), r.cites().len(), MAX_ITEMS);
    });
    records!(crew, |path, cr| {
        n(c, &|| format!("{path}.cites"), cr.cites().len(), MAX_ITEMS);
    });
    records!(organizations, |path, o| {
        n(c, &|| format!("{path}.cites"), o.cites().len(), MAX_ITEMS);
    });
    records!(motifs, |path, m| {
        n(
            c,
            &|| format!("{path}.aliases"),
            m.aliases().len(),
            MAX_ITEMS,
        );
        n(
            c,
            &|| format!("{path}.interpretations"),
            m.interpretations().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), m.cites().len(), MAX_ITEMS);
        for (j, it) in m.interpretations().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.interpretations[{j}].cites"),
                it.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(media, |path, m| {
        n(
            c,
            &|| format!("{path}.depicts"),
            m.depicts().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.motifs"), m.motifs().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.events"), m.events().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.cites"), m.cites().len(), MAX_ITEMS);
        for (j, e) in m.events().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.events[{j}].cites"),
                e.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(claims, |path, cl| {
        n(
            c,
            &|| format!("{path}.subjects"),
            cl.subjects().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.media"), cl.media().len(), MAX_ITEMS);
        n(
            c,
            &|| format!("{path}.spread_by"),
            cl.spreaders().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), cl.cites().len(), MAX_ITEMS);
    });
    records!(statements, |path, st| {
        n(
            c,
            &|| format!("{path}.answers"),
            st.answers().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), st.cites().len(), MAX_ITEMS);
    });
    records!(events, |path, e| {
        n(
            c,
            &|| format!("{path}.participants"),
            e.participants().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.awards"), e.awards().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.cites"), e.cites().len(), MAX_ITEMS);
    });
    n(c, &|| "sources".into(), data.sources.len(), MAX_RECORDS);
}

fn series_fields(c: &mut Checker, data: &SeriesData, index: &Index) {
    if data.format != FORMAT_VERSION {
        c.error(
            "format",
            ViolationKind::UnsupportedFormat,
            format!("format version {}: expected {FORMAT_VERSION}", data.format),
        );
    }
    let t = &data.titles;
    c.text(|| "titles.english".into(), t.english());
    c.opt_text(|| "titles.native".into(), t.native());
    for (i, r) in t.romanizations().iter().enumerate() {
        c.text(|| format!("titles.romanizations[{i}].text"), r.text());
    }
    let mut tags: HashMap<String, &str> = HashMap::with_capacity(t.localized().len());
    for (tag, title) in t.localized() {
        let path = || format!("titles.localized{}", key_segment(tag));
        c.language(path, tag);
        c.text(path, title);
        match tags.get(&tag.to_ascii_lowercase()) {
            Some(first) => c.error(
                path(),
                ViolationKind::DuplicateKey,
                format!(
                    "language tag {} repeats {} (tags compare case-insensitively): expected each tag once",
                    shown(tag),
                    shown(first)
                ),
            ),
            None => {
                tags.insert(tag.to_ascii_lowercase(), tag);
            }
        }
    }
    aliases(c, &"titles", t.aliases());
    c.language(|| "original_language".into(), &data.original_language);
    if !(data.country.len() == 2 && data.country.bytes().all(|b| b.is_ascii_uppercase())) {
        c.error(
            "country",
            ViolationKind::InvalidCountry,
            format!(
                "country {}: expected an ISO 3166-1 alpha-2 code such as \"KR\"",
                shown(&data.country)
            ),
        );
    }
    if let Some(p) = &data.platform {
        c.reference(
            || "platform".into(),
            index
                .organizations
                .contains(&data.organizations, p.as_str()),
            "organization",
            p.as_str(),
            "organizations",
        );
    }
    for (i, g) in data.genres.iter().enumerate() {
        c.text(|| format!("genres[{i}]"), g);
    }
    c.unique(|| "genres".into(), &data.genres);
    c.unique(|| "production_companies".into(), &data.production_companies);
    if let Some(at) = data.updated {
        if !in_supported_range(&at) {
            c.error(
                "updated",
                ViolationKind::OutOfRange,
                format!(
                    "instant {}: expected a year from {MIN_YEAR} to {MAX_YEAR} and no leap second",
                    at.to_rfc3339()
                ),
            );
        }
    }
    c.opt_text(|| "age_rating".into(), data.age_rating.as_deref());
    c.opt_prose(|| "premise".into(), data.premise.as_deref());
    if let Some(r) = data.runtime {
        c.runtime(|| "runtime.min_minutes".into(), r.min_minutes());
        c.runtime(|| "runtime.max_minutes".into(), r.max_minutes());
        if r.min_minutes() > r.max_minutes() {
            c.error(
                "runtime",
                ViolationKind::ImplausibleRuntime,
                format!(
                    "runtime range {}..{} minutes: expected the minimum not above the maximum",
                    r.min_minutes(),
                    r.max_minutes()
                ),
            );
        }
    }
    for (i, p) in data.production_companies.iter().enumerate() {
        c.reference(
            || format!("production_companies[{i}]"),
            index
                .organizations
                .contains(&data.organizations, p.as_str()),
            "organization",
            p.as_str(),
            "organizations",
        );
    }
    c.cites(None, &data.cites, (data, index), true);
}

fn parts(c: &mut Checker, data: &SeriesData, index: &Index) {
    let zone = data.home_zone;
    // Episodes must read 1..N by position. A number is reported only where the
    // sequence breaks locally (it matches neither its position nor the previous
    // number + 1), so one gap or one typo gives one violation, not a cascade.
    let mut position = 0u32;
    let mut previous_episode = 0u32;
    let mut previous: Option<(u32, Window)> = None;
    let mut previous_episode_window: Option<Window> = None;
    for (pi, part) in data.parts.iter().enumerate() {
        let path = Path::item("parts", pi);
        let expected = pi as u32 + 1;
        if part.number() != expected {
            c.error(
                format!("{path}.number"),
                ViolationKind::PartNumbering,
                format!(
                    "part number {}: expected {expected} (parts are numbered 1..n in order)",
                    part.number()
                ),
            );
        }
        c.release(|| format!("{path}.release"), part.release());
        let window = part.release().window(&zone);
        if let (Some((prev_number, prev)), Some(w)) = (previous, window) {
            if w.certainly_before(&prev) {
                c.error(
                    format!("{path}.release"),
                    ViolationKind::PartsOutOfOrder,
                    format!(
                        "part {} release {} is before part {prev_number}: expected parts released in order",
                        part.number(),
                        part.release()
                    ),
                );
            }
        }
        if let Some(w) = window {
            previous = Some((part.number(), w));
        }
        let mut last_on = None;
        for (ai, a) in part.announcements().iter().enumerate() {
            let apath = path.child("announcements", ai);
            c.release(|| format!("{apath}.release"), a.release());
            c.in_range(|| format!("{apath}.on"), a.on().year(), a.on());
            if last_on.is_some_and(|last| a.on() < last) {
                c.error(
                    format!("{apath}.on"),
                    ViolationKind::OutOfOrder,
                    format!(
                        "announcement on {}: expected announcements oldest first",
                        a.on()
                    ),
                );
            }
            last_on = Some(a.on());
            c.cites(Some(&apath), a.cites(), (data, index), true);
        }
        for (ei, e) in part.episodes().iter().enumerate() {
            let epath = path.child("episodes", ei);
            position += 1;
            if e.number() != position && e.number() != previous_episode.saturating_add(1) {
                c.error(
                    format!("{epath}.number"),
                    ViolationKind::EpisodeNumbering,
                    format!(
                        "episode number {}: expected {position} (episodes are numbered 1..N across parts)",
                        e.number()
                    ),
                );
            }
            previous_episode = e.number();
            c.opt_text(|| format!("{epath}.title"), e.title());
            if let Some(m) = e.runtime_minutes() {
                c.runtime(|| format!("{epath}.runtime_minutes"), m);
            }
            if let Some(r) = e.own_release() {
                c.release(|| format!("{epath}.release"), r);
                let ew = r.window(&zone);
                if let (Some(ew), Some(prev)) = (ew, previous_episode_window) {
                    if ew.certainly_before(&prev) {
                        c.error(
                            format!("{epath}.release"),
                            ViolationKind::OutOfOrder,
                            format!(
                                "episode {} release {r} is before the previous episode's: expected episodes released in order",
                                e.number()
                            ),
                        );
                    }
                }
                previous_episode_window = ew.or(previous_episode_window);
                if let (Some(ew), Some(pw)) = (r.window(&zone), window) {
                    if ew.certainly_before(&pw) {
                        c.error(
                            format!("{epath}.release"),
                            ViolationKind::EpisodeBeforePart,
                            format!(
                                "episode {} release {r} is before its part's release {}: expected it at or after",
                                e.number(),
                                part.release()
                            ),
                        );
                    }
                }
            }
            let fact_bearing =
                e.title().is_some() || e.runtime_minutes().is_some() || e.own_release().is_some();
            c.cites(Some(&epath), e.cites(), (data, index), fact_bearing);
        }
        c.cites(Some(&path), part.cites(), (data, index), true);
    }
}

fn people(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, p) in data.people.iter().enumerate() {
        let path = Path::item("people", i);
        c.text(|| format!("{path}.name"), p.name());
        c.opt_text(|| format!("{path}.native_name"), p.native_name());
        aliases(c, &path, p.aliases());
        c.cites(Some(&path), p.cites(), (data, index), true);
    }
    let mut portrayed = HashSet::new();
    let episodes: usize = data.parts.iter().map(|part| part.episodes().len()).sum();
    for (i, p) in data.cast.iter().enumerate() {
        let path = Path::item("cast", i);
        if let Some(person) = p.person() {
            c.reference(
                || format!("{path}.person"),
                index.people.contains(&data.people, person.as_str()),
                "person",
                person.as_str(),
                "people",
            );
        }
        c.reference(
            || format!("{path}.character"),
            index
                .characters
                .contains(&data.characters, p.character().as_str()),
            "character",
            p.character().as_str(),
            "characters",
        );
        portrayed.insert(p.character().as_str());
        c.unique(|| format!("{path}.episodes"), p.episodes());
        for (j, &e) in p.episodes().iter().enumerate() {
            if e == 0 || e as usize > episodes {
                c.error(
                    format!("{path}.episodes[{j}]"),
                    ViolationKind::DanglingReference,
                    format!("unknown episode {e}: expected an episode number from 1 to {episodes}"),
                );
            }
        }
        c.cites(Some(&path), p.cites(), (data, index), true);
    }
    no_duplicates(c, "cast", "cast credit", &data.cast, |p| {
        (p.person(), p.character(), p.stage())
    });
    for (i, ch) in data.characters.iter().enumerate() {
        let path = Path::item("characters", i);
        c.text(|| format!("{path}.name"), ch.name());
        c.opt_text(|| format!("{path}.native_name"), ch.native_name());
        c.opt_text(|| format!("{path}.occupation"), ch.occupation());
        c.opt_prose(|| format!("{path}.description"), ch.description());
        aliases(c, &path, ch.aliases());
        if !portrayed.contains(ch.id().as_str()) {
            c.error(
                format!("{path}.id"),
                ViolationKind::CharacterWithoutPortrayal,
                format!(
                    "character {:?} has no cast credit: expected at least one in cast (use an unconfirmed credit when the actor is unknown)",
                    ch.id().as_str()
                ),
            );
        }
        c.cites(Some(&path), ch.cites(), (data, index), true);
    }
    for (i, r) in data.relationships.iter().enumerate() {
        let path = Path::item("relationships", i);
        c.reference(
            || format!("{path}.from"),
            index
                .characters
                .contains(&data.characters, r.from().as_str()),
            "character",
            r.from().as_str(),
            "characters",
        );
        c.reference(
            || format!("{path}.to"),
            index.characters.contains(&data.characters, r.to().as_str()),
            "character",
            r.to().as_str(),
            "characters",
        );
        if r.from() == r.to() {
            c.error(
                format!("{path}.to"),
                ViolationKind::SelfReference,
                format!(
                    "relationship of {:?} with itself: expected two different characters",
                    r.to().as_str()
                ),
            );
        }
        c.cites(Some(&path), r.cites(), (data, index), true);
    }
    no_duplicates(
        c,
        "relationships",
        "relationship",
        &data.relationships,
        |r| (r.from(), r.kind(), r.to()),
    );
    for (i, cr) in data.crew.iter().enumerate() {
        let path = Path::item("crew", i);
        c.reference(
            || format!("{path}.person"),
            index.people.contains(&data.people, cr.person().as_str()),
            "person",
            cr.person().as_str(),
            "people",
        );
        c.opt_prose(|| format!("{path}.note"), cr.note());
        c.cites(Some(&path), cr.cites(), (data, index), true);
    }
    no_duplicates(c, "crew", "crew credit", &data.crew, |cr| {
        (cr.person(), cr.role())
    });
    for (i, o) in data.organizations.iter().enumerate() {
        let path = Path::item("organizations", i);
        c.text(|| format!("{path}.name"), o.name());
        c.opt_text(|| format!("{path}.native_name"), o.native_name());
        if let Some(parent) = o.parent() {
            if parent == o.id() {
                c.error(
                    format!("{path}.parent"),
                    ViolationKind::SelfReference,
                    format!(
                        "organization {:?} is its own parent: expected another organization",
                        parent.as_str()
                    ),
                );
            } else {
                c.reference(
                    || format!("{path}.parent"),
                    index
                        .organizations
                        .contains(&data.organizations, parent.as_str()),
                    "organization",
                    parent.as_str(),
                    "organizations",
                );
            }
        }
        c.cites(Some(&path), o.cites(), (data, index), true);
    }
}

fn aliases(c: &mut Checker, path: &dyn fmt::Display, aliases: &[crate::names::Alias]) {
    for (i, a) in aliases.iter().enumerate() {
        c.text(|| format!("{path}.aliases[{i}].name"), a.name());
        if let Some(tag) = a.language() {
            c.language(|| format!("{path}.aliases[{i}].language"), tag);
        }
    }
}

fn media(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, m) in data.motifs.iter().enumerate() {
        let path = Path::item("motifs", i);
        c.text(|| format!("{path}.name"), m.name());
        c.opt_text(|| format!("{path}.native_name"), m.native_name());
        c.opt_prose(|| format!("{path}.description"), m.description());
        aliases(c, &path, m.aliases());
        for (j, it) in m.interpretations().iter().enumerate() {
            let ipath = path.child("interpretations", j);
            c.prose(|| format!("{ipath}.meaning"), it.meaning());
            c.cites(Some(&ipath), it.cites(), (data, index), true);
        }
        c.cites(Some(&path), m.cites(), (data, index), true);
    }
    let zone = data.home_zone;
    for (i, m) in data.media.iter().enumerate() {
        let path = Path::item("media", i);
        c.text(|| format!("{path}.title"), m.title());
        c.opt_prose(|| format!("{path}.copy"), m.copy());
        c.opt_prose(|| format!("{path}.description"), m.description());
        if let Some(part) = m.part() {
            if part == 0 || part as usize > data.parts.len() {
                c.error(
                    format!("{path}.part"),
                    ViolationKind::DanglingReference,
                    match data.parts.len() {
                        0 => format!("unknown part {part}: expected no part, the series has none"),
                        n => format!("unknown part {part}: expected a part number from 1 to {n}"),
                    },
                );
            }
        }
        if let Some(p) = m.platform() {
            c.reference(
                || format!("{path}.platform"),
                index
                    .organizations
                    .contains(&data.organizations, p.as_str()),
                "organization",
                p.as_str(),
                "organizations",
            );
        }
        c.unique(|| format!("{path}.depicts"), m.depicts());
        c.unique(|| format!("{path}.motifs"), m.motifs());
        for (j, ch) in m.depicts().iter().enumerate() {
            c.reference(
                || format!("{path}.depicts[{j}]"),
                index.characters.contains(&data.characters, ch.as_str()),
                "character",
                ch.as_str(),
                "characters",
            );
        }
        for (j, mo) in m.motifs().iter().enumerate() {
            c.reference(
                || format!("{path}.motifs[{j}]"),
                index.motifs.contains(&data.motifs, mo.as_str()),
                "motif",
                mo.as_str(),
                "motifs",
            );
        }
        let published = m
            .events()
            .iter()
            .find(|e| e.action() == LifecycleAction::Published)
            .and_then(|e| e.date().window(&zone));
        let mut previous: Option<Window> = None;
        for (j, e) in m.events().iter().enumerate() {
            let epath = path.child("events", j);
            c.dated(|| format!("{epath}.date"), e.date());
            let window = e.date().window(&zone);
            let mut reported = false;
            if let (Some(w), Some(p)) = (window, published) {
                if e.action() != LifecycleAction::Published && w.certainly_before(&p) {
                    reported = true;
                    c.error(
                        format!("{epath}.date"),
                        ViolationKind::TakenDownBeforePublished,
                        format!(
                            "{} on {} is before the asset was published: expected it on or after publication",
                            e.action().as_str().replace('_', " "),
                            e.date()
                        ),
                    );
                }
            }
            if let (Some(w), Some(p), false) = (window, previous, reported) {
                if w.certainly_before(&p) {
                    c.error(
                        format!("{epath}.date"),
                        ViolationKind::OutOfOrder,
                        format!(
                            "event dated {}: expected lifecycle events in the order they happened",
                            e.date()
                        ),
                    );
                }
            }
            previous = window.or(previous);
            c.opt_prose(|| format!("{epath}.reason"), e.reason());
            if let Some(s) = e.statement() {
                c.reference(
                    || format!("{epath}.statement"),
                    index.statements.contains(&data.statements, s.as_str()),
                    "statement",
                    s.as_str(),
                    "statements",
                );
            }
            c.cites(Some(&epath), e.cites(), (data, index), true);
        }
        c.cites(Some(&path), m.cites(), (data, index), true);
    }
}

fn claims(c: &mut Checker, data: &SeriesData, index: &Index) {
    let answered: HashSet<&str> = data
        .statements
        .iter()
        .flat_map(|s| s.answers().iter().map(|a| a.as_str()))
        .collect();
    for (i, cl) in data.claims.iter().enumerate() {
        let path = Path::item("claims", i);
        c.prose(|| format!("{path}.summary"), cl.summary());
        c.unique(|| format!("{path}.subjects"), cl.subjects());
        c.unique(|| format!("{path}.media"), cl.media());
        for (j, p) in cl.subjects().iter().enumerate() {
            c.reference(
                || format!("{path}.subjects[{j}]"),
                index.people.contains(&data.people, p.as_str()),
                "person",
                p.as_str(),
                "people",
            );
        }
        for (j, m) in cl.media().iter().enumerate() {
            c.reference(
                || format!("{path}.media[{j}]"),
                index.media.contains(&data.media, m.as_str()),
                "media",
                m.as_str(),
                "media",
            );
        }
        c.dated(|| format!("{path}.first_seen"), cl.first_seen());
        for (j, p) in cl.spreaders().iter().enumerate() {
            c.party(|| format!("{path}.spread_by[{j}]"), p, (data, index));
        }
        if cl.verdict() == Verdict::Refuted && !answered.contains(cl.id().as_str()) {
            c.error(
                format!("{path}.verdict"),
                ViolationKind::RefutedWithoutStatement,
                format!(
                    "claim {:?} is refuted but no statement answers it: expected a statement listing it in answers",
                    cl.id().as_str()
                ),
            );
        }
        c.cites(Some(&path), cl.cites(), (data, index), true);
    }
    for (i, s) in data.statements.iter().enumerate() {
        let path = Path::item("statements", i);
        c.party(|| format!("{path}.speaker"), s.speaker(), (data, index));
        c.dated(|| format!("{path}.date"), s.date());
        if let Some(o) = s.outlet() {
            c.reference(
                || format!("{path}.outlet"),
                index
                    .organizations
                    .contains(&data.organizations, o.as_str()),
                "organization",
                o.as_str(),
                "organizations",
            );
        }
        c.prose(|| format!("{path}.summary"), s.summary());
        c.unique(|| format!("{path}.answers"), s.answers());
        for (j, a) in s.answers().iter().enumerate() {
            c.reference(
                || format!("{path}.answers[{j}]"),
                index.claims.contains(&data.claims, a.as_str()),
                "claim",
                a.as_str(),
                "claims",
            );
        }
        c.cites(Some(&path), s.cites(), (data, index), true);
    }
}

fn events(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, e) in data.events.iter().enumerate() {
        let path = Path::item("events", i);
        c.text(|| format!("{path}.name"), e.name());
        c.dated(|| format!("{path}.date"), e.date());
        c.opt_text(|| format!("{path}.venue"), e.venue());
        c.opt_prose(|| format!("{path}.description"), e.description());
        c.unique(|| format!("{path}.participants"), e.participants());
        for (j, p) in e.participants().iter().enumerate() {
            c.reference(
                || format!("{path}.participants[{j}]"),
                index.people.contains(&data.people, p.as_str()),
                "person",
                p.as_str(),
                "people",
            );
        }
        for (j, a) in e.awards().iter().enumerate() {
            c.text(|| format!("{path}.awards[{j}].category"), a.category());
            if let Some(p) = a.recipient() {
                c.reference(
                    || format!("{path}.awards[{j}].recipient"),
                    index.people.contains(&data.people, p.as_str()),
                    "person",
                    p.as_str(),
                    "people",
                );
            }
        }
        c.cites(Some(&path), e.cites(), (data, index), true);
    }
}

fn sources(c: &mut Checker, data: &SeriesData) {
    for (i, s) in data.sources.iter().enumerate() {
        let path = Path::item("sources", i);
        c.text(|| format!("{path}.publisher"), s.publisher());
        c.opt_text(|| format!("{path}.title"), s.title());
        if s.url().len() > MAX_TEXT_BYTES || !is_url(s.url()) {
            c.error(
                format!("{path}.url"),
                ViolationKind::InvalidUrl,
                format!(
                    "url {}: expected an absolute http or https url with a host, without spaces or control characters",
                    shown(s.url())
                ),
            );
        }
        if let Some(tag) = s.language() {
            c.language(|| format!("{path}.language"), tag);
        }
        if let Some(published) = s.published() {
            c.release(|| format!("{path}.published"), published);
        }
        if s.published()
            .is_some_and(|p| p.precision() == Precision::Unannounced)
        {
            c.error(
                format!("{path}.published"),
                ViolationKind::MissingDate,
                "published \"unannounced\": expected a date or leave the field out",
            );
        }
    }
}
