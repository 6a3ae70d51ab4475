//! The importers: every mapping rule on small documents written in each
//! service's real format, The Glory written from the fact sheet, and (with
//! `KDRAMA_FIXTURES` set) the recorded documents in `../shared/fixtures`.
#![cfg(feature = "import")]

use kdrama::import::{Imported, Tmdb, Tvmaze};
use kdrama::{AliasKind, AuthorityTier, Error, LifeStage, Precision, Series, Strictness, Zone};

fn data(path: &str) -> String {
    let p = format!("{}/tests/data/import/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

#[track_caller]
fn import_error(result: kdrama::Result<Imported>) -> (String, String, String) {
    match result {
        Err(Error::Import {
            document,
            path,
            message,
            ..
        }) => (document, path, message),
        other => panic!("expected an import error, got {other:?}"),
    }
}

/// The import error of the Flash show read with the episode document `episode`.
#[track_caller]
fn flash_error(episode: &str) -> (String, String, String) {
    import_error(
        Tvmaze::new()
            .document("s.json", FLASH_SHOW)
            .unwrap()
            .document("e.json", episode)
            .unwrap()
            .import(),
    )
}

/// The import error of KR_DETAILS read with `season`.
#[track_caller]
fn season_error(season: &str) -> (String, String, String) {
    import_error(
        Tmdb::new()
            .document("d.json", KR_DETAILS)
            .unwrap()
            .document("s.json", season)
            .unwrap()
            .import(),
    )
}

/// The series passes strict validation: every record cites a source.
#[track_caller]
fn strict(series: &Series) {
    let json = series.to_json().unwrap();
    Series::from_json_str(&json, Strictness::Strict)
        .expect("imported data passes strict validation");
    for s in series.sources() {
        assert_eq!(s.authority(), AuthorityTier::Aggregator);
    }
}

fn glory_tmdb() -> Imported {
    Tmdb::new()
        .document("details.json", &data("tmdb/the-glory-tv-details.json"))
        .unwrap()
        .document("season-1.json", &data("tmdb/the-glory-season-1.json"))
        .unwrap()
        .document(
            "credits.json",
            &data("tmdb/the-glory-aggregate-credits.json"),
        )
        .unwrap()
        .document("ratings.json", &data("tmdb/the-glory-content-ratings.json"))
        .unwrap()
        .import()
        .unwrap()
}

const KR_DETAILS: &str = r#"{"id": 7, "name": "Example", "original_name": "예시", "original_language": "ko",
  "origin_country": ["KR"], "networks": [{"id": 1, "name": "KBS2", "origin_country": "KR"}],
  "seasons": [{"season_number": 1, "episode_count": 3, "air_date": "2024-01-06"}]}"#;

#[test]
fn tmdb_the_glory_one_season_of_sixteen_day_precision_episodes() {
    let imported = glory_tmdb();
    assert!(imported.warnings().is_empty(), "{:?}", imported.warnings());
    let s = imported.series();
    strict(s);
    assert_eq!(s.id().as_str(), "the-glory");
    assert_eq!(s.titles().native(), Some("더 글로리"));
    assert_eq!(s.home_zone().name(), "Asia/Seoul", "KR has one zone");
    assert_eq!(
        s.platform().map(|p| p.kind()),
        Some(kdrama::OrganizationKind::Platform)
    );
    assert_eq!(s.parts().len(), 1);
    let episodes: Vec<_> = s.episodes().collect();
    assert_eq!(episodes.len(), 16);
    for (_, e) in &episodes {
        assert_eq!(e.title(), None, "Episode N is a placeholder");
        assert_eq!(e.own_release().unwrap().precision(), Precision::Day);
        assert_eq!(
            e.cites().first().unwrap().as_str(),
            "tmdb-tv-136283-season-1"
        );
    }
    assert_eq!(
        episodes[8].1.own_release().unwrap().to_string(),
        "2023-03-10"
    );
    assert_eq!(s.content_rating("KR").map(|r| r.rating()), Some("19"));
    assert_eq!(s.external_ids().tmdb(), Some(136283));
    // Two actors, one character name: one character, two portrayals.
    let dong_eun: Vec<_> = s
        .cast()
        .iter()
        .filter(|p| p.character().as_str() == "moon-dong-eun")
        .collect();
    assert_eq!(dong_eun.len(), 2);
    let urls: Vec<&str> = s.sources().iter().map(|s| s.url()).collect();
    assert!(
        urls.contains(&"https://api.themoviedb.org/3/tv/136283/season/1"),
        "{urls:?}"
    );
    assert!(s.sources().iter().all(|s| s.publisher() == "TMDB"));
}

#[test]
fn tmdb_home_zone_from_the_caller_or_a_single_zone_country_else_an_error() {
    let us = KR_DETAILS.replace(r#"["KR"]"#, r#"["US"]"#);
    let (doc, path, message) = import_error(Tmdb::new().document("d.json", &us).unwrap().import());
    assert_eq!((doc.as_str(), path.as_str()), ("d.json", "origin_country"));
    assert_eq!(
        message,
        "country \"US\" has several time zones or none known: pass the series' home zone (an IANA name such as \"America/New_York\")"
    );
    let la = Zone::from_name("America/Los_Angeles").unwrap();
    let ok = Tmdb::new()
        .zone(la)
        .document("d.json", &us)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(ok.series().home_zone().name(), "America/Los_Angeles");
    // The date stays a day in that zone: never a made-up midnight.
    assert_eq!(
        ok.series().part(1).unwrap().release().to_string(),
        "2024-01-06"
    );
}

#[test]
fn tmdb_season_zero_is_left_out_with_a_warning_and_a_late_season_date_gives_way() {
    let details = KR_DETAILS.replace(
        r#""seasons": ["#,
        r#""seasons": [{"season_number": 0, "episode_count": 2, "air_date": null, "name": "Specials"}, "#,
    );
    let season = r#"{"_id": "x", "season_number": 1, "air_date": "2024-01-06", "episodes": [
      {"episode_number": 1, "name": "Pilot", "air_date": "2024-01-05", "runtime": 62, "show_id": 7},
      {"episode_number": 2, "name": "Episode 2", "air_date": "2024-01-12", "runtime": 0, "show_id": 7},
      {"episode_number": 4, "name": "Four", "air_date": "2024-01-19", "runtime": 900, "show_id": 7}]}"#;
    let imported = Tmdb::new()
        .document("d.json", &details)
        .unwrap()
        .document("s1.json", season)
        .unwrap()
        .import()
        .unwrap();
    let messages: Vec<String> = imported.warnings().iter().map(|w| w.to_string()).collect();
    assert_eq!(
        messages,
        [
            "d.json at seasons[0]: season 0 lists 2 specials, but its season document is not among the documents: they are not imported",
            "s1.json at episodes[2]: episodes 3 to 3 are not listed: they are imported untitled",
            "s1.json at episodes[2].runtime: runtime of 900 minutes is implausible: left out",
            "s1.json at episodes: season 1 lists 4 episodes where the tv details count 3: the season's list is used",
            "s1.json at .: season 1 is dated 2024-01-06, after its first episode's 2024-01-05: the part's release is the episode's",
        ]
    );
    let s = imported.series();
    strict(s);
    assert_eq!(s.part(1).unwrap().release().to_string(), "2024-01-05");
    let titles: Vec<Option<&str>> = s.episodes().map(|(_, e)| e.title()).collect();
    assert_eq!(titles, [Some("Pilot"), None, None, Some("Four")]);
    let runtimes: Vec<Option<u32>> = s.episodes().map(|(_, e)| e.runtime_minutes()).collect();
    assert_eq!(runtimes, [Some(62), None, None, None]);
}

