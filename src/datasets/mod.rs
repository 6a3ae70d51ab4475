//! The embedded, source-cited datasets.
//!
//! Each is a JSON file compiled into the crate, parsed and validated (strictly:
//! every fact-bearing record cites a source) the first time it is asked for.
//!
//! ```
//! let glory = kdrama::datasets::the_glory();
//! assert!(glory.warnings().is_empty());
//! assert_eq!(glory.sources().len(), glory.sources().iter().filter(|s| s.url().starts_with("http")).count());
//! ```

use std::sync::LazyLock;

use crate::catalog::Catalog;
use crate::error::Strictness;
use crate::series::Series;

static THE_GLORY_JSON: &str = include_str!("the-glory.json");

static THE_GLORY: LazyLock<Series> = LazyLock::new(|| load(THE_GLORY_JSON));

static DESCENDANTS_OF_THE_SUN_JSON: &str = include_str!("descendants-of-the-sun.json");

static DESCENDANTS_OF_THE_SUN: LazyLock<Series> =
    LazyLock::new(|| load(DESCENDANTS_OF_THE_SUN_JSON));

/// Parses an embedded dataset.
///
/// The `expect` cannot fire in a released crate: the JSON is fixed at compile
/// time and `tests/datasets.rs` loads every dataset strictly, so a file that
/// fails validation fails the test suite before it can ship.
fn load(json: &str) -> Series {
    Series::from_json_str(json, Strictness::Strict)
        .expect("embedded dataset is valid (checked by tests/datasets.rs)")
}

/// *The Glory* (더 글로리, Netflix, 2022–2023), from the fact sheet in the
/// crate's repository; every record cites its sources.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// assert_eq!(glory.titles().native(), Some("더 글로리"));
/// let part_2 = glory.part(2).unwrap();
/// assert_eq!(part_2.release().to_string(), "2023-03-10T17:00+09:00");
/// ```
pub fn the_glory() -> &'static Series {
    &THE_GLORY
}

/// The JSON text of *The Glory* as embedded (canonical form).
///
/// ```
/// let json = kdrama::datasets::the_glory_json();
/// assert!(json.contains("\"id\": \"the-glory\""));
/// ```
pub fn the_glory_json() -> &'static str {
    THE_GLORY_JSON
}

/// *Descendants of the Sun* (태양의 후예, KBS2, 2016), a broadcast drama
/// whose sixteen episodes each aired at their own instant (Wednesdays and
/// Thursdays at 22:00 KST); it shares its writer and lead actress with
/// *The Glory*.
///
/// ```
/// let dots = kdrama::datasets::descendants_of_the_sun();
/// assert_eq!(dots.episode_release(16).map(|r| r.to_string()).as_deref(), Some("2016-04-14T22:00+09:00"));
/// assert!(dots.person("song-hye-kyo").is_some());
/// ```
pub fn descendants_of_the_sun() -> &'static Series {
    &DESCENDANTS_OF_THE_SUN
}

/// The JSON text of *Descendants of the Sun* as embedded (canonical form).
///
/// ```
/// let json = kdrama::datasets::descendants_of_the_sun_json();
/// assert!(json.contains("\"id\": \"descendants-of-the-sun\""));
/// ```
pub fn descendants_of_the_sun_json() -> &'static str {
    DESCENDANTS_OF_THE_SUN_JSON
}

/// Every embedded series, oldest first.
///
/// ```
/// let titles: Vec<&str> = kdrama::datasets::all().map(|s| s.titles().english()).collect();
/// assert_eq!(titles, ["Descendants of the Sun", "The Glory"]);
/// ```
pub fn all() -> impl Iterator<Item = &'static Series> {
    [descendants_of_the_sun(), the_glory()].into_iter()
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    // Cannot fail: tests/datasets.rs builds this catalog, so duplicate ids or
    // conflicting people in the embedded data fail the test suite first.
    Catalog::new(all().cloned().collect())
        .expect("embedded catalog is consistent (checked by tests/datasets.rs)")
});

/// Every embedded series in one [`Catalog`], indexed once.
///
/// ```
/// let catalog = kdrama::datasets::catalog();
/// assert_eq!(catalog.collaborations("song-hye-kyo", "kim-eun-sook").count(), 2);
/// ```
pub fn catalog() -> &'static Catalog {
    &CATALOG
}
