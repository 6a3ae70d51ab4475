//! The owned records a store gives back: what a view's `to_person()` and
//! the like return, and the wire form rebuilt to write or re-check a series.

use crate::model::cites::{Cites, SourceIds};
use crate::model::claims::{Claim, Party, Statement};
use crate::model::events::Event;
use crate::model::media::MediaAsset;
use crate::model::names::Alias;
use crate::model::parts::{Episode, Part};
use crate::model::people::{Character, CrewCredit, Organization, Person, Portrayal, Relationship};
use crate::model::source::Source;
use crate::text::Text;

use super::super::wire::SeriesData;
use super::Store;
use super::rows::{
    AliasRow, CharacterRow, ClaimRow, CrewRow, EpisodeRow, EventRow, MediaRow, PartRow, PersonRow,
    PortrayalRow, RelationshipRow, Run, SourceRow, StatementRow,
};

impl Store {
    /// Puts owned copies of the people, characters and cast back into
    /// `data`, as they were read.
    pub(crate) fn restore(&self, data: &mut SeriesData) {
        data.people = self.people.iter().map(|p| self.person(p)).collect();
        data.characters = self.characters.iter().map(|c| self.character(c)).collect();
        data.cast = self.cast.iter().map(|p| self.portrayal(p)).collect();
        data.crew = self.crew.iter().map(|c| self.crew_credit(c)).collect();
        data.parts = self.parts.iter().map(|p| self.part(p)).collect();
        data.claims = self.claims.iter().map(|c| self.claim(c)).collect();
        data.statements = self
            .statements
            .iter()
            .map(|s| self.statement(s, &data.organizations))
            .collect();
        data.events = self.events.iter().map(|e| self.event(e)).collect();
        data.media = self
            .media
            .iter()
            .map(|m| self.media_asset(m, &data.organizations))
            .collect();
        data.relationships = self
            .relationships
            .iter()
            .map(|r| self.relationship(r))
            .collect();
        data.sources = self.sources.iter().map(|s| self.source(s)).collect();
    }

    /// An owned copy of a stored source.
    pub(crate) fn source(&self, s: &SourceRow) -> Source {
        Source {
            id: s.id.clone(),
            publisher: self.text_of(s.publisher).into(),
            title: self.opt_text_of(s.title).map(Text::from),
            url: self.text_of(s.url).into(),
            published: s.published,
            language: self.opt_text_of(s.language).map(Text::from),
            authority: s.authority,
        }
    }

    /// An owned copy of a stored person.
    pub(crate) fn person(&self, p: &PersonRow) -> Person {
        Person {
            id: p.id.clone(),
            name: self.text_of(p.name).into(),
            native_name: self.opt_text_of(p.native_name).map(Text::from),
            aliases: self.owned_aliases(p.aliases),
            cites: self.owned_cites(p.cites),
        }
    }

    /// An owned copy of a stored character.
    pub(crate) fn character(&self, c: &CharacterRow) -> Character {
        Character {
            id: c.id.clone(),
            name: self.text_of(c.name).into(),
            native_name: self.opt_text_of(c.native_name).map(Text::from),
            aliases: self.owned_aliases(c.aliases),
            occupation: self.opt_text_of(c.occupation).map(Text::from),
            description: self.opt_text_of(c.description).map(Text::from),
            cites: self.owned_cites(c.cites),
        }
    }

    /// An owned copy of a stored cast credit.
    pub(crate) fn portrayal(&self, p: &PortrayalRow) -> Portrayal {
        Portrayal {
            person: self.person_id(p.person).cloned(),
            character: self.character_id(p.character).clone(),
            stage: p.stage,
            billing: p.billing,
            episodes: self.episodes_of(p.episodes).to_vec(),
            cites: self.owned_cites(p.cites),
        }
    }

    /// An owned copy of a stored relationship.
    pub(crate) fn relationship(&self, r: &RelationshipRow) -> Relationship {
        Relationship {
            from: self.character_id(r.from).clone(),
            kind: r.kind,
            to: self.character_id(r.to).clone(),
            cites: self.owned_cites(r.cites),
        }
    }

    /// An owned copy of a stored crew credit.
    pub(crate) fn crew_credit(&self, c: &CrewRow) -> CrewCredit {
        CrewCredit {
            person: self.credited(c.person).clone(),
            role: c.role,
            note: self.opt_text_of(c.note).map(Text::from),
            cites: self.owned_cites(c.cites),
        }
    }