#[test]
fn tmdb_season_zero_becomes_specials() {
    let details = KR_DETAILS.replace(
        r#""seasons": ["#,
        r#""seasons": [{"season_number": 0, "episode_count": 2, "air_date": null}, "#,
    );
    let season_0 = r#"{"_id": "y", "season_number": 0, "air_date": null, "episodes": [
      {"episode_number": 2, "name": "Episode 2", "air_date": null, "runtime": null, "show_id": 7},
      {"episode_number": 1, "name": "Making Of", "air_date": "2023-12-20", "runtime": 45, "show_id": 7}]}"#;
    let imported = Tmdb::new()
        .document("d.json", &details)
        .unwrap()
        .document("s0.json", season_0)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    assert!(imported.warnings().is_empty(), "{:?}", imported.warnings());
    assert_eq!(s.episodes().count(), 3, "specials are not episodes");
    let specials: Vec<(&str, &str, String, Option<u32>)> = s
        .specials()
        .iter()
        .map(|x| {
            (
                x.id().as_str(),
                x.title(),
                x.release().to_string(),
                x.runtime().map(|r| r.minutes()),
            )
        })
        .collect();
    assert_eq!(
        specials,
        [
            ("making-of", "Making Of", "2023-12-20".to_owned(), Some(45)),
            ("episode-2", "Episode 2", "unannounced".to_owned(), None),
        ]
    );
    assert_eq!(s.specials()[0].cites()[0].as_str(), "tmdb-tv-7-season-0");
}

#[test]
fn tmdb_seasons_without_documents_get_untitled_episodes_and_episode_details_fill_them() {
    let episode = r#"{"air_date": "2024-01-13", "episode_number": 2, "name": "Second", "runtime": 61,
      "season_number": 1, "id": 99, "crew": [], "guest_stars": []}"#;
    let imported = Tmdb::new()
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("e2.json", episode)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    let e: Vec<_> = s
        .episodes()
        .map(|(_, e)| (e.title(), e.own_release().map(|r| r.to_string())))
        .collect();
    assert_eq!(
        e,
        [
            (None, None),
            (Some("Second"), Some("2024-01-13".into())),
            (None, None)
        ]
    );
    assert!(s.source("tmdb-tv-7-season-1-episode-2").is_some());
    // An episode of a season the show does not have is an error.
    let wrong = episode.replace(r#""season_number": 1"#, r#""season_number": 5"#);
    let (_, path, message) = import_error(
        Tmdb::new()
            .document("d.json", KR_DETAILS)
            .unwrap()
            .document("e.json", &wrong)
            .unwrap()
            .import(),
    );
    assert_eq!(
        (path.as_str(), message.as_str()),
        ("season_number", "season 5 is not among the show's seasons")
    );
}

