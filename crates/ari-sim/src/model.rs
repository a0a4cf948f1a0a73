//! The simulated server's objects and their JSON, shaped as Asterisk 22
//! answers them (see `../shared/asterisk-observed/`).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::dialplan::Step;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct CallerId {
    pub name: String,
    pub number: String,
}

impl CallerId {
    /// `Alice <1001>`, `<1001>`, `1001` or `Alice`.
    pub fn parse(text: &str) -> CallerId {
        let text = text.trim();
        match (text.find('<'), text.rfind('>')) {
            (Some(open), Some(close)) if open < close => CallerId {
                name: text[..open].trim().trim_matches('"').to_string(),
                number: text[open + 1..close].trim().to_string(),
            },
            _ if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '+') => {
                CallerId {
                    name: String::new(),
                    number: text.to_string(),
                }
            }
            _ => CallerId {
                name: text.to_string(),
                number: String::new(),
            },
        }
    }

    pub fn json(&self) -> Value {
        json!({"name": self.name, "number": self.number})
    }
}

/// What kind of channel this is, for the behaviour that differs.
#[derive(Debug, Clone, PartialEq)]
pub enum ChannelKind {
    /// One half of a Local channel pair.
    Local { half: u8, partner: String },
    /// A phone or trunk (PJSIP/alice): a single channel with a far end.
    Phone { tech: String, resource: String },
    /// A snoop channel on another channel: what it hears of its target
    /// (`spy`) and what it says into it (`whisper`).
    Snoop {
        target: String,
        spy: Way,
        whisper: Way,
    },
    /// An external media channel (`WebSocket/...`, `UnicastRTP/...`): its
    /// far end is an application's media stream; `dialstring` is what its
    /// Dial events name.
    Media {
        tech: &'static str,
        dialstring: String,
    },
}

/// Which of a channel's two audio directions: `in` is what comes from the
/// channel (its far end speaking), `out` what goes to it (what it hears).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Way {
    None,
    In,
    Out,
    Both,
}

impl Way {
    /// A snoop's `spy` or `whisper` (absent or empty is `none`).
    pub fn parse(text: &str) -> Option<Way> {
        Some(match text {
            "" | "none" => Way::None,
            "in" => Way::In,
            "out" => Way::Out,
            "both" => Way::Both,
            _ => return None,
        })
    }

    pub fn takes_in(self) -> bool {
        matches!(self, Way::In | Way::Both)
    }

    pub fn takes_out(self) -> bool {
        matches!(self, Way::Out | Way::Both)
    }
}

/// What the originated side does once the far end answers.
#[derive(Debug, Clone, PartialEq)]
pub enum AfterAnswer {
    Stasis {
        app: String,
        args: Vec<String>,
    },
    Dialplan {
        context: String,
        exten: String,
        priority: i64,
    },
    /// Made by `channels create`: already in Stasis, nothing more to do.
    Nothing,
}

#[derive(Debug, Clone)]
pub struct Stasis {
    pub app: String,
    pub args: Vec<String>,
    /// Entered from the dialplan (a Stasis() step) rather than by originate.
    pub from_dialplan: bool,
    /// Put there directly, not by the Stasis() application (a snoop
    /// channel): no STASISSTATUS is set on the way in or out.
    pub direct: bool,
}

#[derive(Debug, Clone)]
pub struct Channel {
    pub id: String,
    pub name: String,
    pub state: &'static str,
    pub caller: CallerId,
    pub connected: CallerId,
    pub context: String,
    pub exten: String,
    pub priority: i64,
    pub app_name: String,
    pub app_data: String,
    pub creationtime: String,
    pub language: String,
    pub kind: ChannelKind,
    pub stasis: Option<Stasis>,
    pub vars: BTreeMap<String, String>,
    pub bridge: Option<String>,
    /// The dialplan the channel runs, when it runs one.
    pub steps: Vec<Step>,
    /// Bumped whenever the channel moves (continue, Stasis, hangup), so a
    /// timer set for an earlier position knows it is stale.
    pub epoch: u64,
    /// For an originated channel: what happens when the far end answers.
    pub after_answer: AfterAnswer,
    /// `channels create` made it; `channels dial` has not been called yet.
    pub awaiting_dial: bool,
    /// Made by ARI (`channels create`), so `channels dial` may dial it.
    pub created_by_ari: bool,
    /// The dial string while this originated channel rings and nobody has
    /// answered yet (a hangup then ends the dial with NOANSWER).
    pub dialing: Option<String>,
    /// A caller id change from the other half of a Local pair, not yet
    /// taken in: a channel sleeping in Wait() or Answer() defers it.
    pub pending_caller: Option<CallerId>,
    pub hanging_up: bool,
    /// An originated channel sent on into the dialplan: it has no PBX of its
    /// own, so its Stasis() runs that dialplan and returns (setting
    /// STASISSTATUS) only when the channel hangs up.
    pub stasis_returns_at_hangup: bool,
    pub on_hold: bool,
    /// The dialplan application shown when not running one (`AppDial2` for
    /// an originated channel), restored when the channel goes.
    pub home_app: (String, String),
    /// Seconds an unanswered dial rings before giving up.
    pub dial_timeout: f64,
    /// A simulated caller's DTMF, pressed once the channel is in Stasis.
    pub script_digits: String,
    /// A simulated caller hangs up this many seconds after entering Stasis.
    pub script_hangup_after: Option<f64>,
    /// The call this channel belongs to: its first channel's id, or the
    /// originator's linkedid.
    pub linkedid: String,
    /// The variables its snapshot carries (ari.conf `channelvars`).
    pub shown_vars: std::sync::Arc<[String]>,
}

