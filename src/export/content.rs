//! iCalendar content lines (RFC 5545 §3.1): escaped TEXT values, UTC
//! offsets, and lines folded at 75 octets, shared by the feed and its
//! VTIMEZONEs.

use chrono::FixedOffset;

/// Escapes a TEXT value (RFC 5545 §3.3.11) and keeps control characters
/// out of the feed: a line break (CRLF, CR, LF, NEL, U+2028, U+2029) becomes
/// the `\n` escape, a tab a space, and any other control character (C0, DEL,
/// C1) U+FFFD.
pub(crate) fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => out.push(char::REPLACEMENT_CHARACTER),
            c => out.push(c),
        }
    }
    out
}

/// What a character costs once escaped by [`text`].
pub(crate) fn text_cost(c: char) -> usize {
    match c {
        '\\' | ';' | ',' | '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => 2,
        '\t' => 1,
        c if c.is_control() => char::REPLACEMENT_CHARACTER.len_utf8(),
        c => c.len_utf8(),
    }
}

/// Content lines, folded at 75 octets without splitting a UTF-8 character,
/// each ended by CRLF.
#[derive(Default)]
pub(crate) struct Lines(pub(super) String);

impl Lines {
    pub(crate) fn push(&mut self, line: &str) {
        let mut rest = line;
        let mut limit = 75;
        loop {
            if rest.len() <= limit {
                self.0.push_str(rest);
                self.0.push_str("\r\n");
                return;
            }
            let mut cut = limit;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            self.0.push_str(&rest[..cut]);
            self.0.push_str("\r\n ");
            rest = &rest[cut..];
            limit = 74; // the leading space counts
        }
    }

    pub(crate) fn into_string(self) -> String {
        self.0
    }
}

/// A UTC offset (`+0900`, or `+082752` when it has seconds).
pub(crate) fn ics_offset(offset: FixedOffset) -> String {
    let s = offset.local_minus_utc();
    let sign = if s < 0 { '-' } else { '+' };
    let s = s.unsigned_abs();
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    if s == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{s:02}")
    }
}
