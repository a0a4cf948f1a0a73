//! What `ari top` knows of the PBX: a first snapshot (channels, bridges,
//! applications, endpoints, device states) kept current by the events of a
//! subscribe-all connection. Pure data: no terminal, no network, so that the
//! views can be tested on a state built by hand.

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::causes::cause_text;
use crate::clock::timestamp_ms;
use crate::events::brief::Brief;
use crate::events::calls::{CallId, Calls};
use crate::events::summary::{Row, Summary, Width};

/// How long a hung-up call stays on screen, dimmed, with its cause.
pub const LINGER: Duration = Duration::from_secs(5);
/// Summary lines kept for the events pane (all calls together).
const EVENTS_KEPT: usize = 2000;
/// Events kept per channel for the detail view.
const EVENTS_PER_CHANNEL: usize = 50;

#[derive(Debug, Clone)]
pub struct Gone {
    pub at: Instant,
    pub cause: i64,
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct ChannelRow {
    /// The channel as the server last showed it.
    pub json: Value,
    pub call: Option<CallId>,
    pub bridge: Option<String>,
    /// Media playing to it (`sound:hello-world`).
    pub playing: Option<String>,
    /// The recording it is making.
    pub recording: Option<String>,
    pub held: bool,
    pub gone: Option<Gone>,
    /// Its recent events (shared with the events pane).
    pub recent: VecDeque<EventLine>,
    created: Option<i64>,
}

impl ChannelRow {
    fn new(json: Value) -> ChannelRow {
        ChannelRow {
            json,
            call: None,
            bridge: None,
            playing: None,
            recording: None,
            held: false,
            gone: None,
            recent: VecDeque::new(),
            created: None,
        }
    }

    /// A string field, `path` deep (indexing, not a JSON pointer: this
    /// runs for every row of every frame).
    fn text(&self, path: &[&str]) -> &str {
        let mut value = &self.json;
        for key in path {
            value = &value[*key];
        }
        value.as_str().unwrap_or("")
    }

    pub fn id(&self) -> &str {
        self.text(&["id"])
    }

    pub fn name(&self) -> &str {
        self.text(&["name"])
    }

    pub fn state(&self) -> &str {
        self.text(&["state"])
    }

    /// `Alice <1001>`, `1001`, or nothing.
    pub fn party(&self, which: &str) -> String {
        let name = self.text(&[which, "name"]);
        let number = self.text(&[which, "number"]);
        match (name.is_empty(), number.is_empty()) {
            (false, false) => format!("{name} <{number}>"),
            (false, true) => name.to_string(),
            (true, false) => number.to_string(),
            (true, true) => String::new(),
        }
    }

    /// `Stasis(hello)` in an application (where it is in the dialplan
    /// says little then), else `[exten@context:prio] App`.
    pub fn place(&self) -> String {
        let application = self.application();
        if !application.is_empty() {
            return format!("Stasis({application})");
        }
        let exten = self.text(&["dialplan", "exten"]);
        let context = self.text(&["dialplan", "context"]);
        let priority = self.json["dialplan"]["priority"].as_i64().unwrap_or(0);
        let app = self.text(&["dialplan", "app_name"]);
        if exten.is_empty() && context.is_empty() {
            return app.to_string();
        }
        format!("[{exten}@{context}:{priority}] {app}")
    }

    /// The Stasis application it is in, from what its dialplan runs.
    pub fn application(&self) -> &str {
        if self.text(&["dialplan", "app_name"]) == "Stasis" {
            let data = self.text(&["dialplan", "app_data"]);
            return data.split(',').next().unwrap_or("");
        }
        ""
    }

    /// When it was created (ms since the epoch), read once.
    pub fn created_ms(&self) -> Option<i64> {
        self.created
    }

    /// Take in the channel as the server shows it now.
    fn set_json(&mut self, json: Value) {
        self.json = json;
        if self.created.is_none() {
            self.created = timestamp_ms(self.text(&["creationtime"]));
        }
    }

    /// What it plays or records, in a few words.
    pub fn media(&self) -> String {
        match (&self.playing, &self.recording) {
            (Some(p), Some(r)) => format!("▶ {p} ● {r}"),
            (Some(p), None) => format!("▶ {p}"),
            (None, Some(r)) => format!("● {r}"),
            (None, None) => String::new(),
        }
    }

