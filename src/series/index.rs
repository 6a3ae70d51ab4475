//! The id index of a series: one lookup table per kind of record, built once
//! when the series is assembled, all held in one allocation.

use std::hash::BuildHasher;

use foldhash::fast::RandomState;

use crate::model::audience::Measurement;
use crate::model::claims::{Claim, Statement};
use crate::model::events::Event;
use crate::model::media::{MediaAsset, Motif};
use crate::model::people::{Character, Organization, Person};
use crate::model::source::Source;
use crate::model::specials::Special;
use crate::series::wire::SeriesData;

/// A record with an id.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($ty:ty),*) => {$(
        impl Keyed for $ty {
            fn key(&self) -> &str {
                self.id().as_str()
            }
        }
    )*};
}

keyed!(
    Person,
    Character,
    Organization,
    Motif,
    MediaAsset,
    Claim,
    Statement,
    Event,
    Source,
    Special,
    Measurement
);

/// A record's position beside the low half of its id's hash: 8 bytes a
/// record (two ids whose halves collide are told apart by their keys).
type Slot = (u32, u32);

/// Defines [`Kind`] and one accessor on [`Index`] per kind of record.
macro_rules! kinds {
    ($($kind:ident => $list:ident, $what:literal;)*) => {
        /// The kinds of record a series indexes by id, in the order their
        /// duplicate ids are reported.
        #[derive(Debug, Clone, Copy)]
        pub(crate) enum Kind {
            $($kind,)*
        }

        /// How many kinds there are.
        const KINDS: usize = [$(Kind::$kind),*].len();

        impl Kind {
            /// The series field that lists this kind of record.
            pub(crate) fn collection(self) -> &'static str {
                match self {
                    $(Kind::$kind => stringify!($list),)*
                }
            }

            /// One record of this kind, as findings name it.
            pub(crate) fn what(self) -> &'static str {
                match self {
                    $(Kind::$kind => $what,)*
                }
            }
        }

        impl Index {
            /// Indexes every kind of record of `data` by id, kinds in the
            /// order above; `duplicate(kind, position, first, id)` hears of
            /// each repeated id, kind by kind, in document order.
            pub(crate) fn build(
                data: &SeriesData,
                mut duplicate: impl FnMut(Kind, usize, usize, &str),
            ) -> Index {
                let mut ids = Index::builder(0 $(+ data.$list.len())*);
                $(
                    for (i, first) in ids.add(Kind::$kind, &data.$list) {
                        let key = data.$list.get(i).map_or("", Keyed::key);
                        duplicate(Kind::$kind, i, first, key);
                    }
                )*
                ids.finish()
            }

            $(
                #[doc = concat!("The index of the series' ", stringify!($list), ".")]
                #[inline]
                pub(crate) fn $list(&self) -> IdIndex<'_> {
                    self.of(Kind::$kind)
                }
            )*
        }
    };
}

kinds! {
    Sources => sources, "source";
    Organizations => organizations, "organization";
    People => people, "person";
    Characters => characters, "character";
    Motifs => motifs, "motif";
    Media => media, "media";
    Claims => claims, "claim";
    Statements => statements, "statement";
    Events => events, "event";
    Specials => specials, "special";
    Audience => audience, "measurement";
}

/// Every kind's slots in one boxed slice (one allocation a series, not
/// one per kind), each kind's run sorted by a keyed hash of the ids (the
/// first of any duplicates kept). The hasher's keys are random, so crafted
/// ids cannot collide on purpose.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    slots: Box<[Slot]>,
    /// Each kind's run of `slots`, as `(start, end)`.
    runs: [(u32, u32); KINDS],
    hasher: RandomState,
}

impl Index {
    /// An empty index with room for `records` slots, to be filled kind by
    /// kind with [`IndexBuilder::add`].
    pub(crate) fn builder(records: usize) -> IndexBuilder {
        IndexBuilder {
            slots: Vec::with_capacity(records),
            runs: [(0, 0); KINDS],
            hasher: RandomState::default(),
        }
    }

