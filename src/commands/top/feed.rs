//! The network side of `ari top`, on a thread and runtime of its own: the
//! first snapshot, the events of a private subscribe-all connection (never
//! taking over an application; device states left out), reconnection with a
//! fresh snapshot, a periodic look at the applications (no event says when
//! another one registers) and the device states, the sound names for
//! completion, and the actions' requests.

use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::Duration;

use clap::Command;
use serde_json::Value;

use super::pbx::Link;
use crate::client::Client;
use crate::config::Settings;
use crate::error::Result;
use crate::events::everything::{self, Dropped};
use crate::events::record::Recorder;
use crate::invocation::Invocation;
use crate::transport::socket::{EventSocket, Frame};

/// What the network tells the screen.
pub enum Msg {
    Input(ratatui::crossterm::event::Event),
    Snapshot(Snapshot),
    Event(String),
    Applications(Vec<Value>),
    /// The device states, polled: top does not subscribe to them (see
    /// `events::everything`).
    DeviceStates(Vec<Value>),
    Link(Link),
    Sounds(Vec<String>),
    /// An action's outcome: its words, and its result.
    Done(Vec<String>, std::result::Result<String, String>),
    /// SIGTERM or SIGHUP: leave, restoring the terminal.
    Quit,
    /// A replay's clock: the recording's time now (ms since the epoch).
    Clock(i64),
    /// Something to say in the status line (a replay's skipped lines).
    Note(String),
}

pub struct Snapshot {
    pub channels: Vec<Value>,
    pub bridges: Vec<Value>,
    pub applications: Vec<Value>,
    pub endpoints: Vec<Value>,
    pub device_states: Vec<Value>,
}

impl Snapshot {
    /// As a recording keeps it.
    pub fn to_json(&self) -> Value {
        serde_json::json!({
            "channels": self.channels,
            "bridges": self.bridges,
            "applications": self.applications,
            "endpoints": self.endpoints,
            "device_states": self.device_states,
        })
    }

    /// From a recording's snapshot line; a list it lacks is empty.
    pub fn from_json(lists: &Value) -> Snapshot {
        let list = |key: &str| lists[key].as_array().cloned().unwrap_or_default();
        Snapshot {
            channels: list("channels"),
            bridges: list("bridges"),
            applications: list("applications"),
            endpoints: list("endpoints"),
            device_states: list("device_states"),
        }
    }
}

/// An action to send: the words of an `ari` command line, without `ari`.
pub struct Act(pub Vec<String>);

const APPLICATIONS_EVERY: Duration = Duration::from_secs(2);
const RETRY_AFTER: Duration = Duration::from_secs(1);

/// Start the thread; requests for actions go into the returned sender.
pub fn start(
    settings: Settings,
    tree: Arc<Command>,
    app: String,
    to_screen: Sender<Msg>,
    record: Option<Recorder>,
) -> Result<tokio::sync::mpsc::UnboundedSender<Act>> {
    let client = Client::new(&settings, false)?;
    let (acts, mut requests) = tokio::sync::mpsc::unbounded_channel::<Act>();
    crate::runtime::spawn_with_runtime("ari-top-feed", move || async move {
        let client = &client;
        let tree = &tree;
        let screen = &to_screen;
        let acting = async {
            while let Some(Act(words)) = requests.recv().await {
                let outcome = act(client, tree, &words).await.map_err(|e| e.message);
                if screen.send(Msg::Done(words, outcome)).is_err() {
                    return;
                }
            }
        };
        tokio::select! {
            _ = events(&settings, &app, client, screen, record.as_ref()) => {}
            _ = applications(client, screen) => {}
            _ = sounds(client, screen) => {}
            _ = acting => {}
            _ = terminated() => { let _ = screen.send(Msg::Quit); }
        }
    })?;
    Ok(acts)
}

async fn terminated() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let (Ok(mut term), Ok(mut hup)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
        ) else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = hup.recv() => {}
        }
    }
    #[cfg(not(unix))]
    std::future::pending::<()>().await
}

/// A list the server returns, or an empty one (a read-only user, an old server).
async fn list(client: &Client, path: &str) -> Vec<Value> {
    match client.send(&Invocation::get(path)).await {
        Ok(reply) if reply.is_success() => {
            serde_json::from_slice::<Vec<Value>>(&reply.body).unwrap_or_default()
        }
        _ => Vec::new(),
    }
}

async fn snapshot(client: &Client) -> Snapshot {
    let (channels, bridges, applications, endpoints, device_states) = tokio::join!(
        list(client, "/channels"),
        list(client, "/bridges"),
        list(client, "/applications"),
        list(client, "/endpoints"),
        list(client, "/deviceStates"),
    );
    Snapshot {
        channels,
        bridges,
        applications,
        endpoints,
        device_states,
    }
}

/// Connect, take a snapshot, pass the events on; again after a loss.
async fn events(
    settings: &Settings,
    app: &str,
    client: &Client,
    screen: &Sender<Msg>,
    record: Option<&Recorder>,
) {
    let source = settings.profile.value.clone();
    loop {
        match EventSocket::connect(settings, &[app.to_string()], true).await {
            Ok(mut socket) => {
                // subscribeAll less the device states, whose teardown can
                // deadlock Asterisk; they are polled instead.
                if let Ok(Dropped::NoAnswer(words)) =
                    everything::drop_device_states(settings, app, false).await
                    && screen.send(Msg::Note(words)).is_err()
                {
                    return;
                }
                // Connected first, then the lists: nothing falls in between.
                let first = snapshot(client).await;
                if let Some(recorder) = record {
                    recorder.snapshot(&source, &first.to_json());
                }
                if screen.send(Msg::Snapshot(first)).is_err()
                    || screen.send(Msg::Link(Link::Live)).is_err()
                {
                    return;
                }
                let why = loop {
                    let frame = socket.next().await;
                    if let (Some(recorder), Frame::Text(text)) = (record, &frame) {
                        recorder.text(&source, text.as_str());
                    }
                    match frame {
                        Frame::Text(text) if screen.send(Msg::Event(text.to_string())).is_err() => {
                            return;
                        }
                        Frame::Closed(why) => break why,
                        _ => {}
                    }
                };
                if screen.send(Msg::Link(Link::Lost(why))).is_err() {
                    return;
                }
            }
            Err(e) => {
                if screen.send(Msg::Link(Link::Lost(e.message))).is_err() {
                    return;
                }
            }
        }
        tokio::time::sleep(RETRY_AFTER).await;
    }
}

async fn applications(client: &Client, screen: &Sender<Msg>) {
    loop {
        tokio::time::sleep(APPLICATIONS_EVERY).await;
        let (apps, device_states) =
            tokio::join!(list(client, "/applications"), list(client, "/deviceStates"));
        if screen.send(Msg::Applications(apps)).is_err()
            || screen.send(Msg::DeviceStates(device_states)).is_err()
        {
            return;
        }
    }
}

/// Sound names, for completing `play`'s media.
async fn sounds(client: &Client, screen: &Sender<Msg>) {
    let names = list(client, "/sounds")
        .await
        .into_iter()
        .filter_map(|s| s["id"].as_str().map(|id| format!("sound:{id}")))
        .collect();
    let _ = screen.send(Msg::Sounds(names));
    std::future::pending::<()>().await
}

/// Send one action, as `ari` would from the same command line.
async fn act(client: &Client, tree: &Command, words: &[String]) -> Result<String> {
    let inv = super::actions::invocation(tree, words)?;
    let reply = client.send_ok(&inv).await?;
    Ok(format!("{} {}", reply.status, inv.describe(client.base())))
}
