//! Peak heap memory of rejecting hostile input, as a multiple of its size.
//!
//! ```text
//! cargo bench --bench reject_memory
//! ```
//!
//! Each input is just under `MAX_INPUT_BYTES` and invalid, built to make the
//! loader do as much work as possible before it can refuse: lists at their
//! limits, minimal records, one huge text, violations by the hundred
//! thousand, a problem only found after everything is read. The peak is
//! measured by dhat's counting allocator (bytes requested, not pages
//! resident) around `Series::from_json` alone.

use kdrama::{MAX_INPUT_BYTES, MAX_ITEMS, MAX_RECORDS, Series};

#[global_allocator]
static ALLOC: dhat::Alloc = dhat::Alloc;

/// The head of a series up to its first list, which the cases fill.
const HEAD: &str =
    r#"{"format":1,"id":"x","titles":{"english":"X"},"original_language":"ko","country":"KR""#;

/// Repeats `item(i)` (comma-separated) until the whole text would pass
/// `budget` bytes or `max` items.
fn fill(budget: usize, max: usize, mut item: impl FnMut(usize) -> String) -> String {
    let mut out = String::with_capacity(budget.min(MAX_INPUT_BYTES));
    for i in 0..max {
        let next = item(i);
        if out.len() + next.len() + 1 > budget {
            break;
        }
        if i > 0 {
            out.push(',');
        }
        out.push_str(&next);
    }
    out
}

fn cases() -> Vec<(&'static str, String)> {
    let room = MAX_INPUT_BYTES - 4096;
    let mut cases = Vec::new();
    // The issue's case: a list of zeros (dangling episode numbers).
    let zeros = fill(room, usize::MAX, |_| "0".to_owned());
    cases.push((
        "16 MiB of [0,0,…] as a portrayal's episodes",
        format!(r#"{HEAD},"characters":[{{"id":"c","name":"C"}}],"cast":[{{"character":"c","stage":"adult","episodes":[{zeros}]}}]}}"#),
    ));
    let dangling = fill(room, MAX_RECORDS, |_| "0".to_owned());
    cases.push((
        "100 000 dangling episode numbers (violations by the thousand)",
        format!(r#"{HEAD},"characters":[{{"id":"c","name":"C"}}],"cast":[{{"character":"c","stage":"adult","episodes":[{dangling}]}}]}}"#),
    ));
    let cites = fill(room, usize::MAX, |_| r#""a""#.to_owned());
    cases.push((
        "16 MiB of cites on one record",
        format!(r#"{HEAD},"cites":[{cites}]}}"#),
    ));
    let text = "a".repeat(room);
    cases.push((
        "one 16 MiB title",
        format!(r#"{HEAD},"premise":"{text}"}}"#),
    ));
    // Minimal records in every top-level list, each list at its limit,
    // until the input is full; the problem is found only at the end.
    let per_list = room / 6;
    let people = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"id":"p{i}","name":"P"}}"#)
    });
    let characters = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"id":"c{i}","name":"C"}}"#)
    });
    let cast = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"character":"c{i}","stage":"adult"}}"#)
    });
    let crew = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"person":"p{i}","role":"writer"}}"#)
    });
    let sources = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"id":"s{i}","publisher":"P","url":"https://a.b/","authority":"press"}}"#)
    });
    let events = fill(per_list, MAX_RECORDS, |i| {
        format!(r#"{{"id":"e{i}","kind":"announcement","name":"E","date":"2023"}}"#)
    });
    cases.push((
        "minimal records in six lists, one dangling reference at the end",
        format!(
            r#"{HEAD},"people":[{people}],"characters":[{characters}],"cast":[{cast}],"crew":[{crew}],"events":[{events}],"sources":[{sources}],"platform":"nowhere"}}"#
        ),
    ));
    let aliases = fill(room / 2, MAX_RECORDS, |i| {
        let list = fill(usize::MAX, MAX_ITEMS.min(8), |j| {
            format!(r#"{{"name":"a{j}","kind":"romanization"}}"#)
        });
        format!(r#"{{"id":"p{i}","name":"P","aliases":[{list}]}}"#)
    });
    cases.push((
        "people with aliases, then trailing garbage",
        format!(r#"{HEAD},"people":[{aliases}]}} trailing"#),
    ));
    // The smallest records for their size in memory: episodes (13 bytes of
    // JSON each, all numbered 1), many parts of them.
    let parts = fill(room, usize::MAX, |p| {
        let episodes = fill(room / 12, MAX_RECORDS, |_| r#"{"number":1}"#.to_owned());
        format!(
            r#"{{"number":{},"release":"2023","episodes":[{episodes}]}}"#,
            p + 1
        )
    });
    cases.push((
        "parts of minimal episodes, one dangling reference at the end",
        format!(r#"{HEAD},"parts":[{parts}],"platform":"nowhere"}}"#),
    ));
    let media = fill(room, MAX_RECORDS, |i| {
        format!(r#"{{"id":"m{i}","kind":"still","title":"M"}}"#)
    });
    cases.push((
        "100 000 minimal media assets, one dangling reference at the end",
        format!(r#"{HEAD},"media":[{media}],"platform":"nowhere"}}"#),
    ));
    let strings = fill(room, usize::MAX, |i| format!(r#"{{"id":"s{i}"}}"#));
    cases.push((
        "16 MiB of incomplete sources",
        format!(r#"{HEAD},"sources":[{strings}]}}"#),
    ));
    cases
}

fn main() {
    let names: Vec<&str> = cases().iter().map(|(name, _)| *name).collect();
    match std::env::var("KDRAMA_REJECT_CASE") {
        // One case in this process, so that dhat's all-time peak is its own.
        Ok(index) => run_one(index.parse().expect("a case index")),
        Err(_) => {
            println!("| input | bytes | peak heap above the input | × input | outcome |");
            println!("|---|---|---|---|---|");
            for index in 0..names.len() {
                let out = std::process::Command::new(std::env::current_exe().unwrap())
                    .env("KDRAMA_REJECT_CASE", index.to_string())
                    .output()
                    .expect("the bench runs itself");
                print!("{}", String::from_utf8_lossy(&out.stdout));
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }
}

fn run_one(index: usize) {
    let (name, json) = cases().swap_remove(index);
    assert!(
        json.len() <= MAX_INPUT_BYTES,
        "{name}: {} bytes",
        json.len()
    );
    let _profiler = dhat::Profiler::builder().testing().build();
    // Everything live now (the input) is the baseline; the peak above it is
    // what loading costs.
    let baseline = dhat::HeapStats::get().curr_bytes;
    let outcome = Series::from_json(&json).map(|_| ());
    let peak = dhat::HeapStats::get().max_bytes.saturating_sub(baseline);
    let ratio = peak as f64 / json.len() as f64;
    let outcome = match outcome {
        Ok(()) => "accepted".to_owned(),
        Err(e) => {
            let text: String = e.to_string().chars().take(70).collect();
            text.replace('|', "\\|")
        }
    };
    println!(
        "| {name} | {} | {peak} | {ratio:.2} | {outcome}… |",
        json.len()
    );
}
