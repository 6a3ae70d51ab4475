//! Checks shared by the hostile export tests and the `exports` fuzz target
//! (included by path in both): what every feed and every HTML-safe JSON-LD
//! rendering must hold, whatever the series.

use kdrama::Series;
use kdrama::chrono::{DateTime, Utc};
use serde_json::Value;

/// Checks a feed line by line: CRLF endings, at most 75 octets, and no
/// control character, DEL, C1 control, U+2028 or U+2029 anywhere else.
#[track_caller]
pub fn check_ics(ics: &str) {
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split_terminator("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(
            !line
                .chars()
                .any(|c| c.is_control() || c == '\u{2028}' || c == '\u{2029}'),
            "forbidden character in {line:?}"
        );
    }
}

/// Checks the HTML-safe rendering of a series' JSON-LD and returns it: no
/// `<`, `>`, `&`, NEL, U+2028 or U+2029; the same JSON as `to_json_ld`; and
/// a script element whose only `</` is its closing tag.
#[track_caller]
pub fn check_html(series: &Series) -> String {
    let html = series.to_json_ld_html();
    for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\u{85}"] {
        assert!(
            !html.contains(forbidden),
            "{forbidden:?} in the HTML rendering"
        );
    }
    let parsed: Value = serde_json::from_str(&html).unwrap();
    assert_eq!(parsed, series.to_json_ld(), "the same JSON");
    let script = series.to_json_ld_script();
    assert_eq!(script.matches("</").count(), 1, "only the closing tag");
    assert!(script.ends_with("</script>"));
    html
}

/// Runs every time query of a series at `at` (results unused): none may
/// panic, whatever the instant.
pub fn query_at(series: &Series, at: DateTime<Utc>) {
    let _ = series.status_at(at);
    let _ = series.next_release(at);
    let _ = series.episodes_available_at(at).count();
    let _ = series.episode_status(1, at);
    let _ = series
        .timeline_between(at, DateTime::<Utc>::MAX_UTC)
        .count();
    let _ = series
        .timeline_between(DateTime::<Utc>::MIN_UTC, at)
        .count();
}