#[test]
fn tmdb_one_persons_role_names_become_one_character_with_an_alias_where_the_rule_can_tell() {
    let credits = r#"{"id": 7, "cast": [
      {"id": 1, "name": "Iwan Rheon", "original_name": "Iwan Rheon", "roles": [
        {"credit_id": "a", "character": "Ramsay Bolton", "episode_count": 20},
        {"credit_id": "b", "character": "Ramsay Snow", "episode_count": 5}], "order": 0},
      {"id": 2, "name": "Dean-Charles Chapman", "roles": [
        {"credit_id": "c", "character": "Tommen Baratheon", "episode_count": 20},
        {"credit_id": "d", "character": "Martyn Lannister", "episode_count": 2}], "order": 1},
      {"id": 3, "name": "Callum Wharry", "roles": [{"credit_id": "e", "character": "Tommen Baratheon", "episode_count": 5}], "order": 2},
      {"id": 4, "name": "Tobias Winter", "roles": [
        {"credit_id": "f", "character": "Timett", "episode_count": 2},
        {"credit_id": "g", "character": "Timett (uncredited)", "episode_count": 1}], "order": 3},
      {"id": 5, "name": "Nobody", "roles": [{"credit_id": "h", "character": "", "episode_count": 1}], "order": 4},
      {"id": 6, "name": "A Child", "roles": [{"credit_id": "i", "character": "Young Ned Stark", "episode_count": 1}], "order": 5}],
      "crew": [
      {"id": 10, "name": "Writer Person", "jobs": [{"credit_id": "j", "job": "Teleplay", "episode_count": 3}, {"credit_id": "k", "job": "Writer", "episode_count": 1}], "department": "Writing"},
      {"id": 11, "name": "Set Person", "jobs": [{"credit_id": "l", "job": "Set Decoration", "episode_count": 3}], "department": "Art"}]}"#;
    let imported = Tmdb::new()
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("c.json", credits)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    let ramsay = s.character("ramsay-bolton").expect("one character");
    assert_eq!(
        ramsay
            .aliases()
            .iter()
            .map(|a| (a.name(), a.kind()))
            .collect::<Vec<_>>(),
        [("Ramsay Snow", AliasKind::OtherName)]
    );
    assert!(s.character("ramsay-snow").is_none());
    assert!(
        s.character("martyn-lannister").is_some(),
        "different names stay apart"
    );
    let tommen: Vec<_> = s
        .cast()
        .iter()
        .filter(|p| p.character().as_str() == "tommen-baratheon")
        .collect();
    assert_eq!(tommen.len(), 2, "a recast shares the character");
    let timett = s.character("timett").unwrap();
    assert!(timett.aliases().is_empty(), "a note is not another name");
    let young = s
        .cast()
        .iter()
        .find(|p| p.character().as_str() == "young-ned-stark")
        .unwrap();
    assert_eq!(young.stage(), LifeStage::Young);
    assert!(
        s.person("nobody").is_none(),
        "a credit without a character is left out"
    );
    let writer = s
        .crew()
        .iter()
        .find(|c| c.person().as_str() == "writer-person")
        .unwrap();
    assert_eq!(
        (writer.role(), writer.note()),
        (kdrama::CrewRole::Writer, Some("Teleplay"))
    );
    let w: Vec<String> = imported.warnings().iter().map(|w| w.to_string()).collect();
    assert_eq!(
        w,
        [
            "c.json at cast[4].roles[0].character: Nobody has a role with no character name: left out",
            "c.json at crew: 1 crew credits have jobs with no crew role and are left out (among them Set Decoration)",
        ]
    );
}

#[test]
fn tmdb_ratings_titles_and_external_ids() {
    let ratings = r#"{"id": 7, "results": [{"descriptors": [], "iso_3166_1": "KR", "rating": "15"},
      {"descriptors": [], "iso_3166_1": "AU", "rating": "R18+"}, {"descriptors": [], "iso_3166_1": "AU", "rating": "R 18+"},
      {"descriptors": [], "iso_3166_1": "Korea", "rating": "15"}]}"#;
    let titles = r#"{"id": 7, "results": [{"iso_3166_1": "US", "title": "An Example", "type": ""},
      {"iso_3166_1": "KR", "title": "예시", "type": ""}, {"iso_3166_1": "JP", "title": "例", "type": ""}]}"#;
    let external = r#"{"id": 7, "imdb_id": "tt1234567", "wikidata_id": "Q42", "tvdb_id": 5, "facebook_id": null}"#;
    let imported = Tmdb::new()
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("r.json", ratings)
        .unwrap()
        .document("t.json", titles)
        .unwrap()
        .document("x.json", external)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    let r: Vec<(&str, &str)> = s
        .content_ratings()
        .iter()
        .map(|r| (r.country(), r.rating()))
        .collect();
    assert_eq!(r, [("KR", "15"), ("AU", "R18+")]);
    let aliases: Vec<&str> = s.titles().aliases().iter().map(|a| a.name()).collect();
    assert_eq!(
        aliases,
        ["An Example", "例"],
        "the native title is not repeated as an alias"
    );
    assert_eq!(
        (s.external_ids().imdb(), s.external_ids().wikidata()),
        (Some("tt1234567"), Some("Q42"))
    );
    let w: Vec<String> = imported.warnings().iter().map(|w| w.to_string()).collect();
    assert_eq!(
        w,
        [
            "r.json at results[2]: AU is listed again with rating \"R 18+\": the first, \"R18+\", is kept",
            "r.json at results[3].iso_3166_1: country \"Korea\" is not an assigned ISO 3166-1 code: the rating is left out",
        ]
    );
    let bad = external.replace("tt1234567", "1234567");
    let imported = Tmdb::new()
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("x.json", &bad)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(imported.series().external_ids().imdb(), None);
    assert_eq!(imported.warnings()[0].path(), "imdb_id");
}

