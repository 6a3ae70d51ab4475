//! The wire form of a series (exactly what the JSON holds) and JSON in and
//! out: reading with error paths, writing the canonical form, serde.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result, Strictness};
use crate::id::{OrganizationId, SeriesId, SourceId};
use crate::model::audience::Measurement;
use crate::model::availability::{Availability, Region};
use crate::model::claims::{Claim, Statement};
use crate::model::events::Event;
use crate::model::external::{ContentRating, ExternalIds};
use crate::model::media::{MediaAsset, Motif};
use crate::model::names::Titles;
use crate::model::parts::{Part, RuntimeRange};
use crate::model::people::{Character, CrewCredit, Organization, Person, Portrayal, Relationship};
use crate::model::source::Source;
use crate::model::specials::Special;
use crate::text::Text;
use crate::time::zone::Zone;

use super::Series;

/// The version of the JSON format this crate reads and writes.
///
/// ```
/// assert!(kdrama::datasets::the_glory_json().contains(&format!("\"format\": {}", kdrama::FORMAT_VERSION)));
/// ```
pub const FORMAT_VERSION: u32 = 1;

/// The wire form of a series: exactly what the JSON holds. Private; every way
/// into a [`Series`] passes through [`Series::assemble`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields, expecting = "a series object")]
pub(crate) struct SeriesData {
    pub(crate) format: u32,
    pub(crate) id: SeriesId,
    #[serde(
        default,
        deserialize_with = "crate::time::strict::deserialize_instant",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) updated: Option<chrono::DateTime<chrono::FixedOffset>>,
    pub(crate) titles: Titles,
    pub(crate) original_language: Text,
    pub(crate) country: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) home_zone: Zone,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) platform: Option<OrganizationId>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) region: Option<Region>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) genres: Vec<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) age_rating: Option<Text>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) content_ratings: Vec<ContentRating>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) external_ids: ExternalIds,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) premise: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) runtime: Option<RuntimeRange>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) production_companies: Vec<OrganizationId>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cites: Vec<SourceId>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) parts: Vec<Part>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) specials: Vec<Special>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) availability: Vec<Availability>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) people: Vec<Person>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) characters: Vec<Character>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) cast: Vec<Portrayal>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) relationships: Vec<Relationship>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) crew: Vec<CrewCredit>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) organizations: Vec<Organization>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) motifs: Vec<Motif>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) media: Vec<MediaAsset>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) claims: Vec<Claim>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) statements: Vec<Statement>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) events: Vec<Event>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) audience: Vec<Measurement>,
    #[serde(
        default,
        deserialize_with = "crate::de::records::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    pub(crate) sources: Vec<Source>,
}

impl Series {
    /// Reads a series from JSON text (see the crate docs for the format).
    /// Citations are checked leniently: see [`Series::warnings`].
    ///
    /// # Errors
    ///
    /// [`Error::Json`] with the JSON path when the text is not a series in the
    /// expected shape; [`Error::Invalid`] listing every violation when it is
    /// well-formed but breaks an invariant.
    ///
    /// ```
    /// let err = kdrama::Series::from_json(r#"{"format": 1, "id": "x", "titles": {"english": "X"},
    ///     "original_language": "ko", "country": "KR", "parts": [{"number": 1, "release": "March"}]}"#)
    ///     .unwrap_err();
    /// assert!(err.to_string().starts_with("invalid json at parts[0].release"));
    /// ```
    pub fn from_json(json: &str) -> Result<Series> {
        Series::from_json_str(json, Strictness::Lenient)
    }

    /// Reads a series from JSON bytes (which must be UTF-8) with the given strictness.
    ///
    /// # Errors
    ///
    /// As [`Series::from_json`]; with [`Strictness::Strict`], an uncited
    /// fact-bearing record is also an error. Input over
    /// [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES) is [`Error::TooLarge`].
    ///
    /// ```
    /// use kdrama::{Series, Strictness};
    /// let json = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR"}"#;
    /// assert!(Series::from_json_slice(json.as_bytes(), Strictness::Lenient).is_ok());
    /// let err = Series::from_json_slice(json.as_bytes(), Strictness::Strict).unwrap_err();
    /// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "cites");
    /// assert!(Series::from_json_slice(b"\xff", Strictness::Lenient).is_err());
    /// ```
    pub fn from_json_slice(json: &[u8], strictness: Strictness) -> Result<Series> {
        match std::str::from_utf8(json) {
            Ok(text) => Series::from_json_str(text, strictness),
            // Parsed anyway, so that the error says where the bad bytes are.
            Err(_) => Series::load(json.len(), strictness, || {
                serde_json::Deserializer::from_slice(json)
            }),
        }
    }

