//! schema.org JSON-LD for a series.

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};
use serde_json::{Map, Value, json};

use crate::export::{REPEATED_TEXT_BYTES, html, shorten};
use crate::model::claims::Party;
use crate::model::disputes::Basis;
use crate::series::Series;
use crate::time::release::Release;
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

fn insert(map: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    match value {
        Some(Value::Array(items)) if items.is_empty() => {}
        Some(v) => {
            map.insert(key.to_owned(), v);
        }
        None => {}
    }
}

/// What a character costs in the HTML-safe rendering.
fn html_cost(c: char) -> usize {
    match c {
        '"' | '\\' => 2,
        '\0'..='\u{1f}' | '<' | '>' | '&' | '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' => 6,
        c => c.len_utf8(),
    }
}

/// A text the document repeats: whole the first time `key` uses it, cut to
/// [`REPEATED_TEXT_BYTES`] afterwards.
fn repeated<'a>(seen: &mut HashSet<&'a str>, key: &'a str, text: &str) -> Value {
    if seen.insert(key) {
        json!(text)
    } else {
        json!(shorten(text, REPEATED_TEXT_BYTES, html_cost))
    }
}

/// The people, organizations, platform and sources of the document: each is
/// one node of the `@graph`, written the first time it is referred to; every
/// reference is `{"@id": …}`.
struct Nodes<'a> {
    series: &'a Series,
    written: HashSet<String>,
    nodes: Vec<Value>,
}