#[test]
fn tmdb_an_episode_group_the_caller_picks_makes_the_parts() {
    let group = r#"{"description": "", "episode_count": 3, "group_count": 2, "id": "5f1a2b3c4d", "name": "Netflix Parts",
      "network": {"id": 213, "logo_path": null, "name": "Netflix", "origin_country": ""}, "type": 4, "groups": [
      {"id": "g2", "name": "Part 2", "order": 2, "locked": true, "episodes": [
        {"air_date": "2024-03-08", "episode_number": 3, "id": 3, "name": "Episode 3", "season_number": 1, "show_id": 7, "order": 0}]},
      {"id": "g1", "name": "Part 1", "order": 1, "locked": true, "episodes": [
        {"air_date": "2024-01-06", "episode_number": 2, "id": 2, "name": "Episode 2", "season_number": 1, "show_id": 7, "order": 1},
        {"air_date": "2024-01-06", "episode_number": 1, "id": 1, "name": "Episode 1", "season_number": 1, "show_id": 7, "order": 0},
        {"air_date": null, "episode_number": 1, "id": 9, "name": "Behind the Scenes", "season_number": 0, "show_id": 7, "order": 2}]}]}"#;
    let picked = Tmdb::new()
        .episode_group("5f1a2b3c4d")
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("g.json", group)
        .unwrap()
        .import()
        .unwrap();
    let s = picked.series();
    strict(s);
    let parts: Vec<(String, usize)> = s
        .parts()
        .iter()
        .map(|p| (p.release().to_string(), p.episodes().len()))
        .collect();
    assert_eq!(
        parts,
        [("2024-01-06".to_owned(), 2), ("2024-03-08".to_owned(), 1)]
    );
    assert!(picked.warnings().is_empty(), "{:?}", picked.warnings());
    assert_eq!(
        s.specials().iter().map(|x| x.title()).collect::<Vec<_>>(),
        ["Behind the Scenes"]
    );
    assert_eq!(
        s.sources()
            .iter()
            .filter(|s| s.url() == "https://api.themoviedb.org/3/tv/episode_group/5f1a2b3c4d")
            .count(),
        1
    );
    // Read but not picked: the seasons make the parts, with a warning.
    let seasons = Tmdb::new()
        .document("d.json", KR_DETAILS)
        .unwrap()
        .document("g.json", group)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(seasons.series().parts().len(), 1);
    assert!(
        seasons.warnings()[0]
            .message()
            .contains("was read but not picked")
    );
    // Picked but missing.
    let (_, _, message) = import_error(
        Tmdb::new()
            .episode_group("nope")
            .document("d.json", KR_DETAILS)
            .unwrap()
            .import(),
    );
    assert_eq!(
        message,
        "episode group \"nope\" was picked but its document is not among the documents"
    );
}

#[test]
fn tmdb_bad_documents_are_typed_errors_with_their_json_path() {
    let cases: &[(&str, &str, &str)] = &[
        (
            r#"{"season_number": 1, "episodes": [{"episode_number": "one"}]}"#,
            "episodes[0].episode_number",
            "invalid type: string \"one\", expected u32",
        ),
        (
            r#"{"id": 7, "name": "X", "origin_country": ["KR"], "seasons": [{"season_number": -1}]}"#,
            "seasons[0].season_number",
            "invalid value: integer `-1`, expected u32",
        ),
        (
            r#"{"id": 7, "origin_country": ["KR"], "seasons": []}"#,
            ".",
            "missing field `name`",
        ),
        (
            r#"[1, 2]"#,
            ".",
            "not a tmdb document: expected tv details, season or episode details, aggregate credits, content ratings, alternative titles, an episode group or external ids",
        ),
        (r#"{"id": 7"#, ".", "EOF while parsing an object"),
    ];
    for (json, want_path, want_message) in cases {
        let err = Tmdb::new().document("doc.json", json).unwrap_err();
        let Error::Import {
            document,
            path,
            message,
            ..
        } = err
        else {
            panic!("{err:?}")
        };
        assert_eq!(
            (document.as_str(), path.as_str(), message.as_str()),
            ("doc.json", *want_path, *want_message),
            "{json}"
        );
    }
    // A date that is not a date, and a show id that does not match.
    let season = r#"{"season_number": 1, "episodes": [{"episode_number": 1, "air_date": "2024-13-01", "show_id": 7}]}"#;
    let (_, path, message) = season_error(season);
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "episodes[0].air_date",
            "date \"2024-13-01\": expected YYYY-MM-DD"
        )
    );
    let season = r#"{"season_number": 1, "episodes": [{"episode_number": 1, "show_id": 8}]}"#;
    let (_, path, message) = season_error(season);
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "episodes[0].show_id",
            "show 8 does not match the tv details' id 7"
        )
    );
    let twice = Tmdb::new()
        .document("a.json", KR_DETAILS)
        .unwrap()
        .document("b.json", KR_DETAILS)
        .unwrap_err();
    assert_eq!(
        twice.to_string(),
        "cannot import b.json at .: a second tv details document: expected one"
    );
    let repeated =
        r#"{"season_number": 1, "episodes": [{"episode_number": 1}, {"episode_number": 1}]}"#;
    let (_, path, message) = import_error(
        Tmdb::new()
            .document("d.json", KR_DETAILS)
            .unwrap()
            .document("s.json", repeated)
            .unwrap()
            .import(),
    );
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "episodes[1].episode_number",
            "episode number 1 repeats: expected each number once"
        )
    );
}

#[test]
fn tmdb_hostile_counts_are_bounded() {
    let huge = KR_DETAILS.replace(r#""episode_count": 3"#, r#""episode_count": 4000000000"#);
    let (_, path, message) = import_error(Tmdb::new().document("d.json", &huge).unwrap().import());
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "seasons[0].episode_count",
            "4000000000 episodes: expected at most 100000"
        )
    );
    let many: Vec<String> = (1..=40)
        .map(|n| format!(r#"{{"season_number": {n}, "episode_count": 4000}}"#))
        .collect();
    let details = format!(
        r#"{{"id": 7, "name": "X", "origin_country": ["KR"], "original_language": "ko", "seasons": [{}]}}"#,
        many.join(",")
    );
    let (_, _, message) = import_error(Tmdb::new().document("d.json", &details).unwrap().import());
    assert_eq!(message, "4000 episodes: expected at most 100000");
    let big = " ".repeat(kdrama::MAX_INPUT_BYTES + 1);
    let err = Tmdb::new().document("big.json", &big).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("cannot import big.json at .: document of 16777217 bytes"),
        "{err}"
    );
    let long = format!(
        r#"{{"id": 7, "name": "{}", "origin_country": ["KR"]}}"#,
        "a".repeat(kdrama::MAX_TEXT_BYTES + 1)
    );
    let (_, path, _) = import_error(Tmdb::new().document("d.json", &long).unwrap().import());
    assert_eq!(path, "name");
}

