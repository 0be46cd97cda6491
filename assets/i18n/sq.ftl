# fluxsim message catalogue: Albanian (sq).
#
# Same keys and variables as en.ftl (a spec checks it). A message whose text is still the
# English one has not been translated yet; translations await review by a native speaker
# familiar with the official terms.

## Gap categories (DESIGN.md numbers them 1 to 8; the number is put in front by the code)

gap-category-unowned = funksion pa përgjegjës
gap-category-contested = funksion i kontestuar
gap-category-trigger = mungesë e kushtit nxitës
gap-category-latency = vonesë në vendimmarrje
gap-category-capacity = mungesë kapaciteti
gap-category-referral = mungesë në referim
gap-category-information = mungesë informacioni
gap-category-authority = mungesë autoriteti
gap-category-numbered = { $number } { $name }

## Severities

severity-low = e ulët
severity-medium = e mesme
severity-high = e lartë

## HSEEP core capabilities and capability elements

capability-planning = Planifikimi
capability-operational-coordination = Koordinimi operacional
capability-situational-assessment = Vlerësimi i situatës
capability-public-health = Shëndeti publik, kujdesi shëndetësor dhe shërbimet mjekësore emergjente
capability-screening = Kontrolli, kërkimi dhe zbulimi
capability-mass-care = Shërbimet e kujdesit masiv
capability-critical-transportation = Transporti kritik
element-planning = Planifikimi
element-organisation = Organizimi
element-equipment = Pajisjet
element-training = Trajnimi
element-exercise = Ushtrimi

## Capability ratings

rating-P = kryer pa vështirësi
rating-S = kryer me disa vështirësi
rating-M = kryer me vështirësi të mëdha
rating-U = nuk mund të kryhej

## Report: section headings

