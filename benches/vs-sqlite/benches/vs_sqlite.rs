//! kdrama against an in-memory, indexed SQLite (rusqlite, bundled) on the
//! synthetic catalog of `benches/synthetic`: loads and queries.
//!
//! ```text
//! cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench vs_sqlite
//! KDRAMA_BENCH_LARGE=1 cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench vs_sqlite
//! ```
//!
//! First a summary, printed as tables:
//!
//! - **Loads, interleaved by CPU time.** Every load of one size runs once per
//!   round, one after another in one process, the order rotated each round
//!   (A B C …, then B C … A, …), each timed by this thread's CPU time
//!   (`clock_gettime(CLOCK_THREAD_CPUTIME_ID)`; the wall clock where there
//!   is none, and the table says so), so that other processes on a shared
//!   machine do not count. Results are dropped outside the
//!   timing. A ratio is the median over rounds of that round's ratio, so
//!   drift of the shared machine between rounds cancels out.
//! - **Queries, interleaved.** Batches of calls (at least 2 ms each, same
//!   clock) of kdrama and of SQLite alternate, 21 rounds; the medians per
//!   call and the median of the rounds' ratios.
//! - **First use of the embedded datasets**: `kdrama::datasets::catalog()`
//!   timed in fresh processes (this bench re-run as a child).
//!
//! Then divan's benchmarks of the same queries, one per engine and size.
//! Set `KDRAMA_BENCH_SUMMARY=0` to skip the summary. Memory is measured by
//! the other bench of this package (`--bench memory`).

use std::hint::black_box;
use std::process::Command;
use std::sync::{LazyLock, Mutex};
use std::time::{Duration, Instant};

use cpu_time::ThreadTime;
use divan::Bencher;
use kdrama::{Catalog, Series};

mod common;
use common::{Queries, Sqlite};

/// Set in a child process that only times the datasets' first use.
const FIRST_USE_CHILD: &str = "KDRAMA_VS_SQLITE_FIRST_USE_CHILD";

fn main() {
    if std::env::var_os(FIRST_USE_CHILD).is_some() {
        let start = Instant::now();
        let catalog = kdrama::datasets::catalog();
        let elapsed = start.elapsed();
        assert_eq!(black_box(catalog).series().len(), 2);
        println!("{}", elapsed.as_nanos());
        return;
    }
    let quiet = std::env::args().any(|a| a == "--list" || a == "--help" || a == "--test");
    if !quiet && std::env::var("KDRAMA_BENCH_SUMMARY").map_or(true, |v| v != "0") {
        summary();
    }
    divan::main();
}

// ---------------------------------------------------------------- clocks

/// Whether this thread's CPU time can be read here (`clock_gettime` with
/// `CLOCK_THREAD_CPUTIME_ID` on Unix, through the `cpu-time` crate).
static CPU_CLOCK: LazyLock<bool> = LazyLock::new(|| ThreadTime::try_now().is_ok());

fn clock_name() -> &'static str {
    if *CPU_CLOCK {
        "thread CPU time"
    } else {
        "wall clock (no thread CPU clock here)"
    }
}

/// Runs `f`, timing it by this thread's CPU time (or the wall clock), and
/// hands back its result for the caller to drop outside the timing.
fn timed<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    if *CPU_CLOCK {
        let start = ThreadTime::now();
        let out = f();
        (start.elapsed(), out)
    } else {
        let start = Instant::now();
        let out = f();
        (start.elapsed(), out)
    }
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

fn show(d: f64) -> String {
    match d {
        d if d >= 1.0 => format!("{d:.2} s"),
        d if d >= 1e-3 => format!("{:.1} ms", d * 1e3),
        d if d >= 1e-6 => format!("{:.2} µs", d * 1e6),
        d => format!("{:.0} ns", d * 1e9),
    }
}

// ---------------------------------------------------------------- summary

