//! Seasons, episode groups and episodes → part plans.

use super::wire::*;
use super::*;

impl Tmdb {
    /// Seasons (or the picked episode group) as part plans.
    pub(super) fn plans(
        &self,
        (dlabel, details): (&String, &Details),
        show: u32,
        base: &str,
        add: &mut dyn FnMut(String, String, &str) -> Result<SourceId>,
        specials: &mut Vec<SpecialPlan>,
        w: &mut Warnings,
    ) -> Result<Vec<PartPlan>> {
        if let Some(gid) = &self.group {
            let Some((label, doc)) = self.groups.iter().find(|(_, g)| &g.id == gid) else {
                return Err(bad(
                    "tmdb",
                    ".",
                    format!(
                        "episode group {gid:?} was picked but its document is not among the documents"
                    ),
                ));
            };
            if !gid.bytes().all(|b| b.is_ascii_alphanumeric()) || gid.len() > 48 {
                return Err(bad(
                    label,
                    "id",
                    format!("episode group id {gid:?}: expected letters and digits"),
                ));
            }
            let src = add(
                format!("tmdb-episode-group-{}", gid.to_ascii_lowercase()),
                format!("{API}/tv/episode_group/{gid}"),
                &format!("episode group {}", doc.name.as_deref().unwrap_or(gid)),
            )?;
            let mut groups: Vec<(usize, &Group)> = doc.groups.iter().enumerate().collect();
            groups.sort_by_key(|(i, g)| (g.order.unwrap_or(u32::MAX), *i));
            for (elabel, _) in &self.episodes {
                w.push(elabel, ".", "episode details are not imported into an episode group's parts: the group's own episode entries are");
            }
            let mut plans = Vec::with_capacity(groups.len());
            for (i, g) in groups {
                let mut list: Vec<(usize, &TmdbEpisode)> = g.episodes.iter().enumerate().collect();
                list.sort_by_key(|(j, e)| (e.order.unwrap_or(u32::MAX), *j));
                let mut episodes = Vec::with_capacity(list.len());
                for (j, e) in list {
                    let path = format!("groups[{i}].episodes[{j}]");
                    if e.season_number == Some(0) {
                        specials.push(special(label, &path, e, &src, w)?);
                        continue;
                    }
                    episodes.push(episode(label, &path, e, &src, w)?);
                }
                let gname = g.name.clone().unwrap_or_else(|| format!("group {}", i + 1));
                plans.push(PartPlan {
                    label: label.clone(),
                    path: format!("groups[{i}]"),
                    name: gname,
                    date: Release::unannounced(),
                    episodes,
                    cites: vec![src.clone()],
                });
            }
            return Ok(plans);
        }
        for (label, g) in &self.groups {
            w.push(
                label,
                "id",
                format!(
                    "episode group {:?} was read but not picked: the seasons make the parts",
                    g.id
                ),
            );
        }
        // Season numbers from the details and the season documents, in order.
        let mut numbers: Vec<u32> = details
            .seasons
            .iter()
            .map(|s| s.season_number)
            .chain(self.seasons.iter().map(|(_, s)| s.season_number))
            .collect();
        if self
            .episodes
            .iter()
            .any(|(_, e)| e.season_number == Some(0))
        {
            numbers.push(0);
        }
        numbers.sort_unstable();
        numbers.dedup();
        if numbers.len() > MAX_RECORDS {
            return Err(bad(
                dlabel,
                "seasons",
                format!("{} seasons: expected at most {MAX_RECORDS}", numbers.len()),
            ));
        }
        let mut plans = Vec::with_capacity(numbers.len());
        let mut total = 0usize;
        for (elabel, e) in &self.episodes {
            if numbers
                .binary_search(&e.season_number.unwrap_or(u32::MAX))
                .is_err()
            {
                return Err(bad(
                    elabel,
                    "season_number",
                    format!(
                        "season {} is not among the show's seasons",
                        e.season_number.unwrap_or(0)
                    ),
                ));
            }
        }
        // Where each season number is, read once (not searched per season).
        let mut summaries: foldhash::HashMap<u32, usize> = foldhash::HashMap::default();
        for (i, s) in details.seasons.iter().enumerate().rev() {
            summaries.insert(s.season_number, i);
        }
        let mut documents: foldhash::HashMap<u32, Vec<&(String, SeasonDoc)>> =
            foldhash::HashMap::default();
        for doc in &self.seasons {
            documents.entry(doc.1.season_number).or_default().push(doc);
        }
        let mut details_of: foldhash::HashMap<u32, Vec<&(String, TmdbEpisode)>> =
            foldhash::HashMap::default();
        for doc in &self.episodes {
            if let Some(n) = doc.1.season_number {
                details_of.entry(n).or_default().push(doc);
            }
        }
        for n in numbers {
            let summary = summaries.get(&n).copied();
            let docs = documents.remove(&n).unwrap_or_default();
            if docs.len() > 1 {
                return Err(bad(
                    &docs[1].0,
                    "season_number",
                    format!("a second season {n} document: expected one per season"),
                ));
            }
            let spath = summary.map_or_else(|| "seasons".to_owned(), |i| format!("seasons[{i}]"));
            if n == 0 {
                // Season 0 holds the specials: from its season document, and
                // from episode details of season 0.
                let count = summary
                    .and_then(|i| details.seasons[i].episode_count)
                    .unwrap_or(0);
                match docs.first() {
                    Some((label, doc)) => {
                        let src = add(format!("{base}-season-0"), format!("{API}/tv/{show}/season/0"), "specials")?;
                        if doc.episodes.len() > MAX_RECORDS {
                            return Err(bad(label, "episodes", format!("{} specials: expected at most {MAX_RECORDS}", doc.episodes.len())));
                        }
                        let mut order: Vec<usize> = (0..doc.episodes.len()).collect();
                        order.sort_by_key(|&i| doc.episodes[i].episode_number);
                        for i in order {
                            specials.push(special(label, &format!("episodes[{i}]"), &doc.episodes[i], &src, w)?);
                        }
                    }
                    None if count > 0 => w.push(dlabel, &spath, format!("season 0 lists {count} specials, but its season document is not among the documents: they are not imported")),
                    None => {}
                }
                for (elabel, e) in details_of.remove(&0).unwrap_or_default() {
                    let k = e.episode_number;
                    let src = add(
                        format!("{base}-season-0-episode-{k}"),
                        format!("{API}/tv/{show}/season/0/episode/{k}"),
                        &format!("special {k}"),
                    )?;
                    specials.push(special(elabel, ".", e, &src, w)?);
                }
                continue;
            }
            let summary = summary.map(|i| &details.seasons[i]);
            let (label, path, date, mut episodes, mut cites) = match (docs.first(), summary) {
                (Some((label, doc)), _) => {
                    let src = add(
                        format!("{base}-season-{n}"),
                        format!("{API}/tv/{show}/season/{n}"),
                        &format!("season {n}"),
                    )?;
                    let episodes = season_episodes(label, doc, &src, total, w)?;
                    if let Some(count) = summary
                        .and_then(|s| s.episode_count)
                        .filter(|c| *c as usize != episodes.len())
                    {
                        w.push(label, "episodes", format!("season {n} lists {} episodes where the tv details count {count}: the season's list is used", episodes.len()));
                    }
                    (
                        label.clone(),
                        ".".to_owned(),
                        day(label, "air_date", doc.air_date.as_deref())?,
                        episodes,
                        vec![src],
                    )
                }
                // Season numbers are collected from the summaries and the
                // season documents, so a number with neither never occurs.
                (None, None) => continue,
                (None, Some(summary)) => {
                    let count = summary.episode_count.unwrap_or(0);
                    if total + count as usize > MAX_RECORDS {
                        return Err(bad(
                            dlabel,
                            &format!("{spath}.episode_count"),
                            format!("{count} episodes: expected at most {MAX_RECORDS}"),
                        ));
                    }
                    let date = day(
                        dlabel,
                        &format!("{spath}.air_date"),
                        summary.air_date.as_deref(),
                    )?;
                    (
                        dlabel.clone(),
                        spath.clone(),
                        date,
                        vec![EpisodePlan::default(); count as usize],
                        vec![SourceId::new(base)?],
                    )
                }
            };
            // Episode details documents fill in the episodes they describe.
            for (elabel, e) in details_of.remove(&n).unwrap_or_default() {
                let k = e.episode_number as usize;
                if k == 0 || total + k.saturating_sub(episodes.len()) > MAX_RECORDS {
                    return Err(bad(
                        elabel,
                        "episode_number",
                        format!("episode number {k}: expected 1 to {MAX_RECORDS} episodes in all"),
                    ));
                }
                if k > episodes.len() {
                    w.push(elabel, "episode_number", format!("season {n} episode {k} is past the {} episodes known: the season is taken to have {k}", episodes.len()));
                    episodes.resize(k, EpisodePlan::default());
                }
                let src = add(
                    format!("{base}-season-{n}-episode-{k}"),
                    format!("{API}/tv/{show}/season/{n}/episode/{k}"),
                    &format!("season {n} episode {k}"),
                )?;
                episodes[k - 1] = episode(elabel, ".", e, &src, w)?;
                if !cites.contains(&src) {
                    cites.push(src);
                }
            }
            total += episodes.len();
            if total > MAX_RECORDS {
                return Err(bad(
                    &label,
                    &path,
                    format!("{total} episodes in all: expected at most {MAX_RECORDS}"),
                ));
            }
            plans.push(PartPlan {
                label,
                path,
                name: format!("season {n}"),
                date: date.unwrap_or(Release::unannounced()),
                episodes,
                cites,
            });
        }
        Ok(plans)
    }
}

