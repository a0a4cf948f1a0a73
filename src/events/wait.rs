//! `--wait EVENT` on `channels originate`, `channels play`, `bridges play`
//! and the record actions: open the WebSocket before sending, so no event
//! can slip past, then wait for the named event about the new object. This is
//! the race every bash script has between starting a tail and acting.

use std::time::Duration;

use serde_json::Value;

use super::everything::{self, Dropped};
use super::filter::TypeGlob;
use super::ownership;
use crate::causes::cause_text;
use crate::client::Client;
use crate::config::{Settings, Source};
use crate::error::{Error, ErrorKind, Result};
use crate::invocation::Invocation;
use crate::reply::Reply;
use crate::transport::Transport;
use crate::transport::socket::{EventSocket, Frame, private_app};

pub struct Wait {
    pub event: TypeGlob,
    pub event_text: String,
    pub timeout: Duration,
}

/// What the new object is, to recognise its events.
enum Object {
    /// A channel's id and name.
    Channel(String, Option<String>),
    Playback(String),
    Recording(String),
}

/// The event waited for, and the id of the object it is about (what `-q`
/// prints: the same id `-q` prints for the action's reply).
pub struct Waited {
    pub event: Value,
    pub id: String,
}

impl Object {
    fn from_reply(nickname: &str, reply: &Value) -> Option<Object> {
        let id = |k: &str| reply.get(k).and_then(Value::as_str).map(str::to_string);
        match nickname {
            "originate" | "originateWithId" | "create" | "snoopChannel" | "snoopChannelWithId" => {
                id("id").map(|channel| Object::Channel(channel, id("name")))
            }
            "play" | "playWithId" => id("id").map(Object::Playback),
            "record" => id("name").map(Object::Recording),
            _ => None,
        }
    }

    fn concerns(&self, event: &Value) -> bool {
        match self {
            Object::Channel(id, _) => ["channel", "peer"]
                .iter()
                .any(|k| event[*k]["id"].as_str() == Some(id)),
            Object::Playback(id) => event["playback"]["id"].as_str() == Some(id),
            Object::Recording(name) => event["recording"]["name"].as_str() == Some(name),
        }
    }

    fn id(&self) -> &str {
        match self {
            Object::Channel(id, _) | Object::Playback(id) | Object::Recording(id) => id,
        }
    }

    fn describe(&self) -> String {
        match self {
            Object::Channel(id, _) => format!("channel {id}"),
            Object::Playback(id) => format!("playback {id}"),
            Object::Recording(name) => format!("recording {name}"),
        }
    }

    /// After Ctrl-C: the object goes on without us; say what it is and
    /// how to end it (`profile` is the `-p` given, to paste the command as is).
    fn left_behind(&self, profile: Option<&str>) -> String {
        let ari = match profile {
            Some(name) => format!("ari -p {name}"),
            None => "ari".to_string(),
        };
        match self {
            Object::Channel(id, name) => {
                let name = name
                    .as_deref()
                    .map(|n| format!(" ({n})"))
                    .unwrap_or_default();
                format!("channel {id}{name} was not hung up: {ari} channels hangup {id}")
            }
            Object::Playback(id) => {
                format!("playback {id} was not stopped: {ari} playbacks stop {id}")
            }
            Object::Recording(name) => {
                format!("recording {name} was not stopped: {ari} recordings stop {name}")
            }
        }
    }
}

/// The actions `--wait` is offered on.
pub fn supports(resource: &str, action: &str) -> bool {
    matches!(
        (resource, action),
        (
            "channels",
            "originate" | "create" | "play" | "record" | "snoop"
        ) | ("bridges", "play" | "record")
    )
}

/// Events only the application itself receives: waiting for them means
/// connecting as the application.
fn app_only(event: &str) -> bool {
    event.starts_with("Stasis")
}

/// Send `inv`, then wait for the event; returns it. Ctrl-C is handled here,
/// so that the application is let go of properly (see `ownership`), and
/// what was made is named with the command that ends it: the call (or
/// playback, recording) is left as it is, since a script interrupted may
/// still want it, and hanging up someone's phone is not for a Ctrl-C to
/// decide.
pub async fn send_and_wait(
    settings: &Settings,
    client: &Client,
    inv: &Invocation,
    wait: &Wait,
) -> Result<Waited> {
    let op = inv
        .operation
        .ok_or_else(|| Error::usage("--wait works on ARI actions only"))?;
    // A new channel only enters Stasis when its application is registered:
    // connect as that application (never stealing it). Other events are
    // seen from a private subscribe-all connection.
    let app = inv
        .query
        .iter()
        .find(|(k, _)| k == "app")
        .map(|(_, v)| v.clone());
    let needs_app = matches!(op.nickname, "originate" | "originateWithId" | "create")
        || app_only(&wait.event_text);
    let (mut socket, claim) = if needs_app {
        let app = app.ok_or_else(|| {
            Error::usage(format!(
                "--wait {} needs --app: the events come to that application",
                wait.event_text
            ))
        })?;
        let mut claim = ownership::claim(settings, std::slice::from_ref(&app), false, client.verbose())
            .await
            .map_err(|e| match e.kind {
                ErrorKind::Conflict => Error::new(
                    ErrorKind::Conflict,
                    e.message.replace("; taking it would steal its calls", ", so --wait cannot listen as it"),
                )
                .with_hint("drop --wait and watch that application's own output, or `ari events` for everything"),
                _ => e,
            })?;
        let socket = EventSocket::connect(settings, &[app], false).await?;
        claim.hold();
        (socket, Some(claim))
    } else {
        let app = private_app();
        let socket = EventSocket::connect(settings, std::slice::from_ref(&app), true).await?;
        if let Dropped::NoAnswer(words) =
            everything::drop_device_states(settings, &app, client.verbose()).await?
        {
            eprintln!("ari: {words}");
        }
        (socket, None)
    };
    let interrupted = crate::runtime::interrupted();
    let mut made = None;
    let result = tokio::select! {
        result = send_then_wait(settings, client, inv, op.nickname, wait, &mut socket, &mut made) => result,
        result = interrupted => result,
    };
    if let (Err(e), Some(object)) = (&result, &made)
        && e.kind == ErrorKind::Interrupted
    {
        let profile = matches!(settings.profile.source, Source::Flag(_))
            .then_some(settings.profile.value.as_str());
        eprintln!("ari: interrupted; {}", object.left_behind(profile));
    }
    socket.close().await;
    if let Some(claim) = claim {
        claim.release(settings).await;
    }
    result
}

