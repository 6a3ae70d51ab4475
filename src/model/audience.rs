//! Audience measurements: what was measured, of what, over which period, by
//! whom, with the value in its unit.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::id::{MeasurementId, SpecialId};
use crate::model::cites::{Cites, impl_cites};
use crate::model::disputes::Dispute;
use crate::model::quantity::{Quantity, Unit};
use crate::text::Text;
use crate::vocab::{Area, Counter, Panel, Qualifier, Top10List};

/// One reported audience figure.
///
/// ```
/// use kdrama::{Area, Measured, Measurement, Metric, Panel, Period, Quantity};
/// let m = Measurement::new(
///     "episode-16-nationwide".parse()?,
///     Metric::HouseholdRating { panel: Panel::AgbNielsen, area: Area::Nationwide },
///     Measured::Episode(16),
///     Period::Broadcast,
///     Quantity::percent(38.8)?,
/// );
/// assert_eq!(m.value().to_string(), "38.8%");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Measurement {
    id: MeasurementId,
    metric: Metric,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    of: Measured,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    period: Period,
    value: Quantity,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    qualifier: Qualifier,
    #[serde(
        default,
        deserialize_with = "crate::time::strict::deserialize_day_opt",
        skip_serializing_if = "crate::de::omit"
    )]
    reported: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    note: Option<Text>,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    disputed: Option<Dispute<Quantity>>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

// Not derivable here: the enum is declared by the `vocab!` macro.
#[allow(clippy::derivable_impls)]
impl Default for Qualifier {
    fn default() -> Qualifier {
        Qualifier::Exact
    }
}

impl crate::de::Omit for Qualifier {
    fn is_omitted(&self) -> bool {
        *self == Qualifier::Exact
    }
}

impl crate::de::Omit for Measured {
    fn is_omitted(&self) -> bool {
        *self == Measured::Series
    }
}

impl crate::de::Omit for Period {
    fn is_omitted(&self) -> bool {
        *self == Period::Broadcast
    }
}

