//! Exports: an iCalendar release feed and schema.org JSON-LD.

pub(crate) mod ics;
pub(crate) mod jsonld;
