//! The differences between two series, by path: to check an imported series
//! against a curated one, or to see what changed between two versions of a
//! dataset.

use std::fmt;

use foldhash::{HashMap, HashMapExt};

use crate::search::fold::normalize_name;
use crate::series::Series;
use crate::series::records::Aliases;
use crate::time::release::Release;

/// One difference: where, and the value on each side (`None` where that
/// side has no such record or value). Displayed as `path: left → right`,
/// with `(none)` for a missing side.
///
/// Paths name records by number or id, not by position: `part 2.release`,
/// `episode 9.release`, `person song-hye-kyo`, `character moon-dong-eun.name`,
/// `cast song-hye-kyo as moon-dong-eun.stage`, `crew kim-eun-sook as writer`.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// let dots = kdrama::datasets::descendants_of_the_sun();
/// let diff = glory.diff(dots);
/// let d = diff.iter().find(|d| d.path() == "titles.english").unwrap();
/// assert_eq!((d.left(), d.right()), (Some("The Glory"), Some("Descendants of the Sun")));
/// assert_eq!(d.to_string(), "titles.english: The Glory → Descendants of the Sun");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    path: String,
    left: Option<String>,
    right: Option<String>,
}

impl Difference {
    /// Where the two series differ.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let d = g.diff(kdrama::datasets::descendants_of_the_sun());
    /// assert!(d.iter().any(|d| d.path() == "parts"));
    /// ```
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The value in the series `diff` was called on, if it has one.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let d = g.diff(kdrama::datasets::descendants_of_the_sun());
    /// assert_eq!(d.iter().find(|d| d.path() == "parts").and_then(|d| d.left()), Some("2"));
    /// ```
    pub fn left(&self) -> Option<&str> {
        self.left.as_deref()
    }

    /// The value in the other series, if it has one.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let d = g.diff(kdrama::datasets::descendants_of_the_sun());
    /// assert_eq!(d.iter().find(|d| d.path() == "parts").and_then(|d| d.right()), Some("1"));
    /// ```
    pub fn right(&self) -> Option<&str> {
        self.right.as_deref()
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let side = |v: &Option<String>| v.clone().unwrap_or_else(|| "(none)".to_owned());
        write!(
            f,
            "{}: {} → {}",
            self.path,
            side(&self.left),
            side(&self.right)
        )
    }
}

/// The differences between two series, in a fixed order: the series'
/// fields, parts, episodes, people, characters, cast, crew. Displayed one
/// difference a line.
///
/// ```
/// let glory = kdrama::datasets::the_glory();
/// assert!(glory.diff(glory).is_empty());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diff {
    differences: Vec<Difference>,
}

impl Diff {
    /// The differences, in order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.diff(kdrama::datasets::descendants_of_the_sun()).iter().count() > 10);
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Difference> {
        self.differences.iter()
    }

    /// How many differences there are.
    ///
    /// ```
    /// assert_eq!(kdrama::datasets::the_glory().diff(kdrama::datasets::the_glory()).len(), 0);
    /// ```
    pub fn len(&self) -> usize {
        self.differences.len()
    }

    /// Whether the two series are the same in everything compared.
    ///
    /// ```
    /// assert!(kdrama::datasets::the_glory().diff(kdrama::datasets::the_glory()).is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.differences.is_empty()
    }

    fn push(&mut self, path: impl Into<String>, left: Option<String>, right: Option<String>) {
        if left != right {
            self.differences.push(Difference {
                path: path.into(),
                left,
                right,
            });
        }
    }
}

impl<'a> IntoIterator for &'a Diff {
    type Item = &'a Difference;
    type IntoIter = std::slice::Iter<'a, Difference>;
    fn into_iter(self) -> Self::IntoIter {
        self.differences.iter()
    }
}

impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.differences {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// A release with its precision, as a diff shows it (`2023-03-10 (day)`).
fn shown(r: Release) -> String {
    use crate::time::release::Precision;
    let precision = match r.precision() {
        Precision::Unannounced => "unannounced",
        Precision::Year => "year",
        Precision::Month => "month",
        Precision::Day => "day",
        Precision::Minute => "minute",
    };
    format!("{r} ({precision})")
}

/// Matches the records of the right side to the left side's: by id first,
/// then by folded name or alias.
struct Matcher<'a> {
    by_id: HashMap<&'a str, usize>,
    by_name: HashMap<String, usize>,
}

