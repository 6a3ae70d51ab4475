//! What both benches of this package share: the synthetic catalog of
//! `benches/synthetic` (included, not copied), kdrama's load, and the same
//! series loaded into an in-memory SQLite database with a normalized schema.

#![allow(dead_code)] // each bench uses its own part

use std::borrow::Cow;

use kdrama::{Catalog, Series};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;

#[path = "../../../synthetic/mod.rs"]
pub mod synthetic;

#[path = "../../../plain/mod.rs"]
pub mod plain;

/// The sizes measured: 1 000 and 10 000 series, and 100 000 with
/// `KDRAMA_BENCH_LARGE=1` (about 1.6 GB of JSON, and today several GB of
/// catalog: run it once, on a machine with the memory).
pub fn sizes() -> Vec<usize> {
    let mut sizes = vec![1_000, 10_000];
    if std::env::var_os("KDRAMA_BENCH_LARGE").is_some_and(|v| v != "0" && !v.is_empty()) {
        sizes.push(100_000);
    }
    sizes
}

/// The JSON of a catalog of `n` synthetic series, as the other benches make it.
pub fn jsons(n: usize) -> Vec<String> {
    (0..n).map(|i| synthetic::series_json(i, n)).collect()
}

/// The total size of the texts.
pub fn json_bytes(jsons: &[String]) -> usize {
    jsons.iter().map(String::len).sum()
}

/// kdrama's load: every text through `Series::from_json` (parse and
/// validate), then `Catalog::new` (check and index).
pub fn load_kdrama(jsons: &[String]) -> Catalog {
    Catalog::new(parse_series(jsons)).expect("the generator writes a consistent catalog")
}

/// Every text through `Series::from_json`.
pub fn parse_series(jsons: &[String]) -> Vec<Series> {
    jsons
        .iter()
        .map(|j| {
            Series::from_json(std::hint::black_box(j)).expect("the generator writes valid series")
        })
        .collect()
}

/// The floor: every text read into plain derived structs, no checks.
pub fn parse_floor(jsons: &[String]) -> Vec<plain::Series> {
    jsons
        .iter()
        .map(|j| {
            serde_json::from_str(std::hint::black_box(j)).expect("the generator writes valid JSON")
        })
        .collect()
}

/// The schema. Every person is one row however many series credit them (as
/// in kdrama, the first record wins); names holds every name and alias of
/// people and characters and every title of series, under a folded key.
/// The indexes other than the keys used while loading are created after the
/// rows are in (the usual way to bulk-load SQLite), inside the load's timing.
const SCHEMA: &str = "
CREATE TABLE series (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, english TEXT NOT NULL, native TEXT, doc TEXT);
CREATE TABLE people (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, native_name TEXT);
CREATE TABLE characters (id INTEGER PRIMARY KEY, series INTEGER NOT NULL REFERENCES series, slug TEXT NOT NULL, name TEXT NOT NULL, UNIQUE (series, slug));
CREATE TABLE credits (person INTEGER NOT NULL REFERENCES people, series INTEGER NOT NULL REFERENCES series, kind INTEGER NOT NULL, ord INTEGER NOT NULL, character INTEGER REFERENCES characters, role TEXT, billing TEXT);
CREATE TABLE names (key TEXT NOT NULL, rank INTEGER NOT NULL, name TEXT NOT NULL, person INTEGER REFERENCES people, character INTEGER REFERENCES characters, series INTEGER REFERENCES series);
CREATE TABLE releases (series INTEGER NOT NULL REFERENCES series, part INTEGER NOT NULL, episode INTEGER, start INTEGER NOT NULL, latest INTEGER NOT NULL);
";

const INDEXES: &str = "
CREATE INDEX credits_by_person ON credits (person, series, kind, ord);
CREATE INDEX names_by_key ON names (key, rank);
CREATE INDEX releases_by_start ON releases (start);
";

/// The fields of a series that the schema stores, borrowed from the text
/// where it has no escapes. Other fields are skipped by the parser.
#[derive(Deserialize)]
struct Doc<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    titles: Titles<'a>,
    #[serde(borrow, default)]
    parts: Vec<Part<'a>>,
    #[serde(borrow, default)]
    people: Vec<Named<'a>>,
    #[serde(borrow, default)]
    characters: Vec<Named<'a>>,
    #[serde(borrow, default)]
    cast: Vec<Cast<'a>>,
    #[serde(borrow, default)]
    crew: Vec<Crew<'a>>,
}

