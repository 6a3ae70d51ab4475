//! Audience figures of a series: episode ratings in broadcast order, the
//! peak, the weekly Top 10 run, and the weeks in a list.

use chrono::NaiveDate;

use crate::id::{AsId, MeasurementId};
use crate::model::audience::{Measured, Measurement, Metric, Period};
use crate::model::quantity::Quantity;
use crate::vocab::{Counter, Top10List};

use super::Series;

/// One week of a Netflix Top 10 run: the figures reported for it (for the
/// series or one of its parts).
///
/// ```
/// use kdrama::Top10List;
/// let g = kdrama::datasets::the_glory();
/// let run = g.top10_run();
/// let week2 = &run[1];
/// assert_eq!(week2.monday().to_string(), "2023-01-02");
/// assert_eq!(week2.rank_in(Top10List::NonEnglishTv).map(|m| m.value().to_string()).as_deref(), Some("#1"));
/// assert_eq!(week2.hours().map(|m| m.value().to_string()).as_deref(), Some("82.48 million hours"));
/// ```
#[derive(Debug, Clone)]
pub struct Top10Week<'a> {
    monday: NaiveDate,
    part: Option<u32>,
    ranks: Vec<&'a Measurement>,
    hours: Option<&'a Measurement>,
    countries: Option<&'a Measurement>,
    number_one_in: Option<&'a Measurement>,
}

impl<'a> Top10Week<'a> {
    /// The Monday that starts the week.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.top10_run()[0].monday().to_string(), "2022-12-26");
    /// ```
    pub fn monday(&self) -> NaiveDate {
        self.monday
    }

    /// The latest part released by the end of the week, when any is.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let run = g.top10_run();
    /// assert_eq!(run.first().unwrap().part(), Some(1));
    /// assert_eq!(run.last().unwrap().part(), Some(2));
    /// ```
    pub fn part(&self) -> Option<u32> {
        self.part
    }

    /// Every weekly rank reported for the week, each in its list, in document order.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let march = &g.top10_run()[3];
    /// assert_eq!(march.ranks()[0].metric().to_string(), "weekly rank across all four of Netflix's Top 10 lists");
    /// ```
    pub fn ranks(&self) -> &[&'a Measurement] {
        &self.ranks
    }

    /// The rank in `list`, if reported.
    ///
    /// ```
    /// use kdrama::{Quantity, Top10List};
    /// let g = kdrama::datasets::the_glory();
    /// assert_eq!(g.top10_run()[0].rank_in(Top10List::NonEnglishTv).unwrap().value(), Quantity::Rank(3));
    /// assert!(g.top10_run()[0].rank_in(Top10List::EnglishFilms).is_none());
    /// ```
    pub fn rank_in(&self, list: Top10List) -> Option<&'a Measurement> {
        self.ranks
            .iter()
            .copied()
            .find(|m| m.metric() == Metric::WeeklyRank { list })
    }

    /// Hours viewed that week, if reported.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.top10_run()[0].hours().is_some());
    /// ```
    pub fn hours(&self) -> Option<&'a Measurement> {
        self.hours
    }

    /// The number of countries with it in their Top 10, by Netflix's own count, if reported.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let run = g.top10_run();
    /// assert_eq!(run[4].countries().unwrap().value(), kdrama::Quantity::Countries(91));
    /// // The first week's 19 countries are in the data, but whose count it is is not stated.
    /// assert!(run[0].countries().is_none());
    /// ```
    pub fn countries(&self) -> Option<&'a Measurement> {
        self.countries
    }

    /// The number of countries with it at number one, by Netflix's own count, if reported.
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// assert!(g.top10_run().iter().any(|w| w.number_one_in().is_some()));
    /// ```
    pub fn number_one_in(&self) -> Option<&'a Measurement> {
        self.number_one_in
    }
}

/// How many weeks a series spent in a Top 10 list: the figure a source
/// reports, or, when none does, the weeks with a rank in the data.
///
/// ```
/// use kdrama::{Top10List, WeeksInList};
/// let g = kdrama::datasets::the_glory();
/// match g.weeks_in_list(Top10List::NonEnglishTv) {
///     Some(WeeksInList::Reported(m)) => assert_eq!(m.value(), kdrama::Quantity::Weeks(13)),
///     other => panic!("{other:?}"),
/// }
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum WeeksInList<'a> {
    /// A source reports the total.
    Reported(&'a Measurement),
    /// Counted from the weeks with a rank in the data (a lower bound).
    Counted(u32),
}

