//! The Fluent bundles, each built once per process from the embedded files when first used,
//! and the formatting of one message.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::Lang;

const EN: &str = include_str!("../../assets/i18n/en.ftl");
const SQ: &str = include_str!("../../assets/i18n/sq.ftl");
const SR: &str = include_str!("../../assets/i18n/sr.ftl");

/// The Fluent text of a language's catalogue, as embedded.
pub fn catalogue_source(lang: Lang) -> &'static str {
    match lang.catalogue() {
        Lang::En => EN,
        Lang::Sq => SQ,
        Lang::Sr | Lang::SrCyrl => SR,
        Lang::Pseudo => EN,
    }
}

/// A value put into a message: text or a number (numbers choose plural forms).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, put in as it is.
    Text(Cow<'a, str>),
    /// A number.
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Text(Cow::Owned(s))
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}

number_arg!(u8, u16, u32, u64, usize, i8, i16, i32, i64, f64);

/// Each bundle is built the first time it is asked for: a run that speaks one language
/// parses one catalogue, not six.
static EN_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::En));
/// English with numbers as Rust writes them (`12500`), for JSON and CSV.
static EN_PLAIN: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| {
    let mut plain = bundle(Lang::En);
    plain.set_formatter(None);
    plain
});
static SQ_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Sq));
static SR_BUNDLE: LazyLock<FluentBundle<FluentResource>> = LazyLock::new(|| bundle(Lang::Sr));
static SR_CYRL_BUNDLE: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| bundle(Lang::SrCyrl));
static PSEUDO_BUNDLE: LazyLock<FluentBundle<FluentResource>> =
    LazyLock::new(|| bundle(Lang::Pseudo));

/// The bundle a message in `lang` is looked up in (`plain`: English with plain numbers).
fn bundle_for(lang: Lang, plain: bool) -> &'static FluentBundle<FluentResource> {
    if plain {
        return &EN_PLAIN;
    }
    match lang {
        Lang::En => &EN_BUNDLE,
        Lang::Sq => &SQ_BUNDLE,
        Lang::Sr => &SR_BUNDLE,
        Lang::SrCyrl => &SR_CYRL_BUNDLE,
        Lang::Pseudo => &PSEUDO_BUNDLE,
    }
}

/// One language's bundle. A file that does not parse keeps the messages that do (a spec
/// keeps every file clean); a duplicate key keeps its first message.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    // Plural rules are looked up by the bare language ("sr", not "sr-Latn").
    let id = lang.catalogue().code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Isolation marks (FSI/PDI) around values are for bidirectional text in browsers;
    // in a terminal or a file they are stray characters.
    bundle.set_use_isolating(false);
    // Numbers as the language writes them for a person (`12,500`, `12 500`, `12.500`).
    bundle.set_formatter(Some(super::number::formatter(lang)));
    // Only the catalogue's own words: values put into a message are not text elements.
    match lang {
        Lang::SrCyrl => bundle.set_transform(Some(super::cyrillic::transliterate)),
        Lang::Pseudo => bundle.set_transform(Some(super::pseudo::text_element)),
        Lang::En | Lang::Sq | Lang::Sr => {}
    }
    let resource = FluentResource::try_new(catalogue_source(lang).to_string())
        .unwrap_or_else(|(partial, _errors)| partial);
    let _duplicates = bundle.add_resource(resource);
    bundle
}

/// The message `key` in `lang` with `args` put in; English when `lang` lacks it, the key
/// itself when English lacks it too.
pub fn tr(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    format(lang, false, key, args)
}

/// The message `key` in English with numbers written plainly (`12500`, never grouped), as
/// JSON and CSV carry a message.
pub fn tr_plain(key: &str, args: &[(&str, Arg<'_>)]) -> String {
    format(Lang::En, true, key, args)
}

fn format(lang: Lang, plain: bool, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        let value = match value {
            Arg::Text(text) => FluentValue::from(text.as_ref()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        fluent_args.set(*name, value);
    }
    for lang in [lang, Lang::En] {
        let bundle = bundle_for(lang, plain);
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            if lang == Lang::Pseudo && !plain {
                super::pseudo::begin_message();
            }
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// A catalogue file read for checking: its messages with the variables each uses, and what
/// is wrong with it.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// Every message id, with the variables (`$name`) its value and attributes use.
    pub messages: BTreeMap<String, BTreeSet<String>>,
    /// Syntax errors, as Fluent's parser reports them.
    pub errors: Vec<String>,
    /// Message ids defined more than once.
    pub duplicates: Vec<String>,
}

/// Reads a language's embedded catalogue file for checking.
pub fn parse(lang: Lang) -> Parsed {
    let (resource, errors) = match fluent_syntax::parser::parse(catalogue_source(lang)) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let mut parsed = Parsed {
        errors: errors.iter().map(|e| e.to_string()).collect(),
        ..Parsed::default()
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_vars(value, &mut vars);
                }
                for attribute in &message.attributes {
                    pattern_vars(&attribute.value, &mut vars);
                }
                let id = message.id.name.to_string();
                if parsed.messages.insert(id.clone(), vars).is_some() {
                    parsed.duplicates.push(id);
                }
            }
            ast::Entry::Junk { content } => {
                parsed.errors.push(format!("unreadable entry: {content}"));
            }
            ast::Entry::Term(_)
            | ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    parsed
}

fn pattern_vars(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { .. } => {}
            ast::PatternElement::Placeable { expression } => expression_vars(expression, vars),
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_vars(inline, vars),
    }
}

fn inline_vars(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        ast::InlineExpression::TermReference { arguments, .. } => {
            for argument in arguments.iter().flat_map(|a| &a.positional) {
                inline_vars(argument, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. }
        | ast::InlineExpression::MessageReference { .. } => {}
    }
}
