//! What text may contain: the one definition of a forbidden control
//! character, shared by validation and every export.

/// Whether `c` is a control character no text may carry: C0 controls (tab
/// and newline excepted where `prose` allows them), DEL, C1 controls
/// (including NEL, U+0085), and the line and paragraph separators U+2028 and
/// U+2029, which break JavaScript string literals and terminal output.
pub(crate) fn is_forbidden(c: char, prose: bool) -> bool {
    match c {
        '\t' | '\n' => !prose,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{2028}' | '\u{2029}' => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_forbidden;

    #[test]
    fn controls_are_forbidden_and_prose_allows_tab_and_newline() {
        for c in [
            '\0', '\r', '\u{1b}', '\u{7f}', '\u{80}', '\u{85}', '\u{9f}', '\u{2028}', '\u{2029}',
        ] {
            assert!(is_forbidden(c, false) && is_forbidden(c, true), "{c:?}");
        }
        for c in ['\t', '\n'] {
            assert!(is_forbidden(c, false) && !is_forbidden(c, true), "{c:?}");
        }
        for c in ['a', ' ', '송', '\u{a0}', '\u{200b}', 'é'] {
            assert!(!is_forbidden(c, false), "{c:?}");
        }
    }
}
