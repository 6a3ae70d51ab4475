//! What the per-series storage the memory issue proposes would reach, before
//! the public API is changed for it: the synthetic series read into a
//! prototype layout, measured for memory and load time beside the floor and
//! `Series::from_json`. The layout is not kdrama's and nothing in the crate
//! uses it; it is here so the figures in the issue's notes can be run again.
//!
//! ```text
//! cargo bench --manifest-path benches/vs-sqlite/Cargo.toml --bench layout
//! ```
//!
//! The layout, per series: every text once in one string arena (a text
//! repeated within the series is stored once), each record a row of 32-bit
//! words (a text is its start and length, 8 bytes; an optional text the
//! same with a length of `u32::MAX` for none; a release 12 bytes, as
//! kdrama's `Release`), a reference to a person, character or motif the
//! record's position (4 bytes), citations positions in the series' sources
//! (2 bytes each) in one list shared by every record, and an id index of
//! 8-byte slots as kdrama's. Five allocations a series. Every release and
//! date is parsed with kdrama's parser, so date parsing costs what it costs
//! in kdrama; nothing else is validated. It is read through the floor's
//! structs with borrowed `&str` fields (the JSON has no escapes), so the
//! time includes serde's derived readers and one `Vec` per list.
//!
//! Timings are thread CPU time, median of five interleaved rounds at
//! 10 000 series: serde_json reading the JSON into `IgnoredAny` (the
//! tokenizer alone), the floor (owned `String`s), the floor with borrowed
//! `&str`s, the borrowed read plus building the layout, and
//! `Series::from_json`.

use std::collections::HashMap;
use std::hint::black_box;

use cap::Cap;
use common::plain;
use cpu_time::ThreadTime;

mod common;

#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

type Map<'a, V> = HashMap<&'a str, V, foldhash::fast::RandomState>;

/// One series in the prototype layout.
struct Layout {
    strings: Box<str>,
    rows: Box<[u32]>,
    cites: Box<[u16]>,
    refs: Box<[u32]>,
    ids: Box<[(u32, u32)]>,
}

impl Layout {
    fn bytes(&self) -> [usize; 4] {
        [
            self.strings.len(),
            self.rows.len() * 4,
            self.cites.len() * 2 + self.refs.len() * 4,
            self.ids.len() * 8,
        ]
    }
}

/// Builds a [`Layout`], one record after another.
#[derive(Default)]
struct Builder<'a> {
    strings: String,
    seen: Map<'a, [u32; 2]>,
    rows: Vec<u32>,
    cites: Vec<u16>,
    refs: Vec<u32>,
    ids: Vec<(u32, u32)>,
    sources: Map<'a, u16>,
    people: Map<'a, u32>,
    characters: Map<'a, u32>,
    motifs: Map<'a, u32>,
}

enum Target {
    Person,
    Character,
    Motif,
}

impl<'a> Builder<'a> {
    fn text(&mut self, text: &'a str) {
        let at = match self.seen.get(text) {
            Some(&at) => at,
            None => {
                let at = [self.strings.len() as u32, text.len() as u32];
                self.strings.push_str(text);
                self.seen.insert(text, at);
                at
            }
        };
        self.rows.extend(at);
    }

    fn optional(&mut self, text: Option<&'a str>) {
        match text {
            Some(text) => self.text(text),
            None => self.rows.extend([0, u32::MAX]),
        }
    }

    fn id(&mut self, id: &'a str) {
        self.text(id);
        let hash = foldhash::fast::FixedState::with_seed(7);
        let hash = std::hash::BuildHasher::hash_one(&hash, id) as u32;
        self.ids.push((hash, self.ids.len() as u32));
    }

    /// A vocabulary word (kind, role, verdict) as one word.
    fn word(&mut self, word: &str) {
        self.rows.push(word.len() as u32);
    }

    fn date(&mut self, date: &str) {
        let release: kdrama::Release = date.parse().expect("the generator writes valid dates");
        black_box(release);
        self.rows.extend([0; 3]);
    }

