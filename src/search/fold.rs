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
    fold_into(&mut folded, text, &mut Vec::new());
    folded
}

/// Appends the folded form of `text` (see [`normalize_name`]) to `out`, and
/// to `words` the folded offset (from where `text` starts in `out`) of each
/// word after the first. Words are parted by spaces and other punctuation,
/// not by hyphens or apostrophes: `Song Hye-kyo` is two words, `songhyekyo`
/// with a word at 4.
pub(crate) fn fold_into(out: &mut String, text: &str, words: &mut Vec<usize>) {
    // Precomposed Hangul syllables are already in NFKC and have no case:
    // names in ASCII and Hangul (nearly all) skip the normalizers.
    let plain = |c: char| c.is_ascii() || ('\u{AC00}'..='\u{D7A3}').contains(&c);
    if text.chars().all(plain) {
        return keep_alphanumeric(out, text.chars().map(|c| c.to_ascii_lowercase()), words);
    }
    // Compatibility caseless matching (Unicode §3.13): NFKC, full case
    // folding, and NFKC again for what folding decomposed.
    let folded = text.nfkc().default_case_fold().nfkc();
    keep_alphanumeric(out, folded, words)
}

/// Whether `c` joins the parts of one word (a hyphen or an apostrophe)
/// rather than parting two words.
fn joins(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}'
    )
}

/// Appends the letters and digits of `chars` to `out`, and the offset of
/// each word after the first to `words`.
fn keep_alphanumeric(out: &mut String, chars: impl Iterator<Item = char>, words: &mut Vec<usize>) {
    let start = out.len();
    let mut gap = false;
    for c in chars {
        if !c.is_alphanumeric() {
            gap |= !joins(c);
            continue;
        }
        if gap && out.len() > start {
            words.push(out.len() - start);
        }
        gap = false;
        out.push(c);
    }
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

/// The phonetic key of a folded Latin name (see [`normalize_name`]), on
/// which spellings that differ only the way romanizations of one Hangul
/// name differ meet: `Song Hye-kyo`, `Song Hyegyo` and `Song Hye Gyo` all
/// key to `songhego`. It merges ch/j (and tch), sh/s, the y glide (kept w:
/// 원 and 은 must stay apart),
/// eo/eu/oo/u/o, ee/i, ea/ae/e, oi/oe, k/g, p/b, t/d and r/l, drops McCune–
/// Reischauer's breves, and collapses doubled letters. `None` for text that
/// is not Latin letters and digits.
pub(crate) fn phonetic_key(folded: &str) -> Option<String> {
    let mut out = String::new();
    phonetic_into(&mut out, folded, &mut Vec::new()).then_some(out)
}

/// Appends the phonetic key of `folded` (see [`phonetic_key`]) to `out`;
/// `false`, with nothing appended, for text that is not Latin. `plain` is
/// scratch space.
pub(crate) fn phonetic_into(out: &mut String, folded: &str, plain: &mut Vec<u8>) -> bool {
    // Breves first: ŏ ŭ (and the caron some sources print) are o and u.
    plain.clear();
    for c in folded.chars() {
        plain.push(match c {
            'ŏ' | 'ǒ' => b'o',
            'ŭ' | 'ǔ' => b'u',
            c if c.is_ascii_alphanumeric() => c as u8,
            _ => return false,
        });
    }
    let start = out.len();
    let b = plain.as_slice();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (sound, used): (&[u8], usize) = if rest.starts_with(b"tch") {
            (b"j", 3)
        } else if rest.starts_with(b"ch") {
            (b"j", 2)
        } else if rest.starts_with(b"sh") {
            (b"s", 2)
        } else if rest.starts_with(b"eo") || rest.starts_with(b"eu") || rest.starts_with(b"oo") {
            (b"o", 2)
        } else if rest.starts_with(b"ee") {
            (b"i", 2)
        } else if rest.starts_with(b"ea") || rest.starts_with(b"ae") {
            (b"e", 2)
        } else if rest.starts_with(b"oi") || rest.starts_with(b"oe") {
            // ㅚ: oe, customarily oi (Choi).
            (b"oe", 2)
        } else {
            let one: &[u8] = match rest[0] {
                b'y' => b"",
                b'u' => b"o",
                b'k' => b"g",
                b'p' => b"b",
                b't' => b"d",
                b'r' => b"l",
                _ => &rest[..1],
            };
            (one, 1)
        };
        for &s in sound {
            if out.len() == start || out.as_bytes().last() != Some(&s) {
                out.push(char::from(s));
            }
        }
        i += used;
    }
    out.len() > start
}

#[cfg(test)]
mod tests {
    use super::{normalize_name, phonetic_key};

    fn key(text: &str) -> Option<String> {
        phonetic_key(&normalize_name(text))
    }

    #[test]
    fn romanizations_of_one_name_meet() {
        for group in [
            &[
                "Song Hye-kyo",
                "Song Hyegyo",
                "Song Hye Gyo",
                "Song Hye-gyo",
            ][..],
            &["Lee Do-hyun", "Lee Do-hyeon", "Lee Doh-yun", "Lee Do Hyun"][..],
            &["Moon Dong-eun", "Mun Dongeun", "Moon Dong Eun"][..],
            &[
                "Song Joong-ki",
                "Song Jung-gi",
                "Song Chung-gi",
                "Song Chung-ki",
            ][..],
            &["Park Sung-hoon", "Park Seonghun", "Park Seong-hun"][..],
            &["Choi Hye-jeong", "Choe Hyejeong", "Ch'oe Hye-jŏng"][..],
        ] {
            let keys: Vec<Option<String>> = group.iter().map(|n| key(n)).collect();
            assert!(
                keys.windows(2).all(|w| w[0] == w[1] && w[0].is_some()),
                "{group:?}: {keys:?}"
            );
        }
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(key("Song Hye-kyo"), key("Song Joong-ki"));
        assert_ne!(key("Jung Ji-so"), key("Jung Sung-il"));
        assert_ne!(key("Song Hye-kyo"), key("Song Hee-kyo"));
        assert_eq!(key("송혜교"), None);
        assert_eq!(key(""), None);
    }
}
