//! TMDB API v3 documents → a series.

use chrono::NaiveDate;
use serde::Deserialize;

use crate::error::Result;
use crate::id::{SeriesId, SourceId};
use crate::limits::{MAX_ITEMS, MAX_RECORDS, MAX_RUNTIME_MINUTES};
use crate::model::external::{ContentRating, ExternalIds, is_imdb_id, is_wikidata_id};
use crate::model::names::{Alias, Titles};
use crate::model::parts::RuntimeRange;
use crate::model::source::Source;
use crate::series::{Series, SeriesBuilder};
use crate::time::release::Release;
use crate::time::zone::Zone;
use crate::vocab::{AliasKind, CrewRole, LifeStage, OrganizationKind};

use super::Imported;
use super::cast::{Cast, character_key, group_roles, without_notes};
use super::common::{
    EpisodePlan, Organizations, PartPlan, Warnings, bad, home_zone, is_placeholder_title, name,
    parse, parts, prose, slug, source,
};

const API: &str = "https://api.themoviedb.org/3";

/// Imports TMDB API v3 documents: TV details (required), season details,
/// aggregate credits, content ratings, alternative titles, episode groups
/// and external ids, each recognized by its shape. The rules are in the
/// [module docs](crate::import).
///
/// ```
/// use kdrama::import::Tmdb;
/// let details = r#"{"id": 9, "name": "Example", "original_name": "예시", "original_language": "ko",
///   "origin_country": ["KR"], "networks": [{"id": 1, "name": "Netflix"}],
///   "seasons": [{"season_number": 1, "episode_count": 2, "air_date": "2024-01-05"}]}"#;
/// let season = r#"{"season_number": 1, "air_date": "2024-01-05", "episodes": [
///   {"episode_number": 1, "name": "Episode 1", "air_date": "2024-01-05", "runtime": 50, "show_id": 9},
///   {"episode_number": 2, "name": "The Second", "air_date": "2024-01-05", "runtime": 55, "show_id": 9}]}"#;
/// let imported = Tmdb::new().document("details.json", details)?.document("s1.json", season)?.import()?;
/// let s = imported.series();
/// assert_eq!(s.titles().native(), Some("예시"));
/// assert_eq!(s.platform().map(|p| p.name()), Some("Netflix"));
/// let episodes: Vec<_> = s.episodes().map(|(_, e)| (e.title(), e.own_release().map(|r| r.to_string()))).collect();
/// assert_eq!(episodes, [(None, Some("2024-01-05".into())), (Some("The Second"), Some("2024-01-05".into()))]);
/// assert_eq!(s.external_ids().tmdb(), Some(9));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Default)]
pub struct Tmdb {
    zone: Option<Zone>,
    country: Option<String>,
    id: Option<SeriesId>,
    group: Option<String>,
    details: Option<(String, Details)>,
    seasons: Vec<(String, SeasonDoc)>,
    credits: Option<(String, Credits)>,
    ratings: Option<(String, Ratings)>,
    titles: Option<(String, AltTitles)>,
    groups: Vec<(String, GroupDoc)>,
    external: Option<(String, ExternalDoc)>,
}

