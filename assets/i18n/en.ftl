# fluxsim message catalogue: English (complete).
#
# Every string the console, the CLI's human output and the report show a person comes from
# here; sq.ftl and sr.ftl carry the same keys with the same variables (a spec checks it).
# Ids, JSON, CSV and journal contents are never translated.

## Gap categories (DESIGN.md numbers them 1 to 8; the number is put in front by the code)

gap-category-unowned = unowned function
gap-category-contested = contested function
gap-category-trigger = trigger gap
gap-category-latency = decision latency
gap-category-capacity = capacity gap
gap-category-referral = referral gap
gap-category-information = information gap
gap-category-authority = authority gap
gap-category-numbered = { $number } { $name }

## Severities

severity-low = low
severity-medium = medium
severity-high = high

## HSEEP core capabilities and capability elements

capability-planning = Planning
capability-operational-coordination = Operational Coordination
capability-situational-assessment = Situational Assessment
capability-public-health = Public Health, Healthcare and Emergency Medical Services
capability-screening = Screening, Search and Detection
capability-mass-care = Mass Care Services
capability-critical-transportation = Critical Transportation
element-planning = Planning
element-organisation = Organisation
element-equipment = Equipment
element-training = Training
element-exercise = Exercise

## Capability ratings

rating-P = performed without challenges
rating-S = performed with some challenges
rating-M = performed with major challenges
rating-U = unable to be performed

## Report: section headings

