//! Name search: a normaliser, romanization of Hangul (`romanize`), phonetic
//! keys, and a ranked index over series, people and characters (`index`),
//! read lazily by [`Matches`] in stages, best first, with typos last
//! (`typo`).

mod entry;
pub(crate) mod fold;
mod index;
pub(crate) mod results;
pub(crate) mod romanize;
mod texts;
mod typo;

use std::ops::Range;

use foldhash::{HashSet, HashSetExt};

use crate::series::Series;

use entry::Owner;
pub use fold::normalize_name;
use fold::{fold_into, phonetic_key};
pub(crate) use index::{FirstRecord, NameIndex};
use index::{Key, Keys};
pub use results::{Match, MatchKind, Subject, Variant};

/// The most keys each prefix pass reads for one query (names, then later
/// words): a query of one letter in a large catalog starts thousands of
/// names, and search results are for people to read.
const PREFIX_KEYS: usize = 1_000;

impl NameIndex {
    /// Ranked matches for `query` among `series` (the slice the index was built from).
    pub(crate) fn search<'i, 's>(&'i self, series: &'s [Series], query: &str) -> Matches<'i, 's> {
        Matches::new(IndexRef::Borrowed(self), series, query)
    }
}

/// The index a search reads: a catalog's or a series' (borrowed), or, should
/// a series' slot ever hold something else, one built for the search.
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

/// The folded query, and the same words in the other orders a name is
/// written in: the first word moved last, and the last moved first (`Hye-kyo
/// Song` is looked up as `songhyekyo` too), made when first needed.
#[derive(Debug, Clone)]
struct Query {
    /// The folded query as typed, then its other word orders.
    texts: Vec<String>,
    /// Where the first word ends and where the last begins (0: one word).
    splits: [usize; 2],
    rotated: bool,
}

impl Query {
    fn new(query: &str) -> Query {
        let mut folded = String::with_capacity(query.len());
        let mut words = Vec::new();
        fold_into(&mut folded, query, &mut words);
        let splits = [
            words.first().copied().unwrap_or(0),
            words.last().copied().unwrap_or(0),
        ];
        Query {
            texts: vec![folded],
            splits,
            rotated: false,
        }
    }

    /// The folded query as typed.
    fn folded(&self) -> &str {
        &self.texts[0]
    }

    /// The folded query in each word order, as typed first.
    fn texts(&mut self) -> &[String] {
        if !self.rotated {
            self.rotated = true;
            for split in self.splits.into_iter().filter(|&s| s > 0) {
                let folded = &self.texts[0];
                let rotated = [&folded[split..], &folded[..split]].concat();
                if !self.texts.contains(&rotated) {
                    self.texts.push(rotated);
                }
            }
        }
        &self.texts
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Exact,
    Phonetic,
    Initials,
    /// Names (then, with `true`, later words) that start with the query.
    Prefix(bool),
    Typo(usize),
    Done,
}

/// Search results, best first, one per series, person or character:
///
/// 1. the query is a name or native name ([`MatchKind::Name`]), then an
///    alias, then a romanization of the native name, in either name order;
/// 2. it sounds like one ([`MatchKind::Phonetic`]);
/// 3. it is the native name's initial consonants;
/// 4. a name, alias or romanization starts with it, then a later word of a
///    name, alias or title does (`Dong Eun` for Moon Dong-eun), in folded
///    order: at most 1 000 of each are read;
/// 5. it is a typo of one ([`MatchKind::Typo`]), fewest edits first.
///
/// Lazy: each stage is looked up when the one before it is used up, so the
/// first result of an exact match costs a few binary searches, and every
/// stage reads a bounded number of keys: no query scans the index.
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
    query: Query,
    stage: Stage,
    /// For each query text, its equal keys not yet read.
    exact: [Range<usize>; 3],
    /// For each query text, its phonetic key's equal keys not yet read.
    phonetic: [Range<usize>; 3],
    /// The prefix pass's keys not yet read.
    prefix: Range<usize>,
    typos: Vec<(Keys, usize)>,
    seen: HashSet<Owner>,
}

