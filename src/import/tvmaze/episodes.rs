//! Seasons and episodes → part plans, and the release rules of TVmaze's
//! airdate, airtime and airstamp.

use chrono::{DateTime, Utc};

use super::wire::*;
use super::*;

impl Tvmaze {
    pub(super) fn plans(
        &self,
        (slabel, show): (&String, &Show),
        show_src: &SourceId,
        zone: Zone,
        sources: &mut Vec<Source>,
        specials: &mut Vec<SpecialPlan>,
        w: &mut Warnings,
    ) -> Result<Vec<PartPlan>> {
        let empty = Embedded::default();
        let embedded = show.embedded.as_ref().unwrap_or(&empty);
        let mut seasons: Vec<(usize, &Season)> = embedded.seasons.iter().enumerate().collect();
        seasons.sort_by_key(|(_, s)| s.number);
        if let Some(pair) = seasons.windows(2).find(|p| p[0].1.number == p[1].1.number) {
            return Err(bad(
                slabel,
                &format!("_embedded.seasons[{}].number", pair[1].0),
                format!(
                    "season {} repeats: expected each season once",
                    pair[1].1.number
                ),
            ));
        }
        if seasons
            .iter()
            .enumerate()
            .any(|(i, (_, s))| s.number as usize != i + 1)
        {
            let numbers: Vec<String> = seasons
                .iter()
                .take(5)
                .map(|(_, s)| s.number.to_string())
                .collect();
            w.push(
                slabel,
                "_embedded.seasons",
                format!(
                    "seasons are numbered {}…, not 1..n: parts are numbered in order",
                    numbers.join(", ")
                ),
            );
        }
        let mut plans: Vec<PartPlan> = Vec::with_capacity(seasons.len());
        let mut total = 0usize;
        for (i, s) in &seasons {
            let path = format!("_embedded.seasons[{i}]");
            let date = day(
                slabel,
                &format!("{path}.premiereDate"),
                s.premiere_date.as_deref(),
            )?
            .unwrap_or(Release::unannounced());
            let count = s.episode_order.unwrap_or(0) as usize;
            total += count;
            if total > MAX_RECORDS {
                return Err(bad(
                    slabel,
                    &format!("{path}.episodeOrder"),
                    format!("{total} episodes in all: expected at most {MAX_RECORDS}"),
                ));
            }
            plans.push(PartPlan {
                label: slabel.clone(),
                path,
                name: format!("season {}", s.number),
                date,
                episodes: vec![EpisodePlan::default(); count],
                cites: vec![show_src.clone()],
            });
        }
        // Embedded episodes define their seasons' lists; episode documents fill in.
        let mut listed = vec![false; plans.len()];
        let embedded_episodes = embedded
            .episodes
            .iter()
            .enumerate()
            .map(|(i, e)| (slabel.as_str(), format!("_embedded.episodes[{i}]"), e, None));
        let documents = self
            .episodes
            .iter()
            .map(|(label, path, e)| (label.as_str(), path.clone(), e, Some(e.id)));
        let mut unlinked: Vec<&str> = Vec::new();
        // The episode sources made here, and each (part, number, from an
        // episode document) placed, so that neither is searched for.
        let mut cited: foldhash::HashSet<String> = foldhash::HashSet::default();
        let mut placed: foldhash::HashSet<(usize, usize, bool)> = foldhash::HashSet::default();
        for (label, path, e, own) in embedded_episodes.chain(documents) {
            let at = |field: &str| {
                if path == "." {
                    field.to_owned()
                } else {
                    format!("{path}.{field}")
                }
            };
            match e
                .links
                .as_ref()
                .and_then(|l| l.show.as_ref())
                .and_then(|s| s.href.as_deref())
            {
                Some(href) => {
                    let id = href.rsplit('/').next().and_then(|n| n.parse::<u32>().ok());
                    if id != Some(show.id) {
                        return Err(bad(
                            label,
                            &at("_links.show.href"),
                            format!(
                                "show {} does not match the show document's id {}",
                                id.map_or_else(|| format!("{href:?}"), |i| i.to_string()),
                                show.id
                            ),
                        ));
                    }
                }
                None if own.is_some() && !unlinked.contains(&label) => unlinked.push(label),
                None => {}
            }
            let cite = match own {
                Some(eid) => {
                    let sid = format!("tvmaze-episode-{eid}");
                    if cited.insert(sid.clone()) {
                        let t = e.name.as_deref().map(|t| {
                            format!("episode: {}", t.chars().take(200).collect::<String>())
                        });
                        sources.push(source(
                            sid.clone(),
                            "TVmaze",
                            format!("{API}/episodes/{eid}"),
                            t,
                        )?);
                    }
                    sid.parse()?
                }
                None => show_src.clone(),
            };
            let special = e.kind.as_deref().is_some_and(|k| k.contains("special"));
            let Some(number) = e.number.filter(|_| !special) else {
                if specials.len() == MAX_RECORDS {
                    return Err(bad(
                        label,
                        &path,
                        format!("more than {MAX_RECORDS} specials: expected at most {MAX_RECORDS}"),
                    ));
                }
                let plan = episode(label, &path, e, 0, cite.clone(), zone, w)?;
                let title = match e.name.as_deref() {
                    Some(n) => name(label, &|| at("name"), n)?,
                    None => None,
                };
                specials.push(SpecialPlan {
                    title,
                    release: plan.release.unwrap_or(Release::unannounced()),
                    runtime: plan.runtime,
                    cite,
                });
                continue;
            };
            let Ok(p) = seasons.binary_search_by_key(&e.season, |(_, s)| s.number) else {
                return Err(bad(
                    label,
                    &at("season"),
                    format!("season {} is not among the show's seasons", e.season),
                ));
            };
            let n = number as usize;
            if n == 0 || total + n.saturating_sub(plans[p].episodes.len()) > MAX_RECORDS {
                return Err(bad(
                    label,
                    &at("number"),
                    format!("episode number {n}: expected 1 to {MAX_RECORDS} episodes in all"),
                ));
            }
            if !placed.insert((p, n, own.is_some())) {
                let list = if own.is_some() {
                    "the episode documents"
                } else {
                    "the embedded episodes"
                };
                return Err(bad(
                    label,
                    &at("number"),
                    format!(
                        "season {} episode {n} repeats in {list}: expected each episode once",
                        e.season
                    ),
                ));
            }
            if own.is_none() && !listed[p] {
                listed[p] = true;
                total -= plans[p].episodes.len();
                plans[p].episodes.clear();
            }
            if n > plans[p].episodes.len() {
                if own.is_some() || plans[p].episodes.len() + 1 < n {
                    w.push(label, &path, format!("season {} episode {n} is past the {} episodes known: the season is taken to have {n}", e.season, plans[p].episodes.len()));
                }
                total += n - plans[p].episodes.len();
                plans[p].episodes.resize(n, EpisodePlan::default());
            }
            plans[p].episodes[n - 1] = episode(label, &path, e, n as u32, cite, zone, w)?;
        }
        if !unlinked.is_empty() {
            w.push(unlinked[0], ".", format!("{} episode document(s) do not name their show (older responses): they are taken to be of show {}", unlinked.len(), show.id));
        }
        Ok(plans)
    }
}

