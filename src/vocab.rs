//! Closed vocabularies: small enums with stable text names.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};

macro_rules! vocab {
    ($(
        $(#[$meta:meta])*
        $name:ident as $what:literal {
            $($(#[$vmeta:meta])* $variant:ident = $text:literal $(in words $words:literal)?,)+
        }
    )*) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* #[doc = concat!("\n\nWritten `", $text, "`.")] $variant,)+
        }

        impl $name {
            /// Every value, in declaration (and ranking) order.
            ///
            /// ```
            #[doc = concat!("let all = kdrama::", stringify!($name), "::ALL;")]
            /// assert!(all.windows(2).all(|w| w[0] < w[1]));
            /// ```
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable text name used in JSON and by [`FromStr`].
            ///
            /// ```
            #[doc = concat!("for value in kdrama::", stringify!($name), "::ALL {")]
            #[doc = concat!("    assert_eq!(value.as_str().parse::<kdrama::", stringify!($name), ">()?, *value);")]
            /// }
            /// # Ok::<(), kdrama::Error>(())
            /// ```
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }
        }

        /// In words, for people (`executive producer`, `McCune–Reischauer`);
        /// [`as_str`](Self::as_str) gives the wire form.
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $($name::$variant => words(f, $text, concat!("" $(, $words)?)),)+
                }
            }
        }

        impl FromStr for $name {
            type Err = Error;
            fn from_str(s: &str) -> Result<Self> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err(Error::parse($what, s, one_of(&[$($text),+]))),
                }
            }
        }

        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
                crate::de::parse_str(d, str::parse)
            }
        }
    )*};
}

/// Writes the words for a wire name: the given words, or the wire name with
/// `_` read as a space.
fn words(f: &mut fmt::Formatter<'_>, text: &str, words: &str) -> fmt::Result {
    if !words.is_empty() {
        return f.write_str(words);
    }
    for (i, part) in text.split('_').enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        f.write_str(part)?;
    }
    Ok(())
}

fn one_of(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("{n:?}")).collect();
    format!("one of {}", quoted.join(", "))
}