impl<'i, 's> Matches<'i, 's> {
    /// Folds `query` and looks up its exact matches as typed; the other
    /// word orders and the later stages wait.
    fn new(index: IndexRef<'i>, series: &'s [Series], query: &str) -> Matches<'i, 's> {
        let query = Query::new(query);
        let (stage, exact) = if query.folded().is_empty() {
            (Stage::Done, 0..0)
        } else {
            (
                Stage::Exact,
                index.equal_range(Keys::Sorted, query.folded()),
            )
        };
        Matches {
            stage,
            exact: [exact, 0..0, 0..0],
            phonetic: [0..0, 0..0, 0..0],
            prefix: 0..0,
            typos: Vec::new(),
            index,
            series,
            query,
            seen: HashSet::new(),
        }
    }

    /// Looks up the exact matches of the other word orders, unless the
    /// query as typed has a name to give first (no other order can beat it).
    fn other_orders(&mut self) {
        if self.query.rotated {
            return;
        }
        let head = self.exact[0].clone().next();
        let keys = self.index.keys(Keys::Sorted);
        if head.is_some_and(|i| self.index.rank(&keys[i]) == MatchKind::Name) {
            return;
        }
        let index = &*self.index;
        for (i, text) in self.query.texts().iter().enumerate().skip(1) {
            self.exact[i] = index.equal_range(Keys::Sorted, text);
        }
    }

    /// The best-ranked unread key (up to `worst`) at the head of `ranges`.
    fn next_of(
        &self,
        keys: Keys,
        worst: MatchKind,
        which: ExactOrPhonetic,
    ) -> Option<(usize, Key, MatchKind)> {
        let ranges = match which {
            ExactOrPhonetic::Exact => &self.exact,
            ExactOrPhonetic::Phonetic => &self.phonetic,
        };
        let keys = self.index.keys(keys);
        ranges
            .iter()
            .enumerate()
            .filter(|(_, r)| !r.is_empty())
            .map(|(i, r)| (i, keys[r.start], self.index.rank(&keys[r.start])))
            .filter(|&(_, _, rank)| rank <= worst)
            .min_by_key(|&(_, _, rank)| rank)
    }

    /// Moves to `stage`, looking up what it reads.
    fn enter(&mut self, stage: Stage) {
        let index = &*self.index;
        match stage {
            Stage::Phonetic => {
                for (i, text) in self.query.texts().iter().enumerate() {
                    if let Some(key) = phonetic_key(text) {
                        self.phonetic[i] = index.equal_range(Keys::Phonetic, &key);
                    }
                }
            }
            Stage::Prefix(words) => {
                let keys = if words { Keys::Words } else { Keys::Sorted };
                let range = index.prefix_range(keys, self.query.folded());
                self.prefix = range.start..range.end.min(range.start + PREFIX_KEYS);
            }
            Stage::Typo(_) => self.typos = typo::typos(index, &mut self.query),
            _ => {}
        }
        self.stage = stage;
    }

