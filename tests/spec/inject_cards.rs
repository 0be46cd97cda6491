//! Inject cards for the room and the controllers' MSEL (`fluxsim msel cards`): a card per
//! inject per receiving institution, never the controllers' answers; the controllers' page
//! has them; every text escaped; written by the output rule.

use fluxsim::i18n::Lang;
use fluxsim::report::{controller_msel, inject_cards};
use fluxsim::tr;

use crate::support::{fluxsim, kosovo, path, scratch};

#[test]
fn each_receiving_institution_gets_a_card_for_each_inject_without_the_controllers_answers() {
    let scenario = kosovo();
    let page = inject_cards(&scenario, Lang::En);
    let receivers: usize = scenario.msel.iter().map(|i| i.to.len()).sum();
    assert!(
        receivers > scenario.msel.len(),
        "some inject goes to several institutions"
    );
    assert_eq!(page.matches("<article class=\"card\">").count(), receivers);
    for inject in &scenario.msel {
        let heading = tr!(Lang::En, "cards-inject", number = inject.number);
        assert_eq!(
            page.matches(&format!("<h2>{heading}</h2>")).count(),
            inject.to.len(),
            "inject {}",
            inject.number
        );
        for secret in [&inject.expected_action, &inject.notes] {
            if secret.len() > 12 {
                assert!(!page.contains(secret.as_str()), "a card shows: {secret}");
            }
        }
    }
    let controllers = controller_msel(&scenario, Lang::En);
    for inject in &scenario.msel {
        assert!(controllers.contains(&inject.expected_action.replace('&', "&amp;")));
    }
}

#[test]
fn a_card_names_the_institution_and_says_when_without_revealing_a_trigger() {
    let mut scenario = kosovo();
    scenario.msel.truncate(1);
    let first = scenario.msel[0].clone();
    let mut triggered = crate::support::triggered(
        99,
        fluxsim::scenario::InjectTrigger::QueueOver {
            bcp: "vermice".into(),
            people: 200,
        },
    );
    triggered.to = vec![first.to[0].clone()];
    scenario.msel.push(triggered);
    let page = inject_cards(&scenario, Lang::En);
    let name = &scenario
        .institutions
        .iter()
        .find(|i| i.id == first.to[0])
        .expect("a receiver")
        .name;
    assert!(page.contains(name.as_str()), "by name: {page}");
    assert!(page.contains("day 1"), "the clock time beside T+: {page}");
    assert!(page.contains("when the situation calls for it"), "{page}");
    assert!(
        !page.contains("200"),
        "the trigger's condition stays with the controllers"
    );
}

#[test]
fn typed_text_on_a_card_is_text() {
    let mut scenario = kosovo();
    scenario.msel[0].synopsis = "<script>alert(1)</script> & \"co\"".into();
    let page = inject_cards(&scenario, Lang::Sq);
    assert!(!page.contains("<script>"), "{page}");
    assert!(
        page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp;"),
        "{page}"
    );
    assert!(page.contains("<html lang=\"sq\">"));
    assert!(page.contains(&tr!(Lang::Sq, "cards-to")));
}

#[test]
fn msel_cards_writes_a_page_and_never_over_one_without_force() {
    let dir = scratch("cards");
    let out = dir.join("cards.html");
    let first = fluxsim(&["msel", "cards", "-o", path(&out)]);
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let written = std::fs::read_to_string(&out).expect("written");
    assert!(written.contains("<article class=\"card\">"));

    let again = fluxsim(&["msel", "cards", "--controller", "-o", path(&out)]);
    assert!(!again.status.success());
    let said = String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("--force"), "{said}");
    assert_eq!(std::fs::read_to_string(&out).expect("kept"), written);

    let forced = fluxsim(&["msel", "cards", "--controller", "--force", "-o", path(&out)]);
    assert!(forced.status.success());
    let controllers = std::fs::read_to_string(&out).expect("replaced");
    assert!(controllers.contains(&tr!(Lang::En, "cards-expected")));
}
