//! Report strings per language, embedded from `assets/report/*.ron`: English is complete,
//! Albanian and Serbian (Latin) carry the headings and gap categories and fall back to
//! English for the rest.

use std::collections::BTreeMap;

use crate::scenario::Language;
use crate::view::Category;

const EN: &str = include_str!("../../assets/report/en.ron");
const SQ: &str = include_str!("../../assets/report/sq.ron");
const SR: &str = include_str!("../../assets/report/sr.ron");

/// The strings of one language, with English beneath.
#[derive(Debug, Clone)]
pub struct Texts {
    code: &'static str,
    chosen: BTreeMap<String, String>,
    english: BTreeMap<String, String>,
}

/// An embedded string table that does not read (a build with a broken asset).
#[derive(Debug, thiserror::Error)]
#[error("assets/report/{file}: {source}")]
pub struct TextsError {
    file: &'static str,
    source: ron::error::SpannedError,
}

impl Texts {
    /// The table for `language`.
    pub fn load(language: Language) -> Result<Self, TextsError> {
        let (code, file, text) = match language {
            Language::En => ("en", "en.ron", EN),
            Language::Sq => ("sq", "sq.ron", SQ),
            Language::Sr => ("sr", "sr.ron", SR),
        };
        let read = |file, text| ron::from_str(text).map_err(|source| TextsError { file, source });
        Ok(Texts {
            code,
            chosen: read(file, text)?,
            english: read("en.ron", EN)?,
        })
    }

    /// The language's code (`en`, `sq`, `sr`).
    pub fn language_code(&self) -> &'static str {
        self.code
    }

    /// The string for `key`; English when the language lacks it, the key itself when
    /// English lacks it too (a test keeps that from happening).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.chosen
            .get(key)
            .or_else(|| self.english.get(key))
            .map_or(key, String::as_str)
    }

    /// The keys this language translates itself.
    pub fn own_keys(&self) -> impl Iterator<Item = &str> {
        self.chosen.keys().map(String::as_str)
    }

    /// Whether English has `key`.
    pub fn english_has(&self, key: &str) -> bool {
        self.english.contains_key(key)
    }

    /// A gap category as `4 decision latency`, in this language.
    pub fn category(&self, category: Category) -> String {
        let n = category_number(category);
        format!("{n} {}", self.get(&format!("category.{n}")))
    }
}

/// The category's number (1–8), as DESIGN.md numbers them.
pub fn category_number(category: Category) -> u8 {
    match category {
        Category::UnownedFunction => 1,
        Category::ContestedFunction => 2,
        Category::TriggerGap => 3,
        Category::DecisionLatency => 4,
        Category::CapacityGap => 5,
        Category::ReferralGap => 6,
        Category::InformationGap => 7,
        Category::AuthorityGap => 8,
    }
}

/// Keys every language translates for the what-if comparison section.
pub const COMPARE_HEADINGS: [&str; 4] = [
    "compare",
    "compare.metrics",
    "compare.only_a",
    "compare.only_b",
];

/// Keys every language translates: the section headings and the gap categories.
pub const HEADINGS: [&str; 24] = [
    "title",
    "overview",
    "objectives",
    "timeline",
    "charts",
    "results",
    "bcps",
    "sites",
    "outdoors",
    "referrals",
    "latency",
    "capabilities",
    "strengths",
    "areas",
    "plan",
    "gaps",
    "category.1",
    "category.2",
    "category.3",
    "category.4",
    "category.5",
    "category.6",
    "category.7",
    "category.8",
];
