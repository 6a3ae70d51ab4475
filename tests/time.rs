//! Time: zones, status, countdowns and what was known when, on both datasets.
//!
//! Expected local times are written down from the tz database's rules for
//! each zone, not computed by the code under test.

#![cfg(feature = "datasets")]

use chrono::{DateTime, Duration, TimeZone, Utc};
use kdrama::{LocalRelease, Release, Series, SeriesStatus, Status, Zone, datasets};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

/// (zone, Part 1 local, Part 2 local, abbreviation at both, day shift at both)
const ZONES: &[(&str, &str, &str, &str, i64)] = &[
    (
        "Asia/Seoul",
        "2022-12-30T17:00+09:00",
        "2023-03-10T17:00+09:00",
        "KST",
        0,
    ),
    (
        "UTC",
        "2022-12-30T08:00+00:00",
        "2023-03-10T08:00+00:00",
        "UTC",
        0,
    ),
    (
        "America/Los_Angeles",
        "2022-12-30T00:00-08:00",
        "2023-03-10T00:00-08:00",
        "PST",
        0,
    ),
    (
        "Pacific/Honolulu",
        "2022-12-29T22:00-10:00",
        "2023-03-09T22:00-10:00",
        "HST",
        -1,
    ),
    (
        "Pacific/Pago_Pago",
        "2022-12-29T21:00-11:00",
        "2023-03-09T21:00-11:00",
        "SST",
        -1,
    ),
    (
        "America/New_York",
        "2022-12-30T03:00-05:00",
        "2023-03-10T03:00-05:00",
        "EST",
        0,
    ),
    // Cuba's 2023 summer time began on 12 March, after Part 2.
    (
        "America/Havana",
        "2022-12-30T03:00-05:00",
        "2023-03-10T03:00-05:00",
        "CST",
        0,
    ),
    // Mexico abolished summer time on 2022-10-30 (tzdata 2022f).
    (
        "America/Mexico_City",
        "2022-12-30T02:00-06:00",
        "2023-03-10T02:00-06:00",
        "CST",
        0,
    ),
    (
        "America/St_Johns",
        "2022-12-30T04:30-03:30",
        "2023-03-10T04:30-03:30",
        "NST",
        0,
    ),
    (
        "America/Sao_Paulo",
        "2022-12-30T05:00-03:00",
        "2023-03-10T05:00-03:00",
        "-03",
        0,
    ),
    // Southern-hemisphere summer time: Chile until 2023-04-02.
    (
        "America/Santiago",
        "2022-12-30T05:00-03:00",
        "2023-03-10T05:00-03:00",
        "-03",
        0,
    ),
    (
        "America/Caracas",
        "2022-12-30T04:00-04:00",
        "2023-03-10T04:00-04:00",
        "-04",
        0,
    ),
    // Greenland moved to -02 only on 2023-03-25.
    (
        "America/Nuuk",
        "2022-12-30T05:00-03:00",
        "2023-03-10T05:00-03:00",
        "-03",
        0,
    ),
    (
        "Europe/London",
        "2022-12-30T08:00+00:00",
        "2023-03-10T08:00+00:00",
        "GMT",
        0,
    ),
    (
        "Europe/Dublin",
        "2022-12-30T08:00+00:00",
        "2023-03-10T08:00+00:00",
        "GMT",
        0,
    ),
    (
        "Europe/Berlin",
        "2022-12-30T09:00+01:00",
        "2023-03-10T09:00+01:00",
        "CET",
        0,
    ),
    // The Kyiv spelling entered the database in 2022b.
    (
        "Europe/Kyiv",
        "2022-12-30T10:00+02:00",
        "2023-03-10T10:00+02:00",
        "EET",
        0,
    ),
    // Morocco leaves +01 for Ramadan; in 2023 only from 19 March.
    (
        "Africa/Casablanca",
        "2022-12-30T09:00+01:00",
        "2023-03-10T09:00+01:00",
        "+01",
        0,
    ),
    (
        "Asia/Tehran",
        "2022-12-30T11:30+03:30",
        "2023-03-10T11:30+03:30",
        "+0330",
        0,
    ),
    (
        "Asia/Kabul",
        "2022-12-30T12:30+04:30",
        "2023-03-10T12:30+04:30",
        "+0430",
        0,
    ),
    (
        "Asia/Kolkata",
        "2022-12-30T13:30+05:30",
        "2023-03-10T13:30+05:30",
        "IST",
        0,
    ),
    (
        "Asia/Kathmandu",
        "2022-12-30T13:45+05:45",
        "2023-03-10T13:45+05:45",
        "+0545",
        0,
    ),
    (
        "Asia/Shanghai",
        "2022-12-30T16:00+08:00",
        "2023-03-10T16:00+08:00",
        "CST",
        0,
    ),
    (
        "Australia/Eucla",
        "2022-12-30T16:45+08:45",
        "2023-03-10T16:45+08:45",
        "+0845",
        0,
    ),
    (
        "Asia/Tokyo",
        "2022-12-30T17:00+09:00",
        "2023-03-10T17:00+09:00",
        "JST",
        0,
    ),
    // Pyongyang returned from +08:30 to +09:00 in 2018.
    (
        "Asia/Pyongyang",
        "2022-12-30T17:00+09:00",
        "2023-03-10T17:00+09:00",
        "KST",
        0,
    ),
    // Summer time in Australia and New Zealand until 2 April 2023.
    (
        "Australia/Adelaide",
        "2022-12-30T18:30+10:30",
        "2023-03-10T18:30+10:30",
        "ACDT",
        0,
    ),
    (
        "Australia/Sydney",
        "2022-12-30T19:00+11:00",
        "2023-03-10T19:00+11:00",
        "AEDT",
        0,
    ),
    (
        "Australia/Lord_Howe",
        "2022-12-30T19:00+11:00",
        "2023-03-10T19:00+11:00",
        "+11",
        0,
    ),
    (
        "Pacific/Auckland",
        "2022-12-30T21:00+13:00",
        "2023-03-10T21:00+13:00",
        "NZDT",
        0,
    ),
    (
        "Pacific/Chatham",
        "2022-12-30T21:45+13:45",
        "2023-03-10T21:45+13:45",
        "+1345",
        0,
    ),
    (
        "Pacific/Kiritimati",
        "2022-12-30T22:00+14:00",
        "2023-03-10T22:00+14:00",
        "+14",
        0,
    ),
];