const FLASH_SHOW: &str = r#"{"id": 13, "url": "http://www.tvmaze.com/shows/13/the-flash", "name": "The Flash", "type": "Scripted",
  "language": "English", "genres": ["Drama", "Action"], "status": "Running", "runtime": 60, "premiered": "2014-10-07",
  "network": {"id": 5, "name": "The CW", "country": {"name": "United States", "code": "US", "timezone": "America/New_York"}},
  "webChannel": null, "externals": {"tvrage": 36939, "thetvdb": 279121, "imdb": "tt3107288"},
  "summary": "<p>After a particle accelerator causes a freak storm, <b>Barry Allen</b> is struck by lightning.</p>",
  "_links": {"self": {"href": "http://api.tvmaze.com/shows/13"}},
  "_embedded": {"seasons": [
    {"id": 1, "number": 1, "name": "", "episodeOrder": 2, "premiereDate": "2014-10-07", "endDate": "2015-05-19"},
    {"id": 2, "number": 2, "name": "", "episodeOrder": 3, "premiereDate": "2015-10-06", "endDate": "2016-05-24"}]}}"#;

const FLASH_S2E2: &str = r#"{"id": 211206, "url": "http://www.tvmaze.com/episodes/211206/the-flash-2x02-flash-of-two-worlds",
  "name": "Flash of Two Worlds", "season": 2, "number": 2, "airdate": "2015-10-13", "airtime": "20:00",
  "airstamp": "2015-10-14T00:00:00+00:00", "runtime": 60, "image": null, "summary": "",
  "_links": {"self": {"href": "http://api.tvmaze.com/episodes/211206"}}}"#;

#[test]
fn tvmaze_an_airstamp_is_an_instant_in_the_networks_zone() {
    let imported = Tvmaze::new()
        .document("show.json", FLASH_SHOW)
        .unwrap()
        .document("e.json", FLASH_S2E2)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    assert_eq!(s.home_zone().name(), "America/New_York");
    let e = s.part(2).unwrap().episodes().get(1).unwrap();
    assert_eq!(
        e.own_release().unwrap().to_string(),
        "2015-10-13T20:00-04:00"
    );
    assert_eq!(e.cites().first().unwrap().as_str(), "tvmaze-episode-211206");
    assert_eq!(
        s.source("tvmaze-episode-211206").unwrap().url(),
        "https://api.tvmaze.com/episodes/211206"
    );
    assert_eq!(
        s.premise(),
        Some(
            "After a particle accelerator causes a freak storm, Barry Allen is struck by lightning."
        )
    );
    assert_eq!(s.external_ids().imdb(), Some("tt3107288"));
    assert_eq!(s.original_language(), "en");
    assert_eq!(
        s.episodes().count(),
        5,
        "episodeOrder gives the untitled episodes"
    );
    // The part keeps its premiere day: its first episode's time is not known.
    assert_eq!(s.part(2).unwrap().release().to_string(), "2015-10-06");
    // The episode document did not name its show: a warning says so.
    assert!(
        imported
            .warnings()
            .iter()
            .any(|w| w.message().contains("do not name their show"))
    );
}

#[test]
fn tvmaze_a_noon_placeholder_is_a_day_and_no_date_is_unannounced() {
    let show = FLASH_SHOW.replace(r#""network": {"id": 5, "name": "The CW", "country": {"name": "United States", "code": "US", "timezone": "America/New_York"}},
  "webChannel": null"#, r#""network": null, "webChannel": {"id": 1, "name": "Netflix", "country": {"name": "United States", "code": "US", "timezone": "America/New_York"}}"#);
    let noon = r#"{"id": 1, "name": "AKA Crush Syndrome", "season": 1, "number": 1, "airdate": "2015-11-20", "airtime": "",
      "airstamp": "2015-11-20T12:00:00+00:00", "runtime": 60}"#;
    let none = r#"{"id": 2, "name": "Trash", "season": 1, "number": 2, "airdate": "", "airtime": "", "airstamp": null, "runtime": 60}"#;
    let imported = Tvmaze::new()
        .document("s.json", &show)
        .unwrap()
        .document("a.json", noon)
        .unwrap()
        .document("b.json", none)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    let releases: Vec<String> = s
        .part(1)
        .unwrap()
        .episodes()
        .iter()
        .map(|e| e.own_release().unwrap().to_string())
        .collect();
    assert_eq!(releases, ["2015-11-20", "unannounced"]);
    assert_eq!(
        s.platform().map(|p| p.kind()),
        Some(kdrama::OrganizationKind::Platform)
    );
    // A first episode exactly timed on the season's premiere day makes the part exact.
    let timed = FLASH_S2E2
        .replace(r#""number": 2"#, r#""number": 1"#)
        .replace("2015-10-13", "2015-10-06")
        .replace("2015-10-14T00", "2015-10-07T00");
    let imported = Tvmaze::new()
        .document("s.json", FLASH_SHOW)
        .unwrap()
        .document("e.json", &timed)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(
        imported.series().part(2).unwrap().release().to_string(),
        "2015-10-06T20:00-04:00"
    );
}

#[test]
fn tvmaze_zone_and_country_from_the_channel_else_the_caller() {
    let show = r#"{"id": 5, "name": "Web Only", "language": "Korean", "network": null,
      "webChannel": {"id": 9, "name": "Some Channel", "country": null}, "_embedded": {"seasons": []}}"#;
    let (_, path, message) = import_error(Tvmaze::new().document("s.json", show).unwrap().import());
    assert_eq!(path, "webChannel");
    assert!(message.starts_with("no country"), "{message}");
    let ok = Tvmaze::new()
        .country("KR")
        .document("s.json", show)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(ok.series().home_zone().name(), "Asia/Seoul");
    let (_, _, message) = import_error(
        Tvmaze::new()
            .country("US")
            .document("s.json", show)
            .unwrap()
            .import(),
    );
    assert!(message.starts_with("no time zone"), "{message}");
    let ny = Zone::from_name("America/New_York").unwrap();
    let ok = Tvmaze::new()
        .country("US")
        .zone(ny)
        .document("s.json", show)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(ok.series().home_zone().name(), "America/New_York");
    // The channel's zone wins over the caller's, with a warning.
    let seoul = Zone::seoul();
    let ok = Tvmaze::new()
        .zone(seoul)
        .document("s.json", FLASH_SHOW)
        .unwrap()
        .import()
        .unwrap();
    assert_eq!(ok.series().home_zone().name(), "America/New_York");
    assert_eq!(ok.warnings()[0].path(), "network.country.timezone");
}

