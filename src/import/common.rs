//! What both importers share: reading a document with error paths, the
//! warnings, text and id cleaning, sources, organizations, and turning
//! seasons into parts.

use foldhash::{HashMap, HashSet};
use serde::de::DeserializeOwned;

use crate::error::{Error, Result, key_segment};
use crate::id::{OrganizationId, SourceId};
use crate::limits::{MAX_INPUT_BYTES, MAX_RECORDS, MAX_TEXT_BYTES};
use crate::model::parts::{Episode, Part};
use crate::model::people::Organization;
use crate::model::source::Source;
use crate::model::specials::{Runtime, Special};
use crate::time::release::Release;
use crate::time::zone::Zone;
use crate::vocab::{AuthorityTier, OrganizationKind, SpecialKind};

use super::ImportWarning;

/// Reads one document into `T`, with the JSON path of any problem.
pub(super) fn parse<T: DeserializeOwned>(label: &str, json: &str) -> Result<T> {
    if json.len() > MAX_INPUT_BYTES {
        return Err(bad(
            label,
            ".",
            format!(
                "document of {} bytes: expected at most {MAX_INPUT_BYTES}",
                json.len()
            ),
        ));
    }
    let mut de = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = json_path(e.path());
        let inner = e.into_inner();
        let full = inner.to_string();
        let message = full
            .strip_suffix(&format!(
                " at line {} column {}",
                inner.line(),
                inner.column()
            ))
            .unwrap_or(&full)
            .to_owned();
        bad(label, &path, message)
    })?;
    de.end().map_err(|e| bad(label, ".", e.to_string()))?;
    Ok(value)
}

fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => out.push_str(&key_segment(key)),
            Segment::Enum { variant } => out.push_str(&key_segment(variant)),
            Segment::Unknown => out.push_str(".?"),
        }
    }
    match out.strip_prefix('.') {
        Some("?") => ".".to_owned(),
        Some(rest) if !rest.is_empty() => rest.to_owned(),
        _ if out.is_empty() => ".".to_owned(),
        _ => out,
    }
}

/// Deserializes an already parsed document into `T`, with the JSON path
/// of any problem.
pub(super) fn from_value<T: DeserializeOwned>(label: &str, value: serde_json::Value) -> Result<T> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = json_path(e.path());
        bad(label, &path, e.into_inner().to_string())
    })
}

/// A calendar date (`2011-04-17`; empty or null is none) as a day release.
pub(super) fn day(label: &str, path: &str, text: Option<&str>) -> Result<Option<Release>> {
    match text.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => {
            let date = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d")
                .map_err(|_| bad(label, path, format!("date {t:?}: expected YYYY-MM-DD")))?;
            Release::day(date)
                .map(Some)
                .map_err(|e| bad(label, path, e.to_string()))
        }
    }
}

/// An import error in a document at a path.
pub(super) fn bad(label: &str, path: &str, message: impl Into<String>) -> Error {
    Error::Import {
        document: crate::error::sanitized(label),
        path: crate::error::sanitized(path),
        message: crate::error::sanitized(&message.into()),
    }
}

/// The warnings of one import, in the order they were found.
#[derive(Debug, Default)]
pub(super) struct Warnings(pub(super) Vec<ImportWarning>);

impl Warnings {
    pub(super) fn push(&mut self, label: &str, path: &str, message: impl Into<String>) {
        self.0.push(ImportWarning {
            document: crate::error::sanitized(label),
            path: crate::error::sanitized(path),
            message: crate::error::sanitized(&message.into()),
        });
    }
}

/// A name or title: trimmed, control characters turned into spaces; `None`
/// when nothing is left.
///
/// # Errors
///
/// Text over [`MAX_TEXT_BYTES`].
pub(super) fn name(label: &str, path: &dyn Fn() -> String, text: &str) -> Result<Option<String>> {
    clean(label, path, text, false)
}

/// Prose (an overview): as [`name`], but tabs and newlines stay, `\r\n`
/// becomes `\n`, and HTML tags (TVmaze summaries are HTML) are removed.
pub(super) fn prose(label: &str, path: &dyn Fn() -> String, text: &str) -> Result<Option<String>> {
    clean(label, path, text, true)
}

