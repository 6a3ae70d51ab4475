//! Where a series reaches viewers: regions, and the releases on platforms
//! other than the primary one.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::id::OrganizationId;
use crate::model::cites::{Cites, impl_cites};
use crate::model::disputes::{Basis, Inference};
use crate::time::release::Release;

/// Where a release is available: worldwide, one country (an ISO 3166-1
/// alpha-2 code), or an international service whose countries the sources do
/// not list.
///
/// A country code is one of the 249 codes ISO 3166-1 assigns (`UK`, `EU` and
/// user-assigned codes such as `XK` are not).
///
/// ```
/// use kdrama::Region;
/// assert_eq!("CN".parse::<Region>()?, Region::country("CN")?);
/// assert_eq!("worldwide".parse::<Region>()?, Region::Worldwide);
/// assert!("China".parse::<Region>().is_err());
/// assert!(Region::country("ZZ").is_err() && Region::country("UK").is_err());
/// assert!(Region::Worldwide.covers(&Region::country("KR")?));
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Region {
    /// Every country the platform serves, at once.
    Worldwide,
    /// A platform's international service; which countries, the sources do not say.
    International,
    /// One country.
    Country(CountryCode),
}

/// An ISO 3166-1 alpha-2 country code (`KR`), checked once when made.
///
/// ```
/// let kr: kdrama::CountryCode = "KR".parse()?;
/// assert_eq!(kr.as_str(), "KR");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// The code as text.
    ///
    /// ```
    /// assert_eq!("JP".parse::<kdrama::CountryCode>()?.as_str(), "JP");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII capitals, checked when made.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl FromStr for CountryCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<CountryCode> {
        match *s.as_bytes() {
            [a, b] if is_assigned(s) => Ok(CountryCode([a, b])),
            _ => Err(Error::parse(
                "country code",
                s,
                "an assigned ISO 3166-1 alpha-2 code such as \"KR\"",
            )),
        }
    }
}

/// The officially assigned ISO 3166-1 alpha-2 codes, sorted, each followed
/// by a space (from the ISO 3166-1 table as published in `pycountry` 26.2.16).
const ASSIGNED: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW ";

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code: a
/// binary search over the sorted table.
pub(crate) fn is_assigned(code: &str) -> bool {
    let table = ASSIGNED.as_bytes();
    let (mut lo, mut hi) = (0, table.len() / 3);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match table[mid * 3..mid * 3 + 2].cmp(code.as_bytes()) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Region {
    /// One country, by its ISO 3166-1 alpha-2 code.
    ///
    /// # Errors
    ///
    /// [`Error::Parse`] when `code` is not such a code.
    ///
    /// ```
    /// assert_eq!(kdrama::Region::country("KR")?.to_string(), "KR");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn country(code: &str) -> Result<Region> {
        code.parse().map(Region::Country)
    }

    /// Whether a release here reaches viewers in `other`: worldwide covers
    /// every region, a country covers itself, and an unlisted international
    /// service covers only itself.
    ///
    /// ```
    /// use kdrama::Region;
    /// assert!(!Region::International.covers(&Region::country("US")?));
    /// assert!(!Region::country("KR")?.covers(&Region::country("CN")?));
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn covers(&self, other: &Region) -> bool {
        *self == Region::Worldwide || self == other
    }

    /// The wire text: `worldwide`, `international`, or the country code.
    ///
    /// ```
    /// assert_eq!(kdrama::Region::International.as_str(), "international");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Region::Worldwide => "worldwide",
            Region::International => "international",
            Region::Country(code) => code.as_str(),
        }
    }
}

impl FromStr for Region {
    type Err = Error;
    fn from_str(s: &str) -> Result<Region> {
        match s {
            "worldwide" => Ok(Region::Worldwide),
            "international" => Ok(Region::International),
            _ => s.parse().map(Region::Country).map_err(|_| {
                Error::parse(
                    "region",
                    s,
                    "\"worldwide\", \"international\" or an ISO 3166-1 alpha-2 code such as \"KR\"",
                )
            }),
        }
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Region {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Region {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Region, D::Error> {
        crate::de::parse_str(d, str::parse)
    }
}

/// A release on a platform other than the primary one, for a region.
///
/// ```
/// use kdrama::{Availability, Region, Timing};
/// let iqiyi = Availability::new("iqiyi".parse()?, Region::country("CN")?, Timing::Simulcast);
/// assert_eq!(iqiyi.timing(), &Timing::Simulcast);
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Availability {
    platform: OrganizationId,
    region: Region,
    timing: Timing,
    #[serde(default, skip_serializing_if = "crate::de::omit")]
    inferred: Option<Inference>,
    #[serde(
        default,
        deserialize_with = "crate::de::items::deserialize",
        serialize_with = "crate::de::write_list",
        skip_serializing_if = "crate::de::omit"
    )]
    cites: Cites,
}

impl Availability {
    /// The series on `platform` in `region`, at `timing`.
    ///
    /// ```
    /// use kdrama::{Availability, Region, Timing};
    /// let a = Availability::new("kbs-world".parse()?, Region::International, Timing::Premiere("2016-03-02".parse()?));
    /// assert_eq!(a.region(), &Region::International);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    pub fn new(platform: OrganizationId, region: Region, timing: Timing) -> Availability {
        Availability {
            platform,
            region,
            timing,
            inferred: None,
            cites: Cites::new(),
        }
    }

    /// Says the timing was inferred, and how.
    ///
    /// ```
    /// use kdrama::{Availability, Inference, Region, Timing};
    /// let a = Availability::new("x".parse()?, Region::Worldwide, Timing::Simulcast).with_inference(Inference::new("same platform"));
    /// assert!(a.basis().is_inferred());
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    #[must_use]
    pub fn with_inference(mut self, inference: Inference) -> Availability {
        self.inferred = Some(inference);
        self
    }

    /// The platform (an organization id).
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.availability()[0].platform().as_str(), "iqiyi");
    /// ```
    pub fn platform(&self) -> &OrganizationId {
        &self.platform
    }

    /// The region it serves.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.availability()[0].region().as_str(), "CN");
    /// ```
    pub fn region(&self) -> &Region {
        &self.region
    }

    /// When it releases, relative to the primary releases.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.availability()[0].timing(), &kdrama::Timing::Simulcast);
    /// ```
    pub fn timing(&self) -> &Timing {
        &self.timing
    }

    /// Whether the timing was reported or inferred.
    ///
    /// ```
    /// let dots = kdrama::datasets::descendants_of_the_sun();
    /// assert_eq!(dots.availability()[0].basis(), kdrama::Basis::Reported);
    /// ```
    pub fn basis(&self) -> Basis<'_> {
        Basis::of(self.inferred.as_ref())
    }
}

impl_cites!(
    Availability = "kdrama::Availability::new(\"x\".parse()?, kdrama::Region::Worldwide, kdrama::Timing::Simulcast)"
);

/// When an [`Availability`] releases the series.
///
/// ```
/// let t = kdrama::Timing::Premiere("2016-03-02".parse()?);
/// assert_eq!(t.to_string(), "premiere 2016-03-02");
/// # Ok::<(), kdrama::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
#[non_exhaustive]
pub enum Timing {
    /// Every numbered episode (or part) at the same instant as its primary release.
    Simulcast,
    /// The first episode (or part) at this release; the later ones' times are not known.
    Premiere(Release),
}

impl fmt::Display for Timing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Timing::Simulcast => f.write_str("simulcast"),
            Timing::Premiere(r) => write!(f, "premiere {r}"),
        }
    }
}