impl<'a> Matcher<'a> {
    fn new<T: Copy>(
        records: impl ExactSizeIterator<Item = T>,
        id: impl Fn(T) -> &'a str,
        names: impl Fn(T) -> (&'a str, Aliases<'a>),
    ) -> Matcher<'a> {
        let mut by_id = HashMap::with_capacity(records.len());
        let mut by_name = HashMap::with_capacity(records.len());
        for (i, r) in records.enumerate() {
            by_id.insert(id(r), i);
            let (name, aliases) = names(r);
            by_name.entry(normalize_name(name)).or_insert(i);
            for a in aliases {
                by_name.entry(normalize_name(a.name())).or_insert(i);
            }
        }
        Matcher { by_id, by_name }
    }

    fn find(&self, id: &str, name: &str, aliases: Aliases<'_>) -> Option<usize> {
        self.by_id
            .get(id)
            .or_else(|| self.by_name.get(&normalize_name(name)))
            .or_else(|| {
                aliases
                    .iter()
                    .find_map(|a| self.by_name.get(&normalize_name(a.name())))
            })
            .copied()
    }
}

impl Series {
    /// The differences between this series (left) and `other` (right), by
    /// path: titles and the series' fields; the number of parts, each part's
    /// release (instant and precision) and episode count; specials by id;
    /// each episode's
    /// release (its own, else its part's), title and runtime; people and
    /// characters matched by id, else by name or alias; who plays whom, with
    /// life stage and billing; crew credits. Linear in the two series' sizes.
    ///
    /// ```
    /// use kdrama::Series;
    /// let curated = kdrama::datasets::the_glory();
    /// let json = curated.to_json()?.replace("2023-03-10T17:00+09:00", "2023-03-10");
    /// let changed = Series::from_json(&json)?;
    /// let diff = curated.diff(&changed);
    /// assert_eq!(diff.iter().next().unwrap().to_string(),
    ///     "part 2.release: 2023-03-10T17:00+09:00 (minute) → 2023-03-10 (day)");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn diff(&self, other: &Series) -> Diff {
        let mut d = Diff::default();
        let (a, b) = (self, other);
        let opt = |s: Option<&str>| s.map(str::to_owned);
        d.push("id", Some(a.id().to_string()), Some(b.id().to_string()));
        d.push(
            "titles.english",
            Some(a.titles().english().into()),
            Some(b.titles().english().into()),
        );
        d.push(
            "titles.native",
            opt(a.titles().native()),
            opt(b.titles().native()),
        );
        for (tag, title) in a.titles().localized() {
            d.push(
                format!("titles.localized.{tag}"),
                Some(title.to_string()),
                opt(b.titles().localized_title(tag)),
            );
        }
        for (tag, title) in b.titles().localized() {
            if a.titles().localized_title(tag).is_none() {
                d.push(
                    format!("titles.localized.{tag}"),
                    None,
                    Some(title.to_string()),
                );
            }
        }
        d.push(
            "original_language",
            Some(a.original_language().into()),
            Some(b.original_language().into()),
        );
        d.push(
            "country",
            Some(a.country().into()),
            Some(b.country().into()),
        );
        d.push(
            "home_zone",
            Some(a.home_zone().name().into()),
            Some(b.home_zone().name().into()),
        );
        d.push(
            "platform",
            opt(a.platform().map(|p| p.name())),
            opt(b.platform().map(|p| p.name())),
        );
        d.push("age_rating", opt(a.age_rating()), opt(b.age_rating()));
        let runtime = |s: &Series| {
            s.runtime()
                .map(|r| format!("{}..{} minutes", r.min_minutes(), r.max_minutes()))
        };
        d.push("runtime", runtime(a), runtime(b));
        let genres = |s: &Series| {
            let mut g: Vec<String> = s.genres().iter().map(|g| g.to_lowercase()).collect();
            g.sort();
            (!g.is_empty()).then(|| g.join(", "))
        };
        d.push("genres", genres(a), genres(b));
        let ids = |s: &Series| {
            let e = s.external_ids();
            let list: Vec<String> = [
                e.tmdb().map(|i| format!("tmdb {i}")),
                e.tvmaze().map(|i| format!("tvmaze {i}")),
                e.imdb().map(|i| format!("imdb {i}")),
                e.wikidata().map(|i| format!("wikidata {i}")),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!list.is_empty()).then(|| list.join(", "))
        };
        d.push("external_ids", ids(a), ids(b));
        for r in a.content_ratings() {
            d.push(
                format!("content_ratings.{}", r.country()),
                Some(r.rating().into()),
                b.content_rating(r.country()).map(|r| r.rating().into()),
            );
        }
        for r in b.content_ratings() {
            if a.content_rating(r.country()).is_none() {
                d.push(
                    format!("content_ratings.{}", r.country()),
                    None,
                    Some(r.rating().into()),
                );
            }
        }
        parts(&mut d, a, b);
        people(&mut d, a, b);
        d
    }
}

