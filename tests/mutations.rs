//! Random single mutations of a valid series (remove a record, duplicate an
//! id, shift a date, renumber an episode, blank a name) are either still
//! valid or rejected with violations that name the mutation. Never a panic.

#![cfg(feature = "datasets")]

use std::sync::LazyLock;

use kdrama::{Error, Series, ViolationKind};
use proptest::prelude::*;
use serde_json::{Value, json};

static GLORY: LazyLock<Value> =
    LazyLock::new(|| serde_json::from_str(kdrama::datasets::the_glory_json()).unwrap());

const WITH_IDS: &[&str] = &[
    "people",
    "characters",
    "organizations",
    "motifs",
    "media",
    "claims",
    "statements",
    "events",
    "sources",
];

fn violations(v: &Value) -> Option<Vec<(String, ViolationKind, String)>> {
    match Series::from_json(&v.to_string()) {
        Ok(_) => None,
        Err(Error::Invalid(vs)) => Some(
            vs.iter()
                .map(|v| (v.path().to_owned(), v.kind(), v.message().to_owned()))
                .collect(),
        ),
        Err(e) => panic!("a mutation of valid JSON gave a non-validation error: {e}"),
    }
}

fn len(collection: &str) -> usize {
    GLORY[collection].as_array().unwrap().len()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn removing_a_record_leaves_only_violations_naming_it(c in 0..WITH_IDS.len(), i in 0usize..1000) {
        let collection = WITH_IDS[c];
        let i = i % len(collection);
        let mut v = GLORY.clone();
        let removed = v[collection].as_array_mut().unwrap().remove(i);
        let id = removed["id"].as_str().unwrap();
        if let Some(found) = violations(&v) {
            for (path, kind, message) in found {
                prop_assert!(message.contains(&format!("{id:?}")), "{path} {kind:?} {message} does not name {id}");
            }
        }
    }

    #[test]
    fn duplicating_an_id_is_reported_at_the_later_record(c in 0..WITH_IDS.len(), a in 0usize..1000, b in 0usize..1000) {
        let collection = WITH_IDS[c];
        let (a, b) = (a % len(collection), b % len(collection));
        prop_assume!(a != b);
        let mut v = GLORY.clone();
        let id = v[collection][a]["id"].clone();
        v[collection][b]["id"] = id;
        let found = violations(&v).expect("a duplicate id is invalid");
        let path = format!("{collection}[{}].id", a.max(b));
        prop_assert!(found.iter().any(|(p, k, _)| *p == path && *k == ViolationKind::DuplicateId), "{found:?}");
    }

    #[test]
    fn shifting_a_date_is_valid_or_reported_where_dates_are(part in 0usize..2, days in -400i64..400, media in 0usize..1000) {
        let mut v = GLORY.clone();
        let at = chrono::DateTime::parse_from_rfc3339("2022-12-30T17:00:00+09:00").unwrap() + chrono::Duration::days(days);
        v["parts"][part]["release"] = json!(at.format("%Y-%m-%dT%H:%M%:z").to_string());
        if let Some(found) = violations(&v) {
            for (path, _, _) in &found {
                prop_assert!(path.starts_with("parts["), "{found:?}");
            }
        }
        let mut v = GLORY.clone();
        let m = media % len("media");
        let Some(events) = v["media"][m].get_mut("events").and_then(Value::as_array_mut) else { return Ok(()) };
        let date = (chrono::NaiveDate::from_ymd_opt(2022, 12, 1).unwrap() + chrono::Duration::days(days)).format("%Y-%m-%d").to_string();
        events[0]["date"] = json!(date);
        if let Some(found) = violations(&v) {
            for (path, _, _) in &found {
                prop_assert!(path.starts_with(&format!("media[{m}].events[")), "{found:?}");
            }
        }
    }

    #[test]
    fn renumbering_an_episode_is_reported_at_it(part in 0usize..2, episode in 0usize..8, number in 0u32..40) {
        let mut v = GLORY.clone();
        let current = (part * 8 + episode + 1) as u32;
        prop_assume!(number != current);
        v["parts"][part]["episodes"][episode]["number"] = json!(number);
        let found = violations(&v).expect("a renumbered episode is invalid");
        let path = format!("parts[{part}].episodes[{episode}].number");
        prop_assert!(found.iter().any(|(p, k, _)| *p == path && *k == ViolationKind::EpisodeNumbering), "{found:?}");
    }

    #[test]
    fn blanking_a_name_is_reported_exactly(c in 0usize..3, i in 0usize..1000, blank in prop::sample::select(vec!["", " ", "\t\n"])) {
        let collection = ["people", "characters", "organizations"][c];
        let i = i % len(collection);
        let mut v = GLORY.clone();
        v[collection][i]["name"] = json!(blank);
        let found = violations(&v).expect("a blank name is invalid");
        prop_assert_eq!(found.len(), 1);
        prop_assert_eq!(&found[0].0, &format!("{collection}[{i}].name"));
        prop_assert_eq!(found[0].1, ViolationKind::EmptyText);
    }
}