#[test]
fn tvmaze_embedded_episodes_and_cast_and_specials() {
    let show = r#"{"id": 20, "name": "Embedded", "language": "Korean",
      "network": {"id": 3, "name": "KBS2", "country": {"name": "Korea, Republic of", "code": "KR", "timezone": "Asia/Seoul"}},
      "_embedded": {
        "seasons": [{"id": 1, "number": 1, "episodeOrder": 16, "premiereDate": "2016-02-24"}],
        "episodes": [
          {"id": 101, "name": "Episode 1", "season": 1, "number": 1, "type": "regular", "airdate": "2016-02-24", "airtime": "22:00",
           "airstamp": "2016-02-24T13:00:00+00:00", "runtime": 60, "_links": {"show": {"href": "https://api.tvmaze.com/shows/20"}}},
          {"id": 102, "name": "Episode 2", "season": 1, "number": 2, "type": "regular", "airdate": "2016-02-25", "airtime": "22:00",
           "airstamp": "2016-02-25T13:00:00+00:00", "runtime": 60},
          {"id": 103, "name": "Special", "season": 1, "number": null, "type": "significant_special", "airdate": "2016-04-15",
           "airtime": "", "airstamp": "2016-04-15T12:00:00+00:00", "runtime": 60}],
        "cast": [
          {"person": {"id": 1, "name": "Song Hye-kyo"}, "character": {"id": 11, "name": "Kang Mo-yeon"}, "self": false, "voice": false},
          {"person": {"id": 2, "name": "Other Actor"}, "character": {"id": 12, "name": "Kang Mo-yeon"}, "self": false, "voice": false}]}}"#;
    let imported = Tvmaze::new()
        .document("s.json", show)
        .unwrap()
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    assert_eq!(s.episodes().count(), 2, "embedded episodes define the list");
    assert_eq!(
        s.part(1).unwrap().release().to_string(),
        "2016-02-24T22:00+09:00"
    );
    assert_eq!(
        s.characters().len(),
        2,
        "two character ids are two characters"
    );
    assert_eq!(
        s.characters().get(1).unwrap().id().as_str(),
        "kang-mo-yeon-2"
    );
    assert!(imported.warnings().is_empty(), "{:?}", imported.warnings());
    let special = &s.specials()[0];
    assert_eq!(
        (special.title(), special.release().to_string()),
        ("Special", "2016-04-15".to_owned())
    );
    assert_eq!(special.cites()[0].as_str(), "tvmaze-show-20");
}