fn parts(d: &mut Diff, a: &Series, b: &Series) {
    d.push(
        "parts",
        Some(a.parts().len().to_string()),
        Some(b.parts().len().to_string()),
    );
    for n in 0..a.parts().len().max(b.parts().len()) {
        let (pa, pb) = (a.parts().get(n), b.parts().get(n));
        let path = format!("part {}", n + 1);
        d.push(
            format!("{path}.release"),
            pa.map(|p| shown(p.release())),
            pb.map(|p| shown(p.release())),
        );
        d.push(
            format!("{path}.episodes"),
            pa.map(|p| p.episodes().len().to_string()),
            pb.map(|p| p.episodes().len().to_string()),
        );
    }
    let episodes = |s: &Series| -> Vec<(Release, Option<String>, Option<u32>)> {
        s.parts()
            .iter()
            .flat_map(|p| {
                p.episodes().iter().map(move |e| {
                    (
                        e.own_release().unwrap_or(p.release()),
                        e.title().map(str::to_owned),
                        e.runtime_minutes(),
                    )
                })
            })
            .collect()
    };
    for x in a.specials() {
        let path = format!("special {}", x.id());
        match b.special(x.id().as_str()) {
            Some(y) => {
                d.push(
                    format!("{path}.title"),
                    Some(x.title().into()),
                    Some(y.title().into()),
                );
                d.push(
                    format!("{path}.release"),
                    Some(shown(x.release())),
                    Some(shown(y.release())),
                );
            }
            None => d.push(path, Some(x.title().into()), None),
        }
    }
    for y in b.specials() {
        if a.special(y.id().as_str()).is_none() {
            d.push(format!("special {}", y.id()), None, Some(y.title().into()));
        }
    }
    let (ea, eb) = (episodes(a), episodes(b));
    d.push(
        "episodes",
        Some(ea.len().to_string()),
        Some(eb.len().to_string()),
    );
    for n in 0..ea.len().max(eb.len()) {
        let (x, y) = (ea.get(n), eb.get(n));
        let path = format!("episode {}", n + 1);
        if let (Some(x), Some(y)) = (x, y) {
            d.push(
                format!("{path}.release"),
                Some(shown(x.0)),
                Some(shown(y.0)),
            );
            d.push(format!("{path}.title"), x.1.clone(), y.1.clone());
            d.push(
                format!("{path}.runtime_minutes"),
                x.2.map(|m| m.to_string()),
                y.2.map(|m| m.to_string()),
            );
        }
    }
}

