//! The store's row sizes, arena and round trip.

use std::mem::size_of;

use super::{
    AliasRow, CharacterRow, CrewRow, EpisodeRow, MediaRow, PartRow, PersonRow, PortrayalRow,
    RelationshipRow, SourceRow,
};

#[test]
fn rows_take_the_sizes_the_module_docs_give() {
    assert_eq!(size_of::<super::Span>(), 4);
    assert_eq!(size_of::<PersonRow>(), 40);
    assert_eq!(size_of::<CharacterRow>(), 48);
    assert_eq!(size_of::<PortrayalRow>(), 28);
    assert_eq!(size_of::<SourceRow>(), 48);
    assert_eq!(size_of::<AliasRow>(), 12);
    assert_eq!(size_of::<RelationshipRow>(), 20);
    assert_eq!(size_of::<CrewRow>(), 20);
    assert_eq!(size_of::<MediaRow>(), 72);
    assert_eq!(size_of::<EpisodeRow>(), 40);
    assert_eq!(size_of::<PartRow>(), 44);
    assert_eq!(size_of::<super::ClaimRow>(), 72);
    assert_eq!(size_of::<super::StatementRow>(), 64);
    assert_eq!(size_of::<super::EventRow>(), 80);
}

#[cfg(feature = "datasets")]
#[test]
fn stored_citations_are_positions_that_read_back_as_the_ids_given() {
    let series = crate::datasets::the_glory();
    let read: crate::series::wire::SeriesData =
        serde_json::from_str(crate::datasets::the_glory_json()).expect("the dataset reads");
    let people = series.people();
    assert_eq!(people.len(), read.people.len());
    for (view, given) in people.iter().zip(&read.people) {
        let cites = view.cites();
        assert_eq!(cites, *given.cites());
        let back: Vec<_> = cites.iter().rev().collect();
        let forth: Vec<_> = given.cites().iter().rev().collect();
        assert_eq!(back, forth);
        assert_eq!(cites.iter().len(), given.cites().len());
    }
    let cited = series.store().cites.len();
    let held: usize = read.people.iter().map(|p| p.cites().len()).sum::<usize>()
        + read
            .characters
            .iter()
            .map(|c| c.cites().len())
            .sum::<usize>()
        + read.cast.iter().map(|c| c.cites().len()).sum::<usize>()
        + read
            .relationships
            .iter()
            .map(|r| r.cites().len())
            .sum::<usize>()
        + read.crew.iter().map(|c| c.cites().len()).sum::<usize>()
        + read.media.iter().map(|m| m.cites().len()).sum::<usize>()
        + read
            .parts
            .iter()
            .map(|p| p.cites().len() + p.episodes().iter().map(|e| e.cites().len()).sum::<usize>())
            .sum::<usize>()
        + read.claims.iter().map(|c| c.cites().len()).sum::<usize>()
        + read
            .statements
            .iter()
            .map(|s| s.cites().len())
            .sum::<usize>()
        + read.events.iter().map(|e| e.cites().len()).sum::<usize>();
    assert_eq!(cited, held);
}

#[cfg(feature = "datasets")]
#[test]
fn the_arena_holds_each_distinct_text_once() {
    let series = crate::datasets::the_glory();
    let store = series.store();
    let mut texts: Vec<&str> = Vec::new();
    let mut span = |s: crate::series::store::Span| texts.extend(store.opt_text_of(s));
    for s in &store.sources {
        [s.publisher, s.title, s.url, s.language]
            .into_iter()
            .for_each(&mut span);
    }
    for p in &store.people {
        [p.name, p.native_name].into_iter().for_each(&mut span);
    }
    for c in &store.characters {
        [c.name, c.native_name, c.occupation, c.description]
            .into_iter()
            .for_each(&mut span);
    }
    for a in &store.aliases {
        [a.name, a.language].into_iter().for_each(&mut span);
    }
    for c in &store.crew {
        span(c.note);
    }
    for e in &store.episodes {
        span(e.title);
    }
    for c in &store.claims {
        span(c.summary);
    }
    for s in &store.statements {
        span(s.summary);
    }
    for e in &store.events {
        [e.name, e.venue, e.description]
            .into_iter()
            .for_each(&mut span);
    }
    for m in &store.media {
        [m.title, m.copy, m.description]
            .into_iter()
            .for_each(&mut span);
    }
    let given: usize = texts.iter().map(|t| t.len()).sum();
    texts.sort_unstable();
    texts.dedup();
    let distinct: usize = texts.iter().map(|t| t.len()).sum();
    assert!(distinct < given, "the dataset repeats some texts");
    // Each distinct text once, after its length as one char.
    let lengths: usize = texts
        .iter()
        .filter_map(|t| char::from_u32(t.len() as u32))
        .map(char::len_utf8)
        .sum();
    assert_eq!(store.texts.len(), distinct + lengths);
}

#[test]
fn a_span_reads_back_the_text_written_at_every_length_class() {
    let mut arena = String::new();
    let texts = [
        "",
        "a",
        &"b".repeat(127),
        &"c".repeat(128),
        &"한".repeat(700),
        &"d".repeat(2048),
    ];
    let spans: Vec<super::Span> = texts
        .iter()
        .map(|t| super::Span::write(&mut arena, t).expect("fits"))
        .collect();
    for (span, text) in spans.iter().zip(texts) {
        assert_eq!(span.read(&arena), text);
    }
    assert_eq!(super::Span::ABSENT.read(&arena), "");
    // A length that is not a char (a surrogate's code point) is refused.
    assert!(super::Span::write(&mut arena, &"e".repeat(0xD800)).is_none());
}

#[cfg(feature = "datasets")]
#[test]
fn a_series_written_out_holds_what_its_store_was_built_from() {
    let json = crate::datasets::the_glory_json();
    let mut read: crate::series::wire::SeriesData =
        serde_json::from_str(json).expect("the embedded dataset reads");
    // Assembling numbers the episodes within their parts; the wire form
    // written out holds those numbers.
    read.parts.iter_mut().for_each(|p| p.number_episodes());
    let series = crate::Series::from_json(json).expect("the embedded dataset is valid");
    let wire = series.wire();
    assert_eq!(wire.people, read.people);
    assert_eq!(wire.characters, read.characters);
    assert_eq!(wire.cast, read.cast);
    assert_eq!(wire.relationships, read.relationships);
    assert_eq!(wire.crew, read.crew);
    assert_eq!(wire.media, read.media);
    assert_eq!(wire.parts, read.parts);
    assert_eq!(wire.claims, read.claims);
    assert_eq!(wire.statements, read.statements);
    assert_eq!(wire.events, read.events);
    assert_eq!(wire.sources, read.sources);
    assert!(series.data.people.is_empty() && series.data.sources.is_empty());
    assert!(series.data.relationships.is_empty() && series.data.crew.is_empty());
    assert!(series.data.media.is_empty() && series.data.parts.is_empty());
    assert!(series.data.claims.is_empty() && series.data.statements.is_empty());
    assert!(series.data.events.is_empty());
}
