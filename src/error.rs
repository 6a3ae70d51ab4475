//! The crate's one error type.

use crate::validate::Violations;

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
    UnknownZone {
        /// The name that was looked up.
        name: String,
    },
    /// The input is larger than [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    #[error("input of {actual} bytes is too large: expected at most {limit} bytes")]
    TooLarge {
        /// The input's size in bytes.
        actual: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A string that is not a well-formed id.
    #[error("invalid {kind} id {value:?}: {reason}")]
    InvalidId {
        /// Which kind of id (`person`, `character`, …).
        kind: &'static str,
        /// The rejected text (its first 64 characters and `…` when longer).
        value: String,
        /// What was expected.
        reason: &'static str,
    },
    /// A string that does not parse as the named value.
    #[error("invalid {what} {value:?}: expected {expected}")]
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

/// The most characters of a user's value shown in a message.
const SHOWN_CHARS: usize = 64;

/// A user's value as it appears in a message or path: quoted, with control
/// characters escaped (so a value cannot forge a line of output), and cut to
/// [`SHOWN_CHARS`] characters with its full size stated (so no message holds
/// more than a bounded amount of text).
pub(crate) fn shown(value: &str) -> String {
    match value.char_indices().nth(SHOWN_CHARS) {
        None => format!("{value:?}"),
        Some((cut, _)) => format!("{:?}… ({} bytes)", &value[..cut], value.len()),
    }
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
    match value.char_indices().nth(SHOWN_CHARS) {
        None => value.to_owned(),
        Some((end, _)) => format!("{}…", &value[..end]),
    }
}
