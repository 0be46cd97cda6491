# fluxsim message catalogue: Serbian, Latin script (sr).
#
# Same keys and variables as en.ftl (a spec checks it). A message whose text is still the
# English one has not been translated yet; translations await review by a native speaker
# familiar with the official terms. Cyrillic is to be generated from this file.

## Gap categories (DESIGN.md numbers them 1 to 8; the number is put in front by the code)

gap-category-unowned = funkcija bez nosioca
gap-category-contested = sporna funkcija
gap-category-trigger = nedostatak okidača
gap-category-latency = kašnjenje odluke
gap-category-capacity = nedostatak kapaciteta
gap-category-referral = propust u upućivanju
gap-category-information = nedostatak informacija
gap-category-authority = nedostatak ovlašćenja
gap-category-numbered = { $number } { $name }

## Severities

severity-low = niska
severity-medium = srednja
severity-high = visoka

## HSEEP core capabilities and capability elements

capability-planning = Planiranje
capability-operational-coordination = Operativna koordinacija
capability-situational-assessment = Procena situacije
capability-public-health = Javno zdravlje, zdravstvena zaštita i hitne medicinske službe
capability-screening = Provera, pretraga i otkrivanje
capability-mass-care = Usluge masovnog zbrinjavanja
capability-critical-transportation = Kritični transport
element-planning = Planiranje
element-organisation = Organizacija
element-equipment = Oprema
element-training = Obuka
element-exercise = Vežba

## Capability ratings

rating-P = izvedeno bez poteškoća
rating-S = izvedeno uz izvesne poteškoće
rating-M = izvedeno uz velike poteškoće
rating-U = nije moglo biti izvedeno

## Report: section headings