    fn cites(&mut self, cites: &[&'a str]) {
        self.rows
            .extend([self.cites.len() as u32, cites.len() as u32]);
        for id in cites {
            let at = self.sources.get(id).copied().unwrap_or(u16::MAX);
            self.cites.push(at);
        }
    }

    fn refs(&mut self, ids: &[&'a str], target: Target) {
        self.rows.extend([self.refs.len() as u32, ids.len() as u32]);
        for id in ids {
            let at = self.at(id, &target);
            self.refs.push(at);
        }
    }

    fn at(&self, id: &str, target: &Target) -> u32 {
        let map = match target {
            Target::Person => &self.people,
            Target::Character => &self.characters,
            Target::Motif => &self.motifs,
        };
        map.get(id).copied().unwrap_or(u32::MAX)
    }

    /// The length of a nested list whose entries follow as rows of their own.
    fn count(&mut self, len: usize) {
        self.rows.extend([len as u32, 0]);
    }

    fn aliases(&mut self, aliases: &[plain::Alias<&'a str>]) {
        self.count(aliases.len());
        for alias in aliases {
            self.text(alias.name);
            self.word(alias.kind);
            self.optional(None);
        }
    }

    fn finish(mut self) -> Layout {
        self.ids.sort_unstable();
        Layout {
            strings: self.strings.into_boxed_str(),
            rows: self.rows.into_boxed_slice(),
            cites: self.cites.into_boxed_slice(),
            refs: self.refs.into_boxed_slice(),
            ids: self.ids.into_boxed_slice(),
        }
    }
}

fn numbered<'a>(ids: impl Iterator<Item = &'a str>) -> impl Iterator<Item = (&'a str, u32)> {
    ids.zip(0..)
}

fn build(s: &plain::Series<&str>) -> Layout {
    let mut b = Builder {
        sources: numbered(s.sources.iter().map(|x| x.id))
            .map(|(id, i)| (id, i as u16))
            .collect(),
        people: numbered(s.people.iter().map(|x| x.id)).collect(),
        characters: numbered(s.characters.iter().map(|x| x.id)).collect(),
        motifs: numbered(s.motifs.iter().map(|x| x.id)).collect(),
        ..Builder::default()
    };
    b.id(s.id);
    b.optional(s.updated);
    b.text(s.titles.english);
    b.optional(s.titles.native);
    for r in &s.titles.romanizations {
        b.word(r.system);
        b.text(r.text);
    }
    b.text(s.original_language);
    b.text(s.country);
    b.optional(s.home_zone);
    b.optional(s.platform);
    s.genres.iter().for_each(|g| b.text(g));
    b.optional(s.age_rating);
    b.optional(s.premise);
    s.production_companies.iter().for_each(|c| b.text(c));
    b.cites(&s.cites);
    for p in &s.parts {
        b.rows.push(p.number);
        b.date(p.release);
        for a in &p.announcements {
            b.date(a.on);
            b.date(a.release);
            b.cites(&a.cites);
        }
        // An episode: number, number in its part, title, runtime, release,
        // inference, citations.
        for e in &p.episodes {
            b.rows.extend([e.number, 0]);
            b.optional(None);
            b.rows.extend([0; 5]);
            b.cites(&[]);
        }
        b.cites(&p.cites);
    }
    for p in &s.people {
        b.id(p.id);
        b.text(p.name);
        b.optional(None);
        b.aliases(&p.aliases);
        b.cites(&p.cites);
    }
    for c in &s.characters {
        b.id(c.id);
        b.text(c.name);
        b.optional(None);
        b.aliases(&c.aliases);
        b.optional(c.occupation);
        b.optional(c.description);
        b.cites(&c.cites);
    }
    for c in &s.cast {
        let person = c.person.map_or(u32::MAX, |p| b.at(p, &Target::Person));
        let character = b.at(c.character, &Target::Character);
        b.rows.extend([person, character]);
        b.word(c.stage);
        b.rows.extend([0; 2]);
        b.cites(&c.cites);
    }
    for r in &s.relationships {
        let from = b.at(r.from, &Target::Character);
        let to = b.at(r.to, &Target::Character);
        b.rows.extend([from, to]);
        b.word(r.kind);
        b.cites(&r.cites);
    }
    for c in &s.crew {
        let person = b.at(c.person, &Target::Person);
        b.rows.push(person);
        b.word(c.role);
        b.optional(None);
        b.cites(&c.cites);
    }
    for o in &s.organizations {
        b.id(o.id);
        b.text(o.name);
        b.optional(None);
        b.word(o.kind);
        b.rows.push(u32::MAX);
        b.cites(&o.cites);
    }
    for m in &s.motifs {
        b.id(m.id);
        b.text(m.name);
        b.count(m.interpretations.len());
        for i in &m.interpretations {
            b.text(i.meaning);
            b.word(i.authority);
            b.cites(&i.cites);
        }
        b.cites(&m.cites);
    }
    for m in &s.media {
        b.id(m.id);
        b.word(m.kind);
        b.text(m.title);
        b.rows.extend([m.part.unwrap_or(0), u32::MAX]);
        b.refs(&m.depicts, Target::Character);
        b.refs(&m.motifs, Target::Motif);
        b.optional(None);
        b.optional(None);
        b.count(m.events.len());
        for e in &m.events {
            b.word(e.action);
            b.date(e.date);
            b.cites(&e.cites);
        }
        b.cites(&m.cites);
    }
    for c in &s.claims {
        b.id(c.id);
        b.text(c.summary);
        b.refs(&c.subjects, Target::Person);
        b.date(c.first_seen);
        b.count(c.spread_by.len());
        b.word(c.verdict);
        b.cites(&c.cites);
    }
    for t in &s.statements {
        b.id(t.id);
        b.rows.extend([0; 2]);
        b.date(t.date);
        b.text(t.summary);
        b.count(t.answers.len());
        b.cites(&t.cites);
    }
    for e in &s.events {
        b.id(e.id);
        b.word(e.kind);
        b.text(e.name);
        b.date(e.date);
        b.refs(&e.participants, Target::Person);
        b.cites(&e.cites);
    }
    for x in &s.sources {
        b.id(x.id);
        b.text(x.publisher);
        b.optional(None);
        b.text(x.url);
        match x.published {
            Some(date) => b.date(date),
            None => b.rows.extend([0; 3]),
        }
        b.optional(None);
        b.word(x.authority);
    }
    b.finish()
}

fn read(json: &str) -> plain::Series<&str> {
    serde_json::from_str(black_box(json)).expect("the generator writes valid JSON")
}

fn memory(n: usize, jsons: &[String]) {
    let before = ALLOC.allocated();
    let layouts: Vec<Layout> = jsons.iter().map(|j| build(&read(j))).collect();
    let held = ALLOC.allocated() - before;
    let mut parts = [0usize; 4];
    for l in &layouts {
        for (sum, b) in parts.iter_mut().zip(l.bytes()) {
            *sum += b;
        }
    }
    let json = common::json_bytes(jsons) as f64 / n as f64;
    let per = |b: usize| b as f64 / n as f64 / 1e3;
    println!(
        "| {n} | {:.1} KB | {:.1} KB ({:.2}× the JSON) | {:.1} KB | {:.1} KB | {:.1} KB | {:.1} KB |",
        json / 1e3,
        per(held),
        held as f64 / n as f64 / json,
        per(parts[0]),
        per(parts[1]),
        per(parts[2]),
        per(parts[3]),
    );
}

fn time<T>(f: impl FnOnce() -> T) -> f64 {
    let start = ThreadTime::now();
    let out = f();
    let d = start.elapsed().as_secs_f64();
    drop(black_box(out));
    d
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn load(n: usize, jsons: &[String]) {
    const ROUNDS: usize = 5;
    let names = [
        "serde_json into `IgnoredAny` (tokenizer alone)",
        "plain-derive floor, owned `String`s",
        "plain-derive floor, borrowed `&str`s",
        "borrowed read + prototype layout",
        "kdrama `Series::from_json`",
    ];
    let mut t: Vec<Vec<f64>> = vec![Vec::new(); names.len()];
    for round in 0..ROUNDS {
        for k in 0..names.len() {
            let which = (round + k) % names.len();
            let d = match which {
                0 => time(|| {
                    for j in jsons {
                        let _: serde::de::IgnoredAny =
                            serde_json::from_str(black_box(j)).expect("valid JSON");
                    }
                }),
                1 => time(|| common::parse_floor(jsons)),
                2 => time(|| jsons.iter().map(|j| read(j).people.len()).sum::<usize>()),
                3 => time(|| jsons.iter().map(|j| build(&read(j))).collect::<Vec<_>>()),
                _ => time(|| common::parse_series(jsons)),
            };
            t[which].push(d);
        }
    }
    let medians: Vec<f64> = t.into_iter().map(median).collect();
    println!("\n## load, {n} series, {ROUNDS} rounds interleaved, thread CPU time\n");
    println!("| | per series | vs the floor |\n|---|---|---|");
    for (name, m) in names.iter().zip(&medians) {
        println!(
            "| {name} | {:.1} µs | {:.2}× |",
            m * 1e6 / n as f64,
            m / medians[1]
        );
    }
}

fn main() {
    println!("## prototype layout, memory (bytes requested and held)\n");
    println!(
        "| series | JSON per series | layout per series | string arena | rows | citations and references | id index |"
    );
    println!("|---|---|---|---|---|---|---|");
    let sizes = common::sizes();
    for &n in &sizes {
        memory(n, &common::jsons(n));
    }
    let n = 10_000;
    load(n, &common::jsons(n));
}