fn people(d: &mut Diff, a: &Series, b: &Series) {
    // People: each right record matched to a left one.
    let people = Matcher::new(
        a.people().iter(),
        |p| p.id().as_str(),
        |p| (p.name(), p.aliases()),
    );
    let mut person_match: HashMap<&str, &str> = HashMap::with_capacity(b.people().len());
    let mut matched = vec![false; a.people().len()];
    for p in b.people() {
        match people.find(p.id().as_str(), p.name(), p.aliases()) {
            Some(i) => {
                matched[i] = true;
                let Some(l) = a.people().get(i) else { continue };
                person_match.insert(p.id().as_str(), l.id().as_str());
                d.push(
                    format!("person {}.name", l.id()),
                    Some(l.name().into()),
                    Some(p.name().into()),
                );
                d.push(
                    format!("person {}.native_name", l.id()),
                    l.native_name().map(str::to_owned),
                    p.native_name().map(str::to_owned),
                );
            }
            None => d.push(format!("person {}", p.id()), None, Some(p.name().into())),
        }
    }
    for (i, l) in a.people().iter().enumerate() {
        if !matched[i] {
            d.push(format!("person {}", l.id()), Some(l.name().into()), None);
        }
    }
    let characters = Matcher::new(
        a.characters().iter(),
        |c| c.id().as_str(),
        |c| (c.name(), c.aliases()),
    );
    let mut character_match: HashMap<&str, &str> = HashMap::with_capacity(b.characters().len());
    let mut matched = vec![false; a.characters().len()];
    for c in b.characters() {
        match characters.find(c.id().as_str(), c.name(), c.aliases()) {
            Some(i) => {
                matched[i] = true;
                let Some(l) = a.characters().get(i) else {
                    continue;
                };
                character_match.insert(c.id().as_str(), l.id().as_str());
                d.push(
                    format!("character {}.name", l.id()),
                    Some(l.name().into()),
                    Some(c.name().into()),
                );
            }
            None => d.push(format!("character {}", c.id()), None, Some(c.name().into())),
        }
    }
    for (i, l) in a.characters().iter().enumerate() {
        if !matched[i] {
            d.push(format!("character {}", l.id()), Some(l.name().into()), None);
        }
    }
    // Cast and crew, keyed by the left side's ids.
    let key = |person: Option<&str>, character: &str| {
        format!("{} as {character}", person.unwrap_or("(unconfirmed)"))
    };
    let mut left_cast: HashMap<String, usize> = HashMap::with_capacity(a.cast().len());
    for (i, p) in a.cast().iter().enumerate() {
        left_cast
            .entry(key(p.person().map(|p| p.as_str()), p.character().as_str()))
            .or_insert(i);
    }
    let mut seen = vec![false; a.cast().len()];
    for p in b.cast() {
        let person = p.person().map(|id| {
            person_match
                .get(id.as_str())
                .copied()
                .unwrap_or(id.as_str())
        });
        let character = character_match
            .get(p.character().as_str())
            .copied()
            .unwrap_or(p.character().as_str());
        let k = key(person, character);
        match left_cast.get(&k) {
            Some(&i) => {
                seen[i] = true;
                let Some(l) = a.cast().get(i) else { continue };
                d.push(
                    format!("cast {k}.stage"),
                    Some(l.stage().to_string()),
                    Some(p.stage().to_string()),
                );
                d.push(
                    format!("cast {k}.billing"),
                    l.billing().map(|b| b.to_string()),
                    p.billing().map(|b| b.to_string()),
                );
            }
            None => d.push(format!("cast {k}"), None, Some(p.stage().to_string())),
        }
    }
    for (i, l) in a.cast().iter().enumerate() {
        if !seen[i] {
            d.push(
                format!(
                    "cast {}",
                    key(l.person().map(|p| p.as_str()), l.character().as_str())
                ),
                Some(l.stage().to_string()),
                None,
            );
        }
    }
    let mut left_crew: HashMap<String, usize> = HashMap::with_capacity(a.crew().len());
    for (i, c) in a.crew().iter().enumerate() {
        left_crew
            .entry(format!("{} as {}", c.person(), c.role().as_str()))
            .or_insert(i);
    }
    let mut seen = vec![false; a.crew().len()];
    for c in b.crew() {
        let person = person_match
            .get(c.person().as_str())
            .copied()
            .unwrap_or(c.person().as_str());
        let k = format!("{person} as {}", c.role().as_str());
        match left_crew.get(&k) {
            Some(&i) => seen[i] = true,
            None => d.push(format!("crew {k}"), None, Some(c.role().to_string())),
        }
    }
    for (i, c) in a.crew().iter().enumerate() {
        if !seen[i] {
            d.push(
                format!("crew {} as {}", c.person(), c.role().as_str()),
                Some(c.role().to_string()),
                None,
            );
        }
    }
}
