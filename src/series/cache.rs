//! A slot for what a layer above derives from a series and keeps for its
//! next use (the search index): filled lazily, once, and shared by clones,
//! since a series never changes. Equality, serialization and `Debug` ignore
//! it: it is not data.

use std::any::Any;
use std::fmt;
use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::{Arc, OnceLock};

/// What the slot holds: any value a higher layer chooses, typed there.
type Value = dyn Any + Send + Sync + UnwindSafe + RefUnwindSafe;

#[derive(Clone, Default)]
pub(crate) struct Derived(OnceLock<Arc<Value>>);

impl Derived {
    /// The value in the slot, made by `init` on first use (once, whichever
    /// thread gets there first); `None` if the slot holds another type.
    pub(crate) fn get_or_init<T>(&self, init: impl FnOnce() -> T) -> Option<&T>
    where
        T: Any + Send + Sync + UnwindSafe + RefUnwindSafe,
    {
        let value: &Value = &**self.0.get_or_init(|| Arc::new(init()));
        let any: &(dyn Any + Send + Sync) = value;
        any.downcast_ref()
    }
}

impl fmt::Debug for Derived {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Derived")
    }
}

#[cfg(test)]
mod tests {
    use super::Derived;

    #[test]
    fn filled_once_and_shared_by_clones() {
        let slot = Derived::default();
        assert_eq!(slot.get_or_init(|| 1_u32), Some(&1));
        assert_eq!(slot.get_or_init(|| 2_u32), Some(&1));
        let copy = slot.clone();
        assert_eq!(copy.get_or_init(|| 3_u32), Some(&1));
        assert_eq!(copy.get_or_init(|| "other type"), None);
    }
}
