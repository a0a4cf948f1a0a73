//! How each ARI model shows in `-o table` and `-o ids`: its id and its columns.

use crate::clock::timestamp_ms;
use serde_json::Value;

use super::fit::Give;

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

/// A table column: its header, its cells, and what it gives up on a narrow
/// terminal (see `fit`): the row's id or name never, the least useful
/// columns first.
#[derive(Debug)]
pub struct Column {
    pub header: &'static str,
    pub cell: Cell,
    pub give: Give,
}

const fn col(header: &'static str, cell: Cell, give: Give) -> Column {
    Column { header, cell, give }
}

#[derive(Debug)]
pub struct ModelView {
    pub model: &'static str,
    pub id: Cell,
    pub columns: &'static [Column],
    /// What a list of these is called: "no channels".
    pub plural: &'static str,
    pub order: Order,
}

use Cell::{CallerId, Count, Dialplan, Field, Joined, Mark, Running, Since, SoundFormats};

/// Always shown, whole: what names a row.
const KEEP: Give = Give::NOTHING;
/// Left out at need, rank 1 first; whole while shown.
const fn optional(rank: u8) -> Give {
    Give::column(rank)
}
/// Free text: left out at need, rank 1 first; cut with `…` while shown.
const fn text(rank: u8) -> Give {
    Give::text(rank)
}