    /// Reads a series from JSON text with the given strictness.
    ///
    /// # Errors
    ///
    /// As [`Series::from_json_slice`].
    ///
    /// ```
    /// use kdrama::{Series, Strictness};
    /// let json = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR"}"#;
    /// assert!(Series::from_json_str(json, Strictness::Lenient).is_ok());
    /// let err = Series::from_json_str(json, Strictness::Strict).unwrap_err();
    /// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "cites");
    /// ```
    pub fn from_json_str(json: &str, strictness: Strictness) -> Result<Series> {
        Series::load(json.len(), strictness, || {
            serde_json::Deserializer::from_str(json)
        })
    }

    /// Checks the size, deserializes from a fresh `reader()`, and assembles.
    fn load<'de, R: serde_json::de::Read<'de>>(
        len: usize,
        strictness: Strictness,
        reader: impl Fn() -> serde_json::Deserializer<R>,
    ) -> Result<Series> {
        if len > crate::limits::MAX_INPUT_BYTES {
            return Err(Error::TooLarge {
                actual: len,
                limit: crate::limits::MAX_INPUT_BYTES,
            });
        }
        // Fast path without path tracking; only a failure is parsed again,
        // through serde_path_to_error, to find where it failed.
        let mut de = reader();
        let fast = SeriesData::deserialize(&mut de).and_then(|data| de.end().map(|()| data));
        let data = match fast {
            Ok(data) => data,
            Err(_) => {
                let mut de = reader();
                let data: SeriesData =
                    serde_path_to_error::deserialize(&mut de).map_err(json_error)?;
                de.end().map_err(|e| json_error_at(".".to_owned(), e))?;
                data
            }
        };
        Series::assemble(data, strictness)
    }

    /// The canonical JSON text of this series, compact: fields in a fixed
    /// order, records in their given order (see the crate docs for the one
    /// canonicalised list), empty and default fields left out.
    ///
    /// Reading it back gives an equal series, for every series this crate
    /// accepts: the text is never longer than the JSON the series was read
    /// from, so it stays within [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES).
    ///
    /// # Errors
    ///
    /// [`Error::Json`] if serialization fails (it does not for any valid series).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let json = glory.to_json()?;
    /// assert_eq!(&kdrama::Series::from_json(&json)?, glory);
    /// assert!(!json.contains('\n'));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn to_json(&self) -> Result<String> {
        serde_json::to_string(self).map_err(serialize_error)
    }

    /// The canonical JSON text with two-space indentation, for files people
    /// read and edit (the embedded datasets are stored so). It is longer than
    /// [`Series::to_json`]: near [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES),
    /// only the compact form is sure to load back.
    ///
    /// # Errors
    ///
    /// [`Error::Json`] if serialization fails (it does not for any valid series).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let json = glory.to_json_pretty()?;
    /// assert!(json.starts_with("{\n  \"format\": 1,"));
    /// assert_eq!(&kdrama::Series::from_json(&json)?, glory);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn to_json_pretty(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(serialize_error)
    }
}

fn serialize_error(e: serde_json::Error) -> Error {
    Error::Json {
        path: ".".to_owned(),
        message: crate::error::sanitized(&e.to_string()),
        line: 0,
        column: 0,
    }
}

fn json_error(e: serde_path_to_error::Error<serde_json::Error>) -> Error {
    use serde_path_to_error::Segment;
    let mut path = String::new();
    for segment in e.path() {
        match segment {
            Segment::Seq { index } => path.push_str(&format!("[{index}]")),
            Segment::Map { key } => path.push_str(&crate::error::key_segment(key)),
            Segment::Enum { variant } => path.push_str(&crate::error::key_segment(variant)),
            Segment::Unknown => path.push_str(".?"),
        }
    }
    let path = path.strip_prefix('.').unwrap_or(&path).to_owned();
    let path = if path.is_empty() {
        "?".to_owned()
    } else {
        path
    };
    json_error_at(path, e.into_inner())
}

fn json_error_at(path: String, inner: serde_json::Error) -> Error {
    let (line, column) = (inner.line(), inner.column());
    let full = inner.to_string();
    // serde_json appends the position, which Error::Json carries separately.
    let message = crate::error::sanitized(
        full.strip_suffix(&format!(" at line {line} column {column}"))
            .unwrap_or(&full),
    );
    let path = if path == "?" { ".".to_owned() } else { path };
    Error::Json {
        path,
        message,
        line,
        column,
    }
}

impl Serialize for Series {
    /// The canonical form (empty and default fields left out) in
    /// human-readable formats; every field, by position, in binary ones.
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let _canonical = crate::de::Canonical::set(s.is_human_readable());
        self.wire().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Series {
    /// Deserializes the wire form and runs the same validation as
    /// [`Series::from_json`] (leniently); violations become a custom error.
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Series, D::Error> {
        let data = SeriesData::deserialize(d)?;
        Series::assemble(data, Strictness::Lenient).map_err(serde::de::Error::custom)
    }
}
