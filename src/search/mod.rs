//! Name search: a normaliser and a ranked index over people and characters,
//! and the romanization of Hangul (`romanize`).

pub(crate) mod fold;
pub(crate) mod results;
pub(crate) mod romanize;

use foldhash::{HashSet, HashSetExt};
use std::ops::Range;

use crate::id::PersonId;
use crate::model::names::{Alias, Titles};
use crate::series::Series;
use crate::vocab::{AliasKind, RomanizationSystem};

pub use fold::normalize_name;
use fold::{fold_into, initials, phonetic_key};
pub use results::{Match, MatchKind, Subject, Variant};
use romanize::{customary_surnames, romanize, romanize_name};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Owner {
    /// A series, by position.
    Series(u32),
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
    /// A title's stored romanization, by position.
    Stored(u32),
    /// A localized title, by position.
    Localized(u32),
}

impl Which {
    /// How good a match on this variant is (lower is better).
    fn rank(self) -> MatchKind {
        match self {
            Which::Name | Which::Native => MatchKind::Name,
            Which::Alias(_) | Which::Stored(_) | Which::Localized(_) => MatchKind::Alias,
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
    /// The phonetic keys of the Latin variants, sorted the same way.
    phonetic: Vec<Key>,
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
            phonetic: Vec::with_capacity(names * 2),
        };
        let mut scratch = String::new();
        for (si, s) in series.iter().enumerate() {
            let si = si as u32;
            index.add_titles(si, s.titles(), &mut scratch);
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
        let sorted = std::mem::take(&mut index.sorted);
        index.sorted = index.sort_keys(sorted);
        let phonetic = std::mem::take(&mut index.phonetic);
        index.phonetic = index.sort_keys(phonetic);
        index.arena.shrink_to_fit();
        index
    }

    /// Sorts keys by text (then rank and entry) and keeps the first per
    /// (text, owner): a person whose records differ between series adds
    /// their shared names more than once.
    fn sort_keys(&self, mut keys: Vec<Key>) -> Vec<Key> {
        keys.sort_unstable_by(|a, b| {
            a.prefix
                .cmp(&b.prefix)
                .then_with(|| self.text(a).cmp(self.text(b)))
                .then(a.rank.cmp(&b.rank))
                .then(a.entry.cmp(&b.entry))
        });
        keys.dedup_by(|later, earlier| {
            later.prefix == earlier.prefix
                && self.entries[later.entry as usize].owner
                    == self.entries[earlier.entry as usize].owner
                && self.text(later) == self.text(earlier)
        });
        keys.shrink_to_fit();
        keys
    }

    /// Adds one folded variant of a name (and, with `rotate`, the variant
    /// with its first word moved last) for `owner`.
    fn add(
        &mut self,
        owner: Owner,
        (series, record): (u32, u32),
        (text, which, rotate): (&str, Which, bool),
        scratch: &mut String,
    ) {
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
        // A key for the folded text at `start..`, and one for its phonetic
        // key (appended to the arena) when it is Latin.
        let push_keys = |index: &mut NameIndex, start: usize| {
            let key = |arena: &str, start: usize, rank| {
                let text = &arena[start..];
                Key {
                    prefix: prefix_of(text),
                    start: start as u32,
                    len: text.len() as u32,
                    entry,
                    rank,
                }
            };
            index.sorted.push(key(&index.arena, start, rank));
            if let Some(phonetic) = phonetic_key(&index.arena[start..]) {
                let at = index.arena.len();
                index.arena.push_str(&phonetic);
                index
                    .phonetic
                    .push(key(&index.arena, at, MatchKind::Phonetic));
            }
        };
        push_keys(self, start);
        // "Hye-kyo Song" also finds "Song Hye-kyo": the first word moved last.
        if let Some(split) = first_word.filter(|&split| rotate && split < len) {
            scratch.clear();
            scratch.push_str(&self.arena[start + split..start + len]);
            scratch.push_str(&self.arena[start..start + split]);
            let rotated = self.arena.len();
            self.arena.push_str(scratch);
            push_keys(self, rotated);
        }
    }

    /// Adds the name (in both orders), the native name with its
    /// romanizations and initials, and every alias (in both orders) of one
    /// person or character.
    fn add_names(
        &mut self,
        owner: Owner,
        at: (u32, u32),
        (name, native, aliases): (&str, Option<&str>, &[Alias]),
        scratch: &mut String,
    ) {
        self.add(owner, at, (name, Which::Name, true), scratch);
        if let Some(native) = native {
            self.add(owner, at, (native, Which::Native, false), scratch);
            // The native name in both romanizations, each in either order, and
            // with the surname's customary spellings (Lee, Yi for 이): found
            // with no alias in the data.
            for system in [
                RomanizationSystem::Revised,
                RomanizationSystem::McCuneReischauer,
            ] {
                if let Some(romanized) = romanize_name(native, system, false) {
                    let which = Which::Romanized(system);
                    self.add(owner, at, (&romanized, which, true), scratch);
                    if system == RomanizationSystem::Revised {
                        let surname: String = native.chars().take(1).collect();
                        let given = romanized.split_once(' ').map_or("", |(_, g)| g);
                        for spelling in customary_surnames(&surname) {
                            let text = format!("{spelling} {given}");
                            self.add(owner, at, (&text, which, true), scratch);
                        }
                    }
                }
            }
            if let Some(initials) = initials(native) {
                self.add(owner, at, (&initials, Which::Initials, false), scratch);
            }
        }
        for (i, alias) in aliases.iter().enumerate() {
            self.add(
                owner,
                at,
                (alias.name(), Which::Alias(i as u32), true),
                scratch,
            );
        }
    }

    /// Adds every title of series `si`: English, native (with its
    /// romanizations and initials), stored romanizations, localized titles
    /// and aliases.
    fn add_titles(&mut self, si: u32, titles: &Titles, scratch: &mut String) {
        let (owner, at) = (Owner::Series(si), (si, 0));
        self.add(owner, at, (titles.english(), Which::Name, false), scratch);
        if let Some(native) = titles.native() {
            self.add(owner, at, (native, Which::Native, false), scratch);
            for system in [
                RomanizationSystem::Revised,
                RomanizationSystem::McCuneReischauer,
            ] {
                let romanized = romanize(native, system);
                self.add(
                    owner,
                    at,
                    (&romanized, Which::Romanized(system), false),
                    scratch,
                );
            }
            if let Some(initials) = initials(native) {
                self.add(owner, at, (&initials, Which::Initials, false), scratch);
            }
        }
        for (i, r) in titles.romanizations().iter().enumerate() {
            self.add(
                owner,
                at,
                (r.text(), Which::Stored(i as u32), false),
                scratch,
            );
        }
        for (i, (_, title)) in titles.localized().iter().enumerate() {
            self.add(
                owner,
                at,
                (title, Which::Localized(i as u32), false),
                scratch,
            );
        }
        for (i, alias) in titles.aliases().iter().enumerate() {
            self.add(
                owner,
                at,
                (alias.name(), Which::Alias(i as u32), false),
                scratch,
            );
        }
    }

    /// The positions in `keys` whose text is exactly `query`.
    fn equal_range(&self, keys: &[Key], query: &str) -> Range<usize> {
        let p = prefix_of(query);
        let start =
            keys.partition_point(|k| k.prefix < p || (k.prefix == p && self.text(k) < query));
        start..start + keys[start..].partition_point(|k| self.text(k) == query)
    }

    /// Ranked matches for `query` among `series` (the slice the index was built from).
    pub(crate) fn search<'i, 's>(&'i self, series: &'s [Series], query: &str) -> Matches<'i, 's> {
        Matches::new(IndexRef::Borrowed(self), series, query)
    }

    fn resolve<'s>(&self, series: &'s [Series], entry: u32, kind: MatchKind) -> Option<Match<'s>> {
        let e = self.entries.get(entry as usize)?;
        let s = series.get(e.series as usize)?;
        let (subject, name, native, aliases) = match e.owner {
            Owner::Series(_) => return self.resolve_title(s, e.which, kind),
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
            Which::Stored(_) | Which::Localized(_) => return None,
        };
        Some(Match {
            subject,
            matched,
            variant,
            kind,
        })
    }

    fn resolve_title<'s>(&self, s: &'s Series, which: Which, kind: MatchKind) -> Option<Match<'s>> {
        let t = s.titles();
        let (matched, variant) = match which {
            Which::Name => (t.english(), Variant::Name),
            Which::Native => (t.native()?, Variant::NativeName),
            Which::Romanized(system) => (t.native()?, Variant::Romanized(system)),
            Which::Initials => (t.native()?, Variant::Initials),
            Which::Stored(i) => {
                let r = t.romanizations().get(i as usize)?;
                (r.text(), Variant::Romanized(r.system()))
            }
            Which::Localized(i) => (
                t.localized().get(i as usize)?.1.as_str(),
                Variant::Alias(AliasKind::Localized),
            ),
            Which::Alias(i) => {
                let a = t.aliases().get(i as usize)?;
                (a.name(), Variant::Alias(a.kind()))
            }
        };
        Some(Match {
            subject: Subject::Series(s),
            matched,
            variant,
            kind,
        })
    }
}

