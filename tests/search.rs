//! Korean-aware search: spellings that are not in the data (no alias holds
//! them) still find their people, through Unicode folding, romanization of
//! the native name in both systems with the surnames' customary spellings,
//! and initial consonants.

#![cfg(feature = "datasets")]

use kdrama::{MatchKind, RomanizationSystem, Subject, Variant, datasets, normalize_name};

/// Whether `query` folds to a name or alias stored in the data: a query that
/// does is no evidence for the romanizer.
fn stored(query: &str) -> bool {
    let q = normalize_name(query);
    let rotate = |n: &str| {
        let words: Vec<&str> = n.split_whitespace().collect();
        let mut r = words.clone();
        if !r.is_empty() {
            let first = r.remove(0);
            r.push(first);
        }
        [normalize_name(n), normalize_name(&r.join(" "))]
    };
    datasets::all().any(|s| {
        let people = s.people().iter().flat_map(|p| {
            std::iter::once(p.name())
                .chain(p.native_name())
                .chain(p.aliases().iter().map(|a| a.name()))
        });
        let characters = s.characters().iter().flat_map(|c| {
            std::iter::once(c.name())
                .chain(c.native_name())
                .chain(c.aliases().iter().map(|a| a.name()))
        });
        people.chain(characters).any(|n| rotate(n).contains(&q))
    })
}

#[track_caller]
fn first(query: &str) -> (String, MatchKind, Variant) {
    let hit = datasets::catalog()
        .search(query)
        .next()
        .unwrap_or_else(|| panic!("no match for {query:?}"));
    let name = match hit.subject() {
        Subject::Person(p) => p.name().to_owned(),
        Subject::Character { character, .. } => character.name().to_owned(),
        Subject::Series(series) => series.titles().english().to_owned(),
        _ => unreachable!(),
    };
    (name, hit.kind(), hit.variant())
}

#[test]
fn romanizations_of_the_native_name_need_no_alias() {
    use RomanizationSystem::{McCuneReischauer as Mr, Revised as Rr};
    for (query, who, system) in [
        ("I Do-hyeon", "Lee Do-hyun", Rr),
        ("I Dohyeon", "Lee Do-hyun", Rr),
        ("Dohyeon I", "Lee Do-hyun", Rr),
        ("Bak Seonghun", "Park Sung-hoon", Rr),
        ("Park Seonghun", "Park Sung-hoon", Rr),
        ("Jeong Seongil", "Jung Sung-il", Rr),
        ("Song Hye-gyo", "Song Hye-kyo", Rr),
        ("Pak Sŏng-hun", "Park Sung-hoon", Mr),
        ("Chŏng Chi-so", "Jung Ji-so", Mr),
    ] {
        if stored(query) {
            continue; // an alias already holds it: not evidence here
        }
        let (name, kind, variant) = first(query);
        assert_eq!(name, who, "{query}");
        assert_eq!(
            (kind, variant),
            (MatchKind::Romanized, Variant::Romanized(system)),
            "{query}"
        );
    }
    // At least most of them were not stored, so the test tests something.
    let fresh = [
        "I Do-hyeon",
        "Bak Seonghun",
        "Park Seonghun",
        "Pak Sŏng-hun",
        "Chŏng Chi-so",
    ];
    assert!(
        fresh.iter().all(|q| !stored(q)),
        "these must not be aliases in the data"
    );
}

#[test]
fn initial_consonants_find_the_native_name() {
    let (name, kind, variant) = first("ㅅㅎㄱ");
    assert_eq!(
        (name.as_str(), kind, variant),
        ("Song Hye-kyo", MatchKind::Initials, Variant::Initials)
    );
    let (name, _, _) = first("ㅁㄷㅇ");
    assert_eq!(name, "Moon Dong-eun");
}

#[test]
fn unicode_variants_meet() {
    // Decomposed Hangul (conjoining jamo), as macOS file names hold it.
    let decomposed = "\u{1109}\u{1169}\u{11BC}\u{1112}\u{1168}\u{1100}\u{116D}";
    assert_eq!(first(decomposed).0, "Song Hye-kyo");
    // Full-width Latin.
    assert_eq!(first("Ｓｏｎｇ Ｈｙｅ－ｋｙｏ").0, "Song Hye-kyo");
    // Upper case, any script.
    assert_eq!(first("SONG HYE-KYO").0, "Song Hye-kyo");
}

#[test]
fn names_outrank_romanizations_and_people_are_not_confused() {
    // Song Joong-ki is not Song Hye-kyo, however Song Hye-kyo is spelled.
    for query in ["Song Hyegyo", "ㅅㅎㄱ", "송혜교"] {
        assert_eq!(first(query).0, "Song Hye-kyo", "{query}");
    }
    assert_eq!(first("Song Jung-gi").0, "Song Joong-ki");
    // A stored name is still a name match.
    assert_eq!(first("Song Hye-kyo").1, MatchKind::Name);
}

