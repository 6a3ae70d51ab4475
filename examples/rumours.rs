//! Every claim in the embedded catalog: its verdict, who spread it, the
//! statements that answered it and the sources behind them.
//!
//! ```text
//! cargo run --example rumours
//! ```

use std::error::Error;

use kdrama::{Cited, Party, Series, datasets};

fn main() -> Result<(), Box<dyn Error>> {
    for series in datasets::catalog().series() {
        for claim in series.claims() {
            println!(
                "{} — {} (first seen {})",
                series.titles().english(),
                claim.summary(),
                claim.first_seen()
            );
            let spreaders: Vec<String> =
                claim.spreaders().iter().map(|p| party(series, p)).collect();
            println!(
                "  verdict: {}; spread by {}",
                claim.verdict(),
                spreaders.join(", ")
            );
            sources(series, claim, "  ");
            for statement in series.statements_answering(claim.id().as_str()) {
                let outlet = statement
                    .outlet()
                    .and_then(|o| series.organization(o.as_str()))
                    .map(|o| format!(" via {}", o.name()))
                    .unwrap_or_default();
                println!(
                    "  answered by {} on {}{outlet}: {}",
                    party(series, statement.speaker()),
                    statement.date(),
                    statement.summary()
                );
                sources(series, statement, "    ");
            }
            println!();
        }
    }
    Ok(())
}

fn sources(series: &Series, record: &dyn Cited, indent: &str) {
    for source in series.sources_behind(record) {
        let date = source
            .published()
            .map(|d| format!(", {d}"))
            .unwrap_or_default();
        println!(
            "{indent}source [{}] {}{date}: {}",
            source.authority(),
            source.publisher(),
            source.url()
        );
    }
}

fn party(series: &Series, party: &Party) -> String {
    match party {
        Party::Person(id) => series
            .person(id.as_str())
            .map_or(id.to_string(), |p| p.name().to_owned()),
        Party::Organization(id) => series
            .organization(id.as_str())
            .map_or(id.to_string(), |o| o.name().to_owned()),
        Party::Other(text) => text.clone(),
    }
}
