//! Everything the simulated Asterisk knows, behind one lock, and the event
//! bus: which application hears which event, as Asterisk decides it.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::mpsc::SyncSender;

use serde_json::{Map, Value, json};
use tokio::sync::mpsc::Sender;

use super::clock::timestamp;
use super::ids::IdGen;
use super::model::{
    Bridge, Channel, LiveRecording, LogChannel, Module, Playback, StoredRecording, builtin_modules,
};
use super::streams::stream::Media;

pub const ENTITY_ID: &str = "02:5e:00:00:00:01";

pub type ConnId = u64;

/// An event's own fields from (name, value) pairs, as `State::emit` takes them.
pub fn fields(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// What an event is about; decides who hears it.
#[derive(Debug, Clone)]
pub enum Topic {
    Channel(String),
    Bridge(String),
    Endpoint(String),
    Device(String),
    /// For one application only (StasisStart, StasisEnd, user events...).
    App(String),
}

#[derive(Debug, Default)]
pub struct App {
    pub name: String,
    pub conn: Option<ConnId>,
    /// Each set holds ids, and `ALL` (the empty id) for all of that kind:
    /// `subscribeAll` and an event source without an id (`channel:`).
    pub channels: BTreeSet<String>,
    pub bridges: BTreeSet<String>,
    pub endpoints: BTreeSet<String>,
    pub devices: BTreeSet<String>,
    pub allowed: Vec<Value>,
    pub disallowed: Vec<Value>,
}

/// The id that stands for every object of its kind in an application's
/// subscriptions (`channel:` with nothing after the colon).
pub const ALL: &str = "";

impl App {
    pub fn new(name: &str) -> App {
        App {
            name: name.to_string(),
            ..App::default()
        }
    }

    /// The subscriptions of each kind: channels, bridges, endpoints, devices.
    fn subscriptions(&mut self) -> [&mut BTreeSet<String>; 4] {
        [
            &mut self.channels,
            &mut self.bridges,
            &mut self.endpoints,
            &mut self.devices,
        ]
    }

    /// `subscribeAll`: every channel, bridge, endpoint and device state.
    fn subscribe_to_all(&mut self) {
        for set in self.subscriptions() {
            set.insert(ALL.to_string());
        }
    }

    fn unsubscribe_from_all(&mut self) {
        for set in self.subscriptions() {
            set.remove(ALL);
        }
    }

    /// Passes the application's event filter.
    fn accepts(&self, kind: &str) -> bool {
        let listed = |list: &[Value]| {
            list.iter()
                .any(|f| f.get("type").and_then(Value::as_str) == Some(kind))
        };
        (self.allowed.is_empty() || listed(&self.allowed)) && !listed(&self.disallowed)
    }
}

/// How many events may wait for a slow WebSocket reader before new ones are
/// dropped (and counted): enough for any burst a call produces.
pub const CONNECTION_QUEUE: usize = 65_536;

/// One WebSocket: where its events go.
pub struct Conn {
    pub tx: Sender<String>,
    pub apps: Vec<String>,
    pub read_only: bool,
}

/// The simulated PJSIP phones people can call (`PJSIP/alice`).
pub const PHONES: [&str; 3] = ["alice", "bob", "carol"];

pub struct State {
    pub ids: IdGen,
    pub channels: BTreeMap<String, Channel>,
    pub bridges: BTreeMap<String, Bridge>,
    pub playbacks: BTreeMap<String, Playback>,
    pub live_recordings: BTreeMap<String, LiveRecording>,
    pub stored_recordings: BTreeMap<String, StoredRecording>,
    pub device_states: BTreeMap<String, String>,
    pub mailboxes: BTreeMap<String, (i64, i64)>,
    pub globals: BTreeMap<String, String>,
    pub modules: Vec<Module>,
    pub log_channels: BTreeMap<String, LogChannel>,
    /// `PJSIP/alice` → state
    pub endpoints: BTreeMap<String, &'static str>,
    pub apps: BTreeMap<String, App>,
    pub conns: HashMap<ConnId, Conn>,
    pub next_conn: ConnId,
    pub startup_time: String,
    /// `ari sim`'s console: every event, for the summary lines it prints.
    pub console: Option<SyncSender<String>>,
    /// What channel snapshots carry in `channelvars` (none: the key is absent).
    pub channelvars: std::sync::Arc<[String]>,
    /// Events sent, for the benchmark and for tests.
    pub events_sent: u64,
    /// Events a full connection queue could not take.
    pub events_dropped: u64,
    /// Phones a scenario scripts (`bob`): how they take a call.
    pub scripted_phones: BTreeMap<String, PhoneScript>,
    /// External media: the streams of the media channels, and what has
    /// sounded lately.
    pub media: Media,
}

/// How a scripted phone takes a call (`ari sim --scenario`'s `[[answer]]`).
#[derive(Debug, Clone)]
pub struct PhoneScript {
    /// Seconds it rings before answering; `None`: busy or no answer.
    pub answer_after: Option<f64>,
    pub busy: bool,
    /// Told the channel's id when it answers, for the scenario's steps.
    pub answered: tokio::sync::mpsc::UnboundedSender<String>,
}

impl State {
    pub fn new(seed: Option<u64>, channelvars: &[String]) -> State {
        let mut stored_recordings = BTreeMap::new();
        stored_recordings.insert(
            "greeting".to_string(),
            StoredRecording {
                name: "greeting".into(),
                format: "wav".into(),
                seconds: 3.0,
                audio: Vec::new(),
            },
        );
        let endpoints = PHONES
            .iter()
            .map(|r| (format!("PJSIP/{r}"), "online"))
            .collect();
        // As a stock logger.conf sets them up (Asterisk lists the levels in
        // capitals, each followed by a space).
        let mut log_channels = BTreeMap::new();
        log_channels.insert(
            "console".to_string(),
            LogChannel {
                channel: String::new(),
                kind: "Console",
                configuration: "NOTICE WARNING ERROR VERBOSE ".into(),
                dynamic: false,
            },
        );
        log_channels.insert(
            "messages.log".to_string(),
            LogChannel {
                channel: "/var/log/asterisk/messages.log".into(),
                kind: "File",
                configuration: "NOTICE WARNING ERROR ".into(),
                dynamic: false,
            },
        );
        State {
            ids: IdGen::new(seed),
            channels: BTreeMap::new(),
            bridges: BTreeMap::new(),
            playbacks: BTreeMap::new(),
            live_recordings: BTreeMap::new(),
            stored_recordings,
            device_states: BTreeMap::new(),
            mailboxes: BTreeMap::new(),
            globals: BTreeMap::new(),
            modules: builtin_modules(),
            log_channels,
            endpoints,
            apps: BTreeMap::new(),
            conns: HashMap::new(),
            next_conn: 1,
            startup_time: timestamp(),
            channelvars: channelvars.into(),
            console: None,
            events_sent: 0,
            events_dropped: 0,
            scripted_phones: BTreeMap::new(),
            media: Media::default(),
        }
    }

    /// Whether `app` hears events about `topic`.
    fn interested(&self, app: &App, topic: &Topic) -> bool {
        match topic {
            Topic::App(name) => *name == app.name,
            Topic::Channel(id) => {
                app.channels.contains(ALL)
                    || app.channels.contains(id)
                    || self.channels.get(id).is_some_and(|c| {
                        c.stasis_app() == Some(app.name.as_str())
                            || c.endpoint().is_some_and(|e| {
                                app.endpoints.contains(&e)
                                    || app.endpoints.contains(e.split('/').next().unwrap_or(""))
                            })
                    })
            }
            Topic::Bridge(id) => {
                app.bridges.contains(ALL)
                    || app.bridges.contains(id)
                    || self.bridges.get(id).is_some_and(|b| {
                        b.channels.iter().any(|c| {
                            self.channels
                                .get(c)
                                .is_some_and(|c| c.stasis_app() == Some(app.name.as_str()))
                        })
                    })
            }
            Topic::Endpoint(e) => {
                app.endpoints.contains(ALL)
                    || app.endpoints.contains(e)
                    || app.endpoints.contains(e.split('/').next().unwrap_or(""))
            }
            Topic::Device(name) => app.devices.contains(ALL) || app.devices.contains(name),
        }
    }

    /// Whether any connected application would hear this event: events
    /// nobody hears are not even built.
    pub fn heard(&self, kind: &str, topics: &[Topic]) -> bool {
        self.console.is_some()
            || self.apps.values().any(|app| {
                app.conn.is_some()
                    && app.accepts(kind)
                    && topics.iter().any(|t| self.interested(app, t))
            })
    }

    /// Send an event to every application that hears about one of `topics`.
    pub fn emit(&mut self, kind: &str, fields: Map<String, Value>, topics: &[Topic]) {
        let mut event = Map::with_capacity(fields.len() + 4);
        event.insert("type".into(), Value::String(kind.to_string()));
        event.insert("timestamp".into(), Value::String(timestamp()));
        event.extend(fields);
        event.insert("asterisk_id".into(), Value::String(ENTITY_ID.into()));
        let (mut sent, mut dropped) = (0, 0);
        for app in self.apps.values() {
            let Some(conn) = app.conn.and_then(|c| self.conns.get(&c)) else {
                continue;
            };
            if !app.accepts(kind) || !topics.iter().any(|t| self.interested(app, t)) {
                continue;
            }
            event.insert("application".into(), Value::String(app.name.clone()));
            if let Ok(text) = serde_json::to_string(&event) {
                match conn.tx.try_send(text) {
                    Ok(()) => sent += 1,
                    Err(tokio::sync::mpsc::error::TrySendError::Full(_)) => dropped += 1,
                    Err(_) => {}
                }
            }
        }
        self.events_sent += sent;
        self.events_dropped += dropped;
        // The simulator's own console sees every event once, as a
        // subscribe-all observer would; a console that falls behind loses lines.
        if let Some(console) = &self.console {
            match topics.iter().find_map(|t| match t {
                Topic::App(name) => Some(name),
                _ => None,
            }) {
                Some(app) => {
                    event.insert("application".into(), Value::String(app.clone()));
                }
                None => {
                    event.remove("application");
                }
            }
            if let Ok(text) = serde_json::to_string(&event) {
                let _ = console.try_send(text);
            }
        }
    }

    /// Shorthand for events about one channel, carrying its snapshot.
    pub fn emit_channel(&mut self, kind: &str, channel_id: &str, mut fields: Map<String, Value>) {
        let topics = [Topic::Channel(channel_id.to_string())];
        if !self.heard(kind, &topics) {
            return;
        }
        let Some(channel) = self.channels.get(channel_id) else {
            return;
        };
        fields.insert("channel".into(), channel.json());
        self.emit(kind, fields, &topics);
    }

    pub fn app_json(&self, app: &App) -> Value {
        // Channels in Stasis count as subscribed, as Asterisk lists them.
        let mut channels: BTreeSet<&String> = app.channels.iter().collect();
        for c in self.channels.values() {
            if c.stasis_app() == Some(app.name.as_str()) {
                channels.insert(&c.id);
            }
        }
        // Asterisk lists a subscription to all by its topic's name.
        let listed = |ids: Vec<&String>, all: &str| -> Vec<String> {
            ids.into_iter()
                .map(|id| {
                    if id == ALL {
                        all.to_string()
                    } else {
                        id.clone()
                    }
                })
                .collect()
        };
        json!({
            "name": app.name,
            "channel_ids": listed(channels.into_iter().collect(), "__AST_CHANNEL_ALL_TOPIC"),
            "bridge_ids": listed(app.bridges.iter().collect(), "__AST_BRIDGE_ALL_TOPIC"),
            "endpoint_ids": listed(app.endpoints.iter().collect(), "__AST_ENDPOINT_ALL_TOPIC"),
            "device_names": listed(app.devices.iter().collect(), "__AST_DEVICE_STATE_ALL_TOPIC"),
            "events_allowed": app.allowed,
            "events_disallowed": app.disallowed,
        })
    }

    /// Register a WebSocket for `apps`; an app already held by another
    /// connection moves here and the other one hears `ApplicationReplaced`.
    pub fn connect(
        &mut self,
        tx: Sender<String>,
        apps: &[String],
        subscribe_all: bool,
        read_only: bool,
    ) -> ConnId {
        let id = self.next_conn;
        self.next_conn += 1;
        self.conns.insert(
            id,
            Conn {
                tx,
                apps: apps.to_vec(),
                read_only,
            },
        );
        for name in apps {
            let previous = self.apps.get(name).and_then(|a| a.conn);
            if let Some(old) = previous.filter(|old| *old != id)
                && let Some(conn) = self.conns.get_mut(&old)
            {
                let replaced = json!({
                    "type": "ApplicationReplaced",
                    "timestamp": timestamp(),
                    "application": name,
                    "asterisk_id": ENTITY_ID,
                });
                let _ = conn.tx.try_send(replaced.to_string());
                conn.apps.retain(|a| a != name);
            }
            let app = self
                .apps
                .entry(name.clone())
                .or_insert_with(|| App::new(name));
            app.conn = Some(id);
            if subscribe_all {
                app.subscribe_to_all();
            }
        }
        self.clean_up_apps();
        id
    }

    /// A WebSocket went away: its applications are deactivated, as Asterisk
    /// does it. They hear nothing and refuse new calls (Stasis() fails), but
    /// one that still has channels or subscriptions stays listed in
    /// `GET /applications` until a later registration or unregistration
    /// finds it empty.
    pub fn disconnect(&mut self, id: ConnId) {
        if let Some(conn) = self.conns.remove(&id) {
            for name in conn.apps {
                if let Some(app) = self.apps.get_mut(&name)
                    && app.conn == Some(id)
                {
                    app.conn = None;
                    // Unregistering drops the subscriptions to all only.
                    app.unsubscribe_from_all();
                }
            }
            self.clean_up_apps();
        }
    }

    /// Forget the deactivated applications that have nothing left: no
    /// channel in Stasis, no subscription. Asterisk does this lazily, on
    /// each registration and unregistration, and so does the simulator.
    fn clean_up_apps(&mut self) {
        let finished: Vec<String> = self
            .apps
            .values()
            .filter(|app| {
                app.conn.is_none()
                    && app.channels.is_empty()
                    && app.bridges.is_empty()
                    && app.endpoints.is_empty()
                    && app.devices.is_empty()
                    && !self
                        .channels
                        .values()
                        .any(|c| c.stasis_app() == Some(app.name.as_str()))
            })
            .map(|app| app.name.clone())
            .collect();
        for name in finished {
            self.apps.remove(&name);
        }
    }

    /// Applications with a live WebSocket.
    pub fn registered(&self, name: &str) -> bool {
        self.apps.get(name).is_some_and(|a| a.conn.is_some())
    }
}
