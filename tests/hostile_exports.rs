//! Exports and queries under hostile input: output that is safe where users
//! put it, sizes bounded by a multiple of the input, no quadratic work, no
//! panic at the ends of time.
//!
//! `cargo test --test hostile_exports -- --nocapture` prints the output/input
//! ratio of every constructed worst case (the figures in the docs of
//! `Series::to_ics` and `Series::to_json_ld`).

#![cfg(all(feature = "datasets", feature = "ics", feature = "jsonld"))]

#[path = "support/export_checks.rs"]
mod export_checks;
use export_checks::{check_html, check_ics};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use kdrama::{Catalog, IcsOptions, Series, Strictness, Zone};
use serde_json::{Value, json};

/// The documented bound: output at most this many times the input JSON.
const BOUND: usize = 16;

/// A series object with the required fields, `id` and `title`, merged with `extra`.
fn series_json(id: &str, title: &str, extra: Value) -> Value {
    let mut base = json!({
        "format": 1, "id": id, "titles": { "english": title },
        "original_language": "ko", "country": "KR",
    });
    if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), extra) {
        base.extend(extra);
    }
    base
}

/// The compact JSON text of `value` and the series read from it.
#[track_caller]
fn load(value: &Value) -> (String, Series) {
    let text = serde_json::to_string(value).unwrap();
    let series =
        Series::from_json_slice(text.as_bytes(), Strictness::Lenient).unwrap_or_else(|e| {
            let head: String = e.to_string().chars().take(500).collect();
            panic!("hostile input rejected: {head}")
        });
    (text, series)
}

/// Output size over input size, printed and checked against [`BOUND`].
#[track_caller]
fn ratio(case: &str, what: &str, output: usize, input: usize) -> f64 {
    let ratio = output as f64 / input as f64;
    println!("{case:<40} {what:<8} {input:>9} B in {output:>10} B out  {ratio:>5.2}×");
    assert!(
        output <= BOUND * input,
        "{case}: {what} is {ratio:.2} times the input"
    );
    ratio
}

/// Both exports of a hostile series, checked; returns the larger ratio.
#[track_caller]
fn exports(case: &str, value: &Value) -> f64 {
    let (text, series) = load(value);
    let ics = series.to_ics(&IcsOptions::new());
    check_ics(&ics);
    let utc = series.to_ics(&IcsOptions::new().utc());
    check_ics(&utc);
    let html = check_html(&series);
    let a = ratio(case, "ics", ics.len(), text.len());
    let b = ratio(case, "ics utc", utc.len(), text.len());
    let c = ratio(case, "json-ld", html.len(), text.len());
    a.max(b).max(c)
}

const HOSTILE: &str = "</script><script>alert(1)</script><!-- & ]]>";

fn long(unit: &str) -> String {
    unit.repeat(kdrama::MAX_TEXT_BYTES / unit.len())
}

/// Many day-precision episode releases, everything they repeat as long as
/// the limits allow: a 64-byte id, a 16 KiB title and platform name made of
/// characters that double when escaped, a 256-byte URL on every episode.
fn many_day_events(n: u32, cite: bool) -> Value {
    let episodes: Vec<Value> = (1..=n)
        .map(|i| {
            let mut e = json!({ "number": i, "release": "2023-03-10" });
            if cite {
                e["cites"] = json!(["s"]);
            }
            e
        })
        .collect();
    series_json(
        &"a".repeat(kdrama::MAX_ID_LEN),
        &long(",;"),
        json!({
            "platform": "p",
            "parts": [{ "number": 1, "release": "2023-03-10", "episodes": episodes }],
            "organizations": [{ "id": "p", "name": long(",\\"), "kind": "platform" }],
            "sources": [{ "id": "s", "publisher": "x", "url": format!("https://example.com/{}", "a".repeat(236)),
                          "authority": "press" }],
        }),
    )
}

/// Parts without episodes, one event each.
fn many_parts(n: u32) -> Value {
    let parts: Vec<Value> = (1..=n)
        .map(|i| json!({ "number": i, "release": "2023-03-10", "cites": ["s"] }))
        .collect();
    series_json(
        &"b".repeat(kdrama::MAX_ID_LEN),
        &long(","),
        json!({
            "platform": "p",
            "parts": parts,
            "organizations": [{ "id": "p", "name": long(";"), "kind": "platform" }],
            "sources": [{ "id": "s", "publisher": "x", "url": format!("https://example.com/{}", "b".repeat(236)),
                          "authority": "press" }],
        }),
    )
}

