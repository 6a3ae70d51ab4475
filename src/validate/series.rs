//! The series' own fields, its parts, their announcements and episodes.

use foldhash::{HashMap, HashMapExt};

use chrono::Datelike;

use crate::error::{ViolationKind, key_segment, shown};
use crate::limits::{MAX_YEAR, MIN_YEAR, in_supported_range};
use crate::series::index::Index;
use crate::series::wire::{FORMAT_VERSION, SeriesData};
use crate::time::window::Window;

use super::checker::{Checker, Path, aliases};

pub(super) fn series_fields(c: &mut Checker, data: &SeriesData, index: &Index) {
    if data.format != FORMAT_VERSION {
        c.error(
            "format",
            ViolationKind::UnsupportedFormat,
            format!("format version {}: expected {FORMAT_VERSION}", data.format),
        );
    }
    let t = &data.titles;
    c.text(|| "titles.english".into(), t.english());
    c.opt_text(|| "titles.native".into(), t.native());
    for (i, r) in t.romanizations().iter().enumerate() {
        c.text(|| format!("titles.romanizations[{i}].text"), r.text());
    }
    let mut tags: HashMap<String, &str> = HashMap::with_capacity(t.localized().len());
    for (tag, title) in t.localized() {
        let path = || format!("titles.localized{}", key_segment(tag));
        c.language(path, tag);
        c.text(path, title);
        match tags.get(&tag.to_ascii_lowercase()) {
            Some(first) => c.error(
                path(),
                ViolationKind::DuplicateKey,
                format!(
                    "language tag {} repeats {} (tags compare case-insensitively): expected each tag once",
                    shown(tag),
                    shown(first)
                ),
            ),
            None => {
                tags.insert(tag.to_ascii_lowercase(), tag);
            }
        }
    }
    aliases(c, &"titles", t.aliases());
    c.language(|| "original_language".into(), &data.original_language);
    c.country(|| "country".into(), &data.country);
    if let Some(p) = &data.platform {
        c.refers(|| "platform".into(), p, (data, index));
    }
    for (i, g) in data.genres.iter().enumerate() {
        c.text(|| format!("genres[{i}]"), g);
    }
    c.unique(|| "genres".into(), &data.genres);
    c.unique(|| "production_companies".into(), &data.production_companies);
    if let Some(at) = data.updated
        && !in_supported_range(&at)
    {
        c.error(
            "updated",
            ViolationKind::OutOfRange,
            format!(
                "instant {}: expected a year from {MIN_YEAR} to {MAX_YEAR} and no leap second",
                at.to_rfc3339()
            ),
        );
    }
    c.opt_text(|| "age_rating".into(), data.age_rating.as_deref());
    c.opt_prose(|| "premise".into(), data.premise.as_deref());
    if let Some(r) = data.runtime {
        c.runtime(|| "runtime.min_minutes".into(), r.min_minutes());
        c.runtime(|| "runtime.max_minutes".into(), r.max_minutes());
        if r.min_minutes() > r.max_minutes() {
            c.error(
                "runtime",
                ViolationKind::ImplausibleRuntime,
                format!(
                    "runtime range {}..{} minutes: expected the minimum not above the maximum",
                    r.min_minutes(),
                    r.max_minutes()
                ),
            );
        }
    }
    c.refers_each(
        || "production_companies".to_owned(),
        &data.production_companies,
        (data, index),
    );
    c.cites(None, &data.cites, (data, index), true);
}

pub(super) fn parts(c: &mut Checker, data: &SeriesData, index: &Index) {
    let zone = data.home_zone;
    // Episodes must read 1..N by position. A number is reported only where the
    // sequence breaks locally (it matches neither its position nor the previous
    // number + 1), so one gap or one typo gives one violation, not a cascade.
    let mut position = 0u32;
    let mut previous_episode = 0u32;
    let mut previous: Option<(u32, Window)> = None;
    let mut previous_episode_window: Option<Window> = None;
    for (pi, part) in data.parts.iter().enumerate() {
        let path = Path::item("parts", pi);
        let expected = pi as u32 + 1;
        if part.number() != expected {
            c.error(
                format!("{path}.number"),
                ViolationKind::PartNumbering,
                format!(
                    "part number {}: expected {expected} (parts are numbered 1..n in order)",
                    part.number()
                ),
            );
        }
        c.release(|| format!("{path}.release"), part.release());
        let window = part.release().window(zone);
        if let (Some((prev_number, prev)), Some(w)) = (previous, window)
            && w.certainly_before(&prev)
        {
            c.error(
                    format!("{path}.release"),
                    ViolationKind::PartsOutOfOrder,
                    format!(
                        "part {} release {} is before part {prev_number}: expected parts released in order",
                        part.number(),
                        part.release()
                    ),
                );
        }
        if let Some(w) = window {
            previous = Some((part.number(), w));
        }
        let mut last_on = None;
        for (ai, a) in part.announcements().iter().enumerate() {
            let apath = path.child("announcements", ai);
            c.release(|| format!("{apath}.release"), a.release());
            c.in_range(|| format!("{apath}.on"), a.on().year(), a.on());
            if last_on.is_some_and(|last| a.on() < last) {
                c.error(
                    format!("{apath}.on"),
                    ViolationKind::OutOfOrder,
                    format!(
                        "announcement on {}: expected announcements oldest first",
                        a.on()
                    ),
                );
            }
            last_on = Some(a.on());
            c.cites(Some(&apath), a.cites(), (data, index), true);
        }
        for (ei, e) in part.episodes().iter().enumerate() {
            let epath = path.child("episodes", ei);
            position += 1;
            if e.number() != position && e.number() != previous_episode.saturating_add(1) {
                c.error(
                    format!("{epath}.number"),
                    ViolationKind::EpisodeNumbering,
                    format!(
                        "episode number {}: expected {position} (episodes are numbered 1..N across parts)",
                        e.number()
                    ),
                );
            }
            previous_episode = e.number();
            c.opt_text(|| format!("{epath}.title"), e.title());
            if let Some(m) = e.runtime_minutes() {
                c.runtime(|| format!("{epath}.runtime_minutes"), m);
            }
            if let Some(r) = e.own_release() {
                c.release(|| format!("{epath}.release"), r);
                let ew = r.window(zone);
                if let (Some(ew), Some(prev)) = (ew, previous_episode_window)
                    && ew.certainly_before(&prev)
                {
                    c.error(
                            format!("{epath}.release"),
                            ViolationKind::OutOfOrder,
                            format!(
                                "episode {} release {r} is before the previous episode's: expected episodes released in order",
                                e.number()
                            ),
                        );
                }
                previous_episode_window = ew.or(previous_episode_window);
                if let (Some(ew), Some(pw)) = (r.window(zone), window)
                    && ew.certainly_before(&pw)
                {
                    c.error(
                            format!("{epath}.release"),
                            ViolationKind::EpisodeBeforePart,
                            format!(
                                "episode {} release {r} is before its part's release {}: expected it at or after",
                                e.number(),
                                part.release()
                            ),
                        );
                }
            }
            let fact_bearing =
                e.title().is_some() || e.runtime_minutes().is_some() || e.own_release().is_some();
            c.cites(Some(&epath), e.cites(), (data, index), fact_bearing);
        }
        c.cites(Some(&path), part.cites(), (data, index), true);
    }
}
