//! What the sources know beyond release dates: audience figures, disputed
//! values, inferred values, releases per platform and region, specials. The
//! answers are taken from the fact sheets.
#![cfg(all(feature = "datasets", feature = "ics", feature = "jsonld"))]

use chrono::{TimeZone, Utc};
use kdrama::{
    Area, Basis, Measured, Metric, Panel, Period, Preference, Quantity, Region, Series,
    SeriesStatus, Status, Strictness, Timing, Top10List, ViolationKind, WeeksInList, datasets,
};

fn nationwide() -> Metric {
    Metric::HouseholdRating {
        panel: Panel::AgbNielsen,
        area: Area::Nationwide,
    }
}

// 1. Audience measurements

#[test]
fn every_episode_of_descendants_of_the_sun_has_its_nationwide_rating_in_order() {
    let dots = datasets::descendants_of_the_sun();
    let ratings: Vec<(u32, String)> = dots
        .episode_ratings(nationwide())
        .into_iter()
        .map(|(n, m)| (n, m.value().to_string()))
        .collect();
    let expected = [
        "14.3%", "15.5%", "23.4%", "24.1%", "27.4%", "28.5%", "28.3%", "28.8%", "30.4%", "31.6%",
        "31.9%", "33.0%", "33.5%", "33.0%", "34.8%", "38.8%",
    ];
    assert_eq!(ratings.len(), 16);
    for (i, (n, value)) in ratings.iter().enumerate() {
        assert_eq!(*n, i as u32 + 1);
        assert_eq!(value, expected[i], "episode {n}");
    }
    let (episode, peak) = dots.peak(nationwide()).unwrap();
    assert_eq!(
        (episode, peak.value()),
        (16, Quantity::percent(38.8).unwrap())
    );
    // The finale's Seoul and capital-area figures are their own metrics, not the peak.
    let seoul = Metric::HouseholdRating {
        panel: Panel::AgbNielsen,
        area: Area::Seoul,
    };
    assert_eq!(dots.peak(seoul).unwrap().1.value().to_string(), "44.2%");
}

#[test]
fn specials_have_their_ratings_where_known() {
    let dots = datasets::descendants_of_the_sun();
    let specials: Vec<(String, String)> = dots
        .special_ratings(nationwide())
        .into_iter()
        .map(|(s, m)| (s.id().to_string(), m.value().to_string()))
        .collect();
    assert_eq!(
        specials,
        [
            ("special-1".to_owned(), "17.7%".to_owned()),
            ("special-2".to_owned(), "13.6%".to_owned())
        ]
    );
    // The epilogue's rating was not found: no figure is invented for it.
    assert!(
        dots.audience()
            .iter()
            .all(|m| *m.of() != Measured::Special("epilogue".parse().unwrap()))
    );
}

#[test]
fn the_glory_was_first_in_non_english_tv_in_the_week_of_2_to_8_january_2023() {
    let glory = datasets::the_glory();
    let run = glory.top10_run();
    let week = run
        .iter()
        .find(|w| w.monday().to_string() == "2023-01-02")
        .unwrap();
    assert_eq!(
        week.rank_in(Top10List::NonEnglishTv).unwrap().value(),
        Quantity::Rank(1)
    );
    // A list the series was never ranked in has no rank, in any week.
    assert!(
        run.iter()
            .all(|w| w.rank_in(Top10List::EnglishFilms).is_none())
    );
    assert_eq!(week.hours().unwrap().value(), Quantity::Hours(82_480_000));
    assert_eq!(week.part(), Some(1));
    assert_eq!(
        run[0].rank_in(Top10List::NonEnglishTv).unwrap().value(),
        Quantity::Rank(3)
    );
    // Part 2's weeks: first across all four lists.
    assert_eq!(
        run[3].rank_in(Top10List::AllLists).unwrap().value(),
        Quantity::Rank(1)
    );
    assert_eq!(
        run.iter().map(|w| w.part()).collect::<Vec<_>>(),
        [Some(1), Some(1), Some(1), Some(2), Some(2)]
    );
    match glory.weeks_in_list(Top10List::NonEnglishTv) {
        Some(WeeksInList::Reported(m)) => assert_eq!(m.value(), Quantity::Weeks(13)),
        other => panic!("expected the reported 13 weeks, got {other:?}"),
    }
    let all_time: Vec<Quantity> = glory
        .audience()
        .iter()
        .filter(|m| {
            m.metric()
                == Metric::AllTimeRank {
                    list: Top10List::NonEnglishTv,
                }
        })
        .map(|m| m.value())
        .collect();
    assert_eq!(all_time, [Quantity::Rank(9), Quantity::Rank(7)]);
    let engagement = glory.measurement("engagement-2023-hours").unwrap();
    assert_eq!(engagement.value(), Quantity::Hours(622_800_000));
    assert!(matches!(engagement.period(), Period::Report(_)));
    assert!(engagement.note().unwrap().contains("not stated"));
}

