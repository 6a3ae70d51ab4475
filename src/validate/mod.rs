//! Validation: every invariant of a series, checked in one pass, every
//! violation reported with its path. `checker` collects violations and holds
//! the checks every domain shares; the rules live in one file per domain.

mod checker;
mod claims;
mod depth;
mod external;
mod limits;
mod media;
mod people;
mod series;
mod sources;

use crate::error::Strictness;
use crate::error::Violations;
use crate::series::index::Index;
use crate::series::wire::SeriesData;

#[cfg(feature = "import")]
pub(crate) use checker::is_language_tag;
use checker::{Checker, index_ids};

/// Checks every invariant of `data`, in document order.
pub(crate) fn validate(data: &SeriesData, strictness: Strictness) -> Checked {
    let mut c = Checker::new(data.home_zone, strictness);
    let index = Index {
        sources: index_ids(&mut c, "sources", "source", &data.sources),
        organizations: index_ids(&mut c, "organizations", "organization", &data.organizations),
        people: index_ids(&mut c, "people", "person", &data.people),
        characters: index_ids(&mut c, "characters", "character", &data.characters),
        motifs: index_ids(&mut c, "motifs", "motif", &data.motifs),
        media: index_ids(&mut c, "media", "media", &data.media),
        claims: index_ids(&mut c, "claims", "claim", &data.claims),
        statements: index_ids(&mut c, "statements", "statement", &data.statements),
        events: index_ids(&mut c, "events", "event", &data.events),
        specials: index_ids(&mut c, "specials", "special", &data.specials),
        audience: index_ids(&mut c, "audience", "measurement", &data.audience),
    };
    // Duplicate-id findings come first; the rest follow the document's field order.
    limits::counts(&mut c, data);
    series::series_fields(&mut c, data, &index);
    external::external(&mut c, data, &index);
    series::parts(&mut c, data, &index);
    people::people(&mut c, data, &index);
    media::media(&mut c, data, &index);
    claims::claims(&mut c, data, &index);
    claims::events(&mut c, data, &index);
    depth::specials(&mut c, data, &index);
    depth::availability(&mut c, data, &index);
    depth::parts_and_events(&mut c, data, &index);
    depth::audience(&mut c, data, &index);
    sources::sources(&mut c, data);
    let (errors, warnings) = c.finish();
    Checked {
        index,
        errors,
        warnings,
    }
}

/// What [`validate`] found: the id index, the errors (warnings included under
/// [`Strictness::Strict`]) and the warnings.
pub(crate) struct Checked {
    pub(crate) index: Index,
    pub(crate) errors: Violations,
    pub(crate) warnings: Violations,
}
