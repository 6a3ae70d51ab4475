//! JSON that is safe inside an HTML `<script>` element.

use std::io;

use serde::Serialize;
use serde_json::ser::{CharEscape, CompactFormatter, Formatter};

/// A [`serde_json`] formatter that writes JSON safe to embed in HTML, for
/// instance in `<script type="application/ld+json">`.
///
/// Inside strings (and raw fragments) it writes `<`, `>`, `&`, U+2028 and
/// U+2029 as `\u003c`, `\u003e`, `\u0026`, `\u2028` and `\u2029`, and DEL
/// and the C1 controls (U+0080–U+009F) as `\u007f`…`\u009f`. The text is
/// still the same JSON (it parses to the same value), but it can never close
/// the element (`</script>`), open a comment (`<!--`), hold an entity, or end
/// a JavaScript line. Layout comes from the wrapped formatter: compact by
/// default, or pretty with [`HtmlSafeFormatter::wrap`].
///
/// [`Series::to_json_ld_html`](crate::Series::to_json_ld_html) uses it; use
/// it yourself to embed a JSON-LD value you have changed:
///
/// ```
/// use kdrama::HtmlSafeFormatter;
/// use serde::Serialize;
///
/// let mut ld = kdrama::datasets::the_glory().to_json_ld();
/// ld["@graph"][0]["url"] = "https://example.com/?a=1&b=</script>".into();
/// let mut out = Vec::new();
/// let pretty = serde_json::ser::PrettyFormatter::new();
/// ld.serialize(&mut serde_json::Serializer::with_formatter(&mut out, HtmlSafeFormatter::wrap(pretty)))?;
/// let text = String::from_utf8(out)?;
/// assert!(text.contains(r#""url": "https://example.com/?a=1\u0026b=\u003c/script\u003e""#));
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&text)?, ld);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct HtmlSafeFormatter<F = CompactFormatter> {
    inner: F,
}

impl HtmlSafeFormatter {
    /// Compact HTML-safe JSON (no whitespace).
    ///
    /// ```
    /// let mut out = Vec::new();
    /// let value = serde_json::json!({ "name": "<b>" });
    /// serde::Serialize::serialize(&value, &mut serde_json::Serializer::with_formatter(&mut out, kdrama::HtmlSafeFormatter::new()))?;
    /// assert_eq!(out, br#"{"name":"\u003cb\u003e"}"#);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn new() -> HtmlSafeFormatter {
        HtmlSafeFormatter::default()
    }
}

impl<F> HtmlSafeFormatter<F> {
    /// HTML-safe JSON laid out by `inner` (such as serde_json's `PrettyFormatter`).
    ///
    /// ```
    /// let mut out = Vec::new();
    /// let value = serde_json::json!(["&"]);
    /// let pretty = kdrama::HtmlSafeFormatter::wrap(serde_json::ser::PrettyFormatter::new());
    /// serde::Serialize::serialize(&value, &mut serde_json::Serializer::with_formatter(&mut out, pretty))?;
    /// assert_eq!(out, b"[\n  \"\\u0026\"\n]");
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn wrap(inner: F) -> HtmlSafeFormatter<F> {
        HtmlSafeFormatter { inner }
    }
}

/// The escape for a character that must not appear raw in HTML-safe JSON.
fn escape(c: char) -> Option<[u8; 6]> {
    let code = match c {
        '<' | '>' | '&' | '\u{7f}' | '\u{80}'..='\u{9f}' | '\u{2028}' | '\u{2029}' => u32::from(c),
        _ => return None,
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digit = |shift: u32| HEX[((code >> shift) & 0xf) as usize];
    Some([b'\\', b'u', digit(12), digit(8), digit(4), digit(0)])
}

/// Writes `text` with every character [`escape`] names escaped.
fn write_escaped<W: ?Sized + io::Write>(writer: &mut W, text: &str) -> io::Result<()> {
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if let Some(escaped) = escape(c) {
            writer.write_all(&text.as_bytes()[start..i])?;
            writer.write_all(&escaped)?;
            start = i + c.len_utf8();
        }
    }
    writer.write_all(&text.as_bytes()[start..])
}

macro_rules! delegate {
    ($($method:ident($($arg:ident: $ty:ty),*);)*) => {$(
        #[inline]
        fn $method<W: ?Sized + io::Write>(&mut self, writer: &mut W $(, $arg: $ty)*) -> io::Result<()> {
            self.inner.$method(writer $(, $arg)*)
        }
    )*};
}

impl<F: Formatter> Formatter for HtmlSafeFormatter<F> {
    delegate! {
        write_null();
        write_bool(value: bool);
        write_i8(value: i8);
        write_i16(value: i16);
        write_i32(value: i32);
        write_i64(value: i64);
        write_i128(value: i128);
        write_u8(value: u8);
        write_u16(value: u16);
        write_u32(value: u32);
        write_u64(value: u64);
        write_u128(value: u128);
        write_f32(value: f32);
        write_f64(value: f64);
        write_number_str(value: &str);
        begin_string();
        end_string();
        write_char_escape(char_escape: CharEscape);
        write_byte_array(value: &[u8]);
        begin_array();
        end_array();
        begin_array_value(first: bool);
        end_array_value();
        begin_object();
        end_object();
        begin_object_key(first: bool);
        end_object_key();
        begin_object_value();
        end_object_value();
    }

    fn write_string_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        write_escaped(writer, fragment)
    }

    fn write_raw_fragment<W: ?Sized + io::Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        // In valid JSON these characters occur only inside strings, where
        // the escape means the same character.
        write_escaped(writer, fragment)
    }
}

/// `value` as compact HTML-safe JSON.
pub(crate) fn to_string<T: Serialize + ?Sized>(value: &T) -> String {
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, HtmlSafeFormatter::new());
    // Serializing a JSON value into memory cannot fail; if it ever did, the
    // text would be cut short, never unsafe.
    let _ = value.serialize(&mut serializer);
    // Every byte written is UTF-8 from serde_json or ASCII from `escape`.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_only_inside_strings_and_round_trips() {
        let value = serde_json::json!({
            "</script><script>alert(1)</script>": ["a&b", "\u{2028}\u{2029}", "\u{7f}\u{85}\u{9f}", 1.5, null],
            "plain": "한글 <!-- -->",
        });
        let text = to_string(&value);
        for raw in [
            '<', '>', '&', '\u{2028}', '\u{2029}', '\u{7f}', '\u{85}', '\u{9f}',
        ] {
            assert!(!text.contains(raw), "{raw:?} in {text}");
        }
        assert!(text.contains(r"\u003c/script\u003e"));
        assert!(text.contains(r"\u2028\u2029"));
        assert!(text.contains(r"\u007f\u0085\u009f"));
        assert!(text.contains("한글"));
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&text).unwrap(),
            value
        );
    }
}
