//! TVmaze documents → a series.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;

use crate::error::Result;
use crate::id::{SeriesId, SourceId};
use crate::limits::{MAX_ITEMS, MAX_RECORDS, MAX_RUNTIME_MINUTES};
use crate::model::external::{ExternalIds, is_imdb_id};
use crate::model::parts::RuntimeRange;
use crate::model::source::Source;
use crate::series::Series;
use crate::time::release::Release;
use crate::time::zone::Zone;
use crate::vocab::{LifeStage, OrganizationKind};

use super::Imported;
use super::cast::Cast;
use super::common::{
    EpisodePlan, Organizations, PartPlan, Warnings, bad, home_zone, is_placeholder_title, name,
    parse, parts, prose, slug, source,
};

const API: &str = "https://api.tvmaze.com";

/// Imports TVmaze documents: a show (`/shows/{id}`, with `_embedded`
/// seasons, and episodes and cast where present) and any single-episode
/// (`/episodes/{id}`, `episodebynumber`) or episodes-by-date documents. The
/// rules are in the [module docs](crate::import).
///
/// ```
/// use kdrama::import::Tvmaze;
/// let show = r#"{"id": 13, "name": "The Flash", "language": "English",
///   "network": {"id": 5, "name": "The CW", "country": {"code": "US", "timezone": "America/New_York"}},
///   "_embedded": {"seasons": [{"id": 1, "number": 1, "episodeOrder": 1, "premiereDate": "2015-10-06"}]}}"#;
/// let episode = r#"{"id": 211206, "name": "Flash of Two Worlds", "season": 1, "number": 1,
///   "airdate": "2015-10-13", "airtime": "20:00", "airstamp": "2015-10-14T00:00:00+00:00", "runtime": 60}"#;
/// let imported = Tvmaze::new().document("show.json", show)?.document("e.json", episode)?.import()?;
/// let (_, e) = imported.series().episodes().next().unwrap();
/// assert_eq!(e.own_release().unwrap().to_string(), "2015-10-13T20:00-04:00");
/// assert_eq!(e.title(), Some("Flash of Two Worlds"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Tvmaze {
    zone: Option<Zone>,
    country: Option<String>,
    id: Option<SeriesId>,
    show: Option<(String, Show)>,
    episodes: Vec<(String, String, MazeEpisode)>,
}

#[derive(Debug, Deserialize)]
struct Show {
    id: u32,
    name: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    genres: Vec<String>,
    #[serde(default)]
    runtime: Option<u32>,
    #[serde(default, rename = "averageRuntime")]
    average_runtime: Option<u32>,
    #[serde(default)]
    network: Option<Channel>,
    #[serde(default, rename = "webChannel")]
    web_channel: Option<Channel>,
    #[serde(default)]
    externals: Option<Externals>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default, rename = "_embedded")]
    embedded: Option<Embedded>,
}

#[derive(Debug, Deserialize)]
struct Channel {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    country: Option<Country>,
}

#[derive(Debug, Deserialize)]
struct Country {
    #[serde(default)]
    code: Option<String>,
    #[serde(default)]
    timezone: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Externals {
    #[serde(default)]
    imdb: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct Embedded {
    #[serde(default)]
    seasons: Vec<Season>,
    #[serde(default)]
    episodes: Vec<MazeEpisode>,
    #[serde(default)]
    cast: Vec<CastCredit>,
}

#[derive(Debug, Deserialize)]
struct Season {
    number: u32,
    #[serde(default, rename = "episodeOrder")]
    episode_order: Option<u32>,
    #[serde(default, rename = "premiereDate")]
    premiere_date: Option<String>,
}

#[derive(Debug, Deserialize)]
struct MazeEpisode {
    id: u64,
    season: u32,
    #[serde(default)]
    number: Option<u32>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    airdate: Option<String>,
    #[serde(default)]
    airtime: Option<String>,
    #[serde(default)]
    airstamp: Option<String>,
    #[serde(default)]
    runtime: Option<u32>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default, rename = "_links")]
    links: Option<Links>,
}

#[derive(Debug, Deserialize)]
struct Links {
    #[serde(default)]
    show: Option<Href>,
}