impl<'a> Nodes<'a> {
    fn new(series: &'a Series) -> Nodes<'a> {
        Nodes {
            series,
            written: HashSet::new(),
            nodes: Vec::new(),
        }
    }

    /// A reference to node `id`, built by `node` on first use.
    fn refer(&mut self, id: String, node: impl FnOnce() -> Map<String, Value>) -> Value {
        if !self.written.contains(&id) {
            let mut map = node();
            map.insert("@id".into(), json!(id));
            self.nodes.push(Value::Object(map));
            self.written.insert(id.clone());
        }
        json!({ "@id": id })
    }

    fn named(kind: &str, name: &str) -> Map<String, Value> {
        let mut map = Map::new();
        map.insert("@type".into(), json!(kind));
        map.insert("name".into(), json!(name));
        map
    }

    fn person(&mut self, id: &str) -> Value {
        let series = self.series;
        let name = series.person(id).map_or(id, |p| p.name());
        self.refer(format!("_:person-{id}"), || Nodes::named("Person", name))
    }

    fn organization(&mut self, id: &str) -> Value {
        let series = self.series;
        let name = series.organization(id).map_or(id, |o| o.name());
        self.refer(format!("_:organization-{id}"), || {
            Nodes::named("Organization", name)
        })
    }

    fn platform(&mut self) -> Option<Value> {
        let platform = self.series.platform()?;
        let id = format!("_:platform-{}", platform.id());
        Some(self.refer(id, || Nodes::named("BroadcastService", platform.name())))
    }

    fn source(&mut self, id: &str) -> Option<Value> {
        let source = self.series.source(id)?;
        Some(self.refer(format!("_:source-{id}"), || {
            let mut map = Map::new();
            map.insert("@type".into(), json!("CreativeWork"));
            map.insert("url".into(), json!(source.url()));
            map
        }))
    }
}

impl Series {
    /// This series as schema.org JSON-LD, as a value to inspect or extend: a
    /// `@graph` holding the `TVSeries` (seasons from parts, episodes, cast as
    /// `PerformanceRole`s, crew, production companies, posters and trailers,
    /// release events), one `ClaimReview` per claim that has answering
    /// statements (the first of them), then one node per person,
    /// organization, platform and source, which the rest refers to by
    /// `{"@id": "_:person-song-hye-kyo"}` (blank-node ids made from the
    /// record ids) instead of repeating them.
    ///
    /// Dates keep their precision (`2023-03` stays a month). Only types and
    /// properties of schema.org 30.0 are used, each on a type in its domain.
    ///
    /// **Embedding in a web page:** do not paste `serde_json::to_string` of
    /// this value into `<script type="application/ld+json">`: a title or URL
    /// containing `</script>` would end the element and run whatever follows.
    /// Use [`Series::to_json_ld_script`] (the whole element),
    /// [`Series::to_json_ld_html`] (its content), or, for a value you have
    /// changed, [`HtmlSafeFormatter`](crate::HtmlSafeFormatter).
    ///
    /// **Size:** linear in the series. A character's name is written whole
    /// in its first role and cut to 64 bytes (ending in `…`) in later ones; a
    /// statement's summary (and a speaker described in words) is whole in the
    /// first review it answers and cut the same way in later ones. Everything
    /// else appears once. The HTML-safe rendering is at most 16 times the
    /// size of the JSON the series was read from; the largest ratio measured,
    /// on series built to maximise it (`cargo test --test hostile_exports --
    /// --nocapture`), is 11.9 (a claim whose summary, written twice, is all `<`).
    ///
    /// ```
    /// let ld = kdrama::datasets::the_glory().to_json_ld();
    /// let tv = &ld["@graph"][0];
    /// assert_eq!(tv["@type"], "TVSeries");
    /// assert_eq!(tv["containsSeason"][1]["releasedEvent"]["startDate"], "2023-03-10T17:00:00+09:00");
    /// assert_eq!(tv["containsSeason"][1]["releasedEvent"]["publishedOn"]["@id"], "_:platform-netflix");
    /// assert_eq!(ld["@graph"][1]["reviewRating"]["alternateName"], "refuted");
    /// let netflix = ld["@graph"].as_array().unwrap().iter().find(|n| n["@id"] == "_:platform-netflix").unwrap();
    /// assert_eq!(netflix["name"], "Netflix");
    /// ```
    pub fn to_json_ld(&self) -> Value {
        let mut nodes = Nodes::new(self);
        let t = self.titles();
        let mut alternate: Vec<&str> = Vec::new();
        alternate.extend(t.native());
        alternate.extend(t.romanizations().iter().map(|r| r.text()));
        alternate.extend(t.localized().iter().map(|(_, title)| title.as_str()));
        alternate.extend(t.aliases().iter().map(|a| a.name()));
        let released = |nodes: &mut Nodes<'_>, start: Value, basis: Basis<'_>| {
            let mut event = Map::new();
            event.insert("@type".into(), json!("PublicationEvent"));
            event.insert("startDate".into(), start);
            insert(&mut event, "publishedOn", nodes.platform());
            if let Basis::Inferred(inference) = basis {
                let note = format!("Release time inferred, not reported: {}", inference.rule());
                event.insert("description".into(), json!(note));
            }
            Value::Object(event)
        };
        let mut seasons = Vec::with_capacity(self.parts().len());
        for part in self.parts() {
            let mut episodes = Vec::with_capacity(part.episodes().len());
            for e in part.episodes() {
                let mut ep = Map::new();
                ep.insert("@type".into(), json!("TVEpisode"));
                ep.insert("episodeNumber".into(), json!(e.number()));
                ep.insert(
                    "partOfSeason".into(),
                    json!({ "@type": "CreativeWorkSeason", "seasonNumber": part.number() }),
                );
                insert(&mut ep, "name", e.title().map(|t| json!(t)));
                if let Some(start) = e.own_release().and_then(date) {
                    let basis = Basis::of(e.inference());
                    ep.insert("releasedEvent".into(), released(&mut nodes, start, basis));
                }
                episodes.push(Value::Object(ep));
            }
            let mut season = Map::new();
            season.insert("@type".into(), json!("CreativeWorkSeason"));
            season.insert("name".into(), json!(format!("Part {}", part.number())));
            season.insert("seasonNumber".into(), json!(part.number()));
            season.insert("numberOfEpisodes".into(), json!(part.episodes().len()));
            if let Some(start) = date(part.release()) {
                season.insert("startDate".into(), start.clone());
                season.insert(
                    "releasedEvent".into(),
                    released(&mut nodes, start, part.basis()),
                );
            }
            season.insert("episode".into(), Value::Array(episodes));
            seasons.push(Value::Object(season));
        }
        let mut named_characters = HashSet::new();
        let mut actors = Vec::new();
        for p in self.cast() {
            let (Some(person), Some(character)) =
                (p.person(), self.character(p.character().as_str()))
            else {
                continue;
            };
            let actor = nodes.person(person.as_str());
            let name = repeated(
                &mut named_characters,
                character.id().as_str(),
                character.name(),
            );
            actors.push(json!({
                "@type": "PerformanceRole",
                "actor": actor,
                "characterName": name,
                "roleName": p.stage().as_str(),
            }));
        }
        let crew = |nodes: &mut Nodes<'_>, role: CrewRole| -> Value {
            let people: Vec<Value> = self
                .crew_in(role)
                .map(|c| nodes.person(c.person().as_str()))
                .collect();
            Value::Array(people)
        };
        let authors = crew(&mut nodes, CrewRole::Writer);
        let directors = crew(&mut nodes, CrewRole::Director);
        let composers = crew(&mut nodes, CrewRole::Composer);
        let mut companies = Vec::new();
        let mut listed = HashSet::new();
        for company in self.production_companies() {
            if listed.insert(company.id().as_str()) {
                companies.push(nodes.organization(company.id().as_str()));
            }
        }
        let published = |m: crate::MediaRef<'_>| {
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
                    let mut o = Map::new();
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
        let mut tv = Map::new();
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
        insert(&mut tv, "author", Some(authors));
        insert(&mut tv, "director", Some(directors));
        insert(&mut tv, "musicBy", Some(composers));
        insert(&mut tv, "productionCompany", Some(json!(companies)));
        insert(&mut tv, "actor", Some(json!(actors)));
        insert(&mut tv, "containsSeason", Some(json!(seasons)));
        insert(&mut tv, "image", Some(json!(media(false))));
        insert(&mut tv, "trailer", Some(json!(media(true))));
        let mut graph = vec![Value::Object(tv)];
        // One pass over every answer, not one per claim.
        let mut first_answer: HashMap<&str, crate::StatementRef<'_>> = HashMap::new();
        for statement in self.statements() {
            for claim in statement.answers() {
                first_answer.entry(claim.as_str()).or_insert(statement);
            }
        }
        let mut reviewed = HashSet::new();
        for claim in self.claims() {
            let Some(&answer) = first_answer.get(claim.id().as_str()) else {
                continue;
            };
            let appearances: Vec<Value> = claim
                .cites()
                .iter()
                .filter_map(|id| nodes.source(id.as_str()))
                .collect();
            let mut item = Map::new();
            item.insert("@type".into(), json!("Claim"));
            item.insert("text".into(), json!(claim.summary()));
            insert(&mut item, "firstAppearance", appearances.first().cloned());
            insert(&mut item, "appearance", Some(Value::Array(appearances)));
            let mut review = Map::new();
            review.insert("@type".into(), json!("ClaimReview"));
            review.insert("claimReviewed".into(), json!(claim.summary()));
            review.insert(
                "reviewRating".into(),
                json!({ "@type": "Rating", "alternateName": claim.verdict().as_str() }),
            );
            review.insert("itemReviewed".into(), Value::Object(item));
            let first_use = !reviewed.contains(answer.id().as_str());
            let author = match answer.speaker() {
                Party::Person(id) => nodes.person(id.as_str()),
                Party::Organization(id) => nodes.organization(id.as_str()),
                Party::Other(text) => {
                    let name = if first_use {
                        json!(text)
                    } else {
                        json!(shorten(text, REPEATED_TEXT_BYTES, html_cost))
                    };
                    json!({ "@type": "Organization", "name": name })
                }
            };
            review.insert("author".into(), author);
            insert(&mut review, "datePublished", date(answer.date()));
            let body = repeated(&mut reviewed, answer.id().as_str(), answer.summary());
            review.insert("reviewBody".into(), body);
            graph.push(Value::Object(review));
        }
        graph.append(&mut nodes.nodes);
        json!({ "@context": "https://schema.org", "@graph": graph })
    }

