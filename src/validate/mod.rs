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
use crate::error::Violation;
use crate::error::Violations;
use crate::series::index::Index;
use crate::series::wire::SeriesData;

use checker::Checker;
#[cfg(feature = "import")]
pub(crate) use checker::is_language_tag;

/// Checks every invariant of `data`, in document order.
pub(crate) fn validate(data: &SeriesData, strictness: Strictness) -> Checked {
    let mut c = Checker::new(data.home_zone, strictness);
    let index = Index::build(data, |kind, i, first, id| {
        c.report(Violation::duplicate_id(
            kind.collection(),
            i,
            first,
            kind.what(),
            id,
        ));
    });
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
