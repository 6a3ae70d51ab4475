//! Property tests: generated valid series survive JSON → Series → JSON unchanged.

use kdrama::{
    Alias, AliasKind, AuthorityTier, Billing, Character, Claim, CrewCredit, CrewRole, Episode,
    LifeStage, Part, Party, Person, Portrayal, Release, Series, Source, SourceId, Statement,
    Verdict,
};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    "[A-Za-z가-힣][A-Za-z가-힣 '.-]{0,12}[A-Za-z가-힣]"
}

fn release(day: i64) -> impl Strategy<Value = Release> {
    // Days after 2000-01-01, in Seoul (no summer time since 1988, so +09:00).
    let date = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Duration::days(day);
    prop_oneof![
        Just(Release::year(chrono::Datelike::year(&date)).unwrap()),
        Just(
            Release::month(
                chrono::Datelike::year(&date),
                chrono::Datelike::month(&date)
            )
            .unwrap()
        ),
        Just(Release::day(date).unwrap()),
        (0u32..24, 0u32..60).prop_map(move |(h, m)| {
            let at = date
                .and_hms_opt(h, m, 0)
                .unwrap()
                .and_local_timezone(chrono::FixedOffset::east_opt(9 * 3600).unwrap());
            Release::exact(at.unwrap()).unwrap()
        }),
    ]
}

fn series() -> impl Strategy<Value = Series> {
    let people = prop::collection::vec(
        (
            text(),
            prop::option::of(text()),
            prop::collection::vec(text(), 0..3),
        ),
        1..5,
    );
    let parts = prop::collection::vec(1usize..5, 1..4);
    let releases = prop::collection::vec(0i64..3, 4).prop_flat_map(|gaps| {
        // Parts are released years apart, so any precision keeps them in order.
        let days: Vec<i64> = gaps
            .iter()
            .enumerate()
            .map(|(i, g)| i as i64 * 800 + g)
            .collect();
        days.into_iter().map(release).collect::<Vec<_>>()
    });
    (text(), people, parts, releases, any::<bool>(), text()).prop_map(
        |(title, people, parts, releases, refuted, summary)| {
            let src: SourceId = "s".parse().unwrap();
            let mut b = Series::builder("generated".parse().unwrap(), title)
                .source(Source::new(
                    src.clone(),
                    "Example",
                    "https://example.com/a",
                    AuthorityTier::Press,
                ))
                .cite(src.clone());
            let mut episode = 1;
            for (i, count) in parts.iter().enumerate() {
                let mut part = Part::new(i as u32 + 1, releases[i]).citing(src.clone());
                for _ in 0..*count {
                    part = part.with_episode(Episode::new(episode));
                    episode += 1;
                }
                b = b.part(part);
            }
            for (i, (name, native, aliases)) in people.into_iter().enumerate() {
                let pid = format!("p{i}").parse().unwrap();
                let cid: kdrama::CharacterId = format!("c{i}").parse().unwrap();
                let mut person = Person::new(pid, name.clone()).citing(src.clone());
                if let Some(native) = native {
                    person = person.with_native_name(native);
                }
                for a in aliases {
                    person = person.with_alias(Alias::new(a, AliasKind::Romanization));
                }
                let pid = person.id().clone();
                b = b
                    .person(person)
                    .character(Character::new(cid.clone(), name).citing(src.clone()))
                    .portrayal(
                        Portrayal::new(pid.clone(), cid, LifeStage::Adult)
                            .with_billing(Billing::Main)
                            .citing(src.clone()),
                    )
                    .crew(CrewCredit::new(pid, CrewRole::Writer).citing(src.clone()));
            }
            let verdict = if refuted {
                Verdict::Refuted
            } else {
                Verdict::Unverified
            };
            b = b
                .claim(
                    Claim::new(
                        "c".parse().unwrap(),
                        summary.clone(),
                        "2020-01".parse().unwrap(),
                        verdict,
                    )
                    .citing(src.clone()),
                )
                .statement(
                    Statement::new(
                        "s".parse().unwrap(),
                        Party::Other("a studio".into()),
                        "2020-02-01".parse().unwrap(),
                        summary,
                    )
                    .answering("c".parse().unwrap())
                    .citing(src),
                );
            b.build_strict().expect("generated series are valid")
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn json_round_trip_is_lossless(series in series()) {
        let json = series.to_json().unwrap();
        let back = Series::from_json(&json).unwrap();
        prop_assert_eq!(&back, &series);
        prop_assert_eq!(back.to_json().unwrap(), json);
    }

    #[test]
    fn release_text_round_trips(r in (0i64..3000).prop_flat_map(release)) {
        let text = r.to_string();
        prop_assert_eq!(text.parse::<Release>().unwrap(), r);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let _ = Series::from_json_slice(&bytes, kdrama::Strictness::Lenient);
    }
}
