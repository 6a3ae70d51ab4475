//! The load floor: the same JSON read into plain `#[derive(Deserialize)]`
//! structs of the same shape, with no validation and ids and dates as plain
//! strings. Shared by `benches/kdrama.rs` and `benches/vs-sqlite`.

#![allow(dead_code)]

use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
pub struct Series<S = String> {
    pub format: u32,
    pub id: S,
    pub updated: Option<S>,
    pub titles: Titles<S>,
    pub original_language: S,
    pub country: S,
    pub home_zone: Option<S>,
    pub platform: Option<S>,
    #[serde(default)]
    pub genres: Vec<S>,
    pub age_rating: Option<S>,
    pub premise: Option<S>,
    #[serde(default)]
    pub production_companies: Vec<S>,
    #[serde(default)]
    pub cites: Vec<S>,
    #[serde(default)]
    pub parts: Vec<Part<S>>,
    #[serde(default)]
    pub people: Vec<Named<S>>,
    #[serde(default)]
    pub characters: Vec<Character<S>>,
    #[serde(default)]
    pub cast: Vec<Portrayal<S>>,
    #[serde(default)]
    pub relationships: Vec<Relationship<S>>,
    #[serde(default)]
    pub crew: Vec<Crew<S>>,
    #[serde(default)]
    pub organizations: Vec<Organization<S>>,
    #[serde(default)]
    pub motifs: Vec<Motif<S>>,
    #[serde(default)]
    pub media: Vec<Media<S>>,
    #[serde(default)]
    pub claims: Vec<Claim<S>>,
    #[serde(default)]
    pub statements: Vec<Statement<S>>,
    #[serde(default)]
    pub events: Vec<Event<S>>,
    #[serde(default)]
    pub sources: Vec<Source<S>>,
}
#[derive(Deserialize)]
pub struct Titles<S = String> {
    pub english: S,
    pub native: Option<S>,
    #[serde(default)]
    pub romanizations: Vec<Romanization<S>>,
}
#[derive(Deserialize)]
pub struct Romanization<S = String> {
    pub system: S,
    pub text: S,
}
#[derive(Deserialize)]
pub struct Part<S = String> {
    pub number: u32,
    pub release: S,
    #[serde(default)]
    pub announcements: Vec<Announcement<S>>,
    #[serde(default)]
    pub episodes: Vec<Episode>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Announcement<S = String> {
    pub on: S,
    pub release: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Episode {
    pub number: u32,
}
#[derive(Deserialize)]
pub struct Alias<S = String> {
    pub name: S,
    pub kind: S,
}
#[derive(Deserialize)]
pub struct Named<S = String> {
    pub id: S,
    pub name: S,
    #[serde(default)]
    pub aliases: Vec<Alias<S>>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Character<S = String> {
    pub id: S,
    pub name: S,
    #[serde(default)]
    pub aliases: Vec<Alias<S>>,
    pub occupation: Option<S>,
    pub description: Option<S>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Portrayal<S = String> {
    pub person: Option<S>,
    pub character: S,
    pub stage: S,
    pub billing: Option<S>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Relationship<S = String> {
    pub from: S,
    pub kind: S,
    pub to: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Crew<S = String> {
    pub person: S,
    pub role: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Organization<S = String> {
    pub id: S,
    pub name: S,
    pub kind: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Interpretation<S = String> {
    pub meaning: S,
    pub authority: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Motif<S = String> {
    pub id: S,
    pub name: S,
    #[serde(default)]
    pub interpretations: Vec<Interpretation<S>>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct LifecycleEvent<S = String> {
    pub action: S,
    pub date: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Media<S = String> {
    pub id: S,
    pub kind: S,
    pub title: S,
    pub part: Option<u32>,
    #[serde(default)]
    pub depicts: Vec<S>,
    #[serde(default)]
    pub motifs: Vec<S>,
    #[serde(default)]
    pub events: Vec<LifecycleEvent<S>>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Claim<S = String> {
    pub id: S,
    pub summary: S,
    #[serde(default)]
    pub subjects: Vec<S>,
    pub first_seen: S,
    #[serde(default)]
    pub spread_by: Vec<Value>,
    pub verdict: S,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Statement<S = String> {
    pub id: S,
    pub speaker: Value,
    pub date: S,
    pub summary: S,
    #[serde(default)]
    pub answers: Vec<S>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Event<S = String> {
    pub id: S,
    pub kind: S,
    pub name: S,
    pub date: S,
    #[serde(default)]
    pub participants: Vec<S>,
    #[serde(default)]
    pub cites: Vec<S>,
}
#[derive(Deserialize)]
pub struct Source<S = String> {
    pub id: S,
    pub publisher: S,
    pub url: S,
    pub published: Option<S>,
    pub authority: S,
}
