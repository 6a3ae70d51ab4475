//! The name index: every name variant of every series, person and character,
//! folded into one string arena, with three sorted vectors of keys (the
//! folded texts, their later words, and the phonetic keys of the Latin ones)
//! on which every lookup is a binary search.

use std::cmp::Ordering;
use std::ops::Range;

use foldhash::{HashSet, HashSetExt};

use crate::model::names::Titles;
use crate::series::Series;
use crate::series::records::Aliases;
use crate::vocab::{AliasKind, RomanizationSystem};

use super::entry::{Entry, Kind, Owner, Which, item};
use super::fold::{fold_into, initials_into, phonetic_into};
use super::results::{Match, MatchKind, Subject, Variant};
use super::romanize::{Syllables, customary_surnames, name_into, romanize};
use super::texts::{Pending, Texts, counting_sort, prefix_of};

/// A folded text in the arena (from `start` to its NUL), its first bytes
/// (for comparisons that rarely need the arena), and its entry: 16 bytes.
/// How good an exact match on it is, is its entry's (`NameIndex::rank`).
#[derive(Debug, Clone, Copy)]
pub(super) struct Key {
    prefix: u64,
    start: u32,
    entry: u32,
}

/// The three vectors of keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Keys {
    /// The folded text of every variant.
    Sorted,
    /// The phonetic keys of the Latin variants.
    Phonetic,
    /// The folded text from each later word of a name, alias or title on
    /// (`hyekyo` of `Song Hye-kyo`).
    Words,
}

/// The texts of the owner being added, to skip a variant that folds to a
/// text the owner has already (an alias `Song Hye Kyo` beside the name
/// `Song Hye-kyo`), and scratch space. Only the last few texts of each kind
/// are compared, so that adding stays linear; when an owner has more, or
/// comes in more than one batch, the sort dedups.
#[derive(Debug, Default)]
struct Batch {
    /// The owner's texts so far, by kind of key, as ids in `Texts`.
    texts: [Vec<u32>; 3],
    /// Whether some owner may have a text twice in one kind of key.
    repeats: bool,
    /// The distinct texts so far.
    known: Texts,
    /// The keys so far, by kind, in the order they were added.
    pending: [Vec<Pending>; 3],
    words: Vec<usize>,
    sound: String,
    plain: Vec<u8>,
    text: String,
    spelling: String,
    syllables: Syllables,
}

const BATCH_COMPARED: usize = 16;

impl Batch {
    /// Starts the batch of a new owner; `again` if it has had one before.
    fn start(&mut self, again: bool) {
        self.texts.iter_mut().for_each(Vec::clear);
        self.repeats |= again;
    }

    /// Notes text `id` for keys of kind `keys`; `false` if the owner has it
    /// already.
    fn note(&mut self, keys: Keys, id: u32) -> bool {
        let texts = &mut self.texts[keys as usize];
        let recent = texts.len().saturating_sub(BATCH_COMPARED);
        if texts[recent..].contains(&id) {
            return false;
        }
        self.repeats |= recent > 0;
        texts.push(id);
        true
    }
}

/// Where a person record's id first appears in a catalog, and whether this
/// record has the same name, native name and aliases as that one (worked
/// out by the catalog while it checks people, which reads both records
/// anyway).
#[derive(Debug, Clone, Copy)]
pub(crate) struct FirstRecord {
    /// The series and position of the first record with this id.
    pub(crate) at: (u32, u32),
    /// Whether this record repeats the first one's names.
    pub(crate) repeat: bool,
}

/// Every name variant of every series, person and character. See the
/// module documentation.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameIndex {
    entries: Vec<Entry>,
    /// The first records of the `Kind::PersonElsewhere` entries, by entry.
    elsewhere: Vec<(u32, (u32, u32))>,
    arena: String,
    sorted: Vec<Key>,
    phonetic: Vec<Key>,
    words: Vec<Key>,
}

impl NameIndex {
    pub(super) fn text(&self, key: &Key) -> &str {
        let rest = self.arena.get(key.start as usize..).unwrap_or("");
        // Names are short: a plain scan beats a searcher's setup.
        let end = rest.bytes().position(|b| b == 0).unwrap_or(rest.len());
        rest.get(..end).unwrap_or("")
    }

