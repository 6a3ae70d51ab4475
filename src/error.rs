//! The crate's one error type, and the violations it carries. Imports
//! nothing of the crate: every other module may use it.

use std::fmt;

/// A specialised `Result` whose error is [`Error`].
///
/// ```
/// fn parse(text: &str) -> kdrama::Result<kdrama::Release> {
///     text.parse()
/// }
/// assert!(parse("2023-03").is_ok());
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in `kdrama`.
///
/// Messages are lowercase, name the offending value and say what was expected.
///
/// # Example
///
/// ```
/// use kdrama::{Error, Zone};
///
/// let err = Zone::from_name("Asia/Atlantis").unwrap_err();
/// assert!(matches!(err, Error::UnknownZone { .. }));
/// assert_eq!(err.to_string(), "unknown time zone \"Asia/Atlantis\": expected an IANA name such as \"Asia/Seoul\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is not JSON of the expected shape. `path` is the JSON path of
    /// the problem (`parts[1].release`), `.` for the document itself.
    #[error("invalid json at {path} (line {line}, column {column}): {message}")]
    #[non_exhaustive]
    Json {
        /// JSON path of the offending value.
        path: String,
        /// serde_json's description of the problem.
        message: String,
        /// 1-based line of the problem, 0 when unknown.
        line: usize,
        /// 1-based column of the problem, 0 when unknown.
        column: usize,
    },
    /// The data is well-formed but breaks invariants; every violation is listed.
    #[error("{0}")]
    Invalid(Violations),
    /// A time-zone name the IANA database does not know.
    #[error("unknown time zone {name:?}: expected an IANA name such as \"Asia/Seoul\"")]
    #[non_exhaustive]
    UnknownZone {
        /// The name that was looked up.
        name: String,
    },
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    #[error("input of {actual} bytes is too large: expected at most {limit} bytes")]
    #[non_exhaustive]
    TooLarge {
        /// The input's size in bytes.
        actual: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A string that is not a well-formed id.
    #[error("invalid {kind} id {value:?}: {reason}")]
    #[non_exhaustive]
    InvalidId {
        /// Which kind of id (`person`, `character`, …).
        kind: &'static str,
        /// The rejected text (its first 64 characters and `…` when longer).
        value: String,
        /// What was expected.
        reason: &'static str,
    },
    /// A TMDB or TVmaze document that cannot be imported: the wrong shape, a
    /// missing or out-of-range value, or documents that do not belong
    /// together. `document` names the document (its file name or label),
    /// `path` is the JSON path inside it (`episodes[3].air_date`, `.` for the
    /// document itself).
    #[error("cannot import {document} at {path}: {message}")]
    #[non_exhaustive]
    Import {
        /// The document's label (a file name).
        document: String,
        /// JSON path of the problem inside the document.
        path: String,
        /// What is wrong and what was expected.
        message: String,
    },
    /// A string that does not parse as the named value.
    #[error("invalid {what} {value:?}: expected {expected}")]
    #[non_exhaustive]
    Parse {
        /// What was being parsed (`release`, `billing`, …).
        what: &'static str,
        /// The rejected text (its first 64 characters and `…` when longer).
        value: String,
        /// What was expected.
        expected: String,
    },
}

impl Error {
    /// The validation violations, when this is [`Error::Invalid`].
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": " "}, "original_language": "ko", "country": "KR"}"#).unwrap_err();
    /// let violations = err.violations().expect("invalid data");
    /// assert_eq!(violations.iter().next().map(|v| v.path()), Some("titles.english"));
    /// ```
    pub fn violations(&self) -> Option<&Violations> {
        match self {
            Error::Invalid(v) => Some(v),
            _ => None,
        }
    }

    pub(crate) fn parse(what: &'static str, value: &str, expected: impl Into<String>) -> Error {
        Error::Parse {
            what,
            value: cut(value),
            expected: expected.into(),
        }
    }
}