report-title = Izveštaj nakon vežbe i plan unapređenja
report-title-of = { $title } — { $exercise }
report-overview = Pregled vežbe
report-objectives = Ciljevi i testirane sposobnosti
report-timeline = Hronologija
report-charts = Grafikoni
report-network = Mreža ruta: mesta po fazama sa kapacitetima, veze sa vremenom putovanja (isprekidano: autobusom ili vozom)
report-results = Rezultati
report-bcps = Granični prelazi
report-sites = Prihvatni centri
report-outdoors = Ljudi na otvorenom
report-referrals = Vreme do upućivanja ranjivih osoba
report-latency = Kašnjenje odluka po instituciji
report-capabilities = Ocena sposobnosti
report-strengths = Snage
report-areas = Oblasti za unapređenje
report-plan = Plan unapređenja
report-expected = Očekivane odluke
report-no-expected = MSEL ne očekuje nijednu odluku koju sistem može da proveri.
report-col-inject = Inject
report-col-expected = Očekivana odluka
report-col-delivered = Dostavljen
report-col-outcome = Ishod
expect-met = ispunjeno (odluka #{ $decision })
expect-late = ispunjeno sa zakašnjenjem od { $by } (odluka #{ $decision })
expect-missed = propušteno
expect-open = otvoreno: rok još nije istekao
expect-not-delivered = inject nije dostavljen
expect-not-applicable = ne primenjuje se ({ $role })
report-col-engine-rating = Na osnovu praznina
report-col-evaluators-rating = Evaluatori
report-no-observation = nema zapažanja
report-observed-rating = { $letter } ({ $count ->
    [one] 1 zapažanje
    [few] { $count } zapažanja
   *[other] { $count } zapažanja
})
report-observations = Zapažanja evaluatora
report-no-observations = Nije zabeleženo nijedno zapažanje.
report-observation-item = { $at }, { $who } ({ $about }): { $text }
report-rule-observations = Ocena je lošija od dve: ocena na osnovu praznina po ovom pravilu i najlošija ocena koju su evaluatori predložili u svojim zapažanjima o sposobnosti. Kada se razlikuju, prikazane su obe.
moment-observation = zapažanje
moment-observation-rated = { $text } (ocena { $rating })
origin-player-console = { $institution } (na konzoli)
origin-player-seat = { $institution } (sopstveno mesto)
origin-msel = MSEL inject { $number }
origin-evaluator = ocenjivač
origin-simulated = simulacija
report-context = Šta su uradile simulirane institucije
report-areas-rule = Oblasti za unapređenje potiču iz plana kako je napisan, iz situacije koju je model izmerio i iz onoga što su institucije koje igraju ljudi uradile ili propustile da urade (ovde se računaju i neodgovoreni zahtevi odsutne institucije). Ono što je simulacija uradila za simulirane institucije je kontekst, u sledećem odeljku, nikada njihova oblast za unapređenje.
report-context-rule = Ove praznine nastale su samo iz odluka koje je sistem doneo, po mandatu i vremenima odziva, za institucije koje niko nije igrao. One pokazuju kako plan funkcioniše kada se sprovodi po pravilima; nisu oblasti za unapređenje tih institucija.
report-no-context = Simulirane institucije nisu izazvale nijednu prazninu.
report-context-item = { $category }: { $title } (praznine { $gaps })
report-col-decisions-by-people = Odluke ljudi
report-col-decisions-simulated = Odluke simulacije
report-role-from = ; { $role } od { $at }
report-simulated-institution = { $institution } (simulirana)
moment-action = radnja igrača
moment-note = beleška facilitatora
report-gaps = Praznine u koordinaciji
report-compare = Poređenje alternativa (šta ako)
report-compare-metrics = Ključni pokazatelji uporedo
report-compare-only-a = Praznine samo u ovoj vežbi (A)
report-compare-only-b = Praznine samo u drugoj grani (B)

## Report: charts

chart-arrivals = Dolasci po satu po ulaznoj tački
chart-queues = Dužina reda po prelazu i mestu registracije
chart-occupancy = Popunjenost i kapacitet po prihvatnom centru
chart-outdoors = Ljudi na otvorenom
chart-requests = Otvoreni zahtevi po instituciji
chart-legend-beds = { $place } otvorenih kreveta
chart-legend-outdoors = na otvorenom
chart-axis-hours = sati od T+0
chart-axis-people = ljudi
chart-axis-requests = otvoreni zahtevi
chart-in-html = Grafikon: { $title } (u HTML izveštaju)
chart-axis-clock = dan i doba dana (dan 1 je { $date }; T+0 u { $time })
chart-tick-day = dan { $day }
chart-caption-arrivals = Najprometniji sat: { $people ->
    [one] { $people } osoba
    [few] { $people } osobe
   *[other] { $people } osoba
    } na mestu { $place } od { $when }; ukupno je stiglo { $total ->
    [one] { $total } osoba
    [few] { $total } osobe
   *[other] { $total } osoba
    }.
chart-caption-queues = Najduži red: { $people ->
    [one] { $people } osoba
    [few] { $people } osobe
   *[other] { $people } osoba
    } na mestu { $place }, { $when }.
chart-caption-occupancy = Isprekidano, u boji svakog smeštaja: kreveti koje je imao otvorene. Najpunije: { $people ->
    [one] { $people } osoba
    [few] { $people } osobe
   *[other] { $people } osoba
    } na mestu { $place }, { $when }.
chart-caption-outdoors = Najviše ljudi napolju u isto vreme: { $people }, { $when }.
chart-caption-requests = Najviše zahteva na čekanju u isto vreme: { $count } za instituciju { $institution }, { $when }.
chart-caption-flat = Svaka linija je ostala na nuli tokom cele vežbe.
docx-figure = Slika { $number }: { $title } (nacrtana u HTML izveštaju)
docx-col-line = Linija
docx-col-highest = Najviše
docx-col-highest-at = Prvi put dostignuto
docx-col-last = Na kraju
report-docx-failed = dokument { "Word" } nije mogao da se zapiše: { $reason }

## Report: overview

report-col-item = Stavka
report-col-value = Vrednost
report-item-exercise = Vežba
report-item-scenario = Scenario
report-item-journal = Dnevnik
report-item-seed = Seme
report-item-start = Početak (T+0)
report-item-reached = Dostignuto
report-reached-value = { $end } (T+{ $reached })
report-item-commands = Komande u dnevniku
report-item-chain = Lanac dnevnika (poslednja vrednost; provereno)
report-item-phase = Faza plana na kraju
report-col-institution = Institucija
report-col-name = Naziv
report-col-role = Uloga u vežbi
role-played = igrana
role-simulated = simulirana
role-absent = odsutna
report-col-core-capability = Osnovna sposobnost
report-col-msel-injects = MSEL injekti

## Report: timeline

report-col-time = Vreme
report-col-kind = Vrsta
report-col-who = Ko
report-col-what = Šta
moment-inject = inject
moment-change = izmena
moment-decision = odluka
moment-gap-opened = praznina otvorena
moment-gap-closed = praznina zatvorena
moment-facilitator = facilitator
moment-answers = { $what } (odgovor na zahtev #{ $request })
moment-automated = { $what } (simulirano)
moment-gap-opened-what = praznina #{ $id } ({ $category }): { $summary }
moment-gap-closed-what = praznina #{ $id } zatvorena posle { $after }

## Report: results

report-col-place = Mesto
report-col-place-role = Uloga
report-col-arrived = Stiglo
report-col-processed = Obrađeno
report-col-queue-now = Red sada
report-col-max-queue = Najduži red
report-col-mean-wait = Prosečno čekanje (min)
report-col-p95-wait = Čekanje p95 (min)
place-role-bcp = granični prelaz
place-role-registration = registracija
place-role-transit = tranzitni centar
place-role-reception = prihvat
place-role-green-border = zelena granica
place-role-exit = izlaz
place-role-entry = ulazna tačka
place-role-other = usputna tačka
report-col-site = Centar
report-col-occupancy-now = Popunjenost sada
report-col-peak = Vrhunac
report-col-capacity = Kapacitet
report-col-open = Otvoren
report-yes = da
report-no = ne
report-col-outdoors-now = Na otvorenom sada
report-col-most-at-once = Najviše odjednom
report-col-person-hours-outdoors = Osoba-sati na otvorenom
report-col-of-them-at-night = od toga noću
report-col-arrivals = Dolasci
report-col-in-system = U sistemu
report-col-vulnerability = Vrsta
report-col-service = Služba (funkcija)
report-col-deadline = Rok
report-col-identified = Identifikovano
report-col-in-time = Na vreme
report-col-late = Sa zakašnjenjem
report-col-pending = Na čekanju
report-col-no-service = Bez službe
report-col-mean-handover = Prosečna predaja (min)
report-none-designated = nije određena
report-col-institution-asked = Upitana institucija
report-col-requests = Zahtevi
report-col-answered-in-time = Odgovoreno na vreme
report-col-answered-late = Odgovoreno kasno
report-col-unanswered = Bez odgovora
report-col-mean-latency = Prosečno kašnjenje
report-col-longest-wait = Najduže čekanje
report-nobody-accountable = (niko odgovoran)

## Vulnerabilities

vulnerability-unaccompanied-minor = maloletnik bez pratnje
vulnerability-family-with-infants = porodica sa odojčadi
vulnerability-medical = medicinska potreba
vulnerability-elderly = starija osoba
vulnerability-trafficking = moguća žrtva trgovine ljudima
vulnerability-pregnant = trudnica

## Report: capabilities, strengths, areas for improvement, plan, gaps

report-rule = Pravilo: { "P" }: nijedna praznina u koordinaciji ne utiče na sposobnost. { "S" }: samo praznine niske ili srednje ozbiljnosti. { "M" }: bar jedna praznina visoke ozbiljnosti, sve zatvorene do kraja vežbe. { "U" }: praznina visoke ozbiljnosti još otvorena na kraju vežbe.
report-mapping = Povezivanje: funkcije bez vlasnika i sporne funkcije i praznine okidača utiču na Planiranje; kašnjenje odluka i praznine ovlašćenja na Operativnu koordinaciju; praznine informisanja na Procenu situacije; praznine upućivanja na Javno zdravlje, zdravstvenu zaštitu i hitne medicinske službe; praznine kapaciteta na prelazu na Proveru, pretragu i otkrivanje, a ostale praznine kapaciteta (smeštaj, ljudi napolju, prevodioci) na Usluge masovnog zbrinjavanja.
report-col-objective = Cilj vežbe
report-col-rating = Ocena
report-col-gaps = Praznine
report-rating-value = { $letter } — { $meaning }
report-no-strength = Sistem nije zabeležio nijednu snagu: svaka sposobnost je naišla na prazninu.
strength-capability = { $capability }: nijedna praznina u koordinaciji nije uticala na nju.
strength-latency = Institucija { $institution } je u roku odgovorila na sve svoje zahteve (ukupno { $count }; prosečno { $mean }).
strength-referral = Svi slučajevi vrste { $kind } (ukupno { $count }) predati su u roku (prosečna predaja { $minutes } min).
report-area-heading = { $number }. { $capability } — { $title }
report-area-facts = Kategorija { $category }; praznine { $gaps }; pogođeno do { $people ->
        [one] { $people } osobe
        [few] { $people } osobe
       *[other] { $people } osoba
    }. Korektivna radnja: { $action }
report-evidence = praznina #{ $id }: { $line }
report-to-be-designated = treba odrediti
report-col-capability = Sposobnost
report-col-area = Oblast za unapređenje
report-col-action = Korektivna mera
report-col-element = Element sposobnosti
report-col-responsible = Glavna odgovorna institucija
report-col-start-date = Datum početka
report-col-completion-date = Datum završetka
report-col-number = #
report-col-category = Kategorija
report-col-severity = Ozbiljnost
report-col-opened = Otvorena
report-col-closed = Zatvorena
report-col-summary = Sažetak
report-col-people-affected = Pogođeno ljudi
report-gap-open = otvorena

## Report and CLI: what-if comparison

compare-branch = { $label }: { $journal } (do { $reached }, komandi: { $commands })
compare-branch-forked = { $label }: { $journal } (do { $reached }, komandi: { $commands }; grana od { $from } u { $at })
compare-same-streams = Isti scenario ({ $hash }) i seme ({ $seed }), dakle isti slučajni tokovi: razlike ispod potiču od odluka, ne od slučaja. { $count ->
        [one] { $count } razlika.
        [few] { $count } razlike.
       *[other] { $count } razlika.
    }
compare-none = Nema.
compare-col-group = Grupa
compare-col-metric = Pokazatelj
compare-col-unit = Jedinica
compare-col-institutions = Institucije
compare-col-a = A
compare-col-b = B
compare-col-difference = B − A

## Console: keys (the help lists them; the footer shows the hinted ones)

hint-run-pause = pokreni/pauza
hint-play = reprodukuj
hint-command = komanda
hint-deliver = isporuči
hint-search = pretraga
hint-help = pomoć
hint-messages = cela poruka
hint-quit = izlaz
key-pause = pauza / nastavak
key-faster = brže
key-slower = sporije
key-step-event = korak do sledećeg događaja
key-step-hour = do sledećeg sata
key-step-inject = do sledećeg injekta
key-run-until = do zadatog vremena…
key-deliver = isporuči inject
key-palette = paleta komandi
key-search = pretraga id-ova i naziva
key-inspect = pregled izabranog reda
key-next-pane = sledeći panel
key-previous-pane = prethodni panel
key-panes = paneli (Situacija … MSEL)
key-rows = prethodni / sledeći red
key-first-last = prvi / poslednji red
help-language = Jezik (konzola i projektor)
help-seats = Mesta ({ "console --serve" })
key-seats = mesta dostupna u pregledaču: adrese, kodovi, ko je povezan
key-help = ova pomoć
key-messages = dnevnik poruka (svaka statusna poruka, cela)
key-theme = sledeća tema boja (dark, light, high-contrast, 16)
key-language = sledeći jezik konzole i projektora ({ "English, Shqip, Srpski, Српски" })
key-back = nazad
key-quit = izlaz (uz potvrdu)
key-scrub-quarter = nazad / napred 15 minuta

key-scrub-hour = nazad / napred sat vremena
key-scrub-ends = početak / kraj
key-scrub-command = prethodna / sledeća komanda
key-scrub-landmark = prethodni / sledeći otvoren nedostatak, dostavljen inject ili zapažanje
keyname-letters = slova
keyname-click = klik
keyname-wheel = točkić
keyname-space = razmaknica
key-search-type = traži oznake i nazive (mesta, institucije, injecte, praznine, zahteve)
key-search-choose = izaberi pogodak (njegov panel ga prati)
key-search-open = otvori pogodak u inspektoru
key-search-cancel = otkaži, nazad gde ste bili
key-mouse-click = izaberi karticu ili red
key-mouse-wheel = prethodni / sledeći red
key-palette-filter = filtriraj komande
key-palette-choose = izaberi
key-palette-fill = popuni izabranu komandu
key-cancel = otkaži
key-form-complete = dopuni polje
key-form-next = sledeće polje
key-form-previous = prethodno polje
key-form-apply = primeni (kada su sva polja ispravna)
key-form-erase = obriši
key-prompt-scroll = pomeraj pomoć
key-prompt-accept = prihvati; izađi kada se pita
key-prompt-cancel = otkaži, zatvori
help-main = Glavni ekran
help-replay = Reprodukcija ({ "console --replay" })
help-search = Pretraga (/)
help-mouse = Miš
help-palette = Paleta komandi (:)
help-form = Obrazac komande
help-prompts = Pitanja, pomoć, inspektor, izlaz
help-more-below = { " " }↓ još
help-more-above = { " " }↑ iznad
help-title = { " " }Tasteri (↑↓ pomeranje, { "Esc" } zatvara){ $more }{ " " }

## Console: panes, header, status line

pane-situation = Situacija
pane-network = Mreža
pane-institutions = Institucije
pane-gaps = Praznine
pane-msel = MSEL
console-too-small = Terminal je premali
console-too-small-size = Konzoli je potrebno najmanje { $min_width }×{ $min_height }; ova je { $width }×{ $height }.
console-too-small-hint = Povećajte prozor ili koristite manji font. { "q" } izlazi.
console-read-only = reprodukcija je samo za čitanje: ništa se ne može uneti (←/→ PgUp/PgDn [ ] pomeraju po vremenskoj liniji)
console-refusal-journal = nije primenjeno, dnevnik nije uspeo: { $error }
console-refusal-engine = odbijeno: { $error }
console-status-start = pauzirano — razmaknica pokreće sat, ? prikazuje sve tastere
console-status-replay = snimljena vežba, samo za čitanje
console-status-resumed = nastavljeno u T+{ $at } posle { $commands ->
        [one] { $commands } zabeležene komande
        [few] { $commands } zabeležene komande
       *[other] { $commands } zabeleženih komandi
    } — pauza, razmaknica pokreće sat
console-status-resumed-torn = { $resumed } · red { $line } dnevnika je prekinut usred upisa i izostavljen je ({ $bytes } bajtova: `{ $text }`)
console-running-at = radi brzinom { $speed }
console-paused = pauzirano
console-speed = brzina { $speed }
console-no-event-ahead = nema događaja napred
console-running-to-inject = ide do MSEL #{ $number } u T+{ $at }
console-no-inject-ahead = nema injecta napred
console-applied = primenjeno: { $command }
console-unchanged = { $command } nije ništa promenila: model je već bio u tom stanju (ostaje u dnevniku)
console-journal-end-failed = dnevnik nije mogao da zabeleži kraj: { $error }
console-already-delivered = MSEL #{ $number } je već isporučen u T+{ $at }: inject se isporučuje samo jednom — izaberi red koji nije poslat
console-delivered = MSEL #{ $number } isporučen za { $to }: { $synopsis }
console-inject-refused = MSEL #{ $number } { $reason }
console-trigger-due = MSEL #{ $number } dospeva: njegov okidač je ispunjen — { "d" } ga isporučuje (panel MSEL)
console-inject-due = MSEL #{ $number } dospeva: { $synopsis } — { "d" } ga isporučuje (panel MSEL)
console-end-reached = vežba je stigla do kraja
console-one-event = jedan događaj, u T+{ $at }
console-no-event-before-end = nema događaja pre kraja vežbe
console-already-there = već je tu
console-running-to = ide do T+{ $at }
console-stopped-at = zaustavljeno u T+{ $at }, gde je hod trebalo da stane — pauza
console-theme = tema { $theme }
theme-dark = tamna
theme-light = svetla
theme-high-contrast = visok kontrast
theme-sixteen = 16 boja
console-language = jezik: { $language }
console-matches = { $count ->
        [one] { $count } pogodak
        [few] { $count } pogotka
       *[other] { $count } pogodaka
    } — { "Enter" } otvara { $label }
console-no-match = nema poklapanja
console-search-cancelled = pretraga otkazana
console-recording-end = kraj zapisa
console-scrub-live = pomeranje po vremenskoj liniji je za reprodukcije: { "fluxsim console --replay JOURNAL" }
console-replay-failed = dnevnik se ne reprodukuje: { $error }
console-field-invalid = { $field }: { $reason }
console-opened = otvoreno: { $label }
console-nothing-to-open = nema pogotka za otvaranje
console-none-due = nijedan inject ne dospeva; izaberite jedan u panelu MSEL (5)
console-log-refused = { $command } (odbijeno)
console-log-unchanged = { $command } (ništa nije promenila)

## Console: command forms

form-type-number = unesite: { $what }
form-not-whole = `{ $text }` nije ceo broj
form-not-time-of-day = `{ $clock }` nije doba dana
form-days-from-one = dan `{ $day }`: dani se broje od 1
form-start-no-clock = početak vežbe `{ $start }` nema doba dana
form-out-of-range = { $value } je van opsega: od { $min } do { $max }
form-type-id = upiši id ({ $kind })
form-unknown-id-known = nepoznata oznaka `{ $text }` (vrsta: { $kind }); poznate: { $known }
form-unknown-id = nepoznata oznaka `{ $text }` (vrsta: { $kind })
form-time-not-ahead = T+{ $time } nije napred: već je T+{ $now }
form-time-after-end = T+{ $time } je posle kraja vežbe u T+{ $end }
field-kind-bcp = BCP
field-kind-site = prihvatni centar
field-kind-institution = institucija
field-kind-phase = faza
field-kind-function = funkcija
field-kind-topic = funkcija ili faza
field-kind-language = jezik
field-kind-fleet = flota autobusa
field-kind-vulnerability = ranjivost
field-kind-number = broj
command-close-bcp = Zatvori GP; oni koji čekaju preusmeravaju se na druge prelaze
command-open-bcp = Ponovo otvori zatvoreni GP
command-change-officers = Dodaj službenike u svaku smenu GP (negativno: manjak)
command-set-capacity = Postavi redovni kapacitet kreveta prihvatnog centra
command-open-site = Otvori prihvatni centar (npr. privremeni)
command-close-site = Zatvori prihvatni centar za nove dolaske
command-unlock-surge-capacity = Dozvoli svakom prihvatnom centru da koristi rezervni kapacitet
command-declare-phase = Odluka: proglasi fazu plana za vanredne situacije
command-approve-reception = Odluka: odobri prihvat ljudi na granici
command-open-temporary-site = Odluka: otvori privremeni prihvatni centar (posle roka iz plana)
command-deploy-officers = Odluka: uputi službenike na GP (na dužnosti posle vremena putovanja)
command-request-interpreters = Odluka: angažuj (daljinske) prevodioce za jezik
command-arrange-buses = Odluka: dodaj autobuse voznom parku
command-refer-case = Odluka: preuzmi odgovornost za ranjive slučajeve jedne vrste
command-notify = Odluka: obavesti instituciju o odlukama u okviru funkcije ili faze
command-assign-function = Odluka: utvrdi ko je odgovoran za funkciju
command-when-open-site = Kontrolna radnja: centar se otvara odmah i niko nije zabeležen kao onaj ko je odlučio. Za odluku institucije koristi open-temporary-site.
command-when-open-temporary-site = Odluka institucije: beleži se kao njihova, centar se otvara posle roka iz plana. Da ga odmah otvoriš kao moderator koristi open-site.
command-when-change-officers = Kontrolna radnja: svaka smena se menja odmah (manjak ili pojačanje koje nameće scenario). Za instituciju koja upućuje službenike koristi deploy-officers.
command-when-deploy-officers = Odluka institucije: službenici stižu posle vremena putovanja. Da odmah promeniš smene kao moderator koristi change-officers.
field-help-bcp = id graničnog prelaza
field-help-site = id prihvatnog centra
field-help-by = id institucije koja odlučuje
field-help-officers-added = dodati službenici, npr. 4 ili -2
field-help-beds = kreveti
field-help-phase = id faze plana
field-help-officers-sent = upućeni službenici, npr. 6
field-help-language = šifra jezika
field-help-interpreters = prevodioci, npr. 2
field-help-fleet = id voznog parka autobusa
field-help-buses = dodati autobusi, npr. 4
field-help-vulnerability = vrsta slučaja
field-kind-text = tekst
command-action = Igrači: nešto što je institucija uradila van kataloga (sazvala sastanak, saopštenje za medije), za zapisnik
command-note = Facilitator: beleška u ovom trenutku, za zapisnik
command-observe = Evaluacija: zapažanje u ovom trenutku, sa predloženom ocenom ({ "P" }, { "S" }, { "M" }, { "U" })
field-help-action-by = institucija čiji su igrači delovali
field-help-action-text = šta su uradili
field-help-note-text = beleška
field-help-observe-rating = { "P" } bez teškoća, { "S" } sa nekim teškoćama, { "M" } sa velikim teškoćama, { "U" } nije izvedeno
field-help-observe-text = šta je zapaženo
form-type-text = upiši { $what }
form-text-too-long = { $chars } znakova je previše: najviše { $max }
field-kind-role = uloga
field-kind-rating = ocena
command-set-role = Facilitator: promeni ko od sada igra instituciju (igraju je ljudi, simulira je sistem, ili je odsutna)
field-help-role-institution = institucija čija se uloga menja
field-help-role = { "played" } (igrana), { "simulated" } (simulirana) ili { "absent" } (odsutna)
header-played = { $count ->
    [one] 1 igrana institucija
    [few] { $count } igrane institucije
   *[other] { $count } igranih institucija
}
field-help-to = id obaveštene institucije
field-help-about = id funkcije ili faze
field-help-function = id funkcije
field-help-institution = id institucije koja je sada odgovorna
overlay-command = Komanda
overlay-run-until = Idi do
overlay-quit = Izlaz
overlay-no-command = nijedna komanda ne odgovara `{ $filter }`
overlay-more-above =   ↑ još { $count }
overlay-more-below =   ↓ još { $count }
overlay-no-fields = nema polja
overlay-form-keys = { "Enter" } primenjuje · { "Tab" } dopunjuje · ↑↓ polje · { "Esc" } otkazuje
overlay-tab-cycles = { "Tab" } dopunjuje, pa redom menja:
overlay-runs-to = ✓ ide do { $at } i pauzira
overlay-time-hint = vreme od početka (36h, T+2d6h) ili doba dana (16:00, dan 2 09:00)
overlay-run-keys = { "Enter" } pokreće · { "Esc" } otkazuje
overlay-quit-journal = Sve dato do sada je u { $file }.
overlay-quit-no-journal = Za ovu sesiju se ne piše dnevnik.
overlay-quit-question = Napustiti vežbu?
overlay-quit-keys = { "y" } / { "Enter" } izlazi · { "n" } / { "Esc" } ostaje
overlay-deliver = Isporučiti?
overlay-deliver-which = MSEL #{ $number } → { $to }
overlay-deliver-effect = u modelu: { $effect }
overlay-deliver-informs = bez promene u modelu: samo obaveštava primaoce
overlay-deliver-keys = { "Enter" } / { "y" } isporučuje · { "Esc" } / { "n" } otkazuje (5 bira drugi u panelu MSEL)
effect-surge = { $people ->
        [one] stiže još { $people } osoba
        [few] stižu još { $people } osobe
       *[other] stiže još { $people } osoba
    } na { $entry } tokom { $over }{ $nationality ->
        [any] {""}
       *[other] { " " }({ $nationality })
    }
effect-close-border = svaki GP prema { $country } se zatvara; red se preusmerava
effect-open-border = svaki GP prema { $country } se ponovo otvara
effect-close-bcp = { $bcp } se zatvara; red se preusmerava
effect-open-bcp = { $bcp } se ponovo otvara
effect-site-incident = { $site } gubi { $beds ->
        [one] { $beds } krevet
        [few] { $beds } kreveta
       *[other] { $beds } kreveta
    }{ $isolated ->
        [yes] { "" } i izoluje se (ne prima nikog novog)
       *[other] {""}
    }
effect-interpreter-shortage = { $count ->
        [one] { $count } prevodilac
        [few] { $count } prevodioca
       *[other] { $count } prevodilaca
    } za { $language } otpada
effect-officer-shortage = { $count ->
        [one] { $count } službenik
        [few] { $count } službenika
       *[other] { $count } službenika
    } povučeno sa { $bcp }, u svakoj smeni
effect-transport-breakdown = { $count ->
        [one] { $count } autobus
        [few] { $count } autobusa
       *[other] { $count } autobusa
    } iz { $fleet } van upotrebe
effect-message = samo obaveštava { $count ->
        [one] { $count } instituciju
        [few] { $count } institucije
       *[other] { $count } institucija
    }: { $to }
overlay-messages = Poruke, najnovija prva (↑↓ pomera, { "Esc" } zatvara)
header-replay-paused = ⏮ reprodukcija, pauzirano
header-replay = ⏵ reprodukcija { $speed }
header-running-to = ▶▶ do { $at }
header-running = ▶ radi { $speed }
header-paused = ⏸ pauzirano ({ $speed })
header-phase = faza{ " " }
header-catching-up = { " " }(sustiže)
header-due = { "  " }{ $count } za isporuku
header-journal = { "  " }dnevnik{ " " }
header-no-journal = nema
# The header's date: `sub 24. okt 06:00`.
header-date-time = { $weekday } { $day }. { $month } { $time }
header-weekday = { $day ->
    [1] pon
    [2] uto
    [3] sre
    [4] čet
    [5] pet
    [6] sub
   *[7] ned
}
header-month = { $month ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] avg
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}

## Console: situation pane

situation-totals = stiglo { $arrived }  u zemlji { $in_country }  otišlo { $left }{ "  " }
situation-outdoors = na otvorenom{ " " }
situation-peak = { " " }(vrhunac { $peak })
situation-closed-place = { $name } (zatvoren)
situation-crossings = { " " }Prelazi i registracija{ " " }
situation-open = otvoren
situation-closed = zatvoren
situation-sites = { " " }Centri — na otvorenom{ " " }
situation-col-crossing = prelaz / registracija
situation-col-queue = red
situation-col-busy = zauzeto/n
situation-col-wait = čekanje
situation-col-per-hour = /h
situation-per-hour-means = /h: obrađeno u poslednjem simuliranom satu
list-more-above = ↑ +{ $count } još
list-more-below = ↓ +{ $count } još
institutions-title = { " " }Institucije{ " " }
institutions-col-institution = institucija
institutions-col-accountable = A
institutions-col-responsible = R
institutions-col-role = uloga
raci-accountable = nadležan
raci-responsible = izvršava
raci-consulted = konsultovan
raci-informed = informisan
institutions-decides = Odlučuje o zahtevima:{ " " }
institutions-request-within = { $request } u roku od { $deadline }
request-kind-reception-approval = odobrenje prihvata
request-kind-transport = prevoz
request-kind-temporary-site = privremeni centar
request-kind-interpreters = prevodioci
request-kind-officers = službenici
institutions-pending = Zahtevi na čekanju:
institutions-pending-request = { "  " }#{ $number } { $ask }, čeka { $waiting },{ " " }
institutions-overdue = kasni { $by }
institutions-due-in = rok za { $left }
institutions-none = { "  " }nema
institutions-recent = Nedavne odluke:
institutions-answers = { " " }(odgovara na #{ $number })
institutions-auto = { " " }[simulirano]
institutions-none-yet = { "  " }još nijedna
institutions-informed-of = Obavešten o:
institutions-told = { "  " }{ $at } { $what } — od { $from }
institutions-earlier = { "  " }… { $count } ranije
institutions-nothing-yet = { "  " }još ništa
inspector-title = { " " }{ $title } ({ "Esc" } zatvara){ " " }
inspector-id = id
inspector-kind = vrsta
inspector-open = otvoreno
inspector-yes = da
inspector-no = ne
inspector-arrived = stiglo
inspector-processed = obrađeno
inspector-last-hour = posl. sim. sat
inspector-queue = red sada / maks
inspector-queue-value = { $now } / { $max }
inspector-mean-queue = prosečan red
inspector-in-service = u obradi
inspector-in-service-value = { $busy } od { $servers ->
        [one] { $servers } šaltera
        [few] { $servers } šaltera
       *[other] { $servers } šaltera
    }
inspector-wait = čekanje pros. / p95
inspector-wait-value = { $mean } / { $p95 } min
inspector-left = završeni boravci
inspector-beds = kreveti zauzeti / kap
inspector-beds-value = { $used } / { $capacity } (vrh { $peak })
inspector-passed = prošlo dalje
inspector-links = veze
inspector-idle = { $count ->
        [one] { $count } šalter prazan
        [few] { $count } šaltera prazna
       *[other] { $count } šaltera praznih
    }
inspector-idle-interpreters = ljudi u redu čekaju prevodioca za { $languages }
inspector-idle-language = { $language } ({ $people ->
        [one] { $people } osoba
        [few] { $people } osobe
       *[other] { $people } osoba
    })
inspector-idle-no-reason = niko u redu još ne može biti uslužen
situation-col-site = centar
situation-col-occupancy = zauz./kap.
situation-col-share = %
situation-col-state = stanje

## Console: gaps and MSEL panes

gaps-col-number = #
gaps-col-category = kategorija
gaps-col-opened = otvorena
gaps-col-state = stanje
gaps-col-severity = sev.
gaps-col-institutions = institucije
gaps-col-place = mesto
gaps-col-gap = praznina
gaps-col-who-where = ko · gde · praznina
gaps-title = { " " }Praznine — { $open } otvorenih, { $total } ukupno, najnovije prve ({ "Enter" }: dokazi){ " " }
gaps-open = otvorena
gaps-closed-at = zatvorena { $at }
gaps-closed = zatvorena
msel-sent = poslato { $at }
msel-due-since = DOSPELO { $at }
msel-watching = praćenje
msel-due = DOSPELO
msel-upcoming = predstoji
msel-when-from = kada { $trigger } (od { $from })
msel-when = kada { $trigger }
msel-col-number = #
msel-col-due = rok
msel-col-state = stanje
msel-col-to = kome
msel-col-synopsis = sažetak
msel-title = { " " }MSEL ({ "d" } isporučuje izabrani inject, { "Enter" } ga otvara){ " " }

## CLI: run and replay summaries

run-conservation-failed = provera očuvanja nije prošla
run-heading = { $scenario } — seme { $seed } — pokrenuto do T+{ $reached } (događaja: { $events })
run-bcps = Granični prelazi
run-col-bcp = BCP
run-col-arrivals = dolasci
run-col-processed = obrađeno
run-col-queue = red
run-col-max-queue = najduži red
run-col-mean-wait = pros. čekanje
run-col-p95-wait = čekanje p95
run-registration = { "  " }(registracija)
run-sites = Prihvatni centri
run-col-site = centar
run-col-now = sada
run-col-peak = vrhunac
run-col-capacity = kapacitet
run-col-open = otvoren
run-full = { "  " }pun
run-yes = da
run-no = ne
run-outdoors = Ljudi na otvorenom: { $now } sada, najviše { $most }; { $hours } osoba-sati na otvorenom, od toga { $night } noću
run-waiting-outdoors = Čekaju na otvorenom na { $place } (van zaklona): sada { $now }, najviše { $most }; { $hours } osoba-sati, od toga { $night } noću
run-vulnerable = Ranjive osobe
run-col-kind = vrsta
run-col-identified = identifikovano
run-col-in-time = na vreme
run-col-late = kasno
run-col-pending = na čekanju
run-col-no-service = bez službe
run-col-mean-handover = pros. predaja
run-conservation = Očuvanje: { $arrived } stiglo = { $in_system } u sistemu + { $left } otišlo ({ $ways }) — { $verdict }
run-holds = važi
run-broken = NE VAŽI
run-phase = Faza plana: { $phase }; zahteva koji čekaju odluku: { $requests }
run-gaps = Praznine u koordinaciji ({ $count })
run-col-number = #
run-col-category = kategorija
run-col-opened = otvorena
run-col-closed = zatvorena
run-col-severity = ozb.
run-col-institutions = institucije
run-col-gap = praznina
run-open = otvorena
replay-verdict = reprodukovano komandi: { $commands }, svi otisci se poklapaju (upoređeno: { $digests })
replay-model-changed = reprodukovano komandi: { $commands }; model se promenio otkad je { $journal } zabeležen (šema otisaka { $recorded_scheme }, model { $recorded_model }; sada šema otisaka { $scheme }, model { $model }), pa njegovi otisci nisu upoređeni. Novi otisci:
replay-new-digest = {"  "}red { $line }: zabeleženo { $recorded }, sada { $now }
replay-chain = lanac dnevnika je neprekinut kroz { $lines ->
        [one] { $lines } red
        [few] { $lines } reda
       *[other] { $lines } redova
    } posle zaglavlja; njegova poslednja vrednost je { $value } (navedite je uz izveštaj: ona potvrđuje ceo zapis)

## CLI: spreadsheets (CSV) read in another encoding

sheet-encoding-assumed = napomena: { $file } nije UTF-8 tekst, pa je pročitan kao { $encoding } (albanski ë, ç; srpski č, ć, š, ž, đ). Ako slova izgledaju pogrešno, uvezite ga ponovo sa --encoding windows-1252, ili sačuvajte tabelu kao UTF-8: u { "Excelu Save As > \"CSV UTF-8 (Comma delimited)\"" }; u { "LibreOffice Calc" }-u { "Save As > Text CSV" }, skup znakova { "\"Unicode (UTF-8)\"" }.
sheet-encoding-detected = napomena: { $file } je pročitan kao { $encoding }, kako kaže oznaka redosleda bajtova (BOM) na njegovom početku.

## CLI: check

check-valid = { $file }: ispravan — mesta: { $locations }, institucija: { $institutions }, funkcija: { $functions }, injecta: { $injects }; nalaza o koordinaciji: { $findings }
check-finding = { "  " }upozorenje [{ $category }] { $severity }: { $summary }
check-hint = { "  " }savet { $file }:{ $line }:{ $column }: { $message }

## CLI: check and scenario show — does the scenario add up?

capacity-heading = Da li se računica slaže? (pri najvećem broju dolazaka)
capacity-ok = u redu
capacity-short = MANJAK
capacity-warning = { "  " }upozorenje: line { $line }: { $message }
capacity-check-warning = { "  " }upozorenje [kapacitet] { $file }:{ $line }:{ $column }: { $message }
capacity-rates = { $per_hour }/h ({ $per_day }/dan)
capacity-stage-arrivals = dolasci
capacity-stage-crossings = prelasci
capacity-stage-registration = registracija
capacity-stage-interpreters = prevodioci { $language }
capacity-stage-transport = prevoz
capacity-stage-beds = kreveti
capacity-arrivals-peak = vrhunac { $rates }
capacity-arrivals-total = ukupno oko { $people } osoba tokom { $duration }
capacity-handle = obrađuju { $rates }
capacity-peak-sends = na vrhuncu šalje { $rates }
capacity-staff-speak-it = osoblje registracije ga govori
capacity-interpreters-handle = prevodilaca: { $count }, obrađuju { $rates }
capacity-fleet = { $fleet } { $buses } × { $seats } sedišta × { $trips } povratnih vožnji od { $round_trip } = { $total }
capacity-transport-handles = { $seats }/dan ({ $fleets })
capacity-transport-demand = na vrhuncu šalje { $people }/dan
capacity-beds-handles = { $beds } kreveta (+{ $surge } za priliv)
capacity-beds-demand = očekivana popunjenost { $occupancy } ({ $per_hour }/h × { $stay } prosečan boravak)
capacity-handled = { $stage } { $per_hour }/h
capacity-times = { $times } puta
capacity-far-more = mnogo više od
capacity-per-day-rate = stopa dolazaka { $rate } na sat kod `{ $at }` je { $times } od onoga što faze posle nje obrađuju na sat ({ $handled }): tokom { $duration } šalje oko { $people } osoba; ako je { $rate } dnevni broj, napišite { $per_hour } na sat
capacity-unserved-language = jezik `{ $code }` za `{ $nationality }` ne govori nijedan prevodilac niti osoblje registracije: { $share } dolazaka čeka na jednog{ $like }
capacity-like-code = ; prevodioci ili osoblje govore `{ $code }` — kodovi moraju tačno da se poklapaju, napišite `{ $code }`
capacity-rule-cannot-fire = pravilo zahteva { $request } nikada ne može da se aktivira: { $why }
capacity-why-transport = nijedna veza u ovoj mreži ne prelazi se autobusom, pa ljudi nikada ne čekaju prevoz; dodajte vezu sa `mode: Bus("fleet")` ili uklonite pravilo
capacity-why-approval = plan ne postavlja `reception_needs_approval: true`, pa je prihvat odobren od početka
capacity-why-officers = nijedan prelaz nema `queue_limit`, a samo red preko svoje granice traži službenike

capacity-unknown-capability-like = cilj `{ $objective }`: `{ $capability }` nije osnovna sposobnost HSEEP-a; da li ste mislili `{ $meant }`?
capacity-unknown-capability = cilj `{ $objective }`: `{ $capability }` nije osnovna sposobnost HSEEP-a (docs/scenario-format.md navodi svih 32); izveštaj može da je oceni samo na osnovu kritičnih zadataka i zapažanja evaluatora

## CLI: sweep

sweep-seeds = semena { $first }..={ $last }
sweep-no-seed = bez semena
sweep-heading = { $scenario }: { $replications } ponavljanja ({ $seeds }), po { $commands } komandi, do { $until }
sweep-col-ci = prosek, IP 90 %
sweep-col-metric = pokazatelj
sweep-col-place = mesto
sweep-col-mean = prosek
sweep-col-gaps = praznine po ponavljanju
sweep-col-replications = ponavljanja
sweep-with = { $with } od { $of }
sweep-col-median = medijana

## Seats (console --serve): the web pages and the console's Seats view
seats-title = { "fluxsim" } — mesta
seats-back-index = Sva mesta
seats-projector = Projektor
seats-seats = Mesta
seats-evaluator = Evaluatori
seats-code = Pristupni kod
seats-join = Pridruži se
seats-phase = Faza
seats-arrivals = pristiglih
seats-queued = čeka u redovima
seats-sheltered = u prihvatu
seats-outdoors = napolju
seats-injects = Injekti
seats-decisions = Odluke
seats-none-yet = još ništa
seats-action = Slobodna radnja
seats-action-help = Šta vaša institucija radi mimo odluka ispod (upisuje se u dnevnik; ne menja ništa u modelu).
seats-action-empty = Nije poslato: prvo opišite radnju.
seats-observe = Zapažanje
seats-observe-text = Šta ste zapazili
seats-observe-institution = O instituciji (neobavezno)
seats-observe-rating = Predložena ocena ({ "P" }, { "S" }, { "M" }, { "U" }; neobavezno)
seats-decide = Odluči
seats-send = Pošalji
seats-waiting = Čeka vašu odluku
seats-nothing-waiting = nijedan zahtev ne čeka na vas
seats-minutes-left = { $minutes ->
    [one] preostao { $minutes } minut
    [few] preostala { $minutes } minuta
   *[other] preostalo { $minutes } minuta
}
seats-told = Šta vam je saopšteno
seats-your-decisions = Vaše odluke
seats-raci = Vaša uloga u planu
seats-wrong-code = Niste primljeni: ovaj kod ne otvara ovo mesto.
seats-malformed = Nije poslato: obrazac nije mogao da se pročita. Osvežite stranicu i pokušajte ponovo.
seats-too-large = Nije poslato: obrazac je veći nego što mesto sme da pošalje.
seats-console-gone = Nije poslato: konzola više ne prima zahteve.
seats-unknown-seat = Ne postoji mesto „{ $seat }“.
seats-unknown-decision = Ne postoji odluka „{ $decision }“.
seats-unknown-field = Obrazac ima polje „{ $field }“ koje ova odluka ne prima.
seats-too-long = Polje „{ $field }“ je predugačko.
seats-done = Izvršeno i upisano u dnevnik: { $command }
seats-why-no-seat = takvo mesto ne postoji
seats-why-no-code = kod nije dat
seats-why-wrong-code = pogrešan kod
seats-log-door = mesto { $seat } odbijeno na ulazu: { $reason }
seats-log-refused = zahtev mesta { $seat } odbijen: { $reason }
seats-log-applied = mesto { $seat }: { $command }
seats-view-title = Mesta
seats-view-address = dostupna na { $url }
seats-view-code = kod
seats-view-open = otvorene stranice
seats-view-last = poslednja radnja
seats-view-projector = otvorene stranice projektora: { $count }
seats-view-refused = odbijeno na ulazu: { $count }
seats-view-evaluator = kod evaluatora
# The seat's address names an institution by its id: `/seat/<institution>`.
seats-view-seat-id = institucija
seats-view-off = Mesta se ne poslužuju: pokrenite konzolu sa --serve (i --journal).

console-serve-needs-journal = --serve zahteva --journal FILE: svaka komanda koju pošalje mesto upisuje se u dnevnik, a kodovi mesta čuvaju se pored dnevnika

## Coordination: the model's gaps, findings, requests and decisions (rendered from their keys)

list-and = { $head } i { $last }
people-count = { $count ->
        [one] { $count } osoba
        [few] { $count } osobe
       *[other] { $count } osoba
    }
plain-text = { $text }
request-subject-reception-approval = odobrenje prihvata
request-subject-transport = prevoz
request-subject-temporary-site = privremeni centar
request-subject-interpreters = prevodioci
request-subject-officers = službenici
ask-declare-phase = proglašenje faze `{ $phase }`
metric-arrivals = dolasci tokom { $window }
metric-queue = red na { $place }
metric-any-queue = najduži red na nekom prelazu
metric-occupancy = popunjenost { $site } (%)
metric-any-occupancy = najveća popunjenost otvorenog centra (%)
metric-outdoors = ljudi na otvorenom
metric-in-country = ljudi u zemlji
request-reason-trigger = ispunjen okidač faze `{ $phase }`: { $metric } = { $measured }, iznad { $value }
request-reason-trigger-below = ispunjen okidač faze `{ $phase }`: { $metric } = { $measured }, palo ispod { $value }
request-reason-queue = u redu na { $place }: { $people } (ograničenje { $limit })
request-reason-reception = registrovani čekaju na otvorenom da se odobri prihvat: { $people }
request-reason-temporary-site = svaki otvoreni prihvatni centar je pun; na otvorenom: { $people }; najbliži zatvoreni centar: { $site }
request-reason-interpreters = čekaju prevodioca za jezik { $language }: { $people }; nijedan ne postoji
request-reason-transport-waiting = čekaju na { $place } prevoz { $fleet }: { $people }, preko ograničenja od { $limit }
request-reason-transport-breakdown = pokvarila su se vozila { $fleet }: { $broken }; u saobraćaju ostaje { $seats } mesta
request-withdrawn-no-reserve = nije ostao nijedan rezervni centar za otvaranje
request-withdrawn-opening = centar { $site } se već otvara
informed-request = zahtev #{ $number } { $ask }: { $reason }
informed-decision = odluka #{ $number }: { $what }
informed-notified = obavešten o `{ $about }`
informed-inject = inject { $number }: { $text }
decision-declare-phase = proglašenje faze `{ $phase }`
decision-approve-reception = odobrenje prihvata
decision-open-temporary-site = otvaranje privremenog centra { $site }
decision-deploy-officers = raspoređivanje službenika na { $bcp }: { $officers }
decision-request-interpreters = zahtev za prevodioce za jezik { $language }: { $count }
decision-arrange-buses = obezbeđivanje autobusa za { $fleet }: { $buses }
decision-refer-case = preuzimanje slučajeva: { $kind }
decision-notify = obaveštavanje { $to } o `{ $about }`
decision-assign-function = dodela `{ $function }` instituciji { $institution }
gap-queue = red na { $place } je preko ograničenja
gap-queue-evidence = čeka u { $at }: { $people }, uz ograničenje { $limit }, rade šalteri: { $servers }
gap-queue-action = Planirajte pojačanje službenika za { $place } pre nego što red pređe { $limit }
gap-reception-full = prihvat je pun i ljudi čekaju na otvorenom
gap-reception-full-evidence = na otvorenom u { $at }: { $people }, a svih { $beds } otvorenih kreveta je zauzeto
gap-reception-full-action = Unapred odredite privremene centre, sa postupkom aktiviranja i rokovima
gap-night = ljudi provode noć na otvorenom
gap-night-evidence = na otvorenom u { $at }: { $people } ({ $why })
gap-night-no-bed = nema slobodnog kreveta
gap-night-not-approved = prihvat nije odobren
gap-night-action = Obezbedite noćni smeštaj na granici: unapred odobren prihvat i grejani privremeni prostor
gap-no-reserve = plan nema više nijedan rezervni centar
gap-no-reserve-evidence = na otvorenom u { $at }: { $people }, a svih { $beds } kreveta otvorenih centara je zauzeto
gap-no-reserve-sites = svaki prihvatni centar iz plana je otvoren ili nedostupan: { $sites }
gap-no-reserve-action = Odredite u planu dodatne rezervne centre, sa postupkom aktiviranja i rokovima
gap-interpreter = nema prevodioca za jezik { $language }
gap-interpreter-evidence = čeka na registraciji u { $at } na prevodioca za jezik { $language }: { $people }; scenario ne predviđa nijednog
gap-interpreter-queue = registracija na { $place } stoji jer se čekaju prevodioci
gap-interpreter-queue-action = Obezbedite dovoljno prevodilaca za { $languages } na { $place } (na licu mesta ili na daljinu) za šaltere registracije koje ima
gap-interpreter-queue-evidence = na { $place } u { $at } čeka na prevodioca ({ $languages }): { $people }, prvi već { $longest }, dok je slobodno { $idle } od { $desks } šaltera
gap-waiting-outdoors = ljudi čekaju na otvorenom na { $place }, van njegovog zaklona
gap-waiting-outdoors-action = Obezbedite zaklon svima koji čekaju na { $place } (veći prostor za čekanje, grejani šatori) ili ih brže prevezite dalje
gap-waiting-outdoors-evidence = na otvorenom u { $at }: { $people }; čeka { $waiting }, zaklon za { $shelter }
gap-interpreter-action = Unapred ugovorite daljinsko prevođenje za jezik { $language } i navedite ga u planu
gap-late-referral = { $kind }: slučajevi predati posle roka
gap-late-referral-evidence = do { $at }: { $late } od { $identified } identifikovanih predato posle roka od { $deadline }; prosečna predaja { $mean }
gap-late-referral-action = Uspostavite dežurstvo 24/7 na granici sa određenom službom za ove slučajeve: { $kind }
gap-no-service = { $kind }: identifikovani slučajevi bez službe koja ih preuzima
gap-no-service-evidence = identifikovano kao { $kind } do { $at }: { $people }; nijedno pravilo upućivanja ne određuje službu
gap-no-service-action = Odredite službu koja preuzima ove slučajeve, sa rokom: { $kind }
gap-phase-late = faza `{ $phase }` nije proglašena iako je njen okidač bio ispunjen
gap-phase-late-action = Učinite proglašenje faze `{ $phase }` automatskim po okidaču, ili odredite jednu instituciju koja je mora proglasiti u roku iz plana
gap-request-unanswerable = zahtev ({ $kind }) na koji niko ne može da odgovori
gap-request-late = zahtev ({ $kind }) čeka posle roka
gap-request-late-action = Odredite jednu nadležnu instituciju za odluke ({ $kind }), sa zamenikom i najdužim vremenom odlučivanja
gap-request-evidence = zahtev #{ $number } ({ $ask }) podnet u { $raised } ({ $reason }), rok { $deadline }, upućen: { $asked }
gap-request-waiting = i dalje bez odgovora u { $at } posle { $waited }; čeka: { $people } (redovi i na otvorenom)
gap-asked-nobody-function = nikome: `{ $function }` nema nadležnu instituciju
gap-asked-nobody = nikome: plan ne određuje funkciju za to
gap-uninformed = { $by } nije obavestio { $who } o odluci
gap-uninformed-action = Primenite pravilo obaveštavanja iz plana za `{ $function }`: ko odlučuje obaveštava { $who } u roku od { $within }, standardnom porukom i kanalom
gap-uninformed-decision = odluka #{ $number } ({ $by }) u { $at }: { $what }
gap-uninformed-evidence = plan kaže da { $who } mora biti obavešten u roku od { $within }; niko ih nije obavestio do { $at }
gap-authority = { $by } je odlučio bez ovlašćenja za to
gap-authority-action = Potvrdite u planu da li { $by } sme to da odluči ({ $what }); ako sme, učinite ga nadležnim za `{ $function }`
gap-decision-evidence = odluka #{ $number } u { $at }: { $what } ({ $by })
gap-function-unheld = `{ $function }` nema nadležnu instituciju
gap-function-held = `{ $function }` drži { $holders }
gap-duplicate = { $first } i { $second } su oba odlučila: { $what }
gap-duplicate-action = Dogovorite ko jedini odlučuje o `{ $function }` i kako se drugi konsultuje
gap-duplicate-accountable = Nadležan za `{ $function }`: { $holders }
finding-use-coordination = plan je navodi kao koordinaciju radne grupe
finding-use-declares = plan kaže da ona proglašava fazu `{ $phase }`
finding-use-requests = plan joj šalje zahteve ({ $kind }) (rok { $deadline })
finding-use-referrals = { $kind }: ovi slučajevi se upućuju njoj (rok { $deadline })
finding-use-requests-never = plan joj šalje zahteve ({ $kind }), ali u ovom scenariju ne može nastati nijedan: { $why }
finding-never-transport = nijednu vezu ne prelazi vozni park autobusa ili vozova
finding-never-reception-approval = prihvat ne čeka odobrenje (plan.reception_needs_approval je false)
finding-never-reception = nema nijednog prihvatnog centra
finding-never-temporary-site = nijedan prihvatni centar ne počinje zatvoren, pa nema koji da se otvori
finding-never-officers = nijedan granični prelaz nema ograničenje reda
finding-never-interpreters = svaki jezik grupe ima prevodioce ili se govori na svakom mestu registracije
finding-no-coordination = plan ne navodi nijednu funkciju koja koordinira radnu grupu za vanredne situacije
finding-no-coordination-evidence = plan.coordination nije postavljen
finding-no-coordination-action = Odredite u planu koja institucija predsedava radnom grupom za vanredne situacije
finding-unowned = nijedna institucija nije nadležna za „{ $name }“
finding-unowned-evidence = `{ $function }` ne navodi nijednu nadležnu instituciju
finding-unowned-action = Odredite jednu nadležnu instituciju za „{ $name }“ u planu i standardnim operativnim procedurama
finding-contested = { $claimants } oba polažu pravo na „{ $name }“
finding-contested-evidence = `{ $function }` navodi kao nadležne: { $claimants }
finding-contested-action = Dogovorite i zapišite jednu nadležnu instituciju za „{ $name }“, sa pravnim osnovom
finding-no-trigger = faza `{ $phase }` nema merljiv okidač
finding-trigger-none = faza `{ $phase }` uopšte nema okidač
finding-trigger-narrative = fazu `{ $phase }` pokreće „{ $text }“, što niko ne može da izmeri
finding-trigger-action = Napišite merljiv okidač za fazu `{ $phase }` (npr. dolasci za 24 h iznad nekog broja, prihvat iznad nekog udela kapaciteta)
finding-no-declarer = niko nije ovlašćen da proglasi fazu `{ $phase }`
finding-no-declarer-function = faza `{ $phase }` ne navodi nijednu funkciju ovlašćenu da je proglasi
finding-declarer-unheld = fazu `{ $phase }` proglašava `{ $function }`, koja nema nadležnu instituciju
finding-no-declarer-action = Odredite u planu instituciju koja proglašava fazu `{ $phase }`
finding-no-rule = plan ne kaže ko { $what }
finding-no-rule-evidence = plan.requests nema pravilo za: { $kind }
finding-no-rule-action = Odredite u planu instituciju koja { $what }, i njen rok
finding-what-reception = odobrava prihvat grupe na granici
finding-what-temporary-site = otvara privremeni centar kada je prihvat pun
finding-no-referral = nijedna služba nije određena za ove slučajeve: { $kind }
finding-no-referral-evidence = { $share } % dolazaka: { $kind }; upućivanja nemaju pravilo za njih
finding-no-referral-action = Odredite službu koja preuzima ove slučajeve i rok predaje: { $kind }
finding-referral-unheld = { $kind }: ovi slučajevi idu na `{ $function }`, koju ne drži nijedna institucija
finding-referral-unheld-evidence = funkcija `{ $function }` nema instituciju koja izvršava niti nadležnu instituciju
finding-referral-unheld-action = Odredite instituciju koja preuzima ove slučajeve: { $kind }

## Commands as the console's messages and the report's timeline describe them

describe-deliver-inject = isporuči inject { $number }
describe-set-role = { $institution } postaje { $role }
describe-action = radnja: { $text }
describe-note = beleška: { $text }
describe-observation = zapažanje: { $text }
describe-close-bcp = zatvori granični prelaz { $bcp }
describe-open-bcp = otvori granični prelaz { $bcp }
describe-change-officers = promeni broj službenika na { $bcp } za { $by }
describe-set-capacity = postavi { $site } na { $capacity ->
        [one] { $capacity } krevet
       *[other] { $capacity } kreveta
    }
describe-open-site = otvori centar { $site }
describe-close-site = zatvori centar { $site }
describe-unlock-surge = dozvoli dodatni kapacitet
describe-surge = talas od { $people } ljudi na { $entry } tokom { $over }
describe-surge-of = talas od { $people } ljudi ({ $nationality }) na { $entry } tokom { $over }
describe-close-border = { $country } zatvara granicu
describe-open-border = { $country } ponovo otvara granicu
describe-bcp-closes = granični prelaz { $bcp } se zatvara
describe-bcp-opens = granični prelaz { $bcp } se ponovo otvara
describe-site-incident = incident u { $site }: izgubljeno kreveta: { $beds }
describe-site-incident-isolated = incident u { $site }: izgubljeno kreveta: { $beds }, slučaj bolesti: izolovan
describe-interpreter-shortage = otpada prevodilaca za jezik { $language }: { $interpreters }
describe-officer-shortage = službenika povučeno sa { $bcp }: { $officers }
describe-transport-breakdown = pokvareno autobusa iz { $fleet }: { $buses }
describe-message = poruka od { $from }: { $text }
ask-with-subject = { $ask }: { $subject }

## Console: the inspector's gap, inject and request sections

inspector-no-gap = nema takve praznine
inspector-gap-ref = praznina { $number } ({ $category })
inspector-category = kategorija
inspector-gap = praznina
inspector-opened = otvorena
inspector-closed = zatvorena
inspector-still-open = još otvorena
inspector-severity = ozbiljnost
inspector-function = funkcija
inspector-institutions = institucije
inspector-place = mesto
inspector-request = zahtev
inspector-persons-affected = pogođenih osoba
inspector-evidence = Dokazi
inspector-values = Vrednosti pri otvaranju
# A gap's measured values, by name.
gap-value-beds = kreveti
gap-value-identified = identifikovani
gap-value-idle-desks = slobodni šalteri
gap-value-late = sa zakašnjenjem
gap-value-limit = granica
gap-value-longest-h = najduže čekanje (h)
gap-value-outdoors = na otvorenom
gap-value-people-waiting = ljudi koji čekaju
gap-value-queue = red
gap-value-servers = šalteri
gap-value-shelter = u smeštaju
gap-value-uninformed = neobavešteni
gap-value-waited-h = čekano (h)
gap-value-waiting = čekaju
inspector-action = mera
inspector-inject-delivered = isporučen u { $at }
inspector-inject-due = dospeo, nije isporučen
inspector-inject-upcoming = predstoji
inspector-due = dospeva
inspector-state = stanje
inspector-from = od
inspector-to = za
inspector-method = način
inspector-synopsis = sažetak
inspector-expected = očekivana radnja
inspector-capability = sposobnost
inspector-notes = beleške
inspector-no-request = nema takvog zahteva
inspector-request-title = zahtev #{ $number }
inspector-answered = odgovorio { $by } u { $at } (odluka #{ $decision })
inspector-withdrawn = povučen u { $at }: { $reason }
inspector-overdue = otvoren, kasni { $minutes } min
inspector-minutes-left = otvoren, ostalo { $minutes } min
inspector-nobody-accountable = niko nije nadležan
inspector-asks = traži
inspector-about = o
inspector-why = zašto
inspector-asked-of = upućen
inspector-raised = podnet
inspector-deadline = rok
inspector-gaps = praznine

## Console: search

search-title = { " " }Pretraga ({ "Enter" } otvara · ↑↓ bira · { "Esc" } otkazuje){ " " }
search-prompt = unesite id ili naziv: mesto, institucija, inject (#3), praznina, zahtev
search-nothing = ništa ne odgovara `{ $text }`
search-in-all = { $count ->
        [one] { $count } pogodak ukupno
        [few] { $count } pogotka ukupno
       *[other] { $count } pogodaka ukupno
    }
search-kind-place = mesto
search-kind-institution = institucija
search-kind-inject = inject
search-kind-gap = praznina
search-kind-request = zahtev
search-gap = praznina { $number } — { $category } { $place } { $summary }
search-request = zahtev #{ $number } — { $ask } { $subject } za { $to }

## Console: charts, the network, the replay line

console-speed-real-time = stvarno vreme
sparkline-arrivals = dolasci po { $every }
sparkline-arrivals-last = dolasci po { $every }, poslednjih { $span }
sparkline-queued = čekaju u redovima
sparkline-outdoors = na otvorenom
sparkline-title = { $title }: { $last } (maks. { $max })
network-title = { " " }Mreža puteva (red · zauzeti kreveti/kapacitet){ " " }
replay-read-only = REPRODUKCIJA (samo čitanje)
replay-command-of = { " " }· komanda { $applied }/{ $total } ·{ " " }
replay-keys = ←→ 15m · PgUp/Dn 1h · [ ] komanda · < > orijentir · Home/End
replay-here-gap = nedostatak { $id } otvoren: { $summary }
replay-here-delivered = inject { $number } dostavljen: { $synopsis }
replay-here-observation = zapažanje: { $text }
replay-here-command = poslednja komanda { $at }: { $command }
replay-here-refused = poslednja komanda { $at } (odbijena): { $command }

## Objectives and critical tasks: statuses, evidence, the report's table, the console
task-open = otvoren
task-at-risk = ugrožen
task-met = ispunjen
task-failed = neuspešan
task-evaluators = za evaluatore
task-evidence-none = -
task-evidence-outdoors = { $people ->
    [one] 1 osoba čeka napolju
    [few] { $people } osobe čekaju napolju
   *[other] { $people } osoba čeka napolju
}
task-evidence-late-referrals = { $people ->
    [one] 1 osoba predata posle roka iz plana
    [few] { $people } osobe predate posle roka iz plana
   *[other] { $people } osoba predato posle roka iz plana
}
task-evidence-no-service = { $people ->
    [one] 1 osoba identifikovana bez određene službe
    [few] { $people } osobe identifikovane bez određene službe
   *[other] { $people } osoba identifikovano bez određene službe
}
task-evidence-handover = prosečna predaja { $mean } prema roku od { $deadline }
task-evidence-decision = odluka #{ $number }, donela { $by }
task-evidence-trigger = okidač je važio od { $since }; proglašenje je trebalo do { $due }
task-evidence-metric = izmereno { $value } prema { $limit }
task-evidence-held = važilo je do kraja vežbe
report-tasks = Kritični zadaci
report-no-tasks = Scenario ne navodi ciljeve sa kritičnim zadacima.
report-col-objective-name = Cilj
report-col-task = Kritični zadatak
report-col-status = Stanje
report-col-evidence = Dokaz
report-col-tasks-rating = Kritični zadaci
report-rule-tasks = Kritični zadaci ocenjuju sposobnost svog cilja: { "P" } kada je ispunjen svaki zadatak koji je mehanizam ocenio, { "M" } kada jedan nije uspeo, { "U" } kada više od polovine nije uspelo. Zadaci još otvoreni na kraju ili prepušteni evaluatorima se ne računaju. Ocena sposobnosti je najgora od ocene praznina, zadataka i evaluatora.
header-tasks = zadaci ✓{ $met } !{ $risk } ✗{ $failed } /{ $total }
console-task-changed = Kritični zadatak { $status }: { $task }
institutions-tasks = Kritični zadaci:
seats-observe-capability = Sposobnost
seats-observe-task = Kritični zadatak
seats-observe-inject = Inject na koji odgovara

## Exercise timer: wall-clock play time, breaks and days (console keys b and E, journal markers, the report's timeline)
key-break = počni igru (ili sledeći dan), napravi pauzu ili nastavi posle nje
help-timer = Merač vremena vežbe (upisuje se u dnevnik)
key-end-day = završi igru za taj dan
header-timer-playing = dan { $day }, { $played } igre
header-timer-break = pauza od { $since } UTC ({ $played } igre)
header-timer-day-ended = dan { $day } završen u { $since } UTC
console-timer-start = Dan { $day } igre počeo je u { $wall } UTC
console-timer-break = Pauza od { $wall } UTC: sat je zaustavljen; { "b" } nastavlja igru
console-timer-resume = Igra je nastavljena u { $wall } UTC posle pauze od { $length }
console-timer-end-day = Dan { $day } završen je u { $wall } UTC; { "b" } počinje dan { $next }
console-timer-not-playing = Dan nije počeo: { "b" } počinje igru
console-timer-failed = Oznaka merača vremena nije upisana u dnevnik, pa nije ni napravljena: { $error }
moment-marker = merač vremena vežbe
moment-marker-start = igra počinje ({ $wall })
moment-marker-break = pauza ({ $wall })
moment-marker-resume = igra se nastavlja ({ $wall })
moment-marker-end-day = kraj igre za taj dan ({ $wall })

## Mistakes: strike the last command (console key X, journal Struck lines)
help-mistakes = Greške (upisuju se u dnevnik)
help-schedule = Vreme MSEL-a (upisuje se u dnevnik)
key-strike = poništi poslednju komandu, dok sat stoji tamo gde je data
console-struck = Poništeno: { $command } u { $at }. Vežba je ponovo simulirana bez nje; dnevnik je čuva uz red o poništenju
console-log-struck = poništeno: { $command }
console-strike-nothing = Nema šta da se poništi: nijedna komanda nije upisana u dnevnik od poslednjeg poništenja
console-strike-moved = Sat se pomerio od poslednje komande (date u { $at }): više se ne može poništiti
console-strike-failed = Komanda nije poništena: { $error }

strength-task = Kritični zadatak ispunjen: { $task } ({ $evidence }, { $at })
strength-observation = Evaluatori u { $at }: „{ $text }“ (ocena { $rating })
report-evidence-task = kritični zadatak nije uspeo u { $at }: { $task } ({ $evidence })
report-evidence-observation = evaluatori u { $at }: „{ $text }“ (ocena { $rating })

## fluxsim observe: the hot wash's observations added to a copy of a journal
observe-cannot-read = ne može da se pročita { $file }: { $error }
observe-written = { $count ->
    [one] Dodato je 1 zapažanje
    [few] Dodata su { $count } zapažanja
   *[other] Dodato je { $count } zapažanja
} posle kraja { $journal } u { $output } (sam { $journal } je nepromenjen)
report-hot-wash = Dodato posle vežbe (neposredna analiza)
report-no-hot-wash = Nijedno zapažanje nije dodato posle vežbe.
## CLI: errors, notes of fork and report, the compare table

cli-error = greška: { $message }
cli-cannot-read = nije moguće pročitati { $path }: { $reason }
cli-fork-done = grana { $output }: iz { $journal } zadržano komandi pre T+{ $at }: { $kept }, izostavljeno u tom trenutku ili kasnije: { $left }; stanje tada { $state }
cli-fork-continue = nastavite sa `fluxsim run --resume { $output } --commands SKRIPTA` (komande skripte pre T+{ $at } moraju biti zadržane komande)
cli-report-done = izveštaj { $output }: { $name } u T+{ $reached }, praznina: { $gaps }, oblasti za unapređenje: { $areas }
cli-compare-title = { $scenario } — seme { $seed } — poređenje „šta ako“
cli-compare-branch = { $label }  { $journal } (do { $reached }, komandi: { $commands })
cli-compare-branch-forked = { $label }  { $journal } (do { $reached }, komandi: { $commands }; grana od { $from } u { $at })
cli-compare-metric = pokazatelj
cli-compare-only = Praznine samo u { $label } ({ $count })
cli-compare-differences = { $count ->
        [one] { $count } razlika
        [few] { $count } razlike
       *[other] { $count } razlika
    }
cli-console-needs-terminal = konzoli je potreban terminal; bez njega pokrenite scenario bez interfejsa sa `fluxsim run [FILE] [--seed N] [--until TIME] [--format json]`, ili reprodukujte dnevnik sa `fluxsim replay JOURNAL`
cli-terminal-unopened = nije moguće otvoriti terminal: { $reason }
cli-terminal-error = greška terminala: { $reason }
cli-run-recorded = dnevnik { $path }: zabeleženo komandi: { $count }
cli-run-later = napomena: komandi (MSEL injecti i skripta) koje dospevaju posle T+{ $until } a nisu primenjene: { $count }
cli-run-resumed = nastavljen { $path }: reprodukovano komandi: { $commands } do T+{ $at }, poklopljenih otisaka: { $digests }


## Seats: the evaluators' view of the critical tasks
seats-tasks = Kritični zadaci
seats-task = { $status }: { $task }

## Console: observations in search and in an institution's detail
search-kind-observation = zapažanje
search-observation = { $at } „{ $text }“
institutions-observations = Zapaženo:

## Report: executive summary, exercise overview, areas grouped by root cause, improvement-plan sheet
report-summary = Rezime za rukovodstvo
report-summary-findings = Najvažniji nalazi
report-summary-ratings = Ocene sposobnosti na prvi pogled
summary-ran = { $name } je odigrana od { $start } tokom { $reached } vremena vežbe (do { $end }); dnevnik sadrži { $commands ->
        [one] { $commands } komandu
        [few] { $commands } komande
       *[other] { $commands } komandi
    }.
summary-people = Stiglo je osoba: { $arrivals }; na kraju ih je u sistemu bilo još { $in_system }, a { $departed } je napustilo sistem.
summary-outdoors = Najviše { $peak } osoba je istovremeno čekalo napolju, ukupno { $hours } osoba-sati (od toga { $night } noću).
summary-gaps = Mašina je pronašla praznine u koordinaciji: { $gaps } (na kraju još otvorenih: { $open }), što se svodi na oblasti za unapređenje: { $areas }; faza plana na kraju: { $phase }.
summary-decisions = Ljudi su doneli odluka: { $people }; simulacija je donela { $simulation } za institucije koje je sama igrala.
summary-finding = { $number }. { $text }
summary-finding-area = Oblast za unapređenje { $number } ({ $capability }): { $title } — slučajeva: { $count }, ukupno otvoreno { $hours } h, pogođeno do { $people } osoba.
summary-finding-bottleneck = Najgore usko grlo: { $place } ({ $id }, { $role }) — 95 % osoba tamo čekalo je do { $p95 } (prosečno { $mean }), sa najviše { $queue } u redu.
summary-place-gap = praznina #{ $id } u { $at }: { $summary }
summary-more-evidence = … i još redova dokaza: { $count }, pod oblašću za unapređenje { $area }.
summary-no-findings = Mašina nije zabeležila nijednu prazninu i niko nije čekao na prelazu ili mestu registracije.
report-front = Pregled vežbe
report-front-missing = Scenario ne daje pregled vežbe (datumi, mesto, obuhvat, oblasti misije, pretnja, sponzor, učesnici, kontakt osoba): dodajte ih u njegov odeljak { "exercise" } (docs/scenario-format.md) da bi bili odštampani ovde.
report-front-not-given = nije navedeno u scenariju
report-front-name = Naziv vežbe
report-front-dates = Datumi vežbe
report-front-dates-value = { $dates } (vreme vežbe od { $start }, { $duration })
report-front-scenario-time = vreme vežbe od { $start }, { $duration }
report-front-location = Mesto
report-front-scope = Obuhvat
report-front-mission-areas = Oblasti misije
report-front-capabilities = Osnovne sposobnosti
report-front-objectives = Ciljevi
report-front-threat = Pretnja ili opasnost
report-front-scenario = Scenario
report-front-sponsor = Sponzor
report-front-contact = Kontakt osoba
report-col-organisation = Organizacija učesnica
report-col-exercise-role = Uloga u vežbi
mission-area-prevention = Prevencija
mission-area-protection = Zaštita
mission-area-mitigation = Ublažavanje
mission-area-response = Odgovor
mission-area-recovery = Oporavak
participant-role-player = igrač
participant-role-controller = kontrolor
participant-role-facilitator = facilitator
participant-role-evaluator = evaluator
participant-role-simcell = ćelija simulacije
participant-role-observer = posmatrač
participant-role-sponsor = sponzor
report-areas-rank = Svaka oblast je jedan osnovni uzrok: praznine jedne kategorije, za jednu funkciju, sa jednom primarno odgovornom institucijom. Oblasti su rangirane po ozbiljnosti (niska 1, srednja 2, visoka 3) × satima tokom kojih je bar jedna njena praznina bila otvorena × najvećem broju osoba pogođenih jednom njenom prazninom (najmanje 1).
report-cause-unowned = Nijedna institucija nije odgovorna za funkciju koja je planu potrebna
report-cause-contested = Dve ili više institucija polažu pravo na odgovornost za istu funkciju
report-cause-trigger = Faza plana nema merljiv okidač ni nikoga ovlašćenog da je proglasi, ili nije proglašena na vreme
report-cause-latency = Zahtevi su čekali odgovornu instituciju duže od roka
report-cause-capacity = Potražnja je premašila kapacitet
report-cause-referral = Ranjive osobe nisu na vreme predate nadležnoj službi
report-cause-information = Odluke nisu saopštene institucijama koje plan navodi
report-cause-authority = Odluke su donete bez ovlašćenja za njih, ili su bile u sukobu
report-clock = dan { $day }, { $time }
report-when = { $t } ({ $clock })
report-occurrence-closed = { $opened } do { $closed }
report-occurrence-open = od { $opened }, otvorena i na kraju
report-occurrence = praznina #{ $id }, { $period }: { $summary } — { $evidence }
report-occurrence-bare = praznina #{ $id }, { $period }: { $summary }
report-name-id = { $name } ({ $id })
report-area-heading-about = { $number }. { $capability } — { $title } (odnosi se na: { $about })
report-area-function = Funkcije
report-area-no-function = nijedna (situacija)
report-area-responsible = Primarno odgovorna institucija
report-area-category = Kategorija praznine
report-area-occurrences = Slučajevi
report-area-occurrences-value = { $count }: { $gaps }
report-area-severity = Najveća ozbiljnost
report-area-duration = Ukupno otvoreno
report-area-people = Najviše osoba pogođenih jednim slučajem
report-area-score = Bodovi rangiranja
report-area-action = Korektivna radnja
report-area-evidence = Dokazi (redova: { $count }):
report-plan-rule = Jedan unos po oblasti za unapređenje, istim redom. Odgovorni službenik i datumi dolaze iz lista plana unapređenja ({ "fluxsim report --plan-template" } ga piše; --plan ga čita).
report-col-officer = Odgovorni službenik
cli-plan-template-done = zapisano { $output }: list plana unapređenja sa unosa: { $areas }; popunite službenika, početak i završetak, pa ga vratite sa --plan
report-col-other-kind = Pod drugom ranjivošću
report-referrals-rule = Svaki red se sabira: predato na vreme + sa zakašnjenjem + u predaji + bez službe + predato pod drugom ranjivošću = identifikovano. Osoba sa više ranjivosti broji se pod svakom i predaje se službi prve koja je ima.
report-peaks-rule = Vrhunac (najviše u redu, napolju ili u smeštaju) je najveći broj u bilo kom trenutku, kako ga mašina broji; grafikoni crtaju uzorke na svakih sat vremena, pa njihova najviša tačka može biti niža.
expected-declare-phase = proglasiti fazu
expected-approve-reception = odobriti prihvat
expected-open-site = otvoriti privremenu lokaciju
expected-deploy-officers = rasporediti službenike
expected-request-interpreters = zatražiti prevodioce
expected-arrange-buses = obezbediti autobuse
expected-refer-case = preuzeti odgovornost za ranjive slučajeve
expected-notify = obavestiti instituciju
expected-assign-function = utvrditi ko je odgovoran za funkciju
expected-subject = : { $subject }
expected-by = , od strane { $by }
expected-within = , u roku od { $within }
report-capability-logistics = Logistika i upravljanje lancem snabdevanja
report-capability-on-scene-security = Bezbednost, zaštita i sprovođenje zakona na terenu
report-capability-public-information = Javno informisanje i upozoravanje

## Seats: informing with a message, the projector's charts and gaps, a seat's places
decision-notify-text = obaveštavanje { $to } o `{ $about }`: „{ $text }“
informed-notified-text = obavešten o `{ $about }`: „{ $text }“
field-help-notify-text = šta im se poručuje, vašim rečima (može ostati prazno)
# What a command form calls its fields.
field-label-bcp = BCP
field-label-site = centar
field-label-by = od
field-label-change = promena
field-label-capacity = kapacitet
field-label-phase = faza
field-label-officers = službenici
field-label-language = jezik
field-label-interpreters = prevodioci
field-label-fleet = vozni park
field-label-buses = autobusi
field-label-vulnerability = ranjivost
field-label-to = kome
field-label-about = o čemu
field-label-text = tekst
field-label-function = funkcija
field-label-institution = institucija
field-label-role = uloga
field-label-rating = ocena
key-projector-gaps = prikaži ili sakrij otvorene praznine u koordinaciji na projektoru
seats-log-projector-gaps-on = Projektor prikazuje otvorene praznine u koordinaciji.
seats-log-projector-gaps-off = Projektor više ne prikazuje praznine u koordinaciji.
seats-view-projector-gaps-on = otvorene praznine na projektoru: prikazane ({ "P" } ih sakriva)
seats-view-projector-gaps-off = otvorene praznine na projektoru: sakrivene ({ "P" } ih prikazuje)
seats-inform = Obavesti druge institucije
seats-inform-to = Institucije koje se obaveštavaju
seats-inform-about = O čemu (funkcija ili faza)
seats-inform-text = Vaša poruka (neobavezno; čitaju je samo oni koje obaveštavate)
seats-inform-nobody = Nije poslato: označite bar jednu instituciju koju obaveštavate.
seats-chart-arrivals = Pristigle osobe
seats-chart-outdoors = Osobe napolju
seats-chart-queues = Red na svakom graničnom prelazu
seats-gaps = Otvorene praznine u koordinaciji
seats-no-gaps = nema otvorenih praznina
seats-gap = { $category }: { $summary }
seats-places = Mesta kojima upravljate
seats-no-places = Vaša institucija ne upravlja nijednim mestom u ovom scenariju.
seats-place-queue = { $queue } čeka · { $servers } radi · { $hour } obrađeno u poslednjem satu
seats-place-beds = { $taken } od { $capacity } zauzeto
seats-place-closed = zatvoreno
seats-place-waiting = { $queue } čeka
seats-reported = Ostala mesta, kako su vam poslednji put prijavljena ({ $at })
seats-reported-title = Ostala mesta
seats-reported-none = Još vam ništa nije prijavljeno: brojke mesta kojima ne upravljate stižu sa onim što vam se saopšti.

## Errors: journals (reading, recording, replaying, forking)
journal-error-read = nije moguće pročitati { $path }: { $reason }
journal-error-create = nije moguće napraviti { $path }: { $reason }
journal-error-open = nije moguće otvoriti { $path }: { $reason }
journal-error-cut = nije moguće odseći prekinuti red iz { $path }: { $reason }
journal-error-sync = nije moguće sinhronizovati { $path } na disk: { $reason }
journal-error-write = nije moguće upisati u { $path }: { $reason }
journal-error-corrupt = { $path }:{ $line }:{ $column }: { $message }
journal-error-corrupt-help = svaki red je jedan od { "Header(...), Command(at: \"T+6h\", command: ...), Digest(state: \"...\"), Refused(reason: \"...\"), Reached(at: ..., state: ...), Forked(from: ..., at: ..., state: ...)" }; videti docs/journal-format.md
journal-error-not-utf8 = red nije ispravan UTF-8 tekst
journal-error-no-header = { $path }: dnevnik nema red zaglavlja
journal-error-no-header-help = dnevnik počinje sa `Header(format: 2, engine: ..., hash: ..., seed: ...)`; datoteka samo sa redovima komandi je skripta za `run --commands`
journal-error-misplaced-header = { $path }:{ $line }: zaglavlje može biti samo prvi red
journal-error-unsupported-format = { $path }: format dnevnika { $found } nije podržan; ovaj { "fluxsim" } čita formate od 1 do { $supported }
journal-error-earlier-format = { $path } je zabeležen u formatu dnevnika { $format } (šema otisaka { $digest }, model { $model }); ovaj { "fluxsim" } piše format { $current_format } (šema otisaka { $current_digest }, model { $current_model }) i ne može da mu dodaje redove
journal-error-earlier-format-help = i dalje se reprodukuje; da biste nastavili s njim, napravite granu na njegovom kraju u dnevnik trenutnog formata (`fluxsim fork { $path } --at T+{ $reaches } -o NEW.journal`) i nastavite nju
journal-error-scenario-changed = scenario { $scenario } nije onaj sa kojim je zabeležen { $path }: dnevnik beleži { $recorded }, a heš scenarija je sada { $actual }
journal-error-scenario-changed-help = reprodukujte sa datotekom scenarija kakva je bila (--scenario FILE), ili zabeležite novi dnevnik
journal-error-series-changed = posmatrana serija { $series } nije ona sa kojom je zabeležen { $path }: dnevnik beleži { $recorded }, a heš serije je sada { $actual }
journal-error-series-changed-help = reprodukujte pored datoteke serije kakva je bila (scenario je čita iz svoje fascikle), ili zabeležite novi dnevnik
journal-error-time-order = { $path }:{ $line }: ovaj red je u T+{ $at }, pre prethodnog reda u T+{ $previous }
journal-error-stray-outcome = { $path }:{ $line }: red { $kind } mora neposredno da sledi red komande
journal-error-stray-strike = { $path }:{ $line }: red Struck poništava primenjenu komandu neposredno pre njega, datu u isto vreme ({ $at })
journal-error-after-command = posle komande u redu { $line }
journal-error-at = u T+{ $at }
journal-error-digest-mismatch = { $path }:{ $line }: stanje se razlikuje od zabeleženog { $after }: dnevnik beleži otisak { $recorded }, reprodukcija je došla do { $replayed }
journal-error-digest-mismatch-help = scenario, seme ili simulator se ponašaju drugačije nego kada je dnevnik pisan
journal-error-refused-on-replay = { $path }:{ $line }: komanda je odbijena pri reprodukciji: { $reason }
journal-error-applied-on-replay = { $path }:{ $line }: komanda je bila odbijena kada je zabeležena ({ $reason }), ali se pri reprodukciji primenjuje
journal-error-exists = { $path } već postoji
journal-error-exists-help = nastavite ga sa `run --resume { $path }`, ili izaberite drugu datoteku za novi dnevnik
journal-error-fork-past-end = { $path } stiže do T+{ $reaches }; grana u T+{ $at } je posle kraja vežbe
journal-error-fork-past-end-help = napravite granu u vreme do T+{ $reaches }
journal-error-torn-too-long = { $path }:{ $line }: dnevnik se završava sa { $bytes } bajtova bez prelaska u novi red (`{ $excerpt }`), mnogo više od reda prekinutog tokom pisanja; datoteka je ostavljena kakva je
journal-error-torn-too-long-help = nešto drugo osim { "fluxsim" }-a je dopisalo dnevnik: pogledajte njegov kraj, sačuvajte kopiju i skratite ga do poslednjeg celog reda pre nastavljanja
journal-error-never-recorded = { $path } nema nijedan ceo red: u njemu nikada nije zabeležena nijedna komanda (beleženje je stalo pre nego što je zaglavlje upisano)
journal-error-never-recorded-help = počnite vežbu iznova na njegovom mestu: `{ $start }`
journal-error-given-by-hand = { $path }:{ $line }: { $recorded } je data ručno (u konzoli ili iz skripte), a ne iz MSEL-a scenarija; pokretanje bez interfejsa ne može znati šta dolazi posle nje
journal-error-given-by-hand-help = nastavite u konzoli: `fluxsim console --resume { $path }`; ili, ako je zabeleženo iz skripte, ponovo dajte skriptu: `fluxsim run --resume { $path } --commands SCRIPT`
journal-error-chain-broken = { $path }:{ $line }: red { $line } je izmenjen, ili je red pre njega uklonjen ili umetnut: lanac dnevnika se ovde prekida
journal-error-chain-broken-help = svaki red dnevnika formata 4 završava se vrednošću lanca nad redovima do njega (docs/journal-format.md, "{ "The chain" }"); ova datoteka nije zapis kakav je { "fluxsim" } napisao. Ostavite je kakva je i koristite original; da biste ponovo upotrebili izmenjene komande, dajte datoteku kao skriptu: `fluxsim run --commands { $path }`
journal-error-chain-missing = { $path }:{ $line }: red { $line } nema vrednost lanca, dakle nije ga napisao { "fluxsim" }: ovde je red dodat ili izmenjen
journal-error-chain-missing-help = svaki red dnevnika formata 4 posle zaglavlja završava se sa `// chain:` i 32 heksadecimalne cifre (docs/journal-format.md, "{ "The chain" }"); ostavite datoteku kakva je i koristite original; da biste ponovo upotrebili izmenjene komande, dajte datoteku kao skriptu: `fluxsim run --commands { $path }`
journal-error-serialize = nije moguće napisati red dnevnika: { $reason }

## Errors: the files a command writes (never onto its inputs, never over a file without --force)
output-onto-input = { $path } je { $input }; { $output } mora da se upiše u posebnu datoteku
output-onto-input-help = izaberite drugu datoteku u koju će se upisati { $output }
output-exists = { $path } već postoji
output-exists-help = izaberite drugu datoteku u koju će se upisati { $output }, ili dodajte --force da je zamenite
output-some-exist = { $dir } već sadrži { $names }; ništa nije upisano
output-some-exist-help = izaberite drugi direktorijum, ili dodajte --force da ih zamenite
output-is-directory = { $path } je direktorijum; { $output } se upisuje u datoteku
output-io = nije moguće upisati { $path }: { $reason }; { $kept }
output-kept-old = datoteka koja je bila tamo nije izmenjena
output-kept-none = tamo nije ostala nijedna datoteka
file-journal-forked = dnevnik koji se grana
file-fork = grana
file-msel-scenario = scenario iz kog se čita MSEL
file-msel = MSEL
file-msel-sheet = tabela MSEL-a koja se uvozi
file-msel-into = scenario u koji se uvozi (izostavite --output da ga zamenite na mestu, uz kopiju .bak)
file-new-scenario = novi scenario
file-journal-read = dnevnik koji ova komanda čita
file-scenario-read = scenario koji ova komanda čita
file-report = izveštaj
file-plan-sheet = tabela plana poboljšanja koju ova komanda čita
file-plan-template = tabela plana poboljšanja
plan-error-sheet = { $file }: datumi i službenici plana poboljšanja ne mogu da se pročitaju; ništa nije upisano
plan-error-sheet-help = kolone: { "cause" } (kako ih piše `report --plan-template`), { "officer" }, { "start" } i { "completion" } (datumi se pišu 2026-11-30 ili 30.11.2026); vidi docs/plan-csv.md
plan-error-csv = šablon plana poboljšanja ne može da se upiše: { $reason }
file-observations = tabela zapažanja
file-observed-journal = dnevnik sa zapažanjima
file-csv-export = CSV izvoz
file-sweep-shard = deo zadatka
file-sweep-merged = spojena serija
file-sweep-plan = skripta za predaju
file-cap-export = CAP upozorenja
file-observed-series = posmatrana serija
file-score-csv = CSV ocene

## Errors: refused commands (unknown ids, values out of range, who may give what)
command-error-unknown = nepoznata oznaka `{ $id }` (vrsta: { $what }); poznate: { $known }
command-error-no-bcp-faces = nijedan GP nije prema `{ $country }`; granične zemlje: { $known }
command-error-absent = `{ $institution }` ne učestvuje u vežbi: niko ne odlučuje za nju (prvo je uključite u igru)
command-error-not-yours = igrači `{ $player }` ne mogu delovati za `{ $by }`
command-error-players-only = igrači `{ $player }` mogu davati samo odluke i radnje
command-error-not-given = simulacija ne daje komande: njene odluke se izvode pri reprodukciji
command-error-reschedule = inject { $number } ne može biti pomeren: { $why }
slot-refusal-delivered = već je isporučen
slot-refusal-past = { $at } je prošlo (vežba je u { $now })
slot-refusal-triggered = dospeva po svom okidaču: zadržite ga ili ga isporučite ručno
range-value = `{ $field }: { $value }` je van opsega: komanda može navesti najviše { $max }
range-officer-change = `by: { $by }` je van opsega: broj službenika se menja najviše za { $max } u bilo kom smeru
range-spread = `over: "{ $over }"` je van opsega: talas se raspoređuje na najviše { $max }
range-text = tekst od { $chars } znakova je predugačak: tekst komande ima najviše { $max }
id-kind-institution = institucija
id-kind-phase = faza
id-kind-language = jezik
id-kind-bus-fleet = flota autobusa
id-kind-function = funkcija
id-kind-function-or-phase = funkcija ili faza
id-kind-inject = inject
id-kind-msel-inject = MSEL inject
id-kind-critical-task = kritični zadatak
id-kind-entry-point = ulazna tačka
id-kind-bcp = GP
id-kind-reception-site = prihvatni centar
id-kind-nationality = državljanstvo
id-kind-border-country = granična zemlja

## CLI: notes on the way and failures that point at no place in a file
journal-torn = red { $line } je prekinut tokom pisanja i odbacuje se ({ $bytes } bajtova: `{ $excerpt }`); svaki red pre njega se zadržava
note-torn = napomena: { $path }: { $torn }
note-torn-continuing = napomena: { $path }: { $torn }; nastavlja se od reda pre njega
note-until-past-end = napomena: T+{ $asked } je posle kraja vežbe u T+{ $end }; pokretanje se zaustavlja na njenom kraju
note-already-finished = { $path } je već stigao do T+{ $at }, kraja ovog pokretanja: nema šta da se nastavi i ništa mu nije dodato
note-header-scenario-unreadable = nije moguće pročitati { $scenario }, scenario naveden u zaglavlju { $journal } ({ $reason }); relativna putanja u njemu uzima se od trenutnog direktorijuma: navedite scenario sa --scenario FILE
note-progress = u toku: T+{ $now } od T+{ $until } ({ $percent } %)
note-seed-mismatch = { $path } je zabeležen sa semenom { $recorded }, a ne { $given }; izostavite --seed da biste ga nastavili
note-interrupted = napomena: { $path } se završava bez reda Reached (zabeleženo pokretanje je prekinuto); rezime je u njegovoj poslednjoj komandi, T+{ $at }
note-threads-capped = napomena: --threads { $asked } je više od { $per_core } po jezgru na ovoj mašini (jezgara: { $cores }); koristi se niti: { $cap } (rezultati ne zavise od toga)
note-report-extension = { $path }: izveštaj se piše kao HTML ({ ".html" }), { "Markdown" } ({ ".md" }) dokument { "Word" } ({ ".docx" }) ili tekst { "OpenDocument" } ({ ".odt" }); nazovite datoteku jednim od tih nastavaka
note-sweep-not-conserved = provera očuvanja nije prošla u ponavljanju sa semenom { $seed }
note-sweep-scenario-changed = napomena: dnevnik je zabeležen na drugoj verziji scenarija { $scenario }; njegove komande se primenjuju kakve jesu
note-msel-unwritable = nije moguće napisati scenario: { $reason }
note-msel-section-replaced = zamenjen je samo njegov odeljak msel
note-msel-written-anew = napisan je iznova iz svojih podataka, bez komentara
note-not-written = { $path } (nije upisano)
note-msel-imported = uvezeno injecta: { $count }, u { $path }; { $how }
note-msel-imported-backup = { $imported } (njegov prethodni tekst je u { $backup })
departure-onward = dalje
departure-asylum = azil
departure-return = povratak
departure-referred = upućeni
departure-undetected = neotkriveni

## CLI: compare's metrics (their ids stay in the JSON; the table shows these)
compare-metric-with-unit = { $metric } ({ $unit })
compare-metric-id = { $id }
compare-metric-arrivals = dolasci
compare-metric-exits = odlasci
compare-metric-in-system = u sistemu na kraju
compare-metric-most-outdoors = najviše napolju odjednom
compare-metric-hours-outdoors = osoba-sati napolju
compare-metric-hours-outdoors-night = osoba-sati napolju preko noći
compare-metric-identified = { $kind }: identifikovani
compare-metric-referred-in-time = { $kind }: upućeni na vreme
compare-metric-referred-late = { $kind }: upućeni sa zakašnjenjem
compare-metric-not-referred = { $kind }: neupućeni
compare-metric-mean-referral = { $kind }: prosečno vreme do upućivanja
compare-metric-requests = { $institution }: zahtevi
compare-metric-unanswered = { $institution }: bez odgovora
compare-metric-mean-latency = { $institution }: prosečno kašnjenje
compare-metric-longest-wait = { $institution }: najduže čekanje
compare-group-totals = ukupno
compare-group-arrivals = dolasci
compare-group-peak-queue = najduži red
compare-group-peak-occupancy = najveća popunjenost
compare-group-referrals = upućivanja
compare-group-decision-latency = kašnjenje odluka
compare-group-gaps = praznine
compare-unit-people = osobe
compare-unit-person-hours = osoba-sati
compare-unit-minutes = minuti
compare-unit-requests = zahtevi
compare-unit-gaps = praznine

## Errors: a headless run's commands (run --commands, run --resume, sweep)
batch-error-refused = { $from }: komanda u T+{ $at } je odbijena: { $reason }
batch-error-command-at = `{ $command }` u T+{ $at }
batch-error-command-from = `{ $command }` u T+{ $at } ({ $from })
batch-error-no-further-command = nijedna sledeća komanda
batch-error-diverges = { $path }:{ $line }: dnevnik ima { $recorded }, ali komande ovog pokretanja imaju { $expected }
batch-error-diverges-help = nastavite sa istim scenarijom, semenom i skriptom --commands sa kojima je dnevnik zabeležen
batch-error-late = { $from }: komanda dospeva u T+{ $at }, ali je vežba već u T+{ $now }

## Errors: sweep
sweep-error-no-seeds = serija ponavljanja treba najmanje jedno seme
sweep-error-no-seeds-help = navedite --seeds N sa { "N" } ≥ 1
sweep-error-too-many-seeds = --seeds { $count } je više nego što serija pokreće: najviše { $max } ponavljanja
sweep-error-too-many-seeds-help = intervali se ustale mnogo pre milion ponavljanja; podelite veću studiju na serije sa --first-seed
sweep-error-seeds-overflow = { $count } semena od { $first } nadalje prelaze najveće seme, { $max }
sweep-error-seeds-overflow-help = počnite od --first-seed { $highest_first } ili niže za { $count } semena
sweep-error-threads = nije moguće pokrenuti radnih niti: { $threads } ({ $reason })
sweep-error-replication = ponavljanje sa semenom { $seed }: { $reason }
sweep-task-written = zadatak { $index } od { $count }: { $replications } ponavljanja (semena { $first }..={ $last }) upisano u { $path }
sweep-plan-written = skripta za predaju upisana u { $path }; pokrenite je sa { "sh" } tamo gde radi { "sbatch" }
sweep-plan-submitted = zadaci predati kao Slurm posao { $tasks }, a njihovo spajanje kao posao { $merge }; spojena serija biće u { $out }/sweep.json i sweep.txt
shard-error-no-index = nema indeksa zadatka: navedite --task-index I, ili pokrenite zadatak kao Slurm zadatak niza (SLURM_ARRAY_TASK_ID) ili u { "Kubernetes Indexed Job" }-u (JOB_COMPLETION_INDEX)
shard-error-no-index-help = --task-count K deli seriju na K zadataka numerisanih od 0 do K−1; svakom zadatku treba njegov indeks
shard-error-bad-index-variable = { $name }={ $value } nije indeks zadatka (ceo broj od 0)
shard-error-index-out-of-range = --task-index { $index } je van opsega za --task-count { $count }: zadaci su numerisani od 0 do { $last }
shard-error-index-variable-out-of-range = { $name }={ $index } je van opsega za --task-count { $count }: zadaci su numerisani od 0 do { $last } (predajte niz kao --array=0-{ $last })
shard-error-task-count = serija se deli na 1 do { $max } zadataka, ne { $count }
shard-error-more-tasks-than-seeds = { $tasks } zadataka za { $seeds } ponavljanja: neki zadaci ne bi imali nijedno
shard-error-more-tasks-than-seeds-help = navedite --task-count { $seeds } ili manje
shard-error-directory = direktorijum delova { $path } se ne može koristiti: { $reason }
shard-error-unreadable = deo { $path } se ne može pročitati: { $reason }
shard-error-corrupt = { $path } nije čitljiv deo: { $reason }
shard-error-not-a-shard = { $path } je nazvan kao deo, ali nije deo fluxsim serije
shard-error-format = { $path } je deo formata { $format }; ovaj fluxsim čita format { $ours }
shard-error-other-scenario = { $path } je deo drugog scenarija nego { $reference } (heš scenarija { $theirs }, ne { $ours })
shard-error-other-journal = { $path } je deo drugog dnevnika nego { $reference } (heš dnevnika { $theirs }, ne { $ours })
shard-error-other-version = { $path } je napravio drugi fluxsim nego { $reference } ({ $theirs }, ne { $ours })
shard-error-other-settings = { $path } je deo druge serije nego { $reference } ({ $theirs }, ne { $ours })
shard-settings = semena { $first }..={ $last } do { $until }, { $commands } komandi svako
shard-settings-simulate-all = semena { $first }..={ $last } do { $until }, { $commands } komandi svako, sve institucije simulirane
shard-error-other-help = svi delovi jednog spajanja potiču od istog scenarija, dnevnika, { "fluxsim" }-a i podešavanja serije; premestite ostale delove u njihov direktorijum
shard-error-other-count = { $path } je deo serije podeljene na { $count } zadataka, ne --expect { $expect }
shard-error-duplicate = dva dela zadatka { $index }: { $first } i { $second }
shard-error-missing = { $count } od { $expect } zadataka nema deo u { $dir }: { $tasks }
shard-error-failed = zadatak { $index } nije uspeo: { $reason }
shard-error-incomplete-help = ponovo pokrenite ove zadatke (sa Slurm-om: skripta za predaju sa { $array }), pa ih ponovo spojite

## Errors: spreadsheets (msel import and export, observe)
sheet-row = red { $row }: { $message }
sheet-row-column = red { $row }, kolona { $column }: { $message }
sheet-row-column-named = red { $row }, kolona { $column } ({ $name }): { $message }
msel-error-import = { $file }: problema u MSEL-u: { $count }
msel-error-import-help = kolone: { "number" }, { "time" } (npr. T+6h), { "synopsis" }, { "from" }, { "to" } (oznake institucija odvojene sa `;`, `,` ili `|`), { "method" }, { "expected action" }, { "capability" }, { "notes" }, { "trigger" } (npr. `queue vermice > 300`), { "effect" } (rečima, npr. `transport breakdown: kp_buses 2`, ili RON, npr. `TransportBreakdown(fleet: "kp_buses", buses: 2)`), { "expect" } (npr. `ApproveReception by mia within 2h; DeclarePhase(response) within 1h`)
msel-error-separator = inject { $number }: primalac `{ $receiver }` sadrži `;`, koji razdvaja primaoce
msel-error-csv = nije moguće napisati CSV: { $reason }
msel-error-effect = inject { $number }: nije moguće napisati njegov efekat: { $reason }
observe-error-old-format = { $journal } je dnevnik formata { $format }: zapažanja se dodaju samo dnevnicima formata { $chained } ili novijim
observe-error-old-format-help = prvo ga pretvorite sa `fluxsim fork { $journal } --at END -o new.journal`, pa zatim dodajte zapažanja u new.journal
observe-error-sheet = { $file }: zapažanja ne mogu biti dodata; ništa nije upisano
observe-error-sheet-help = kolone: { "time" } (npr. T+6h), { "evaluator" }, { "capability" }, { "institution" } (oznaka), { "rating" } ({ "P" }, { "S" }, { "M" } ili { "U" }), { "text" }; po želji { "task" } (oznaka kritičnog zadatka) i { "inject" } (broj u MSEL-u)
observe-error-line = nije moguće napisati red zabeleške: { $reason }
sheet-error-not-utf8 = { $file }: red { $row } nije UTF-8 tekst (bajt { $byte } u koloni { $column } reda)
sheet-error-not-utf8-help = izostavite --encoding da bi se pretpostavila { "Windows" } kodna stranica, ili navedite --encoding windows-1250 (albanski, srpski latinica) ili windows-1252; ili sačuvajte tabelu kao UTF-8: u { "Excelu, File > Save As > \"CSV UTF-8 (Comma delimited)\"" }; u { "LibreOffice Calc, Save As > Text CSV" }, zatim { "Character set \"Unicode (UTF-8)\"" }
sheet-error-not-utf16 = { $file }: tabela počinje oznakom redosleda bajtova za { $encoding }, ali nije { $encoding } tekst (neparan broj bajtova ili pokvaren surogatni par)
sheet-error-not-utf16-help = ponovo sačuvajte tabelu, po mogućstvu kao UTF-8: u { "Excelu, File > Save As > \"CSV UTF-8 (Comma delimited)\"" }

## CLI: scenario show — the scenario's summary
show-unknown-function = `{ $id }` (nepoznata funkcija)
show-accountable-nobody = niko — `{ $id }` nema odgovornu instituciju (BEZ NOSIOCA)
show-accountable-contested = { $names } (`{ $id }` je SPORNA)
show-or = { " " }ili{ " " }
show-until = { " " }(do { $end })
show-language-en = engleski (En)
show-language-sq = albanski (Sq)
show-language-sr = srpski (Sr)
show-language-sr-cyrl = srpski, ćirilica (SrCyrl)
show-start = početak
show-start-value = { $start } (T+0, lokalno vreme)
show-duration = trajanje
show-seed = seme
show-language = jezik
show-sampling = uzorkovanje
show-every = svakih { $every }
show-night = noć
show-places = Mesta ({ $count })
show-entry-points = Ulazne tačke
show-green-border = Zelena granica
show-bcps = Granični prelazi
show-registration-points = Mesta registracije
show-transit-points = Tranzitna mesta
show-reception-sites = Prihvatni centri
show-hospitals = Bolnice
show-exits = Izlazi
show-from = iz { $country }
show-green-border-value = iz { $country }; otkriveno { $detected }, posle { $delay }
show-shift = { $officers } od { $from }
show-queue-limit = granica reda { $limit }
show-no-queue-limit = bez granice reda
show-bcp-value = iz { $country }; traka: { $lanes }; službenika po smeni: { $shifts }; usluga { $service }; { $limit }; { $open }
show-none = nema
show-no-languages = bez sopstvenih jezika
show-staff-speak = osoblje govori { $languages }
show-wait = čekaju
show-slower = registruju se { $factor }× sporije
show-registration-value = šaltera: { $desks }; usluga { $service }; { $languages }; bez prevodioca: { $without }
show-transit-value = prima { $capacity } pod krovom
show-reception-value = { $beds } kreveta + { $surge } za priliv; boravak { $stay }; { $asylum }{ $open }
show-asylum-centre = centar za azil;{ " " }
show-hospital-value = { $beds } kreveta
show-exit-value = prema { $country } ({ $outcome })
show-beds-in-all = Prihvatnih kreveta ukupno: { $normal }, { $beds } sa dodatnim kapacitetom
show-links = Veze ({ $count }, svaka prohodna u oba smera)
show-on-foot = pešice
show-by-bus = autobusom ({ $fleet })
show-resources = Resursi
show-interpreters = Prevodioci
show-at = u { $place }
show-remote = na daljinu (telefon ili video)
show-medical-teams = Medicinski timovi
show-buses = Autobusi
show-bus-fleet = autobusa: { $count } × { $seats } sedišta
show-leaves = polazi pun ili posle { $wait }
show-institutions = Institucije ({ $count })
show-at-night = , ×{ $factor } noću
show-decides-in = odlučuje za { $time }{ $night }
show-functions = Funkcije (RACI: { "R" } izvršava, { "A" } odgovorna, { "C" } konsultovana, { "I" } obaveštena)
show-function = funkcija
show-mark-unowned = BEZ NOSIOCA: nema odgovorne —{ " " }
show-mark-contested = SPORNA: odgovornih { $count } —{ " " }
show-strangers = Nisu na spisku institucija: { $ids }
show-plan = Plan za vanredne situacije
show-chaired-by = Radnom grupom predsedava: { $chair }
show-chair-unset = nije određeno u planu (BEZ NOSIOCA)
show-phases = Faze
show-in-force = na snazi od početka
show-no-trigger = bez okidača (NEDOSTATAK OKIDAČA)
show-trigger = okidač: { $trigger }
show-nobody-declares = niko nije određen da je proglasi (NEDOSTATAK OKIDAČA)
show-declared-by = proglašava: { $by }
show-declare-within = proglašava se u roku od { $within } od ispunjenja okidača
show-unlocks = otključava: { $measures }
show-requests = Zahtevi
show-within = u roku od { $within }
show-decided-by = odlučuje { $by }
show-inform-within = Obaveštene institucije saznaju za odluku u roku od { $within }
show-narrative = “{ $text }” (opis, nemerljiv: NEDOSTATAK OKIDAČA)
show-metric-arrivals = dolasci tokom poslednjih { $window }
show-metric-queue = red kod { $place }
show-metric-any-queue = najduži red na bilo kom GP
show-metric-occupancy = popunjenost { $place }
show-metric-any-occupancy = najveća popunjenost bilo kog otvorenog prihvatnog centra
show-metric-outdoors = ljudi koji čekaju napolju
show-metric-in-country = ljudi u zemlji
show-for-at-least = { " " }najmanje { $time }
show-trigger-above = { $what } iznad { $value }{ $held }
show-trigger-below = { $what } palo ispod { $value }{ $held }
show-measure-surge = dodatni prihvatni kapacitet
show-measure-officers = dodatnih službenika po smeni: { $officers }, kod { $place }
show-measure-liaison = prekogranična policijska saradnja
show-arrivals = Dolasci (očekivani tokom { $duration } vežbe)
show-about-people = oko { $people } osoba
show-rate-throughout = { $rate } na sat sve vreme
show-rate-step = { $rate }/h od T+{ $from }
show-rate-observed = posmatrana serija { $file } (brojanja: { $rows })
show-rate = stopa: { $rate } (oko { $people } osoba)
show-surge = talas: { $people } osoba od T+{ $at } tokom { $over }
show-arrivals-in-all = Ukupno: oko { $people } osoba
show-cohort = Kohorta
show-speak = govore { $languages }
show-vulnerable = Ranjivi: { $vulnerable }
show-after-reception = Posle prihvata: { $onward } dalje, { $asylum } azil, { $back } povratak
show-referrals = Upućivanja
show-no-responsible = `{ $id }` (nema institucije koja izvršava)
show-hand-over = predaja { $time }
show-msel = MSEL (injecta: { $count })
show-more = … i još { $count }
show-dist-exp = eksponencijalna, prosek { $mean }
show-dist-lognormal = log-normalna, prosek { $mean }, sd { $sd }
show-dist-fixed = fiksno { $time }
show-dist-uniform = uniformna { $min }–{ $max } (prosek { $mean })
show-open-at-start = otvoren na početku
show-closed-at-start = zatvoren na početku
show-request-approval = odobrenje prihvata (red na GP preko svoje granice)
show-request-transport = prevoz do prihvata
show-request-temporary-site = otvaranje privremenog centra (prihvat pun)
show-request-interpreters = prevodioci (jezik bez ijednog prisutnog)
show-request-officers = više službenika na GP
show-vulnerable-minors = maloletnici bez pratnje
show-vulnerable-families = porodice sa odojčadi
show-vulnerable-medical = medicinski slučajevi
show-vulnerable-elderly = stari ili osobe sa invaliditetom
show-vulnerable-trafficking = moguće žrtve trgovine ljudima
show-vulnerable-pregnant = trudnice

## Holding and retiming MSEL injects
describe-hold-inject = zadrži inject { $number }
describe-release-inject = pusti inject { $number } (po planu)
describe-retime-inject = pomeri inject { $number } na { $at }
slot-held = zadržan
msel-when-retimed = { $at } (planirano { $planned })
key-hold = zadrži izabrani inject ili ga pusti (MSEL panel)
key-retime = daj izabranom injectu novo vreme (MSEL panel)
console-choose-inject = prvo izaberite inject u MSEL panelu (5)
overlay-retime = novo vreme za inject
overlay-retime-which = inject { $number }, planiran za { $at }
overlay-retimes-to = ✓ dospeva u { $at }
overlay-retime-keys = { "Enter" } pomeri · { "Esc" } otkaži

## Errors: a run or sweep past the limits
limits-run = ovo pokretanje bi zahtevalo oko { $memory } memorije i { $events } događaja, preko granica od { $memory_limit } i { $events_limit } događaja: { $cause }
limits-sweep = ova serija bi zahtevala oko { $memory } memorije ({ $workers } ponavljanja istovremeno) i { $events } događaja ({ $runs } ponavljanja), preko granica od { $memory_limit } i { $events_limit } događaja: { $cause }
limits-cause-arrivals = oko { $people } osoba stiže do T+{ $until } ({ $largest } iz najvećeg profila dolazaka), a svaka može zauzeti do { $bytes } bajtova
limits-cause-samples = { $samples } uzoraka za { $places } mesta do T+{ $until }
limits-cause-duration = { $days } simuliranih dana za { $places } mesta
limits-help = skratite vežbu (--until), smanjite stope ili talase, ili ređe uzorkujte; dodajte --no-limits da biste ga ipak pokrenuli
limits-million = { $n } miliona
limits-thousand-million = { $n } milijardi

## The MSEL template (msel template)
msel-template-synopsis = Primer (zamenite ili obrišite ovaj red): granična policija javlja da 200 osoba čeka na prelazu od jutra.
msel-template-from = Komandir smene granične policije
msel-template-method = telefon
msel-template-expected = Ministarstvo saziva radnu grupu i odlučuje ko otvara privremenu lokaciju.
msel-template-notes = Beleške kontrolora: šta pratiti, šta reći ako pitaju.

## The plain run output: its timeline
run-timeline = Hronologija ({ $count ->
        [one] 1 trenutak
        [few] { $count } trenutka
       *[other] { $count } trenutaka
    })
run-timeline-more = … i još { $count } (`--format json` navodi sve zahteve i odluke)
run-moment-inject = inject #{ $number } dostavljen: { $synopsis }
run-moment-request = zahtev #{ $id } podnet: { $ask } → { $to }
run-moment-nobody = niko nije odgovoran
run-moment-answer = { $by } je odlučio: { $what } (odgovor na zahtev #{ $id })
run-moment-answer-simulated = { $by } (simuliran) je odlučio: { $what } (odgovor na zahtev #{ $id })
run-moment-decision = { $by } je odlučio: { $what }
run-moment-decision-simulated = { $by } (simuliran) je odlučio: { $what }

## Errors: the scenario file (check, show, run, console)
scenario-problems = { $name }: { $count ->
        [one] 1 problem
        [few] { $count } problema
       *[other] { $count } problema
    } u scenariju
scenario-here = ovde
scenario-invalid-file = neispravna datoteka scenarija: { $reason }
scenario-hint-fields = ovde su dozvoljena polja: { $fields }
scenario-hint-variants = napišite jedno od: { $variants }
scenario-say-translation-quote = prevod { $lang } navodi `{ $quote }`, koji sam sažetak ne navodi
scenario-hint-translation-quote = prevod se popunjava živim vrednostima svog sažetka: navodite samo vrednosti koje navodi sažetak
scenario-hint-missing-field = dodajte `{ $field }: ...` ovde
scenario-hint-duplicate-field = zadržite samo jedno `{ $field }`
scenario-hint-quotes = tekst se piše u dvostrukim navodnicima: "..."
scenario-hint-docs = pogledajte docs/scenario-format.md ili scenarios/tutorial.ron za primer s komentarima
limits-warning-label = ovo ga čini velikim
limits-warning-help = `fluxsim run` odbija scenario preko ovih granica osim uz --no-limits; pogledajte docs/scenario-format.md, "{ "Limits" }"

## Errors: the scenario file, its rules
scenario-unknown-location = nepoznata lokacija `{ $id }`
scenario-not-kind = `{ $id }` nije { $what }
scenario-not-kind-hint = ovde je potrebno: { $what }
scenario-unknown-institution = nepoznata institucija `{ $id }`
scenario-unknown-function = nepoznata funkcija `{ $id }`
scenario-unknown-bus-fleet = nepoznata flota autobusa `{ $id }`
scenario-unknown-phase = nepoznata faza `{ $id }`
scenario-known-none = još nijedan nije definisan
scenario-known-ids = poznati id-ovi: { $ids }
scenario-at-least-one = { $what }: mora biti najmanje 1
scenario-at-least-one-hint = nula ovde zaustavlja svaki tok kroz ovo mesto
scenario-share-outside = { $what }: { $value }, van opsega 0–1
scenario-share-outside-hint = udeli su razlomci: 0.25 znači 25 %
scenario-sum-not-one = { $what }: zbir je { $total }, a ne 1
scenario-sum-not-one-hint = udeli su delovi celine i zbir mora biti tačno 1
scenario-not-longer-than-zero = { $what }: mora biti duže od nule
scenario-not-longer-than-zero-hint = napišite npr. "30m" ili "2h"
scenario-uniform-backwards = uniformni opseg ide unazad: { "min" } { $min } je iznad { "max" } { $max }
scenario-uniform-backwards-hint = zamenite { "min" } i { "max" }
scenario-hour-of-day = { $hour } nije sat u danu
scenario-hour-of-day-hint = sati idu od 0 do 23
scenario-what-language-shares-of = udeli jezika za `{ $id }`
## What a scenario rule speaks of
scenario-what-the-mean = srednja vrednost
scenario-what-the-standard-deviation = standardna devijacija
scenario-what-the-fixed-time = fiksno vreme
scenario-what-the-longest-time = najduže vreme
scenario-what-the-exercise-duration = trajanje vežbe
scenario-what-the-sampling-interval = interval uzorkovanja
scenario-what-the-detected-share = udeo otkrivenih
scenario-what-lanes = trake
scenario-what-desks = šalteri
scenario-what-capacity = kapacitet
scenario-what-beds = kreveti
scenario-what-a-location = lokacija
scenario-what-interpreter-count = broj prevodilaca
scenario-what-a-registration-point = mesto registracije
scenario-what-medical-team-count = broj medicinskih timova
scenario-what-buses = autobusi
scenario-what-seats-per-bus = mesta po autobusu
scenario-what-a-bcp = granični prelaz (BCP)
scenario-what-extra-officers = dodatni službenici
scenario-what-the-deadline = rok
scenario-what-the-arrivals-window = prozor dolazaka
scenario-what-a-reception-site = prihvatni centar
scenario-what-an-entry-point-or-green-border = ulazna tačka ili zelena granica
scenario-what-surge-size = veličina talasa
scenario-what-the-nationality-share = udeo nacionalnosti
scenario-what-the-language-share = udeo jezika
scenario-what-the-nationality-shares = udeli nacionalnosti
scenario-what-the-vulnerable-share = udeo ranjivih
scenario-what-the-outcome-share = udeo ishoda
scenario-what-the-outcome-shares = udeli ishoda
scenario-what-the-referral-deadline = rok za upućivanje
scenario-say-write-it-as-2026-10-24t06 = napišite ga kao "2026-10-24T06:00"
scenario-say-list-each-mission-area-once = navedite svaku oblast misije samo jednom
scenario-say-a-participant-without-an-organisation-s = učesnik bez naziva organizacije
scenario-say-name-the-organisation-as-the-report = navedite naziv organizacije kako ga izveštaj treba odštampati
scenario-say-a-point-of-contact-without-a = kontakt osoba bez imena
scenario-say-give-the-name-or-post-of = navedite ime ili položaj osobe za kontakt, npr. "Direktor vežbe"
scenario-say-every-id-must-be-unique-in = svaki id mora biti jedinstven u svojoj listi
scenario-say-every-phase-id-must-be-unique = svaki id faze mora biti jedinstven
scenario-say-no-entry-point-people-have-nowhere = nema ulazne tačke: ljudi nemaju gde da stignu
scenario-say-add-a-location-of-kind-entry = dodajte lokaciju vrste Entry(country: "...")
scenario-say-empty-location-id = prazan id lokacije
scenario-say-give-every-location-a-short-id = dajte svakoj lokaciji kratak id
scenario-say-add-e-g-from-hour-6 = dodajte npr. [(from_hour: 6, officers: 4)]
scenario-say-shifts-must-be-listed-by-increasing = smene moraju biti navedene po rastućem satu početka
scenario-say-sort-the-shifts-by-from-hour = poređajte smene po from_hour
scenario-say-slower-2-0-means-twice-as = Slower(2.0) znači dvostruko duže bez prevodioca
scenario-say-a-link-joins-two-different-places = veza spaja dva različita mesta
scenario-say-1-0-means-as-fast-at = 1.0 znači jednako brzo noću kao danju
scenario-say-the-plan-has-no-phases = plan nema nijednu fazu
scenario-say-list-at-least-the-normal-phase = navedite bar normalnu fazu: [(id: "normal")]
scenario-say-one-rule-per-kind-of-request = jedno pravilo po vrsti zahteva: zadržite ono čija funkcija odlučuje
scenario-say-counts-and-percentages-are-never-negative = brojevi i procenti nikada nisu negativni
scenario-say-occupancy-is-in-percent-write-90 = popunjenost se zadaje u procentima: napišite 90.0 za 90 % kapaciteta
scenario-say-no-arrival-profile-nobody-arrives = nema profila dolazaka: niko ne dolazi
scenario-say-add-at-entry-id-rate-perhour = dodajte { "(at: \"entry id\", rate: PerHour(10.0))" }
scenario-say-steps-needs-at-least-one-time = Steps traži bar jedan par (vreme, stopa)
scenario-say-e-g-steps-0h-10-0 = npr. Steps([("0h", 10.0)])
scenario-observed-no-file = { "Observed" } traži ime svoje CSV datoteke
scenario-observed-no-file-help = npr. { "Observed(\"arrivals.csv\")" }, datoteka u fascikli scenarija (vidi { "docs/observed-flows.md" })
scenario-say-list-steps-in-increasing-time = navedite korake po rastućem vremenu
scenario-say-a-surge-must-arrive-over-a = talas mora stizati tokom vremena dužeg od nule
scenario-say-for-a-group-arriving-at-once = za grupu koja stiže odjednom napišite kratko vreme, npr. "10m"
scenario-say-keep-one-entry-per-key-a = zadržite jedan unos po ključu: kasniji unos zamenjuje raniji
scenario-say-rates-are-people-per-hour = stope su broj ljudi na sat
scenario-say-the-cohort-has-no-nationality = kohorta nema nijednu nacionalnost
scenario-say-add-id-syria-share-1-0 = dodajte { "(id: \"Syria\", share: 1.0, languages: {\"ar\": 1.0})" }
scenario-say-one-referral-rule-per-vulnerability = jedno pravilo upućivanja po ranjivosti
scenario-say-give-each-task-its-own-id = dajte svakom zadatku sopstveni id, u svim ciljevima
scenario-say-name-another-inject-of-the-msel = navedite drugi inject iz MSEL-a
scenario-say-add-a-link-that-joins-it = dodajte vezu koja ga spaja sa mrežom puteva
scenario-surge-after-end = talas počinje u { $at }, a vežba se završava u { $end }
scenario-inject-after-end = inject { $number } dolazi u { $at }, posle kraja vežbe u { $end }
scenario-move-earlier = pomerite ga ranije ili produžite vežbu
scenario-bad-start = `{ $start }` nije lokalni datum i vreme
scenario-mission-area-twice = oblast misije `{ $area }` je navedena dvaput
scenario-duplicate-id = id `{ $id }` se ponavlja u { $list }
scenario-duplicate-phase = faza `{ $id }` se ponavlja
scenario-bcp-no-officers = granični prelaz `{ $id }` nema službenike ni u jednoj smeni
scenario-slow-down-below-one = faktor usporenja { $factor } je manji od 1
scenario-link-to-itself = veza od `{ $id }` do samog sebe
scenario-night-factor = noćni faktor { $factor } mora biti broj veći od 0
scenario-second-request-rule = drugo pravilo za zahteve { $request }
scenario-threshold-negative = prag { $value } mora biti nula ili više
scenario-occupancy-fraction = prag popunjenosti { $value } čita se kao { $value } % kapaciteta
scenario-step-order = korak u { $at } ne dolazi posle prethodnog
scenario-rate-negative = stopa dolazaka { $rate } mora biti nula ili više
scenario-language-twice = `{ $id }` navodi jezik `{ $key }` dvaput
scenario-vulnerable-twice = udeli ranjivih navode `{ $key }` dvaput
scenario-demography-twice = udeli po polu ili uzrastu za `{ $id }` navode `{ $key }` dvaput
scenario-what-the-sex-share = udeo po polu
scenario-what-the-age-share = udeo uzrasne grupe
scenario-what-sex-shares-of = udeli po polu za `{ $id }`
scenario-what-age-shares-of = udeli uzrasnih grupa za `{ $id }`
scenario-citizen-not-iso = `{ $id }`: državljanstvo `{ $code }` nije ISO 3166 alpha-2 kod države
scenario-citizen-not-iso-hint = napišite dva velika slova, npr. citizen: "SY"; izostavite ga za mešavinu kao "Other", koju statistika izvozi kao UNK
scenario-too-few-minors = `{ $id }`: uzrasne grupe ispod 18 godina obuhvataju { $minors } njenih ljudi, manje od udela maloletnika bez pratnje { $share }
scenario-too-few-minors-hint = maloletnik bez pratnje ima manje od 18 godina: povećajte `Under14` i `From14To17`, ili smanjite udeo `UnaccompaniedMinor`
scenario-too-few-elderly = `{ $id }`: grupa `From65` obuhvata { $elderly } njenih ljudi, manje od udela starijih { $share } (bez onih koji su i maloletnici bez pratnje)
scenario-too-few-elderly-hint = starija osoba ima 65 ili više godina: povećajte `From65`, ili smanjite udeo `Elderly`
scenario-too-few-women = `{ $id }`: `Female` obuhvata { $women } njenih ljudi, manje od udela trudnica { $share }
scenario-too-few-women-hint = trudnica je žena: povećajte `Female`, ili smanjite udeo `Pregnant`
check-citizen-unknown = { "  " }napomena { $file }:{ $line }:{ $column }: `{ $id }` ne navodi kod državljanstva; statistika ga izvozi kao UNK (dodajte njen ISO 3166 kod, npr. citizen: "SY")
scenario-referred-twice = { $vulnerability } se upućuje dvaput
scenario-unknown-kind = nepoznato ({ $what }): `{ $id }`
scenario-known = poznati: { $ids }
scenario-objective-twice = id cilja `{ $id }` koristi se dvaput
scenario-objective-twice-hint = dajte svakom cilju sopstveni id
scenario-task-twice = id kritičnog zadatka `{ $id }` koristi se dvaput
scenario-inject-waits-for-itself = inject { $number } čeka sopstvenu isporuku i nikada ne bi došao na red
scenario-unreached-reception = prihvatni centar `{ $id }` nije dostupan ni sa jedne ulazne tačke
scenario-unreached-bcp = granični prelaz `{ $id }` nije dostupan ni sa jedne ulazne tačke
scenario-unreached-registration = mesto registracije `{ $id }` nije dostupno ni sa jedne ulazne tačke
scenario-text-unknown = nepoznato ({ $what }) `{ $id }` u `{ $written }`

# Inject cards and the controllers' MSEL (msel cards)
cards-title = Kartice injekata — { $exercise }
cards-controller-title = Glavna lista događaja scenarija za kontrolore — { $exercise }
cards-controller-only = Samo za kontrolnu ćeliju: ne pokazuje se igračima.
cards-inject = Inject br. { $number }
cards-to = Za
cards-from = Od
cards-time = Kada
cards-method = Kako
cards-synopsis = Sažetak
cards-expected = Očekivana radnja
cards-capability = Sposobnost
cards-notes = Beleške kontrolora
cards-when-triggered = kada situacija to zahteva, ne pre { $from }
## Sheets of a scenario: the RACI matrix, places and links (scenario raci|places export|import)
file-raci = tabela RACI
file-places = tabela mesta
file-sheet-read = tabela koja se uvozi
file-sheet-into = scenario u koji se uvozi (izostavite --output da ga zamenite na mestu, uz kopiju .bak)
sheet-kind-raci = tabeli RACI
sheet-kind-places = tabeli mesta
sheet-error = { $file }: { $count ->
        [one] 1 problem
        [few] { $count } problema
       *[other] { $count } problema
    } u { $kind }; ništa nije upisano
sheet-raci-help = kolone: { "function" } (id funkcije), { "name" } (neobavezno, ne čita se nazad), zatim po jedna kolona za svaki id institucije; svaka ćelija sadrži slova R (odgovoran), A (nadležan), C (konsultovan), I (informisan), npr. { "`RA`" }, ili ništa
sheet-places-help = kolona { "`row`" } kaže { "`place`" } ili { "`link`" }; red mesta: { "id, name, kind, operator" } i brojke koje koristi njegova vrsta ({ "country, capacity, duration, shifts" }…); red veze: { "from, to, time, mode" } ({ "walk" } ili { "bus" }) i { "fleet" }; vidi { "docs/scenario-sheets.md" }
sheet-unknown-institution = nepoznata institucija `{ $id }`; institucije su: { $known }
sheet-unknown-function = nepoznata funkcija `{ $id }`; funkcije su: { $known }
sheet-unknown-place = nepoznato mesto `{ $id }`; mesta su: { $known }
sheet-unknown-fleet = nepoznata flota autobusa ili vozova `{ $id }`; flote su: { $known }
sheet-not-for-kind = mesto vrste { $kind } nema `{ $name }`: ostavite ćeliju praznom
sheet-not-for-place = mesto nema `{ $name }` (ima ga samo veza): ostavite ćeliju praznom
sheet-not-for-link = veza nema `{ $name }` (ima ga samo mesto): ostavite ćeliju praznom
sheet-expect-text = tekst
sheet-expect-count = ceo broj (npr. { "`12`" })
sheet-expect-share = udeo između 0 i 1 (npr. { "`0.75`" } ili { "`75%`" })
sheet-expect-duration = trajanje (npr. { "`20m`" }, { "`1h30m`" } ili { "`2d`" })
sheet-expect-distribution = slučajno trajanje: { "`exp 6m`" }, { "`lognormal 12m sd 5m`" }, { "`fixed 5m`" } ili { "`uniform 2m-5m`" }
sheet-expect-shifts = smene kao { "`06:00 3; 22:00 2`" } (od tog sata, toliko službenika na dužnosti)
sheet-expect-yes-no = { "`yes`" } ili { "`no`" }
sheet-expect-kind = vrsta mesta: `{ "Entry" }`, `{ "GreenBorder" }`, `{ "Bcp" }`, `{ "Registration" }`, `{ "Transit" }`, `{ "Reception" }`, `{ "Hospital" }` ili `{ "Exit" }`
sheet-expect-outcome = { "`Onward`" } ili { "`Return`" }
sheet-expect-mode = { "`walk`" } ili { "`bus`" } (flota autobusa ili vozova, navedena u koloni { "fleet" })
sheet-expect-row = { "`place`" } ili { "`link`" }
sheet-expect-without-interpreter = { "`wait`" }, ili { "`slower`" } i faktor (npr. { "`slower 2`" })
sheet-bad-letter = `{ $cell }` sadrži `{ $letter }`: pišite samo slova R, A, C i I (npr. { "`RA`" }), ili ostavite ćeliju praznom
sheet-duplicate-column = kolona `{ $name }` se javlja dvaput
sheet-duplicate-row = `{ $id }` je već u redu { $first }
sheet-missing-column = zaglavlje nema kolonu `{ $name }`
sheet-unknown-column = nepoznata kolona `{ $name }`; kolone su: { $known }
sheet-row-length = red ima ćelija: { $cells }, zaglavlje: { $header }
sheet-wrong-separator = red zaglavlja je jedna ćelija sa `{ $found }`: odvojite ćelije sa { "`,`" }, { "`;`" } ili tabom (sačuvajte tabelu kao CSV)
sheet-empty-cell = ćelija je prazna
sheet-bad-value = `{ $cell }` nije { $expected }
sheet-unreadable = nečitljiv red: { $reason }
sheet-kind-observed = seriji posmatranih dolazaka
sheet-observed-help = kolone: dan ili sat ({ "t, date" }: { "2015-09-03, 2015-09-03T14:00" } ili { "T+6h" }), ulazna tačka ({ "fmp, entry" }: ulazna tačka čiji profil dolazaka čita ovu datoteku), broj ({ "n, count" }), i po želji državljanstvo ({ "nat" }: id iz kohorte ili ISO kod), pol ({ "F, M" }) i starosna grupa ({ "age" }: { "Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65" }, ili { "DTM" } grupe { "18+" } i { "under 18" }); vidi { "docs/observed-flows.md" }
sheet-unknown-entry = `{ $id }` nije ulazna tačka čije dolaske daje ova serija; to su: { $known }
sheet-outside-exercise = `{ $cell }` je van vežbe, koja obuhvata cele dane od { $first } do { $last }
sheet-negative = `{ $cell }` je negativan: broj osoba je nula ili više
sheet-unknown-nationality = nepoznato državljanstvo `{ $id }`; državljanstva kohorte su: { $known }
sheet-too-many-rows = serija za { $entry } ima više od { $most } različitih redova (dan ili sat, državljanstvo, pol, starost); saberite redove ili podelite ulaznu tačku
observed-expected-count = ceo broj osoba
observed-expected-time = datum ({ "2015-09-03" }), datum i sat ({ "2015-09-03T14:00" }) ili vreme od početka ({ "T+6h" })
observed-expected-sex = pol ({ "F" } ili { "M" }; prazno ili { "UNK" } kad nije poznat)
observed-expected-age = starosna grupa ({ "Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65" }, ili { "DTM" } grupe { "18+" } i { "under 18" }; prazno ili { "UNK" } kad nije poznata)
observed-unreadable = serija posmatranih dolazaka { $file } ne može da se pročita: { $reason }
observed-unreadable-help = datoteka je u scenariju navedena kao { "rate: Observed(\"…\")" }, u odnosu na fasciklu datoteke scenarija
observed-sheet-error = { $file }: { $count ->
        [one] 1 problem
        [few] { $count } problema
       *[other] { $count } problema
    } u seriji posmatranih dolazaka; ništa se ne pokreće
score-heading = Ocenjeno prema { $file }: { $days ->
        [one] 1 dan
        [few] { $days } dana
       *[other] { $days } dana
    }, { $places ->
        [one] 1 mesto
        [few] { $places } mesta
       *[other] { $places } mesta
    }
score-col-place = mesto
score-col-measure = dnevni broj
score-col-days = dani
score-col-observed = posmatrano
score-col-simulated = simulirano
score-col-mape = { "MAPE" }
score-measure-arrivals = dolasci
score-measure-passing = osobe koje prolaze
score-measure-occupancy = prisutni na kraju dana
score-measure-leaving = osobe koje odlaze
score-ard = Prosečna relativna razlika ({ "FLEE" }): { $ard } (preskalirano: { $rescaled })
score-mape = Srednja apsolutna procentualna greška dnevnih brojeva: { $mape }
score-expected-day = datum ({ "2015-09-03" }): ocena poredi cele dane
sheet-score-help = kolone: dan ({ "t, date" }: { "2015-09-03" }), mesto ({ "fmp, place" }: bilo koji id lokacije) i broj ({ "n, count" }); redovi istog dana i mesta se sabiraju; vidi { "docs/score.md" }
effect-words-unknown = `{ $word }` nije efekat; napišite ključnu reč, dvotačku i njene vrednosti, npr. { $forms }
effect-words-values = `{ $cell }` se ne čita kao { $keyword }: napišite `{ $form }`, npr. `{ $example }`
note-sheet-parts-replaced = zamenjeni su samo delovi koje tabela sadrži, komentari su sačuvani
note-sheet-imported = { $what } uvezena u { $path } (izmenjenih redova: { $count }); { $how }
note-new-written = upisan je početni scenario { $path }; proverite ga sa `fluxsim check { $path }`

## What the RON parser says of a scenario file, in the designer's terms
scenario-ron-comma-here = ovde nedostaje zarez
scenario-ron-option = ova vrednost je neobavezna: napišite { "`Some(2000)`" } (vrednost u { "`Some(...)`" }) ili { "`None`" }
scenario-ron-comma = nedostaje zarez na kraju ovog reda: napišite { "`,`" } posle svakog polja i svake stavke liste
scenario-ron-eof = datoteka se završava prerano: neka { "`(`" }, { "`[`" } ili `{"{"}` otvorena gore nikad nije zatvorena
scenario-ron-list = ovde napišite listu u uglastim zagradama: { "`[...]`" } ({ "`[]`" } kad je prazna)
scenario-ron-list-end = napišite { "`]`" } da zatvorite listu, ili { "`,`" } pre njene sledeće stavke
scenario-ron-map = ovde napišite tabelu u vitičastim zagradama, npr. `{"{"}"ar": 0.6, "fa": 0.4{"}"}`
scenario-ron-map-end = napišite `{"}"}` da zatvorite tabelu, ili { "`,`" } pre njenog sledećeg unosa
scenario-ron-colon = napišite { "`:`" } između ključa i njegove vrednosti
scenario-ron-open = ovde napišite { "`(`" }, koja otvara grupu polja
scenario-ron-close = napišite { "`)`" } da zatvorite grupu, ili { "`,`" } pre sledećeg polja
scenario-ron-identifier = ovde napišite ime polja ({ "`name: ...`" }) ili reč kao { "`Walk`" }
scenario-ron-boolean = ovde napišite { "`true`" } ili { "`false`" }
scenario-ron-integer = ovde napišite ceo broj, npr. { "`12`" }, bez navodnika
scenario-ron-float = ovde napišite broj, npr. { "`0.5`" } ili { "`12.0`" }, bez navodnika
scenario-ron-string = ovde napišite tekst pod navodnicima, npr. { "`\"2h\"`" }
scenario-ron-string-end = ovaj tekst nema završni navodnik { "`\"`" }
scenario-ron-out-of-bounds = ovaj broj je prevelik, ili negativan gde su dozvoljeni samo 0 i više
scenario-ron-trailing = postoji tekst posle poslednje { "`)`" } scenarija
scenario-ron-char = `{ $char }` ne može da se napiše ovde
scenario-ron-word = `{ $found }` nije dozvoljeno ovde
scenario-ron-word-in = `{ $found }` nije reč za `{ $outer }`
scenario-ron-field = `{ $found }` nije polje u `{ $outer }`
scenario-ron-missing-field = `{ $outer }` traži svoje polje `{ $field }`
scenario-ron-duplicate-field = `{ $field }` je napisano dvaput u `{ $outer }`
scenario-ron-as-is = { $reason }

## The route network drawing (scenario show --svg)
network-lanes = traka: { $count }
network-desks = šaltera: { $count }
network-holds = prima { $count }
network-beds = kreveta: { $count }{ $surge ->
        [0] {""}
       *[other] {" "}(+{ $surge } dodatno)
    }
note-svg-written = crtež mreže puteva je upisan u { $path }
file-network-svg = crtež mreže puteva

# The report's delivery log
report-deliveries = Dnevnik isporuka
report-col-planned = Planirano
report-col-delivered-by = Isporučio
report-col-to = Za
report-delivery-on-trigger = na svoj okidač, praćeno od { $from }
report-delivery-held = zadržao facilitator
report-delivery-not-delivered = nije isporučeno
report-delivery-by-msel = MSEL, na vreme ili na okidač
show-waiting-area = { $value }; prostor za čekanje prima { $people ->
        [one] { $people } osobu
        [few] { $people } osobe
       *[other] { $people } osoba
    }, ostali čekaju napolju

## Sheets' cells (MSEL, hot wash, improvement plan): times, triggers, expected decisions

time-error = `{ $text }` nije vreme: { $reason } (napišite npr. `90s`, `30m`, `2h`, `1d12h` ili `T+6h`)
time-error-empty = prazno je
time-error-unit = jedinice su `d`, `h`, `m` i `s`
time-error-unit-first = jedinica mora da stoji posle broja
time-error-order = jedinice idu od dana do sekundi, svaka samo jednom
time-error-too-large = broj je prevelik
time-error-no-unit = broju je potrebna jedinica
trigger-error = `{ $text }` nije okidač: { $reason }
trigger-error-people = očekivan je ceo broj ljudi, a piše `{ $found }`
trigger-error-percent-form = očekivan je procenat kao `90%`, a piše `{ $found }`
trigger-error-percent = `{ $found }` nije procenat
trigger-error-inject = očekivan je broj drugog injekta, a piše `{ $found }`
trigger-error-after = posle broja sme da stoji samo `+ <delay>` (kašnjenje)
trigger-error-forms = napišite `queue <bcp> > <people>`, `occupancy <site|any> > <percent>%`, `phase <phase>` ili `inject <number> [+ <delay>]`
expect-error = `{ $text }` nije očekivana odluka: { $why }; napišite npr. `ApproveReception by mia within 2h` ili `DeclarePhase(response) within 1h`
expect-error-within = ne navodi vreme `within` (u roku od)
expect-error-paren = `{ $head }` otvara `(` a ne zatvara je
expect-error-unknown = nepoznata odluka `{ $name }`; poznate: { $known }
msel-problem-hint = { $message }; { $hint }
msel-problem-scenario = sa ovim MSEL-om scenario nije ispravan: { $message }
msel-problem-inject = injekt { $number }: { $message }
msel-problem-unknown-id = nepoznata oznaka `{ $id }` (vrsta: { $what }); poznate: { $known }
msel-problem-own-delivery = injekt { $number } ne može da čeka sopstvenu isporuku
msel-problem-number-twice = broj { $number } je već upotrebljen u redu { $first }
msel-problem-number = očekivan je ceo broj injekta, a piše `{ $found }`
msel-problem-synopsis = očekivan je sažetak injekta (njegova poruka), a ćelija je prazna
msel-problem-receiver = nepoznata institucija `{ $id }`; očekuju se oznake institucija odvojene sa `;`, `,` ili `|`: { $known }
msel-problem-effect-id = nepoznata oznaka `{ $id }` u `{ $field }` (vrsta: { $what }); poznate: { $known }
msel-problem-effect = `{ $text }` nije efekat: { $reason } (kod znaka { $at }); napišite ga kao u dnevniku, npr. `TransportBreakdown(fleet: "kp_buses", buses: 2)`, ili rečima, npr. `transport breakdown: kp_buses 2`
sheet-wrong-separator-tab = red zaglavlja je jedna ćelija sa tabulatorima: odvojite ćelije sa { "`,`" } ili { "`;`" } (sačuvajte tabelu kao CSV)
sheet-unreadable-utf8 = red nije tekst u kodiranju { "UTF-8" }
sheet-unreadable-io = datoteka nije pročitana ({ $reason })
sheet-unreadable-other = red nije CSV tekst
sheet-after-end = { $at } je posle kraja vežbe u { $end }
sheet-header-unreadable = red zaglavlja se ne može pročitati: { $reason }
observe-problem-no-rows = tabela nema nijedan red sa zapažanjem
observe-problem-empty-text = očekivano je ono što je zapaženo, a ćelija je prazna
observe-problem-too-long = duže od { $max } znakova
observe-problem-rating = `{ $found }` nije ocena: očekuje se { "P" }, { "S" }, { "M" } ili { "U" }
observe-problem-unknown = { $column ->
    [capability] nepoznata sposobnost
    [institution] nepoznata institucija
    [task] nepoznat kritični zadatak
   *[inject] nepoznat injekt
} `{ $value }`; poznate: { $known }
plan-problem-empty-cause = uzrok je prazan: ostavite uzrok kako ga je napisao `report --plan-template`
plan-problem-unknown-cause = nijedna stavka plana poboljšanja ovog izveštaja nema uzrok `{ $cause }`; njegovi uzroci: { $known }
plan-problem-cause-twice = uzrok `{ $cause }` je već u redu { $first }
plan-problem-date = `{ $found }` nije datum: napišite ga 2026-11-30 ili 30.11.2026
plan-problem-dates = datum završetka { $completion } je pre datuma početka { $start }

## Sweep shards: what is wrong with a shard file, in plain words

shard-json-cut = datoteka se završava prerano, u redu { $line }, kolona { $column }: presečena je dok se pisala ili kopirala (zadatak još radi, ili je disk pun)
shard-json-syntax = tekst u redu { $line }, kolona { $column } nije JSON: datoteka je oštećena ili je druge vrste
shard-json-missing = nedostaje polje `{ $field }` (red { $line }, kolona { $column }): datoteku je napisala druga verzija programa { "fluxsim" }, ili je ručno menjana
shard-json-value = vrednost u redu { $line }, kolona { $column } nije one vrste koju deo tu sadrži: datoteku je napisala druga verzija programa { "fluxsim" }, ili je ručno menjana
shard-check-task = kaže da je zadatak { $index } od { $count }, a takvog zadatka nema
shard-check-metric = sadrži pokazatelj `{ $metric }`, koji serije ne mere
shard-check-block = ne sadrži ponavljanja od { $first } do { $last }, koja pripadaju zadatku { $index } od { $count }
shard-check-seed = ponavljanje { $replication } ima seme { $seed }, a ne prvo seme uvećano za svoj broj
shard-check-values = ponavljanje { $replication } ima vrednosti: { $values }, za pokazatelje: { $metrics }

## What-if comparison, CSV export and report files: why they cannot be made

compare-error-no-header = { $path }: dnevnik nema red zaglavlja, pa se ne može porediti
compare-error-not-branches = { $a } i { $b } nisu grane iste vežbe: { $differences }
compare-error-not-branches-help = poredite dnevnik sa njegovim ogrankom (`fluxsim fork`), ili sa drugim izvršavanjem iste datoteke scenarija sa istim semenom
compare-error-scenario = scenario se razlikuje ({ $a } ima "{ $scenario_a }", { $hash_a }; { $b } ima "{ $scenario_b }", { $hash_b })
compare-error-seed = seme se razlikuje ({ $a } ima { $seed_a }, { $b } ima { $seed_b })
export-error-directory = fascikla { $path } ne može da se napravi: { $reason }
export-error-csv = { $path } ne može da se upiše: { $reason }
export-error-io = sistem je odbio upis ({ $reason })
export-error-table = redovi jedne tabele nisu iste dužine (greška programa { "fluxsim" }: molimo prijavite je)
cli-plan-template-extension = { $path }: tabela plana poboljšanja se piše kao CSV; dajte datoteci nastavak { ".csv" }
report-chart-error = grafikon „{ $title }” nije mogao da se nacrta: { $reason }

## Seats: the join codes' file and the web server

seats-codes-exist = { $path } već postoji: sadrži kodove mesta druge vežbe
seats-codes-exist-help = uklonite ga, ili nastavite tu vežbu sa --resume
seats-codes-corrupt = { $path }:{ $line }: { $why }
seats-codes-bad-line = očekuje se `seat ID CODE` ili `evaluator CODE`
seats-codes-no-evaluator = nema reda `evaluator CODE`
seats-io-read = { $path } ne može da se pročita: { $reason }
seats-io-temporary = ne može da se napravi privremena datoteka za { $path }: { $reason }
seats-io-restrict = { $path } ne može da se učini čitljivim samo vlasniku: { $reason }
seats-io-write = { $path } ne može da se upiše: { $reason }
seats-io-sync = { $path } ne može da se sačuva na disk: { $reason }
seats-io-rename = { $path } ne može da se postavi na svoje mesto: { $reason }
serve-error-bind = ne može da se sluša na { $addr }: { $reason }
serve-error-bind-help = možda drugi program koristi taj port, ili adresa nije ovog računara: navedite drugu sa --serve (npr. --serve 127.0.0.1:8080)
serve-error-runtime = veb server ne može da se pokrene: { $reason }

## An inject's text: placeholders that do not read

scenario-text-stray-close = zagrada `{"}"}` ne zatvara nijedno polje za vrednost
scenario-text-stray-close-hint = napišite `{"}}"}` za zagradu u tekstu
scenario-text-unclosed = zagrada `{"{"}` otvara polje za vrednost koje se nikad ne zatvara
scenario-text-unclosed-hint = zatvorite ga sa `{"}"}`, ili napišite `{"{{"}` za zagradu u tekstu; polja za vrednosti: { $placeholders }
scenario-text-placeholders = polja za vrednosti: { $placeholders }; `{"{{"}` za zagradu
scenario-text-needs-id = `{"{"}{ $name }{"}"}` traži oznaku: `{"{"}{ $name }:<id>{"}"}`
scenario-text-no-id = `{"{"}{ $name }{"}"}` ne prima oznaku: napišite `{"{"}{ $name }{"}"}`
scenario-text-unknown-placeholder = nepoznato polje za vrednost `{"{"}{ $inner }{"}"}`

## Sweep table: the metrics by name (JSON keeps their ids)

sweep-metric-arrivals = dolasci
sweep-metric-exits = odlasci
sweep-metric-person-hours-outdoors = osoba-sati napolju
sweep-metric-person-hours-outdoors-night = osoba-sati napolju noću
sweep-metric-peak-queue = najduži red
sweep-metric-mean-wait = prosečno čekanje (min)
sweep-metric-peak-occupancy = najviše u prihvatu
sweep-metric-referrals = upućivanja
sweep-metric-mean-referral = prosečno vreme do upućivanja (min)
## Checkpoints (docs/checkpoints.md)
checkpoint-not-one = ovo nije { "fluxsim" } kontrolna tačka
checkpoint-format = kontrolna tačka je u formatu { $found }; ovaj { "fluxsim" } čita format { $supported }
checkpoint-binary = kontrolnu tačku je zapisao { "fluxsim" } { $written }; ovo je { "fluxsim" } { $running }, čiji se model može razlikovati: ne može se vratiti
checkpoint-scenario = kontrolna tačka je sačuvana iz drugog scenarija (scenario { $saved }, dat { $given }): ne može se vratiti
checkpoint-corrupt = kontrolna tačka je oštećena ({ $why }): ne može se vratiti
checkpoint-digest = kontrolna tačka se ne vraća u sopstveno stanje (sačuvano { $saved }, vraćeno { $restored }): ne može se koristiti
cache-ignored = napomena: keš kontrolnih tačaka { $path } je zanemaren ({ $why }); vežba je ponovo odigrana od početka
cache-not-ours = napomena: { $path } nije { "fluxsim" } keš kontrolnih tačaka: ostavljen je netaknut i keš nije sačuvan
cache-not-written = napomena: keš kontrolnih tačaka { $path } nije mogao biti zapisan ({ $why })
file-checkpoint-cache = keš kontrolnih tačaka

## CAP alerts (docs/export-csv.md, "CAP alerts")

cap-feed-title = { $exercise } (VEŽBA)
cap-restriction = Samo za učesnike vežbe
cap-note-msel = VEŽBA — MSEL inject { $number }
cap-note-given = VEŽBA — inject dat tokom igre (red { $line } dnevnika)
cap-event = Inject vežbe
## The report's OpenDocument copy
report-odt-failed = tekst { "OpenDocument" } nije mogao da se zapiše: { $reason }
