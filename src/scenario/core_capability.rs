//! The 32 core capabilities of the National Preparedness Goal (second edition, 2015) that
//! HSEEP evaluates against, so a scenario's objective names one of them — or `check` says it
//! does not, with the nearest name, instead of the report rating an unknown capability.

/// The core capabilities, as HSEEP writes them.
pub const CORE_CAPABILITIES: [&str; 32] = [
    "Planning",
    "Public Information and Warning",
    "Operational Coordination",
    "Forensics and Attribution",
    "Intelligence and Information Sharing",
    "Interdiction and Disruption",
    "Screening, Search, and Detection",
    "Access Control and Identity Verification",
    "Cybersecurity",
    "Physical Protective Measures",
    "Risk Management for Protection Programs and Activities",
    "Supply Chain Integrity and Security",
    "Community Resilience",
    "Long-term Vulnerability Reduction",
    "Risk and Disaster Resilience Assessment",
    "Threats and Hazards Identification",
    "Critical Transportation",
    "Environmental Response/Health and Safety",
    "Fatality Management Services",
    "Fire Management and Suppression",
    "Infrastructure Systems",
    "Logistics and Supply Chain Management",
    "Mass Care Services",
    "Mass Search and Rescue Operations",
    "On-scene Security, Protection, and Law Enforcement",
    "Operational Communications",
    "Public Health, Healthcare, and Emergency Medical Services",
    "Situational Assessment",
    "Economic Recovery",
    "Health and Social Services",
    "Housing",
    "Natural and Cultural Resources",
];

/// Letters and digits only, lower case, words single-spaced: "Screening, Search and
/// Detection" and "screening search, and detection" read alike.
fn folded(name: &str) -> String {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && *w != "and")
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `name` is a core capability (ignoring case, commas and "and").
pub fn is_core_capability(name: &str) -> bool {
    let name = folded(name);
    CORE_CAPABILITIES.iter().any(|c| folded(c) == name)
}

/// The core capability nearest to `name` by edit distance, when near enough to be what
/// was meant (at most a third of its letters differ).
pub fn nearest_core_capability(name: &str) -> Option<&'static str> {
    let name = folded(name);
    CORE_CAPABILITIES
        .iter()
        .map(|c| (distance(&folded(c), &name), *c))
        .min()
        .filter(|(d, _)| d.saturating_mul(3) <= name.chars().count())
        .map(|(_, c)| c)
}

/// Levenshtein distance between `a` and `b`, by characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    // `row[j]`: the distance between the part of `a` read so far and `b[..j]`.
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut next = Vec::with_capacity(row.len());
        next.push(i.saturating_add(1));
        for (j, cb) in b.iter().enumerate() {
            let replace = row[j].saturating_add(usize::from(ca != *cb));
            let delete = row
                .get(j.saturating_add(1))
                .map_or(usize::MAX, |d| d.saturating_add(1));
            let insert = next.last().map_or(usize::MAX, |d| d.saturating_add(1));
            next.push(replace.min(delete).min(insert));
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_without_regard_to_case_commas_or_and() {
        assert!(is_core_capability("Screening, Search and Detection"));
        assert!(is_core_capability("mass care services"));
        assert!(!is_core_capability("Border Management"));
    }

    #[test]
    fn a_misspelt_capability_finds_the_one_meant_and_a_foreign_one_none() {
        assert_eq!(
            nearest_core_capability("Operational Cordination"),
            Some("Operational Coordination")
        );
        assert_eq!(nearest_core_capability("Border Management"), None);
    }
}