    /// Whether a filter's text matches it (name, caller, id, application).
    pub fn matches(&self, needle: &str) -> bool {
        let needle = needle.to_lowercase();
        [
            self.name().to_string(),
            self.party("caller"),
            self.party("connected"),
            self.id().to_string(),
            self.application().to_string(),
        ]
        .iter()
        .any(|field| field.to_lowercase().contains(&needle))
    }
}

/// One line of the events pane (and of a channel's detail).
#[derive(Debug, Clone)]
pub struct EventLine {
    pub what: EventText,
    pub call: Option<CallId>,
}

#[derive(Debug, Clone)]
pub enum EventText {
    /// An event's cells, laid out at the width of wherever it is drawn.
    Row(Rc<Row>),
    /// A note of top's own, such as a lost connection.
    Note(Rc<str>),
}

/// The state of the events connection, shown in the header.
#[derive(Debug, Clone, PartialEq)]
pub enum Link {
    Connecting,
    Live,
    /// Lost, reconnecting; since when (events in between are missed).
    Lost(String),
    /// A recording plays (`--replay`): its state, as the header shows it.
    Replay(String),
}

pub struct Pbx {
    pub channels: BTreeMap<String, ChannelRow>,
    pub bridges: BTreeMap<String, Value>,
    pub applications: Vec<Value>,
    pub endpoints: BTreeMap<String, Value>,
    pub device_states: BTreeMap<String, Value>,
    pub events: VecDeque<EventLine>,
    pub link: Link,
    /// Events taken in since the start.
    pub events_seen: u64,
    calls: Calls,
    /// Fills each event's row; the panes lay rows out when they draw.
    summary: Summary,
    /// Counts changes, so that the calls table is worked out once per change.
    version: u64,
    rows: RefCell<Option<RowsCache>>,
}

impl Default for Pbx {
    fn default() -> Self {
        Pbx::new()
    }
}

/// The calls table as worked out for a version of the PBX state and a filter.
type RowsCache = (u64, String, Rc<Vec<CallRow>>);

/// A sort key: when, then which (ms since the epoch, id).
type Key<'a> = (i64, &'a str);

/// One row of the calls table: a call's first channel, or one of its other legs.
#[derive(Debug, Clone, PartialEq)]
pub struct CallRow {
    pub channel: String,
    pub call: Option<CallId>,
    /// A leg under the call's first channel.
    pub leg: bool,
}

impl Pbx {
    pub fn new() -> Pbx {
        Pbx {
            version: 0,
            rows: RefCell::new(None),
            channels: BTreeMap::new(),
            bridges: BTreeMap::new(),
            applications: Vec::new(),
            endpoints: BTreeMap::new(),
            device_states: BTreeMap::new(),
            events: VecDeque::new(),
            link: Link::Connecting,
            events_seen: 0,
            calls: Calls::new(),
            summary: Summary::new(Width::Unlimited, false),
        }
    }

    /// The first look (and again after a reconnection: what changed while
    /// the connection was down is taken from the lists).
    pub fn snapshot(
        &mut self,
        channels: Vec<Value>,
        bridges: Vec<Value>,
        applications: Vec<Value>,
        endpoints: Vec<Value>,
        device_states: Vec<Value>,
    ) {
        self.version += 1;
        let live: std::collections::HashSet<String> = channels
            .iter()
            .filter_map(|c| c["id"].as_str().map(str::to_string))
            .collect();
        // Channels that went while nobody was listening.
        for (id, row) in self.channels.iter_mut() {
            if !live.contains(id) && row.gone.is_none() {
                row.gone = Some(Gone {
                    at: Instant::now(),
                    cause: 0,
                    text: "gone while disconnected".into(),
                });
            }
        }
        for channel in channels {
            let Some(id) = channel["id"].as_str().map(str::to_string) else {
                continue;
            };
            // Grouped as if its creation had been seen.
            let created = serde_json::json!({
                "type": "ChannelCreated",
                "timestamp": channel["creationtime"],
                "channel": channel,
            });
            let call = self.calls.observe(&Brief::of_value(&created)).map(|v| v.id);
            let row = self
                .channels
                .entry(id)
                .or_insert_with(|| ChannelRow::new(Value::Null));
            row.set_json(channel);
            row.call = call.or(row.call);
            row.gone = None;
        }
        self.bridges.clear();
        for bridge in bridges {
            if let Some(id) = bridge["id"].as_str() {
                for member in bridge["channels"].as_array().into_iter().flatten() {
                    if let Some(row) = member.as_str().and_then(|m| self.channels.get_mut(m)) {
                        row.bridge = Some(id.to_string());
                    }
                }
                self.bridges.insert(id.to_string(), bridge.clone());
            }
        }
        self.applications = applications;
        self.endpoints = endpoints
            .into_iter()
            .map(|e| (endpoint_key(&e), e))
            .collect();
        self.set_device_states(device_states);
    }

