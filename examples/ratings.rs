//! Every audience figure of the embedded series, with its sources; with
//! `--svg`, Descendants of the Sun's nationwide episode ratings as a chart.
//!
//! ```text
//! cargo run --example ratings -- [--svg FILE]
//! ```
//!
//! Each figure prints as `what it is of · period · metric: value`, then
//! its sources (publisher and authority), then any value other sources
//! report instead, with theirs. The chart has one point per episode, in
//! broadcast order, on a 0–50 % scale. A bad argument or an unwritable file
//! exits 2.

use std::io::{self, Write};
use std::process::ExitCode;

use kdrama::{Area, Measurement, Metric, Panel, Series};
use plotters::prelude::*;

mod common;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let svg = match (args.next().as_deref(), args.next(), args.next()) {
        (None, _, _) => None,
        (Some("--svg"), Some(file), None) => Some(file),
        _ => return common::unusable("ratings", "usage: ratings [--svg FILE]".to_owned()),
    };
    let dots = kdrama::datasets::descendants_of_the_sun();
    if let Some(file) = &svg
        && let Err(e) = chart(dots, file)
    {
        return common::unusable("ratings", format!("cannot write {file}: {e}"));
    }
    common::run("ratings", |out| {
        for series in kdrama::datasets::all() {
            figures(out, series)?;
        }
        if let Some(file) = &svg {
            writeln!(
                out,
                "chart of the nationwide episode ratings written to {file}"
            )?;
        }
        Ok(ExitCode::SUCCESS)
    })
}

fn figures(out: &mut impl Write, series: &Series) -> io::Result<()> {
    writeln!(out, "{}", series.titles().english())?;
    for m in series.audience() {
        writeln!(out, "  {} · {} · {}: {m}", m.of(), m.period(), m.metric())?;
        if let Some(note) = m.note() {
            writeln!(out, "      note: {note}")?;
        }
        if let Some(day) = m.reported() {
            writeln!(out, "      reported {day}")?;
        }
        sources(out, series, m.cites(), "      source")?;
        for other in m.alternatives() {
            writeln!(out, "      also reported: {}", other.value())?;
            sources(out, series, other.cites(), "        source")?;
        }
        if let Some(dispute) = m.dispute() {
            writeln!(out, "      preferred because: {}", dispute.because())?;
        }
    }
    writeln!(out)?;
    Ok(())
}

fn sources(
    out: &mut impl Write,
    series: &Series,
    cites: &[kdrama::SourceId],
    label: &str,
) -> io::Result<()> {
    for source in cites.iter().filter_map(|id| series.source(id)) {
        writeln!(
            out,
            "{label}: {} ({}) {}",
            source.publisher(),
            source.authority(),
            source.url()
        )?;
    }
    Ok(())
}

/// The nationwide ratings, one point per episode, joined by a line.
fn chart(series: &Series, file: &str) -> Result<(), Box<dyn std::error::Error>> {
    let metric = Metric::HouseholdRating {
        panel: Panel::AgbNielsen,
        area: Area::Nationwide,
    };
    let points: Vec<(f64, f64)> = series
        .episode_ratings(metric)
        .into_iter()
        .map(|(episode, m): (u32, &Measurement)| (f64::from(episode), m.value().as_f64()))
        .collect();
    let episodes = points.len().max(1) as f64;
    let root = SVGBackend::new(file, (640, 360)).into_drawing_area();
    root.fill(&WHITE)?;
    let area = root.margin(20, 20, 20, 20);
    let mut chart = ChartBuilder::on(&area).build_cartesian_2d(0.5..episodes + 0.5, 0.0..50.0)?;
    chart.draw_series(LineSeries::new(points.iter().copied(), &BLUE))?;
    chart.draw_series(
        points
            .iter()
            .map(|&(x, y)| Circle::new((x, y), 4, BLUE.filled())),
    )?;
    root.present()?;
    Ok(())
}