report-title = Raporti pas veprimit dhe plani i përmirësimit
report-title-of = { $title } — { $exercise }
report-overview = Përmbledhje e ushtrimit
report-objectives = Objektivat dhe kapacitetet e testuara
report-timeline = Kronologjia
report-charts = Grafikët
report-network = Rrjeti i rrugëve: vendet sipas fazës me kapacitetet e tyre, lidhjet me kohët e udhëtimit (me vija: me autobus ose tren)
report-results = Rezultatet
report-bcps = Pikat e kalimit kufitar
report-sites = Qendrat e pritjes
report-outdoors = Njerëz jashtë
report-referrals = Koha deri në referimin e personave të cenueshëm
report-latency = Vonesat e vendimeve sipas institucionit
report-capabilities = Vlerësimi i kapaciteteve
report-strengths = Pikat e forta
report-areas = Fushat për përmirësim
report-plan = Plani i përmirësimit
report-expected = Vendimet e pritura
report-no-expected = MSEL-i nuk pret asnjë vendim që motori mund ta kontrollojë.
report-col-inject = Injekti
report-col-expected = Vendimi i pritur
report-col-delivered = Dorëzuar
report-col-outcome = Rezultati
expect-met = përmbushur (vendimi #{ $decision })
expect-late = përmbushur me vonesë { $by } (vendimi #{ $decision })
expect-missed = humbur
expect-open = i hapur: koha e tij nuk ka kaluar
expect-not-delivered = injekti nuk u dorëzua
expect-not-applicable = nuk zbatohet ({ $role })
report-col-engine-rating = Nga boshllëqet
report-col-evaluators-rating = Vlerësuesit
report-no-observation = asnjë vëzhgim
report-observed-rating = { $letter } ({ $count ->
    [one] 1 vëzhgim
   *[other] { $count } vëzhgime
})
report-observations = Vëzhgimet e vlerësuesve
report-no-observations = Nuk u regjistrua asnjë vëzhgim.
report-observation-item = { $at }, { $who } ({ $about }): { $text }
report-rule-observations = Vlerësimi është më i dobëti nga të dy: vlerësimi nga boshllëqet sipas këtij rregulli dhe vlerësimi më i dobët që propozuan vlerësuesit në vëzhgimet e tyre për kapacitetin. Kur ndryshojnë, tregohen të dy.
moment-observation = vëzhgim
moment-observation-rated = { $text } (vlerësuar { $rating })
origin-player-console = { $institution } (në konsolë)
origin-player-seat = { $institution } (vendi i vet)
origin-msel = injekti MSEL { $number }
origin-evaluator = vlerësues
origin-simulated = simulimi
report-context = Çfarë bënë institucionet e simuluara
report-areas-rule = Fushat për përmirësim vijnë nga plani siç është shkruar, nga situata që mati modeli dhe nga ajo që bënë ose nuk bënë institucionet e luajtura nga njerëzit (këtu hyjnë edhe kërkesat pa përgjigje të një institucioni që mungon). Ajo që bëri simulimi për institucionet e simuluara është kontekst, në seksionin vijues, kurrë fushë për përmirësim e tyre.
report-context-rule = Këto boshllëqe lindën vetëm nga vendimet që motori mori, sipas mandatit dhe kohëve të përgjigjes, për institucione që askush nuk i luajti. Ato tregojnë si funksionon plani kur ndiqet sipas rregullave; nuk janë fusha për përmirësim të atyre institucioneve.
report-no-context = Institucionet e simuluara nuk shkaktuan asnjë boshllëk.
report-context-item = { $category }: { $title } (boshllëqet { $gaps })
report-col-decisions-by-people = Vendime nga njerëzit
report-col-decisions-simulated = Vendime nga simulimi
report-role-from = ; { $role } nga { $at }
report-simulated-institution = { $institution } (i simuluar)
moment-action = veprim i lojtarëve
moment-note = shënim i lehtësuesit
report-gaps = Boshllëqet e koordinimit
report-compare = Krahasimi i alternativës (po sikur)
report-compare-metrics = Treguesit kryesorë krah për krah
report-compare-only-a = Boshllëqe vetëm në këtë ushtrim (A)
report-compare-only-b = Boshllëqe vetëm në degën tjetër (B)

## Report: charts

chart-arrivals = Mbërritjet në orë sipas pikës së hyrjes
chart-queues = Gjatësia e radhës për çdo pikë kalimi dhe regjistrimi
chart-occupancy = Zënia dhe kapaciteti sipas qendrës së pritjes
chart-outdoors = Njerëz jashtë
chart-requests = Kërkesat e hapura sipas institucionit
chart-legend-beds = { $place } shtretër të hapur
chart-legend-outdoors = jashtë
chart-axis-hours = orë nga T+0
chart-axis-people = njerëz
chart-axis-requests = kërkesa të hapura
chart-in-html = Grafiku: { $title } (në raportin HTML)
chart-axis-clock = dita dhe ora (dita 1 është { $date }; T+0 në orën { $time })
chart-tick-day = dita { $day }
chart-caption-arrivals = Ora më e ngarkuar: { $people ->
    [one] një person
   *[other] { $people } persona
    } në { $place } nga { $when }; gjithsej mbërritën { $total ->
    [one] një person
   *[other] { $total } persona
    }.
chart-caption-queues = Radha më e gjatë: { $people ->
    [one] një person
   *[other] { $people } persona
    } në { $place }, { $when }.
chart-caption-occupancy = Me vijë të ndërprerë, në ngjyrën e secilës qendër: shtretërit që kishte të hapur. Më e mbushura: { $people ->
    [one] një person
   *[other] { $people } persona
    } në { $place }, { $when }.
chart-caption-outdoors = Më së shumti njerëz jashtë njëkohësisht: { $people }, { $when }.
chart-caption-requests = Më së shumti kërkesa në pritje njëkohësisht: { $count } për { $institution }, { $when }.
chart-caption-flat = Çdo vijë mbeti në zero gjatë gjithë ushtrimit.
docx-figure = Figura { $number }: { $title } (e vizatuar në raportin HTML)
docx-col-line = Vija
docx-col-highest = Më e larta
docx-col-highest-at = Arritur për herë të parë
docx-col-last = Në fund
report-docx-failed = dokumenti Word nuk mund të shkruhej: { $reason }

## Report: overview

report-col-item = Zëri
report-col-value = Vlera
report-item-exercise = Ushtrimi
report-item-scenario = Skenari
report-item-journal = Ditari
report-item-seed = Fara
report-item-start = Fillimi (T+0)
report-item-reached = Arritur deri
report-reached-value = { $end } (T+{ $reached })
report-item-commands = Komanda në ditar
report-item-chain = Zinxhiri i ditarit (vlera e fundit; e verifikuar)
report-item-phase = Faza e planit në fund
report-col-institution = Institucioni
report-col-name = Emri
report-col-role = Roli në ushtrim
role-played = i luajtur
role-simulated = i simuluar
role-absent = mungon
report-col-core-capability = Kapaciteti bazë
report-col-msel-injects = Injektimet e MSEL

## Report: timeline

report-col-time = Koha
report-col-kind = Lloji
report-col-who = Kush
report-col-what = Çfarë
moment-inject = injektim
moment-change = ndryshim
moment-decision = vendim
moment-gap-opened = boshllëk i hapur
moment-gap-closed = boshllëk i mbyllur
moment-facilitator = lehtësuesi
moment-answers = { $what } (përgjigje për kërkesën #{ $request })
moment-automated = { $what } (i simuluar)
moment-gap-opened-what = boshllëku #{ $id } ({ $category }): { $summary }
moment-gap-closed-what = boshllëku #{ $id } u mbyll pas { $after }

## Report: results

report-col-place = Vendi
report-col-place-role = Roli
report-col-arrived = Mbërritur
report-col-processed = Përpunuar
report-col-queue-now = Radha tani
report-col-max-queue = Radha maksimale
report-col-mean-wait = Pritja mesatare (min)
report-col-p95-wait = Pritja p95 (min)
place-role-bcp = pikë e kalimit kufitar
place-role-registration = regjistrim
place-role-transit = qendër tranziti
place-role-reception = pritje
place-role-green-border = kufi i gjelbër
place-role-exit = dalje
place-role-entry = pikë hyrjeje
place-role-other = pikë ndërmjetëse
report-col-site = Qendra
report-col-occupancy-now = Zënia tani
report-col-peak = Kulmi
report-col-capacity = Kapaciteti
report-col-open = E hapur
report-yes = po
report-no = jo
report-col-outdoors-now = Jashtë tani
report-col-most-at-once = Më së shumti njëherësh
report-col-person-hours-outdoors = Orë-persona jashtë
report-col-of-them-at-night = prej tyre natën
report-col-arrivals = Mbërritjet
report-col-in-system = Në sistem
report-col-vulnerability = Lloji
report-col-service = Shërbimi (funksioni)
report-col-deadline = Afati
report-col-identified = Identifikuar
report-col-in-time = Në kohë
report-col-late = Me vonesë
report-col-pending = Në pritje
report-col-no-service = Pa shërbim
report-col-mean-handover = Dorëzimi mesatar (min)
report-none-designated = asnjë i caktuar
report-col-institution-asked = Institucioni i pyetur
report-col-requests = Kërkesat
report-col-answered-in-time = Përgjigjur në kohë
report-col-answered-late = Përgjigjur me vonesë
report-col-unanswered = Pa përgjigje
report-col-mean-latency = Vonesa mesatare
report-col-longest-wait = Pritja më e gjatë
report-nobody-accountable = (askush përgjegjës)

## Vulnerabilities

vulnerability-unaccompanied-minor = i mitur i pashoqëruar
vulnerability-family-with-infants = familje me foshnja
vulnerability-medical = nevojë mjekësore
vulnerability-elderly = i moshuar
vulnerability-trafficking = viktimë e mundshme e trafikimit
vulnerability-pregnant = grua shtatzënë

## Report: capabilities, strengths, areas for improvement, plan, gaps

report-rule = Rregulli: P: asnjë boshllëk koordinimi nuk prek aftësinë. S: vetëm boshllëqe me rëndësi të ulët ose mesatare. M: të paktën një boshllëk me rëndësi të lartë, të gjithë të mbyllur deri në fund të ushtrimit. U: një boshllëk me rëndësi të lartë ende i hapur në fund të ushtrimit.
report-mapping = Lidhja: funksionet pa pronar dhe të kontestuara dhe boshllëqet e nxitësve prekin Planifikimin; vonesat në vendime dhe boshllëqet e autoritetit Koordinimin operacional; boshllëqet e informimit Vlerësimin e situatës; boshllëqet e referimit Shëndetin publik, kujdesin shëndetësor dhe shërbimet mjekësore emergjente; boshllëqet e kapacitetit në një pikë kalimi Kontrollin, kërkimin dhe zbulimin, dhe boshllëqet e tjera të kapacitetit (strehim, njerëz jashtë, përkthyes) Shërbimet e kujdesit masiv.
report-col-objective = Objektiv i ushtrimit
report-col-rating = Vlerësimi
report-col-gaps = Boshllëqet
report-rating-value = { $letter } — { $meaning }
report-no-strength = Motori nuk regjistroi asnjë pikë të fortë: çdo kapacitet hasi një boshllëk.
strength-capability = { $capability }: asnjë boshllëk koordinimi nuk ndikoi në të.
strength-latency = Institucioni { $institution } iu përgjigj brenda afatit të gjitha { $count } kërkesave të tij (mesatarisht { $mean }).
strength-referral = Të gjitha { $count } rastet e llojit { $kind } u dorëzuan brenda afatit (dorëzimi mesatar { $minutes } min).
report-area-heading = { $number }. { $capability } — { $title }
report-area-facts = Kategoria { $category }; boshllëqe { $gaps }; deri në { $people ->
        [one] 1 person
       *[other] { $people } persona
    } të prekur. Veprim korrigjues: { $action }
report-evidence = boshllëku #{ $id }: { $line }
report-to-be-designated = për t'u caktuar
report-col-capability = Kapaciteti
report-col-area = Fusha për përmirësim
report-col-action = Veprimi korrigjues
report-col-element = Elementi i kapacitetit
report-col-responsible = Institucioni kryesor përgjegjës
report-col-start-date = Data e fillimit
report-col-completion-date = Data e përfundimit
report-col-number = #
report-col-category = Kategoria
report-col-severity = Rëndësia
report-col-opened = Hapur
report-col-closed = Mbyllur
report-col-summary = Përmbledhje
report-col-people-affected = Njerëz të prekur
report-gap-open = i hapur

## Report and CLI: what-if comparison

compare-branch = { $label }: { $journal } (deri në { $reached }, komanda: { $commands })
compare-branch-forked = { $label }: { $journal } (deri në { $reached }, komanda: { $commands }; degëzuar nga { $from } në { $at })
compare-same-streams = I njëjti skenar ({ $hash }) dhe farë ({ $seed }), pra të njëjtat rrjedha të rastit: dallimet më poshtë vijnë nga vendimet, jo nga rasti. { $count ->
        [one] 1 dallim.
       *[other] { $count } dallime.
    }
compare-none = Asnjë.
compare-col-group = Grupi
compare-col-metric = Treguesi
compare-col-unit = Njësia
compare-col-institutions = Institucionet
compare-col-a = A
compare-col-b = B
compare-col-difference = B − A

## Console: keys (the help lists them; the footer shows the hinted ones)

hint-run-pause = nis/ndal
hint-play = luaj
hint-command = komandë
hint-deliver = dorëzo
hint-search = kërko
hint-help = ndihmë
hint-messages = mesazhi i plotë
hint-quit = dil
key-pause = ndal / vazhdo
key-faster = më shpejt
key-slower = më ngadalë
key-step-event = hap te ngjarja tjetër
key-step-hour = vazhdo deri në orën tjetër
key-step-inject = vazhdo deri te injektimi tjetër
key-run-until = vazhdo deri në një kohë…
key-deliver = dorëzo një injektim
key-palette = paleta e komandave
key-search = kërko id dhe emra
key-inspect = shqyrto rreshtin e zgjedhur
key-next-pane = paneli tjetër
key-previous-pane = paneli i mëparshëm
key-panes = panelet (Situata … MSEL)
key-rows = rreshti i mëparshëm / tjetër
key-first-last = rreshti i parë / i fundit
help-language = Gjuha (konsola dhe projektori)
help-seats = Vendet (console --serve)
key-seats = vendet e shërbyera në shfletues: adresat, kodet, kush është i lidhur
key-help = kjo ndihmë
key-messages = regjistri i mesazheve (çdo mesazh i statusit, i plotë)
key-theme = tema tjetër e ngjyrave (dark, light, high-contrast, 16)
key-language = gjuha tjetër e konsolës dhe e projektorit (English, Shqip, Srpski, Српски)
key-back = prapa
key-quit = dil (pyet më parë)
key-scrub-quarter = prapa / përpara 15 minuta
key-scrub-hour = prapa / përpara një orë
key-scrub-ends = fillimi / fundi

key-scrub-command = komanda e mëparshme / e ardhshme
key-scrub-landmark = mangësia, injekti i dorëzuar ose vëzhgimi i mëparshëm / i ardhshëm
keyname-letters = shkronjat
keyname-click = klikim
keyname-wheel = rrota
keyname-space = hapësira
key-search-type = gjej id dhe emra (vende, institucione, injecte, boshllëqe, kërkesa)
key-search-choose = zgjidh një gjetje (paneli i saj e ndjek)
key-search-open = hap gjetjen në inspektor
key-search-cancel = anulo, kthehu aty ku ishe
key-mouse-click = zgjidh një skedë ose një rresht
key-mouse-wheel = rreshti i mëparshëm / i radhës
key-palette-filter = filtro komandat
key-palette-choose = zgjidh
key-palette-fill = plotëso komandën e zgjedhur
key-cancel = anulo
key-form-complete = plotëso fushën
key-form-next = fusha e radhës
key-form-previous = fusha e mëparshme
key-form-apply = zbato (kur të gjitha fushat janë të vlefshme)
key-form-erase = fshi
key-prompt-scroll = lëviz ndihmën
key-prompt-accept = prano; dil kur të pyetet
key-prompt-cancel = anulo, mbyll
help-main = Ekrani kryesor
help-replay = Riluajtja (console --replay)
help-search = Kërkimi (/)
help-mouse = Miu
help-palette = Paleta e komandave (:)
help-form = Formulari i komandës
help-prompts = Pyetje, ndihmë, inspektor, dalje
help-more-below = { " " }↓ më shumë
help-more-above = { " " }↑ më lart
help-title = { " " }Tastet (↑↓ lëviz, Esc mbyll){ $more }{ " " }

## Console: panes, header, status line

pane-situation = Situata
pane-network = Rrjeti
pane-institutions = Institucionet
pane-gaps = Boshllëqet
pane-msel = MSEL
console-too-small = Terminali është shumë i vogël
console-too-small-size = Konsola ka nevojë për të paktën { $min_width }×{ $min_height }; kjo është { $width }×{ $height }.
console-too-small-hint = Zmadhoni dritaren ose përdorni një shkronjë më të vogël. q del.
console-read-only = riluajtja është vetëm për lexim: nuk mund të jepet asgjë (←/→ PgUp/PgDn [ ] lëvizin në vijën kohore)
console-refusal-journal = nuk u zbatua, ditari dështoi: { $error }
console-refusal-engine = u refuzua: { $error }
console-status-start = ndalur — hapësira nis orën, ? tregon të gjithë tastet
console-status-replay = një ushtrim i regjistruar, vetëm për lexim
console-status-resumed = vazhdoi në T+{ $at } pas { $commands ->
        [one] 1 komande të regjistruar
       *[other] { $commands } komandave të regjistruara
    } — në pauzë, hapësira nis orën
console-status-resumed-torn = { $resumed } · rreshti { $line } i ditarit u ndërpre gjatë shkrimit dhe lihet jashtë ({ $bytes } bajtë: `{ $text }`)
console-running-at = në ecje me { $speed }
console-paused = ndalur
console-speed = shpejtësia { $speed }
console-no-event-ahead = asnjë ngjarje përpara
console-running-to-inject = po ecën deri te MSEL #{ $number } në T+{ $at }
console-no-inject-ahead = asnjë inject përpara
console-applied = u zbatua { $command }
console-unchanged = { $command } nuk ndryshoi asgjë: modeli ishte tashmë në atë gjendje (mbetet në ditar)
console-journal-end-failed = ditari nuk mundi ta regjistrojë fundin: { $error }
console-already-delivered = MSEL #{ $number } u dërgua tashmë në T+{ $at }: një inject dërgohet vetëm një herë — zgjidh një rresht të padërguar
console-delivered = MSEL #{ $number } iu dorëzua { $to }: { $synopsis }
console-inject-refused = MSEL #{ $number } { $reason }
console-trigger-due = MSEL #{ $number } është në radhë: shkaktari i tij plotësohet — d e dorëzon (paneli MSEL)
console-inject-due = MSEL #{ $number } është në radhë: { $synopsis } — d e dorëzon (paneli MSEL)
console-end-reached = ushtrimi ka arritur fundin
console-one-event = një ngjarje, në T+{ $at }
console-no-event-before-end = asnjë ngjarje para fundit të ushtrimit
console-already-there = tashmë aty
console-running-to = po ecën deri në T+{ $at }
console-stopped-at = ndaloi në T+{ $at }, ku duhej të mbaronte ecja — në pauzë
console-theme = tema { $theme }
theme-dark = e errët
theme-light = e çelët
theme-high-contrast = kontrast i lartë
theme-sixteen = 16 ngjyra
console-language = gjuha: { $language }
console-matches = { $count ->
        [one] 1 përputhje
       *[other] { $count } përputhje
    } — Enter hap { $label }
console-no-match = asnjë përputhje
console-search-cancelled = kërkimi u anulua
console-recording-end = fundi i regjistrimit
console-scrub-live = lëvizja në vijën kohore është për riluajtje: fluxsim console --replay JOURNAL
console-replay-failed = ditari nuk riluhet: { $error }
console-field-invalid = { $field }: { $reason }
console-opened = u hap { $label }
console-nothing-to-open = asnjë gjetje për të hapur
console-none-due = asnjë inject nuk është në radhë; zgjidhni një në panelin MSEL (5)
console-log-refused = { $command } (u refuzua)
console-log-unchanged = { $command } (nuk ndryshoi asgjë)

## Console: command forms

form-type-number = shkruani: { $what }
form-not-whole = `{ $text }` nuk është numër i plotë
form-not-time-of-day = `{ $clock }` nuk është orë e ditës
form-days-from-one = dita `{ $day }`: ditët numërohen nga 1
form-start-no-clock = fillimi i ushtrimit `{ $start }` nuk ka orë të ditës
form-out-of-range = { $value } është jashtë kufijve: nga { $min } deri në { $max }
form-type-id = shkruaj id-në ({ $kind })
form-unknown-id-known = `{ $text }` nuk njihet si { $kind }; të njohura: { $known }
form-unknown-id = `{ $text }` nuk njihet si { $kind }
form-time-not-ahead = T+{ $time } nuk është përpara: tashmë është T+{ $now }
form-time-after-end = T+{ $time } është pas fundit të ushtrimit në T+{ $end }
field-kind-bcp = BCP
field-kind-site = qendër pritjeje
field-kind-institution = institucion
field-kind-phase = fazë
field-kind-function = funksion
field-kind-topic = funksion ose fazë
field-kind-language = gjuhë
field-kind-fleet = flotë autobusësh
field-kind-vulnerability = cenueshmëri
field-kind-number = numër
command-close-bcp = Mbyll një PKK; ata që presin devijohen te pikat e tjera
command-open-bcp = Rihap një PKK të mbyllur
command-change-officers = Shto zyrtarë në çdo turn të një PKK-je (negativ: mungesë)
command-set-capacity = Cakto kapacitetin e zakonshëm të shtretërve të një qendre pritjeje
command-open-site = Hap një qendër pritjeje (p.sh. një qendër të përkohshme)
command-close-site = Mbyll një qendër pritjeje për të ardhurit e rinj
command-unlock-surge-capacity = Lejo çdo qendër pritjeje të përdorë kapacitetin rezervë
command-declare-phase = Vendim: shpall një fazë të planit të emergjencës
command-approve-reception = Vendim: mirato pritjen e njerëzve në kufi
command-open-temporary-site = Vendim: hap një qendër të përkohshme pritjeje (pas vonesës së planit)
command-deploy-officers = Vendim: dërgo zyrtarë në një PKK (në detyrë pas kohës së udhëtimit)
command-request-interpreters = Vendim: sill përkthyes (në distancë) për një gjuhë
command-arrange-buses = Vendim: shto autobusë në një flotë
command-refer-case = Vendim: merr përgjegjësinë për rastet e cenueshme të një lloji
command-notify = Vendim: informo një institucion për vendimet nën një funksion ose fazë
command-assign-function = Vendim: përcakto kush është përgjegjës për një funksion
command-when-open-site = Veprim kontrolli: qendra hapet tani dhe askush nuk regjistrohet si vendimmarrës. Për vendimin e një institucioni përdor open-temporary-site.
command-when-open-temporary-site = Vendim i një institucioni: regjistrohet si i tyre, qendra hapet pas vonesës së planit. Për ta hapur menjëherë si lehtësues përdor open-site.
command-when-change-officers = Veprim kontrolli: çdo turn ndryshon tani (mungesë ose përforcim që e imponon skenari). Për një institucion që dërgon zyrtarë përdor deploy-officers.
command-when-deploy-officers = Vendim i një institucioni: zyrtarët mbërrijnë pas kohës së udhëtimit. Për të ndryshuar turnet menjëherë si lehtësues përdor change-officers.
field-help-bcp = id e pikës së kalimit kufitar
field-help-site = id e qendrës së pritjes
field-help-by = id e institucionit që vendos
field-help-officers-added = zyrtarë të shtuar, p.sh. 4 ose -2
field-help-beds = shtretër
field-help-phase = id e fazës së planit
field-help-officers-sent = zyrtarë të dërguar, p.sh. 6
field-help-language = kodi i gjuhës
field-help-interpreters = përkthyes, p.sh. 2
field-help-fleet = id e flotës së autobusëve
field-help-buses = autobusë të shtuar, p.sh. 4
field-help-vulnerability = lloji i rastit
field-kind-text = tekst
command-action = Lojtarët: diçka që bëri një institucion jashtë katalogut (mblodhi një takim, një njoftim për shtyp), për procesverbalin
command-note = Lehtësuesi: një shënim në këtë kohë, për procesverbalin
command-observe = Vlerësim: një vëzhgim në këtë kohë, me një vlerësim të propozuar (P, S, M, U)
field-help-action-by = institucioni, lojtarët e të cilit vepruan
field-help-action-text = çfarë bënë
field-help-note-text = shënimi
field-help-observe-rating = P pa vështirësi, S me disa vështirësi, M me vështirësi të mëdha, U nuk u krye
field-help-observe-text = çfarë u vëzhgua
form-type-text = shkruaj { $what }
form-text-too-long = { $chars } karaktere janë shumë: më së shumti { $max }
field-kind-role = roli
field-kind-rating = vlerësim
command-set-role = Lehtësuesi: ndrysho kush e luan një institucion që tani e tutje (luajtur nga njerëzit, simuluar nga motori, ose mungon)
field-help-role-institution = institucioni të cilit i ndryshon roli
field-help-role = played (luajtur), simulated (simuluar) ose absent (mungon)
header-played = { $count ->
    [one] 1 institucion i luajtur
   *[other] { $count } institucione të luajtura
}
field-help-to = id e institucionit të informuar
field-help-about = id e funksionit ose fazës
field-help-function = id e funksionit
field-help-institution = id e institucionit tani përgjegjës
overlay-command = Komanda
overlay-run-until = Ec deri në
overlay-quit = Dalje
overlay-no-command = asnjë komandë nuk përputhet me `{ $filter }`
overlay-more-above =   ↑ edhe { $count }
overlay-more-below =   ↓ edhe { $count }
overlay-no-fields = pa fusha
overlay-form-keys = Enter zbaton · Tab plotëson · ↑↓ fusha · Esc anulon
overlay-tab-cycles = Tab plotëson, pastaj kalon me radhë:
overlay-runs-to = ✓ ecën deri në { $at } dhe ndalet
overlay-time-hint = një kohë nga fillimi (36h, T+2d6h) ose një orë (16:00, dita 2 09:00)
overlay-run-keys = Enter nis · Esc anulon
overlay-quit-journal = Gjithçka e dhënë deri tani është në { $file }.
overlay-quit-no-journal = Për këtë seancë nuk shkruhet ditar.
overlay-quit-question = Të dilet nga ushtrimi?
overlay-quit-keys = y / Enter del · n / Esc mbetet
overlay-deliver = Të dërgohet?
overlay-deliver-which = MSEL #{ $number } → { $to }
overlay-deliver-effect = në model: { $effect }
overlay-deliver-informs = asnjë ndryshim në model: vetëm informon marrësit
overlay-deliver-keys = Enter / y e dërgon · Esc / n anulon (5 zgjedh një tjetër te paneli MSEL)
effect-surge = { $people ->
        [one] mbërrin edhe 1 person
       *[other] mbërrijnë edhe { $people } persona
    } në { $entry } gjatë { $over }{ $nationality ->
        [any] {""}
       *[other] { " " }({ $nationality })
    }
effect-close-border = çdo PKK drejt { $country } mbyllet; radha e saj devijohet
effect-open-border = çdo PKK drejt { $country } rihapet
effect-close-bcp = { $bcp } mbyllet; radha e saj devijohet
effect-open-bcp = { $bcp } rihapet
effect-site-incident = { $site } humbet { $beds ->
        [one] 1 shtrat
       *[other] { $beds } shtretër
    }{ $isolated ->
        [yes] { "" } dhe izolohet (nuk pranon askënd të ri)
       *[other] {""}
    }
effect-interpreter-shortage = { $count ->
        [one] 1 përkthyes
       *[other] { $count } përkthyes
    } për { $language } largohen
effect-officer-shortage = { $count ->
        [one] 1 zyrtar
       *[other] { $count } zyrtarë
    } largohen nga { $bcp }, në çdo turn
effect-transport-breakdown = { $count ->
        [one] 1 autobus
       *[other] { $count } autobusë
    } të { $fleet } jashtë shërbimit
effect-message = vetëm informon { $count ->
        [one] 1 institucion
       *[other] { $count } institucione
    }: { $to }
overlay-messages = Mesazhet, më i riu së pari (↑↓ lëviz, Esc mbyll)
header-replay-paused = ⏮ riluajtje, ndalur
header-replay = ⏵ riluajtje { $speed }
header-running-to = ▶▶ deri në { $at }
header-running = ▶ në ecje { $speed }
header-paused = ⏸ ndalur ({ $speed })
header-phase = faza{ " " }
header-catching-up = { " " }(po kap hapin)
header-due = { "  " }{ $count } për t'u dorëzuar
header-journal = { "  " }ditari{ " " }
header-no-journal = asnjë
# The header's date: `Sht 24 tet 06:00`.
header-date-time = { $weekday } { $day } { $month } { $time }
header-weekday = { $day ->
    [1] Hën
    [2] Mar
    [3] Mër
    [4] Enj
    [5] Pre
    [6] Sht
   *[7] Die
}
header-month = { $month ->
    [1] jan
    [2] shk
    [3] mar
    [4] pri
    [5] maj
    [6] qer
    [7] korr
    [8] gush
    [9] sht
    [10] tet
    [11] nën
   *[12] dhj
}

## Console: situation pane

situation-totals = mbërritur { $arrived }  në vend { $in_country }  larguar { $left }{ "  " }
situation-outdoors = jashtë{ " " }
situation-peak = { " " }(kulmi { $peak })
situation-closed-place = { $name } (e mbyllur)
situation-crossings = { " " }Kalimet dhe regjistrimi{ " " }
situation-open = e hapur
situation-closed = e mbyllur
situation-sites = { " " }Qendrat — jashtë{ " " }
situation-col-crossing = kalimi / regjistrimi
situation-col-queue = radha
situation-col-busy = zënë/n
situation-col-wait = pritja
situation-col-per-hour = /h
situation-per-hour-means = /h: të përpunuar në orën e fundit të simuluar
list-more-above = ↑ +{ $count } të tjerë
list-more-below = ↓ +{ $count } të tjerë
institutions-title = { " " }Institucionet{ " " }
institutions-col-institution = institucioni
institutions-col-accountable = A
institutions-col-responsible = R
institutions-col-role = roli
raci-accountable = llogaridhënës
raci-responsible = përgjegjës
raci-consulted = i konsultuar
raci-informed = i informuar
institutions-decides = Vendos për kërkesat:{ " " }
institutions-request-within = { $request } brenda { $deadline }
request-kind-reception-approval = miratimi i pritjes
request-kind-transport = transporti
request-kind-temporary-site = një qendër e përkohshme
request-kind-interpreters = përkthyes
request-kind-officers = zyrtarë
institutions-pending = Kërkesa në pritje:
institutions-pending-request = { "  " }#{ $number } { $ask }, pret { $waiting },{ " " }
institutions-overdue = me vonesë { $by }
institutions-due-in = afati për { $left }
institutions-none = { "  " }asnjë
institutions-recent = Vendimet e fundit:
institutions-answers = { " " }(përgjigjet #{ $number })
institutions-auto = { " " }[i simuluar]
institutions-none-yet = { "  " }ende asnjë
institutions-informed-of = I informuar për:
institutions-told = { "  " }{ $at } { $what } — nga { $from }
institutions-earlier = { "  " }… { $count } më parë
institutions-nothing-yet = { "  " }ende asgjë
inspector-title = { " " }{ $title } (Esc mbyll){ " " }
inspector-id = id
inspector-kind = lloji
inspector-open = e hapur
inspector-yes = po
inspector-no = jo
inspector-arrived = mbërritën
inspector-processed = të përpunuar
inspector-last-hour = ora e fundit sim.
inspector-queue = radha tani / maks
inspector-queue-value = { $now } / { $max }
inspector-mean-queue = radha mesatare
inspector-in-service = në shërbim
inspector-in-service-value = { $busy } nga { $servers ->
        [one] 1 sportel
       *[other] { $servers } sportele
    }
inspector-wait = pritja mes. / p95
inspector-wait-value = { $mean } / { $p95 } min
inspector-left = qëndrime të mbyllura
inspector-beds = shtretër zënë / kap
inspector-beds-value = { $used } / { $capacity } (kulmi { $peak })
inspector-passed = kaluan më tej
inspector-links = lidhjet
inspector-idle = { $count ->
        [one] 1 sportel bosh
       *[other] { $count } sportele bosh
    }
inspector-idle-interpreters = njerëzit në radhë presin një përkthyes për { $languages }
inspector-idle-language = { $language } ({ $people ->
        [one] 1 person
       *[other] { $people } persona
    })
inspector-idle-no-reason = askush në radhë nuk mund të shërbehet ende
situation-col-site = qendra
situation-col-occupancy = zënë/kap.
situation-col-share = %
situation-col-state = gjendja

## Console: gaps and MSEL panes

gaps-col-number = #
gaps-col-category = kategoria
gaps-col-opened = hapur
gaps-col-state = gjendja
gaps-col-severity = sev.
gaps-col-institutions = institucionet
gaps-col-place = vendi
gaps-col-gap = boshllëku
gaps-col-who-where = kush · ku · boshllëku
gaps-title = { " " }Boshllëqet — { $open } të hapur, { $total } deri tani, më të rejat së pari (Enter: dëshmitë){ " " }
gaps-open = i hapur
gaps-closed-at = mbyllur { $at }
gaps-closed = i mbyllur
msel-sent = dërguar { $at }
msel-due-since = PËR T'U DORËZUAR { $at }
msel-watching = në vëzhgim
msel-due = PËR T'U DORËZUAR
msel-upcoming = në pritje
msel-when-from = kur { $trigger } (nga { $from })
msel-when = kur { $trigger }
msel-col-number = #
msel-col-due = afati
msel-col-state = gjendja
msel-col-to = për
msel-col-synopsis = përmbledhja
msel-title = { " " }MSEL (d dorëzon injectin e zgjedhur, Enter e hap){ " " }

## CLI: run and replay summaries

run-conservation-failed = kontrolli i ruajtjes dështoi
run-heading = { $scenario } — fara { $seed } — u ekzekutua deri në T+{ $reached } (ngjarje: { $events })
run-bcps = Pikat e kalimit kufitar
run-col-bcp = BCP
run-col-arrivals = mbërritje
run-col-processed = përpunuar
run-col-queue = radha
run-col-max-queue = radha maks.
run-col-mean-wait = pritja mes.
run-col-p95-wait = pritja p95
run-registration = { "  " }(regjistrim)
run-sites = Qendrat e pritjes
run-col-site = qendra
run-col-now = tani
run-col-peak = kulmi
run-col-capacity = kapaciteti
run-col-open = e hapur
run-full = { "  " }plot
run-yes = po
run-no = jo
run-outdoors = Njerëz jashtë: { $now } tani, { $most } më së shumti; { $hours } orë-persona jashtë, prej tyre { $night } natën
run-waiting-outdoors = Presin jashtë në { $place } (përtej strehës): { $now } tani, { $most } më së shumti; { $hours } orë-persona, { $night } natën
run-vulnerable = Persona të cenueshëm
run-col-kind = lloji
run-col-identified = identifikuar
run-col-in-time = në kohë
run-col-late = vonë
run-col-pending = në pritje
run-col-no-service = pa shërbim
run-col-mean-handover = dorëzimi mes.
run-conservation = Ruajtja: { $arrived } mbërritën = { $in_system } në sistem + { $left } u larguan ({ $ways }) — { $verdict }
run-holds = qëndron
run-broken = NUK QËNDRON
run-phase = Faza e planit: { $phase }; { $requests } kërkesa në pritje të vendimit
run-gaps = Boshllëqet e koordinimit ({ $count })
run-col-number = #
run-col-category = kategoria
run-col-opened = hapur
run-col-closed = mbyllur
run-col-severity = rënd.
run-col-institutions = institucionet
run-col-gap = boshllëku
run-open = i hapur
replay-verdict = u riluajtën komanda: { $commands }, çdo gjurmë u përputh (u krahasuan: { $digests })
replay-model-changed = u riluajtën komanda: { $commands }; modeli ka ndryshuar që kur u regjistrua { $journal } (skema e gjurmëve { $recorded_scheme }, modeli { $recorded_model }; tani skema e gjurmëve { $scheme }, modeli { $model }), prandaj gjurmët e tij nuk u krahasuan. Gjurmët e reja:
replay-new-digest = {"  "}rreshti { $line }: i regjistruar { $recorded }, tani { $now }
replay-chain = zinxhiri i ditarit është i pakëputur në { $lines ->
        [one] { $lines } rresht
       *[other] { $lines } rreshta
    } pas kokës; vlera e tij e fundit është { $value } (citojeni me raportin: ajo e fikson të gjithë regjistrimin)

## CLI: spreadsheets (CSV) read in another encoding

sheet-encoding-assumed = shënim: { $file } nuk është tekst UTF-8, prandaj u lexua si { $encoding } (shqip ë, ç; serbisht č, ć, š, ž, đ). Nëse shkronjat duken gabim, importojeni përsëri me --encoding windows-1252, ose ruajeni fletën si UTF-8: në Excel, Save As > "CSV UTF-8 (Comma delimited)"; në LibreOffice Calc, Save As > Text CSV, bashkësia e shkronjave "Unicode (UTF-8)".
sheet-encoding-detected = shënim: { $file } u lexua si { $encoding }, siç thotë shenja e renditjes së bajtëve (BOM) në fillim të tij.

## CLI: check

check-valid = { $file }: i vlefshëm — vende: { $locations }, institucione: { $institutions }, funksione: { $functions }, injecte: { $injects }; gjetje koordinimi: { $findings }
check-finding = { "  " }paralajmërim [{ $category }] { $severity }: { $summary }
check-hint = { "  " }sugjerim { $file }:{ $line }:{ $column }: { $message }

## CLI: check and scenario show — does the scenario add up?

capacity-heading = A dalin llogaritë? (në kulmin e mbërritjeve)
capacity-ok = ok
capacity-short = MUNGESË
capacity-warning = { "  " }paralajmërim: line { $line }: { $message }
capacity-check-warning = { "  " }paralajmërim [kapaciteti] { $file }:{ $line }:{ $column }: { $message }
capacity-rates = { $per_hour }/orë ({ $per_day }/ditë)
capacity-stage-arrivals = mbërritjet
capacity-stage-crossings = kalimet
capacity-stage-registration = regjistrimi
capacity-stage-interpreters = përkthyesit { $language }
capacity-stage-transport = transporti
capacity-stage-beds = shtretërit
capacity-arrivals-peak = kulmi { $rates }
capacity-arrivals-total = gjithsej rreth { $people } persona gjatë { $duration }
capacity-handle = përballojnë { $rates }
capacity-peak-sends = në kulm dërgon { $rates }
capacity-staff-speak-it = stafi i regjistrimit e flet
capacity-interpreters-handle = përkthyes: { $count }, përballojnë { $rates }
capacity-fleet = { $fleet } { $buses } × { $seats } ulëse × { $trips } udhëtime vajtje-ardhje nga { $round_trip } = { $total }
capacity-transport-handles = { $seats }/ditë ({ $fleets })
capacity-transport-demand = në kulm dërgon { $people }/ditë
capacity-beds-handles = { $beds } shtretër (+{ $surge } shtesë për fluks)
capacity-beds-demand = zënia e pritur { $occupancy } ({ $per_hour }/orë × { $stay } qëndrim mesatar)
capacity-handled = { $stage } { $per_hour }/h
capacity-times = { $times } herë
capacity-far-more = shumë më tepër se
capacity-per-day-rate = shkalla e mbërritjeve { $rate } në orë te `{ $at }` është { $times } sa përballojnë fazat pas saj në orë ({ $handled }): gjatë { $duration } dërgon rreth { $people } persona; nëse { $rate } është shifër ditore, shkruani { $per_hour } në orë
capacity-unserved-language = gjuhën `{ $code }` të `{ $nationality }` nuk e flet asnjë përkthyes dhe askush nga stafi i regjistrimit: { $share } e mbërritjeve presin për një{ $like }
capacity-like-code = ; përkthyesit ose stafi flasin `{ $code }` — kodet duhet të përputhen saktësisht, shkruani `{ $code }`
capacity-rule-cannot-fire = rregulli i kërkesës { $request } nuk mund të shkaktohet kurrë: { $why }
capacity-why-transport = asnjë lidhje në këtë rrjet nuk përshkohet me autobus, prandaj njerëzit nuk presin kurrë për transport; shtoni një lidhje me `mode: Bus("fleet")` ose hiqeni rregullin
capacity-why-approval = plani nuk vendos `reception_needs_approval: true`, prandaj pritja miratohet që në fillim
capacity-why-officers = asnjë pikë kalimi nuk ka `queue_limit`, dhe vetëm një radhë mbi kufirin e saj kërkon zyrtarë

capacity-unknown-capability-like = objektivi `{ $objective }`: `{ $capability }` nuk është aftësi themelore e HSEEP; mos keni dashur të shkruani `{ $meant }`?
capacity-unknown-capability = objektivi `{ $objective }`: `{ $capability }` nuk është aftësi themelore e HSEEP (docs/scenario-format.md i rendit të 32); raporti mund ta vlerësojë vetëm nga detyrat kritike dhe vëzhgimet e vlerësuesve

## CLI: sweep

sweep-seeds = farat { $first }..={ $last }
sweep-no-seed = pa farë
sweep-heading = { $scenario }: { $replications } përsëritje ({ $seeds }), { $commands } komanda secila, deri në { $until }
sweep-col-ci = mesatarja, IB 90 %
sweep-col-metric = treguesi
sweep-col-place = vendi
sweep-col-mean = mesatarja
sweep-col-gaps = boshllëqe për përsëritje
sweep-col-replications = përsëritje
sweep-with = { $with } nga { $of }
sweep-col-median = mediana

## Seats (console --serve): the web pages and the console's Seats view
seats-title = fluxsim — vendet
seats-back-index = Të gjitha vendet
seats-projector = Projektori
seats-seats = Vendet
seats-evaluator = Vlerësuesit
seats-code = Kodi i hyrjes
seats-join = Hyr
seats-phase = Faza
seats-arrivals = të mbërritur
seats-queued = në pritje në radhë
seats-sheltered = në pritje/strehim
seats-outdoors = jashtë
seats-injects = Injektimet
seats-decisions = Vendimet
seats-none-yet = asgjë ende
seats-action = Veprim i lirë
seats-action-help = Çfarë bën institucioni juaj jashtë vendimeve më poshtë (regjistrohet në ditar; nuk ndryshon asgjë në model).
seats-action-empty = Nuk u dërgua: përshkruani së pari veprimin.
seats-observe = Vëzhgim
seats-observe-text = Çfarë vutë re
seats-observe-institution = Për institucionin (opsionale)
seats-observe-rating = Vlerësimi i propozuar (P, S, M, U; opsionale)
seats-decide = Vendos
seats-send = Dërgo
seats-waiting = Në pritje të vendimit tuaj
seats-nothing-waiting = asnjë kërkesë nuk pret për ju
seats-minutes-left = { $minutes ->
    [one] { $minutes } minutë e mbetur
   *[other] { $minutes } minuta të mbetura
}
seats-told = Çfarë ju është njoftuar
seats-your-decisions = Vendimet tuaja
seats-raci = Roli juaj në plan
seats-wrong-code = Nuk u pranuat: ky kod nuk e hap këtë vend.
seats-malformed = Nuk u dërgua: formulari nuk mund të lexohej. Rifreskoni faqen dhe provoni përsëri.
seats-too-large = Nuk u dërgua: formulari është më i madh se sa lejohet të dërgojë një vend.
seats-console-gone = Nuk u dërgua: konsola nuk pranon më kërkesa.
seats-unknown-seat = Nuk ka vend "{ $seat }".
seats-unknown-decision = Nuk ka vendim "{ $decision }".
seats-unknown-field = Formulari ka një fushë "{ $field }" që ky vendim nuk e merr.
seats-too-long = Fusha "{ $field }" është shumë e gjatë.
seats-done = U krye dhe u regjistrua në ditar: { $command }
seats-why-no-seat = vendi nuk ekziston
seats-why-no-code = nuk u dha kod
seats-why-wrong-code = kod i gabuar
seats-log-door = vendi { $seat } u refuzua në hyrje: { $reason }
seats-log-refused = kërkesa e vendit { $seat } u refuzua: { $reason }
seats-log-applied = vendi { $seat }: { $command }
seats-view-title = Vendet
seats-view-address = shërbehen në { $url }
seats-view-code = kodi
seats-view-open = faqe të hapura
seats-view-last = veprimi i fundit
seats-view-projector = faqe projektori të hapura: { $count }
seats-view-refused = të refuzuar në hyrje: { $count }
seats-view-evaluator = kodi i vlerësuesve
# The seat's address names an institution by its id: `/seat/<institution>`.
seats-view-seat-id = institucioni
seats-view-off = Nuk shërbehet asnjë vend: nisni konsolën me --serve (dhe --journal).

console-serve-needs-journal = --serve kërkon --journal FILE: çdo komandë që dërgon një vend regjistrohet në ditar, dhe kodet e vendeve ruhen pranë ditarit

## Coordination: the model's gaps, findings, requests and decisions (rendered from their keys)

list-and = { $head } dhe { $last }
people-count = { $count ->
        [one] 1 person
       *[other] { $count } persona
    }
plain-text = { $text }
request-subject-reception-approval = miratimi i pritjes
request-subject-transport = transporti
request-subject-temporary-site = qendra e përkohshme
request-subject-interpreters = përkthyesit
request-subject-officers = zyrtarët
ask-declare-phase = shpallja e fazës `{ $phase }`
metric-arrivals = mbërritjet gjatë { $window }
metric-queue = radha në { $place }
metric-any-queue = radha më e gjatë në një pikë kalimi
metric-occupancy = mbushja e { $site } (%)
metric-any-occupancy = mbushja më e lartë e një qendre të hapur (%)
metric-outdoors = njerëz jashtë
metric-in-country = njerëz në vend
request-reason-trigger = u plotësua kushti nxitës i fazës `{ $phase }`: { $metric } = { $measured }, mbi { $value }
request-reason-trigger-below = u plotësua kushti nxitës i fazës `{ $phase }`: { $metric } = { $measured }, ra nën { $value }
request-reason-queue = { $people } në radhë në { $place } (kufiri { $limit })
request-reason-reception = { $people } të regjistruar presin jashtë që të miratohet pritja
request-reason-temporary-site = çdo qendër e hapur pritjeje është plot; { $people } jashtë; qendra e mbyllur më e afërt: { $site }
request-reason-interpreters = { $people } presin përkthyes për gjuhën { $language }; nuk ka asnjë
request-reason-transport-waiting = { $people } presin në { $place } për { $fleet }, mbi kufirin prej { $limit }
request-reason-transport-breakdown = u prishën { $broken } mjete të { $fleet }; mbeten { $seats } ulëse në shërbim
request-withdrawn-no-reserve = nuk ka mbetur asnjë qendër rezervë për t'u hapur
request-withdrawn-opening = qendra { $site } po hapet tashmë
informed-request = kërkesa #{ $number } { $ask }: { $reason }
informed-decision = vendimi #{ $number }: { $what }
informed-notified = u njoftua për `{ $about }`
informed-inject = injekti { $number }: { $text }
decision-declare-phase = shpallja e fazës `{ $phase }`
decision-approve-reception = miratimi i pritjes
decision-open-temporary-site = hapja e qendrës së përkohshme { $site }
decision-deploy-officers = dërgimi i zyrtarëve në { $bcp }: { $officers }
decision-request-interpreters = kërkesë për përkthyes të gjuhës { $language }: { $count }
decision-arrange-buses = sigurimi i autobusëve për { $fleet }: { $buses }
decision-refer-case = marrja përsipër e rasteve: { $kind }
decision-notify = njoftimi i { $to } për `{ $about }`
decision-assign-function = caktimi i `{ $function }` te { $institution }
gap-queue = radha në { $place } e ka kaluar kufirin
gap-queue-evidence = { $people } presin në { $at } përkundër kufirit prej { $limit }, me { $servers } sportele në punë
gap-queue-action = Planifikoni përforcim me zyrtarë për { $place } para se radha të kalojë { $limit }
gap-reception-full = pritja është plot dhe njerëzit presin jashtë
gap-reception-full-evidence = { $people } jashtë në { $at }, me të gjitha { $beds } shtretërit e hapur të zënë
gap-reception-full-action = Identifikoni paraprakisht qendra të përkohshme, me procedurë aktivizimi dhe afate
gap-night = njerëzit e kalojnë natën jashtë
gap-night-evidence = { $people } jashtë në { $at } ({ $why })
gap-night-no-bed = asnjë shtrat i lirë
gap-night-not-approved = pritja nuk është miratuar
gap-night-action = Garantoni strehim për natën në kufi: pritje të miratuar paraprakisht dhe hapësirë të përkohshme me ngrohje
gap-no-reserve = plani nuk ka më asnjë qendër rezervë
gap-no-reserve-evidence = { $people } jashtë në { $at }, me të gjitha { $beds } shtretërit e qendrave të hapura të zënë
gap-no-reserve-sites = çdo qendër pritjeje e planit është e hapur ose e paarritshme: { $sites }
gap-no-reserve-action = Identifikoni në plan qendra të tjera rezervë, me procedurë aktivizimi dhe afate
gap-interpreter = asnjë përkthyes për gjuhën { $language }
gap-interpreter-evidence = { $people } presin në regjistrim në { $at } për një përkthyes të gjuhës { $language }; skenari nuk parashikon asnjë
gap-interpreter-queue = regjistrimi në { $place } është bllokuar duke pritur përkthyes
gap-interpreter-queue-action = Sillni mjaftueshëm përkthyes për { $languages } në { $place } (në vend ose në distancë) për sportelet e regjistrimit që ka
gap-interpreter-queue-evidence = { $people } presin në { $place } në { $at } për përkthyes ({ $languages }), i pari prej { $longest }, ndërsa { $idle } nga { $desks } sportele ishin të lira
gap-waiting-outdoors = njerëzit presin jashtë në { $place }, përtej strehës së saj
gap-waiting-outdoors-action = Strehoni këdo që pret në { $place } (zonë pritjeje më e madhe, tenda me ngrohje) ose lëvizini më shpejt
gap-waiting-outdoors-evidence = { $people } jashtë në { $at }: presin { $waiting }, strehë për { $shelter }
gap-interpreter-action = Kontraktoni paraprakisht përkthim në distancë për gjuhën { $language } dhe shënojeni në plan
gap-late-referral = { $kind }: raste të dorëzuara pas afatit
gap-late-referral-evidence = deri në { $at }: { $late } nga { $identified } të identifikuar u dorëzuan pas afatit prej { $deadline }; dorëzimi mesatar { $mean }
gap-late-referral-action = Ngritni shërbim kujdestarie 24/7 në kufi me shërbimin e caktuar për këto raste: { $kind }
gap-no-service = { $kind }: raste të identifikuara pa asnjë shërbim që t'i marrë
gap-no-service-evidence = { $people } të identifikuar si { $kind } deri në { $at }; asnjë rregull referimi nuk cakton shërbim
gap-no-service-action = Caktoni shërbimin që i merr këto raste, me afat: { $kind }
gap-phase-late = faza `{ $phase }` nuk u shpall edhe pse kushti i saj nxitës vazhdoi
gap-phase-late-action = Bëni shpalljen e fazës `{ $phase }` automatike me kushtin nxitës, ose caktoni një institucion që duhet ta shpallë brenda afatit të planit
gap-request-unanswerable = kërkesë për { $kind } së cilës askush nuk mund t'i përgjigjet
gap-request-late = kërkesa për { $kind } pret përtej afatit
gap-request-late-action = Caktoni një institucion llogaridhënës për vendimet për { $kind }, me zëvendës dhe kohë maksimale vendimi
gap-request-evidence = kërkesa #{ $number } ({ $ask }) u ngrit në { $raised } ({ $reason }), afati { $deadline }, iu drejtua: { $asked }
gap-request-waiting = ende pa përgjigje në { $at } pas { $waited }; { $people } presin (radhë dhe jashtë)
gap-asked-nobody-function = askujt: `{ $function }` nuk ka institucion llogaridhënës
gap-asked-nobody = askujt: plani nuk cakton funksion për të
gap-uninformed = { $by } nuk e njoftoi { $who } për një vendim
gap-uninformed-action = Zbatoni rregullin e njoftimit të planit për `{ $function }`: kush vendos njofton { $who } brenda { $within }, me mesazh dhe kanal standard
gap-uninformed-decision = vendimi #{ $number } nga { $by } në { $at }: { $what }
gap-uninformed-evidence = plani thotë se { $who } duhet të njoftohet brenda { $within }; askush nuk i njoftoi deri në { $at }
gap-authority = { $by } vendosi pa pasur autoritet për këtë
gap-authority-action = Konfirmoni në plan nëse { $by } mund ta vendosë këtë ({ $what }); nëse po, bëjeni llogaridhënës për `{ $function }`
gap-decision-evidence = vendimi #{ $number } në { $at }: { $what } nga { $by }
gap-function-unheld = `{ $function }` nuk ka institucion llogaridhënës
gap-function-held = `{ $function }` e mban { $holders }
gap-duplicate = { $first } dhe { $second } vendosën të dy: { $what }
gap-duplicate-action = Bini dakord kush vendos vetëm për `{ $function }` dhe si konsultohet tjetri
gap-duplicate-accountable = Llogaridhënës për `{ $function }`: { $holders }
finding-use-coordination = plani e cakton si koordinim të grupit të punës
finding-use-declares = plani thotë se ai shpall fazën `{ $phase }`
finding-use-requests = plani i dërgon kërkesat për { $kind } (afati { $deadline })
finding-use-referrals = { $kind }: këto raste i referohen atij (afati { $deadline })
finding-use-requests-never = plani i dërgon kërkesat për { $kind }, por në këtë skenar nuk mund të lindë asnjë: { $why }
finding-never-transport = asnjë lidhje nuk përshkohet nga një flotë autobusësh ose trenash
finding-never-reception-approval = pritja nuk pret miratim (plan.reception_needs_approval është false)
finding-never-reception = nuk ka asnjë qendër pritjeje
finding-never-temporary-site = asnjë qendër pritjeje nuk fillon e mbyllur, prandaj nuk ka asnjë për të hapur
finding-never-officers = asnjë pikë kalimi nuk ka kufi radhe
finding-never-interpreters = çdo gjuhë e grupit ka përkthyes ose flitet në çdo pikë regjistrimi
finding-no-coordination = plani nuk cakton asnjë funksion që koordinon grupin e punës për emergjenca
finding-no-coordination-evidence = plan.coordination nuk është caktuar
finding-no-coordination-action = Caktoni në plan cili institucion kryeson grupin e punës për emergjenca
finding-unowned = asnjë institucion nuk është llogaridhënës për „{ $name }“
finding-unowned-evidence = `{ $function }` nuk ka asnjë institucion llogaridhënës
finding-unowned-action = Caktoni një institucion llogaridhënës për „{ $name }“ në plan dhe në procedurat standarde
finding-contested = { $claimants } e pretendojnë të dy „{ $name }“
finding-contested-evidence = `{ $function }` ka si llogaridhënës { $claimants }
finding-contested-action = Bini dakord dhe shkruani një institucion të vetëm llogaridhënës për „{ $name }“, me bazën e tij ligjore
finding-no-trigger = faza `{ $phase }` nuk ka kusht nxitës të matshëm
finding-trigger-none = faza `{ $phase }` nuk ka fare kusht nxitës
finding-trigger-narrative = faza `{ $phase }` nxitet nga „{ $text }“, që askush nuk mund ta masë
finding-trigger-action = Shkruani një kusht nxitës të matshëm për fazën `{ $phase }` (p.sh. mbërritjet brenda 24 orësh mbi një numër, pritja mbi një pjesë të kapacitetit)
finding-no-declarer = askush nuk është i autorizuar të shpallë fazën `{ $phase }`
finding-no-declarer-function = faza `{ $phase }` nuk cakton asnjë funksion të autorizuar për ta shpallur
finding-declarer-unheld = faza `{ $phase }` shpallet nga `{ $function }`, që nuk ka institucion llogaridhënës
finding-no-declarer-action = Caktoni në plan institucionin që shpall fazën `{ $phase }`
finding-no-rule = plani nuk thotë kush { $what }
finding-no-rule-evidence = plan.requests nuk ka rregull për { $kind }
finding-no-rule-action = Caktoni në plan institucionin që { $what }, dhe afatin e tij
finding-what-reception = miraton pritjen e një grupi në kufi
finding-what-temporary-site = hap një qendër të përkohshme kur pritja është plot
finding-no-referral = asnjë shërbim nuk është caktuar për këto raste: { $kind }
finding-no-referral-evidence = { $share } % e mbërritjeve: { $kind }; referimet nuk kanë rregull për ta
finding-no-referral-action = Caktoni shërbimin që i merr këto raste dhe afatin e dorëzimit: { $kind }
finding-referral-unheld = { $kind }: këto raste shkojnë te `{ $function }`, që nuk e mban asnjë institucion
finding-referral-unheld-evidence = funksioni `{ $function }` nuk ka institucion përgjegjës apo llogaridhënës
finding-referral-unheld-action = Caktoni institucionin që i merr këto raste: { $kind }

## Commands as the console's messages and the report's timeline describe them

describe-deliver-inject = dërgo injektin { $number }
describe-set-role = { $institution } bëhet { $role }
describe-action = veprim: { $text }
describe-note = shënim: { $text }
describe-observation = vëzhgim: { $text }
describe-close-bcp = mbyll pikën e kalimit { $bcp }
describe-open-bcp = hap pikën e kalimit { $bcp }
describe-change-officers = ndrysho zyrtarët në { $bcp } me { $by }
describe-set-capacity = cakto { $site } në { $capacity ->
        [one] 1 shtrat
       *[other] { $capacity } shtretër
    }
describe-open-site = hap qendrën { $site }
describe-close-site = mbyll qendrën { $site }
describe-unlock-surge = lejo kapacitetin shtesë
describe-surge = fluks prej { $people } në { $entry } gjatë { $over }
describe-surge-of = fluks prej { $people } ({ $nationality }) në { $entry } gjatë { $over }
describe-close-border = { $country } mbyll kufirin
describe-open-border = { $country } rihap kufirin
describe-bcp-closes = pika e kalimit { $bcp } mbyllet
describe-bcp-opens = pika e kalimit { $bcp } rihapet
describe-site-incident = incident në { $site }: humbën { $beds } shtretër
describe-site-incident-isolated = incident në { $site }: humbën { $beds } shtretër, rast sëmundjeje: e izoluar
describe-interpreter-shortage = mungojnë { $interpreters } përkthyes të gjuhës { $language }
describe-officer-shortage = { $officers } zyrtarë thirren larg nga { $bcp }
describe-transport-breakdown = prishen { $buses } autobusë të { $fleet }
describe-message = mesazh nga { $from }: { $text }
ask-with-subject = { $ask }: { $subject }

## Console: the inspector's gap, inject and request sections

inspector-no-gap = nuk ka boshllëk të tillë
inspector-gap-ref = boshllëku { $number } ({ $category })
inspector-category = kategoria
inspector-gap = boshllëku
inspector-opened = u hap
inspector-closed = u mbyll
inspector-still-open = ende i hapur
inspector-severity = rëndësia
inspector-function = funksioni
inspector-institutions = institucionet
inspector-place = vendi
inspector-request = kërkesa
inspector-persons-affected = persona të prekur
inspector-evidence = Dëshmitë
inspector-values = Vlerat kur u hap
# A gap's measured values, by name.
gap-value-beds = shtretër
gap-value-identified = të identifikuar
gap-value-idle-desks = sportele të lira
gap-value-late = me vonesë
gap-value-limit = kufiri
gap-value-longest-h = pritja më e gjatë (h)
gap-value-outdoors = jashtë
gap-value-people-waiting = njerëz në pritje
gap-value-queue = radha
gap-value-servers = sportele
gap-value-shelter = në strehim
gap-value-uninformed = të painformuar
gap-value-waited-h = pritur (h)
gap-value-waiting = në pritje
inspector-action = veprimi
inspector-inject-delivered = dërguar në { $at }
inspector-inject-due = në kohë, i padërguar
inspector-inject-upcoming = i ardhshëm
inspector-due = koha
inspector-state = gjendja
inspector-from = nga
inspector-to = për
inspector-method = mënyra
inspector-synopsis = përmbledhja
inspector-expected = veprimi i pritur
inspector-capability = aftësia
inspector-notes = shënime
inspector-no-request = nuk ka kërkesë të tillë
inspector-request-title = kërkesa #{ $number }
inspector-answered = u përgjigj { $by } në { $at } (vendimi #{ $decision })
inspector-withdrawn = u tërhoq në { $at }: { $reason }
inspector-overdue = e hapur, e vonuar { $minutes } min
inspector-minutes-left = e hapur, mbeten { $minutes } min
inspector-nobody-accountable = askush nuk është llogaridhënës
inspector-asks = kërkon
inspector-about = për
inspector-why = pse
inspector-asked-of = iu drejtua
inspector-raised = u ngrit
inspector-deadline = afati
inspector-gaps = boshllëqet

## Console: search

search-title = { " " }Kërko (Enter hap · ↑↓ zgjidh · Esc anulon){ " " }
search-prompt = shkruani një id ose emër: vend, institucion, injekt (#3), boshllëk, kërkesë
search-nothing = asgjë nuk përputhet me `{ $text }`
search-in-all = { $count ->
        [one] 1 përputhje gjithsej
       *[other] { $count } përputhje gjithsej
    }
search-kind-place = vend
search-kind-institution = institucion
search-kind-inject = injekt
search-kind-gap = boshllëk
search-kind-request = kërkesë
search-gap = boshllëku { $number } — { $category } { $place } { $summary }
search-request = kërkesa #{ $number } — { $ask } { $subject } për { $to }

## Console: charts, the network, the replay line

console-speed-real-time = kohë reale
sparkline-arrivals = mbërritje për { $every }
sparkline-arrivals-last = mbërritje për { $every }, { $span } e fundit
sparkline-queued = në radhë
sparkline-outdoors = jashtë
sparkline-title = { $title }: { $last } (maks. { $max })
network-title = { " " }Rrjeti i rrugëve (radha · shtretër të zënë/kapaciteti){ " " }
replay-read-only = RILUAJTJE (vetëm për lexim)
replay-command-of = { " " }· komanda { $applied }/{ $total } ·{ " " }
replay-keys = ←→ 15m · PgUp/Dn 1h · [ ] komanda · < > pikë kyçe · Home/End
replay-here-gap = mangësia { $id } u hap: { $summary }
replay-here-delivered = injekti { $number } u dorëzua: { $synopsis }
replay-here-observation = vëzhgim: { $text }
replay-here-command = komanda e fundit { $at }: { $command }
replay-here-refused = komanda e fundit { $at } (u refuzua): { $command }

## Objectives and critical tasks: statuses, evidence, the report's table, the console
task-open = e hapur
task-at-risk = në rrezik
task-met = e përmbushur
task-failed = e dështuar
task-evaluators = për vlerësuesit
task-evidence-none = -
task-evidence-outdoors = { $people ->
    [one] 1 person pret jashtë
   *[other] { $people } persona presin jashtë
}
task-evidence-late-referrals = { $people ->
    [one] 1 person u dorëzua pas afatit të planit
   *[other] { $people } persona u dorëzuan pas afatit të planit
}
task-evidence-no-service = { $people ->
    [one] 1 person i identifikuar pa shërbim të caktuar
   *[other] { $people } persona të identifikuar pa shërbim të caktuar
}
task-evidence-handover = dorëzimi mesatar { $mean } ndaj afatit { $deadline }
task-evidence-decision = vendimi #{ $number } nga { $by }
task-evidence-trigger = shkaktari u plotësua nga { $since }; shpallja duhej deri në { $due }
task-evidence-metric = u mat { $value } ndaj { $limit }
task-evidence-held = u mbajt deri në fund të ushtrimit
report-tasks = Detyrat kritike
report-no-tasks = Skenari nuk ka objektiva me detyra kritike.
report-col-objective-name = Objektivi
report-col-task = Detyra kritike
report-col-status = Gjendja
report-col-evidence = Dëshmia
report-col-tasks-rating = Detyrat kritike
report-rule-tasks = Detyrat kritike vlerësojnë kapacitetin e objektivit të tyre: P kur çdo detyrë e gjykuar nga motori u përmbush, M kur një dështoi, U kur më shumë se gjysma dështuan. Detyrat ende të hapura në fund ose të lëna për vlerësuesit nuk numërohen. Vlerësimi i kapacitetit është më i keqi nga ai i boshllëqeve, i detyrave dhe i vlerësuesve.
header-tasks = detyra ✓{ $met } !{ $risk } ✗{ $failed } /{ $total }
console-task-changed = Detyra kritike { $status }: { $task }
institutions-tasks = Detyrat kritike:
seats-observe-capability = Kapaciteti
seats-observe-task = Detyra kritike
seats-observe-inject = Inxhekti të cilit i përgjigjet

## Exercise timer: wall-clock play time, breaks and days (console keys b and E, journal markers, the report's timeline)
key-break = nis lojën (ose ditën tjetër), bëj pushim ose vazhdo pas tij
help-timer = Kohëmatësi i ushtrimit (shënohet në ditar)
key-end-day = përfundo lojën e ditës
header-timer-playing = dita { $day }, { $played } lojë
header-timer-break = pushim nga { $since } UTC ({ $played } lojë)
header-timer-day-ended = dita { $day } përfundoi në { $since } UTC
console-timer-start = Dita { $day } e lojës nisi në { $wall } UTC
console-timer-break = Pushim nga { $wall } UTC: ora është ndalur; b e vazhdon lojën
console-timer-resume = Loja vazhdoi në { $wall } UTC pas një pushimi prej { $length }
console-timer-end-day = Dita { $day } përfundoi në { $wall } UTC; b nis ditën { $next }
console-timer-not-playing = Dita nuk ka nisur: b e nis lojën
console-timer-failed = Shënimi i kohëmatësit nuk u shkrua në ditar, prandaj nuk u bë: { $error }
moment-marker = kohëmatësi i ushtrimit
moment-marker-start = loja nis ({ $wall })
moment-marker-break = pushim ({ $wall })
moment-marker-resume = loja vazhdon ({ $wall })
moment-marker-end-day = fundi i lojës së ditës ({ $wall })

## Mistakes: strike the last command (console key X, journal Struck lines)
help-mistakes = Gabimet (shënohen në ditar)
help-schedule = Koha e MSEL (shënohet në ditar)
key-strike = fshij komandën e fundit, sa kohë ora qëndron aty ku u dha
console-struck = U fshi: { $command } në { $at }. Ushtrimi u simulua përsëri pa të; ditari e ruan me një rresht fshirjeje
console-log-struck = fshirë: { $command }
console-strike-nothing = Nuk ka ç'të fshihet: asnjë komandë nuk është shënuar në ditar që nga fshirja e fundit
console-strike-moved = Ora ka ecur që nga komanda e fundit (dhënë në { $at }): ajo nuk mund të fshihet më
console-strike-failed = Komanda nuk u fshi: { $error }

strength-task = Detyrë kritike e përmbushur: { $task } ({ $evidence }, { $at })
strength-observation = Vlerësuesit në { $at }: “{ $text }” (vlerësuar { $rating })
report-evidence-task = detyra kritike dështoi në { $at }: { $task } ({ $evidence })
report-evidence-observation = vlerësuesit në { $at }: “{ $text }” (vlerësuar { $rating })

## fluxsim observe: the hot wash's observations added to a copy of a journal
observe-cannot-read = nuk mund të lexohet { $file }: { $error }
observe-written = { $count ->
    [one] U shtua 1 vëzhgim
   *[other] U shtuan { $count } vëzhgime
} pas fundit të { $journal } në { $output } ({ $journal } vetë mbetet i pandryshuar)
report-hot-wash = Shtuar pas ushtrimit (analiza e menjëhershme)
report-no-hot-wash = Asnjë vëzhgim nuk u shtua pas ushtrimit.
## CLI: errors, notes of fork and report, the compare table

cli-error = gabim: { $message }
cli-cannot-read = { $path } nuk mund të lexohet: { $reason }
cli-fork-done = degëzimi { $output }: nga { $journal } u mbajtën { $kept ->
        [one] 1 komandë
       *[other] { $kept } komanda
    } para T+{ $at }, u lanë jashtë { $left } në atë kohë ose më vonë; gjendja atje { $state }
cli-fork-continue = vazhdojeni me `fluxsim run --resume { $output } --commands SKRIPTI` (komandat e skriptit para T+{ $at } duhet të jenë ato të mbajtura)
cli-report-done = raporti { $output }: { $name } në T+{ $reached }, boshllëqe: { $gaps }, fusha për përmirësim: { $areas }
cli-compare-title = { $scenario } — fara { $seed } — krahasim „po sikur“
cli-compare-branch = { $label }  { $journal } (deri në { $reached }, komanda: { $commands })
cli-compare-branch-forked = { $label }  { $journal } (deri në { $reached }, komanda: { $commands }; degëzuar nga { $from } në { $at })
cli-compare-metric = treguesi
cli-compare-only = Boshllëqe vetëm në { $label } ({ $count })
cli-compare-differences = { $count ->
        [one] 1 ndryshim
       *[other] { $count } ndryshime
    }
cli-console-needs-terminal = konsola ka nevojë për një terminal; pa të, ekzekutojeni skenarin pa ndërfaqe me `fluxsim run [FILE] [--seed N] [--until TIME] [--format json]`, ose riluani një ditar me `fluxsim replay JOURNAL`
cli-terminal-unopened = terminali nuk mund të hapet: { $reason }
cli-terminal-error = gabim i terminalit: { $reason }
cli-run-recorded = ditari { $path }: { $count ->
        [one] u regjistrua 1 komandë
       *[other] u regjistruan { $count } komanda
    }
cli-run-later = { $count ->
        [one] shënim: 1 komandë (injekt MSEL ose e skriptit) me afat pas T+{ $until } nuk u zbatua
       *[other] shënim: { $count } komanda (injekte MSEL dhe skripti) me afat pas T+{ $until } nuk u zbatuan
    }
cli-run-resumed = u vazhdua { $path }: u riluajtën komanda: { $commands } deri në T+{ $at }, përputhje të gjurmëve: { $digests }


## Seats: the evaluators' view of the critical tasks
seats-tasks = Detyrat kritike
seats-task = { $status }: { $task }

## Console: observations in search and in an institution's detail
search-kind-observation = vëzhgim
search-observation = { $at } “{ $text }”
institutions-observations = Vëzhguar:

## Report: executive summary, exercise overview, areas grouped by root cause, improvement-plan sheet
report-summary = Përmbledhje ekzekutive
report-summary-findings = Gjetjet më të rëndësishme
report-summary-ratings = Vlerësimet e aftësive me një vështrim
summary-ran = { $name } u luajt nga { $start } për { $reached } kohë ushtrimi (deri më { $end }); ditari mban { $commands ->
        [one] 1 komandë
       *[other] { $commands } komanda
    }.
summary-people = { $arrivals ->
        [one] Mbërriti 1 person
       *[other] Mbërritën { $arrivals } persona
    }: { $in_system } ishin ende në sistem në fund dhe { $departed } e kishin lënë atë.
summary-outdoors = Më së shumti { $peak } persona pritën jashtë njëkohësisht, gjithsej { $hours } orë-person ({ $night } prej tyre natën).
summary-gaps = Motori gjeti { $gaps ->
        [one] 1 boshllëk koordinimi
       *[other] { $gaps } boshllëqe koordinimi
    } ({ $open } ende të hapura në fund), që përmblidhen në { $areas ->
        [one] 1 fushë për përmirësim
       *[other] { $areas } fusha për përmirësim
    }; faza e planit në fund: { $phase }.
summary-decisions = Njerëzit morën { $people ->
        [one] 1 vendim
       *[other] { $people } vendime
    }; simulimi mori { $simulation } për institucionet që luajti vetë.
summary-finding = { $number }. { $text }
summary-finding-area = Fusha për përmirësim { $number } ({ $capability }): { $title } — { $count ->
        [one] 1 rast
       *[other] { $count } raste
    }, e hapur gjithsej { $hours } orë, deri në { $people } persona të prekur.
summary-finding-bottleneck = Pika më e ngushtë: { $place } ({ $id }, { $role }) — 95 % e personave atje pritën deri në { $p95 } (mesatarisht { $mean }), me deri në { $queue } në radhë.
summary-place-gap = boshllëku #{ $id } në { $at }: { $summary }
summary-more-evidence = … dhe { $count ->
        [one] 1 rresht tjetër
       *[other] { $count } rreshta të tjerë
    } dëshmie te fusha për përmirësim { $area }.
summary-no-findings = Motori nuk regjistroi asnjë boshllëk dhe askush nuk priti në një pikë kalimi apo regjistrimi.
report-front = Pasqyra e ushtrimit
report-front-missing = Skenari nuk jep pasqyrë të ushtrimit (data, vendndodhje, fushëveprim, fusha misioni, kërcënim, sponsor, pjesëmarrës, person kontakti): shtojini në seksionin exercise të tij (docs/scenario-format.md) që të shtypen këtu.
report-front-not-given = nuk jepet në skenar
report-front-name = Emri i ushtrimit
report-front-dates = Datat e ushtrimit
report-front-dates-value = { $dates } (koha e ushtrimit nga { $start }, { $duration })
report-front-scenario-time = koha e ushtrimit nga { $start }, { $duration }
report-front-location = Vendndodhja
report-front-scope = Fushëveprimi
report-front-mission-areas = Fushat e misionit
report-front-capabilities = Aftësitë thelbësore
report-front-objectives = Objektivat
report-front-threat = Kërcënimi ose rreziku
report-front-scenario = Skenari
report-front-sponsor = Sponsori
report-front-contact = Personi i kontaktit
report-col-organisation = Organizata pjesëmarrëse
report-col-exercise-role = Roli në ushtrim
mission-area-prevention = Parandalim
mission-area-protection = Mbrojtje
mission-area-mitigation = Zbutje
mission-area-response = Reagim
mission-area-recovery = Rimëkëmbje
participant-role-player = lojtar
participant-role-controller = kontrollues
participant-role-facilitator = lehtësues
participant-role-evaluator = vlerësues
participant-role-simcell = qeli simulimi
participant-role-observer = vëzhgues
participant-role-sponsor = sponsorizues
report-areas-rank = Çdo fushë është një shkak rrënjësor: boshllëqet e një kategorie, për një funksion, me një institucion kryesor përgjegjës. Fushat renditen sipas rëndësisë (e ulët 1, mesatare 2, e lartë 3) × orëve gjatë të cilave të paktën një nga boshllëqet e saj ishte i hapur × numrit më të madh të personave të prekur nga një boshllëk i saj (të paktën 1).
report-cause-unowned = Asnjë institucion nuk mban përgjegjësi për një funksion që i nevojitet planit
report-cause-contested = Dy ose më shumë institucione pretendojnë përgjegjësinë për të njëjtin funksion
report-cause-trigger = Një fazë e planit nuk ka nxitës të matshëm ose askënd të autorizuar ta shpallë, ose nuk u shpall me kohë
report-cause-latency = Kërkesat pritën përtej afatit për institucionin përgjegjës
report-cause-capacity = Kërkesa e tejkaloi kapacitetin
report-cause-referral = Personat vulnerabël nuk iu dorëzuan me kohë shërbimit përgjegjës
report-cause-information = Vendimet nuk iu komunikuan institucioneve që përmend plani
report-cause-authority = Vendimet u morën pa autoritetin për to, ose ishin në kundërshtim
report-clock = dita { $day }, { $time }
report-when = { $t } ({ $clock })
report-occurrence-closed = { $opened } deri { $closed }
report-occurrence-open = nga { $opened }, ende i hapur në fund
report-occurrence = boshllëku #{ $id }, { $period }: { $summary } — { $evidence }
report-occurrence-bare = boshllëku #{ $id }, { $period }: { $summary }
report-name-id = { $name } ({ $id })
report-area-heading-about = { $number }. { $capability } — { $title } (lidhur me: { $about })
report-area-function = Funksionet
report-area-no-function = asnjë (situata)
report-area-responsible = Institucioni kryesor përgjegjës
report-area-category = Kategoria e boshllëkut
report-area-occurrences = Rastet
report-area-occurrences-value = { $count }: { $gaps }
report-area-severity = Rëndësia më e lartë
report-area-duration = E hapur gjithsej
report-area-people = Më së shumti persona të prekur nga një rast
report-area-score = Pikët e renditjes
report-area-action = Veprimi korrigjues
report-area-evidence = Dëshmitë ({ $count ->
        [one] 1 rresht
       *[other] { $count } rreshta
    }):
report-plan-rule = Një hyrje për çdo fushë për përmirësim, në të njëjtin rend. Zyrtari përgjegjës dhe datat vijnë nga fleta e planit të përmirësimit (fluxsim report --plan-template e shkruan; --plan e lexon).
report-col-officer = Zyrtari përgjegjës
cli-plan-template-done = u shkrua { $output }: fleta e planit të përmirësimit me { $areas ->
        [one] 1 hyrje
       *[other] { $areas } hyrje
    }; plotësoni zyrtarin, fillimin dhe përfundimin, pastaj jepeni me --plan
report-col-other-kind = Nën një vulnerabilitet tjetër
report-referrals-rule = Çdo rresht mblidhet: dorëzuar me kohë + me vonesë + në dorëzim + pa shërbim + dorëzuar nën një vulnerabilitet tjetër = identifikuar. Një person me disa vulnerabilitete numërohet nën secilin dhe i dorëzohet shërbimit të të parit që ka një shërbim.
report-peaks-rule = Një kulm (më së shumti në radhë, jashtë apo në një vend strehimi) është numri më i madh në çdo çast, siç e numëron motori; grafikët vizatojnë mostra për çdo orë, prandaj pika e tyre më e lartë mund të jetë më e ulët.
expected-declare-phase = shpall një fazë
expected-approve-reception = mirato pritjen
expected-open-site = hap një vend të përkohshëm
expected-deploy-officers = dërgo zyrtarë
expected-request-interpreters = kërko përkthyes
expected-arrange-buses = siguro autobusë
expected-refer-case = merr përgjegjësinë për rastet vulnerabël
expected-notify = informo një institucion
expected-assign-function = përcakto kush është përgjegjës për një funksion
expected-subject = : { $subject }
expected-by = , nga { $by }
expected-within = , brenda { $within }
report-capability-logistics = Logjistika dhe menaxhimi i zinxhirit të furnizimit
report-capability-on-scene-security = Siguria, mbrojtja dhe zbatimi i ligjit në vendngjarje
report-capability-public-information = Informimi publik dhe paralajmërimi

## Seats: informing with a message, the projector's charts and gaps, a seat's places
decision-notify-text = njoftimi i { $to } për `{ $about }`: “{ $text }”
informed-notified-text = u njoftua për `{ $about }`: “{ $text }”
field-help-notify-text = çfarë u thuhet, me fjalët tuaja (mund të lihet bosh)
# What a command form calls its fields.
field-label-bcp = BCP
field-label-site = qendra
field-label-by = nga
field-label-change = ndryshim
field-label-capacity = kapaciteti
field-label-phase = faza
field-label-officers = zyrtarë
field-label-language = gjuha
field-label-interpreters = përkthyes
field-label-fleet = flota
field-label-buses = autobusë
field-label-vulnerability = cenueshmëria
field-label-to = për
field-label-about = lidhur me
field-label-text = teksti
field-label-function = funksioni
field-label-institution = institucioni
field-label-role = roli
field-label-rating = vlerësimi
key-projector-gaps = shfaq ose fshih në projektor boshllëqet e hapura të koordinimit
seats-log-projector-gaps-on = Projektori shfaq boshllëqet e hapura të koordinimit.
seats-log-projector-gaps-off = Projektori nuk i shfaq më boshllëqet e koordinimit.
seats-view-projector-gaps-on = boshllëqet e hapura në projektor: të shfaqura (P i fsheh)
seats-view-projector-gaps-off = boshllëqet e hapura në projektor: të fshehura (P i shfaq)
seats-inform = Informo institucione të tjera
seats-inform-to = Institucionet që informohen
seats-inform-about = Për çfarë (funksion ose fazë)
seats-inform-text = Mesazhi juaj (opsional; e lexojnë vetëm ata që informoni)
seats-inform-nobody = Nuk u dërgua: zgjidhni të paktën një institucion për ta informuar.
seats-chart-arrivals = Persona të mbërritur
seats-chart-outdoors = Persona jashtë
seats-chart-queues = Radha në çdo pikë kalimi
seats-gaps = Boshllëqe të hapura të koordinimit
seats-no-gaps = asnjë boshllëk i hapur
seats-gap = { $category }: { $summary }
seats-places = Vendet që drejtoni
seats-no-places = Institucioni juaj nuk drejton asnjë vend në këtë skenar.
seats-place-queue = { $queue } në pritje · { $servers } në punë · { $hour } të përpunuar në orën e fundit
seats-place-beds = { $taken } nga { $capacity } të zëna
seats-place-closed = mbyllur
seats-place-waiting = { $queue } në pritje
seats-reported = Vendet e tjera, siç ju janë raportuar për herë të fundit ({ $at })
seats-reported-title = Vendet e tjera
seats-reported-none = Ende nuk ju është raportuar asgjë: shifrat e vendeve që nuk i drejtoni vijnë me atë që ju thuhet.

## Errors: journals (reading, recording, replaying, forking)
journal-error-read = { $path } nuk mund të lexohet: { $reason }
journal-error-create = { $path } nuk mund të krijohet: { $reason }
journal-error-open = { $path } nuk mund të hapet: { $reason }
journal-error-cut = rreshti i këputur nuk mund të pritet nga { $path }: { $reason }
journal-error-sync = { $path } nuk mund të sinkronizohet në disk: { $reason }
journal-error-write = në { $path } nuk mund të shkruhet: { $reason }
journal-error-corrupt = { $path }:{ $line }:{ $column }: { $message }
journal-error-corrupt-help = çdo rresht është një nga Header(...), Command(at: "T+6h", command: ...), Digest(state: "..."), Refused(reason: "..."), Reached(at: ..., state: ...), Forked(from: ..., at: ..., state: ...); shihni docs/journal-format.md
journal-error-not-utf8 = rreshti nuk është tekst i vlefshëm UTF-8
journal-error-no-header = { $path }: ditari nuk ka rresht kreu
journal-error-no-header-help = një ditar fillon me `Header(format: 2, engine: ..., hash: ..., seed: ...)`; një skedar vetëm me rreshta komandash është skript për `run --commands`
journal-error-misplaced-header = { $path }:{ $line }: kreu mund të jetë vetëm rreshti i parë
journal-error-unsupported-format = { $path }: formati { $found } i ditarit nuk mbështetet; ky fluxsim lexon formatet 1 deri në { $supported }
journal-error-earlier-format = { $path } u regjistrua në formatin { $format } të ditarit (skema e gjurmëve { $digest }, modeli { $model }); ky fluxsim shkruan formatin { $current_format } (skema e gjurmëve { $current_digest }, modeli { $current_model }) dhe nuk mund t'i shtojë rreshta
journal-error-earlier-format-help = ai ende riluhet; për ta vazhduar, degëzojeni në fund të tij në një ditar të formatit aktual (`fluxsim fork { $path } --at T+{ $reaches } -o NEW.journal`) dhe vazhdoni atë
journal-error-scenario-changed = skenari { $scenario } nuk është ai me të cilin u regjistrua { $path }: ditari shënon { $recorded }, skenari tani ka hash-in { $actual }
journal-error-scenario-changed-help = riluajeni me skedarin e skenarit siç ishte (--scenario FILE), ose regjistroni një ditar të ri
journal-error-series-changed = seria e vëzhguar { $series } nuk është ajo me të cilën u regjistrua { $path }: ditari shënon { $recorded }, seria tani ka hash-in { $actual }
journal-error-series-changed-help = riluajeni pranë skedarit të serisë siç ishte (skenari e lexon nga dosja e vet), ose regjistroni një ditar të ri
journal-error-time-order = { $path }:{ $line }: ky rresht është në T+{ $at }, para rreshtit të mëparshëm në T+{ $previous }
journal-error-stray-outcome = { $path }:{ $line }: një rresht { $kind } duhet të vijë menjëherë pas një rreshti komande
journal-error-stray-strike = { $path }:{ $line }: një rresht Struck anulon komandën e zbatuar menjëherë para tij, të dhënë në të njëjtën kohë ({ $at })
journal-error-after-command = pas komandës në rreshtin { $line }
journal-error-at = në T+{ $at }
journal-error-digest-mismatch = { $path }:{ $line }: gjendja ndryshon nga regjistrimi { $after }: ditari shënon gjurmën { $recorded }, riluajtja arriti në { $replayed }
journal-error-digest-mismatch-help = skenari, fara ose motori sillet ndryshe nga kur u shkrua ditari
journal-error-refused-on-replay = { $path }:{ $line }: komanda refuzohet gjatë riluajtjes: { $reason }
journal-error-applied-on-replay = { $path }:{ $line }: komanda u refuzua kur u regjistrua ({ $reason }), por gjatë riluajtjes zbatohet
journal-error-exists = { $path } ekziston tashmë
journal-error-exists-help = vazhdojeni me `run --resume { $path }`, ose zgjidhni një skedar tjetër për një ditar të ri
journal-error-fork-past-end = { $path } arrin deri në T+{ $reaches }; një degëzim në T+{ $at } është përtej fundit të ushtrimit
journal-error-fork-past-end-help = degëzojeni në një kohë deri në T+{ $reaches }
journal-error-torn-too-long = { $path }:{ $line }: ditari mbaron me { $bytes } bajtë pa kalim në rresht të ri (`{ $excerpt }`), shumë më tepër se një rresht i këputur gjatë shkrimit; skedari u la siç ishte
journal-error-torn-too-long-help = diçka tjetër përveç fluxsim i shtoi rreshta ditarit: shikoni fundin e tij, ruani një kopje dhe shkurtojeni deri te rreshti i fundit i plotë para se ta vazhdoni
journal-error-never-recorded = { $path } nuk ka asnjë rresht të plotë: asnjë komandë nuk u regjistrua kurrë në të (regjistrimi u ndal para se të shkruhej kreu)
journal-error-never-recorded-help = filloni ushtrimin nga e para në vend të tij: `{ $start }`
journal-error-given-by-hand = { $path }:{ $line }: { $recorded } u dha me dorë (në konsolë ose nga një skript), jo nga MSEL-i i skenarit; një ekzekutim pa ndërfaqe nuk mund ta dijë se çfarë vjen pas saj
journal-error-given-by-hand-help = vazhdojeni në konsolë: `fluxsim console --resume { $path }`; ose, nëse u regjistrua nga një skript, jepeni skriptin sërish: `fluxsim run --resume { $path } --commands SCRIPT`
journal-error-chain-broken = { $path }:{ $line }: rreshti { $line } u ndryshua, ose një rresht para tij u hoq a u fut: zinxhiri i ditarit këputet këtu
journal-error-chain-broken-help = çdo rresht i një ditari të formatit 4 mbaron me një vlerë zinxhiri mbi rreshtat deri te ai (docs/journal-format.md, "The chain"); ky skedar nuk është regjistrimi siç e shkroi fluxsim. Mbajeni siç është dhe përdorni origjinalin; për të ripërdorur komanda të ndryshuara, jepeni skedarin si skript: `fluxsim run --commands { $path }`
journal-error-chain-missing = { $path }:{ $line }: rreshti { $line } nuk ka vlerë zinxhiri, pra nuk e shkroi fluxsim: këtu u shtua ose u ndryshua një rresht
journal-error-chain-missing-help = çdo rresht pas kreut të një ditari të formatit 4 mbaron me `// chain:` dhe 32 shifra heksadecimale (docs/journal-format.md, "The chain"); mbajeni skedarin siç është dhe përdorni origjinalin; për të ripërdorur komanda të ndryshuara, jepeni skedarin si skript: `fluxsim run --commands { $path }`
journal-error-serialize = një rresht i ditarit nuk mund të shkruhet: { $reason }

## Errors: the files a command writes (never onto its inputs, never over a file without --force)
output-onto-input = { $path } është { $input }; { $output } duhet të shkruhet në një skedar tjetër
output-onto-input-help = zgjidhni një skedar tjetër ku të shkruhet { $output }
output-exists = { $path } ekziston tashmë
output-exists-help = zgjidhni një skedar tjetër ku të shkruhet { $output }, ose jepni --force për ta zëvendësuar
output-some-exist = { $dir } përmban tashmë { $names }; nuk u shkrua asgjë
output-some-exist-help = zgjidhni një dosje tjetër, ose jepni --force për t'i zëvendësuar
output-is-directory = { $path } është dosje; { $output } shkruhet në një skedar
output-io = { $path } nuk mund të shkruhet: { $reason }; { $kept }
output-kept-old = skedari që ishte aty mbeti i pandryshuar
output-kept-none = aty nuk mbeti asnjë skedar
file-journal-forked = ditari që degëzohet
file-fork = degëzimi
file-msel-scenario = skenari nga i cili lexohet MSEL-i
file-msel = MSEL-i
file-msel-sheet = tabela e MSEL-it që importohet
file-msel-into = skenari në të cilin importohet (hiqni --output për ta zëvendësuar në vend, me një kopje .bak)
file-new-scenario = skenari i ri
file-journal-read = një ditar që lexon kjo komandë
file-scenario-read = skenari që lexon kjo komandë
file-report = raporti
file-plan-sheet = fleta e planit të përmirësimit që lexon kjo komandë
file-plan-template = fleta e planit të përmirësimit
plan-error-sheet = { $file }: datat dhe zyrtarët e planit të përmirësimit nuk mund të lexohen; nuk u shkrua asgjë
plan-error-sheet-help = kolonat: cause (siç e shkruan `report --plan-template`), officer, start dhe completion (datat shkruhen 2026-11-30 ose 30.11.2026); shih docs/plan-csv.md
plan-error-csv = modeli i planit të përmirësimit nuk mund të shkruhet: { $reason }
file-observations = tabela e vëzhgimeve
file-observed-journal = ditari me vëzhgimet
file-csv-export = eksporti CSV
file-sweep-shard = pjesa e detyrës
file-sweep-merged = seria e bashkuar
file-sweep-plan = skripti i dorëzimit
file-cap-export = sinjalizimet CAP
file-observed-series = seria e vëzhguar
file-score-csv = CSV-ja e vlerësimit

## Errors: refused commands (unknown ids, values out of range, who may give what)
command-error-unknown = `{ $id }` nuk njihet si { $what }; të njohura: { $known }
command-error-no-bcp-faces = asnjë PKK nuk është përballë `{ $country }`; vendet kufitare: { $known }
command-error-absent = `{ $institution }` mungon nga ushtrimi: askush nuk vendos për të (bëjeni fillimisht të luajtur)
command-error-not-yours = lojtarët e `{ $player }` nuk mund të veprojnë për `{ $by }`
command-error-players-only = lojtarët e `{ $player }` mund të japin vetëm vendime dhe veprime
command-error-not-given = simulimi nuk jep komanda: vendimet e tij rrjedhin gjatë riluajtjes
command-error-reschedule = injecti { $number } nuk mund të riplanifikohet: { $why }
slot-refusal-delivered = është dorëzuar tashmë
slot-refusal-past = { $at } ka kaluar (ushtrimi është në { $now })
slot-refusal-triggered = bëhet i radhës nga kushti i tij nxitës: mbajeni, ose dorëzojeni me dorë
range-value = `{ $field }: { $value }` është jashtë kufijve: një komandë mund të japë së shumti { $max }
range-officer-change = `by: { $by }` është jashtë kufijve: numri i zyrtarëve ndryshon së shumti me { $max } në secilin drejtim
range-spread = `over: "{ $over }"` është jashtë kufijve: një valë shpërndahet së shumti gjatë { $max }
range-text = një tekst me { $chars } shenja është shumë i gjatë: teksti i një komande ka së shumti { $max }
id-kind-institution = institucion
id-kind-phase = fazë
id-kind-language = gjuhë
id-kind-bus-fleet = flotë autobusësh
id-kind-function = funksion
id-kind-function-or-phase = funksion ose fazë
id-kind-inject = inject
id-kind-msel-inject = inject i MSEL-it
id-kind-critical-task = detyrë kritike
id-kind-entry-point = pikë hyrjeje
id-kind-bcp = PKK
id-kind-reception-site = qendër pritjeje
id-kind-nationality = shtetësi
id-kind-border-country = vend kufitar

## CLI: notes on the way and failures that point at no place in a file
journal-torn = rreshti { $line } u këput gjatë shkrimit dhe hidhet ({ $bytes } bajtë: `{ $excerpt }`); çdo rresht para tij mbahet
note-torn = shënim: { $path }: { $torn }
note-torn-continuing = shënim: { $path }: { $torn }; vazhdohet nga rreshti para tij
note-until-past-end = shënim: T+{ $asked } është pas fundit të ushtrimit në T+{ $end }; ekzekutimi ndalet në fund të tij
note-already-finished = { $path } ka arritur tashmë në T+{ $at }, fundin e këtij ekzekutimi: nuk ka asgjë për të vazhduar dhe nuk iu shtua asgjë
note-header-scenario-unreadable = { $scenario }, skenari i emërtuar në kreun e { $journal }, nuk mund të lexohet ({ $reason }); një shteg relativ aty merret nga dosja aktuale: jepeni skenarin me --scenario FILE
note-progress = në ekzekutim: T+{ $now } nga T+{ $until } ({ $percent } %)
note-seed-mismatch = { $path } u regjistrua me farën { $recorded }, jo { $given }; hiqeni --seed për ta vazhduar
note-interrupted = shënim: { $path } mbaron pa rresht Reached (ekzekutimi i regjistruar u ndërpre); përmbledhja është në komandën e tij të fundit, T+{ $at }
note-threads-capped = shënim: --threads { $asked } është më shumë se { $per_core } për bërthamë në këtë makinë ({ $cores } bërthama); përdoren { $cap } fije (rezultatet nuk varen nga kjo)
note-report-extension = { $path }: raporti shkruhet si HTML (.html), Markdown (.md) dokument Word (.docx) ose tekst OpenDocument (.odt); emërtojeni skedarin me njërën nga këto prapashtesa
note-sweep-not-conserved = kontrolli i ruajtjes dështoi në përsëritjen me farën { $seed }
note-sweep-scenario-changed = shënim: ditari u regjistrua në një version tjetër të skenarit { $scenario }; komandat e tij zbatohen siç janë
note-msel-unwritable = skenari nuk mund të shkruhet: { $reason }
note-msel-section-replaced = u zëvendësua vetëm seksioni msel
note-msel-written-anew = u shkrua nga e para nga të dhënat e tij, pa komentet
note-not-written = { $path } (i pashkruar)
note-msel-imported = { $count ->
        [one] 1 inject u importua
       *[other] { $count } injecte u importuan
    } në { $path }; { $how }
note-msel-imported-backup = { $imported } (teksti i mëparshëm është në { $backup })
departure-onward = tutje
departure-asylum = azil
departure-return = kthim
departure-referred = referuar
departure-undetected = pa u zbuluar

## CLI: compare's metrics (their ids stay in the JSON; the table shows these)
compare-metric-with-unit = { $metric } ({ $unit })
compare-metric-id = { $id }
compare-metric-arrivals = mbërritje
compare-metric-exits = largime
compare-metric-in-system = në sistem në fund
compare-metric-most-outdoors = më së shumti jashtë njëherësh
compare-metric-hours-outdoors = orë-persona jashtë
compare-metric-hours-outdoors-night = orë-persona jashtë gjatë natës
compare-metric-identified = { $kind }: të identifikuar
compare-metric-referred-in-time = { $kind }: të referuar në kohë
compare-metric-referred-late = { $kind }: të referuar me vonesë
compare-metric-not-referred = { $kind }: të pareferuar
compare-metric-mean-referral = { $kind }: koha mesatare deri në referim
compare-metric-requests = { $institution }: kërkesa
compare-metric-unanswered = { $institution }: pa përgjigje
compare-metric-mean-latency = { $institution }: vonesa mesatare
compare-metric-longest-wait = { $institution }: pritja më e gjatë
compare-group-totals = gjithsej
compare-group-arrivals = mbërritjet
compare-group-peak-queue = radha më e gjatë
compare-group-peak-occupancy = zënia më e lartë
compare-group-referrals = referimet
compare-group-decision-latency = vonesa e vendimeve
compare-group-gaps = boshllëqet
compare-unit-people = persona
compare-unit-person-hours = orë-persona
compare-unit-minutes = minuta
compare-unit-requests = kërkesa
compare-unit-gaps = boshllëqe

## Errors: a headless run's commands (run --commands, run --resume, sweep)
batch-error-refused = { $from }: komanda në T+{ $at } refuzohet: { $reason }
batch-error-command-at = `{ $command }` në T+{ $at }
batch-error-command-from = `{ $command }` në T+{ $at } ({ $from })
batch-error-no-further-command = asnjë komandë tjetër
batch-error-diverges = { $path }:{ $line }: ditari ka { $recorded }, por komandat e këtij ekzekutimi kanë { $expected }
batch-error-diverges-help = vazhdojeni me të njëjtin skenar, farë dhe skript --commands me të cilët u regjistrua ditari
batch-error-late = { $from }: komanda duhet dhënë në T+{ $at }, por ushtrimi është tashmë në T+{ $now }

## Errors: sweep
sweep-error-no-seeds = një seri përsëritjesh ka nevojë për të paktën një farë
sweep-error-no-seeds-help = jepni --seeds N me N ≥ 1
sweep-error-too-many-seeds = --seeds { $count } është më shumë se sa ekzekuton një seri: së shumti { $max } përsëritje
sweep-error-too-many-seeds-help = intervalet stabilizohen shumë para një milion përsëritjeve; ndajeni një studim më të madh në disa seri me --first-seed
sweep-error-seeds-overflow = { $count } fara duke filluar nga { $first } kalojnë farën më të madhe, { $max }
sweep-error-seeds-overflow-help = filloni me --first-seed { $highest_first } ose më poshtë për { $count } fara
sweep-error-threads = nuk mund të nisen { $threads } fije pune: { $reason }
sweep-error-replication = përsëritja me farën { $seed }: { $reason }
sweep-task-written = detyra { $index } nga { $count }: { $replications } përsëritje (farat { $first }..={ $last }) u shkruan në { $path }
sweep-plan-written = skripti i dorëzimit u shkrua në { $path }; ekzekutojeni me sh ku funksionon sbatch
sweep-plan-submitted = detyrat u dorëzuan si punë Slurm { $tasks } dhe bashkimi i tyre si punë { $merge }; seria e bashkuar do të jetë në { $out }/sweep.json dhe sweep.txt
shard-error-no-index = mungon indeksi i detyrës: jepni --task-index I, ose ekzekutojeni detyrën si detyrë vargu Slurm (SLURM_ARRAY_TASK_ID) ose në një Indexed Job të Kubernetes (JOB_COMPLETION_INDEX)
shard-error-no-index-help = --task-count K e ndan serinë në K detyra të numëruara nga 0 deri në K−1; çdo detyrë ka nevojë për indeksin e saj
shard-error-bad-index-variable = { $name }={ $value } nuk është indeks detyre (një numër i plotë nga 0)
shard-error-index-out-of-range = --task-index { $index } është jashtë kufijve për --task-count { $count }: detyrat numërohen nga 0 deri në { $last }
shard-error-index-variable-out-of-range = { $name }={ $index } është jashtë kufijve për --task-count { $count }: detyrat numërohen nga 0 deri në { $last } (dorëzojeni vargun si --array=0-{ $last })
shard-error-task-count = një seri ndahet në 1 deri në { $max } detyra, jo { $count }
shard-error-more-tasks-than-seeds = { $tasks } detyra për { $seeds } përsëritje: disa detyra nuk do të kishin asnjë
shard-error-more-tasks-than-seeds-help = jepni --task-count { $seeds } ose më pak
shard-error-directory = dosja e pjesëve { $path } nuk mund të përdoret: { $reason }
shard-error-unreadable = pjesa { $path } nuk mund të lexohet: { $reason }
shard-error-corrupt = { $path } nuk është pjesë e lexueshme: { $reason }
shard-error-not-a-shard = { $path } ka emër pjese, por nuk është pjesë e një serie fluxsim
shard-error-format = { $path } është pjesë e formatit { $format }; ky fluxsim lexon formatin { $ours }
shard-error-other-scenario = { $path } është pjesë e një skenari tjetër nga { $reference } (hash-i i skenarit { $theirs }, jo { $ours })
shard-error-other-journal = { $path } është pjesë e një ditari tjetër nga { $reference } (hash-i i ditarit { $theirs }, jo { $ours })
shard-error-other-version = { $path } u bë nga një fluxsim tjetër nga { $reference } ({ $theirs }, jo { $ours })
shard-error-other-settings = { $path } është pjesë e një serie tjetër nga { $reference } ({ $theirs }, jo { $ours })
shard-settings = farat { $first }..={ $last } deri në { $until }, { $commands } komanda secila
shard-settings-simulate-all = farat { $first }..={ $last } deri në { $until }, { $commands } komanda secila, çdo institucion i simuluar
shard-error-other-help = të gjitha pjesët e një bashkimi vijnë nga i njëjti skenar, ditar, fluxsim dhe cilësime të serisë; zhvendosini pjesët e tjera në dosjen e tyre
shard-error-other-count = { $path } është pjesë e një serie të ndarë në { $count } detyra, jo --expect { $expect }
shard-error-duplicate = dy pjesë të detyrës { $index }: { $first } dhe { $second }
shard-error-missing = { $count } nga { $expect } detyra nuk kanë pjesë në { $dir }: { $tasks }
shard-error-failed = detyra { $index } dështoi: { $reason }
shard-error-incomplete-help = ekzekutojini përsëri këto detyra (me Slurm: skripti i dorëzimit me { $array }), pastaj bashkojini përsëri

## Errors: spreadsheets (msel import and export, observe)
sheet-row = rreshti { $row }: { $message }
sheet-row-column = rreshti { $row }, kolona { $column }: { $message }
sheet-row-column-named = rreshti { $row }, kolona { $column } ({ $name }): { $message }
msel-error-import = { $file }: probleme në MSEL: { $count }
msel-error-import-help = kolonat: number, time (p.sh. T+6h), synopsis, from, to (id të institucioneve të ndara me `;`, `,` ose `|`), method, expected action, capability, notes, trigger (p.sh. `queue vermice > 300`), effect (me fjalë, p.sh. `transport breakdown: kp_buses 2`, ose RON, p.sh. `TransportBreakdown(fleet: "kp_buses", buses: 2)`), expect (p.sh. `ApproveReception by mia within 2h; DeclarePhase(response) within 1h`)
msel-error-separator = injecti { $number }: marrësi `{ $receiver }` përmban `;`, që ndan marrësit
msel-error-csv = CSV nuk mund të shkruhet: { $reason }
msel-error-effect = injecti { $number }: efekti i tij nuk mund të shkruhet: { $reason }
observe-error-old-format = { $journal } është ditar i formatit { $format }: vëzhgimet u shtohen vetëm ditarëve të formatit { $chained } ose më të rinj
observe-error-old-format-help = konvertojeni fillimisht me `fluxsim fork { $journal } --at END -o new.journal`, pastaj shtojini vëzhgimet te new.journal
observe-error-sheet = { $file }: vëzhgimet nuk mund të shtohen; nuk u shkrua asgjë
observe-error-sheet-help = kolonat: time (p.sh. T+6h), evaluator, capability, institution (një id), rating (P, S, M ose U), text; sipas dëshirës task (id e një detyre kritike) dhe inject (një numër i MSEL-it)
observe-error-line = një rresht shënimi nuk mund të shkruhet: { $reason }
sheet-error-not-utf8 = { $file }: rreshti { $row } nuk është tekst UTF-8 (bajti { $byte } në kolonën { $column } të rreshtit)
sheet-error-not-utf8-help = hiqeni --encoding që të supozohet një faqe kodesh e Windows-it, ose jepni --encoding windows-1250 (shqip, serbisht me shkrim latin) ose windows-1252; ose ruajeni tabelën si UTF-8: në Excel, File > Save As > "CSV UTF-8 (Comma delimited)"; në LibreOffice Calc, Save As > Text CSV, pastaj Character set "Unicode (UTF-8)"
sheet-error-not-utf16 = { $file }: tabela fillon me shenjën e renditjes së bajtëve të { $encoding }, por nuk është tekst { $encoding } (numër tek bajtësh, ose një çift zëvendësues i prishur)
sheet-error-not-utf16-help = ruajeni tabelën sërish, mundësisht si UTF-8: në Excel, File > Save As > "CSV UTF-8 (Comma delimited)"

## CLI: scenario show — the scenario's summary
show-unknown-function = `{ $id }` (funksion i panjohur)
show-accountable-nobody = askush — `{ $id }` nuk ka institucion llogaridhënës (PA PËRGJEGJËS)
show-accountable-contested = { $names } (`{ $id }` është I KONTESTUAR)
show-or = { " " }ose{ " " }
show-until = { " " }(deri më { $end })
show-language-en = anglisht (En)
show-language-sq = shqip (Sq)
show-language-sr = serbisht (Sr)
show-language-sr-cyrl = serbisht, cirilike (SrCyrl)
show-start = fillimi
show-start-value = { $start } (T+0, ora vendore)
show-duration = kohëzgjatja
show-seed = fara
show-language = gjuha
show-sampling = kampionimi
show-every = çdo { $every }
show-night = nata
show-places = Vendet ({ $count })
show-entry-points = Pikat e hyrjes
show-green-border = Kufiri i gjelbër
show-bcps = Pikat e kalimit kufitar
show-registration-points = Pikat e regjistrimit
show-transit-points = Pikat e tranzitit
show-reception-sites = Qendrat e pritjes
show-hospitals = Spitalet
show-exits = Daljet
show-from = nga { $country }
show-green-border-value = nga { $country }; zbulohen { $detected }, pas { $delay }
show-shift = { $officers } nga ora { $from }
show-queue-limit = kufiri i radhës { $limit }
show-no-queue-limit = pa kufi radhe
show-bcp-value = nga { $country }; korsi: { $lanes }; zyrtarë për turn: { $shifts }; shërbimi { $service }; { $limit }; { $open }
show-none = asnjë
show-no-languages = pa gjuhë të vetat
show-staff-speak = stafi flet { $languages }
show-wait = presin
show-slower = regjistrohen { $factor }× më ngadalë
show-registration-value = sportele: { $desks }; shërbimi { $service }; { $languages }; pa përkthyes: { $without }
show-transit-value = strehon { $capacity } persona nën çati
show-reception-value = { $beds } shtretër + { $surge } shtesë për fluks; qëndrimi { $stay }; { $asylum }{ $open }
show-asylum-centre = qendër azili;{ " " }
show-hospital-value = { $beds } shtretër
show-exit-value = drejt { $country } ({ $outcome })
show-beds-in-all = Shtretër pritjeje gjithsej: { $normal }, { $beds } me kapacitetin shtesë
show-links = Lidhjet ({ $count }, secila e kalueshme në të dy drejtimet)
show-on-foot = në këmbë
show-by-bus = me autobus ({ $fleet })
show-resources = Burimet
show-interpreters = Përkthyesit
show-at = në { $place }
show-remote = në distancë (telefon ose video)
show-medical-teams = Ekipet mjekësore
show-buses = Autobusët
show-bus-fleet = autobusë: { $count } × { $seats } ulëse
show-leaves = niset plot ose pas { $wait }
show-institutions = Institucionet ({ $count })
show-at-night = , ×{ $factor } natën
show-decides-in = vendos brenda { $time }{ $night }
show-functions = Funksionet (RACI: R përgjegjës për zbatimin, A llogaridhënës, C i konsultuar, I i informuar)
show-function = funksioni
show-mark-unowned = PA PËRGJEGJËS: asnjë llogaridhënës —{ " " }
show-mark-contested = I KONTESTUAR: llogaridhënës { $count } —{ " " }
show-strangers = Nuk janë në listën e institucioneve: { $ids }
show-plan = Plani i emergjencës
show-chaired-by = Grupin e punës e kryeson: { $chair }
show-chair-unset = nuk caktohet në plan (PA PËRGJEGJËS)
show-phases = Fazat
show-in-force = në fuqi që në fillim
show-no-trigger = pa kusht nxitës (MUNGESË E KUSHTIT NXITËS)
show-trigger = kushti nxitës: { $trigger }
show-nobody-declares = askush nuk caktohet ta shpallë (MUNGESË E KUSHTIT NXITËS)
show-declared-by = e shpall: { $by }
show-declare-within = shpallet brenda { $within } nga plotësimi i kushtit nxitës
show-unlocks = hap: { $measures }
show-requests = Kërkesat
show-within = brenda { $within }
show-decided-by = vendos { $by }
show-inform-within = Institucionet e informuara mësojnë për një vendim brenda { $within }
show-narrative = “{ $text }” (përshkrim, i pamatshëm: MUNGESË E KUSHTIT NXITËS)
show-metric-arrivals = mbërritjet gjatë { $window } të fundit
show-metric-queue = radha te { $place }
show-metric-any-queue = radha më e gjatë në çdo PKK
show-metric-occupancy = zënia e { $place }
show-metric-any-occupancy = zënia më e lartë e çdo qendre pritjeje të hapur
show-metric-outdoors = njerëzit që presin jashtë
show-metric-in-country = njerëzit në vend
show-for-at-least = { " " }për të paktën { $time }
show-trigger-above = { $what } mbi { $value }{ $held }
show-trigger-below = { $what } rënë nën { $value }{ $held }
show-measure-surge = kapaciteti shtesë i pritjes
show-measure-officers = { $officers } zyrtarë shtesë për turn te { $place }
show-measure-liaison = ndërlidhja policore ndërkufitare
show-arrivals = Mbërritjet (të pritura gjatë { $duration } të ushtrimit)
show-about-people = rreth { $people } persona
show-rate-throughout = { $rate } në orë gjatë gjithë kohës
show-rate-step = { $rate }/orë nga T+{ $from }
show-rate-observed = seri e vëzhguar { $file } ({ $rows } numërime)
show-rate = shkalla: { $rate } (rreth { $people } persona)
show-surge = valë: { $people } persona nga T+{ $at } gjatë { $over }
show-arrivals-in-all = Gjithsej: rreth { $people } persona
show-cohort = Kohorta
show-speak = flasin { $languages }
show-vulnerable = Të cenueshëm: { $vulnerable }
show-after-reception = Pas pritjes: { $onward } tutje, { $asylum } azil, { $back } kthim
show-referrals = Referimet
show-no-responsible = `{ $id }` (pa institucion përgjegjës për zbatimin)
show-hand-over = dorëzimi { $time }
show-msel = MSEL (injecte: { $count })
show-more = … dhe { $count } të tjera
show-dist-exp = eksponenciale, mesatarja { $mean }
show-dist-lognormal = log-normale, mesatarja { $mean }, devijimi { $sd }
show-dist-fixed = fikse { $time }
show-dist-uniform = uniforme { $min }–{ $max } (mesatarja { $mean })
show-open-at-start = e hapur në fillim
show-closed-at-start = e mbyllur në fillim
show-request-approval = miratimi i pritjes (radha në PKK mbi kufirin e saj)
show-request-transport = transporti drejt pritjes
show-request-temporary-site = hapja e një qendre të përkohshme (pritja plot)
show-request-interpreters = përkthyes (një gjuhë pa asnjë të pranishëm)
show-request-officers = më shumë zyrtarë në një PKK
show-vulnerable-minors = të mitur të pashoqëruar
show-vulnerable-families = familje me foshnja
show-vulnerable-medical = raste mjekësore
show-vulnerable-elderly = të moshuar ose me aftësi të kufizuara
show-vulnerable-trafficking = viktima të mundshme të trafikimit
show-vulnerable-pregnant = gra shtatzëna

## Holding and retiming MSEL injects
describe-hold-inject = mbaj injektin { $number }
describe-release-inject = lësho injektin { $number } (sipas planit)
describe-retime-inject = zhvendos injektin { $number } në { $at }
slot-held = i mbajtur
msel-when-retimed = { $at } (planifikuar { $planned })
key-hold = mbaj injektin e zgjedhur, ose lëshoje (paneli MSEL)
key-retime = jepi injektit të zgjedhur një kohë të re (paneli MSEL)
console-choose-inject = zgjidh së pari një injekt në panelin MSEL (5)
overlay-retime = kohë e re për një injekt
overlay-retime-which = injekti { $number }, planifikuar { $at }
overlay-retimes-to = ✓ bëhet i dorëzueshëm në { $at }
overlay-retime-keys = Enter zhvendos · Esc anulo

## Errors: a run or sweep past the limits
limits-run = ky ekzekutim do të kërkonte rreth { $memory } memorie dhe { $events } ngjarje, përtej kufijve prej { $memory_limit } dhe { $events_limit } ngjarjesh: { $cause }
limits-sweep = kjo seri do të kërkonte rreth { $memory } memorie ({ $workers } përsëritje njëkohësisht) dhe { $events } ngjarje ({ $runs } përsëritje), përtej kufijve prej { $memory_limit } dhe { $events_limit } ngjarjesh: { $cause }
limits-cause-arrivals = rreth { $people } persona mbërrijnë deri në T+{ $until } ({ $largest } nga profili më i madh i mbërritjeve), dhe secili mund të zërë deri në { $bytes } bajtë
limits-cause-samples = { $samples } kampione të { $places } vendeve deri në T+{ $until }
limits-cause-duration = { $days } ditë të simuluara të { $places } vendeve
limits-help = shkurtoni ushtrimin (--until), ulni shkallët ose valët, ose kampiononi më rrallë; jepni --no-limits për ta ekzekutuar gjithsesi
limits-million = { $n } milion
limits-thousand-million = { $n } miliard

## The MSEL template (msel template)
msel-template-synopsis = Shembull (zëvendësojeni ose fshijeni këtë rresht): policia kufitare raporton 200 persona që presin në pikën e kalimit që nga mëngjesi.
msel-template-from = Komandanti i ndërrimit të policisë kufitare
msel-template-method = telefon
msel-template-expected = Ministria mbledh grupin punues dhe vendos kush hap një vend të përkohshëm.
msel-template-notes = Shënime të kontrolluesit: çfarë të ndiqet, çfarë të thuhet nëse pyesin.

## The plain run output: its timeline
run-timeline = Kronologjia ({ $count ->
        [one] 1 moment
       *[other] { $count } momente
    })
run-timeline-more = … dhe { $count } të tjera (`--format json` i rendit të gjitha kërkesat dhe vendimet)
run-moment-inject = injekti #{ $number } u dorëzua: { $synopsis }
run-moment-request = kërkesa #{ $id } u ngrit: { $ask } → { $to }
run-moment-nobody = askush përgjegjës
run-moment-answer = { $by } vendosi: { $what } (përgjigje e kërkesës #{ $id })
run-moment-answer-simulated = { $by } (i simuluar) vendosi: { $what } (përgjigje e kërkesës #{ $id })
run-moment-decision = { $by } vendosi: { $what }
run-moment-decision-simulated = { $by } (i simuluar) vendosi: { $what }

## Errors: the scenario file (check, show, run, console)
scenario-problems = { $name }: { $count ->
        [one] 1 problem
       *[other] { $count } probleme
    } në skenar
scenario-here = këtu
scenario-invalid-file = skedar skenari i pavlefshëm: { $reason }
scenario-hint-fields = fushat e lejuara këtu janë: { $fields }
scenario-hint-variants = shkruani njërën nga: { $variants }
scenario-say-translation-quote = përkthimi { $lang } citon `{ $quote }`, të cilin vetë përmbledhja nuk e citon
scenario-hint-translation-quote = një përkthim plotësohet me vlerat e drejtpërdrejta të përmbledhjes së vet: citoni vetëm vlerat që citon përmbledhja
scenario-hint-missing-field = shtoni `{ $field }: ...` këtu
scenario-hint-duplicate-field = mbani vetëm një `{ $field }`
scenario-hint-quotes = tekstet shkruhen në thonjëza të dyfishta: "..."
scenario-hint-docs = shihni docs/scenario-format.md, ose scenarios/tutorial.ron për një shembull me komente
limits-warning-label = kjo e bën të madh
limits-warning-help = `fluxsim run` e refuzon një skenar përtej këtyre kufijve pa --no-limits; shihni docs/scenario-format.md, "Limits"

## Errors: the scenario file, its rules
scenario-unknown-location = vendndodhje e panjohur `{ $id }`
scenario-not-kind = `{ $id }` nuk është { $what }
scenario-not-kind-hint = këtu shkruani { $what }
scenario-unknown-institution = institucion i panjohur `{ $id }`
scenario-unknown-function = funksion i panjohur `{ $id }`
scenario-unknown-bus-fleet = flotë autobusësh e panjohur `{ $id }`
scenario-unknown-phase = fazë e panjohur `{ $id }`
scenario-known-none = asnjë nuk është përcaktuar ende
scenario-known-ids = id-të e njohura: { $ids }
scenario-at-least-one = { $what }: duhet të jetë të paktën 1
scenario-at-least-one-hint = një zero këtu ndal çdo rrjedhë nëpër të
scenario-share-outside = { $what } është { $value }, jashtë 0–1
scenario-share-outside-hint = pjesët janë thyesa: 0.25 do të thotë 25 %
scenario-sum-not-one = { $what }: shuma është { $total }, jo 1
scenario-sum-not-one-hint = pjesët janë thyesa të së tërës dhe duhet të mblidhen saktësisht në 1
scenario-not-longer-than-zero = { $what }: duhet të jetë më e gjatë se zero
scenario-not-longer-than-zero-hint = shkruani p.sh. "30m" ose "2h"
scenario-uniform-backwards = intervali uniform shkon së prapthi: min { $min } është mbi max { $max }
scenario-uniform-backwards-hint = ndërroni vendet e min dhe max
scenario-hour-of-day = ora { $hour } nuk është orë e ditës
scenario-hour-of-day-hint = orët shkojnë nga 0 deri në 23
scenario-what-language-shares-of = pjesët e gjuhëve të `{ $id }`
## What a scenario rule speaks of
scenario-what-the-mean = mesatarja
scenario-what-the-standard-deviation = devijimi standard
scenario-what-the-fixed-time = koha fikse
scenario-what-the-longest-time = koha më e gjatë
scenario-what-the-exercise-duration = kohëzgjatja e ushtrimit
scenario-what-the-sampling-interval = intervali i mostrimit
scenario-what-the-detected-share = pjesa e zbuluar
scenario-what-lanes = korsitë
scenario-what-desks = sportelet
scenario-what-capacity = kapaciteti
scenario-what-beds = shtretërit
scenario-what-a-location = një vendndodhje
scenario-what-interpreter-count = numri i përkthyesve
scenario-what-a-registration-point = një pikë regjistrimi
scenario-what-medical-team-count = numri i ekipeve mjekësore
scenario-what-buses = autobusët
scenario-what-seats-per-bus = vendet për autobus
scenario-what-a-bcp = një pikë kalimi kufitar (BCP)
scenario-what-extra-officers = zyrtarët shtesë
scenario-what-the-deadline = afati
scenario-what-the-arrivals-window = dritarja e mbërritjeve
scenario-what-a-reception-site = një qendër pritjeje
scenario-what-an-entry-point-or-green-border = një pikë hyrjeje ose kufi i gjelbër
scenario-what-surge-size = madhësia e valës
scenario-what-the-nationality-share = pjesa e kombësisë
scenario-what-the-language-share = pjesa e gjuhës
scenario-what-the-nationality-shares = pjesët e kombësive
scenario-what-the-vulnerable-share = pjesa e të cenueshmëve
scenario-what-the-outcome-share = pjesa e rezultatit
scenario-what-the-outcome-shares = pjesët e rezultateve
scenario-what-the-referral-deadline = afati i referimit
scenario-say-write-it-as-2026-10-24t06 = shkruajeni si "2026-10-24T06:00"
scenario-say-list-each-mission-area-once = renditni çdo fushë misioni vetëm një herë
scenario-say-a-participant-without-an-organisation-s = një pjesëmarrës pa emrin e organizatës
scenario-say-name-the-organisation-as-the-report = emërtojeni organizatën siç duhet ta shtypë raporti
scenario-say-a-point-of-contact-without-a = një pikë kontakti pa emër
scenario-say-give-the-name-or-post-of = jepni emrin ose postin e personit për kontakt, p.sh. "Drejtori i Ushtrimit"
scenario-say-every-id-must-be-unique-in = çdo id duhet të jetë unike në listën e vet
scenario-say-every-phase-id-must-be-unique = çdo id faze duhet të jetë unike
scenario-say-no-entry-point-people-have-nowhere = asnjë pikë hyrjeje: njerëzit nuk kanë ku të mbërrijnë
scenario-say-add-a-location-of-kind-entry = shtoni një vendndodhje të llojit Entry(country: "...")
scenario-say-empty-location-id = id e zbrazët e vendndodhjes
scenario-say-give-every-location-a-short-id = jepini çdo vendndodhjeje një id të shkurtër
scenario-say-add-e-g-from-hour-6 = shtoni p.sh. [(from_hour: 6, officers: 4)]
scenario-say-shifts-must-be-listed-by-increasing = ndërrimet duhet të renditen sipas orës së fillimit, në rritje
scenario-say-sort-the-shifts-by-from-hour = renditni ndërrimet sipas from_hour
scenario-say-slower-2-0-means-twice-as = Slower(2.0) do të thotë dy herë më gjatë pa përkthyes
scenario-say-a-link-joins-two-different-places = një lidhje bashkon dy vende të ndryshme
scenario-say-1-0-means-as-fast-at = 1.0 do të thotë po aq shpejt natën sa ditën
scenario-say-the-plan-has-no-phases = plani nuk ka asnjë fazë
scenario-say-list-at-least-the-normal-phase = renditni të paktën fazën normale: [(id: "normal")]
scenario-say-one-rule-per-kind-of-request = një rregull për çdo lloj kërkese: mbani atë ku vendos funksioni i duhur
scenario-say-counts-and-percentages-are-never-negative = numrat dhe përqindjet nuk janë kurrë negative
scenario-say-occupancy-is-in-percent-write-90 = zënia jepet në përqindje: shkruani 90.0 për 90 % të kapacitetit
scenario-say-no-arrival-profile-nobody-arrives = asnjë profil mbërritjesh: askush nuk mbërrin
scenario-say-add-at-entry-id-rate-perhour = shtoni (at: "entry id", rate: PerHour(10.0))
scenario-say-steps-needs-at-least-one-time = Steps kërkon të paktën një çift (kohë, normë)
scenario-say-e-g-steps-0h-10-0 = p.sh. Steps([("0h", 10.0)])
scenario-observed-no-file = Observed kërkon emrin e skedarit të vet CSV
scenario-observed-no-file-help = p.sh. Observed("arrivals.csv"), një skedar në dosjen e skenarit (shih docs/observed-flows.md)
scenario-say-list-steps-in-increasing-time = renditni hapat sipas kohës, në rritje
scenario-say-a-surge-must-arrive-over-a = një valë duhet të mbërrijë gjatë një kohe më të gjatë se zero
scenario-say-for-a-group-arriving-at-once = për një grup që mbërrin menjëherë shkruani një kohë të shkurtër si "10m"
scenario-say-keep-one-entry-per-key-a = mbani një hyrje për çdo çelës: një hyrje e mëvonshme zëvendëson të mëparshmen
scenario-say-rates-are-people-per-hour = normat janë njerëz në orë
scenario-say-the-cohort-has-no-nationality = kohorta nuk ka asnjë kombësi
scenario-say-add-id-syria-share-1-0 = shtoni (id: "Syria", share: 1.0, languages: {"{"}"ar": 1.0{"}"})
scenario-say-one-referral-rule-per-vulnerability = një rregull referimi për çdo cenueshmëri
scenario-say-give-each-task-its-own-id = jepini çdo detyre id-në e vet, në të gjitha objektivat
scenario-say-name-another-inject-of-the-msel = emërtoni një tjetër inject të MSEL-it
scenario-say-add-a-link-that-joins-it = shtoni një lidhje që e bashkon me rrjetin e rrugëve
scenario-surge-after-end = vala fillon në { $at }, por ushtrimi mbaron në { $end }
scenario-inject-after-end = inject-i { $number } është për { $at }, pasi ushtrimi mbaron në { $end }
scenario-move-earlier = zhvendoseni më herët ose zgjatni ushtrimin
scenario-bad-start = `{ $start }` nuk është datë dhe orë lokale
scenario-mission-area-twice = fusha e misionit `{ $area }` është renditur dy herë
scenario-duplicate-id = id `{ $id }` përsëritet në { $list }
scenario-duplicate-phase = faza `{ $id }` përsëritet
scenario-bcp-no-officers = pika kufitare `{ $id }` nuk ka zyrtarë në asnjë ndërrim
scenario-slow-down-below-one = faktori i ngadalësimit { $factor } është nën 1
scenario-link-to-itself = lidhje nga `{ $id }` te vetja
scenario-night-factor = faktori i natës { $factor } duhet të jetë numër mbi 0
scenario-second-request-rule = një rregull i dytë për kërkesat { $request }
scenario-threshold-negative = pragu { $value } duhet të jetë zero ose më shumë
scenario-occupancy-fraction = pragu i zënies { $value } lexohet si { $value } % e kapacitetit
scenario-step-order = hapi në { $at } nuk vjen pas të mëparshmit
scenario-rate-negative = norma e mbërritjeve { $rate } duhet të jetë zero ose më shumë
scenario-language-twice = `{ $id }` e rendit gjuhën `{ $key }` dy herë
scenario-vulnerable-twice = pjesët e të cenueshmëve e rendisin `{ $key }` dy herë
scenario-demography-twice = pjesët sipas gjinisë ose moshës të `{ $id }` e rendisin `{ $key }` dy herë
scenario-what-the-sex-share = pjesa sipas gjinisë
scenario-what-the-age-share = pjesa e grupmoshës
scenario-what-sex-shares-of = pjesët sipas gjinisë të `{ $id }`
scenario-what-age-shares-of = pjesët e grupmoshave të `{ $id }`
scenario-citizen-not-iso = `{ $id }`: shtetësia `{ $code }` nuk është kod shteti ISO 3166 alpha-2
scenario-citizen-not-iso-hint = shkruani dy shkronja të mëdha, p.sh. citizen: "SY"; lëreni jashtë për një përzierje si "Other", që statistikat e eksportojnë si UNK
scenario-too-few-minors = `{ $id }`: grupmoshat nën 18 vjeç mbajnë { $minors } të njerëzve të saj, më pak se pjesa e të miturve të pashoqëruar { $share }
scenario-too-few-minors-hint = i mituri i pashoqëruar është nën 18 vjeç: rritni `Under14` dhe `From14To17`, ose ulni pjesën `UnaccompaniedMinor`
scenario-too-few-elderly = `{ $id }`: grupmosha `From65` mban { $elderly } të njerëzve të saj, më pak se pjesa e të moshuarve { $share } (pa ata që janë edhe të mitur të pashoqëruar)
scenario-too-few-elderly-hint = i moshuari është 65 vjeç ose më shumë: rritni `From65`, ose ulni pjesën `Elderly`
scenario-too-few-women = `{ $id }`: `Female` mban { $women } të njerëzve të saj, më pak se pjesa e shtatzënave { $share }
scenario-too-few-women-hint = shtatzëna është grua: rritni `Female`, ose ulni pjesën `Pregnant`
check-citizen-unknown = { "  " }shënim { $file }:{ $line }:{ $column }: `{ $id }` nuk jep kod shtetësie; statistikat e eksportojnë si UNK (shtoni kodin e saj ISO 3166, p.sh. citizen: "SY")
scenario-referred-twice = { $vulnerability } referohet dy herë
scenario-unknown-kind = { $what } e panjohur: `{ $id }`
scenario-known = të njohura: { $ids }
scenario-objective-twice = id e objektivit `{ $id }` përdoret dy herë
scenario-objective-twice-hint = jepini çdo objektivi id-në e vet
scenario-task-twice = id e detyrës kritike `{ $id }` përdoret dy herë
scenario-inject-waits-for-itself = inject-i { $number } pret dorëzimin e vet dhe nuk do të vinte kurrë në radhë
scenario-unreached-reception = qendra e pritjes `{ $id }` nuk arrihet nga asnjë pikë hyrjeje
scenario-unreached-bcp = pika kufitare `{ $id }` nuk arrihet nga asnjë pikë hyrjeje
scenario-unreached-registration = pika e regjistrimit `{ $id }` nuk arrihet nga asnjë pikë hyrjeje
scenario-text-unknown = { $what } e panjohur `{ $id }` te `{ $written }`

# Inject cards and the controllers' MSEL (msel cards)
cards-title = Kartat e injektimeve — { $exercise }
cards-controller-title = Lista kryesore e ngjarjeve të skenarit për kontrollorët — { $exercise }
cards-controller-only = Vetëm për qelizën e kontrollit: nuk u tregohet lojtarëve.
cards-inject = Injektimi { $number }
cards-to = Për
cards-from = Nga
cards-time = Kur
cards-method = Si
cards-synopsis = Përmbledhja
cards-expected = Veprimi i pritur
cards-capability = Aftësia
cards-notes = Shënimet e kontrollorit
cards-when-triggered = kur e kërkon situata, jo para { $from }
## Sheets of a scenario: the RACI matrix, places and links (scenario raci|places export|import)
file-raci = tabela RACI
file-places = tabela e vendeve
file-sheet-read = tabela që importohet
file-sheet-into = skenari në të cilin importohet (hiqni --output për ta zëvendësuar në vend, me një kopje .bak)
sheet-kind-raci = tabelën RACI
sheet-kind-places = tabelën e vendeve
sheet-error = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } probleme
    } në { $kind }; asgjë nuk u shkrua
sheet-raci-help = kolonat: function (id-ja e funksionit), name (fakultative, nuk lexohet), pastaj një kolonë për çdo id institucioni; çdo qelizë mban shkronjat R (përgjegjës), A (llogaridhënës), C (i konsultuar), I (i informuar), p.sh. `RA`, ose asgjë
sheet-places-help = kolona `row` thotë `place` ose `link`; një rresht vendi: id, name, kind, operator dhe shifrat që përdor lloji i tij (country, capacity, duration, shifts…); një rresht lidhjeje: from, to, time, mode (walk ose bus) dhe fleet; shih docs/scenario-sheets.md
sheet-unknown-institution = institucion i panjohur `{ $id }`; institucionet janë: { $known }
sheet-unknown-function = funksion i panjohur `{ $id }`; funksionet janë: { $known }
sheet-unknown-place = vend i panjohur `{ $id }`; vendet janë: { $known }
sheet-unknown-fleet = flotë autobusësh ose trenash e panjohur `{ $id }`; flotat janë: { $known }
sheet-not-for-kind = një vend i llojit { $kind } nuk ka `{ $name }`: lëreni qelizën bosh
sheet-not-for-place = një vend nuk ka `{ $name }` (vetëm një lidhje ka): lëreni qelizën bosh
sheet-not-for-link = një lidhje nuk ka `{ $name }` (vetëm një vend ka): lëreni qelizën bosh
sheet-expect-text = tekst
sheet-expect-count = një numër i plotë (si `12`)
sheet-expect-share = një pjesë ndërmjet 0 dhe 1 (si `0.75` ose `75%`)
sheet-expect-duration = një kohëzgjatje (si `20m`, `1h30m` ose `2d`)
sheet-expect-distribution = një kohëzgjatje e rastësishme: `exp 6m`, `lognormal 12m sd 5m`, `fixed 5m` ose `uniform 2m-5m`
sheet-expect-shifts = turne si `06:00 3; 22:00 2` (nga ajo orë, aq zyrtarë në detyrë)
sheet-expect-yes-no = `yes` ose `no`
sheet-expect-kind = një lloj vendi: `Entry`, `GreenBorder`, `Bcp`, `Registration`, `Transit`, `Reception`, `Hospital` ose `Exit`
sheet-expect-outcome = `Onward` ose `Return`
sheet-expect-mode = `walk` ose `bus` (një flotë autobusësh ose trenash, e emërtuar në kolonën fleet)
sheet-expect-row = `place` ose `link`
sheet-expect-without-interpreter = `wait`, ose `slower` dhe një faktor (si `slower 2`)
sheet-bad-letter = `{ $cell }` përmban `{ $letter }`: shkruani vetëm shkronjat R, A, C dhe I (p.sh. `RA`), ose lëreni qelizën bosh
sheet-duplicate-column = kolona `{ $name }` shfaqet dy herë
sheet-duplicate-row = `{ $id }` është tashmë në rreshtin { $first }
sheet-missing-column = koka nuk ka kolonën `{ $name }`
sheet-unknown-column = kolonë e panjohur `{ $name }`; kolonat janë: { $known }
sheet-row-length = rreshti ka { $cells } qeliza, koka ka { $header }
sheet-wrong-separator = rreshti i kokës është një qelizë e vetme që mban `{ $found }`: ndani qelizat me `,`, `;` ose tab (ruajeni tabelën si CSV)
sheet-empty-cell = qeliza është bosh
sheet-bad-value = `{ $cell }` nuk është { $expected }
sheet-unreadable = rresht i palexueshëm: { $reason }
sheet-kind-observed = serinë e mbërritjeve të vëzhguara
sheet-observed-help = kolonat: dita ose ora (t, date: 2015-09-03, 2015-09-03T14:00 ose T+6h), pika e hyrjes (fmp, entry: një pikë hyrjeje profili i mbërritjeve të së cilës e lexon këtë skedar), numri (n, count), dhe sipas dëshirës kombësia (nat: id-ja e kohortës ose kodi ISO), gjinia (F, M) dhe grupmosha (age: Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65, ose 18+ dhe under 18 të DTM-së); shih docs/observed-flows.md
sheet-unknown-entry = `{ $id }` nuk është pikë hyrjeje mbërritjet e së cilës i jep kjo seri; ato janë: { $known }
sheet-outside-exercise = `{ $cell }` është jashtë ushtrimit, i cili mbulon ditë të plota nga { $first } deri më { $last }
sheet-negative = `{ $cell }` është negativ: numri i personave është zero ose më shumë
sheet-unknown-nationality = kombësi e panjohur `{ $id }`; kombësitë e kohortës janë: { $known }
sheet-too-many-rows = seria e { $entry } ka më shumë se { $most } rreshta të ndryshëm (ditë ose orë, kombësi, gjini, moshë); mblidhni rreshtat ose ndani pikën e hyrjes
observed-expected-count = numër i plotë personash
observed-expected-time = datë (2015-09-03), datë dhe orë (2015-09-03T14:00) ose kohë nga fillimi (T+6h)
observed-expected-sex = gjini (F ose M; bosh ose UNK kur nuk dihet)
observed-expected-age = grupmoshë (Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65, ose 18+ dhe under 18 të DTM-së; bosh ose UNK kur nuk dihet)
observed-unreadable = seria e mbërritjeve të vëzhguara { $file } nuk mund të lexohet: { $reason }
observed-unreadable-help = skedari emërtohet në skenar si rate: Observed("…"), në lidhje me dosjen e skedarit të skenarit
observed-sheet-error = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } probleme
    } në serinë e mbërritjeve të vëzhguara; asgjë nuk ekzekutohet
score-heading = Vlerësuar kundrejt { $file }: { $days ->
        [one] 1 ditë
       *[other] { $days } ditë
    }, { $places ->
        [one] 1 vend
       *[other] { $places } vende
    }
score-col-place = vendi
score-col-measure = shifra ditore
score-col-days = ditë
score-col-observed = e vëzhguar
score-col-simulated = e simuluar
score-col-mape = MAPE
score-measure-arrivals = mbërritje
score-measure-passing = persona që kalojnë
score-measure-occupancy = të pranishëm në fund të ditës
score-measure-leaving = persona që largohen
score-ard = Diferenca relative mesatare (FLEE): { $ard } (e rishkallëzuar: { $rescaled })
score-mape = Gabimi mesatar absolut në përqindje i shifrave ditore: { $mape }
score-expected-day = datë (2015-09-03): vlerësimi krahason ditë të plota
sheet-score-help = kolonat: dita (t, date: 2015-09-03), vendi (fmp, place: çdo id vendndodhjeje) dhe numri (n, count); rreshtat e së njëjtës ditë dhe vend mblidhen; shih docs/score.md
effect-words-unknown = `{ $word }` nuk është efekt; shkruani një fjalë kyçe, dy pika dhe vlerat e saj, si { $forms }
effect-words-values = `{ $cell }` nuk lexohet si { $keyword }: shkruani `{ $form }`, si `{ $example }`
note-sheet-parts-replaced = u zëvendësuan vetëm pjesët që mban tabela, komentet u ruajtën
note-sheet-imported = { $what } u importua në { $path } ({ $count ->
        [one] 1 rresht e ndryshoi
       *[other] { $count } rreshta e ndryshuan
    }); { $how }
note-new-written = u shkrua skenari fillestar { $path }; kontrollojeni me `fluxsim check { $path }`

## What the RON parser says of a scenario file, in the designer's terms
scenario-ron-comma-here = këtu mungon një presje
scenario-ron-option = kjo vlerë është fakultative: shkruani `Some(2000)` (vlera brenda `Some(...)`) ose `None`
scenario-ron-comma = mungon një presje në fund të këtij rreshti: shkruani `,` pas çdo fushe dhe çdo elementi të listës
scenario-ron-eof = skedari mbaron shumë herët: një `(`, `[` ose `{"{"}` i hapur më lart nuk mbyllet kurrë
scenario-ron-list = shkruani këtu një listë në kllapa katrore: `[...]` (`[]` kur është bosh)
scenario-ron-list-end = shkruani `]` për të mbyllur listën, ose `,` para elementit të radhës
scenario-ron-map = shkruani këtu një tabelë në kllapa gjarpërushe, p.sh. `{"{"}"ar": 0.6, "fa": 0.4{"}"}`
scenario-ron-map-end = shkruani `{"}"}` për të mbyllur tabelën, ose `,` para hyrjes së radhës
scenario-ron-colon = shkruani `:` midis çelësit dhe vlerës së tij
scenario-ron-open = shkruani këtu `(`, që hap grupin e fushave
scenario-ron-close = shkruani `)` për të mbyllur grupin, ose `,` para fushës së radhës
scenario-ron-identifier = shkruani këtu emrin e një fushe (`name: ...`) ose një fjalë si `Walk`
scenario-ron-boolean = shkruani këtu `true` ose `false`
scenario-ron-integer = shkruani këtu një numër të plotë, p.sh. `12`, pa thonjëza
scenario-ron-float = shkruani këtu një numër, p.sh. `0.5` ose `12.0`, pa thonjëza
scenario-ron-string = shkruani këtu tekst në thonjëza, p.sh. `"2h"`
scenario-ron-string-end = ky tekst nuk ka thonjëzën mbyllëse `"`
scenario-ron-out-of-bounds = ky numër është shumë i madh, ose negativ ku lejohen vetëm 0 e më shumë
scenario-ron-trailing = ka tekst pas `)` së fundit të skenarit
scenario-ron-char = `{ $char }` nuk mund të shkruhet këtu
scenario-ron-word = `{ $found }` nuk lejohet këtu
scenario-ron-word-in = `{ $found }` nuk është fjalë e `{ $outer }`
scenario-ron-field = `{ $found }` nuk është fushë e `{ $outer }`
scenario-ron-missing-field = `{ $outer }` ka nevojë për fushën `{ $field }`
scenario-ron-duplicate-field = `{ $field }` është shkruar dy herë në `{ $outer }`
scenario-ron-as-is = { $reason }

## The route network drawing (scenario show --svg)
network-lanes = { $count } { $count ->
        [one] korsi
       *[other] korsi
    }
network-desks = { $count } { $count ->
        [one] sportel
       *[other] sportele
    }
network-holds = mban { $count }
network-beds = { $count } shtretër{ $surge ->
        [0] {""}
       *[other] {" "}(+{ $surge } shtesë)
    }
note-svg-written = vizatimi i rrjetit të rrugëve u shkrua në { $path }
file-network-svg = vizatimi i rrjetit të rrugëve

# The report's delivery log
report-deliveries = Regjistri i dorëzimeve
report-col-planned = Planifikuar
report-col-delivered-by = Dorëzuar nga
report-col-to = Për
report-delivery-on-trigger = sipas nxitësit të tij, ndjekur nga { $from }
report-delivery-held = mbajtur nga lehtësuesi
report-delivery-not-delivered = i pa dorëzuar
report-delivery-by-msel = MSEL-i, në kohë ose sipas nxitësit
show-waiting-area = { $value }; zona e pritjes strehon { $people ->
        [one] { $people } person
       *[other] { $people } persona
    }, të tjerët presin jashtë

## Sheets' cells (MSEL, hot wash, improvement plan): times, triggers, expected decisions

time-error = `{ $text }` nuk është kohë: { $reason } (shkruani p.sh. `90s`, `30m`, `2h`, `1d12h` ose `T+6h`)
time-error-empty = është bosh
time-error-unit = njësitë janë d, h, m dhe s
time-error-unit-first = njësia duhet të vijë pas një numri
time-error-order = njësitë shkojnë nga ditët te sekondat, secila vetëm një herë
time-error-too-large = numri është shumë i madh
time-error-no-unit = numri ka nevojë për një njësi
trigger-error = `{ $text }` nuk është shkrehës: { $reason }
trigger-error-people = pritej një numër i plotë njerëzish, u gjet `{ $found }`
trigger-error-percent-form = pritej një përqindje si `90%`, u gjet `{ $found }`
trigger-error-percent = `{ $found }` nuk është përqindje
trigger-error-inject = pritej numri i injektit tjetër, u gjet `{ $found }`
trigger-error-after = pas numrit mund të vijë vetëm `+ <delay>` (vonesa)
trigger-error-forms = shkruani `queue <bcp> > <people>`, `occupancy <site|any> > <percent>%`, `phase <phase>` ose `inject <number> [+ <delay>]`
expect-error = `{ $text }` nuk është vendim i pritur: { $why }; shkruani p.sh. `ApproveReception by mia within 2h` ose `DeclarePhase(response) within 1h`
expect-error-within = nuk thotë kohën `within` (brenda)
expect-error-paren = `{ $head }` hap `(` pa e mbyllur
expect-error-unknown = vendim i panjohur `{ $name }`; të njohura: { $known }
msel-problem-hint = { $message }; { $hint }
msel-problem-scenario = me këtë MSEL skenari nuk është i vlefshëm: { $message }
msel-problem-inject = injekti { $number }: { $message }
msel-problem-unknown-id = `{ $id }` nuk njihet si { $what }; të njohura: { $known }
msel-problem-own-delivery = injekti { $number } nuk mund të presë dorëzimin e vet
msel-problem-number-twice = numri { $number } përdoret tashmë në rreshtin { $first }
msel-problem-number = pritej numri i plotë i injektit, u gjet `{ $found }`
msel-problem-synopsis = pritej përmbledhja e injektit (mesazhi i tij), u gjet një qelizë bosh
msel-problem-receiver = institucion i panjohur `{ $id }`; priten id-të e institucioneve të ndara me `;`, `,` ose `|`: { $known }
msel-problem-effect-id = `{ $id }` te `{ $field }` nuk njihet si { $what }; të njohura: { $known }
msel-problem-effect = `{ $text }` nuk është efekt: { $reason } (te shkronja { $at }); shkruajeni si në ditar, p.sh. `TransportBreakdown(fleet: "kp_buses", buses: 2)`, ose me fjalë, p.sh. `transport breakdown: kp_buses 2`
sheet-wrong-separator-tab = rreshti i kokës është një qelizë e vetme me tabulatorë: ndani qelizat me `,` ose `;` (ruajeni tabelën si CSV)
sheet-unreadable-utf8 = rreshti nuk është tekst UTF-8
sheet-unreadable-io = skedari nuk u lexua ({ $reason })
sheet-unreadable-other = rreshti nuk është tekst CSV
sheet-after-end = { $at } është pas fundit të ushtrimit në { $end }
sheet-header-unreadable = rreshti i kokës nuk lexohet: { $reason }
observe-problem-no-rows = tabela nuk ka asnjë rresht vëzhgimi
observe-problem-empty-text = pritej ajo që u vëzhgua, u gjet një qelizë bosh
observe-problem-too-long = më e gjatë se { $max } shenja
observe-problem-rating = `{ $found }` nuk është vlerësim: pritej P, S, M ose U
observe-problem-unknown = { $column ->
    [capability] aftësi e panjohur
    [institution] institucion i panjohur
    [task] detyrë kritike e panjohur
   *[inject] injekt i panjohur
} `{ $value }`; të njohura: { $known }
plan-problem-empty-cause = shkaku është bosh: mbajeni shkakun siç e shkroi `report --plan-template`
plan-problem-unknown-cause = asnjë zë i planit të përmirësimit të këtij raporti nuk ka shkakun `{ $cause }`; shkaqet e tij: { $known }
plan-problem-cause-twice = shkaku `{ $cause }` është tashmë në rreshtin { $first }
plan-problem-date = `{ $found }` nuk është datë: shkruajeni 2026-11-30 ose 30.11.2026
plan-problem-dates = data e përfundimit { $completion } është para datës së fillimit { $start }

## Sweep shards: what is wrong with a shard file, in plain words

shard-json-cut = skedari mbaron para kohe, në rreshtin { $line }, kolona { $column }: u pre ndërsa shkruhej ose kopjohej (një detyrë ende në punë, ose disk i mbushur)
shard-json-syntax = teksti në rreshtin { $line }, kolona { $column } nuk është JSON: skedari është i dëmtuar ose është skedar i një lloji tjetër
shard-json-missing = mungon fusha `{ $field }` (rreshti { $line }, kolona { $column }): skedarin e shkroi një version tjetër i fluxsim, ose është ndryshuar me dorë
shard-json-value = një vlerë në rreshtin { $line }, kolona { $column } nuk është e llojit që mban aty një pjesë: skedarin e shkroi një version tjetër i fluxsim, ose është ndryshuar me dorë
shard-check-task = thotë se është detyra { $index } nga { $count } detyra, por e tillë nuk ka
shard-check-metric = mban treguesin `{ $metric }`, të cilin seritë nuk e matin
shard-check-block = nuk mban përsëritjet { $first } deri { $last }, që janë të detyrës { $index } nga { $count }
shard-check-seed = përsëritja { $replication } ka farën { $seed }, jo farën e parë plus numrin e saj
shard-check-values = përsëritja { $replication } ka { $values } vlera për { $metrics } tregues

## What-if comparison, CSV export and report files: why they cannot be made

compare-error-no-header = { $path }: ditari nuk ka rresht kreu, prandaj nuk mund të krahasohet
compare-error-not-branches = { $a } dhe { $b } nuk janë degë të të njëjtit ushtrim: { $differences }
compare-error-not-branches-help = krahasoni një ditar me një degëzim të tij (`fluxsim fork`), ose me një ekzekutim tjetër të të njëjtit skedar skenari me të njëjtën farë
compare-error-scenario = skenari ndryshon ({ $a } ka "{ $scenario_a }", { $hash_a }; { $b } ka "{ $scenario_b }", { $hash_b })
compare-error-seed = fara ndryshon ({ $a } ka { $seed_a }, { $b } ka { $seed_b })
export-error-directory = dosja { $path } nuk mund të krijohet: { $reason }
export-error-csv = { $path } nuk mund të shkruhet: { $reason }
export-error-io = sistemi nuk e lejoi shkrimin ({ $reason })
export-error-table = rreshtat e një tabele kanë gjatësi të ndryshme (gabim i fluxsim: ju lutemi njoftojeni)
cli-plan-template-extension = { $path }: tabela e planit të përmirësimit shkruhet si CSV; emërtojeni skedarin me prapashtesën .csv
report-chart-error = grafiku “{ $title }” nuk mund të vizatohej: { $reason }

## Seats: the join codes' file and the web server

seats-codes-exist = { $path } ekziston tashmë: mban kodet e vendeve të një ushtrimi tjetër
seats-codes-exist-help = hiqeni, ose vazhdoni atë ushtrim me --resume
seats-codes-corrupt = { $path }:{ $line }: { $why }
seats-codes-bad-line = pritej `seat ID CODE` ose `evaluator CODE`
seats-codes-no-evaluator = mungon rreshti `evaluator CODE`
seats-io-read = { $path } nuk mund të lexohet: { $reason }
seats-io-temporary = nuk mund të krijohet skedar i përkohshëm për { $path }: { $reason }
seats-io-restrict = { $path } nuk mund të bëhet i lexueshëm vetëm nga pronari: { $reason }
seats-io-write = { $path } nuk mund të shkruhet: { $reason }
seats-io-sync = { $path } nuk mund të ruhet në disk: { $reason }
seats-io-rename = { $path } nuk mund të vendoset në vendin e vet: { $reason }
serve-error-bind = nuk mund të dëgjohet në { $addr }: { $reason }
serve-error-bind-help = ndoshta një program tjetër e përdor atë portë, ose adresa nuk është e këtij kompjuteri: jepni një tjetër me --serve (p.sh. --serve 127.0.0.1:8080)
serve-error-runtime = serveri i uebit nuk mund të niset: { $reason }

## An inject's text: placeholders that do not read

scenario-text-stray-close = një `{"}"}` nuk mbyll asnjë vend-mbajtës
scenario-text-stray-close-hint = shkruani `{"}}"}` për një kllapë në tekst
scenario-text-unclosed = një `{"{"}` hap një vend-mbajtës që nuk mbyllet kurrë
scenario-text-unclosed-hint = mbylleni me `{"}"}`, ose shkruani `{"{{"}` për një kllapë në tekst; vend-mbajtësit: { $placeholders }
scenario-text-placeholders = vend-mbajtësit: { $placeholders }; `{"{{"}` për një kllapë
scenario-text-needs-id = `{"{"}{ $name }{"}"}` ka nevojë për një id: `{"{"}{ $name }:<id>{"}"}`
scenario-text-no-id = `{"{"}{ $name }{"}"}` nuk merr id: shkruani `{"{"}{ $name }{"}"}`
scenario-text-unknown-placeholder = vend-mbajtës i panjohur `{"{"}{ $inner }{"}"}`

## Sweep table: the metrics by name (JSON keeps their ids)

sweep-metric-arrivals = mbërritje
sweep-metric-exits = largime
sweep-metric-person-hours-outdoors = orë-persona jashtë
sweep-metric-person-hours-outdoors-night = orë-persona jashtë natën
sweep-metric-peak-queue = radha më e gjatë
sweep-metric-mean-wait = pritja mesatare (min)
sweep-metric-peak-occupancy = më së shumti në pritje
sweep-metric-referrals = referime
sweep-metric-mean-referral = koha mesatare deri te referimi (min)
## Checkpoints (docs/checkpoints.md)
checkpoint-not-one = ky nuk është një pikë ruajtjeje e fluxsim
checkpoint-format = pika e ruajtjes është në formatin { $found }; ky fluxsim lexon formatin { $supported }
checkpoint-binary = pika e ruajtjes u shkrua nga fluxsim { $written }; ky është fluxsim { $running }, modeli i të cilit mund të ndryshojë: nuk mund të rikthehet
checkpoint-scenario = pika e ruajtjes u ruajt nga një skenar tjetër (skenari { $saved }, i dhëni { $given }): nuk mund të rikthehet
checkpoint-corrupt = pika e ruajtjes është e dëmtuar ({ $why }): nuk mund të rikthehet
checkpoint-digest = pika e ruajtjes nuk rikthehet në gjendjen e vet (e ruajtur { $saved }, e rikthyer { $restored }): nuk mund të përdoret
cache-ignored = shënim: memoria e pikave të ruajtjes { $path } u shpërfill ({ $why }); ushtrimi u riluajt nga fillimi
cache-not-ours = shënim: { $path } nuk është memorie e pikave të ruajtjes së fluxsim: u la e paprekur dhe nuk u mbajt memorie
cache-not-written = shënim: memoria e pikave të ruajtjes { $path } nuk mund të shkruhej ({ $why })
file-checkpoint-cache = memoria e pikave të ruajtjes

## CAP alerts (docs/export-csv.md, "CAP alerts")

cap-feed-title = { $exercise } (USHTRIM)
cap-restriction = Vetëm për pjesëmarrësit e ushtrimit
cap-note-msel = USHTRIM — injektimi { $number } i MSEL-it
cap-note-given = USHTRIM — një injektim i dhënë gjatë lojës (rreshti { $line } i ditarit)
cap-event = Injektim ushtrimi
## The report's OpenDocument copy
report-odt-failed = teksti OpenDocument nuk mund të shkruhej: { $reason }
