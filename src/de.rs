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

/// A list a record holds, as the readers above fill it: a `Vec`, or a
/// `SmallVec` (a record's citations).
pub(crate) trait List<T>: Default {
    fn len(&self) -> usize;
    fn capacity(&self) -> usize;
    fn reserve_exact(&mut self, additional: usize);
    fn push(&mut self, item: T);
    fn shrink_to_fit(&mut self);
}

impl<T> List<T> for Vec<T> {
    fn len(&self) -> usize {
        Vec::len(self)
    }
    fn capacity(&self) -> usize {
        Vec::capacity(self)
    }
    fn reserve_exact(&mut self, additional: usize) {
        Vec::reserve_exact(self, additional);
    }
    fn push(&mut self, item: T) {
        Vec::push(self, item);
    }
    fn shrink_to_fit(&mut self) {
        Vec::shrink_to_fit(self);
    }
}

impl<T, const N: usize> List<T> for smallvec::SmallVec<[T; N]> {
    fn len(&self) -> usize {
        smallvec::SmallVec::len(self)
    }
    fn capacity(&self) -> usize {
        smallvec::SmallVec::capacity(self)
    }
    fn reserve_exact(&mut self, additional: usize) {
        smallvec::SmallVec::reserve_exact(self, additional);
    }
    fn push(&mut self, item: T) {
        smallvec::SmallVec::push(self, item);
    }
    fn shrink_to_fit(&mut self) {
        smallvec::SmallVec::shrink_to_fit(self);
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
        let mut out = L::default();
        out.reserve_exact(seq.size_hint().unwrap_or(0).min(1024));
        while let Some(item) = seq.next_element()? {
            if out.len() == out.capacity() {
                // Grow by an eighth, not double: a list read to its end then
                // holds at most 12.5 % unused room, which keeps the memory of
                // reading (and of rejecting) close to the records' own size.
                // Still geometric growth, so linear time.
                out.reserve_exact((out.len() / 8).max(4));
            }
            if out.len() == limit {
                // Count the rest without keeping it, to say how many there are.
                let mut n = limit + 1;
                while seq.next_element::<IgnoredAny>()?.is_some() {
                    n += 1;
                }
                return Err(A::Error::custom(too_many(n, limit)));
            }
            out.push(item);
        }
        // Records keep exactly their entries: most lists hold one to three,
        // and the room growth leaves would otherwise outweigh them.
        out.shrink_to_fit();
        Ok(out)
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
        let mut out = Vec::new();
        while let Some(entry) = map.next_entry::<K, V>()? {
            if out.len() == MAX_ITEMS {
                let mut n = MAX_ITEMS + 1;
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                return Err(A::Error::custom(too_many(n, MAX_ITEMS)));
            }
            out.push(entry);
        }
        out.shrink_to_fit();
        Ok(out)
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
