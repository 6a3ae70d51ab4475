//! Resident memory of a loaded catalog, as the operating system counts it
//! (allocator overhead and freed-but-kept pages included), for the
//! "under 2.5 GB at 100 000 series" target. Linux only (reads
//! `/proc/self/status`); elsewhere it says so.
//!
//! ```text
//! cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench resident
//! KDRAMA_BENCH_LARGE=1 cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench resident
//! ```
//!
//! Each size runs in a fresh process (this bench starts itself once per
//! size), so a smaller catalog's freed pages are not counted in a larger
//! one's. Each series' JSON is generated, read with `Series::from_json` and
//! dropped before the next, so the input is not resident at the end; the
//! catalog is then built with `Catalog::new`. Reported: resident size
//! (`VmRSS`) after the catalog is built, and the peak (`VmHWM`), against the
//! JSON's total size.

mod common;

/// `VmRSS` and `VmHWM` in bytes, if this system has `/proc/self/status`.
fn resident() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| -> Option<u64> {
        let line = status.lines().find(|l| l.starts_with(name))?;
        let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kib * 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

fn measure(n: usize) {
    let mut json = 0usize;
    let series: Vec<kdrama::Series> = (0..n)
        .map(|i| {
            let text = common::synthetic::series_json(i, n);
            json += text.len();
            kdrama::Series::from_json(&text).expect("the generator writes valid series")
        })
        .collect();
    let catalog = kdrama::Catalog::new(series).expect("a consistent catalog");
    match resident() {
        Some((rss, peak)) => println!(
            "| {n} | {:.0} MB | {:.0} MB ({:.2}× the JSON; {:.1} KB per series) | {:.0} MB |",
            json as f64 / 1e6,
            rss as f64 / 1e6,
            rss as f64 / json as f64,
            rss as f64 / n as f64 / 1e3,
            peak as f64 / 1e6,
        ),
        None => println!("| {n} | no /proc/self/status on this system |"),
    }
    std::hint::black_box(&catalog);
}

fn main() {
    if let Some(n) = std::env::args().nth(1).and_then(|a| a.parse().ok()) {
        measure(n);
        return;
    }
    println!("| series | JSON | resident after `Catalog::new` | peak resident |");
    println!("|---:|---:|---:|---:|");
    for n in common::sizes() {
        let status = std::env::current_exe()
            .and_then(|exe| std::process::Command::new(exe).arg(n.to_string()).status());
        if !status.is_ok_and(|s| s.success()) {
            println!("| {n} | the measuring process failed |");
        }
    }
}
