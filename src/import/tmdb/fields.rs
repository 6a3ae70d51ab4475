//! The series' own fields, titles, ids, ratings, and the credits.

use super::wire::*;
use super::*;

pub(super) fn series_fields(
    label: &str,
    d: &Details,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut genres: Vec<String> = Vec::new();
    for (i, g) in d.genres.iter().enumerate().take(MAX_ITEMS) {
        if let Some(n) = g
            .name
            .as_deref()
            .map(|n| name(label, &|| format!("genres[{i}].name"), n))
            .transpose()?
            .flatten()
            && !genres.contains(&n)
        {
            genres.push(n);
        }
    }
    for g in genres {
        b = b.genre(g);
    }
    let mut orgs = Organizations::default();
    let networks = d.networks.iter().map(|n| n.name.as_deref());
    for (i, n) in named(label, "networks", networks)? {
        let id = orgs.add(&n, OrganizationKind::Network, src)?;
        if i == 0 {
            b = b.platform(id);
        }
    }
    let mut companies = Vec::new();
    let companies_named = d.production_companies.iter().map(|n| n.name.as_deref());
    for (_, n) in named(label, "production_companies", companies_named)? {
        let id = orgs.add(&n, OrganizationKind::ProductionCompany, src)?;
        if !companies.contains(&id) {
            companies.push(id);
        }
    }
    for c in companies {
        b = b.production_company(c);
    }
    for o in orgs.list {
        b = b.organization(o);
    }
    let runtimes: Vec<u32> = d
        .episode_run_time
        .iter()
        .copied()
        .filter(|m| *m > 0)
        .collect();
    if let (Some(&min), Some(&max)) = (runtimes.iter().min(), runtimes.iter().max()) {
        if max <= MAX_RUNTIME_MINUTES {
            b = b.runtime(RuntimeRange::new(min, max));
        } else {
            w.push(
                label,
                "episode_run_time",
                format!("runtimes {min}..{max} minutes are implausible: left out"),
            );
        }
    }
    Ok(b)
}

pub(super) fn external_ids(
    label: &str,
    doc: &ExternalDoc,
    mut ids: ExternalIds,
    w: &mut Warnings,
) -> ExternalIds {
    // An id kept when it has its service's shape, else left out with a warning.
    let mut valid = |field: &str, value: &Option<String>, ok: fn(&str) -> bool, shape: &str| {
        let value = value.as_deref().map(str::trim).filter(|s| !s.is_empty())?;
        if ok(value) {
            return Some(value.to_owned());
        }
        w.push(
            label,
            field,
            format!("{field} {value:?} is not {shape}: left out"),
        );
        None
    };
    if let Some(imdb) = valid(
        "imdb_id",
        &doc.imdb_id,
        is_imdb_id,
        "\"tt\" and 7 to 10 digits",
    ) {
        ids = ids.with_imdb(imdb);
    }
    if let Some(q) = valid(
        "wikidata_id",
        &doc.wikidata_id,
        is_wikidata_id,
        "\"Q\" and a number",
    ) {
        ids = ids.with_wikidata(q);
    }
    ids
}

pub(super) fn alternative_titles(
    label: &str,
    doc: &AltTitles,
    mut titles: Titles,
    w: &mut Warnings,
) -> Result<Titles> {
    let mut seen: Vec<String> = vec![titles.english().to_lowercase()];
    seen.extend(titles.native().map(str::to_lowercase));
    for (i, t) in doc.results.iter().enumerate() {
        let Some(text) = t
            .title
            .as_deref()
            .map(|n| name(label, &|| format!("results[{i}].title"), n))
            .transpose()?
            .flatten()
        else {
            continue;
        };
        if seen.contains(&text.to_lowercase()) {
            continue;
        }
        if seen.len() > MAX_ITEMS {
            w.push(
                label,
                &format!("results[{i}]"),
                format!("more than {MAX_ITEMS} alternative titles: the rest are left out"),
            );
            break;
        }
        seen.push(text.to_lowercase());
        titles = titles.with_alias(Alias::new(text, AliasKind::Localized));
    }
    Ok(titles)
}

pub(super) fn ratings(
    label: &str,
    doc: &Ratings,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (i, r) in doc.results.iter().enumerate() {
        let path = format!("results[{i}]");
        let country = r.iso_3166_1.trim();
        if !crate::model::availability::is_assigned(country) {
            w.push(
                label,
                &format!("{path}.iso_3166_1"),
                format!(
                    "country {country:?} is not an assigned ISO 3166-1 code: the rating is left out"
                ),
            );
            continue;
        }
        let Some(rating) = r
            .rating
            .as_deref()
            .map(|n| name(label, &|| format!("{path}.rating"), n))
            .transpose()?
            .flatten()
        else {
            w.push(
                label,
                &format!("{path}.rating"),
                format!("no rating for {country}: left out"),
            );
            continue;
        };
        if let Some((_, first)) = kept.iter().find(|(c, _)| c == country) {
            if *first != rating {
                w.push(label, &path, format!("{country} is listed again with rating {rating:?}: the first, {first:?}, is kept"));
            }
            continue;
        }
        if kept.len() == MAX_ITEMS {
            w.push(
                label,
                &path,
                format!("more than {MAX_ITEMS} ratings: the rest are left out"),
            );
            break;
        }
        kept.push((country.to_owned(), rating));
    }
    for (country, rating) in kept {
        b = b.content_rating(ContentRating::new(country, rating).citing(src.clone()));
    }
    Ok(b)
}

