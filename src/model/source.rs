//! Sources: where each fact comes from, and how far to trust it.

use serde::{Deserialize, Serialize};

use crate::id::SourceId;
use crate::text::Text;
use crate::time::release::Release;
use crate::vocab::AuthorityTier;

/// A published document that facts rest on.
///
/// ```
/// use kdrama::{AuthorityTier, Source};
/// let source = Source::new(
///     "xportsnews-1668499".parse()?,
///     "Xports News",
///     "https://xportsnews.com/article/1668499",
///     AuthorityTier::Press,
/// )
/// .with_published("2022-12-22T17:36+09:00".parse()?)
/// .with_language("ko");
/// assert_eq!(source.authority(), AuthorityTier::Press);
/// assert_eq!(source.published().map(|p| p.to_string()).as_deref(), Some("2022-12-22T17:36+09:00"));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub(crate) id: SourceId,
    pub(crate) publisher: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) title: Option<Text>,
    pub(crate) url: Text,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) published: Option<Release>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    pub(crate) language: Option<Text>,
    pub(crate) authority: AuthorityTier,
}

impl Source {
    /// A source with its id, publisher, URL and authority tier.
    ///
    /// ```
    /// let s = kdrama::Source::new("wiki".parse()?, "Wikipedia", "https://en.wikipedia.org/", kdrama::AuthorityTier::Reference);
    /// assert_eq!(s.publisher(), "Wikipedia");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(
        id: SourceId,
        publisher: impl Into<Text>,
        url: impl Into<Text>,
        authority: AuthorityTier,
    ) -> Source {
        Source {
            id,
            publisher: publisher.into(),
            title: None,
            url: url.into(),
            published: None,
            language: None,
            authority,
        }
    }

    /// Sets the document's title.
    ///
    /// ```
    /// let s = kdrama::Source::new("wiki".parse()?, "Wikipedia", "https://en.wikipedia.org/", kdrama::AuthorityTier::Reference).with_title("The Glory (TV series)");
    /// assert_eq!(s.title(), Some("The Glory (TV series)"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_title(mut self, title: impl Into<Text>) -> Source {
        self.title = Some(title.into());
        self
    }

    /// Sets when it was published, as precisely as known.
    ///
    /// ```
    /// let s = kdrama::Source::new("wiki".parse()?, "Wikipedia", "https://en.wikipedia.org/", kdrama::AuthorityTier::Reference).with_published("2023-03".parse()?);
    /// assert_eq!(s.published().map(|p| p.to_string()).as_deref(), Some("2023-03"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_published(mut self, published: Release) -> Source {
        self.published = Some(published);
        self
    }

    /// Sets its BCP 47 language tag.
    ///
    /// ```
    /// let s = kdrama::Source::new("wiki".parse()?, "Wikipedia", "https://en.wikipedia.org/", kdrama::AuthorityTier::Reference).with_language("en");
    /// assert_eq!(s.language(), Some("en"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_language(mut self, tag: impl Into<Text>) -> Source {
        self.language = Some(tag.into());
        self
    }

    /// The id records cite it by.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.sources().first().unwrap().id().as_str(), "wiki-en");
    /// ```
    pub fn id(&self) -> &SourceId {
        &self.id
    }

    /// Who published it.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().publisher(), "Xports News");
    /// ```
    pub fn publisher(&self) -> &str {
        &self.publisher
    }

    /// Its title, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().title(), None);
    /// ```
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Where it can be read (`http` or `https`).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().url(), "https://xportsnews.com/article/1668499");
    /// ```
    pub fn url(&self) -> &str {
        &self.url
    }

    /// When it was published, when known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("wiki-en").unwrap().published(), None);
    /// ```
    pub fn published(&self) -> Option<Release> {
        self.published
    }

    /// Its language tag, when recorded.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("xportsnews-1668499").unwrap().language(), Some("ko"));
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// How far it can be trusted.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.source("netflix-help-118959").unwrap().authority(), kdrama::AuthorityTier::Official);
    /// ```
    pub fn authority(&self) -> AuthorityTier {
        self.authority
    }
}