    /// [`Series::to_json_ld`] as compact JSON text that is safe inside an
    /// HTML `<script>` element: `<`, `>`, `&`, U+2028 and U+2029 (and DEL and
    /// the C1 controls) are written as `\u003c`-style escapes, so no title,
    /// name or URL can end the element, and the text still parses to the
    /// same JSON value. Use it as the content of
    /// `<script type="application/ld+json">`, or take the whole element from
    /// [`Series::to_json_ld_script`].
    ///
    /// Its size is bounded as [`Series::to_json_ld`] says: at most 16 times
    /// the series JSON.
    ///
    /// ```
    /// use kdrama::{Part, Series};
    /// let hostile = Series::builder("x".parse()?, "</script><script>alert(1)</script>")
    ///     .part(Part::new(1, "2024".parse()?))
    ///     .build()?;
    /// let html = hostile.to_json_ld_html();
    /// assert!(!html.contains("</"));
    /// assert!(html.contains(r#""name":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e""#));
    /// assert_eq!(serde_json::from_str::<serde_json::Value>(&html).unwrap(), hostile.to_json_ld());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn to_json_ld_html(&self) -> String {
        html::to_string(&self.to_json_ld())
    }

    /// The whole `<script type="application/ld+json">…</script>` element
    /// for a web page's `<head>` or `<body>`, holding
    /// [`Series::to_json_ld_html`].
    ///
    /// ```
    /// let script = kdrama::datasets::the_glory().to_json_ld_script();
    /// assert!(script.starts_with(r#"<script type="application/ld+json">{"@context":"https://schema.org""#));
    /// assert!(script.ends_with("}</script>"));
    /// assert_eq!(script.matches("</").count(), 1, "only the closing tag");
    /// ```
    pub fn to_json_ld_script(&self) -> String {
        let json = self.to_json_ld_html();
        let mut element = String::with_capacity(json.len() + 48);
        element.push_str(r#"<script type="application/ld+json">"#);
        element.push_str(&json);
        element.push_str("</script>");
        element
    }
}
