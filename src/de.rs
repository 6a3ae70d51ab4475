//! Values written as JSON strings, parsed without copying the text.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{Error, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::limits::{MAX_ITEMS, MAX_RECORDS, too_many};

/// Deserializes a string and parses it with `parse`. The text is borrowed
/// from the input (or the deserializer's scratch buffer), never copied into
/// a `String`; a non-string is "invalid type: …, expected a string".
pub(crate) fn parse_str<'de, D, T, E>(
    d: D,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    d.deserialize_str(Parse(parse, PhantomData))
}

struct Parse<F, T, E>(F, PhantomData<fn() -> (T, E)>);

impl<'de, F, T, E> Visitor<'de> for Parse<F, T, E>
where
    F: FnOnce(&str) -> Result<T, E>,
    E: fmt::Display,
{
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<X: Error>(self, text: &str) -> Result<T, X> {
        (self.0)(text).map_err(X::custom)
    }
}

/// A list inside a record, for `deserialize_with =
/// "crate::de::items::deserialize"` (with `serialize_with =
/// "crate::de::write_list"`; not `with`, which schemars would read as a
/// type): at
/// most [`MAX_ITEMS`] entries, refused while reading (before the rest is
/// allocated) so that rejecting a huge list stays cheap.
pub(crate) mod items {
    pub(crate) fn deserialize<'de, D, T, L>(d: D) -> Result<L, D::Error>
    where
        D: super::Deserializer<'de>,
        T: super::Deserialize<'de>,
        L: super::List<T>,
    {
        super::bounded(d, super::MAX_ITEMS)
    }
}

/// A list of records (top-level lists, a part's or a portrayal's episodes),
/// for `deserialize_with = "crate::de::records::deserialize"` (as
/// [`items`]): at most [`MAX_RECORDS`]
/// entries, refused while reading.
pub(crate) mod records {
    pub(crate) fn deserialize<'de, D, T, L>(d: D) -> Result<L, D::Error>
    where
        D: super::Deserializer<'de>,
        T: super::Deserialize<'de>,
        L: super::List<T>,
    {
        super::bounded(d, super::MAX_RECORDS)
    }
}

/// Reads a list of at most `limit` entries.
fn bounded<'de, D, T, L>(d: D, limit: usize) -> Result<L, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    L: List<T>,
{
    d.deserialize_seq(Bounded(limit, PhantomData))
}

/// How many entries a list is read into on the stack before its items move
/// to the heap: most lists inside a record hold one to three, and a series'
/// lists a few dozen.
const STAGED: usize = 16;

/// Entries read so far, on the stack while they fit.
type Staged<T> = smallvec::SmallVec<[T; STAGED]>;

/// Adds an entry read. Past the stack buffer the entries grow by an eighth
/// (at least the buffer's size), not double: a list read to its end then
/// holds at most 12.5 % unused room (or one buffer's worth), which keeps the
/// memory of reading (and of rejecting) close to the records' own size.
/// Still geometric growth, so linear time.
fn stage<T>(staged: &mut Staged<T>, item: T) {
    if staged.len() == staged.capacity() {
        staged.reserve_exact((staged.len() / 8).max(STAGED));
    }
    staged.push(item);
}

/// A list a record holds, as the readers above fill it: a `Vec`, or a
/// `SmallVec` (a record's citations), built once at its exact size from the
/// entries read.
pub(crate) trait List<T> {
    fn from_staged(staged: Staged<T>) -> Self;
}

/// The staged entries as a `Vec` of exactly their number.
fn exact_vec<T>(staged: Staged<T>) -> Vec<T> {
    if staged.spilled() {
        let mut vec = staged.into_vec();
        vec.shrink_to_fit();
        vec
    } else {
        let mut vec = Vec::with_capacity(staged.len());
        vec.extend(staged);
        vec
    }
}

impl<T> List<T> for Vec<T> {
    fn from_staged(staged: Staged<T>) -> Self {
        exact_vec(staged)
    }
}

impl<T, const N: usize> List<T> for smallvec::SmallVec<[T; N]> {
    fn from_staged(staged: Staged<T>) -> Self {
        if staged.len() <= N {
            // Fits inline: no allocation at all.
            staged.into_iter().collect()
        } else {
            smallvec::SmallVec::from_vec(exact_vec(staged))
        }
    }
}

/// Writes a list as a sequence.
pub(crate) fn write_list<S: serde::Serializer, T: serde::Serialize>(
    list: &[T],
    s: S,
) -> Result<S::Ok, S::Error> {
    s.collect_seq(list)
}

struct Bounded<T, L>(usize, PhantomData<fn() -> (T, L)>);

impl<'de, T: Deserialize<'de>, L: List<T>> Visitor<'de> for Bounded<T, L> {
    type Value = L;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a list of at most {} entries", self.0)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<L, A::Error> {
        let limit = self.0;
        // Entries are read into a stack buffer first and the record's list is
        // allocated once, at its exact size: no growth steps are freed
        // behind it, which the allocator would keep resident between the
        // records that outlive the read.
        let mut out = Staged::new();
        out.reserve_exact(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            if out.len() == limit {
                // Count the rest without keeping it, to say how many there are.
                let mut n = limit + 1;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                return Err(A::Error::custom(too_many(n, limit)));
            }
            stage(&mut out, item);
        }
        Ok(L::from_staged(out))
    }
}

