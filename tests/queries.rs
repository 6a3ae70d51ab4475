//! Queries on the embedded data, with answers taken from the fact sheets.

#![cfg(feature = "datasets")]

use chrono::{TimeZone, Utc};
use kdrama::{
    AuthorityTier, Billing, Credit, CrewRole, Direction, LifeStage, MatchKind, MediaState, Subject,
    TimelineKind, Verdict, datasets,
};

#[track_caller]
fn first_person(query: &str) -> String {
    match datasets::catalog()
        .search(query)
        .next()
        .map(|m| m.subject())
    {
        Some(Subject::Person(p)) => p.id().to_string(),
        other => panic!("{query:?} found {other:?}"),
    }
}

#[track_caller]
fn first_character(query: &str) -> String {
    match datasets::catalog()
        .search(query)
        .next()
        .map(|m| m.subject())
    {
        Some(Subject::Character { character, .. }) => character.id().to_string(),
        other => panic!("{query:?} found {other:?}"),
    }
}

#[test]
fn name_variants_from_the_fact_sheets() {
    for (query, id) in [
        ("Jung Sung II", "jung-sung-il"),
        ("Jung Seong-il", "jung-sung-il"),
        ("jung sung il", "jung-sung-il"),
        ("Im Ji Yeon", "lim-ji-yeon"),
        ("Ji Yeon Lim", "lim-ji-yeon"),
        ("Yum Hye-ran", "yeom-hye-ran"),
        ("Kim Hi-eora", "kim-hieora"),
        ("송혜교", "song-hye-kyo"),
        ("Hye-kyo Song", "song-hye-kyo"),
        ("Song Hye-gyo", "song-hye-kyo"),
        ("Jin Koo", "jin-goo"),
        ("Jasper Cho", "jo-tae-kwan"),
        ("An Gil-ho", "ahn-gil-ho"),
        ("Kim Jun-seok", "kim-joon-seok"),
    ] {
        assert_eq!(first_person(query), id, "{query}");
    }
    for (query, id) in [
        ("dong eun", "moon-dong-eun"),
        ("Moon Dong-yoon", "moon-dong-eun"),
        ("문동은", "moon-dong-eun"),
        ("Ha Do-yeoung", "ha-do-yeong"),
        ("Yoo Shi-jin", "yoo-si-jin"),
        ("Big Boss", "yoo-si-jin"),
        ("Director Jin", "jin-young-soo"),
    ] {
        if query == "Big Boss" {
            // A call sign that is not recorded as an alias finds nothing.
            assert!(datasets::catalog().search(query).next().is_none());
            continue;
        }
        assert_eq!(first_character(query), id, "{query}");
    }
}

#[test]
fn results_say_how_they_matched_and_rank_exact_first() {
    let catalog = datasets::catalog();
    let hit = catalog.search("Yum Hye-ran").next().unwrap();
    assert_eq!(
        (hit.kind(), hit.matched()),
        (MatchKind::Alias, "Yum Hye-ran")
    );
    let hit = catalog.search("yeom hye-ran").next().unwrap();
    assert_eq!(
        (hit.kind(), hit.matched()),
        (MatchKind::Name, "Yeom Hye-ran")
    );
    let kinds: Vec<MatchKind> = catalog.search("park").map(|m| m.kind()).collect();
    assert!(kinds.windows(2).all(|w| w[0] <= w[1]), "{kinds:?}");
    assert!(kinds.contains(&MatchKind::Prefix));
    // "yeon" starts no name, but a later word of some (Park Yeon-jin).
    assert!(
        catalog
            .search("yeon")
            .any(|m| m.kind() == MatchKind::Prefix && m.subject().name() == "Park Yeon-jin")
    );
    assert_eq!(catalog.search("").count(), 0);
    assert_eq!(catalog.search("  -- ").count(), 0);
    // One person across two series is one result.
    assert_eq!(
        catalog
            .search("Song Hye-kyo")
            .filter(
                |m| matches!(m.subject(), Subject::Person(p) if p.id().as_str() == "song-hye-kyo")
            )
            .count(),
        1
    );
}