#[test]
fn every_figure_cites_its_sources_and_units_match_metrics() {
    for series in datasets::all() {
        for m in series.audience() {
            assert!(!m.cites().is_empty(), "{}", m.id());
            assert_eq!(m.value().unit(), m.metric().unit(), "{}", m.id());
            for alternative in m.alternatives() {
                assert!(!alternative.cites().is_empty(), "{}", m.id());
            }
        }
    }
}

#[test]
fn the_counts_reflect_what_the_sheets_do_not_know() {
    let dots = datasets::descendants_of_the_sun();
    // No weekly list for a 2016 broadcast: nothing reported, nothing counted.
    assert_eq!(dots.weeks_in_list(Top10List::NonEnglishTv), None);
    let built = Series::builder("x".parse().unwrap(), "X")
        .part(kdrama::Part::new(1, "2024-01-05".parse().unwrap()))
        .measurement(kdrama::Measurement::new(
            "w".parse().unwrap(),
            Metric::WeeklyRank {
                list: Top10List::NonEnglishTv,
            },
            Measured::Series,
            Period::Week("2024-01-08".parse().unwrap()),
            Quantity::Rank(4),
        ))
        .build()
        .unwrap();
    assert_eq!(
        built.weeks_in_list(Top10List::NonEnglishTv),
        Some(WeeksInList::Counted(1))
    );
}

// 2. Disagreeing reports

#[test]
fn disputed_values_keep_every_report_with_its_sources() {
    let dots = datasets::descendants_of_the_sun();
    let e10 = dots.measurement("episode-10-nationwide").unwrap();
    assert_eq!(e10.value().to_string(), "31.6%");
    let d = e10.dispute().unwrap();
    assert_eq!(d.because(), Preference::Majority);
    assert_eq!(d.alternatives()[0].value().to_string(), "31.4%");
    assert_eq!(d.alternatives()[0].cites()[0].as_str(), "mydaily-20160329");

    let epilogue = dots.special("epilogue").unwrap();
    assert_eq!(epilogue.release().to_string(), "2016-04-22T21:35+09:00");
    let others: Vec<String> = epilogue
        .dispute()
        .unwrap()
        .alternatives()
        .iter()
        .map(|r| r.value().to_string())
        .collect();
    assert_eq!(others, ["2016-04-22T21:25+09:00"]);

    let glory = datasets::the_glory();
    let hours = glory.measurement("week-2022-12-26-hours").unwrap();
    assert_eq!(hours.value(), Quantity::Hours(25_410_000));
    assert_eq!(
        *hours.alternatives().next().unwrap().value(),
        Quantity::Hours(25_140_000)
    );
    // 62 (a count of unstated origin, week of 2 January) and 34 (Netflix's
    // own, week of 9 January) are different figures, each with its counter.
    let netflix = glory.measurement("week-2023-01-09-countries").unwrap();
    assert_eq!(netflix.value(), Quantity::Countries(34));
    assert!(netflix.dispute().is_none());
    let other = glory.measurement("week-2023-01-02-countries").unwrap();
    assert_eq!(other.value(), Quantity::Countries(62));
    assert_eq!(
        other.metric(),
        Metric::CountriesInTop10 {
            counter: kdrama::Counter::Unstated
        }
    );
    let lineup = glory.event("netflix-2023-lineup").unwrap();
    assert_eq!(lineup.date().to_string(), "2023-01-17");
    assert_eq!(
        lineup.dispute().unwrap().alternatives()[0]
            .value()
            .to_string(),
        "2023-01-16"
    );
}

fn violations(json: &str, strictness: Strictness) -> Vec<(String, ViolationKind)> {
    match Series::from_json_str(json, strictness) {
        Ok(_) => Vec::new(),
        Err(e) => e
            .violations()
            .map(|v| v.iter().map(|v| (v.path().to_owned(), v.kind())).collect())
            .unwrap_or_else(|| vec![(e.to_string(), ViolationKind::OutOfRange)]),
    }
}

