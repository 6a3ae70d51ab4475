//! Results a web service can return as they are: time statuses, local
//! views and windows serialize to plain JSON.

#![cfg(feature = "datasets")]

use kdrama::chrono::{TimeZone, Utc};
use kdrama::{LocalRelease, Zone, datasets};
use serde_json::json;

#[test]
fn statuses_serialize_with_their_durations_in_seconds() {
    let glory = datasets::the_glory();
    let before = Utc.with_ymd_and_hms(2023, 3, 10, 7, 0, 0).unwrap();
    let part_2 = glory.part(2).unwrap().release();
    let status = part_2.status_at(glory.home_zone(), before);
    assert_eq!(
        serde_json::to_value(status).unwrap(),
        json!({"status": "upcoming", "until_seconds": 3600})
    );
    let series = glory.status_at(before);
    let value = serde_json::to_value(series).unwrap();
    assert_eq!(value["status"], "in_progress");
    assert_eq!(value["released"], 1);
    assert_eq!(
        value["next"],
        json!({"status": "upcoming", "until_seconds": 3600})
    );
}

#[test]
fn local_views_and_windows_serialize() {
    let glory = datasets::the_glory();
    let la = Zone::from_name("America/Los_Angeles").unwrap();
    let view = glory
        .part(2)
        .unwrap()
        .release()
        .in_zone(glory.home_zone(), la);
    assert!(matches!(view, LocalRelease::Exact(_)));
    let value = serde_json::to_value(&view).unwrap();
    assert_eq!(value["kind"], "exact");
    assert_eq!(value["local"], "2023-03-10T00:00:00-08:00");
    assert_eq!(value["abbreviation"], "PST");
    let march: kdrama::Release = "2023-03".parse().unwrap();
    let window = serde_json::to_value(march.in_zone(Zone::seoul(), la)).unwrap();
    assert_eq!(
        (window["kind"].as_str(), window["precision"].as_str()),
        (Some("window"), Some("month"))
    );
    let w = march.window(Zone::seoul()).unwrap();
    assert_eq!(
        serde_json::to_value(w).unwrap(),
        json!({"start": "2023-02-28T15:00:00Z", "end": "2023-03-31T15:00:00Z"})
    );
}