vocab! {
    /// How prominently a cast member is billed, most prominent first.
    ///
    /// ```
    /// use kdrama::Billing;
    /// assert_eq!("lead".parse::<Billing>()?, Billing::Lead);
    /// assert!(Billing::Lead < Billing::Supporting);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    Billing as "billing" {
        /// The title role.
        Lead = "lead",
        /// Main cast.
        Main = "main",
        /// Supporting cast.
        Supporting = "supporting",
        /// A guest appearance.
        Guest = "guest",
        /// A cameo.
        Cameo = "cameo",
    }

    /// Which version of a character a portrayal plays.
    ///
    /// ```
    /// assert_eq!(kdrama::LifeStage::Young.as_str(), "young");
    /// ```
    LifeStage as "life stage" {
        /// The character as an adult in the story's present.
        Adult = "adult",
        /// The character's younger self, as in flashbacks.
        Young = "young",
        /// A character who is a child in the story's present.
        Child = "child",
    }

    /// A crew member's job on a series.
    ///
    /// ```
    /// assert_eq!("executive_producer".parse::<kdrama::CrewRole>()?.as_str(), "executive_producer");
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    CrewRole as "crew role" {
        /// Screenwriter.
        Writer = "writer",
        /// Director.
        Director = "director",
        /// Executive producer (including a credited CP).
        ExecutiveProducer = "executive_producer",
        /// Producer.
        Producer = "producer",
        /// Music.
        Composer = "composer",
        /// Director of photography.
        Cinematographer = "cinematographer",
        /// Editor.
        Editor = "editor",
        /// A credited subject-matter advisor.
        Advisor = "advisor",
    }

    /// What kind of promotional asset a [`MediaAsset`](crate::MediaAsset) is.
    ///
    /// ```
    /// assert!(kdrama::MediaKind::Trailer.is_video());
    /// ```
    MediaKind as "media kind" {
        /// The main poster of a part or series.
        MainPoster = "main_poster",
        /// A teaser poster.
        TeaserPoster = "teaser_poster",
        /// A poster centred on one character (or a pairing).
        CharacterPoster = "character_poster",
        /// An animated poster.
        MotionPoster = "motion_poster",
        /// Regional key art.
        KeyArt = "key_art",
        /// A teaser video.
        TeaserVideo = "teaser_video",
        /// A trailer.
        Trailer = "trailer",
        /// Any other promotional video.
        PromoVideo = "promo_video",
        /// A still or a set of stills.
        Still = "still",
    }

    /// The verdict on a [`Claim`](crate::Claim).
    ///
    /// ```
    /// assert_eq!(kdrama::Verdict::Refuted.to_string(), "refuted");
    /// ```
    Verdict as "verdict" {
        /// Nobody has settled it.
        Unverified = "unverified",
        /// The parties disagree and nothing settles it.
        Disputed = "disputed",
        /// A statement or evidence shows it false.
        Refuted = "refuted",
        /// A statement or evidence shows it true.
        Confirmed = "confirmed",
    }

    /// How much a [`Source`](crate::Source) can be trusted, highest first.
    ///
    /// ```
    /// use kdrama::AuthorityTier;
    /// assert!(AuthorityTier::Official < AuthorityTier::Community);
    /// ```
    AuthorityTier as "authority tier" {
        /// The platform, network, producer or the person concerned.
        Official = "official",
        /// Established news outlets.
        Press = "press",
        /// Encyclopedias and reference works.
        Reference = "reference",
        /// Aggregators and content farms.
        Aggregator = "aggregator",
        /// Fan wikis, blogs and forums.
        Community = "community",
    }

    /// Who stands behind an [`Interpretation`](crate::Interpretation), highest first.
    ///
    /// ```
    /// use kdrama::InterpretationAuthority as A;
    /// assert!(A::Official < A::Press && A::Press < A::Fan);
    /// ```
    InterpretationAuthority as "interpretation authority" {
        /// Said by the makers or the platform.
        Official = "official",
        /// A reading published by the press.
        Press = "press",
        /// A reading by fans.
        Fan = "fan",
    }

    /// How one character relates to another; read "`from` is the `kind` of `to`".
    ///
    /// ```
    /// assert_eq!("biological_parent".parse::<kdrama::RelationshipKind>()?, kdrama::RelationshipKind::BiologicalParent);
    /// # Ok::<(), kdrama::Error>(())
    /// ```
    RelationshipKind as "relationship kind" {
        /// Married to.
        Spouse = "spouse",
        /// Mother or father of (biological and legal).
        Parent = "parent",
        /// Biological but not legal parent of.
        BiologicalParent = "biological_parent",
        /// Legal but not biological parent of.
        LegalParent = "legal_parent",
        /// In a romance with.
        RomanticPartner = "romantic_partner",
        /// Having an affair with.
        Affair = "affair",
        /// Secretly or unrequitedly in love with.
        UnrequitedLove = "unrequited_love",
        /// Bullied.
        Bully = "bully",
        /// Allied with.
        Ally = "ally",
        /// Teacher of.
        Teacher = "teacher",
        /// Landlord of.
        Landlord = "landlord",
        /// Supplies drugs or favours to.
        Supplier = "supplier",
    }

    /// What kind of dated [`Event`](crate::Event) this is.
    ///
    /// ```
    /// assert_eq!(kdrama::EventKind::PressConference.as_str(), "press_conference");
    /// ```
    EventKind as "event kind" {
        /// An official announcement.
        Announcement = "announcement",
        /// A casting report or confirmation.
        Casting = "casting",
        /// A press conference or production presentation.
        PressConference = "press_conference",
        /// A fan event or screening.
        FanEvent = "fan_event",
        /// An award ceremony.
        Award = "award",
        /// Anything else worth dating.
        Other = "other",
    }

    /// What kind of name variant an [`Alias`](crate::Alias) is.
    ///
    /// ```
    /// assert_eq!(kdrama::AliasKind::Misspelling.as_str(), "misspelling");
    /// ```
    AliasKind as "alias kind" {
        /// Another romanization of the native name.
        Romanization = "romanization",
        /// A misspelling seen in print.
        Misspelling = "misspelling",
        /// A stage or professional name.
        StageName = "stage_name",
        /// The name in another language or script.
        Localized = "localized",
        /// A short form or nickname.
        ShortForm = "short_form",
        /// A form of address used for the character in the story (강군,
        /// "young Kang"), not their name.
        FormOfAddress = "form_of_address",
        /// Another name the character or person goes by (a maiden or
        /// former name: Ramsay Snow for Ramsay Bolton).
        OtherName = "other_name",
    }

    /// What kind of body an [`Organization`](crate::Organization) is.
    ///
    /// ```
    /// assert_eq!(kdrama::OrganizationKind::Platform.as_str(), "platform");
    /// ```
    OrganizationKind as "organization kind" {
        /// A streaming platform.
        Platform = "platform",
        /// A broadcast network.
        Network = "network",
        /// A production company or studio.
        ProductionCompany = "production_company",
        /// A news or media publisher.
        Publisher = "publisher",
        /// A talent agency.
        Agency = "agency",
        /// An association or federation.
        Association = "association",
        /// A law firm.
        LawFirm = "law_firm",
    }

    /// What happened to a [`MediaAsset`](crate::MediaAsset).
    ///
    /// ```
    /// assert_eq!(kdrama::LifecycleAction::TakenDown.as_str(), "taken_down");
    /// ```
    LifecycleAction as "lifecycle action" {
        /// First made public.
        Published = "published",
        /// Removed from where it was published.
        TakenDown = "taken_down",
        /// Published again (possibly in a corrected form).
        Reposted = "reposted",
        /// Changed in place.
        Edited = "edited",
    }

    /// The result of an [`Award`](crate::Award) entry.
    ///
    /// ```
    /// assert_eq!(kdrama::AwardOutcome::Won.as_str(), "won");
    /// ```
    AwardOutcome as "award outcome" {
        /// Won.
        Won = "won",
        /// Nominated, not won.
        Nominated = "nominated",
    }

    /// A romanization system for Korean.
    ///
    /// ```
    /// assert_eq!(kdrama::RomanizationSystem::McCuneReischauer.as_str(), "mccune_reischauer");
    /// ```
    RomanizationSystem as "romanization system" {
        /// Revised Romanization of Korean (2000).
        Revised = "revised" in words "Revised Romanization",
        /// McCune–Reischauer.
        McCuneReischauer = "mccune_reischauer" in words "McCune–Reischauer",
    }

    /// Why one of several reported values is preferred (see [`Dispute`](crate::Dispute)).
    ///
    /// ```
    /// assert_eq!(kdrama::Preference::MoreAuthoritative.to_string(), "more authoritative");
    /// ```
    Preference as "preference" {
        /// Most sources report it.
        Majority = "majority",
        /// Its sources rank higher (see [`AuthorityTier`](crate::AuthorityTier)).
        MoreAuthoritative = "more_authoritative",
        /// It corrects an earlier report.
        LaterCorrection = "later_correction",
    }

    /// Who measured household ratings.
    ///
    /// ```
    /// assert_eq!(kdrama::Panel::AgbNielsen.to_string(), "AGB Nielsen Korea");
    /// ```
    Panel as "panel" {
        /// AGB Nielsen Media Research, Korea.
        AgbNielsen = "agb_nielsen" in words "AGB Nielsen Korea",
        /// TNmS (Total National Multimedia Statistics).
        Tnms = "tnms" in words "TNmS",
    }

    /// The area a household rating covers.
    ///
    /// ```
    /// assert_eq!(kdrama::Area::CapitalArea.to_string(), "capital area");
    /// ```
    Area as "area" {
        /// All of South Korea.
        Nationwide = "nationwide",
        /// Seoul.
        Seoul = "seoul" in words "Seoul",
        /// The Seoul capital area (Seoul, Incheon, Gyeonggi).
        CapitalArea = "capital_area",
    }

    /// One of Netflix's weekly global Top 10 lists.
    ///
    /// ```
    /// assert_eq!(kdrama::Top10List::NonEnglishTv.to_string(), "non-English TV");
    /// ```
    Top10List as "top 10 list" {
        /// TV (Non-English).
        NonEnglishTv = "non_english_tv" in words "non-English TV",
        /// TV (English).
        EnglishTv = "english_tv" in words "English TV",
        /// Films (Non-English).
        NonEnglishFilms = "non_english_films" in words "non-English films",
        /// Films (English).
        EnglishFilms = "english_films" in words "English films",
        /// All four lists taken together: a rank among every title of the week.
        AllLists = "all_lists" in words "all four lists",
    }

    /// Whose count a figure is.
    ///
    /// ```
    /// assert_eq!(kdrama::Counter::ThirdParty.to_string(), "third party");
    /// ```
    Counter as "counter" {
        /// The platform's own figure (Netflix's Top 10 site, iQIYI's counter).
        Platform = "platform",
        /// The producer's or distributor's figure.
        Producer = "producer",
        /// A third party's (a chart tracker, a fan site).
        ThirdParty = "third_party",
        /// The sources do not say whose count it is.
        Unstated = "unstated",
    }

    /// How exact a reported figure is.
    ///
    /// ```
    /// assert_eq!(kdrama::Qualifier::AtLeast.to_string(), "at least");
    /// ```
    Qualifier as "qualifier" {
        /// The figure as reported.
        Exact = "exact",
        /// A rounded figure ("about 25.4 million").
        About = "about",
        /// A lower bound ("passed 1 billion").
        AtLeast = "at_least",
    }

    /// What a [`Special`](crate::Special) is.
    ///
    /// ```
    /// assert_eq!(kdrama::SpecialKind::MakingOf.to_string(), "making-of");
    /// ```
    SpecialKind as "special kind" {
        /// Highlights re-edited from the episodes.
        Highlights = "highlights",
        /// Behind the scenes, making-of, outtakes.
        MakingOf = "making_of" in words "making-of",
        /// Anything else outside the numbered run.
        Other = "other",
    }
}