#[derive(Debug, Deserialize)]
struct Named {
    #[serde(default)]
    name: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Details {
    id: u32,
    name: String,
    #[serde(default)]
    original_name: Option<String>,
    #[serde(default)]
    original_language: Option<String>,
    #[serde(default)]
    origin_country: Vec<String>,
    #[serde(default)]
    overview: Option<String>,
    #[serde(default)]
    genres: Vec<Named>,
    #[serde(default)]
    networks: Vec<Named>,
    #[serde(default)]
    production_companies: Vec<Named>,
    #[serde(default)]
    episode_run_time: Vec<u32>,
    #[serde(default)]
    seasons: Vec<SeasonSummary>,
}

#[derive(Debug, Deserialize)]
struct SeasonSummary {
    season_number: u32,
    #[serde(default)]
    episode_count: Option<u32>,
    #[serde(default)]
    air_date: Option<String>,
}

#[derive(Debug, Deserialize)]
struct SeasonDoc {
    season_number: u32,
    #[serde(default)]
    air_date: Option<String>,
    episodes: Vec<TmdbEpisode>,
}

#[derive(Debug, Deserialize)]
struct TmdbEpisode {
    episode_number: u32,
    #[serde(default)]
    season_number: Option<u32>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    air_date: Option<String>,
    #[serde(default)]
    runtime: Option<u32>,
    #[serde(default)]
    show_id: Option<u64>,
    #[serde(default)]
    order: Option<u32>,
}

#[derive(Debug, Deserialize)]
struct Credits {
    id: u64,
    #[serde(default)]
    cast: Vec<CastMember>,
    #[serde(default)]
    crew: Vec<CrewMember>,
}

#[derive(Debug, Deserialize)]
struct CastMember {
    id: u64,
    name: String,
    #[serde(default)]
    original_name: Option<String>,
    #[serde(default)]
    roles: Vec<Role>,
    /// Plain (not aggregate) credits name one character per credit.
    #[serde(default)]
    character: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Role {
    #[serde(default)]
    character: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CrewMember {
    id: u64,
    name: String,
    #[serde(default)]
    original_name: Option<String>,
    #[serde(default)]
    jobs: Vec<Job>,
    #[serde(default)]
    job: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Job {
    #[serde(default)]
    job: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Ratings {
    id: u64,
    results: Vec<RatingEntry>,
}

#[derive(Debug, Deserialize)]
struct RatingEntry {
    iso_3166_1: String,
    #[serde(default)]
    rating: Option<String>,
}

#[derive(Debug, Deserialize)]
struct AltTitles {
    id: u64,
    results: Vec<AltTitle>,
}

#[derive(Debug, Deserialize)]
struct AltTitle {
    #[serde(default)]
    title: Option<String>,
}

#[derive(Debug, Deserialize)]
struct GroupDoc {
    id: String,
    #[serde(default)]
    name: Option<String>,
    groups: Vec<Group>,
}

#[derive(Debug, Deserialize)]
struct Group {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    order: Option<u32>,
    episodes: Vec<TmdbEpisode>,
}

#[derive(Debug, Deserialize)]
struct ExternalDoc {
    #[serde(default)]
    id: Option<u64>,
    #[serde(default)]
    imdb_id: Option<String>,
    #[serde(default)]
    wikidata_id: Option<String>,
}

/// The kinds of document, as an error message lists them.
const KINDS: &str = "expected tv details, season details, aggregate credits, content ratings, alternative titles, an episode group or external ids";

impl Tmdb {
    /// An importer with no documents yet.
    ///
    /// ```
    /// let err = kdrama::import::Tmdb::new().import().unwrap_err();
    /// assert!(err.to_string().contains("no tv details document"));
    /// ```
    pub fn new() -> Tmdb {
        Tmdb::default()
    }

    /// The series' home zone (otherwise the single zone of its origin
    /// country; a country with several zones needs this).
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "en", "origin_country": ["US"]}"#;
    /// let err = kdrama::import::Tmdb::new().document("d.json", details)?.import().unwrap_err();
    /// assert!(err.to_string().contains("pass the series' home zone"));
    /// let zone = kdrama::Zone::from_name("America/New_York")?;
    /// let ok = kdrama::import::Tmdb::new().zone(zone).document("d.json", details)?.import()?;
    /// assert_eq!(ok.series().home_zone().name(), "America/New_York");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn zone(mut self, zone: Zone) -> Tmdb {
        self.zone = Some(zone);
        self
    }

    /// The series' country, when `origin_country` names none.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko"}"#;
    /// let ok = kdrama::import::Tmdb::new().country("KR").document("d.json", details)?.import()?;
    /// assert_eq!(ok.series().country(), "KR");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn country(mut self, code: impl Into<String>) -> Tmdb {
        self.country = Some(code.into());
        self
    }

    /// The series' id (otherwise a slug of its name).
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"]}"#;
    /// let ok = kdrama::import::Tmdb::new().id("mine".parse()?).document("d.json", details)?.import()?;
    /// assert_eq!(ok.series().id().as_str(), "mine");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn id(mut self, id: SeriesId) -> Tmdb {
        self.id = Some(id);
        self
    }

    /// Makes the parts from the episode group with this id (its document
    /// must be among the documents) instead of the seasons: each of its
    /// groups becomes a part. TMDB's "Digital" groups are how Netflix parts
    /// appear.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"],
    ///   "seasons": [{"season_number": 1, "episode_count": 2}]}"#;
    /// let group = r#"{"id": "abc123", "name": "Netflix", "type": 4, "groups": [
    ///   {"name": "Part 1", "order": 1, "episodes": [{"episode_number": 1, "season_number": 1, "air_date": "2024-01-05", "order": 0}]},
    ///   {"name": "Part 2", "order": 2, "episodes": [{"episode_number": 2, "season_number": 1, "air_date": "2024-03-08", "order": 0}]}]}"#;
    /// let ok = kdrama::import::Tmdb::new().episode_group("abc123")
    ///     .document("d.json", details)?.document("g.json", group)?.import()?;
    /// assert_eq!(ok.series().parts().len(), 2);
    /// assert_eq!(ok.series().part(2).unwrap().release().to_string(), "2024-03-08");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn episode_group(mut self, id: impl Into<String>) -> Tmdb {
        self.group = Some(id.into());
        self
    }