    pub fn set_device_states(&mut self, device_states: Vec<Value>) {
        self.device_states = device_states
            .into_iter()
            .filter_map(|d| d["name"].as_str().map(|n| (n.to_string(), d.clone())))
            .collect();
    }

    /// The events connection changed; a loss and a return show in the
    /// events pane, as the tail shows its gap.
    pub fn set_link(&mut self, link: Link) {
        let note = match (&self.link, &link) {
            (Link::Lost(_), Link::Lost(_)) => None,
            (_, Link::Lost(why)) => {
                Some(format!("── events connection lost: {why}; reconnecting ──"))
            }
            (Link::Lost(_), Link::Live) => Some(
                "── reconnected: events in between were missed; the lists were read again ──"
                    .to_string(),
            ),
            _ => None,
        };
        if let Some(text) = note {
            self.events.push_back(EventLine {
                what: EventText::Note(text.into()),
                call: None,
            });
        }
        self.link = link;
    }

    pub fn set_applications(&mut self, applications: Vec<Value>) {
        self.applications = applications;
    }

    /// Take in one event (its JSON text).
    pub fn apply(&mut self, text: &str) {
        let Ok(event) = serde_json::from_str::<Value>(text) else {
            return;
        };
        self.events_seen += 1;
        let brief = Brief::of_value(&event);
        let call = self.calls.observe(&brief);
        self.version += 1;
        let row = Rc::new(self.summary.row(&brief, call, &self.calls).clone());
        let line = EventLine {
            what: EventText::Row(row),
            call: call.map(|c| c.id),
        };
        if self.events.len() == EVENTS_KEPT {
            self.events.pop_front();
        }
        self.events.push_back(line.clone());
        let kind = event["type"].as_str().unwrap_or("");
        for key in ["channel", "peer", "caller", "replace_channel"] {
            if let Some(channel) = event.get(key).filter(|c| c.is_object()) {
                self.update_channel(channel, call.map(|c| c.id), &line);
            }
        }
        let subject = event["channel"]["id"].as_str().map(str::to_string);
        match kind {
            "ChannelDestroyed" => {
                if let Some(row) = subject.as_deref().and_then(|id| self.channels.get_mut(id)) {
                    let cause = event["cause"].as_i64().unwrap_or(0);
                    // What the summary says of it (a busy call, a missing
                    // extension) beats a bare cause 0.
                    let text = match self.calls.why() {
                        Some(why) => why.to_string(),
                        None => event["cause_txt"]
                            .as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| cause_text(cause).to_string()),
                    };
                    row.gone = Some(Gone {
                        at: Instant::now(),
                        cause,
                        text,
                    });
                }
            }
            "ChannelEnteredBridge" | "ChannelLeftBridge" => {
                let bridge = event["bridge"]["id"].as_str().map(str::to_string);
                if let Some(b) = &bridge {
                    self.bridges.insert(b.clone(), event["bridge"].clone());
                }
                if let Some(row) = subject.as_deref().and_then(|id| self.channels.get_mut(id)) {
                    row.bridge = if kind == "ChannelEnteredBridge" {
                        bridge
                    } else {
                        None
                    };
                }
            }
            "BridgeCreated" | "BridgeVideoSourceChanged" | "BridgeAttendedTransfer" => {
                if let Some(id) = event["bridge"]["id"].as_str() {
                    self.bridges.insert(id.to_string(), event["bridge"].clone());
                }
            }
            "BridgeMerged" => {
                if let Some(id) = event["bridge_from"]["id"].as_str() {
                    self.bridges.remove(id);
                }
                if let Some(id) = event["bridge"]["id"].as_str() {
                    self.bridges.insert(id.to_string(), event["bridge"].clone());
                }
            }
            "BridgeDestroyed" => {
                if let Some(id) = event["bridge"]["id"].as_str() {
                    self.bridges.remove(id);
                }
            }
            "ChannelHold" | "ChannelUnhold" => {
                if let Some(row) = subject.as_deref().and_then(|id| self.channels.get_mut(id)) {
                    row.held = kind == "ChannelHold";
                }
            }
            "PlaybackStarted" | "PlaybackContinuing" | "PlaybackFinished" => {
                let media = event["playback"]["media_uri"].as_str().map(str::to_string);
                let playing = (kind != "PlaybackFinished").then_some(media).flatten();
                self.on_targets(&event["playback"]["target_uri"], |row| {
                    row.playing = playing.clone()
                });
            }
            "RecordingStarted" | "RecordingFinished" | "RecordingFailed" => {
                let name = event["recording"]["name"].as_str().map(str::to_string);
                let recording = (kind == "RecordingStarted").then_some(name).flatten();
                self.on_targets(&event["recording"]["target_uri"], |row| {
                    row.recording = recording.clone()
                });
            }
            "EndpointStateChange" => {
                let endpoint = &event["endpoint"];
                self.endpoints
                    .insert(endpoint_key(endpoint), endpoint.clone());
            }
            "DeviceStateChanged" => {
                let state = &event["device_state"];
                if let Some(name) = state["name"].as_str() {
                    self.device_states.insert(name.to_string(), state.clone());
                }
            }
            _ => {}
        }
    }

    /// The channels a playback or recording is for: `channel:ID`, or every
    /// channel of `bridge:ID`.
    fn on_targets(&mut self, target: &Value, mut change: impl FnMut(&mut ChannelRow)) {
        let Some((kind, id)) = target.as_str().and_then(|t| t.split_once(':')) else {
            return;
        };
        match kind {
            "channel" => {
                if let Some(row) = self.channels.get_mut(id) {
                    change(row);
                }
            }
            "bridge" => {
                for row in self.channels.values_mut() {
                    if row.bridge.as_deref() == Some(id) {
                        change(row);
                    }
                }
            }
            _ => {}
        }
    }

    fn update_channel(&mut self, channel: &Value, call: Option<CallId>, line: &EventLine) {
        let Some(id) = channel["id"].as_str() else {
            return;
        };
        let row = self
            .channels
            .entry(id.to_string())
            .or_insert_with(|| ChannelRow::new(Value::Null));
        row.set_json(channel.clone());
        if row.call.is_none() {
            row.call = call.or_else(|| self.calls.call_of(id));
        }
        if row.recent.len() == EVENTS_PER_CHANNEL {
            row.recent.pop_front();
        }
        row.recent.push_back(line.clone());
    }

    /// Forget what hung up more than `LINGER` ago. Returns whether anything went.
    pub fn expire(&mut self, now: Instant) -> bool {
        let before = self.channels.len();
        self.channels.retain(|_, row| {
            row.gone
                .as_ref()
                .is_none_or(|g| now.duration_since(g.at) < LINGER)
        });
        before != self.channels.len()
    }

    /// The calls table: each call's first channel, then its other legs;
    /// calls in the order they started. `filter` keeps calls with a
    /// matching channel.
    pub fn call_rows(&self, filter: &str) -> Rc<Vec<CallRow>> {
        if let Some((version, cached_filter, rows)) = &*self.rows.borrow()
            && *version == self.version
            && cached_filter == filter
        {
            return rows.clone();
        }
        let rows = Rc::new(self.work_out_rows(filter));
        *self.rows.borrow_mut() = Some((self.version, filter.to_string(), rows.clone()));
        rows
    }

    fn work_out_rows(&self, filter: &str) -> Vec<CallRow> {
        // Each call sorts by its first channel's creation, each channel by
        // its own: keys made once per channel, not per comparison.
        let mut first_of_call: std::collections::HashMap<CallId, Key> =
            std::collections::HashMap::new();
        for row in self.channels.values() {
            if let Some(call) = row.call {
                let key = (row.created_ms().unwrap_or(i64::MAX), row.id());
                let first = first_of_call.entry(call).or_insert(key);
                if key < *first {
                    *first = key;
                }
            }
        }
        let mut keyed: Vec<(Key, Key, &ChannelRow)> = self
            .channels
            .values()
            .map(|row| {
                let own = (row.created_ms().unwrap_or(i64::MAX), row.id());
                let group = row
                    .call
                    .and_then(|c| first_of_call.get(&c).copied())
                    .unwrap_or(own);
                (group, own, row)
            })
            .collect();
        keyed.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut rows = Vec::with_capacity(keyed.len());
        let mut start = 0;
        while start < keyed.len() {
            let group = keyed[start].0;
            let end = keyed[start..]
                .iter()
                .position(|k| k.0 != group)
                .map_or(keyed.len(), |n| start + n);
            let members = &keyed[start..end];
            if filter.is_empty() || members.iter().any(|(_, _, m)| m.matches(filter)) {
                for (i, (_, _, member)) in members.iter().enumerate() {
                    rows.push(CallRow {
                        channel: member.id().to_string(),
                        call: member.call,
                        leg: i > 0,
                    });
                }
            }
            start = end;
        }
        rows
    }

    /// The events pane's lines: all, or one call's.
    pub fn event_lines(&self, call: Option<CallId>) -> impl DoubleEndedIterator<Item = &EventLine> {
        self.events
            .iter()
            .filter(move |line| call.is_none() || line.call == call)
    }

    /// How many calls are up (not hung up).
    pub fn live_calls(&self) -> usize {
        let mut calls: Vec<CallId> = self
            .channels
            .values()
            .filter(|row| row.gone.is_none())
            .filter_map(|row| row.call)
            .collect();
        calls.sort_unstable();
        calls.dedup();
        calls.len()
    }
}

