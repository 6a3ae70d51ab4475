//! Folding names for comparison (Unicode compatibility caseless matching),
//! and the initial consonants of Hangul names.

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;

/// Folds a name for comparison: compatibility-normalized (NFKC, so
/// full-width `Ｓｏｎｇ` is `song` and decomposed Hangul is precomposed) and
/// fully case-folded (`STRASSE` and `Straße` meet, as do the Greek sigmas);
/// keeps letters and digits of any script, drops spaces, hyphens,
/// apostrophes and other punctuation.
///
/// ```
/// use kdrama::normalize_name;
/// assert_eq!(normalize_name("Jung Seong-il"), "jungseongil");
/// assert_eq!(normalize_name("  O'Brien "), "obrien");
/// assert_eq!(normalize_name("송 혜교"), "송혜교");
/// assert_eq!(normalize_name("Ｓｏｎｇ"), "song");
/// assert_eq!(normalize_name("STRASSE"), normalize_name("Straße"));
/// assert_eq!(normalize_name("ΟΔΥΣΣΕΎΣ"), normalize_name("Οδυσσεύς")); // final sigma
/// // Conjoining jamo, as macOS file names and some keyboards produce them.
/// assert_eq!(normalize_name("\u{1109}\u{1169}\u{11BC}"), "송");
/// ```
pub fn normalize_name(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    fold_into(&mut folded, text);
    folded
}

/// Appends the folded form of `text` (see [`normalize_name`]) to `out`;
/// returns the folded length of the first word, if any word follows it.
pub(crate) fn fold_into(out: &mut String, text: &str) -> Option<usize> {
    if text.is_ascii() {
        return keep_alphanumeric(out, text.bytes().map(|b| b.to_ascii_lowercase() as char));
    }
    // Compatibility caseless matching (Unicode §3.13): NFKC, full case
    // folding, and NFKC again for what folding decomposed.
    let folded = text.nfkc().default_case_fold().nfkc();
    keep_alphanumeric(out, folded)
}

/// Appends the letters and digits of `chars` to `out`; returns the length of
/// the first word, if another word follows it.
fn keep_alphanumeric(out: &mut String, chars: impl Iterator<Item = char>) -> Option<usize> {
    let start = out.len();
    let mut first_word_end = None;
    let mut after_gap = false;
    for c in chars {
        if !c.is_alphanumeric() {
            after_gap = out.len() > start;
            continue;
        }
        if after_gap && first_word_end.is_none() {
            first_word_end = Some(out.len() - start);
        }
        after_gap = false;
        out.push(c);
    }
    first_word_end
}

/// The initial consonants (choseong) of the Hangul syllables of `text`, as
/// Korean users type a name: 송혜교 → ㅅㅎㄱ. `None` without Hangul.
pub(crate) fn initials(text: &str) -> Option<String> {
    const CHOSEONG: [char; 19] = [
        'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ',
        'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
    ];
    let out: String = text
        .nfc()
        .filter_map(|c| {
            let n = (c as u32).checked_sub(0xAC00).filter(|&n| n < 11_172)?;
            CHOSEONG.get((n / (21 * 28)) as usize).copied()
        })
        .collect();
    (!out.is_empty()).then_some(out)
}
