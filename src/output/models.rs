//! How each ARI model shows in `-o table` and `-o ids`: its id and its columns.

use serde_json::Value;

/// How a cell is computed from an object.
#[derive(Debug, Clone, Copy)]
pub enum Cell {
    /// A dotted path to a scalar.
    Field(&'static str),
    /// The length of an array field.
    Count(&'static str),
    /// `Name <number>` of a CallerID field.
    CallerId(&'static str),
    /// `context,exten,priority` of a dialplan field, as Asterisk writes it.
    Dialplan(&'static str),
    /// Several fields joined with `/`.
    Joined(&'static [&'static str]),
    /// `lang:format` pairs of a sound.
    SoundFormats,
    /// `*` where a boolean field is true.
    Mark(&'static str),
    /// `App(data)` of a dialplan field: what the channel runs now
    /// (`Stasis(hello,world)` names the application that holds it).
    Running(&'static str),
    /// `H:MM:SS` since the ARI timestamp in this field, as Asterisk shows a
    /// channel's duration.
    Since(&'static str),
}

/// The order of a list's rows: Asterisk lists in no particular order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// Oldest first, by the ARI timestamp in this field.
    Created(&'static str),
    /// By id.
    Id,
    /// As given: the order means something (ari's own records).
    Given,
}

#[derive(Debug)]
pub struct ModelView {
    pub model: &'static str,
    pub id: Cell,
    pub columns: &'static [(&'static str, Cell)],
    /// What a list of these is called: "no channels".
    pub plural: &'static str,
    pub order: Order,
}

use Cell::{CallerId, Count, Dialplan, Field, Joined, Mark, Running, Since, SoundFormats};

static VIEWS: &[ModelView] = &[
    ModelView {
        model: "Channel",
        id: Field("id"),
        columns: &[
            ("ID", Field("id")),
            ("NAME", Field("name")),
            ("STATE", Field("state")),
            ("CALLER", CallerId("caller")),
            ("CONNECTED", CallerId("connected")),
            ("DIALPLAN", Dialplan("dialplan")),
            ("APP", Running("dialplan")),
            ("DURATION", Since("creationtime")),
        ],
        plural: "channels",
        order: Order::Created("creationtime"),
    },
    ModelView {
        model: "Bridge",
        id: Field("id"),
        columns: &[
            ("ID", Field("id")),
            ("TYPE", Field("bridge_type")),
            ("TECHNOLOGY", Field("technology")),
            ("NAME", Field("name")),
            ("CHANNELS", Count("channels")),
            ("CREATOR", Field("creator")),
            ("CREATED", Field("creationtime")),
        ],
        plural: "bridges",
        order: Order::Created("creationtime"),
    },
    ModelView {
        model: "Endpoint",
        id: Joined(&["technology", "resource"]),
        columns: &[
            ("TECHNOLOGY", Field("technology")),
            ("RESOURCE", Field("resource")),
            ("STATE", Field("state")),
            ("CHANNELS", Count("channel_ids")),
        ],
        plural: "endpoints",
        order: Order::Id,
    },
    ModelView {
        model: "Application",
        id: Field("name"),
        columns: &[
            ("NAME", Field("name")),
            ("CHANNELS", Count("channel_ids")),
            ("BRIDGES", Count("bridge_ids")),
            ("ENDPOINTS", Count("endpoint_ids")),
            ("DEVICES", Count("device_names")),
        ],
        plural: "applications",
        order: Order::Id,
    },
    ModelView {
        model: "Playback",
        id: Field("id"),
        columns: &[
            ("ID", Field("id")),
            ("STATE", Field("state")),
            ("MEDIA", Field("media_uri")),
            ("TARGET", Field("target_uri")),
            ("LANGUAGE", Field("language")),
        ],
        plural: "playbacks",
        order: Order::Id,
    },
    ModelView {
        model: "LiveRecording",
        id: Field("name"),
        columns: &[
            ("NAME", Field("name")),
            ("STATE", Field("state")),
            ("FORMAT", Field("format")),
            ("TARGET", Field("target_uri")),
            ("DURATION", Field("duration")),
        ],
        plural: "live recordings",
        order: Order::Id,
    },
    ModelView {
        model: "StoredRecording",
        id: Field("name"),
        columns: &[("NAME", Field("name")), ("FORMAT", Field("format"))],
        plural: "recordings",
        order: Order::Id,
    },
    ModelView {
        model: "Sound",
        id: Field("id"),
        columns: &[
            ("ID", Field("id")),
            ("FORMATS", SoundFormats),
            ("TEXT", Field("text")),
        ],
        plural: "sounds",
        order: Order::Id,
    },
    ModelView {
        model: "DeviceState",
        id: Field("name"),
        columns: &[("NAME", Field("name")), ("STATE", Field("state"))],
        plural: "device states",
        order: Order::Id,
    },
    ModelView {
        model: "Mailbox",
        id: Field("name"),
        columns: &[
            ("NAME", Field("name")),
            ("OLD", Field("old_messages")),
            ("NEW", Field("new_messages")),
        ],
        plural: "mailboxes",
        order: Order::Id,
    },
    ModelView {
        model: "Module",
        id: Field("name"),
        columns: &[
            ("NAME", Field("name")),
            ("STATUS", Field("status")),
            ("USE", Field("use_count")),
            ("SUPPORT", Field("support_level")),
            ("DESCRIPTION", Field("description")),
        ],
        plural: "modules",
        order: Order::Id,
    },
    ModelView {
        model: "LogChannel",
        id: Field("channel"),
        columns: &[
            ("CHANNEL", Field("channel")),
            ("TYPE", Field("type")),
            ("STATUS", Field("status")),
            ("CONFIGURATION", Field("configuration")),
        ],
        plural: "log channels",
        order: Order::Id,
    },
    ModelView {
        model: "ConfigTuple",
        id: Field("attribute"),
        columns: &[("ATTRIBUTE", Field("attribute")), ("VALUE", Field("value"))],
        plural: "configuration fields",
        order: Order::Given,
    },
    ModelView {
        model: "Variable",
        id: Field("value"),
        columns: &[("VALUE", Field("value"))],
        plural: "variables",
        order: Order::Given,
    },
    ModelView {
        model: "AsteriskPing",
        id: Field("asterisk_id"),
        columns: &[
            ("ASTERISK ID", Field("asterisk_id")),
            ("PING", Field("ping")),
            ("TIMESTAMP", Field("timestamp")),
        ],
        plural: "answers",
        order: Order::Given,
    },
    // ari's own records: `profile list` and `profile show`.
    ModelView {
        model: "Profile",
        id: Field("name"),
        columns: &[
            ("", Mark("default")),
            ("NAME", Field("name")),
            ("URL", Field("url")),
            ("USERNAME", Field("username")),
            ("APP", Field("app")),
        ],
        plural: "profiles",
        order: Order::Given,
    },
    ModelView {
        model: "Setting",
        id: Field("value"),
        columns: &[
            ("SETTING", Field("setting")),
            ("VALUE", Field("value")),
            ("SOURCE", Field("source")),
        ],
        plural: "settings",
        order: Order::Given,
    },
];

pub fn view_of(model: &str) -> Option<&'static ModelView> {
    VIEWS.iter().find(|v| v.model == model)
}

/// Follow a dotted path (`dialplan.context`) into a value.
pub fn lookup<'a>(value: &'a Value, path: &str) -> Option<&'a Value> {
    path.split('.').try_fold(value, |v, key| match v {
        Value::Object(map) => map.get(key),
        Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    })
}

/// A scalar as a cell: strings without quotes, null as empty.
pub fn scalar_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(_) | Value::Number(_) => value.to_string(),
        other => other.to_string(),
    }
}