/// `PJSIP/alice`
pub fn endpoint_key(endpoint: &Value) -> String {
    format!(
        "{}/{}",
        endpoint["technology"].as_str().unwrap_or(""),
        endpoint["resource"].as_str().unwrap_or("")
    )
}

/// `mm:ss` (or `h:mm:ss`) since `created_ms`.
pub fn duration_since(created_ms: Option<i64>, now_ms: i64) -> String {
    let Some(start) = created_ms else {
        return String::new();
    };
    let seconds = ((now_ms - start) / 1000).max(0);
    if seconds >= 3600 {
        format!(
            "{}:{:02}:{:02}",
            seconds / 3600,
            seconds / 60 % 60,
            seconds % 60
        )
    } else {
        format!("{:02}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    pub fn channel(id: &str, name: &str, state: &str) -> Value {
        json!({
            "id": id, "name": name, "state": state,
            "caller": {"name": "Alice", "number": "1001"},
            "connected": {"name": "", "number": ""},
            "dialplan": {"context": "lab", "exten": "hello", "priority": 3, "app_name": "Stasis", "app_data": "hello,world"},
            "creationtime": "2026-11-29T12:00:00.000+0000",
        })
    }

    #[test]
    fn local_halves_are_one_call_and_a_hangup_lingers_then_goes() {
        let mut pbx = Pbx::new();
        pbx.snapshot(
            vec![
                channel("1.0", "Local/hello@lab-00000000;1", "Up"),
                channel("1.1", "Local/hello@lab-00000000;2", "Up"),
                channel("2.0", "PJSIP/bob-00000001", "Ring"),
            ],
            vec![json!({"id": "br", "channels": ["1.1"], "bridge_type": "mixing"})],
            vec![],
            vec![],
            vec![],
        );
        let rows = pbx.call_rows("");
        assert_eq!(rows.len(), 3);
        assert!(!rows[0].leg && rows[1].leg && !rows[2].leg, "{rows:?}");
        assert_eq!(pbx.live_calls(), 2);
        assert_eq!(pbx.channels["1.1"].bridge.as_deref(), Some("br"));
        assert_eq!(pbx.channels["1.0"].application(), "hello");
        assert_eq!(pbx.channels["1.0"].place(), "Stasis(hello)");
        assert_eq!(pbx.call_rows("bob").len(), 1);

        let destroyed = json!({
            "type": "ChannelDestroyed", "timestamp": "2026-11-29T12:00:05.000+0000",
            "cause": 17, "cause_txt": "User busy", "channel": channel("2.0", "PJSIP/bob-00000001", "Ring"),
        });
        pbx.apply(&destroyed.to_string());
        assert_eq!(pbx.channels["2.0"].gone.as_ref().unwrap().text, "User busy");
        assert_eq!(pbx.live_calls(), 1);
        assert!(!pbx.expire(Instant::now()));
        assert!(pbx.expire(Instant::now() + LINGER));
        assert!(!pbx.channels.contains_key("2.0"));
        assert_eq!(pbx.events.len(), 1);
    }

    #[test]
    fn a_hang_up_with_cause_0_says_why_when_the_events_tell() {
        let mut pbx = Pbx::new();
        let half = json!({"id": "9.2", "name": "Local/nosuch@lab-00000009;2", "state": "Down",
            "dialplan": {"context": "lab", "exten": "nosuch", "priority": 1}});
        for (kind, extra) in [
            ("ChannelCreated", json!({})),
            (
                "ChannelDestroyed",
                json!({"cause": 0, "cause_txt": "Unknown"}),
            ),
        ] {
            let mut e =
                json!({"type": kind, "timestamp": "2026-11-29T12:00:01.000+0000", "channel": half});
            for (k, v) in extra.as_object().unwrap() {
                e[k] = v.clone();
            }
            pbx.apply(&e.to_string());
        }
        let gone = pbx.channels["9.2"].gone.as_ref().unwrap();
        assert!(
            gone.text.starts_with("no such extension nosuch@lab"),
            "{}",
            gone.text
        );
    }

    #[test]
    fn playback_and_bridge_events_change_the_rows() {
        let mut pbx = Pbx::new();
        pbx.snapshot(
            vec![channel("1.0", "PJSIP/a-1", "Up")],
            vec![],
            vec![],
            vec![],
            vec![],
        );
        let event = |kind: &str, extra: Value| {
            let mut e = json!({"type": kind, "timestamp": "2026-11-29T12:00:01.000+0000"});
            for (k, v) in extra.as_object().unwrap() {
                e[k] = v.clone();
            }
            e.to_string()
        };
        pbx.apply(&event(
            "PlaybackStarted",
            json!({"playback": {"id": "p", "media_uri": "sound:hello-world", "target_uri": "channel:1.0", "state": "playing"}}),
        ));
        assert_eq!(pbx.channels["1.0"].media(), "▶ sound:hello-world");
        pbx.apply(&event(
            "ChannelEnteredBridge",
            json!({"bridge": {"id": "b1", "channels": ["1.0"]}, "channel": channel("1.0", "PJSIP/a-1", "Up")}),
        ));
        assert_eq!(pbx.channels["1.0"].bridge.as_deref(), Some("b1"));
        assert!(pbx.bridges.contains_key("b1"));
        pbx.apply(&event(
            "PlaybackFinished",
            json!({"playback": {"id": "p", "media_uri": "sound:hello-world", "target_uri": "channel:1.0", "state": "done"}}),
        ));
        assert_eq!(pbx.channels["1.0"].media(), "");
        pbx.apply(&event(
            "ChannelLeftBridge",
            json!({"bridge": {"id": "b1", "channels": []}, "channel": channel("1.0", "PJSIP/a-1", "Up")}),
        ));
        assert_eq!(pbx.channels["1.0"].bridge, None);
        assert_eq!(pbx.channels["1.0"].recent.len(), 2);
    }

    #[test]
    fn durations_read_as_a_clock() {
        assert_eq!(duration_since(Some(0), 65_000), "01:05");
        assert_eq!(duration_since(Some(0), 3_725_000), "1:02:05");
        assert_eq!(duration_since(None, 1), "");
    }
}
