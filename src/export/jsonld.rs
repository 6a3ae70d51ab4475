//! schema.org JSON-LD for a series.

use serde_json::{Value, json};

use crate::claims::Party;
use crate::release::Release;
use crate::series::Series;
use crate::vocab::{CrewRole, LifecycleAction};

fn date(release: Release) -> Option<Value> {
    // ISO 8601 at the release's own precision: 2023, 2023-03, 2023-03-10,
    // or an instant with its offset.
    match release.instant() {
        Some(at) => Some(json!(at.to_rfc3339())),
        None if release.is_announced() => Some(json!(release.to_string())),
        None => None,
    }
}

fn person(series: &Series, id: &str) -> Value {
    let name = series.person(id).map_or(id, |p| p.name());
    json!({ "@type": "Person", "name": name })
}

fn party(series: &Series, party: &Party) -> Value {
    let kind = match party {
        Party::Person(_) => "Person",
        _ => "Organization",
    };
    json!({ "@type": kind, "name": series.party_name(party) })
}

fn insert(map: &mut serde_json::Map<String, Value>, key: &str, value: Option<Value>) {
    match value {
        Some(Value::Array(items)) if items.is_empty() => {}
        Some(v) => {
            map.insert(key.to_owned(), v);
        }
        None => {}
    }
}

