//! Rules for specials, releases on other platforms, audience measurements,
//! and the disputes and inferences they (and other records) carry.

use chrono::{Datelike, Weekday};

use crate::error::{Severity, ViolationKind};
use crate::model::audience::{Measured, Metric, Period};
use crate::model::availability::Timing;
use crate::model::disputes::{Dispute, Inference};
use crate::model::quantity::Quantity;
use crate::series::index::Index;
use crate::series::wire::SeriesData;

use super::checker::{Checker, Path};

pub(super) fn specials(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, s) in data.specials.iter().enumerate() {
        let path = Path::item("specials", i);
        c.text(|| format!("{path}.title"), s.title());
        c.opt_text(|| format!("{path}.native_title"), s.native_title());
        c.release(|| format!("{path}.release"), s.release());
        if let crate::model::disputes::Basis::Inferred(inf) = s.basis() {
            inference(c, &path, inf, (data, index));
        }
        if let Some(d) = s.dispute() {
            dispute(c, &path, d, &s.release(), (data, index), |c, p, r| {
                c.release(p, *r)
            });
        }
        if let Some(r) = s.runtime() {
            c.runtime(|| format!("{path}.runtime.minutes"), r.minutes());
        }
        c.opt_prose(|| format!("{path}.description"), s.description());
        c.cites(Some(&path), s.cites(), (data, index), true);
    }
}

pub(super) fn availability(c: &mut Checker, data: &SeriesData, index: &Index) {
    let mut seen = foldhash::HashMap::default();
    for (i, a) in data.availability.iter().enumerate() {
        let path = Path::item("availability", i);
        if let Some(first) = seen.insert((a.platform(), a.region()), i) {
            c.error(
                format!("{path}"),
                ViolationKind::DuplicateRecord,
                format!(
                    "{} in {} again: expected one record per platform and region (first at availability[{first}])",
                    a.platform(),
                    a.region()
                ),
            );
        }
        c.refers(|| format!("{path}.platform"), a.platform(), (data, index));
        if let Timing::Premiere(r) = a.timing() {
            c.dated(|| format!("{path}.timing.premiere"), *r);
        }
        if let crate::model::disputes::Basis::Inferred(inf) = a.basis() {
            inference(c, &path, inf, (data, index));
        }
        c.cites(Some(&path), a.cites(), (data, index), true);
    }
}

/// The inferences on parts and episodes, and the disputed dates of events:
/// the disputes and inferences not held by the records above.
pub(super) fn parts_and_events(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (pi, part) in data.parts.iter().enumerate() {
        if let Some(inf) = part.inference() {
            inference(c, &Path::item("parts", pi), inf, (data, index));
        }
        for (ei, e) in part.episodes().iter().enumerate() {
            if let Some(inf) = e.inference() {
                let parent = Path::item("parts", pi);
                let path = parent.child("episodes", ei);
                inference(c, &path, inf, (data, index));
                if e.own_release().is_none() {
                    c.error(
                        format!("{path}.inferred"),
                        ViolationKind::MissingDate,
                        "inference on an episode without a release of its own: expected the release it explains",
                    );
                }
            }
        }
    }
    for (i, e) in data.events.iter().enumerate() {
        if let Some(d) = e.dispute() {
            let path = Path::item("events", i);
            dispute(c, &path, d, &e.date(), (data, index), |c, p, r| {
                c.dated(p, *r)
            });
        }
    }
}

