//! Text in records: the [`Text`] type that holds it, and what it may
//! contain (the one definition of a forbidden control character, shared by
//! validation and every export).

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use lean_string::LeanStr;
use serde::{Deserialize, Serialize};

/// A piece of text held by a record: a name, a title, a note, an id's slug.
///
/// Immutable, and compact: 16 bytes, and text of up to 16 bytes (most
/// names, ids and short notes) is held inside them with no allocation, so a
/// loaded series allocates once per long text rather than once per field.
/// An absent optional text (`Option<Text>`) takes 16 bytes too.
/// It reads as a `&str` (through `Deref`), compares with `str` and
/// `String`, and is written to every format as a plain string.
///
/// ```
/// use kdrama::Text;
/// let name = Text::from("Song Hye-kyo");
/// assert_eq!(name, "Song Hye-kyo");
/// assert_eq!(name.len(), 12);
/// assert!(name.starts_with("Song"));
/// assert_eq!(serde_json::to_string(&name)?, "\"Song Hye-kyo\"");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(LeanStr);

impl Text {
    /// The text as a `&str`.
    ///
    /// ```
    /// assert_eq!(kdrama::Text::from("송혜교").as_str(), "송혜교");
    /// ```
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.0.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.0.as_str()
    }
}

impl Borrow<str> for Text {
    fn borrow(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0.as_str(), f)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Text {
        Text(LeanStr::from(text))
    }
}

impl From<&String> for Text {
    fn from(text: &String) -> Text {
        Text(LeanStr::from(text))
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text(LeanStr::from(text.as_str()))
    }
}

impl From<&Text> for Text {
    fn from(text: &Text) -> Text {
        text.clone()
    }
}

impl From<Text> for String {
    fn from(text: Text) -> String {
        text.0.into()
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.0.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.0.as_str() == *other
    }
}

impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.0.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for str {
    fn eq(&self, other: &Text) -> bool {
        self == other.0.as_str()
    }
}

impl PartialEq<Text> for &str {
    fn eq(&self, other: &Text) -> bool {
        *self == other.0.as_str()
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Text {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "String".into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

/// Whether `c` is a control character no text may carry: C0 controls (tab
/// and newline excepted where `prose` allows them), DEL, C1 controls
/// (including NEL, U+0085), the line and paragraph separators U+2028 and
/// U+2029, which break JavaScript string literals and terminal output, and
/// the bidirectional embeddings, overrides and isolates U+202A–U+202E and
/// U+2066–U+2069, which make a terminal, calendar or page show text in
/// another order than it is stored (the "Trojan Source" characters). The
/// bidirectional marks U+200E, U+200F and U+061C, which reorder nothing
/// beyond themselves, are allowed.
pub(crate) fn is_forbidden(c: char, prose: bool) -> bool {
    match c {
        '\t' | '\n' => !prose,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{2028}'
        | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => true,
        _ => false,
    }
}

/// The first forbidden character of `text` (see [`is_forbidden`]) and its
/// byte offset. Reads bytes: only a control byte, or the lead byte of a C1
/// control (0xC2) or of U+2028–U+2069 (0xE2), needs a closer look, so plain
/// text (Hangul included) is checked at memory speed.
pub(crate) fn first_forbidden(text: &str, prose: bool) -> Option<(usize, char)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x20 || b == 0x7f || b == 0xc2 || b == 0xe2 {
            // `i` is a character boundary: every other byte value skipped
            // here is ASCII or a continuation/lead byte of another character.
            if let Some(c) = text[i..].chars().next() {
                if is_forbidden(c, prose) {
                    return Some((i, c));
                }
                i += c.len_utf8();
                continue;
            }
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::{first_forbidden, is_forbidden};

    #[test]
    fn the_byte_scan_finds_what_the_char_scan_finds() {
        for text in [
            "plain",
            "송혜교",
            "a\u{85}b",
            "x\u{2028}",
            "…—’",
            "tab\there",
            "\u{a0}\u{c2}",
            "é\u{9f}",
            "\u{2027}\u{2029}",
            "\r\n",
            "Safe \u{202e}gnp.exe\u{202c}",
            "\u{2066}x\u{2069}",
            "\u{200f}\u{61c}\u{2065}\u{206a}",
        ] {
            for prose in [false, true] {
                let by_char = text.char_indices().find(|&(_, c)| is_forbidden(c, prose));
                assert_eq!(first_forbidden(text, prose), by_char, "{text:?} {prose}");
            }
        }
    }

    #[test]
    fn controls_are_forbidden_and_prose_allows_tab_and_newline() {
        for c in [
            '\0', '\r', '\u{1b}', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{2028}', '\u{2029}',
            '\u{202a}', '\u{202e}', '\u{2066}', '\u{2069}',
        ] {
            assert!(is_forbidden(c, false) && is_forbidden(c, true), "{c:?}");
        }
        for c in ['\t', '\n'] {
            assert!(is_forbidden(c, false) && !is_forbidden(c, true), "{c:?}");
        }
        for c in [
            'a',
            ' ',
            '송',
            '\u{a0}',
            '\u{200b}',
            'é',
            '\u{200e}',
            '\u{200f}',
            '\u{61c}',
            '\u{2029a}',
        ] {
            assert!(!is_forbidden(c, false), "{c:?}");
        }
    }
}
