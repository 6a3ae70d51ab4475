//! How a series holds its sources, people, characters, cast and crew,
//! relationships, media, parts and episodes, claims, statements and events
//! once assembled: rows of fixed
//! size (`rows`), every text of those rows in one string arena as a 4-byte
//! [`Span`], every nested list (aliases, citations, credited episodes,
//! lifecycle events, …) in one shared vector per kind, and references (a
//! credit's person and character, a citation's source, a poster's platform)
//! as positions. The public views in `records` read it; the wire form is
//! rebuilt from it to write or re-check a series.
//!
//! A text that a series gives more than once among these records (a
//! publisher of many sources, an occupation) is in the arena once.
//!
//! A person takes 40 bytes here (96 as a [`Person`](crate::Person)), a character 48 (128),
//! a cast credit 28 (88), a source 48 (96), an alias 12 (40), a citation 4
//! (16), a crew credit 20 (64), a relationship 20 (64), a media asset 72
//! (192), an episode 40 (80), a part 44 (128), a claim 72 (144), a
//! statement 64 (160), an event 80 (160); the size tests in `tests`
//! hold these figures.

use crate::error::{Error, Result};
use crate::id::{CharacterId, ClaimId, MediaId, MotifId, PersonId, SourceId};
use crate::model::cites::SourceIds;
use crate::model::claims::Party;
use crate::model::disputes::Inference;
use crate::model::events::Award;
use crate::model::media::LifecycleEvent;
use crate::model::names::Alias;
use crate::model::parts::Announcement;
use crate::text::Text;

use super::index::Index;
use super::wire::SeriesData;

mod arena;
mod owned;
mod rows;

