//! Every claim in the embedded catalog: its verdict, who spread it, the
//! statements that answered it and the sources behind them.
//!
//! ```text
//! cargo run --example rumours
//! ```

use std::error::Error;

use kdrama::{Cited, Series, datasets};

fn main() -> Result<(), Box<dyn Error>> {
    for series in datasets::catalog().series() {
        for claim in series.claims() {
            println!(
                "{} — {} (first seen {})",
                series.titles().english(),
                claim.summary(),
                claim.first_seen()
            );
            let spreaders: Vec<&str> = claim
                .spreaders()
                .iter()
                .map(|p| series.party_name(p))
                .collect();
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
                    series.party_name(statement.speaker()),
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
