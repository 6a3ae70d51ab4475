//! Hostile input, one small case per class: what a web service built on this
//! crate may be sent. Each asserts the behaviour (a violation with its path
//! and kind, a typed error, a size bound), never a wall-clock time.

use kdrama::{
    Alias, AliasKind, Error, MAX_INPUT_BYTES, MAX_ITEMS, MAX_REPORTED_VIOLATIONS, Person, Series,
    Strictness, ViolationKind as K,
};
use serde_json::{Value, json};

/// A minimal valid series as a JSON value, to be edited.
fn base() -> Value {
    json!({
        "format": 1,
        "id": "x",
        "titles": {"english": "X"},
        "original_language": "ko",
        "country": "KR",
        "parts": [{"number": 1, "release": "2023-03-10"}],
        "characters": [{"id": "c", "name": "C"}],
        "cast": [{"character": "c", "stage": "adult"}],
        "sources": [{"id": "s", "publisher": "P", "url": "https://example.com/a", "authority": "press"}]
    })
}

fn load(v: &Value) -> kdrama::Result<Series> {
    Series::from_json(&v.to_string())
}

/// The violations of an invalid series as (path, kind) pairs.
#[track_caller]
fn violations(v: &Value) -> Vec<(String, K)> {
    match load(v) {
        Err(Error::Invalid(vs)) => vs.iter().map(|v| (v.path().to_owned(), v.kind())).collect(),
        other => panic!("expected violations, got {other:?}"),
    }
}

/// The JSON error of a malformed series as (path, message).
#[track_caller]
fn json_error(v: &Value) -> (String, String) {
    match load(v) {
        Err(Error::Json { path, message, .. }) => (path, message),
        other => panic!("expected a json error, got {other:?}"),
    }
}

fn set(v: &mut Value, pointer: &str, value: Value) {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}")) = value;
}

#[test]
fn the_base_series_is_valid() {
    load(&base()).unwrap();
}

#[test]
fn urls_are_absolute_http_with_a_host() {
    for bad in [
        "javascript:alert(1)",
        "ftp://example.com/a",
        "https://",
        "https:///path",
        "https://exa mple.com/",
        "https://example.com/a b",
        "https://example.com/\u{0}",
        "https://example.com/\u{85}",
        "https://example.com/\u{2028}",
        "https://a..b/",
        "https://-a.com/",
        "https://example.com:port/",
        "https://[::1/",
        "//example.com/",
        " https://example.com/",
    ] {
        let mut v = base();
        set(&mut v, "/sources/0/url", json!(bad));
        assert_eq!(
            violations(&v),
            [("sources[0].url".to_owned(), K::InvalidUrl)],
            "{bad:?}"
        );
    }
    for good in [
        "http://example.com",
        "https://example.com:8443/a?b=c#d",
        "https://[2001:db8::1]/x",
        "https://192.0.2.1/",
        "https://asianwiki.co./page",
        "https://www.한국.kr/기사",
    ] {
        let mut v = base();
        set(&mut v, "/sources/0/url", json!(good));
        load(&v).unwrap_or_else(|e| panic!("{good:?}: {e}"));
    }
}

#[test]
fn control_characters_are_violations_in_every_kind_of_text() {
    let cases = [
        ("/titles/english", "The\u{85}Glory", "titles.english"),
        ("/characters/0/name", "C\nD", "characters[0].name"),
        ("/characters/0/name", "C\tD", "characters[0].name"),
        (
            "/sources/0/publisher",
            "P\u{1b}[31m",
            "sources[0].publisher",
        ),
        ("/sources/0/publisher", "P\u{7f}", "sources[0].publisher"),
        ("/sources/0/publisher", "P\u{9f}", "sources[0].publisher"),
        ("/titles/english", "X\u{2028}Y", "titles.english"),
        ("/titles/english", "X\u{2029}Y", "titles.english"),
        // Bidirectional overrides and isolates ("Trojan Source").
        ("/titles/english", "Safe \u{202e}gnp.exe", "titles.english"),
        (
            "/characters/0/name",
            "C\u{2066}D\u{2069}",
            "characters[0].name",
        ),
        ("/sources/0/publisher", "P\u{202a}", "sources[0].publisher"),
    ];
    for (pointer, text, path) in cases {
        let mut v = base();
        set(&mut v, pointer, json!(text));
        assert_eq!(
            violations(&v),
            [(path.to_owned(), K::ControlCharacter)],
            "{text:?}"
        );
    }
    // The bidirectional marks reorder nothing beyond themselves: allowed.
    let mut v = base();
    set(
        &mut v,
        "/titles/english",
        json!("X\u{200f}\u{200e}\u{61c}Y"),
    );
    load(&v).unwrap();
    // Prose allows tab and newline, and nothing else.
    let mut v = base();
    v["characters"][0]["description"] = json!("line one\n\tline two");
    load(&v).unwrap();
    v["characters"][0]["description"] = json!("line one\r\nline two");
    assert_eq!(
        violations(&v),
        [("characters[0].description".to_owned(), K::ControlCharacter)]
    );
}