    /// How the text of `key` compares with `text`, reading no further into
    /// the arena than `text` is long (and one byte more when they agree so
    /// far). No folded text holds a NUL, so a shorter key's NUL sorts it
    /// first.
    fn cmp_text(&self, key: &Key, text: &str) -> Ordering {
        let rest = self.from(key);
        let n = text.len().min(rest.len());
        rest[..n].cmp(text.as_bytes()).then_with(|| {
            if rest.get(n).is_some_and(|&b| b != 0) {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
    }

    /// Whether the text of `key` starts with `text`.
    fn starts_with(&self, key: &Key, text: &str) -> bool {
        self.from(key).starts_with(text.as_bytes())
    }

    /// The arena from the text of `key` on.
    fn from(&self, key: &Key) -> &[u8] {
        self.arena
            .as_bytes()
            .get(key.start as usize..)
            .unwrap_or(&[])
    }

    pub(super) fn keys(&self, which: Keys) -> &[Key] {
        match which {
            Keys::Sorted => &self.sorted,
            Keys::Phonetic => &self.phonetic,
            Keys::Words => &self.words,
        }
    }

    /// How good an exact match on `key` is.
    pub(super) fn rank(&self, key: &Key) -> MatchKind {
        self.entries
            .get(key.entry as usize)
            .map_or(MatchKind::Typo, |e| e.which.rank())
    }

    pub(super) fn owner(&self, key: &Key) -> Owner {
        let Some(e) = self.entries.get(key.entry as usize) else {
            return Owner::Series(u32::MAX);
        };
        e.owner(|| {
            let at = self.elsewhere.partition_point(|&(i, _)| i < key.entry);
            self.elsewhere.get(at).map(|&(_, first)| first)
        })
    }

    /// Indexes `series`; `firsts` gives, for every person record in
    /// catalog order, the series and position of its id's first record and
    /// whether this one repeats its names (empty: every record is its own
    /// first), so one person across series is one owner, and a repeated
    /// record with the same names adds nothing.
    pub(crate) fn build(series: &[Series], firsts: &[FirstRecord]) -> NameIndex {
        // Sized up front: an entry per stored name variant, and about two
        // keys each.
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
            ..NameIndex::default()
        };
        let mut batch = Batch {
            pending: [names * 2, names, names].map(Vec::with_capacity),
            ..Batch::default()
        };
        let mut person_records = 0;
        for (si, s) in series.iter().enumerate() {
            let si = si as u32;
            batch.start(false);
            index.add_titles(si, s.titles(), &mut batch);
            for (pi, p) in s.people().iter().enumerate() {
                let here = (si, pi as u32);
                let (first, repeat) = firsts
                    .get(person_records)
                    .map_or((here, false), |f| (f.at, f.repeat));
                person_records += 1;
                if !repeat {
                    let owner = Owner::Person(first.0, first.1);
                    let names = (p.name(), p.native_name(), p.aliases());
                    batch.start(first != here);
                    index.add_names(owner, here, names, &mut batch);
                }
            }
            for (ci, c) in s.characters().iter().enumerate() {
                let owner = Owner::Character(si, ci as u32);
                let names = (c.name(), c.native_name(), c.aliases());
                batch.start(false);
                index.add_names(owner, (si, ci as u32), names, &mut batch);
            }
        }
        let order = batch.known.order(&index.arena);
        let [sorted, phonetic, words] = batch
            .pending
            .map(|pending| index.sort_keys(&pending, &batch.known, &order, batch.repeats));
        (index.sorted, index.phonetic, index.words) = (sorted, phonetic, words);
        index.arena.shrink_to_fit();
        index.entries.shrink_to_fit();
        index.elsewhere.shrink_to_fit();
        index
    }

    /// The keys of `pending` sorted by text, then rank and entry; with
    /// `dedup`, one key per text and owner (the best ranked), for owners
    /// whose batches could not tell (see `Batch`). Linear: `pending` is in
    /// entry order, and two stable counting sorts order it by rank, then
    /// by the text's place in `order`.
    fn sort_keys(
        &self,
        pending: &[Pending],
        texts: &Texts,
        order: &[u32],
        dedup: bool,
    ) -> Vec<Key> {
        let by_rank = counting_sort(pending, MatchKind::Typo as usize + 1, |p| p.rank as usize);
        let by_text = counting_sort(&by_rank, order.len(), |p| order[p.text as usize] as usize);
        drop(by_rank);
        let mut keys: Vec<Key> = by_text
            .iter()
            .map(|p| {
                let (start, len) = texts.span(p.text);
                Key {
                    prefix: prefix_of(&self.arena.as_bytes()[start..start + len]),
                    start: start as u32,
                    entry: p.entry,
                }
            })
            .collect();
        if dedup {
            keys = self.dedup(keys);
        }
        keys.shrink_to_fit();
        keys
    }

    /// Keeps the first key of each owner in each run of equal texts. Most
    /// runs are short; a long one (a common name) is checked through a set.
    fn dedup(&self, mut keys: Vec<Key>) -> Vec<Key> {
        let mut kept = 0;
        let mut run = 0;
        let mut owners: HashSet<Owner> = HashSet::new();
        for i in 0..keys.len() {
            let key = keys[i];
            // One text is at one place in the arena.
            let same_text = kept > 0 && {
                let last = &keys[kept - 1];
                last.start == key.start
            };
            if !same_text {
                run = kept;
                owners.clear();
            }
            let owner = self.owner(&key);
            let seen = if kept - run < BATCH_COMPARED {
                keys[run..kept].iter().any(|k| self.owner(k) == owner)
            } else {
                if owners.is_empty() {
                    owners.extend(keys[run..kept].iter().map(|k| self.owner(k)));
                }
                !owners.insert(owner)
            };
            if !seen {
                keys[kept] = key;
                kept += 1;
            }
        }
        keys.truncate(kept);
        keys
    }

    /// Adds one variant of a name for `owner`: its folded text, the later
    /// words of a name, and the phonetic key of a Latin one, each unless the
    /// owner has it already.
    fn add(
        &mut self,
        owner: Owner,
        (series, record): (u32, u32),
        text: &str,
        which: Which,
        batch: &mut Batch,
    ) {
        let start = self.arena.len();
        batch.words.clear();
        fold_into(&mut self.arena, text, &mut batch.words);
        if self.arena.len() == start {
            return;
        }
        let id = batch.known.intern(&mut self.arena, start);
        let (at, len) = batch.known.span(id);
        if !batch.note(Keys::Sorted, id) {
            return;
        }
        let entry = self.entries.len() as u32;
        let e = Entry::new(owner, (series, record), which);
        if let (Kind::PersonElsewhere, Owner::Person(s, p)) = (e.kind, owner) {
            self.elsewhere.push((entry, (s, p)));
        }
        self.entries.push(e);
        let rank = which.rank();
        let key = |text| Pending { text, entry, rank };
        batch.pending[Keys::Sorted as usize].push(key(id));
        if which.has_words() {
            for i in 0..batch.words.len() {
                let word = at + batch.words[i];
                let word = batch
                    .known
                    .intern_within(&self.arena, word, at + len - word);
                if batch.note(Keys::Words, word) {
                    batch.pending[Keys::Words as usize].push(key(word));
                }
            }
        }
        // The phonetic key: the folded text itself if it is its own key.
        let mut sound = std::mem::take(&mut batch.sound);
        sound.clear();
        let folded = &self.arena[at..at + len];
        if phonetic_into(&mut sound, folded, &mut batch.plain) {
            let sound_id = if sound == folded {
                id
            } else {
                batch.known.intern_str(&mut self.arena, &sound)
            };
            if batch.note(Keys::Phonetic, sound_id) {
                batch.pending[Keys::Phonetic as usize].push(key(sound_id));
            }
        }
        batch.sound = sound;
    }

    /// Adds the name, the native name, every alias, and the native name in
    /// both romanizations (with the surname's customary spellings) and by
    /// its initials, of one person or character: best ranked first, so that
    /// a variant that folds to one already added is skipped.
    fn add_names(
        &mut self,
        owner: Owner,
        at: (u32, u32),
        (name, native, aliases): (&str, Option<&str>, Aliases<'_>),
        batch: &mut Batch,
    ) {
        self.add(owner, at, name, Which::Name, batch);
        if let Some(native) = native {
            self.add(owner, at, native, Which::Native, batch);
        }
        for (i, alias) in aliases.iter().enumerate() {
            self.add(owner, at, alias.name(), Which::Alias(item(i)), batch);
        }
        let Some(native) = native else { return };
        // Made in scratch space taken from the batch (and given back), which
        // `add` needs too.
        let mut text = std::mem::take(&mut batch.text);
        let mut spelling = std::mem::take(&mut batch.spelling);
        for system in [
            RomanizationSystem::Revised,
            RomanizationSystem::McCuneReischauer,
        ] {
            text.clear();
            if !name_into(&mut text, native, system, false, &mut batch.syllables) {
                continue;
            }
            let which = Which::Romanized(system);
            self.add(owner, at, &text, which, batch);
            if system == RomanizationSystem::Revised {
                let surname = native
                    .chars()
                    .next()
                    .map_or("", |c| &native[..c.len_utf8()]);
                let given = text.split_once(' ').map_or("", |(_, g)| g);
                for customary in customary_surnames(surname) {
                    spelling.clear();
                    spelling.extend([customary, " ", given]);
                    self.add(owner, at, &spelling, which, batch);
                }
            }
        }
        text.clear();
        if initials_into(&mut text, native) {
            self.add(owner, at, &text, Which::Initials, batch);
        }
        batch.text = text;
        batch.spelling = spelling;
    }

    /// Adds every title of series `si`: English, native, stored
    /// romanizations, localized titles, aliases, then the native title in
    /// both romanizations and by its initials.
    fn add_titles(&mut self, si: u32, titles: &Titles, batch: &mut Batch) {
        let (owner, at) = (Owner::Series(si), (si, 0));
        self.add(owner, at, titles.english(), Which::Name, batch);
        if let Some(native) = titles.native() {
            self.add(owner, at, native, Which::Native, batch);
        }
        for (i, r) in titles.romanizations().iter().enumerate() {
            self.add(owner, at, r.text(), Which::Stored(item(i)), batch);
        }
        for (i, (_, title)) in titles.localized().iter().enumerate() {
            self.add(owner, at, title, Which::Localized(item(i)), batch);
        }
        for (i, alias) in titles.aliases().iter().enumerate() {
            self.add(owner, at, alias.name(), Which::Alias(item(i)), batch);
        }
        let Some(native) = titles.native() else {
            return;
        };
        for system in [
            RomanizationSystem::Revised,
            RomanizationSystem::McCuneReischauer,
        ] {
            let romanized = romanize(native, system);
            self.add(owner, at, &romanized, Which::Romanized(system), batch);
        }
        let mut text = std::mem::take(&mut batch.text);
        text.clear();
        if initials_into(&mut text, native) {
            self.add(owner, at, &text, Which::Initials, batch);
        }
        batch.text = text;
    }

    /// Where `text` is, or would be, in `keys`.
    pub(super) fn lower_bound(&self, keys: Keys, text: &str) -> usize {
        let p = prefix_of(text.as_bytes());
        self.keys(keys).partition_point(|k| {
            k.prefix < p || (k.prefix == p && self.cmp_text(k, text) == Ordering::Less)
        })
    }

    /// The positions in `keys` whose text is exactly `text`.
    pub(super) fn equal_range(&self, keys: Keys, text: &str) -> Range<usize> {
        let start = self.lower_bound(keys, text);
        let p = prefix_of(text.as_bytes());
        // A text of under 8 bytes is its zero-padded prefix (no text holds
        // a NUL): only longer ones read the arena.
        let equal = |k: &Key| {
            k.prefix == p && (text.len() < 8 || self.cmp_text(k, text) == Ordering::Equal)
        };
        start..start + self.keys(keys)[start..].partition_point(equal)
    }

    /// The positions in `keys` whose text starts with `text`.
    pub(super) fn prefix_range(&self, keys: Keys, text: &str) -> Range<usize> {
        let start = self.lower_bound(keys, text);
        let p = prefix_of(text.as_bytes());
        // The prefix bytes `text` has, compared without the arena.
        let shift = 8 * (8 - text.len().min(8)) as u32;
        let mask = u64::MAX.checked_shl(shift).unwrap_or(0);
        let starts =
            |k: &Key| (k.prefix ^ p) & mask == 0 && (text.len() <= 8 || self.starts_with(k, text));
        let len = self.keys(keys)[start..].partition_point(starts);
        start..start + len
    }

    /// The match `key` makes, as `kind`.
    pub(super) fn resolve<'s>(
        &self,
        series: &'s [Series],
        key: &Key,
        kind: MatchKind,
    ) -> Option<Match<'s>> {
        let e = self.entries.get(key.entry as usize)?;
        let s = series.get(e.series as usize)?;
        let (subject, name, native, aliases) = match e.kind {
            Kind::Series => return resolve_title(s, e.which, kind),
            Kind::Person | Kind::PersonElsewhere => {
                let p = s.people().get(e.record as usize)?;
                (Subject::Person(p), p.name(), p.native_name(), p.aliases())
            }
            Kind::Character => {
                let c = s.characters().get(e.record as usize)?;
                let subject = Subject::Character {
                    series: s,
                    character: c,
                };
                (subject, c.name(), c.native_name(), c.aliases())
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

    /// The number of keys in both vectors, and the bytes of the whole index
    /// (entries, arena and keys, as allocated).
    #[cfg(all(test, feature = "datasets"))]
    pub(super) fn size(&self) -> (usize, usize) {
        let keys = self.sorted.len() + self.phonetic.len() + self.words.len();
        let capacity = self.sorted.capacity() + self.phonetic.capacity() + self.words.capacity();
        let bytes = self.entries.capacity() * std::mem::size_of::<Entry>()
            + self.arena.capacity()
            + capacity * std::mem::size_of::<Key>();
        (keys, bytes)
    }
}

fn resolve_title(s: &Series, which: Which, kind: MatchKind) -> Option<Match<'_>> {
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

#[cfg(test)]
mod tests {
    /// The name index of the embedded datasets.
    #[cfg(feature = "datasets")]
    fn datasets_index() -> super::NameIndex {
        let series: Vec<_> = crate::datasets::all().cloned().collect();
        super::NameIndex::build(&series, &[])
    }

    #[cfg(feature = "datasets")]
    #[test]
    fn ranges_agree_with_reading_every_key() {
        use super::Keys;
        let index = datasets_index();
        for keys in [Keys::Sorted, Keys::Phonetic, Keys::Words] {
            let all = index.keys(keys);
            let texts: Vec<&str> = all.iter().map(|k| index.text(k)).collect();
            // Every text, each of its starts (across the 8 bytes a key
            // holds), and texts that are no key.
            let mut queries: Vec<String> = Vec::new();
            for text in &texts {
                for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                    queries.push(text[..end].to_owned());
                }
                queries.push(format!("{text}a"));
            }
            for q in &queries {
                let equal: Vec<usize> = (0..all.len()).filter(|&i| texts[i] == q).collect();
                let starts: Vec<usize> = (0..all.len())
                    .filter(|&i| texts[i].starts_with(q.as_str()))
                    .collect();
                assert_eq!(
                    index.equal_range(keys, q).collect::<Vec<_>>(),
                    equal,
                    "{keys:?} {q:?}"
                );
                assert_eq!(
                    index.prefix_range(keys, q).collect::<Vec<_>>(),
                    starts,
                    "{keys:?} {q:?}"
                );
            }
        }
    }

    #[cfg(feature = "datasets")]
    #[test]
    fn one_key_per_text_and_owner() {
        use super::Keys;
        let index = datasets_index();
        for keys in [Keys::Sorted, Keys::Phonetic, Keys::Words] {
            let mut pairs: Vec<(&str, super::Owner)> = index
                .keys(keys)
                .iter()
                .map(|k| (index.text(k), index.owner(k)))
                .collect();
            let order: Vec<_> = index
                .keys(keys)
                .iter()
                .map(|k| (index.text(k), index.rank(k), k.entry))
                .collect();
            assert!(order.is_sorted(), "{keys:?} not by text, rank, entry");
            let all = pairs.len();
            pairs.sort_unstable();
            pairs.dedup();
            assert_eq!(pairs.len(), all, "{keys:?}");
        }
        let (keys, bytes) = index.size();
        println!("{keys} keys, {bytes} bytes, {} bytes per key", bytes / keys);
        // A key is its first 8 bytes of text and 2 positions.
        assert_eq!(std::mem::size_of::<super::Key>(), 16);
        assert_eq!(std::mem::size_of::<super::Entry>(), 16);
        assert!(bytes / keys <= 64, "{} bytes per key", bytes / keys);
    }
}
