//! `kdrama`: validate, search, schedule, export, import and compare series
//! from the command line. Exit status: 0 ok, 1 invalid data, 2 unusable
//! input (a missing file, a bad argument). Errors go to stderr.

use std::borrow::Cow;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use kdrama::import::{Imported, Tmdb, Tvmaze};
use kdrama::{Catalog, Error, HtmlSafeFormatter, IcsOptions, Series, Strictness, Subject, Zone};

/// Korean drama series: validated, source-cited, with honest release times.
#[derive(Debug, Parser)]
#[command(name = "kdrama", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check series files; print every violation and warning with its path
    Validate {
        /// Treat an uncited record as an error
        #[arg(long)]
        strict: bool,
        /// Series JSON files
        #[arg(required = true)]
        files: Vec<String>,
    },
    /// Find people, characters and series by any spelling of their names
    Search {
        /// Also search these series files (the embedded datasets are always searched)
        #[arg(long = "file", short = 'f')]
        files: Vec<String>,
        /// Names to look up (romanized, Hangul, initial consonants, misspelled)
        #[arg(required = true)]
        queries: Vec<String>,
    },
    /// Every release (part, episode, special) with its status, in a time zone
    Schedule {
        /// IANA zone to show releases in
        #[arg(long, default_value = "UTC")]
        zone: String,
        /// The instant the statuses are for (RFC 3339), default now
        #[arg(long)]
        at: Option<String>,
        /// Series files (default: the embedded datasets)
        files: Vec<String>,
    },
    /// An iCalendar feed of the releases
    Ics {
        /// Times in UTC instead of the series' home zones
        #[arg(long)]
        utc: bool,
        /// Series files or embedded series ids (default: every embedded series)
        targets: Vec<String>,
    },
    /// schema.org JSON-LD for one series
    Jsonld {
        /// A `<script type="application/ld+json">` element for an HTML page
        #[arg(long)]
        html: bool,
        /// A series file or an embedded series id
        target: String,
    },
    /// Read TMDB or TVmaze documents you fetched; print the series JSON
    Import {
        /// Which service the documents come from
        service: Service,
        /// The JSON documents, recognized by their shape
        #[arg(required = true)]
        files: Vec<String>,
        /// The series' home zone (IANA), where the documents do not give one
        #[arg(long)]
        zone: Option<String>,
        /// The series' country (ISO 3166-1), where the documents do not give one
        #[arg(long)]
        country: Option<String>,
        /// TMDB: make the parts from this episode group (its document must be among the files)
        #[arg(long)]
        group: Option<String>,
        /// The series' id (default: a slug of its name)
        #[arg(long)]
        id: Option<String>,
    },
    /// The differences between two series, by path
    Diff {
        /// A series file or embedded series id (left)
        a: String,
        /// A series file or embedded series id (right)
        b: String,
    },
    /// The JSON Schema of the series format
    Schema,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Service {
    /// TMDB API v3 documents
    Tmdb,
    /// TVmaze documents
    Tvmaze,
}

/// The problem that ends a command, and its exit status.
enum Failure {
    /// Invalid data: status 1.
    Invalid(String),
    /// Unusable input: status 2.
    Unusable(String),
    /// Writing the output failed.
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure::Io(e)
    }
}