/// A release written as the zone's wall clock at `local`, with its offset.
fn exact(zone: Zone, local: NaiveDateTime) -> String {
    let at = zone.start_of(local);
    zone.local(at).format("%Y-%m-%dT%H:%M%:z").to_string()
}

/// Exact releases alternating between winter and summer time in a zone with
/// a long name, so that every event needs its own VTIMEZONE observance (two
/// a year from 1970, so at most 460 up to 2199); with `long`, everything an
/// event repeats is as long as it can be, as in [`many_day_events`].
fn alternating_summer_time(n: u32, long_text: bool) -> Value {
    let zone = Zone::from_name("America/North_Dakota/New_Salem").unwrap();
    let episodes: Vec<Value> = (1..=n)
        .map(|i| {
            let year = 1970 + (i as i32 - 1) / 2;
            let month = if i % 2 == 1 { 1 } else { 7 };
            let local = NaiveDate::from_ymd_opt(year, month, 10)
                .unwrap()
                .and_hms_opt(21, 0, 0)
                .unwrap();
            let mut e = json!({ "number": i, "release": exact(zone, local) });
            if long_text {
                e["cites"] = json!(["s"]);
            }
            e
        })
        .collect();
    let (id, title, platform) = if long_text {
        ("e".repeat(kdrama::MAX_ID_LEN), long(",;"), long(";\\"))
    } else {
        ("c".to_owned(), "C".to_owned(), "P".to_owned())
    };
    series_json(
        &id,
        &title,
        json!({
            "home_zone": zone.name(),
            "platform": "p",
            "parts": [{ "number": 1, "release": "1970", "episodes": episodes }],
            "organizations": [{ "id": "p", "name": platform, "kind": "platform" }],
            "sources": [{ "id": "s", "publisher": "x", "url": format!("https://example.com/{}", "e".repeat(236)),
                          "authority": "press" }],
        }),
    )
}

#[test]
fn ics_worst_cases_stay_within_the_bound() {
    let mut worst: f64 = 0.0;
    for n in [1, 9, 99, 999, 9_999, 20_000] {
        worst = worst.max(exports(
            &format!("day events, cited (n={n})"),
            &many_day_events(n, true),
        ));
        worst = worst.max(exports(
            &format!("day events (n={n})"),
            &many_day_events(n, false),
        ));
        worst = worst.max(exports(
            &format!("parts without episodes (n={n})"),
            &many_parts(n),
        ));
    }
    for long_text in [false, true] {
        worst = worst.max(exports(
            &format!("summer time, alternating (long: {long_text})"),
            &alternating_summer_time(460, long_text),
        ));
    }
    println!("largest ratio: {worst:.2}");
}

#[test]
fn repeated_text_is_shortened_and_says_so() {
    let (_, series) = load(&many_day_events(3, true));
    let ics = series.to_ics(&IcsOptions::new());
    let unfolded = ics.replace("\r\n ", "");
    let summary = unfolded
        .lines()
        .find(|l| l.starts_with("SUMMARY:"))
        .unwrap();
    // The title, shortened to 64 escaped bytes, then the unit.
    assert_eq!(
        summary,
        format!("SUMMARY:{}…: Episode 1", "\\,\\;".repeat(15))
    );
    let categories = unfolded
        .lines()
        .find(|l| l.starts_with("CATEGORIES:"))
        .unwrap();
    assert!(
        categories.len() <= "CATEGORIES:".len() + 64 + 1,
        "{categories}"
    );
    assert!(categories.ends_with('…'), "{categories}");
    // The calendar's name keeps the whole title.
    let name = unfolded.lines().find(|l| l.starts_with("NAME:")).unwrap();
    assert_eq!(name, format!("NAME:{} releases", "\\,\\;".repeat(8192)));
    // Every episode links its own source.
    assert_eq!(ics.matches("URL:https://example.com/").count(), 3);
}

