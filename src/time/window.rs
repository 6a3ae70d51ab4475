//! The window of instants a release stands for.

use chrono::{DateTime, Utc};
use serde::Serialize;

/// A half-open interval of instants `[start, end)`: when a [`Release`](crate::Release) may happen.
///
/// ```
/// use kdrama::{Release, Zone};
/// let w = "2023".parse::<Release>()?.window(Zone::utc()).unwrap();
/// assert!(w.contains(w.start()));
/// assert!(!w.contains(w.end()));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Window {
    pub(crate) start: DateTime<Utc>,
    pub(crate) end: DateTime<Utc>,
}

impl Window {
    /// The earliest possible instant (inclusive).
    ///
    /// ```
    /// let w = "2023".parse::<kdrama::Release>()?.window(kdrama::Zone::utc()).unwrap();
    /// assert_eq!(w.start().to_rfc3339(), "2023-01-01T00:00:00+00:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }

    /// The end of the window (exclusive); equal to `start` for an exact instant.
    ///
    /// ```
    /// let w = "2023".parse::<kdrama::Release>()?.window(kdrama::Zone::utc()).unwrap();
    /// assert_eq!(w.end().to_rfc3339(), "2024-01-01T00:00:00+00:00");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }

    /// Whether this window is a single exact instant.
    ///
    /// ```
    /// let r: kdrama::Release = "2023-03-10T17:00+09:00".parse()?;
    /// assert!(r.window(kdrama::Zone::seoul()).unwrap().is_instant());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn is_instant(&self) -> bool {
        self.start == self.end
    }

    /// Whether `at` lies in `[start, end)`.
    ///
    /// ```
    /// let w = "2023".parse::<kdrama::Release>()?.window(kdrama::Zone::utc()).unwrap();
    /// assert!(w.contains(w.start() + chrono::Duration::days(40)));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        self.start <= at && at < self.end
    }

    /// The latest instant the release can happen at: `start` for an exact
    /// instant, otherwise the last nanosecond before `end`.
    pub(crate) fn latest(&self) -> DateTime<Utc> {
        if self.is_instant() {
            self.start
        } else {
            self.end - chrono::Duration::nanoseconds(1)
        }
    }

    /// Whether this window certainly ends before `other` can begin.
    pub(crate) fn certainly_before(&self, other: &Window) -> bool {
        self.latest() < other.start
    }
}
