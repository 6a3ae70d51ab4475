//! Exports: the iCalendar feed and schema.org JSON-LD.

#![cfg(all(feature = "datasets", feature = "ics", feature = "jsonld"))]

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use icalendar::parser::{Component, read_calendar, unfold};
use kdrama::{Episode, IcsOptions, Part, Series, Zone, datasets};
use serde_json::Value;

fn prop<'a>(c: &'a Component<'a>, name: &str) -> Option<&'a icalendar::parser::Property<'a>> {
    c.properties.iter().find(|p| p.name.as_str() == name)
}

fn param<'a>(p: &'a icalendar::parser::Property<'a>, key: &str) -> Option<&'a str> {
    p.params
        .iter()
        .find(|x| x.key.as_str() == key)
        .and_then(|x| x.val.as_ref())
        .map(|v| v.as_str())
}

fn offset(text: &str) -> FixedOffset {
    let sign = if text.starts_with('-') { -1 } else { 1 };
    let h: i32 = text[1..3].parse().unwrap();
    let m: i32 = text[3..5].parse().unwrap();
    FixedOffset::east_opt(sign * (h * 3600 + m * 60)).unwrap()
}

/// Resolves a local DTSTART through the VTIMEZONE observances the feed
/// itself declares (the latest observance starting at or before it).
fn resolve(vtimezone: &Component<'_>, local: NaiveDateTime) -> DateTime<Utc> {
    let mut observances: Vec<(NaiveDateTime, FixedOffset, FixedOffset)> = vtimezone
        .components
        .iter()
        .map(|o| {
            let start = NaiveDateTime::parse_from_str(
                prop(o, "DTSTART").unwrap().val.as_str(),
                "%Y%m%dT%H%M%S",
            )
            .unwrap();
            let from = offset(prop(o, "TZOFFSETFROM").unwrap().val.as_str());
            let to = offset(prop(o, "TZOFFSETTO").unwrap().val.as_str());
            (start, from, to)
        })
        .collect();
    observances.sort_by_key(|o| o.0);
    let (_, _, to) = observances
        .iter()
        .rev()
        .find(|o| o.0 <= local)
        .expect("an observance covers it");
    to.from_local_datetime(&local).single().unwrap().to_utc()
}

/// Checks a feed and returns each event's UID with its DTSTART instant (or date).
fn check_feed(ics: &str) -> BTreeMap<String, String> {
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "bare LF in {line:?}");
        assert!(line.len() <= 77, "line over 75 octets: {line:?}");
    }
    let unfolded = unfold(ics);
    let calendar = read_calendar(&unfolded).expect("parses");
    let timezones: BTreeMap<&str, &Component<'_>> = calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VTIMEZONE")
        .map(|c| (prop(c, "TZID").unwrap().val.as_str(), c))
        .collect();
    let mut out = BTreeMap::new();
    for event in calendar
        .components
        .iter()
        .filter(|c| c.name.as_str() == "VEVENT")
    {
        for required in [
            "UID",
            "DTSTAMP",
            "DTSTART",
            "SUMMARY",
            "DESCRIPTION",
            "STATUS",
            "SEQUENCE",
        ] {
            assert!(prop(event, required).is_some(), "{required} missing");
        }
        let start = prop(event, "DTSTART").unwrap();
        let value = start.val.as_str();
        let when = if let Some(tzid) = param(start, "TZID") {
            let vtz = timezones
                .get(tzid)
                .unwrap_or_else(|| panic!("no VTIMEZONE for {tzid}"));
            let local = NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").unwrap();
            resolve(vtz, local).to_rfc3339()
        } else if param(start, "VALUE") == Some("DATE") {
            format!("date {value}")
        } else {
            NaiveDateTime::parse_from_str(value.trim_end_matches('Z'), "%Y%m%dT%H%M%S")
                .unwrap()
                .and_utc()
                .to_rfc3339()
        };
        out.insert(prop(event, "UID").unwrap().val.as_str().to_owned(), when);
    }
    out
}

#[test]
fn catalog_feed_parses_and_every_instant_round_trips() {
    let catalog = datasets::catalog();
    for options in [IcsOptions::new(), IcsOptions::new().utc()] {
        let ics = catalog.to_ics(&options);
        let events = check_feed(&ics);
        // 2 Netflix parts, 16 broadcast episodes, 3 specials.
        assert_eq!(events.len(), 21);
        for series in catalog.series() {
            for unit in series.release_units() {
                let uid = match (unit.episode(), unit.part(), unit.special()) {
                    (Some(e), _, _) => format!("episode-{}.{}@kdrama", e.number(), series.id()),
                    (None, Some(p), _) => format!("part-{}.{}@kdrama", p.number(), series.id()),
                    (None, None, Some(s)) => format!("special-{}.{}@kdrama", s.id(), series.id()),
                    (None, None, None) => unreachable!("a unit is a part, an episode or a special"),
                };
                let expected = unit.release().instant().unwrap().to_utc().to_rfc3339();
                assert_eq!(events.get(&uid), Some(&expected), "{uid}");
            }
        }
    }
}