#[test]
fn series_titles_are_searchable() {
    use RomanizationSystem::{McCuneReischauer as Mr, Revised as Rr};
    let series = |query: &str| {
        let hit = datasets::catalog().search(query).next();
        match hit.map(|m| (m.subject(), m.kind(), m.variant())) {
            Some((Subject::Series(s), kind, variant)) => (s.titles().english(), kind, variant),
            other => panic!("{query:?} found {other:?}"),
        }
    };
    assert_eq!(
        series("ㄷㄱㄹㄹ"),
        ("The Glory", MatchKind::Initials, Variant::Initials)
    );
    assert_eq!(
        series("더 글로리"),
        ("The Glory", MatchKind::Name, Variant::NativeName)
    );
    assert_eq!(
        series("the glory"),
        ("The Glory", MatchKind::Name, Variant::Name)
    );
    assert_eq!(series("黑暗榮耀").0, "The Glory");
    assert_eq!(series("태양의 후예").0, "Descendants of the Sun");
    // A stored romanization of the title is an alias match.
    assert_eq!(
        series("Taeyangui Huye"),
        (
            "Descendants of the Sun",
            MatchKind::Alias,
            Variant::Romanized(Rr)
        )
    );
    // A title with no romanization stored is found romanized from its Hangul.
    let mine = kdrama::Series::builder("my-mister".parse().unwrap(), "My Mister")
        .native_title("나의 아저씨")
        .build()
        .unwrap();
    let catalog = kdrama::Catalog::new(vec![mine]).unwrap();
    for (query, system) in [("Naui Ajeossi", Rr), ("Naŭi Ajŏssi", Mr)] {
        let hit = catalog.search(query).next().expect(query);
        assert_eq!(
            (hit.kind(), hit.variant()),
            (MatchKind::Romanized, Variant::Romanized(system))
        );
        assert_eq!(hit.matched(), "나의 아저씨");
    }
}

#[test]
fn spellings_that_differ_like_romanizations_meet_phonetically() {
    for (query, who) in [
        ("Park Seong Hoon", "Park Sung-hoon"),
        ("Choe Hye Jung", "Choi Hye-jeong"),
        ("Jun Jae Joon", "Jeon Jae-jun"),
        ("Lim Ji Yun", "Lim Ji-yeon"),
    ] {
        assert!(!stored(query), "{query} is stored: not evidence");
        let (name, kind, _) = first(query);
        assert_eq!((name.as_str(), kind), (who, MatchKind::Phonetic), "{query}");
    }
}

/// The confusable pairs collected with their sources in
/// `tests/data/search/negatives.tsv`: a spelling of one person must never
/// find the other first.
#[test]
fn confusable_people_are_not_confused() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/search/negatives.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut checked = 0;
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let mut f = line.split('\t');
        let (query, not_first) = (f.next().unwrap(), f.next().unwrap());
        let first = datasets::catalog().search(query).next();
        let id = first.map(|m| match m.subject() {
            Subject::Person(p) => p.id().to_string(),
            Subject::Character { character, .. } => character.id().to_string(),
            Subject::Series(s) => s.id().to_string(),
            _ => String::new(),
        });
        assert_ne!(
            id.as_deref(),
            Some(not_first),
            "{query:?} found {not_first} first"
        );
        checked += 1;
    }
    assert!(checked >= 20, "{checked} pairs");
}

/// One query of the quality set: what it must find first, and its category.
struct Case {
    query: String,
    /// `("person", id)`, `("character", "series/id")` or `("series", id)`.
    want: (String, String),
    category: String,
}

/// Whether `hit` is the subject `want` (see [`Case::want`]).
fn found_is(hit: &kdrama::Match<'_>, want: &(String, String)) -> bool {
    subject_of(hit) == *want
}

/// The first result of `query`, as a [`Case::want`].
fn found(query: &str) -> Option<(String, String)> {
    datasets::catalog()
        .search(query)
        .next()
        .map(|m| subject_of(&m))
}

fn subject_of(hit: &kdrama::Match<'_>) -> (String, String) {
    match hit.subject() {
        Subject::Person(p) => ("person".into(), p.id().to_string()),
        Subject::Character { character, series } => (
            "character".into(),
            format!("{}/{}", series.id(), character.id()),
        ),
        Subject::Series(s) => ("series".into(), s.id().to_string()),
        _ => (String::new(), String::new()),
    }
}