const HEAD: &str = r#"{"format": 1, "id": "x", "titles": {"english": "X"}, "original_language": "ko", "country": "KR",
    "cites": ["s"], "parts": [{"number": 1, "release": "2024-01-05", "cites": ["s"], "episodes": [{"number": 1}]}],
    "sources": [{"id": "s", "publisher": "P", "url": "https://example.com/", "language": "en", "authority": "press"}]"#;

#[test]
fn an_uncited_alternative_or_inference_is_a_strict_violation_at_its_path() {
    let json = format!(
        r#"{HEAD}, "audience": [{{"id": "m", "metric": "hours_viewed", "value": {{"hours": 5}}, "cites": ["s"],
            "disputed": {{"because": "majority", "alternatives": [{{"value": {{"hours": 6}}}}]}}}}],
            "specials": [{{"id": "sp", "kind": "other", "title": "S", "release": "2024-02-01T21:00+09:00", "cites": ["s"],
            "inferred": {{"rule": "the usual slot"}}}}]}}"#
    );
    assert_eq!(violations(&json, Strictness::Lenient), []);
    assert_eq!(
        violations(&json, Strictness::Strict),
        [
            (
                "specials[0].inferred.cites".to_owned(),
                ViolationKind::MissingSource
            ),
            (
                "audience[0].disputed.cites".to_owned(),
                ViolationKind::MissingSource
            ),
            (
                "audience[0].disputed.alternatives[0].cites".to_owned(),
                ViolationKind::MissingSource
            ),
        ]
    );
}

#[test]
fn a_second_preferred_value_is_refused() {
    let json = format!(
        r#"{HEAD}, "audience": [{{"id": "m", "metric": "hours_viewed", "value": {{"hours": 5}}, "cites": ["s"],
            "disputed": {{"because": "majority", "cites": ["s"], "alternatives": [{{"value": {{"hours": 5}}, "cites": ["s"]}}]}}}}]}}"#
    );
    assert_eq!(
        violations(&json, Strictness::Lenient),
        [(
            "audience[0].disputed.alternatives[0].value".to_owned(),
            ViolationKind::InvalidDispute
        )]
    );
}

// 3. Inferred values

#[test]
fn part_1_is_inferred_and_part_2_reported() {
    let glory = datasets::the_glory();
    let (p1, p2) = (glory.part(1).unwrap(), glory.part(2).unwrap());
    assert_eq!(p1.release().to_string(), "2022-12-30T17:00+09:00");
    let Basis::Inferred(inference) = p1.basis() else {
        panic!("Part 1's hour is inferred")
    };
    assert!(inference.rule().contains("NOWnews") && inference.rule().contains("midnight"));
    let cited: Vec<&str> = inference.cites().iter().map(|c| c.as_str()).collect();
    assert_eq!(cited, ["nownews-6006090", "netflix-help-118959"]);
    assert_eq!(p2.basis(), Basis::Reported);
}

#[test]
fn the_calendar_and_json_ld_say_what_was_inferred() {
    let glory = datasets::the_glory();
    let ics = glory.to_ics(&kdrama::IcsOptions::new());
    let unfolded = ics.replace("\r\n ", "");
    let part_1 = unfolded
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:part-1."))
        .unwrap();
    assert!(
        part_1.contains("Release time inferred\\, not reported"),
        "{part_1}"
    );
    let part_2 = unfolded
        .split("BEGIN:VEVENT")
        .find(|e| e.contains("UID:part-2."))
        .unwrap();
    assert!(!part_2.contains("inferred"), "{part_2}");
    let ld = glory.to_json_ld();
    let seasons = &ld["@graph"][0]["containsSeason"];
    assert!(
        seasons[0]["releasedEvent"]["description"]
            .as_str()
            .unwrap()
            .starts_with("Release time inferred")
    );
    assert!(seasons[1]["releasedEvent"].get("description").is_none());
}

// 4. Platforms and regions

