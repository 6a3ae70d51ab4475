//! The TMDB documents this importer reads, as far as it reads them: unknown
//! fields are ignored, fields TMDB documents as nullable are optional.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(super) struct Named {
    #[serde(default)]
    pub(super) name: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Details {
    pub(super) id: u32,
    pub(super) name: String,
    #[serde(default)]
    pub(super) original_name: Option<String>,
    #[serde(default)]
    pub(super) original_language: Option<String>,
    #[serde(default)]
    pub(super) origin_country: Vec<String>,
    #[serde(default)]
    pub(super) overview: Option<String>,
    #[serde(default)]
    pub(super) genres: Vec<Named>,
    #[serde(default)]
    pub(super) networks: Vec<Named>,
    #[serde(default)]
    pub(super) production_companies: Vec<Named>,
    #[serde(default)]
    pub(super) episode_run_time: Vec<u32>,
    #[serde(default)]
    pub(super) seasons: Vec<SeasonSummary>,
}

#[derive(Debug, Deserialize)]
pub(super) struct SeasonSummary {
    pub(super) season_number: u32,
    #[serde(default)]
    pub(super) episode_count: Option<u32>,
    #[serde(default)]
    pub(super) air_date: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct SeasonDoc {
    pub(super) season_number: u32,
    #[serde(default)]
    pub(super) air_date: Option<String>,
    pub(super) episodes: Vec<TmdbEpisode>,
}

#[derive(Debug, Deserialize)]
pub(super) struct TmdbEpisode {
    pub(super) episode_number: u32,
    #[serde(default)]
    pub(super) season_number: Option<u32>,
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) air_date: Option<String>,
    #[serde(default)]
    pub(super) runtime: Option<u32>,
    #[serde(default)]
    pub(super) show_id: Option<u64>,
    #[serde(default)]
    pub(super) order: Option<u32>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Credits {
    pub(super) id: u64,
    #[serde(default)]
    pub(super) cast: Vec<CastMember>,
    #[serde(default)]
    pub(super) crew: Vec<CrewMember>,
}

#[derive(Debug, Deserialize)]
pub(super) struct CastMember {
    pub(super) id: u64,
    pub(super) name: String,
    #[serde(default)]
    pub(super) original_name: Option<String>,
    #[serde(default)]
    pub(super) roles: Vec<Role>,
    /// Plain (not aggregate) credits name one character per credit.
    #[serde(default)]
    pub(super) character: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Role {
    #[serde(default)]
    pub(super) character: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct CrewMember {
    pub(super) id: u64,
    pub(super) name: String,
    #[serde(default)]
    pub(super) original_name: Option<String>,
    #[serde(default)]
    pub(super) jobs: Vec<Job>,
    #[serde(default)]
    pub(super) job: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Job {
    #[serde(default)]
    pub(super) job: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Ratings {
    pub(super) id: u64,
    pub(super) results: Vec<RatingEntry>,
}

#[derive(Debug, Deserialize)]
pub(super) struct RatingEntry {
    pub(super) iso_3166_1: String,
    #[serde(default)]
    pub(super) rating: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct AltTitles {
    pub(super) id: u64,
    pub(super) results: Vec<AltTitle>,
}

#[derive(Debug, Deserialize)]
pub(super) struct AltTitle {
    #[serde(default)]
    pub(super) title: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct GroupDoc {
    pub(super) id: String,
    #[serde(default)]
    pub(super) name: Option<String>,
    pub(super) groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Group {
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) order: Option<u32>,
    pub(super) episodes: Vec<TmdbEpisode>,
}

#[derive(Debug, Deserialize)]
pub(super) struct ExternalDoc {
    #[serde(default)]
    pub(super) id: Option<u64>,
    #[serde(default)]
    pub(super) imdb_id: Option<String>,
    #[serde(default)]
    pub(super) wikidata_id: Option<String>,
}
