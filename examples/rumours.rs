//! Every claim in the embedded catalog: its verdict, who spread it, the
//! statements that answered it and the sources behind them.
//!
//! ```text
//! cargo run --example rumours
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use kdrama::{Cited, Series, datasets};

mod common;

fn main() -> ExitCode {
    common::run("rumours", |out| {
        claims(out)?;
        Ok(ExitCode::SUCCESS)
    })
}

fn claims(out: &mut impl Write) -> io::Result<()> {
    for series in datasets::catalog().series() {
        // Every claim with its answers, read in one pass.
        for (claim, answers) in series.claims_with_answers() {
            writeln!(
                out,
                "{} — {} (first seen {})",
                series.titles().english(),
                claim.summary(),
                claim.first_seen()
            )?;
            let spreaders: Vec<&str> = claim
                .spreaders()
                .iter()
                .map(|p| series.party_name(p))
                .collect();
            writeln!(
                out,
                "  verdict: {}; spread by {}",
                claim.verdict(),
                spreaders.join(", ")
            )?;
            sources(out, series, &claim, "  ")?;
            for statement in answers {
                let mut outlet = statement
                    .outlet()
                    .and_then(|o| series.organization(o.as_str()))
                    .map(|o| format!(" in {}", o.name()))
                    .unwrap_or_default();
                if let Some(via) = statement.representative() {
                    outlet.push_str(&format!(" through {}", series.party_name(via)));
                }
                writeln!(
                    out,
                    "  answered by {} on {}{outlet}: {}",
                    series.party_name(statement.speaker()),
                    statement.date(),
                    statement.summary()
                )?;
                sources(out, series, &statement, "    ")?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn sources(
    out: &mut impl Write,
    series: &Series,
    record: &dyn Cited,
    indent: &str,
) -> io::Result<()> {
    for source in series.sources_behind(record) {
        let date = source
            .published()
            .map(|d| format!(", {d}"))
            .unwrap_or_default();
        writeln!(
            out,
            "{indent}source [{}] {}{date}: {}",
            source.authority(),
            source.publisher(),
            source.url()
        )?;
    }
    Ok(())
}
