//! What every example shares: its output goes to a buffered stdout, and a
//! reader that goes away (`cargo run --example rumours | head -1`) ends the
//! program quietly with status 0, as command-line tools do.

// Each example uses a part of this module.
#![allow(dead_code)]

use std::error::Error;
use std::io::{self, BufWriter, ErrorKind, Write};
use std::process::ExitCode;

/// The examples' output: stdout, buffered.
pub type Out<'a> = BufWriter<io::StdoutLock<'a>>;

/// Runs `body` with the buffered stdout and turns its outcome into an exit
/// code: what `body` returns; 0 when stdout was closed by its reader; 1, with
/// the error on stderr, for any other error.
pub fn run(
    name: &str,
    body: impl FnOnce(&mut Out<'_>) -> Result<ExitCode, Box<dyn Error>>,
) -> ExitCode {
    let mut out = BufWriter::new(io::stdout().lock());
    let outcome = body(&mut out).and_then(|code| {
        out.flush()?;
        Ok(code)
    });
    match outcome {
        Ok(code) => code,
        Err(e) if is_closed_pipe(e.as_ref()) => ExitCode::SUCCESS,
        Err(e) => {
            // Written, not printed: a closed stderr must not panic either.
            let _ = writeln!(io::stderr(), "{name}: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints a usage or input problem on stderr (never panicking) and returns
/// exit status 2.
pub fn unusable(name: &str, message: impl std::fmt::Display) -> ExitCode {
    let _ = writeln!(io::stderr(), "{name}: {message}");
    ExitCode::from(2)
}

fn is_closed_pipe(e: &(dyn Error + 'static)) -> bool {
    e.downcast_ref::<io::Error>()
        .is_some_and(|e| e.kind() == ErrorKind::BrokenPipe)
}
