//! The routes: who may read what, who may ask for what. Only POST changes anything.

use std::collections::BTreeMap;
use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::extract::rejection::FormRejection;
use axum::extract::{DefaultBodyLimit, Form, Path, Query, State};
use axum::http::StatusCode;
use axum::http::header::{self, HeaderMap, HeaderValue};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use futures_util::Stream;
use maud::Markup;
use tokio::sync::{mpsc, oneshot, watch};

use super::MAX_BODY;
use super::pages;
use crate::console::seats::{Act, EVALUATOR, Link, Note, Picture, Setup};
use crate::i18n::Lang;
use crate::tr;

const STYLE: &str = include_str!("../../assets/seats/style.css");
const SCRIPT: &str = include_str!("../../assets/seats/live.js");
/// The cookie a joined seat's browser keeps (scoped to that seat's path).
const COOKIE: &str = "fluxsim_seat";
/// The cookie of a joined evaluator.
const EVALUATOR_COOKIE: &str = "fluxsim_evaluator";

#[derive(Clone)]
struct Shared {
    setup: Arc<Setup>,
    picture: watch::Receiver<Arc<Picture>>,
    notes: mpsc::Sender<Note>,
}

/// `?lang=sq` overrides the browser's languages.
#[derive(Debug, serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

/// The language the address names (`?lang=sq`), if the catalogue has it. The projector
/// speaks it, else the console's, and follows the console when the facilitator switches
/// (the room shares one screen).
fn named_lang(query: &LangQuery) -> Option<Lang> {
    query.lang.as_deref().and_then(Lang::from_locale)
}

/// `path`, keeping the language the address names, if it names one.
fn in_named_lang(query: &LangQuery, path: &str) -> String {
    match named_lang(query) {
        Some(lang) => format!("{path}?lang={}", lang.code()),
        None => path.to_string(),
    }
}

/// The reader's language: `?lang=`, else the first of the browser's languages the catalogue
/// has, else English.
fn reader_lang(headers: &HeaderMap, query: &LangQuery) -> Lang {
    if let Some(lang) = named_lang(query) {
        return lang;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').find_map(Lang::from_locale))
        .unwrap_or(Lang::En)
}

/// The value of cookie `name`, if the request carries it.
fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .find_map(|pair| {
            let (key, value) = pair.trim().split_once('=')?;
            (key == name).then_some(value)
        })
}

pub(super) fn router(link: Link) -> Router {
    let shared = Shared {
        setup: link.setup,
        picture: link.picture,
        notes: link.notes,
    };
    Router::new()
        .route("/", get(index))
        .route("/assets/style.css", get(style))
        .route("/assets/live.js", get(script))
        .route("/projector", get(projector))
        .route("/projector/live", get(projector_live))
        .route("/seat/{id}", get(seat))
        .route("/seat/{id}/live", get(seat_live))
        .route("/seat/{id}/join", post(join))
        .route("/seat/{id}/decide", post(decide))
        .route("/seat/{id}/act", post(act))
        .route("/seat/{id}/inform", post(inform))
        .route("/evaluator", get(evaluator))
        .route("/evaluator/live", get(evaluator_live))
        .route("/evaluator/join", post(evaluator_join))
        .route("/evaluator/observe", post(observe))
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .with_state(shared)
}

fn html(status: StatusCode, markup: Markup) -> Response {
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        markup.into_string(),
    )
        .into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'self'; frame-ancestors 'none'"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// The refusal of a form that could not be read: too large, or not a form.
fn unreadable(lang: Lang, rejection: &FormRejection) -> Response {
    let status = rejection.status();
    let key = if status == StatusCode::PAYLOAD_TOO_LARGE {
        "seats-too-large"
    } else {
        "seats-malformed"
    };
    refusal(status, lang, tr!(lang, key))
}

/// A plain refusal in the reader's language.
fn refusal(status: StatusCode, lang: Lang, message: String) -> Response {
    html(status, pages::message(lang, &message))
}

async fn index(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    html(StatusCode::OK, pages::index(lang, &shared.setup))
}

async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], STYLE).into_response()
}

async fn script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SCRIPT,
    )
        .into_response()
}

async fn projector(State(shared): State<Shared>, Query(query): Query<LangQuery>) -> Response {
    let picture = shared.picture.borrow().clone();
    let lang = named_lang(&query).unwrap_or(picture.lang);
    html(
        StatusCode::OK,
        pages::projector(lang, &shared.setup, &picture),
    )
}

/// Tells the console when a live page closes.
struct Watch {
    notes: mpsc::Sender<Note>,
    seat: Option<String>,
}

impl Watch {
    fn open(notes: &mpsc::Sender<Note>, seat: Option<String>) -> Watch {
        let _ = notes.try_send(Note::Watching {
            seat: seat.clone(),
            open: true,
        });
        Watch {
            notes: notes.clone(),
            seat,
        }
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.notes.try_send(Note::Watching {
            seat: self.seat.take(),
            open: false,
        });
    }
}