#[derive(Debug, Deserialize)]
struct Href {
    #[serde(default)]
    href: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CastCredit {
    person: Named,
    character: Named,
}

#[derive(Debug, Deserialize)]
struct Named {
    id: u64,
    name: String,
}

/// Language names TVmaze uses, with their ISO 639-1 codes.
const LANGUAGES: &[(&str, &str)] = &[
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

impl Tvmaze {
    /// An importer with no documents yet.
    ///
    /// ```
    /// let err = kdrama::import::Tvmaze::new().import().unwrap_err();
    /// assert!(err.to_string().contains("no show document"));
    /// ```
    pub fn new() -> Tvmaze {
        Tvmaze::default()
    }

    /// The home zone when the show's network or web channel names none.
    ///
    /// ```
    /// let show = r#"{"id": 1, "name": "X", "language": "English", "webChannel": {"name": "Netflix", "country": null}}"#;
    /// let ok = kdrama::import::Tvmaze::new().zone(kdrama::Zone::from_name("America/New_York")?).country("US")
    ///     .document("s.json", show)?.import()?;
    /// assert_eq!(ok.series().home_zone().name(), "America/New_York");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn zone(mut self, zone: Zone) -> Tvmaze {
        self.zone = Some(zone);
        self
    }

    /// The series' country when the show's network or web channel names none.
    ///
    /// ```
    /// let show = r#"{"id": 1, "name": "X", "language": "Korean", "webChannel": {"name": "Netflix", "country": null}}"#;
    /// let ok = kdrama::import::Tvmaze::new().country("KR").document("s.json", show)?.import()?;
    /// assert_eq!(ok.series().home_zone().name(), "Asia/Seoul");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn country(mut self, code: impl Into<String>) -> Tvmaze {
        self.country = Some(code.into());
        self
    }

