//! Finds series, people and characters across the embedded catalog by any
//! name: stored spellings, romanizations of the Hangul, spellings that sound
//! alike, initial consonants, either name order, and typos.
//!
//! ```text
//! cargo run --example who -- QUERY...
//! ```
//!
//! For each query, every match (best first) with how it matched and the
//! roles in each series: characters played with life stage and billing, crew
//! roles, or the actors of a character. A query without matches prints
//! `no match for "QUERY"`; the exit code is 0 either way (2 without queries).

use std::io::{self, Write};
use std::process::ExitCode;

use kdrama::{Credit, Match, Subject, Variant, datasets};

mod common;

fn main() -> ExitCode {
    let queries: Vec<String> = std::env::args().skip(1).collect();
    if queries.is_empty() {
        return common::unusable("who", "usage: who QUERY...");
    }
    common::run("who", |out| {
        let catalog = datasets::catalog();
        for query in &queries {
            let matches: Vec<Match<'_>> = catalog.search(query).collect();
            if matches.is_empty() {
                writeln!(out, "no match for {query:?}")?;
                continue;
            }
            writeln!(out, "{query}")?;
            for m in matches {
                describe(out, &m)?;
            }
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn how(m: &Match<'_>) -> String {
    let variant = match m.variant() {
        Variant::Name => "name".to_owned(),
        Variant::NativeName => "native name".to_owned(),
        Variant::Alias(kind) => format!("alias, {kind}"),
        Variant::Romanized(system) => format!("native name in {system}"),
        Variant::Initials => "native name's initial consonants".to_owned(),
        _ => "name".to_owned(),
    };
    format!(
        "{} match on {:?} ({variant})",
        m.kind().as_str(),
        m.matched()
    )
}

fn describe(out: &mut impl Write, m: &Match<'_>) -> io::Result<()> {
    let catalog = datasets::catalog();
    match m.subject() {
        Subject::Person(person) => {
            let native = person
                .native_name()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            writeln!(out, "  person {}{native}: {}", person.name(), how(m))?;
            for credit in catalog.filmography(person.id().as_str()) {
                match credit {
                    Credit::Cast {
                        series,
                        portrayal,
                        character,
                    } => {
                        let billing = portrayal
                            .billing()
                            .map(|b| format!(", {b}"))
                            .unwrap_or_default();
                        writeln!(
                            out,
                            "    {}: plays {} ({}{billing})",
                            series.titles().english(),
                            character.name(),
                            portrayal.stage()
                        )?;
                    }
                    Credit::Crew { series, credit } => {
                        writeln!(
                            out,
                            "    {}: {}",
                            series.titles().english(),
                            credit.role().as_str().replace('_', " ")
                        )?;
                    }
                    _ => {}
                }
            }
        }
        Subject::Character { series, character } => {
            let native = character
                .native_name()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            writeln!(
                out,
                "  character {}{native} in {}: {}",
                character.name(),
                series.titles().english(),
                how(m)
            )?;
            for (portrayal, person) in series.actors_of(character.id().as_str()) {
                let name = person.map_or("an unconfirmed actor", |p| p.name());
                let billing = portrayal
                    .billing()
                    .map(|b| format!(", {b}"))
                    .unwrap_or_default();
                writeln!(out, "    played by {name} ({}{billing})", portrayal.stage())?;
            }
        }
        Subject::Series(series) => {
            let native = series
                .titles()
                .native()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            writeln!(
                out,
                "  series {}{native}: {}",
                series.titles().english(),
                how(m)
            )?;
        }
        _ => {}
    }
    Ok(())
}
