//! The embedded datasets: strictly valid, canonical, and holding the facts of
//! their fact sheets.

#![cfg(feature = "datasets")]

use kdrama::{
    Billing, LifeStage, LifecycleAction, MediaKind, Party, Precision, Series, Strictness, Verdict,
    datasets,
};

#[test]
fn the_glory_passes_strict_validation() {
    let json = datasets::the_glory_json();
    let series = Series::from_json_slice(json.as_bytes(), Strictness::Strict)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(series.warnings().is_empty());
}

#[test]
fn the_glory_is_stored_in_canonical_form() {
    let glory = datasets::the_glory();
    assert_eq!(
        glory.to_json_pretty().unwrap().trim_end(),
        datasets::the_glory_json().trim_end()
    );
}

#[test]
fn titles_and_identity() {
    let g = datasets::the_glory();
    let t = g.titles();
    assert_eq!(t.english(), "The Glory");
    assert_eq!(t.native(), Some("더 글로리"));
    assert_eq!(
        t.romanization(kdrama::RomanizationSystem::Revised),
        Some("Deo geullori")
    );
    assert_eq!(
        t.romanization(kdrama::RomanizationSystem::McCuneReischauer),
        Some("Tŏ kŭllori")
    );
    assert_eq!(t.localized_title("zh-Hant"), Some("黑暗榮耀"));
    assert_eq!(t.localized_title("et"), Some("Hiilgus"));
    assert_eq!(g.original_language(), "ko");
    assert_eq!(g.country(), "KR");
    assert_eq!(g.home_zone().name(), "Asia/Seoul");
    assert_eq!(g.platform().map(|p| p.name()), Some("Netflix"));
    assert_eq!(g.age_rating(), Some("19+"));
    let companies: Vec<_> = g.production_companies().map(|o| o.id().as_str()).collect();
    assert_eq!(companies, ["hwa-dam-pictures"]);
    assert_eq!(
        g.organization("hwa-dam-pictures")
            .and_then(|o| o.parent())
            .map(|p| p.as_str()),
        Some("studio-dragon")
    );
}

#[test]
fn parts_episodes_and_releases() {
    let g = datasets::the_glory();
    let releases: Vec<String> = g.parts().iter().map(|p| p.release().to_string()).collect();
    assert_eq!(
        releases,
        ["2022-12-30T17:00+09:00", "2023-03-10T17:00+09:00"]
    );
    let numbers: Vec<(u32, u32, u32)> = g
        .episodes()
        .map(|(p, e)| (p.number(), e.number(), e.number_in_part()))
        .collect();
    assert_eq!(numbers.len(), 16);
    assert_eq!(numbers[0], (1, 1, 1));
    assert_eq!(numbers[8], (2, 9, 1));
    assert_eq!(numbers[15], (2, 16, 8));
    // No invented titles or runtimes: the range belongs to the series.
    assert!(
        g.episodes()
            .all(|(_, e)| e.title().is_none() && e.runtime_minutes().is_none())
    );
    let runtime = g.runtime().unwrap();
    assert_eq!((runtime.min_minutes(), runtime.max_minutes()), (47, 72));
}

#[test]
fn part_2_announcement_history() {
    let part_2 = datasets::the_glory().part(2).unwrap();
    let history: Vec<(String, String, Precision)> = part_2
        .announcements()
        .iter()
        .map(|a| {
            (
                a.on().to_string(),
                a.release().to_string(),
                a.release().precision(),
            )
        })
        .collect();
    assert_eq!(
        history,
        [
            ("2022-12-20".into(), "2023-03".into(), Precision::Month),
            ("2023-01-18".into(), "2023-03-10".into(), Precision::Day),
        ]
    );
}

