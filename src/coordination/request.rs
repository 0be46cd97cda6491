//! Requests for a decision, the decisions taken, and who was informed of what, when.

use std::hash::{Hash, Hasher};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::command::{DecisionKind, Origin};
use crate::i18n::Text;
use crate::scenario::RequestKind;

/// What a request asks for.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Ask {
    /// A decision of one of the plan's kinds.
    Decide(RequestKind),
    /// Declare a phase whose trigger is met (the phase id).
    DeclarePhase(String),
}

impl Ask {
    /// A stable label for JSON and CSV: the request kind as a scenario writes it
    /// (`ReceptionApproval`), or `DeclarePhase(alert)`.
    pub fn label(&self) -> String {
        match self {
            Ask::Decide(kind) => kind.id().to_string(),
            Ask::DeclarePhase(phase) => format!("DeclarePhase({phase})"),
        }
    }

    /// What it asks for, to be put into words in the reader's language.
    pub fn text(&self) -> Text {
        match self {
            Ask::Decide(kind) => kind.subject(),
            Ask::DeclarePhase(phase) => Text::new("ask-declare-phase").id("phase", phase),
        }
    }

    /// The matter of the decision that answers it (as in `Decision::matter`).
    pub fn matter(&self, subject: Option<&str>) -> String {
        let subject = subject.unwrap_or_default();
        match self {
            Ask::DeclarePhase(phase) => format!("declare phase {phase}"),
            Ask::Decide(RequestKind::ReceptionApproval) => "approve reception".into(),
            Ask::Decide(RequestKind::TemporarySite) => "temporary site".into(),
            Ask::Decide(RequestKind::Transport) => format!("transport by {subject}"),
            Ask::Decide(RequestKind::Officers) => format!("officers for {subject}"),
            Ask::Decide(RequestKind::Interpreters) => format!("interpreters for {subject}"),
        }
    }
}

/// An `Ask` as a binary form (a checkpoint) carries it, to be read back.
#[derive(Serialize, Deserialize)]
enum AskForm {
    Decide(RequestKind),
    DeclarePhase(String),
}

impl Serialize for Ask {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return s.serialize_str(&self.label());
        }
        match self {
            Ask::Decide(kind) => AskForm::Decide(*kind),
            Ask::DeclarePhase(phase) => AskForm::DeclarePhase(phase.clone()),
        }
        .serialize(s)
    }
}

impl<'de> Deserialize<'de> for Ask {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ask, D::Error> {
        Ok(match AskForm::deserialize(d)? {
            AskForm::Decide(kind) => Ask::Decide(kind),
            AskForm::DeclarePhase(phase) => Ask::DeclarePhase(phase),
        })
    }
}

/// Who answered a request, and when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Answer {
    /// Simulated time (ms).
    pub at_ms: i64,
    /// Institution id.
    pub by: String,
    /// The decision's number.
    pub decision: u32,
}

/// A situation in the model asking an institution for a decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// Number, from 1, in order of raising.
    pub id: u32,
    /// What is asked.
    pub ask: Ask,
    /// The place or language it is about, if any.
    pub subject: Option<String>,
    /// Why it was raised, with the measured value.
    pub reason: Text,
    /// The function whose Accountable institutions decide, if the plan names one.
    pub function: Option<String>,
    /// The institutions asked (empty: nobody is accountable).
    pub to: Vec<String>,
    /// Raised at (ms).
    pub raised_ms: i64,
    /// Must be answered by (ms).
    pub deadline_ms: i64,
    /// The first answer, if any.
    pub answered: Option<Answer>,
    /// Closed without a decision because none could be taken, if it was.
    pub withdrawn: Option<Withdrawn>,
}

/// A request closed without a decision, because nobody could take one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Withdrawn {
    /// When (ms).
    pub at_ms: i64,
    /// Why (e.g. `no reserve site left to open`).
    pub reason: Text,
}

impl Request {
    /// Whether it still waits for a decision.
    pub fn is_open(&self) -> bool {
        self.answered.is_none() && self.withdrawn.is_none()
    }
}