impl Channel {
    pub fn new(id: String, name: String, kind: ChannelKind, creationtime: String) -> Channel {
        Channel {
            linkedid: id.clone(),
            shown_vars: std::sync::Arc::from(Vec::new()),
            id,
            name,
            state: "Down",
            caller: CallerId::default(),
            connected: CallerId::default(),
            context: "default".into(),
            exten: "s".into(),
            priority: 1,
            app_name: String::new(),
            app_data: String::new(),
            creationtime,
            language: "en".into(),
            kind,
            stasis: None,
            vars: BTreeMap::new(),
            bridge: None,
            steps: Vec::new(),
            epoch: 0,
            after_answer: AfterAnswer::Nothing,
            awaiting_dial: false,
            created_by_ari: false,
            dialing: None,
            pending_caller: None,
            hanging_up: false,
            stasis_returns_at_hangup: false,
            on_hold: false,
            home_app: (String::new(), String::new()),
            dial_timeout: 30.0,
            script_digits: String::new(),
            script_hangup_after: None,
        }
    }

    /// An originated channel shows `AppDial2((Outgoing Line))` as Asterisk's do.
    pub fn originated(mut self) -> Channel {
        self.home_app = ("AppDial2".into(), "(Outgoing Line)".into());
        self.app_name = self.home_app.0.clone();
        self.app_data = self.home_app.1.clone();
        self
    }
}

/// Channels are serialized directly (not through `Value`): listing a thousand
/// of them is the simulator's hottest path.
impl serde::Serialize for Channel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        #[derive(serde::Serialize)]
        struct Dialplan<'a> {
            context: &'a str,
            exten: &'a str,
            priority: i64,
            app_name: &'a str,
            app_data: &'a str,
        }
        #[derive(serde::Serialize)]
        struct Party<'a> {
            name: &'a str,
            number: &'a str,
        }
        fn party(c: &CallerId) -> Party<'_> {
            Party {
                name: &c.name,
                number: &c.number,
            }
        }
        let mut s = serializer.serialize_struct("Channel", 11)?;
        s.serialize_field("id", &self.id)?;
        s.serialize_field("name", &self.name)?;
        s.serialize_field("state", self.state)?;
        s.serialize_field("protocol_id", "")?;
        s.serialize_field("caller", &party(&self.caller))?;
        s.serialize_field("connected", &party(&self.connected))?;
        s.serialize_field("accountcode", "")?;
        s.serialize_field(
            "dialplan",
            &Dialplan {
                context: &self.context,
                exten: &self.exten,
                priority: self.priority,
                app_name: &self.app_name,
                app_data: &self.app_data,
            },
        )?;
        s.serialize_field("creationtime", &self.creationtime)?;
        s.serialize_field("language", &self.language)?;
        if !self.shown_vars.is_empty() {
            let vars: serde_json::Map<String, serde_json::Value> = self
                .shown_vars
                .iter()
                .map(|name| {
                    let value = if name.eq_ignore_ascii_case("CHANNEL(linkedid)") {
                        self.linkedid.clone()
                    } else {
                        self.vars.get(name).cloned().unwrap_or_default()
                    };
                    (name.clone(), serde_json::Value::String(value))
                })
                .collect();
            s.serialize_field("channelvars", &vars)?;
        }
        s.end()
    }
}

