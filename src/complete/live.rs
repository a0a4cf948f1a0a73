//! Live values for completion, from the server: channel ids, bridge ids,
//! sounds... Asked with a short time limit and kept for a few seconds, so a
//! slow or dead server never holds up typing for longer than that limit.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::client::Client;
use crate::config::{ConfigFile, Settings};
use crate::invocation::Invocation;
use crate::spec::EVENT_TYPES;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LiveKind {
    Channels,
    Bridges,
    /// ARI cannot list playbacks: those seen in this session.
    Playbacks,
    /// ARI cannot list live recordings: those seen in this session.
    LiveRecordings,
    StoredRecordings,
    EndpointTechnologies,
    EndpointResources,
    Sounds,
    /// `sound:NAME` and `recording:NAME` media URIs.
    Media,
    Modules,
    Applications,
    DeviceStates,
    Mailboxes,
    LogChannels,
    /// Offline: from the config file.
    Profiles,
    /// Offline: ARI's event types.
    EventTypes,
}

/// Where completion gets live values.
pub trait Live {
    fn values(&self, kind: LiveKind) -> Vec<String>;
}

/// No server at all: only what is known offline.
pub struct Offline {
    /// What `-p` takes (see `profile_names`).
    pub profiles: Vec<String>,
}

impl Live for Offline {
    fn values(&self, kind: LiveKind) -> Vec<String> {
        offline(kind, &self.profiles).unwrap_or_default()
    }
}

/// The names `-p` takes in `file`: profiles, then the groups of them, then
/// `all`. Read once from the config the dispatcher loaded, not at each Tab.
pub fn profile_names(file: &ConfigFile) -> Vec<String> {
    let mut names: Vec<String> = file.profiles.keys().cloned().collect();
    names.extend(file.groups.keys().cloned());
    if !file.profiles.is_empty() {
        names.push("all".into());
    }
    names
}

fn offline(kind: LiveKind, profiles: &[String]) -> Option<Vec<String>> {
    match kind {
        LiveKind::Profiles => Some(profiles.to_vec()),
        LiveKind::EventTypes => Some(EVENT_TYPES.iter().map(|s| s.to_string()).collect()),
        _ => None,
    }
}

/// Asks the server, with a time limit and a short-lived cache.
pub struct ServerLive {
    settings: Mutex<Settings>,
    profiles: Vec<String>,
    limit: Duration,
    keep: Duration,
    cache: Mutex<HashMap<LiveKind, (Instant, Vec<String>)>>,
    seen: Mutex<HashMap<LiveKind, Vec<String>>>,
}