/// Whether a [`Violation`] makes a series invalid.
///
/// ```
/// assert_ne!(kdrama::Severity::Error, kdrama::Severity::Warning);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
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
    /// An id at another service (IMDb, Wikidata, TMDB, TVmaze) has the wrong shape.
    InvalidExternalId,
    /// One person id stands for different people in two series of a catalog.
    ConflictingPerson,
    /// A text is longer than [`MAX_TEXT_BYTES`](crate::MAX_TEXT_BYTES).
    TooLong,
    /// A list has more entries than its limit ([`MAX_RECORDS`](crate::MAX_RECORDS) or [`MAX_ITEMS`](crate::MAX_ITEMS)).
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
    /// A measured value's unit is not its metric's (a rank given in percent).
    UnitMismatch,
    /// A measurement's period is malformed (a Top 10 week that does not start on a Monday).
    InvalidPeriod,
    /// A dispute lists no alternative, or an alternative repeats the preferred value.
    InvalidDispute,
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
            InvalidExternalId => "invalid_external_id",
            ConflictingPerson => "conflicting_person",
            TooLong => "too_long",
            TooMany => "too_many",
            ControlCharacter => "control_character",
            NonexistentDay => "nonexistent_day",
            DuplicateKey => "duplicate_key",
            UnitMismatch => "unit_mismatch",
            InvalidPeriod => "invalid_period",
            InvalidDispute => "invalid_dispute",
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
/// assert_eq!(v.message(), "country \"Korea\": expected an assigned ISO 3166-1 alpha-2 code such as \"KR\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Violation {
    path: String,
    kind: ViolationKind,
    message: String,
    severity: Severity,
}

impl Violation {
    pub(crate) fn new(
        path: String,
        kind: ViolationKind,
        message: String,
        severity: Severity,
    ) -> Violation {
        Violation {
            path,
            kind,
            message,
            severity,
        }
    }

    pub(crate) fn error(path: String, kind: ViolationKind, message: String) -> Violation {
        Violation::new(path, kind, message, Severity::Error)
    }

    /// The record at `collection[index]` repeats the id of `collection[first]`.
    pub(crate) fn duplicate_id(
        collection: &str,
        index: usize,
        first: usize,
        kind: &str,
        id: &str,
    ) -> Violation {
        Violation::error(
            format!("{collection}[{index}].id"),
            ViolationKind::DuplicateId,
            format!(
                "duplicate {kind} id {id:?}: expected each id once (first at {collection}[{first}])"
            ),
        )
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
///
/// // A web service can return them as they are.
/// let body = serde_json::to_value(v)?;
/// assert_eq!(body["violations"][1]["path"], "titles.english");
/// assert_eq!(body["violations"][1]["kind"], "empty_text");
/// assert_eq!(body["violations"][1]["severity"], "error");
/// assert_eq!(body["omitted"], 0);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, serde::Serialize)]
pub struct Violations {
    #[serde(rename = "violations")]
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

/// How strictly provenance is checked when a series is assembled.
///
/// ```
/// use kdrama::Strictness;
/// assert_ne!(Strictness::Strict, Strictness::Lenient);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Strictness {
    /// A fact-bearing record without a citation is a warning
    /// (see [`Series::warnings`](crate::Series::warnings)).
    #[default]
    Lenient,
    /// A fact-bearing record without a citation is an error.
    Strict,
}

/// The most characters of a user's value shown in a message.
const SHOWN_CHARS: usize = 64;

/// A user's value as it appears in a message or path: quoted, with control
/// characters escaped (so a value cannot forge a line of output), and cut to
/// [`SHOWN_CHARS`] characters with its full size stated (so no message holds
/// more than a bounded amount of text).
pub(crate) fn shown(value: &str) -> String {
    match head(value) {
        None => format!("{value:?}"),
        Some(head) => format!("{head:?}… ({} bytes)", value.len()),
    }
}

/// The first [`SHOWN_CHARS`] characters of `value`, when it is longer.
fn head(value: &str) -> Option<&str> {
    value
        .char_indices()
        .nth(SHOWN_CHARS)
        .map(|(end, _)| &value[..end])
}

/// A map key as a path segment: `.key` when it is a plain word, otherwise
/// `["…"]` quoted and escaped as [`shown`] does.
pub(crate) fn key_segment(key: &str) -> String {
    let plain = !key.is_empty()
        && key.len() <= SHOWN_CHARS
        && key
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", shown(key))
    }
}

/// The most bytes of a message taken from another library (serde_json's).
const MESSAGE_BYTES: usize = 512;

/// A message from another library made safe to print: control characters
/// (anything that could start a new line of output or a terminal escape)
/// escaped as `\u{…}`, and cut to [`MESSAGE_BYTES`].
pub(crate) fn sanitized(message: &str) -> String {
    let mut out = String::with_capacity(message.len().min(MESSAGE_BYTES + 16));
    for c in message.chars() {
        if out.len() >= MESSAGE_BYTES {
            out.push('…');
            break;
        }
        if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// A user's value kept in an error: cut to [`SHOWN_CHARS`] characters, with
/// `…` when it was longer.
pub(crate) fn cut(value: &str) -> String {
    match head(value) {
        None => value.to_owned(),
        Some(head) => format!("{head}…"),
    }
}
