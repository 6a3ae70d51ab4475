//! Values with their units: percentages kept exactly, counts of hours,
//! views, countries and weeks, and ranks.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The unit of a [`Quantity`].
///
/// ```
/// assert_eq!(kdrama::Quantity::Rank(1).unit(), kdrama::Unit::Rank);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Unit {
    /// Percent of households.
    Percent,
    /// Hours viewed.
    Hours,
    /// Views.
    Views,
    /// A rank, 1 first.
    Rank,
    /// A number of countries.
    Countries,
    /// A number of weeks.
    Weeks,
}

impl fmt::Display for Unit {
    /// The unit in words: `percent`, `hours`, `views`, `rank`, `countries`, `weeks`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Unit::Percent => "percent",
            Unit::Hours => "hours",
            Unit::Views => "views",
            Unit::Rank => "rank",
            Unit::Countries => "countries",
            Unit::Weeks => "weeks",
        })
    }
}

/// A value with its unit. Percentages are kept exactly, to the hundredth.
///
/// ```
/// use kdrama::Quantity;
/// assert_eq!(Quantity::percent(14.3)?.to_string(), "14.3%");
/// assert_eq!(Quantity::Hours(82_480_000).to_string(), "82.48 million hours");
/// assert_eq!(Quantity::Views(1_005_000_000).to_string(), "1.005 billion views");
/// assert_eq!(Quantity::Hours(950_123).to_string(), "950123 hours");
/// assert!(Quantity::percent(101.0).is_err());
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Quantity {
    /// Percent of households.
    Percent(Percent),
    /// Hours viewed.
    Hours(u64),
    /// Views.
    Views(u64),
    /// A rank (1 is first).
    Rank(u32),
    /// A number of countries.
    Countries(u32),
    /// A number of weeks.
    Weeks(u32),
}

impl Quantity {
    /// A percentage from 0 to 100, with at most two decimals.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`](crate::Error::Parse) outside 0..=100 or with more decimals.
    ///
    /// ```
    /// assert!(kdrama::Quantity::percent(31.45).is_ok());
    /// assert!(kdrama::Quantity::percent(31.456).is_err());
    /// ```
    pub fn percent(value: f64) -> crate::Result<Quantity> {
        Percent::new(value).map(Quantity::Percent)
    }

    /// Its unit.
    ///
    /// ```
    /// assert_eq!(kdrama::Quantity::Hours(1).unit(), kdrama::Unit::Hours);
    /// ```
    pub fn unit(&self) -> Unit {
        match self {
            Quantity::Percent(_) => Unit::Percent,
            Quantity::Hours(_) => Unit::Hours,
            Quantity::Views(_) => Unit::Views,
            Quantity::Rank(_) => Unit::Rank,
            Quantity::Countries(_) => Unit::Countries,
            Quantity::Weeks(_) => Unit::Weeks,
        }
    }

    /// The value as a number, for charts (a percentage as `38.8`).
    ///
    /// ```
    /// assert_eq!(kdrama::Quantity::percent(38.8)?.as_f64(), 38.8);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn as_f64(&self) -> f64 {
        match *self {
            Quantity::Percent(p) => p.as_f64(),
            Quantity::Hours(n) | Quantity::Views(n) => n as f64,
            Quantity::Rank(n) | Quantity::Countries(n) | Quantity::Weeks(n) => f64::from(n),
        }
    }
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Quantity::Percent(p) => write!(f, "{p}"),
            Quantity::Hours(n) => write!(f, "{} hours", Large(n)),
            Quantity::Views(n) => write!(f, "{} views", Large(n)),
            Quantity::Rank(n) => write!(f, "#{n}"),
            Quantity::Countries(1) => f.write_str("1 country"),
            Quantity::Countries(n) => write!(f, "{n} countries"),
            Quantity::Weeks(1) => f.write_str("1 week"),
            Quantity::Weeks(n) => write!(f, "{n} weeks"),
        }
    }
}

/// A large count in words when that is exact: `82.48 million`, `1.005
/// billion`, `622.8 million`; any other count stays in digits (`950123`).
struct Large(u64);

impl fmt::Display for Large {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        // Up to three decimals of billions, two of millions.
        let (scale, word, digits) = if n >= 1_000_000_000 && n.is_multiple_of(1_000_000) {
            (1_000_000_000u64, "billion", 3)
        } else if n >= 1_000_000 && n.is_multiple_of(10_000) {
            (1_000_000, "million", 2)
        } else {
            return write!(f, "{n}");
        };
        let fraction = format!(
            "{:0digits$}",
            n % scale / (scale / 10u64.pow(digits as u32))
        );
        let fraction = fraction.trim_end_matches('0');
        match fraction {
            "" => write!(f, "{} {word}", n / scale),
            _ => write!(f, "{}.{fraction} {word}", n / scale),
        }
    }
}

/// A percentage kept in hundredths, from 0 to 100, shown to one decimal
/// (`33.0%`) or two when given.
///
/// ```
/// let p = kdrama::Percent::new(38.8)?;
/// assert_eq!(p.hundredths(), 3880);
/// assert_eq!(p.to_string(), "38.8%");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Percent(u16);

impl Percent {
    /// A percentage from 0 to 100 with at most two decimals.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`](crate::Error::Parse) outside 0..=100, not finite, or
    /// with more than two decimals.
    ///
    /// ```
    /// assert!(kdrama::Percent::new(-1.0).is_err());
    /// assert!(kdrama::Percent::new(f64::NAN).is_err());
    /// ```
    pub fn new(value: f64) -> crate::Result<Percent> {
        let hundredths = (value * 100.0).round();
        if !(0.0..=10_000.0).contains(&hundredths) || (value * 100.0 - hundredths).abs() > 1e-6 {
            return Err(crate::Error::parse(
                "percentage",
                &value.to_string(),
                "a number from 0 to 100 with at most two decimals".to_owned(),
            ));
        }
        Ok(Percent(hundredths as u16))
    }

    /// The percentage in hundredths (`38.8%` is 3880).
    ///
    /// ```
    /// assert_eq!(kdrama::Percent::new(14.3)?.hundredths(), 1430);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn hundredths(&self) -> u16 {
        self.0
    }

    /// The percentage as a number (`38.8`).
    ///
    /// ```
    /// assert_eq!(kdrama::Percent::new(14.3)?.as_f64(), 14.3);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn as_f64(&self) -> f64 {
        f64::from(self.0) / 100.0
    }
}

impl fmt::Display for Percent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Ratings are read to one decimal ("33.0%"); a second is kept when given.
        let (whole, rest) = (self.0 / 100, self.0 % 100);
        match rest % 10 {
            0 => write!(f, "{whole}.{}%", rest / 10),
            _ => write!(f, "{whole}.{rest:02}%"),
        }
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Percent, D::Error> {
        let value = f64::deserialize(d)?;
        Percent::new(value).map_err(serde::de::Error::custom)
    }
}
