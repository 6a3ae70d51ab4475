//! One test per invariant: a violating input is rejected with its path and kind.
//! Each starts from the embedded *The Glory* JSON and changes one thing.

#![cfg(feature = "datasets")]

use kdrama::{Error, Series, Strictness, ViolationKind as K};
use serde_json::{Value, json};

fn glory() -> Value {
    serde_json::from_str(kdrama::datasets::the_glory_json()).unwrap()
}

/// Sets the value at a JSON pointer, adding the last key if it is missing.
fn set(v: &mut Value, pointer: &str, value: Value) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let parent = v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match parent {
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        Value::Array(items) => items[key.parse::<usize>().unwrap()] = value,
        _ => panic!("{pointer} is not in a container"),
    }
}

#[track_caller]
fn violations_with(v: &Value, strictness: Strictness) -> Vec<(String, K, String)> {
    match Series::from_json_slice(v.to_string().as_bytes(), strictness) {
        Err(Error::Invalid(vs)) => vs
            .iter()
            .map(|v| (v.path().to_owned(), v.kind(), v.message().to_owned()))
            .collect(),
        Ok(_) => panic!("invalid input accepted"),
        Err(e) => panic!("expected violations, got {e}"),
    }
}

#[track_caller]
fn violations(v: &Value) -> Vec<(String, K, String)> {
    violations_with(v, Strictness::Lenient)
}

/// Asserts the one violation found is at `path`, of `kind`, with `message`.
#[track_caller]
fn assert_only(v: &Value, path: &str, kind: K, message: &str) {
    assert_eq!(violations(v), [(path.to_owned(), kind, message.to_owned())]);
}

#[track_caller]
fn assert_json_error(v: &Value, path: &str, needle: &str) {
    match Series::from_json(&v.to_string()) {
        Err(Error::Json {
            path: p, message, ..
        }) => {
            assert_eq!(p, path);
            assert!(message.contains(needle), "{message:?} lacks {needle:?}");
        }
        other => panic!("expected a json error, got {other:?}"),
    }
}

#[test]
fn the_base_is_valid() {
    assert!(Series::from_json(&glory().to_string()).is_ok());
}

#[test]
fn unsupported_format() {
    let mut v = glory();
    set(&mut v, "/format", json!(2));
    assert_only(
        &v,
        "format",
        K::UnsupportedFormat,
        "format version 2: expected 1",
    );
}

#[test]
fn malformed_ids_are_json_errors_at_their_path() {
    let mut v = glory();
    set(&mut v, "/people/0/id", json!("Song Hye-kyo"));
    assert_json_error(&v, "people[0].id", "invalid person id \"Song Hye-kyo\"");
    let mut v = glory();
    set(&mut v, "/people/0/id", json!("a".repeat(65)));
    assert_json_error(&v, "people[0].id", "at most 64 bytes");
}

#[test]
fn duplicate_ids() {
    let mut v = glory();
    set(&mut v, "/people/1/id", json!("song-hye-kyo"));
    let found = violations(&v);
    assert_eq!(found[0].0, "people[1].id");
    assert_eq!(found[0].1, K::DuplicateId);
    assert_eq!(
        found[0].2,
        "duplicate person id \"song-hye-kyo\": expected each id once (first at people[0])"
    );
}

#[test]
fn dangling_references() {
    let mut v = glory();
    set(&mut v, "/cast/0/person", json!("nobody"));
    assert_only(
        &v,
        "cast[0].person",
        K::DanglingReference,
        "unknown person \"nobody\": expected the id of a record in people",
    );
    let mut v = glory();
    set(&mut v, "/people/0/cites/0", json!("no-such-source"));
    assert_only(
        &v,
        "people[0].cites[0]",
        K::DanglingReference,
        "unknown source \"no-such-source\": expected the id of a record in sources",
    );
    let mut v = glory();
    set(&mut v, "/media/0/part", json!(3));
    assert_only(
        &v,
        "media[0].part",
        K::DanglingReference,
        "unknown part 3: expected a part number from 1 to 2",
    );
    let mut v = glory();
    set(&mut v, "/statements/0/answers/0", json!("ghost"));
    let found = violations(&v);
    assert!(
        found
            .iter()
            .any(|(p, k, _)| p == "statements[0].answers[0]" && *k == K::DanglingReference)
    );
}

#[test]
fn parts_numbered_one_to_n() {
    let mut v = glory();
    set(&mut v, "/parts/1/number", json!(3));
    assert_only(
        &v,
        "parts[1].number",
        K::PartNumbering,
        "part number 3: expected 2 (parts are numbered 1..n in order)",
    );
}

#[test]
fn episodes_numbered_contiguously() {
    let mut v = glory();
    set(&mut v, "/parts/1/episodes/3/number", json!(13));
    assert_only(
        &v,
        "parts[1].episodes[3].number",
        K::EpisodeNumbering,
        "episode number 13: expected 12 (episodes are numbered 1..N across parts)",
    );
    // Removing episode 12 leaves a gap that is reported once, where it opens.
    let mut v = glory();
    v.pointer_mut("/parts/1/episodes")
        .unwrap()
        .as_array_mut()
        .unwrap()
        .remove(3);
    assert_eq!(violations(&v).len(), 1);
}

