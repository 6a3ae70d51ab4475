//! Exports: an iCalendar release feed and schema.org JSON-LD (with an
//! HTML-safe rendering).
//!
//! Both are bounded: each piece of output is paid for by a piece of input,
//! and text that an export would repeat for many records (a series title in
//! every calendar event, a character's name in each of its roles) is
//! shortened to [`REPEATED_TEXT_BYTES`] in the copies, as each export's
//! documentation says.

use std::borrow::Cow;

#[cfg(feature = "ics")]
mod content;
#[cfg(feature = "jsonld")]
pub(crate) mod html;
#[cfg(feature = "ics")]
pub(crate) mod ics;
#[cfg(feature = "jsonld")]
pub(crate) mod jsonld;
#[cfg(feature = "ics")]
mod vtimezone;

/// How many bytes a repeated text may take in an export, escapes included:
/// longer ones are cut at a character boundary and end with `…`.
pub(crate) const REPEATED_TEXT_BYTES: usize = 64;

/// `text` whole if its escaped form (each character costing `cost(c)`
/// bytes) fits in `budget` bytes; otherwise its longest prefix that fits
/// with a trailing `…` (3 bytes). Reads at most `budget` characters.
pub(crate) fn shorten(text: &str, budget: usize, cost: impl Fn(char) -> usize) -> Cow<'_, str> {
    const ELLIPSIS: &str = "…";
    let mut used = 0;
    let mut cut = None;
    for (i, c) in text.char_indices() {
        used += cost(c);
        if cut.is_none() && used > budget.saturating_sub(ELLIPSIS.len()) {
            cut = Some(i);
        }
        if used > budget {
            let end = cut.unwrap_or(i);
            return Cow::Owned(format!("{}{ELLIPSIS}", &text[..end]));
        }
    }
    Cow::Borrowed(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shorten_keeps_what_fits_and_marks_the_cut() {
        let bytes = |c: char| c.len_utf8();
        assert_eq!(shorten("short", 10, bytes), "short");
        assert_eq!(shorten("exactly-10", 10, bytes), "exactly-10");
        assert_eq!(shorten("eleven-char", 10, bytes), "eleven-…");
        // A character is never split: 3-byte Hangul, 10-byte budget.
        assert_eq!(shorten("더글로리더글로리", 10, bytes), "더글…");
        // Escapes count: each `<` costs 6.
        let html = |c: char| if c == '<' { 6 } else { c.len_utf8() };
        assert_eq!(shorten("<<<<", 20, html), "<<…");
        assert!(
            matches!(shorten("a".repeat(100).as_str(), 64, bytes), Cow::Owned(s) if s.len() == 64)
        );
    }
}