type Out<'a> = BufWriter<io::StdoutLock<'a>>;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = BufWriter::new(io::stdout().lock());
    let outcome = run(cli.command, &mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    let mut err = io::stderr();
    match outcome {
        Ok(code) => code,
        Err(Failure::Io(e)) if e.kind() == ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            let _ = writeln!(err, "kdrama: {e}");
            ExitCode::from(1)
        }
        Err(Failure::Invalid(message)) => {
            let _ = writeln!(err, "kdrama: {message}");
            ExitCode::from(1)
        }
        Err(Failure::Unusable(message)) => {
            let _ = writeln!(err, "kdrama: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(command: Command, out: &mut Out<'_>) -> Result<ExitCode, Failure> {
    match command {
        Command::Validate { strict, files } => validate(out, &files, strict),
        Command::Search { files, queries } => search(out, &files, &queries),
        Command::Schedule { zone, at, files } => schedule(out, &zone, at.as_deref(), &files),
        Command::Ics { utc, targets } => {
            let catalog = catalog(&targets)?;
            let options = if utc {
                IcsOptions::new().utc()
            } else {
                IcsOptions::new()
            };
            out.write_all(catalog.to_ics(&options).as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Jsonld { html, target } => {
            let series = load(&target)?;
            if html {
                writeln!(out, "{}", series.to_json_ld_script())?;
            } else {
                // HTML-safe (`<` escaped): the text may be pasted into a page.
                let mut text = Vec::new();
                let pretty = HtmlSafeFormatter::wrap(serde_json::ser::PrettyFormatter::new());
                let mut json = serde_json::Serializer::with_formatter(&mut text, pretty);
                serde::Serialize::serialize(&series.to_json_ld(), &mut json)
                    .map_err(|e| Failure::Invalid(e.to_string()))?;
                text.push(b'\n');
                out.write_all(&text)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Import {
            service,
            files,
            zone,
            country,
            group,
            id,
        } => import(out, service, &files, zone.as_deref(), country, group, id),
        Command::Diff { a, b } => {
            let (a, b) = (load(&a)?, load(&b)?);
            write!(out, "{}", a.diff(&b))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Schema => {
            out.write_all(include_str!("../../schema/series.schema.json").as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn read(file: &str) -> Result<Vec<u8>, Failure> {
    std::fs::read(file).map_err(|e| Failure::Unusable(format!("{file}: cannot read: {e}")))
}

fn validate(out: &mut Out<'_>, files: &[String], strict: bool) -> Result<ExitCode, Failure> {
    let strictness = if strict {
        Strictness::Strict
    } else {
        Strictness::Lenient
    };
    let mut code = 0u8;
    for file in files {
        let bytes = match read(file) {
            Ok(bytes) => bytes,
            Err(Failure::Unusable(message)) => {
                let _ = writeln!(io::stderr(), "kdrama: {message}");
                code = 2;
                continue;
            }
            Err(e) => return Err(e),
        };
        match Series::from_json_slice(&bytes, strictness) {
            Ok(series) => {
                for warning in &series.warnings() {
                    writeln!(out, "{file}: warning: {warning}")?;
                }
                writeln!(out, "{file}: ok")?;
            }
            Err(Error::Invalid(violations)) => {
                for violation in &violations {
                    writeln!(out, "{file}: {violation}")?;
                }
                code = code.max(1);
            }
            Err(e) => {
                writeln!(out, "{file}: {e}")?;
                code = code.max(1);
            }
        }
    }
    Ok(ExitCode::from(code))
}

/// The series in file `target` if it exists, else the embedded series with
/// that id.
fn load(target: &str) -> Result<Cow<'static, Series>, Failure> {
    if Path::new(target).exists() {
        let bytes = read(target)?;
        return Series::from_json_slice(&bytes, Strictness::Lenient)
            .map(Cow::Owned)
            .map_err(|e| Failure::Invalid(format!("{target}: {e}")));
    }
    match kdrama::datasets::catalog().series_by_id(target) {
        Some(series) => Ok(Cow::Borrowed(series)),
        None => {
            let known: Vec<&str> = kdrama::datasets::all().map(|s| s.id().as_str()).collect();
            Err(Failure::Unusable(format!(
                "no file or embedded series {target:?}: expected a series file or one of {}",
                known.join(", ")
            )))
        }
    }
}

/// The series named by `targets` (files or embedded ids) in one catalog;
/// every embedded series when there are none.
fn catalog(targets: &[String]) -> Result<Cow<'static, Catalog>, Failure> {
    if targets.is_empty() {
        return Ok(Cow::Borrowed(kdrama::datasets::catalog()));
    }
    let mut series = Vec::with_capacity(targets.len());
    for target in targets {
        series.push(load(target)?.into_owned());
    }
    Catalog::new(series)
        .map(Cow::Owned)
        .map_err(|e| Failure::Invalid(e.to_string()))
}

fn search(out: &mut Out<'_>, files: &[String], queries: &[String]) -> Result<ExitCode, Failure> {
    let mut targets: Vec<String> = kdrama::datasets::all()
        .map(|s| s.id().to_string())
        .collect();
    targets.extend(files.iter().cloned());
    let catalog = catalog(&targets)?;
    for query in queries {
        let mut found = false;
        for m in catalog.search(query) {
            found = true;
            let what = match m.subject() {
                Subject::Series(s) => format!("series {}", s.titles().english()),
                Subject::Person(p) => format!("person {} ({})", p.name(), p.id()),
                Subject::Character { series, character } => format!(
                    "character {} ({}) in {}",
                    character.name(),
                    character.id(),
                    series.titles().english()
                ),
                _ => continue,
            };
            writeln!(
                out,
                "{query}: {what}: {} match on {:?}",
                m.kind().as_str(),
                m.matched()
            )?;
        }
        if !found {
            writeln!(out, "{query}: no match")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn schedule(
    out: &mut Out<'_>,
    zone: &str,
    at: Option<&str>,
    files: &[String],
) -> Result<ExitCode, Failure> {
    let zone = Zone::from_name(zone).map_err(|e| Failure::Unusable(e.to_string()))?;
    let at = match at {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map_err(|e| {
                Failure::Unusable(format!(
                    "invalid instant {text:?}: {e}; expected RFC 3339 such as 2023-03-10T08:00:00Z"
                ))
            })?
            .to_utc(),
        None => Utc::now(),
    };
    let catalog = catalog(files)?;
    writeln!(out, "# schedule in {zone} at {}", at.to_rfc3339())?;
    for series in catalog.series() {
        let home = series.home_zone();
        for unit in series.release_units() {
            let release = unit.release();
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                series.titles().english(),
                unit.label(),
                release.in_zone(home, zone),
                release.status_at(home, at)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn import(
    out: &mut Out<'_>,
    service: Service,
    files: &[String],
    zone: Option<&str>,
    country: Option<String>,
    group: Option<String>,
    id: Option<String>,
) -> Result<ExitCode, Failure> {
    let zone = zone
        .map(Zone::from_name)
        .transpose()
        .map_err(|e| Failure::Unusable(e.to_string()))?;
    let id = id
        .map(|i| i.parse())
        .transpose()
        .map_err(|e: Error| Failure::Unusable(e.to_string()))?;
    let invalid = |e: Error| Failure::Invalid(e.to_string());
    let mut texts = Vec::with_capacity(files.len());
    for file in files {
        let bytes = read(file)?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Failure::Invalid(format!("{file}: not UTF-8 text")))?;
        texts.push((file, text));
    }
    let imported: Imported = match service {
        Service::Tmdb => {
            let mut t = Tmdb::new();
            if let Some(z) = zone {
                t = t.zone(z);
            }
            if let Some(c) = country {
                t = t.country(c);
            }
            if let Some(g) = group {
                t = t.episode_group(g);
            }
            if let Some(i) = id {
                t = t.id(i);
            }
            for (file, text) in &texts {
                t = t.document(file, text).map_err(invalid)?;
            }
            t.import().map_err(invalid)?
        }
        Service::Tvmaze => {
            if group.is_some() {
                return Err(Failure::Unusable(
                    "--group is for tmdb episode groups".into(),
                ));
            }
            let mut t = Tvmaze::new();
            if let Some(z) = zone {
                t = t.zone(z);
            }
            if let Some(c) = country {
                t = t.country(c);
            }
            if let Some(i) = id {
                t = t.id(i);
            }
            for (file, text) in &texts {
                t = t.document(file, text).map_err(invalid)?;
            }
            t.import().map_err(invalid)?
        }
    };
    let mut err = io::stderr();
    for warning in imported.warnings() {
        let _ = writeln!(err, "kdrama: warning: {warning}");
    }
    let json = imported.series().to_json_pretty().map_err(invalid)?;
    writeln!(out, "{json}")?;
    Ok(ExitCode::SUCCESS)
}