impl Series {
    /// Every audience measurement, in order.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.audience().len() >= 18);
    /// ```
    pub fn audience(&self) -> &[Measurement] {
        &self.data.audience
    }

    /// The measurement with this id.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert!(dots.measurement("episode-1-nationwide").is_some());
    /// ```
    pub fn measurement(&self, id: impl AsId<MeasurementId>) -> Option<&Measurement> {
        self.index.audience().get(&self.data.audience, id.id_str())
    }

    /// The broadcast figures of `metric` for each episode, in broadcast
    /// (episode) order; specials are in [`Series::special_ratings`].
    ///
    /// ```
    /// use kdrama::{Area, Metric, Panel};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let nationwide = Metric::HouseholdRating { panel: Panel::AgbNielsen, area: Area::Nationwide };
    /// let curve: Vec<String> = dots.episode_ratings(nationwide).iter().map(|(_, m)| m.value().to_string()).collect();
    /// assert_eq!(curve.len(), 16);
    /// assert_eq!((curve[0].as_str(), curve[15].as_str()), ("14.3%", "38.8%"));
    /// ```
    pub fn episode_ratings(&self, metric: Metric) -> Vec<(u32, &Measurement)> {
        let mut out: Vec<(u32, &Measurement)> = self
            .broadcast_figures(metric)
            .filter_map(|m| match m.of() {
                Measured::Episode(n) => Some((*n, m)),
                _ => None,
            })
            .collect();
        out.sort_by_key(|(n, _)| *n);
        out
    }

    /// The broadcast figures of `metric` for the specials, in the specials' order.
    ///
    /// ```
    /// use kdrama::{Area, Metric, Panel};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let nationwide = Metric::HouseholdRating { panel: Panel::AgbNielsen, area: Area::Nationwide };
    /// let specials: Vec<String> = dots.special_ratings(nationwide).iter().map(|(s, m)| format!("{} {}", s.id(), m.value())).collect();
    /// assert_eq!(specials, ["special-1 17.7%", "special-2 13.6%"]);
    /// ```
    pub fn special_ratings(&self, metric: Metric) -> Vec<(&crate::Special, &Measurement)> {
        let position: foldhash::HashMap<&crate::SpecialId, usize> = self
            .specials()
            .iter()
            .enumerate()
            .map(|(i, s)| (s.id(), i))
            .collect();
        let mut out: Vec<(usize, &Measurement)> = self
            .broadcast_figures(metric)
            .filter_map(|m| match m.of() {
                Measured::Special(id) => position.get(id).map(|&i| (i, m)),
                _ => None,
            })
            .collect();
        out.sort_by_key(|(i, _)| *i);
        out.into_iter()
            .map(|(i, m)| (&self.specials()[i], m))
            .collect()
    }

    /// The best broadcast figure of `metric` over the episodes (the highest;
    /// for a rank, the lowest number), and its episode (the earliest on a tie).
    ///
    /// ```
    /// use kdrama::{Area, Metric, Panel};
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// let (episode, m) = dots.peak(Metric::HouseholdRating { panel: Panel::AgbNielsen, area: Area::Nationwide }).unwrap();
    /// assert_eq!((episode, m.value().to_string()), (16, "38.8%".to_owned()));
    /// ```
    pub fn peak(&self, metric: Metric) -> Option<(u32, &Measurement)> {
        // `min_by_key` keeps the first of equal minima, `max_by_key` the last
        // of equal maxima (so it reads the episodes backwards).
        let ratings = self.episode_ratings(metric).into_iter();
        match metric.unit() {
            crate::model::quantity::Unit::Rank => ratings.min_by_key(|(_, m)| m.value()),
            _ => ratings.rev().max_by_key(|(_, m)| m.value()),
        }
    }