#[test]
fn episodes_without_their_own_release_come_out_with_the_part() {
    let mut episodes: Vec<Value> = (1..50_000).map(|i| json!({ "number": i })).collect();
    episodes.push(json!({ "number": 50_000, "release": "2023-03-17" }));
    let value = series_json(
        "d",
        "D",
        json!({ "parts": [
            { "number": 1, "release": "2023-03-10", "episodes": episodes },
            { "number": 2, "release": "2023-04", "episodes": [
                { "number": 50_001, "release": "2023-04-01" }, { "number": 50_002 }, { "number": 50_003 } ] },
        ]}),
    );
    let (text, series) = load(&value);
    let ics = series.to_ics(&IcsOptions::new());
    check_ics(&ics);
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 3, "{ics}");
    assert!(ics.contains("UID:part-1.d@kdrama\r\n"));
    assert!(ics.contains("DESCRIPTION:Episodes 1–49999.\r\n"));
    assert!(ics.contains("UID:episode-50000.d@kdrama\r\n"));
    assert!(ics.contains("UID:episode-50001.d@kdrama\r\n"));
    // Part 2's other episodes are known to the month only: two units left out.
    assert!(ics.contains("X-KDRAMA-UNSCHEDULED:2\r\n"));
    ratio("inherited episodes", "ics", ics.len(), text.len());
}

/// The number of observances in a feed.
fn observances(ics: &str) -> usize {
    ics.matches("BEGIN:STANDARD").count() + ics.matches("BEGIN:DAYLIGHT").count()
}

#[test]
fn vtimezone_holds_one_observance_per_run_of_events() {
    // Releases eight millennia apart under one rule cost one observance, not
    // a scan of the days between (validation may refuse such years; the
    // export does not need it to).
    let far = series_json(
        "far",
        "Far",
        json!({ "home_zone": "Etc/GMT-9", "parts": [
            { "number": 1, "release": "1000-01-01T09:00+09:00" },
            { "number": 2, "release": "9999-12-31T09:00+09:00" },
        ]}),
    );
    let text = serde_json::to_string(&far).unwrap();
    if let Ok(series) = Series::from_json(&text) {
        let ics = series.to_ics(&IcsOptions::new());
        check_ics(&ics);
        assert_eq!(observances(&ics), 1, "{ics}");
        ratio("releases millennia apart", "ics", ics.len(), text.len());
    }
    // Seoul: standard time, the 1987 summer time, standard time again (the
    // same rule as the first): three runs of events, three observances.
    let seoul = series_json(
        "seoul",
        "Seoul",
        json!({ "parts": [
            { "number": 1, "release": "1950-01-01T09:00+09:00" },
            { "number": 2, "release": "1987-07-01T09:00+10:00" },
            { "number": 3, "release": "2200-12-31T09:00+09:00" },
        ]}),
    );
    let (text, series) = load(&seoul);
    let ics = series.to_ics(&IcsOptions::new());
    check_ics(&ics);
    assert_eq!(observances(&ics), 3, "{ics}");
    assert!(ics.contains("BEGIN:DAYLIGHT\r\nDTSTART:19870510T020000\r\nTZOFFSETFROM:+0900\r\nTZOFFSETTO:+1000\r\nTZNAME:KDT\r\n"), "{ics}");
    // The last change before 2200 is the end of the 1988 summer time.
    assert!(ics.contains("BEGIN:STANDARD\r\nDTSTART:19881009T030000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+0900\r\n"), "{ics}");
    ratio("releases centuries apart", "ics", ics.len(), text.len());
    // Alternating summer and winter time: one observance per event at most.
    let (_, series) = load(&alternating_summer_time(400, false));
    let ics = series.to_ics(&IcsOptions::new());
    check_ics(&ics);
    let count = observances(&ics);
    assert!(count <= 400 && count > 100, "{count}");
}

