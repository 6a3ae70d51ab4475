//! Time: IANA zones, releases and their precision, and the status and local
//! views of a release.

pub(crate) mod release;
pub(crate) mod status;
pub(crate) mod strict;
pub(crate) mod window;
pub(crate) mod zone;
