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

use std::io::Write;
use std::process::ExitCode;

use kdrama::{Error, Series, Strictness};

mod common;

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
        return common::unusable("validate", "usage: validate [--strict] PATH...");
    }
    common::run("validate", |out| {
        let mut code = 0;
        for path in &paths {
            let bytes = match std::fs::read(path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    let _ = writeln!(std::io::stderr(), "{path}: cannot read: {e}");
                    code = 2;
                    continue;
                }
            };
            match Series::from_json_slice(&bytes, strictness) {
                Ok(series) => {
                    for warning in &series.warnings() {
                        writeln!(out, "{path}: warning: {warning}")?;
                    }
                    writeln!(out, "{path}: ok")?;
                }
                Err(Error::Invalid(violations)) => {
                    for violation in &violations {
                        writeln!(out, "{path}: {violation}")?;
                    }
                    code = code.max(1);
                }
                Err(e) => {
                    writeln!(out, "{path}: {e}")?;
                    code = code.max(1);
                }
            }
        }
        Ok(ExitCode::from(code))
    })
}
