//! A catalog of many series, indexed once.

use foldhash::{HashMap, HashMapExt};

use crate::error::shown;

use chrono::{DateTime, Duration, Utc};

use crate::error::{Error, Result};
use crate::error::{Violation, ViolationKind, Violations};
use crate::id::{AsId, PersonId, SeriesId};
use crate::search::{FirstRecord, Matches, NameIndex};
use crate::series::Series;
use crate::series::records::{Aliases, CharacterRef, CrewCreditRef, PersonRef, PortrayalRef};
use crate::series::schedule::ReleaseUnit;
use crate::text::Text;
use crate::time::window::Window;

/// One credit in a person's filmography.
///
/// ```
/// let catalog = kdrama::datasets::catalog();
/// let credit = catalog.filmography("song-hye-kyo").next().unwrap();
/// assert_eq!(credit.series().id().as_str(), "descendants-of-the-sun");
/// assert!(matches!(credit, kdrama::Credit::Cast { .. }));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Credit<'a> {
    /// A role.
    Cast {
        /// The series.
        series: &'a Series,
        /// The cast credit.
        portrayal: PortrayalRef<'a>,
        /// The character played.
        character: CharacterRef<'a>,
    },
    /// A crew job.
    Crew {
        /// The series.
        series: &'a Series,
        /// The crew credit.
        credit: CrewCreditRef<'a>,
    },
}

impl<'a> Credit<'a> {
    /// The series the credit is in.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// assert!(catalog.filmography("kim-eun-sook").all(|c| !c.series().titles().english().is_empty()));
    /// ```
    pub fn series(&self) -> &'a Series {
        match self {
            Credit::Cast { series, .. } | Credit::Crew { series, .. } => series,
        }
    }
}

/// A release unit of some series in a catalog, with its window.
///
/// ```
/// use chrono::{TimeZone, Utc};
/// let catalog = kdrama::datasets::catalog();
/// let start = Utc.with_ymd_and_hms(2023, 3, 6, 0, 0, 0).unwrap();
/// let week = catalog.releases_between(start, start + chrono::Duration::weeks(1)).next().unwrap();
/// assert_eq!((week.series().titles().english(), week.unit().label()), ("The Glory", "Part 2".to_owned()));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct CatalogRelease<'a> {
    series: &'a Series,
    unit: ReleaseUnit<'a>,
    window: Window,
}

impl<'a> CatalogRelease<'a> {
    /// The series.
    ///
    /// ```
    /// use chrono::TimeZone;
    /// let catalog = kdrama::datasets::catalog();
    /// let start = chrono::Utc.with_ymd_and_hms(2023, 3, 6, 0, 0, 0).unwrap();
    /// let r = catalog.releases_between(start, start + chrono::Duration::weeks(1)).next().unwrap();
    /// assert_eq!(r.series().id().as_str(), "the-glory");
    /// ```
    pub fn series(&self) -> &'a Series {
        self.series
    }

    /// The part or episode.
    ///
    /// ```
    /// use chrono::TimeZone;
    /// let catalog = kdrama::datasets::catalog();
    /// let start = chrono::Utc.with_ymd_and_hms(2023, 3, 6, 0, 0, 0).unwrap();
    /// let r = catalog.releases_between(start, start + chrono::Duration::weeks(1)).next().unwrap();
    /// assert_eq!(r.unit().part().map(|p| p.number()), Some(2));
    /// ```
    pub fn unit(&self) -> ReleaseUnit<'a> {
        self.unit
    }

    /// When it may be released (an instant for exact releases).
    ///
    /// ```
    /// use chrono::TimeZone;
    /// let catalog = kdrama::datasets::catalog();
    /// let start = chrono::Utc.with_ymd_and_hms(2023, 3, 6, 0, 0, 0).unwrap();
    /// let r = catalog.releases_between(start, start + chrono::Duration::weeks(1)).next().unwrap();
    /// assert!(r.window().is_instant());
    /// ```
    pub fn window(&self) -> Window {
        self.window
    }
}

/// A cast or crew credit in 8 bytes: its series, and its position in the
/// series' cast list or, with the top bit set, its crew list (each holds at
/// most [`MAX_RECORDS`](crate::MAX_RECORDS) records).
#[derive(Debug, Clone, Copy)]
struct CreditRef {
    series: u32,
    at: u32,
}