/// The quality set: every row of `tests/data/search/spellings.tsv` (real
/// spellings with their sources, and typos constructed from them, labelled
/// `typo`), and two categories derived from its Hangul rows: the same text
/// decomposed into conjoining jamo (NFD, as macOS file names hold it), and
/// its initial consonants as Korean users type them (ㅅㅎㄱ for 송혜교).
fn cases() -> Vec<Case> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/search/spellings.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut cases = Vec::new();
    for line in text.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        let (query, series, subject, id, category) = (f[0], f[1], f[2], f[3], f[4]);
        let want = match subject {
            "character" => (subject.to_owned(), format!("{series}/{id}")),
            _ => (subject.to_owned(), id.to_owned()),
        };
        if category == "hangul" {
            use unicode_normalization::UnicodeNormalization;
            let decomposed: String = query.nfd().collect();
            assert_ne!(decomposed, query);
            cases.push(Case {
                query: decomposed,
                want: want.clone(),
                category: "decomposed-hangul".into(),
            });
            if let Some(initials) = choseong(query) {
                cases.push(Case {
                    query: initials,
                    want: want.clone(),
                    category: "choseong".into(),
                });
            }
        }
        cases.push(Case {
            query: query.to_owned(),
            want,
            category: category.to_owned(),
        });
    }
    // A query stands once per category and subject (two sources may attest it).
    cases.sort_by(|a, b| (&a.category, &a.query, &a.want).cmp(&(&b.category, &b.query, &b.want)));
    cases.dedup_by(|a, b| (&a.category, &a.query, &a.want) == (&b.category, &b.query, &b.want));
    cases
}

/// The initial consonants of a name or title of Hangul syllables (spaces
/// dropped), as compatibility jamo; `None` for anything else or one syllable.
fn choseong(text: &str) -> Option<String> {
    const CHOSEONG: [char; 19] = [
        'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ',
        'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
    ];
    let syllables: Vec<u32> = text
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| c as u32)
        .collect();
    let hangul = syllables.iter().all(|c| (0xAC00..=0xD7A3).contains(c));
    (hangul && syllables.len() > 1).then(|| {
        syllables
            .iter()
            .map(|c| CHOSEONG[((c - 0xAC00) / 588) as usize])
            .collect()
    })
}

/// Precision at 1 over the quality set (see [`cases`]), per category:
/// printed, and held at least where the search stands today, with no query
/// of a real spelling finding someone else first. The set covers every
/// main cast member and character of both datasets and both titles.
#[test]
fn precision_at_one_by_category() {
    let cases = cases();
    let mut by_category: std::collections::BTreeMap<&str, (usize, usize, usize)> =
        Default::default();
    for case in &cases {
        let first = found(&case.query);
        let entry = by_category.entry(case.category.as_str()).or_default();
        entry.0 += 1;
        if first.as_ref() == Some(&case.want) {
            entry.1 += 1;
        } else {
            // Initials are shared (ㅂㅅㅎ is 박성훈 and 백상훈): another
            // subject first is a tie, not a confusion, if the one wanted
            // matches the same way.
            let tie = case.category == "choseong"
                && datasets::catalog()
                    .search(&case.query)
                    .any(|m| m.kind() == MatchKind::Initials && found_is(&m, &case.want));
            entry.2 += usize::from(first.is_some() && !tie);
            println!(
                "miss ({}): {:?} → {first:?}, expected {:?}",
                case.category, case.query, case.want
            );
        }
    }
    let (mut total, mut hits) = (0, 0);
    println!(
        "{:<18} {:>5} {:>5} {:>6} {:>9}",
        "category", "hits", "of", "wrong", "precision"
    );
    for (category, (n, hit, wrong)) in &by_category {
        println!(
            "{category:<18} {hit:>5} {n:>5} {wrong:>6} {:>9.3}",
            *hit as f64 / *n as f64
        );
        total += n;
        hits += hit;
    }
    println!(
        "{:<18} {hits:>5} {total:>5} {:>6} {:>9.3}",
        "all",
        "",
        hits as f64 / total as f64
    );

    // What the issue asks of the set.
    assert!(total >= 80, "{total} queries");
    for category in [
        "hangul",
        "decomposed-hangul",
        "choseong",
        "revised",
        "mccune-reischauer",
        "press-spelling",
        "name-order",
        "typo",
        "title",
    ] {
        assert!(by_category.contains_key(category), "no {category} queries");
    }
    let wanted: std::collections::BTreeSet<&(String, String)> =
        cases.iter().map(|c| &c.want).collect();
    for series in datasets::all() {
        assert!(wanted.contains(&("series".into(), series.id().to_string())));
        let main = series.cast().iter().filter(|p| {
            matches!(
                p.billing(),
                Some(kdrama::Billing::Lead | kdrama::Billing::Main)
            )
        });
        for portrayal in main {
            let character = format!("{}/{}", series.id(), portrayal.character());
            assert!(
                wanted.contains(&("character".into(), character.clone())),
                "{character}"
            );
            if let Some(person) = portrayal.person() {
                assert!(
                    wanted.contains(&("person".into(), person.to_string())),
                    "{person}"
                );
            }
        }
    }
    // No spelling finds someone else first (a choseong tie aside); the
    // floor per category is what the search reaches today (the misses are
    // printed above).
    for (category, (n, hit, wrong)) in &by_category {
        assert_eq!(
            *wrong, 0,
            "{category}: queries that found someone else first"
        );
        let floor = match *category {
            "other-name" => 0.0,
            "other-script" => 0.15,
            "localized-title" => 0.6,
            "title" => 0.8,
            "choseong" => 0.85,
            "misspelling" => 0.9,
            _ => 0.95,
        };
        let precision = *hit as f64 / *n as f64;
        assert!(
            precision >= floor,
            "{category}: precision at 1 fell to {precision:.3}"
        );
    }
}