impl MediaKind {
    /// Whether this is a moving-image asset.
    ///
    /// ```
    /// assert!(!kdrama::MediaKind::MainPoster.is_video());
    /// ```
    pub fn is_video(self) -> bool {
        matches!(
            self,
            MediaKind::TeaserVideo | MediaKind::Trailer | MediaKind::PromoVideo
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_speaks_words_and_as_str_keeps_the_wire_form() {
        assert_eq!(
            CrewRole::ExecutiveProducer.to_string(),
            "executive producer"
        );
        assert_eq!(CrewRole::ExecutiveProducer.as_str(), "executive_producer");
        assert_eq!(MediaKind::TeaserPoster.to_string(), "teaser poster");
        assert_eq!(
            RomanizationSystem::McCuneReischauer.to_string(),
            "McCune–Reischauer"
        );
        assert_eq!(
            RomanizationSystem::Revised.to_string(),
            "Revised Romanization"
        );
        assert_eq!(Billing::Lead.to_string(), "lead");
        for kind in AliasKind::ALL {
            assert!(!kind.to_string().contains('_'), "{kind:?}");
        }
    }

    #[test]
    fn every_name_round_trips() {
        for v in Verdict::ALL {
            assert_eq!(v.as_str().parse::<Verdict>().unwrap(), *v);
        }
        for v in RelationshipKind::ALL {
            let json = serde_json::to_string(v).unwrap();
            assert_eq!(serde_json::from_str::<RelationshipKind>(&json).unwrap(), *v);
        }
    }

    #[test]
    fn unknown_name_lists_the_choices() {
        let err = "star".parse::<Billing>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid billing \"star\": expected one of \"lead\", \"main\", \"supporting\", \"guest\", \"cameo\""
        );
    }
}
