//! The aggregate root: a series, the one way into it (validation), and its
//! accessors. The wire form and JSON live in `wire`, the id index in
//! `index`, the builder in `builder`; the query views on a series in
//! `query`, `schedule` and `timeline`.

// Declared in the order their `impl Series` blocks should read in the
// docs (rustdoc follows it): loading, then building and the accessors, then
// the query views.
mod builder;
pub(crate) mod cache;
pub(crate) mod index;
pub(crate) mod list;
pub(crate) mod records;
pub(crate) mod store;
pub(crate) mod wire;

mod accessors;

pub use builder::SeriesBuilder;
pub use wire::FORMAT_VERSION;

use index::Index;
use wire::SeriesData;

/// A Korean drama series: the aggregate root that owns every record about it.
///
/// Every `Series` value is valid: its fields are private and the only ways in
/// ([`Series::from_json`], serde, [`SeriesBuilder::build`]) run the same
/// validation.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// assert_eq!(glory.titles().english(), "The Glory");
/// assert_eq!(glory.parts().len(), 2);
/// assert_eq!(glory.episodes().count(), 16);
/// ```
///
/// There is no way to build one without validation:
///
/// ```compile_fail,E0451
/// let series = kdrama::Series { data: Default::default(), store: Default::default(), index: Default::default() };
/// ```
#[derive(Debug, Clone)]
pub struct Series {
    /// The wire form, less what `store` holds (its people, characters and
    /// cast lists are empty).
    data: SeriesData,
    store: store::Store,
    index: Index,
    /// The search index, built on the first `Series::search` (src/search).
    derived: cache::Derived,
}

impl PartialEq for Series {
    fn eq(&self, other: &Series) -> bool {
        self.data == other.data && self.store == other.store
    }
}

impl Eq for Series {}

impl Series {
    /// The slot where a higher layer keeps what it derives from this series.
    pub(crate) fn derived(&self) -> &cache::Derived {
        &self.derived
    }

    /// Where the people, characters and cast are held.
    pub(crate) fn store(&self) -> &store::Store {
        &self.store
    }

    /// The whole wire form, the stored records copied back in: what is
    /// written out and what validation reads.
    pub(crate) fn wire(&self) -> SeriesData {
        let mut data = self.data.clone();
        self.store.restore(&mut data);
        data
    }
}

impl crate::model::cites::Cited for Series {
    fn cites(&self) -> crate::model::cites::Citations<'_> {
        crate::model::cites::Citations::from(&self.data.cites[..])
    }
}

// The query views on a series, after its own accessors in the docs.
pub(crate) mod audience;
pub(crate) mod query;
pub(crate) mod regions;
pub(crate) mod schedule;
pub(crate) mod timeline;
