//! The JSON Schema of the format: the checked-in `schema/series.schema.json`
//! is what the types generate, and an independent validator (the
//! `jsonschema` crate) accepts every valid file and rejects the shape errors.
#![cfg(feature = "schema")]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn checked_in() -> String {
    std::fs::read_to_string(root().join("schema/series.schema.json")).unwrap()
}

#[test]
fn the_checked_in_schema_is_what_the_types_generate() {
    let generated = kdrama::json_schema();
    if std::env::var_os("KDRAMA_WRITE_SCHEMA").is_some() {
        std::fs::write(root().join("schema/series.schema.json"), &generated).unwrap();
    }
    assert!(
        checked_in() == generated,
        "schema/series.schema.json differs from the generated schema: run `KDRAMA_WRITE_SCHEMA=1 cargo test --features schema --test schema` and review the diff"
    );
}

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(&checked_in()).unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

#[test]
fn the_schema_accepts_the_datasets_and_every_valid_example() {
    let v = validator();
    let mut checked = 0;
    #[cfg(feature = "datasets")]
    for series in kdrama::datasets::all() {
        let value: serde_json::Value = serde_json::from_str(&series.to_json().unwrap()).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", series.id());
        checked += 1;
    }
    #[cfg(feature = "datasets")]
    for embedded in [
        kdrama::datasets::the_glory_json(),
        kdrama::datasets::descendants_of_the_sun_json(),
    ] {
        let value: serde_json::Value = serde_json::from_str(embedded).unwrap();
        assert!(v.is_valid(&value));
    }
    // Every JSON file under examples/ and tests/ that the crate reads as a valid series.
    let mut files = Vec::new();
    json_files(&root().join("examples"), &mut files);
    json_files(&root().join("tests"), &mut files);
    for file in files {
        // Not UTF-8 (an invalid-input case): not a series.
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        if kdrama::Series::from_json(&text).is_err() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let errors: Vec<String> = v
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
        checked += 1;
    }
    // The complete small series of the crate docs.
    let lib = std::fs::read_to_string(root().join("src/lib.rs")).unwrap();
    let start = lib
        .find("let json = r#\"")
        .expect("the crate docs' example")
        + "let json = r#\"".len();
    let end = start + lib[start..].find("\"#;").unwrap();
    let doc: String = lib[start..end]
        .lines()
        .map(|l| l.trim_start().trim_start_matches("//!"))
        .collect::<Vec<_>>()
        .join("\n");
    let value: serde_json::Value = serde_json::from_str(&doc).unwrap();
    kdrama::Series::from_json(&doc).unwrap();
    let errors: Vec<String> = v
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "the crate docs' example: {errors:#?}");
    checked += 1;
    // What the importers write.
    #[cfg(feature = "import")]
    {
        let data =
            |p: &str| std::fs::read_to_string(root().join("tests/data/import").join(p)).unwrap();
        let mut tmdb = kdrama::import::Tmdb::new();
        for f in [
            "the-glory-tv-details",
            "the-glory-season-1",
            "the-glory-aggregate-credits",
            "the-glory-content-ratings",
        ] {
            tmdb = tmdb.document(f, &data(&format!("tmdb/{f}.json"))).unwrap();
        }
        let tvmaze = kdrama::import::Tvmaze::new()
            .country("KR")
            .document("show", &data("tvmaze/the-glory-show.json"))
            .unwrap()
            .document("e9", &data("tvmaze/the-glory-episode-9.json"))
            .unwrap();
        for imported in [tmdb.import().unwrap(), tvmaze.import().unwrap()] {
            let value: serde_json::Value =
                serde_json::from_str(&imported.series().to_json().unwrap()).unwrap();
            let errors: Vec<String> = v
                .iter_errors(&value)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "imported: {errors:#?}");
            checked += 1;
        }
    }
    let expected = 1
        + if cfg!(feature = "datasets") { 2 } else { 0 }
        + if cfg!(feature = "import") { 2 } else { 0 };
    assert_eq!(checked, expected);
}

#[test]
fn the_schema_rejects_the_shape_errors_of_the_bad_inputs() {
    let v = validator();
    let mut files = Vec::new();
    json_files(&root().join("tests/bad-inputs"), &mut files);
    let mut shape_errors = 0;
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue; // not UTF-8: not JSON for any validator
        };
        // A shape error is what the reader refuses as JSON of the wrong
        // shape (Error::Json), as opposed to a broken invariant (Invalid).
        let Err(kdrama::Error::Json { message, .. }) = kdrama::Series::from_json(&text) else {
            continue;
        };
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&text) else {
            continue; // not JSON at all
        };
        assert!(
            !v.is_valid(&value),
            "{} is a shape error ({message}) but the schema accepts it",
            file.display()
        );
        shape_errors += 1;
    }
    println!(
        "{shape_errors} shape errors rejected among {} files",
        files.len()
    );
    assert!(
        shape_errors >= 5,
        "only {shape_errors} shape errors among {} files",
        files.len()
    );
}
