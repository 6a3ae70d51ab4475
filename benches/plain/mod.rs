//! The load floor: the same JSON read into plain `#[derive(Deserialize)]`
//! structs of the same shape, with no validation and ids and dates as plain
//! strings. Shared by `benches/kdrama.rs` and `benches/vs-sqlite`.

#![allow(dead_code)]

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
pub struct Series {
    format: u32,
    id: String,
    updated: Option<String>,
    titles: Titles,
    original_language: String,
    country: String,
    home_zone: Option<String>,
    platform: Option<String>,
    #[serde(default)]
    genres: Vec<String>,
    age_rating: Option<String>,
    premise: Option<String>,
    #[serde(default)]
    production_companies: Vec<String>,
    #[serde(default)]
    cites: Vec<String>,
    #[serde(default)]
    parts: Vec<Part>,
    #[serde(default)]
    people: Vec<Named>,
    #[serde(default)]
    characters: Vec<Character>,
    #[serde(default)]
    cast: Vec<Portrayal>,
    #[serde(default)]
    relationships: Vec<Relationship>,
    #[serde(default)]
    crew: Vec<Crew>,
    #[serde(default)]
    organizations: Vec<Organization>,
    #[serde(default)]
    motifs: Vec<Motif>,
    #[serde(default)]
    media: Vec<Media>,
    #[serde(default)]
    claims: Vec<Claim>,
    #[serde(default)]
    statements: Vec<Statement>,
    #[serde(default)]
    events: Vec<Event>,
    #[serde(default)]
    sources: Vec<Source>,
}
#[derive(Deserialize)]
struct Titles {
    english: String,
    native: Option<String>,
    #[serde(default)]
    romanizations: Vec<Romanization>,
}
#[derive(Deserialize)]
struct Romanization {
    system: String,
    text: String,
}
#[derive(Deserialize)]
struct Part {
    number: u32,
    release: String,
    #[serde(default)]
    announcements: Vec<Announcement>,
    #[serde(default)]
    episodes: Vec<Episode>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Announcement {
    on: String,
    release: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Episode {
    number: u32,
}
#[derive(Deserialize)]
struct Alias {
    name: String,
    kind: String,
}
#[derive(Deserialize)]
struct Named {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<Alias>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Character {
    id: String,
    name: String,
    #[serde(default)]
    aliases: Vec<Alias>,
    occupation: Option<String>,
    description: Option<String>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Portrayal {
    person: Option<String>,
    character: String,
    stage: String,
    billing: Option<String>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Relationship {
    from: String,
    kind: String,
    to: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Crew {
    person: String,
    role: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Organization {
    id: String,
    name: String,
    kind: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Interpretation {
    meaning: String,
    authority: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Motif {
    id: String,
    name: String,
    #[serde(default)]
    interpretations: Vec<Interpretation>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct LifecycleEvent {
    action: String,
    date: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Media {
    id: String,
    kind: String,
    title: String,
    part: Option<u32>,
    #[serde(default)]
    depicts: Vec<String>,
    #[serde(default)]
    motifs: Vec<String>,
    #[serde(default)]
    events: Vec<LifecycleEvent>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Claim {
    id: String,
    summary: String,
    #[serde(default)]
    subjects: Vec<String>,
    first_seen: String,
    #[serde(default)]
    spread_by: Vec<Value>,
    verdict: String,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Statement {
    id: String,
    speaker: Value,
    date: String,
    summary: String,
    #[serde(default)]
    answers: Vec<String>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Event {
    id: String,
    kind: String,
    name: String,
    date: String,
    #[serde(default)]
    participants: Vec<String>,
    #[serde(default)]
    cites: Vec<String>,
}
#[derive(Deserialize)]
struct Source {
    id: String,
    publisher: String,
    url: String,
    published: Option<String>,
    authority: String,
}