#[derive(Deserialize)]
struct Titles<'a> {
    #[serde(borrow)]
    english: Cow<'a, str>,
    #[serde(borrow)]
    native: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    romanizations: Vec<Romanization<'a>>,
}

#[derive(Deserialize)]
struct Romanization<'a> {
    #[serde(borrow)]
    text: Cow<'a, str>,
}

#[derive(Deserialize)]
struct Part<'a> {
    #[serde(borrow)]
    release: Cow<'a, str>,
    #[serde(borrow, default)]
    episodes: Vec<Episode<'a>>,
}

#[derive(Deserialize)]
struct Episode<'a> {
    #[serde(borrow)]
    release: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Alias<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
}

/// A person or a character.
#[derive(Deserialize)]
struct Named<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    name: Cow<'a, str>,
    #[serde(borrow)]
    native_name: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    aliases: Vec<Alias<'a>>,
}

#[derive(Deserialize)]
struct Cast<'a> {
    #[serde(borrow)]
    person: Option<Cow<'a, str>>,
    #[serde(borrow)]
    character: Cow<'a, str>,
    #[serde(borrow)]
    billing: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct Crew<'a> {
    #[serde(borrow)]
    person: Cow<'a, str>,
    #[serde(borrow)]
    role: Cow<'a, str>,
}