const CREW_BIT: u32 = 1 << 31;

impl CreditRef {
    fn cast(series: u32, i: usize) -> CreditRef {
        CreditRef {
            series,
            at: i as u32 & !CREW_BIT,
        }
    }

    fn crew(series: u32, i: usize) -> CreditRef {
        CreditRef {
            series,
            at: i as u32 | CREW_BIT,
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct ReleaseRef {
    /// The release's window in its series' home zone, kept so that a query
    /// does not compute it again.
    window: Window,
    series: u32,
    /// A part and maybe one of its episodes, or (with no part) a special.
    part: u32,
    episode: Option<u32>,
    special: bool,
}

/// A person id's first record while a catalog is built: where it is, and
/// the names later records of the id are compared with, copied beside each
/// other so that the comparison does not reach back into the first record
/// (the aliases excepted, which are compared only when as many).
struct FirstNames<'a> {
    at: (u32, u32),
    name: Text,
    native: Option<Text>,
    aliases: Aliases<'a>,
}

impl<'a> FirstNames<'a> {
    fn of(at: (u32, u32), p: PersonRef<'a>) -> FirstNames<'a> {
        FirstNames {
            at,
            name: p.name().into(),
            native: p.native_name().map(Text::from),
            aliases: p.aliases(),
        }
    }
}

/// Many series, indexed once at construction: people across series,
/// filmographies, collaborations, releases by time, and name search.
///
/// Lookups by series or person id are hash lookups; names, credits and
/// release windows are binary searches over sorted vectors built once.
///
/// ```
/// let catalog = kdrama::datasets::catalog();
/// let shared: Vec<&str> = catalog
///     .collaborations("song-hye-kyo", "kim-eun-sook")
///     .map(|s| s.titles().english())
///     .collect();
/// assert_eq!(shared, ["Descendants of the Sun", "The Glory"]);
/// ```
#[derive(Debug, Clone)]
pub struct Catalog {
    series: Vec<Series>,
    /// Series by id; the key a plain boxed copy of the slug, which hashes
    /// and compares a little faster than the id's compact text.
    by_id: HashMap<Box<str>, usize>,
    people: HashMap<PersonId, (u32, u32)>,
    /// Every credit, keyed by its person's first record (see `people`),
    /// sorted by key and, within a key, in catalog order.
    credits: Vec<((u32, u32), CreditRef)>,
    names: NameIndex,
    releases: Vec<ReleaseRef>,
    longest_window: Duration,
}

impl Catalog {
    /// Indexes `series`, checking that ids are unique and that one person id
    /// means one person everywhere (the same native name).
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] listing every duplicate series id and every
    /// conflicting person, with paths such as `series[1].people[0].native_name`.
    ///
    /// ```
    /// use kdrama::{Catalog, Person, Series};
    /// let a = Series::builder("a".parse()?, "A").person(Person::new("kim".parse()?, "Kim").with_native_name("김")).build()?;
    /// let b = Series::builder("b".parse()?, "B").person(Person::new("kim".parse()?, "Kim").with_native_name("금")).build()?;
    /// let err = Catalog::new(vec![a, b]).unwrap_err();
    /// assert_eq!(err.violations().unwrap().iter().next().unwrap().path(), "series[1].people[0].native_name");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(series: Vec<Series>) -> Result<Catalog> {
        Catalog::build(series).map_err(|(e, _)| e)
    }

    /// Adds a series, checking it against the catalog as [`Catalog::new`]
    /// does; on error the catalog is unchanged. The indexes are rebuilt, so
    /// an add costs as much as building the whole catalog: to build a large
    /// one, collect an iterator instead.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] when the series id is taken or a person id of the
    /// new series means someone else in the catalog.
    ///
    /// ```
    /// let mine = kdrama::Series::builder("my-drama".parse()?, "My Drama").build()?;
    /// let mut catalog = kdrama::datasets::catalog().clone();
    /// catalog.add(mine.clone())?;
    /// assert_eq!(catalog.series().len(), 3);
    /// assert!(catalog.add(mine).is_err(), "the id is taken");
    /// assert_eq!(catalog.series().len(), 3);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn add(&mut self, series: Series) -> Result<()> {
        let mut all = std::mem::take(&mut self.series);
        all.push(series);
        match Catalog::build(all) {
            Ok(catalog) => {
                *self = catalog;
                Ok(())
            }
            Err((e, mut all)) => {
                all.pop();
                self.series = all;
                Err(e)
            }
        }
    }

