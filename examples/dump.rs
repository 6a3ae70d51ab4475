//! Prints the canonical JSON of *The Glory* on stdout.
//!
//! ```text
//! cargo run --example dump > the-glory.json
//! ```

use std::error::Error;

fn main() -> Result<(), Box<dyn Error>> {
    println!("{}", kdrama::datasets::the_glory().to_json()?);
    Ok(())
}