/// Typos come last, say so, and stay within their edits: one for a query of
/// 4 to 9 letters, two from 10, none below 4.
#[test]
fn typos_are_the_last_resort_and_bounded() {
    let hit = datasets::catalog().search("The Gloy").next().unwrap();
    assert_eq!(hit.subject().name(), "The Glory");
    assert_eq!(
        (hit.kind(), hit.variant()),
        (MatchKind::Typo, Variant::Name)
    );
    assert_eq!(hit.matched(), "The Glory");
    // Two edits in a long name (a real misspelling).
    assert_eq!(first("Danielle Spencer").0, "Daniel Spencer");
    // One edit in a short one, but not two.
    assert_eq!(first("Jin Gox").1, MatchKind::Typo);
    assert!(datasets::catalog().search("Jin Gxxo").next().is_none());
    // Nothing for three letters: `Kin` is one edit from too much.
    assert!(
        datasets::catalog()
            .search("Kin")
            .all(|m| m.kind() != MatchKind::Typo)
    );
    // Hangul typos count jamo: 송헤교 is one vowel from 송혜교.
    let (name, kind, variant) = first("송헤교");
    assert_eq!(
        (name.as_str(), kind, variant),
        ("Song Hye-kyo", MatchKind::Typo, Variant::NativeName)
    );
    // A typo never outranks a better match of someone else.
    let kinds: Vec<MatchKind> = datasets::catalog()
        .search("Song Hye")
        .map(|m| m.kind())
        .collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
}

/// Either name order finds a name, an alias or a romanization, as the same
/// kind of match as the order stored.
#[test]
fn either_name_order_is_the_same_match() {
    for (query, who, kind) in [
        ("Hye-kyo Song", "Song Hye-kyo", MatchKind::Name),
        ("Hye Kyo Song", "Song Hye-kyo", MatchKind::Name),
        ("Dohyeon I", "Lee Do-hyun", MatchKind::Romanized),
        ("Sung-il Jung", "Jung Sung-il", MatchKind::Name),
    ] {
        let (name, found, _) = first(query);
        assert_eq!((name.as_str(), found), (who, kind), "{query}");
    }
}

/// A query that matches nothing returns nothing, whatever it is.
#[test]
fn nonsense_finds_nothing() {
    for query in [
        "Xavier Quintero",
        "zzzzzzzzzzzzzzzz",
        "12345",
        "😀",
        &"a".repeat(10_000),
    ] {
        let found: Vec<&str> = datasets::catalog()
            .search(query)
            .map(|m| m.subject().name())
            .collect();
        let shown = &query[..query.len().min(20)];
        assert!(found.is_empty(), "{shown:?} found {found:?}");
    }
}

/// A person whose later record has other aliases than their first is still
/// one person: its names are indexed for the first record's owner, so a
/// name both records hold is one result, and the later alias finds them.
#[test]
fn a_later_record_with_other_aliases_is_the_same_person() {
    let [dots, glory]: [&kdrama::Series; 2] = datasets::all()
        .collect::<Vec<_>>()
        .try_into()
        .expect("two datasets");
    let mut json: serde_json::Value =
        serde_json::from_str(&glory.to_json().expect("json")).expect("value");
    let people = json["people"].as_array_mut().expect("people");
    let song = people
        .iter_mut()
        .find(|p| p["id"] == "song-hye-kyo")
        .expect("Song Hye-kyo in The Glory");
    song["aliases"]
        .as_array_mut()
        .expect("aliases")
        .push(serde_json::json!({"name": "Hyegyo Songova", "kind": "misspelling"}));
    let glory = kdrama::Series::from_json(&json.to_string()).expect("valid");
    let catalog = kdrama::Catalog::new(vec![dots.clone(), glory]).expect("catalog");
    let people_named = |query: &str| -> Vec<String> {
        catalog
            .search(query)
            .filter_map(|m| match m.subject() {
                Subject::Person(p) => Some(p.id().to_string()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(people_named("Song Hye-kyo"), ["song-hye-kyo"]);
    assert_eq!(people_named("Hyegyo Songova"), ["song-hye-kyo"]);
}