    /// Builds the indexes; on error, hands the series back.
    fn build(series: Vec<Series>) -> std::result::Result<Catalog, (Error, Vec<Series>)> {
        let mut violations = Vec::new();
        let mut by_id = HashMap::with_capacity(series.len());
        let mut people: HashMap<PersonId, (u32, u32)> = HashMap::new();
        let credits_len = series.iter().map(|s| s.cast().len() + s.crew().len()).sum();
        let mut credits = Vec::with_capacity(credits_len);
        let mut releases = Vec::with_capacity(series.len() * 2);
        let people_len = series.iter().map(|s| s.people().len()).sum();
        let mut firsts = Vec::with_capacity(people_len);
        // While building, `people` maps an id to its position in `seen`
        // (the first half of the pair), which keeps what later records of
        // the id are checked against; the pairs become first-record
        // positions at the end.
        let mut seen: Vec<FirstNames> = Vec::new();
        for (si, s) in series.iter().enumerate() {
            if let Some(first) = by_id.insert(s.id().as_str().into(), si) {
                by_id.insert(s.id().as_str().into(), first);
                violations.push(Violation::duplicate_id(
                    "series",
                    si,
                    first,
                    "series",
                    s.id().as_str(),
                ));
            }
            let si = si as u32;
            for (pi, p) in s.people().iter().enumerate() {
                let here = (si, pi as u32);
                match people.get(p.id()) {
                    None => {
                        people.insert(p.id().clone(), (seen.len() as u32, 0));
                        seen.push(FirstNames::of(here, p));
                        firsts.push(FirstRecord {
                            at: here,
                            repeat: false,
                        });
                    }
                    Some(&(n, _)) => {
                        let first = &seen[n as usize];
                        let (fs, fp) = first.at;
                        let differs = [
                            ("name", Some(first.name.as_str()), Some(p.name())),
                            ("native_name", first.native.as_deref(), p.native_name()),
                        ]
                        .into_iter()
                        .find(|(_, a, b)| a != b);
                        firsts.push(FirstRecord {
                            at: first.at,
                            repeat: differs.is_none() && first.aliases == p.aliases(),
                        });
                        if let Some((field, a, b)) = differs {
                            let show = |v: Option<&str>| v.map_or("none".to_owned(), shown);
                            violations.push(Violation::error(
                                format!("series[{si}].people[{pi}].{field}"),
                                ViolationKind::ConflictingPerson,
                                format!(
                                    "person {:?} has {} {} here but {} at series[{fs}].people[{fp}] ({:?}): expected one person per id",
                                    p.id().as_str(),
                                    field.replace('_', " "),
                                    show(b),
                                    show(a),
                                    series[fs as usize].id().as_str()
                                ),
                            ));
                        }
                    }
                }
            }
            // A valid series lists every person it credits, so each has a key.
            let first_of = |id: &PersonId| people.get(id).map(|&(n, _)| seen[n as usize].at);
            let cast = s.cast().iter().enumerate().filter_map(|(ci, c)| {
                let key = first_of(c.person()?)?;
                Some((key, CreditRef::cast(si, ci)))
            });
            let crew = s.crew().iter().enumerate().filter_map(|(ci, c)| {
                let key = first_of(c.person())?;
                Some((key, CreditRef::crew(si, ci)))
            });
            credits.extend(cast.chain(crew));
            let zone = s.home_zone();
            for (pi, part) in s.parts().iter().enumerate() {
                let per_episode = part.episodes().iter().any(|e| e.own_release().is_some());
                let mut add = |release: crate::time::release::Release, episode: Option<u32>| {
                    if let Some(window) = release.window(zone) {
                        releases.push(ReleaseRef {
                            window,
                            series: si,
                            part: pi as u32,
                            episode,
                            special: false,
                        });
                    }
                };
                if per_episode {
                    for (ei, e) in part.episodes().iter().enumerate() {
                        add(e.own_release().unwrap_or(part.release()), Some(ei as u32));
                    }
                } else {
                    add(part.release(), None);
                }
            }
            for (i, special) in s.specials().iter().enumerate() {
                if let Some(window) = special.release().window(zone) {
                    releases.push(ReleaseRef {
                        window,
                        series: si,
                        part: i as u32,
                        episode: None,
                        special: true,
                    });
                }
            }
        }
        for at in people.values_mut() {
            *at = seen[at.0 as usize].at;
        }
        drop(seen);
        if !violations.is_empty() {
            return Err((Error::Invalid(Violations::new(violations)), series));
        }
        releases.sort_by_key(|r| (r.window.start, r.series, r.special, r.part, r.episode));
        credits.sort_by_key(|&(key, _)| key);
        let longest_window = releases
            .iter()
            .map(|r| r.window.latest() - r.window.start)
            .max()
            .unwrap_or_else(Duration::zero);
        let names = NameIndex::build(&series, &firsts);
        Ok(Catalog {
            series,
            by_id,
            people,
            credits,
            names,
            releases,
            longest_window,
        })
    }