/// A stream of server-sent events: the live part of a page, rendered now and after every
/// change of the picture. It ends when the console stops publishing.
fn live(
    picture: watch::Receiver<Arc<Picture>>,
    watch: Watch,
    render: impl Fn(&Picture) -> Markup + Send + 'static,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream = futures_util::stream::unfold(
        (picture, true, watch, render),
        |(mut picture, first, watch, render)| async move {
            if !first {
                picture.changed().await.ok()?;
            }
            let now = picture.borrow_and_update().clone();
            let event = Event::default().data(render(&now).into_string());
            Some((Ok(event), (picture, false, watch, render)))
        },
    );
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn projector_live(State(shared): State<Shared>, Query(query): Query<LangQuery>) -> Response {
    let named = named_lang(&query);
    let watch = Watch::open(&shared.notes, None);
    let setup = shared.setup;
    live(shared.picture, watch, move |p| {
        pages::projector_live(named.unwrap_or(p.lang), &setup, p)
    })
    .into_response()
}

/// Whether the request carries the code of seat `id`.
fn admitted(shared: &Shared, headers: &HeaderMap, id: &str) -> bool {
    cookie(headers, COOKIE).is_some_and(|code| shared.setup.codes.opens(id, code))
}

/// The refusal for a POST to seat `id` without a seat of that id or without its code; `None`
/// when the request may go on.
fn at_the_door(shared: &Shared, headers: &HeaderMap, id: &str, lang: Lang) -> Option<Response> {
    if shared.setup.seat_name(id).is_none() {
        Some(turned_away(shared, lang, id, "seats-why-no-seat"))
    } else if !admitted(shared, headers, id) {
        Some(turned_away(shared, lang, id, "seats-why-no-code"))
    } else {
        None
    }
}

/// Tells the console someone was turned away, and answers them.
fn turned_away(shared: &Shared, lang: Lang, id: &str, why: &'static str) -> Response {
    let _ = shared.notes.try_send(Note::Refused {
        seat: id.to_string(),
        why,
    });
    refusal(StatusCode::FORBIDDEN, lang, tr!(lang, "seats-wrong-code"))
}

async fn seat(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    let Some(name) = shared.setup.seat_name(&id) else {
        return refusal(
            StatusCode::NOT_FOUND,
            lang,
            tr!(lang, "seats-unknown-seat", seat = id.as_str()),
        );
    };
    if !admitted(&shared, &headers, &id) {
        let name = shared.setup.seat_name_in(lang, &id).unwrap_or(name);
        return html(StatusCode::OK, pages::join(lang, &id, name, None));
    }
    let picture = shared.picture.borrow().clone();
    html(
        StatusCode::OK,
        pages::seat(lang, &shared.setup, &picture, &id, None),
    )
}

async fn seat_live(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if shared.setup.seat_name(&id).is_none() || !admitted(&shared, &headers, &id) {
        return refusal(StatusCode::FORBIDDEN, lang, tr!(lang, "seats-wrong-code"));
    }
    let watch = Watch::open(&shared.notes, Some(id.clone()));
    let setup = shared.setup;
    live(shared.picture, watch, move |p| {
        pages::seat_live(lang, &setup, p, &id)
    })
    .into_response()
}

#[derive(Debug, serde::Deserialize)]
struct JoinForm {
    code: String,
}