impl Cell {
    pub fn text(self, object: &Value) -> String {
        match self {
            Field(path) => lookup(object, path).map(scalar_text).unwrap_or_default(),
            Count(path) => match lookup(object, path) {
                Some(Value::Array(items)) => items.len().to_string(),
                _ => String::new(),
            },
            CallerId(path) => {
                let name = lookup(object, &format!("{path}.name"))
                    .map(scalar_text)
                    .unwrap_or_default();
                let number = lookup(object, &format!("{path}.number"))
                    .map(scalar_text)
                    .unwrap_or_default();
                match (name.is_empty(), number.is_empty()) {
                    (true, true) => String::new(),
                    (true, false) => number,
                    (false, true) => name,
                    (false, false) => format!("{name} <{number}>"),
                }
            }
            Dialplan(path) => {
                let part = |k: &str| {
                    lookup(object, &format!("{path}.{k}"))
                        .map(scalar_text)
                        .unwrap_or_default()
                };
                let (context, exten, priority) = (part("context"), part("exten"), part("priority"));
                if context.is_empty() && exten.is_empty() {
                    String::new()
                } else {
                    format!("{context},{exten},{priority}")
                }
            }
            Joined(paths) => paths
                .iter()
                .map(|p| lookup(object, p).map(scalar_text).unwrap_or_default())
                .collect::<Vec<_>>()
                .join("/"),
            Running(path) => {
                let part = |k: &str| {
                    lookup(object, &format!("{path}.{k}"))
                        .map(scalar_text)
                        .unwrap_or_default()
                };
                let app = part("app_name");
                if app.is_empty() {
                    String::new()
                } else {
                    format!("{app}({})", part("app_data"))
                }
            }
            Since(path) => lookup(object, path)
                .and_then(Value::as_str)
                .and_then(timestamp_ms)
                .map(|start| clock(chrono::Utc::now().timestamp_millis() - start))
                .unwrap_or_default(),
            Mark(path) => match lookup(object, path) {
                Some(Value::Bool(true)) => "*".to_string(),
                _ => String::new(),
            },
            SoundFormats => match lookup(object, "formats") {
                Some(Value::Array(formats)) => formats
                    .iter()
                    .map(|f| {
                        format!(
                            "{}:{}",
                            lookup(f, "language").map(scalar_text).unwrap_or_default(),
                            lookup(f, "format").map(scalar_text).unwrap_or_default()
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(","),
                _ => String::new(),
            },
        }
    }
}

/// ARI's `2026-11-22T11:07:46.150+0000` as ms since the epoch.
pub fn timestamp_ms(timestamp: &str) -> Option<i64> {
    chrono::DateTime::parse_from_str(timestamp, "%Y-%m-%dT%H:%M:%S%.3f%z")
        .ok()
        .map(|t| t.timestamp_millis())
}

/// `0:01:05`; a server clock ahead of ours shows as no time, not a negative one.
fn clock(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    format!("{}:{:02}:{:02}", secs / 3600, secs / 60 % 60, secs % 60)
}

/// The id of an object for `-o ids`: the model's id, else the first of
/// `id`, `name`, `value` that is present.
pub fn id_of(value: &Value, model: Option<&str>) -> Option<String> {
    if let Value::String(_) | Value::Number(_) | Value::Bool(_) = value {
        return Some(scalar_text(value));
    }
    if let Some(view) = model.and_then(view_of) {
        let id = view.id.text(value);
        if !id.is_empty() {
            return Some(id);
        }
    }
    ["id", "name", "value"]
        .iter()
        .find_map(|k| lookup(value, k).filter(|v| !v.is_null()).map(scalar_text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn cells_read_nested_fields() {
        let chan = json!({"id": "1.1", "caller": {"name": "Alice", "number": "1001"},
                          "dialplan": {"context": "default", "exten": "1000", "priority": 1},
                          "channels": ["a", "b"]});
        assert_eq!(CallerId("caller").text(&chan), "Alice <1001>");
        assert_eq!(Dialplan("dialplan").text(&chan), "default,1000,1");
        assert_eq!(Count("channels").text(&chan), "2");
        assert_eq!(Field("missing").text(&chan), "");
    }

    #[test]
    fn running_app_and_duration() {
        let chan = json!({"dialplan": {"app_name": "Stasis", "app_data": "hello,world"},
                          "creationtime": "2000-01-01T00:00:00.000+0000"});
        assert_eq!(Running("dialplan").text(&chan), "Stasis(hello,world)");
        assert_eq!(Running("missing").text(&chan), "");
        let long_ago = Since("creationtime").text(&chan);
        let hours: i64 = long_ago.split(':').next().unwrap().parse().unwrap();
        assert!(hours > 200_000, "{long_ago}");
        assert_eq!(clock(3_725_000), "1:02:05");
        assert_eq!(clock(-5), "0:00:00");
        assert_eq!(Since("missing").text(&chan), "");
    }

    #[test]
    fn ids_follow_the_model() {
        let ep = json!({"technology": "PJSIP", "resource": "alice", "state": "online"});
        assert_eq!(id_of(&ep, Some("Endpoint")).as_deref(), Some("PJSIP/alice"));
        assert_eq!(id_of(&json!({"name": "x"}), None).as_deref(), Some("x"));
        assert_eq!(id_of(&json!("plain"), None).as_deref(), Some("plain"));
        assert_eq!(id_of(&json!({"other": 1}), None), None);
    }
}
