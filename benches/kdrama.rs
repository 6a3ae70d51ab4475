//! Benchmarks at 1, 100 and 10 000 synthetic series.
//!
//! ```text
//! cargo bench --bench kdrama
//! ```
//!
//! Load is measured against two floors: the same JSON read into plain
//! `#[derive(Deserialize)]` structs without validation, and into
//! `serde_json::Value`.

use std::hint::black_box;
use std::sync::LazyLock;

use chrono::{TimeZone, Utc};
use divan::Bencher;
use kdrama::{Catalog, Series};

mod synthetic;

fn main() {
    divan::main();
}

const SIZES: &[usize] = &[1, 100, 10_000];

fn jsons(n: usize) -> &'static [String] {
    static ONE: LazyLock<Vec<String>> =
        LazyLock::new(|| (0..1).map(|i| synthetic::series_json(i, 1)).collect());
    static HUNDRED: LazyLock<Vec<String>> =
        LazyLock::new(|| (0..100).map(|i| synthetic::series_json(i, 100)).collect());
    static THOUSAND: LazyLock<Vec<String>> =
        LazyLock::new(|| (0..1000).map(|i| synthetic::series_json(i, 1000)).collect());
    static TEN_K: LazyLock<Vec<String>> = LazyLock::new(|| {
        (0..10_000)
            .map(|i| synthetic::series_json(i, 10_000))
            .collect()
    });
    match n {
        1 => &ONE,
        100 => &HUNDRED,
        1000 => &THOUSAND,
        _ => &TEN_K,
    }
}

static CATALOG: LazyLock<Catalog> =
    LazyLock::new(|| Catalog::new(parse_all(jsons(10_000), Series::from_json)).unwrap());

// The floor: the same shape, no validation, ids and dates as plain strings.
mod plain;

/// Parses every text with `parse` (whose failure is a bug in the generator).
fn parse_all<T, E: std::fmt::Debug>(
    jsons: &[String],
    parse: impl Fn(&str) -> Result<T, E>,
) -> Vec<T> {
    jsons
        .iter()
        .map(|j| parse(black_box(j)).expect("the generator writes valid series"))
        .collect()
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load_validated(bencher: Bencher, n: usize) {
    let jsons = jsons(n);
    bencher.bench(|| Catalog::new(parse_all(jsons, Series::from_json)).unwrap());
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load_series_only(bencher: Bencher, n: usize) {
    let jsons = jsons(n);
    bencher.bench(|| parse_all(jsons, Series::from_json));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load_plain_serde_floor(bencher: Bencher, n: usize) {
    let jsons = jsons(n);
    bencher.bench(|| parse_all(jsons, |j| serde_json::from_str::<plain::Series>(j)));
}

#[divan::bench(args = SIZES, sample_count = 20)]
fn load_value(bencher: Bencher, n: usize) {
    let jsons = jsons(n);
    bencher.bench(|| parse_all(jsons, |j| serde_json::from_str::<serde_json::Value>(j)));
}

/// Validation gets a middle size too, so that its growth can be read in
/// steps of 10×.
#[divan::bench(args = [1, 100, 1000, 10_000], sample_count = 20)]
fn validate_only(bencher: Bencher, n: usize) {
    let series = parse_all(jsons(n), Series::from_json);
    bencher.bench(|| {
        series
            .iter()
            .map(|s| black_box(s).warnings().len())
            .sum::<usize>()
    });
}

/// Each sample times 1 000 calls: one call is too short for the timer, and
/// divan's own choice of sample size left single cold calls in the medians.
#[divan::bench_group(sample_count = 100, sample_size = 1000)]
mod query_10k {
    use super::*;

    fn catalog() -> &'static Catalog {
        &CATALOG
    }

    #[divan::bench]
    fn series_by_id(bencher: Bencher) {
        let c = catalog();
        bencher.bench(|| c.series_by_id(black_box("series-5000")).is_some());
    }

    #[divan::bench]
    fn search_exact_name(bencher: Bencher) {
        let c = catalog();
        let name = synthetic::person_name(123);
        bencher.bench(|| c.search(black_box(&name)).next().is_some());
    }

    #[divan::bench]
    fn search_alias_misspelling(bencher: Bencher) {
        let c = catalog();
        let alias = format!("{}x", synthetic::person_name(123));
        bencher.bench(|| c.search(black_box(&alias)).next().is_some());
    }

    #[divan::bench]
    fn search_character_alias(bencher: Bencher) {
        let c = catalog();
        bencher.bench(|| c.search(black_box("char7")).next().is_some());
    }

    #[divan::bench]
    fn filmography(bencher: Bencher) {
        let c = catalog();
        let id = c.series()[1234]
            .people()
            .first()
            .expect("synthetic series have people")
            .id()
            .to_string();
        bencher.bench(|| c.filmography(black_box(&id)).count());
    }

    #[divan::bench]
    fn releases_in_one_week(bencher: Bencher) {
        let c = catalog();
        let start = Utc.with_ymd_and_hms(2004, 6, 1, 0, 0, 0).unwrap();
        let end = start + chrono::Duration::weeks(1);
        bencher.bench(|| c.releases_between(black_box(start), black_box(end)).count());
    }

    #[divan::bench]
    fn status_at_instant(bencher: Bencher) {
        let s = &catalog().series()[5000];
        let at = Utc.with_ymd_and_hms(2004, 6, 1, 0, 0, 0).unwrap();
        bencher.bench(|| black_box(s).status_at(black_box(at)));
    }

    /// Every person and source of one series looked up by id, through the
    /// series' id index (the lookups validation makes for each reference).
    #[divan::bench]
    fn id_index_lookups(bencher: Bencher) {
        let s = &catalog().series()[5000];
        let people: Vec<&str> = s.people().iter().map(|p| p.id().as_str()).collect();
        let sources: Vec<&str> = s.sources().iter().map(|p| p.id().as_str()).collect();
        bencher.bench(|| {
            people
                .iter()
                .filter(|id| black_box(s).person(**id).is_some())
                .count()
                + sources
                    .iter()
                    .filter(|id| black_box(s).source(**id).is_some())
                    .count()
        });
    }

    #[divan::bench]
    fn next_release(bencher: Bencher) {
        let s = &catalog().series()[5000];
        let at = Utc.with_ymd_and_hms(2004, 1, 1, 0, 0, 0).unwrap();
        bencher.bench(|| black_box(s).next_release(black_box(at)).is_some());
    }
}