async fn send_then_wait(
    settings: &Settings,
    client: &Client,
    inv: &Invocation,
    nickname: &str,
    wait: &Wait,
    socket: &mut EventSocket,
    made: &mut Option<Object>,
) -> Result<Waited> {
    let what = inv.describe(client.base());
    // Over the events WebSocket itself, the answer and the events come in
    // the order Asterisk sent them; events before the answer wait here.
    let (reply, mut early) = if settings.transport == Transport::WebSocket {
        request_over(socket, client, inv, &what).await?
    } else {
        (client.send(inv).await?, Vec::new())
    };
    let reply = reply.into_success(&what)?;
    let body: Value = serde_json::from_slice(&reply.body)
        .map_err(|e| Error::internal(format!("the reply is not valid JSON: {e} ({what})")))?;
    let object = made.insert(Object::from_reply(nickname, &body).ok_or_else(|| {
        Error::internal(format!("the reply names no object to wait for ({what})"))
    })?);

    for event in early.drain(..) {
        if let Some(outcome) = verdict(object, wait, event) {
            return outcome;
        }
    }
    let deadline = tokio::time::Instant::now() + wait.timeout;
    loop {
        let frame = tokio::select! {
            frame = socket.next() => frame,
            _ = tokio::time::sleep_until(deadline) => return Err(Error::new(
                ErrorKind::NoMatch,
                format!("no {} for {} within {}s", wait.event_text, object.describe(), wait.timeout.as_secs_f64()),
            )),
        };
        let text = match frame {
            Frame::Text(text) => text,
            Frame::Closed(reason) => {
                return Err(Error::connection(format!("connection lost: {reason}")));
            }
            _ => continue,
        };
        let Ok(event) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if let Some(outcome) = verdict(object, wait, event) {
            return outcome;
        }
    }
}

/// Send `inv` as a `RESTRequest` on the events WebSocket and read up to its
/// answer; returns the answer and the events that came first.
async fn request_over(
    socket: &mut EventSocket,
    client: &Client,
    inv: &Invocation,
    what: &str,
) -> Result<(Reply, Vec<Value>)> {
    let request_id = crate::transport::next_request_id();
    let frame = crate::transport::frames::request(inv, &request_id);
    if client.verbose() {
        eprintln!("> {frame}");
    }
    socket.send_text(frame).await?;
    let limit = client
        .max_time()
        .unwrap_or(crate::transport::DEFAULT_ANSWER_LIMIT);
    let deadline = tokio::time::Instant::now() + limit;
    let mut early = Vec::new();
    loop {
        let frame = tokio::select! {
            frame = socket.next() => frame,
            _ = tokio::time::sleep_until(deadline) => {
                return Err(crate::transport::no_answer(limit, what));
            }
        };
        match frame {
            Frame::Text(text) => {
                if let Some((id, reply)) = crate::transport::frames::response(&text) {
                    if id == request_id {
                        return Ok((reply, early));
                    }
                } else if let Ok(event) = serde_json::from_str::<Value>(&text) {
                    early.push(event);
                }
            }
            Frame::Closed(reason) => {
                return Err(Error::connection(format!(
                    "connection lost before the answer: {reason} ({what})"
                )));
            }
            _ => {}
        }
    }
}

/// What an event means for the wait: the one waited for, the end of the
/// object (it will not come), or nothing yet.
fn verdict(object: &Object, wait: &Wait, event: Value) -> Option<Result<Waited>> {
    if !object.concerns(&event) {
        return None;
    }
    let kind = event["type"].as_str().unwrap_or("");
    if wait.event.matches(kind) {
        return Some(Ok(Waited {
            event,
            id: object.id().to_string(),
        }));
    }
    // A channel that is gone will not send what we wait for.
    if kind == "ChannelDestroyed" && matches!(object, Object::Channel(..)) {
        let cause = event["cause"].as_i64().unwrap_or(0);
        return Some(Err(Error::new(
            ErrorKind::NoMatch,
            format!(
                "{} was hung up (cause {cause}, {}) before {}",
                object.describe(),
                cause_text(cause),
                wait.event_text
            ),
        )));
    }
    None
}
