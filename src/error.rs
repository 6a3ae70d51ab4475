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
        /// The rejected text.
        value: String,
        /// What was expected.
        reason: &'static str,
    },
    /// A string that does not parse as the named value.
    #[error("invalid {what} {value:?}: expected {expected}")]
    Parse {
        /// What was being parsed (`release`, `billing`, …).
        what: &'static str,
        /// The rejected text.
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
            value: value.to_owned(),
            expected: expected.into(),
        }
    }
}
