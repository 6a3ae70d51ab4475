//! The release feed of the embedded catalog as iCalendar, on stdout.
//!
//! ```text
//! cargo run --example calendar -- [--utc] > kdrama.ics
//! ```
//!
//! Exact releases are timed in each series' home zone with a VTIMEZONE, or
//! in UTC with `--utc`. The output depends only on the data: two runs are
//! byte-identical.

use std::error::Error;
use std::io::Write;
use std::process::ExitCode;

use kdrama::IcsOptions;

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let mut options = IcsOptions::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--utc" => options = options.utc(),
            other => {
                eprintln!("unknown argument {other:?}; usage: calendar [--utc]");
                return Ok(ExitCode::from(2));
            }
        }
    }
    std::io::stdout()
        .lock()
        .write_all(kdrama::datasets::catalog().to_ics(&options).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