#[test]
fn young_portrayals_and_billing() {
    let g = datasets::the_glory();
    let dong_eun: Vec<(Option<&str>, LifeStage, Option<Billing>)> = g
        .cast()
        .iter()
        .filter(|p| p.character().as_str() == "moon-dong-eun")
        .map(|p| (p.person().map(|id| id.as_str()), p.stage(), p.billing()))
        .collect();
    assert_eq!(
        dong_eun,
        [
            (Some("song-hye-kyo"), LifeStage::Adult, Some(Billing::Lead)),
            (Some("jung-ji-so"), LifeStage::Young, None),
        ]
    );
    let young: Vec<&str> = g
        .cast()
        .iter()
        .filter(|p| p.stage() == LifeStage::Young)
        .filter_map(|p| p.person().map(|id| id.as_str()))
        .collect();
    assert_eq!(
        young,
        [
            "jung-ji-so",
            "shin-ye-eun",
            "song-byung-geun",
            "song-ji-woo",
            "seo-woo-hyuk"
        ]
    );
    // The fact sheet confirms no young Lee Sa-ra.
    assert!(
        !g.cast()
            .iter()
            .any(|p| p.character().as_str() == "lee-sa-ra" && p.stage() == LifeStage::Young)
    );
    // Yoon So-hee's actress is not confirmed: the credit has no person.
    let so_hee = g
        .cast()
        .iter()
        .find(|p| p.character().as_str() == "yoon-so-hee")
        .unwrap();
    assert_eq!(so_hee.person(), None);
}

#[test]
fn name_variants_are_aliases() {
    let g = datasets::the_glory();
    let jung = g.person("jung-sung-il").unwrap();
    assert!(
        jung.aliases()
            .iter()
            .any(|a| a.name() == "Jung Sung II" && a.kind() == kdrama::AliasKind::Misspelling)
    );
    let yeom = g.person("yeom-hye-ran").unwrap();
    assert!(yeom.aliases().iter().any(|a| a.name() == "Yum Hye-ran"));
}

#[test]
fn the_takedowns_and_the_refuted_rumour() {
    let g = datasets::the_glory();
    let taken_down: Vec<(&str, String)> = g
        .media()
        .iter()
        .flat_map(|m| {
            m.events()
                .iter()
                .filter(|e| e.action() == LifecycleAction::TakenDown)
                .map(move |e| (m.id().as_str(), e.date().to_string()))
        })
        .collect();
    assert_eq!(
        taken_down,
        [
            ("part-1-character-poster-draft", "2022-12-22".to_owned()),
            (
                "netflix-2022-k-content-thank-you-video",
                "2022-12-22".to_owned()
            ),
        ]
    );
    let rumour = g.claim("takedown-rumour").unwrap();
    assert_eq!(rumour.verdict(), Verdict::Refuted);
    assert_eq!(rumour.subjects()[0].as_str(), "song-hye-kyo");
    let answers: Vec<&str> = g
        .statements_answering("takedown-rumour")
        .map(|s| s.id().as_str())
        .collect();
    assert_eq!(
        answers,
        [
            "netflix-takedown-explanation",
            "production-community-request"
        ]
    );
    let netflix = g.statement("netflix-takedown-explanation").unwrap();
    assert!(matches!(netflix.speaker(), Party::Organization(id) if id.as_str() == "netflix"));
    assert_eq!(netflix.outlet().map(|o| o.as_str()), Some("xports-news"));
    let xports = g.source("xportsnews-1668499").unwrap();
    assert_eq!(
        xports.published().unwrap().to_string(),
        "2022-12-22T17:36+09:00"
    );
}

#[test]
fn posters_and_motifs() {
    let g = datasets::the_glory();
    let character_posters = g
        .media()
        .iter()
        .filter(|m| m.kind() == MediaKind::CharacterPoster && m.part() == Some(1))
        .filter(|m| m.id().as_str() != "part-1-character-poster-draft")
        .count();
    assert_eq!(character_posters, 9);
    let glory_flower = g.motif("morning-glory").unwrap();
    assert_eq!(glory_flower.native_name(), Some("악마의 나팔꽃"));
    let ranks: Vec<_> = glory_flower
        .interpretations()
        .iter()
        .map(|i| i.authority())
        .collect();
    let mut sorted = ranks.clone();
    sorted.sort();
    assert_eq!(ranks, sorted);
    // The trailer's day is not confirmed: month precision only.
    let trailer = g.media_asset("part-1-main-trailer").unwrap();
    assert_eq!(trailer.events()[0].date().precision(), Precision::Month);
}

