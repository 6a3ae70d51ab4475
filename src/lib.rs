//! `kdrama`: a typed, validated, source-cited model of Korean drama series.
//!
//! A [`Series`] owns everything about one drama: titles, [`Part`]s and
//! [`Episode`]s with [`Release`]s that are honest about their precision,
//! [`Person`]s, [`Character`]s and who plays whom ([`Portrayal`]), crew,
//! [`Motif`]s and their [`Interpretation`]s, posters and videos
//! ([`MediaAsset`]) with their takedowns, [`Claim`]s and the [`Statement`]s
//! that answered them, [`Event`]s, and the [`Source`] behind every fact.
//!
//! Every `Series` value is valid. Reading JSON, deserializing with serde and
//! [`SeriesBuilder::build`] all run the same checks and report *every*
//! violation with its path ([`Violation`]).
//!
//! ```
//! let glory = kdrama::datasets::the_glory();
//! for part in glory.parts() {
//!     println!("Part {}: {} ({} episodes)", part.number(), part.release(), part.episodes().len());
//! }
//! let dong_eun = glory.character("moon-dong-eun").expect("in the dataset");
//! assert_eq!(dong_eun.native_name(), Some("문동은"));
//! ```
//!
//! # Time: precision, windows and zones
//!
//! A [`Release`] is as precise as what is known: `unannounced`, a year, a
//! month, a day, or an exact minute with its UTC offset. Years, months and
//! days are calendar periods of the series' home zone, so each is a half-open
//! [`Window`] of instants computed through the IANA tz database
//! ([`Release::window`]). At any instant a release is
//! [`Status::Upcoming`], [`Status::Uncertain`] (inside its window),
//! [`Status::Released`], or [`Status::Unannounced`]; a day-precision release
//! is never treated as midnight.
//!
//! ```
//! use chrono::{TimeZone, Utc};
//! use kdrama::{Release, Status, Zone};
//!
//! let seoul = Zone::seoul();
//! let day: Release = "2023-03-10".parse()?;
//! // Midnight UTC on the 10th is 09:00 in Seoul: inside the day, so uncertain.
//! let at = Utc.with_ymd_and_hms(2023, 3, 10, 0, 0, 0).unwrap();
//! assert!(matches!(day.status_at(seoul, at), Status::Uncertain { .. }));
//! let exact: Release = "2023-03-10T17:00+09:00".parse()?;
//! assert!(matches!(exact.status_at(seoul, at), Status::Upcoming { .. }));
//! // Viewed from Honolulu, Part 1 lands the day before.
//! let part_1: Release = "2022-12-30T17:00+09:00".parse()?;
//! let honolulu = Zone::from_name("Pacific/Honolulu")?;
//! assert_eq!(part_1.in_zone(seoul, honolulu).to_string(), "2022-12-29T22:00-10:00");
//! # Ok::<(), kdrama::Error>(())
//! ```
//!
//! A part's announcement history answers what was known on a given day
//! ([`Part::release_known_on`]); [`Series::release_units`],
//! [`Series::next_release`] and [`Series::episodes_available_at`] serve
//! release trackers and countdowns.
//!
//! # The JSON format
//!
//! One object per series. `format` is the format version (currently `1`);
//! unknown fields are errors, optional fields may be left out, and lists keep
//! their order, with one exception: a motif's `interpretations` are ranked by
//! authority (official, press, fan; stable within a rank), and
//! [`Series::to_json`] writes them in that order. A key appears once in an
//! object (`titles.localized` included: a repeated language tag is a
//! violation, never last-one-wins). Records refer to each other by slug ids
//! (`[a-z0-9]+(-[a-z0-9]+)*`, at most 64 bytes). Dates and release times use
//! the five [`Release`] forms (`unannounced`, `2023`, `2023-03`, `2023-03-10`,
//! `2023-03-10T17:00+09:00`) with years from [`MIN_YEAR`] to [`MAX_YEAR`],
//! read in the series' `home_zone` (default `Asia/Seoul`). Every fact-bearing
//! record lists the ids of its sources in `cites`. [`Series::to_json`] writes
//! the canonical form (fields in the order below, empty and default fields
//! omitted) compactly, [`Series::to_json_pretty`] with two-space indentation.
//!
//! Beyond parts and people, a series can hold what sources report about it:
//!
//! - `region`: where the primary release is out (`worldwide`, `international`
//!   or an ISO 3166-1 code; default the `country`); `availability`: releases on
//!   other platforms and regions, each a `simulcast` of the primary instants or
//!   a `premiere` ([`Availability`], [`Series::releases_in`], [`Series::status_in`]).
//! - `specials`: broadcasts outside the numbered episodes ([`Special`]), in the
//!   release units, timeline and calendar feed.
//! - `audience`: measurements ([`Measurement`]) with a `metric` (household
//!   ratings by panel and area, hours viewed, views by counter, weekly and
//!   all-time Top 10 ranks by list, countries, weeks), what they are `of`
//!   (`series`, a `part`, an `episode`, a `special`), a `period` (`broadcast`,
//!   a Top 10 `week` named by its Monday, `through` a day, a named `report`),
//!   and a `value` in its unit (`percent`, `hours`, `views`, `rank`,
//!   `countries`, `weeks`).
//! - `disputed`, on a measurement, a special or an event: the sources of the
//!   record's (preferred) value, why it is preferred (`majority`,
//!   `more_authoritative`, `later_correction`) and every other reported value
//!   with its own sources ([`Dispute`]).
//! - `inferred`, on a part, an episode, a special or an availability: the
//!   rule by which a release time was derived, and the sources it starts
//!   from ([`Inference`], [`Basis`]); without it a value is reported.
//!
//! These fields are optional, so every version-1 file still loads unchanged
//! and `format` stays `1`.
//!
//! A complete small series:
//!
//! ```
//! let json = r#"{
//!   "format": 1,
//!   "id": "example-drama",
//!   "titles": {
//!     "english": "Example Drama",
//!     "native": "예시 드라마",
//!     "romanizations": [{ "system": "revised", "text": "Yesi deurama" }],
//!     "localized": { "ja": "例のドラマ" }
//!   },
//!   "original_language": "ko",
//!   "country": "KR",
//!   "home_zone": "Asia/Seoul",
//!   "platform": "netflix",
//!   "region": "worldwide",
//!   "genres": ["thriller"],
//!   "age_rating": "15+",
//!   "premise": "A teacher plans a long revenge.",
//!   "runtime": { "min_minutes": 50, "max_minutes": 70 },
//!   "cites": ["press-1"],
//!   "parts": [
//!     {
//!       "number": 1,
//!       "release": "2024-01-05T17:00+09:00",
//!       "inferred": { "rule": "Netflix releases at midnight Pacific time", "cites": ["press-1"] },
//!       "announcements": [{ "on": "2023-11-01", "release": "2024-01", "cites": ["press-1"] }],
//!       "episodes": [{ "number": 1 }, { "number": 2, "runtime_minutes": 62, "cites": ["press-1"] }],
//!       "cites": ["press-1"]
//!     }
//!   ],
//!   "specials": [
//!     { "id": "making-of", "kind": "making_of", "title": "The making of", "release": "2024-02-01T21:35+09:00",
//!       "disputed": { "because": "majority", "cites": ["press-1"],
//!                     "alternatives": [{ "value": "2024-02-01T21:25+09:00", "cites": ["press-2"] }] },
//!       "runtime": { "minutes": 90, "approximate": true }, "cites": ["press-1"] }
//!   ],
//!   "availability": [
//!     { "platform": "netflix", "region": "JP", "timing": { "premiere": "2024-01-12" }, "cites": ["press-1"] }
//!   ],
//!   "people": [
//!     { "id": "kim-a", "name": "Kim A", "native_name": "김아",
//!       "aliases": [{ "name": "Kim Ah", "kind": "romanization" }], "cites": ["press-1"] }
//!   ],
//!   "characters": [
//!     { "id": "lee-b", "name": "Lee B", "occupation": "teacher", "cites": ["press-1"] }
//!   ],
//!   "cast": [
//!     { "person": "kim-a", "character": "lee-b", "stage": "adult", "billing": "lead", "cites": ["press-1"] }
//!   ],
//!   "crew": [{ "person": "kim-a", "role": "writer", "cites": ["press-1"] }],
//!   "organizations": [
//!     { "id": "netflix", "name": "Netflix", "kind": "platform", "cites": ["press-1"] }
//!   ],
//!   "motifs": [
//!     { "id": "flower", "name": "Flower",
//!       "interpretations": [{ "meaning": "hope", "authority": "official", "cites": ["press-1"] }],
//!       "cites": ["press-1"] }
//!   ],
//!   "media": [
//!     { "id": "poster-1", "kind": "main_poster", "title": "Main poster", "part": 1,
//!       "depicts": ["lee-b"], "motifs": ["flower"],
//!       "events": [{ "action": "published", "date": "2023-12-01", "cites": ["press-1"] }],
//!       "cites": ["press-1"] }
//!   ],
//!   "claims": [
//!     { "id": "rumour", "summary": "A said to have quit.", "subjects": ["kim-a"],
//!       "first_seen": "2023-12-02", "spread_by": [{ "other": "a forum" }],
//!       "verdict": "refuted", "cites": ["press-1"] }
//!   ],
//!   "statements": [
//!     { "id": "denial", "speaker": { "organization": "netflix" }, "date": "2023-12-03",
//!       "summary": "A did not quit.", "answers": ["rumour"], "cites": ["press-1"] }
//!   ],
//!   "events": [
//!     { "id": "presscon", "kind": "press_conference", "name": "Press conference",
//!       "date": "2023-12-20", "participants": ["kim-a"], "cites": ["press-1"] }
//!   ],
//!   "audience": [
//!     { "id": "week-1-rank", "metric": { "weekly_rank": { "list": "non_english_tv" } }, "of": { "part": 1 },
//!       "period": { "week": "2024-01-08" }, "value": { "rank": 2 }, "reported": "2024-01-10", "cites": ["press-1"] },
//!     { "id": "episode-2-rating", "metric": { "household_rating": { "panel": "agb_nielsen", "area": "nationwide" } },
//!       "of": { "episode": 2 }, "value": { "percent": 12.5 },
//!       "disputed": { "because": "more_authoritative", "cites": ["press-1"],
//!                     "alternatives": [{ "value": { "percent": 12.4 }, "cites": ["press-2"] }] },
//!       "cites": ["press-1"] }
//!   ],
//!   "sources": [
//!     { "id": "press-1", "publisher": "Example News", "url": "https://example.com/1",
//!       "published": "2023-11-01", "language": "en", "authority": "press" },
//!     { "id": "press-2", "publisher": "Other News", "url": "https://example.org/2",
//!       "language": "ko", "authority": "press" }
//!   ]
//! }"#;
//! let series = kdrama::Series::from_json(json)?;
//! assert!(series.warnings().is_empty());
//! assert_eq!(series.episodes().count(), 2);
//! assert_eq!(series.release_units().count(), 2); // Part 1, then the special
//! assert!(series.part(1).unwrap().basis().is_inferred());
//! assert_eq!(series.measurement("episode-2-rating").unwrap().alternatives().count(), 1);
//! # Ok::<(), kdrama::Error>(())
//! ```