#[test]
fn descendants_of_the_sun_is_out_in_china_at_the_kbs2_instant() {
    let dots = datasets::descendants_of_the_sun();
    let china = Region::country("CN").unwrap();
    let first = dots.releases_in(&china).next().unwrap();
    assert_eq!(first.release(), dots.episode_release(1).unwrap());
    assert_eq!(first.platform().unwrap().as_str(), "iqiyi");
    let kbs2_instant = Utc.with_ymd_and_hms(2016, 2, 24, 13, 0, 0).unwrap();
    let just_before = kbs2_instant - chrono::Duration::minutes(1);
    assert!(matches!(
        dots.status_in(&china, just_before),
        Some(SeriesStatus::NotStarted { .. })
    ));
    assert!(matches!(
        dots.status_in(&china, kbs2_instant),
        Some(SeriesStatus::InProgress { released: 1, .. })
    ));
    // Korea gets the primary release; an unlisted country gets nothing.
    let korea = Region::country("KR").unwrap();
    assert!(dots.releases_in(&korea).all(|r| r.platform().is_none()));
    assert_eq!(
        dots.status_in(&Region::country("BR").unwrap(), kbs2_instant),
        None
    );
    // KBS World premiered on 2 March 2016: day precision, an unlisted set of countries.
    let kbs_world = &dots.availability()[1];
    assert_eq!(kbs_world.region(), &Region::International);
    assert_eq!(
        kbs_world.timing(),
        &Timing::Premiere("2016-03-02".parse().unwrap())
    );
    let (next, status) = dots
        .next_release_in(&Region::International, kbs2_instant)
        .unwrap();
    assert_eq!(next.unit().label(), "Episode 1");
    assert!(matches!(status, Status::Upcoming { .. }));
}

#[test]
fn the_glory_went_out_worldwide_at_one_instant() {
    let glory = datasets::the_glory();
    assert_eq!(glory.primary_region(), Region::Worldwide);
    let at = Utc.with_ymd_and_hms(2023, 3, 10, 8, 0, 0).unwrap();
    for code in ["KR", "US", "BR"] {
        let region = Region::country(code).unwrap();
        assert!(matches!(
            glory.status_in(&region, at),
            Some(SeriesStatus::Complete { .. })
        ));
    }
}

// 5. Specials

#[test]
fn specials_are_outside_the_numbering_and_in_every_view() {
    let dots = datasets::descendants_of_the_sun();
    assert_eq!(dots.episodes().count(), 16);
    assert_eq!(dots.episodes().last().unwrap().1.number(), 16);
    let labels: Vec<String> = dots.release_units().map(|u| u.label()).collect();
    assert_eq!(labels.len(), 19);
    assert_eq!(labels[15], "Episode 16");
    assert!(labels[16].contains("Special, part 1") && labels[18].contains("Epilogue"));
    let timeline = dots.timeline();
    assert!(timeline.iter().any(|e| matches!(
        e.item(),
        kdrama::TimelineItem::Release(u) if u.special().is_some_and(|s| s.id().as_str() == "epilogue")
    )));
    let ics = dots.to_ics(&kdrama::IcsOptions::new());
    assert!(ics.contains("UID:special-epilogue.descendants-of-the-sun@kdrama"));
    assert!(ics.contains("DTSTART;TZID=Asia/Seoul:20160422T213500"));
    let epilogue = dots.special("epilogue").unwrap();
    assert_eq!(epilogue.runtime().unwrap().to_string(), "about 90 min");
    assert_eq!(epilogue.kind(), kdrama::SpecialKind::MakingOf);
}

// 6. Corrections from the independent check

#[test]
fn the_independent_checks_corrections_hold() {
    let glory = datasets::the_glory();
    let news1 = glory.source("fnnews-20230310-news1").unwrap();
    assert!(news1.publisher().starts_with("News1"));
    assert!(glory.source("fnnews-20230310-newsis").is_none());
    let gang = glory
        .claims()
        .iter()
        .find(|c| c.id().as_str() == "kim-hieora-gang-report")
        .unwrap();
    assert_eq!(gang.first_seen().to_string(), "2023-09-06");
    assert!(
        gang.cites()
            .iter()
            .any(|c| c.as_str() == "pickcon-20230906")
    );
    let apology = glory
        .statements()
        .iter()
        .find(|s| s.id().as_str() == "ahn-gil-ho-apology")
        .unwrap();
    assert!(apology.outlet().is_none());
    assert!(
        matches!(apology.representative(), Some(kdrama::Party::Organization(id)) if id.as_str() == "jipyong")
    );
    for p in glory.cast() {
        if p.billing() == Some(kdrama::Billing::Supporting)
            && [
                "kim-hieora",
                "cha-joo-young",
                "kim-gun-woo",
                "oh-ji-yul",
                "park-ji-ah",
                "son-ji-na",
                "son-sook",
            ]
            .contains(&p.person().map_or("", |id| id.as_str()))
        {
            assert!(p.cites().iter().all(|c| c.as_str() != "wiki-en"));
        }
    }
    assert_eq!(
        glory.source("insight-428982").unwrap().authority(),
        kdrama::AuthorityTier::Press
    );
    let critics = glory.event("critics-choice-29-nomination").unwrap();
    assert_eq!(critics.date().to_string(), "2023-12-08");
    assert_eq!(
        critics.awards()[0].outcome(),
        kdrama::AwardOutcome::Nominated
    );
    assert!(glory.motif("glory").is_some());

    let dots = datasets::descendants_of_the_sun();
    let kang = dots.character("kang-min-jae").unwrap();
    assert_eq!(
        (kang.name(), kang.native_name()),
        ("Kang Min-jae", Some("강민재"))
    );
    assert!(
        kang.aliases()
            .iter()
            .any(|a| a.name() == "Kang-gun" && a.kind() == kdrama::AliasKind::FormOfAddress)
    );
    assert!(
        dots.event("moves-to-kbs")
            .unwrap()
            .participants()
            .is_empty()
    );
    for wiki in ["kdrama-wikia", "asianwiki-9th-kda"] {
        assert_eq!(
            dots.source(wiki).unwrap().authority(),
            kdrama::AuthorityTier::Community
        );
    }
    let platforms: Vec<&str> = dots
        .availability()
        .iter()
        .map(|a| a.platform().as_str())
        .collect();
    assert_eq!(platforms, ["iqiyi", "kbs-world", "eisei-gekijo"]);
}