/// The normalized-name key: lowercase letters and digits only, so that
/// "Kim Min-ji" and "kim minji" meet. (kdrama folds more: full case folding,
/// compatibility forms, rotated and romanized variants.)
pub fn fold(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A release instant as seconds since the epoch. The generator writes only
/// exact instants (`2000-01-01T17:00+09:00`), so a release's window is that
/// instant: `start` = `latest`.
fn instant(text: &str) -> i64 {
    chrono::DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M%:z")
        .expect("the generator writes exact release instants")
        .timestamp()
}

/// An in-memory SQLite database holding the catalog.
pub struct Sqlite {
    pub conn: Connection,
    /// The longest release window (latest − start) in seconds: a window
    /// that meets a range starts at most this long before it.
    pub longest_window: i64,
}

/// Loads every text into a new in-memory database: parse (serde_json, into
/// the borrowed `Doc`), insert in one transaction through prepared
/// statements, then build the indexes. With `store_doc`, each series' JSON
/// text is stored in `series.doc` as well.
pub fn load_sqlite(jsons: &[String], store_doc: bool) -> Sqlite {
    load(jsons, store_doc).expect("SQLite loads the catalog")
}

fn load(jsons: &[String], store_doc: bool) -> rusqlite::Result<Sqlite> {
    let mut conn = Connection::open_in_memory()?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    {
        let mut add_series =
            tx.prepare("INSERT INTO series (slug, english, native, doc) VALUES (?1, ?2, ?3, ?4)")?;
        let mut find_person = tx.prepare("SELECT id FROM people WHERE slug = ?1")?;
        let mut add_person =
            tx.prepare("INSERT INTO people (slug, name, native_name) VALUES (?1, ?2, ?3)")?;
        let mut add_character =
            tx.prepare("INSERT INTO characters (series, slug, name) VALUES (?1, ?2, ?3)")?;
        let mut add_name = tx.prepare(
            "INSERT INTO names (key, rank, name, person, character, series) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let mut add_credit = tx.prepare(
            "INSERT INTO credits (person, series, kind, ord, character, role, billing) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        let mut add_release = tx.prepare(
            "INSERT INTO releases (series, part, episode, start, latest) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        // Owner columns of a name row: (person, character, series).
        type Owner = (Option<i64>, Option<i64>, Option<i64>);
        let mut name = |text: &str, rank: i64, (p, c, s): Owner| {
            add_name.execute(params![fold(text), rank, text, p, c, s])
        };
        for json in jsons {
            let doc: Doc = serde_json::from_str(std::hint::black_box(json))
                .expect("the generator writes valid series");
            add_series.execute(params![
                doc.id,
                doc.titles.english,
                doc.titles.native,
                store_doc.then_some(json.as_str())
            ])?;
            let series = tx.last_insert_rowid();
            let owner = (None, None, Some(series));
            name(&doc.titles.english, 0, owner)?;
            if let Some(native) = &doc.titles.native {
                name(native, 0, owner)?;
            }
            for r in &doc.titles.romanizations {
                name(&r.text, 1, owner)?;
            }
            // This series' person and character ids, to resolve its credits.
            let mut people = Vec::with_capacity(doc.people.len());
            for p in &doc.people {
                let known: Option<i64> = find_person.query_row([&p.id], |r| r.get(0)).optional()?;
                let id = match known {
                    Some(id) => id,
                    None => {
                        add_person.execute(params![p.id, p.name, p.native_name])?;
                        let id = tx.last_insert_rowid();
                        let owner = (Some(id), None, None);
                        name(&p.name, 0, owner)?;
                        if let Some(native) = &p.native_name {
                            name(native, 0, owner)?;
                        }
                        for a in &p.aliases {
                            name(&a.name, 1, owner)?;
                        }
                        id
                    }
                };
                people.push((p.id.as_ref(), id));
            }
            let mut characters = Vec::with_capacity(doc.characters.len());
            for c in &doc.characters {
                add_character.execute(params![series, c.id, c.name])?;
                let id = tx.last_insert_rowid();
                let owner = (None, Some(id), None);
                name(&c.name, 0, owner)?;
                for a in &c.aliases {
                    name(&a.name, 1, owner)?;
                }
                characters.push((c.id.as_ref(), id));
            }
            let find = |list: &[(&str, i64)], id: &str| {
                list.iter()
                    .find(|(slug, _)| *slug == id)
                    .map(|&(_, row)| row)
                    .expect("the generator credits only listed people and characters")
            };
            for (i, c) in doc.cast.iter().enumerate() {
                let Some(person) = &c.person else { continue };
                add_credit.execute(params![
                    find(&people, person),
                    series,
                    0,
                    i,
                    find(&characters, &c.character),
                    None::<&str>,
                    c.billing
                ])?;
            }
            for (i, c) in doc.crew.iter().enumerate() {
                add_credit.execute(params![
                    find(&people, &c.person),
                    series,
                    1,
                    i,
                    None::<i64>,
                    c.role,
                    None::<&str>
                ])?;
            }
            for (pi, part) in doc.parts.iter().enumerate() {
                if part.episodes.iter().any(|e| e.release.is_some()) {
                    for (ei, e) in part.episodes.iter().enumerate() {
                        let t = instant(e.release.as_deref().unwrap_or(&part.release));
                        add_release.execute(params![series, pi, ei, t, t])?;
                    }
                } else {
                    let t = instant(&part.release);
                    add_release.execute(params![series, pi, None::<i64>, t, t])?;
                }
            }
        }
    }
    tx.execute_batch(INDEXES)?;
    tx.commit()?;
    Ok(Sqlite {
        conn,
        // Exact instants only (see `instant`): every window is one instant.
        longest_window: 0,
    })
}

/// The same four queries on both sides. Each kdrama query returns what its
/// API gives (borrowed records); each SQLite query steps through its rows
/// and reads the columns a caller would.
impl Sqlite {
    /// The series with this slug: its row id and the length of its English
    /// title (read without copying it out).
    pub fn series_by_id(&self, slug: &str) -> Option<(i64, usize)> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, english FROM series WHERE slug = ?1")
            .expect("valid SQL");
        stmt.query_row([slug], |r| Ok((r.get(0)?, r.get_ref(1)?.as_str()?.len())))
            .optional()
            .expect("the query runs")
    }

    /// Every credit of a person, in series order, cast before crew, each in
    /// record order, with the series' slug and the character's name or the
    /// crew role (as kdrama's `Credit` gives them): the number of credits.
    pub fn filmography(&self, person: &str) -> usize {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT s.slug, ch.name, c.role FROM people p
                 JOIN credits c ON c.person = p.id
                 JOIN series s ON s.id = c.series
                 LEFT JOIN characters ch ON ch.id = c.character
                 WHERE p.slug = ?1 ORDER BY c.series, c.kind, c.ord",
            )
            .expect("valid SQL");
        let mut rows = stmt.query([person]).expect("the query runs");
        let mut n = 0;
        while let Some(row) = rows.next().expect("the query runs") {
            let slug = row.get_ref(0).and_then(|v| Ok(v.as_str()?.len()));
            std::hint::black_box(slug.expect("a slug"));
            n += 1;
        }
        n
    }

    /// Releases whose windows meet `[start, end)` (seconds since the
    /// epoch), ordered by start, with their series' slug: how many.
    pub fn releases_between(&self, start: i64, end: i64) -> usize {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT r.part, r.episode, s.slug FROM releases r JOIN series s ON s.id = r.series
                 WHERE r.start >= ?1 - ?3 AND r.start < ?2 AND r.latest >= ?1 ORDER BY r.start",
            )
            .expect("valid SQL");
        let mut rows = stmt
            .query(params![start, end, self.longest_window])
            .expect("the query runs");
        let mut n = 0;
        while let Some(row) = rows.next().expect("the query runs") {
            let slug = row.get_ref(2).and_then(|v| Ok(v.as_str()?.len()));
            std::hint::black_box(slug.expect("a slug"));
            n += 1;
        }
        n
    }

    /// The first exact match of a name (names before aliases), as the
    /// person's or character's name: the length of that name.
    pub fn search_exact(&self, query: &str) -> Option<usize> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT coalesce(p.name, ch.name, s.english) FROM names n
                 LEFT JOIN people p ON p.id = n.person
                 LEFT JOIN characters ch ON ch.id = n.character
                 LEFT JOIN series s ON s.id = n.series
                 WHERE n.key = ?1 ORDER BY n.rank LIMIT 1",
            )
            .expect("valid SQL");
        stmt.query_row([fold(query)], |r| Ok(r.get_ref(0)?.as_str()?.len()))
            .optional()
            .expect("the query runs")
    }

    /// The bytes of the database's pages (`page_count × page_size`): the
    /// data and its indexes, without the page cache's own overhead.
    pub fn page_bytes(&self) -> i64 {
        let pages: i64 = self
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .expect("a pragma");
        let size: i64 = self
            .conn
            .query_row("PRAGMA page_size", [], |r| r.get(0))
            .expect("a pragma");
        pages * size
    }
}

