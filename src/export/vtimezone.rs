//! VTIMEZONE components holding just the observances a feed's events need.
//!
//! An event's local DTSTART is read through the observance with the latest
//! onset at or before it (RFC 5545 §3.6.5). So for each run of events (in
//! time order) under one rule of the tz database, one observance is enough:
//! the transition into that rule, searched for backwards from the run's
//! first event but never before the previous run's last one. The search
//! probes by doubling steps up to four weeks, then by four-week strides, and
//! bisects to the second; it never looks past the end of the database's
//! transitions (2100) or before their start (1800), so a feed costs at most
//! some 4 000 offset look-ups per zone plus about 40 per observance, whatever
//! the years of its events, instead of a day-by-day scan. A period shorter
//! than four weeks can be stepped over; the transition found is then an
//! earlier one into the same rule, which reads every event the same way.

use chrono::{DateTime, FixedOffset, Utc};

use super::content::{Lines, ics_offset, text};
use crate::time::zone::Zone;

/// 1800-01-01T00:00:00Z, before every transition in the embedded tz
/// database (the earliest is in 1845).
const BEFORE_TRANSITIONS: i64 = -5_364_662_400;

/// 2101-01-01T00:00:00Z, after every transition in the embedded tz database
/// (it holds none after 2099).
const AFTER_TRANSITIONS: i64 = 4_133_980_800;

/// The longest step of the backward search: four weeks.
const MAX_STEP: i64 = 28 * 86_400;

fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or(DateTime::UNIX_EPOCH)
}

/// Writes the VTIMEZONE of `zone` for events at `instants` (sorted here).
pub(crate) fn write(lines: &mut Lines, zone: Zone, instants: &mut [DateTime<Utc>]) {
    instants.sort_unstable();
    lines.push("BEGIN:VTIMEZONE");
    lines.push(&format!("TZID:{}", zone.name()));
    let mut previous: Option<DateTime<Utc>> = None;
    for &at in instants.iter() {
        if previous.is_some_and(|p| zone.same_rule_at(p, at)) {
            previous = Some(at);
            continue;
        }
        let floor = previous.unwrap_or_else(|| at.min(instant(BEFORE_TRANSITIONS)));
        let (onset, before) = onset(zone, floor, at);
        observance(lines, zone, onset, before, at);
        previous = Some(at);
    }
    lines.push("END:VTIMEZONE");
}

/// When the rule in force at `at` began, at or after `floor`, with the
/// offset before it: the transition into that rule, or `floor` itself (with
/// no change of offset) when the same rule is already in force there.
fn onset(zone: Zone, floor: DateTime<Utc>, at: DateTime<Utc>) -> (DateTime<Utc>, FixedOffset) {
    let same = |seconds: i64| zone.same_rule_at(instant(seconds), at);
    let floor = floor.timestamp();
    if same(floor) {
        return (instant(floor), zone.offset_at(at));
    }
    // Past the database's last transition the rule no longer changes.
    let mut hi = at.timestamp();
    if hi > AFTER_TRANSITIONS && floor < AFTER_TRANSITIONS && same(AFTER_TRANSITIONS) {
        hi = AFTER_TRANSITIONS;
    }
    // `hi` is under the rule, `lo` is not; both stay in [floor, at].
    let mut step: i64 = 3600;
    let mut lo = loop {
        let probe = hi.saturating_sub(step).max(floor);
        if !same(probe) {
            break probe;
        }
        hi = probe;
        step = step.saturating_mul(2).min(MAX_STEP);
    };
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if same(mid) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    (instant(hi), zone.offset_at(instant(lo)))
}

/// One STANDARD or DAYLIGHT observance: the rule in force at `at`, from
/// `onset` (written as a local time under the offset `before` it).
fn observance(
    lines: &mut Lines,
    zone: Zone,
    onset: DateTime<Utc>,
    before: FixedOffset,
    at: DateTime<Utc>,
) {
    let kind = if zone.is_dst_at(at) {
        "DAYLIGHT"
    } else {
        "STANDARD"
    };
    lines.push(&format!("BEGIN:{kind}"));
    lines.push(&format!(
        "DTSTART:{}",
        onset.with_timezone(&before).format("%Y%m%dT%H%M%S")
    ));
    lines.push(&format!("TZOFFSETFROM:{}", ics_offset(before)));
    lines.push(&format!("TZOFFSETTO:{}", ics_offset(zone.offset_at(at))));
    lines.push(&format!("TZNAME:{}", text(&zone.abbreviation_at(at))));
    lines.push(&format!("END:{kind}"));
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
    }

    #[test]
    fn onsets_are_the_transitions_into_the_rule() {
        let ny = Zone::from_name("America/New_York").unwrap();
        // Summer time began on 2023-03-12 at 07:00 UTC (02:00 EST).
        let (start, before) = onset(ny, utc(2023, 1, 10, 0), utc(2023, 7, 10, 0));
        assert_eq!(start, utc(2023, 3, 12, 7));
        assert_eq!(before.local_minus_utc(), -5 * 3600);
        // Found from the event backwards: the latest transition, not the first.
        let (start, _) = onset(ny, utc(1800, 1, 1, 0), utc(2023, 12, 1, 0));
        assert_eq!(start, utc(2023, 11, 5, 6));
        // Korea's last change was the end of summer time in 1988.
        let (start, before) = onset(Zone::seoul(), utc(1800, 1, 1, 0), utc(9999, 1, 1, 0));
        assert_eq!(start, utc(1988, 10, 8, 17)); // 03:00 KDT
        assert_eq!(before.local_minus_utc(), 10 * 3600);
    }

    #[test]
    fn a_rule_already_in_force_at_the_floor_starts_there() {
        let floor = instant(BEFORE_TRANSITIONS);
        let (start, before) = onset(Zone::utc(), floor, utc(9999, 1, 1, 0));
        assert_eq!((start, before.local_minus_utc()), (floor, 0));
    }

    #[test]
    fn far_apart_events_cost_a_few_observances() {
        let seoul = Zone::seoul();
        let mut lines = Lines::default();
        let mut at = [utc(9999, 1, 1, 0), utc(1000, 1, 1, 0), utc(2023, 3, 10, 8)];
        write(&mut lines, seoul, &mut at);
        let text = lines.into_string();
        // 1000 is before any transition (local mean time); 2023 and 9999 share KST.
        assert_eq!(text.matches("BEGIN:STANDARD").count(), 2, "{text}");
        assert!(text.contains("DTSTART:10000101T082752\r\n"), "{text}");
    }
}