    #[inline]
    fn of(&self, kind: Kind) -> IdIndex<'_> {
        let (start, end) = self.runs[kind as usize];
        IdIndex {
            slots: self.slots.get(start as usize..end as usize).unwrap_or(&[]),
            hasher: self.hasher.clone(),
        }
    }
}

/// An [`Index`] being filled.
pub(crate) struct IndexBuilder {
    slots: Vec<Slot>,
    runs: [(u32, u32); KINDS],
    hasher: RandomState,
}

impl IndexBuilder {
    /// Indexes `records` as `kind`; returns every `(duplicate, first)` pair
    /// of positions, in document order of the duplicates.
    pub(crate) fn add<T: Keyed>(&mut self, kind: Kind, records: &[T]) -> Vec<(usize, usize)> {
        let start = self.slots.len();
        let hasher = &self.hasher;
        self.slots.extend(
            records
                .iter()
                .enumerate()
                .map(|(i, r)| (hasher.hash_one(r.key()) as u32, i as u32)),
        );
        let run = &mut self.slots[start..];
        run.sort_unstable();
        let (kept, duplicates) = first_of_each_id(records, run);
        self.slots.truncate(start + kept);
        self.runs[kind as usize] = (start as u32, self.slots.len() as u32);
        duplicates
    }

    /// The finished index.
    pub(crate) fn finish(self) -> Index {
        Index {
            slots: self.slots.into_boxed_slice(),
            runs: self.runs,
            hasher: self.hasher,
        }
    }
}

/// One kind's lookup table: a binary search over one contiguous run of
/// hashes, touching a record only to confirm a hash match.
#[derive(Debug, Clone)]
pub(crate) struct IdIndex<'a> {
    slots: &'a [Slot],
    hasher: RandomState,
}

impl IdIndex<'_> {
    /// The record with id `key`.
    pub(crate) fn get<'r, T: Keyed>(&self, records: &'r [T], key: &str) -> Option<&'r T> {
        self.find(records, key).map(|(_, r)| r)
    }

    /// The position in `records` of the record with id `key`.
    pub(crate) fn position<T: Keyed>(&self, records: &[T], key: &str) -> Option<usize> {
        self.find(records, key).map(|(i, _)| i)
    }

    /// The record with id `key` and its position.
    #[inline]
    fn find<'r, T: Keyed>(&self, records: &'r [T], key: &str) -> Option<(usize, &'r T)> {
        let hash = self.hasher.hash_one(key) as u32;
        let start = self.slots.partition_point(|&(h, _)| h < hash);
        self.slots[start..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .filter_map(|&(_, i)| Some((i as usize, records.get(i as usize)?)))
            .find(|(_, r)| r.key() == key)
    }

    /// Whether a record with id `key` exists.
    pub(crate) fn contains<T: Keyed>(&self, records: &[T], key: &str) -> bool {
        self.get(records, key).is_some()
    }
}