    /// Every series, in the order given.
    ///
    /// ```
    /// assert_eq!(kdrama::datasets::catalog().series().len(), 2);
    /// ```
    pub fn series(&self) -> &[Series] {
        &self.series
    }

    /// The series with this id.
    ///
    /// ```
    /// assert!(kdrama::datasets::catalog().series_by_id("the-glory").is_some());
    /// ```
    pub fn series_by_id(&self, id: impl AsId<SeriesId>) -> Option<&Series> {
        self.by_id
            .get(id.id_str())
            .and_then(|&i| self.series.get(i))
    }

    /// The person with this id, as recorded in the first series that has them.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// assert_eq!(catalog.person("kim-eun-sook").map(|p| p.native_name()), Some(Some("김은숙")));
    /// ```
    pub fn person(&self, id: impl AsId<PersonId>) -> Option<PersonRef<'_>> {
        let &(s, p) = self.people.get(id.id_str())?;
        self.series.get(s as usize)?.people().get(p as usize)
    }

    /// Every credit of `person` across the catalog, in series order, then
    /// cast credits before crew credits, each in record order.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// let series: Vec<&str> = catalog.filmography("kim-eun-sook").map(|c| c.series().id().as_str()).collect();
    /// assert_eq!(series, ["descendants-of-the-sun", "the-glory", "the-glory"]);
    /// ```
    pub fn filmography(
        &self,
        person: impl AsId<PersonId>,
    ) -> impl Iterator<Item = Credit<'_>> + '_ {
        self.credits_of(person.id_str())
            .iter()
            .filter_map(move |&(_, c)| self.credit(c))
    }

    /// The credits of `person`, in catalog order.
    fn credits_of(&self, person: &str) -> &[((u32, u32), CreditRef)] {
        let Some(&key) = self.people.get(person) else {
            return &[];
        };
        let start = self.credits.partition_point(|&(k, _)| k < key);
        let len = self.credits[start..].partition_point(|&(k, _)| k == key);
        &self.credits[start..start + len]
    }

    fn credit(&self, c: CreditRef) -> Option<Credit<'_>> {
        let series = self.series.get(c.series as usize)?;
        let i = (c.at & !CREW_BIT) as usize;
        if c.at & CREW_BIT == 0 {
            let portrayal = series.cast().get(i)?;
            let character = portrayal.played()?;
            Some(Credit::Cast {
                series,
                portrayal,
                character,
            })
        } else {
            Some(Credit::Crew {
                series,
                credit: series.crew().get(i)?,
            })
        }
    }

    fn series_of(&self, person: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = self
            .credits_of(person)
            .iter()
            .map(|(_, c)| c.series)
            .collect();
        ids.dedup();
        ids
    }

    /// The series in which both people have a credit (cast or crew), in
    /// catalog order.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// assert_eq!(catalog.collaborations("song-joong-ki", "lim-ji-yeon").count(), 0);
    /// ```
    pub fn collaborations(
        &self,
        a: impl AsId<PersonId>,
        b: impl AsId<PersonId>,
    ) -> impl Iterator<Item = &Series> + '_ {
        let theirs = self.series_of(b.id_str());
        self.series_of(a.id_str())
            .into_iter()
            .filter(move |s| theirs.binary_search(s).is_ok())
            .filter_map(|s| self.series.get(s as usize))
    }

    /// Releases whose windows meet `[start, end)`, ordered by window start.
    /// Exact releases count when their instant is in the range; imprecise ones
    /// when any part of their window is. Any instants chrono can represent
    /// are accepted (`DateTime::<Utc>::MIN_UTC` to `MAX_UTC`); an empty or
    /// reversed range has no releases.
    ///
    /// ```
    /// use chrono::{TimeZone, Utc};
    /// let catalog = kdrama::datasets::catalog();
    /// let march_2016 = catalog
    ///     .releases_between(Utc.with_ymd_and_hms(2016, 3, 1, 0, 0, 0).unwrap(), Utc.with_ymd_and_hms(2016, 4, 1, 0, 0, 0).unwrap())
    ///     .count();
    /// assert_eq!(march_2016, 10);
    /// assert_eq!(catalog.releases_between(chrono::DateTime::<Utc>::MIN_UTC, chrono::DateTime::<Utc>::MAX_UTC).count(), 21);
    /// ```
    pub fn releases_between<'a>(
        &'a self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> impl Iterator<Item = CatalogRelease<'a>> + 'a {
        // A window that meets the range starts at most `longest_window` before
        // it (or at the earliest instant there is).
        let earliest = start
            .checked_sub_signed(self.longest_window)
            .unwrap_or(DateTime::<Utc>::MIN_UTC);
        let from = self.releases.partition_point(|r| r.window.start < earliest);
        let to = self.releases.partition_point(|r| r.window.start < end);
        self.releases[from..to.max(from)]
            .iter()
            .filter(move |r| r.window.latest() >= start)
            .filter_map(move |r| {
                let series = self.series.get(r.series as usize)?;
                let unit = if r.special {
                    ReleaseUnit::of_special(series, series.specials().get(r.part as usize)?)
                } else {
                    let part = series.parts().get(r.part as usize)?;
                    let episode = match r.episode {
                        Some(e) => Some(part.episodes().get(e as usize)?),
                        None => None,
                    };
                    ReleaseUnit::numbered(part, episode)
                };
                Some(CatalogRelease {
                    series,
                    unit,
                    window: r.window,
                })
            })
    }

    /// Searches the titles, people and characters of every series by any
    /// name variant, best first (see [`Matches`]); a person in several
    /// series is one result. The index is built once, with the catalog.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// let hit = catalog.search("Song Hye-gyo").next().unwrap();
    /// assert_eq!(hit.subject().name(), "Song Hye-kyo");
    /// ```
    pub fn search<'a>(&'a self, query: &str) -> Matches<'a, 'a> {
        self.names.search(&self.series, query)
    }
}