    /// The series' id (otherwise a slug of its name).
    ///
    /// ```
    /// let show = r#"{"id": 1, "name": "X", "language": "Korean", "network": {"name": "KBS2", "country": {"code": "KR", "timezone": "Asia/Seoul"}}}"#;
    /// let ok = kdrama::import::Tvmaze::new().id("mine".parse()?).document("s.json", show)?.import()?;
    /// assert_eq!(ok.series().id().as_str(), "mine");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn id(mut self, id: SeriesId) -> Tvmaze {
        self.id = Some(id);
        self
    }

    /// Reads one document (a show, an episode, or a list of episodes),
    /// recognized by its shape; `label` names it in errors and warnings.
    ///
    /// # Errors
    ///
    /// [`Error::Import`](crate::Error::Import) when the text is not JSON,
    /// not a TVmaze document this importer reads, of the wrong shape (with
    /// the JSON path), or a second show.
    ///
    /// ```
    /// let err = kdrama::import::Tvmaze::new().document("e.json", r#"{"id": 1, "season": "one", "airdate": ""}"#).unwrap_err();
    /// assert_eq!(err.to_string(), "cannot import e.json at season: invalid type: string \"one\", expected u32");
    /// ```
    pub fn document(mut self, label: &str, json: &str) -> Result<Tvmaze> {
        let value: serde_json::Value = parse(label, json)?;
        let is_episode = |v: &serde_json::Value| {
            v.get("season").is_some() && (v.get("airdate").is_some() || v.get("airstamp").is_some())
        };
        match &value {
            serde_json::Value::Array(list) => {
                if list.len() > MAX_RECORDS {
                    return Err(bad(
                        label,
                        ".",
                        format!("{} episodes: expected at most {MAX_RECORDS}", list.len()),
                    ));
                }
                let list: Vec<MazeEpisode> = from_value(label, value)?;
                for (i, e) in list.into_iter().enumerate() {
                    self.episodes.push((label.to_owned(), format!("[{i}]"), e));
                }
            }
            v if is_episode(v) => {
                self.episodes
                    .push((label.to_owned(), ".".to_owned(), from_value(label, value)?));
            }
            v if v.get("name").is_some() && v.get("id").is_some() => {
                if self.show.is_some() {
                    return Err(bad(label, ".", "a second show document: expected one"));
                }
                self.show = Some((label.to_owned(), from_value(label, value)?));
            }
            _ => {
                return Err(bad(
                    label,
                    ".",
                    "not a tvmaze document this importer reads: expected a show, an episode or a list of episodes",
                ));
            }
        }
        Ok(self)
    }

    /// Maps the documents read onto a validated series.
    ///
    /// # Errors
    ///
    /// [`Error::Import`](crate::Error::Import) when there is no show
    /// document, an episode belongs to another show or to a season the show
    /// does not have, no country or zone can be found, or a value is out of
    /// range; [`Error::Invalid`](crate::Error::Invalid) if the result breaks
    /// an invariant the importer could not repair.
    ///
    /// ```
    /// let show = r#"{"id": 1, "name": "X", "language": "Korean", "network": {"name": "KBS2", "country": {"code": "KR", "timezone": "Asia/Seoul"}},
    ///   "_embedded": {"seasons": [{"number": 1, "episodeOrder": 16}]}}"#;
    /// let other = r#"{"id": 9, "season": 1, "number": 2, "airdate": "", "airstamp": null, "_links": {"show": {"href": "https://api.tvmaze.com/shows/2"}}}"#;
    /// let err = kdrama::import::Tvmaze::new().document("s.json", show)?.document("e.json", other)?.import().unwrap_err();
    /// assert_eq!(err.to_string(), "cannot import e.json at _links.show.href: show 2 does not match the show document's id 1");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn import(self) -> Result<Imported> {
        let Some((slabel, show)) = &self.show else {
            return Err(bad(
                "tvmaze",
                ".",
                "no show document: expected the /shows/{id} response among the documents",
            ));
        };
        let mut w = Warnings::default();
        let title = name(slabel, &|| "name".into(), &show.name)?
            .ok_or_else(|| bad(slabel, "name", "empty name: expected the show's name"))?;
        let channel = show.network.as_ref().or(show.web_channel.as_ref());
        let channel_path = if show.network.is_some() {
            "network"
        } else {
            "webChannel"
        };
        let country_of_channel = channel.and_then(|c| c.country.as_ref());
        let country = match (
            country_of_channel.and_then(|c| c.code.clone()),
            &self.country,
        ) {
            (Some(code), _) => code,
            (None, Some(given)) => given.clone(),
            (None, None) => {
                return Err(bad(
                    slabel,
                    channel_path,
                    "no country: the show's network and web channel name none; pass the series' country (an ISO 3166-1 code such as \"KR\")",
                ));
            }
        };
        let zone = match country_of_channel.and_then(|c| c.timezone.as_deref()) {
            Some(name) => match Zone::from_name(name) {
                Ok(zone) => {
                    if self.zone.is_some_and(|z| z.name() != zone.name()) {
                        w.push(slabel, &format!("{channel_path}.country.timezone"), format!("the {channel_path}'s zone {name} is the home zone, not the zone passed"));
                    }
                    Some(zone)
                }
                Err(_) => {
                    w.push(
                        slabel,
                        &format!("{channel_path}.country.timezone"),
                        format!("unknown time zone {name:?}: left out"),
                    );
                    home_zone(self.zone, &country)
                }
            },
            None => home_zone(self.zone, &country),
        };
        let zone = zone.ok_or_else(|| bad(slabel, channel_path, format!("no time zone: the show's channel names none and country {country:?} has several or none known; pass the series' home zone")))?;
        let sid = format!("tvmaze-show-{}", show.id);
        let show_src: SourceId = sid.parse()?;
        let mut sources: Vec<Source> = vec![source(
            sid.clone(),
            "TVmaze",
            format!("{API}/shows/{}", show.id),
            Some(format!("{title}: show")),
        )?];
        let id = match &self.id {
            Some(id) => id.clone(),
            None => {
                let s = slug(&title);
                if s.is_empty() { sid.clone() } else { s }
            }
            .parse()?,
        };
        let language = match show.language.as_deref() {
            Some(l) => match LANGUAGES.iter().find(|(n, _)| *n == l) {
                Some((_, tag)) => (*tag).to_owned(),
                None => {
                    w.push(
                        slabel,
                        "language",
                        format!("language {l:?} has no code here: \"und\" (undetermined) is used"),
                    );
                    "und".to_owned()
                }
            },
            None => {
                w.push(
                    slabel,
                    "language",
                    "no language: \"und\" (undetermined) is used",
                );
                "und".to_owned()
            }
        };
        let mut external = ExternalIds::new().with_tvmaze(show.id);
        match show.externals.as_ref().and_then(|e| e.imdb.as_deref()) {
            Some(imdb) if is_imdb_id(imdb) => external = external.with_imdb(imdb),
            Some(imdb) => w.push(
                slabel,
                "externals.imdb",
                format!("imdb id {imdb:?} is not \"tt\" and 7 to 10 digits: left out"),
            ),
            None => {}
        }
        let mut b = Series::builder(id, title.clone())
            .original_language(language)
            .country(country)
            .home_zone(zone)
            .external_ids(external)
            .cite(show_src.clone());
        if let Some(p) = show
            .summary
            .as_deref()
            .map(|s| prose(slabel, &|| "summary".into(), s))
            .transpose()?
            .flatten()
        {
            b = b.premise(p);
        }
        let mut genres: Vec<String> = Vec::new();
        for (i, g) in show.genres.iter().enumerate().take(MAX_ITEMS) {
            if let Some(g) = name(slabel, &|| format!("genres[{i}]"), g)? {
                if !genres.contains(&g) {
                    genres.push(g);
                }
            }
        }
        for g in genres {
            b = b.genre(g);
        }
        match show.runtime.or(show.average_runtime) {
            Some(m) if (1..=MAX_RUNTIME_MINUTES).contains(&m) => {
                b = b.runtime(RuntimeRange::new(m, m))
            }
            Some(m) => w.push(
                slabel,
                "runtime",
                format!("runtime of {m} minutes is implausible: left out"),
            ),
            None => {}
        }
        if let Some(n) = channel
            .and_then(|c| c.name.as_deref())
            .map(|n| name(slabel, &|| format!("{channel_path}.name"), n))
            .transpose()?
            .flatten()
        {
            let mut orgs = Organizations::default();
            let kind = if show.network.is_some() {
                OrganizationKind::Network
            } else {
                OrganizationKind::Platform
            };
            let org = orgs.add(&n, kind, &show_src)?;
            b = b.platform(org);
            for o in orgs.list {
                b = b.organization(o);
            }
        }
        let plans = self.plans(show, &show_src, zone, &mut sources, &mut w)?;
        for p in parts(plans, zone, &mut w)? {
            b = b.part(p);
        }
        let mut cast = Cast::default();
        let embedded_cast = show.embedded.as_ref().map_or(&[][..], |e| &e.cast[..]);
        for (i, c) in embedded_cast.iter().enumerate() {
            let path = format!("_embedded.cast[{i}]");
            let pname = name(slabel, &|| format!("{path}.person.name"), &c.person.name)?;
            let cname = name(
                slabel,
                &|| format!("{path}.character.name"),
                &c.character.name,
            )?;
            let (Some(pname), Some(cname)) = (pname, cname) else {
                w.push(
                    slabel,
                    &path,
                    "a cast credit without a person's or character's name: left out",
                );
                continue;
            };
            let person = cast.person(slabel, c.person.id, &pname, None, &show_src)?;
            let character = cast.character(
                slabel,
                &format!("tvmaze {}", c.character.id),
                &cname,
                &[],
                &show_src,
            )?;
            cast.portray(person, character, LifeStage::Adult, &show_src);
        }
        for p in cast.people {
            b = b.person(p);
        }
        for c in cast.characters {
            b = b.character(c);
        }
        for p in cast.portrayals {
            b = b.portrayal(p);
        }
        for s in sources {
            b = b.source(s);
        }
        Ok(Imported {
            series: b.build_strict()?,
            warnings: w.0,
        })
    }

    fn plans(
        &self,
        show: &Show,
        show_src: &SourceId,
        zone: Zone,
        sources: &mut Vec<Source>,
        w: &mut Warnings,
    ) -> Result<Vec<PartPlan>> {
        let slabel = &self.show.as_ref().expect("checked by import").0;
        let empty = Embedded::default();
        let embedded = show.embedded.as_ref().unwrap_or(&empty);
        let mut seasons: Vec<(usize, &Season)> = embedded.seasons.iter().enumerate().collect();
        seasons.sort_by_key(|(_, s)| s.number);
        if let Some(pair) = seasons.windows(2).find(|p| p[0].1.number == p[1].1.number) {
            return Err(bad(
                slabel,
                &format!("_embedded.seasons[{}].number", pair[1].0),
                format!(
                    "season {} repeats: expected each season once",
                    pair[1].1.number
                ),
            ));
        }
        if seasons
            .iter()
            .enumerate()
            .any(|(i, (_, s))| s.number as usize != i + 1)
        {
            let numbers: Vec<String> = seasons
                .iter()
                .take(5)
                .map(|(_, s)| s.number.to_string())
                .collect();
            w.push(
                slabel,
                "_embedded.seasons",
                format!(
                    "seasons are numbered {}…, not 1..n: parts are numbered in order",
                    numbers.join(", ")
                ),
            );
        }
        let mut plans: Vec<PartPlan> = Vec::with_capacity(seasons.len());
        let mut total = 0usize;
        for (i, s) in &seasons {
            let path = format!("_embedded.seasons[{i}]");
            let date = day(
                slabel,
                &format!("{path}.premiereDate"),
                s.premiere_date.as_deref(),
            )?
            .unwrap_or(Release::unannounced());
            let count = s.episode_order.unwrap_or(0) as usize;
            total += count;
            if total > MAX_RECORDS {
                return Err(bad(
                    slabel,
                    &format!("{path}.episodeOrder"),
                    format!("{total} episodes in all: expected at most {MAX_RECORDS}"),
                ));
            }
            plans.push(PartPlan {
                label: slabel.clone(),
                path,
                name: format!("season {}", s.number),
                date,
                episodes: vec![EpisodePlan::default(); count],
                cites: vec![show_src.clone()],
            });
        }
        // Embedded episodes define their seasons' lists; episode documents fill in.
        let mut listed = vec![false; plans.len()];
        let embedded_episodes = embedded
            .episodes
            .iter()
            .enumerate()
            .map(|(i, e)| (slabel.as_str(), format!("_embedded.episodes[{i}]"), e, None));
        let documents = self
            .episodes
            .iter()
            .map(|(label, path, e)| (label.as_str(), path.clone(), e, Some(e.id)));
        let mut unlinked: Vec<&str> = Vec::new();
        for (label, path, e, own) in embedded_episodes.chain(documents) {
            let at = |field: &str| {
                if path == "." {
                    field.to_owned()
                } else {
                    format!("{path}.{field}")
                }
            };
            match e
                .links
                .as_ref()
                .and_then(|l| l.show.as_ref())
                .and_then(|s| s.href.as_deref())
            {
                Some(href) => {
                    let id = href.rsplit('/').next().and_then(|n| n.parse::<u32>().ok());
                    if id != Some(show.id) {
                        return Err(bad(
                            label,
                            &at("_links.show.href"),
                            format!(
                                "show {} does not match the show document's id {}",
                                id.map_or_else(|| format!("{href:?}"), |i| i.to_string()),
                                show.id
                            ),
                        ));
                    }
                }
                None if own.is_some() && !unlinked.contains(&label) => unlinked.push(label),
                None => {}
            }
            let special = e.kind.as_deref().is_some_and(|k| k.contains("special"));
            let Some(number) = e.number.filter(|_| !special) else {
                // SPECIALS: map to specials once the model has them.
                w.push(
                    label,
                    &path,
                    format!(
                        "season {} special (episode {}) left out until the model has specials",
                        e.season, e.id
                    ),
                );
                continue;
            };
            let Some(p) = seasons.iter().position(|(_, s)| s.number == e.season) else {
                return Err(bad(
                    label,
                    &at("season"),
                    format!("season {} is not among the show's seasons", e.season),
                ));
            };
            let n = number as usize;
            if n == 0 || total + n.saturating_sub(plans[p].episodes.len()) > MAX_RECORDS {
                return Err(bad(
                    label,
                    &at("number"),
                    format!("episode number {n}: expected 1 to {MAX_RECORDS} episodes in all"),
                ));
            }
            if own.is_none() && !listed[p] {
                listed[p] = true;
                total -= plans[p].episodes.len();
                plans[p].episodes.clear();
            }
            if n > plans[p].episodes.len() {
                if own.is_some() || plans[p].episodes.len() + 1 < n {
                    w.push(label, &path, format!("season {} episode {n} is past the {} episodes known: the season is taken to have {n}", e.season, plans[p].episodes.len()));
                }
                total += n - plans[p].episodes.len();
                plans[p].episodes.resize(n, EpisodePlan::default());
            }
            let cite = match own {
                Some(eid) => {
                    let sid = format!("tvmaze-episode-{eid}");
                    if !sources.iter().any(|s| s.id().as_str() == sid) {
                        let t = e.name.as_deref().map(|t| {
                            format!("episode: {}", t.chars().take(200).collect::<String>())
                        });
                        sources.push(source(
                            sid.clone(),
                            "TVmaze",
                            format!("{API}/episodes/{eid}"),
                            t,
                        )?);
                    }
                    sid.parse()?
                }
                None => show_src.clone(),
            };
            plans[p].episodes[n - 1] = episode(label, &path, e, n as u32, cite, zone, w)?;
        }
        if !unlinked.is_empty() {
            w.push(unlinked[0], ".", format!("{} episode document(s) do not name their show (older responses): they are taken to be of show {}", unlinked.len(), show.id));
        }
        Ok(plans)
    }
}