#[test]
fn feeds_are_deterministic_and_pinned_by_a_golden_file() {
    let catalog = datasets::catalog();
    let a = catalog.to_ics(&IcsOptions::new());
    let b = catalog.to_ics(&IcsOptions::new());
    assert_eq!(a, b);
    assert!(
        !a.contains("DTSTAMP:19700101"),
        "DTSTAMP comes from the data"
    );
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/catalog.ics");
    if std::env::var_os("KDRAMA_UPDATE_GOLDEN").is_some() {
        std::fs::write(path, &a).unwrap();
    }
    let golden = std::fs::read_to_string(path)
        .expect("tests/golden/catalog.ics (KDRAMA_UPDATE_GOLDEN=1 writes it)");
    assert_eq!(a, golden, "feed differs from the golden file");
}

#[test]
fn day_precision_is_all_day_and_coarser_releases_are_counted() {
    let series = Series::builder("x".parse().unwrap(), "X; with, commas")
        .updated(DateTime::parse_from_rfc3339("2026-01-02T03:04:05+09:00").unwrap())
        .part(Part::new(1, "2024-05-03".parse().unwrap()).with_episode(Episode::new(1)))
        .part(Part::new(2, "2024-11".parse().unwrap()).with_episode(Episode::new(2)))
        .part(Part::new(3, "unannounced".parse().unwrap()).with_episode(Episode::new(3)))
        .build()
        .unwrap();
    let ics = series.to_ics(&IcsOptions::new());
    let events = check_feed(&ics);
    assert_eq!(events.len(), 1);
    assert!(ics.contains("DTSTART;VALUE=DATE:20240503\r\nDTEND;VALUE=DATE:20240504\r\n"));
    assert!(ics.contains("X-KDRAMA-UNSCHEDULED:2\r\n"));
    assert!(ics.contains("DTSTAMP:20260101T180405Z\r\n"));
    assert!(ics.contains("SUMMARY:X\\; with\\, commas: Part 1\r\n"));
    assert!(!ics.contains("BEGIN:VTIMEZONE"), "no exact times, no zones");
}

#[test]
fn summer_time_zones_get_their_transitions() {
    let ny = Zone::from_name("America/New_York").unwrap();
    let series = Series::builder("ny".parse().unwrap(), "NY")
        .home_zone(ny)
        .part(Part::new(1, "2023-01-10T21:00-05:00".parse().unwrap()))
        .part(Part::new(2, "2023-07-10T21:00-04:00".parse().unwrap()))
        .part(Part::new(3, "2023-11-05T01:30-05:00".parse().unwrap()))
        .build()
        .unwrap();
    let ics = series.to_ics(&IcsOptions::new());
    assert!(ics.contains("BEGIN:DAYLIGHT\r\n") && ics.contains("TZNAME:EDT\r\n"));
    let events = check_feed(&ics);
    assert_eq!(events["part-1.ny@kdrama"], "2023-01-11T02:00:00+00:00");
    assert_eq!(events["part-2.ny@kdrama"], "2023-07-11T01:00:00+00:00");
    // 01:30 on 5 November happened twice; this is the second (-05:00), which
    // a local DTSTART would misread as the first (RFC 5545 §3.3.5), so the
    // feed writes it in UTC.
    assert!(ics.contains("DTSTART:20231105T063000Z\r\n"));
    assert_eq!(events["part-3.ny@kdrama"], "2023-11-05T06:30:00+00:00");
    let utc = check_feed(&series.to_ics(&IcsOptions::new().utc()));
    assert_eq!(utc["part-3.ny@kdrama"], "2023-11-05T06:30:00+00:00");
}

struct Vocab {
    classes: BTreeMap<String, Vec<String>>,
    properties: BTreeMap<String, Vec<String>>,
}

