//! The TVmaze documents this importer reads, as far as it reads them: unknown
//! fields are ignored, fields TVmaze leaves null are optional.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(super) struct Show {
    pub(super) id: u32,
    pub(super) name: String,
    #[serde(default)]
    pub(super) language: Option<String>,
    #[serde(default)]
    pub(super) genres: Vec<String>,
    #[serde(default)]
    pub(super) runtime: Option<u32>,
    #[serde(default, rename = "averageRuntime")]
    pub(super) average_runtime: Option<u32>,
    #[serde(default)]
    pub(super) network: Option<Channel>,
    #[serde(default, rename = "webChannel")]
    pub(super) web_channel: Option<Channel>,
    #[serde(default)]
    pub(super) externals: Option<Externals>,
    #[serde(default)]
    pub(super) summary: Option<String>,
    #[serde(default, rename = "_embedded")]
    pub(super) embedded: Option<Embedded>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Channel {
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) country: Option<Country>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Country {
    #[serde(default)]
    pub(super) code: Option<String>,
    #[serde(default)]
    pub(super) timezone: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Externals {
    #[serde(default)]
    pub(super) imdb: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
pub(super) struct Embedded {
    #[serde(default)]
    pub(super) seasons: Vec<Season>,
    #[serde(default)]
    pub(super) episodes: Vec<MazeEpisode>,
    #[serde(default)]
    pub(super) cast: Vec<CastCredit>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Season {
    pub(super) number: u32,
    #[serde(default, rename = "episodeOrder")]
    pub(super) episode_order: Option<u32>,
    #[serde(default, rename = "premiereDate")]
    pub(super) premiere_date: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct MazeEpisode {
    pub(super) id: u64,
    pub(super) season: u32,
    #[serde(default)]
    pub(super) number: Option<u32>,
    #[serde(default)]
    pub(super) name: Option<String>,
    #[serde(default)]
    pub(super) airdate: Option<String>,
    #[serde(default)]
    pub(super) airtime: Option<String>,
    #[serde(default)]
    pub(super) airstamp: Option<String>,
    #[serde(default)]
    pub(super) runtime: Option<u32>,
    #[serde(default, rename = "type")]
    pub(super) kind: Option<String>,
    #[serde(default, rename = "_links")]
    pub(super) links: Option<Links>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Links {
    #[serde(default)]
    pub(super) show: Option<Href>,
}

#[derive(Debug, Deserialize)]
pub(super) struct Href {
    #[serde(default)]
    pub(super) href: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(super) struct CastCredit {
    pub(super) person: Named,
    pub(super) character: Named,
}

#[derive(Debug, Deserialize)]
pub(super) struct Named {
    pub(super) id: u64,
    pub(super) name: String,
}

/// Language names TVmaze uses, with their ISO 639-1 codes.
pub(super) const LANGUAGES: &[(&str, &str)] = &[
    ("Arabic", "ar"),
    ("Chinese", "zh"),
    ("Czech", "cs"),
    ("Danish", "da"),
    ("Dutch", "nl"),
    ("English", "en"),
    ("Finnish", "fi"),
    ("French", "fr"),
    ("German", "de"),
    ("Greek", "el"),
    ("Hebrew", "he"),
    ("Hindi", "hi"),
    ("Hungarian", "hu"),
    ("Icelandic", "is"),
    ("Indonesian", "id"),
    ("Italian", "it"),
    ("Japanese", "ja"),
    ("Korean", "ko"),
    ("Malay", "ms"),
    ("Norwegian", "no"),
    ("Polish", "pl"),
    ("Portuguese", "pt"),
    ("Romanian", "ro"),
    ("Russian", "ru"),
    ("Spanish", "es"),
    ("Swedish", "sv"),
    ("Tagalog", "tl"),
    ("Thai", "th"),
    ("Turkish", "tr"),
    ("Ukrainian", "uk"),
    ("Vietnamese", "vi"),
];
