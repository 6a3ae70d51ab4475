//! Name search: a normaliser and a ranked index over people and characters,
//! and the romanization of Hangul (`romanize`).

pub(crate) mod fold;
pub(crate) mod romanize;

use foldhash::{HashSet, HashSetExt};
use std::ops::Range;

use crate::id::PersonId;
use crate::model::names::Alias;
use crate::model::people::{Character, Person};
use crate::series::Series;
use crate::vocab::{AliasKind, RomanizationSystem};

pub use fold::normalize_name;
use fold::{fold_into, initials};
use romanize::{customary_surnames, romanize_name};

/// How a search result matched, best first.
///
/// ```
/// use kdrama::MatchKind;
/// assert!(MatchKind::Name < MatchKind::Alias && MatchKind::Prefix < MatchKind::Contains);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MatchKind {
    /// The query is the name or native name (in either name order).
    Name,
    /// The query is an alias.
    Alias,
    /// The query is a romanization of the native (Hangul) name, made by
    /// [`romanize_name`](crate::romanize_name): no alias needed.
    Romanized,
    /// The query is the native name's initial consonants (ㅅㅎㄱ for 송혜교).
    Initials,
    /// A name or alias starts with the query.
    Prefix,
    /// A name or alias contains the query.
    Contains,
}

impl MatchKind {
    /// `name`, `alias`, `romanized`, `initials`, `prefix` or `contains`.
    ///
    /// ```
    /// assert_eq!(kdrama::MatchKind::Prefix.as_str(), "prefix");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            MatchKind::Name => "name",
            MatchKind::Alias => "alias",
            MatchKind::Romanized => "romanized",
            MatchKind::Initials => "initials",
            MatchKind::Prefix => "prefix",
            MatchKind::Contains => "contains",
        }
    }
}

/// Which name of the subject matched.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("송혜교").into_iter().next().unwrap();
/// assert_eq!(hit.variant(), kdrama::Variant::NativeName);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Variant {
    /// The display name.
    Name,
    /// The native (Hangul) name.
    NativeName,
    /// An alias of the given kind.
    Alias(AliasKind),
    /// The native name, romanized in this system (the match's text is the
    /// native name).
    Romanized(RomanizationSystem),
    /// The native name's initial consonants (the match's text is the native
    /// name).
    Initials,
}

/// What a search result is.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = glory.search("Moon Dong-eun").into_iter().next().unwrap();
/// assert!(matches!(hit.subject(), kdrama::Subject::Character { character, .. } if character.name() == "Moon Dong-eun"));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Subject<'a> {
    /// A person (one per id across a catalog).
    Person(&'a Person),
    /// A character of a series.
    Character {
        /// The series the character belongs to.
        series: &'a Series,
        /// The character.
        character: &'a Character,
    },
}

impl<'a> Subject<'a> {
    /// The subject's display name.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// assert_eq!(glory.search("Im Ji Yeon")[0].subject().name(), "Lim Ji-yeon");
    /// ```
    pub fn name(&self) -> &'a str {
        match *self {
            Subject::Person(p) => p.name(),
            Subject::Character { character, .. } => character.name(),
        }
    }
}

impl PartialEq for Subject<'_> {
    /// The same person (by id), or the same character of the same series.
    fn eq(&self, other: &Self) -> bool {
        match (*self, *other) {
            (Subject::Person(a), Subject::Person(b)) => a.id() == b.id(),
            (
                Subject::Character {
                    series: s,
                    character: c,
                },
                Subject::Character {
                    series: t,
                    character: d,
                },
            ) => s.id() == t.id() && c.id() == d.id(),
            _ => false,
        }
    }
}

impl Eq for Subject<'_> {}

impl serde::Serialize for Subject<'_> {
    /// `{"type": "person", "id": …, "name": …}` or `{"type": "character",
    /// "series": …, "id": …, "name": …}`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = s.serialize_map(None)?;
        match *self {
            Subject::Person(p) => {
                map.serialize_entry("type", "person")?;
                map.serialize_entry("id", p.id())?;
            }
            Subject::Character { series, character } => {
                map.serialize_entry("type", "character")?;
                map.serialize_entry("series", series.id())?;
                map.serialize_entry("id", character.id())?;
            }
        }
        map.serialize_entry("name", self.name())?;
        map.end()
    }
}

impl serde::Serialize for Variant {
    /// `"name"`, `"native_name"`, the alias kind (`"alias:misspelling"`), the
    /// romanization (`"romanized:revised"`) or `"initials"`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Variant::Name => s.serialize_str("name"),
            Variant::NativeName => s.serialize_str("native_name"),
            Variant::Alias(kind) => s.collect_str(&format_args!("alias:{}", kind.as_str())),
            Variant::Romanized(system) => {
                s.collect_str(&format_args!("romanized:{}", system.as_str()))
            }
            Variant::Initials => s.serialize_str("initials"),
        }
    }
}