#[test]
fn many_zones_cost_one_vtimezone_each() {
    let zones = [
        "Asia/Seoul",
        "America/New_York",
        "Europe/Dublin",
        "Australia/Lord_Howe",
        "Pacific/Chatham",
        "Africa/Casablanca",
        "America/Santiago",
        "Asia/Kathmandu",
        "UTC",
    ];
    let mut input = 0;
    let mut all = Vec::new();
    for (i, name) in zones.iter().enumerate() {
        let zone = Zone::from_name(name).unwrap();
        let local = NaiveDate::from_ymd_opt(2023, 3, 10)
            .unwrap()
            .and_hms_opt(17, 0, 0)
            .unwrap();
        let value = series_json(
            &format!("s{i}"),
            "S",
            json!({ "home_zone": name, "parts": [{ "number": 1, "release": exact(zone, local) }] }),
        );
        let (text, series) = load(&value);
        input += text.len();
        all.push(series);
    }
    let catalog = Catalog::new(all).unwrap();
    let ics = catalog.to_ics(&IcsOptions::new());
    check_ics(&ics);
    assert_eq!(ics.matches("BEGIN:VTIMEZONE").count(), zones.len());
    ratio(
        "catalog of small series in 9 zones",
        "ics",
        ics.len(),
        input,
    );
}

#[test]
fn ics_never_emits_control_characters() {
    // Whatever the data holds (validation may refuse some of it), and in the
    // calendar's name, which is not data.
    let controls: String = ('\0'..=' ')
        .chain(['\u{7f}', '\u{85}', '\u{9f}', '\u{2028}', '\u{2029}'])
        .collect();
    let glory = kdrama::datasets::the_glory();
    for options in [IcsOptions::new(), IcsOptions::new().utc()] {
        let ics = glory.to_ics(&options.named(format!("x{controls}\r\nBEGIN:VEVENT\r\ny")));
        check_ics(&ics);
        assert!(ics.contains("\r\nNAME:x"), "{ics}");
        assert!(!ics.contains("\r\nBEGIN:VEVENT\r\ny"));
    }
    let value = series_json(
        "ctl",
        &format!("a{controls}b"),
        json!({
            "platform": "p",
            "parts": [{ "number": 1, "release": "2023-03-10T17:00+09:00", "cites": ["s"] }],
            "organizations": [{ "id": "p", "name": format!("p{controls}q"), "kind": "platform" }],
            "sources": [{ "id": "s", "publisher": "x", "url": format!("https://example.com/{controls}"),
                          "authority": "press" }],
        }),
    );
    if let Ok(series) = Series::from_json(&serde_json::to_string(&value).unwrap()) {
        let ics = series.to_ics(&IcsOptions::new());
        check_ics(&ics);
        assert!(ics.contains("URL:https://example.com/%00%01"), "{ics}");
    }
}

/// A URL that tries to leave a `<script>` element.
const HOSTILE_URL: &str = "https://example.com/?q=</script><script>alert(1)</script><!--&-->";

/// [`hostile_everywhere`], loaded; with a plain URL if validation refuses
/// the hostile one (and nothing else).
fn hostile_series(separator: &str) -> Option<(String, Series)> {
    let value = hostile_everywhere(separator, HOSTILE_URL);
    let text = serde_json::to_string(&value).unwrap();
    match Series::from_json(&text) {
        Ok(series) => Some((text, series)),
        Err(e) => {
            let paths: Vec<&str> = e.violations()?.iter().map(|v| v.path()).collect();
            if paths != ["sources[0].url"] {
                return None;
            }
            let value = hostile_everywhere(separator, "https://example.com/?q=a&b=c");
            let text = serde_json::to_string(&value).unwrap();
            Series::from_json(&text).ok().map(|series| (text, series))
        }
    }
}