/// Keeps the first slot of each id in `slots` (sorted by hash, then
/// position), moved to its front in order; returns how many are kept and
/// every `(duplicate, first)` pair of positions, in document order of the
/// duplicates.
fn first_of_each_id<T: Keyed>(records: &[T], slots: &mut [Slot]) -> (usize, Vec<(usize, usize)>) {
    let key = |i: u32| records.get(i as usize).map_or("", Keyed::key);
    let mut duplicates = Vec::new();
    // Slots before `kept` are kept; a slot is read before it can be
    // overwritten, since `kept` never passes `read`.
    let mut kept = 0;
    let mut run_start = 0;
    for read in 0..slots.len() {
        let (hash, i) = slots[read];
        if kept == 0 || slots[kept - 1].0 != hash {
            // A run shares one hash; its positions ascend, so the first
            // record with a given id comes first. Runs longer than one are
            // rare (a duplicate or a collision).
            run_start = kept;
        }
        let first = slots[run_start..kept]
            .iter()
            .find(|&&(_, k)| key(k) == key(i))
            .map(|&(_, k)| k as usize);
        match first {
            Some(first) => duplicates.push((i as usize, first)),
            None => {
                slots[kept] = (hash, i);
                kept += 1;
            }
        }
    }
    duplicates.sort_unstable();
    (kept, duplicates)
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use foldhash::fast::RandomState;

    use super::{IdIndex, Index, Keyed, Kind, first_of_each_id};

    struct Rec(&'static str);
    impl Keyed for Rec {
        fn key(&self) -> &str {
            self.0
        }
    }

    fn recs(ids: &[&'static str]) -> Vec<Rec> {
        ids.iter().map(|&s| Rec(s)).collect()
    }

    /// Checks that `index` finds the first record of every id in `records`.
    fn finds_firsts(index: IdIndex<'_>, records: &[Rec]) {
        for r in records {
            let found = index.get(records, r.0).map(|r| r as *const Rec);
            let first = records.iter().find(|f| f.0 == r.0).map(|f| f as *const Rec);
            assert_eq!(found, first, "{:?}", r.0);
        }
    }

    #[test]
    fn id_index_finds_every_id_and_reports_each_duplicate_against_the_first() {
        let records = recs(&["b", "a", "c", "a", "b", "a", "", "d"]);
        let mut builder = Index::builder(records.len());
        let duplicates = builder.add(Kind::People, &records);
        let index = builder.finish();
        assert_eq!(duplicates, vec![(3, 1), (4, 0), (5, 1)]);
        finds_firsts(index.people(), &records);
        assert!(!index.people().contains(&records, "e"));
        assert!(!index.people().contains(&records, "aa"));
        assert!(!index.people().contains(&[] as &[Rec], "a"));
    }

    #[test]
    fn kinds_share_one_allocation_and_keep_their_own_ids() {
        let people = recs(&["a", "b", "a"]);
        let sources = recs(&["s", "a", "t", "s"]);
        let characters = recs(&["c"]);
        // Added out of the kinds' order, as nothing requires that order.
        let mut builder = Index::builder(people.len() + sources.len() + characters.len());
        assert_eq!(builder.add(Kind::People, &people), vec![(2, 0)]);
        assert_eq!(builder.add(Kind::Sources, &sources), vec![(3, 0)]);
        assert_eq!(builder.add(Kind::Characters, &characters), vec![]);
        let index = builder.finish();
        assert_eq!(index.slots.len(), 2 + 3 + 1, "duplicates are not kept");
        finds_firsts(index.people(), &people);
        finds_firsts(index.sources(), &sources);
        finds_firsts(index.characters(), &characters);
        // Each kind looks only at its own run.
        assert!(!index.people().contains(&people, "s"));
        assert!(!index.characters().contains(&characters, "a"));
        assert!(!index.media().contains(&characters, "c"));
        assert!(Index::default().people().get(&people, "a").is_none());
    }

    #[test]
    fn colliding_hashes_still_tell_ids_apart() {
        // Every slot shares one hash, as if all ids collided.
        let records = recs(&["x", "a", "x", "a", "y"]);
        let hasher = RandomState::default();
        let hash = hasher.hash_one("a") as u32;
        let mut slots: Vec<(u32, u32)> = (0..records.len() as u32).map(|i| (hash, i)).collect();
        let (kept, duplicates) = first_of_each_id(&records, &mut slots);
        slots.truncate(kept);
        assert_eq!(slots, vec![(hash, 0), (hash, 1), (hash, 4)]);
        assert_eq!(duplicates, vec![(2, 0), (3, 1)]);
        let index = IdIndex {
            slots: &slots,
            hasher,
        };
        assert_eq!(
            index.get(&records, "a").map(|r| r as *const Rec),
            Some(&records[1] as *const Rec)
        );
        assert!(!index.contains(&records, "z"));
    }
}
