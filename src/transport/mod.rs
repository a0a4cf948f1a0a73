//! How REST requests travel: over HTTP (the default), or over a WebSocket
//! as `RESTRequest` frames, either the events WebSocket `ari` opened
//! (`--via websocket`) or one Asterisk opened to `ari`
//! (`ari repl --listen`).
//!
//! A `RestSocket` is a handle to one connection; a `pump` task owns the
//! connection, writes the requests and hands each `RESTResponse` to the
//! request that waits for it, and everything else to an event callback.
//! Handles work from any runtime, so a REPL's connection lives on its own
//! thread while each line runs on a runtime of its own.

pub mod call_socket;
pub mod frames;
pub mod listener;
pub mod reach;
pub mod socket;
pub mod version_cache;

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::{mpsc, oneshot, watch};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};

use crate::error::{Error, Result};
use crate::invocation::Invocation;
use crate::reply::Reply;

/// How long a request over a WebSocket waits for its answer without
/// `--max-time`: an Asterisk older than 20.14, 21.9 or 22.4 never answers.
pub const DEFAULT_ANSWER_LIMIT: Duration = Duration::from_secs(30);

/// `--via`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Transport {
    #[default]
    Http,
    WebSocket,
}

impl Transport {
    pub const NAMES: [&'static str; 2] = ["http", "websocket"];

    pub fn parse(name: &str) -> Option<Transport> {
        match name {
            "http" => Some(Transport::Http),
            "websocket" | "ws" => Some(Transport::WebSocket),
            _ => None,
        }
    }
}

/// A request on its way: the frame, and where its answer goes.
struct Outgoing {
    frame: String,
    request_id: String,
    answer: oneshot::Sender<Reply>,
}

/// A handle to one WebSocket that carries REST requests.
#[derive(Clone)]
pub struct RestSocket {
    requests: mpsc::UnboundedSender<Outgoing>,
    /// What the connection is, for messages: `ws2 from 127.0.0.1:40112`.
    pub label: String,
}

/// Request ids unique within this process.
pub fn next_request_id() -> String {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!(
        "ari-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

impl RestSocket {
    /// Send `inv` and wait for its answer up to `limit`. `what` is the
    /// request as error messages show it.
    pub async fn request(
        &self,
        inv: &Invocation,
        limit: Duration,
        verbose: bool,
        what: &str,
    ) -> Result<Reply> {
        let request_id = next_request_id();
        let frame = frames::request(inv, &request_id);
        if verbose {
            eprintln!("> {frame}");
        }
        let (answer, answered) = oneshot::channel();
        self.requests
            .send(Outgoing {
                frame,
                request_id,
                answer,
            })
            .map_err(|_| {
                Error::connection(format!("the WebSocket ({}) is closed ({what})", self.label))
            })?;
        match tokio::time::timeout(limit, answered).await {
            Ok(Ok(reply)) => {
                if verbose {
                    eprintln!(
                        "< RESTResponse {} ({} bytes)",
                        reply.status,
                        reply.body.len()
                    );
                }
                if reply.status == 0 {
                    return Err(Error::internal(format!(
                        "a RESTResponse without a status code ({what})"
                    )));
                }
                Ok(reply)
            }
            Ok(Err(_)) => Err(Error::connection(format!(
                "the WebSocket ({}) closed before the answer ({what})",
                self.label
            ))),
            Err(_) => Err(no_answer(limit, what)),
        }
    }
}

/// A request that got no `RESTResponse` in time: exit 3, as a time limit over HTTP.
pub fn no_answer(limit: Duration, what: &str) -> Error {
    Error::connection(format!(
        "no answer over the WebSocket within {}s ({what})",
        limit.as_secs_f64()
    ))
    .with_hint(
        "REST over the WebSocket needs Asterisk 20.14, 21.9, 22.4 or later (`ari doctor`); \
         raise the limit with --max-time",
    )
}

/// A new handle and the receiving end its pump reads.
pub fn channel(label: String) -> (RestSocket, Requests) {
    let (requests, rx) = mpsc::unbounded_channel();
    (RestSocket { requests, label }, Requests(rx))
}

/// The pump's side of a `RestSocket`.
pub struct Requests(mpsc::UnboundedReceiver<Outgoing>);

/// Own a connection until it ends: write requests, route answers, pass
/// every other text frame to `on_frame`. Returns why it ended. Dropping
/// every handle closes the connection.
pub async fn pump<S>(
    ws: WebSocketStream<S>,
    Requests(mut requests): Requests,
    mut on_frame: impl FnMut(Utf8Bytes),
) -> String
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let (mut sink, mut stream) = ws.split();
    let mut waiting: HashMap<String, oneshot::Sender<Reply>> = HashMap::new();
    loop {
        tokio::select! {
            out = requests.recv() => match out {
                Some(out) => {
                    waiting.retain(|_, answer| !answer.is_closed());
                    waiting.insert(out.request_id, out.answer);
                    if let Err(e) = sink.send(Message::Text(out.frame.into())).await {
                        return crate::error::one_line(&e.to_string());
                    }
                }
                None => {
                    let _ = sink.close().await;
                    return "closed by ari".into();
                }
            },
            frame = stream.next() => match frame {
                Some(Ok(Message::Text(text))) => match frames::response(&text) {
                    Some((id, reply)) => {
                        if let Some(answer) = waiting.remove(&id) {
                            let _ = answer.send(reply);
                        }
                    }
                    None => on_frame(text),
                },
                Some(Ok(Message::Close(_))) | None => return "closed by the other side".into(),
                Some(Ok(_)) => {}
                Some(Err(e)) => return crate::error::one_line(&e.to_string()),
            },
        }
    }
}

/// The WebSockets a REPL session may send its requests over: the one it
/// opened, or those Asterisk opened to it. Requests go to the chosen one,
/// or else the newest (with per-call connections, the newest call's).
pub struct Connections {
    open: Mutex<Vec<(u64, RestSocket)>>,
    changed: watch::Sender<u64>,
    chosen: Mutex<Option<u64>>,
    /// What would open one, or why none is open: for the error when none is.
    waiting_for: Mutex<String>,
}

impl Connections {
    pub fn new(waiting_for: String) -> Connections {
        Connections {
            open: Mutex::new(Vec::new()),
            changed: watch::channel(0).0,
            chosen: Mutex::new(None),
            waiting_for: Mutex::new(waiting_for),
        }
    }

    pub fn set_waiting_for(&self, text: String) {
        *self.waiting_for.lock().unwrap_or_else(|e| e.into_inner()) = text;
    }

    fn bump(&self) {
        self.changed.send_modify(|n| *n += 1);
    }

    pub fn add(&self, id: u64, socket: RestSocket) {
        self.open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push((id, socket));
        self.bump();
    }

    pub fn remove(&self, id: u64) {
        self.open
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|(open, _)| *open != id);
        self.bump();
    }

    /// The open connections' labels, and which one requests go to.
    pub fn list(&self) -> (Vec<String>, Option<String>) {
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let labels = open.iter().map(|(_, s)| s.label.clone()).collect();
        let current = self.pick(&open).map(|s| s.label);
        (labels, current)
    }

    /// Send requests to connection `id` (`ws3` or `3`) from now on.
    pub fn choose(&self, name: &str) -> Result<String> {
        let id: u64 = name
            .trim_start_matches("ws")
            .parse()
            .map_err(|_| Error::usage(format!("'{name}' names no connection: try ws1")))?;
        let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        let socket = open
            .iter()
            .find(|(open, _)| *open == id)
            .map(|(_, s)| s.label.clone())
            .ok_or_else(|| Error::usage(format!("no open connection ws{id}")))?;
        *self.chosen.lock().unwrap_or_else(|e| e.into_inner()) = Some(id);
        Ok(socket)
    }

    fn pick(&self, open: &[(u64, RestSocket)]) -> Option<RestSocket> {
        let chosen = *self.chosen.lock().unwrap_or_else(|e| e.into_inner());
        chosen
            .and_then(|id| open.iter().find(|(open, _)| *open == id))
            .or_else(|| open.last())
            .map(|(_, s)| s.clone())
    }

    /// The connection to use, waiting up to `limit` for one to open.
    pub async fn current(&self, limit: Duration) -> Result<RestSocket> {
        let mut changes = self.changed.subscribe();
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            {
                let open = self.open.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(socket) = self.pick(&open) {
                    return Ok(socket);
                }
            }
            match tokio::time::timeout_at(deadline, changes.changed()).await {
                Ok(Ok(())) => continue,
                _ => break,
            }
        }
        let waiting_for = self
            .waiting_for
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        Err(Error::connection(format!(
            "no WebSocket connection within {}s: {waiting_for}",
            limit.as_secs_f64()
        )))
    }
}

/// The connections this process's requests go over, once a REPL session
/// has set them up; `None` means HTTP (or a connection per command).
static INSTALLED: Mutex<Option<Arc<Connections>>> = Mutex::new(None);

/// Route every request of this process over `connections` from now on.
pub fn install(connections: Arc<Connections>) {
    *INSTALLED.lock().unwrap_or_else(|e| e.into_inner()) = Some(connections);
}

pub fn installed() -> Option<Arc<Connections>> {
    INSTALLED.lock().unwrap_or_else(|e| e.into_inner()).clone()
}