/// One search result: the subject, the variant text that matched, and how.
/// Results compare equal when they name the same subject, matched the same
/// way, and serialize for a web API:
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = &glory.search("Jung Sung II")[0];
/// let json = serde_json::to_value(hit)?;
/// assert_eq!(json["subject"]["id"], "jung-sung-il");
/// assert_eq!(json["matched"], "Jung Sung II");
/// assert_eq!(json["variant"], "alias:misspelling");
/// assert_eq!(json["kind"], "alias");
/// assert_eq!(hit, &glory.search("Jung Sung II")[0]);
/// # Ok::<(), serde_json::Error>(())
/// ```
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let hit = &glory.search("Jung Sung II")[0];
/// assert_eq!(hit.subject().name(), "Jung Sung-il");
/// assert_eq!(hit.matched(), "Jung Sung II");
/// assert_eq!(hit.kind(), kdrama::MatchKind::Alias);
/// assert_eq!(hit.variant(), kdrama::Variant::Alias(kdrama::AliasKind::Misspelling));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Match<'a> {
    subject: Subject<'a>,
    matched: &'a str,
    variant: Variant,
    kind: MatchKind,
}

impl<'a> Match<'a> {
    /// The person or character found.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran")[0];
    /// assert_eq!(m.subject().name(), "Yeom Hye-ran");
    /// ```
    pub fn subject(&self) -> Subject<'a> {
        self.subject
    }

    /// The name or alias, as written in the data, that matched.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran")[0];
    /// assert_eq!(m.matched(), "Yum Hye-ran");
    /// ```
    pub fn matched(&self) -> &'a str {
        self.matched
    }

    /// Which name it was.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran")[0];
    /// assert_eq!(m.variant(), kdrama::Variant::Alias(kdrama::AliasKind::Romanization));
    /// ```
    pub fn variant(&self) -> Variant {
        self.variant
    }

    /// How it matched.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.search("Yum Hye-ran")[0];
    /// assert_eq!(m.kind(), kdrama::MatchKind::Alias);
    /// ```
    pub fn kind(&self) -> MatchKind {
        self.kind
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Owner {
    /// A person, by the series and position of their first record.
    Person(u32, u32),
    /// A character, by series and position.
    Character(u32, u32),
}

#[derive(Debug, Clone, Copy)]
enum Which {
    Name,
    Native,
    Alias(u32),
    Romanized(RomanizationSystem),
    Initials,
}

impl Which {
    /// How good a match on this variant is (lower is better).
    fn rank(self) -> MatchKind {
        match self {
            Which::Name | Which::Native => MatchKind::Name,
            Which::Alias(_) => MatchKind::Alias,
            Which::Romanized(_) => MatchKind::Romanized,
            Which::Initials => MatchKind::Initials,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    owner: Owner,
    series: u32,
    record: u32,
    which: Which,
}

/// Every name variant of every person and character, folded into one string
/// arena, with one vector of keys sorted by text (names before aliases for
/// equal text): exact and prefix lookups are binary searches.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    entries: Vec<Entry>,
    arena: String,
    sorted: Vec<Key>,
}

/// A folded name in the arena, its first bytes for fast comparison, and its entry.
#[derive(Debug, Clone, Copy)]
struct Key {
    prefix: u64,
    start: u32,
    len: u32,
    entry: u32,
    rank: MatchKind,
}

fn prefix_of(text: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = text.len().min(8);
    bytes[..n].copy_from_slice(&text.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

impl NameIndex {
    fn text(&self, key: &Key) -> &str {
        self.arena
            .get(key.start as usize..(key.start + key.len) as usize)
            .unwrap_or("")
    }

    /// Indexes `series`; `first_record` gives the series and position of
    /// a person id's first record (`None`: this one), so one person across
    /// series is one result, and a repeated record with the same names adds
    /// nothing.
    pub(crate) fn build(
        series: &[Series],
        first_record: impl Fn(&PersonId) -> Option<(u32, u32)>,
    ) -> NameIndex {
        // Sized up front: an entry per name variant, about two keys each.
        let names: usize = series
            .iter()
            .map(|s| {
                let people = s.people().iter().map(|p| p.aliases().len() + 2);
                let characters = s.characters().iter().map(|c| c.aliases().len() + 2);
                people.chain(characters).sum::<usize>()
            })
            .sum();
        let mut index = NameIndex {
            entries: Vec::with_capacity(names),
            arena: String::with_capacity(names * 12),
            sorted: Vec::with_capacity(names * 2),
        };
        let mut scratch = String::new();
        for (si, s) in series.iter().enumerate() {
            let si = si as u32;
            for (pi, p) in s.people().iter().enumerate() {
                let here = (si, pi as u32);
                let first = first_record(p.id()).unwrap_or(here);
                let repeat = first != here
                    && series
                        .get(first.0 as usize)
                        .and_then(|f| f.people().get(first.1 as usize))
                        .is_some_and(|f| {
                            f.name() == p.name()
                                && f.native_name() == p.native_name()
                                && f.aliases() == p.aliases()
                        });
                if !repeat {
                    let owner = Owner::Person(first.0, first.1);
                    let names = (p.name(), p.native_name(), p.aliases());
                    index.add_names(owner, here, names, &mut scratch);
                }
            }
            for (ci, c) in s.characters().iter().enumerate() {
                let owner = Owner::Character(si, ci as u32);
                let names = (c.name(), c.native_name(), c.aliases());
                index.add_names(owner, (si, ci as u32), names, &mut scratch);
            }
        }
        let mut sorted = std::mem::take(&mut index.sorted);
        sorted.sort_unstable_by(|a, b| {
            a.prefix
                .cmp(&b.prefix)
                .then_with(|| index.text(a).cmp(index.text(b)))
                .then(a.rank.cmp(&b.rank))
                .then(a.entry.cmp(&b.entry))
        });
        // A person whose records differ between series adds their shared
        // names more than once: keep the first entry per (text, owner).
        sorted.dedup_by(|later, earlier| {
            later.prefix == earlier.prefix
                && index.entries[later.entry as usize].owner
                    == index.entries[earlier.entry as usize].owner
                && index.text(later) == index.text(earlier)
        });
        sorted.shrink_to_fit();
        index.sorted = sorted;
        index.arena.shrink_to_fit();
        index
    }

    /// Adds the name (in both orders), the native name and every alias (in
    /// both orders) of one record, folded straight into the arena.
    fn add_names(
        &mut self,
        owner: Owner,
        (series, record): (u32, u32),
        (name, native, aliases): (&str, Option<&str>, &[Alias]),
        scratch: &mut String,
    ) {
        let mut add = |text: &str, which: Which, rotate: bool| {
            let start = self.arena.len();
            let first_word = fold_into(&mut self.arena, text);
            let len = self.arena.len() - start;
            if len == 0 {
                return;
            }
            let entry = self.entries.len() as u32;
            self.entries.push(Entry {
                owner,
                series,
                record,
                which,
            });
            let rank = which.rank();
            let mut push_key = |arena: &str, start: usize| {
                let text = &arena[start..];
                self.sorted.push(Key {
                    prefix: prefix_of(text),
                    start: start as u32,
                    len: text.len() as u32,
                    entry,
                    rank,
                });
            };
            push_key(&self.arena, start);
            // "Hye-kyo Song" also finds "Song Hye-kyo": the first word moved last.
            if let Some(split) = first_word.filter(|&split| rotate && split < len) {
                scratch.clear();
                scratch.push_str(&self.arena[start + split..]);
                scratch.push_str(&self.arena[start..start + split]);
                let rotated = self.arena.len();
                self.arena.push_str(scratch);
                push_key(&self.arena, rotated);
            }
        };
        add(name, Which::Name, true);
        if let Some(native) = native {
            add(native, Which::Native, false);
            // The native name in both romanizations, each in either order, and
            // with the surname's customary spellings (Lee, Yi for 이): found
            // with no alias in the data.
            for system in [
                RomanizationSystem::Revised,
                RomanizationSystem::McCuneReischauer,
            ] {
                if let Some(romanized) = romanize_name(native, system, false) {
                    add(&romanized, Which::Romanized(system), true);
                    if system == RomanizationSystem::Revised {
                        let surname: String = native.chars().take(1).collect();
                        let given = romanized.split_once(' ').map_or("", |(_, g)| g);
                        for spelling in customary_surnames(&surname) {
                            add(
                                &format!("{spelling} {given}"),
                                Which::Romanized(system),
                                true,
                            );
                        }
                    }
                }
            }
            if let Some(initials) = initials(native) {
                add(&initials, Which::Initials, false);
            }
        }
        for (i, alias) in aliases.iter().enumerate() {
            add(alias.name(), Which::Alias(i as u32), true);
        }
    }

    /// The position of the first key not less than `query`.
    fn lower_bound(&self, query: &str) -> usize {
        let p = prefix_of(query);
        self.sorted
            .partition_point(|k| k.prefix < p || (k.prefix == p && self.text(k) < query))
    }

    /// Ranked matches for `query` among `series` (the slice the index was built from).
    pub(crate) fn search<'i, 's>(&'i self, series: &'s [Series], query: &str) -> Matches<'i, 's> {
        let query = normalize_name(query);
        let start = self.lower_bound(&query);
        let exact_end = start + self.sorted[start..].partition_point(|k| self.text(k) == query);
        let end = start
            + self.sorted[start..].partition_point(|k| self.text(k).starts_with(query.as_str()));
        Matches {
            index: self,
            series,
            exact: start..exact_end,
            prefix: exact_end..end,
            stage: Stage::Exact(start),
            query,
            seen: HashSet::new(),
        }
    }

    fn resolve<'s>(&self, series: &'s [Series], entry: u32, kind: MatchKind) -> Option<Match<'s>> {
        let e = self.entries.get(entry as usize)?;
        let s = series.get(e.series as usize)?;
        let (subject, name, native, aliases) = match e.owner {
            Owner::Person(..) => {
                let p = s.people().get(e.record as usize)?;
                (Subject::Person(p), p.name(), p.native_name(), p.aliases())
            }
            Owner::Character(..) => {
                let c = s.characters().get(e.record as usize)?;
                (
                    Subject::Character {
                        series: s,
                        character: c,
                    },
                    c.name(),
                    c.native_name(),
                    c.aliases(),
                )
            }
        };
        let (matched, variant) = match e.which {
            Which::Name => (name, Variant::Name),
            Which::Native => (native?, Variant::NativeName),
            Which::Romanized(system) => (native?, Variant::Romanized(system)),
            Which::Initials => (native?, Variant::Initials),
            Which::Alias(i) => {
                let a = aliases.get(i as usize)?;
                (a.name(), Variant::Alias(a.kind()))
            }
        };
        Some(Match {
            subject,
            matched,
            variant,
            kind,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Exact(usize),
    Prefix(usize),
    Contains(usize),
    Done,
}

/// Search results, best first: exact names, then exact aliases, then
/// prefixes (in folded-name order), then substrings; one result per person or
/// character. Lazy: taking the first result of an exact match costs a binary
/// search.
///
/// ```
/// let catalog = kdrama::datasets::catalog();
/// let names: Vec<&str> = catalog.search("song").map(|m| m.subject().name()).collect();
/// assert!(names.contains(&"Song Hye-kyo") && names.contains(&"Song Joong-ki"));
/// ```
#[derive(Debug, Clone)]
pub struct Matches<'i, 's> {
    index: &'i NameIndex,
    series: &'s [Series],
    exact: Range<usize>,
    prefix: Range<usize>,
    stage: Stage,
    query: String,
    seen: HashSet<Owner>,
}

impl<'s> Iterator for Matches<'_, 's> {
    type Item = Match<'s>;

    fn next(&mut self) -> Option<Match<'s>> {
        if self.query.is_empty() {
            return None;
        }
        loop {
            let (key, kind) = match self.stage {
                Stage::Done => return None,
                Stage::Exact(i) if i >= self.exact.end => {
                    self.stage = Stage::Prefix(self.prefix.start);
                    continue;
                }
                Stage::Exact(i) => {
                    self.stage = Stage::Exact(i + 1);
                    let key = self.index.sorted[i];
                    (key, key.rank)
                }
                Stage::Prefix(i) if i >= self.prefix.end => {
                    self.stage = Stage::Contains(0);
                    continue;
                }
                Stage::Prefix(i) => {
                    self.stage = Stage::Prefix(i + 1);
                    (self.index.sorted[i], MatchKind::Prefix)
                }
                Stage::Contains(i) if i >= self.index.sorted.len() => {
                    self.stage = Stage::Done;
                    return None;
                }
                Stage::Contains(i) => {
                    self.stage = Stage::Contains(i + 1);
                    let key = self.index.sorted[i];
                    if (self.exact.start..self.prefix.end).contains(&i)
                        || !self.index.text(&key).contains(self.query.as_str())
                    {
                        continue;
                    }
                    (key, MatchKind::Contains)
                }
            };
            let owner = self.index.entries[key.entry as usize].owner;
            if self.seen.insert(owner) {
                if let Some(m) = self.index.resolve(self.series, key.entry, kind) {
                    return Some(m);
                }
            }
        }
    }
}

impl Series {
    /// Searches this series' people and characters by any name variant,
    /// best match first (see [`Matches`]). Builds a small index per call; use
    /// a [`Catalog`](crate::Catalog) to search repeatedly or across series.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let hits = glory.search("dong eun");
    /// assert_eq!(hits[0].subject().name(), "Moon Dong-eun");
    /// assert_eq!(hits[0].kind(), kdrama::MatchKind::Prefix);
    /// ```
    pub fn search(&self, query: &str) -> Vec<Match<'_>> {
        let series = std::slice::from_ref(self);
        // Person ids are unique within a valid series: each record is a first.
        let index = NameIndex::build(series, |_| None);
        index.search(series, query).collect()
    }
}