impl Vocab {
    fn load() -> Vocab {
        let v: Value =
            serde_json::from_str(include_str!("data/schemaorg-30.0-domains.json")).unwrap();
        let map = |key: &str| -> BTreeMap<String, Vec<String>> {
            v[key]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| {
                    (
                        k.clone(),
                        v.as_array()
                            .unwrap()
                            .iter()
                            .map(|s| s.as_str().unwrap().to_owned())
                            .collect(),
                    )
                })
                .collect()
        };
        Vocab {
            classes: map("classes"),
            properties: map("properties"),
        }
    }

    fn ancestors(&self, class: &str) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        let mut todo = vec![class.to_owned()];
        while let Some(c) = todo.pop() {
            if out.insert(c.clone()) {
                todo.extend(self.classes.get(&c).into_iter().flatten().cloned());
            }
        }
        out
    }

    /// Checks every `@type` and property of `value`; `via` is the property
    /// through which the object was reached (a Role may carry it, per
    /// schema.org's Role pattern). A reference (`{"@id": …}` alone) is
    /// recorded in `seen` as `@id …`, to be resolved by the caller.
    fn check(&self, value: &Value, via: Option<&str>, path: &str, seen: &mut BTreeSet<String>) {
        match value {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.check(item, via, &format!("{path}[{i}]"), seen);
                }
            }
            Value::Object(map) if map.len() == 1 && map.contains_key("@id") => {
                seen.insert(format!("@id {}", map["@id"].as_str().unwrap()));
            }
            Value::Object(map) => {
                let Some(Value::String(t)) = map.get("@type") else {
                    panic!("{path} has no @type");
                };
                assert!(
                    self.classes.contains_key(t),
                    "{path}: {t} is not a schema.org type"
                );
                seen.insert(t.clone());
                let ancestors = self.ancestors(t);
                for (key, v) in map {
                    if key.starts_with('@') {
                        continue;
                    }
                    let domains = self
                        .properties
                        .get(key)
                        .unwrap_or_else(|| panic!("{path}.{key} is not a schema.org property"));
                    let role_pattern = ancestors.contains("Role") && via == Some(key.as_str());
                    assert!(
                        role_pattern || domains.iter().any(|d| ancestors.contains(d)),
                        "{path}.{key}: {t} is not in the domain {domains:?}"
                    );
                    seen.insert(key.clone());
                    if v.is_object() || v.as_array().is_some_and(|a| a.iter().any(Value::is_object))
                    {
                        self.check(v, Some(key), &format!("{path}.{key}"), seen);
                    }
                }
            }
            _ => {}
        }
    }
}

#[test]
fn json_ld_uses_only_schema_org_types_and_properties_in_their_domains() {
    let vocab = Vocab::load();
    for series in datasets::all() {
        let ld = series.to_json_ld();
        assert_eq!(ld["@context"], "https://schema.org");
        let mut seen = BTreeSet::new();
        vocab.check(&ld["@graph"], None, "@graph", &mut seen);
        assert!(
            seen.contains("PerformanceRole") && seen.contains("releasedEvent"),
            "{seen:?}"
        );
        // Every reference names a node of the graph, and every node is referred to.
        let nodes: BTreeSet<String> = ld["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|n| n["@id"].as_str())
            .map(|id| format!("@id {id}"))
            .collect();
        let refs: BTreeSet<String> = seen.into_iter().filter(|s| s.starts_with("@id ")).collect();
        assert!(refs.contains("@id _:person-song-hye-kyo"), "{refs:?}");
        assert_eq!(refs, nodes);
    }
}

/// The node of `ld`'s graph that `reference` (`{"@id": …}`) refers to.
#[track_caller]
fn node<'a>(ld: &'a Value, reference: &Value) -> &'a Value {
    assert_eq!(
        reference.as_object().map(|o| o.len()),
        Some(1),
        "{reference}"
    );
    ld["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["@id"] == reference["@id"])
        .unwrap_or_else(|| panic!("no node {reference}"))
}

#[test]
fn json_ld_content() {
    let ld = datasets::the_glory().to_json_ld();
    let tv = &ld["@graph"][0];
    assert_eq!(tv["name"], "The Glory");
    assert_eq!(tv["numberOfEpisodes"], 16);
    assert_eq!(
        tv["containsSeason"][0]["startDate"],
        "2022-12-30T17:00:00+09:00"
    );
    assert_eq!(tv["containsSeason"][0]["numberOfEpisodes"], 8);
    assert_eq!(tv["containsSeason"][1]["episode"][0]["episodeNumber"], 9);
    let netflix = &tv["containsSeason"][1]["releasedEvent"]["publishedOn"];
    assert_eq!(node(&ld, netflix)["name"], "Netflix");
    assert_eq!(node(&ld, netflix)["@type"], "BroadcastService");
    // One node, referred to from both seasons.
    assert_eq!(
        tv["containsSeason"][0]["releasedEvent"]["publishedOn"],
        *netflix
    );
    let young: Vec<&Value> = tv["actor"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["roleName"] == "young")
        .collect();
    assert_eq!(node(&ld, &young[0]["actor"])["name"], "Jung Ji-so");
    assert_eq!(young[0]["characterName"], "Moon Dong-eun");
    assert!(
        tv["alternateName"]
            .as_array()
            .unwrap()
            .contains(&Value::from("더 글로리"))
    );
    let trailer = tv["trailer"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "Official trailer")
        .unwrap();
    assert_eq!(trailer["uploadDate"], "2022-12", "month precision is kept");
    let review = &ld["@graph"][1];
    assert_eq!(review["@type"], "ClaimReview");
    assert_eq!(review["reviewRating"]["alternateName"], "refuted");
    assert_eq!(node(&ld, &review["author"])["name"], "Netflix");
    assert_eq!(node(&ld, &review["author"])["@type"], "Organization");
    assert_eq!(review["datePublished"], "2022-12-22");
    let first = &review["itemReviewed"]["firstAppearance"];
    assert_eq!(
        node(&ld, first)["url"],
        "https://xportsnews.com/article/1668499"
    );
    assert_eq!(review["itemReviewed"]["appearance"][0], *first);
    // Deterministic.
    assert_eq!(datasets::the_glory().to_json_ld(), ld);
}
