//! schema.org JSON-LD of an embedded series or of your own series file, on
//! stdout, ready to embed in a web page.
//!
//! ```text
//! cargo run --example jsonld -- [--html] [FILE|SERIES_ID]
//! ```
//!
//! Prints the JSON-LD, pretty-printed and HTML-safe (`<`, `>`, `&`, U+2028
//! and U+2029 escaped, so it cannot end a `<script>` element); with `--html`,
//! the whole `<script type="application/ld+json">` element instead. An
//! argument naming a file that exists is read as a series (uncited records
//! are accepted); otherwise it is the id of an embedded series (default
//! `the-glory`). An unknown id, or a file that cannot be read or is not a
//! valid series, exits 2.

use std::borrow::Cow;
use std::io::Write;
use std::process::ExitCode;

use kdrama::{HtmlSafeFormatter, Series, Strictness};
use serde::Serialize;

mod common;

const USAGE: &str = "usage: jsonld [--html] [FILE|SERIES_ID]";

fn main() -> ExitCode {
    let mut html = false;
    let mut target = None;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--html" => html = true,
            flag if flag.starts_with("--") => {
                return common::unusable(
                    "jsonld",
                    format_args!("unknown argument {flag:?}; {USAGE}"),
                );
            }
            _ if target.is_some() => {
                return common::unusable("jsonld", format_args!("one series at a time; {USAGE}"));
            }
            _ => target = Some(arg),
        }
    }
    let series = match load(target.as_deref().unwrap_or("the-glory")) {
        Ok(series) => series,
        Err(message) => return common::unusable("jsonld", message),
    };
    common::run("jsonld", |out| {
        if html {
            writeln!(out, "{}", series.to_json_ld_script())?;
        } else {
            // Rendered first, so that a closed stdout is an I/O error.
            let mut text = Vec::new();
            let pretty = HtmlSafeFormatter::wrap(serde_json::ser::PrettyFormatter::new());
            let mut json = serde_json::Serializer::with_formatter(&mut text, pretty);
            series.to_json_ld().serialize(&mut json)?;
            text.push(b'\n');
            out.write_all(&text)?;
        }
        Ok(ExitCode::SUCCESS)
    })
}

/// The series in the file `target`, if it exists, or the embedded series
/// with that id.
fn load(target: &str) -> Result<Cow<'static, Series>, String> {
    let path = std::path::Path::new(target);
    if path.exists() {
        let bytes = std::fs::read(path).map_err(|e| format!("{target}: cannot read: {e}"))?;
        return Series::from_json_slice(&bytes, Strictness::Lenient)
            .map(Cow::Owned)
            .map_err(|e| format!("{target}: {e}"));
    }
    match kdrama::datasets::catalog().series_by_id(target) {
        Some(series) => Ok(Cow::Borrowed(series)),
        None => {
            let known: Vec<&str> = kdrama::datasets::all().map(|s| s.id().as_str()).collect();
            Err(format!(
                "no file or embedded series {target:?}: expected a series file or one of {}",
                known.join(", ")
            ))
        }
    }
}
