//! Name search on the 10 000-series synthetic catalog, with a Hangul native
//! name on every person and character (so every name is also searchable in
//! both romanizations and by its initial consonants).
//!
//! ```text
//! cargo bench --bench search
//! ```
//!
//! `first` takes the first result of a query; `all` collects every result;
//! `build` is `Catalog::new` over series already parsed (the name index is
//! most of it); `series_search` is `Series::search` on one series, repeated.

use std::hint::black_box;
use std::sync::LazyLock;

use divan::Bencher;
use kdrama::{Catalog, MatchKind, RomanizationSystem, Series};

mod synthetic;

// Counts allocations: divan reports them with each bench (for `build`, the
// bytes the catalog keeps are what it allocates less what it frees).
#[global_allocator]
static ALLOC: divan::AllocProfiler = divan::AllocProfiler::system();

fn main() {
    divan::main();
}

const SERIES: usize = 10_000;

static KOREAN: LazyLock<Vec<Series>> = LazyLock::new(|| {
    (0..SERIES)
        .map(|i| Series::from_json(&synthetic::korean_series_json(i, SERIES)).unwrap())
        .collect()
});

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog::new(KOREAN.clone()).unwrap());

/// A person of the catalog, by pool number.
fn name(n: usize) -> String {
    synthetic::person_name(n)
}

/// The queries, one per kind of match, each found to match that way first
/// (`typo`, `prefix` and `none` are checked by the search tests).
struct Queries {
    exact: String,
    alias: String,
    romanized: String,
    phonetic: String,
    initials: String,
    typo: String,
    prefix: &'static str,
    none: &'static str,
}

static QUERIES: LazyLock<Queries> = LazyLock::new(|| {
    let c = &*CATALOG;
    let first_kind = |query: &str| c.search(query).next().map(|m| m.kind());
    // The first pool person (from 100 on) for whom `spell` gives a query
    // that matches first as `kind`.
    let find = |kind: MatchKind, spell: &dyn Fn(&str) -> String| {
        (100..10_000)
            .map(|n| spell(&name(n)))
            .find(|query| first_kind(query) == Some(kind))
            .unwrap_or_else(|| panic!("no {kind:?} query"))
    };
    let exact = find(MatchKind::Name, &|name| name.to_owned());
    let alias = find(MatchKind::Alias, &|name| format!("{name}x"));
    let romanized = find(MatchKind::Romanized, &|name| {
        let native = synthetic::native_name(name);
        kdrama::romanize_name(&native, RomanizationSystem::McCuneReischauer, true).unwrap()
    });
    // A spelling that differs only the way romanizations differ: every i
    // written ee, every k written g.
    let phonetic = find(MatchKind::Phonetic, &|name| {
        name.replace('i', "ee").replace('k', "g")
    });
    let initials = find(MatchKind::Initials, &|name| {
        synthetic::native_name(name)
            .chars()
            .map(|c| {
                let n = (c as u32 - 0xAC00) / 588;
                [
                    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ',
                    'ㅉ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
                ][n as usize]
            })
            .collect()
    });
    // One letter of the given name replaced.
    let mut typo: Vec<char> = exact.chars().collect();
    let at = exact.find(' ').unwrap() + 2;
    typo[at] = if typo[at] == 'x' { 'q' } else { 'x' };
    Queries {
        exact,
        alias,
        romanized,
        phonetic,
        initials,
        typo: typo.into_iter().collect(),
        prefix: "k",
        none: "Xavier Quintero",
    }
});

fn query(which: &str) -> &'static str {
    let q = &*QUERIES;
    match which {
        "exact" => &q.exact,
        "alias" => &q.alias,
        "romanized" => &q.romanized,
        "phonetic" => &q.phonetic,
        "initials" => &q.initials,
        "typo" => &q.typo,
        "prefix" => q.prefix,
        _ => q.none,
    }
}

const KINDS: &[&str] = &[
    "exact",
    "alias",
    "romanized",
    "phonetic",
    "initials",
    "typo",
    "prefix",
    "none",
];

/// The first result of each kind of query.
#[divan::bench(args = KINDS)]
fn first(bencher: Bencher, which: &str) {
    let (c, q) = (&*CATALOG, query(which));
    bencher.bench(|| c.search(black_box(q)).next().is_some());
}

/// Every result of each kind of query, collected.
#[divan::bench(args = KINDS)]
fn all(bencher: Bencher, which: &str) {
    let (c, q) = (&*CATALOG, query(which));
    bencher.bench(|| c.search(black_box(q)).count());
}

/// `Catalog::new` over 10 000 series already parsed, with and without the
/// Hangul names.
#[divan::bench(args = ["korean", "latin"], sample_count = 5, sample_size = 1)]
fn build(bencher: Bencher, names: &str) {
    let series: Vec<Series> = if names == "korean" {
        KOREAN.clone()
    } else {
        (0..SERIES)
            .map(|i| Series::from_json(&synthetic::series_json(i, SERIES)).unwrap())
            .collect()
    };
    bencher
        .with_inputs(|| series.clone())
        .bench_values(|s| Catalog::new(s).unwrap());
}

/// `Series::search` on one series, repeated: the series' index is built once.
#[divan::bench]
fn series_search(bencher: Bencher) {
    let s = &KOREAN[5000];
    let q = s
        .people()
        .get(3)
        .expect("the synthetic series has people")
        .name()
        .to_owned();
    bencher.bench(|| s.search(black_box(&q)).next().is_some());
}
