//! One value as one line of RON, the way the journal writes a command and the MSEL's CSV
//! writes an inject's effect, so an effect copied from a journal line into a spreadsheet
//! cell (or back) reads the same.

use serde::Serialize;

/// The RON options of one-line values: a newtype variant's struct written without double
/// parentheses (`Header(format: 1, ...)`), and an optional value without `Some(...)`
/// (`nationality: "Syria"`; the explicit `Some("Syria")` still reads).
pub fn ron_options() -> ron::Options {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// `value` as RON on one line, without a line break, under [`ron_options`].
pub fn to_one_line<T: Serialize + ?Sized>(value: &T) -> Result<String, ron::Error> {
    let one_line = ron::ser::PrettyConfig::new()
        .new_line("")
        .indentor("")
        .struct_names(false)
        .compact_structs(true)
        .compact_arrays(true)
        .compact_maps(true);
    ron_options().to_string_pretty(value, one_line)
}

#[cfg(test)]
mod tests {
    use super::{ron_options, to_one_line};
    use crate::scenario::InjectEffect;
    use crate::time::SimTime;

    #[test]
    fn an_optional_value_is_written_bare_and_read_bare_or_as_some() {
        let surge = InjectEffect::Surge {
            entry: "north".into(),
            people: 40,
            over: SimTime::hours(1),
            nationality: Some("Syria".into()),
        };
        let line = to_one_line(&surge).expect("writes");
        assert!(line.contains(r#"nationality: "Syria")"#), "{line}");
        let read = |text: &str| ron_options().from_str::<InjectEffect>(text).expect(text);
        assert_eq!(read(&line), surge);
        assert_eq!(
            read(r#"Surge(entry: "north", people: 40, over: "1h", nationality: Some("Syria"))"#),
            surge
        );
    }
}