fn rounds(n: usize) -> usize {
    if let Some(r) = std::env::var("KDRAMA_BENCH_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
    {
        return r;
    }
    if n <= 1_000 {
        9
    } else if n <= 10_000 {
        5
    } else {
        1
    }
}

fn summary() {
    println!("kdrama against SQLite (in memory, indexed), synthetic series of benches/synthetic");
    for n in common::sizes() {
        if n <= 10_000 {
            loads(n, fixture(n).jsons.as_slice());
            queries(n);
        } else {
            // The largest size is loaded and dropped, never kept.
            loads(n, &common::jsons(n));
        }
    }
    first_use();
    println!();
}

/// The loads of one size, interleaved; see the module docs.
fn loads(n: usize, jsons: &[String]) {
    let rounds = rounds(n);
    let mb = common::json_bytes(jsons) as f64 / 1e6;
    println!(
        "\n## load, {n} series ({mb:.1} MB of JSON), {rounds} rounds interleaved, {}",
        clock_name()
    );
    let encoded: Vec<Vec<u8>> = common::parse_series(jsons)
        .iter()
        .map(|s| postcard::to_allocvec(s).expect("a series serializes"))
        .collect();
    let postcard_mb = encoded.iter().map(Vec::len).sum::<usize>() as f64 / 1e6;
    // Times per round: floor, from_json, Catalog::new, validation alone,
    // SQLite, SQLite with the document, postcard.
    const FLOOR: usize = 0;
    const FROM_JSON: usize = 1;
    const CATALOG: usize = 2;
    const VALIDATE: usize = 3;
    const SQLITE: usize = 4;
    const SQLITE_DOC: usize = 5;
    const POSTCARD: usize = 6;
    let mut t: Vec<Vec<f64>> = vec![Vec::new(); 7];
    for round in 0..rounds {
        // Variant 1 records three times: from_json, Catalog::new, validation.
        let variants = 5;
        for k in 0..variants {
            match (round + k) % variants {
                0 => {
                    let (d, out) = timed(|| common::parse_floor(jsons));
                    drop(out);
                    t[FLOOR].push(d.as_secs_f64());
                }
                1 => {
                    let (parse, series) = timed(|| common::parse_series(jsons));
                    let (index, catalog) = timed(|| Catalog::new(series).expect("consistent"));
                    let (validate, warnings) = timed(|| {
                        catalog
                            .series()
                            .iter()
                            .map(|s| black_box(s).warnings().len())
                            .sum::<usize>()
                    });
                    black_box(warnings);
                    drop(catalog);
                    t[FROM_JSON].push(parse.as_secs_f64());
                    t[CATALOG].push(index.as_secs_f64());
                    t[VALIDATE].push(validate.as_secs_f64());
                }
                2 => {
                    let (d, db) = timed(|| common::load_sqlite(jsons, false));
                    drop(db);
                    t[SQLITE].push(d.as_secs_f64());
                }
                3 => {
                    let (d, db) = timed(|| common::load_sqlite(jsons, true));
                    drop(db);
                    t[SQLITE_DOC].push(d.as_secs_f64());
                }
                _ => {
                    let (d, out) = timed(|| {
                        encoded
                            .iter()
                            .map(|b| {
                                postcard::from_bytes::<Series>(black_box(b))
                                    .expect("postcard reads what it wrote")
                            })
                            .collect::<Vec<Series>>()
                    });
                    drop(out);
                    t[POSTCARD].push(d.as_secs_f64());
                }
            }
        }
    }
    let kdrama: Vec<f64> = (0..rounds)
        .map(|r| t[FROM_JSON][r] + t[CATALOG][r])
        .collect();
    let ratio = |a: &[f64], b: &[f64]| median(a.iter().zip(b).map(|(a, b)| a / b).collect());
    // The median, and per series (to read how the load grows with size).
    let m = |v: &[f64]| {
        let median = median(v.to_vec());
        format!("{} | {:.1} µs", show(median), median / n as f64 * 1e6)
    };
    println!("| load | median | per series | ratio (median of rounds) |");
    println!("|---|---:|---:|---|");
    println!(
        "| plain-derive floor (serde_json, no checks) | {} | 1 |",
        m(&t[FLOOR])
    );
    println!(
        "| kdrama `Series::from_json` + `Catalog::new` | {} | {:.2}× the floor, {:.2}× SQLite, {:.2}× SQLite with documents |",
        m(&kdrama),
        ratio(&kdrama, &t[FLOOR]),
        ratio(&kdrama, &t[SQLITE]),
        ratio(&kdrama, &t[SQLITE_DOC]),
    );
    println!(
        "| … `Series::from_json` alone | {} | {:.2}× the floor |",
        m(&t[FROM_JSON]),
        ratio(&t[FROM_JSON], &t[FLOOR])
    );
    println!(
        "| … `Catalog::new` alone | {} | {:.2}× `from_json` |",
        m(&t[CATALOG]),
        ratio(&t[CATALOG], &t[FROM_JSON])
    );
    println!(
        "| validation alone (`Series::warnings`, re-run) | {} | {:.2}× `from_json` |",
        m(&t[VALIDATE]),
        ratio(&t[VALIDATE], &t[FROM_JSON])
    );
    println!(
        "| postcard ({postcard_mb:.1} MB) → `Series`, validated | {} | {:.2}× `from_json` ({:.2}× faster) |",
        m(&t[POSTCARD]),
        ratio(&t[POSTCARD], &t[FROM_JSON]),
        ratio(&t[FROM_JSON], &t[POSTCARD]),
    );
    println!(
        "| SQLite, normalized, indexed | {} | {:.2}× the floor |",
        m(&t[SQLITE]),
        ratio(&t[SQLITE], &t[FLOOR])
    );
    println!(
        "| SQLite, normalized, indexed, JSON document stored too | {} | {:.2}× the floor |",
        m(&t[SQLITE_DOC]),
        ratio(&t[SQLITE_DOC], &t[FLOOR])
    );
}

/// The time of `iters` calls of `f`, by `timed`'s clock.
fn batch(f: &mut dyn FnMut(), iters: u32) -> Duration {
    timed(|| {
        for _ in 0..iters {
            f();
        }
    })
    .0
}

/// The number of calls of `f` that take at least 2 ms.
fn calibrate(f: &mut dyn FnMut()) -> u32 {
    let mut iters = 1u32;
    while batch(f, iters) < Duration::from_millis(2) && iters < 1 << 24 {
        iters *= 2;
    }
    iters
}

/// Seconds per call of `a` and of `b` (medians) and the median ratio a/b,
/// their batches alternating over 21 rounds.
fn interleave(a: &mut dyn FnMut(), b: &mut dyn FnMut()) -> (f64, f64, f64) {
    let (na, nb) = (calibrate(a), calibrate(b));
    let per_call = |f: &mut dyn FnMut(), n: u32| batch(f, n).as_secs_f64() / f64::from(n);
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    for round in 0..21 {
        if round % 2 == 0 {
            ta.push(per_call(a, na));
            tb.push(per_call(b, nb));
        } else {
            tb.push(per_call(b, nb));
            ta.push(per_call(a, na));
        }
    }
    let ratio = median(ta.iter().zip(&tb).map(|(a, b)| a / b).collect());
    (median(ta), median(tb), ratio)
}

fn queries(n: usize) {
    let f = fixture(n);
    let (c, q) = (&f.catalog, &f.queries);
    let db = f.db.lock().expect("not poisoned");
    println!(
        "\n## queries, {n} series, 21 rounds of interleaved batches of 2 ms or more, {}",
        clock_name()
    );
    println!("| query | kdrama | SQLite | kdrama / SQLite |");
    println!("|---|---:|---:|---:|");
    let row = |name: &str, a: &mut dyn FnMut(), b: &mut dyn FnMut()| {
        let (ta, tb, r) = interleave(a, b);
        println!("| {name} | {} | {} | {r:.3} |", show(ta), show(tb));
    };
    row(
        "series by id",
        &mut || {
            black_box(c.series_by_id(black_box(q.series.as_str())).is_some());
        },
        &mut || {
            black_box(db.series_by_id(black_box(&q.series)));
        },
    );
    row(
        "filmography (all credits)",
        &mut || {
            black_box(c.filmography(black_box(q.person.as_str())).count());
        },
        &mut || {
            black_box(db.filmography(black_box(&q.person)));
        },
    );
    let (start, end) = q.week;
    row(
        "releases in a one-week window",
        &mut || {
            black_box(c.releases_between(black_box(start), black_box(end)).count());
        },
        &mut || {
            black_box(
                db.releases_between(black_box(start.timestamp()), black_box(end.timestamp())),
            );
        },
    );
    row(
        "exact name search (first result)",
        &mut || {
            black_box(c.search(black_box(&q.name)).next().is_some());
        },
        &mut || {
            black_box(db.search_exact(black_box(&q.name)));
        },
    );
}

/// `kdrama::datasets::catalog()`'s first call, each in a fresh process.
fn first_use() {
    let exe = match std::env::current_exe() {
        Ok(exe) => exe,
        Err(e) => {
            println!("\nfirst use of the embedded datasets: not measured ({e})");
            return;
        }
    };
    let mut times = Vec::new();
    for _ in 0..11 {
        let out = Command::new(&exe)
            .env(FIRST_USE_CHILD, "1")
            .output()
            .expect("the bench runs as a child");
        assert!(out.status.success(), "the child failed: {out:?}");
        let ns: f64 = String::from_utf8_lossy(&out.stdout)
            .trim()
            .parse()
            .expect("the child prints nanoseconds");
        times.push(ns / 1e9);
    }
    let min = times.iter().copied().fold(f64::INFINITY, f64::min);
    let max = times.iter().copied().fold(0.0, f64::max);
    println!(
        "\n## first use of the embedded datasets\n`kdrama::datasets::catalog()`, first call in a fresh process (wall clock, 11 processes): median {}, min {}, max {}",
        show(median(times)),
        show(min),
        show(max)
    );
}

// ---------------------------------------------------------------- fixtures

/// One size's catalog, loaded both ways, kept for the queries.
struct Fixture {
    jsons: Vec<String>,
    catalog: Catalog,
    /// A `Connection` is not `Sync`: the benches lock it for their run.
    db: Mutex<Sqlite>,
    queries: Queries,
}

fn fixture(n: usize) -> &'static Fixture {
    fn make(n: usize) -> Fixture {
        let jsons = common::jsons(n);
        let catalog = common::load_kdrama(&jsons);
        let db = common::load_sqlite(&jsons, false);
        let queries = Queries::new(&catalog);
        queries.check(&catalog, &db);
        Fixture {
            jsons,
            catalog,
            db: Mutex::new(db),
            queries,
        }
    }
    static THOUSAND: LazyLock<Fixture> = LazyLock::new(|| make(1_000));
    static TEN_K: LazyLock<Fixture> = LazyLock::new(|| make(10_000));
    match n {
        1_000 => &THOUSAND,
        10_000 => &TEN_K,
        _ => unreachable!("queries run at 1 000 and 10 000 series"),
    }
}

