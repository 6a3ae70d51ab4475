//! The citation list every fact-bearing record carries.

/// Adds `cites()` and `citing()` to a record type with a `cites: Vec<SourceId>` field.
macro_rules! impl_cites {
    ($($ty:ty),* $(,)?) => {$(
        impl $ty {
            /// The ids of the [`Source`](crate::Source)s this record rests on, in order.
            pub fn cites(&self) -> &[crate::id::SourceId] {
                &self.cites
            }

            /// Adds a source this record rests on.
            #[must_use]
            pub fn citing(mut self, source: crate::id::SourceId) -> Self {
                self.cites.push(source);
                self
            }
        }
    )*};
}

pub(crate) use impl_cites;