#![deny(missing_docs)]
#![deny(missing_debug_implementations)]
#![forbid(unsafe_code)]

// `series` first: rustdoc lists a type's impl blocks in the order it meets
// them, and a Series should open with loading, building and its accessors.
mod series;

mod catalog;
#[cfg(feature = "datasets")]
pub mod datasets;
mod de;
mod diff;
mod error;
#[cfg(any(feature = "ics", feature = "jsonld"))]
mod export;
mod id;
#[cfg(feature = "import")]
pub mod import;
mod limits;
mod model;
#[cfg(feature = "schema")]
mod schema;
mod search;
mod text;
mod time;
mod validate;
mod vocab;

/// The date and time vocabulary of the public API (`DateTime<Utc>`,
/// `NaiveDate`, `FixedOffset`), re-exported so that your code uses the
/// version this crate was built with.
///
/// ```
/// use kdrama::chrono::{TimeZone, Utc};
/// let at = Utc.with_ymd_and_hms(2023, 3, 10, 8, 0, 0).unwrap();
/// let part_2 = kdrama::datasets::the_glory().part(2).expect("two parts");
/// assert!(part_2.release().status_at(kdrama::Zone::seoul(), at).is_released());
/// ```
pub use chrono;

pub use catalog::{Catalog, CatalogRelease, Credit};
pub use diff::{Diff, Difference};
pub use error::{
    Error, MAX_REPORTED_VIOLATIONS, Result, Severity, Strictness, Violation, ViolationKind,
    Violations,
};
#[cfg(feature = "jsonld")]
pub use export::html::HtmlSafeFormatter;
#[cfg(feature = "ics")]
pub use export::ics::{IcsOptions, IcsTimes};
pub use id::{
    AsId, CharacterId, ClaimId, EventId, MAX_ID_LEN, MeasurementId, MediaId, MotifId,
    OrganizationId, PersonId, SeriesId, SourceId, SpecialId, StatementId,
};
pub use limits::{
    MAX_INPUT_BYTES, MAX_ITEMS, MAX_RECORDS, MAX_RUNTIME_MINUTES, MAX_TEXT_BYTES, MAX_YEAR,
    MIN_YEAR,
};
pub use model::audience::{Measured, Measurement, Metric, Period};
pub use model::availability::{Availability, CountryCode, Region, Timing};
pub use model::cites::{Citations, CitationsIter, Cited};
pub use model::claims::{Claim, Party, Statement};
pub use model::disputes::{Basis, Dispute, Inference, Reported};
pub use model::events::{Award, Event};
pub use model::external::{ContentRating, ExternalIds};
pub use model::media::{Interpretation, LifecycleEvent, MediaAsset, Motif};
pub use model::names::{Alias, Romanization, Titles};
pub use model::parts::{Announcement, Episode, Part, RuntimeRange};
pub use model::people::{Character, CrewCredit, Organization, Person, Portrayal, Relationship};
pub use model::quantity::{Percent, Quantity, Unit};
pub use model::source::Source;
pub use model::specials::{Runtime, Special};
#[cfg(feature = "schema")]
pub use schema::json_schema;
pub use search::romanize::{customary_surnames, romanize, romanize_name};
pub use search::{Match, MatchKind, Matches, Subject, Variant, normalize_name};
pub use series::audience::{Top10Week, WeeksInList};
pub use series::list::{Records, RecordsIter, Stored};
pub use series::query::{Direction, MediaState, Takedown};
pub use series::records::{
    AliasRef, Aliases, CharacterRef, ClaimRef, CrewCreditRef, EpisodeRef, EventRef, MediaRef,
    PartRef, PersonRef, PortrayalRef, RelationshipRef, SourceRef, StatementRef,
};
pub use series::regions::RegionalRelease;
pub use series::schedule::{ReleaseUnit, SeriesStatus};
pub use series::timeline::{TimelineEntry, TimelineItem, TimelineKind};
pub use series::{FORMAT_VERSION, Series, SeriesBuilder};
pub use text::Text;
pub use time::release::{Precision, Release};
pub use time::status::{LocalRelease, LocalTime, Status};
pub use time::window::Window;
pub use time::zone::Zone;
pub use vocab::{
    AliasKind, Area, AuthorityTier, AwardOutcome, Billing, Counter, CrewRole, EventKind,
    InterpretationAuthority, LifeStage, LifecycleAction, MediaKind, OrganizationKind, Panel,
    Preference, Qualifier, RelationshipKind, RomanizationSystem, SpecialKind, Top10List, Verdict,
};

#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