report-title = After-action report and improvement plan
report-title-of = { $title } — { $exercise }
report-overview = Exercise overview
report-objectives = Objectives and capabilities tested
report-timeline = Timeline
report-charts = Charts
report-network = The route network: places by stage with their capacities, links with their travel times (dashed: by bus or train)
report-results = Results
report-bcps = Border crossing points
report-sites = Reception sites
report-outdoors = People outdoors
report-referrals = Time to referral of vulnerable persons
report-latency = Decision latencies per institution
report-capabilities = Capability ratings
report-strengths = Strengths
report-areas = Areas for improvement
report-plan = Improvement plan
report-expected = Expected decisions
report-no-expected = The MSEL expects no decision that the engine can check.
report-col-inject = Inject
report-col-expected = Expected decision
report-col-delivered = Delivered
report-col-outcome = Outcome
expect-met = met (decision #{ $decision })
expect-late = met late by { $by } (decision #{ $decision })
expect-missed = missed
expect-open = open: its time has not passed
expect-not-delivered = inject not delivered
expect-not-applicable = n/a ({ $role })
report-col-engine-rating = From the gaps
report-col-evaluators-rating = Evaluators
report-no-observation = no observation
report-observed-rating = { $letter } ({ $count ->
    [one] 1 observation
   *[other] { $count } observations
})
report-observations = Evaluators' observations
report-no-observations = No observation was recorded.
report-observation-item = { $at }, { $who } ({ $about }): { $text }
report-rule-observations = The rating is the worse of the two: the rating from the gaps by this rule, and the worst rating the evaluators proposed in their observations of the capability. Where they differ, both are shown.
moment-observation = observation
moment-observation-rated = { $text } (rated { $rating })
origin-player-console = { $institution } (at the console)
origin-player-seat = { $institution } (own seat)
origin-msel = MSEL inject { $number }
origin-evaluator = evaluator
origin-simulated = the simulation
report-context = What the simulated institutions did
report-areas-rule = Areas for improvement come from the plan as written, from the situation the model measured, and from what the institutions played by people did or did not do (an absent institution's unanswered requests count here too). What the simulation did for simulated institutions is context, in the next section, never their area for improvement.
report-context-rule = These gaps arose only from decisions the engine took, by their mandate and response times, for institutions nobody played. They show how the plan works when followed by the book; they are not areas for improvement of those institutions.
report-no-context = The simulated institutions caused no gap.
report-context-item = { $category }: { $title } (gaps { $gaps })
report-col-decisions-by-people = Decisions by people
report-col-decisions-simulated = Decisions by the simulation
report-role-from = ; { $role } from { $at }
report-simulated-institution = { $institution } (simulated)
moment-action = players' action
moment-note = facilitator's note
report-gaps = Coordination gaps
report-compare = What-if comparison
report-compare-metrics = Key metrics side by side
report-compare-only-a = Gaps only in this exercise (A)
report-compare-only-b = Gaps only in the other branch (B)

## Report: charts

chart-arrivals = Arrivals per hour per entry point
chart-queues = Queue length per crossing and registration point
chart-occupancy = Occupancy and capacity per reception site
chart-outdoors = People outdoors
chart-requests = Open requests per institution
chart-legend-beds = { $place } beds open
chart-legend-outdoors = outdoors
chart-axis-hours = hours since T+0
chart-axis-people = people
chart-axis-requests = open requests
chart-in-html = Chart: { $title } (in the HTML report)
chart-axis-clock = day and time of day (day 1 is { $date }; T+0 at { $time })
chart-tick-day = day { $day }
chart-caption-arrivals = Busiest hour: { $people ->
    [one] one person
   *[other] { $people } people
    } at { $place } from { $when }; { $total ->
    [one] one person
   *[other] { $total } people
    } arrived in all.
chart-caption-queues = Longest queue: { $people ->
    [one] one person
   *[other] { $people } people
    } at { $place }, { $when }.
chart-caption-occupancy = Dashed, in each site's colour: the beds it had open. Fullest: { $people ->
    [one] one person
   *[other] { $people } people
    } at { $place }, { $when }.
chart-caption-outdoors = Most people outdoors at once: { $people }, { $when }.
chart-caption-requests = Most requests waiting at once: { $count } for { $institution }, { $when }.
chart-caption-flat = Every line stayed at zero throughout the exercise.
docx-figure = Figure { $number }: { $title } (drawn in the HTML report)
docx-col-line = Line
docx-col-highest = Highest
docx-col-highest-at = First reached
docx-col-last = At the end
report-docx-failed = the Word document could not be written: { $reason }

## Report: overview

report-col-item = Item
report-col-value = Value
report-item-exercise = Exercise
report-item-scenario = Scenario
report-item-journal = Journal
report-item-seed = Seed
report-item-start = Start (T+0)
report-item-reached = Reached
report-reached-value = { $end } (T+{ $reached })
report-item-commands = Commands in the journal
report-item-chain = Journal chain (last value; checked)
report-item-phase = Plan phase at the end
report-col-institution = Institution
report-col-name = Name
report-col-role = Role in the exercise
role-played = played
role-simulated = simulated
role-absent = absent
report-col-core-capability = Core capability
report-col-msel-injects = MSEL injects

## Report: timeline

report-col-time = Time
report-col-kind = Kind
report-col-who = Who
report-col-what = What
moment-inject = inject
moment-change = change
moment-decision = decision
moment-gap-opened = gap opened
moment-gap-closed = gap closed
moment-facilitator = facilitator
moment-answers = { $what } (answers request #{ $request })
moment-automated = { $what } (simulated)
moment-gap-opened-what = gap #{ $id } ({ $category }): { $summary }
moment-gap-closed-what = gap #{ $id } closed after { $after }

## Report: results

report-col-place = Place
report-col-place-role = Role
report-col-arrived = Arrived
report-col-processed = Processed
report-col-queue-now = Queue now
report-col-max-queue = Max queue
report-col-mean-wait = Mean wait (min)
report-col-p95-wait = p95 wait (min)
place-role-bcp = crossing point
place-role-registration = registration
place-role-transit = transit centre
place-role-reception = reception
place-role-green-border = green border
place-role-exit = exit
place-role-entry = entry point
place-role-other = waypoint
report-col-site = Site
report-col-occupancy-now = Occupancy now
report-col-peak = Peak
report-col-capacity = Capacity
report-col-open = Open
report-yes = yes
report-no = no
report-col-outdoors-now = Outdoors now
report-col-most-at-once = Most at once
report-col-person-hours-outdoors = Person-hours outdoors
report-col-of-them-at-night = of them at night
report-col-arrivals = Arrivals
report-col-in-system = In the system
report-col-vulnerability = Kind
report-col-service = Service (function)
report-col-deadline = Deadline
report-col-identified = Identified
report-col-in-time = In time
report-col-late = Late
report-col-pending = Pending
report-col-no-service = No service
report-col-mean-handover = Mean hand-over (min)
report-none-designated = none designated
report-col-institution-asked = Institution asked
report-col-requests = Requests
report-col-answered-in-time = Answered in time
report-col-answered-late = Answered late
report-col-unanswered = Unanswered
report-col-mean-latency = Mean latency
report-col-longest-wait = Longest wait
report-nobody-accountable = (nobody accountable)

## Vulnerabilities

vulnerability-unaccompanied-minor = unaccompanied minor
vulnerability-family-with-infants = family with infants
vulnerability-medical = medical
vulnerability-elderly = elderly
vulnerability-trafficking = possible victim of trafficking
vulnerability-pregnant = pregnant woman

## Report: capabilities, strengths, areas for improvement, plan, gaps

report-rule = Rule: P: no coordination gap bears on the capability. S: only low- or medium-severity gaps. M: at least one high-severity gap, every one of them closed by the end of the exercise. U: a high-severity gap still open at the end of the exercise.
report-mapping = Mapping: Unowned and contested functions and trigger gaps bear on Planning; decision latency and authority gaps on Operational Coordination; information gaps on Situational Assessment; referral gaps on Public Health, Healthcare and Emergency Medical Services; capacity gaps at a crossing point on Screening, Search and Detection, and the other capacity gaps (shelter, people outdoors, interpreters) on Mass Care Services.
report-col-objective = Exercise objective
report-col-rating = Rating
report-col-gaps = Gaps
report-rating-value = { $letter } — { $meaning }
report-no-strength = The engine recorded no strength: every capability met a gap.
strength-capability = { $capability }: no coordination gap bore on it.
strength-latency = { $institution } answered all { $count } of its requests within the deadline (mean { $mean }).
strength-referral = All { $count } { $kind } cases handed over were within the deadline (mean hand-over { $minutes } min).
report-area-heading = { $number }. { $capability } — { $title }
report-area-facts = Category { $category }; gaps { $gaps }; up to { $people ->
        [one] 1 person
       *[other] { $people } people
    } affected. Corrective action: { $action }
report-evidence = gap #{ $id }: { $line }
report-to-be-designated = to be designated
report-col-capability = Capability
report-col-area = Area for improvement
report-col-action = Corrective action
report-col-element = Capability element
report-col-responsible = Primary responsible institution
report-col-start-date = Start date
report-col-completion-date = Completion date
report-col-number = #
report-col-category = Category
report-col-severity = Severity
report-col-opened = Opened
report-col-closed = Closed
report-col-summary = Summary
report-col-people-affected = People affected
report-gap-open = open

## Report and CLI: what-if comparison

compare-branch = { $label }: { $journal } (to { $reached }, { $commands } commands)
compare-branch-forked = { $label }: { $journal } (to { $reached }, { $commands } commands; forked from { $from } at { $at })
compare-same-streams = Same scenario ({ $hash }) and seed ({ $seed }), so the same random streams: the differences below come from the decisions, not from chance. { $count ->
        [one] 1 difference.
       *[other] { $count } differences.
    }
compare-none = None.
compare-col-group = Group
compare-col-metric = Metric
compare-col-unit = Unit
compare-col-institutions = Institutions
compare-col-a = A
compare-col-b = B
compare-col-difference = B − A

## Console: keys (the help lists them; the footer shows the hinted ones)

hint-run-pause = run/pause
hint-play = play
hint-command = command
hint-deliver = deliver
hint-search = search
hint-help = help
hint-messages = whole message
hint-quit = quit
key-pause = pause / resume
key-faster = faster
key-slower = slower
key-step-event = step to the next event
key-step-hour = run to the next hour
key-step-inject = run to the next inject
key-run-until = run until a time…
key-deliver = deliver an inject
key-palette = command palette
key-search = search ids and names
key-inspect = inspect the selected row
key-next-pane = next pane
key-previous-pane = previous pane
key-panes = panes (Situation … MSEL)
key-rows = previous / next row
key-first-last = first / last row
help-language = Language (console and projector)
help-seats = Seats (console --serve)
key-seats = the seats served to browsers: addresses, codes, who is connected
key-help = this help
key-messages = the message log (every status message, whole)
key-theme = next colour theme (dark, light, high-contrast, 16)
key-language = next language of the console and the projector (English, Shqip, Srpski, Српски)
key-back = back
key-quit = quit (asks first)
key-scrub-quarter = back / forward 15 minutes
key-scrub-hour = back / forward an hour
key-scrub-ends = start / end
key-scrub-command = previous / next command
key-scrub-landmark = previous / next gap opened, inject delivered or observation
keyname-letters = letters
keyname-click = click
keyname-wheel = wheel
keyname-space = space
key-search-type = find ids and names (places, institutions, injects, gaps, requests)
key-search-choose = choose a match (its pane follows)
key-search-open = open the match in the inspector
key-search-cancel = cancel, back where you were
key-mouse-click = select a tab or a row
key-mouse-wheel = previous / next row
key-palette-filter = filter commands
key-palette-choose = choose
key-palette-fill = fill in the chosen command
key-cancel = cancel
key-form-complete = complete the field
key-form-next = next field
key-form-previous = previous field
key-form-apply = apply (all fields valid)
key-form-erase = erase
key-prompt-scroll = scroll the help
key-prompt-accept = accept; quit when asked
key-prompt-cancel = cancel, close
help-main = Main screen
help-replay = Replay (console --replay)
help-search = Search (/)
help-mouse = Mouse
help-palette = Command palette (:)
help-form = Command form
help-prompts = Prompts, help, inspector, quit
help-more-below = { " " }↓ more
help-more-above = { " " }↑ above
help-title = { " " }Keys (↑↓ scroll, Esc closes){ $more }{ " " }

## Console: panes, header, status line

pane-situation = Situation
pane-network = Network
pane-institutions = Institutions
pane-gaps = Gaps
pane-msel = MSEL
console-too-small = Terminal too small
console-too-small-size = The console needs at least { $min_width }×{ $min_height }; this one is { $width }×{ $height }.
console-too-small-hint = Enlarge the window or use a smaller font. q quits.
console-read-only = replay is read-only: nothing can be entered (←/→ PgUp/PgDn [ ] scrub the timeline)
console-refusal-journal = not applied, the journal failed: { $error }
console-refusal-engine = refused: { $error }
console-status-start = paused — space runs the clock, ? lists every key
console-status-replay = a recorded exercise, read-only
console-status-resumed = resumed at T+{ $at } after { $commands ->
        [one] 1 recorded command
       *[other] { $commands } recorded commands
    } — paused, space runs the clock
console-status-resumed-torn = { $resumed } · the journal's line { $line } was cut off mid-write and is left out ({ $bytes } bytes: `{ $text }`)
console-running-at = running at { $speed }
console-paused = paused
console-speed = speed { $speed }
console-no-event-ahead = no event ahead
console-running-to-inject = running to MSEL #{ $number } at T+{ $at }
console-no-inject-ahead = no inject ahead
console-applied = applied { $command }
console-unchanged = { $command } changed nothing: the model was already in that state (it stays in the journal)
console-journal-end-failed = the journal could not record the end: { $error }
console-already-delivered = MSEL #{ $number } was already delivered at T+{ $at }: an inject is delivered once — choose a row that is not sent
console-delivered = delivered MSEL #{ $number } to { $to }: { $synopsis }
console-inject-refused = MSEL #{ $number } { $reason }
console-trigger-due = MSEL #{ $number } due: its trigger holds — d delivers it (MSEL pane)
console-inject-due = MSEL #{ $number } due: { $synopsis } — d delivers it (MSEL pane)
console-end-reached = the exercise has reached its end
console-one-event = one event, at T+{ $at }
console-no-event-before-end = no event before the exercise end
console-already-there = already there
console-running-to = running to T+{ $at }
console-stopped-at = stopped at T+{ $at }, where the run was to end — paused
console-theme = theme { $theme }
theme-dark = dark
theme-light = light
theme-high-contrast = high contrast
theme-sixteen = 16 colours
console-language = language: { $language }
console-matches = { $count ->
        [one] 1 match
       *[other] { $count } matches
    } — Enter opens { $label }
console-no-match = no match
console-search-cancelled = search cancelled
console-recording-end = the end of the recording
console-scrub-live = scrubbing is for replays: fluxsim console --replay JOURNAL
console-replay-failed = the journal does not replay: { $error }
console-field-invalid = { $field }: { $reason }
console-opened = opened { $label }
console-nothing-to-open = no match to open
console-none-due = no inject is due; pick one in the MSEL pane (5)
console-log-refused = { $command } (refused)
console-log-unchanged = { $command } (changed nothing)

## Console: command forms

form-type-number = type a { $what }
form-not-whole = `{ $text }` is not a whole number
form-not-time-of-day = `{ $clock }` is not a time of day
form-days-from-one = day `{ $day }`: days count from 1
form-start-no-clock = the exercise start `{ $start }` has no time of day
form-out-of-range = { $value } is out of range: from { $min } to { $max }
form-type-id = type the { $kind } id
form-unknown-id-known = unknown { $kind } `{ $text }`; known: { $known }
form-unknown-id = unknown { $kind } `{ $text }`
form-time-not-ahead = T+{ $time } is not ahead: it is already T+{ $now }
form-time-after-end = T+{ $time } is after the exercise ends at T+{ $end }
field-kind-bcp = BCP
field-kind-site = reception site
field-kind-institution = institution
field-kind-phase = phase
field-kind-function = function
field-kind-topic = function or phase
field-kind-language = language
field-kind-fleet = bus fleet
field-kind-vulnerability = vulnerability
field-kind-number = number
command-close-bcp = Close a BCP; those waiting divert to other crossings
command-open-bcp = Re-open a closed BCP
command-change-officers = Add officers to every shift of a BCP (negative: a shortage)
command-set-capacity = Set the normal bed capacity of a reception site
command-open-site = Open a reception site (e.g. a temporary site)
command-close-site = Close a reception site to new arrivals
command-unlock-surge-capacity = Let every reception site use its surge capacity
command-declare-phase = Decision: declare a phase of the contingency plan
command-approve-reception = Decision: approve reception of the people at the border
command-open-temporary-site = Decision: open a temporary reception site (after the plan's delay)
command-deploy-officers = Decision: deploy officers to a BCP (on duty after their travel time)
command-request-interpreters = Decision: bring in (remote) interpreters for a language
command-arrange-buses = Decision: add buses to a fleet
command-refer-case = Decision: take responsibility for the vulnerable cases of one kind
command-notify = Decision: inform an institution of the decisions under a function or phase
command-assign-function = Decision: settle who is accountable for a function
command-when-open-site = Control action: the site opens now and nobody is recorded as deciding it. For an institution's decision use open-temporary-site.
command-when-open-temporary-site = Decision of an institution: recorded as theirs, the site opens after the plan's delay. To open a site at once as facilitator use open-site.
command-when-change-officers = Control action: every shift changes now (a shortage or reinforcement the scenario imposes). For an institution sending officers use deploy-officers.
command-when-deploy-officers = Decision of an institution: officers arrive after their travel time. To change the shifts at once as facilitator use change-officers.
field-help-bcp = border crossing point id
field-help-site = reception site id
field-help-by = id of the institution deciding
field-help-officers-added = officers added, e.g. 4 or -2
field-help-beds = beds
field-help-phase = plan phase id
field-help-officers-sent = officers sent, e.g. 6
field-help-language = language code
field-help-interpreters = interpreters, e.g. 2
field-help-fleet = bus fleet id
field-help-buses = buses added, e.g. 4
field-help-vulnerability = kind of case
field-kind-text = text
command-action = Players: something an institution did outside the catalogue (convened a meeting, a press release), for the record
command-note = Facilitator: a note at this time, for the record
command-observe = Evaluation: an observation at this time, with a proposed rating (P, S, M, U)
field-help-action-by = institution whose players acted
field-help-action-text = what they did
field-help-note-text = the note
field-help-observe-rating = P performed without challenges, S with some, M with major challenges, U unable
field-help-observe-text = what was observed
form-type-text = type { $what }
form-text-too-long = { $chars } characters is too long: at most { $max }
field-kind-role = role
field-kind-rating = rating
command-set-role = Facilitator: change who plays an institution from now on (played by people, simulated by the engine, or absent)
field-help-role-institution = institution whose role changes
field-help-role = played, simulated or absent
header-played = { $count ->
    [one] 1 institution played
   *[other] { $count } institutions played
}
field-help-to = id of the institution informed
field-help-about = function or phase id
field-help-function = function id
field-help-institution = id of the institution now accountable
overlay-command = Command
overlay-run-until = Run until
overlay-quit = Quit
overlay-no-command = no command matches `{ $filter }`
overlay-more-above =   ↑ { $count } more
overlay-more-below =   ↓ { $count } more
overlay-no-fields = no fields
overlay-form-keys = Enter applies · Tab completes · ↑↓ field · Esc cancels
overlay-tab-cycles = Tab completes, then cycles:
overlay-runs-to = ✓ runs to { $at } and pauses
overlay-time-hint = a time from the start (36h, T+2d6h) or a clock time (16:00, day 2 09:00)
overlay-run-keys = Enter runs · Esc cancels
overlay-quit-journal = Everything given so far is in { $file }.
overlay-quit-no-journal = No journal is written for this session.
overlay-quit-question = Quit the exercise?
overlay-quit-keys = y / Enter quits · n / Esc stays
overlay-deliver = Deliver?
overlay-deliver-which = MSEL #{ $number } → { $to }
overlay-deliver-effect = in the model: { $effect }
overlay-deliver-informs = no change to the model: it only informs its receivers
overlay-deliver-keys = Enter / y delivers · Esc / n cancels (5 picks another in the MSEL pane)
effect-surge = { $people ->
        [one] 1 more person arrives
       *[other] { $people } more people arrive
    } at { $entry } over { $over }{ $nationality ->
        [any] {""}
       *[other] { " " }({ $nationality })
    }
effect-close-border = every BCP facing { $country } closes; its queue diverts
effect-open-border = every BCP facing { $country } re-opens
effect-close-bcp = { $bcp } closes; its queue diverts
effect-open-bcp = { $bcp } re-opens
effect-site-incident = { $site } loses { $beds ->
        [one] 1 bed
       *[other] { $beds } beds
    }{ $isolated ->
        [yes] { "" } and is isolated (takes nobody new)
       *[other] {""}
    }
effect-interpreter-shortage = { $count ->
        [one] 1 interpreter
       *[other] { $count } interpreters
    } of { $language } drop out
effect-officer-shortage = { $count ->
        [one] 1 officer
       *[other] { $count } officers
    } called away from { $bcp }, every shift
effect-transport-breakdown = { $count ->
        [one] 1 bus
       *[other] { $count } buses
    } of { $fleet } out of service
effect-message = only informs { $count ->
        [one] 1 institution
       *[other] { $count } institutions
    }: { $to }
overlay-messages = Messages, newest first (↑↓ scroll, Esc closes)
header-replay-paused = ⏮ replay, paused
header-replay = ⏵ replay { $speed }
header-running-to = ▶▶ to { $at }
header-running = ▶ running { $speed }
header-paused = ⏸ paused ({ $speed })
header-phase = phase{ " " }
header-catching-up = { " " }(catching up)
header-due = { "  " }{ $count } due
header-journal = { "  " }journal{ " " }
header-no-journal = none
# The header's date: `Sat 24 Oct 06:00`.
header-date-time = { $weekday } { $day } { $month } { $time }
header-weekday = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
header-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}

## Console: situation pane

situation-totals = arrived { $arrived }  in country { $in_country }  left { $left }{ "  " }
situation-outdoors = outdoors{ " " }
situation-peak = { " " }(peak { $peak })
situation-closed-place = { $name } (closed)
situation-crossings = { " " }Crossings and registration{ " " }
situation-open = open
situation-closed = closed
situation-sites = { " " }Sites — outdoors{ " " }
situation-col-crossing = crossing / registration
situation-col-queue = queue
situation-col-busy = busy/n
situation-col-wait = wait
situation-col-per-hour = /h
situation-per-hour-means = /h: processed in the last simulated hour
list-more-above = ↑ +{ $count } more
list-more-below = ↓ +{ $count } more
institutions-title = { " " }Institutions{ " " }
institutions-col-institution = institution
institutions-col-accountable = A
institutions-col-responsible = R
institutions-col-role = role
raci-accountable = accountable
raci-responsible = responsible
raci-consulted = consulted
raci-informed = informed
institutions-decides = Decides requests:{ " " }
institutions-request-within = { $request } within { $deadline }
request-kind-reception-approval = approve reception
request-kind-transport = transport
request-kind-temporary-site = a temporary site
request-kind-interpreters = interpreters
request-kind-officers = officers
institutions-pending = Pending requests:
institutions-pending-request = { "  " }#{ $number } { $ask }, waiting { $waiting },{ " " }
institutions-overdue = overdue by { $by }
institutions-due-in = due in { $left }
institutions-none = { "  " }none
institutions-recent = Recent decisions:
institutions-answers = { " " }(answers #{ $number })
institutions-auto = { " " }[simulated]
institutions-none-yet = { "  " }none yet
institutions-informed-of = Informed of:
institutions-told = { "  " }{ $at } { $what } — from { $from }
institutions-earlier = { "  " }… { $count } earlier
institutions-nothing-yet = { "  " }nothing yet
inspector-title = { " " }{ $title } (Esc closes){ " " }
inspector-id = id
inspector-kind = kind
inspector-open = open
inspector-yes = yes
inspector-no = no
inspector-arrived = arrived
inspector-processed = processed
inspector-last-hour = last sim. hour
inspector-queue = queue now / max
inspector-queue-value = { $now } / { $max }
inspector-mean-queue = mean queue
inspector-in-service = in service
inspector-in-service-value = { $busy } of { $servers ->
        [one] 1 desk
       *[other] { $servers } desks
    }
inspector-wait = wait mean / p95
inspector-wait-value = { $mean } / { $p95 } min
inspector-left = stays ended
inspector-beds = beds used / cap
inspector-beds-value = { $used } / { $capacity } (peak { $peak })
inspector-passed = passed on
inspector-links = links
inspector-idle = { $count ->
        [one] 1 desk idle
       *[other] { $count } desks idle
    }
inspector-idle-interpreters = the people queued wait for an interpreter of { $languages }
inspector-idle-language = { $language } ({ $people ->
        [one] 1 person
       *[other] { $people } people
    })
inspector-idle-no-reason = nobody in the queue can be served yet
situation-col-site = site
situation-col-occupancy = occ/cap
situation-col-share = %
situation-col-state = state

## Console: gaps and MSEL panes

gaps-col-number = #
gaps-col-category = category
gaps-col-opened = opened
gaps-col-state = state
gaps-col-severity = sev.
gaps-col-institutions = institutions
gaps-col-place = place
gaps-col-gap = gap
gaps-col-who-where = who · where · gap
gaps-title = { " " }Gaps — { $open } open, { $total } so far, newest first (Enter: evidence){ " " }
gaps-open = open
gaps-closed-at = closed { $at }
gaps-closed = closed
msel-sent = sent { $at }
msel-due-since = DUE { $at }
msel-watching = watching
msel-due = DUE
msel-upcoming = upcoming
msel-when-from = when { $trigger } (from { $from })
msel-when = when { $trigger }
msel-col-number = #
msel-col-due = due
msel-col-state = state
msel-col-to = to
msel-col-synopsis = synopsis
msel-title = { " " }MSEL (d delivers the selected inject, Enter opens it){ " " }

## CLI: run and replay summaries

run-conservation-failed = conservation check failed
run-heading = { $scenario } — seed { $seed } — ran to T+{ $reached } ({ $events } events)
run-bcps = Border crossing points
run-col-bcp = BCP
run-col-arrivals = arrivals
run-col-processed = processed
run-col-queue = queue
run-col-max-queue = max queue
run-col-mean-wait = mean wait
run-col-p95-wait = p95 wait
run-registration = { "  " }(registration)
run-sites = Reception sites
run-col-site = site
run-col-now = now
run-col-peak = peak
run-col-capacity = capacity
run-col-open = open
run-full = { "  " }full
run-yes = yes
run-no = no
run-outdoors = People outdoors: { $now } now, { $most } at most; { $hours } person-hours outdoors, { $night } of them at night
run-waiting-outdoors = Waiting outdoors at { $place } (beyond its shelter): { $now } now, { $most } at most; { $hours } person-hours, { $night } at night
run-vulnerable = Vulnerable persons
run-col-kind = kind
run-col-identified = identified
run-col-in-time = in time
run-col-late = late
run-col-pending = pending
run-col-no-service = no service
run-col-mean-handover = mean hand-over
run-conservation = Conservation: { $arrived } arrived = { $in_system } in the system + { $left } left ({ $ways }) — { $verdict }
run-holds = holds
run-broken = BROKEN
run-phase = Plan phase: { $phase }; { $requests ->
        [one] 1 request
       *[other] { $requests } requests
    } waiting for a decision
run-gaps = Coordination gaps ({ $count })
run-col-number = #
run-col-category = category
run-col-opened = opened
run-col-closed = closed
run-col-severity = sev.
run-col-institutions = institutions
run-col-gap = gap
run-open = open
replay-verdict = replayed { $commands ->
        [one] { $commands } command
       *[other] { $commands } commands
    }, every digest matched ({ $digests } compared)
replay-model-changed = replayed { $commands ->
        [one] { $commands } command
       *[other] { $commands } commands
    }; the model changed since { $journal } was recorded (digest scheme { $recorded_scheme }, model { $recorded_model }; now digest scheme { $scheme }, model { $model }), so its digests were not compared. The new digests:
replay-new-digest = {"  "}line { $line }: recorded { $recorded }, now { $now }
replay-chain = the journal's chain is unbroken over { $lines ->
        [one] its { $lines } line
       *[other] its { $lines } lines
    } after the header; its last value is { $value } (cite it with the report: it pins the whole record)

## CLI: spreadsheets (CSV) read in another encoding

sheet-encoding-assumed = note: { $file } is not UTF-8 text, so it was read as { $encoding } (Albanian ë, ç; Serbian č, ć, š, ž, đ). If letters look wrong, import it again with --encoding windows-1252, or save the sheet as UTF-8: in Excel, Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc, Save As > Text CSV, character set "Unicode (UTF-8)".
sheet-encoding-detected = note: { $file } was read as { $encoding }, as its byte-order mark says.

## CLI: check

check-valid = { $file }: valid — { $locations } locations, { $institutions } institutions, { $functions } functions, { $injects } injects; { $findings ->
        [one] { $findings } coordination finding
       *[other] { $findings } coordination findings
    }
check-finding = { "  " }warning [{ $category }] { $severity }: { $summary }
check-hint = { "  " }hint { $file }:{ $line }:{ $column }: { $message }

## CLI: check and scenario show — does the scenario add up?

capacity-heading = Does it add up? (at the peak arrival rate)
capacity-ok = ok
capacity-short = SHORT
capacity-warning = { "  " }warning: line { $line }: { $message }
capacity-check-warning = { "  " }warning [capacity] { $file }:{ $line }:{ $column }: { $message }
capacity-rates = { $per_hour }/h ({ $per_day }/day)
capacity-stage-arrivals = arrivals
capacity-stage-crossings = crossings
capacity-stage-registration = registration
capacity-stage-interpreters = interpreters { $language }
capacity-stage-transport = transport
capacity-stage-beds = beds
capacity-arrivals-peak = peak { $rates }
capacity-arrivals-total = about { $people } people in all over { $duration }
capacity-handle = handle { $rates }
capacity-peak-sends = peak sends { $rates }
capacity-staff-speak-it = registration staff speak it
capacity-interpreters-handle = { $count ->
        [one] { $count } interpreter
       *[other] { $count } interpreters
    } handle { $rates }
capacity-fleet = { $fleet } { $buses } × { $seats } seats × { $trips } round trips of { $round_trip } = { $total }
capacity-transport-handles = { $seats }/day ({ $fleets })
capacity-transport-demand = peak sends { $people }/day
capacity-beds-handles = { $beds } beds (+{ $surge } surge)
capacity-beds-demand = expected occupancy { $occupancy } ({ $per_hour }/h × { $stay } mean stay)
capacity-handled = { $stage } { $per_hour }/h
capacity-times = { $times } times
capacity-far-more = far more than
capacity-per-day-rate = arrival rate { $rate } per hour at `{ $at }` is { $times } what the stages after it handle per hour ({ $handled }): over { $duration } it sends about { $people } people; if { $rate } is a per-day figure, write { $per_hour } per hour
capacity-unserved-language = language `{ $code }` of `{ $nationality }` is spoken by no interpreter and no registration staff: { $share } of arrivals wait for one{ $like }
capacity-unknown-capability-like = objective `{ $objective }`: `{ $capability }` is not an HSEEP core capability; did you mean `{ $meant }`?
capacity-unknown-capability = objective `{ $objective }`: `{ $capability }` is not an HSEEP core capability (docs/scenario-format.md lists the 32); the report can rate it only from its critical tasks and the evaluators' observations
capacity-like-code = ; interpreters or staff speak `{ $code }` — codes must match exactly, write `{ $code }`
capacity-rule-cannot-fire = the { $request } request rule can never fire: { $why }
capacity-why-transport = no link in this network is travelled by bus, so people never wait for transport; add a link with `mode: Bus("fleet")` or drop the rule
capacity-why-approval = the plan does not set `reception_needs_approval: true`, so reception is approved from the start
capacity-why-officers = no crossing has a `queue_limit`, and only a queue over its limit asks for officers

## CLI: sweep

sweep-seeds = seeds { $first }..={ $last }
sweep-no-seed = no seed
sweep-heading = { $scenario }: { $replications } replications ({ $seeds }), { $commands } commands each, to { $until }
sweep-col-ci = mean 90 % CI
sweep-col-metric = metric
sweep-col-place = place
sweep-col-mean = mean
sweep-col-gaps = gaps per replication
sweep-col-replications = replications
sweep-with = { $with } of { $of }
sweep-col-median = median

## Seats (console --serve): the web pages and the console's Seats view
seats-title = fluxsim seats
seats-back-index = All seats
seats-projector = Projector
seats-seats = Seats
seats-evaluator = Evaluators
seats-code = Join code
seats-join = Join
seats-phase = Phase
seats-arrivals = arrived
seats-queued = waiting in queues
seats-sheltered = in reception
seats-outdoors = outdoors
seats-injects = Injects
seats-decisions = Decisions
seats-none-yet = nothing yet
seats-action = Free action
seats-action-help = What your institution does outside the decisions below (it is journaled; it changes nothing in the model).
seats-action-empty = Not sent: describe the action first.
seats-observe = Observation
seats-observe-text = What you saw
seats-observe-institution = About the institution (optional)
seats-observe-rating = Proposed rating (P, S, M, U; optional)
seats-decide = Decide
seats-send = Send
seats-waiting = Waiting for your decision
seats-nothing-waiting = no request is waiting for you
seats-minutes-left = { $minutes ->
    [one] { $minutes } minute left
   *[other] { $minutes } minutes left
}
seats-told = What you were told
seats-your-decisions = Your decisions
seats-raci = Your part in the plan
seats-wrong-code = Not admitted: this code does not open this seat.
seats-malformed = Not sent: the form could not be read. Reload the page and try again.
seats-too-large = Not sent: the form is larger than a seat may send.
seats-console-gone = Not sent: the console is not taking requests any more.
seats-unknown-seat = There is no seat "{ $seat }".
seats-unknown-decision = There is no decision "{ $decision }".
seats-unknown-field = The form has a field "{ $field }" that this decision does not take.
seats-too-long = The field "{ $field }" is too long.
seats-done = Done and journaled: { $command }
seats-why-no-seat = no such seat
seats-why-no-code = no code given
seats-why-wrong-code = a wrong code
seats-log-door = seat { $seat } turned away: { $reason }
seats-log-refused = seat { $seat } refused: { $reason }
seats-log-applied = seat { $seat }: { $command }
seats-view-title = Seats
seats-view-address = served at { $url }
seats-view-code = code
seats-view-open = open pages
seats-view-last = last action
seats-view-projector = projector pages open: { $count }
seats-view-refused = turned away: { $count }
seats-view-evaluator = evaluators' code
# The seat's address names an institution by its id: `/seat/<institution>`.
seats-view-seat-id = institution
seats-view-off = No seats are served: start the console with --serve (and --journal).

console-serve-needs-journal = --serve needs --journal FILE: every command a seat sends is journaled, and the seat codes are kept beside the journal

## Coordination: the model's gaps, findings, requests and decisions (rendered from their keys)

list-and = { $head } and { $last }
people-count = { $count ->
        [one] 1 person
       *[other] { $count } people
    }
plain-text = { $text }
request-subject-reception-approval = reception approval
request-subject-transport = transport
request-subject-temporary-site = temporary site
request-subject-interpreters = interpreters
request-subject-officers = officers
ask-declare-phase = declaration of phase `{ $phase }`
metric-arrivals = arrivals over { $window }
metric-queue = the queue at { $place }
metric-any-queue = the longest queue at a crossing
metric-occupancy = the occupancy of { $site } (%)
metric-any-occupancy = the highest occupancy of an open site (%)
metric-outdoors = people outdoors
metric-in-country = people in the country
request-reason-trigger = trigger of phase `{ $phase }` met: { $metric } = { $measured } above { $value }
request-reason-trigger-below = trigger of phase `{ $phase }` met: { $metric } = { $measured }, fallen below { $value }
request-reason-queue = { $people } queuing at { $place } (limit { $limit })
request-reason-reception = { $people } registered and waiting outdoors for reception to be approved
request-reason-temporary-site = every open reception site is full; { $people } outdoors; nearest closed site: { $site }
request-reason-interpreters = { $people } waiting for a { $language } interpreter; none exists
request-reason-transport-waiting = { $people } waiting at { $place } for { $fleet }, over its limit of { $limit }
request-reason-transport-breakdown = { $broken ->
        [one] 1 vehicle
       *[other] { $broken } vehicles
    } of { $fleet } broke down; { $seats } seats left in service
request-withdrawn-no-reserve = no reserve site left to open
request-withdrawn-opening = site { $site } is being opened already
informed-request = request #{ $number } { $ask }: { $reason }
informed-decision = decision #{ $number }: { $what }
informed-notified = notified about `{ $about }`
informed-inject = inject { $number }: { $text }
decision-declare-phase = declare phase `{ $phase }`
decision-approve-reception = approve reception
decision-open-temporary-site = open temporary site { $site }
decision-deploy-officers = deploy { $officers } officers to { $bcp }
decision-request-interpreters = request { $count } { $language } interpreters
decision-arrange-buses = arrange { $buses } buses for { $fleet }
decision-refer-case = take the { $kind } cases
decision-notify = inform { $to } about `{ $about }`
decision-assign-function = assign `{ $function }` to { $institution }
gap-queue = the queue at { $place } is over its limit
gap-queue-evidence = { $people } waiting at { $at } against a limit of { $limit }, { $servers } servers working
gap-queue-action = Plan officer reinforcement for { $place } before its queue passes { $limit }
gap-reception-full = reception is full and people wait outdoors
gap-reception-full-evidence = { $people } outdoors at { $at } with all { $beds } open beds taken
gap-reception-full-action = Pre-identify temporary sites with an activation procedure and lead times
gap-night = people spend the night outdoors
gap-night-evidence = { $people } outdoors at { $at } ({ $why })
gap-night-no-bed = no free bed
gap-night-not-approved = reception not approved
gap-night-action = Guarantee overnight shelter at the border: pre-approved reception and heated temporary space
gap-no-reserve = the plan has no reserve site left
gap-no-reserve-evidence = { $people } outdoors at { $at } with all { $beds } beds of the open sites taken
gap-no-reserve-sites = every reception site of the plan is open or cannot be reached: { $sites }
gap-no-reserve-action = Identify further reserve sites in the plan, with an activation procedure and lead times
gap-interpreter = no interpreter for { $language }
gap-interpreter-evidence = { $people } waiting at registration at { $at } for a { $language } interpreter; the scenario provides none
gap-interpreter-queue = registration at { $place } is held up waiting for interpreters
gap-interpreter-queue-action = Bring enough interpreters for { $languages } to { $place } (on site or remote) for the registration desks it has
gap-interpreter-queue-evidence = { $people } waiting at { $place } at { $at } for an interpreter ({ $languages }), the first for { $longest }, while { $idle } of { $desks } desks stood free
gap-waiting-outdoors = people wait outdoors at { $place }, beyond its shelter
gap-waiting-outdoors-action = Shelter everyone who waits at { $place } (a larger waiting area, heated tents), or move them on faster
gap-waiting-outdoors-evidence = { $people } outdoors at { $at }: { $waiting } waiting, shelter for { $shelter }
gap-interpreter-action = Contract remote { $language } interpretation in advance and list it in the plan
gap-late-referral = { $kind }: cases handed over after their deadline
gap-late-referral-evidence = by { $at }: { $late } of { $identified } identified handed over after the { $deadline } deadline; mean hand-over { $mean }
gap-late-referral-action = Set up a 24/7 duty at the border with the designated service for these cases: { $kind }
gap-no-service = { $kind }: cases identified with no service to take them
gap-no-service-evidence = { $people } identified as { $kind } by { $at }; no referral rule names a service
gap-no-service-action = Designate the service that takes these cases, with a deadline: { $kind }
gap-phase-late = phase `{ $phase }` not declared although its trigger held
gap-phase-late-action = Make the declaration of phase `{ $phase }` automatic on its trigger, or name one institution that must declare it within the plan's time
gap-request-unanswerable = { $kind } request that nobody can answer
gap-request-late = { $kind } request waits past its deadline
gap-request-late-action = Name one accountable institution for { $kind } decisions, with a deputy and a maximum decision time
gap-request-evidence = request #{ $number } ({ $ask }) raised at { $raised } ({ $reason }), deadline { $deadline }, asked: { $asked }
gap-request-waiting = still unanswered at { $at } after { $waited }; { $people } waiting (queues and outdoors)
gap-asked-nobody-function = nobody: `{ $function }` has no Accountable institution
gap-asked-nobody = nobody: the plan names no function for it
gap-uninformed = { $by } did not inform { $who } of a decision
gap-uninformed-action = Apply the plan's notification rule of `{ $function }`: whoever decides informs { $who } within { $within }, with a standard message and channel
gap-uninformed-decision = decision #{ $number } by { $by } at { $at }: { $what }
gap-uninformed-evidence = the plan says { $who } must be informed within { $within }; nobody told them by { $at }
gap-authority = { $by } decided without the authority for it
gap-authority-action = Confirm in the plan whether { $by } may { $what }; if so, make it accountable for `{ $function }`
gap-decision-evidence = decision #{ $number } at { $at }: { $what } by { $by }
gap-function-unheld = `{ $function }` has no Accountable institution
gap-function-held = `{ $function }` is held by { $holders }
gap-duplicate = { $first } and { $second } both decided: { $what }
gap-duplicate-action = Agree who alone decides `{ $function }` and how the other is consulted
gap-duplicate-accountable = Accountable for `{ $function }`: { $holders }
finding-use-coordination = the plan names it as the coordination of the working group
finding-use-declares = the plan says it declares phase `{ $phase }`
finding-use-requests = the plan sends { $kind } requests to it (deadline { $deadline })
finding-use-referrals = { $kind }: these cases are referred to it (deadline { $deadline })
finding-use-requests-never = the plan sends { $kind } requests to it, but none can arise in this scenario: { $why }
finding-never-transport = no link is travelled by a bus or train fleet
finding-never-reception-approval = reception does not wait for an approval (plan.reception_needs_approval is false)
finding-never-reception = there is no reception site
finding-never-temporary-site = no reception site starts closed, so there is none to open
finding-never-officers = no crossing point has a queue limit
finding-never-interpreters = every language of the cohort has interpreters or is spoken at every registration point
finding-no-coordination = the plan names no function that coordinates the contingency working group
finding-no-coordination-evidence = plan.coordination is not set
finding-no-coordination-action = Designate in the plan which institution chairs the contingency working group
finding-unowned = no institution is accountable for “{ $name }”
finding-unowned-evidence = `{ $function }` lists no Accountable institution
finding-unowned-action = Assign one accountable institution for “{ $name }” in the plan and its SOPs
finding-contested = { $claimants } both claim “{ $name }”
finding-contested-evidence = `{ $function }` lists { $claimants } as Accountable
finding-contested-action = Agree and write down a single accountable institution for “{ $name }”, with its legal basis
finding-no-trigger = phase `{ $phase }` has no measurable trigger
finding-trigger-none = phase `{ $phase }` has no trigger at all
finding-trigger-narrative = phase `{ $phase }` is triggered by “{ $text }”, which nobody can measure
finding-trigger-action = Write a measurable trigger for phase `{ $phase }` (e.g. arrivals over 24 h above a number, reception above a share of capacity)
finding-no-declarer = nobody is empowered to declare phase `{ $phase }`
finding-no-declarer-function = phase `{ $phase }` names no function empowered to declare it
finding-declarer-unheld = phase `{ $phase }` is declared by `{ $function }`, which has no Accountable institution
finding-no-declarer-action = Name in the plan the institution that declares phase `{ $phase }`
finding-no-rule = the plan does not say who { $what }
finding-no-rule-evidence = plan.requests has no rule for { $kind }
finding-no-rule-action = Designate in the plan the institution that { $what }, and its deadline
finding-what-reception = approves reception of a group at the border
finding-what-temporary-site = opens a temporary site when reception is full
finding-no-referral = no service is designated for these cases: { $kind }
finding-no-referral-evidence = { $share } % of arrivals are { $kind }; referrals has no rule for them
finding-no-referral-action = Designate the service that takes these cases and its hand-over deadline: { $kind }
finding-referral-unheld = { $kind }: these cases go to `{ $function }`, which no institution holds
finding-referral-unheld-evidence = function `{ $function }` has no Responsible or Accountable institution
finding-referral-unheld-action = Assign the institution that takes these cases: { $kind }

## Commands as the console's messages and the report's timeline describe them

describe-deliver-inject = deliver inject { $number }
describe-set-role = { $institution } becomes { $role }
describe-action = action: { $text }
describe-note = note: { $text }
describe-observation = observation: { $text }
describe-close-bcp = close BCP { $bcp }
describe-open-bcp = open BCP { $bcp }
describe-change-officers = change officers at { $bcp } by { $by }
describe-set-capacity = set { $site } to { $capacity ->
        [one] 1 bed
       *[other] { $capacity } beds
    }
describe-open-site = open site { $site }
describe-close-site = close site { $site }
describe-unlock-surge = unlock surge capacity
describe-surge = surge of { $people } at { $entry } over { $over }
describe-surge-of = surge of { $people } { $nationality } at { $entry } over { $over }
describe-close-border = { $country } closes its border
describe-open-border = { $country } re-opens its border
describe-bcp-closes = BCP { $bcp } closes
describe-bcp-opens = BCP { $bcp } re-opens
describe-site-incident = incident at { $site }: { $beds } beds lost
describe-site-incident-isolated = incident at { $site }: { $beds } beds lost, disease case: isolated
describe-interpreter-shortage = { $interpreters } { $language } interpreters drop out
describe-officer-shortage = { $officers } officers called away from { $bcp }
describe-transport-breakdown = { $buses } buses of { $fleet } break down
describe-message = message from { $from }: { $text }
ask-with-subject = { $ask }: { $subject }

## Console: the inspector's gap, inject and request sections

inspector-no-gap = no such gap
inspector-gap-ref = gap { $number } ({ $category })
inspector-category = category
inspector-gap = gap
inspector-opened = opened
inspector-closed = closed
inspector-still-open = still open
inspector-severity = severity
inspector-function = function
inspector-institutions = institutions
inspector-place = place
inspector-request = request
inspector-persons-affected = persons affected
inspector-evidence = Evidence
inspector-values = Values when it opened
# A gap's measured values, by name.
gap-value-beds = beds
gap-value-identified = identified
gap-value-idle-desks = idle desks
gap-value-late = late
gap-value-limit = limit
gap-value-longest-h = longest wait (h)
gap-value-outdoors = outdoors
gap-value-people-waiting = people waiting
gap-value-queue = queue
gap-value-servers = desks
gap-value-shelter = in shelter
gap-value-uninformed = not informed
gap-value-waited-h = waited (h)
gap-value-waiting = waiting
inspector-action = action
inspector-inject-delivered = delivered at { $at }
inspector-inject-due = due, not delivered
inspector-inject-upcoming = upcoming
inspector-due = due
inspector-state = state
inspector-from = from
inspector-to = to
inspector-method = method
inspector-synopsis = synopsis
inspector-expected = expected action
inspector-capability = capability
inspector-notes = notes
inspector-no-request = no such request
inspector-request-title = request #{ $number }
inspector-answered = answered by { $by } at { $at } (decision #{ $decision })
inspector-withdrawn = withdrawn at { $at }: { $reason }
inspector-overdue = open, overdue by { $minutes } min
inspector-minutes-left = open, { $minutes } min left
inspector-nobody-accountable = nobody is accountable
inspector-asks = asks
inspector-about = about
inspector-why = why
inspector-asked-of = asked of
inspector-raised = raised
inspector-deadline = deadline
inspector-gaps = gaps

## Console: search

search-title = { " " }Search (Enter opens · ↑↓ choose · Esc cancels){ " " }
search-prompt = type an id or a name: place, institution, inject (#3), gap, request
search-nothing = nothing matches `{ $text }`
search-in-all = { $count ->
        [one] 1 match in all
       *[other] { $count } matches in all
    }
search-kind-place = place
search-kind-institution = institution
search-kind-inject = inject
search-kind-gap = gap
search-kind-request = request
search-gap = gap { $number } — { $category } { $place } { $summary }
search-request = request #{ $number } — { $ask } { $subject } to { $to }

## Console: charts, the network, the replay line

console-speed-real-time = real time
sparkline-arrivals = arrivals per { $every }
sparkline-arrivals-last = arrivals per { $every }, last { $span }
sparkline-queued = waiting in queues
sparkline-outdoors = outdoors
sparkline-title = { $title }: { $last } (max { $max })
network-title = { " " }Route network (queue · beds used/capacity){ " " }
replay-read-only = REPLAY (read-only)
replay-command-of = { " " }· command { $applied }/{ $total } ·{ " " }
replay-keys = ←→ 15m · PgUp/Dn 1h · [ ] command · < > landmark · Home/End
replay-here-gap = gap { $id } opened: { $summary }
replay-here-delivered = inject { $number } delivered: { $synopsis }
replay-here-observation = observed: { $text }
replay-here-command = last command { $at }: { $command }
replay-here-refused = last command { $at } (refused): { $command }

## Objectives and critical tasks: statuses, evidence, the report's table, the console
task-open = open
task-at-risk = at risk
task-met = met
task-failed = failed
task-evaluators = for the evaluators
task-evidence-none = -
task-evidence-outdoors = { $people ->
    [one] 1 person waiting outdoors
   *[other] { $people } people waiting outdoors
}
task-evidence-late-referrals = { $people ->
    [one] 1 person handed over after the plan's deadline
   *[other] { $people } people handed over after the plan's deadline
}
task-evidence-no-service = { $people ->
    [one] 1 person identified with no service designated
   *[other] { $people } people identified with no service designated
}
task-evidence-handover = mean hand-over { $mean } against a deadline of { $deadline }
task-evidence-decision = decision #{ $number } by { $by }
task-evidence-trigger = the trigger held from { $since }; the declaration was due by { $due }
task-evidence-metric = measured { $value } against { $limit }
task-evidence-held = held to the end of the exercise
report-tasks = Critical tasks
report-no-tasks = The scenario lists no objectives with critical tasks.
report-col-objective-name = Objective
report-col-task = Critical task
report-col-status = Status
report-col-evidence = Evidence
report-col-tasks-rating = Critical tasks
report-rule-tasks = Critical tasks rate the capability of their objective: P when every task the engine judged was met, M when one failed, U when more than half failed. Tasks still open at the end or left to the evaluators do not count. The capability's rating is the worst of the gaps', the tasks' and the evaluators'.
header-tasks = tasks ✓{ $met } !{ $risk } ✗{ $failed } /{ $total }
console-task-changed = Critical task { $status }: { $task }
institutions-tasks = Critical tasks:
seats-observe-capability = Capability
seats-observe-task = Critical task
seats-observe-inject = Inject it answers

## Exercise timer: wall-clock play time, breaks and days (console keys b and E, journal markers, the report's timeline)
key-break = start play (or the next day), take a break, or resume after it
help-timer = Exercise timer (journaled)
key-end-day = end the day's play
header-timer-playing = day { $day }, { $played } played
header-timer-break = break since { $since } UTC ({ $played } played)
header-timer-day-ended = day { $day } ended at { $since } UTC
console-timer-start = Day { $day } of play started at { $wall } UTC
console-timer-break = Break from { $wall } UTC: the clock is paused; b resumes play
console-timer-resume = Play resumed at { $wall } UTC after a break of { $length }
console-timer-end-day = Day { $day } ended at { $wall } UTC; b starts day { $next }
console-timer-not-playing = The day has not started: b starts play
console-timer-failed = The timer mark was not written to the journal, so it was not made: { $error }
moment-marker = exercise timer
moment-marker-start = play starts ({ $wall })
moment-marker-break = break ({ $wall })
moment-marker-resume = play resumes ({ $wall })
moment-marker-end-day = end of the day's play ({ $wall })

## Mistakes: strike the last command (console key X, journal Struck lines)
help-mistakes = Mistakes (journaled)
help-schedule = MSEL timing (journaled)
key-strike = strike the last command, while the clock stands where it was given
console-struck = Struck: { $command } at { $at }. The exercise was simulated again without it; the journal keeps it with a strike line
console-log-struck = struck: { $command }
console-strike-nothing = Nothing to strike: no command has been journaled since the last strike
console-strike-moved = The clock has moved on since the last command (given at { $at }): it can no longer be struck
console-strike-failed = The command was not struck: { $error }

strength-task = Critical task met: { $task } ({ $evidence }, { $at })
strength-observation = Evaluators at { $at }: “{ $text }” (rated { $rating })
report-evidence-task = critical task failed at { $at }: { $task } ({ $evidence })
report-evidence-observation = evaluators at { $at }: “{ $text }” (rated { $rating })

## fluxsim observe: the hot wash's observations added to a copy of a journal
observe-cannot-read = cannot read { $file }: { $error }
observe-written = { $count ->
    [one] 1 observation added
   *[other] { $count } observations added
} after the end of { $journal } in { $output } ({ $journal } itself is unchanged)
report-hot-wash = Added after the exercise (hot wash)
report-no-hot-wash = No observation was added after the exercise.
## CLI: errors, notes of fork and report, the compare table

cli-error = error: { $message }
cli-cannot-read = cannot read { $path }: { $reason }
cli-fork-done = fork { $output }: { $kept ->
        [one] 1 command
       *[other] { $kept } commands
    } of { $journal } before T+{ $at } kept, { $left } at or after it left out; state there { $state }
cli-fork-continue = continue it with `fluxsim run --resume { $output } --commands SCRIPT` (the script's commands before T+{ $at } must be the ones kept)
cli-report-done = report { $output }: { $name } at T+{ $reached }, { $gaps } gaps, { $areas } areas for improvement
cli-compare-title = { $scenario } — seed { $seed } — what-if comparison
cli-compare-branch = { $label }  { $journal } (to { $reached }, { $commands } commands)
cli-compare-branch-forked = { $label }  { $journal } (to { $reached }, { $commands } commands; forked from { $from } at { $at })
cli-compare-metric = metric
cli-compare-only = Gaps only in { $label } ({ $count })
cli-compare-differences = { $count ->
        [one] 1 difference
       *[other] { $count } differences
    }
cli-console-needs-terminal = the console needs a terminal; without one, run the scenario headless with `fluxsim run [FILE] [--seed N] [--until TIME] [--format json]`, or replay a journal with `fluxsim replay JOURNAL`
cli-terminal-unopened = cannot open the terminal: { $reason }
cli-terminal-error = terminal error: { $reason }
cli-run-recorded = journal { $path }: { $count ->
        [one] 1 command
       *[other] { $count } commands
    } recorded
cli-run-later = { $count ->
        [one] note: 1 command (an MSEL inject or the script's) due after T+{ $until } was not applied
       *[other] note: { $count } commands (MSEL injects and script) due after T+{ $until } were not applied
    }
cli-run-resumed = resumed { $path }: replayed { $commands ->
        [one] 1 command
       *[other] { $commands } commands
    } to T+{ $at }, { $digests ->
        [one] 1 digest
       *[other] { $digests } digests
    } matched


## Seats: the evaluators' view of the critical tasks
seats-tasks = Critical tasks
seats-task = { $status }: { $task }

## Console: observations in search and in an institution's detail
search-kind-observation = observation
search-observation = { $at } “{ $text }”
institutions-observations = Observed:

## Report: executive summary, exercise overview, areas grouped by root cause, improvement-plan sheet
report-summary = Executive summary
report-summary-findings = Most important findings
report-summary-ratings = Capability ratings at a glance
summary-ran = { $name } was played from { $start } for { $reached } of exercise time (to { $end }); the journal holds { $commands ->
        [one] 1 command
       *[other] { $commands } commands
    }.
summary-people = { $arrivals ->
        [one] 1 person arrived
       *[other] { $arrivals } people arrived
    }: { $in_system } were still in the system at the end and { $departed } had left it.
summary-outdoors = At most { $peak } people waited outdoors at once, for { $hours } person-hours in all ({ $night } of them at night).
summary-gaps = The engine found { $gaps ->
        [one] 1 coordination gap
       *[other] { $gaps } coordination gaps
    } ({ $open } still open at the end), which come down to { $areas ->
        [one] 1 area for improvement
       *[other] { $areas } areas for improvement
    }; the plan phase at the end: { $phase }.
summary-decisions = People took { $people ->
        [one] 1 decision
       *[other] { $people } decisions
    }; the simulation took { $simulation } for the institutions it played.
summary-finding = { $number }. { $text }
summary-finding-area = Area for improvement { $number } ({ $capability }): { $title } — { $count ->
        [one] 1 occurrence
       *[other] { $count } occurrences
    }, open { $hours } h in all, up to { $people } people affected.
summary-finding-bottleneck = Worst bottleneck: { $place } ({ $id }, { $role }) — 95 % of the people there waited up to { $p95 } (mean { $mean }), with up to { $queue } in its queue.
summary-place-gap = gap #{ $id } at { $at }: { $summary }
summary-more-evidence = … and { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } of evidence under area for improvement { $area }.
summary-no-findings = The engine recorded no gap and nobody waited at a crossing or registration point.
report-front = Exercise overview
report-front-missing = The scenario gives no exercise overview (dates, location, scope, mission areas, threat, sponsor, participants, point of contact): add them to its exercise section (docs/scenario-format.md) to have them printed here.
report-front-not-given = not given in the scenario
report-front-name = Exercise name
report-front-dates = Exercise dates
report-front-dates-value = { $dates } (exercise time from { $start }, { $duration })
report-front-scenario-time = exercise time from { $start }, { $duration }
report-front-location = Location
report-front-scope = Scope
report-front-mission-areas = Mission areas
report-front-capabilities = Core capabilities
report-front-objectives = Objectives
report-front-threat = Threat or hazard
report-front-scenario = Scenario
report-front-sponsor = Sponsor
report-front-contact = Point of contact
report-col-organisation = Participating organisation
report-col-exercise-role = Role in the exercise
mission-area-prevention = Prevention
mission-area-protection = Protection
mission-area-mitigation = Mitigation
mission-area-response = Response
mission-area-recovery = Recovery
participant-role-player = player
participant-role-controller = controller
participant-role-facilitator = facilitator
participant-role-evaluator = evaluator
participant-role-simcell = simulation cell
participant-role-observer = observer
participant-role-sponsor = sponsor
report-areas-rank = Each area is one root cause: the gaps of one category, on one function, with one primary responsible institution. Areas are ranked by severity (low 1, medium 2, high 3) × hours during which at least one of its gaps was open × the most people one of its gaps affected (at least 1).
report-cause-unowned = No institution is accountable for a function the plan needs
report-cause-contested = Two or more institutions claim accountability for one function
report-cause-trigger = A plan phase has no measurable trigger or nobody empowered to declare it, or was not declared in time
report-cause-latency = Requests waited past their deadline for the accountable institution
report-cause-capacity = Demand exceeded capacity
report-cause-referral = Vulnerable persons were not handed to the responsible service in time
report-cause-information = Decisions were not communicated to the institutions the plan names
report-cause-authority = Decisions were taken without the authority for them, or conflicted
report-clock = day { $day }, { $time }
report-when = { $t } ({ $clock })
report-occurrence-closed = { $opened } to { $closed }
report-occurrence-open = from { $opened }, still open at the end
report-occurrence = gap #{ $id }, { $period }: { $summary } — { $evidence }
report-occurrence-bare = gap #{ $id }, { $period }: { $summary }
report-name-id = { $name } ({ $id })
report-area-heading-about = { $number }. { $capability } — { $title } (about: { $about })
report-area-function = Functions
report-area-no-function = none (the situation)
report-area-responsible = Primary responsible institution
report-area-category = Gap category
report-area-occurrences = Occurrences
report-area-occurrences-value = { $count }: { $gaps }
report-area-severity = Worst severity
report-area-duration = Open in all
report-area-people = Most people affected by one occurrence
report-area-score = Rank score
report-area-action = Corrective action
report-area-evidence = Evidence ({ $count ->
        [one] 1 line
       *[other] { $count } lines
    }):
report-plan-rule = One entry per area for improvement, in the same order. The responsible officer and the dates come from the improvement-plan sheet (fluxsim report --plan-template writes it; --plan reads it back).
report-col-officer = Responsible officer
cli-plan-template-done = wrote { $output }: the improvement plan's sheet with { $areas ->
        [one] 1 entry
       *[other] { $areas } entries
    }; fill in officer, start and completion, then give it back with --plan
report-col-other-kind = Under another vulnerability
report-referrals-rule = Each row adds up: handed over in time + late + being handed over + no service + handed over under another vulnerability = identified. A person with several vulnerabilities is counted under each, and handed to the service of the first that has one.
report-peaks-rule = A peak (most in a queue, most outdoors, most in a site) is the most at any instant, as the engine counts it; the charts draw hourly samples, so their highest point can be lower.
expected-declare-phase = declare a phase
expected-approve-reception = approve reception
expected-open-site = open a temporary site
expected-deploy-officers = deploy officers
expected-request-interpreters = request interpreters
expected-arrange-buses = arrange buses
expected-refer-case = take responsibility for vulnerable cases
expected-notify = inform an institution
expected-assign-function = settle who is accountable for a function
expected-subject = : { $subject }
expected-by = , by { $by }
expected-within = , within { $within }
report-capability-logistics = Logistics and Supply Chain Management
report-capability-on-scene-security = On-scene Security, Protection and Law Enforcement
report-capability-public-information = Public Information and Warning

## Seats: informing with a message, the projector's charts and gaps, a seat's places
decision-notify-text = inform { $to } about `{ $about }`: “{ $text }”
informed-notified-text = notified about `{ $about }`: “{ $text }”
field-help-notify-text = what they are told, in your words (may be left empty)
# What a command form calls its fields.
field-label-bcp = BCP
field-label-site = site
field-label-by = by
field-label-change = change
field-label-capacity = capacity
field-label-phase = phase
field-label-officers = officers
field-label-language = language
field-label-interpreters = interpreters
field-label-fleet = fleet
field-label-buses = buses
field-label-vulnerability = vulnerability
field-label-to = to
field-label-about = about
field-label-text = text
field-label-function = function
field-label-institution = institution
field-label-role = role
field-label-rating = rating
key-projector-gaps = show or hide the open coordination gaps on the projector
seats-log-projector-gaps-on = The projector shows the open coordination gaps.
seats-log-projector-gaps-off = The projector no longer shows the coordination gaps.
seats-view-projector-gaps-on = open gaps on the projector: shown (P hides them)
seats-view-projector-gaps-off = open gaps on the projector: hidden (P shows them)
seats-inform = Inform other institutions
seats-inform-to = Institutions to inform
seats-inform-about = About (function or phase)
seats-inform-text = Your message (optional; only those you inform read it)
seats-inform-nobody = Not sent: tick at least one institution to inform.
seats-chart-arrivals = People arrived
seats-chart-outdoors = People outdoors
seats-chart-queues = Queue at each crossing
seats-gaps = Open coordination gaps
seats-no-gaps = no open gap
seats-gap = { $category }: { $summary }
seats-places = Places you run
seats-no-places = Your institution runs no place in this scenario.
seats-place-queue = { $queue } waiting · { $servers } at work · { $hour } processed in the last hour
seats-place-beds = { $taken } of { $capacity } taken
seats-place-closed = closed
seats-place-waiting = { $queue } waiting
seats-reported = Other places, as last reported to you ({ $at })
seats-reported-title = Other places
seats-reported-none = Nothing has been reported to you yet: the figures of places you do not run come with what you are told.

## Errors: journals (reading, recording, replaying, forking)
journal-error-read = cannot read { $path }: { $reason }
journal-error-create = cannot create { $path }: { $reason }
journal-error-open = cannot open { $path }: { $reason }
journal-error-cut = cannot cut the torn line from { $path }: { $reason }
journal-error-sync = cannot sync { $path }: { $reason }
journal-error-write = cannot write to { $path }: { $reason }
journal-error-corrupt = { $path }:{ $line }:{ $column }: { $message }
journal-error-corrupt-help = each line is one of Header(...), Command(at: "T+6h", command: ...), Digest(state: "..."), Refused(reason: "..."), Reached(at: ..., state: ...), Forked(from: ..., at: ..., state: ...); see docs/journal-format.md
journal-error-not-utf8 = the line is not valid UTF-8 text
journal-error-no-header = { $path }: the journal has no header line
journal-error-no-header-help = a journal starts with `Header(format: 2, engine: ..., hash: ..., seed: ...)`; a file of command lines alone is a script for `run --commands`
journal-error-misplaced-header = { $path }:{ $line }: a header may only be the first line
journal-error-unsupported-format = { $path }: journal format { $found } is not supported; this fluxsim reads formats 1 to { $supported }
journal-error-earlier-format = { $path } was recorded in journal format { $format } (digest scheme { $digest }, model { $model }); this fluxsim writes format { $current_format } (digest scheme { $current_digest }, model { $current_model }) and cannot append to it
journal-error-earlier-format-help = it still replays; to go on with it, fork it at its end into a journal of the current format (`fluxsim fork { $path } --at T+{ $reaches } -o NEW.journal`) and resume that
journal-error-scenario-changed = the scenario { $scenario } is not the one { $path } was recorded with: the journal records { $recorded }, the scenario now hashes to { $actual }
journal-error-scenario-changed-help = replay with the scenario file as it was (--scenario FILE), or record a new journal
journal-error-series-changed = the observed series { $series } is not the one { $path } was recorded with: the journal records { $recorded }, the series now hashes to { $actual }
journal-error-series-changed-help = replay beside the series file as it was (the scenario reads it from its own folder), or record a new journal
journal-error-time-order = { $path }:{ $line }: this line is at T+{ $at }, before the previous line at T+{ $previous }
journal-error-stray-outcome = { $path }:{ $line }: a { $kind } line must directly follow a command line
journal-error-stray-strike = { $path }:{ $line }: a Struck line strikes the applied command just before it, given at the same time ({ $at })
journal-error-after-command = after the command on line { $line }
journal-error-at = at T+{ $at }
journal-error-digest-mismatch = { $path }:{ $line }: the state differs from the recording { $after }: the journal records digest { $recorded }, replay reached { $replayed }
journal-error-digest-mismatch-help = the scenario, the seed or the engine behaves differently from when the journal was written
journal-error-refused-on-replay = { $path }:{ $line }: the command is refused on replay: { $reason }
journal-error-applied-on-replay = { $path }:{ $line }: the command was refused when recorded ({ $reason }) but is applied on replay
journal-error-exists = { $path } already exists
journal-error-exists-help = continue it with `run --resume { $path }`, or choose another file for a new journal
journal-error-fork-past-end = { $path } reaches T+{ $reaches }; a fork at T+{ $at } is past the end of the exercise
journal-error-fork-past-end-help = fork at a time up to T+{ $reaches }
journal-error-torn-too-long = { $path }:{ $line }: the journal ends in { $bytes } bytes without a line break (`{ $excerpt }`), far more than a line cut off mid-write; the file was left as it is
journal-error-torn-too-long-help = something other than fluxsim appended to the journal: look at its end, keep a copy, and cut it back to its last complete line before resuming
journal-error-never-recorded = { $path } holds no complete line: no command was ever recorded in it (the recording stopped before its header was written)
journal-error-never-recorded-help = start the exercise afresh in its place: `{ $start }`
journal-error-given-by-hand = { $path }:{ $line }: { $recorded } was given by hand (in the console or from a script), not by the scenario's MSEL; a headless run cannot tell what comes after it
journal-error-given-by-hand-help = go on with it in the console: `fluxsim console --resume { $path }`; or, if it was recorded from a script, give the script again: `fluxsim run --resume { $path } --commands SCRIPT`
journal-error-chain-broken = { $path }:{ $line }: line { $line } was changed, or a line before it was removed or inserted: the journal's chain breaks here
journal-error-chain-broken-help = every line of a format-4 journal ends with a chain value over the lines up to it (docs/journal-format.md, "The chain"); this file is not the record as fluxsim wrote it. Keep it as it is and use the original; to reuse edited commands, give the file as a script: `fluxsim run --commands { $path }`
journal-error-chain-missing = { $path }:{ $line }: line { $line } carries no chain value, so fluxsim did not write it: a line was added or edited here
journal-error-chain-missing-help = every line of a format-4 journal after its header ends with `// chain:` and 32 hexadecimal digits (docs/journal-format.md, "The chain"); keep the file as it is and use the original; to reuse edited commands, give the file as a script: `fluxsim run --commands { $path }`
journal-error-serialize = cannot write a journal line: { $reason }

## Errors: the files a command writes (never onto its inputs, never over a file without --force)
output-onto-input = { $path } is { $input }; { $output } needs a file of its own
output-onto-input-help = choose another file for { $output }
output-exists = { $path } already exists
output-exists-help = choose another file for { $output }, or pass --force to replace it
output-some-exist = { $dir } already holds { $names }; nothing was written
output-some-exist-help = choose another directory, or pass --force to replace them
output-is-directory = { $path } is a directory; { $output } is written to a file
output-io = cannot write { $path }: { $reason }; { $kept }
output-kept-old = the file that was there is unchanged
output-kept-none = no file was left there
file-journal-forked = the journal being forked
file-fork = the fork
file-msel-scenario = the scenario the MSEL is read from
file-msel = the MSEL
file-msel-sheet = the MSEL spreadsheet being imported
file-msel-into = the scenario imported into (leave out --output to replace it in place, keeping a .bak copy)
file-new-scenario = the new scenario
file-journal-read = a journal this command reads
file-scenario-read = the scenario this command reads
file-report = the report
file-plan-sheet = the improvement-plan sheet this command reads
file-plan-template = the improvement plan's sheet
plan-error-sheet = { $file }: the improvement plan's dates and officers cannot be read; nothing was written
plan-error-sheet-help = columns: cause (as `report --plan-template` writes it), officer, start and completion (dates written 2026-11-30 or 30.11.2026); see docs/plan-csv.md
plan-error-csv = cannot write the improvement-plan template: { $reason }
file-observations = the observations' spreadsheet
file-observed-journal = the journal with the observations
file-csv-export = the CSV export
file-sweep-shard = the task's shard
file-sweep-merged = the merged sweep
file-sweep-plan = the submit script
file-cap-export = the CAP alerts
file-observed-series = the observed series
file-score-csv = the score CSV

## Errors: refused commands (unknown ids, values out of range, who may give what)
command-error-unknown = unknown { $what } `{ $id }`; known: { $known }
command-error-no-bcp-faces = no BCP faces `{ $country }`; border countries: { $known }
command-error-absent = `{ $institution }` is absent from the exercise: nobody decides for it (make it played first)
command-error-not-yours = the players of `{ $player }` cannot act for `{ $by }`
command-error-players-only = the players of `{ $player }` can give decisions and actions only
command-error-not-given = no command is given by the simulation: its decisions are derived on replay
command-error-reschedule = inject { $number } cannot be rescheduled: { $why }
slot-refusal-delivered = it has been delivered already
slot-refusal-past = { $at } has passed (the exercise is at { $now })
slot-refusal-triggered = it comes due by its trigger: hold it, or deliver it by hand
range-value = `{ $field }: { $value }` is out of range: a command may name at most { $max }
range-officer-change = `by: { $by }` is out of range: officers change by at most { $max } either way
range-spread = `over: "{ $over }"` is out of range: a surge is spread over at most { $max }
range-text = a text of { $chars } characters is too long: a command's text has at most { $max }
id-kind-institution = institution
id-kind-phase = phase
id-kind-language = language
id-kind-bus-fleet = bus fleet
id-kind-function = function
id-kind-function-or-phase = function or phase
id-kind-inject = inject
id-kind-msel-inject = MSEL inject
id-kind-critical-task = critical task
id-kind-entry-point = entry point
id-kind-bcp = BCP
id-kind-reception-site = reception site
id-kind-nationality = nationality
id-kind-border-country = border country

## CLI: notes on the way and failures that point at no place in a file
journal-torn = line { $line } was cut off mid-write and is dropped ({ $bytes } bytes: `{ $excerpt }`); every line before it is kept
note-torn = note: { $path }: { $torn }
note-torn-continuing = note: { $path }: { $torn }; continuing from the line before
note-until-past-end = note: T+{ $asked } is past the end of the exercise at T+{ $end }; the run stops at its end
note-already-finished = { $path } already reached T+{ $at }, the end of this run: there is nothing to resume, and nothing was added to it
note-header-scenario-unreadable = cannot read { $scenario }, the scenario named in the header of { $journal } ({ $reason }); a relative path there is taken from the current directory: give the scenario with --scenario FILE
note-progress = running: T+{ $now } of T+{ $until } ({ $percent } %)
note-seed-mismatch = { $path } was recorded with seed { $recorded }, not { $given }; leave out --seed to resume it
note-interrupted = note: { $path } ends without a Reached line (the recorded run was interrupted); the summary is at its last command, T+{ $at }
note-threads-capped = note: --threads { $asked } is more than { $per_core } per core on this machine ({ $cores } cores); { $cap } threads are used (the results do not depend on it)
note-report-extension = { $path }: the report is written as HTML (.html), Markdown (.md) a Word document (.docx) or an OpenDocument text (.odt); name the file with one of those extensions
note-sweep-not-conserved = conservation check failed in the replication with seed { $seed }
note-sweep-scenario-changed = note: the journal was recorded on another version of the scenario than { $scenario }; its commands are applied as they are
note-msel-unwritable = cannot write the scenario: { $reason }
note-msel-section-replaced = only its msel section was replaced
note-msel-written-anew = it was written anew from its data, without its comments
note-not-written = { $path } (not written)
note-msel-imported = { $count ->
        [one] 1 inject
       *[other] { $count } injects
    } imported into { $path }; { $how }
note-msel-imported-backup = { $imported } (its previous text is in { $backup })
departure-onward = onward
departure-asylum = asylum
departure-return = return
departure-referred = referred
departure-undetected = undetected

## CLI: compare's metrics (their ids stay in the JSON; the table shows these)
compare-metric-with-unit = { $metric } ({ $unit })
compare-metric-id = { $id }
compare-metric-arrivals = arrivals
compare-metric-exits = exits
compare-metric-in-system = in the system at the end
compare-metric-most-outdoors = most outdoors at once
compare-metric-hours-outdoors = person-hours outdoors
compare-metric-hours-outdoors-night = person-hours outdoors overnight
compare-metric-identified = { $kind }: identified
compare-metric-referred-in-time = { $kind }: referred in time
compare-metric-referred-late = { $kind }: referred late
compare-metric-not-referred = { $kind }: not referred
compare-metric-mean-referral = { $kind }: mean time to referral
compare-metric-requests = { $institution } requests
compare-metric-unanswered = { $institution } unanswered
compare-metric-mean-latency = { $institution } mean latency
compare-metric-longest-wait = { $institution } longest wait
compare-group-totals = totals
compare-group-arrivals = arrivals
compare-group-peak-queue = peak queue
compare-group-peak-occupancy = peak occupancy
compare-group-referrals = referrals
compare-group-decision-latency = decision latency
compare-group-gaps = gaps
compare-unit-people = people
compare-unit-person-hours = person-hours
compare-unit-minutes = minutes
compare-unit-requests = requests
compare-unit-gaps = gaps

## Errors: a headless run's commands (run --commands, run --resume, sweep)
batch-error-refused = { $from }: the command at T+{ $at } is refused: { $reason }
batch-error-command-at = `{ $command }` at T+{ $at }
batch-error-command-from = `{ $command }` at T+{ $at } ({ $from })
batch-error-no-further-command = no further command
batch-error-diverges = { $path }:{ $line }: the journal has { $recorded }, but this run's commands have { $expected }
batch-error-diverges-help = resume with the same scenario, seed and --commands script the journal was recorded with
batch-error-late = { $from }: the command is due at T+{ $at }, but the exercise is already at T+{ $now }

## Errors: sweep
sweep-error-no-seeds = a sweep needs at least one seed
sweep-error-no-seeds-help = give --seeds N with N ≥ 1
sweep-error-too-many-seeds = --seeds { $count } is more than a sweep runs: at most { $max } replications
sweep-error-too-many-seeds-help = the intervals settle long before a million replications; split a larger study into sweeps with --first-seed
sweep-error-seeds-overflow = { $count } seeds from { $first } on go past the largest seed, { $max }
sweep-error-seeds-overflow-help = start at --first-seed { $highest_first } or lower for { $count } seeds
sweep-error-threads = cannot start { $threads } worker threads: { $reason }
sweep-error-replication = replication with seed { $seed }: { $reason }
sweep-task-written = task { $index } of { $count }: { $replications } replications (seeds { $first }..={ $last }) written to { $path }
sweep-plan-written = submit script written to { $path }; run it with sh where sbatch works
sweep-plan-submitted = submitted the tasks as Slurm job { $tasks } and their merge as job { $merge }; the merged sweep will be in { $out }/sweep.json and sweep.txt
shard-error-no-index = no task index: give --task-index I, or run the task as a Slurm array task (SLURM_ARRAY_TASK_ID) or in a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)
shard-error-no-index-help = --task-count K splits the sweep into K tasks numbered 0 to K−1; each task needs its index
shard-error-bad-index-variable = { $name }={ $value } is not a task index (a whole number from 0)
shard-error-index-out-of-range = --task-index { $index } is out of range for --task-count { $count }: the tasks are numbered 0 to { $last }
shard-error-index-variable-out-of-range = { $name }={ $index } is out of range for --task-count { $count }: the tasks are numbered 0 to { $last } (submit the array as --array=0-{ $last })
shard-error-task-count = a sweep splits into 1 to { $max } tasks, not { $count }
shard-error-more-tasks-than-seeds = { $tasks } tasks for { $seeds } replications: some tasks would have none
shard-error-more-tasks-than-seeds-help = give --task-count { $seeds } or fewer
shard-error-directory = cannot use the shard directory { $path }: { $reason }
shard-error-unreadable = cannot read the shard { $path }: { $reason }
shard-error-corrupt = { $path } is not a readable shard: { $reason }
shard-error-not-a-shard = { $path } is named like a shard but is no fluxsim sweep shard
shard-error-format = { $path } is a shard of format { $format }; this fluxsim reads format { $ours }
shard-error-other-scenario = { $path } is a shard of another scenario than { $reference } (scenario hash { $theirs }, not { $ours })
shard-error-other-journal = { $path } is a shard of another journal than { $reference } (journal hash { $theirs }, not { $ours })
shard-error-other-version = { $path } was made by another fluxsim than { $reference } ({ $theirs }, not { $ours })
shard-error-other-settings = { $path } is a shard of another sweep than { $reference } ({ $theirs }, not { $ours })
shard-settings = seeds { $first }..={ $last } to { $until }, { $commands } commands each
shard-settings-simulate-all = seeds { $first }..={ $last } to { $until }, { $commands } commands each, every institution simulated
shard-error-other-help = every shard of one merge comes from the same scenario, journal, fluxsim and sweep settings; move the other shards to their own directory
shard-error-other-count = { $path } is a shard of a sweep split into { $count } tasks, not --expect { $expect }
shard-error-duplicate = two shards of task { $index }: { $first } and { $second }
shard-error-missing = { $count } of { $expect } tasks have no shard in { $dir }: { $tasks }
shard-error-failed = task { $index } failed: { $reason }
shard-error-incomplete-help = run these tasks again (with Slurm: the submit script with { $array }), then merge again

## Errors: spreadsheets (msel import and export, observe)
sheet-row = row { $row }: { $message }
sheet-row-column = row { $row }, column { $column }: { $message }
sheet-row-column-named = row { $row }, column { $column } ({ $name }): { $message }
msel-error-import = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in the MSEL
msel-error-import-help = columns: number, time (e.g. T+6h), synopsis, from, to (institution ids separated by `;`, `,` or `|`), method, expected action, capability, notes, trigger (e.g. `queue vermice > 300`), effect (in words, e.g. `transport breakdown: kp_buses 2`, or RON, e.g. `TransportBreakdown(fleet: "kp_buses", buses: 2)`), expect (e.g. `ApproveReception by mia within 2h; DeclarePhase(response) within 1h`)
msel-error-separator = inject { $number }: receiver `{ $receiver }` contains `;`, which separates receivers
msel-error-csv = cannot write CSV: { $reason }
msel-error-effect = inject { $number }: cannot write its effect: { $reason }
observe-error-old-format = { $journal } is a format-{ $format } journal: observations are added only to journals of format { $chained } or later
observe-error-old-format-help = convert it first with `fluxsim fork { $journal } --at END -o new.journal`, then add the observations to new.journal
observe-error-sheet = { $file }: the observations cannot be added; nothing was written
observe-error-sheet-help = columns: time (e.g. T+6h), evaluator, capability, institution (an id), rating (P, S, M or U), text; optional task (a critical task's id) and inject (an MSEL number)
observe-error-line = cannot write an annotation line: { $reason }
sheet-error-not-utf8 = { $file }: row { $row } is not UTF-8 text (byte { $byte } at column { $column } of the line)
sheet-error-not-utf8-help = leave out --encoding to have a Windows code page assumed, or give --encoding windows-1250 (Albanian, Serbian Latin) or windows-1252; or save the sheet as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited)"; in LibreOffice Calc, Save As > Text CSV, then Character set "Unicode (UTF-8)"
sheet-error-not-utf16 = { $file }: the sheet starts with the byte-order mark of { $encoding } but is not { $encoding } text (an odd number of bytes, or a broken surrogate pair)
sheet-error-not-utf16-help = save the sheet again, preferably as UTF-8: in Excel, File > Save As > "CSV UTF-8 (Comma delimited)"

## CLI: scenario show — the scenario's summary
show-unknown-function = `{ $id }` (unknown function)
show-accountable-nobody = nobody — `{ $id }` has no Accountable institution (UNOWNED)
show-accountable-contested = { $names } (`{ $id }` is CONTESTED)
show-or = { " " }or{ " " }
show-until = { " " }(until { $end })
show-language-en = English (En)
show-language-sq = Albanian (Sq)
show-language-sr = Serbian (Sr)
show-language-sr-cyrl = Serbian, Cyrillic (SrCyrl)
show-start = start
show-start-value = { $start } (T+0, local time)
show-duration = duration
show-seed = seed
show-language = language
show-sampling = sampling
show-every = every { $every }
show-night = night
show-places = Places ({ $count })
show-entry-points = Entry points
show-green-border = Green border
show-bcps = Border crossing points
show-registration-points = Registration points
show-transit-points = Transit points
show-reception-sites = Reception sites
show-hospitals = Hospitals
show-exits = Exits
show-from = from { $country }
show-green-border-value = from { $country }; { $detected } detected, after { $delay }
show-shift = { $officers } from { $from }
show-queue-limit = queue limit { $limit }
show-no-queue-limit = no queue limit
show-bcp-value = from { $country }; { $lanes } { $lanes ->
        [one] lane
       *[other] lanes
    }; officers per shift: { $shifts }; service { $service }; { $limit }; { $open }
show-none = none
show-no-languages = no languages of their own
show-staff-speak = staff speak { $languages }
show-wait = wait
show-slower = registered { $factor }× slower
show-registration-value = { $desks } { $desks ->
        [one] desk
       *[other] desks
    }; service { $service }; { $languages }; without an interpreter: { $without }
show-transit-value = holds { $capacity } under shelter
show-reception-value = { $beds } beds + { $surge } surge; stay { $stay }; { $asylum }{ $open }
show-asylum-centre = asylum centre;{ " " }
show-hospital-value = { $beds } beds
show-exit-value = to { $country } ({ $outcome })
show-beds-in-all = Reception beds in all: { $normal }, { $beds } with surge capacity
show-links = Links ({ $count }, each usable both ways)
show-on-foot = on foot
show-by-bus = by bus ({ $fleet })
show-resources = Resources
show-interpreters = Interpreters
show-at = at { $place }
show-remote = remote (telephone or video)
show-medical-teams = Medical teams
show-buses = Buses
show-bus-fleet = { $count } { $count ->
        [one] bus
       *[other] buses
    } × { $seats } seats
show-leaves = leaves full or after { $wait }
show-institutions = Institutions ({ $count })
show-at-night = , ×{ $factor } at night
show-decides-in = decides in { $time }{ $night }
show-functions = Functions (RACI: R responsible, A accountable, C consulted, I informed)
show-function = function
show-mark-unowned = UNOWNED: no Accountable —{ " " }
show-mark-contested = CONTESTED: { $count } Accountable —{ " " }
show-strangers = Not in the institutions list: { $ids }
show-plan = Contingency plan
show-chaired-by = Working group chaired by: { $chair }
show-chair-unset = not set in the plan (UNOWNED)
show-phases = Phases
show-in-force = in force at the start
show-no-trigger = no trigger (TRIGGER GAP)
show-trigger = trigger: { $trigger }
show-nobody-declares = nobody is named to declare it (TRIGGER GAP)
show-declared-by = declared by: { $by }
show-declare-within = to be declared within { $within } of the trigger holding
show-unlocks = unlocks: { $measures }
show-requests = Requests
show-within = within { $within }
show-decided-by = decided by { $by }
show-inform-within = Informed institutions hear of a decision within { $within }
show-narrative = “{ $text }” (narrative, not measurable: TRIGGER GAP)
show-metric-arrivals = arrivals over the last { $window }
show-metric-queue = the queue at { $place }
show-metric-any-queue = the longest queue at any BCP
show-metric-occupancy = occupancy of { $place }
show-metric-any-occupancy = the highest occupancy of any open reception site
show-metric-outdoors = people waiting outdoors
show-metric-in-country = people in the country
show-for-at-least = { " " }for at least { $time }
show-trigger-above = { $what } above { $value }{ $held }
show-trigger-below = { $what } fallen below { $value }{ $held }
show-measure-surge = reception surge capacity
show-measure-officers = { $officers } extra { $officers ->
        [one] officer
       *[other] officers
    } per shift at { $place }
show-measure-liaison = cross-border police liaison
show-arrivals = Arrivals (expected over the { $duration } of the exercise)
show-about-people = about { $people } people
show-rate-throughout = { $rate } per hour throughout
show-rate-step = { $rate }/h from T+{ $from }
show-rate-observed = observed series { $file } ({ $rows } counts)
show-rate = rate: { $rate } (about { $people } people)
show-surge = surge: { $people } people from T+{ $at } over { $over }
show-arrivals-in-all = In all: about { $people } people
show-cohort = Cohort
show-speak = speak { $languages }
show-vulnerable = Vulnerable: { $vulnerable }
show-after-reception = After reception: { $onward } onward, { $asylum } asylum, { $back } return
show-referrals = Referrals
show-no-responsible = `{ $id }` (no Responsible institution)
show-hand-over = hand-over { $time }
show-msel = MSEL ({ $count } { $count ->
        [one] inject
       *[other] injects
    })
show-more = … and { $count } more
show-dist-exp = exponential, mean { $mean }
show-dist-lognormal = log-normal, mean { $mean }, sd { $sd }
show-dist-fixed = fixed { $time }
show-dist-uniform = uniform { $min }–{ $max } (mean { $mean })
show-open-at-start = open at the start
show-closed-at-start = closed at the start
show-request-approval = approve reception (BCP queue over its limit)
show-request-transport = transport to reception
show-request-temporary-site = open a temporary site (reception full)
show-request-interpreters = interpreters (a language with none present)
show-request-officers = more officers at a BCP
show-vulnerable-minors = unaccompanied minors
show-vulnerable-families = families with infants
show-vulnerable-medical = medical cases
show-vulnerable-elderly = elderly or disabled
show-vulnerable-trafficking = possible trafficking victims
show-vulnerable-pregnant = pregnant women

## Holding and retiming MSEL injects
describe-hold-inject = hold back inject { $number }
describe-release-inject = release inject { $number } (back to its plan)
describe-retime-inject = retime inject { $number } to { $at }
slot-held = held
msel-when-retimed = { $at } (planned { $planned })
key-hold = hold back the selected inject, or release it (MSEL pane)
key-retime = give the selected inject a new time (MSEL pane)
console-choose-inject = choose an inject in the MSEL pane (5) first
overlay-retime = new time for an inject
overlay-retime-which = inject { $number }, planned { $at }
overlay-retimes-to = ✓ it comes due at { $at }
overlay-retime-keys = Enter retime · Esc cancel

## Errors: a run or sweep past the limits
limits-run = this run would need about { $memory } of memory and { $events } events, past the limits of { $memory_limit } and { $events_limit } events: { $cause }
limits-sweep = this sweep would need about { $memory } of memory ({ $workers } replications at a time) and { $events } events ({ $runs } replications), past the limits of { $memory_limit } and { $events_limit } events: { $cause }
limits-cause-arrivals = about { $people } people arrive by T+{ $until } ({ $largest } from the largest arrival profile), and each may take up to { $bytes } bytes
limits-cause-samples = { $samples } samples of { $places } places up to T+{ $until }
limits-cause-duration = { $days } simulated days of { $places } places
limits-help = shorten the exercise (--until), lower the rates or surges, or sample less often; pass --no-limits to run it anyway
limits-million = { $n } million
limits-thousand-million = { $n } thousand million

## The MSEL template (msel template)
msel-template-synopsis = Example (replace or delete this row): the border police report 200 people waiting at the crossing since the morning.
msel-template-from = Border police shift commander
msel-template-method = phone
msel-template-expected = The ministry convenes the working group and decides who opens a temporary site.
msel-template-notes = Controller notes: what to watch for, what to say if asked.

## The plain run output: its timeline
run-timeline = Timeline ({ $count ->
        [one] 1 moment
       *[other] { $count } moments
    })
run-timeline-more = … and { $count } more (`--format json` lists every request and decision)
run-moment-inject = inject #{ $number } delivered: { $synopsis }
run-moment-request = request #{ $id } raised: { $ask } → { $to }
run-moment-nobody = nobody accountable
run-moment-answer = { $by } decided: { $what } (answers request #{ $id })
run-moment-answer-simulated = { $by } (simulated) decided: { $what } (answers request #{ $id })
run-moment-decision = { $by } decided: { $what }
run-moment-decision-simulated = { $by } (simulated) decided: { $what }

## Errors: the scenario file (check, show, run, console)
scenario-problems = { $name }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in the scenario
scenario-here = here
scenario-invalid-file = invalid scenario file: { $reason }
scenario-hint-fields = the fields allowed here are: { $fields }
scenario-hint-variants = write one of: { $variants }
scenario-say-translation-quote = the { $lang } translation quotes `{ $quote }`, which the synopsis itself does not quote
scenario-hint-translation-quote = a translation is filled with the live values of its own synopsis: quote only values the synopsis quotes
scenario-hint-missing-field = add `{ $field }: ...` here
scenario-hint-duplicate-field = keep one `{ $field }`
scenario-hint-quotes = strings are written in double quotes: "..."
scenario-hint-docs = see docs/scenario-format.md, or scenarios/tutorial.ron for a commented example
limits-warning-label = this makes it big
limits-warning-help = `fluxsim run` refuses a scenario past these limits unless given --no-limits; see docs/scenario-format.md, "Limits"

## Errors: the scenario file, its rules
scenario-unknown-location = unknown location `{ $id }`
scenario-not-kind = `{ $id }` is not { $what }
scenario-not-kind-hint = refer to { $what } here
scenario-unknown-institution = unknown institution `{ $id }`
scenario-unknown-function = unknown function `{ $id }`
scenario-unknown-bus-fleet = unknown bus fleet `{ $id }`
scenario-unknown-phase = unknown phase `{ $id }`
scenario-known-none = none are defined yet
scenario-known-ids = known ids: { $ids }
scenario-at-least-one = { $what } must be at least 1
scenario-at-least-one-hint = a zero here stops every flow through it
scenario-share-outside = { $what } is { $value }, outside 0–1
scenario-share-outside-hint = shares are fractions: 0.25 means 25 %
scenario-sum-not-one = { $what } add up to { $total }, not 1
scenario-sum-not-one-hint = shares are fractions of the whole and must sum to exactly 1
scenario-not-longer-than-zero = { $what } must be longer than zero
scenario-not-longer-than-zero-hint = write e.g. "30m" or "2h"
scenario-uniform-backwards = the uniform range runs backwards: min { $min } is above max { $max }
scenario-uniform-backwards-hint = swap min and max
scenario-hour-of-day = hour { $hour } is not an hour of the day
scenario-hour-of-day-hint = hours run from 0 to 23
scenario-what-language-shares-of = the language shares of `{ $id }`
## What a scenario rule speaks of
scenario-what-the-mean = the mean
scenario-what-the-standard-deviation = the standard deviation
scenario-what-the-fixed-time = the fixed time
scenario-what-the-longest-time = the longest time
scenario-what-the-exercise-duration = the exercise duration
scenario-what-the-sampling-interval = the sampling interval
scenario-what-the-detected-share = the detected share
scenario-what-lanes = lanes
scenario-what-desks = desks
scenario-what-capacity = capacity
scenario-what-beds = beds
scenario-what-a-location = a location
scenario-what-interpreter-count = interpreter count
scenario-what-a-registration-point = a registration point
scenario-what-medical-team-count = medical team count
scenario-what-buses = buses
scenario-what-seats-per-bus = seats per bus
scenario-what-a-bcp = a BCP
scenario-what-extra-officers = extra officers
scenario-what-the-deadline = the deadline
scenario-what-the-arrivals-window = the arrivals window
scenario-what-a-reception-site = a reception site
scenario-what-an-entry-point-or-green-border = an entry point or green border
scenario-what-surge-size = surge size
scenario-what-the-nationality-share = the nationality share
scenario-what-the-language-share = the language share
scenario-what-the-nationality-shares = the nationality shares
scenario-what-the-vulnerable-share = the vulnerable share
scenario-what-the-outcome-share = the outcome share
scenario-what-the-outcome-shares = the outcome shares
scenario-what-the-referral-deadline = the referral deadline
scenario-say-write-it-as-2026-10-24t06 = write it as "2026-10-24T06:00"
scenario-say-list-each-mission-area-once = list each mission area once
scenario-say-a-participant-without-an-organisation-s = a participant without an organisation's name
scenario-say-name-the-organisation-as-the-report = name the organisation as the report should print it
scenario-say-a-point-of-contact-without-a = a point of contact without a name
scenario-say-give-the-name-or-post-of = give the name or post of the person to contact, e.g. "Exercise Director"
scenario-say-every-id-must-be-unique-in = every id must be unique in its list
scenario-say-every-phase-id-must-be-unique = every phase id must be unique
scenario-say-no-entry-point-people-have-nowhere = no entry point: people have nowhere to arrive
scenario-say-add-a-location-of-kind-entry = add a location of kind Entry(country: "...")
scenario-say-empty-location-id = empty location id
scenario-say-give-every-location-a-short-id = give every location a short id
scenario-say-add-e-g-from-hour-6 = add e.g. [(from_hour: 6, officers: 4)]
scenario-say-shifts-must-be-listed-by-increasing = shifts must be listed by increasing start hour
scenario-say-sort-the-shifts-by-from-hour = sort the shifts by from_hour
scenario-say-slower-2-0-means-twice-as = Slower(2.0) means twice as long without an interpreter
scenario-say-a-link-joins-two-different-places = a link joins two different places
scenario-say-1-0-means-as-fast-at = 1.0 means as fast at night as by day
scenario-say-the-plan-has-no-phases = the plan has no phases
scenario-say-list-at-least-the-normal-phase = list at least the normal phase: [(id: "normal")]
scenario-say-one-rule-per-kind-of-request = one rule per kind of request: keep the one whose function decides
scenario-say-counts-and-percentages-are-never-negative = counts and percentages are never negative
scenario-say-occupancy-is-in-percent-write-90 = occupancy is in percent: write 90.0 for 90 % of capacity
scenario-say-no-arrival-profile-nobody-arrives = no arrival profile: nobody arrives
scenario-say-add-at-entry-id-rate-perhour = add (at: "entry id", rate: PerHour(10.0))
scenario-say-steps-needs-at-least-one-time = Steps needs at least one (time, rate) pair
scenario-say-e-g-steps-0h-10-0 = e.g. Steps([("0h", 10.0)])
scenario-observed-no-file = Observed needs the name of its CSV file
scenario-observed-no-file-help = e.g. Observed("arrivals.csv"), a file in the scenario's folder (see docs/observed-flows.md)
scenario-say-list-steps-in-increasing-time = list steps in increasing time
scenario-say-a-surge-must-arrive-over-a = a surge must arrive over a time longer than zero
scenario-say-for-a-group-arriving-at-once = for a group arriving at once write a short time such as "10m"
scenario-say-keep-one-entry-per-key-a = keep one entry per key: a later entry replaces an earlier one
scenario-say-rates-are-people-per-hour = rates are people per hour
scenario-say-the-cohort-has-no-nationality = the cohort has no nationality
scenario-say-add-id-syria-share-1-0 = add (id: "Syria", share: 1.0, languages: {"{"}"ar": 1.0{"}"})
scenario-say-one-referral-rule-per-vulnerability = one referral rule per vulnerability
scenario-say-give-each-task-its-own-id = give each task its own id, across objectives
scenario-say-name-another-inject-of-the-msel = name another inject of the MSEL
scenario-say-add-a-link-that-joins-it = add a link that joins it to the route network
scenario-surge-after-end = the surge starts at { $at }, but the exercise ends at { $end }
scenario-inject-after-end = inject { $number } is due at { $at }, after the exercise ends at { $end }
scenario-move-earlier = move it earlier or lengthen the exercise
scenario-bad-start = `{ $start }` is not a local date and time
scenario-mission-area-twice = mission area `{ $area }` is listed twice
scenario-duplicate-id = duplicate id `{ $id }` in { $list }
scenario-duplicate-phase = duplicate phase `{ $id }`
scenario-bcp-no-officers = BCP `{ $id }` has no officers on any shift
scenario-slow-down-below-one = slow-down factor { $factor } is below 1
scenario-link-to-itself = link from `{ $id }` to itself
scenario-night-factor = night factor { $factor } must be a number above 0
scenario-second-request-rule = a second rule for { $request } requests
scenario-threshold-negative = threshold { $value } must be zero or more
scenario-occupancy-fraction = occupancy threshold { $value } is read as { $value } % of capacity
scenario-step-order = step at { $at } is not after the one before
scenario-rate-negative = arrival rate { $rate } must be zero or more
scenario-language-twice = `{ $id }` lists the language `{ $key }` twice
scenario-vulnerable-twice = the vulnerable shares list `{ $key }` twice
scenario-demography-twice = the sex or age shares of `{ $id }` list `{ $key }` twice
scenario-what-the-sex-share = the sex share
scenario-what-the-age-share = the age-band share
scenario-what-sex-shares-of = the sex shares of `{ $id }`
scenario-what-age-shares-of = the age-band shares of `{ $id }`
scenario-citizen-not-iso = `{ $id }`: citizen `{ $code }` is not an ISO 3166 alpha-2 country code
scenario-citizen-not-iso-hint = write two capital letters, e.g. citizen: "SY"; leave it out for a mix such as "Other", which the statistics export as UNK
scenario-too-few-minors = `{ $id }`: the age bands under 18 hold { $minors } of its people, fewer than the unaccompanied minors' share { $share }
scenario-too-few-minors-hint = an unaccompanied minor is under 18: raise `Under14` and `From14To17`, or lower the `UnaccompaniedMinor` share
scenario-too-few-elderly = `{ $id }`: the band `From65` holds { $elderly } of its people, fewer than the elderly share { $share } (less those who are also unaccompanied minors)
scenario-too-few-elderly-hint = an elderly person is 65 or over: raise `From65`, or lower the `Elderly` share
scenario-too-few-women = `{ $id }`: `Female` holds { $women } of its people, fewer than the pregnant share { $share }
scenario-too-few-women-hint = a pregnant person is a woman: raise `Female`, or lower the `Pregnant` share
check-citizen-unknown = { "  " }note { $file }:{ $line }:{ $column }: `{ $id }` names no citizen code; statistics export it as UNK (add its ISO 3166 code, e.g. citizen: "SY")
scenario-referred-twice = { $vulnerability } is referred twice
scenario-unknown-kind = unknown { $what } `{ $id }`
scenario-known = known: { $ids }
scenario-objective-twice = objective id `{ $id }` is used twice
scenario-objective-twice-hint = give each objective its own id
scenario-task-twice = critical task id `{ $id }` is used twice
scenario-inject-waits-for-itself = inject { $number } waits for its own delivery and would never come due
scenario-unreached-reception = reception site `{ $id }` cannot be reached from any entry point
scenario-unreached-bcp = BCP `{ $id }` cannot be reached from any entry point
scenario-unreached-registration = registration point `{ $id }` cannot be reached from any entry point
scenario-text-unknown = unknown { $what } `{ $id }` in `{ $written }`

# Inject cards and the controllers' MSEL (msel cards)
cards-title = Inject cards — { $exercise }
cards-controller-title = Master scenario events list for the controllers — { $exercise }
cards-controller-only = For the control cell only: not to be shown to the players.
cards-inject = Inject { $number }
cards-to = To
cards-from = From
cards-time = When
cards-method = How
cards-synopsis = Synopsis
cards-expected = Expected action
cards-capability = Capability
cards-notes = Controller notes
cards-when-triggered = when the situation calls for it, not before { $from }
## Sheets of a scenario: the RACI matrix, places and links (scenario raci|places export|import)
file-raci = the RACI sheet
file-places = the places sheet
file-sheet-read = the sheet being imported
file-sheet-into = the scenario imported into (leave out --output to replace it in place, keeping a .bak copy)
sheet-kind-raci = the RACI sheet
sheet-kind-places = the places sheet
sheet-error = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in { $kind }; nothing was written
sheet-raci-help = columns: function (the function's id), name (optional, not read back), then one column per institution id; each cell holds the letters R (responsible), A (accountable), C (consulted), I (informed), e.g. `RA`, or nothing
sheet-places-help = the `row` column says `place` or `link`; a place row: id, name, kind, operator and the figures its kind uses (country, capacity, duration, shifts…); a link row: from, to, time, mode (walk or bus) and fleet; see docs/scenario-sheets.md
sheet-unknown-institution = unknown institution `{ $id }`; the institutions are: { $known }
sheet-unknown-function = unknown function `{ $id }`; the functions are: { $known }
sheet-unknown-place = unknown place `{ $id }`; the places are: { $known }
sheet-unknown-fleet = unknown bus or train fleet `{ $id }`; the fleets are: { $known }
sheet-not-for-kind = a place of kind { $kind } has no `{ $name }`: leave the cell empty
sheet-not-for-place = a place has no `{ $name }` (only a link has): leave the cell empty
sheet-not-for-link = a link has no `{ $name }` (only a place has): leave the cell empty
sheet-expect-text = text
sheet-expect-count = a whole number (such as `12`)
sheet-expect-share = a share between 0 and 1 (such as `0.75` or `75%`)
sheet-expect-duration = a duration (such as `20m`, `1h30m` or `2d`)
sheet-expect-distribution = a duration drawn at random: `exp 6m`, `lognormal 12m sd 5m`, `fixed 5m` or `uniform 2m-5m`
sheet-expect-shifts = shifts such as `06:00 3; 22:00 2` (from that hour on, that many officers on duty)
sheet-expect-yes-no = `yes` or `no`
sheet-expect-kind = a kind of place: `Entry`, `GreenBorder`, `Bcp`, `Registration`, `Transit`, `Reception`, `Hospital` or `Exit`
sheet-expect-outcome = `Onward` or `Return`
sheet-expect-mode = `walk` or `bus` (a bus or train fleet, named in the fleet column)
sheet-expect-row = `place` or `link`
sheet-expect-without-interpreter = `wait`, or `slower` and a factor (such as `slower 2`)
sheet-bad-letter = `{ $cell }` holds `{ $letter }`: write only the letters R, A, C and I (e.g. `RA`), or leave the cell empty
sheet-duplicate-column = column `{ $name }` appears twice
sheet-duplicate-row = `{ $id }` is already on row { $first }
sheet-missing-column = the header has no `{ $name }` column
sheet-unknown-column = unknown column `{ $name }`; the columns are: { $known }
sheet-row-length = the row has { $cells } cells, the header has { $header }
sheet-wrong-separator = the header row is a single cell holding `{ $found }`: separate the cells with `,`, `;` or a tab (save the sheet as CSV)
sheet-empty-cell = the cell is empty
sheet-bad-value = `{ $cell }` is not { $expected }
sheet-unreadable = unreadable row: { $reason }
sheet-kind-observed = the observed arrivals series
sheet-observed-help = columns: the day or hour (t, date: 2015-09-03, 2015-09-03T14:00 or T+6h), the entry point (fmp, entry: an entry point whose arrival profile reads this file), the count (n, count), and optionally nationality (nat: the cohort's id or ISO code), sex (F, M) and age band (age: Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65, or DTM's 18+ and under 18); see docs/observed-flows.md
sheet-unknown-entry = `{ $id }` is not an entry point whose arrivals this series gives; those are: { $known }
sheet-outside-exercise = `{ $cell }` is outside the exercise, which covers whole days from { $first } to { $last }
sheet-negative = `{ $cell }` is negative: a count of people is zero or more
sheet-unknown-nationality = unknown nationality `{ $id }`; the cohort's nationalities are: { $known }
sheet-too-many-rows = the series of { $entry } has more than { $most } different rows (day or hour, nationality, sex, age); add up rows or split the entry point
observed-expected-count = a whole number of people
observed-expected-time = a date (2015-09-03), a date and hour (2015-09-03T14:00) or a time from the start (T+6h)
observed-expected-sex = a sex (F or M; empty or UNK when unknown)
observed-expected-age = an age band (Y_LT14, Y14-17, Y18-34, Y35-64, Y_GE65, or DTM's 18+ and under 18; empty or UNK when unknown)
observed-unreadable = cannot read the observed arrivals series { $file }: { $reason }
observed-unreadable-help = the file is named in the scenario as rate: Observed("…"), relative to the scenario file's folder
observed-sheet-error = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } in the observed arrivals series; nothing runs
score-heading = Scored against { $file }: { $days ->
        [one] 1 day
       *[other] { $days } days
    }, { $places ->
        [one] 1 place
       *[other] { $places } places
    }
score-col-place = place
score-col-measure = daily figure
score-col-days = days
score-col-observed = observed
score-col-simulated = simulated
score-col-mape = MAPE
score-measure-arrivals = arrivals
score-measure-passing = people passing
score-measure-occupancy = present at the day's end
score-measure-leaving = people leaving
score-ard = Averaged relative difference (FLEE): { $ard } (rescaled: { $rescaled })
score-mape = Mean absolute percentage error of the daily figures: { $mape }
score-expected-day = a date (2015-09-03): the score compares whole days
sheet-score-help = columns: the day (t, date: 2015-09-03), the place (fmp, place: any location id) and the count (n, count); rows of the same day and place are added up; see docs/score.md
effect-words-unknown = `{ $word }` is not an effect; write a keyword, a colon and its values, such as { $forms }
effect-words-values = `{ $cell }` does not read as { $keyword }: write `{ $form }`, such as `{ $example }`
note-sheet-parts-replaced = only the parts the sheet holds were replaced, comments kept
note-sheet-imported = { $what } imported into { $path } ({ $count ->
        [one] 1 row changed it
       *[other] { $count } rows changed it
    }); { $how }
note-new-written = wrote the starting scenario { $path }; check it with `fluxsim check { $path }`

## What the RON parser says of a scenario file, in the designer's terms
scenario-ron-comma-here = a comma is missing here
scenario-ron-option = this value is optional: write `Some(2000)` (the value in `Some(...)`) or `None`
scenario-ron-comma = a comma is missing at the end of this line: write `,` after each field and each item of a list
scenario-ron-eof = the file ends too soon: a `(`, `[` or `{"{"}` opened above is never closed
scenario-ron-list = write a list here, in square brackets: `[...]` (`[]` when empty)
scenario-ron-list-end = write `]` to close the list, or `,` before its next item
scenario-ron-map = write a table in braces here, e.g. `{"{"}"ar": 0.6, "fa": 0.4{"}"}`
scenario-ron-map-end = write `{"}"}` to close the table, or `,` before its next entry
scenario-ron-colon = write `:` between a key and its value
scenario-ron-open = write `(` here, opening the group of fields
scenario-ron-close = write `)` to close the group, or `,` before its next field
scenario-ron-identifier = write a field name (`name: ...`) or a word such as `Walk` here
scenario-ron-boolean = write `true` or `false` here
scenario-ron-integer = write a whole number here, e.g. `12`, without quotes
scenario-ron-float = write a number here, e.g. `0.5` or `12.0`, without quotes
scenario-ron-string = write text in double quotes here, e.g. `"2h"`
scenario-ron-string-end = this text has no closing double quote `"`
scenario-ron-out-of-bounds = this number is too large, or negative where only 0 and more are allowed
scenario-ron-trailing = there is more text after the scenario's last `)`
scenario-ron-char = `{ $char }` cannot be written here
scenario-ron-word = `{ $found }` is not allowed here
scenario-ron-word-in = `{ $found }` is not a `{ $outer }` word
scenario-ron-field = `{ $found }` is not a field of `{ $outer }`
scenario-ron-missing-field = `{ $outer }` needs its `{ $field }` field
scenario-ron-duplicate-field = `{ $field }` is written twice in `{ $outer }`
scenario-ron-as-is = { $reason }

## The route network drawing (scenario show --svg)
network-lanes = { $count } { $count ->
        [one] lane
       *[other] lanes
    }
network-desks = { $count } { $count ->
        [one] desk
       *[other] desks
    }
network-holds = holds { $count }
network-beds = { $count } beds{ $surge ->
        [0] {""}
       *[other] {" "}(+{ $surge } surge)
    }
note-svg-written = wrote the route network drawing to { $path }
file-network-svg = the route network drawing

# The report's delivery log
report-deliveries = Delivery log
report-col-planned = Planned
report-col-delivered-by = Delivered by
report-col-to = To
report-delivery-on-trigger = on its trigger, watched from { $from }
report-delivery-held = held back by the facilitator
report-delivery-not-delivered = not delivered
report-delivery-by-msel = the MSEL, on time or on its trigger
show-waiting-area = { $value }; the waiting area shelters { $people ->
        [one] { $people } person
       *[other] { $people } people
    }, more queue outdoors

## Sheets' cells (MSEL, hot wash, improvement plan): times, triggers, expected decisions

time-error = `{ $text }` is not a time: { $reason } (write e.g. `90s`, `30m`, `2h`, `1d12h` or `T+6h`)
time-error-empty = it is empty
time-error-unit = units are d, h, m and s
time-error-unit-first = a unit must follow a number
time-error-order = units must go from days down to seconds, each once
time-error-too-large = the number is too large
time-error-no-unit = a number needs a unit
trigger-error = `{ $text }` is not a trigger: { $reason }
trigger-error-people = expected a whole number of people, found `{ $found }`
trigger-error-percent-form = expected a percentage such as `90%`, found `{ $found }`
trigger-error-percent = `{ $found }` is not a percentage
trigger-error-inject = expected the other inject's number, found `{ $found }`
trigger-error-after = after the number, only `+ <delay>` may follow
trigger-error-forms = write `queue <bcp> > <people>`, `occupancy <site|any> > <percent>%`, `phase <phase>` or `inject <number> [+ <delay>]`
expect-error = `{ $text }` is not an expected decision: { $why }; write e.g. `ApproveReception by mia within 2h` or `DeclarePhase(response) within 1h`
expect-error-within = it says no `within` time
expect-error-paren = `{ $head }` opens `(` without closing it
expect-error-unknown = unknown decision `{ $name }`; known: { $known }
msel-problem-hint = { $message }; { $hint }
msel-problem-scenario = with this MSEL the scenario is not valid: { $message }
msel-problem-inject = inject { $number }: { $message }
msel-problem-unknown-id = unknown { $what } `{ $id }`; known: { $known }
msel-problem-own-delivery = inject { $number } cannot wait for its own delivery
msel-problem-number-twice = number { $number } is already used on row { $first }
msel-problem-number = expected the inject's whole number, found `{ $found }`
msel-problem-synopsis = expected the inject's synopsis (its message), found an empty cell
msel-problem-receiver = unknown institution `{ $id }`; expected institution ids separated by `;`, `,` or `|`: { $known }
msel-problem-effect-id = unknown { $what } `{ $id }` in `{ $field }`; known: { $known }
msel-problem-effect = `{ $text }` is not an effect: { $reason } (at character { $at }); write it as in the journal, e.g. `TransportBreakdown(fleet: "kp_buses", buses: 2)`, or in words, e.g. `transport breakdown: kp_buses 2`
sheet-wrong-separator-tab = the header row is a single cell holding tabs: separate the cells with `,` or `;` (save the sheet as CSV)
sheet-unreadable-utf8 = the row is not UTF-8 text
sheet-unreadable-io = the file could not be read ({ $reason })
sheet-unreadable-other = the row is not CSV text
sheet-after-end = { $at } is after the exercise ends at { $end }
sheet-header-unreadable = cannot read the header row: { $reason }
observe-problem-no-rows = the sheet has no observation rows
observe-problem-empty-text = expected what was observed, found an empty cell
observe-problem-too-long = longer than { $max } characters
observe-problem-rating = `{ $found }` is not a rating: expected P, S, M or U
observe-problem-unknown = unknown { $column ->
    [capability] capability
    [institution] institution
    [task] critical task
   *[inject] inject
} `{ $value }`; known: { $known }
plan-problem-empty-cause = the cause is empty: keep the cause as `report --plan-template` wrote it
plan-problem-unknown-cause = no entry of this report's improvement plan has the cause `{ $cause }`; its causes: { $known }
plan-problem-cause-twice = the cause `{ $cause }` is already on row { $first }
plan-problem-date = `{ $found }` is not a date: write it 2026-11-30 or 30.11.2026
plan-problem-dates = the completion date { $completion } is before the start date { $start }

## Sweep shards: what is wrong with a shard file, in plain words

shard-json-cut = the file ends too early, at line { $line }, column { $column }: it was cut off while it was written or copied (a task still running, or a full disk)
shard-json-syntax = the text at line { $line }, column { $column } is not JSON: the file is damaged or is another kind of file
shard-json-missing = the field `{ $field }` is missing (line { $line }, column { $column }): the file was written by another version of fluxsim, or edited
shard-json-value = a value at line { $line }, column { $column } is not of the kind a shard holds there: the file was written by another version of fluxsim, or edited
shard-check-task = it says it is task { $index } of { $count } tasks, which no task is
shard-check-metric = it holds the metric `{ $metric }`, which sweeps do not measure
shard-check-block = it does not hold replications { $first } to { $last }, which are task { $index } of { $count }
shard-check-seed = replication { $replication } has the seed { $seed }, not the first seed plus its number
shard-check-values = replication { $replication } has { $values } values for { $metrics } metrics

## What-if comparison, CSV export and report files: why they cannot be made

compare-error-no-header = { $path }: the journal has no header line, so it cannot be compared
compare-error-not-branches = { $a } and { $b } are not branches of one exercise: { $differences }
compare-error-not-branches-help = compare a journal with a fork of it (`fluxsim fork`), or with another run of the same scenario file and seed
compare-error-scenario = the scenario differs ({ $a } has "{ $scenario_a }", { $hash_a }; { $b } has "{ $scenario_b }", { $hash_b })
compare-error-seed = the seed differs ({ $a } has { $seed_a }, { $b } has { $seed_b })
export-error-directory = cannot create the directory { $path }: { $reason }
export-error-csv = cannot write { $path }: { $reason }
export-error-io = the system refused the write ({ $reason })
export-error-table = a table's rows are of unequal length (a fault of fluxsim: please report it)
cli-plan-template-extension = { $path }: the improvement plan's sheet is written as CSV; name the file with the .csv extension
report-chart-error = the chart “{ $title }” could not be drawn: { $reason }

## Seats: the join codes' file and the web server

seats-codes-exist = { $path } already exists: it holds the seat codes of another exercise
seats-codes-exist-help = remove it, or resume that exercise with --resume
seats-codes-corrupt = { $path }:{ $line }: { $why }
seats-codes-bad-line = expected `seat ID CODE` or `evaluator CODE`
seats-codes-no-evaluator = no `evaluator CODE` line
seats-io-read = cannot read { $path }: { $reason }
seats-io-temporary = cannot create a temporary file for { $path }: { $reason }
seats-io-restrict = cannot make { $path } readable by its owner only: { $reason }
seats-io-write = cannot write { $path }: { $reason }
seats-io-sync = cannot save { $path } to disk: { $reason }
seats-io-rename = cannot put { $path } in place: { $reason }
serve-error-bind = cannot listen on { $addr }: { $reason }
serve-error-bind-help = another program may use that port, or the address is not this machine's: give another one with --serve (e.g. --serve 127.0.0.1:8080)
serve-error-runtime = cannot start the web server: { $reason }

## An inject's text: placeholders that do not read

scenario-text-stray-close = a `{"}"}` closes no placeholder
scenario-text-stray-close-hint = write `{"}}"}` for a brace in the text
scenario-text-unclosed = a `{"{"}` opens a placeholder that is never closed
scenario-text-unclosed-hint = close it with `{"}"}`, or write `{"{{"}` for a brace in the text; placeholders: { $placeholders }
scenario-text-placeholders = placeholders: { $placeholders }; `{"{{"}` for a brace
scenario-text-needs-id = `{"{"}{ $name }{"}"}` needs an id: `{"{"}{ $name }:<id>{"}"}`
scenario-text-no-id = `{"{"}{ $name }{"}"}` takes no id: write `{"{"}{ $name }{"}"}`
scenario-text-unknown-placeholder = unknown placeholder `{"{"}{ $inner }{"}"}`

## Sweep table: the metrics by name (JSON keeps their ids)

sweep-metric-arrivals = arrivals
sweep-metric-exits = exits
sweep-metric-person-hours-outdoors = person-hours outdoors
sweep-metric-person-hours-outdoors-night = person-hours outdoors at night
sweep-metric-peak-queue = longest queue
sweep-metric-mean-wait = mean wait (min)
sweep-metric-peak-occupancy = most in reception
sweep-metric-referrals = referrals
sweep-metric-mean-referral = mean time to referral (min)
## Checkpoints (docs/checkpoints.md)
checkpoint-not-one = this is not a fluxsim checkpoint
checkpoint-format = the checkpoint is in format { $found }; this fluxsim reads format { $supported }
checkpoint-binary = the checkpoint was written by fluxsim { $written }; this is fluxsim { $running }, whose model may differ: it cannot be restored
checkpoint-scenario = the checkpoint was saved from another scenario (scenario { $saved }, given { $given }): it cannot be restored
checkpoint-corrupt = the checkpoint is damaged ({ $why }): it cannot be restored
checkpoint-digest = the checkpoint does not restore to its own state (saved { $saved }, restored { $restored }): it cannot be used
cache-ignored = note: the checkpoint cache { $path } was ignored ({ $why }); the exercise was replayed from its start
cache-not-ours = note: { $path } is not a fluxsim checkpoint cache: it was left alone and no cache was kept
cache-not-written = note: the checkpoint cache { $path } could not be written ({ $why })
file-checkpoint-cache = the checkpoint cache

## CAP alerts (docs/export-csv.md, "CAP alerts")

cap-feed-title = { $exercise } (EXERCISE)
cap-restriction = Exercise participants only
cap-note-msel = EXERCISE — MSEL inject { $number }
cap-note-given = EXERCISE — an inject given during play (journal line { $line })
cap-event = Exercise inject
## The report's OpenDocument copy
report-odt-failed = the OpenDocument text could not be written: { $reason }