pub(super) fn audience(c: &mut Checker, data: &SeriesData, index: &Index) {
    let episodes: usize = data.parts.iter().map(|p| p.episodes().len()).sum();
    // One figure per (metric, of, period): disagreeing values are a dispute.
    let mut seen = foldhash::HashMap::default();
    // Countries at number one cannot outnumber countries in the Top 10.
    let mut countries = foldhash::HashMap::default();
    for (i, m) in data.audience.iter().enumerate() {
        let path = Path::item("audience", i);
        if let Some(first) = seen.insert((m.metric(), m.of(), m.period()), i) {
            c.error(
                format!("{path}"),
                ViolationKind::DuplicateRecord,
                format!(
                    "a second {} of {} over {}: expected one figure, with other reported values in its `disputed` (first at audience[{first}])",
                    m.metric(),
                    m.of(),
                    m.period()
                ),
            );
        }
        period_fits(c, &path, m);
        if let (
            Metric::CountriesInTop10 { counter } | Metric::CountriesAtNumberOne { counter },
            Quantity::Countries(n),
        ) = (m.metric(), m.value())
        {
            let entry = countries
                .entry((m.of(), m.period(), counter))
                .or_insert((None, None));
            match m.metric() {
                Metric::CountriesInTop10 { .. } => entry.0 = Some(n),
                _ => entry.1 = Some((n, i)),
            }
            if let (Some(top10), Some((at_one, j))) = *entry
                && at_one > top10
            {
                c.error(
                        format!("audience[{j}].value"),
                        ViolationKind::OutOfRange,
                        format!("number one in {at_one} countries but in the Top 10 of only {top10}: expected at most as many"),
                    );
            }
        }
        let unit = m.metric().unit();
        let value_ok = |c: &mut Checker, p: &dyn Fn() -> String, q: &Quantity| {
            if q.unit() != unit {
                c.error(
                    p(),
                    ViolationKind::UnitMismatch,
                    format!(
                        "value {q} is in {}: expected {unit} for {}",
                        q.unit(),
                        m.metric()
                    ),
                );
            } else if let Quantity::Rank(n) = *q {
                if !(1..=10).contains(&n) {
                    c.error(
                        p(),
                        ViolationKind::OutOfRange,
                        format!(
                            "rank {n}: expected 1 to 10, a place in a Top 10 list (1 is first)"
                        ),
                    );
                }
            } else if let Quantity::Countries(n) = *q
                && n > MAX_COUNTRIES
            {
                c.error(
                        p(),
                        ViolationKind::OutOfRange,
                        format!("{n} countries: expected at most {MAX_COUNTRIES}, the countries ISO 3166-1 assigns"),
                    );
            }
        };
        value_ok(c, &|| format!("{path}.value"), &m.value());
        match m.of() {
            Measured::Series => {}
            Measured::Part(n) if (1..=data.parts.len()).contains(&(*n as usize)) => {}
            Measured::Episode(n) if (1..=episodes).contains(&(*n as usize)) => {}
            Measured::Special(id) => c.refers(|| format!("{path}.of.special"), id, (data, index)),
            other => c.error(
                format!("{path}.of"),
                ViolationKind::DanglingReference,
                format!("{other} does not exist: expected a part or episode of the series"),
            ),
        }
        match m.period() {
            Period::Week(monday) => {
                c.in_range(|| format!("{path}.period.week"), monday.year(), monday);
                if monday.weekday() != Weekday::Mon {
                    c.error(
                        format!("{path}.period.week"),
                        ViolationKind::InvalidPeriod,
                        format!(
                            "week starting {monday}, a {:?}: expected the Monday that starts a Netflix Top 10 week",
                            monday.weekday()
                        ),
                    );
                }
            }
            Period::Through(day) => {
                c.in_range(|| format!("{path}.period.through"), day.year(), day)
            }
            Period::Report(name) => c.text(|| format!("{path}.period.report"), name),
            Period::Broadcast => {}
        }
        if let Some(day) = m.reported() {
            c.in_range(|| format!("{path}.reported"), day.year(), day);
        }
        c.opt_prose(|| format!("{path}.note"), m.note());
        if let Some(d) = m.dispute() {
            dispute(c, &path, d, &m.value(), (data, index), |c, p, q| {
                value_ok(c, &p, q)
            });
        }
        c.cites(Some(&path), m.cites(), (data, index), true);
    }
}

/// The number of officially assigned ISO 3166-1 country codes.
const MAX_COUNTRIES: u32 = 249;