impl PartialEq for Catalog {
    /// Two catalogs are equal when they hold equal series in the same order
    /// (the indexes follow from the series).
    fn eq(&self, other: &Catalog) -> bool {
        self.series == other.series
    }
}

impl Eq for Catalog {}

impl FromIterator<Series> for Result<Catalog> {
    /// Collects series into a catalog, checked as [`Catalog::new`] does.
    ///
    /// ```
    /// let mine = kdrama::Series::builder("my-drama".parse()?, "My Drama").build()?;
    /// let catalog: kdrama::Catalog = kdrama::datasets::all()
    ///     .cloned()
    ///     .chain([mine])
    ///     .collect::<kdrama::Result<kdrama::Catalog>>()?;
    /// assert!(catalog.series_by_id("my-drama").is_some());
    /// assert_eq!(&catalog, &catalog.clone());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    fn from_iter<I: IntoIterator<Item = Series>>(series: I) -> Result<Catalog> {
        Catalog::new(series.into_iter().collect())
    }
}

impl serde::Serialize for Catalog {
    /// The series, in order, as a sequence.
    ///
    /// ```
    /// let catalog = kdrama::datasets::catalog();
    /// let json = serde_json::to_value(catalog)?;
    /// assert_eq!(json[0]["id"], "descendants-of-the-sun");
    /// let back: kdrama::Catalog = serde_json::from_value(json)?;
    /// assert_eq!(&back, catalog);
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.series.serialize(s)
    }
}

impl<'de> serde::Deserialize<'de> for Catalog {
    /// A sequence of series, each validated, then checked together as
    /// [`Catalog::new`] does.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Catalog, D::Error> {
        let series: Vec<Series> = crate::de::records::deserialize(d)?;
        Catalog::new(series).map_err(serde::de::Error::custom)
    }
}