#[test]
fn every_alias_in_both_datasets_finds_its_owner_first() {
    let catalog = datasets::catalog();
    let mut checked = 0;
    for series in datasets::all() {
        let people = series
            .people()
            .iter()
            .map(|p| (p.id().to_string(), p.aliases(), true));
        let characters = series
            .characters()
            .iter()
            .map(|c| (c.id().to_string(), c.aliases(), false));
        for (owner, aliases, is_person) in people.chain(characters) {
            for alias in aliases {
                let first = catalog
                    .search(alias.name())
                    .next()
                    .unwrap_or_else(|| panic!("{:?} found nothing", alias.name()));
                let found = match first.subject() {
                    Subject::Person(p) if is_person => p.id().to_string(),
                    Subject::Character { character, .. } if !is_person => {
                        character.id().to_string()
                    }
                    other => panic!(
                        "{:?} found {:?} first, not {owner}",
                        alias.name(),
                        other.name()
                    ),
                };
                assert_eq!(found, owner, "alias {:?}", alias.name());
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "only {checked} aliases");
}

#[test]
fn cast_graph() {
    let glory = datasets::the_glory();
    let roles: Vec<(&str, LifeStage, Option<Billing>)> = glory
        .roles_of("lim-ji-yeon")
        .map(|(p, c)| (c.name(), p.stage(), p.billing()))
        .collect();
    assert_eq!(
        roles,
        [("Park Yeon-jin", LifeStage::Adult, Some(Billing::Main))]
    );
    let yeon_jin: Vec<(&str, LifeStage)> = glory
        .actors_of("park-yeon-jin")
        .map(|(p, person)| (person.unwrap().name(), p.stage()))
        .collect();
    assert_eq!(
        yeon_jin,
        [
            ("Lim Ji-yeon", LifeStage::Adult),
            ("Shin Ye-eun", LifeStage::Young)
        ]
    );
    let billing: Vec<Option<Billing>> = glory
        .cast_by_billing()
        .iter()
        .map(|p| p.billing())
        .collect();
    assert_eq!(billing[0], Some(Billing::Lead));
    assert_eq!(billing.last(), Some(&None));
    assert!(
        billing
            .windows(2)
            .all(|w| w[0].map_or(9, |b| b as u8) <= w[1].map_or(9, |b| b as u8))
    );
    let advisors: Vec<&str> = glory
        .crew_in(CrewRole::Advisor)
        .map(|c| c.person().as_str())
        .collect();
    assert_eq!(
        advisors,
        [
            "yoo-kyung-min",
            "jung-jae-woo",
            "ha-ho-jung",
            "kim-sang-soon"
        ]
    );
    let ye_sol: Vec<(&str, &str, Direction)> = glory
        .relationships_of("ha-ye-sol")
        .map(|(r, d)| (r.from().as_str(), r.kind().as_str(), d))
        .collect();
    assert_eq!(
        ye_sol,
        [
            ("park-yeon-jin", "parent", Direction::Incoming),
            ("ha-do-yeong", "legal_parent", Direction::Incoming),
            ("jeon-jae-jun", "biological_parent", Direction::Incoming),
        ]
    );
    let yeon_jin_out = glory
        .relationships_of("park-yeon-jin")
        .filter(|(_, d)| *d == Direction::Outgoing)
        .count();
    // Bully of Dong-eun and of So-hee, spouse of Do-yeong, parent of Ye-sol.
    assert_eq!(yeon_jin_out, 4);
    let dots = datasets::descendants_of_the_sun();
    assert_eq!(dots.cast_in_part(1).count(), dots.cast().len());
    assert!(
        glory
            .cast_in_part(2)
            .any(|p| p.character().as_str() == "moon-dong-eun")
    );
    assert_eq!(glory.cast_in_part(3).count(), 0);
}

#[test]
fn media_queries() {
    let glory = datasets::the_glory();
    let seoul = glory.home_zone();
    let dong_eun: Vec<&str> = glory
        .media_depicting("moon-dong-eun")
        .map(|m| m.id().as_str())
        .collect();
    assert!(
        dong_eun.contains(&"part-1-first-poster") && dong_eun.contains(&"part-2-special-trailer")
    );
    let flowers = glory.media_showing("morning-glory").count();
    // The second poster, the nine Part 1 character posters, the Part 2 main poster.
    assert_eq!(flowers, 11);
    let draft = glory.media_asset("part-1-character-poster-draft").unwrap();
    let at = |d, h| Utc.with_ymd_and_hms(2022, 12, d, h, 0, 0).unwrap();
    assert_eq!(draft.state_at(seoul, at(20, 0)), MediaState::NotPublished);
    // All three events are dated only to 22 December: inside that day, uncertain.
    assert_eq!(draft.state_at(seoul, at(22, 3)), MediaState::Uncertain);
    assert_eq!(draft.state_at(seoul, at(23, 0)), MediaState::Live);
    let trailer = glory.media_asset("part-1-main-trailer").unwrap();
    assert_eq!(trailer.state_at(seoul, at(10, 0)), MediaState::Uncertain);
    assert_eq!(
        trailer.state_at(seoul, Utc.with_ymd_and_hms(2023, 1, 1, 0, 0, 0).unwrap()),
        MediaState::Live
    );
    let takedowns: Vec<(&str, Option<&str>, bool)> = glory
        .takedowns()
        .map(|t| {
            (
                t.asset().id().as_str(),
                t.statement().map(|s| s.id().as_str()),
                t.event().reason().is_some(),
            )
        })
        .collect();
    assert_eq!(
        takedowns,
        [
            (
                "part-1-character-poster-draft",
                Some("netflix-takedown-explanation"),
                true
            ),
            (
                "netflix-2022-k-content-thank-you-video",
                Some("netflix-takedown-explanation"),
                true
            ),
        ]
    );
}

#[test]
fn claims_and_provenance() {
    let glory = datasets::the_glory();
    let verdicts: Vec<(&str, Verdict)> = glory
        .claims()
        .iter()
        .map(|c| (c.id().as_str(), c.verdict()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("takedown-rumour", Verdict::Refuted),
            ("ahn-gil-ho-assault-allegation", Verdict::Confirmed),
            ("kim-hieora-gang-report", Verdict::Disputed),
        ]
    );
    assert_eq!(glory.claims_about("song-hye-kyo").count(), 1);
    assert_eq!(glory.claims_about("lee-do-hyun").count(), 0);
    assert_eq!(glory.claims_with_verdict(Verdict::Unverified).count(), 0);
    let answers: Vec<&str> = glory
        .statements_answering("ahn-gil-ho-assault-allegation")
        .map(|s| s.id().as_str())
        .collect();
    assert_eq!(
        answers,
        ["production-checking-allegation", "ahn-gil-ho-apology"]
    );
    let statement = glory.statement("netflix-takedown-explanation").unwrap();
    let tiers: Vec<AuthorityTier> = glory
        .sources_behind(&statement)
        .map(|s| s.authority())
        .collect();
    assert_eq!(
        tiers,
        [
            AuthorityTier::Press,
            AuthorityTier::Press,
            AuthorityTier::Press,
            AuthorityTier::Aggregator
        ]
    );
    assert_eq!(
        glory
            .sources_at_least(&statement, AuthorityTier::Press)
            .count(),
        3
    );
    assert_eq!(
        glory
            .sources_at_least(&statement, AuthorityTier::Official)
            .count(),
        0
    );
    assert!(
        glory
            .sources_behind(glory)
            .any(|s| s.publisher() == "Wikipedia")
    );
}

#[test]
fn timeline_in_order_and_filtered() {
    let glory = datasets::the_glory();
    let timeline = glory.timeline();
    assert!(
        timeline
            .windows(2)
            .all(|w| w[0].window().start() <= w[1].window().start())
    );
    assert_eq!(timeline.first().unwrap().date().to_string(), "2021-01-05");
    let kinds: std::collections::BTreeSet<TimelineKind> =
        timeline.iter().map(|e| e.kind()).collect();
    assert_eq!(kinds.len(), 6, "every kind is present: {kinds:?}");
    // 22 December 2022 in Seoul: posters, the takedowns, the rumour and the statements.
    let day = (
        Utc.with_ymd_and_hms(2022, 12, 21, 15, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2022, 12, 22, 15, 0, 0).unwrap(),
    );
    let that_day: Vec<TimelineKind> = glory
        .timeline_between(day.0, day.1)
        .map(|e| e.kind())
        .collect();
    assert_eq!(
        that_day
            .iter()
            .filter(|k| **k == TimelineKind::Statement)
            .count(),
        2
    );
    assert_eq!(
        that_day
            .iter()
            .filter(|k| **k == TimelineKind::Claim)
            .count(),
        1
    );
    assert!(
        that_day
            .iter()
            .filter(|k| **k == TimelineKind::Media)
            .count()
            >= 12
    );
    // The December 2022 trailer (month precision) overlaps any day of December.
    assert!(
        glory
            .timeline_between(day.0, day.1)
            .any(|e| e.description() == "Official trailer: published")
    );
    let releases: Vec<String> = timeline
        .iter()
        .filter(|e| e.kind() == TimelineKind::Release)
        .map(|e| e.description())
        .collect();
    assert_eq!(releases, ["Part 1 released", "Part 2 released"]);
}

#[test]
fn catalog_across_series() {
    let catalog = datasets::catalog();
    let shared: Vec<&str> = catalog
        .collaborations("song-hye-kyo", "kim-eun-sook")
        .map(|s| s.id().as_str())
        .collect();
    assert_eq!(shared, ["descendants-of-the-sun", "the-glory"]);
    assert_eq!(catalog.collaborations("song-hye-kyo", "nobody").count(), 0);
    let film: Vec<(&str, String)> = catalog
        .filmography("song-hye-kyo")
        .map(|c| match c {
            Credit::Cast {
                series, character, ..
            } => (series.id().as_str(), character.name().to_owned()),
            Credit::Crew { series, credit } => (series.id().as_str(), credit.role().to_string()),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        film,
        [
            ("descendants-of-the-sun", "Kang Mo-yeon".to_owned()),
            ("the-glory", "Moon Dong-eun".to_owned()),
        ]
    );
    assert_eq!(catalog.filmography("nobody").count(), 0);
    assert!(catalog.person("nobody").is_none());
    assert!(catalog.series_by_id("nope").is_none());
    let week = catalog
        .releases_between(
            Utc.with_ymd_and_hms(2016, 3, 7, 0, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2016, 3, 14, 0, 0, 0).unwrap(),
        )
        .map(|r| r.unit().label())
        .collect::<Vec<_>>();
    assert_eq!(week, ["Episode 5", "Episode 6"]);
    let none = catalog.releases_between(
        Utc.with_ymd_and_hms(2020, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2021, 1, 1, 0, 0, 0).unwrap(),
    );
    assert_eq!(none.count(), 0);
}

/// Descendants of the Sun with Song Hye-kyo's person record edited.
fn dots_with_song_hye_kyo(edit: impl FnOnce(&mut serde_json::Value)) -> kdrama::Series {
    let mut json: serde_json::Value =
        serde_json::from_str(datasets::descendants_of_the_sun_json()).unwrap();
    let people = json["people"].as_array_mut().unwrap();
    let person = people
        .iter_mut()
        .find(|p| p["id"] == "song-hye-kyo")
        .unwrap();
    edit(person);
    kdrama::Series::from_json(&json.to_string()).unwrap()
}

#[test]
fn catalog_rejects_duplicate_series_and_conflicting_people() {
    let glory = datasets::the_glory().clone();
    let err = kdrama::Catalog::new(vec![glory.clone(), glory]).unwrap_err();
    let v = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(
        (v.path(), v.kind()),
        ("series[1].id", kdrama::ViolationKind::DuplicateId)
    );
    let dots = dots_with_song_hye_kyo(|p| p["native_name"] = "송혜교X".into());
    let err = kdrama::Catalog::new(vec![dots, datasets::the_glory().clone()]).unwrap_err();
    let v = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(v.kind(), kdrama::ViolationKind::ConflictingPerson);
    assert_eq!(v.path(), "series[1].people[0].native_name");
    assert_eq!(
        v.message(),
        "person \"song-hye-kyo\" has native name \"송혜교\" here but \"송혜교X\" at series[0].people[1] (\"descendants-of-the-sun\"): expected one person per id"
    );
    // An impostor: another name and no native name at all.
    let impostor = dots_with_song_hye_kyo(|p| {
        p["name"] = "Impostor Person".into();
        p.as_object_mut().unwrap().remove("native_name");
    });
    let err = kdrama::Catalog::new(vec![datasets::the_glory().clone(), impostor]).unwrap_err();
    let v = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(
        (v.path(), v.kind()),
        (
            "series[1].people[1].name",
            kdrama::ViolationKind::ConflictingPerson
        )
    );
    assert_eq!(
        v.message(),
        "person \"song-hye-kyo\" has name \"Impostor Person\" here but \"Song Hye-kyo\" at series[0].people[0] (\"the-glory\"): expected one person per id"
    );
}

#[test]
fn a_person_in_several_series_is_one_result_with_every_name() {
    // Song Hye-kyo is in both datasets. Give her an alias only in the second
    // record: the catalog must index it, and still answer once per person.
    let dots = dots_with_song_hye_kyo(|p| {
        p["aliases"] = serde_json::json!([{"name": "Hyekyo Test Alias", "kind": "short_form"}]);
    });
    let catalog = kdrama::Catalog::new(vec![datasets::the_glory().clone(), dots]).unwrap();
    let by_alias: Vec<_> = catalog.search("hyekyo test alias").collect();
    assert_eq!(by_alias.len(), 1);
    assert_eq!(by_alias[0].kind(), MatchKind::Alias);
    assert!(
        matches!(by_alias[0].subject(), Subject::Person(p) if p.id().as_str() == "song-hye-kyo")
    );
    for query in ["Song Hye-kyo", "Hye-kyo Song", "송혜교"] {
        let people: Vec<_> = catalog
            .search(query)
            .filter(|m| matches!(m.subject(), Subject::Person(_)))
            .collect();
        assert_eq!(people.len(), 1, "{query}");
        assert_eq!(people[0].kind(), MatchKind::Name, "{query}");
    }
}