/// An episode's release: the `airstamp` instant in the home zone when the
/// episode has an `airtime`; the `airdate` alone (day precision) when the
/// airtime is empty (the airstamp is then a 12:00 UTC placeholder);
/// unannounced with neither date nor stamp.
fn release(
    label: &str,
    path: &str,
    e: &MazeEpisode,
    zone: Zone,
    w: &mut Warnings,
) -> Result<Release> {
    let at = |field: &str| {
        if path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    let date = day(label, &at("airdate"), e.airdate.as_deref())?;
    let has_time = e.airtime.as_deref().is_some_and(|t| !t.trim().is_empty());
    let stamp = e
        .airstamp
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    match (date, stamp) {
        (None, None) => Ok(Release::unannounced()),
        (_, Some(stamp)) if has_time => {
            let instant = DateTime::parse_from_rfc3339(stamp).map_err(|_| {
                bad(
                    label,
                    &at("airstamp"),
                    format!("airstamp {stamp:?}: expected an RFC 3339 instant"),
                )
            })?;
            let local = zone.local(instant.with_timezone(&Utc));
            if let Some(d) = date
                .and_then(|d| d.date())
                .filter(|d| *d != local.date_naive())
            {
                w.push(
                    label,
                    &at("airdate"),
                    format!(
                        "airdate {d} is not the airstamp's day {} in {}: the airstamp is kept",
                        local.date_naive(),
                        zone.name()
                    ),
                );
            }
            Release::exact(local).map_err(|e| bad(label, &at("airstamp"), e.to_string()))
        }
        (Some(d), _) => Ok(d),
        (None, Some(stamp)) => {
            w.push(label, &at("airdate"), format!("no airdate and no airtime, only the placeholder airstamp {stamp:?}: left unannounced"));
            Ok(Release::unannounced())
        }
    }
}

fn episode(
    label: &str,
    path: &str,
    e: &MazeEpisode,
    number: u32,
    cite: SourceId,
    zone: Zone,
    w: &mut Warnings,
) -> Result<EpisodePlan> {
    let at = |field: &str| {
        if path == "." {
            field.to_owned()
        } else {
            format!("{path}.{field}")
        }
    };
    let title = e
        .name
        .as_deref()
        .map(|n| name(label, &|| at("name"), n))
        .transpose()?
        .flatten();
    let runtime = match e.runtime {
        Some(0) | None => None,
        Some(m) if m > MAX_RUNTIME_MINUTES => {
            w.push(
                label,
                &at("runtime"),
                format!("runtime of {m} minutes is implausible: left out"),
            );
            None
        }
        Some(m) => Some(m),
    };
    Ok(EpisodePlan {
        title: title.filter(|t| !is_placeholder_title(t, number)),
        runtime,
        release: Some(release(label, path, e, zone, w)?),
        cites: vec![cite],
    })
}
