//! Typos, the last stage of a search: names within a few edits of the
//! query, measured by `strsim`'s optimal string alignment distance (an
//! insertion, a deletion, a substitution or a swap of neighbours is one
//! edit), over letters for Latin text and over jamo for Hangul (송헤교 is one
//! edit from 송혜교).
//!
//! The candidates are bounded, never a scan of the index: the 16 keys
//! nearest the query's place among the folded names and among their later
//! words, for the query in each word order, and the names equal to the
//! query with one letter removed. Phonetic keys are not candidates: a typo
//! on top of a romanization's liberties would reach too far (`Jung Il Sung`
//! would find Song Joong-ki). A typo in the first letters
//! of every word of a name may therefore go unfound in a large catalog,
//! where the names around the query's place are many.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use super::index::{Keys, NameIndex};
use super::{MatchKind, Query};

/// The most edits a typo may make to a query of `letters` letters (jamo
/// for Hangul): none below 4 (`Kim` is one edit from too many names), one
/// up to 9 (`Lee Do-hyun` folds to 9 letters; 송혜교 is 7 jamo), two from 10
/// (`Danielle Spencer` for Daniel Spencer).
pub(super) fn max_edits(letters: usize) -> usize {
    match letters {
        0..=3 => 0,
        4..=9 => 1,
        _ => 2,
    }
}

/// The keys taken on either side of a probe's place in a sorted vector.
const WINDOW: usize = 8;

/// The longest query, in letters, looked up for typos (longer than any
/// name), and the longest whose one-letter deletions are looked up.
const MAX_LETTERS: usize = 64;
const MAX_DELETIONS: usize = 24;

/// A text as the distance reads it: Hangul syllables as their jamo.
fn letters(text: &str) -> Cow<'_, str> {
    if text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c)) {
        Cow::Owned(text.nfd().collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// The typos of `query` in `index`, as positions in its key vectors, best
/// first: fewest edits, then whole names before later words, then by the
/// rank of the variant.
pub(super) fn typos(index: &NameIndex, query: &mut Query) -> Vec<(Keys, usize)> {
    let texts = query.texts();
    let count = letters(&texts[0]).chars().count();
    let most = max_edits(count);
    if most == 0 || count > MAX_LETTERS {
        return Vec::new();
    }
    // The texts candidates are measured against (the query in each word
    // order), and each candidate with its text.
    let mut against: Vec<Cow<'_, str>> = Vec::new();
    let mut probes: Vec<(Keys, usize, usize)> = Vec::new();
    let mut window = |keys: Keys, text: &str, against: usize| {
        let at = index.lower_bound(keys, text);
        let end = (at + WINDOW).min(index.keys(keys).len());
        probes.extend((at.saturating_sub(WINDOW)..end).map(|i| (keys, i, against)));
    };
    for text in texts {
        against.push(letters(text));
        window(Keys::Sorted, text, against.len() - 1);
        window(Keys::Words, text, against.len() - 1);
    }
    // A letter too many anywhere: the query without it is a name.
    let text = &texts[0];
    if count <= MAX_DELETIONS && text.is_ascii() {
        for i in 0..text.len() {
            let shorter = [&text[..i], &text[i + 1..]].concat();
            let range = index.equal_range(Keys::Sorted, &shorter);
            probes.extend(range.take(WINDOW).map(|at| (Keys::Sorted, at, 0)));
        }
    }
    probes.sort_unstable();
    probes.dedup();
    // The fewest edits of each candidate, to any text it was probed with.
    let mut found: Vec<(usize, Keys, MatchKind, usize)> = Vec::new();
    let mut last: Option<(Keys, usize)> = None;
    for (keys, at, with) in probes {
        let key = &index.keys(keys)[at];
        let text = letters(index.text(key));
        let with = &against[with];
        if text.chars().count().abs_diff(with.chars().count()) > most {
            continue;
        }
        let edits = strsim::osa_distance(with, &text);
        // No edit is an exact or phonetic match, found before.
        if !(1..=most).contains(&edits) {
            continue;
        }
        match found.last_mut() {
            Some(best) if last == Some((keys, at)) => best.0 = best.0.min(edits),
            _ => found.push((edits, keys, index.rank(key), at)),
        }
        last = Some((keys, at));
    }
    found.sort_unstable();
    found
        .into_iter()
        .map(|(_, keys, _, at)| (keys, at))
        .collect()
}