const QUERY_SIZES: &[usize] = &[1_000, 10_000];

// ---------------------------------------------------------------- divan

mod kdrama_queries {
    use super::*;

    #[divan::bench(args = QUERY_SIZES)]
    fn series_by_id(bencher: Bencher, n: usize) {
        let f = fixture(n);
        bencher.bench(|| {
            f.catalog
                .series_by_id(black_box(f.queries.series.as_str()))
                .is_some()
        });
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn filmography(bencher: Bencher, n: usize) {
        let f = fixture(n);
        bencher.bench(|| {
            f.catalog
                .filmography(black_box(f.queries.person.as_str()))
                .count()
        });
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn releases_in_one_week(bencher: Bencher, n: usize) {
        let f = fixture(n);
        let (start, end) = f.queries.week;
        bencher.bench(|| {
            f.catalog
                .releases_between(black_box(start), black_box(end))
                .count()
        });
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn search_exact_name(bencher: Bencher, n: usize) {
        let f = fixture(n);
        bencher.bench(|| {
            f.catalog
                .search(black_box(&f.queries.name))
                .next()
                .is_some()
        });
    }
}

mod sqlite_queries {
    use super::*;

    #[divan::bench(args = QUERY_SIZES)]
    fn series_by_id(bencher: Bencher, n: usize) {
        let f = fixture(n);
        let db = f.db.lock().expect("not poisoned");
        bencher.bench_local(|| db.series_by_id(black_box(&f.queries.series)));
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn filmography(bencher: Bencher, n: usize) {
        let f = fixture(n);
        let db = f.db.lock().expect("not poisoned");
        bencher.bench_local(|| db.filmography(black_box(&f.queries.person)));
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn releases_in_one_week(bencher: Bencher, n: usize) {
        let f = fixture(n);
        let db = f.db.lock().expect("not poisoned");
        let (start, end) = f.queries.week;
        bencher.bench_local(|| {
            db.releases_between(black_box(start.timestamp()), black_box(end.timestamp()))
        });
    }

    #[divan::bench(args = QUERY_SIZES)]
    fn search_exact_name(bencher: Bencher, n: usize) {
        let f = fixture(n);
        let db = f.db.lock().expect("not poisoned");
        bencher.bench_local(|| db.search_exact(black_box(&f.queries.name)));
    }
}
