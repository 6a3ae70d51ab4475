//! Prints the canonical JSON of an embedded series on stdout.
//!
//! ```text
//! cargo run --example dump [-- SERIES_ID] > series.json
//! ```
//!
//! SERIES_ID defaults to `the-glory`; an unknown id exits 2.

use std::io::Write;
use std::process::ExitCode;

mod common;

fn main() -> ExitCode {
    let id = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "the-glory".to_owned());
    let Some(series) = kdrama::datasets::all().find(|s| s.id().as_str() == id) else {
        let known: Vec<&str> = kdrama::datasets::all().map(|s| s.id().as_str()).collect();
        return common::unusable(
            "dump",
            format_args!(
                "unknown series {id:?}: expected one of {}",
                known.join(", ")
            ),
        );
    };
    common::run("dump", |out| {
        writeln!(out, "{}", series.to_json_pretty()?)?;
        Ok(ExitCode::SUCCESS)
    })
}