#[test]
fn violation_output_cannot_be_forged_by_a_key_or_a_value() {
    // A localized-title key that tries to print a line of its own.
    let mut v = base();
    v["titles"]["localized"] = json!({"x\nother.json: ok": "T"});
    let err = load(&v).unwrap_err();
    let text = err.to_string();
    assert!(!text.contains('\n'), "{text}");
    let paths: Vec<_> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| v.path().to_owned())
        .collect();
    assert_eq!(paths, [r#"titles.localized["x\nother.json: ok"]"#]);
    // An unknown field's name travels in serde's message: escaped too.
    let mut v = base();
    v["characters"][0]["x\nother.json: ok\u{1b}[2J"] = json!(1);
    let (path, message) = json_error(&v);
    assert!(
        !path.contains('\n') && !message.contains('\n'),
        "{path} {message}"
    );
    assert!(!message.contains('\u{1b}'), "{message}");
    // A value with a terminal escape in it is shown escaped.
    let mut v = base();
    v["country"] = json!("K\u{1b}[2JR");
    let err = load(&v).unwrap_err();
    assert!(!err.to_string().contains('\u{1b}'), "{err}");
}

#[test]
fn no_message_holds_an_unbounded_amount_of_text() {
    let long = "a".repeat(kdrama::MAX_TEXT_BYTES * 4);
    let mut v = base();
    v["sources"][0]["url"] = json!(format!("https://example.com/{long}"));
    v["country"] = json!(long);
    v["original_language"] = json!(long);
    v["parts"][0]["release"] = json!(long);
    let (_, message) = json_error(&v);
    assert!(message.len() < 1024, "{} bytes", message.len());
    v["parts"][0]["release"] = json!("2023");
    let err = load(&v).unwrap_err();
    for violation in err.violations().unwrap() {
        assert!(violation.message().len() < 512, "{violation}");
    }
    // An id that is far too long is cut in the error too.
    let mut v = base();
    v["id"] = json!("x".repeat(100_000));
    let (_, message) = json_error(&v);
    assert!(message.len() < 1024, "{} bytes", message.len());
}

#[test]
fn dates_are_strict_and_in_range() {
    for bad in [
        "2023-1-5",
        "+12345-01-01",
        " 2023 -01-05 ",
        "2023-01-05 ",
        "1899-12-31",
        "2201-01-01",
        "2023-02-29",
    ] {
        let mut v = base();
        v["parts"][0]["announcements"] = json!([{"on": bad, "release": "2023"}]);
        let (path, _) = json_error(&v);
        assert_eq!(path, "parts[0].announcements[0].on", "{bad:?}");
    }
    for bad in ["1000", "9999", "1899-12", "2201-01-01T00:00+09:00"] {
        let mut v = base();
        set(&mut v, "/parts/0/release", json!(bad));
        assert_eq!(json_error(&v).0, "parts[0].release", "{bad:?}");
    }
    for bad in [
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:00:00Z",
        "2016-12-31T23:59:60Z",
        "2023-01-01 00:00:00Z",
        "2023-01-01t00:00:00z",
        "+12345-01-01T00:00:00Z",
        "2023-1-01T00:00:00Z",
    ] {
        let mut v = base();
        v["updated"] = json!(bad);
        assert_eq!(json_error(&v).0, "updated", "{bad:?}");
    }
    let mut v = base();
    v["updated"] = json!("2026-11-24T00:00:00.5+09:00");
    load(&v).unwrap();
    // Built in code, out of range: a violation.
    let at = chrono::DateTime::parse_from_rfc3339("1850-01-01T00:00:00Z").unwrap();
    let err = Series::builder("x".parse().unwrap(), "X")
        .updated(at)
        .build()
        .unwrap_err();
    let first = err.violations().unwrap().iter().next().unwrap();
    assert_eq!((first.path(), first.kind()), ("updated", K::OutOfRange));
}

#[test]
fn a_day_the_home_zone_skipped_is_a_violation() {
    // Samoa moved across the date line: 2011-12-30 never happened in Apia.
    let mut v = base();
    v["home_zone"] = json!("Pacific/Apia");
    set(&mut v, "/parts/0/release", json!("2011-12-30"));
    assert_eq!(
        violations(&v),
        [("parts[0].release".to_owned(), K::NonexistentDay)]
    );
    set(&mut v, "/parts/0/release", json!("2011-12-31"));
    load(&v).unwrap();
    // The same for every dated record, here a source's publication day.
    v["sources"][0]["published"] = json!("2011-12-30");
    assert_eq!(
        violations(&v),
        [("sources[0].published".to_owned(), K::NonexistentDay)]
    );
}

#[test]
fn every_nested_list_is_bounded_while_reading() {
    let many = |n: usize| -> Value { (0..n).map(|i| json!(format!("s{i}"))).collect() };
    let cases = [
        ("/cites", "cites"),
        ("/characters/0/cites", "characters[0].cites"),
        ("/characters/0/aliases", "characters[0].aliases"),
        ("/parts/0/cites", "parts[0].cites"),
        ("/titles/romanizations", "titles.romanizations"),
    ];
    for (pointer, path) in cases {
        let mut v = base();
        let list = if pointer.ends_with("aliases") {
            (0..=MAX_ITEMS)
                .map(|i| json!({"name": format!("a{i}"), "kind": "romanization"}))
                .collect()
        } else if pointer.ends_with("romanizations") {
            (0..=MAX_ITEMS)
                .map(|i| json!({"system": "revised", "text": format!("t{i}")}))
                .collect()
        } else {
            many(MAX_ITEMS + 1)
        };
        let parent = &pointer[..pointer.rfind('/').unwrap()];
        let key = &pointer[pointer.rfind('/').unwrap() + 1..];
        v.pointer_mut(if parent.is_empty() { "" } else { parent })
            .unwrap()
            .as_object_mut()
            .unwrap()
            .insert(key.to_owned(), list);
        let (got, message) = json_error(&v);
        assert_eq!(got, path);
        assert_eq!(
            message,
            format!("{} entries: expected at most {MAX_ITEMS}", MAX_ITEMS + 1)
        );
    }
    // A localized-title object is bounded the same way.
    let mut v = base();
    let map: serde_json::Map<String, Value> = (0..=MAX_ITEMS)
        .map(|i| (format!("x-t{i}"), json!("T")))
        .collect();
    v["titles"]["localized"] = Value::Object(map);
    assert_eq!(json_error(&v).0, "titles.localized");
    // Built in code, the same limit is a violation.
    let mut person = Person::new("p".parse().unwrap(), "P");
    for i in 0..=MAX_ITEMS {
        person = person.with_alias(Alias::new(format!("a{i}"), AliasKind::Romanization));
    }
    let err = Series::builder("x".parse().unwrap(), "X")
        .person(person)
        .build()
        .unwrap_err();
    let first = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(
        (first.path(), first.kind()),
        ("people[0].aliases", K::TooMany)
    );
}

#[test]
fn lists_that_mean_sets_refuse_duplicates() {
    let mut v = base();
    v["cast"][0]["cites"] = json!(["s", "s"]);
    v["cast"][0]["episodes"] = json!([1, 1]);
    v["parts"][0]["episodes"] = json!([{"number": 1}]);
    v["media"] = json!([{"id": "m", "kind": "main_poster", "title": "M", "depicts": ["c", "c"], "cites": ["s"]}]);
    v["claims"] = json!([{"id": "k", "summary": "K", "first_seen": "2023", "verdict": "unverified", "cites": ["s"]}]);
    v["statements"] = json!([{"id": "t", "speaker": {"other": "Someone"}, "date": "2023", "summary": "T", "answers": ["k", "k"], "cites": ["s"]}]);
    let found = violations(&v);
    for path in [
        "cast[0].cites[1]",
        "cast[0].episodes[1]",
        "media[0].depicts[1]",
        "statements[0].answers[1]",
    ] {
        assert!(
            found.contains(&(path.to_owned(), K::DuplicateRecord)),
            "{path} missing from {found:?}"
        );
    }
}

#[test]
fn duplicate_keys_are_violations_and_tags_ignore_case() {
    // serde_json's Value keeps the last of two equal keys, so write the text.
    let text = base().to_string().replacen(
        r#""english":"X""#,
        r#""english":"X","localized":{"ja":"A","ja":"B","zh-Hant":"C","zh-hant":"D"}"#,
        1,
    );
    let err = Series::from_json(&text).unwrap_err();
    let found: Vec<_> = err
        .violations()
        .unwrap()
        .iter()
        .map(|v| (v.path().to_owned(), v.kind()))
        .collect();
    assert_eq!(
        found,
        [
            ("titles.localized.ja".to_owned(), K::DuplicateKey),
            ("titles.localized.zh-hant".to_owned(), K::DuplicateKey)
        ]
    );
}

#[test]
fn rejection_reports_a_bounded_number_of_violations() {
    // 90 000 dangling episode numbers (repeated): every one is a violation,
    // and only the first MAX_REPORTED_VIOLATIONS are formatted.
    let n = 90_000;
    let zeros = vec!["0"; n].join(",");
    let text = base().to_string().replacen(
        r#""stage":"adult""#,
        &format!(r#""stage":"adult","episodes":[{zeros}]"#),
        1,
    );
    assert!(text.len() < MAX_INPUT_BYTES);
    let err = Series::from_json(&text).unwrap_err();
    let vs = err.violations().unwrap();
    assert_eq!(vs.len(), MAX_REPORTED_VIOLATIONS);
    assert_eq!(vs.total(), n + (n - 1));
    let printed = err.to_string();
    assert!(
        printed.len() < 200 * MAX_REPORTED_VIOLATIONS,
        "{} bytes",
        printed.len()
    );
    assert!(printed.ends_with(&format!("; and {} more", vs.omitted())));
}

#[test]
fn the_compact_form_round_trips_even_near_the_size_limit() {
    // A valid series just under MAX_INPUT_BYTES, written with wide
    // indentation: its compact form is shorter, so it loads back.
    let mut v = base();
    let people: Vec<Value> = (0..MAX_ITEMS * 50)
        .map(
            |i| json!({"id": format!("person-{i}"), "name": format!("Person {i}"), "cites": ["s"]}),
        )
        .collect();
    v["people"] = Value::Array(people);
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    // Widen the indentation until the text is within 2% of the limit.
    let lines = pretty.matches("\n  ").count();
    let extra = (MAX_INPUT_BYTES - pretty.len()) / lines;
    let padded = pretty.replace("\n  ", &format!("\n  {}", " ".repeat(extra)));
    assert!(padded.len() <= MAX_INPUT_BYTES, "{} bytes", padded.len());
    assert!(
        padded.len() > MAX_INPUT_BYTES / 100 * 98,
        "{} bytes",
        padded.len()
    );
    let series = Series::from_json_slice(padded.as_bytes(), Strictness::Lenient).unwrap();
    let compact = series.to_json().unwrap();
    assert!(compact.len() <= padded.len());
    assert_eq!(Series::from_json(&compact).unwrap(), series);
    // Leaving out the default home zone keeps the compact form no longer
    // than the smallest input.
    let minimal = base().to_string();
    assert!(load(&base()).unwrap().to_json().unwrap().len() <= minimal.len());
}