    /// Reads one document, recognized by its shape; `label` names it in
    /// errors and warnings (a file name).
    ///
    /// # Errors
    ///
    /// [`Error::Import`] when the text is not JSON, not a TMDB document this
    /// importer reads, of the wrong shape (with the JSON path), or a second
    /// document of a kind that comes once.
    ///
    /// ```
    /// let err = kdrama::import::Tmdb::new().document("x.json", r#"{"hello": 1}"#).unwrap_err();
    /// assert!(err.to_string().starts_with("cannot import x.json at .: not a tmdb document"));
    /// let err = kdrama::import::Tmdb::new().document("s.json", r#"{"season_number": 1, "episodes": [{"episode_number": -1}]}"#).unwrap_err();
    /// assert!(err.to_string().starts_with("cannot import s.json at episodes[0].episode_number: invalid value"));
    /// ```
    pub fn document(mut self, label: &str, json: &str) -> Result<Tmdb> {
        let value: serde_json::Value = parse(label, json)?;
        let Some(object) = value.as_object() else {
            return Err(bad(label, ".", format!("not a tmdb document: {KINDS}")));
        };
        let has = |key: &str| object.contains_key(key);
        let first_result_has = |key: &str| {
            object
                .get("results")
                .and_then(|r| r.as_array())
                .and_then(|r| r.first())
                .and_then(|r| r.as_object())
                .is_some_and(|r| r.contains_key(key))
        };
        let label = label.to_owned();
        let once = |slot_filled: bool, kind: &str| {
            if slot_filled {
                Err(bad(
                    &label,
                    ".",
                    format!("a second {kind} document: expected one"),
                ))
            } else {
                Ok(())
            }
        };
        if has("groups") {
            self.groups
                .push((label.clone(), from_value(&label, value)?));
        } else if has("episodes") && has("season_number") {
            self.seasons
                .push((label.clone(), from_value(&label, value)?));
        } else if has("cast") || has("crew") {
            once(self.credits.is_some(), "credits")?;
            self.credits = Some((label.clone(), from_value(&label, value)?));
        } else if has("imdb_id") || has("wikidata_id") || has("tvdb_id") {
            once(self.external.is_some(), "external ids")?;
            self.external = Some((label.clone(), from_value(&label, value)?));
        } else if has("results") && first_result_has("rating") {
            once(self.ratings.is_some(), "content ratings")?;
            self.ratings = Some((label.clone(), from_value(&label, value)?));
        } else if has("results") && (first_result_has("title") || !first_result_has("iso_3166_1")) {
            once(self.titles.is_some(), "alternative titles")?;
            self.titles = Some((label.clone(), from_value(&label, value)?));
        } else if has("name")
            && (has("seasons") || has("origin_country") || has("original_language"))
        {
            once(self.details.is_some(), "tv details")?;
            self.details = Some((label.clone(), from_value(&label, value)?));
        } else {
            return Err(bad(
                &label,
                ".",
                format!("not a tmdb document this importer reads: {KINDS}"),
            ));
        }
        Ok(self)
    }

