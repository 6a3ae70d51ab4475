//! People, characters, cast and crew credits, relationships, organizations.

use foldhash::{HashSet, HashSetExt};

use crate::error::ViolationKind;
use crate::series::index::Index;
use crate::series::wire::SeriesData;

use super::checker::{Checker, Path, aliases, no_duplicates};

pub(super) fn people(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, p) in data.people.iter().enumerate() {
        let path = Path::item("people", i);
        c.text(|| format!("{path}.name"), p.name());
        c.opt_text(|| format!("{path}.native_name"), p.native_name());
        aliases(c, &path, p.aliases());
        c.cites(Some(&path), p.cites(), (data, index), true);
    }
    let mut portrayed = HashSet::new();
    let episodes: usize = data.parts.iter().map(|part| part.episodes().len()).sum();
    for (i, p) in data.cast.iter().enumerate() {
        let path = Path::item("cast", i);
        if let Some(person) = p.person() {
            c.refers(|| format!("{path}.person"), person, (data, index));
        }
        c.refers(|| format!("{path}.character"), p.character(), (data, index));
        portrayed.insert(p.character().as_str());
        c.unique(|| format!("{path}.episodes"), p.episodes());
        for (j, &e) in p.episodes().iter().enumerate() {
            if e == 0 || e as usize > episodes {
                c.error(
                    format!("{path}.episodes[{j}]"),
                    ViolationKind::DanglingReference,
                    format!("unknown episode {e}: expected an episode number from 1 to {episodes}"),
                );
            }
        }
        c.cites(Some(&path), p.cites(), (data, index), true);
    }
    no_duplicates(c, "cast", "cast credit", &data.cast, |p| {
        (p.person(), p.character(), p.stage())
    });
    for (i, ch) in data.characters.iter().enumerate() {
        let path = Path::item("characters", i);
        c.text(|| format!("{path}.name"), ch.name());
        c.opt_text(|| format!("{path}.native_name"), ch.native_name());
        c.opt_text(|| format!("{path}.occupation"), ch.occupation());
        c.opt_prose(|| format!("{path}.description"), ch.description());
        aliases(c, &path, ch.aliases());
        if !portrayed.contains(ch.id().as_str()) {
            c.error(
                format!("{path}.id"),
                ViolationKind::CharacterWithoutPortrayal,
                format!(
                    "character {:?} has no cast credit: expected at least one in cast (use an unconfirmed credit when the actor is unknown)",
                    ch.id().as_str()
                ),
            );
        }
        c.cites(Some(&path), ch.cites(), (data, index), true);
    }
    for (i, r) in data.relationships.iter().enumerate() {
        let path = Path::item("relationships", i);
        c.refers(|| format!("{path}.from"), r.from(), (data, index));
        c.refers(|| format!("{path}.to"), r.to(), (data, index));
        if r.from() == r.to() {
            c.error(
                format!("{path}.to"),
                ViolationKind::SelfReference,
                format!(
                    "relationship of {:?} with itself: expected two different characters",
                    r.to().as_str()
                ),
            );
        }
        c.cites(Some(&path), r.cites(), (data, index), true);
    }
    no_duplicates(
        c,
        "relationships",
        "relationship",
        &data.relationships,
        |r| (r.from(), r.kind(), r.to()),
    );
    for (i, cr) in data.crew.iter().enumerate() {
        let path = Path::item("crew", i);
        c.refers(|| format!("{path}.person"), cr.person(), (data, index));
        c.opt_prose(|| format!("{path}.note"), cr.note());
        c.cites(Some(&path), cr.cites(), (data, index), true);
    }
    no_duplicates(c, "crew", "crew credit", &data.crew, |cr| {
        (cr.person(), cr.role())
    });
    for (i, o) in data.organizations.iter().enumerate() {
        let path = Path::item("organizations", i);
        c.text(|| format!("{path}.name"), o.name());
        c.opt_text(|| format!("{path}.native_name"), o.native_name());
        if let Some(parent) = o.parent() {
            if parent == o.id() {
                c.error(
                    format!("{path}.parent"),
                    ViolationKind::SelfReference,
                    format!(
                        "organization {:?} is its own parent: expected another organization",
                        parent.as_str()
                    ),
                );
            } else {
                c.refers(|| format!("{path}.parent"), parent, (data, index));
            }
        }
        c.cites(Some(&path), o.cites(), (data, index), true);
    }
}
