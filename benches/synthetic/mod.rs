//! A deterministic generator of valid series shaped like the embedded ones:
//! 2 parts of 8 episodes, 20 cast credits over 20 characters, 5 crew credits,
//! 30 sources, media with lifecycle events, claims and statements, events.
//! People come from a shared pool, so filmographies and collaborations span
//! series; a person's names depend only on their id, so the catalog is
//! consistent.

use serde_json::{Value, json};

const SYLLABLES: &[&str] = &[
    "min", "ji", "hye", "kyo", "sung", "il", "yeon", "do", "hyun", "eun", "soo", "jae", "woo",
    "ra", "na", "bin",
];
const FAMILY: &[&str] = &[
    "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han", "Song", "Lim",
];

fn given(rng: &mut fastrand::Rng) -> String {
    let a = SYLLABLES[rng.usize(..SYLLABLES.len())];
    let b = SYLLABLES[rng.usize(..SYLLABLES.len())];
    let mut s = String::from(a);
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    format!("{s}-{b}")
}

/// The name of pool person `n`, the same in every series.
pub fn person_name(n: usize) -> String {
    let mut rng = fastrand::Rng::with_seed(n as u64 ^ 0x9e37_79b9);
    format!("{} {}", FAMILY[rng.usize(..FAMILY.len())], given(&mut rng))
}

/// The size of the shared pool of people for a catalog of `series` series.
pub fn pool(series: usize) -> usize {
    (series * 5).max(25)
}

/// Series `i` of a catalog of `total`, as JSON.
pub fn series_json(i: usize, total: usize) -> String {
    let mut rng = fastrand::Rng::with_seed(i as u64);
    let pool = pool(total);
    let s = |k: usize| format!("s{}", k % 30);
    let sources: Vec<Value> = (0..30)
        .map(|k| {
            let tier = ["official", "press", "reference", "aggregator", "community"][k % 5];
            json!({"id": s(k), "publisher": "Example News", "url": format!("https://example.com/{i}/{k}"), "published": "2020-01-01", "authority": tier})
        })
        .collect();
    let day0 = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap()
        + chrono::Duration::hours(7 * i as i64);
    let release = |days: i64, hour: u32| {
        format!(
            "{}T{hour:02}:00+09:00",
            (day0 + chrono::Duration::days(days)).format("%Y-%m-%d")
        )
    };
    let parts: Vec<Value> = (0..2)
        .map(|p| {
            let episodes: Vec<Value> = (1..=8).map(|e| json!({"number": p * 8 + e})).collect();
            json!({"number": p + 1, "release": release(p as i64 * 60, 17),
                   "announcements": [{"on": (day0 - chrono::Duration::days(30)).format("%Y-%m-%d").to_string(), "release": "unannounced", "cites": [s(p)]}],
                   "episodes": episodes, "cites": [s(p)]})
        })
        .collect();
    let mut person_ids: Vec<usize> = (0..25).map(|_| rng.usize(..pool)).collect();
    person_ids.sort_unstable();
    person_ids.dedup();
    let people: Vec<Value> = person_ids
        .iter()
        .map(|&n| {
            let name = person_name(n);
            json!({"id": format!("p{n}"), "name": name, "aliases": [{"name": name.replace('-', " "), "kind": "romanization"}, {"name": format!("{name}x"), "kind": "misspelling"}], "cites": [s(n)]})
        })
        .collect();
    let characters: Vec<Value> = (0..20)
        .map(|c| json!({"id": format!("c{c}"), "name": format!("{} {}", FAMILY[c % FAMILY.len()], given(&mut rng)), "aliases": [{"name": format!("char{c}"), "kind": "short_form"}], "occupation": "teacher", "description": "A character.", "cites": [s(c)]}))
        .collect();
    let cast: Vec<Value> = (0..20)
        .map(|c| json!({"person": format!("p{}", person_ids[c % person_ids.len()]), "character": format!("c{c}"), "stage": if c % 4 == 3 { "young" } else { "adult" }, "billing": if c == 0 { "lead" } else { "main" }, "cites": [s(c)]}))
        .collect();
    let crew: Vec<Value> = ["writer", "director", "producer", "composer", "editor"]
        .iter()
        .enumerate()
        .map(|(k, role)| json!({"person": format!("p{}", person_ids[(k + 20) % person_ids.len()]), "role": role, "cites": [s(k)]}))
        .collect();
    let relationships: Vec<Value> = (0..10)
        .map(|k| json!({"from": format!("c{k}"), "kind": "ally", "to": format!("c{}", k + 10), "cites": [s(k)]}))
        .collect();
    let media: Vec<Value> = (0..6)
        .map(|k| json!({"id": format!("m{k}"), "kind": "character_poster", "title": format!("Poster {k}"), "part": 1 + k % 2,
                        "depicts": [format!("c{k}")], "motifs": ["flower"],
                        "events": [{"action": "published", "date": release(-20 + k as i64, 10), "cites": [s(k)]}], "cites": [s(k)]}))
        .collect();
    let data = json!({
        "format": 1, "id": format!("series-{i}"), "updated": "2026-11-24T00:00:00Z",
        "titles": {"english": format!("Series {i}"), "native": "드라마", "romanizations": [{"system": "revised", "text": "Deurama"}]},
        "original_language": "ko", "country": "KR", "platform": "net",
        "genres": ["thriller"], "age_rating": "15+", "premise": "A synthetic premise.",
        "production_companies": ["studio"], "cites": [s(0)],
        "parts": parts, "people": people, "characters": characters, "cast": cast, "relationships": relationships, "crew": crew,
        "organizations": [{"id": "net", "name": "Net", "kind": "platform", "cites": [s(1)]}, {"id": "studio", "name": "Studio", "kind": "production_company", "cites": [s(2)]}],
        "motifs": [{"id": "flower", "name": "Flower", "interpretations": [{"meaning": "hope", "authority": "fan", "cites": [s(3)]}], "cites": [s(3)]}],
        "media": media,
        "claims": [{"id": "rumour", "summary": "A rumour.", "subjects": [format!("p{}", person_ids[0])], "first_seen": release(-5, 12), "spread_by": [{"other": "a forum"}], "verdict": "refuted", "cites": [s(4)]}],
        "statements": [{"id": "denial", "speaker": {"organization": "net"}, "date": release(-4, 12), "summary": "It is not true.", "answers": ["rumour"], "cites": [s(5)]}],
        "events": [{"id": "presscon", "kind": "press_conference", "name": "Press conference", "date": release(-10, 14), "participants": [format!("p{}", person_ids[0])], "cites": [s(6)]}],
        "sources": sources,
    });
    data.to_string()
}