#[test]
fn both_parts_of_the_glory_in_every_zone() {
    let glory = datasets::the_glory();
    let home = glory.home_zone();
    assert!(ZONES.len() >= 20);
    for &(name, part_1, part_2, abbreviation, shift) in ZONES {
        let zone = Zone::from_name(name).unwrap();
        for (number, expected) in [(1, part_1), (2, part_2)] {
            let LocalRelease::Exact(t) = glory.part(number).unwrap().release().in_zone(home, zone)
            else {
                panic!("part {number} is exact");
            };
            assert_eq!(t.to_string(), expected, "{name} part {number}");
            assert_eq!(t.abbreviation(), abbreviation, "{name} part {number}");
            assert_eq!(t.day_shift(), shift, "{name} part {number}");
        }
    }
}

#[test]
fn rules_changed_after_2022_are_applied() {
    // Mexico City kept -06:00 through the summer of 2023 (tzdata 2022f);
    // the older 2022a rules would say -05:00.
    let mexico = Zone::from_name("America/Mexico_City").unwrap();
    assert_eq!(
        mexico.local(utc(2023, 6, 1, 12, 0)).to_rfc3339(),
        "2023-06-01T06:00:00-06:00"
    );
    // Greenland's move to -02 on 2023-03-25 (tzdata 2022g), and no summer time in 2023.
    let nuuk = Zone::from_name("America/Nuuk").unwrap();
    assert_eq!(
        nuuk.offset_at(utc(2023, 12, 1, 12, 0)).to_string(),
        "-02:00"
    );
}

