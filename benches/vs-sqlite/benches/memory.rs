//! Memory after loading the synthetic catalog: kdrama and an in-memory,
//! indexed SQLite, in bytes per series and as a multiple of the JSON.
//!
//! ```text
//! cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench memory
//! KDRAMA_BENCH_LARGE=1 cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench memory
//! ```
//!
//! kdrama's figure is the Rust heap held after the load, counted by a
//! counting global allocator (`cap`: bytes requested and not yet freed, so
//! the allocator's own per-block overhead is not in it), with the JSON
//! texts, which are the input, held before and after and so not counted.
//! SQLite allocates through its own memory subsystem, not Rust's, so its
//! figure is the size of the in-memory database, `page_count × page_size`
//! (read with `PRAGMA`s: no unsafe code, which this project forbids, while
//! `sqlite3_memory_used` has no safe wrapper in rusqlite); the page cache's
//! and schema's own bookkeeping is not in it. The Rust heap the loader
//! leaves behind is shown too (zero: its temporaries are freed). A separate
//! bench from the timings, so that the counting allocator costs them nothing.

use cap::Cap;
use kdrama::Catalog;

mod common;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

fn held() -> i64 {
    ALLOC.allocated() as i64
}

fn main() {
    // The embedded datasets, first, in this fresh process.
    let before = held();
    let embedded = kdrama::datasets::catalog();
    let embedded_bytes = held() - before;
    let embedded_json: usize = kdrama::datasets::the_glory_json().len()
        + kdrama::datasets::descendants_of_the_sun_json().len();
    println!(
        "embedded datasets: `kdrama::datasets::catalog()` holds {embedded_bytes} bytes after its first use ({} series, {embedded_json} bytes of embedded JSON, {:.2}×)",
        embedded.series().len(),
        embedded_bytes as f64 / embedded_json as f64
    );

    println!(
        "\n| series | JSON per series | kdrama `Vec<Series>` | + `Catalog::new` indexes | kdrama total | SQLite normalized | SQLite + JSON documents | postcard |"
    );
    println!("|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut details = Vec::new();
    for n in common::sizes() {
        let jsons = common::jsons(n);
        let json = common::json_bytes(&jsons) as f64;
        let per = |bytes: i64| {
            format!(
                "{:.1} KB ({:.2}×)",
                bytes as f64 / n as f64 / 1e3,
                bytes as f64 / json
            )
        };

        let base = held();
        let series = common::parse_series(&jsons);
        let series_bytes = held() - base;
        let postcard_bytes: usize = series
            .iter()
            .map(|s| postcard::to_allocvec(s).expect("a series serializes").len())
            .sum();
        let catalog = Catalog::new(series).expect("a consistent catalog");
        let kdrama_bytes = held() - base;
        drop(catalog);

        let sqlite = |store_doc: bool| {
            let heap = held();
            let db = common::load_sqlite(&jsons, store_doc);
            let heap = held() - heap;
            let pages = db.page_bytes();
            drop(db);
            (pages, heap)
        };
        let (plain, plain_heap) = sqlite(false);
        let (doc, doc_heap) = sqlite(true);

        println!(
            "| {n} | {:.1} KB | {} | {} | **{}**, {:.0} MB | {} | {} | {} |",
            json / n as f64 / 1e3,
            per(series_bytes),
            per(kdrama_bytes - series_bytes),
            per(kdrama_bytes),
            kdrama_bytes as f64 / 1e6,
            per(plain),
            per(doc),
            per(postcard_bytes as i64),
        );
        details.push(format!(
            "{n} series: Rust heap left by the two SQLite loads {plain_heap} and {doc_heap} bytes"
        ));
    }
    println!();
    for line in details {
        println!("{line}");
    }
}