fn clean(
    label: &str,
    path: &dyn Fn() -> String,
    text: &str,
    prose: bool,
) -> Result<Option<String>> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(bad(
            label,
            &path(),
            format!(
                "text of {} bytes: expected at most {MAX_TEXT_BYTES}",
                text.len()
            ),
        ));
    }
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        if prose && c == '<' {
            in_tag = true;
        } else if prose && in_tag {
            in_tag = c != '>';
        } else if prose && (c == '\n' || c == '\t') {
            out.push(c);
        } else if c == '\r' {
            if !prose {
                out.push(' ');
            }
        } else if crate::text::is_forbidden(c, false) || c.is_control() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    let out = if prose { unescape(&out) } else { out };
    let trimmed = out.trim();
    Ok((!trimmed.is_empty()).then(|| trimmed.to_owned()))
}

/// The few HTML entities TVmaze summaries use.
fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// Whether `title` is a service's placeholder for an untitled episode
/// (`Episode 7` for episode 7).
pub(super) fn is_placeholder_title(title: &str, number: u32) -> bool {
    let Some(rest) = title
        .get(..8)
        .filter(|p| p.eq_ignore_ascii_case("episode "))
        .map(|_| &title[8..])
    else {
        return false;
    };
    rest.trim() == number.to_string()
}

/// A slug (`[a-z0-9]+(-[a-z0-9]+)*`, at most 64 bytes) of a name: letters
/// lose their accents (NFD), Hangul is romanized, everything else separates
/// words. Empty when nothing is left.
pub(super) fn slug(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let romanized;
    let text = if text.chars().any(is_hangul) {
        romanized =
            crate::search::romanize::romanize(text, crate::vocab::RomanizationSystem::Revised);
        romanized.as_str()
    } else {
        text
    };
    let mut out = String::with_capacity(text.len().min(64));
    let mut gap = false;
    for c in text.nfd() {
        let mapped: &str = match c {
            'a'..='z' | '0'..='9' => {
                push_char(&mut out, &mut gap, c);
                continue;
            }
            'A'..='Z' => {
                push_char(&mut out, &mut gap, c.to_ascii_lowercase());
                continue;
            }
            'ø' | 'Ø' => "o",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            'đ' | 'Đ' | 'ð' | 'Ð' => "d",
            'ł' | 'Ł' => "l",
            'þ' | 'Þ' => "th",
            'œ' | 'Œ' => "oe",
            '\'' | '’' | '.' => continue,
            c if is_combining(c) => continue,
            _ => {
                gap = !out.is_empty();
                continue;
            }
        };
        for m in mapped.chars() {
            push_char(&mut out, &mut gap, m);
        }
        if out.len() >= 64 {
            break;
        }
    }
    if out.len() > 64 {
        out.truncate(64);
    }
    out.trim_end_matches('-').to_owned()
}

