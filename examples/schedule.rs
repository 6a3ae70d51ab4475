//! The release schedule of every embedded series, seen from a time zone.
//!
//! ```text
//! cargo run --example schedule -- [--zone IANA] [--at RFC3339] [--region CODE]
//! ```
//!
//! One line per release unit (a part, a broadcast episode, a special): series
//! title, unit, local time with offset (or the local window of an imprecise
//! release), its status at the instant (`released`, `upcoming`, `uncertain`,
//! `unannounced`), and `(inferred)` when the time was inferred rather than
//! reported. With `--region` (an ISO 3166-1 code such as `CN`, or
//! `worldwide`), each unit is shown as it reaches that region, with the
//! platform when it is not the primary one; series that never reach it are
//! left out. The zone defaults to UTC and the instant to now. An unknown
//! zone, region or a malformed instant exits 2.

use std::io::Write;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use kdrama::{Region, Zone};

mod common;

struct Options {
    zone: Zone,
    at: DateTime<Utc>,
    region: Option<Region>,
}

fn parse_args() -> Result<Options, String> {
    let mut zone = Zone::utc();
    let mut at = Utc::now();
    let mut region = None;
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
            "--region" => {
                region = Some(
                    value("--region")?
                        .parse()
                        .map_err(|e: kdrama::Error| e.to_string())?,
                )
            }
            other => {
                return Err(format!(
                    "unknown argument {other:?}; usage: schedule [--zone IANA] [--at RFC3339] [--region CODE]"
                ));
            }
        }
    }
    Ok(Options { zone, at, region })
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(options) => options,
        Err(message) => return common::unusable("schedule", message),
    };
    common::run("schedule", |out| {
        let region = match &options.region {
            Some(r) => format!(" for region {r}"),
            None => String::new(),
        };
        writeln!(
            out,
            "# schedule in {} at {}{region}",
            options.zone,
            options.at.to_rfc3339()
        )?;
        let mut rows = Vec::new();
        for series in kdrama::datasets::all() {
            let home = series.home_zone();
            let title = series.titles().english();
            let mut row = |label: String, release: kdrama::Release, note: String| {
                let status = release.status_at(home, options.at);
                rows.push([
                    title.to_owned(),
                    label,
                    release.in_zone(home, options.zone).to_string(),
                    format!("{status}{note}"),
                ]);
            };
            let inferred = |basis: kdrama::Basis<'_>| match basis.is_inferred() {
                true => " (inferred)".to_owned(),
                false => String::new(),
            };
            match &options.region {
                None => {
                    for unit in series.release_units() {
                        row(unit.label(), unit.release(), inferred(unit.basis()));
                    }
                }
                Some(region) => {
                    for r in series.releases_in(region) {
                        let note = match r.availability() {
                            Some(a) => format!(" on {}{}", a.platform(), inferred(a.basis())),
                            None => inferred(r.unit().basis()),
                        };
                        row(r.unit().label(), r.release(), note);
                    }
                }
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