/// The Hangul of each romanized syllable the generator uses.
const HANGUL: &[(&str, &str)] = &[
    ("kim", "김"),
    ("lee", "이"),
    ("park", "박"),
    ("choi", "최"),
    ("jung", "정"),
    ("kang", "강"),
    ("yoon", "윤"),
    ("han", "한"),
    ("song", "송"),
    ("lim", "임"),
    ("min", "민"),
    ("ji", "지"),
    ("hye", "혜"),
    ("kyo", "교"),
    ("sung", "성"),
    ("il", "일"),
    ("yeon", "연"),
    ("do", "도"),
    ("hyun", "현"),
    ("eun", "은"),
    ("soo", "수"),
    ("jae", "재"),
    ("woo", "우"),
    ("ra", "라"),
    ("na", "나"),
    ("bin", "빈"),
];

#[allow(dead_code)] // benches/search.rs only
/// The Hangul spelling of a generated name (`Kim Min-ji` → 김민지).
pub fn native_name(name: &str) -> String {
    name.split([' ', '-'])
        .map(|syllable| {
            let lower = syllable.to_ascii_lowercase();
            HANGUL
                .iter()
                .find(|(latin, _)| *latin == lower)
                .map_or("?", |(_, hangul)| hangul)
        })
        .collect()
}

#[allow(dead_code)] // benches/search.rs only
/// Series `i` of a catalog of `total`, as JSON, with a Hangul native name on
/// every person and character (as the embedded datasets have).
pub fn korean_series_json(i: usize, total: usize) -> String {
    let mut data: Value = serde_json::from_str(&series_json(i, total)).expect("valid json");
    for list in ["people", "characters"] {
        if let Some(Value::Array(records)) = data.get_mut(list) {
            for record in records {
                let name = record["name"].as_str().unwrap_or_default().to_owned();
                record["native_name"] = Value::String(native_name(&name));
            }
        }
    }
    data.to_string()
}