#[test]
fn parts_released_in_order() {
    let mut v = glory();
    set(&mut v, "/parts/1/release", json!("2022-12"));
    assert!(
        Series::from_json(&v.to_string()).is_ok(),
        "a window overlapping part 1 may be in order"
    );
    set(&mut v, "/parts/1/release", json!("2022-11"));
    assert_only(
        &v,
        "parts[1].release",
        K::PartsOutOfOrder,
        "part 2 release 2022-11 is before part 1: expected parts released in order",
    );
}

#[test]
fn episode_not_before_its_part() {
    let mut v = glory();
    set(&mut v, "/parts/1/episodes/0/release", json!("2023-03-09"));
    set(&mut v, "/parts/1/episodes/0/cites", json!(["wiki-en"]));
    assert_only(
        &v,
        "parts[1].episodes[0].release",
        K::EpisodeBeforePart,
        "episode 9 release 2023-03-09 is before its part's release 2023-03-10T17:00+09:00: expected it at or after",
    );
}

#[test]
fn release_offsets_match_the_home_zone() {
    let mut v = glory();
    set(&mut v, "/parts/1/release", json!("2023-03-10T17:00+08:00"));
    assert_only(
        &v,
        "parts[1].release",
        K::WrongOffset,
        "release 2023-03-10T17:00+08:00 has offset +08:00: expected +09:00, the offset of Asia/Seoul at that instant",
    );
}

#[test]
fn korean_summer_time_of_1988_is_known() {
    // A series released in Korea's 1988 summer time must carry +10:00.
    let mut v = glory();
    set(&mut v, "/parts/0/release", json!("1988-07-01T20:00+09:00"));
    set(&mut v, "/parts/1/release", json!("1988-07-08T20:00+10:00"));
    set(&mut v, "/parts/0/announcements", json!([]));
    set(&mut v, "/parts/1/announcements", json!([]));
    assert_only(
        &v,
        "parts[0].release",
        K::WrongOffset,
        "release 1988-07-01T20:00+09:00 has offset +09:00: expected +10:00, the offset of Asia/Seoul at that instant",
    );
}

#[test]
fn implausible_runtimes() {
    let mut v = glory();
    set(&mut v, "/parts/0/episodes/0/runtime_minutes", json!(0));
    set(&mut v, "/parts/0/episodes/0/cites", json!(["wiki-en"]));
    assert_only(
        &v,
        "parts[0].episodes[0].runtime_minutes",
        K::ImplausibleRuntime,
        "runtime 0 minutes: expected 1 to 300",
    );
    let mut v = glory();
    set(
        &mut v,
        "/runtime",
        json!({"min_minutes": 80, "max_minutes": 47}),
    );
    assert_only(
        &v,
        "runtime",
        K::ImplausibleRuntime,
        "runtime range 80..47 minutes: expected the minimum not above the maximum",
    );
}

#[test]
fn names_non_empty_and_trimmed() {
    let mut v = glory();
    set(&mut v, "/people/0/name", json!(""));
    assert_only(
        &v,
        "people[0].name",
        K::EmptyText,
        "empty text: expected a non-empty value",
    );
    let mut v = glory();
    set(
        &mut v,
        "/characters/0/aliases/0/name",
        json!(" Moon Dong Eun"),
    );
    assert_only(
        &v,
        "characters[0].aliases[0].name",
        K::UntrimmedText,
        "text \" Moon Dong Eun\" has surrounding whitespace: expected it trimmed",
    );
}

#[test]
fn every_character_has_a_portrayal() {
    let mut v = glory();
    let cast = v.pointer_mut("/cast").unwrap().as_array_mut().unwrap();
    cast.retain(|p| p["character"] != "ha-ye-sol");
    assert_only(
        &v,
        "characters[9].id",
        K::CharacterWithoutPortrayal,
        "character \"ha-ye-sol\" has no cast credit: expected at least one in cast (use an unconfirmed credit when the actor is unknown)",
    );
}

#[test]
fn no_takedown_before_publication() {
    let mut v = glory();
    let i = v["media"]
        .as_array()
        .unwrap()
        .iter()
        .position(|m| m["id"] == "part-1-character-poster-draft")
        .unwrap();
    set(
        &mut v,
        &format!("/media/{i}/events/1/date"),
        json!("2022-12-21"),
    );
    let found = violations(&v);
    assert_eq!(found[0].0, format!("media[{i}].events[1].date"));
    assert_eq!(found[0].1, K::TakenDownBeforePublished);
    assert_eq!(
        found[0].2,
        "taken down on 2022-12-21 is before the asset was published: expected it on or after publication"
    );
}

