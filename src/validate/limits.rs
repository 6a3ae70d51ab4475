//! Every list at every depth against its limit.

use crate::error::ViolationKind;
use crate::limits::{MAX_ITEMS, MAX_RECORDS, too_many};
use crate::model::disputes::{Basis, Dispute};
use crate::series::wire::SeriesData;

use super::checker::{Checker, Path};

/// Every list at every depth against its limit ([`MAX_RECORDS`] for lists of
/// records and episodes, [`MAX_ITEMS`] for lists inside a record). JSON input
/// is already refused while reading; this covers series built in code.
pub(super) fn counts(c: &mut Checker, data: &SeriesData) {
    let n = |c: &mut Checker, path: &dyn Fn() -> String, len: usize, limit: usize| {
        if len > limit {
            c.error(path(), ViolationKind::TooMany, too_many(len, limit));
        }
    };
    let t = &data.titles;
    n(
        c,
        &|| "titles.romanizations".into(),
        t.romanizations().len(),
        MAX_ITEMS,
    );
    n(
        c,
        &|| "titles.localized".into(),
        t.localized().len(),
        MAX_ITEMS,
    );
    n(c, &|| "titles.aliases".into(), t.aliases().len(), MAX_ITEMS);
    n(c, &|| "genres".into(), data.genres.len(), MAX_ITEMS);
    n(
        c,
        &|| "production_companies".into(),
        data.production_companies.len(),
        MAX_ITEMS,
    );
    n(c, &|| "cites".into(), data.cites.len(), MAX_ITEMS);
    n(
        c,
        &|| "content_ratings".into(),
        data.content_ratings.len(),
        MAX_ITEMS,
    );
    for (i, r) in data.content_ratings.iter().enumerate() {
        n(
            c,
            &|| format!("content_ratings[{i}].cites"),
            r.cites().len(),
            MAX_ITEMS,
        );
    }
    macro_rules! records {
        ($field:ident, |$path:ident, $r:ident| $nested:block) => {
            n(
                c,
                &|| stringify!($field).into(),
                data.$field.len(),
                MAX_RECORDS,
            );
            for (i, $r) in data.$field.iter().enumerate() {
                let $path = Path::item(stringify!($field), i);
                $nested
            }
        };
    }
    records!(parts, |path, part| {
        n(
            c,
            &|| format!("{path}.announcements"),
            part.announcements().len(),
            MAX_ITEMS,
        );
        n(
            c,
            &|| format!("{path}.episodes"),
            part.episodes().len(),
            MAX_RECORDS,
        );
        n(
            c,
            &|| format!("{path}.cites"),
            part.cites().len(),
            MAX_ITEMS,
        );
        for (j, a) in part.announcements().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.announcements[{j}].cites"),
                a.cites().len(),
                MAX_ITEMS,
            );
        }
        for (j, e) in part.episodes().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.episodes[{j}].cites"),
                e.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(people, |path, p| {
        n(
            c,
            &|| format!("{path}.aliases"),
            p.aliases().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), p.cites().len(), MAX_ITEMS);
    });
    records!(characters, |path, ch| {
        n(
            c,
            &|| format!("{path}.aliases"),
            ch.aliases().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), ch.cites().len(), MAX_ITEMS);
    });
    records!(cast, |path, p| {
        n(
            c,
            &|| format!("{path}.episodes"),
            p.episodes().len(),
            MAX_RECORDS,
        );
        n(c, &|| format!("{path}.cites"), p.cites().len(), MAX_ITEMS);
    });
    records!(relationships, |path, r| {
        n(c, &|| format!("{path}.cites"), r.cites().len(), MAX_ITEMS);
    });
    records!(crew, |path, cr| {
        n(c, &|| format!("{path}.cites"), cr.cites().len(), MAX_ITEMS);
    });
    records!(organizations, |path, o| {
        n(c, &|| format!("{path}.cites"), o.cites().len(), MAX_ITEMS);
    });
    records!(motifs, |path, m| {
        n(
            c,
            &|| format!("{path}.aliases"),
            m.aliases().len(),
            MAX_ITEMS,
        );
        n(
            c,
            &|| format!("{path}.interpretations"),
            m.interpretations().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), m.cites().len(), MAX_ITEMS);
        for (j, it) in m.interpretations().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.interpretations[{j}].cites"),
                it.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(media, |path, m| {
        n(
            c,
            &|| format!("{path}.depicts"),
            m.depicts().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.motifs"), m.motifs().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.events"), m.events().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.cites"), m.cites().len(), MAX_ITEMS);
        for (j, e) in m.events().iter().enumerate() {
            n(
                c,
                &|| format!("{path}.events[{j}].cites"),
                e.cites().len(),
                MAX_ITEMS,
            );
        }
    });
    records!(claims, |path, cl| {
        n(
            c,
            &|| format!("{path}.subjects"),
            cl.subjects().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.media"), cl.media().len(), MAX_ITEMS);
        n(
            c,
            &|| format!("{path}.spread_by"),
            cl.spreaders().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), cl.cites().len(), MAX_ITEMS);
    });
    records!(statements, |path, st| {
        n(
            c,
            &|| format!("{path}.answers"),
            st.answers().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.cites"), st.cites().len(), MAX_ITEMS);
    });
    records!(events, |path, e| {
        n(
            c,
            &|| format!("{path}.participants"),
            e.participants().len(),
            MAX_ITEMS,
        );
        n(c, &|| format!("{path}.awards"), e.awards().len(), MAX_ITEMS);
        n(c, &|| format!("{path}.cites"), e.cites().len(), MAX_ITEMS);
        disputed(c, &n, &path.to_string(), e.dispute());
    });
    records!(specials, |path, s| {
        n(c, &|| format!("{path}.cites"), s.cites().len(), MAX_ITEMS);
        disputed(c, &n, &path.to_string(), s.dispute());
        inferred(c, &n, &path.to_string(), s.basis());
    });
    records!(availability, |path, a| {
        n(c, &|| format!("{path}.cites"), a.cites().len(), MAX_ITEMS);
        inferred(c, &n, &path.to_string(), a.basis());
    });
    records!(audience, |path, m| {
        n(c, &|| format!("{path}.cites"), m.cites().len(), MAX_ITEMS);
        disputed(c, &n, &path.to_string(), m.dispute());
    });
    for (i, part) in data.parts.iter().enumerate() {
        let path = Path::item("parts", i);
        inferred(c, &n, &path.to_string(), part.basis());
        for (j, e) in part.episodes().iter().enumerate() {
            if let Some(inf) = e.inference() {
                let at = path.child("episodes", j).to_string();
                inferred(c, &n, &at, Basis::Inferred(inf));
            }
        }
    }
    n(c, &|| "sources".into(), data.sources.len(), MAX_RECORDS);
}

/// The signature of the counting closure in [`counts`].
type Count<'a> = dyn Fn(&mut Checker, &dyn Fn() -> String, usize, usize) + 'a;

/// A dispute's lists: the preferred value's sources, the alternatives, theirs.
fn disputed<T>(c: &mut Checker, n: &Count<'_>, path: &str, d: Option<&Dispute<T>>) {
    let Some(d) = d else { return };
    n(
        c,
        &|| format!("{path}.disputed.cites"),
        d.cites().len(),
        MAX_ITEMS,
    );
    let alternatives = d.alternatives();
    n(
        c,
        &|| format!("{path}.disputed.alternatives"),
        alternatives.len(),
        MAX_ITEMS,
    );
    for (i, a) in alternatives.iter().enumerate() {
        n(
            c,
            &|| format!("{path}.disputed.alternatives[{i}].cites"),
            a.cites().len(),
            MAX_ITEMS,
        );
    }
}

/// An inference's sources.
fn inferred(c: &mut Checker, n: &Count<'_>, path: &str, basis: Basis<'_>) {
    if let Basis::Inferred(inf) = basis {
        n(
            c,
            &|| format!("{path}.inferred.cites"),
            inf.cites().len(),
            MAX_ITEMS,
        );
    }
}
