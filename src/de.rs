//! Values written as JSON strings, parsed without copying the text.

use std::fmt;
use std::marker::PhantomData;

use serde::Deserializer;
use serde::de::{Error, Visitor};

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