    /// The weeks of the series' Netflix Top 10 run, oldest first: every
    /// week with a weekly figure (a rank in any list, hours, country counts)
    /// for the series or one of its parts. Where a week has several figures
    /// of one kind, the first in document order is kept (ranks: one per list).
    ///
    /// ```
    /// let g = kdrama::datasets::the_glory();
    /// let mondays: Vec<String> = g.top10_run().iter().map(|w| w.monday().to_string()).collect();
    /// assert_eq!(mondays, ["2022-12-26", "2023-01-02", "2023-01-09", "2023-03-06", "2023-03-13"]);
    /// assert!(kdrama::datasets::descendants_of_the_sun().top10_run().is_empty());
    /// ```
    pub fn top10_run(&self) -> Vec<Top10Week<'_>> {
        let mut figures: Vec<(NaiveDate, &Measurement)> = self
            .audience()
            .iter()
            .filter(|m| matches!(m.of(), Measured::Series | Measured::Part(_)))
            .filter_map(|m| match m.period() {
                Period::Week(monday) => Some((*monday, m)),
                _ => None,
            })
            .collect();
        figures.sort_by_key(|(monday, _)| *monday);
        let parts = PartsOut::new(self);
        let mut weeks: Vec<Top10Week<'_>> = Vec::new();
        for (monday, m) in figures {
            if weeks.last().is_none_or(|w| w.monday != monday) {
                weeks.push(Top10Week {
                    monday,
                    part: parts.by_end_of_week(monday),
                    ranks: Vec::new(),
                    hours: None,
                    countries: None,
                    number_one_in: None,
                });
            }
            let Some(week) = weeks.last_mut() else {
                continue;
            };
            let platform = Counter::Platform;
            match m.metric() {
                Metric::WeeklyRank { list } if week.rank_in(list).is_none() => week.ranks.push(m),
                Metric::HoursViewed => week.hours = week.hours.or(Some(m)),
                Metric::CountriesInTop10 { counter } if counter == platform => {
                    week.countries = week.countries.or(Some(m))
                }
                Metric::CountriesAtNumberOne { counter } if counter == platform => {
                    week.number_one_in = week.number_one_in.or(Some(m))
                }
                _ => {}
            }
        }
        weeks
    }

    /// The weeks the series spent in `list`: the reported total when a
    /// source gives one, else the weeks with a rank in the data; `None` when
    /// neither exists.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.weeks_in_list(kdrama::Top10List::NonEnglishTv), None);
    /// ```
    pub fn weeks_in_list(&self, list: Top10List) -> Option<WeeksInList<'_>> {
        let reported = self.audience().iter().find(|m| {
            m.metric() == Metric::WeeksInTop10 { list } && matches!(m.value(), Quantity::Weeks(_))
        });
        if let Some(m) = reported {
            return Some(WeeksInList::Reported(m));
        }
        let mut ranked: Vec<NaiveDate> = self
            .audience()
            .iter()
            .filter(|m| m.metric() == Metric::WeeklyRank { list })
            .filter_map(|m| match m.period() {
                Period::Week(monday) => Some(*monday),
                _ => None,
            })
            .collect();
        ranked.sort_unstable();
        ranked.dedup();
        (!ranked.is_empty()).then_some(WeeksInList::Counted(ranked.len() as u32))
    }

    fn broadcast_figures(&self, metric: Metric) -> impl Iterator<Item = &Measurement> + '_ {
        self.audience()
            .iter()
            .filter(move |m| m.metric() == metric && *m.period() == Period::Broadcast)
    }
}

/// The parts' release starts, for "which part was out by then" in
/// O(log parts): sorted by start, with the highest part number seen so far.
struct PartsOut {
    zone: crate::time::zone::Zone,
    starts: Vec<(chrono::DateTime<chrono::Utc>, u32)>,
}

impl PartsOut {
    fn new(series: &Series) -> PartsOut {
        let zone = series.home_zone();
        let mut starts: Vec<(chrono::DateTime<chrono::Utc>, u32)> = series
            .parts()
            .iter()
            .filter_map(|p| Some((p.release().window(zone)?.start(), p.number())))
            .collect();
        starts.sort_unstable();
        let mut highest = 0;
        for (_, number) in &mut starts {
            highest = highest.max(*number);
            *number = highest;
        }
        PartsOut { zone, starts }
    }

    /// The number of the latest part whose release starts before the end of
    /// the week starting `monday` (in the home zone).
    fn by_end_of_week(&self, monday: NaiveDate) -> Option<u32> {
        let end = monday.checked_add_days(chrono::Days::new(7))?;
        let end = crate::time::release::Release::day(end)
            .ok()?
            .window(self.zone)?
            .start();
        let before = self.starts.partition_point(|(start, _)| *start < end);
        before.checked_sub(1).map(|i| self.starts[i].1)
    }
}
