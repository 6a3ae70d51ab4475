//! A tour of the embedded *The Glory* dataset.
//!
//! ```text
//! cargo run --example the_glory
//! ```

use std::io::{self, Write};
use std::process::ExitCode;

use kdrama::{Area, Basis, LifecycleAction, Metric, Panel, RomanizationSystem, Series, Top10List};

mod common;

fn main() -> ExitCode {
    common::run("the_glory", |out| {
        let glory = kdrama::datasets::the_glory();
        titles(out, glory)?;
        parts(out, glory)?;
        cast(out, glory)?;
        crew(out, glory)?;
        posters(out, glory)?;
        takedowns(out, glory)?;
        audience(out, glory)?;
        across_series(out)?;
        next_steps(out)?;
        Ok(ExitCode::SUCCESS)
    })
}

fn titles(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    let t = glory.titles();
    writeln!(out, "{} ({})", t.english(), t.native().unwrap_or("-"))?;
    for system in [
        RomanizationSystem::Revised,
        RomanizationSystem::McCuneReischauer,
    ] {
        if let Some(text) = t.romanization(system) {
            writeln!(out, "  {system}: {text}")?;
        }
    }
    for (tag, title) in t.localized() {
        writeln!(out, "  [{tag}] {title}")?;
    }
    let platform = glory.platform().map_or("-", |p| p.name());
    writeln!(
        out,
        "  {platform} · {} · {} · rated {}",
        glory.country(),
        glory.genres().join(", "),
        glory.age_rating().unwrap_or("-")
    )?;
    if let Some(r) = glory.runtime() {
        writeln!(
            out,
            "  episodes run {}–{} minutes",
            r.min_minutes(),
            r.max_minutes()
        )?;
    }
    writeln!(out)?;
    Ok(())
}

fn parts(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    writeln!(out, "Parts (times in {})", glory.home_zone())?;
    for part in glory.parts() {
        let episodes = part.episodes();
        let range = match (episodes.first(), episodes.last()) {
            (Some(first), Some(last)) => format!("episodes {}–{}", first.number(), last.number()),
            _ => "no episodes listed".to_owned(),
        };
        writeln!(
            out,
            "  Part {}: {} ({range})",
            part.number(),
            part.release()
        )?;
        // An exact-looking time says what it rests on.
        match part.basis() {
            Basis::Inferred(inference) => {
                writeln!(out, "    time inferred, not reported: {}", inference.rule())?
            }
            _ => writeln!(out, "    time reported by the sources")?,
        }
        for a in part.announcements() {
            writeln!(out, "    announced on {} as {}", a.on(), a.release())?;
        }
    }
    writeln!(out)?;
    Ok(())
}

fn cast(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    writeln!(out, "Cast by character")?;
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
        // "The shaman, shaman" says nothing twice: an occupation already in
        // the name is left out.
        let occupation = character
            .occupation()
            .filter(|o| !character.name().to_lowercase().contains(&o.to_lowercase()))
            .map(|o| format!(", {o}"))
            .unwrap_or_default();
        writeln!(
            out,
            "  {}{occupation}: {}",
            character.name(),
            actors.join("; ")
        )?;
    }
    writeln!(out)?;
    Ok(())
}

fn crew(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    writeln!(out, "Crew")?;
    for credit in glory.crew() {
        let name = glory
            .person(credit.person().as_str())
            .map_or(credit.person().as_str(), |p| p.name());
        let note = credit.note().map(|n| format!(" ({n})")).unwrap_or_default();
        writeln!(out, "  {}: {name}{note}", credit.role())?;
    }
    let companies: Vec<&str> = glory.production_companies().map(|o| o.name()).collect();
    writeln!(out, "  production: {}", companies.join(", "))?;
    writeln!(out)?;
    Ok(())
}

fn posters(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    writeln!(out, "Posters and videos")?;
    for asset in glory.media() {
        let published = asset
            .events()
            .iter()
            .find(|e| e.action() == LifecycleAction::Published)
            .map_or("date not confirmed".to_owned(), |e| e.date().to_string());
        writeln!(out, "  {published}  {} [{}]", asset.title(), asset.kind())?;
        for motif in asset
            .motifs()
            .iter()
            .filter_map(|m| glory.motif(m.as_str()))
        {
            writeln!(out, "      shows {}", motif.name())?;
        }
    }
    writeln!(out)?;
    writeln!(out, "Motifs and what they are said to mean")?;
    for motif in glory.motifs() {
        writeln!(out, "  {}", motif.name())?;
        for reading in motif.interpretations() {
            writeln!(out, "    [{}] {}", reading.authority(), reading.meaning())?;
        }
    }
    writeln!(out)?;
    Ok(())
}