/// A decision taken, by a participant (played institution) or by an automated institution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    /// Number, from 1.
    pub id: u32,
    /// Taken at (ms).
    pub at_ms: i64,
    /// Institution id.
    pub by: String,
    /// What was decided, to be put into words.
    pub what: Text,
    /// What was decided, as the command gave it.
    pub kind: DecisionKind,
    /// The function it falls under, if any.
    pub function: Option<String>,
    /// Who gave it: players, the facilitator, or the simulation (deciding for a simulated
    /// institution by its mandate).
    pub origin: Origin,
    /// The request it answered, if any.
    pub answers: Option<u32>,
    /// What it is about, without amounts (two decisions on one matter by different
    /// institutions are duplicates).
    pub matter: String,
}

/// One thing an institution learnt, when and from whom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Informed {
    /// The institution that learnt it.
    pub institution: String,
    /// When (ms).
    pub at_ms: i64,
    /// What it learnt, to be put into words.
    pub what: Text,
    /// From whom (institution id, or `model` for a request raised by the situation).
    pub from: String,
}

/// Every request raised in a run, numbered from 1 in order of raising.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Requests {
    list: Vec<Request>,
}

impl Requests {
    /// The number the next request gets.
    pub fn next_id(&self) -> u32 {
        self.list.len() as u32 + 1
    }

    /// Adds a request (numbered by `next_id`).
    pub fn raised(&mut self, request: Request) {
        self.list.push(request);
    }

    /// Request number `id`.
    pub fn get(&self, id: u32) -> Option<&Request> {
        self.list.get((id as usize).checked_sub(1)?)
    }

    /// Every request, in order.
    pub fn all(&self) -> &[Request] {
        &self.list
    }

    /// The requests still waiting for a decision, in order.
    pub fn open(&self) -> impl Iterator<Item = &Request> {
        self.list.iter().filter(|q| q.is_open())
    }

    /// The first open request a decision on `ask` (about `subject`, or any subject when
    /// `None`) answers.
    pub fn first_open(&self, ask: &Ask, subject: Option<&String>) -> Option<u32> {
        self.open()
            .find(|q| &q.ask == ask && (subject.is_none() || q.subject.as_ref() == subject))
            .map(|q| q.id)
    }

    /// Whether a request on `ask` and `subject` is open, or closed after `since` (ms,
    /// exclusive).
    pub fn asked_since(&self, ask: &Ask, subject: Option<&str>, since: i64) -> bool {
        self.list.iter().any(|q| {
            let closed = match (&q.answered, &q.withdrawn) {
                (Some(a), _) => Some(a.at_ms),
                (None, Some(w)) => Some(w.at_ms),
                (None, None) => None,
            };
            q.ask == *ask && q.subject.as_deref() == subject && closed.is_none_or(|at| since < at)
        })
    }

    /// Request `id` is answered by `answer` (it is then no longer open).
    pub fn answer(&mut self, id: u32, answer: Answer) {
        if let Some(q) = self.get_mut(id) {
            q.answered = Some(answer);
        }
    }

    /// Request `id` is closed without a decision.
    pub fn withdraw(&mut self, id: u32, withdrawn: Withdrawn) {
        if let Some(q) = self.get_mut(id) {
            q.withdrawn = Some(withdrawn);
        }
    }

    fn get_mut(&mut self, id: u32) -> Option<&mut Request> {
        self.list.get_mut((id as usize).checked_sub(1)?)
    }

    /// Feeds every request to `h` (digest scheme 3).
    pub fn digest_into(&self, h: &mut impl Hasher) {
        self.list.len().hash(h);
        for request in &self.list {
            hash_request(request, h);
        }
    }
}

fn hash_request(request: &Request, h: &mut impl Hasher) {
    let Request {
        id,
        ask,
        subject,
        reason,
        function,
        to,
        raised_ms,
        deadline_ms,
        answered,
        withdrawn,
    } = request;
    (
        id,
        ask,
        subject,
        reason,
        function,
        to,
        raised_ms,
        deadline_ms,
    )
        .hash(h);
    match answered {
        Some(Answer {
            at_ms,
            by,
            decision,
        }) => (1u8, at_ms, by, decision).hash(h),
        None => 0u8.hash(h),
    }
    match withdrawn {
        Some(Withdrawn { at_ms, reason }) => (1u8, at_ms, reason).hash(h),
        None => 0u8.hash(h),
    }
}
