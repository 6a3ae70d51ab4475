//! Every example, run as a user runs it, with its contract checked (in the
//! style of rust-csv's `tests/tests.rs`): `cargo test` builds the examples,
//! so they cannot rot between CI runs.

#![cfg(all(feature = "datasets", feature = "ics", feature = "jsonld"))]

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const EXAMPLES: [&str; 9] = [
    "the_glory",
    "calendar",
    "dump",
    "jsonld",
    "ratings",
    "rumours",
    "schedule",
    "validate",
    "who",
];

/// The example binary `cargo test` built next to this test.
#[track_caller]
fn example(name: &str) -> Command {
    let mut path: PathBuf = std::env::current_exe().expect("test binary path");
    path.pop();
    if path.ends_with("deps") {
        path.pop();
    }
    path.push("examples");
    path.push(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(path.exists(), "{} was not built", path.display());
    Command::new(path)
}

#[track_caller]
fn run(name: &str, args: &[&str]) -> Output {
    example(name).args(args).output().expect("example runs")
}

#[track_caller]
fn stdout_of(name: &str, args: &[&str]) -> String {
    let out = run(name, args);
    assert!(
        out.status.success(),
        "{name} {args:?} exited {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn temp_dir(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kdrama-examples-{}-{test}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The arguments that make each example print something.
fn args_for(name: &str, dir: &std::path::Path) -> Vec<String> {
    match name {
        "who" => vec!["Song Hye-kyo".to_owned()],
        "validate" => {
            let file = dir.join("glory.json");
            std::fs::write(&file, stdout_of("dump", &[])).unwrap();
            vec![file.display().to_string()]
        }
        _ => Vec::new(),
    }
}

#[test]
fn every_example_exits_quietly_when_its_reader_goes_away() {
    let dir = temp_dir("pipe");
    for name in EXAMPLES {
        let mut child = example(name)
            .args(args_for(name, &dir))
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("example starts");
        // Close the read end before the example writes anything: its first
        // write then fails with a broken pipe, every time.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(
            status.success(),
            "{name} exited {status} on a closed pipe: {stderr}"
        );
        assert_eq!(stderr, "", "{name} wrote to stderr on a closed pipe");
    }
}

#[test]
fn the_tour_shows_both_parts() {
    let out = stdout_of("the_glory", &[]);
    assert!(out.contains("Part 2: 2023-03-10T17:00+09:00"), "{out}");
    // Part 1's hour is inferred, Part 2's reported, and the tour says which.
    let part_1 = out.split("Part 1:").nth(1).unwrap();
    assert!(part_1.starts_with(" 2022-12-30T17:00+09:00"), "{out}");
    assert!(
        part_1
            .lines()
            .nth(1)
            .unwrap()
            .contains("time inferred, not reported"),
        "{out}"
    );
    let part_2 = out.split("Part 2:").nth(1).unwrap();
    assert!(
        part_2.lines().nth(1).unwrap().contains("time reported"),
        "{out}"
    );
    // The ratings curve and the weekly Top 10 run, in a few lines.
    assert!(out.contains("ep 16 38.8% "), "{out}");
    assert!(
        out.contains("ep 10 31.6% ") && out.contains("(also 31.4% in one report)"),
        "{out}"
    );
    assert!(out.contains("peak: 38.8% at episode 16"), "{out}");
    assert!(
        out.contains("week of 2023-01-02 (Part 1): #1 in non-English TV, 82.48 million hours"),
        "{out}"
    );
    assert!(
        out.contains("13 weeks in the non-English TV list in all"),
        "{out}"
    );
}

#[test]
fn dump_then_validate_round_trips_both_datasets() {
    let dir = temp_dir("dump");
    for (id, strict) in [("the-glory", false), ("descendants-of-the-sun", true)] {
        let file = dir.join(format!("{id}.json"));
        std::fs::write(&file, stdout_of("dump", &[id])).unwrap();
        let file = file.display().to_string();
        let mut args = vec![file.as_str()];
        if strict {
            args.insert(0, "--strict");
        }
        assert_eq!(stdout_of("validate", &args), format!("{file}: ok\n"));
    }
    assert_eq!(run("dump", &["no-such-series"]).status.code(), Some(2));
}

#[test]
fn validate_exit_codes() {
    let dir = temp_dir("validate");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, r#"{"format": 1, "id": "Bad Id"}"#).unwrap();
    let out = run("validate", &[broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(&format!("{}: invalid json at id", broken.display())),
        "{text}"
    );
    let missing = dir.join("missing.json");
    assert_eq!(
        run("validate", &[missing.to_str().unwrap()]).status.code(),
        Some(2)
    );
    assert_eq!(run("validate", &[]).status.code(), Some(2));
}

#[test]
fn schedule_in_los_angeles() {
    let out = stdout_of(
        "schedule",
        &[
            "--zone",
            "America/Los_Angeles",
            "--at",
            "2023-03-09T12:00:00Z",
        ],
    );
    let line = out
        .lines()
        .find(|l| l.starts_with("The Glory") && l.contains("Part 2"))
        .unwrap_or_else(|| panic!("no Part 2 line in {out}"));
    let fields: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    assert_eq!(
        fields,
        ["The Glory", "Part 2", "2023-03-10T00:00-08:00", "upcoming"]
    );
    assert_eq!(
        run("schedule", &["--zone", "Mars/Olympus"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run("schedule", &["--at", "yesterday"]).status.code(),
        Some(2)
    );
}

#[test]
fn who_explains_matches() {
    let out = stdout_of("who", &["Jung Sung II", "no such name"]);
    assert!(
        out.contains(
            "person Jung Sung-il (정성일): alias match on \"Jung Sung II\" (alias, misspelling)"
        ),
        "{out}"
    );
    assert!(
        out.lines().any(|l| l == "no match for \"no such name\""),
        "{out}"
    );
    assert_eq!(run("who", &[]).status.code(), Some(2));
}

#[test]
fn rumours_shows_the_refuted_takedown_rumour() {
    let out = stdout_of("rumours", &[]);
    assert!(
        out.contains("verdict: refuted; spread by some YouTube channels"),
        "{out}"
    );
}

#[test]
fn calendar_is_deterministic_and_matches_the_golden_feed() {
    let a = stdout_of("calendar", &[]);
    assert_eq!(a, stdout_of("calendar", &[]));
    let golden = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/catalog.ics"),
    )
    .unwrap();
    assert_eq!(a, golden, "calendar differs from tests/golden/catalog.ics");
    let utc = stdout_of("calendar", &["--utc"]);
    assert!(utc.contains("\r\nDTSTART:20230310T080000Z\r\n"), "{utc}");
    assert_eq!(run("calendar", &["--local"]).status.code(), Some(2));
}

#[test]
fn calendar_reads_series_files() {
    let dir = temp_dir("calendar");
    let file = dir.join("dots.json");
    std::fs::write(&file, stdout_of("dump", &["descendants-of-the-sun"])).unwrap();
    let out = stdout_of("calendar", &["--utc", file.to_str().unwrap()]);
    assert!(
        out.contains("UID:episode-1.descendants-of-the-sun@kdrama"),
        "{out}"
    );
    assert!(!out.contains("the-glory"), "{out}");
    let missing = dir.join("missing.json");
    assert_eq!(
        run("calendar", &[missing.to_str().unwrap()]).status.code(),
        Some(2)
    );
}

#[test]
fn jsonld_prints_a_tv_series() {
    let out = stdout_of("jsonld", &["descendants-of-the-sun"]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(out.contains("\"@type\": \"TVSeries\""), "{value}");
    assert_eq!(
        value,
        kdrama::datasets::descendants_of_the_sun().to_json_ld()
    );
    assert_eq!(run("jsonld", &["no-such-series"]).status.code(), Some(2));
    assert_eq!(run("jsonld", &["--pretty"]).status.code(), Some(2));
    assert_eq!(
        run("jsonld", &["the-glory", "descendants-of-the-sun"])
            .status
            .code(),
        Some(2)
    );
}

/// A series whose title and names try to break out of a `<script>`.
fn hostile_series_file(dir: &std::path::Path) -> PathBuf {
    let json = r#"{"format": 1, "id": "hostile", "titles": {"english": "</script><script>alert(1)</script>"},
        "original_language": "ko", "country": "KR", "platform": "p",
        "parts": [{"number": 1, "release": "2024-01-05", "cites": ["s"]}],
        "organizations": [{"id": "p", "name": "<!-- & -->", "kind": "platform"}],
        "sources": [{"id": "s", "publisher": "x", "url": "https://example.com/?q=a&b=c",
                     "language": "en", "authority": "press"}]}"#;
    let file = dir.join("hostile.json");
    std::fs::write(&file, json).unwrap();
    file
}

#[test]
fn jsonld_reads_series_files_and_prints_html_safe_json() {
    let dir = temp_dir("jsonld");
    let file = hostile_series_file(&dir);
    let file = file.to_str().unwrap();
    let series = kdrama::Series::from_json(&std::fs::read_to_string(file).unwrap()).unwrap();
    let out = stdout_of("jsonld", &[file]);
    assert!(!out.contains('<'), "{out}");
    assert!(out.contains(r"\u003c/script\u003e"), "{out}");
    assert!(out.contains('\n'), "pretty-printed: {out}");
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value, series.to_json_ld());
    let element = stdout_of("jsonld", &["--html", file]);
    assert_eq!(element, format!("{}\n", series.to_json_ld_script()));
    assert!(
        element.starts_with(r#"<script type="application/ld+json">{"#),
        "{element}"
    );
    assert_eq!(element.matches("</").count(), 1, "{element}");
    let invalid = dir.join("invalid.json");
    std::fs::write(&invalid, r#"{"format": 1, "id": "Bad Id"}"#).unwrap();
    let failed = run("jsonld", &[invalid.to_str().unwrap()]);
    assert_eq!(failed.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&failed.stderr).starts_with("jsonld: "),
        "{failed:?}"
    );
    assert_eq!(
        run("jsonld", &["--html", "no-such-file.json"])
            .status
            .code(),
        Some(2)
    );
    let unreadable = dir.join("a-directory");
    std::fs::create_dir_all(&unreadable).unwrap();
    assert_eq!(
        run("jsonld", &[unreadable.to_str().unwrap()]).status.code(),
        Some(2)
    );
}

#[test]
fn ratings_prints_every_figure_and_draws_one_mark_per_episode() {
    let out = stdout_of("ratings", &[]);
    for series in kdrama::datasets::all() {
        for m in series.audience() {
            assert!(out.contains(&format!("{}: {m}", m.metric())), "{}", m.id());
        }
    }
    assert!(out.contains("also reported: 31.4%"), "{out}");
    assert!(out.contains("Pressparty"), "sources are printed: {out}");
    let dir = temp_dir("ratings");
    let svg = dir.join("ratings.svg");
    stdout_of("ratings", &["--svg", svg.to_str().unwrap()]);
    let text = std::fs::read_to_string(&svg).unwrap();
    let episodes = kdrama::datasets::descendants_of_the_sun()
        .episode_ratings(kdrama::Metric::HouseholdRating {
            panel: kdrama::Panel::AgbNielsen,
            area: kdrama::Area::Nationwide,
        })
        .len();
    assert_eq!(episodes, 16);
    assert_eq!(text.matches("<circle").count(), episodes, "{text}");
    assert_eq!(run("ratings", &["--svg"]).status.code(), Some(2));
    let unwritable = dir.join("no-such-dir").join("x.svg");
    assert_eq!(
        run("ratings", &["--svg", unwritable.to_str().unwrap()])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn schedule_by_region_shows_the_simulcast_platform() {
    let out = stdout_of(
        "schedule",
        &[
            "--region",
            "CN",
            "--at",
            "2016-02-24T13:30:00Z",
            "--zone",
            "Asia/Shanghai",
        ],
    );
    assert!(out.contains("for region CN"), "{out}");
    let first = out.lines().nth(1).unwrap();
    assert!(
        first.contains("Episode 1")
            && first.contains("2016-02-24T21:00+08:00")
            && first.contains("released on iqiyi"),
        "{out}"
    );
    assert!(
        out.contains("The Glory"),
        "a worldwide release reaches China: {out}"
    );
    let plain = stdout_of("schedule", &["--at", "2022-12-30T00:00:00Z"]);
    assert!(
        plain
            .lines()
            .any(|l| l.contains("Part 1") && l.contains("(inferred)")),
        "{plain}"
    );
    assert!(
        plain
            .lines()
            .any(|l| l.contains("Part 2") && !l.contains("(inferred)")),
        "{plain}"
    );
    assert_eq!(
        run("schedule", &["--region", "China"]).status.code(),
        Some(2)
    );
}