/// A metric's period must be one it can be measured over, and a figure
/// cannot be reported before its period began.
fn period_fits(c: &mut Checker, path: &Path<'_>, m: &crate::model::audience::Measurement) {
    let period = m.period();
    let fits = match m.metric() {
        Metric::HouseholdRating { .. } | Metric::MinutePeakRating { .. } => {
            *period == Period::Broadcast
        }
        Metric::WeeklyRank { .. }
        | Metric::CountriesInTop10 { .. }
        | Metric::CountriesAtNumberOne { .. } => matches!(period, Period::Week(_)),
        Metric::AllTimeRank { .. } => matches!(period, Period::Week(_) | Period::Through(_)),
        Metric::WeeksInTop10 { .. } => matches!(period, Period::Broadcast | Period::Through(_)),
        _ => true,
    };
    if !fits {
        c.error(
            format!("{path}.period"),
            ViolationKind::InvalidPeriod,
            format!(
                "{} over {period}: expected a period this metric is measured over",
                m.metric()
            ),
        );
    }
    let starts = match period {
        Period::Week(monday) => Some(*monday),
        Period::Through(day) => Some(*day),
        _ => None,
    };
    if let (Some(reported), Some(start)) = (m.reported(), starts)
        && reported < start
    {
        c.error(
                format!("{path}.reported"),
                ViolationKind::OutOfOrder,
                format!("reported on {reported}, before {period}: expected a report after the period it covers began"),
            );
    }
}

/// An inferred value must give its rule and the sources it starts from.
fn inference(c: &mut Checker, parent: &Path<'_>, inf: &Inference, ctx: (&SeriesData, &Index)) {
    c.prose(|| format!("{parent}.inferred.rule"), inf.rule());
    if inf.cites().is_empty() {
        c.push(
            format!("{parent}.inferred.cites"),
            ViolationKind::MissingSource,
            "inference cites no source: expected the sources of the facts it starts from",
            Severity::Warning,
        );
    }
    c.unique(|| format!("{parent}.inferred.cites"), inf.cites());
    c.refers_each(|| format!("{parent}.inferred.cites"), inf.cites(), ctx);
}

/// A dispute: every value cited, at least one alternative, none repeating the
/// preferred value or another alternative; `check` validates each value.
fn dispute<T: Eq + std::hash::Hash + std::fmt::Display>(
    c: &mut Checker,
    parent: &Path<'_>,
    d: &Dispute<T>,
    preferred: &T,
    ctx: (&SeriesData, &Index),
    mut check: impl FnMut(&mut Checker, &dyn Fn() -> String, &T),
) {
    let base = format!("{parent}.disputed");
    c.opt_prose(|| format!("{base}.note"), d.note());
    if d.cites().is_empty() {
        c.push(
            format!("{base}.cites"),
            ViolationKind::MissingSource,
            "the preferred value cites no source: expected the sources that report it",
            Severity::Warning,
        );
    }
    c.unique(|| format!("{base}.cites"), d.cites());
    c.refers_each(|| format!("{base}.cites"), d.cites(), ctx);
    if d.alternatives().is_empty() {
        c.error(
            format!("{base}.alternatives"),
            ViolationKind::InvalidDispute,
            "no alternative: expected at least one other reported value",
        );
    }
    let mut first_at = foldhash::HashMap::default();
    for (i, alt) in d.alternatives().iter().enumerate() {
        let first = *first_at.entry(alt.value()).or_insert(i);
        let apath = format!("{base}.alternatives[{i}]");
        check(c, &|| format!("{apath}.value"), alt.value());
        if alt.value() == preferred {
            c.error(
                format!("{apath}.value"),
                ViolationKind::InvalidDispute,
                format!(
                    "alternative {} is the preferred value: expected exactly one preferred value, so every alternative differs from it",
                    alt.value()
                ),
            );
        } else if first != i {
            c.error(
                format!("{apath}.value"),
                ViolationKind::DuplicateRecord,
                format!(
                    "alternative {} repeats {base}.alternatives[{first}]: expected each reported value once, with all its sources",
                    alt.value()
                ),
            );
        }
        if alt.cites().is_empty() {
            c.push(
                format!("{apath}.cites"),
                ViolationKind::MissingSource,
                "alternative cites no source: expected the sources that report it",
                Severity::Warning,
            );
        }
        c.unique(|| format!("{apath}.cites"), alt.cites());
        c.refers_each(|| format!("{apath}.cites"), alt.cites(), ctx);
    }
}
