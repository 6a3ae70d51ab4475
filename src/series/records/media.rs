//! The media assets of a series, as views.

use std::fmt;

use crate::id::{CharacterId, MediaId, MotifId, OrganizationId};
use crate::model::cites::Citations;
use crate::model::media::{LifecycleEvent, MediaAsset};
use crate::vocab::MediaKind;

use super::MediaRef;

impl<'a> MediaRef<'a> {
    /// The asset's id.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().id().as_str(), "part-1-first-poster");
    /// ```
    pub fn id(&self) -> &'a MediaId {
        &self.row.id
    }

    /// What kind of asset it is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().kind(), kdrama::MediaKind::MainPoster);
    /// ```
    pub fn kind(&self) -> MediaKind {
        self.row.kind
    }

    /// A descriptive title.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().title(), "Part 2 main poster");
    /// ```
    pub fn title(&self) -> &'a str {
        self.store().text_of(self.row.title)
    }

    /// The part it promotes, when specific to one.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().part(), Some(2));
    /// ```
    pub fn part(&self) -> Option<u32> {
        (self.row.part != 0).then_some(self.row.part)
    }

    /// The platform it was published on.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().platform().map(|p| p.as_str()), Some("netflix"));
    /// ```
    pub fn platform(&self) -> Option<&'a OrganizationId> {
        let organizations = self.series.organizations();
        organizations
            .get(self.row.platform as usize)
            .map(|o| o.id())
    }

    /// The characters it depicts.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().depicts()[0].as_str(), "moon-dong-eun");
    /// ```
    pub fn depicts(&self) -> &'a [CharacterId] {
        self.store().depicts_of(self.row)
    }

    /// The motifs it shows.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media_asset("part-2-main-poster").unwrap().motifs().len(), 2);
    /// ```
    pub fn motifs(&self) -> &'a [MotifId] {
        self.store().motifs_of(self.row)
    }

    /// Its copy line, as printed (usually Korean).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.media().first().unwrap().copy(), Some("용서는 없어, 그래서 영광도 없겠지만"));
    /// ```
    pub fn copy(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.copy)
    }

    /// A description in the dataset's own words.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.media().first().unwrap().description().is_some());
    /// ```
    pub fn description(&self) -> Option<&'a str> {
        self.store().opt_text_of(self.row.description)
    }

    /// What happened to it, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let draft = g.media_asset("part-1-character-poster-draft").unwrap();
    /// assert_eq!(draft.events().len(), 3);
    /// ```
    pub fn events(&self) -> &'a [LifecycleEvent] {
        self.store().events_of(self.row)
    }

    /// An owned copy, as it would be given to a
    /// [`SeriesBuilder`](crate::SeriesBuilder).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let poster = g.media_asset("part-2-main-poster").unwrap();
    /// assert_eq!(poster.to_media_asset().motifs(), poster.motifs());
    /// ```
    pub fn to_media_asset(&self) -> MediaAsset {
        let organizations = &self.series.data.organizations;
        self.store().media_asset(self.row, organizations)
    }

    #[allow(clippy::type_complexity)]
    pub(super) fn fields(
        &self,
    ) -> (
        (&'a MediaId, MediaKind, &'a str, Option<u32>),
        (Option<&'a OrganizationId>, &'a [CharacterId], &'a [MotifId]),
        (
            Option<&'a str>,
            Option<&'a str>,
            &'a [LifecycleEvent],
            Citations<'a>,
        ),
    ) {
        (
            (self.id(), self.kind(), self.title(), self.part()),
            (self.platform(), self.depicts(), self.motifs()),
            (self.copy(), self.description(), self.events(), self.cites()),
        )
    }
}

impl fmt::Debug for MediaRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.to_media_asset().fmt(f)
    }
}
