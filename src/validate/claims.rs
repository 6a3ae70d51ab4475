//! Claims, the statements that answer them, and events.

use foldhash::HashSet;

use crate::error::ViolationKind;
use crate::series::index::Index;
use crate::series::wire::SeriesData;
use crate::vocab::Verdict;

use super::checker::{Checker, Path};

pub(super) fn claims(c: &mut Checker, data: &SeriesData, index: &Index) {
    let answered: HashSet<&str> = data
        .statements
        .iter()
        .flat_map(|s| s.answers().iter().map(|a| a.as_str()))
        .collect();
    for (i, cl) in data.claims.iter().enumerate() {
        let path = Path::item("claims", i);
        c.prose(|| format!("{path}.summary"), cl.summary());
        c.unique(|| format!("{path}.subjects"), cl.subjects());
        c.unique(|| format!("{path}.media"), cl.media());
        c.refers_each(|| format!("{path}.subjects"), cl.subjects(), (data, index));
        c.refers_each(|| format!("{path}.media"), cl.media(), (data, index));
        c.dated(|| format!("{path}.first_seen"), cl.first_seen());
        for (j, p) in cl.spreaders().iter().enumerate() {
            c.party(|| format!("{path}.spread_by[{j}]"), p, (data, index));
        }
        if cl.verdict() == Verdict::Refuted && !answered.contains(cl.id().as_str()) {
            c.error(
                format!("{path}.verdict"),
                ViolationKind::RefutedWithoutStatement,
                format!(
                    "claim {:?} is refuted but no statement answers it: expected a statement listing it in answers",
                    cl.id().as_str()
                ),
            );
        }
        c.cites(Some(&path), cl.cites(), (data, index), true);
    }
    for (i, s) in data.statements.iter().enumerate() {
        let path = Path::item("statements", i);
        c.party(|| format!("{path}.speaker"), s.speaker(), (data, index));
        c.dated(|| format!("{path}.date"), s.date());
        if let Some(via) = s.representative() {
            c.party(|| format!("{path}.via"), via, (data, index));
        }
        if let Some(o) = s.outlet() {
            c.refers(|| format!("{path}.outlet"), o, (data, index));
        }
        c.prose(|| format!("{path}.summary"), s.summary());
        c.unique(|| format!("{path}.answers"), s.answers());
        c.refers_each(|| format!("{path}.answers"), s.answers(), (data, index));
        c.cites(Some(&path), s.cites(), (data, index), true);
    }
}

pub(super) fn events(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, e) in data.events.iter().enumerate() {
        let path = Path::item("events", i);
        c.text(|| format!("{path}.name"), e.name());
        c.dated(|| format!("{path}.date"), e.date());
        c.opt_text(|| format!("{path}.venue"), e.venue());
        c.opt_prose(|| format!("{path}.description"), e.description());
        c.unique(|| format!("{path}.participants"), e.participants());
        c.refers_each(
            || format!("{path}.participants"),
            e.participants(),
            (data, index),
        );
        for (j, a) in e.awards().iter().enumerate() {
            c.text(|| format!("{path}.awards[{j}].category"), a.category());
            if let Some(p) = a.recipient() {
                c.refers(|| format!("{path}.awards[{j}].recipient"), p, (data, index));
            }
        }
        c.cites(Some(&path), e.cites(), (data, index), true);
    }
}