impl Measurement {
    /// A figure: its metric, what it measures, over which period, and its value.
    ///
    /// ```
    /// use kdrama::{Measured, Measurement, Metric, Period, Quantity, Top10List};
    /// let m = Measurement::new("w2-rank".parse()?, Metric::WeeklyRank { list: Top10List::NonEnglishTv },
    ///     Measured::Series, Period::Week("2023-01-02".parse().unwrap()), Quantity::Rank(1));
    /// assert_eq!(m.metric().to_string(), "weekly rank in Netflix's non-English TV Top 10");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(
        id: MeasurementId,
        metric: Metric,
        of: Measured,
        period: Period,
        value: Quantity,
    ) -> Measurement {
        Measurement {
            id,
            metric,
            of,
            period,
            value,
            qualifier: Qualifier::Exact,
            reported: None,
            note: None,
            disputed: None,
            cites: Cites::new(),
        }
    }

    /// Says how exact the figure is (default [`Qualifier::Exact`]).
    ///
    /// ```
    /// # use kdrama::*;
    /// let m = Measurement::new("v".parse()?, Metric::Views { counter: Counter::Producer }, Measured::Series,
    ///     Period::Broadcast, Quantity::Views(1_000_000_000)).qualified(Qualifier::AtLeast);
    /// assert_eq!(m.to_string(), "at least 1 billion views");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn qualified(mut self, qualifier: Qualifier) -> Measurement {
        self.qualifier = qualifier;
        self
    }

    /// Sets the date the figure was reported.
    ///
    /// ```
    /// # use kdrama::*;
    /// let m = Measurement::new("r".parse()?, Metric::WeeklyRank { list: Top10List::NonEnglishTv }, Measured::Series,
    ///     Period::Week("2023-01-02".parse().unwrap()), Quantity::Rank(1)).reported_on("2023-01-11".parse().unwrap());
    /// assert_eq!(m.reported().map(|d| d.to_string()).as_deref(), Some("2023-01-11"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn reported_on(mut self, date: NaiveDate) -> Measurement {
        self.reported = Some(date);
        self
    }

    /// Adds a note in the dataset's own words (what the figure leaves open).
    ///
    /// ```
    /// # use kdrama::*;
    /// let m = Measurement::new("h".parse()?, Metric::HoursViewed, Measured::Series,
    ///     Period::Report("engagement report".into()), Quantity::Hours(1)).with_note("half-year not stated");
    /// assert_eq!(m.note(), Some("half-year not stated"));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_note(mut self, note: impl Into<Text>) -> Measurement {
        self.note = Some(note.into());
        self
    }

    /// Records that sources disagree: the other reported values and why this one is preferred.
    ///
    /// ```
    /// # use kdrama::*;
    /// let m = Measurement::new("e10".parse()?, Metric::HouseholdRating { panel: Panel::AgbNielsen, area: Area::Nationwide },
    ///     Measured::Episode(10), Period::Broadcast, Quantity::percent(31.6)?)
    ///     .disputed(Dispute::new(Preference::Majority).with_alternative(Reported::new(Quantity::percent(31.4)?)));
    /// assert_eq!(m.alternatives().count(), 1);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn disputed(mut self, dispute: Dispute<Quantity>) -> Measurement {
        self.disputed = Some(dispute);
        self
    }

    /// The measurement's id.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.measurement("episode-16-nationwide").unwrap().id().as_str(), "episode-16-nationwide");
    /// ```
    pub fn id(&self) -> &MeasurementId {
        &self.id
    }

    /// What was measured, and by whom.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let m = dots.measurement("episode-16-nationwide").unwrap();
    /// assert_eq!(m.metric().to_string(), "AGB Nielsen Korea household rating, nationwide");
    /// ```
    pub fn metric(&self) -> Metric {
        self.metric
    }

    /// What the figure is of: the series, a part, an episode or a special.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.measurement("episode-16-nationwide").unwrap().of(), &kdrama::Measured::Episode(16));
    /// ```
    pub fn of(&self) -> &Measured {
        &self.of
    }

    /// The period the figure covers.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.measurement("episode-16-nationwide").unwrap().period(), &kdrama::Period::Broadcast);
    /// ```
    pub fn period(&self) -> &Period {
        &self.period
    }

    /// The preferred value, in its unit.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.measurement("episode-16-nationwide").unwrap().value().to_string(), "38.8%");
    /// ```
    pub fn value(&self) -> Quantity {
        self.value
    }

    /// How exact the value is.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.measurement("episode-16-nationwide").unwrap().qualifier(), kdrama::Qualifier::Exact);
    /// ```
    pub fn qualifier(&self) -> Qualifier {
        self.qualifier
    }

    /// When the figure was reported, if known.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let m = g.measurement("week-2023-01-02-rank").unwrap();
    /// assert_eq!(m.reported().unwrap().to_string(), "2023-01-11");
    /// ```
    pub fn reported(&self) -> Option<NaiveDate> {
        self.reported
    }

    /// A note on the figure, if any.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.measurement("engagement-2023-hours").unwrap().note().unwrap().contains("half-year"));
    /// ```
    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// Where sources disagree on the value, the dispute.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.measurement("episode-10-nationwide").unwrap().dispute().is_some());
    /// ```
    pub fn dispute(&self) -> Option<&Dispute<Quantity>> {
        self.disputed.as_ref()
    }

    /// The other reported values, with their sources (none when undisputed).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let e10 = dots.measurement("episode-10-nationwide").unwrap();
    /// let others: Vec<String> = e10.alternatives().map(|r| r.value().to_string()).collect();
    /// assert_eq!(others, ["31.4%"]);
    /// ```
    pub fn alternatives(&self) -> impl Iterator<Item = &crate::Reported<Quantity>> + '_ {
        self.disputed.iter().flat_map(|d| d.alternatives())
    }
}

impl fmt::Display for Measurement {
    /// The qualified value: `38.8%`, `about 25.4 million hours`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.qualifier {
            Qualifier::Exact => write!(f, "{}", self.value),
            q => write!(f, "{q} {}", self.value),
        }
    }
}

impl_cites!(
    Measurement = "kdrama::Measurement::new(\"m\".parse()?, kdrama::Metric::HoursViewed, kdrama::Measured::Series, kdrama::Period::Broadcast, kdrama::Quantity::Hours(1))"
);

/// What a figure measures, and by whose count.
///
/// ```
/// use kdrama::{Metric, Unit};
/// assert_eq!(Metric::HoursViewed.unit(), Unit::Hours);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Metric {
    /// Share of TV households watching, averaged over the broadcast.
    HouseholdRating {
        /// Who measured it.
        panel: Panel,
        /// Where.
        area: Area,
    },
    /// The highest minute-by-minute household rating during the broadcast.
    MinutePeakRating {
        /// Who measured it.
        panel: Panel,
        /// Where.
        area: Area,
    },
    /// Hours viewed on a streaming service.
    HoursViewed,
    /// Views (plays or counted views).
    Views {
        /// Whose count.
        counter: Counter,
    },
    /// Rank in a weekly Netflix Top 10 list.
    WeeklyRank {
        /// Which list.
        list: Top10List,
    },
    /// Number of countries where it was in the national Top 10.
    CountriesInTop10 {
        /// Whose count.
        counter: Counter,
    },
    /// Number of countries where it was number one.
    CountriesAtNumberOne {
        /// Whose count.
        counter: Counter,
    },
    /// Rank in Netflix's all-time most-popular list, counted over each title's first 28 days.
    AllTimeRank {
        /// Which list.
        list: Top10List,
    },
    /// Weeks spent in a weekly Top 10 list.
    WeeksInTop10 {
        /// Which list.
        list: Top10List,
    },
}