/// The index a search reads: a catalog's (borrowed) or one built for a
/// single series' search (owned by the results).
#[derive(Debug, Clone)]
enum IndexRef<'i> {
    Borrowed(&'i NameIndex),
    Owned(Box<NameIndex>),
}

impl std::ops::Deref for IndexRef<'_> {
    type Target = NameIndex;
    fn deref(&self) -> &NameIndex {
        match self {
            IndexRef::Borrowed(index) => index,
            IndexRef::Owned(index) => index,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Exact(usize),
    Phonetic(usize),
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
    index: IndexRef<'i>,
    series: &'s [Series],
    exact: Range<usize>,
    phonetic: Range<usize>,
    prefix: Range<usize>,
    stage: Stage,
    query: String,
    seen: HashSet<Owner>,
}

impl<'i, 's> Matches<'i, 's> {
    /// Looks `query` up once: the exact, phonetic and prefix ranges.
    fn new(index: IndexRef<'i>, series: &'s [Series], query: &str) -> Matches<'i, 's> {
        let query = normalize_name(query);
        let exact = index.equal_range(&index.sorted, &query);
        let end = exact.start
            + index.sorted[exact.start..]
                .partition_point(|k| index.text(k).starts_with(query.as_str()));
        let phonetic =
            phonetic_key(&query).map_or(0..0, |key| index.equal_range(&index.phonetic, &key));
        Matches {
            stage: Stage::Exact(exact.start),
            prefix: exact.end..end,
            exact,
            phonetic,
            index,
            series,
            query,
            seen: HashSet::new(),
        }
    }
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
                    self.stage = Stage::Phonetic(self.phonetic.start);
                    continue;
                }
                Stage::Phonetic(i) if i >= self.phonetic.end => {
                    self.stage = Stage::Prefix(self.prefix.start);
                    continue;
                }
                Stage::Phonetic(i) => {
                    self.stage = Stage::Phonetic(i + 1);
                    (self.index.phonetic[i], MatchKind::Phonetic)
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
    /// Searches this series' title, people and characters by any name
    /// variant, best match first, lazily, like
    /// [`Catalog::search`](crate::Catalog::search) (see [`Matches`]). Builds
    /// the series' name index for each call; a
    /// [`Catalog`](crate::Catalog) keeps one for repeated searches.
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let first = glory.search("dong eun").next().expect("a match");
    /// assert_eq!(first.subject().name(), "Moon Dong-eun");
    /// assert_eq!(first.kind(), kdrama::MatchKind::Prefix);
    /// ```
    pub fn search(&self, query: &str) -> Matches<'static, '_> {
        let series = std::slice::from_ref(self);
        // Person ids are unique within a valid series: each record is a first.
        let index = NameIndex::build(series, |_| None);
        Matches::new(IndexRef::Owned(Box::new(index)), series, query)
    }
}