impl Channel {
    pub fn json(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The `technology/resource` of the endpoint behind a phone channel.
    pub fn endpoint(&self) -> Option<String> {
        match &self.kind {
            ChannelKind::Phone { tech, resource } => Some(format!("{tech}/{resource}")),
            _ => None,
        }
    }

    pub fn partner(&self) -> Option<&str> {
        match &self.kind {
            ChannelKind::Local { partner, .. } => Some(partner),
            _ => None,
        }
    }

    pub fn stasis_app(&self) -> Option<&str> {
        self.stasis.as_ref().map(|s| s.app.as_str())
    }
}

#[derive(Debug, Clone)]
pub struct Bridge {
    pub id: String,
    pub name: String,
    pub types: Vec<String>,
    pub channels: Vec<String>,
    pub creationtime: String,
    pub video_source: Option<String>,
    /// The video source of the last published snapshot: Asterisk does not
    /// publish a new snapshot when the source is cleared, only at the
    /// bridge's next change.
    pub shown_video_source: Option<String>,
    pub vars: BTreeMap<String, String>,
    /// Music on hold and bridge playbacks come from an announcer channel
    /// that joins the bridge (its name shows in the members' BRIDGEPEER).
    pub moh_announcer: Option<String>,
    pub play_announcer: Option<String>,
    /// A bridge recording's recorder channel, in the bridge while it records.
    pub recorder: Option<String>,
}

impl Bridge {
    pub fn technology(&self) -> &'static str {
        if self.types.iter().any(|t| t == "holding") {
            "holding_bridge"
        } else if self.channels.len() > 2 || self.types.iter().any(|t| t == "video_sfu") {
            "softmix"
        } else {
            "simple_bridge"
        }
    }

    pub fn json(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "technology": self.technology(),
            "bridge_type": self.types.first().map(String::as_str).unwrap_or("mixing"),
            "bridge_class": "stasis",
            "creator": "Stasis",
            "name": self.name,
            "channels": self.channels,
            "creationtime": self.creationtime,
            "video_mode": if self.shown_video_source.is_some() { "single" } else { "talker" },
        });
        if let Some(source) = &self.shown_video_source {
            value["video_source_id"] = json!(source);
        }
        value
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Channel(String),
    Bridge(String),
}

impl Target {
    pub fn uri(&self) -> String {
        match self {
            Target::Channel(id) => format!("channel:{id}"),
            Target::Bridge(id) => format!("bridge:{id}"),
        }
    }

