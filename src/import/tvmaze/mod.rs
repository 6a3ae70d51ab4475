//! TVmaze documents → a series.

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
    EpisodePlan, Organizations, PartPlan, SpecialPlan, Warnings, bad, day, from_value, home_zone,
    is_placeholder_title, name, parse, parts, prose, slug, source, specials,
};

mod episodes;
mod wire;

use wire::*;

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
            if let Some(g) = name(slabel, &|| format!("genres[{i}]"), g)?
                && !genres.contains(&g)
            {
                genres.push(g);
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
        let mut special_plans = Vec::new();
        let plans = self.plans(
            (slabel, show),
            &show_src,
            zone,
            &mut sources,
            &mut special_plans,
            &mut w,
        )?;
        for p in parts(plans, zone, &mut w)? {
            b = b.part(p);
        }
        for s in specials(special_plans)? {
            b = b.special(s);
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
}
