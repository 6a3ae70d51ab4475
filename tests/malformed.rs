//! Malformed input gives a typed error with a JSON path, never a panic.

#![cfg(feature = "datasets")]

use kdrama::{Error, Series, Strictness};

#[track_caller]
fn json_error(bytes: &[u8]) -> (String, String) {
    match Series::from_json_slice(bytes, Strictness::Lenient) {
        Err(Error::Json { path, message, .. }) => (path, message),
        other => panic!("expected a json error, got {other:?}"),
    }
}

#[test]
fn empty_and_non_object_documents() {
    for doc in ["", " ", "null", "[]", "42", "\"series\"", "{}"] {
        let (path, message) = json_error(doc.as_bytes());
        assert!(!message.is_empty(), "{doc:?} → {path}");
    }
    assert_eq!(json_error(b"{}").1, "missing field `format`");
}

#[test]
fn every_truncation_of_the_glory_is_an_error() {
    let json = kdrama::datasets::the_glory_json().trim_end().as_bytes();
    // Every 211th prefix (a few hundred cuts through every kind of token),
    // plus the prefixes one byte short of the end.
    let cuts = (0..json.len())
        .step_by(211)
        .chain(json.len() - 3..json.len());
    for cut in cuts {
        // A cut inside a multi-byte character is also invalid UTF-8.
        assert!(
            Series::from_json_slice(&json[..cut], Strictness::Lenient).is_err(),
            "prefix {cut} accepted"
        );
    }
}

#[test]
fn invalid_utf8_is_reported() {
    let mut bytes = kdrama::datasets::the_glory_json().as_bytes().to_vec();
    let at = bytes.windows(9).position(|w| w == b"The Glory").unwrap();
    bytes[at + 1] = 0xff;
    let (_, message) = json_error(&bytes);
    assert!(
        message.contains("invalid unicode") || message.contains("UTF-8"),
        "{message}"
    );
}

#[test]
fn deep_nesting_hits_the_recursion_limit() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    json_error(deep.as_bytes());
    let deep_field = format!(
        r#"{{"format": 1, "id": "x", "titles": {}}}"#,
        "{\"english\": ".repeat(50_000)
    );
    json_error(deep_field.as_bytes());
}

#[test]
fn wrong_types_name_their_path() {
    let base = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "#;
    let cases = [
        (r#""parts": {}}"#, "parts"),
        (
            r#""parts": [{"number": "one", "release": "2023"}]}"#,
            "parts[0].number",
        ),
        (
            r#""parts": [{"number": 1, "release": 2023}]}"#,
            "parts[0].release",
        ),
        (
            r#""people": [{"id": "a", "name": ["A"]}]}"#,
            "people[0].name",
        ),
        (
            r#""cast": [{"character": "a", "stage": "old"}]}"#,
            "cast[0].stage",
        ),
        (
            r#""people": [{"id": "a", "name": "A", "nickname": "B"}]}"#,
            "people[0].nickname",
        ),
    ];
    for (tail, expected) in cases {
        let (path, _) = json_error(format!("{base}{tail}").as_bytes());
        assert_eq!(path, expected, "{tail}");
    }
}

#[test]
fn huge_and_negative_numbers_are_rejected() {
    let base = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR", "parts": [{"number": "#;
    for number in ["99999999999999999999", "1e400", "-1", "1.5", "4294967296"] {
        let (path, _) = json_error(format!(r#"{base}{number}, "release": "2023"}}]}}"#).as_bytes());
        assert_eq!(path, "parts[0].number", "{number}");
    }
    let (path, _) = json_error(br#"{"format": 18446744073709551616}"#);
    assert_eq!(path, "format");
}

#[test]
fn trailing_garbage_is_rejected() {
    let json = format!("{} x", kdrama::datasets::the_glory_json());
    let (path, message) = json_error(json.as_bytes());
    assert_eq!(path, ".");
    assert_eq!(message, "trailing characters");
}

#[test]
fn every_public_type_is_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Series>();
    check::<kdrama::SeriesBuilder>();
    check::<Error>();
    check::<kdrama::Release>();
    check::<kdrama::Zone>();
    check::<kdrama::Violations>();
    check::<kdrama::Part>();
    check::<kdrama::MediaAsset>();
    check::<kdrama::Claim>();
    check::<kdrama::Statement>();
    check::<kdrama::Event>();
    check::<kdrama::Source>();
    check::<kdrama::Person>();
    // The views a series hands its stored records out as, and their lists.
    check::<kdrama::PersonRef<'static>>();
    check::<kdrama::CharacterRef<'static>>();
    check::<kdrama::PortrayalRef<'static>>();
    check::<kdrama::RelationshipRef<'static>>();
    check::<kdrama::CrewCreditRef<'static>>();
    check::<kdrama::MediaRef<'static>>();
    check::<kdrama::PartRef<'static>>();
    check::<kdrama::EpisodeRef<'static>>();
    check::<kdrama::ClaimRef<'static>>();
    check::<kdrama::StatementRef<'static>>();
    check::<kdrama::EventRef<'static>>();
    check::<kdrama::SourceRef<'static>>();
    check::<kdrama::AliasRef<'static>>();
    check::<kdrama::Aliases<'static>>();
    check::<kdrama::Records<'static, kdrama::PersonRef<'static>>>();
    check::<kdrama::RecordsIter<'static, kdrama::SourceRef<'static>>>();
    check::<kdrama::Citations<'static>>();
    check::<kdrama::CitationsIter<'static>>();
}

#[test]
fn fuzz_regressions_never_panic() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz-regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(series) = Series::from_json_slice(&bytes, Strictness::Lenient) {
            let json = series.to_json().unwrap();
            assert_eq!(Series::from_json(&json).unwrap(), series);
        }
        count += 1;
    }
    assert!(count >= 1);
}