    /// Maps the documents read onto a validated series.
    ///
    /// # Errors
    ///
    /// [`Error::Import`] when there is no TV details document, a document
    /// belongs to another show, no home zone can be found, or a value is out
    /// of range; [`Error::Invalid`] if the result breaks an invariant the
    /// importer could not repair.
    ///
    /// ```
    /// let details = r#"{"id": 5, "name": "Example", "original_language": "ko", "origin_country": ["KR"]}"#;
    /// let credits = r#"{"id": 6, "cast": [], "crew": []}"#;
    /// let err = kdrama::import::Tmdb::new().document("d.json", details)?.document("c.json", credits)?.import().unwrap_err();
    /// assert_eq!(err.to_string(), "cannot import c.json at id: show 6 does not match the tv details' id 5");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn import(self) -> Result<Imported> {
        let Some((dlabel, details)) = &self.details else {
            return Err(bad(
                "tmdb",
                ".",
                "no tv details document: expected the /tv/{id} response among the documents",
            ));
        };
        let show = details.id;
        if show == 0 {
            return Err(bad(dlabel, "id", "tv id 0: expected a positive number"));
        }
        self.check_show_ids(u64::from(show))?;
        let mut w = Warnings::default();
        let title = name(dlabel, &|| "name".into(), &details.name)?
            .ok_or_else(|| bad(dlabel, "name", "empty name: expected the series' name"))?;
        let country = self.country_of(dlabel, details, &mut w)?;
        let zone = home_zone(self.zone, &country).ok_or_else(|| {
            bad(dlabel, "origin_country", format!("country {country:?} has several time zones or none known: pass the series' home zone (an IANA name such as \"America/New_York\")"))
        })?;
        let mut sources: Vec<Source> = Vec::new();
        let mut add = |id: String, url: String, what: &str| -> Result<SourceId> {
            let s = source(id, "TMDB", url, Some(format!("{title}: {what}")))?;
            let sid = s.id().clone();
            sources.push(s);
            Ok(sid)
        };
        let base = format!("tmdb-tv-{show}");
        let dsrc = add(base.clone(), format!("{API}/tv/{show}"), "TV details")?;
        let id = match &self.id {
            Some(id) => id.clone(),
            None => {
                let s = slug(&title);
                if s.is_empty() { base.clone() } else { s }
            }
            .parse()?,
        };
        let mut titles = Titles::new(title.clone());
        if let Some(original) = details
            .original_name
            .as_deref()
            .map(|o| name(dlabel, &|| "original_name".into(), o))
            .transpose()?
            .flatten()
        {
            if original != title {
                titles = titles.with_native(original);
            }
        }
        let mut external = ExternalIds::new().with_tmdb(show);
        if let Some((label, doc)) = &self.external {
            add(
                format!("{base}-external-ids"),
                format!("{API}/tv/{show}/external_ids"),
                "external ids",
            )?;
            external = external_ids(label, doc, external, &mut w);
        }
        if let Some((label, doc)) = &self.titles {
            let src = add(
                format!("{base}-alternative-titles"),
                format!("{API}/tv/{show}/alternative_titles"),
                "alternative titles",
            )?;
            titles = alternative_titles(label, doc, titles, &mut w)?;
            let _ = src; // the titles are series-level facts: the series cites it below
        }
        let language = match details.original_language.as_deref() {
            Some(tag) if crate::validate::is_language_tag(tag) => tag.to_owned(),
            other => {
                w.push(dlabel, "original_language", format!("original language {other:?} is not a language tag: \"und\" (undetermined) is used"));
                "und".to_owned()
            }
        };
        let mut b = Series::builder(id, title.clone())
            .titles(titles)
            .original_language(language)
            .country(country)
            .home_zone(zone)
            .external_ids(external)
            .cite(dsrc.clone());
        if let Some(p) = details
            .overview
            .as_deref()
            .map(|o| prose(dlabel, &|| "overview".into(), o))
            .transpose()?
            .flatten()
        {
            b = b.premise(p);
        }
        b = series_fields(dlabel, details, b, &dsrc, &mut w)?;
        let plans = self.plans(show, &base, &mut add, &mut w)?;
        for p in parts(plans, zone, &mut w)? {
            b = b.part(p);
        }
        if let Some((label, doc)) = &self.credits {
            let src = add(
                format!("{base}-aggregate-credits"),
                format!("{API}/tv/{show}/aggregate_credits"),
                "credits",
            )?;
            b = credits(label, doc, b, &src, &mut w)?;
        }
        if let Some((label, doc)) = &self.ratings {
            let src = add(
                format!("{base}-content-ratings"),
                format!("{API}/tv/{show}/content_ratings"),
                "content ratings",
            )?;
            b = ratings(label, doc, b, &src, &mut w)?;
        }
        if self.titles.is_some() {
            b = b.cite(format!("{base}-alternative-titles").parse()?);
        }
        if self.external.is_some() {
            b = b.cite(format!("{base}-external-ids").parse()?);
        }
        for s in sources {
            b = b.source(s);
        }
        Ok(Imported {
            series: b.build_strict()?,
            warnings: w.0,
        })
    }

    fn check_show_ids(&self, show: u64) -> Result<()> {
        let check = |label: &str, path: String, id: Option<u64>| match id {
            Some(id) if id != show => Err(bad(
                label,
                &path,
                format!("show {id} does not match the tv details' id {show}"),
            )),
            _ => Ok(()),
        };
        for (label, doc) in &self.seasons {
            for (i, e) in doc.episodes.iter().enumerate() {
                check(label, format!("episodes[{i}].show_id"), e.show_id)?;
            }
        }
        for (label, doc) in &self.groups {
            for (i, g) in doc.groups.iter().enumerate() {
                for (j, e) in g.episodes.iter().enumerate() {
                    check(
                        label,
                        format!("groups[{i}].episodes[{j}].show_id"),
                        e.show_id,
                    )?;
                }
            }
        }
        if let Some((label, doc)) = &self.credits {
            check(label, "id".into(), Some(doc.id))?;
        }
        if let Some((label, doc)) = &self.ratings {
            check(label, "id".into(), Some(doc.id))?;
        }
        if let Some((label, doc)) = &self.titles {
            check(label, "id".into(), Some(doc.id))?;
        }
        if let Some((label, doc)) = &self.external {
            check(label, "id".into(), doc.id)?;
        }
        Ok(())
    }

    fn country_of(&self, label: &str, details: &Details, w: &mut Warnings) -> Result<String> {
        if let Some(c) = &self.country {
            return Ok(c.clone());
        }
        match details.origin_country.as_slice() {
            [] => Err(bad(
                label,
                "origin_country",
                "no origin country: pass the series' country (an ISO 3166-1 code such as \"KR\")",
            )),
            [one] => Ok(one.clone()),
            [first, ..] => {
                w.push(
                    label,
                    "origin_country",
                    format!(
                        "several countries ({}): the series' country is the first",
                        details.origin_country.join(", ")
                    ),
                );
                Ok(first.clone())
            }
        }
    }

    /// Seasons (or the picked episode group) as part plans.
    fn plans(
        &self,
        show: u32,
        base: &str,
        add: &mut dyn FnMut(String, String, &str) -> Result<SourceId>,
        w: &mut Warnings,
    ) -> Result<Vec<PartPlan>> {
        let (dlabel, details) = self.details.as_ref().expect("checked by import");
        if let Some(gid) = &self.group {
            let Some((label, doc)) = self.groups.iter().find(|(_, g)| &g.id == gid) else {
                return Err(bad(
                    "tmdb",
                    ".",
                    format!(
                        "episode group {gid:?} was picked but its document is not among the documents"
                    ),
                ));
            };
            if !gid.bytes().all(|b| b.is_ascii_alphanumeric()) || gid.len() > 48 {
                return Err(bad(
                    label,
                    "id",
                    format!("episode group id {gid:?}: expected letters and digits"),
                ));
            }
            let src = add(
                format!("tmdb-episode-group-{}", gid.to_ascii_lowercase()),
                format!("{API}/tv/episode_group/{gid}"),
                &format!("episode group {}", doc.name.as_deref().unwrap_or(gid)),
            )?;
            let mut groups: Vec<(usize, &Group)> = doc.groups.iter().enumerate().collect();
            groups.sort_by_key(|(i, g)| (g.order.unwrap_or(u32::MAX), *i));
            let mut plans = Vec::with_capacity(groups.len());
            for (i, g) in groups {
                let mut list: Vec<(usize, &TmdbEpisode)> = g.episodes.iter().enumerate().collect();
                list.sort_by_key(|(j, e)| (e.order.unwrap_or(u32::MAX), *j));
                let mut episodes = Vec::with_capacity(list.len());
                for (j, e) in list {
                    let path = format!("groups[{i}].episodes[{j}]");
                    if e.season_number == Some(0) {
                        // SPECIALS: map to specials once the model has them.
                        w.push(label, &path, "a special (season 0) in the group: left out until the model has specials");
                        continue;
                    }
                    episodes.push(episode(label, &path, e, &src, w)?);
                }
                let gname = g.name.clone().unwrap_or_else(|| format!("group {}", i + 1));
                plans.push(PartPlan {
                    label: label.clone(),
                    path: format!("groups[{i}]"),
                    name: gname,
                    date: Release::unannounced(),
                    episodes,
                    cites: vec![src.clone()],
                });
            }
            return Ok(plans);
        }
        for (label, g) in &self.groups {
            w.push(
                label,
                "id",
                format!(
                    "episode group {:?} was read but not picked: the seasons make the parts",
                    g.id
                ),
            );
        }
        // Season numbers from the details and the season documents, in order.
        let mut numbers: Vec<u32> = details
            .seasons
            .iter()
            .map(|s| s.season_number)
            .chain(self.seasons.iter().map(|(_, s)| s.season_number))
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.len() > MAX_RECORDS {
            return Err(bad(
                dlabel,
                "seasons",
                format!("{} seasons: expected at most {MAX_RECORDS}", numbers.len()),
            ));
        }
        let mut plans = Vec::with_capacity(numbers.len());
        for n in numbers {
            let summary = details.seasons.iter().position(|s| s.season_number == n);
            let docs: Vec<&(String, SeasonDoc)> = self
                .seasons
                .iter()
                .filter(|(_, s)| s.season_number == n)
                .collect();
            if docs.len() > 1 {
                return Err(bad(
                    &docs[1].0,
                    "season_number",
                    format!("a second season {n} document: expected one per season"),
                ));
            }
            let spath = summary.map_or_else(|| "seasons".to_owned(), |i| format!("seasons[{i}]"));
            if n == 0 {
                // SPECIALS: map season 0 to specials once the model has them.
                let count = summary
                    .and_then(|i| details.seasons[i].episode_count)
                    .unwrap_or(0);
                w.push(dlabel, &spath, format!("season 0 (specials, {count} episodes) left out until the model has specials"));
                continue;
            }
            let summary = summary.map(|i| &details.seasons[i]);
            let (label, path, date, episodes, cites) = match docs.first() {
                Some((label, doc)) => {
                    let src = add(
                        format!("{base}-season-{n}"),
                        format!("{API}/tv/{show}/season/{n}"),
                        &format!("season {n}"),
                    )?;
                    let episodes = season_episodes(label, doc, &src, w)?;
                    if let Some(count) = summary
                        .and_then(|s| s.episode_count)
                        .filter(|c| *c as usize != episodes.len())
                    {
                        w.push(label, "episodes", format!("season {n} lists {} episodes where the tv details count {count}: the season's list is used", episodes.len()));
                    }
                    (
                        label.clone(),
                        ".".to_owned(),
                        day(label, "air_date", doc.air_date.as_deref())?,
                        episodes,
                        vec![src],
                    )
                }
                None => {
                    let summary = summary.expect("a number comes from a summary or a document");
                    let count = summary.episode_count.unwrap_or(0);
                    if count as usize > MAX_RECORDS {
                        return Err(bad(
                            dlabel,
                            &format!("{spath}.episode_count"),
                            format!("{count} episodes: expected at most {MAX_RECORDS}"),
                        ));
                    }
                    let date = day(
                        dlabel,
                        &format!("{spath}.air_date"),
                        summary.air_date.as_deref(),
                    )?;
                    (
                        dlabel.clone(),
                        spath.clone(),
                        date,
                        vec![EpisodePlan::default(); count as usize],
                        vec![SourceId::new(base)?],
                    )
                }
            };
            plans.push(PartPlan {
                label,
                path,
                name: format!("season {n}"),
                date: date.unwrap_or(Release::unannounced()),
                episodes,
                cites,
            });
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

/// A TMDB date (`2011-04-17`; empty or null is none) as a day release.
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

fn episode(
    label: &str,
    path: &str,
    e: &TmdbEpisode,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<EpisodePlan> {
    let title = e
        .name
        .as_deref()
        .map(|n| name(label, &|| format!("{path}.name"), n))
        .transpose()?
        .flatten();
    let runtime = match e.runtime {
        Some(0) | None => None,
        Some(m) if m > MAX_RUNTIME_MINUTES => {
            w.push(
                label,
                &format!("{path}.runtime"),
                format!("runtime of {m} minutes is implausible: left out"),
            );
            None
        }
        Some(m) => Some(m),
    };
    Ok(EpisodePlan {
        title: title.filter(|t| !is_placeholder_title(t, e.episode_number)),
        runtime,
        release: day(label, &format!("{path}.air_date"), e.air_date.as_deref())?,
        cites: vec![src.clone()],
    })
}

/// A season document's episodes 1..n by number; a missing number becomes an
/// untitled episode (with a warning), a repeated one is an error.
fn season_episodes(
    label: &str,
    doc: &SeasonDoc,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<Vec<EpisodePlan>> {
    let mut order: Vec<usize> = (0..doc.episodes.len()).collect();
    order.sort_by_key(|&i| doc.episodes[i].episode_number);
    let mut out: Vec<EpisodePlan> = Vec::with_capacity(order.len());
    for i in order {
        let e = &doc.episodes[i];
        let n = e.episode_number as usize;
        let path = format!("episodes[{i}]");
        if n == 0 || n > MAX_RECORDS {
            return Err(bad(
                label,
                &format!("{path}.episode_number"),
                format!("episode number {n}: expected 1 to {MAX_RECORDS}"),
            ));
        }
        if n <= out.len() {
            return Err(bad(
                label,
                &format!("{path}.episode_number"),
                format!("episode number {n} repeats: expected each number once"),
            ));
        }
        if n > out.len() + 1 {
            w.push(
                label,
                &path,
                format!(
                    "episodes {} to {} are not listed: they are imported untitled",
                    out.len() + 1,
                    n - 1
                ),
            );
            out.resize(n - 1, EpisodePlan::default());
        }
        out.push(episode(label, &path, e, src, w)?);
    }
    Ok(out)
}

fn series_fields(
    label: &str,
    d: &Details,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut genres: Vec<String> = Vec::new();
    for (i, g) in d.genres.iter().enumerate().take(MAX_ITEMS) {
        if let Some(n) = g
            .name
            .as_deref()
            .map(|n| name(label, &|| format!("genres[{i}].name"), n))
            .transpose()?
            .flatten()
        {
            if !genres.contains(&n) {
                genres.push(n);
            }
        }
    }
    for g in genres {
        b = b.genre(g);
    }
    let mut orgs = Organizations::default();
    for (i, n) in d.networks.iter().enumerate().take(MAX_ITEMS) {
        if let Some(n) = n
            .name
            .as_deref()
            .map(|n| name(label, &|| format!("networks[{i}].name"), n))
            .transpose()?
            .flatten()
        {
            let id = orgs.add(&n, OrganizationKind::Network, src)?;
            if i == 0 {
                b = b.platform(id);
            }
        }
    }
    let mut companies = Vec::new();
    for (i, n) in d.production_companies.iter().enumerate().take(MAX_ITEMS) {
        if let Some(n) = n
            .name
            .as_deref()
            .map(|n| name(label, &|| format!("production_companies[{i}].name"), n))
            .transpose()?
            .flatten()
        {
            let id = orgs.add(&n, OrganizationKind::ProductionCompany, src)?;
            if !companies.contains(&id) {
                companies.push(id);
            }
        }
    }
    for c in companies {
        b = b.production_company(c);
    }
    for o in orgs.list {
        b = b.organization(o);
    }
    let runtimes: Vec<u32> = d
        .episode_run_time
        .iter()
        .copied()
        .filter(|m| *m > 0)
        .collect();
    if let (Some(&min), Some(&max)) = (runtimes.iter().min(), runtimes.iter().max()) {
        if max <= MAX_RUNTIME_MINUTES {
            b = b.runtime(RuntimeRange::new(min, max));
        } else {
            w.push(
                label,
                "episode_run_time",
                format!("runtimes {min}..{max} minutes are implausible: left out"),
            );
        }
    }
    Ok(b)
}

fn external_ids(
    label: &str,
    doc: &ExternalDoc,
    mut ids: ExternalIds,
    w: &mut Warnings,
) -> ExternalIds {
    match doc
        .imdb_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(imdb) if is_imdb_id(imdb) => ids = ids.with_imdb(imdb),
        Some(imdb) => w.push(
            label,
            "imdb_id",
            format!("imdb id {imdb:?} is not \"tt\" and 7 to 10 digits: left out"),
        ),
        None => {}
    }
    match doc
        .wikidata_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        Some(q) if is_wikidata_id(q) => ids = ids.with_wikidata(q),
        Some(q) => w.push(
            label,
            "wikidata_id",
            format!("wikidata id {q:?} is not \"Q\" and a number: left out"),
        ),
        None => {}
    }
    ids
}

fn alternative_titles(
    label: &str,
    doc: &AltTitles,
    mut titles: Titles,
    w: &mut Warnings,
) -> Result<Titles> {
    let mut seen: Vec<String> = vec![titles.english().to_lowercase()];
    seen.extend(titles.native().map(str::to_lowercase));
    for (i, t) in doc.results.iter().enumerate() {
        let Some(text) = t
            .title
            .as_deref()
            .map(|n| name(label, &|| format!("results[{i}].title"), n))
            .transpose()?
            .flatten()
        else {
            continue;
        };
        if seen.contains(&text.to_lowercase()) {
            continue;
        }
        if seen.len() > MAX_ITEMS {
            w.push(
                label,
                &format!("results[{i}]"),
                format!("more than {MAX_ITEMS} alternative titles: the rest are left out"),
            );
            break;
        }
        seen.push(text.to_lowercase());
        titles = titles.with_alias(Alias::new(text, AliasKind::Localized));
    }
    Ok(titles)
}

fn ratings(
    label: &str,
    doc: &Ratings,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (i, r) in doc.results.iter().enumerate() {
        let path = format!("results[{i}]");
        let country = r.iso_3166_1.trim();
        if !(country.len() == 2 && country.bytes().all(|c| c.is_ascii_uppercase())) {
            w.push(
                label,
                &format!("{path}.iso_3166_1"),
                format!("country {country:?} is not an ISO 3166-1 code: the rating is left out"),
            );
            continue;
        }
        let Some(rating) = r
            .rating
            .as_deref()
            .map(|n| name(label, &|| format!("{path}.rating"), n))
            .transpose()?
            .flatten()
        else {
            w.push(
                label,
                &format!("{path}.rating"),
                format!("no rating for {country}: left out"),
            );
            continue;
        };
        if let Some((_, first)) = kept.iter().find(|(c, _)| c == country) {
            if *first != rating {
                w.push(label, &path, format!("{country} is listed again with rating {rating:?}: the first, {first:?}, is kept"));
            }
            continue;
        }
        if kept.len() == MAX_ITEMS {
            w.push(
                label,
                &path,
                format!("more than {MAX_ITEMS} ratings: the rest are left out"),
            );
            break;
        }
        kept.push((country.to_owned(), rating));
    }
    for (country, rating) in kept {
        b = b.content_rating(ContentRating::new(country, rating).citing(src.clone()));
    }
    Ok(b)
}

/// The crew role a TMDB job is, if any.
fn crew_role(job: &str) -> Option<CrewRole> {
    Some(match job {
        "Writer" | "Screenplay" | "Teleplay" | "Story" | "Novel" | "Original Story" | "Author"
        | "Head Writer" => CrewRole::Writer,
        "Director" | "Series Director" => CrewRole::Director,
        "Executive Producer" => CrewRole::ExecutiveProducer,
        "Producer"
        | "Co-Producer"
        | "Co-Executive Producer"
        | "Supervising Producer"
        | "Line Producer"
        | "Associate Producer"
        | "Consulting Producer" => CrewRole::Producer,
        "Original Music Composer" | "Music" | "Composer" => CrewRole::Composer,
        "Director of Photography" | "Cinematography" => CrewRole::Cinematographer,
        "Editor" => CrewRole::Editor,
        _ => return None,
    })
}

fn credits(
    label: &str,
    doc: &Credits,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut cast = Cast::default();
    for (i, m) in doc.cast.iter().enumerate() {
        let path = format!("cast[{i}]");
        let Some(pname) = name(label, &|| format!("{path}.name"), &m.name)? else {
            w.push(
                label,
                &format!("{path}.name"),
                "a credit with no name: left out",
            );
            continue;
        };
        if m.roles.len() > MAX_ITEMS {
            return Err(bad(
                label,
                &format!("{path}.roles"),
                format!("{} roles: expected at most {MAX_ITEMS}", m.roles.len()),
            ));
        }
        let mut roles = Vec::with_capacity(m.roles.len().max(1));
        let listed = m
            .roles
            .iter()
            .map(|r| r.character.as_deref())
            .chain(m.roles.is_empty().then_some(m.character.as_deref()));
        for (j, role) in listed.enumerate() {
            match role
                .map(|r| name(label, &|| format!("{path}.roles[{j}].character"), r))
                .transpose()?
                .flatten()
            {
                Some(r) if !without_notes(&r).is_empty() => roles.push(r),
                _ => w.push(
                    label,
                    &format!("{path}.roles[{j}].character"),
                    format!("{pname} has a role with no character name: left out"),
                ),
            }
        }
        if roles.is_empty() {
            continue;
        }
        let native = m
            .original_name
            .as_deref()
            .map(|n| name(label, &|| format!("{path}.original_name"), n))
            .transpose()?
            .flatten();
        let person = cast.person(label, m.id, &pname, native.as_deref(), src)?;
        for group in group_roles(&roles) {
            let primary = without_notes(&roles[group[0]]);
            let mut aliases: Vec<String> = Vec::new();
            for &k in &group[1..] {
                let alias = without_notes(&roles[k]);
                if !alias.eq_ignore_ascii_case(&primary)
                    && !aliases.iter().any(|a| a.eq_ignore_ascii_case(&alias))
                {
                    aliases.push(alias);
                }
            }
            let stage = if primary.starts_with("Young ") {
                LifeStage::Young
            } else {
                LifeStage::Adult
            };
            let character =
                cast.character(label, &character_key(&primary), &primary, &aliases, src)?;
            cast.portray(person, character, stage, src);
        }
    }
    let mut unmapped: Vec<String> = Vec::new();
    let mut unmapped_count = 0usize;
    for (i, m) in doc.crew.iter().enumerate() {
        let path = format!("crew[{i}]");
        if m.jobs.len() > MAX_ITEMS {
            return Err(bad(
                label,
                &format!("{path}.jobs"),
                format!("{} jobs: expected at most {MAX_ITEMS}", m.jobs.len()),
            ));
        }
        let jobs = m
            .jobs
            .iter()
            .map(|j| j.job.as_deref())
            .chain(m.jobs.is_empty().then_some(m.job.as_deref()))
            .flatten();
        for job in jobs {
            let Some(role) = crew_role(job.trim()) else {
                unmapped_count += 1;
                if unmapped.len() < 10 && !unmapped.iter().any(|u| u == job) {
                    unmapped.push(job.to_owned());
                }
                continue;
            };
            let Some(pname) = name(label, &|| format!("{path}.name"), &m.name)? else {
                w.push(
                    label,
                    &format!("{path}.name"),
                    "a credit with no name: left out",
                );
                continue;
            };
            let native = m
                .original_name
                .as_deref()
                .map(|n| name(label, &|| format!("{path}.original_name"), n))
                .transpose()?
                .flatten();
            let person = cast.person(label, m.id, &pname, native.as_deref(), src)?;
            cast.crew(person, role, job.trim(), src);
        }
    }
    if unmapped_count > 0 {
        w.push(label, "crew", format!("{unmapped_count} crew credits have jobs with no crew role and are left out (among them {})", unmapped.join(", ")));
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
    for c in cast.crew {
        b = b.crew(c);
    }
    Ok(b)
}