impl ServerLive {
    pub fn new(
        settings: Settings,
        profiles: Vec<String>,
        limit: Duration,
        keep: Duration,
    ) -> ServerLive {
        ServerLive {
            settings: Mutex::new(Self::limited(settings, limit)),
            profiles,
            limit,
            keep,
            cache: Mutex::new(HashMap::new()),
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Ask with the completion time limit, whatever the profile says.
    fn limited(mut settings: Settings, limit: Duration) -> Settings {
        settings.connect_timeout.value = limit;
        settings.max_time = Some(crate::config::Sourced {
            value: limit,
            source: crate::config::Source::Default,
        });
        settings
    }

    /// Another profile: another server, nothing cached from the old one.
    pub fn switch(&self, settings: Settings) {
        *self.settings.lock().unwrap_or_else(|e| e.into_inner()) =
            Self::limited(settings, self.limit);
        self.cache.lock().unwrap_or_else(|e| e.into_inner()).clear();
        self.seen.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    /// Remember ids this session met (in replies and events) that ARI cannot list.
    pub fn saw(&self, value: &Value) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let mut add = |kind: LiveKind, id: Option<&str>| {
            if let Some(id) = id.filter(|i| !i.is_empty()) {
                let list = seen.entry(kind).or_default();
                if !list.iter().any(|x| x == id) {
                    list.push(id.to_string());
                    if list.len() > 200 {
                        list.remove(0);
                    }
                }
            }
        };
        let playback = value.get("playback").unwrap_or(value);
        if playback.get("media_uri").is_some() {
            add(
                LiveKind::Playbacks,
                playback.get("id").and_then(Value::as_str),
            );
        }
        let recording = value.get("recording").unwrap_or(value);
        if recording.get("target_uri").is_some() && recording.get("format").is_some() {
            add(
                LiveKind::LiveRecordings,
                recording.get("name").and_then(Value::as_str),
            );
        }
    }

    fn fetch(&self, kind: LiveKind) -> Vec<String> {
        let (path, pick): (&str, fn(&Value) -> Vec<String>) = match kind {
            LiveKind::Channels => ("/channels", |v| field_of_each(v, "id")),
            LiveKind::Bridges => ("/bridges", |v| field_of_each(v, "id")),
            LiveKind::StoredRecordings => ("/recordings/stored", |v| field_of_each(v, "name")),
            LiveKind::EndpointTechnologies => ("/endpoints", |v| field_of_each(v, "technology")),
            LiveKind::EndpointResources => ("/endpoints", |v| field_of_each(v, "resource")),
            LiveKind::Sounds => ("/sounds", |v| field_of_each(v, "id")),
            LiveKind::Media => ("/sounds", |v| {
                field_of_each(v, "id")
                    .into_iter()
                    .map(|s| format!("sound:{s}"))
                    .collect()
            }),
            LiveKind::Modules => ("/asterisk/modules", |v| field_of_each(v, "name")),
            LiveKind::Applications => ("/applications", |v| field_of_each(v, "name")),
            LiveKind::DeviceStates => ("/deviceStates", |v| field_of_each(v, "name")),
            LiveKind::Mailboxes => ("/mailboxes", |v| field_of_each(v, "name")),
            LiveKind::LogChannels => ("/asterisk/logging", |v| {
                field_of_each(v, "channel")
                    .into_iter()
                    .map(|c| c.rsplit('/').next().unwrap_or(&c).to_string())
                    .collect()
            }),
            _ => return Vec::new(),
        };
        let inv = Invocation::get(path);
        let settings = self
            .settings
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        let Ok(client) = Client::new(&settings, false) else {
            return Vec::new();
        };
        let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
        else {
            return Vec::new();
        };
        let reply =
            runtime.block_on(async { tokio::time::timeout(self.limit, client.send(&inv)).await });
        match reply {
            Ok(Ok(reply)) if (200..300).contains(&reply.status) => {
                serde_json::from_slice::<Value>(&reply.body)
                    .map(|v| pick(&v))
                    .unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }
}

fn field_of_each(value: &Value, field: &str) -> Vec<String> {
    let mut out: Vec<String> = value
        .as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(|i| i.get(field).and_then(Value::as_str).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out.dedup();
    out
}

impl Live for ServerLive {
    fn values(&self, kind: LiveKind) -> Vec<String> {
        if let Some(values) = offline(kind, &self.profiles) {
            return values;
        }
        let mut from_server = {
            let cache = self.cache.lock().unwrap_or_else(|e| e.into_inner());
            cache
                .get(&kind)
                .filter(|(at, _)| at.elapsed() < self.keep)
                .map(|(_, v)| v.clone())
        }
        .unwrap_or_else(|| {
            let fresh = self.fetch(kind);
            self.cache
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(kind, (Instant::now(), fresh.clone()));
            fresh
        });
        if let Some(seen) = self
            .seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&kind)
        {
            from_server.extend(seen.iter().cloned());
        }
        if kind == LiveKind::Media {
            from_server.extend(
                self.values(LiveKind::StoredRecordings)
                    .into_iter()
                    .map(|r| format!("recording:{r}")),
            );
        }
        from_server
    }
}