fn push_char(out: &mut String, gap: &mut bool, c: char) {
    if out.len() >= 64 {
        return;
    }
    if *gap && !out.is_empty() {
        out.push('-');
    }
    *gap = false;
    out.push(c);
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}')
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Hands out unique slugs: a repeated slug gets `-2`, `-3`, … (or the
/// caller's suffix), cut so that it stays within 64 bytes. Each base
/// remembers the next number to try, so `n` repeats of one base cost `n`
/// probes in all, not `n²/2`.
#[derive(Debug, Default)]
pub(super) struct Slugs {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Slugs {
    pub(super) fn unique(&mut self, base: &str, fallback: &str, suffix: Option<&str>) -> String {
        let base = if base.is_empty() { fallback } else { base };
        if self.used.insert(base.to_owned()) {
            return base.to_owned();
        }
        let with = |tail: &str| {
            let keep = 64usize.saturating_sub(tail.len() + 1).min(base.len());
            format!("{}-{tail}", base[..keep].trim_end_matches('-'))
        };
        if let Some(tail) = suffix {
            let candidate = with(tail);
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
        let mut n = self.next.get(base).copied().unwrap_or(2);
        loop {
            let candidate = with(&n.to_string());
            n += 1;
            if self.used.insert(candidate.clone()) {
                self.next.insert(base.to_owned(), n);
                return candidate;
            }
        }
    }
}

/// A source for one document the import read.
pub(super) fn source(
    id: String,
    publisher: &str,
    url: String,
    title: Option<String>,
) -> Result<Source> {
    let mut s = Source::new(id.parse()?, publisher, url, AuthorityTier::Aggregator);
    if let Some(title) = title {
        s = s.with_title(title);
    }
    Ok(s)
}

/// Networks, platforms and production companies, one per name.
#[derive(Debug, Default)]
pub(super) struct Organizations {
    pub(super) list: Vec<Organization>,
    by_name: HashMap<String, OrganizationId>,
    slugs: Slugs,
}

/// Streaming services, which the services list as networks.
const PLATFORMS: &[&str] = &[
    "netflix",
    "disney+",
    "apple tv+",
    "amazon",
    "prime video",
    "amazon prime video",
    "hulu",
    "tving",
    "wavve",
    "coupang play",
    "viki",
    "iqiyi",
    "max",
    "hbo max",
    "paramount+",
    "peacock",
    "viu",
    "watcha",
    "youtube",
    "youtube premium",
    "kocowa",
];

impl Organizations {
    /// The id of the organization of that name, added if new. `kind` is a
    /// network's, made a platform for known streaming services.
    pub(super) fn add(
        &mut self,
        name: &str,
        kind: OrganizationKind,
        cite: &SourceId,
    ) -> Result<OrganizationId> {
        let key = name.to_lowercase();
        if let Some(id) = self.by_name.get(&key) {
            return Ok(id.clone());
        }
        let kind = if kind == OrganizationKind::Network && PLATFORMS.contains(&key.as_str()) {
            OrganizationKind::Platform
        } else {
            kind
        };
        let id: OrganizationId = self
            .slugs
            .unique(&slug(name), "organization", None)
            .parse()?;
        self.list
            .push(Organization::new(id.clone(), name, kind).citing(cite.clone()));
        self.by_name.insert(key, id.clone());
        Ok(id)
    }
}

/// The series' home zone: `given`, else the single zone of `country`.
pub(super) fn home_zone(given: Option<Zone>, country: &str) -> Option<Zone> {
    given.or_else(|| super::zones::single_zone(country).and_then(|name| Zone::from_name(name).ok()))
}

/// A season or group on its way to becoming a part.
#[derive(Debug)]
pub(super) struct PartPlan {
    /// Where it came from, for warnings (`seasons[1]`).
    pub(super) label: String,
    pub(super) path: String,
    /// How warnings name it (`season 1`).
    pub(super) name: String,
    /// The season's own date (unannounced when it has none).
    pub(super) date: Release,
    pub(super) episodes: Vec<EpisodePlan>,
    pub(super) cites: Vec<SourceId>,
}

/// An episode on its way into a part.
#[derive(Debug, Default, Clone)]
pub(super) struct EpisodePlan {
    pub(super) title: Option<String>,
    pub(super) runtime: Option<u32>,
    pub(super) release: Option<Release>,
    pub(super) cites: Vec<SourceId>,
}

/// A special (TMDB season 0, a TVmaze special) on its way to a record.
#[derive(Debug)]
pub(super) struct SpecialPlan {
    pub(super) title: Option<String>,
    pub(super) release: Release,
    pub(super) runtime: Option<u32>,
    pub(super) cite: SourceId,
}

/// The specials, with ids from their titles; an untitled one is called
/// "Untitled special" (the services give no title to invent from).
pub(super) fn specials(plans: Vec<SpecialPlan>) -> Result<Vec<Special>> {
    let mut slugs = Slugs::default();
    let mut out = Vec::with_capacity(plans.len());
    for (k, p) in plans.into_iter().enumerate() {
        let title = p.title.unwrap_or_else(|| "Untitled special".to_owned());
        let id = slugs.unique(&slug(&title), &format!("special-{}", k + 1), None);
        let mut special =
            Special::new(id.parse()?, SpecialKind::Other, title, p.release).citing(p.cite);
        if let Some(m) = p.runtime {
            special = special.with_runtime(Runtime::exact(m));
        }
        out.push(special);
    }
    Ok(out)
}

/// Parts numbered 1..n and episodes 1..N from the plans: a part's release is
/// its date, or its first dated episode's when that is more precise inside
/// the date or earlier than it (with a warning); an episode dated before the
/// one it follows loses its date (with a warning).
pub(super) fn parts(
    plans: Vec<PartPlan>,
    zone: Zone,
    warnings: &mut Warnings,
) -> Result<Vec<Part>> {
    let total: usize = plans.iter().map(|p| p.episodes.len()).sum();
    if total > MAX_RECORDS {
        let first = plans.first().map_or(".", |p| p.label.as_str());
        return Err(bad(
            first,
            ".",
            format!("{total} episodes in all: expected at most {MAX_RECORDS}"),
        ));
    }
    let mut parts = Vec::with_capacity(plans.len());
    let mut number = 0u32;
    let mut previous = None;
    for (i, plan) in plans.into_iter().enumerate() {
        let mut part_episodes = Vec::with_capacity(plan.episodes.len());
        let mut first_dated: Option<Release> = None;
        for (j, mut e) in plan.episodes.into_iter().enumerate() {
            if let (Some(r), Some(prev)) = (e.release, previous)
                && certainly_before(r, prev, zone)
            {
                warnings.push(
                        &plan.label,
                        &plan.path,
                        format!(
                            "{} episode {}'s date {r} is before the previous episode's {prev}: it keeps no date of its own (episodes are kept in release order)",
                            plan.name,
                            j + 1
                        ),
                    );
                e.release = None;
            }
            if let Some(r) = e.release.filter(Release::is_announced) {
                previous = Some(r);
                first_dated = first_dated.or(Some(r));
            }
            number += 1;
            let mut episode = Episode::new(number);
            if let Some(t) = e.title {
                episode = episode.with_title(t);
            }
            if let Some(m) = e.runtime {
                episode = episode.with_runtime_minutes(m);
            }
            if let Some(r) = e.release {
                episode = episode.with_release(r);
            }
            for c in e.cites {
                episode = episode.citing(c);
            }
            part_episodes.push(episode);
        }
        let release = part_release(
            &plan.label,
            &plan.path,
            &plan.name,
            plan.date,
            first_dated,
            zone,
            warnings,
        );
        let mut part = Part::new(i as u32 + 1, release);
        for e in part_episodes {
            part = part.with_episode(e);
        }
        for c in plan.cites {
            part = part.citing(c);
        }
        parts.push(part);
    }
    Ok(parts)
}

fn part_release(
    label: &str,
    path: &str,
    name: &str,
    date: Release,
    first: Option<Release>,
    zone: Zone,
    warnings: &mut Warnings,
) -> Release {
    let Some(first) = first else {
        return date;
    };
    let (Some(dw), Some(fw)) = (date.window(zone), first.window(zone)) else {
        return if date.is_announced() { date } else { first };
    };
    if fw.start() < dw.start() {
        warnings.push(
            label,
            path,
            format!("{name} is dated {date}, after its first episode's {first}: the part's release is the episode's"),
        );
        return first;
    }
    if first.precision() > date.precision() && fw.end() <= dw.end() {
        first
    } else {
        date
    }
}

fn certainly_before(a: Release, b: Release, zone: Zone) -> bool {
    match (a.window(zone), b.window(zone)) {
        (Some(a), Some(b)) => a.certainly_before(&b),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::Slugs;

    #[test]
    fn a_repeated_slug_is_numbered_from_where_it_stopped() {
        let mut slugs = Slugs::default();
        assert_eq!(slugs.unique("kim", "person", None), "kim");
        assert_eq!(slugs.unique("kim", "person", None), "kim-2");
        // Another name that slugs to "kim-3" takes it first.
        assert_eq!(slugs.unique("kim-3", "person", None), "kim-3");
        assert_eq!(slugs.unique("kim", "person", None), "kim-4");
        assert_eq!(slugs.unique("kim", "person", None), "kim-5");
        assert_eq!(slugs.unique("", "person", None), "person");
        assert_eq!(slugs.unique("", "person", None), "person-2");
        // Each repeat starts where the base stopped: the numbers it
        // remembers are what makes n repeats cost n probes.
        for _ in 0..1000 {
            slugs.unique("lee", "person", None);
        }
        assert_eq!(slugs.next.get("lee"), Some(&1001));
        assert_eq!(slugs.unique("lee", "person", None), "lee-1001");
    }
}