fn from_value<T: serde::de::DeserializeOwned>(label: &str, value: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let path = if path.is_empty() || path == "?" {
            ".".to_owned()
        } else {
            path
        };
        bad(label, &path, e.into_inner().to_string())
    })
}

fn day(label: &str, path: &str, text: Option<&str>) -> Result<Option<Release>> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => {
            let date = NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map_err(|_| bad(label, path, format!("date {t:?}: expected YYYY-MM-DD")))?;
            Release::day(date)
                .map(Some)
                .map_err(|e| bad(label, path, e.to_string()))
        }
    }
}

/// An episode's release: the `airstamp` instant in the home zone when the
/// episode has an `airtime`; the `airdate` alone (day precision) when the
/// airtime is empty (the airstamp is then a 12:00 UTC placeholder);
/// unannounced with neither date nor stamp.
fn release(
    label: &str,
    path: &str,
    e: &MazeEpisode,
    zone: Zone,
    w: &mut Warnings,
) -> Result<Release> {
    let at = |field: &str| {
        if path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    let date = day(label, &at("airdate"), e.airdate.as_deref())?;
    let has_time = e.airtime.as_deref().is_some_and(|t| !t.trim().is_empty());
    let stamp = e
        .airstamp
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match (date, stamp) {
        (None, None) => Ok(Release::unannounced()),
        (_, Some(stamp)) if has_time => {
            let instant = DateTime::parse_from_rfc3339(stamp).map_err(|_| {
                bad(
                    label,
                    &at("airstamp"),
                    format!("airstamp {stamp:?}: expected an RFC 3339 instant"),
                )
            })?;
            let local = zone.local(instant.with_timezone(&Utc));
            if let Some(d) = date
                .and_then(|d| d.date())
                .filter(|d| *d != local.date_naive())
            {
                w.push(
                    label,
                    &at("airdate"),
                    format!(
                        "airdate {d} is not the airstamp's day {} in {}: the airstamp is kept",
                        local.date_naive(),
                        zone.name()
                    ),
                );
            }
            Release::exact(local).map_err(|e| bad(label, &at("airstamp"), e.to_string()))
        }
        (Some(d), _) => Ok(d),
        (None, Some(stamp)) => {
            w.push(label, &at("airdate"), format!("no airdate and no airtime, only the placeholder airstamp {stamp:?}: left unannounced"));
            Ok(Release::unannounced())
        }
    }
}

fn episode(
    label: &str,
    path: &str,
    e: &MazeEpisode,
    number: u32,
    cite: SourceId,
    zone: Zone,
    w: &mut Warnings,
) -> Result<EpisodePlan> {
    let at = |field: &str| {
        if path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    let title = e
        .name
        .as_deref()
        .map(|n| name(label, &|| at("name"), n))
        .transpose()?
        .flatten();
    let runtime = match e.runtime {
        Some(0) | None => None,
        Some(m) if m > MAX_RUNTIME_MINUTES => {
            w.push(
                label,
                &at("runtime"),
                format!("runtime of {m} minutes is implausible: left out"),
            );
            None
        }
        Some(m) => Some(m),
    };
    Ok(EpisodePlan {
        title: title.filter(|t| !is_placeholder_title(t, number)),
        runtime,
        release: Some(release(label, path, e, zone, w)?),
        cites: vec![cite],
    })
}
