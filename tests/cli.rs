//! The `kdrama` command: each subcommand run as a process, with its output,
//! its errors on stderr, and its exit status (0 ok, 1 invalid, 2 unusable).
#![cfg(feature = "cli")]

use std::path::PathBuf;
use std::process::{Command, Output};

fn kdrama(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kdrama"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the kdrama binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[track_caller]
fn ok(args: &[&str]) -> String {
    let o = kdrama(args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", stderr(&o));
    stdout(&o)
}

/// A file in a fresh temporary folder.
fn temp_file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kdrama-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

const GLORY_TMDB: [&str; 4] = [
    "tests/data/import/tmdb/the-glory-tv-details.json",
    "tests/data/import/tmdb/the-glory-season-1.json",
    "tests/data/import/tmdb/the-glory-aggregate-credits.json",
    "tests/data/import/tmdb/the-glory-content-ratings.json",
];

#[test]
fn every_command_has_help() {
    for command in [
        "validate", "search", "schedule", "ics", "jsonld", "import", "diff", "schema",
    ] {
        let out = ok(&[command, "--help"]);
        assert!(out.contains("Usage: kdrama"), "{command}: {out}");
    }
    let top = ok(&["--help"]);
    assert!(top.contains("import") && top.contains("diff"));
    let o = kdrama(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn validate_reports_ok_invalid_and_unreadable() {
    let glory = temp_file("glory.json", kdrama::datasets::the_glory_json());
    let out = ok(&["validate", "--strict", glory.to_str().unwrap()]);
    assert!(out.trim_end().ends_with(": ok"), "{out}");
    let o = kdrama(&["validate", "tests/bad-inputs/parts.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("tests/bad-inputs/parts.json: parts["),
        "{}",
        stdout(&o)
    );
    let o = kdrama(&["validate", "no/such/file.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no/such/file.json: cannot read"));
}

#[test]
fn search_finds_names_however_spelled() {
    let out = ok(&["search", "Song Hye Kyo", "문동은", "zzzzzz"]);
    assert!(
        out.contains("Song Hye Kyo: person Song Hye-kyo (song-hye-kyo)"),
        "{out}"
    );
    assert!(
        out.contains("문동은: character Moon Dong-eun (moon-dong-eun) in The Glory"),
        "{out}"
    );
    assert!(out.contains("zzzzzz: no match"));
}

#[test]
fn schedule_in_a_zone_at_an_instant() {
    let out = ok(&[
        "schedule",
        "--zone",
        "America/Los_Angeles",
        "--at",
        "2023-03-09T08:00:00Z",
    ]);
    assert!(
        out.contains("The Glory\tPart 2\t2023-03-10T00:00-08:00\tupcoming"),
        "{out}"
    );
    let o = kdrama(&["schedule", "--zone", "Asia/Atlantis"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown time zone \"Asia/Atlantis\""));
}

#[test]
fn ics_and_jsonld() {
    let ics = ok(&["ics", "the-glory"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"));
    assert!(ics.contains("TZID=Asia/Seoul"));
    let utc = ok(&["ics", "--utc", "the-glory"]);
    assert!(!utc.contains("TZID=Asia/Seoul") && utc.contains("Z\r\n"));
    let ld: serde_json::Value = serde_json::from_str(&ok(&["jsonld", "the-glory"])).unwrap();
    assert_eq!(ld["@graph"][0]["@type"], "TVSeries");
    assert!(
        ok(&["jsonld", "--html", "the-glory"]).starts_with("<script type=\"application/ld+json\">")
    );
    let o = kdrama(&["jsonld", "no-such-series"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn import_prints_the_series_json_and_warnings_on_stderr() {
    let mut args = vec!["import", "tmdb"];
    args.extend(GLORY_TMDB);
    let json = ok(&args);
    let series = kdrama::Series::from_json(&json).unwrap();
    assert_eq!(series.episodes().count(), 16);
    let o = kdrama(&[
        "import",
        "tvmaze",
        "tests/data/import/tvmaze/the-glory-show.json",
        "tests/data/import/tvmaze/the-glory-episode-9.json",
        "--country",
        "KR",
        "--id",
        "the-glory-tvmaze",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let series = kdrama::Series::from_json(&stdout(&o)).unwrap();
    assert_eq!(series.id().as_str(), "the-glory-tvmaze");
    // A document that is not one: invalid (1), named on stderr.
    let o = kdrama(&["import", "tmdb", "tests/bad-inputs/parts.json"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot import tests/bad-inputs/parts.json at ."),
        "{}",
        stderr(&o)
    );
    // A country with several zones needs --zone.
    let us = std::fs::read_to_string(GLORY_TMDB[0])
        .unwrap()
        .replace("\"KR\"", "\"US\"");
    let us = temp_file("us.json", &us);
    let o = kdrama(&["import", "tmdb", us.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("pass the series' home zone"));
    let out = ok(&[
        "import",
        "tmdb",
        us.to_str().unwrap(),
        "--zone",
        "America/New_York",
    ]);
    assert!(out.contains("\"home_zone\": \"America/New_York\""));
    // Warnings go to stderr, the JSON to stdout.
    let season = std::fs::read_to_string(GLORY_TMDB[1]).unwrap().replace(
        "\"air_date\": \"2022-12-30\",\n  \"episodes\"",
        "\"air_date\": \"2022-12-31\",\n  \"episodes\"",
    );
    let season = temp_file("season.json", &season);
    let o = kdrama(&["import", "tmdb", GLORY_TMDB[0], season.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("kdrama: warning: "), "{}", stderr(&o));
    kdrama::Series::from_json(&stdout(&o)).unwrap();
    let o = kdrama(&["import", "tmdb", "missing.json"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn diff_two_series() {
    let mut args = vec!["import", "tmdb"];
    args.extend(GLORY_TMDB);
    let imported = temp_file("imported.json", &ok(&args));
    let out = ok(&["diff", "the-glory", imported.to_str().unwrap()]);
    assert!(out.contains("parts: 2 → 1\n"), "{out}");
    assert!(
        out.contains("episode 9.release: 2023-03-10T17:00+09:00 (minute) → 2023-03-10 (day)\n")
    );
    assert_eq!(ok(&["diff", "the-glory", "the-glory"]), "");
}

#[test]
fn schema_prints_the_checked_in_schema() {
    let out = ok(&["schema"]);
    let file = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/series.schema.json"
    ))
    .unwrap();
    assert_eq!(out, file);
    let schema: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(schema["title"], "Series");
}
