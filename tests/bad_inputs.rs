//! A corpus of invalid files, each with the exact error lines it must produce
//! (`NAME.json` → `NAME.expected`).

use kdrama::{Error, Series, Strictness};

fn lines(bytes: &[u8]) -> Vec<String> {
    match Series::from_json_slice(bytes, Strictness::Lenient) {
        Ok(_) => vec!["ok".to_owned()],
        Err(Error::Invalid(violations)) => violations
            .iter()
            .map(|v| format!("{v} [{}]", v.kind()))
            .collect(),
        Err(e) => vec![e.to_string()],
    }
}

#[test]
fn every_bad_input_gives_its_expected_lines() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad-inputs");
    let mut checked = 0;
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
    {
        let got = lines(&std::fs::read(path).unwrap());
        let expected_path = path.with_extension("expected");
        if std::env::var_os("KDRAMA_UPDATE_GOLDEN").is_some() {
            std::fs::write(&expected_path, got.join("\n") + "\n").unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| panic!("{} has no .expected file", path.display()));
        let expected: Vec<&str> = expected.lines().collect();
        assert_eq!(got, expected, "{}", path.display());
        assert_ne!(expected, ["ok"], "{} must be invalid", path.display());
        checked += 1;
    }
    assert!(checked >= 12, "only {checked} bad inputs");
}