#[test]
fn the_tz_database_is_from_2026_or_later() {
    // tzdata 2026e: Manitoba stays on -05 (EST) from 2026-11-01; before,
    // America/Winnipeg was -06 (CST) every winter.
    let winnipeg = Zone::from_name("America/Winnipeg").unwrap();
    assert_eq!(
        winnipeg.offset_at(utc(2025, 12, 15, 12, 0)).to_string(),
        "-06:00"
    );
    assert_eq!(
        winnipeg.offset_at(utc(2026, 12, 15, 12, 0)).to_string(),
        "-05:00"
    );
    assert_eq!(winnipeg.abbreviation_at(utc(2026, 12, 15, 12, 0)), "EST");
    // tzdata 2026b: British Columbia stays on -07 (MST).
    let vancouver = Zone::from_name("America/Vancouver").unwrap();
    assert_eq!(
        vancouver.offset_at(utc(2026, 12, 15, 12, 0)).to_string(),
        "-07:00"
    );
}

#[test]
fn unknown_zone_is_a_typed_error_naming_it() {
    let err = Zone::from_name("Asia/Gotham").unwrap_err();
    assert!(matches!(err, kdrama::Error::UnknownZone { ref name, .. } if name == "Asia/Gotham"));
}

#[test]
fn imprecise_releases_convert_as_windows() {
    let home = Zone::seoul();
    let la = Zone::from_name("America/Los_Angeles").unwrap();
    let march: Release = "2023-03".parse().unwrap();
    // US summer time began on 12 March, inside the window.
    assert_eq!(
        march.in_zone(home, la).to_string(),
        "2023-02-28T07:00-08:00/2023-03-31T08:00-07:00"
    );
    let day: Release = "2023-03-10".parse().unwrap();
    let LocalRelease::Window { start, end, .. } = day.in_zone(home, la) else {
        panic!("a day is a window");
    };
    assert_eq!(
        (start.to_string(), start.day_shift()),
        ("2023-03-09T07:00-08:00".to_owned(), -1)
    );
    assert_eq!(
        (end.to_string(), end.day_shift()),
        ("2023-03-10T07:00-08:00".to_owned(), -1)
    );
    assert_eq!(
        Release::unannounced().in_zone(home, la),
        LocalRelease::Unannounced
    );
}

/// A series whose home zone observes summer time, to exercise skipped and
/// repeated local times.
fn new_york_series(releases: &[&str]) -> kdrama::Result<Series> {
    let mut b =
        Series::builder("ny".parse()?, "NY").home_zone(Zone::from_name("America/New_York")?);
    for (i, r) in releases.iter().enumerate() {
        b = b.part(kdrama::Part::new(i as u32 + 1, r.parse()?));
    }
    b.build()
}

#[test]
fn days_with_skipped_and_repeated_hours() {
    let ny = Zone::from_name("America/New_York").unwrap();
    // 2023-03-12 lost an hour (02:00 → 03:00): a 23-hour day.
    let spring = "2023-03-12".parse::<Release>().unwrap().window(ny).unwrap();
    assert_eq!(spring.start().to_rfc3339(), "2023-03-12T05:00:00+00:00");
    assert_eq!(spring.end().to_rfc3339(), "2023-03-13T04:00:00+00:00");
    // 2023-11-05 repeated 01:00–02:00: a 25-hour day.
    let autumn = "2023-11-05".parse::<Release>().unwrap().window(ny).unwrap();
    assert_eq!((autumn.end() - autumn.start()).num_hours(), 25);
    // Both readings of the repeated 01:30 are valid exact releases ...
    assert!(new_york_series(&["2023-11-05T01:30-04:00", "2023-11-05T01:30-05:00"]).is_ok());
    // ... but a skipped wall-clock time written with the old offset is not:
    // 2023-03-12T02:30-05:00 is 07:30Z, when New York was already on -04:00.
    let err = new_york_series(&["2023-03-12T02:30-05:00"]).unwrap_err();
    let v = err.violations().unwrap().iter().next().unwrap();
    assert_eq!(v.kind(), kdrama::ViolationKind::WrongOffset);
    assert_eq!(
        v.message(),
        "release 2023-03-12T02:30-05:00 has offset -05:00: expected -04:00, the offset of America/New_York at that instant"
    );
}

