//! Links to other services: external ids and content ratings per country.

use foldhash::{HashMap, HashMapExt};

use crate::error::{ViolationKind, shown};
use crate::model::external::{is_imdb_id, is_wikidata_id};
use crate::series::index::Index;
use crate::series::wire::SeriesData;

use super::checker::{Checker, Path};

pub(super) fn external(c: &mut Checker, data: &SeriesData, index: &Index) {
    let ids = &data.external_ids;
    for (field, id) in [("tmdb", ids.tmdb()), ("tvmaze", ids.tvmaze())] {
        if id == Some(0) {
            c.error(
                format!("external_ids.{field}"),
                ViolationKind::InvalidExternalId,
                format!("{field} id 0: expected a positive number"),
            );
        }
    }
    if let Some(id) = ids.imdb()
        && !is_imdb_id(id)
    {
        c.error(
            "external_ids.imdb",
            ViolationKind::InvalidExternalId,
            format!(
                "imdb id {}: expected \"tt\" and 7 to 10 digits such as \"tt0944947\"",
                shown(id)
            ),
        );
    }
    if let Some(id) = ids.wikidata()
        && !is_wikidata_id(id)
    {
        c.error(
            "external_ids.wikidata",
            ViolationKind::InvalidExternalId,
            format!(
                "wikidata id {}: expected \"Q\" and a number such as \"Q23572\"",
                shown(id)
            ),
        );
    }
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(data.content_ratings.len());
    for (i, r) in data.content_ratings.iter().enumerate() {
        let path = Path::item("content_ratings", i);
        c.country(|| format!("{path}.country"), r.country());
        c.text(|| format!("{path}.rating"), r.rating());
        if let Some(first) = seen.insert(r.country(), i) {
            seen.insert(r.country(), first);
            c.error(
                format!("{path}.country"),
                ViolationKind::DuplicateKey,
                format!(
                    "country {} repeats content_ratings[{first}]: expected one rating per country",
                    shown(r.country())
                ),
            );
        }
        c.cites(Some(&path), r.cites(), (data, index), true);
    }
}