use arena::{Arena, alias_rows, cite_rows, dangling, position, run, slice};
pub(crate) use rows::*;
/// Declares [`Store`], whose lists are boxed slices held at their size
/// (16 bytes each instead of a `Vec`'s 24: a series holds 26 of them), and
/// [`Lists`], the same lists as `Vec`s while a store is built.
macro_rules! store {
    ($($(#[$doc:meta])* $vis:vis $name:ident: $row:ty,)*) => {
        /// The records of one series held compactly (see the module docs).
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        pub(crate) struct Store {
            texts: Box<str>,
            $($(#[$doc])* $vis $name: Box<[$row]>,)*
        }

        /// A store's lists while it is built.
        struct Lists {
            $($name: Vec<$row>,)*
        }

        impl Lists {
            /// The store of these lists and `texts`, each held at its size.
            fn freeze(self, texts: String) -> Store {
                Store {
                    texts: texts.into_boxed_str(),
                    $($name: self.$name.into_boxed_slice(),)*
                }
            }
        }
    };
}

store! {
    aliases: AliasRow,
    /// Citations, as positions in `sources`.
    cites: u32,
    /// The episode numbers cast credits are limited to.
    credited_episodes: u32,
    pub(crate) people: PersonRow,
    pub(crate) characters: CharacterRow,
    pub(crate) cast: PortrayalRow,
    pub(crate) relationships: RelationshipRow,
    pub(crate) crew: CrewRow,
    pub(crate) media: MediaRow,
    depicts: CharacterId,
    motifs: MotifId,
    /// The media assets' lifecycle events.
    lifecycle: LifecycleEvent,
    pub(crate) parts: PartRow,
    pub(crate) episodes: EpisodeRow,
    announcements: Announcement,
    /// How the parts' and episodes' inferred releases were inferred.
    inferences: Inference,
    pub(crate) claims: ClaimRow,
    pub(crate) statements: StatementRow,
    pub(crate) events: EventRow,
    /// The people claims are about and events had take part.
    person_ids: PersonId,
    /// The media claims are about.
    media_ids: MediaId,
    /// The claims statements answer.
    answers: ClaimId,
    /// Who spread claims, who spoke and who relayed statements.
    parties: Party,
    awards: Award,
    pub(crate) sources: SourceRow,
}

impl Store {
    /// Moves the people, characters and cast out of `data` (validated, and
    /// indexed by `index`) into a store, every list allocated once at its
    /// exact size.
    ///
    /// # Errors
    ///
    /// [`Error::TooLarge`] if the texts or lists outgrow 32-bit positions (4
    /// GiB of text; no JSON within [`MAX_INPUT_BYTES`](crate::MAX_INPUT_BYTES)
    /// comes near).
    pub(crate) fn take(data: &mut SeriesData, index: &Index) -> Result<Store> {
        let people = std::mem::take(&mut data.people);
        let characters = std::mem::take(&mut data.characters);
        let cast = std::mem::take(&mut data.cast);
        let sources = std::mem::take(&mut data.sources);
        let relationships = std::mem::take(&mut data.relationships);
        let crew = std::mem::take(&mut data.crew);
        let media = std::mem::take(&mut data.media);
        let parts = std::mem::take(&mut data.parts);
        let claims = std::mem::take(&mut data.claims);
        let statements = std::mem::take(&mut data.statements);
        let events = std::mem::take(&mut data.events);
        // Each text takes its length and a byte or more before it (see `Span`).
        let opt = |t: &Option<Text>| t.as_deref().map_or(0, |t| t.len() + 1);
        let alias_texts = |aliases: &[Alias]| {
            aliases
                .iter()
                .map(|a| a.name().len() + 1 + a.language().map_or(0, |l| l.len() + 1))
                .sum::<usize>()
        };
        let texts = sources
            .iter()
            .map(|s| s.publisher.len() + 1 + opt(&s.title) + s.url.len() + 1 + opt(&s.language))
            .sum::<usize>()
            + people
                .iter()
                .map(|p| p.name.len() + 1 + opt(&p.native_name) + alias_texts(&p.aliases))
                .chain(characters.iter().map(|c| {
                    c.name.len()
                        + 1
                        + opt(&c.native_name)
                        + opt(&c.occupation)
                        + opt(&c.description)
                        + alias_texts(&c.aliases)
                }))
                .sum::<usize>()
            + crew.iter().map(|c| opt(&c.note)).sum::<usize>()
            + media
                .iter()
                .map(|m| m.title.len() + 1 + opt(&m.copy) + opt(&m.description))
                .sum::<usize>()
            + parts
                .iter()
                .flat_map(|p| &p.episodes)
                .map(|e| opt(&e.title))
                .sum::<usize>()
            + claims.iter().map(|c| c.summary.len() + 1).sum::<usize>()
            + statements
                .iter()
                .map(|s| s.summary.len() + 1)
                .sum::<usize>()
            + events
                .iter()
                .map(|e| e.name.len() + 1 + opt(&e.venue) + opt(&e.description))
                .sum::<usize>();
        let aliases = people.iter().map(|p| p.aliases.len()).sum::<usize>()
            + characters.iter().map(|c| c.aliases.len()).sum::<usize>();
        let cites = people.iter().map(|p| p.cites.len()).sum::<usize>()
            + characters.iter().map(|c| c.cites.len()).sum::<usize>()
            + cast.iter().map(|p| p.cites.len()).sum::<usize>()
            + relationships.iter().map(|r| r.cites.len()).sum::<usize>()
            + crew.iter().map(|c| c.cites.len()).sum::<usize>()
            + media.iter().map(|m| m.cites.len()).sum::<usize>()
            + parts
                .iter()
                .map(|p| p.cites.len() + p.episodes.iter().map(|e| e.cites.len()).sum::<usize>())
                .sum::<usize>()
            + claims.iter().map(|c| c.cites.len()).sum::<usize>()
            + statements.iter().map(|s| s.cites.len()).sum::<usize>()
            + events.iter().map(|e| e.cites.len()).sum::<usize>();
        let episodes = cast.iter().map(|p| p.episodes.len()).sum();
        let mut store = Lists {
            aliases: Vec::with_capacity(aliases),
            cites: Vec::with_capacity(cites),
            credited_episodes: Vec::with_capacity(episodes),
            people: Vec::with_capacity(people.len()),
            characters: Vec::with_capacity(characters.len()),
            cast: Vec::with_capacity(cast.len()),
            relationships: Vec::with_capacity(relationships.len()),
            crew: Vec::with_capacity(crew.len()),
            media: Vec::with_capacity(media.len()),
            depicts: Vec::with_capacity(media.iter().map(|m| m.depicts.len()).sum()),
            motifs: Vec::with_capacity(media.iter().map(|m| m.motifs.len()).sum()),
            lifecycle: Vec::with_capacity(media.iter().map(|m| m.events.len()).sum()),
            parts: Vec::with_capacity(parts.len()),
            episodes: Vec::with_capacity(parts.iter().map(|p| p.episodes.len()).sum()),
            announcements: Vec::with_capacity(parts.iter().map(|p| p.announcements.len()).sum()),
            claims: Vec::with_capacity(claims.len()),
            statements: Vec::with_capacity(statements.len()),
            events: Vec::with_capacity(events.len()),
            person_ids: Vec::with_capacity(
                claims.iter().map(|c| c.subjects.len()).sum::<usize>()
                    + events.iter().map(|e| e.participants.len()).sum::<usize>(),
            ),
            media_ids: Vec::with_capacity(claims.iter().map(|c| c.media.len()).sum()),
            answers: Vec::with_capacity(statements.iter().map(|s| s.answers.len()).sum()),
            parties: Vec::with_capacity(
                claims.iter().map(|c| c.spread_by.len()).sum::<usize>()
                    + statements
                        .iter()
                        .map(|s| 1 + usize::from(s.via.is_some()))
                        .sum::<usize>(),
            ),
            awards: Vec::with_capacity(events.iter().map(|e| e.awards.len()).sum()),
            inferences: Vec::with_capacity(
                parts
                    .iter()
                    .map(|p| {
                        usize::from(p.inferred.is_some())
                            + p.episodes.iter().filter(|e| e.inferred.is_some()).count()
                    })
                    .sum(),
            ),
            sources: Vec::with_capacity(sources.len()),
        };
        // Positions fit in 32 bits if the largest shared list does.
        let largest = [
            texts,
            aliases,
            cites,
            episodes,
            people.len(),
            characters.len(),
            sources.len(),
        ];
        if let Some(&too_many) = largest.iter().find(|&&n| n >= NOBODY as usize) {
            return Err(Error::TooLarge {
                actual: too_many,
                limit: NOBODY as usize - 1,
            });
        }
        let mut arena = Arena::with_capacity(texts);
        for s in sources {
            let row = SourceRow {
                publisher: arena.text(&s.publisher)?,
                title: arena.opt_text(s.title.as_deref())?,
                url: arena.text(&s.url)?,
                language: arena.opt_text(s.language.as_deref())?,
                published: s.published,
                authority: s.authority,
                id: s.id,
            };
            store.sources.push(row);
        }
        for (i, p) in people.into_iter().enumerate() {
            let row = PersonRow {
                name: arena.text(&p.name)?,
                native_name: arena.opt_text(p.native_name.as_deref())?,
                aliases: alias_rows(&mut store.aliases, &mut arena, p.aliases)?,
                cites: cite_rows(&mut store.cites, &store.sources, index, p.cites, || {
                    format!("people[{i}]")
                })?,
                id: p.id,
            };
            store.people.push(row);
        }
        for (i, c) in characters.into_iter().enumerate() {
            let row = CharacterRow {
                name: arena.text(&c.name)?,
                native_name: arena.opt_text(c.native_name.as_deref())?,
                occupation: arena.opt_text(c.occupation.as_deref())?,
                description: arena.opt_text(c.description.as_deref())?,
                aliases: alias_rows(&mut store.aliases, &mut arena, c.aliases)?,
                cites: cite_rows(&mut store.cites, &store.sources, index, c.cites, || {
                    format!("characters[{i}]")
                })?,
                id: c.id,
            };
            store.characters.push(row);
        }
        for (i, p) in cast.into_iter().enumerate() {
            let person = match &p.person {
                Some(id) => position(index.people().position(&store.people, id.as_str()))
                    .ok_or_else(|| dangling(&format!("cast[{i}].person"), "person", id.as_str()))?,
                None => NOBODY,
            };
            let character = position(
                index
                    .characters()
                    .position(&store.characters, p.character.as_str()),
            )
            .ok_or_else(|| {
                dangling(
                    &format!("cast[{i}].character"),
                    "character",
                    p.character.as_str(),
                )
            })?;
            let row = PortrayalRow {
                person,
                character,
                stage: p.stage,
                billing: p.billing,
                episodes: run(&mut store.credited_episodes, p.episodes),
                cites: cite_rows(&mut store.cites, &store.sources, index, p.cites, || {
                    format!("cast[{i}]")
                })?,
            };
            store.cast.push(row);
        }
        for (i, r) in relationships.into_iter().enumerate() {
            let character = |id: &CharacterId, field: &str| {
                position(index.characters().position(&store.characters, id.as_str())).ok_or_else(
                    || {
                        let path = format!("relationships[{i}].{field}");
                        dangling(&path, "character", id.as_str())
                    },
                )
            };
            let row = RelationshipRow {
                from: character(&r.from, "from")?,
                to: character(&r.to, "to")?,
                kind: r.kind,
                cites: cite_rows(&mut store.cites, &store.sources, index, r.cites, || {
                    format!("relationships[{i}]")
                })?,
            };
            store.relationships.push(row);
        }
        for (i, c) in crew.into_iter().enumerate() {
            let person = position(index.people().position(&store.people, c.person.as_str()))
                .ok_or_else(|| {
                    dangling(&format!("crew[{i}].person"), "person", c.person.as_str())
                })?;
            let row = CrewRow {
                person,
                note: arena.opt_text(c.note.as_deref())?,
                cites: cite_rows(&mut store.cites, &store.sources, index, c.cites, || {
                    format!("crew[{i}]")
                })?,
                role: c.role,
            };
            store.crew.push(row);
        }
        for (i, m) in media.into_iter().enumerate() {
            let platform = match &m.platform {
                Some(id) => position(
                    index
                        .organizations()
                        .position(&data.organizations, id.as_str()),
                )
                .ok_or_else(|| {
                    dangling(&format!("media[{i}].platform"), "organization", id.as_str())
                })?,
                None => NOBODY,
            };
            let row = MediaRow {
                title: arena.text(&m.title)?,
                copy: arena.opt_text(m.copy.as_deref())?,
                description: arena.opt_text(m.description.as_deref())?,
                depicts: run(&mut store.depicts, m.depicts),
                motifs: run(&mut store.motifs, m.motifs),
                events: run(&mut store.lifecycle, m.events),
                cites: cite_rows(&mut store.cites, &store.sources, index, m.cites, || {
                    format!("media[{i}]")
                })?,
                part: m.part.unwrap_or(0),
                platform,
                kind: m.kind,
                id: m.id,
            };
            store.media.push(row);
        }
        for (i, p) in parts.into_iter().enumerate() {
            let first = store.episodes.len();
            for (j, e) in p.episodes.into_iter().enumerate() {
                let row = EpisodeRow {
                    number: e.number,
                    number_in_part: e.number_in_part,
                    title: arena.opt_text(e.title.as_deref())?,
                    runtime_minutes: e.runtime_minutes.unwrap_or(0),
                    release: e.release,
                    inferred: inference(&mut store.inferences, e.inferred.map(|b| *b)),
                    cites: cite_rows(&mut store.cites, &store.sources, index, e.cites, || {
                        format!("parts[{i}].episodes[{j}]")
                    })?,
                };
                store.episodes.push(row);
            }
            let episodes = Run::between(first, store.episodes.len());
            let row = PartRow {
                number: p.number,
                release: p.release,
                inferred: inference(&mut store.inferences, p.inferred),
                announcements: run(&mut store.announcements, p.announcements),
                episodes,
                cites: cite_rows(&mut store.cites, &store.sources, index, p.cites, || {
                    format!("parts[{i}]")
                })?,
            };
            store.parts.push(row);
        }
        for (i, c) in claims.into_iter().enumerate() {
            let row = ClaimRow {
                first_seen: c.first_seen,
                summary: arena.text(&c.summary)?,
                subjects: run(&mut store.person_ids, c.subjects),
                media: run(&mut store.media_ids, c.media),
                spread_by: run(&mut store.parties, c.spread_by),
                cites: cite_rows(&mut store.cites, &store.sources, index, c.cites, || {
                    format!("claims[{i}]")
                })?,
                verdict: c.verdict,
                id: c.id,
            };
            store.claims.push(row);
        }
        for (i, st) in statements.into_iter().enumerate() {
            let outlet = match &st.outlet {
                Some(id) => position(
                    index
                        .organizations()
                        .position(&data.organizations, id.as_str()),
                )
                .ok_or_else(|| {
                    dangling(
                        &format!("statements[{i}].outlet"),
                        "organization",
                        id.as_str(),
                    )
                })?,
                None => NOBODY,
            };
            let row = StatementRow {
                date: st.date,
                summary: arena.text(&st.summary)?,
                speaker: party(&mut store.parties, Some(st.speaker)),
                via: party(&mut store.parties, st.via),
                outlet,
                answers: run(&mut store.answers, st.answers),
                cites: cite_rows(&mut store.cites, &store.sources, index, st.cites, || {
                    format!("statements[{i}]")
                })?,
                id: st.id,
            };
            store.statements.push(row);
        }
        for (i, e) in events.into_iter().enumerate() {
            let row = EventRow {
                disputed: e.disputed,
                date: e.date,
                name: arena.text(&e.name)?,
                venue: arena.opt_text(e.venue.as_deref())?,
                description: arena.opt_text(e.description.as_deref())?,
                participants: run(&mut store.person_ids, e.participants),
                awards: run(&mut store.awards, e.awards),
                cites: cite_rows(&mut store.cites, &store.sources, index, e.cites, || {
                    format!("events[{i}]")
                })?,
                kind: e.kind,
                id: e.id,
            };
            store.events.push(row);
        }
        Ok(store.freeze(arena.finish()))
    }

    /// The characters a stored media asset depicts.
    pub(crate) fn depicts_of(&self, m: &MediaRow) -> &[CharacterId] {
        slice(&self.depicts, m.depicts)
    }

    /// The motifs a stored media asset shows.
    pub(crate) fn motifs_of(&self, m: &MediaRow) -> &[MotifId] {
        slice(&self.motifs, m.motifs)
    }

    /// The lifecycle events of a stored media asset.
    pub(crate) fn events_of(&self, m: &MediaRow) -> &[LifecycleEvent] {
        slice(&self.lifecycle, m.events)
    }

    /// The people a stored claim is about.
    pub(crate) fn subjects_of(&self, c: &ClaimRow) -> &[PersonId] {
        slice(&self.person_ids, c.subjects)
    }

    /// The media a stored claim is about.
    pub(crate) fn claim_media_of(&self, c: &ClaimRow) -> &[MediaId] {
        slice(&self.media_ids, c.media)
    }

    /// Who spread a stored claim.
    pub(crate) fn spreaders_of(&self, c: &ClaimRow) -> &[Party] {
        slice(&self.parties, c.spread_by)
    }

    /// The party at `position`: a statement's speaker (always present) or
    /// representative ([`NOBODY`] for none).
    pub(crate) fn party(&self, position: u32) -> Option<&Party> {
        self.parties.get(position as usize)
    }

    /// The claims a stored statement answers.
    pub(crate) fn answers_of(&self, s: &StatementRow) -> &[ClaimId] {
        slice(&self.answers, s.answers)
    }

    /// The people who took part in a stored event.
    pub(crate) fn participants_of(&self, e: &EventRow) -> &[PersonId] {
        slice(&self.person_ids, e.participants)
    }

    /// The awards of a stored event.
    pub(crate) fn awards_of(&self, e: &EventRow) -> &[Award] {
        slice(&self.awards, e.awards)
    }

    /// The inference at `position`, if any (a part's or an episode's).
    pub(crate) fn inference(&self, position: u32) -> Option<&Inference> {
        self.inferences.get(position as usize)
    }

    /// The announcements of a stored part.
    pub(crate) fn announcements_of(&self, p: &PartRow) -> &[Announcement] {
        slice(&self.announcements, p.announcements)
    }

    /// The episodes of a stored part.
    pub(crate) fn episodes_in(&self, p: &PartRow) -> &[EpisodeRow] {
        slice(&self.episodes, p.episodes)
    }

    /// The text at `span` (empty for an absent one).
    pub(crate) fn text_of(&self, span: Span) -> &str {
        span.read(&self.texts)
    }

    /// The optional text at `span`.
    pub(crate) fn opt_text_of(&self, span: Span) -> Option<&str> {
        (span != Span::ABSENT).then(|| self.text_of(span))
    }

    /// The aliases in `run`.
    pub(crate) fn aliases_of(&self, run: Run) -> &[AliasRow] {
        slice(&self.aliases, run)
    }

    /// The citations in `run`.
    pub(crate) fn cites_of(&self, run: Run) -> &[u32] {
        slice(&self.cites, run)
    }

    /// The episode numbers in `run`.
    pub(crate) fn episodes_of(&self, run: Run) -> &[u32] {
        slice(&self.credited_episodes, run)
    }

    /// The id of the person at `position`, if any.
    pub(crate) fn person_id(&self, position: u32) -> Option<&PersonId> {
        self.people.get(position as usize).map(|p| &p.id)
    }

    /// The id of the person at `position`: a crew credit's person, which
    /// [`Store::take`] has resolved (it refuses a credit whose person does
    /// not), so the position is in range.
    pub(crate) fn credited(&self, position: u32) -> &PersonId {
        &self.people[position as usize].id
    }

    /// The id of the character at `position`: a credit's or a
    /// relationship's character, which [`Store::take`] has resolved (it
    /// refuses a record whose character does not), so the position is in
    /// range.
    pub(crate) fn character_id(&self, position: u32) -> &CharacterId {
        &self.characters[position as usize].id
    }
}

/// Appends a party, if any, to the store's; its position, or [`NOBODY`].
fn party(parties: &mut Vec<Party>, party: Option<Party>) -> u32 {
    party.map_or(NOBODY, |p| {
        parties.push(p);
        (parties.len() - 1) as u32
    })
}

/// Appends an inference, if any, to the store's; its position, or
/// [`NOBODY`] for none.
fn inference(inferences: &mut Vec<Inference>, inferred: Option<Inference>) -> u32 {
    inferred.map_or(NOBODY, |i| {
        inferences.push(i);
        (inferences.len() - 1) as u32
    })
}

impl SourceIds for Store {
    fn source_id(&self, position: u32) -> Option<&SourceId> {
        self.sources.get(position as usize).map(|s| &s.id)
    }
}

#[cfg(test)]
mod tests;
