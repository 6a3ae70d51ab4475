//! bytes → Series::from_json_slice, then, on what it accepted, every query
//! (at ordinary and extreme instants) and both exports: nothing may panic,
//! feeds keep to 75-octet CRLF lines free of control characters, the
//! HTML-safe JSON-LD never holds `</` and reads back as the same JSON, and
//! each export is at most 16 times the input.

#![no_main]

use chrono::{DateTime, NaiveDate, Utc};
use kdrama::{Catalog, IcsOptions, Series, Strictness, Zone};
use libfuzzer_sys::fuzz_target;

/// The documented bound on both exports, as a multiple of the input.
const BOUND: usize = 16;

#[path = "../../tests/support/export_checks.rs"]
mod export_checks;

fn check_ics(ics: &str, input: usize) {
    assert!(
        ics.len() <= BOUND * input,
        "feed of {} bytes from {input}",
        ics.len()
    );
    export_checks::check_ics(ics);
}

fn check_json_ld(series: &Series, input: usize) {
    let html = export_checks::check_html(series);
    assert!(
        html.len() <= BOUND * input,
        "JSON-LD of {} bytes from {input}",
        html.len()
    );
}

fn queries(series: &Series) {
    let home = series.home_zone();
    let viewers = [Zone::utc(), Zone::seoul(), home];
    let mut instants = vec![
        DateTime::<Utc>::MIN_UTC,
        DateTime::<Utc>::MAX_UTC,
        DateTime::<Utc>::UNIX_EPOCH,
    ];
    for unit in series.release_units().take(8) {
        if let Some(window) = unit.release().window(home) {
            instants.extend([window.start(), window.end()]);
        }
    }
    for &at in &instants {
        export_checks::query_at(series, at);
        for asset in series.media().iter().take(8) {
            let _ = asset.state_at(home, at);
        }
        for viewer in &viewers {
            let local = viewer.local(at);
            assert_eq!(local.to_utc(), at);
            let _ = (local.to_rfc3339(), viewer.abbreviation_at(at));
        }
    }
    for part in series.parts().iter().take(8) {
        let _ = series.cast_in_part(part.number()).count();
        for viewer in &viewers {
            let _ = part.release().in_zone(home, *viewer).to_string();
        }
        for day in [NaiveDate::MIN, NaiveDate::MAX, NaiveDate::default()] {
            let _ = part.release_known_on(day, home);
        }
    }
    let episodes = series.episodes().count() as u32;
    for n in [0, 1, episodes, episodes.saturating_add(1)] {
        let _ = series.episode_release(n);
    }
    // One pass for all claims agrees with one pass per claim.
    for (claim, answers) in series.claims_with_answers().take(8) {
        let one: Vec<&str> = series
            .statements_answering(claim.id().as_str())
            .map(|s| s.id().as_str())
            .collect();
        let all: Vec<&str> = answers.iter().map(|s| s.id().as_str()).collect();
        assert_eq!(one, all);
    }
    let _ = series.timeline();
    let _ = series.takedowns().count();
    let _ = series.cast_by_billing();
    for person in series.people().iter().take(4) {
        let _ = series.roles_of(person.id().as_str()).count();
        let _ = series.crew_of(person.id().as_str()).count();
        let _ = series.claims_about(person.id().as_str()).count();
        let _ = series.search(person.name());
    }
    for character in series.characters().iter().take(4) {
        let _ = series.actors_of(character.id().as_str()).count();
        let _ = series.relationships_of(character.id().as_str()).count();
        let _ = series.media_depicting(character.id().as_str()).count();
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(series) = Series::from_json_slice(data, Strictness::Lenient) else {
        return;
    };
    for options in [IcsOptions::new(), IcsOptions::new().utc()] {
        check_ics(&series.to_ics(&options), data.len());
    }
    check_json_ld(&series, data.len());
    queries(&series);
    let catalog = Catalog::new(vec![series]).expect("one valid series is a catalog");
    check_ics(&catalog.to_ics(&IcsOptions::new()), data.len());
    let (min, max) = (DateTime::<Utc>::MIN_UTC, DateTime::<Utc>::MAX_UTC);
    let _ = catalog.releases_between(min, max).count();
    let _ = catalog.releases_between(max, min).count();
    let _ = catalog
        .releases_between(min, DateTime::<Utc>::UNIX_EPOCH)
        .count();
});