    /// `channel:ID` / `bridge:ID`.
    pub fn parse(uri: &str) -> Option<Target> {
        match uri.split_once(':')? {
            ("channel", id) => Some(Target::Channel(id.into())),
            ("bridge", id) => Some(Target::Bridge(id.into())),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Playback {
    pub id: String,
    pub media: Vec<String>,
    pub index: usize,
    pub target: Target,
    pub language: String,
    pub state: &'static str,
    pub skipms: i64,
    /// Bumped on every control, so a finishing timer set earlier knows it is stale.
    pub epoch: u64,
    /// Simulated seconds left of the current media when paused.
    pub remaining: f64,
    /// Stopped while still queued: it shows as done, and ends (with its
    /// PlaybackFinished) only when its turn comes.
    pub canceled: bool,
    pub started_at: std::time::Instant,
    /// Since when it has been heard without a break (playing, not paused):
    /// what media streams and recordings hear of it.
    pub sounding_since: Option<std::time::Instant>,
}

impl Playback {
    pub fn json(&self) -> Value {
        let mut value = json!({
            "id": self.id,
            "media_uri": self.media.get(self.index).cloned().unwrap_or_default(),
            "target_uri": self.target.uri(),
            "language": self.language,
            "state": self.state,
        });
        if let Some(next) = self.media.get(self.index + 1) {
            value["next_media_uri"] = json!(next);
        }
        value
    }
}

#[derive(Debug, Clone)]
pub struct LiveRecording {
    pub name: String,
    pub format: String,
    pub target: Target,
    pub state: &'static str,
    pub started_at: std::time::Instant,
    /// Simulated seconds recorded before the current stretch (pauses excluded).
    pub recorded: f64,
    pub append_to: f64,
    pub terminate_on: String,
    pub epoch: u64,
    pub muted: bool,
    /// Simulated seconds after which it stops by itself (max duration or silence).
    pub limit: Option<f64>,
    /// What it has heard that was not silence.
    pub audio: Vec<Chunk>,
}

/// A stretch of sound in a recording: 8 kHz samples from `at` simulated
/// seconds into it. Silence is what lies between chunks.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    pub at: f64,
    pub samples: Vec<i16>,
}

impl LiveRecording {
    pub fn json(&self) -> Value {
        json!({
            "name": self.name,
            "format": self.format,
            "state": self.state,
            "target_uri": self.target.uri(),
        })
    }
}

#[derive(Debug, Clone)]
pub struct StoredRecording {
    pub name: String,
    pub format: String,
    pub seconds: f64,
    /// Its sound (none: silence throughout).
    pub audio: Vec<Chunk>,
}

impl StoredRecording {
    pub fn json(&self) -> Value {
        json!({"name": self.name, "format": self.format})
    }
}

#[derive(Debug, Clone)]
pub struct Module {
    pub name: &'static str,
    pub description: &'static str,
    pub use_count: i64,
    pub support_level: &'static str,
    pub loaded: bool,
    /// Whether `PUT /asterisk/modules/{name}` can reload it.
    pub reloadable: bool,
}

impl Module {
    pub fn json(&self) -> Value {
        json!({
            "name": self.name,
            "description": self.description,
            "use_count": self.use_count,
            "status": if self.loaded { "Running" } else { "Not Running" },
            "support_level": self.support_level,
        })
    }
}

#[derive(Debug, Clone)]
pub struct LogChannel {
    pub channel: String,
    pub kind: &'static str,
    pub configuration: String,
    /// Added through ARI: a rotation (which reloads the logger) drops it.
    pub dynamic: bool,
}

impl LogChannel {
    pub fn json(&self) -> Value {
        json!({
            "channel": self.channel,
            "type": self.kind,
            "status": "Enabled",
            "configuration": self.configuration,
        })
    }
}

/// The modules `asterisk list-modules` shows.
pub fn builtin_modules() -> Vec<Module> {
    let m = |name, description, use_count, support_level| Module {
        name,
        description,
        use_count,
        support_level,
        loaded: true,
        // The three that have a reload handler in Asterisk 22.
        reloadable: matches!(
            name,
            "res_ari.so" | "res_musiconhold.so" | "app_playback.so"
        ),
    };
    vec![
        m("res_ari.so", "Asterisk RESTful Interface", 13, "core"),
        m(
            "res_ari_applications.so",
            "RESTful API module - Stasis application resources",
            0,
            "core",
        ),
        m(
            "res_ari_asterisk.so",
            "RESTful API module - Asterisk resources",
            0,
            "core",
        ),
        m(
            "res_ari_bridges.so",
            "RESTful API module - Bridge resources",
            0,
            "core",
        ),
        m(
            "res_ari_channels.so",
            "RESTful API module - Channel resources",
            0,
            "core",
        ),
        m(
            "res_ari_device_states.so",
            "RESTful API module - Device state resources",
            0,
            "core",
        ),
        m(
            "res_ari_endpoints.so",
            "RESTful API module - Endpoint resources",
            0,
            "core",
        ),
        m(
            "res_ari_events.so",
            "RESTful API module - WebSocket resource",
            0,
            "core",
        ),
        m(
            "res_ari_mailboxes.so",
            "RESTful API module - Mailboxes resources",
            0,
            "core",
        ),
        m(
            "res_ari_playbacks.so",
            "RESTful API module - Playback control resources",
            0,
            "core",
        ),
        m(
            "res_ari_recordings.so",
            "RESTful API module - Recording resources",
            0,
            "core",
        ),
        m(
            "res_ari_sounds.so",
            "RESTful API module - Sound resources",
            0,
            "core",
        ),
        m("res_stasis.so", "Stasis application support", 12, "core"),
        m(
            "res_stasis_playback.so",
            "Stasis application playback support",
            1,
            "core",
        ),
        m(
            "res_stasis_recording.so",
            "Stasis application recording support",
            1,
            "core",
        ),
        m(
            "res_stasis_snoop.so",
            "Stasis application snoop support",
            0,
            "core",
        ),
        m("res_musiconhold.so", "Music On Hold Resource", 0, "core"),
        m("app_stasis.so", "Stasis dialplan application", 0, "core"),
        m("app_echo.so", "Simple Echo Application", 0, "core"),
        m(
            "app_playback.so",
            "Sound File Playback Application",
            0,
            "core",
        ),
        m("app_dial.so", "Dialing Application", 0, "core"),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caller_ids_parse_like_asterisk() {
        assert_eq!(
            CallerId::parse("Alice <1001>"),
            CallerId {
                name: "Alice".into(),
                number: "1001".into()
            }
        );
        assert_eq!(CallerId::parse("\"Bob B\" <1002>").name, "Bob B");
        assert_eq!(CallerId::parse("1003").number, "1003");
        assert_eq!(CallerId::parse("Carol").name, "Carol");
    }
}