    /// The next key to try, with the kind of match it makes.
    fn next_key(&mut self) -> Option<(Key, MatchKind)> {
        loop {
            match self.stage {
                Stage::Done => return None,
                Stage::Exact | Stage::Initials => {
                    self.other_orders();
                    let worst = if self.stage == Stage::Exact {
                        MatchKind::Romanized
                    } else {
                        MatchKind::Initials
                    };
                    match self.next_of(Keys::Sorted, worst, ExactOrPhonetic::Exact) {
                        Some((i, key, rank)) => {
                            self.exact[i].start += 1;
                            return Some((key, rank));
                        }
                        None if self.stage == Stage::Exact => self.enter(Stage::Phonetic),
                        None => self.enter(Stage::Prefix(false)),
                    }
                }
                Stage::Phonetic => {
                    let any = MatchKind::Initials;
                    match self.next_of(Keys::Phonetic, any, ExactOrPhonetic::Phonetic) {
                        Some((i, key, _)) => {
                            self.phonetic[i].start += 1;
                            return Some((key, MatchKind::Phonetic));
                        }
                        None => self.enter(Stage::Initials),
                    }
                }
                Stage::Prefix(words) => match self.prefix.next() {
                    Some(i) => {
                        let keys = if words { Keys::Words } else { Keys::Sorted };
                        return Some((self.index.keys(keys)[i], MatchKind::Prefix));
                    }
                    None if words => self.enter(Stage::Typo(0)),
                    None => self.enter(Stage::Prefix(true)),
                },
                Stage::Typo(i) => match self.typos.get(i) {
                    Some(&(keys, at)) => {
                        self.stage = Stage::Typo(i + 1);
                        return Some((self.index.keys(keys)[at], MatchKind::Typo));
                    }
                    None => self.stage = Stage::Done,
                },
            }
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum ExactOrPhonetic {
    Exact,
    Phonetic,
}

impl<'s> Iterator for Matches<'_, 's> {
    type Item = Match<'s>;

    fn next(&mut self) -> Option<Match<'s>> {
        loop {
            let (key, kind) = self.next_key()?;
            if self.seen.insert(self.index.owner(&key))
                && let Some(m) = self.index.resolve(self.series, &key, kind)
            {
                return Some(m);
            }
        }
    }
}

impl Series {
    /// Searches this series' title, people and characters by any name
    /// variant, best match first, lazily, like
    /// [`Catalog::search`](crate::Catalog::search) (see [`Matches`]). The
    /// series' name index is built on the first search and kept (clones
    /// share it).
    ///
    /// ```
    /// let glory = kdrama::datasets::the_glory();
    /// let first = glory.search("dong eun").next().expect("a match");
    /// assert_eq!(first.subject().name(), "Moon Dong-eun");
    /// assert_eq!(first.kind(), kdrama::MatchKind::Prefix);
    /// ```
    pub fn search(&self, query: &str) -> Matches<'_, '_> {
        let series = std::slice::from_ref(self);
        // Person ids are unique within a valid series: each record is a first.
        let build = || NameIndex::build(series, &[]);
        let index = match self.derived().get_or_init(build) {
            Some(index) => IndexRef::Borrowed(index),
            None => IndexRef::Owned(Box::new(build())),
        };
        Matches::new(index, series, query)
    }
}

#[cfg(test)]
mod tests {
    use super::{MatchKind, NameIndex, PREFIX_KEYS};
    use crate::model::people::Person;
    use crate::series::Series;

    /// A series with `n` people named `Ahn Person 0`, `Ahn Person 1`, …
    fn crowd(n: usize) -> Series {
        let mut builder = Series::builder("crowd".parse().unwrap(), "Crowd");
        for i in 0..n {
            let id = format!("p{i}").parse().unwrap();
            builder = builder.person(Person::new(id, format!("Ahn Person {i}")));
        }
        builder.build().unwrap()
    }

    #[test]
    fn a_series_keeps_its_index_and_clones_share_it() {
        let series = crowd(3);
        assert!(series.search("ahn person 1").next().is_some());
        let never = || -> NameIndex { panic!("built again") };
        assert!(series.derived().get_or_init(never).is_some());
        let copy = series.clone();
        assert!(copy.derived().get_or_init(never).is_some());
        let hit = copy.search("ahn person 2").next().unwrap();
        assert_eq!(
            (hit.subject().name(), hit.kind()),
            ("Ahn Person 2", MatchKind::Name)
        );
        // Equality and serialization ignore it.
        assert_eq!(copy, crowd(3));
        assert_eq!(copy.to_json(), crowd(3).to_json());
    }

    #[test]
    fn each_prefix_pass_reads_a_bounded_number_of_keys() {
        let series = crowd(PREFIX_KEYS + 500);
        let kinds: Vec<MatchKind> = series.search("ahn").map(|m| m.kind()).collect();
        // Every name starts with the query; only so many are read (and
        // later words, `Person 7`, start with no `ahn`).
        assert_eq!(kinds.len(), PREFIX_KEYS);
        assert!(kinds.iter().all(|k| *k == MatchKind::Prefix));
        // A longer query reaches the rest; its neighbours follow as typos.
        let kinds: Vec<MatchKind> = series.search("ahn person 1499").map(|m| m.kind()).collect();
        assert_eq!(kinds[0], MatchKind::Name);
        assert!(
            kinds[1..].iter().all(|k| *k == MatchKind::Typo),
            "{kinds:?}"
        );
    }
}
