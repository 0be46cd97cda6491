//! The content hash that ties a journal to the exact scenario text it was recorded with.

use std::hash::Hasher;

use fnv::FnvHasher;

/// FNV-1a 64 of the scenario text's bytes, written `fnv1a64:` and 16 hexadecimal digits.
///
/// A fixed, documented hash (never `DefaultHasher`), so a journal checks against the same
/// scenario on any machine and any build.
pub fn scenario_hash(text: &str) -> String {
    let mut h = FnvHasher::default();
    h.write(text.as_bytes());
    format!("fnv1a64:{:016x}", h.finish())
}

/// The hash of a seat's join code as the journal records it (`SeatsOpened`): FNV-1a 64
/// of `fluxsim-seat-code:` and the code, written like the scenario hash. It tells which codes
/// were in force without writing them; it is no protection for a code once the journal is
/// read elsewhere during play (codes are short), so a journal is shared after the exercise.
pub fn code_hash(code: &str) -> String {
    let mut h = FnvHasher::default();
    h.write(b"fluxsim-seat-code:");
    h.write(code.as_bytes());
    format!("fnv1a64:{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_fnv1a_64_over_the_bytes() {
        // Reference values of FNV-1a 64 (offset basis cbf29ce484222325, prime 100000001b3).
        assert_eq!(scenario_hash(""), "fnv1a64:cbf29ce484222325");
        assert_eq!(scenario_hash("a"), "fnv1a64:af63dc4c8601ec8c");
        assert_eq!(scenario_hash("foobar"), "fnv1a64:85944171f73967e8");
    }
}