/// The ratings curve of Descendants of the Sun and The Glory's weekly run in
/// Netflix's Top 10, in a few lines.
fn audience(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    let dots = kdrama::datasets::descendants_of_the_sun();
    let nationwide = Metric::HouseholdRating {
        panel: Panel::AgbNielsen,
        area: Area::Nationwide,
    };
    writeln!(out, "Audiences")?;
    writeln!(out, "  {} ({nationwide}):", dots.titles().english())?;
    for (episode, rating) in dots.episode_ratings(nationwide) {
        let bar = "#".repeat((rating.value().as_f64() / 2.0).round() as usize);
        let others: Vec<String> = rating
            .alternatives()
            .map(|r| format!("{} in one report", r.value()))
            .collect();
        let others = if others.is_empty() {
            String::new()
        } else {
            format!(" (also {})", others.join(", "))
        };
        writeln!(
            out,
            "    ep {episode:>2} {:>5} {bar}{others}",
            rating.value().to_string()
        )?;
    }
    if let Some((episode, peak)) = dots.peak(nationwide) {
        writeln!(out, "    peak: {} at episode {episode}", peak.value())?;
    }
    let list = Top10List::NonEnglishTv;
    writeln!(
        out,
        "  {} in Netflix's weekly Top 10:",
        glory.titles().english()
    )?;
    for week in glory.top10_run() {
        let mut figures = Vec::new();
        for rank in week.ranks() {
            match rank.metric() {
                Metric::WeeklyRank {
                    list: Top10List::AllLists,
                } => figures.push(format!("{} across all lists", rank.value())),
                Metric::WeeklyRank { list } => figures.push(format!("{} in {list}", rank.value())),
                _ => {}
            }
        }
        if let Some(hours) = week.hours() {
            figures.push(hours.to_string());
        }
        if let Some(countries) = week.countries() {
            figures.push(format!("Top 10 in {}", countries.value()));
        }
        let part = week.part().map(|n| format!("Part {n}")).unwrap_or_default();
        writeln!(
            out,
            "    week of {} ({part}): {}",
            week.monday(),
            figures.join(", ")
        )?;
    }
    if let Some(kdrama::WeeksInList::Reported(weeks)) = glory.weeks_in_list(list) {
        writeln!(out, "    {} in the {list} list in all", weeks.value())?;
    }
    writeln!(out)?;
    Ok(())
}

fn takedowns(out: &mut impl Write, glory: &Series) -> io::Result<()> {
    writeln!(out, "The 22 December 2022 takedowns")?;
    for asset in glory.media() {
        for event in asset
            .events()
            .iter()
            .filter(|e| e.action() == LifecycleAction::TakenDown)
        {
            writeln!(out, "  {} taken down on {}", asset.title(), event.date())?;
            if let Some(reason) = event.reason() {
                writeln!(out, "    stated reason: {reason}")?;
            }
        }
    }
    for claim in glory.claims().iter().filter(|c| !c.media().is_empty()) {
        let spreaders: Vec<&str> = claim
            .spreaders()
            .iter()
            .map(|p| glory.party_name(p))
            .collect();
        writeln!(out, "  rumour: {}", claim.summary())?;
        writeln!(
            out,
            "    spread by {}; verdict: {}",
            spreaders.join(" and "),
            claim.verdict()
        )?;
        for statement in glory.statements_answering(claim.id().as_str()) {
            writeln!(
                out,
                "    {} ({}): {}",
                glory.party_name(statement.speaker()),
                statement.date(),
                statement.summary()
            )?;
            for source in statement
                .cites()
                .iter()
                .filter_map(|s| glory.source(s.as_str()))
            {
                writeln!(
                    out,
                    "      source [{}] {}: {}",
                    source.authority(),
                    source.publisher(),
                    source.url()
                )?;
            }
        }
    }
    Ok(())
}

/// One fact only a catalog of several series can answer.
fn across_series(out: &mut impl Write) -> io::Result<()> {
    let catalog = kdrama::datasets::catalog();
    writeln!(out)?;
    writeln!(out, "Across the catalog")?;
    let (lead, writer) = ("song-hye-kyo", "kim-eun-sook");
    let names = |id: &str| {
        catalog
            .person(id)
            .map_or(id.to_owned(), |p| p.name().to_owned())
    };
    let together: Vec<String> = catalog
        .collaborations(lead, writer)
        .map(|s| {
            let year = s
                .parts()
                .first()
                .and_then(|p| p.release().window(s.home_zone()))
                .map(|w| s.home_zone().local(w.start()).format(" (%Y)").to_string());
            format!("{}{}", s.titles().english(), year.unwrap_or_default())
        })
        .collect();
    writeln!(
        out,
        "  {} and {} worked together on {}",
        names(lead),
        names(writer),
        together.join(" and ")
    )?;
    Ok(())
}

fn next_steps(out: &mut impl Write) -> io::Result<()> {
    writeln!(out)?;
    writeln!(out, "Try next")?;
    for (command, what) in [
        (
            "cargo run --example who -- \"Im Ji Yeon\" 송혜교",
            "find anyone by any spelling",
        ),
        (
            "cargo run --example schedule -- --zone America/New_York",
            "every release in your time zone",
        ),
        (
            "cargo run --example calendar > kdrama.ics",
            "a calendar feed to subscribe to",
        ),
        (
            "cargo run --example rumours",
            "every rumour, its verdict and the answer",
        ),
    ] {
        writeln!(out, "  {what}: {command}")?;
    }
    Ok(())
}