fn episode(
    label: &str,
    path: &str,
    e: &TmdbEpisode,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<EpisodePlan> {
    let title = e
        .name
        .as_deref()
        .map(|n| name(label, &|| format!("{path}.name"), n))
        .transpose()?
        .flatten();
    let runtime = match e.runtime {
        Some(0) | None => None,
        Some(m) if m > MAX_RUNTIME_MINUTES => {
            w.push(
                label,
                &format!("{path}.runtime"),
                format!("runtime of {m} minutes is implausible: left out"),
            );
            None
        }
        Some(m) => Some(m),
    };
    Ok(EpisodePlan {
        title: title.filter(|t| !is_placeholder_title(t, e.episode_number)),
        runtime,
        release: day(label, &format!("{path}.air_date"), e.air_date.as_deref())?,
        cites: vec![src.clone()],
    })
}

/// A special from a season 0 episode: its name (even a placeholder), date
/// and runtime.
pub(super) fn special(
    label: &str,
    path: &str,
    e: &TmdbEpisode,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SpecialPlan> {
    let plan = episode(label, path, e, src, w)?;
    let title = match e.name.as_deref() {
        Some(n) => name(label, &|| format!("{path}.name"), n)?,
        None => None,
    };
    Ok(SpecialPlan {
        title,
        release: plan.release.unwrap_or(Release::unannounced()),
        runtime: plan.runtime,
        cite: src.clone(),
    })
}

/// A season document's episodes 1..n by number; a missing number becomes an
/// untitled episode (with a warning), a repeated one is an error.
pub(super) fn season_episodes(
    label: &str,
    doc: &SeasonDoc,
    src: &SourceId,
    before: usize,
    w: &mut Warnings,
) -> Result<Vec<EpisodePlan>> {
    let limit = MAX_RECORDS - before;
    let mut order: Vec<usize> = (0..doc.episodes.len()).collect();
    order.sort_by_key(|&i| doc.episodes[i].episode_number);
    let mut out: Vec<EpisodePlan> = Vec::with_capacity(order.len());
    for i in order {
        let e = &doc.episodes[i];
        let n = e.episode_number as usize;
        let path = format!("episodes[{i}]");
        if n == 0 || n > limit {
            return Err(bad(
                label,
                &format!("{path}.episode_number"),
                format!("episode number {n}: expected 1 to {MAX_RECORDS}"),
            ));
        }
        if n <= out.len() {
            return Err(bad(
                label,
                &format!("{path}.episode_number"),
                format!("episode number {n} repeats: expected each number once"),
            ));
        }
        if n > out.len() + 1 {
            w.push(
                label,
                &path,
                format!(
                    "episodes {} to {} are not listed: they are imported untitled",
                    out.len() + 1,
                    n - 1
                ),
            );
            out.resize(n - 1, EpisodePlan::default());
        }
        out.push(episode(label, &path, e, src, w)?);
    }
    Ok(out)
}
