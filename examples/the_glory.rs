//! A tour of the embedded *The Glory* dataset.
//!
//! ```text
//! cargo run --example the_glory
//! ```

use std::error::Error;

use kdrama::{LifecycleAction, RomanizationSystem, Series};

fn main() -> Result<(), Box<dyn Error>> {
    let glory = kdrama::datasets::the_glory();
    titles(glory);
    parts(glory);
    cast(glory);
    crew(glory);
    posters(glory);
    takedowns(glory);
    Ok(())
}

fn titles(glory: &Series) {
    let t = glory.titles();
    println!("{} ({})", t.english(), t.native().unwrap_or("-"));
    for system in [
        RomanizationSystem::Revised,
        RomanizationSystem::McCuneReischauer,
    ] {
        if let Some(text) = t.romanization(system) {
            println!("  {system}: {text}");
        }
    }
    for (tag, title) in t.localized() {
        println!("  [{tag}] {title}");
    }
    let platform = glory.platform().map_or("-", |p| p.name());
    println!(
        "  {platform} · {} · {} · rated {}",
        glory.country(),
        glory.genres().join(", "),
        glory.age_rating().unwrap_or("-")
    );
    if let Some(r) = glory.runtime() {
        println!(
            "  episodes run {}–{} minutes",
            r.min_minutes(),
            r.max_minutes()
        );
    }
    println!();
}

fn parts(glory: &Series) {
    println!("Parts (times in {})", glory.home_zone());
    for part in glory.parts() {
        let episodes = part.episodes();
        let range = match (episodes.first(), episodes.last()) {
            (Some(first), Some(last)) => format!("episodes {}–{}", first.number(), last.number()),
            _ => "no episodes listed".to_owned(),
        };
        println!("  Part {}: {} ({range})", part.number(), part.release());
        for a in part.announcements() {
            println!("    announced on {} as {}", a.on(), a.release());
        }
    }
    println!();
}

fn cast(glory: &Series) {
    println!("Cast by character");
    for character in glory.characters() {
        let actors: Vec<String> = glory
            .cast()
            .iter()
            .filter(|p| p.character() == character.id())
            .map(|p| {
                let name = p
                    .person()
                    .and_then(|id| glory.person(id.as_str()))
                    .map_or("(actor not confirmed)", |person| person.name());
                match p.billing() {
                    Some(billing) => format!("{name} [{}, {billing}]", p.stage()),
                    None => format!("{name} [{}]", p.stage()),
                }
            })
            .collect();
        let occupation = character
            .occupation()
            .map(|o| format!(", {o}"))
            .unwrap_or_default();
        println!("  {}{occupation}: {}", character.name(), actors.join("; "));
    }
    println!();
}

fn crew(glory: &Series) {
    println!("Crew");
    for credit in glory.crew() {
        let name = glory
            .person(credit.person().as_str())
            .map_or(credit.person().as_str(), |p| p.name());
        let note = credit.note().map(|n| format!(" ({n})")).unwrap_or_default();
        println!("  {}: {name}{note}", credit.role());
    }
    let companies: Vec<&str> = glory.production_companies().map(|o| o.name()).collect();
    println!("  production: {}", companies.join(", "));
    println!();
}

fn posters(glory: &Series) {
    println!("Posters and videos");
    for asset in glory.media() {
        let published = asset
            .events()
            .iter()
            .find(|e| e.action() == LifecycleAction::Published)
            .map_or("date not confirmed".to_owned(), |e| e.date().to_string());
        println!("  {published}  {} [{}]", asset.title(), asset.kind());
        for motif in asset
            .motifs()
            .iter()
            .filter_map(|m| glory.motif(m.as_str()))
        {
            println!("      shows {}", motif.name());
        }
    }
    println!();
    println!("Motifs and what they are said to mean");
    for motif in glory.motifs() {
        println!("  {}", motif.name());
        for reading in motif.interpretations() {
            println!("    [{}] {}", reading.authority(), reading.meaning());
        }
    }
    println!();
}

fn takedowns(glory: &Series) {
    println!("The 22 December 2022 takedowns");
    for asset in glory.media() {
        for event in asset
            .events()
            .iter()
            .filter(|e| e.action() == LifecycleAction::TakenDown)
        {
            println!("  {} taken down on {}", asset.title(), event.date());
            if let Some(reason) = event.reason() {
                println!("    stated reason: {reason}");
            }
        }
    }
    for claim in glory.claims().iter().filter(|c| !c.media().is_empty()) {
        let spreaders: Vec<&str> = claim
            .spreaders()
            .iter()
            .map(|p| glory.party_name(p))
            .collect();
        println!("  rumour: {}", claim.summary());
        println!(
            "    spread by {}; verdict: {}",
            spreaders.join(" and "),
            claim.verdict()
        );
        for statement in glory.statements_answering(claim.id().as_str()) {
            println!(
                "    {} ({}): {}",
                glory.party_name(statement.speaker()),
                statement.date(),
                statement.summary()
            );
            for source in statement
                .cites()
                .iter()
                .filter_map(|s| glory.source(s.as_str()))
            {
                println!(
                    "      source [{}] {}: {}",
                    source.authority(),
                    source.publisher(),
                    source.url()
                );
            }
        }
    }
}
