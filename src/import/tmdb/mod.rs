//! TMDB API v3 documents → a series.

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
    EpisodePlan, Organizations, PartPlan, SpecialPlan, Warnings, bad, day, from_value, home_zone,
    is_placeholder_title, name, parse, parts, prose, slug, source, specials,
};

mod fields;
mod seasons;
mod wire;

use fields::{alternative_titles, credits, external_ids, ratings, series_fields};
use wire::*;

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
    episodes: Vec<(String, TmdbEpisode)>,
    ignored: Vec<(String, &'static str)>,
}

/// The kinds of document, as an error message lists them.
const KINDS: &str = "expected tv details, season or episode details, aggregate credits, content ratings, alternative titles, an episode group or external ids";

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
    /// [`Error::Import`](crate::Error::Import) when the text is not JSON, not a TMDB document this
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
        let results_object = object.get("results").is_some_and(|r| r.is_object());
        let ignored = if has("backdrops") || has("posters") || has("logos") {
            Some("images")
        } else if has("page") && has("total_results") {
            Some("search results")
        } else if results_object {
            Some("watch providers")
        } else if has("results") && first_result_has("name") && !first_result_has("iso_3166_1") {
            Some("keywords")
        } else {
            None
        };
        if let Some(kind) = ignored {
            self.ignored.push((label, kind));
        } else if has("groups") {
            self.groups
                .push((label.clone(), from_value(&label, value)?));
        } else if has("episodes") && has("season_number") {
            self.seasons
                .push((label.clone(), from_value(&label, value)?));
        } else if has("episode_number") && has("season_number") {
            self.episodes
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
        } else if has("results") {
            once(self.titles.is_some(), "alternative titles")?;
            self.titles = Some((label.clone(), from_value(&label, value)?));
        } else if has("seasons")
            || has("origin_country")
            || (has("name") && has("original_language"))
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
    /// [`Error::Import`](crate::Error::Import) when there is no TV details document, a document
    /// belongs to another show, no home zone can be found, or a value is out
    /// of range; [`Error::Invalid`](crate::Error::Invalid) if the result breaks an invariant the
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
        for (label, kind) in &self.ignored {
            w.push(label, ".", format!("tmdb {kind}: not imported"));
        }
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
            && original != title
        {
            titles = titles.with_native(original);
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
        let mut special_plans = Vec::new();
        let plans = self.plans(
            (dlabel, details),
            show,
            &base,
            &mut add,
            &mut special_plans,
            &mut w,
        )?;
        for p in parts(plans, zone, &mut w)? {
            b = b.part(p);
        }
        for s in specials(special_plans)? {
            b = b.special(s);
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
}
