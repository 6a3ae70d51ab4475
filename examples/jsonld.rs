//! schema.org JSON-LD of one embedded series, on stdout.
//!
//! ```text
//! cargo run --example jsonld -- [SERIES_ID]
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
    let Some(series) = kdrama::datasets::catalog().series_by_id(&id) else {
        let known: Vec<&str> = kdrama::datasets::all().map(|s| s.id().as_str()).collect();
        return common::unusable(
            "jsonld",
            format_args!(
                "unknown series {id:?}: expected one of {}",
                known.join(", ")
            ),
        );
    };
    common::run("jsonld", |out| {
        let text = serde_json::to_string_pretty(&series.to_json_ld())?;
        writeln!(out, "{text}")?;
        Ok(ExitCode::SUCCESS)
    })
}