#[test]
fn status_of_an_exact_release_before_at_and_after() {
    let glory = datasets::the_glory();
    let part_2 = glory.part(2).unwrap();
    let seoul = glory.home_zone();
    assert_eq!(
        part_2.status_at(seoul, utc(2023, 3, 10, 7, 59)),
        Status::Upcoming {
            until: Duration::minutes(1)
        }
    );
    assert_eq!(
        part_2.status_at(seoul, utc(2023, 3, 10, 8, 0)),
        Status::Released {
            since: Duration::zero()
        }
    );
    assert_eq!(
        part_2.status_at(seoul, utc(2023, 3, 11, 8, 0)),
        Status::Released {
            since: Duration::days(1)
        }
    );
}

#[test]
fn status_of_what_was_announced_is_uncertain_inside_its_window() {
    let glory = datasets::the_glory();
    let part_2 = glory.part(2).unwrap();
    let seoul = glory.home_zone();
    let date = |d: &str| d.parse().unwrap();
    // On 1 January 2023 only "March" was known.
    let known = part_2.release_known_on(date("2023-01-01"), seoul);
    assert_eq!(known.to_string(), "2023-03");
    assert_eq!(
        known.status_at(seoul, utc(2023, 2, 28, 14, 0)),
        Status::Upcoming {
            until: Duration::hours(1)
        }
    );
    assert_eq!(
        known.status_at(seoul, utc(2023, 3, 5, 0, 0)),
        Status::Uncertain {
            since_start: Duration::hours(105),
            until_end: Duration::hours(639)
        }
    );
    assert_eq!(
        known.status_at(seoul, utc(2023, 3, 31, 15, 0)),
        Status::Released {
            since: Duration::zero()
        }
    );
    // From 18 January the day was known: a 24-hour window in Seoul.
    let known = part_2.release_known_on(date("2023-01-18"), seoul);
    assert_eq!(known.to_string(), "2023-03-10");
    assert_eq!(
        known.status_at(seoul, utc(2023, 3, 10, 0, 0)),
        Status::Uncertain {
            since_start: Duration::hours(9),
            until_end: Duration::hours(15)
        }
    );
}

#[test]
fn what_was_known_when() {
    let glory = datasets::the_glory();
    let seoul = glory.home_zone();
    let known = |part: u32, d: &str| {
        glory
            .part(part)
            .unwrap()
            .release_known_on(d.parse().unwrap(), seoul)
            .to_string()
    };
    assert_eq!(known(2, "2022-12-19"), "unannounced");
    assert_eq!(known(2, "2022-12-20"), "2023-03");
    assert_eq!(known(2, "2023-01-17"), "2023-03");
    assert_eq!(known(2, "2023-01-18"), "2023-03-10");
    assert_eq!(known(2, "2023-03-09"), "2023-03-10");
    assert_eq!(known(2, "2023-03-10"), "2023-03-10T17:00+09:00");
    assert_eq!(known(1, "2022-11-30"), "unannounced");
    assert_eq!(known(1, "2022-12-01"), "2022-12-30");
    assert_eq!(known(1, "2022-12-30"), "2022-12-30T17:00+09:00");
    // Descendants of the Sun has no recorded announcements.
    let dots = datasets::descendants_of_the_sun();
    let part = dots.part(1).unwrap();
    assert_eq!(
        part.release_known_on("2016-02-23".parse().unwrap(), seoul)
            .to_string(),
        "unannounced"
    );
    assert_eq!(
        part.release_known_on("2016-02-24".parse().unwrap(), seoul)
            .to_string(),
        "2016-02-24T22:00+09:00"
    );
}

#[test]
fn broadcast_episodes_each_have_their_own_instant() {
    let dots = datasets::descendants_of_the_sun();
    let units: Vec<(String, String)> = dots
        .release_units()
        .map(|u| (u.label(), u.release().to_string()))
        .collect();
    // 16 episodes, then the three specials.
    assert_eq!(units.len(), 19);
    assert_eq!(
        units[0],
        ("Episode 1".to_owned(), "2016-02-24T22:00+09:00".to_owned())
    );
    assert_eq!(
        units[14],
        ("Episode 15".to_owned(), "2016-04-13T22:00+09:00".to_owned())
    );
    assert_eq!(
        units[15],
        ("Episode 16".to_owned(), "2016-04-14T22:00+09:00".to_owned())
    );
    // A weekly slot: every episode airs on a Wednesday or Thursday at 22:00 KST.
    for unit in dots.release_units().filter(|u| u.special().is_none()) {
        let at = unit.release().instant().unwrap();
        use chrono::{Datelike, Timelike, Weekday};
        assert!(
            matches!(at.weekday(), Weekday::Wed | Weekday::Thu),
            "{}",
            unit.label()
        );
        assert_eq!((at.hour(), at.minute()), (22, 0));
    }
}