/// Texts that try to leave a `<script>` element, in every field that reaches
/// the JSON-LD.
fn hostile_everywhere(separator: &str, url: &str) -> Value {
    let h = format!("{HOSTILE}{separator}{HOSTILE}");
    series_json(
        "hostile",
        &h,
        json!({
            "titles": { "english": h, "native": h, "localized": { "ja": h } },
            "genres": [h], "age_rating": h, "premise": h, "platform": "p",
            "production_companies": ["o"],
            "parts": [{ "number": 1, "release": "2023-03-10", "episodes": [
                { "number": 1, "title": h, "release": "2023-03-10T17:00+09:00" }] }],
            "people": [{ "id": "a", "name": h }],
            "characters": [{ "id": "c", "name": h }],
            "cast": [{ "person": "a", "character": "c", "stage": "adult" }],
            "crew": [{ "person": "a", "role": "writer" }],
            "organizations": [{ "id": "p", "name": h, "kind": "platform" },
                              { "id": "o", "name": h, "kind": "production_company" }],
            "media": [{ "id": "m", "kind": "main_poster", "title": h, "description": h,
                        "events": [{ "action": "published", "date": "2023-01-01" }] }],
            "claims": [{ "id": "r", "summary": h, "first_seen": "2023", "verdict": "refuted", "cites": ["s"] }],
            "statements": [{ "id": "d", "speaker": { "other": h }, "date": "2023", "summary": h, "answers": ["r"] }],
            "sources": [{ "id": "s", "publisher": h, "url": url,
                          "authority": "press" }],
        }),
    )
}

#[test]
fn json_ld_html_is_safe_whatever_the_text() {
    let (_, series) = hostile_series(" ").expect("hostile text is valid text");
    let html = check_html(&series);
    assert!(html.contains(r"\u003c/script\u003e\u003cscript\u003ealert(1)"));
    // Line and paragraph separators end a JavaScript line; validation may
    // refuse them in text, and when it does not they are escaped.
    if let Some((_, series)) = hostile_series("\u{2028}\u{2029}") {
        let html = check_html(&series);
        assert!(html.contains(r"\u2028\u2029"));
    }
    // Every embedded series too.
    for series in kdrama::datasets::all() {
        check_html(series);
    }
}

/// Many claims answered by one statement, with texts that grow six-fold when
/// escaped for HTML.
fn claims_answered_by_one_statement(n: u32, text: &str) -> Value {
    claims_answered_by(n, text, &long("<"))
}

/// Many claims, each summarised by `text`, answered by statements (one per
/// `MAX_ITEMS` claims) whose summary and speaker are `answer`.
fn claims_answered_by(n: u32, text: &str, answer: &str) -> Value {
    let claims: Vec<Value> = (1..=n)
        .map(|i| json!({ "id": format!("c{i}"), "summary": text, "first_seen": "2023", "verdict": "unverified" }))
        .collect();
    // One statement answers at most MAX_ITEMS claims; more take several.
    let answers: Vec<String> = (1..=n).map(|i| format!("c{i}")).collect();
    let statements: Vec<Value> = answers
        .chunks(kdrama::MAX_ITEMS)
        .enumerate()
        .map(|(i, chunk)| {
            json!({ "id": format!("d{i}"), "speaker": { "other": answer }, "date": "2023",
                    "summary": answer, "answers": chunk })
        })
        .collect();
    series_json(
        "e",
        "E",
        json!({
            "claims": claims,
            "statements": statements,
        }),
    )
}

/// Many roles of one character with a long name, played by many people.
fn roles_of_one_character(n: u32) -> Value {
    let people: Vec<Value> = (1..=n)
        .map(|i| json!({ "id": format!("p{i}"), "name": "P" }))
        .collect();
    let cast: Vec<Value> = (1..=n)
        .map(|i| json!({ "person": format!("p{i}"), "character": "c", "stage": "adult" }))
        .collect();
    series_json(
        "f",
        "F",
        json!({
            "people": people, "cast": cast,
            "characters": [{ "id": "c", "name": long("<") }],
            "crew": (1..=n).map(|i| json!({ "person": format!("p{i}"), "role": "writer" })).collect::<Vec<_>>(),
        }),
    )
}

/// Many episodes, each published on a platform with a long name.
fn episodes_on_a_platform(n: u32, own_release: bool) -> Value {
    let episodes: Vec<Value> = (1..=n)
        .map(|i| {
            if own_release {
                json!({ "number": i, "release": "2023" })
            } else {
                json!({ "number": i })
            }
        })
        .collect();
    series_json(
        "g",
        "G",
        json!({
            "platform": "p",
            "parts": [{ "number": 1, "release": "2023", "episodes": episodes }],
            "organizations": [{ "id": "p", "name": long("<"), "kind": "platform" }],
        }),
    )
}

