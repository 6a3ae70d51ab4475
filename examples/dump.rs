//! Prints the canonical JSON of an embedded series on stdout.
//!
//! ```text
//! cargo run --example dump [-- SERIES_ID] > series.json
//! ```
//!
//! SERIES_ID defaults to `the-glory`; an unknown id exits 2.

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let id = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "the-glory".to_owned());
    match kdrama::datasets::all().find(|s| s.id().as_str() == id) {
        Some(series) => {
            // Written, not printed: a closed pipe is an error, not a panic.
            writeln!(std::io::stdout().lock(), "{}", series.to_json()?)?;
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let known: Vec<&str> = kdrama::datasets::all().map(|s| s.id().as_str()).collect();
            eprintln!(
                "unknown series {id:?}: expected one of {}",
                known.join(", ")
            );
            Ok(ExitCode::from(2))
        }
    }
}