#[test]
fn events_and_awards() {
    let g = datasets::the_glory();
    let presscon = g.event("press-conference").unwrap();
    assert_eq!(presscon.date().to_string(), "2022-12-20");
    assert_eq!(presscon.participants().len(), 8);
    let baeksang = g.event("baeksang-2023").unwrap();
    assert_eq!(baeksang.awards().len(), 3);
}

#[test]
fn every_source_is_cited_and_sourced() {
    let json: serde_json::Value = serde_json::from_str(datasets::the_glory_json()).unwrap();
    let mut cited = std::collections::BTreeSet::new();
    fn walk(v: &serde_json::Value, cited: &mut std::collections::BTreeSet<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    if k == "cites" {
                        for id in v.as_array().unwrap() {
                            cited.insert(id.as_str().unwrap().to_owned());
                        }
                    }
                    walk(v, cited);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, cited)),
            _ => {}
        }
    }
    walk(&json, &mut cited);
    let declared: std::collections::BTreeSet<String> = datasets::the_glory()
        .sources()
        .iter()
        .map(|s| s.id().to_string())
        .collect();
    assert_eq!(
        cited, declared,
        "every source is cited and every citation declared"
    );
}

#[test]
fn descendants_of_the_sun_passes_strict_validation_in_canonical_form() {
    let json = datasets::descendants_of_the_sun_json();
    let series = Series::from_json_slice(json.as_bytes(), Strictness::Strict)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(series.to_json_pretty().unwrap().trim_end(), json.trim_end());
}

#[test]
fn descendants_of_the_sun_facts() {
    let d = datasets::descendants_of_the_sun();
    assert_eq!(d.titles().native(), Some("태양의 후예"));
    assert_eq!(
        d.titles().romanization(kdrama::RomanizationSystem::Revised),
        Some("Taeyangui Huye")
    );
    // No McCune–Reischauer form was found: none is given.
    assert_eq!(
        d.titles()
            .romanization(kdrama::RomanizationSystem::McCuneReischauer),
        None
    );
    assert_eq!(d.platform().map(|p| p.name()), Some("KBS2"));
    assert_eq!(d.episodes().count(), 16);
    // Runtimes conflict between sources (60, 70, 75 minutes): none is given.
    assert_eq!(d.runtime(), None);
    assert!(
        d.episodes()
            .all(|(_, e)| e.runtime_minutes().is_none() && e.title().is_none())
    );
    let yoo: Vec<&str> = d
        .cast()
        .iter()
        .filter(|p| p.character().as_str() == "kang-mo-yeon")
        .filter_map(|p| p.person().map(|id| id.as_str()))
        .collect();
    assert_eq!(yoo, ["song-hye-kyo"]);
    let writers: Vec<&str> = d
        .crew()
        .iter()
        .filter(|c| c.role() == kdrama::CrewRole::Writer)
        .map(|c| c.person().as_str())
        .collect();
    assert_eq!(writers, ["kim-eun-sook", "kim-won-seok-writer"]);
    // The specials are records of their own, not episodes 17 to 19.
    assert_eq!(d.episodes().count(), 16);
    assert_eq!(
        d.special("special-1").unwrap().release().to_string(),
        "2016-04-20T22:00+09:00"
    );
    assert_eq!(
        d.special("epilogue").unwrap().release().precision(),
        Precision::Minute
    );
}

#[test]
fn shared_people_agree_across_datasets() {
    let glory = datasets::the_glory();
    let dots = datasets::descendants_of_the_sun();
    for id in ["song-hye-kyo", "kim-eun-sook"] {
        assert_eq!(
            glory.person(id).unwrap().native_name(),
            dots.person(id).unwrap().native_name(),
            "{id}"
        );
    }
}