impl Metric {
    /// The unit its values are in.
    ///
    /// ```
    /// use kdrama::{Metric, Top10List, Unit};
    /// assert_eq!(Metric::WeeklyRank { list: Top10List::NonEnglishTv }.unit(), Unit::Rank);
    /// ```
    pub fn unit(&self) -> Unit {
        match self {
            Metric::HouseholdRating { .. } | Metric::MinutePeakRating { .. } => Unit::Percent,
            Metric::HoursViewed => Unit::Hours,
            Metric::Views { .. } => Unit::Views,
            Metric::WeeklyRank { .. } | Metric::AllTimeRank { .. } => Unit::Rank,
            Metric::CountriesInTop10 { .. } | Metric::CountriesAtNumberOne { .. } => {
                Unit::Countries
            }
            Metric::WeeksInTop10 { .. } => Unit::Weeks,
        }
    }
}

impl fmt::Display for Metric {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Metric::HouseholdRating { panel, area } => {
                write!(f, "{panel} household rating, {area}")
            }
            Metric::MinutePeakRating { panel, area } => {
                write!(f, "{panel} minute-by-minute peak rating, {area}")
            }
            Metric::HoursViewed => f.write_str("hours viewed"),
            Metric::Views { counter } => write!(f, "views ({counter} count)"),
            Metric::WeeklyRank {
                list: Top10List::AllLists,
            } => f.write_str("weekly rank across all four of Netflix's Top 10 lists"),
            Metric::WeeklyRank { list } => write!(f, "weekly rank in Netflix's {list} Top 10"),
            Metric::CountriesInTop10 { counter } => {
                write!(f, "countries with it in their Top 10 ({counter} count)")
            }
            Metric::CountriesAtNumberOne { counter } => {
                write!(f, "countries with it at number one ({counter} count)")
            }
            Metric::AllTimeRank { list } => {
                write!(f, "rank in Netflix's all-time {list} list (first 28 days)")
            }
            Metric::WeeksInTop10 { list } => write!(f, "weeks in Netflix's {list} Top 10"),
        }
    }
}

/// What a figure is of.
///
/// ```
/// assert_eq!(kdrama::Measured::Part(2).to_string(), "Part 2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Measured {
    /// The whole series (as the platform counts its title).
    #[default]
    Series,
    /// A part, by number.
    Part(u32),
    /// An episode, by absolute number.
    Episode(u32),
    /// A special, by id.
    Special(SpecialId),
}

impl fmt::Display for Measured {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Measured::Series => f.write_str("the series"),
            Measured::Part(n) => write!(f, "Part {n}"),
            Measured::Episode(n) => write!(f, "Episode {n}"),
            Measured::Special(id) => write!(f, "special {id}"),
        }
    }
}

/// The period a figure covers.
///
/// ```
/// let week = kdrama::Period::Week("2023-01-02".parse().unwrap());
/// assert_eq!(week.to_string(), "week of 2023-01-02 to 2023-01-08");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Period {
    /// The broadcast itself (a rating of the episode's airing).
    #[default]
    Broadcast,
    /// A Netflix Top 10 week, Monday to Sunday, named by its Monday.
    Week(#[serde(deserialize_with = "crate::time::strict::deserialize_day")] NaiveDate),
    /// Everything up to and including a day.
    Through(#[serde(deserialize_with = "crate::time::strict::deserialize_day")] NaiveDate),
    /// A named report, such as Netflix's engagement report.
    Report(Text),
}

impl Period {
    /// The Sunday that ends a [`Period::Week`].
    ///
    /// ```
    /// let week = kdrama::Period::Week("2023-03-13".parse().unwrap());
    /// assert_eq!(week.week_end().unwrap().to_string(), "2023-03-19");
    /// ```
    pub fn week_end(&self) -> Option<NaiveDate> {
        match self {
            Period::Week(monday) => monday.checked_add_days(chrono::Days::new(6)),
            _ => None,
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Broadcast => f.write_str("broadcast"),
            Period::Week(monday) => match self.week_end() {
                Some(end) => write!(f, "week of {monday} to {end}"),
                None => write!(f, "week of {monday}"),
            },
            Period::Through(day) => write!(f, "through {day}"),
            Period::Report(name) => f.write_str(name),
        }
    }
}