async fn join(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<JoinForm>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if shared.setup.seat_name(&id).is_none() {
        return turned_away(&shared, lang, &id, "seats-why-no-seat");
    }
    let Ok(Form(form)) = form else {
        return turned_away(&shared, lang, &id, "seats-why-no-code");
    };
    if !shared.setup.codes.opens(&id, &form.code) {
        return turned_away(&shared, lang, &id, "seats-why-wrong-code");
    }
    let code = form.code.trim();
    let cookie = format!("{COOKIE}={code}; Path=/seat/{id}; HttpOnly; SameSite=Strict");
    let mut response = Redirect::to(&in_named_lang(&query, &format!("/seat/{id}"))).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

async fn decide(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<BTreeMap<String, String>>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if let Some(refused) = at_the_door(&shared, &headers, &id, lang) {
        return refused;
    }
    let mut fields = match form {
        Ok(Form(fields)) => fields,
        Err(rejection) => return unreadable(lang, &rejection),
    };
    let Some(command) = fields.remove("decision") else {
        return refusal(StatusCode::BAD_REQUEST, lang, tr!(lang, "seats-malformed"));
    };
    ask(&shared, lang, id, Act::Decide { command, fields }).await
}

#[derive(Debug, serde::Deserialize)]
struct ActionForm {
    text: String,
}

async fn act(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<ActionForm>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if let Some(refused) = at_the_door(&shared, &headers, &id, lang) {
        return refused;
    }
    let text = match form {
        Ok(Form(form)) => form.text,
        Err(rejection) => return unreadable(lang, &rejection),
    };
    ask(&shared, lang, id, Act::Action { text }).await
}

/// Informs other institutions: `to` once per institution ticked, `about`, `text`.
async fn inform(
    State(shared): State<Shared>,
    Path(id): Path<String>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<Vec<(String, String)>>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if let Some(refused) = at_the_door(&shared, &headers, &id, lang) {
        return refused;
    }
    let fields = match form {
        Ok(Form(fields)) => fields,
        Err(rejection) => return unreadable(lang, &rejection),
    };
    let mut to = Vec::new();
    let mut about = None;
    let mut text = None;
    for (name, value) in fields {
        match name.as_str() {
            "to" => to.push(value),
            "about" if about.is_none() => about = Some(value),
            "text" if text.is_none() => text = Some(value),
            _ => {
                return refusal(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    lang,
                    tr!(lang, "seats-unknown-field", field = name.as_str()),
                );
            }
        }
    }
    let Some(about) = about else {
        return refusal(StatusCode::BAD_REQUEST, lang, tr!(lang, "seats-malformed"));
    };
    let text = text.unwrap_or_default();
    ask(&shared, lang, id, Act::Inform { to, about, text }).await
}

/// Hands a request to the console's loop and waits for its answer (the command journaled,
/// or refused): the status to answer with and what the console said; the refusal to send
/// when the console is gone.
async fn hand_over(
    shared: &Shared,
    lang: Lang,
    seat: String,
    act: Act,
) -> Result<(StatusCode, Result<String, String>), Response> {
    let gone = || {
        refusal(
            StatusCode::SERVICE_UNAVAILABLE,
            lang,
            tr!(lang, "seats-console-gone"),
        )
    };
    let (reply, answer) = oneshot::channel();
    let note = Note::Act {
        seat,
        act,
        lang,
        reply,
    };
    if shared.notes.send(note).await.is_err() {
        return Err(gone());
    }
    match answer.await {
        Ok(Ok(done)) => Ok((StatusCode::OK, Ok(done))),
        Ok(Err(why)) => Ok((StatusCode::UNPROCESSABLE_ENTITY, Err(why))),
        Err(_) => Err(gone()),
    }
}

/// Hands a seat's request to the console's loop and answers with its page once the console
/// has answered.
async fn ask(shared: &Shared, lang: Lang, id: String, act: Act) -> Response {
    let (status, said) = match hand_over(shared, lang, id.clone(), act).await {
        Ok(answered) => answered,
        Err(refused) => return refused,
    };
    let picture = shared.picture.borrow().clone();
    html(
        status,
        pages::seat(lang, &shared.setup, &picture, &id, Some(said)),
    )
}

/// Whether the request carries the evaluators' code.
fn evaluator_admitted(shared: &Shared, headers: &HeaderMap) -> bool {
    cookie(headers, EVALUATOR_COOKIE).is_some_and(|code| shared.setup.codes.opens_evaluator(code))
}

async fn evaluator(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if !evaluator_admitted(&shared, &headers) {
        return html(StatusCode::OK, pages::evaluator_join(lang));
    }
    let picture = shared.picture.borrow().clone();
    html(
        StatusCode::OK,
        pages::evaluator(lang, &shared.setup, &picture, None),
    )
}

async fn evaluator_live(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if !evaluator_admitted(&shared, &headers) {
        return refusal(StatusCode::FORBIDDEN, lang, tr!(lang, "seats-wrong-code"));
    }
    let watch = Watch::open(&shared.notes, Some(EVALUATOR.to_string()));
    let setup = shared.setup;
    live(shared.picture, watch, move |p| {
        pages::evaluator_live(lang, &setup, p)
    })
    .into_response()
}

#[derive(Debug, serde::Deserialize)]
struct ObserveForm {
    text: String,
    #[serde(default)]
    institution: Option<String>,
    #[serde(default)]
    capability: Option<String>,
    #[serde(default)]
    task: Option<String>,
    #[serde(default)]
    inject: Option<String>,
    #[serde(default)]
    rating: Option<String>,
}

async fn observe(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<ObserveForm>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    if !evaluator_admitted(&shared, &headers) {
        return turned_away(&shared, lang, EVALUATOR, "seats-why-no-code");
    }
    let form = match form {
        Ok(Form(form)) => form,
        Err(rejection) => return unreadable(lang, &rejection),
    };
    let act = Act::Observe {
        text: form.text,
        institution: form.institution,
        capability: form.capability,
        task: form.task,
        inject: form.inject,
        rating: form.rating,
    };
    let (status, said) = match hand_over(&shared, lang, EVALUATOR.to_string(), act).await {
        Ok(answered) => answered,
        Err(refused) => return refused,
    };
    let picture = shared.picture.borrow().clone();
    html(
        status,
        pages::evaluator(lang, &shared.setup, &picture, Some(said)),
    )
}

async fn evaluator_join(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<LangQuery>,
    form: Result<Form<JoinForm>, FormRejection>,
) -> Response {
    let lang = reader_lang(&headers, &query);
    let code = match form {
        Ok(Form(form)) if shared.setup.codes.opens_evaluator(&form.code) => form.code,
        Ok(_) | Err(_) => return turned_away(&shared, lang, "evaluator", "seats-why-wrong-code"),
    };
    let cookie = format!(
        "{EVALUATOR_COOKIE}={}; Path=/evaluator; HttpOnly; SameSite=Strict",
        code.trim()
    );
    let mut response = Redirect::to(&in_named_lang(&query, "/evaluator")).into_response();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}