    /// An owned copy of a stored media asset; `organizations` are the
    /// series' (its platform is a position among them).
    pub(crate) fn media_asset(&self, m: &MediaRow, organizations: &[Organization]) -> MediaAsset {
        MediaAsset {
            id: m.id.clone(),
            kind: m.kind,
            title: self.text_of(m.title).into(),
            part: (m.part != 0).then_some(m.part),
            platform: organizations
                .get(m.platform as usize)
                .map(|o| o.id().clone()),
            depicts: self.depicts_of(m).to_vec(),
            motifs: self.motifs_of(m).to_vec(),
            copy: self.opt_text_of(m.copy).map(Text::from),
            description: self.opt_text_of(m.description).map(Text::from),
            events: self.events_of(m).to_vec(),
            cites: self.owned_cites(m.cites),
        }
    }

    /// An owned copy of a stored part, its episodes included.
    pub(crate) fn part(&self, p: &PartRow) -> Part {
        Part {
            number: p.number,
            release: p.release,
            inferred: self.inference(p.inferred).cloned(),
            announcements: self.announcements_of(p).to_vec(),
            episodes: self
                .episodes_in(p)
                .iter()
                .map(|e| self.episode(e))
                .collect(),
            cites: self.owned_cites(p.cites),
        }
    }

    /// An owned copy of a stored episode.
    pub(crate) fn episode(&self, e: &EpisodeRow) -> Episode {
        Episode {
            number: e.number,
            number_in_part: e.number_in_part,
            title: self.opt_text_of(e.title).map(Text::from),
            runtime_minutes: (e.runtime_minutes != 0).then_some(e.runtime_minutes),
            release: e.release,
            inferred: self.inference(e.inferred).cloned().map(Box::new),
            cites: self.owned_cites(e.cites),
        }
    }

    /// An owned copy of a stored claim.
    pub(crate) fn claim(&self, c: &ClaimRow) -> Claim {
        Claim {
            id: c.id.clone(),
            summary: self.text_of(c.summary).into(),
            subjects: self.subjects_of(c).to_vec(),
            media: self.claim_media_of(c).to_vec(),
            first_seen: c.first_seen,
            spread_by: self.spreaders_of(c).to_vec(),
            verdict: c.verdict,
            cites: self.owned_cites(c.cites),
        }
    }

    /// An owned copy of a stored statement; `organizations` are the
    /// series' (its outlet is a position among them).
    pub(crate) fn statement(&self, s: &StatementRow, organizations: &[Organization]) -> Statement {
        Statement {
            id: s.id.clone(),
            speaker: self
                .party(s.speaker)
                .cloned()
                .unwrap_or(Party::Other(Text::from(""))),
            date: s.date,
            outlet: organizations.get(s.outlet as usize).map(|o| o.id().clone()),
            via: self.party(s.via).cloned(),
            summary: self.text_of(s.summary).into(),
            answers: self.answers_of(s).to_vec(),
            cites: self.owned_cites(s.cites),
        }
    }

    /// An owned copy of a stored event.
    pub(crate) fn event(&self, e: &EventRow) -> Event {
        Event {
            id: e.id.clone(),
            kind: e.kind,
            name: self.text_of(e.name).into(),
            date: e.date,
            disputed: e.disputed.clone(),
            venue: self.opt_text_of(e.venue).map(Text::from),
            participants: self.participants_of(e).to_vec(),
            description: self.opt_text_of(e.description).map(Text::from),
            awards: self.awards_of(e).to_vec(),
            cites: self.owned_cites(e.cites),
        }
    }

    /// Owned copies of the aliases in `run`.
    pub(super) fn owned_aliases(&self, run: Run) -> Vec<Alias> {
        self.aliases_of(run).iter().map(|a| self.alias(a)).collect()
    }

    /// An owned copy of a stored alias.
    pub(crate) fn alias(&self, a: &AliasRow) -> Alias {
        let alias = Alias::new(self.text_of(a.name), a.kind);
        match self.opt_text_of(a.language) {
            Some(tag) => alias.in_language(tag),
            None => alias,
        }
    }

    /// Owned copies of the ids of the citations in `run`.
    pub(super) fn owned_cites(&self, run: Run) -> Cites {
        self.cites_of(run)
            .iter()
            .filter_map(|&at| self.source_id(at).cloned())
            .collect()
    }
}