#[test]
fn json_ld_worst_cases_stay_within_the_bound() {
    let mut worst: f64 = 0.0;
    for n in [1, 10, 5_000] {
        worst = worst.max(exports(
            &format!("claims, one answer (n={n})"),
            &claims_answered_by_one_statement(n, "x"),
        ));
        worst = worst.max(exports(
            &format!("roles of one character (n={n})"),
            &roles_of_one_character(n),
        ));
        worst = worst.max(exports(
            &format!("episodes on a platform (n={n})"),
            &episodes_on_a_platform(n, true),
        ));
        worst = worst.max(exports(
            &format!("bare episodes (n={n})"),
            &episodes_on_a_platform(n, false),
        ));
    }
    worst = worst.max(exports(
        "one claim, escaped summary",
        &claims_answered_by_one_statement(1, &long("<")),
    ));
    // A claim's summary is its text and the text reviewed: twice, six-fold.
    worst = worst.max(exports(
        "claim summaries, short answer",
        &claims_answered_by(3, &long("<"), "x"),
    ));
    let (text, series) = hostile_series(" ").expect("hostile text is valid text");
    let html = check_html(&series);
    let ics = series.to_ics(&IcsOptions::new());
    check_ics(&ics);
    worst = worst.max(ratio(
        "hostile text everywhere",
        "json-ld",
        html.len(),
        text.len(),
    ));
    worst = worst.max(ratio(
        "hostile text everywhere",
        "ics",
        ics.len(),
        text.len(),
    ));
    println!("largest ratio: {worst:.2}");
}

