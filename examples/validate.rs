//! Validates series JSON files.
//!
//! ```text
//! cargo run --example validate -- [--strict] PATH...
//! ```
//!
//! Prints `PATH: ok` for a valid file, or one line per problem,
//! `PATH: <path>: <message>`. Exits 0 when every file is valid, 1 when any is
//! invalid (malformed JSON included), 2 when a file cannot be read or no path
//! is given. Uncited records are warnings (`PATH: warning: …`) unless
//! `--strict` makes them errors.

use std::process::ExitCode;

use kdrama::{Error, Series, Strictness};

fn main() -> ExitCode {
    let mut strictness = Strictness::Lenient;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--strict" => strictness = Strictness::Strict,
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: validate [--strict] PATH...");
        return ExitCode::from(2);
    }
    let mut code = 0;
    for path in &paths {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: cannot read: {e}");
                code = 2;
                continue;
            }
        };
        match Series::from_json_slice(&bytes, strictness) {
            Ok(series) => {
                for warning in series.warnings() {
                    println!("{path}: warning: {warning}");
                }
                println!("{path}: ok");
            }
            Err(Error::Invalid(violations)) => {
                for violation in &violations {
                    println!("{path}: {violation}");
                }
                code = code.max(1);
            }
            Err(e @ Error::Json { .. }) => {
                println!("{path}: {e}");
                code = code.max(1);
            }
            Err(e) => {
                println!("{path}: {e}");
                code = code.max(1);
            }
        }
    }
    ExitCode::from(code)
}
