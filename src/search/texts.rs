//! The distinct texts of the name index while it is built, and the
//! linear sort that orders its keys by them. Each text is in the arena
//! once, ended by a NUL (which no folded text holds), so that a key needs
//! only where its text starts.

use std::hash::BuildHasher;

use hashbrown::HashTable;

use super::results::MatchKind;

/// Every distinct folded text of the index, once in the arena, found again
/// by its hash (keyed per process, so that names chosen to collide cannot
/// make adding quadratic). Equal texts are one text: the keys are ordered
/// by sorting the distinct texts once, not every key.
#[derive(Debug, Default)]
pub(super) struct Texts {
    /// Each text's (start, len) in the arena, by id.
    spans: Vec<(u32, u32)>,
    lookup: HashTable<u32>,
    hasher: foldhash::fast::RandomState,
}

impl Texts {
    pub(super) fn span(&self, id: u32) -> (usize, usize) {
        let (start, len) = self.spans[id as usize];
        (start as usize, len as usize)
    }

    fn text<'a>(&self, arena: &'a str, id: u32) -> &'a str {
        let (start, len) = self.span(id);
        &arena[start..start + len]
    }

    fn find(&self, arena: &str, text: &str, hash: u64) -> Option<u32> {
        self.lookup
            .find(hash, |&id| self.text(arena, id) == text)
            .copied()
    }

    /// Registers a new text at `start..start + len` in `arena`.
    fn insert(&mut self, arena: &str, start: usize, len: usize, hash: u64) -> u32 {
        let id = self.spans.len() as u32;
        self.spans.push((start as u32, len as u32));
        let (spans, hasher) = (&self.spans, &self.hasher);
        self.lookup.insert_unique(hash, id, |&other| {
            let (s, l) = spans[other as usize];
            hasher.hash_one(&arena[s as usize..(s + l) as usize])
        });
        id
    }

    /// Registers the new text written at the end of `arena` from `start`,
    /// and ends it with a NUL.
    fn insert_last(&mut self, arena: &mut String, start: usize, hash: u64) -> u32 {
        let id = self.insert(arena, start, arena.len() - start, hash);
        arena.push('\0');
        id
    }

    /// The id of the text just written at the end of `arena`, from
    /// `start`: kept there and ended with a NUL if it is new, else taken
    /// off again.
    pub(super) fn intern(&mut self, arena: &mut String, start: usize) -> u32 {
        let text = &arena[start..];
        let hash = self.hasher.hash_one(text);
        if let Some(id) = self.find(arena, text, hash) {
            arena.truncate(start);
            return id;
        }
        self.insert_last(arena, start, hash)
    }

    /// The id of the text that ends a text of the arena from `start` on
    /// (a later word of a name), which is its first place if it is new.
    pub(super) fn intern_within(&mut self, arena: &str, start: usize, len: usize) -> u32 {
        let text = &arena[start..start + len];
        let hash = self.hasher.hash_one(text);
        match self.find(arena, text, hash) {
            Some(id) => id,
            None => self.insert(arena, start, len, hash),
        }
    }

    /// The id of `text`, added at the end of `arena` if it is new.
    pub(super) fn intern_str(&mut self, arena: &mut String, text: &str) -> u32 {
        let hash = self.hasher.hash_one(text);
        if let Some(id) = self.find(arena, text, hash) {
            return id;
        }
        let start = arena.len();
        arena.push_str(text);
        self.insert_last(arena, start, hash)
    }

    /// Each text's place in the sorted order of all of them.
    pub(super) fn order(&self, arena: &str) -> Vec<u32> {
        // Sorted by the first 16 bytes (zero padded: no text holds a NUL,
        // so padding sorts first and equal bytes up to the length mean
        // equal texts); the arena is read only for longer texts.
        let sixteen = |text: &str| {
            let bytes = text.as_bytes();
            let next = bytes.get(8..).unwrap_or(&[]);
            u128::from(prefix_of(bytes)) << 64 | u128::from(prefix_of(next))
        };
        let mut ids: Vec<(u128, u32)> = (0..self.spans.len() as u32)
            .map(|id| (sixteen(self.text(arena, id)), id))
            .collect();
        ids.sort_unstable_by(|(a16, a), (b16, b)| {
            a16.cmp(b16)
                .then_with(|| self.text(arena, *a).cmp(self.text(arena, *b)))
        });
        let mut order = vec![0; ids.len()];
        for (place, (_, id)) in ids.into_iter().enumerate() {
            order[id as usize] = place as u32;
        }
        order
    }
}

/// The first 8 bytes of `bytes`, zero padded, as a big-endian integer: such
/// integers compare as the texts' starts do.
pub(super) fn prefix_of(bytes: &[u8]) -> u64 {
    let mut eight = [0u8; 8];
    let n = bytes.len().min(8);
    eight[..n].copy_from_slice(&bytes[..n]);
    u64::from_be_bytes(eight)
}

/// A key while the index is built: its text, entry and rank.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pending {
    pub(super) text: u32,
    pub(super) entry: u32,
    pub(super) rank: MatchKind,
}

/// `items` ordered by `bucket` (each below `buckets`), keeping the order of
/// items in one bucket: linear, with one count per bucket.
pub(super) fn counting_sort<T: Copy>(
    items: &[T],
    buckets: usize,
    bucket: impl Fn(&T) -> usize,
) -> Vec<T> {
    let mut starts = vec![0usize; buckets + 1];
    for item in items {
        starts[bucket(item) + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let Some(&first) = items.first() else {
        return Vec::new();
    };
    let mut out = vec![first; items.len()];
    for item in items {
        let at = &mut starts[bucket(item)];
        out[*at] = *item;
        *at += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Texts, counting_sort};

    #[test]
    fn counting_sort_orders_by_bucket_and_keeps_order_within_one() {
        let items = [(2, 'a'), (0, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        let sorted = counting_sort(&items, 3, |&(b, _)| b);
        assert_eq!(sorted, [(0, 'b'), (0, 'e'), (1, 'd'), (2, 'a'), (2, 'c')]);
        assert!(counting_sort(&[] as &[(usize, char)], 3, |&(b, _)| b).is_empty());
    }

    #[test]
    fn a_text_is_stored_once_and_ordered_among_all() {
        let mut texts = Texts::default();
        let mut arena = String::new();
        let words = [
            "songhyekyo",
            "hyekyo",
            "songhyekyo",
            "a",
            "songhyekyoandmorethansixteen",
        ];
        let ids: Vec<u32> = words
            .iter()
            .map(|w| texts.intern_str(&mut arena, w))
            .collect();
        assert_eq!(ids[0], ids[2]);
        assert_eq!(
            arena,
            "songhyekyo\0hyekyo\0a\0songhyekyoandmorethansixteen\0"
        );
        // A text written again at the end is taken off again.
        let end = arena.len();
        arena.push_str("hyekyo");
        assert_eq!((texts.intern(&mut arena, end), arena.len()), (ids[1], end));
        // The end of another text is found there too, and is its own text
        // when new.
        assert_eq!(texts.intern_within(&arena, 4, 6), ids[1]);
        let kyo = texts.intern_within(&arena, 7, 3);
        assert_eq!(texts.text(&arena, kyo), "kyo");
        let order = texts.order(&arena);
        let mut by_order: Vec<&str> = vec![""; order.len()];
        for (id, &place) in order.iter().enumerate() {
            by_order[place as usize] = texts.text(&arena, id as u32);
        }
        assert_eq!(
            by_order,
            [
                "a",
                "hyekyo",
                "kyo",
                "songhyekyo",
                "songhyekyoandmorethansixteen"
            ]
        );
    }
}