/// The crew role a TMDB job is, if any.
pub(super) fn crew_role(job: &str) -> Option<CrewRole> {
    Some(match job {
        "Writer" | "Screenplay" | "Teleplay" | "Story" | "Novel" | "Original Story" | "Author"
        | "Head Writer" => CrewRole::Writer,
        "Director" | "Series Director" => CrewRole::Director,
        "Executive Producer" => CrewRole::ExecutiveProducer,
        "Producer"
        | "Co-Producer"
        | "Co-Executive Producer"
        | "Supervising Producer"
        | "Line Producer"
        | "Associate Producer"
        | "Consulting Producer" => CrewRole::Producer,
        "Original Music Composer" | "Music" | "Composer" => CrewRole::Composer,
        "Director of Photography" | "Cinematography" => CrewRole::Cinematographer,
        "Editor" => CrewRole::Editor,
        _ => return None,
    })
}

pub(super) fn credits(
    label: &str,
    doc: &Credits,
    mut b: SeriesBuilder,
    src: &SourceId,
    w: &mut Warnings,
) -> Result<SeriesBuilder> {
    let mut cast = Cast::default();
    for (i, m) in doc.cast.iter().enumerate() {
        let path = format!("cast[{i}]");
        let Some(pname) = name(label, &|| format!("{path}.name"), &m.name)? else {
            w.push(
                label,
                &format!("{path}.name"),
                "a credit with no name: left out",
            );
            continue;
        };
        if m.roles.len() > MAX_ITEMS {
            return Err(bad(
                label,
                &format!("{path}.roles"),
                format!("{} roles: expected at most {MAX_ITEMS}", m.roles.len()),
            ));
        }
        let mut roles = Vec::with_capacity(m.roles.len().max(1));
        let listed = m
            .roles
            .iter()
            .map(|r| r.character.as_deref())
            .chain(m.roles.is_empty().then_some(m.character.as_deref()));
        for (j, role) in listed.enumerate() {
            match role
                .map(|r| name(label, &|| format!("{path}.roles[{j}].character"), r))
                .transpose()?
                .flatten()
            {
                Some(r) if !without_notes(&r).is_empty() => roles.push(r),
                _ => w.push(
                    label,
                    &format!("{path}.roles[{j}].character"),
                    format!("{pname} has a role with no character name: left out"),
                ),
            }
        }
        if roles.is_empty() {
            continue;
        }
        let native = m
            .original_name
            .as_deref()
            .map(|n| name(label, &|| format!("{path}.original_name"), n))
            .transpose()?
            .flatten();
        let person = cast.person(label, m.id, &pname, native.as_deref(), src)?;
        for group in group_roles(&roles) {
            let primary = without_notes(&roles[group[0]]);
            let mut aliases: Vec<String> = Vec::new();
            for &k in &group[1..] {
                let alias = without_notes(&roles[k]);
                if !alias.eq_ignore_ascii_case(&primary)
                    && !aliases.iter().any(|a| a.eq_ignore_ascii_case(&alias))
                {
                    aliases.push(alias);
                }
            }
            let stage = if primary.starts_with("Young ") {
                LifeStage::Young
            } else {
                LifeStage::Adult
            };
            let character =
                cast.character(label, &character_key(&primary), &primary, &aliases, src)?;
            cast.portray(person, character, stage, src);
        }
    }
    let mut unmapped: Vec<String> = Vec::new();
    let mut unmapped_count = 0usize;
    for (i, m) in doc.crew.iter().enumerate() {
        let path = format!("crew[{i}]");
        if m.jobs.len() > MAX_ITEMS {
            return Err(bad(
                label,
                &format!("{path}.jobs"),
                format!("{} jobs: expected at most {MAX_ITEMS}", m.jobs.len()),
            ));
        }
        let jobs = m
            .jobs
            .iter()
            .map(|j| j.job.as_deref())
            .chain(m.jobs.is_empty().then_some(m.job.as_deref()))
            .flatten();
        for job in jobs {
            let Some(role) = crew_role(job.trim()) else {
                unmapped_count += 1;
                if unmapped.len() < 10 && !unmapped.iter().any(|u| u == job) {
                    unmapped.push(job.to_owned());
                }
                continue;
            };
            let Some(pname) = name(label, &|| format!("{path}.name"), &m.name)? else {
                w.push(
                    label,
                    &format!("{path}.name"),
                    "a credit with no name: left out",
                );
                continue;
            };
            let native = m
                .original_name
                .as_deref()
                .map(|n| name(label, &|| format!("{path}.original_name"), n))
                .transpose()?
                .flatten();
            let person = cast.person(label, m.id, &pname, native.as_deref(), src)?;
            cast.crew(person, role, job.trim(), src);
        }
    }
    if unmapped_count > 0 {
        w.push(label, "crew", format!("{unmapped_count} crew credits have jobs with no crew role and are left out (among them {})", unmapped.join(", ")));
    }
    for p in cast.people {
        b = b.person(p);
    }
    for c in cast.characters {
        b = b.character(c);
    }
    for p in cast.portrayals {
        b = b.portrayal(p);
    }
    for c in cast.crew {
        b = b.crew(c);
    }
    Ok(b)
}

/// The checked names of a list of named entries (networks, production
/// companies), at most [`MAX_ITEMS`], each with its position; entries
/// without a usable name are skipped as `name` decides.
fn named<'a>(
    label: &str,
    field: &str,
    names: impl Iterator<Item = Option<&'a str>>,
) -> Result<Vec<(usize, String)>> {
    let mut out = Vec::new();
    for (i, n) in names.enumerate().take(MAX_ITEMS) {
        if let Some(n) = n
            .map(|n| name(label, &|| format!("{field}[{i}].name"), n))
            .transpose()?
            .flatten()
        {
            out.push((i, n));
        }
    }
    Ok(out)
}
