//! The seats' web server (`console --serve`): institution seats, the projector and the
//! evaluators' page, served from the facilitator's laptop.
//!
//! It runs on its own thread with a single-threaded tokio runtime. It reads only what the
//! console publishes (`console::seats::Link`: the setup, the latest picture) and hands every
//! request to the console's loop through a channel, answering the browser only once the
//! console has answered — after the command is in the journal. Nothing here touches the
//! simulation. Every page is rendered with maud (every value escaped); every asset is
//! embedded in the binary.

mod charts;
mod pages;
mod routes;

use std::net::{SocketAddr, TcpListener};
use std::thread::JoinHandle;

use tokio::sync::oneshot;

use crate::console::seats::Link;

/// Largest request body accepted, in bytes.
pub const MAX_BODY: usize = 16 * 1024;

/// Why the server could not start.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", crate::i18n::Localized::localized(self, crate::i18n::Lang::En))]
pub enum ServeError {
    /// The address could not be bound (in use, not this machine's, no permission).
    Bind {
        /// The address asked for.
        addr: SocketAddr,
        /// The cause.
        source: std::io::Error,
    },
    /// The server's runtime could not start.
    Runtime(std::io::Error),
}

impl crate::i18n::Localized for ServeError {
    fn localized(&self, lang: crate::i18n::Lang) -> String {
        match self {
            ServeError::Bind { addr, source } => crate::tr!(
                lang,
                "serve-error-bind",
                addr = addr.to_string(),
                reason = source.to_string()
            ),
            ServeError::Runtime(source) => {
                crate::tr!(lang, "serve-error-runtime", reason = source.to_string())
            }
        }
    }

    fn localized_help(&self, lang: crate::i18n::Lang) -> Option<String> {
        match self {
            ServeError::Bind { .. } => Some(crate::tr!(lang, "serve-error-bind-help")),
            ServeError::Runtime(_) => None,
        }
    }
}

/// The running server; dropping it stops it (open pages see their connection close).
pub struct Server {
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Server {
    /// Listens on `addr` (port 0: any free port) and serves the seats of `link`.
    pub fn start(addr: SocketAddr, link: Link) -> Result<Server, ServeError> {
        let listener =
            TcpListener::bind(addr).map_err(|source| ServeError::Bind { addr, source })?;
        let bound = listener
            .local_addr()
            .map_err(|source| ServeError::Bind { addr, source })?;
        listener
            .set_nonblocking(true)
            .map_err(|source| ServeError::Bind { addr, source })?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(ServeError::Runtime)?;
        let (stop, stopped) = oneshot::channel::<()>();
        let router = routes::router(link);
        let thread = std::thread::Builder::new()
            .name("fluxsim-seats".into())
            .spawn(move || {
                runtime.block_on(async move {
                    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
                        return;
                    };
                    let serve = std::pin::pin!(axum::serve(listener, router).into_future());
                    // Stopping drops the server and, with the runtime, every open connection.
                    let _ = futures_util::future::select(serve, stopped).await;
                });
            })
            .map_err(ServeError::Runtime)?;
        Ok(Server {
            addr: bound,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base address pages are reached at, `http://ADDR`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
