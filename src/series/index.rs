//! The id index of a series: one lookup table per kind of record, built once
//! when the series is assembled.

use std::hash::BuildHasher;

use foldhash::fast::RandomState;

use crate::model::audience::Measurement;
use crate::model::claims::{Claim, Statement};
use crate::model::events::Event;
use crate::model::media::{MediaAsset, Motif};
use crate::model::people::{Character, Organization, Person};
use crate::model::source::Source;
use crate::model::specials::Special;

/// One [`IdIndex`] per kind of record, built once when a series is
/// assembled, with no copies of the ids.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) people: IdIndex,
    pub(crate) characters: IdIndex,
    pub(crate) organizations: IdIndex,
    pub(crate) motifs: IdIndex,
    pub(crate) media: IdIndex,
    pub(crate) claims: IdIndex,
    pub(crate) statements: IdIndex,
    pub(crate) events: IdIndex,
    pub(crate) sources: IdIndex,
    pub(crate) specials: IdIndex,
    pub(crate) audience: IdIndex,
}

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

/// Record positions sorted by a keyed hash of their id (the first of any
/// duplicates kept): a lookup is a binary search over one contiguous vector
/// of hashes, touching a record only to confirm a hash match. The hasher's
/// keys are random, so crafted ids cannot collide on purpose.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdIndex {
    // Boxed: no spare capacity, and 8 bytes less than a Vec, in each of
    // a series' eleven indexes.
    slots: Box<[Slot]>,
    hasher: RandomState,
}

impl IdIndex {
    /// Indexes `records` by id; returns the index and every `(duplicate, first)`
    /// pair of positions, in document order of the duplicates.
    pub(crate) fn build<T: Keyed>(records: &[T]) -> (IdIndex, Vec<(usize, usize)>) {
        let hasher = RandomState::default();
        let mut slots: Vec<Slot> = records
            .iter()
            .enumerate()
            .map(|(i, r)| (hasher.hash_one(r.key()) as u32, i as u32))
            .collect();
        slots.sort_unstable();
        let (slots, duplicates) = first_of_each_id(records, slots);
        let slots = slots.into_boxed_slice();
        (IdIndex { slots, hasher }, duplicates)
    }

    /// The record with id `key`.
    pub(crate) fn get<'a, T: Keyed>(&self, records: &'a [T], key: &str) -> Option<&'a T> {
        let hash = self.hasher.hash_one(key) as u32;
        let start = self.slots.partition_point(|&(h, _)| h < hash);
        self.slots[start..]
            .iter()
            .take_while(|&&(h, _)| h == hash)
            .filter_map(|&(_, i)| records.get(i as usize))
            .find(|r| r.key() == key)
    }

    /// Whether a record with id `key` exists.
    pub(crate) fn contains<T: Keyed>(&self, records: &[T], key: &str) -> bool {
        self.get(records, key).is_some()
    }
}

/// Keeps the first slot of each id from `slots` (sorted by hash, then
/// position), in place; returns the kept slots and every `(duplicate, first)`
/// pair of positions, in document order of the duplicates.
fn first_of_each_id<T: Keyed>(
    records: &[T],
    mut slots: Vec<Slot>,
) -> (Vec<Slot>, Vec<(usize, usize)>) {
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
    slots.truncate(kept);
    duplicates.sort_unstable();
    (slots, duplicates)
}

#[cfg(test)]
mod tests {
    use std::hash::BuildHasher;

    use foldhash::fast::RandomState;

    use super::{IdIndex, Keyed, first_of_each_id};

    struct Rec(&'static str);
    impl Keyed for Rec {
        fn key(&self) -> &str {
            self.0
        }
    }

    #[test]
    fn id_index_finds_every_id_and_reports_each_duplicate_against_the_first() {
        let ids = ["b", "a", "c", "a", "b", "a", "", "d"];
        let records: Vec<Rec> = ids.iter().map(|&s| Rec(s)).collect();
        let (index, duplicates) = IdIndex::build(&records);
        assert_eq!(duplicates, vec![(3, 1), (4, 0), (5, 1)]);
        for id in ["a", "b", "c", "d", ""] {
            let found = index.get(&records, id).map(|r| r as *const Rec);
            let first = records
                .iter()
                .position(|r| r.0 == id)
                .map(|i| &records[i] as *const Rec);
            assert_eq!(found, first, "{id:?}");
        }
        assert!(!index.contains(&records, "e"));
        assert!(!index.contains(&records, "aa"));
        assert!(!index.contains(&[] as &[Rec], "a"));
    }

    #[test]
    fn colliding_hashes_still_tell_ids_apart() {
        // Every slot shares one hash, as if all ids collided.
        let records: Vec<Rec> = ["x", "a", "x", "a", "y"].iter().map(|&s| Rec(s)).collect();
        let hasher = RandomState::default();
        let hash = hasher.hash_one("a") as u32;
        let slots: Vec<(u32, u32)> = (0..records.len() as u32).map(|i| (hash, i)).collect();
        let (kept, duplicates) = first_of_each_id(&records, slots);
        assert_eq!(kept, vec![(hash, 0), (hash, 1), (hash, 4)]);
        assert_eq!(duplicates, vec![(2, 0), (3, 1)]);
        let index = IdIndex {
            slots: kept.into_boxed_slice(),
            hasher,
        };
        assert_eq!(
            index.get(&records, "a").map(|r| r as *const Rec),
            Some(&records[1] as *const Rec)
        );
        assert!(!index.contains(&records, "z"));
    }
}