static VIEWS: &[ModelView] = &[
    ModelView {
        model: "Channel",
        id: Field("id"),
        columns: &[
            col("ID", Field("id"), KEEP),
            col("NAME", Field("name"), KEEP),
            col("STATE", Field("state"), optional(6)),
            col("CALLER", CallerId("caller"), text(3)),
            // Who the channel talks to: the caller of the other half of
            // the call, already on that channel's row.
            col("CONNECTED", CallerId("connected"), text(1)),
            col("DIALPLAN", Dialplan("dialplan"), text(2)),
            col("APP", Running("dialplan"), text(5)),
            col("DURATION", Since("creationtime"), optional(4)),
        ],
        plural: "channels",
        order: Order::Created("creationtime"),
    },
    ModelView {
        model: "Bridge",
        id: Field("id"),
        columns: &[
            col("ID", Field("id"), KEEP),
            col("TYPE", Field("bridge_type"), optional(4)),
            col("TECHNOLOGY", Field("technology"), text(2)),
            col("NAME", Field("name"), KEEP),
            col("CHANNELS", Count("channels"), optional(5)),
            col("CREATOR", Field("creator"), text(3)),
            // A full timestamp: long, and the rows are already oldest first.
            col("CREATED", Field("creationtime"), optional(1)),
        ],
        plural: "bridges",
        order: Order::Created("creationtime"),
    },
    ModelView {
        model: "Endpoint",
        id: Joined(&["technology", "resource"]),
        columns: &[
            col("TECHNOLOGY", Field("technology"), KEEP),
            col("RESOURCE", Field("resource"), KEEP),
            col("STATE", Field("state"), optional(2)),
            col("CHANNELS", Count("channel_ids"), optional(1)),
        ],
        plural: "endpoints",
        order: Order::Id,
    },
    ModelView {
        model: "Application",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("CHANNELS", Count("channel_ids"), optional(4)),
            col("BRIDGES", Count("bridge_ids"), optional(3)),
            col("ENDPOINTS", Count("endpoint_ids"), optional(2)),
            col("DEVICES", Count("device_names"), optional(1)),
        ],
        plural: "applications",
        order: Order::Id,
    },
    ModelView {
        model: "Playback",
        id: Field("id"),
        columns: &[
            col("ID", Field("id"), KEEP),
            col("STATE", Field("state"), optional(4)),
            col("MEDIA", Field("media_uri"), text(3)),
            col("TARGET", Field("target_uri"), text(2)),
            col("LANGUAGE", Field("language"), optional(1)),
        ],
        plural: "playbacks",
        order: Order::Id,
    },
    ModelView {
        model: "LiveRecording",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("STATE", Field("state"), optional(4)),
            col("FORMAT", Field("format"), optional(2)),
            col("TARGET", Field("target_uri"), text(1)),
            col("DURATION", Field("duration"), optional(3)),
        ],
        plural: "live recordings",
        order: Order::Id,
    },
    ModelView {
        model: "StoredRecording",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("FORMAT", Field("format"), optional(1)),
        ],
        plural: "recordings",
        order: Order::Id,
    },
    ModelView {
        model: "Sound",
        id: Field("id"),
        columns: &[
            col("ID", Field("id"), KEEP),
            col("FORMATS", SoundFormats, text(1)),
            col("TEXT", Field("text"), text(2)),
        ],
        plural: "sounds",
        order: Order::Id,
    },
    ModelView {
        model: "DeviceState",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("STATE", Field("state"), optional(1)),
        ],
        plural: "device states",
        order: Order::Id,
    },
    ModelView {
        model: "Mailbox",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("OLD", Field("old_messages"), optional(1)),
            col("NEW", Field("new_messages"), optional(2)),
        ],
        plural: "mailboxes",
        order: Order::Id,
    },
    ModelView {
        model: "Module",
        id: Field("name"),
        columns: &[
            col("NAME", Field("name"), KEEP),
            col("STATUS", Field("status"), optional(3)),
            col("USE", Field("use_count"), optional(1)),
            col("SUPPORT", Field("support_level"), optional(2)),
            col("DESCRIPTION", Field("description"), text(4)),
        ],
        plural: "modules",
        order: Order::Id,
    },
    ModelView {
        model: "LogChannel",
        id: Field("channel"),
        columns: &[
            col("CHANNEL", Field("channel"), KEEP),
            col("TYPE", Field("type"), optional(2)),
            col("STATUS", Field("status"), optional(3)),
            col("CONFIGURATION", Field("configuration"), text(1)),
        ],
        plural: "log channels",
        order: Order::Id,
    },
    ModelView {
        model: "ConfigTuple",
        id: Field("attribute"),
        columns: &[
            col("ATTRIBUTE", Field("attribute"), KEEP),
            col("VALUE", Field("value"), Give::TEXT),
        ],
        plural: "configuration fields",
        order: Order::Given,
    },
    ModelView {
        model: "Variable",
        id: Field("value"),
        // The value is the answer: whole, even when it wraps.
        columns: &[col("VALUE", Field("value"), KEEP)],
        plural: "variables",
        order: Order::Given,
    },
    ModelView {
        model: "AsteriskPing",
        id: Field("asterisk_id"),
        columns: &[
            col("ASTERISK ID", Field("asterisk_id"), KEEP),
            col("PING", Field("ping"), optional(2)),
            col("TIMESTAMP", Field("timestamp"), optional(1)),
        ],
        plural: "answers",
        order: Order::Given,
    },
    // ari's own records: `profile list` and `profile show`.
    ModelView {
        model: "Profile",
        id: Field("name"),
        columns: &[
            col("", Mark("default"), KEEP),
            col("NAME", Field("name"), KEEP),
            col("URL", Field("url"), text(3)),
            col("USERNAME", Field("username"), optional(2)),
            col("APP", Field("app"), optional(1)),
        ],
        plural: "profiles",
        order: Order::Given,
    },
    ModelView {
        model: "Setting",
        id: Field("value"),
        columns: &[
            col("SETTING", Field("setting"), KEEP),
            col("VALUE", Field("value"), Give::TEXT),
            col("SOURCE", Field("source"), optional(1)),
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

/// How many ids a list holds; `all` when it holds Asterisk's name for a
/// subscription to every object of its kind (`__AST_CHANNEL_ALL_TOPIC`, in
/// an application's `channel_ids`), which is no channel of its own.
pub fn count_text(items: &[Value]) -> String {
    let all = items
        .iter()
        .filter_map(Value::as_str)
        .any(|id| id.starts_with("__AST_") && id.ends_with("_ALL_TOPIC"));
    if all {
        "all".to_string()
    } else {
        items.len().to_string()
    }
}

impl Cell {
    pub fn text(self, object: &Value) -> String {
        match self {
            Field(path) => lookup(object, path).map(scalar_text).unwrap_or_default(),
            Count(path) => match lookup(object, path) {
                Some(Value::Array(items)) => count_text(items),
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
        let app = serde_json::json!({"channel_ids": ["__AST_CHANNEL_ALL_TOPIC"], "bridge_ids": []});
        assert_eq!(Count("channel_ids").text(&app), "all");
        assert_eq!(Count("bridge_ids").text(&app), "0");
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