#[test]
fn episode_status_and_countdown_on_a_broadcast() {
    let dots = datasets::descendants_of_the_sun();
    // Episode 3 aired at 22:00 KST = 13:00 UTC on 2 March 2016.
    assert_eq!(
        dots.episode_status(3, utc(2016, 3, 2, 12, 59)),
        Some(Status::Upcoming {
            until: Duration::minutes(1)
        })
    );
    assert_eq!(
        dots.episode_status(3, utc(2016, 3, 2, 13, 0)),
        Some(Status::Released {
            since: Duration::zero()
        })
    );
    assert_eq!(dots.episode_status(17, utc(2016, 3, 2, 13, 0)), None);
    let (unit, status) = dots.next_release(utc(2016, 3, 1, 13, 0)).unwrap();
    assert_eq!(
        (unit.label(), status),
        (
            "Episode 3".to_owned(),
            Status::Upcoming {
                until: Duration::days(1)
            }
        )
    );
    let available: Vec<u32> = dots
        .episodes_available_at(utc(2016, 3, 10, 13, 0))
        .map(|(_, e, _)| e.number())
        .collect();
    assert_eq!(available, [1, 2, 3, 4, 5, 6]);
    // After the finale, the next unit is the first special.
    let (next, _) = dots.next_release(utc(2016, 4, 14, 13, 0)).unwrap();
    assert!(
        next.special()
            .is_some_and(|s| s.id().as_str() == "special-1")
    );
    assert!(dots.next_release(utc(2016, 4, 22, 12, 35)).is_none());
}

#[test]
fn series_status_before_during_and_after() {
    let dots = datasets::descendants_of_the_sun();
    assert_eq!(
        dots.status_at(utc(2016, 2, 24, 12, 0)),
        SeriesStatus::NotStarted {
            next: Status::Upcoming {
                until: Duration::hours(1)
            }
        }
    );
    assert!(matches!(
        dots.status_at(utc(2016, 3, 5, 0, 0)),
        SeriesStatus::InProgress {
            released: 4,
            total: 19,
            next: Status::Upcoming { .. }
        }
    ));
    assert_eq!(
        dots.status_at(utc(2016, 4, 23, 12, 35)),
        SeriesStatus::Complete {
            since: Duration::days(1)
        }
    );
    let glory = datasets::the_glory();
    let (unit, status) = glory.next_release(utc(2023, 1, 1, 0, 0)).unwrap();
    assert_eq!(unit.label(), "Part 2");
    assert!(matches!(status, Status::Upcoming { .. }));
    assert_eq!(
        glory.episodes_available_at(utc(2023, 1, 1, 0, 0)).count(),
        8
    );
    assert_eq!(
        glory.episodes_available_at(utc(2023, 3, 10, 8, 0)).count(),
        16
    );
    assert_eq!(
        glory
            .episodes_available_at(utc(2022, 12, 30, 7, 59))
            .count(),
        0
    );
}

#[test]
fn uncertain_episodes_are_told_apart_from_released_ones() {
    // Part 2 known only to the month: inside March its episodes are uncertain.
    let series = Series::builder("x".parse().unwrap(), "X")
        .part(
            kdrama::Part::new(1, "2023-01-06T17:00+09:00".parse().unwrap())
                .with_episode(kdrama::Episode::new(1)),
        )
        .part(
            kdrama::Part::new(2, "2023-03".parse().unwrap()).with_episode(kdrama::Episode::new(2)),
        )
        .build()
        .unwrap();
    let statuses: Vec<(u32, &str)> = series
        .episodes_available_at(utc(2023, 3, 15, 0, 0))
        .map(|(_, e, s)| (e.number(), s.as_str()))
        .collect();
    assert_eq!(statuses, [(1, "released"), (2, "uncertain")]);
}
