//! The JSON Schema of the series format (feature `schema`), generated from
//! the types with schemars. Records derive their schemas (one `cfg_attr`
//! line per type); the values that serde reads as text through a parser
//! (ids, vocabularies, releases, zones, regions, percentages) get theirs
//! here, from the same rules. `schema/series.schema.json` is this output,
//! checked in; a test fails when they differ.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use crate::series::Series;
use crate::series::wire::SeriesData;

/// The JSON Schema (draft 2020-12) of a series file, as pretty JSON text.
/// Point an editor at `schema/series.schema.json` (the same text, in the
/// repository) for completion and checking while you write a series.
///
/// The schema checks shapes: field names and types, closed vocabularies,
/// the syntax of ids, releases, dates and zones, and number ranges. The
/// limits on list lengths and the rules across
/// records (every reference resolves, parts in order, …) are the
/// validator's: [`Series::from_json`] reports them.
///
/// ```
/// let schema: serde_json::Value = serde_json::from_str(&kdrama::json_schema())?;
/// assert_eq!(schema["title"], "Series");
/// assert_eq!(schema["required"], serde_json::json!(["format", "id", "titles", "original_language", "country"]));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(Series).to_value();
    bound_integers(&mut schema);
    prose_only(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Gives every unsigned integer its type's maximum: schemars states the
/// width as a `format` (`uint32`), which validators need not assert.
fn bound_integers(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            let max = match map.get("format").and_then(|f| f.as_str()) {
                Some("uint8") => Some(u64::from(u8::MAX)),
                Some("uint16") => Some(u64::from(u16::MAX)),
                Some("uint32") => Some(u64::from(u32::MAX)),
                Some("uint64") | Some("uint") => Some(u64::MAX),
                _ => None,
            };
            if let Some(max) = max {
                map.entry("maximum").or_insert(max.into());
            }
            for v in map.values_mut() {
                bound_integers(v);
            }
        }
        serde_json::Value::Array(list) => list.iter_mut().for_each(bound_integers),
        _ => {}
    }
}

/// Keeps the prose of each description: the doc comments schemars turns
/// into descriptions end in Rust examples, which an editor need not show.
fn prose_only(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(d)) = map.get_mut("description")
                && let Some(at) = d.find("```")
            {
                d.truncate(at);
                let kept = d.trim_end().to_owned();
                *d = kept;
            }
            for v in map.values_mut() {
                prose_only(v);
            }
        }
        serde_json::Value::Array(list) => list.iter_mut().for_each(prose_only),
        _ => {}
    }
}

impl JsonSchema for Series {
    fn schema_name() -> Cow<'static, str> {
        "Series".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = SeriesData::json_schema(generator);
        schema.insert(
            "description".into(),
            "A Korean drama series in the kdrama JSON format (format 1).".into(),
        );
        schema
    }
}

/// A string schema with a pattern and a description.
fn text(pattern: &str, description: &str) -> Schema {
    json_schema!({ "type": "string", "pattern": pattern, "description": description })
}

macro_rules! ids {
    ($($ty:ident),* $(,)?) => {$(
        impl JsonSchema for crate::id::$ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
                    "maxLength": crate::id::MAX_ID_LEN,
                    "description": "A slug id: lowercase letters and digits in words joined by single hyphens."
                })
            }
        }
    )*};
}

ids!(
    SeriesId,
    PersonId,
    CharacterId,
    OrganizationId,
    MotifId,
    MediaId,
    SourceId,
    ClaimId,
    StatementId,
    EventId,
    SpecialId,
    MeasurementId,
);

macro_rules! vocabularies {
    ($($ty:ident),* $(,)?) => {$(
        impl JsonSchema for crate::vocab::$ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                let values: Vec<&str> = Self::ALL.iter().map(|v| v.as_str()).collect();
                json_schema!({ "type": "string", "enum": values })
            }
        }
    )*};
}

vocabularies!(
    Billing,
    LifeStage,
    CrewRole,
    MediaKind,
    Verdict,
    AuthorityTier,
    InterpretationAuthority,
    RelationshipKind,
    EventKind,
    AliasKind,
    OrganizationKind,
    LifecycleAction,
    AwardOutcome,
    RomanizationSystem,
    Preference,
    Panel,
    Area,
    Top10List,
    Counter,
    Qualifier,
    SpecialKind,
);

impl JsonSchema for crate::time::release::Release {
    fn schema_name() -> Cow<'static, str> {
        "Release".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text(
            r"^(unannounced|[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}[+-][0-9]{2}:[0-9]{2})?)?)?)$",
            "A release as precisely as it is known: unannounced, a year (2023), a month (2023-03), a day (2023-03-10) or a minute with its UTC offset (2023-03-10T17:00+09:00), in the series' home zone.",
        )
    }
}

impl JsonSchema for crate::time::zone::Zone {
    fn schema_name() -> Cow<'static, str> {
        "Zone".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut names: Vec<&str> = time_tz::timezones::iter()
            .map(time_tz::TimeZone::name)
            .filter(|name| crate::time::zone::Zone::from_name(name).is_ok())
            .collect();
        names.sort_unstable();
        names.dedup();
        json_schema!({
            "type": "string",
            "enum": names,
            "description": "An IANA time zone name such as Asia/Seoul."
        })
    }
}

impl JsonSchema for crate::model::availability::Region {
    fn schema_name() -> Cow<'static, str> {
        "Region".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        text(
            "^(worldwide|international|[A-Z]{2})$",
            "worldwide, international, or an ISO 3166-1 alpha-2 country code.",
        )
    }
}

impl JsonSchema for crate::model::quantity::Percent {
    fn schema_name() -> Cow<'static, str> {
        "Percent".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": 100,
            "description": "A percentage with at most two decimals."
        })
    }
}