#[test]
fn refuted_claims_cite_their_refutation() {
    let mut v = glory();
    v.pointer_mut("/statements")
        .unwrap()
        .as_array_mut()
        .unwrap()
        .retain(|s| {
            !s["answers"]
                .as_array()
                .unwrap()
                .contains(&json!("takedown-rumour"))
        });
    // Media events pointing at the removed statement dangle too; drop those links.
    for m in v["media"].as_array_mut().unwrap() {
        for e in m
            .get_mut("events")
            .and_then(Value::as_array_mut)
            .into_iter()
            .flatten()
        {
            e.as_object_mut().unwrap().remove("statement");
        }
    }
    assert_only(
        &v,
        "claims[0].verdict",
        K::RefutedWithoutStatement,
        "claim \"takedown-rumour\" is refuted but no statement answers it: expected a statement listing it in answers",
    );
}

#[test]
fn uncited_records_warn_leniently_and_fail_strictly() {
    let mut v = glory();
    set(&mut v, "/characters/0/cites", json!([]));
    let lenient = Series::from_json(&v.to_string()).unwrap();
    let warnings = lenient.warnings();
    assert_eq!(warnings.len(), 1);
    let first = warnings.iter().next().unwrap();
    assert_eq!(first.path(), "characters[0].cites");
    assert_eq!(first.kind(), K::MissingSource);
    let strict = violations_with(&v, Strictness::Strict);
    assert_eq!(
        strict,
        [(
            "characters[0].cites".to_owned(),
            K::MissingSource,
            "no source cited: expected at least one source id".to_owned()
        )]
    );
}

#[test]
fn language_country_and_url() {
    let mut v = glory();
    set(&mut v, "/original_language", json!("Korean"));
    set(&mut v, "/country", json!("kr"));
    set(
        &mut v,
        "/sources/0/url",
        json!("en.wikipedia.org/wiki/The_Glory"),
    );
    let kinds: Vec<(String, K)> = violations(&v).into_iter().map(|(p, k, _)| (p, k)).collect();
    assert_eq!(
        kinds,
        [
            ("original_language".to_owned(), K::InvalidLanguageTag),
            ("country".to_owned(), K::InvalidCountry),
            ("sources[0].url".to_owned(), K::InvalidUrl),
        ]
    );
}

#[test]
fn self_references_and_duplicate_records() {
    let mut v = glory();
    set(&mut v, "/relationships/0/to", json!("park-yeon-jin"));
    assert_only(
        &v,
        "relationships[0].to",
        K::SelfReference,
        "relationship of \"park-yeon-jin\" with itself: expected two different characters",
    );
    let mut v = glory();
    let first = v["cast"][0].clone();
    v["cast"].as_array_mut().unwrap().push(first);
    let n = v["cast"].as_array().unwrap().len() - 1;
    assert_only(
        &v,
        &format!("cast[{n}]"),
        K::DuplicateRecord,
        "duplicate cast credit: expected it once (first at cast[0])",
    );
}

#[test]
fn dated_records_need_a_date() {
    let mut v = glory();
    set(&mut v, "/events/0/date", json!("unannounced"));
    assert_only(
        &v,
        "events[0].date",
        K::MissingDate,
        "date \"unannounced\": expected a date, as precisely as known",
    );
}

#[test]
fn announcements_oldest_first() {
    let mut v = glory();
    set(&mut v, "/parts/1/announcements/1/on", json!("2022-12-01"));
    assert_only(
        &v,
        "parts[1].announcements[1].on",
        K::OutOfOrder,
        "announcement on 2022-12-01: expected announcements oldest first",
    );
}

#[test]
fn unknown_time_zone_names_itself() {
    let mut v = glory();
    set(&mut v, "/home_zone", json!("Asia/Atlantis"));
    assert_json_error(&v, "home_zone", "unknown time zone \"Asia/Atlantis\"");
}

#[test]
fn every_violation_is_reported_in_one_pass() {
    let mut v = glory();
    set(&mut v, "/format", json!(7));
    set(&mut v, "/people/3/name", json!(""));
    set(&mut v, "/parts/1/number", json!(5));
    set(&mut v, "/crew/0/person", json!("ghost"));
    let paths: Vec<String> = violations(&v).into_iter().map(|(p, _, _)| p).collect();
    assert_eq!(
        paths,
        [
            "format",
            "parts[1].number",
            "people[3].name",
            "crew[0].person"
        ]
    );
}

#[test]
fn serde_deserialize_runs_the_same_validation() {
    let mut v = glory();
    set(&mut v, "/parts/1/number", json!(3));
    let err = serde_json::from_value::<Series>(v).unwrap_err();
    assert!(
        err.to_string().contains("parts[1].number: part number 3"),
        "{err}"
    );
}

#[test]
fn builder_runs_the_same_validation() {
    use kdrama::{Episode, Part};
    let err = Series::builder("x".parse().unwrap(), "X")
        .part(Part::new(1, "2024-01-01".parse().unwrap()).with_episode(Episode::new(2)))
        .build()
        .unwrap_err();
    let v = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(
        (v.path(), v.kind()),
        ("parts[0].episodes[0].number", K::EpisodeNumbering)
    );
}
