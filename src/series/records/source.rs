//! The sources of a series, as views.

use std::fmt;

use crate::id::SourceId;
use crate::model::source::Source;
use crate::time::release::Release;
use crate::vocab::AuthorityTier;

use super::SourceRef;

impl<'a> SourceRef<'a> {
    /// The source's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.sources().first().unwrap().id().as_str(), "wiki-en");
    /// ```
    pub fn id(&self) -> &'a SourceId {
        &self.row.id
    }

    /// Who published it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().publisher(), "Xports News");
    /// ```
    pub fn publisher(&self) -> &'a str {
        self.store().text_of(self.row.publisher)
    }

    /// The title, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().title(), None);
    /// ```
    pub fn title(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.title)
    }

    /// Where it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().url(), "https://xportsnews.com/article/1668499");
    /// ```
    pub fn url(&self) -> &'a str {
        self.store().text_of(self.row.url)
    }

    /// When it was published, as precisely as known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().published(), None);
    /// ```
    pub fn published(&self) -> Option<Release> {
        self.row.published
    }

    /// Its language (a BCP 47 tag), when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().language(), Some("ko"));
    /// ```
    pub fn language(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.language)
    }

    /// How authoritative it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("netflix-help-118959").unwrap().authority(), kdrama::AuthorityTier::Official);
    /// ```
    pub fn authority(&self) -> AuthorityTier {
        self.row.authority
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let wiki = g.source("wiki-en").unwrap();
    /// assert_eq!(wiki.to_source().authority(), wiki.authority());
    /// ```
    pub fn to_source(&self) -> Source {
        self.store().source(self.row)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (&'a SourceId, &'a str, Option<&'a str>, &'a str),
        (Option<Release>, Option<&'a str>, AuthorityTier),
    ) {
        (
            (self.id(), self.publisher(), self.title(), self.url()),
            (self.published(), self.language(), self.authority()),
        )
    }
}

impl fmt::Debug for SourceRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_source().fmt(f)
    }
}
