//! The release schedule of every embedded series, seen from a time zone.
//!
//! ```text
//! cargo run --example schedule -- [--zone IANA] [--at RFC3339]
//! ```
//!
//! One line per release unit (a part, or a broadcast episode): series title,
//! unit, local time with offset (or the local window of an imprecise
//! release), and its status at the instant (`released`, `upcoming`,
//! `uncertain`, `unannounced`). The zone defaults to UTC and the instant to
//! now. An unknown zone or a malformed instant exits 2.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use kdrama::Zone;

mod common;

struct Options {
    zone: Zone,
    at: DateTime<Utc>,
}

fn parse_args() -> Result<Options, String> {
    let mut zone = Zone::utc();
    let mut at = Utc::now();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "--zone" => zone = Zone::from_name(&value("--zone")?).map_err(|e| e.to_string())?,
            "--at" => {
                let text = value("--at")?;
                at = DateTime::parse_from_rfc3339(&text)
                    .map_err(|e| format!("invalid instant {text:?}: {e}; expected RFC 3339 such as 2023-03-10T08:00:00Z"))?
                    .to_utc();
            }
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: schedule [--zone IANA] [--at RFC3339]"
                ));
            }
        }
    }
    Ok(Options { zone, at })
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => return common::unusable("schedule", message),
    };
    common::run("schedule", |out| {
        writeln!(
            out,
            "# schedule in {} at {}",
            options.zone,
            options.at.to_rfc3339()
        )?;
        let mut rows = Vec::new();
        for series in kdrama::datasets::all() {
            let home = series.home_zone();
            for unit in series.release_units() {
                let release = unit.release();
                rows.push([
                    series.titles().english().to_owned(),
                    unit.label(),
                    release.in_zone(home, options.zone).to_string(),
                    release.status_at(home, options.at).to_string(),
                ]);
            }
        }
        let widths: Vec<usize> = (0..3)
            .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
            .collect();
        for row in rows {
            writeln!(
                out,
                "{:w0$}  {:w1$}  {:w2$}  {}",
                row[0],
                row[1],
                row[2],
                row[3],
                w0 = widths[0],
                w1 = widths[1],
                w2 = widths[2]
            )?;
        }
        Ok(ExitCode::SUCCESS)
    })
}
