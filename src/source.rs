//! Sources: where each fact comes from, and how far to trust it.

use serde::{Deserialize, Serialize};

use crate::id::SourceId;
use crate::release::Release;
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
#[serde(deny_unknown_fields)]
pub struct Source {
    id: SourceId,
    publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<String>,
    url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    published: Option<Release>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    language: Option<String>,
    authority: AuthorityTier,
}

impl Source {
    /// A source with its id, publisher, URL and authority tier.
    pub fn new(
        id: SourceId,
        publisher: impl Into<String>,
        url: impl Into<String>,
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
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Source {
        self.title = Some(title.into());
        self
    }

    /// Sets when it was published, as precisely as known.
    #[must_use]
    pub fn with_published(mut self, published: Release) -> Source {
        self.published = Some(published);
        self
    }

    /// Sets its BCP 47 language tag.
    #[must_use]
    pub fn with_language(mut self, tag: impl Into<String>) -> Source {
        self.language = Some(tag.into());
        self
    }

    /// The id records cite it by.
    pub fn id(&self) -> &SourceId {
        &self.id
    }

    /// Who published it.
    pub fn publisher(&self) -> &str {
        &self.publisher
    }

    /// Its title, when recorded.
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// Where it can be read (`http` or `https`).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// When it was published, when known.
    pub fn published(&self) -> Option<Release> {
        self.published
    }

    /// Its language tag, when recorded.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// How far it can be trusted.
    pub fn authority(&self) -> AuthorityTier {
        self.authority
    }
}
