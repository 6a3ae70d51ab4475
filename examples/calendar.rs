//! The release feed of the embedded catalog, or of your own series files, as
//! iCalendar on stdout.
//!
//! ```text
//! cargo run --example calendar -- [--utc] [FILE...] > kdrama.ics
//! ```
//!
//! Exact releases are timed in each series' home zone with a VTIMEZONE, or
//! in UTC with `--utc`. Without files the feed covers the embedded catalog.
//! The output depends only on the data: two runs are byte-identical. A file
//! that cannot be read or is not a valid series exits 2.

use std::io::Write;
use std::process::ExitCode;

use kdrama::{Catalog, IcsOptions, Series, Strictness};

mod common;

fn main() -> ExitCode {
    let mut options = IcsOptions::new();
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--utc" => options = options.utc(),
            flag if flag.starts_with("--") => {
                return common::unusable(
                    "calendar",
                    format_args!("unknown argument {flag:?}; usage: calendar [--utc] [FILE...]"),
                );
            }
            _ => files.push(arg),
        }
    }
    let catalog = if files.is_empty() {
        None
    } else {
        match load(&files) {
            Ok(catalog) => Some(catalog),
            Err(message) => return common::unusable("calendar", message),
        }
    };
    let catalog = catalog
        .as_ref()
        .unwrap_or_else(|| kdrama::datasets::catalog());
    common::run("calendar", |out| {
        out.write_all(catalog.to_ics(&options).as_bytes())?;
        Ok(ExitCode::SUCCESS)
    })
}

/// Loads every file as a series (lenient: uncited records are accepted) and
/// indexes them together.
fn load(files: &[String]) -> Result<Catalog, String> {
    let mut series = Vec::with_capacity(files.len());
    for file in files {
        let bytes = std::fs::read(file).map_err(|e| format!("{file}: cannot read: {e}"))?;
        series.push(
            Series::from_json_slice(&bytes, Strictness::Lenient)
                .map_err(|e| format!("{file}: {e}"))?,
        );
    }
    Catalog::new(series).map_err(|e| e.to_string())
}
