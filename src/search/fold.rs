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
    // ASCII, precomposed Hangul syllables and McCune–Reischauer's ŏ ŭ are
    // already in NFKC and folded (and all but ASCII punctuation are
    // letters), and so are initial consonants as conjoining jamo (ᄉᄒᄀ)
    // with no vowel to compose with; the initial consonants Korean users
    // type (ㅅㅎㄱ) are those by NFKC. Names and queries in them (nearly
    // all) skip the normalizers.
    let letter = |c: char| {
        c.is_ascii_alphanumeric()
            || matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{1112}' | 'ŏ' | 'ŭ')
    };
    if text.is_ascii() {
        let lower = text.bytes().map(|b| char::from(b.to_ascii_lowercase()));
        return keep_letters(out, lower, words, |c| c.is_ascii_alphanumeric());
    }
    if text
        .chars()
        .all(|c| c.is_ascii() || letter(c) || typed_initial(c).is_some())
    {
        let lower = text
            .chars()
            .map(|c| typed_initial(c).unwrap_or(c.to_ascii_lowercase()));
        return keep_letters(out, lower, words, letter);
    }
    // Compatibility caseless matching (Unicode §3.13): NFKC, full case
    // folding, and NFKC again for what folding decomposed.
    let folded = text.nfkc().default_case_fold().nfkc();
    keep_letters(out, folded, words, char::is_alphanumeric)
}

/// The conjoining initial consonant (U+1100…) that compatibility
/// normalization makes of an initial consonant as typed (ㄱ U+3131…), for
/// the 19 that begin a syllable.
fn typed_initial(c: char) -> Option<char> {
    const TYPED: [char; 19] = [
        'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ',
        'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
    ];
    if !('ㄱ'..='ㅎ').contains(&c) {
        return None;
    }
    let i = TYPED.iter().position(|&t| t == c)?;
    char::from_u32(0x1100 + i as u32)
}

/// Whether `c` joins the parts of one word (a hyphen or an apostrophe)
/// rather than parting two words.
fn joins(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2018}' | '\u{2019}' | '\u{02BB}' | '\u{02BC}'
    )
}

/// Appends the letters and digits of `chars` (as `letter` tells them) to
/// `out`, and the offset of each word after the first to `words`.
fn keep_letters(
    out: &mut String,
    chars: impl Iterator<Item = char>,
    words: &mut Vec<usize>,
    letter: impl Fn(char) -> bool,
) {
    let start = out.len();
    let mut gap = false;
    for c in chars {
        if !letter(c) {
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

/// Appends the initial consonants (choseong) of the Hangul syllables of
/// `text` to `out`, as Korean users type a name: 송혜교 → ㅅㅎㄱ, written in
/// their folded form (the conjoining jamo ᄉᄒᄀ, which compatibility
/// normalization makes of ㅅㅎㄱ). `false` without Hangul.
pub(crate) fn initials_into(out: &mut String, text: &str) -> bool {
    let start = out.len();
    out.extend(super::romanize::precomposed(text).chars().filter_map(|c| {
        let n = (c as u32).checked_sub(0xAC00).filter(|&n| n < 11_172)?;
        char::from_u32(0x1100 + n / (21 * 28))
    }));
    out.len() > start
}

/// The phonetic key of a folded Latin name (see [`normalize_name`]), on
/// which spellings that differ only the way romanizations of one Hangul
/// name differ meet: `Song Hye-kyo`, `Song Hyegyo` and `Song Hye Gyo` all
/// key to `songhego`. It merges ch/j (and tch), sh/s, the y glide (kept w:
/// 원 and 은 must stay apart),
/// eo/eu/oo/u/o, ee/i, ea/ae/e, oi/oe, k/g, p/b, t/d and r/l, drops McCune–
/// Reischauer's breves, and collapses doubled letters (not digits). `None`
/// for text that is not Latin letters and digits.
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
        let next = b.get(i + 1).copied().unwrap_or(0);
        let (sound, used): (&[u8], usize) = match (b[i], next) {
            (b't', b'c') if b.get(i + 2) == Some(&b'h') => (b"j", 3),
            (b'c', b'h') => (b"j", 2),
            (b's', b'h') => (b"s", 2),
            (b'e', b'o' | b'u') | (b'o', b'o') => (b"o", 2),
            (b'e', b'e') => (b"i", 2),
            (b'e', b'a') | (b'a', b'e') => (b"e", 2),
            // ㅚ: oe, customarily oi (Choi).
            (b'o', b'i' | b'e') => (b"oe", 2),
            (b'y', _) => (b"", 1),
            (b'u', _) => (b"o", 1),
            (b'k', _) => (b"g", 1),
            (b'p', _) => (b"b", 1),
            (b't', _) => (b"d", 1),
            (b'r', _) => (b"l", 1),
            _ => (&b[i..i + 1], 1),
        };
        for &s in sound {
            // Doubled letters are one sound; doubled digits are not (1499).
            if out.len() == start || out.as_bytes().last() != Some(&s) || s.is_ascii_digit() {
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
    fn the_fast_paths_fold_as_the_normalizers_do() {
        use caseless::Caseless;
        use unicode_normalization::UnicodeNormalization;
        for text in [
            "Song Hye-kyo",
            "송혜교",
            "ㅅㅎㄱ",
            "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ",
            "\u{1109}\u{1112}\u{1100}",
            "Chŏng Chi-so",
            "더 글로리 ㄷㄱㄹㄹ",
        ] {
            let slow: String = text
                .nfkc()
                .default_case_fold()
                .nfkc()
                .filter(|c| c.is_alphanumeric())
                .collect();
            assert_eq!(normalize_name(text), slow, "{text}");
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
