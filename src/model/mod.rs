//! The passive records a series is made of: names, people and credits,
//! motifs and media, claims and statements, events, sources, and the
//! citation trait they share. They hold data; the series validates it.

pub(crate) mod audience;
pub(crate) mod availability;
pub(crate) mod cites;
pub(crate) mod claims;
pub(crate) mod disputes;
pub(crate) mod events;
pub(crate) mod external;
pub(crate) mod media;
pub(crate) mod names;
pub(crate) mod parts;
pub(crate) mod people;
pub(crate) mod quantity;
pub(crate) mod source;
pub(crate) mod specials;