impl Series {
    /// This series as schema.org JSON-LD: a `@graph` holding the `TVSeries`
    /// (seasons from parts, episodes, cast as `PerformanceRole`s, crew,
    /// production companies, posters and trailers, release events) and one
    /// `ClaimReview` per claim that has answering statements.
    ///
    /// Dates keep their precision (`2023-03` stays a month). Only types and
    /// properties of schema.org 30.0 are used, each on a type in its domain.
    ///
    /// ```
    /// let ld = kdrama::datasets::the_glory().to_json_ld();
    /// let tv = &ld["@graph"][0];
    /// assert_eq!(tv["@type"], "TVSeries");
    /// assert_eq!(tv["containsSeason"][1]["releasedEvent"]["startDate"], "2023-03-10T17:00:00+09:00");
    /// assert_eq!(ld["@graph"][1]["reviewRating"]["alternateName"], "refuted");
    /// ```
    pub fn to_json_ld(&self) -> Value {
        let t = self.titles();
        let mut alternate: Vec<&str> = Vec::new();
        alternate.extend(t.native());
        alternate.extend(t.romanizations().iter().map(|r| r.text()));
        alternate.extend(t.localized().iter().map(|(_, title)| title.as_str()));
        alternate.extend(t.aliases().iter().map(|a| a.name()));
        let platform = self
            .platform()
            .map(|p| json!({ "@type": "BroadcastService", "name": p.name() }));
        let seasons: Vec<Value> = self
            .parts()
            .iter()
            .map(|part| {
                let episodes: Vec<Value> = part
                    .episodes()
                    .iter()
                    .map(|e| {
                        let mut ep = serde_json::Map::new();
                        ep.insert("@type".into(), json!("TVEpisode"));
                        ep.insert("episodeNumber".into(), json!(e.number()));
                        ep.insert(
                            "partOfSeason".into(),
                            json!({ "@type": "CreativeWorkSeason", "seasonNumber": part.number() }),
                        );
                        insert(&mut ep, "name", e.title().map(|t| json!(t)));
                        if let Some(r) = e.own_release() {
                            let mut event =
                                json!({ "@type": "PublicationEvent", "startDate": date(r) });
                            if let Some(p) = &platform {
                                event["publishedOn"] = p.clone();
                            }
                            ep.insert("releasedEvent".into(), event);
                        }
                        Value::Object(ep)
                    })
                    .collect();
                let mut season = serde_json::Map::new();
                season.insert("@type".into(), json!("CreativeWorkSeason"));
                season.insert("name".into(), json!(format!("Part {}", part.number())));
                season.insert("seasonNumber".into(), json!(part.number()));
                season.insert("numberOfEpisodes".into(), json!(part.episodes().len()));
                insert(&mut season, "startDate", date(part.release()));
                if let Some(start) = date(part.release()) {
                    let mut event = json!({ "@type": "PublicationEvent", "startDate": start });
                    if let Some(p) = &platform {
                        event["publishedOn"] = p.clone();
                    }
                    season.insert("releasedEvent".into(), event);
                }
                season.insert("episode".into(), Value::Array(episodes));
                Value::Object(season)
            })
            .collect();
        let actors: Vec<Value> = self
            .cast()
            .iter()
            .filter_map(|p| {
                let actor = person(self, p.person()?.as_str());
                let character = self.character(p.character().as_str())?;
                Some(json!({
                    "@type": "PerformanceRole",
                    "actor": actor,
                    "characterName": character.name(),
                    "roleName": p.stage().as_str(),
                }))
            })
            .collect();
        let crew = |role: CrewRole| -> Vec<Value> {
            self.crew_in(role)
                .map(|c| person(self, c.person().as_str()))
                .collect()
        };
        let published = |m: &crate::media::MediaAsset| {
            m.events()
                .iter()
                .find(|e| e.action() == LifecycleAction::Published)
                .and_then(|e| date(e.date()))
        };
        let media = |video: bool| -> Vec<Value> {
            self.media()
                .iter()
                .filter(|m| m.kind().is_video() == video)
                .map(|m| {
                    let mut o = serde_json::Map::new();
                    o.insert(
                        "@type".into(),
                        json!(if video { "VideoObject" } else { "ImageObject" }),
                    );
                    o.insert("name".into(), json!(m.title()));
                    insert(&mut o, "description", m.description().map(|d| json!(d)));
                    insert(&mut o, "uploadDate", published(m));
                    Value::Object(o)
                })
                .collect()
        };
        let mut tv = serde_json::Map::new();
        tv.insert("@type".into(), json!("TVSeries"));
        tv.insert("name".into(), json!(t.english()));
        insert(&mut tv, "alternateName", Some(json!(alternate)));
        tv.insert("inLanguage".into(), json!(self.original_language()));
        tv.insert(
            "countryOfOrigin".into(),
            json!({ "@type": "Country", "name": self.country() }),
        );
        insert(&mut tv, "genre", Some(json!(self.genres())));
        insert(
            &mut tv,
            "contentRating",
            self.age_rating().map(|r| json!(r)),
        );
        insert(&mut tv, "description", self.premise().map(|p| json!(p)));
        tv.insert("numberOfSeasons".into(), json!(self.parts().len()));
        tv.insert("numberOfEpisodes".into(), json!(self.episodes().count()));
        insert(&mut tv, "author", Some(json!(crew(CrewRole::Writer))));
        insert(&mut tv, "director", Some(json!(crew(CrewRole::Director))));
        insert(&mut tv, "musicBy", Some(json!(crew(CrewRole::Composer))));
        let companies: Vec<Value> = self
            .production_companies()
            .map(|o| json!({ "@type": "Organization", "name": o.name() }))
            .collect();
        insert(&mut tv, "productionCompany", Some(json!(companies)));
        insert(&mut tv, "actor", Some(json!(actors)));
        insert(&mut tv, "containsSeason", Some(json!(seasons)));
        insert(&mut tv, "image", Some(json!(media(false))));
        insert(&mut tv, "trailer", Some(json!(media(true))));
        let mut graph = vec![Value::Object(tv)];
        for claim in self.claims() {
            let Some(answer) = self.statements_answering(claim.id().as_str()).next() else {
                continue;
            };
            let urls: Vec<Value> = self
                .sources_behind(claim)
                .map(|s| json!({ "@type": "CreativeWork", "url": s.url() }))
                .collect();
            let mut item = serde_json::Map::new();
            item.insert("@type".into(), json!("Claim"));
            item.insert("text".into(), json!(claim.summary()));
            insert(&mut item, "firstAppearance", urls.first().cloned());
            insert(&mut item, "appearance", Some(json!(urls)));
            let mut review = serde_json::Map::new();
            review.insert("@type".into(), json!("ClaimReview"));
            review.insert("claimReviewed".into(), json!(claim.summary()));
            review.insert(
                "reviewRating".into(),
                json!({ "@type": "Rating", "alternateName": claim.verdict().as_str() }),
            );
            review.insert("itemReviewed".into(), Value::Object(item));
            review.insert("author".into(), party(self, answer.speaker()));
            insert(&mut review, "datePublished", date(answer.date()));
            review.insert("reviewBody".into(), json!(answer.summary()));
            graph.push(Value::Object(review));
        }
        json!({ "@context": "https://schema.org", "@graph": graph })
    }
}