#[test]
fn tvmaze_bad_documents_and_documents_of_another_show() {
    let other = r#"{"id": 9, "season": 1, "number": 1, "airdate": "", "airstamp": null, "_links": {"show": {"href": "https://api.tvmaze.com/shows/99"}}}"#;
    let (doc, path, message) = flash_error(other);
    assert_eq!(
        (doc.as_str(), path.as_str(), message.as_str()),
        (
            "e.json",
            "_links.show.href",
            "show 99 does not match the show document's id 13"
        )
    );
    let season = r#"{"id": 9, "season": 7, "number": 1, "airdate": "", "airstamp": null}"#;
    let (_, path, message) = flash_error(season);
    assert_eq!(
        (path.as_str(), message.as_str()),
        ("season", "season 7 is not among the show's seasons")
    );
    let stamp = r#"[{"id": 9, "season": 1, "number": 1, "airdate": "2015-01-01", "airtime": "20:00", "airstamp": "tomorrow"}]"#;
    let (_, path, message) = flash_error(stamp);
    assert_eq!(
        (path.as_str(), message.as_str()),
        (
            "[0].airstamp",
            "airstamp \"tomorrow\": expected an RFC 3339 instant"
        )
    );
    let err = Tvmaze::new()
        .document("s.json", r#"{"id": "thirteen", "name": "X"}"#)
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "cannot import s.json at id: invalid type: string \"thirteen\", expected u32"
    );
    let huge = r#"{"id": 9, "season": 1, "number": 4000000, "airdate": "", "airstamp": null}"#;
    let (_, path, _) = flash_error(huge);
    assert_eq!(path, "number");
    let err = Tvmaze::new()
        .document("x.json", r#"{"hello": "world"}"#)
        .unwrap_err();
    assert!(err.to_string().contains("not a tvmaze document"));
}

#[test]
fn tvmaze_the_glory_season_of_sixteen_untitled_episodes_and_a_streaming_drop() {
    let imported = Tvmaze::new()
        .document("show.json", &data("tvmaze/the-glory-show.json"))
        .unwrap()
        .document("e9.json", &data("tvmaze/the-glory-episode-9.json"))
        .unwrap()
        .country("KR")
        .import()
        .unwrap();
    let s = imported.series();
    strict(s);
    assert!(imported.warnings().is_empty(), "{:?}", imported.warnings());
    assert_eq!(
        s.home_zone().name(),
        "Asia/Seoul",
        "Netflix names no country here: the caller's KR"
    );
    assert_eq!(s.episodes().count(), 16);
    assert!(s.episodes().all(|(_, e)| e.title().is_none()));
    assert_eq!(
        s.episodes()
            .nth(8)
            .unwrap()
            .1
            .own_release()
            .unwrap()
            .to_string(),
        "2023-03-10"
    );
    assert_eq!(s.part(1).unwrap().release().to_string(), "2022-12-30");
    assert_eq!(s.runtime().map(|r| r.max_minutes()), Some(60));
}

#[test]
#[cfg(feature = "datasets")]
fn the_glory_from_tmdb_against_the_curated_dataset() {
    let imported = glory_tmdb();
    let curated = kdrama::datasets::the_glory();
    let diff = curated.diff(imported.series());
    let lines: Vec<String> = diff.iter().map(|d| d.to_string()).collect();
    let has = |line: &str| {
        assert!(
            lines.iter().any(|l| l == line),
            "missing {line:?} in:\n{}",
            lines.join("\n")
        )
    };
    // Parts against one season.
    has("parts: 2 → 1");
    has("part 1.release: 2022-12-30T17:00+09:00 (minute) → 2022-12-30 (day)");
    has("part 1.episodes: 8 → 16");
    has("part 2.release: 2023-03-10T17:00+09:00 (minute) → (none)");
    // Day against minute precision, episode by episode.
    has("episode 1.release: 2022-12-30T17:00+09:00 (minute) → 2022-12-30 (day)");
    has("episode 16.release: 2023-03-10T17:00+09:00 (minute) → 2023-03-10 (day)");
    // The same cast: the imported people and characters all match curated ones.
    for person in [
        "song-hye-kyo",
        "jung-ji-so",
        "lee-do-hyun",
        "lim-ji-yeon",
        "yeom-hye-ran",
        "park-sung-hoon",
        "jung-sung-il",
    ] {
        // Matched, by id, with the same name (TMDB has no Hangul names: native_name differs).
        for unmatched in [
            format!("person {person}:"),
            format!("person {person}.name:"),
        ] {
            assert!(
                !lines.iter().any(|l| l.starts_with(&unmatched)),
                "{person} differs:\n{}",
                lines.join("\n")
            );
        }
        assert!(
            !lines
                .iter()
                .any(|l| l.starts_with(&format!("cast {person} as")) && l.contains("(none) →")),
            "{person}'s role differs"
        );
    }
    assert!(
        !lines
            .iter()
            .any(|l| l.contains("(none) → ")
                && (l.starts_with("person") || l.starts_with("character"))),
        "nothing imported is unknown to the curated data:\n{}",
        lines.join("\n")
    );
    // TMDB does not know the young Dong-eun is young.
    has("cast jung-ji-so as moon-dong-eun.stage: young → adult");
    println!("{diff}");
}

/// The recorded third-party documents (`../shared/fixtures`), when
/// `KDRAMA_FIXTURES` names their folder; a missing file is then a failure.
mod recorded {
    use super::*;

    fn folder() -> Option<std::path::PathBuf> {
        std::env::var_os("KDRAMA_FIXTURES").map(std::path::PathBuf::from)
    }

    #[track_caller]
    fn read(dir: &std::path::Path, file: &str) -> String {
        let p = dir.join(file);
        std::fs::read_to_string(&p).unwrap_or_else(|e| {
            panic!(
                "KDRAMA_FIXTURES is set but {} cannot be read: {e}",
                p.display()
            )
        })
    }

    #[test]
    fn game_of_thrones_from_tmdb() {
        let Some(dir) = folder() else { return };
        let mut tmdb = Tmdb::new().zone(Zone::from_name("America/New_York").unwrap());
        for f in [
            "tv-details",
            "tv-season-details",
            "tv-aggregate-credits",
            "tv-content-ratings",
            "tv-episode-details",
            "tv-images",
            "tv-keywords",
            "tv-watch-providers",
            "search-tv",
        ] {
            tmdb = tmdb
                .document(f, &read(&dir, &format!("tmdb/{f}.json")))
                .unwrap();
        }
        let imported = tmdb.import().unwrap();
        let s = imported.series();
        strict(s);
        let season_1 = s.part(1).unwrap();
        assert_eq!(season_1.episodes().len(), 10);
        assert!(
            season_1
                .episodes()
                .iter()
                .all(|e| e.own_release().unwrap().precision() == Precision::Day)
        );
        assert_eq!(
            season_1.episodes().first().unwrap().title(),
            Some("Winter Is Coming")
        );
        // The quirk: season 1 is dated a day after its first episode.
        assert_eq!(season_1.release().to_string(), "2011-04-17");
        assert!(
            imported
                .warnings()
                .iter()
                .any(|w| w.message().contains("after its first episode's 2011-04-17"))
        );
        let jon = s
            .cast()
            .iter()
            .find(|p| p.character().as_str() == "jon-snow")
            .unwrap();
        assert_eq!(
            s.person(jon.person().unwrap().as_str()).unwrap().name(),
            "Kit Harington"
        );
        let ramsay: Vec<_> = s
            .characters()
            .iter()
            .filter(|c| c.name().starts_with("Ramsay"))
            .collect();
        assert_eq!(ramsay.len(), 1, "Ramsay is one character");
        assert_eq!(
            ramsay[0].aliases().first().map(|a| a.name()),
            Some("Ramsay Snow")
        );
        // Countries listed twice keep their first rating, with a warning each.
        assert_eq!(s.content_rating("AU").unwrap().rating(), "R18+");
        assert_eq!(
            imported
                .warnings()
                .iter()
                .filter(|w| w.message().contains("is listed again"))
                .count(),
            5
        );
        assert!(
            imported
                .warnings()
                .iter()
                .any(|w| w.message() == "tmdb images: not imported")
        );
        let clerks = Tmdb::new()
            .zone(Zone::from_name("America/New_York").unwrap())
            .document("complex", &read(&dir, "tmdb/tv-details-complex.json"))
            .unwrap()
            .import()
            .unwrap();
        strict(clerks.series());
        assert_eq!(clerks.series().episodes().count(), 6);
        assert_eq!(
            clerks.warnings()[0].message(),
            "season 0 lists 7 specials, but its season document is not among the documents: they are not imported"
        );
    }

    #[test]
    fn every_tvmaze_show_with_its_episodes() {
        let Some(dir) = folder() else { return };
        let index = read(&dir, "tvmaze/INDEX.tsv");
        let files: Vec<&str> = index
            .lines()
            .skip(1)
            .filter_map(|l| l.split('\t').next())
            .collect();
        assert!(files.len() > 30);
        let shows: Vec<&str> = files
            .iter()
            .copied()
            .filter(|f| f.contains("embed-seasons"))
            .collect();
        let mut episodes_read = 0;
        for show in &shows {
            let text = read(&dir, &format!("tvmaze/{show}"));
            let id = serde_json::from_str::<serde_json::Value>(&text).unwrap()["id"]
                .as_u64()
                .unwrap();
            let mut t = Tvmaze::new().document(show, &text).unwrap();
            for f in files
                .iter()
                .filter(|f| f.starts_with(&format!("shows-{id}-episode")))
            {
                t = t.document(f, &read(&dir, &format!("tvmaze/{f}"))).unwrap();
                episodes_read += 1;
            }
            let imported = t.import().unwrap_or_else(|e| panic!("{show}: {e}"));
            strict(imported.series());
        }
        let episode_files = files
            .iter()
            .filter(|f| !f.contains("embed-seasons"))
            .count();
        assert!(
            episodes_read >= episode_files,
            "every episode document belongs to a show here"
        );
        // Jessica Jones on Netflix: the noon placeholder is a day.
        let jj = Tvmaze::new()
            .document(
                "jj",
                &read(
                    &dir,
                    "tvmaze/singlesearch-shows-embed-seasons-q-marvels-jessica-jones.json",
                ),
            )
            .unwrap()
            .document(
                "e2",
                &read(
                    &dir,
                    "tvmaze/shows-1370-episodebynumber-season-1-number-2.json",
                ),
            )
            .unwrap()
            .import()
            .unwrap();
        assert_eq!(
            jj.series()
                .part(1)
                .unwrap()
                .episodes()
                .get(1)
                .unwrap()
                .own_release()
                .unwrap()
                .to_string(),
            "2015-11-20"
        );
        // The Flash S2E2: a UTC airstamp, in New York.
        let flash = Tvmaze::new()
            .document(
                "flash",
                &read(
                    &dir,
                    "tvmaze/singlesearch-shows-embed-seasons-q-the-flash.json",
                ),
            )
            .unwrap()
            .document(
                "e",
                &read(
                    &dir,
                    "tvmaze/shows-13-episodebynumber-season-2-number-2.json",
                ),
            )
            .unwrap()
            .import()
            .unwrap();
        assert_eq!(
            flash
                .series()
                .part(2)
                .unwrap()
                .episodes()
                .get(1)
                .unwrap()
                .own_release()
                .unwrap()
                .to_string(),
            "2015-10-13T20:00-04:00"
        );
        // Firefly's unaired episode 13 is unannounced.
        let firefly = Tvmaze::new()
            .document(
                "f",
                &read(
                    &dir,
                    "tvmaze/singlesearch-shows-embed-seasons-q-firefly.json",
                ),
            )
            .unwrap()
            .document(
                "e",
                &read(
                    &dir,
                    "tvmaze/shows-180-episodebynumber-season-1-number-13.json",
                ),
            )
            .unwrap()
            .import()
            .unwrap();
        assert_eq!(
            firefly
                .series()
                .episodes()
                .last()
                .unwrap()
                .1
                .own_release()
                .unwrap()
                .to_string(),
            "unannounced"
        );
    }
}

#[test]
fn the_new_public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Tmdb>();
    check::<Tvmaze>();
    check::<Imported>();
    check::<kdrama::import::ImportWarning>();
    check::<kdrama::ExternalIds>();
    check::<kdrama::ContentRating>();
    check::<kdrama::Diff>();
    check::<kdrama::Difference>();
}

#[test]
fn tvmaze_an_episode_given_twice_is_an_error_not_overwritten() {
    // Two episode documents for season 2 episode 2: the second must not
    // silently replace the first.
    let other = FLASH_S2E2
        .replace("211206", "211207")
        .replace("Flash of Two Worlds", "Impostor");
    let (label, path, message) = import_error(
        Tvmaze::new()
            .document("show.json", FLASH_SHOW)
            .unwrap()
            .document("e.json", FLASH_S2E2)
            .unwrap()
            .document("f.json", &other)
            .unwrap()
            .import(),
    );
    assert_eq!((label.as_str(), path.as_str()), ("f.json", "number"));
    assert!(message.contains("season 2 episode 2 repeats"), "{message}");
}