/// The queries' arguments, the same on both sides for a catalog of `n`:
/// a series in the middle, a person credited in it, a one-week window
/// inside the catalog's span, and a pool person's exact name.
pub struct Queries {
    pub series: String,
    pub person: String,
    pub week: (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>),
    pub name: String,
}

impl Queries {
    pub fn new(catalog: &Catalog) -> Queries {
        let n = catalog.series().len();
        let middle = &catalog.series()[n / 2];
        // The synthetic series start every 7 hours from 2000-01-01: a week
        // a third of the way in holds releases at every size.
        let start = chrono::DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z")
            .expect("a date")
            .to_utc()
            + chrono::Duration::hours(7 * (n as i64 / 3));
        Queries {
            series: middle.id().to_string(),
            person: middle
                .people()
                .first()
                .expect("synthetic series have people")
                .id()
                .to_string(),
            week: (start, start + chrono::Duration::weeks(1)),
            name: synthetic::person_name(123),
        }
    }

    /// Runs every query on both sides and panics unless they agree, so that
    /// the timings compare the same work.
    pub fn check(&self, catalog: &Catalog, db: &Sqlite) {
        let ks = catalog
            .series_by_id(self.series.as_str())
            .expect("the series");
        let (_, title) = db.series_by_id(&self.series).expect("the series row");
        assert_eq!(ks.titles().english().len(), title, "series by id");
        let kf = catalog.filmography(self.person.as_str()).count();
        assert!(kf > 0, "the person has credits");
        assert_eq!(kf, db.filmography(&self.person), "filmography");
        let (a, b) = self.week;
        let kr = catalog.releases_between(a, b).count();
        assert!(kr > 0, "the week has releases");
        assert_eq!(
            kr,
            db.releases_between(a.timestamp(), b.timestamp()),
            "releases"
        );
        let km = catalog.search(&self.name).next().expect("an exact match");
        assert_eq!(km.subject().name(), self.name, "the first match is exact");
        assert_eq!(Some(self.name.len()), db.search_exact(&self.name), "search");
    }
}