#[test]
fn new_records_round_trip_through_json_and_binary_formats() {
    for series in datasets::all() {
        let json = series.to_json().unwrap();
        assert_eq!(&Series::from_json(&json).unwrap(), series);
        let bytes = postcard::to_allocvec(series).unwrap();
        assert_eq!(&postcard::from_bytes::<Series>(&bytes).unwrap(), series);
    }
}

#[test]
fn the_ratings_milestones_hold_in_the_data() {
    let dots = datasets::descendants_of_the_sun();
    let ratings = dots.episode_ratings(nationwide());
    // A new high of its own in 14 of 16 episodes: all but 7 and 14.
    let mut best = None;
    let mut records = Vec::new();
    for (n, m) in &ratings {
        if best.is_none_or(|b| m.value() > b) {
            records.push(*n);
            best = Some(m.value());
        }
    }
    assert_eq!(records.len(), 14);
    assert!(!records.contains(&7) && !records.contains(&14));
    let above = |p: f64| {
        ratings
            .iter()
            .find(|(_, m)| m.value() > Quantity::percent(p).unwrap())
            .map(|(n, _)| *n)
    };
    assert_eq!(above(20.0), Some(3));
    assert_eq!(above(28.1), Some(6)); // My Love from the Star's peak
    assert_eq!(above(30.0), Some(9));
    assert!(
        dots.measurement("episode-9-nationwide")
            .unwrap()
            .note()
            .unwrap()
            .contains("2012")
    );
    assert!(
        dots.measurement("episode-16-nationwide")
            .unwrap()
            .note()
            .unwrap()
            .contains("14 of its 16")
    );
}

#[test]
fn a_regional_release_prefers_the_surer_time_and_work_stays_linear() {
    use kdrama::{Availability, Episode, Organization, OrganizationKind, Part};
    let mut part = Part::new(1, "2024-01-03T22:00+09:00".parse().unwrap());
    for n in 1..=2000 {
        part = part.with_episode(Episode::new(n));
    }
    let mut b = Series::builder("x".parse().unwrap(), "X")
        .organization(Organization::new(
            "net".parse().unwrap(),
            "Net",
            OrganizationKind::Network,
        ))
        .part(part)
        .availability(Availability::new(
            "net".parse().unwrap(),
            Region::Worldwide,
            Timing::Premiere("2024-01".parse().unwrap()),
        ));
    for code in ["US", "FR", "DE", "JP", "CN", "BR"] {
        b = b.availability(Availability::new(
            "net".parse().unwrap(),
            Region::country(code).unwrap(),
            Timing::Simulcast,
        ));
    }
    let series = b.build().unwrap();
    let korea = Region::country("KR").unwrap();
    let first = series.releases_in(&korea).next().unwrap();
    // The exact primary release beats a month that merely starts earlier.
    assert_eq!(first.release().to_string(), "2024-01-03T22:00+09:00");
    assert!(first.platform().is_none());
    let started = std::time::Instant::now();
    assert_eq!(
        series.releases_in(&Region::country("US").unwrap()).count(),
        1
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
}