#[test]
fn json_ld_refers_instead_of_copying() {
    let (_, series) = load(&roles_of_one_character(100));
    let ld = series.to_json_ld();
    let roles = ld["@graph"][0]["actor"].as_array().unwrap();
    assert_eq!(roles.len(), 100);
    // The character's name is whole once, then shortened to 64 escaped bytes.
    assert_eq!(roles[0]["characterName"], long("<"));
    let short = format!("{}…", "<".repeat(10));
    assert!(
        roles[1..]
            .iter()
            .all(|r| r["characterName"] == short.as_str())
    );
    assert_eq!(roles[7]["actor"], json!({ "@id": "_:person-p8" }));
    // The platform is one node, referred to by every episode.
    let (_, series) = load(&episodes_on_a_platform(50, true));
    let ld = series.to_json_ld();
    let text = ld.to_string();
    assert_eq!(text.matches(&long("<")).count(), 1);
    assert_eq!(
        text.matches(r#""publishedOn":{"@id":"_:platform-p"}"#)
            .count(),
        51
    );
    // A statement answering many claims: its summary is whole in the first review only.
    let (_, series) = load(&claims_answered_by_one_statement(30, "x"));
    let ld = series.to_json_ld();
    let graph = ld["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), 31);
    assert_eq!(graph[1]["reviewBody"], long("<"));
    assert_eq!(graph[1]["author"]["name"], long("<"));
    assert_eq!(graph[2]["reviewBody"], short.as_str());
    assert_eq!(graph[30]["author"]["name"], short.as_str());
}

#[test]
fn claims_with_answers_is_statements_answering_in_one_pass() {
    let (_, hostile) = load(&claims_answered_by_one_statement(2_000, "x"));
    let mut all: Vec<&Series> = kdrama::datasets::all().collect();
    all.push(&hostile);
    for series in all {
        let mut claims = 0;
        for (claim, answers) in series.claims_with_answers() {
            let one_by_one: Vec<&str> = series
                .statements_answering(claim.id().as_str())
                .map(|s| s.id().as_str())
                .collect();
            let at_once: Vec<&str> = answers.iter().map(|s| s.id().as_str()).collect();
            assert_eq!(at_once, one_by_one, "{}", claim.id());
            claims += 1;
        }
        assert_eq!(claims, series.claims().len());
    }
}

#[test]
fn cast_in_part_reads_each_credit_once() {
    // 60 000 episodes and one credit listing 60 000 of them: one pass, not
    // 3.6 billion comparisons (this test would take minutes if quadratic).
    let n = 60_000u32;
    let value = series_json(
        "h",
        "H",
        json!({
            "parts": [
                { "number": 1, "release": "2023", "episodes": (1..=n / 2).map(|i| json!({ "number": i })).collect::<Vec<_>>() },
                { "number": 2, "release": "2024", "episodes": (n / 2 + 1..=n).map(|i| json!({ "number": i })).collect::<Vec<_>>() },
                { "number": 3, "release": "2025" },
            ],
            "people": [{ "id": "a", "name": "A" }, { "id": "b", "name": "B" }],
            "characters": [{ "id": "c", "name": "C" }, { "id": "d", "name": "D" }],
            "cast": [
                { "person": "a", "character": "c", "stage": "adult", "episodes": (n / 2 + 1..=n).collect::<Vec<_>>() },
                { "person": "b", "character": "d", "stage": "adult" },
                { "person": "a", "character": "d", "stage": "young", "episodes": [n / 2] },
            ],
        }),
    );
    let (_, series) = load(&value);
    let who = |part| -> Vec<(&str, &str)> {
        series
            .cast_in_part(part)
            .map(|p| (p.person().unwrap().as_str(), p.character().as_str()))
            .collect()
    };
    assert_eq!(who(1), [("b", "d"), ("a", "d")]);
    assert_eq!(who(2), [("a", "c"), ("b", "d")]);
    assert!(who(3).is_empty() && who(4).is_empty() && who(0).is_empty());
    // The same answers as the definition, on the embedded data.
    for s in kdrama::datasets::all() {
        for part in s.parts() {
            let expected: Vec<_> = s
                .cast()
                .iter()
                .filter(|p| part.episodes().iter().any(|e| p.covers_episode(e.number())))
                .collect();
            assert_eq!(s.cast_in_part(part.number()).collect::<Vec<_>>(), expected);
        }
    }
    // episode_release finds each episode by counting parts.
    assert_eq!(
        series.episode_release(n).map(|r| r.to_string()).as_deref(),
        Some("2024")
    );
    assert_eq!(
        series.episode_release(1).map(|r| r.to_string()).as_deref(),
        Some("2023")
    );
    assert_eq!(series.episode_release(n + 1), None);
    assert_eq!(series.episode_release(0), None);
}

#[test]
fn queries_accept_every_instant_chrono_can_represent() {
    let extremes = [
        DateTime::<Utc>::MIN_UTC,
        DateTime::<Utc>::MAX_UTC,
        DateTime::<Utc>::UNIX_EPOCH,
    ];
    let catalog = kdrama::datasets::catalog();
    for &a in &extremes {
        for &b in &extremes {
            let _ = catalog.releases_between(a, b).count();
        }
    }
    assert_eq!(
        catalog
            .releases_between(DateTime::<Utc>::MIN_UTC, Utc::now())
            .count(),
        21,
        "2 parts, 16 episodes and 3 specials"
    );
    let zones = [
        "Asia/Seoul",
        "America/Los_Angeles",
        "Pacific/Kiritimati",
        "Etc/GMT+12",
        "UTC",
    ];
    for name in zones {
        let zone = Zone::from_name(name).unwrap();
        for &at in &extremes {
            let local = zone.local(at);
            assert_eq!(local.to_utc(), at, "{name}");
            let _ = (
                zone.offset_at(at),
                zone.abbreviation_at(at),
                local.to_rfc3339(),
            );
        }
        for local in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            let _ = zone.start_of(local);
        }
    }
    for series in catalog.series() {
        let home = series.home_zone();
        for &at in &extremes {
            export_checks::query_at(series, at);
            for asset in series.media() {
                let _ = asset.state_at(home, at);
            }
            for part in series.parts() {
                let _ = part.status_at(home, at);
                for viewer in zones {
                    let view = part
                        .release()
                        .in_zone(home, Zone::from_name(viewer).unwrap());
                    let _ = view.to_string();
                }
            }
        }
        for part in series.parts() {
            for day in [NaiveDate::MIN, NaiveDate::MAX] {
                let _ = part.release_known_on(day, home);
            }
        }
    }
}

#[test]
fn the_html_safe_formatter_is_send_and_sync() {
    fn check<T: Send + Sync + Clone + std::fmt::Debug>() {}
    check::<kdrama::HtmlSafeFormatter>();
    check::<kdrama::HtmlSafeFormatter<serde_json::ser::PrettyFormatter<'static>>>();
}