/// A JSON object read as its `(key, value)` pairs in document order, at most
/// [`MAX_ITEMS`] of them. A repeated key is kept (never last-one-wins), for
/// validation to report.
pub(crate) fn pairs<'de, D, K, V>(d: D) -> Result<Vec<(K, V)>, D::Error>
where
    D: Deserializer<'de>,
    K: Deserialize<'de>,
    V: Deserialize<'de>,
{
    d.deserialize_map(Pairs(PhantomData))
}

/// Writes `(key, value)` pairs as a JSON object, in their order.
pub(crate) fn write_pairs<S, K, V>(pairs: &[(K, V)], s: S) -> Result<S::Ok, S::Error>
where
    S: serde::Serializer,
    K: serde::Serialize,
    V: serde::Serialize,
{
    s.collect_map(pairs.iter().map(|(k, v)| (k, v)))
}

struct Pairs<K, V>(PhantomData<fn() -> (K, V)>);

impl<'de, K: Deserialize<'de>, V: Deserialize<'de>> Visitor<'de> for Pairs<K, V> {
    type Value = Vec<(K, V)>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an object of at most {MAX_ITEMS} entries")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // Staged as lists are (see `Bounded`).
        let mut out = Staged::new();
        while let Some(entry) = map.next_entry::<K, V>()? {
            if out.len() == MAX_ITEMS {
                let mut n = MAX_ITEMS + 1;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                return Err(A::Error::custom(too_many(n, MAX_ITEMS)));
            }
            stage(&mut out, entry);
        }
        Ok(exact_vec(out))
    }
}

thread_local! {
    /// Whether the series being serialized goes to a self-describing,
    /// human-readable format (JSON, TOML), where empty and default fields are
    /// left out. Binary formats (postcard, bincode) read fields by position,
    /// so there every field is written.
    static CANONICAL: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Sets [`CANONICAL`] for the life of the guard (restoring the previous
/// value after, so nested series and panics leave it as it was).
pub(crate) struct Canonical(bool);

impl Canonical {
    pub(crate) fn set(human_readable: bool) -> Canonical {
        Canonical(CANONICAL.with(|c| c.replace(human_readable)))
    }
}

impl Drop for Canonical {
    fn drop(&mut self) {
        CANONICAL.with(|c| c.set(self.0));
    }
}

/// A field value that the canonical form leaves out when it is empty or the
/// default.
pub(crate) trait Omit {
    fn is_omitted(&self) -> bool;
}

impl<T> Omit for Vec<T> {
    fn is_omitted(&self) -> bool {
        self.is_empty()
    }
}

impl<T, const N: usize> Omit for smallvec::SmallVec<[T; N]> {
    fn is_omitted(&self) -> bool {
        self.is_empty()
    }
}

impl Omit for bool {
    fn is_omitted(&self) -> bool {
        !*self
    }
}

impl<T> Omit for Option<T> {
    fn is_omitted(&self) -> bool {
        self.is_none()
    }
}

/// `skip_serializing_if`: leave the field out of the canonical form only.
pub(crate) fn omit<T: Omit>(value: &T) -> bool {
    CANONICAL.with(|c| c.get()) && value.is_omitted()
}

#[cfg(test)]
mod tests {
    use super::{Bounded, STAGED};
    use serde::de::Deserializer;

    /// Reads `[0, 1, …, n - 1]` with the list reader.
    fn read<L: super::List<u32>>(n: usize, limit: usize) -> Result<L, serde_json::Error> {
        let text = serde_json::to_string(&(0..n as u32).collect::<Vec<_>>())?;
        let mut de = serde_json::Deserializer::from_str(&text);
        de.deserialize_seq(Bounded::<u32, L>(limit, std::marker::PhantomData))
    }

    #[test]
    fn lists_keep_every_entry_in_order_at_their_exact_size() {
        for n in [
            0,
            1,
            2,
            STAGED - 1,
            STAGED,
            STAGED + 1,
            3 * STAGED + 5,
            1000,
        ] {
            let expected: Vec<u32> = (0..n as u32).collect();
            let vec: Vec<u32> = read(n, 1000).unwrap();
            assert_eq!(vec, expected);
            assert_eq!(vec.capacity(), n, "a Vec of {n} keeps no spare room");
            let small: smallvec::SmallVec<[u32; 1]> = read(n, 1000).unwrap();
            assert_eq!(small.as_slice(), expected.as_slice());
            assert_eq!(
                small.spilled(),
                n > 1,
                "{n} entries: inline only when they fit"
            );
            assert_eq!(small.capacity(), n.max(1));
        }
    }

    #[test]
    fn a_list_past_its_limit_is_refused_with_its_length() {
        for (n, limit) in [(2, 1), (STAGED + 1, STAGED), (1001, 1000)] {
            let err = read::<Vec<u32>>(n, limit).unwrap_err().to_string();
            assert!(err.contains(&format!("{n} entries")), "{err}");
            assert!(read::<Vec<u32>>(limit, limit).is_ok());
        }
    }
}
