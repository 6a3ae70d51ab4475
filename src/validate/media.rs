//! Motifs and their interpretations; media assets and their lifecycles.

use crate::error::ViolationKind;
use crate::series::index::Index;
use crate::series::wire::SeriesData;
use crate::time::window::Window;
use crate::vocab::LifecycleAction;

use super::checker::{Checker, Path, aliases};

pub(super) fn media(c: &mut Checker, data: &SeriesData, index: &Index) {
    for (i, m) in data.motifs.iter().enumerate() {
        let path = Path::item("motifs", i);
        c.text(|| format!("{path}.name"), m.name());
        c.opt_text(|| format!("{path}.native_name"), m.native_name());
        c.opt_prose(|| format!("{path}.description"), m.description());
        aliases(c, &path, m.aliases());
        for (j, it) in m.interpretations().iter().enumerate() {
            let ipath = path.child("interpretations", j);
            c.prose(|| format!("{ipath}.meaning"), it.meaning());
            c.cites(Some(&ipath), it.cites(), (data, index), true);
        }
        c.cites(Some(&path), m.cites(), (data, index), true);
    }
    let zone = data.home_zone;
    for (i, m) in data.media.iter().enumerate() {
        let path = Path::item("media", i);
        c.text(|| format!("{path}.title"), m.title());
        c.opt_prose(|| format!("{path}.copy"), m.copy());
        c.opt_prose(|| format!("{path}.description"), m.description());
        if let Some(part) = m.part()
            && (part == 0 || part as usize > data.parts.len())
        {
            c.error(
                format!("{path}.part"),
                ViolationKind::DanglingReference,
                match data.parts.len() {
                    0 => format!("unknown part {part}: expected no part, the series has none"),
                    n => format!("unknown part {part}: expected a part number from 1 to {n}"),
                },
            );
        }
        if let Some(p) = m.platform() {
            c.refers(|| format!("{path}.platform"), p, (data, index));
        }
        c.unique(|| format!("{path}.depicts"), m.depicts());
        c.unique(|| format!("{path}.motifs"), m.motifs());
        c.refers_each(|| format!("{path}.depicts"), m.depicts(), (data, index));
        c.refers_each(|| format!("{path}.motifs"), m.motifs(), (data, index));
        let published = m
            .events()
            .iter()
            .find(|e| e.action() == LifecycleAction::Published)
            .and_then(|e| e.date().window(zone));
        let mut previous: Option<Window> = None;
        for (j, e) in m.events().iter().enumerate() {
            let epath = path.child("events", j);
            c.dated(|| format!("{epath}.date"), e.date());
            let window = e.date().window(zone);
            let mut reported = false;
            if let (Some(w), Some(p)) = (window, published)
                && e.action() != LifecycleAction::Published
                && w.certainly_before(&p)
            {
                reported = true;
                c.error(
                        format!("{epath}.date"),
                        ViolationKind::TakenDownBeforePublished,
                        format!(
                            "{} on {} is before the asset was published: expected it on or after publication",
                            e.action().as_str().replace('_', " "),
                            e.date()
                        ),
                    );
            }
            if let (Some(w), Some(p), false) = (window, previous, reported)
                && w.certainly_before(&p)
            {
                c.error(
                    format!("{epath}.date"),
                    ViolationKind::OutOfOrder,
                    format!(
                        "event dated {}: expected lifecycle events in the order they happened",
                        e.date()
                    ),
                );
            }
            previous = window.or(previous);
            c.opt_prose(|| format!("{epath}.reason"), e.reason());
            if let Some(s) = e.statement() {
                c.refers(|| format!("{epath}.statement"), s, (data, index));
            }
            c.cites(Some(&epath), e.cites(), (data, index), true);
        }
        c.cites(Some(&path), m.cites(), (data, index), true);
    }
}
