//! The simulator's own control API, for simulating the outside world: a
//! phone calling in, pressing keys, hanging up. It lives under `/ari/_sim/`,
//! a path ARI never uses, and takes the same credentials as ARI.
//!
//! ```text
//! POST /ari/_sim/calls                 {"app": "hello", "caller": "Alice <1001>",
//!                                       "args": ["a"], "digits": "12#",
//!                                       "hangup_after": 5, "ring": false}
//!                                      → 200 the new channel (state Ring)
//! POST /ari/_sim/channels/{id}/dtmf    {"digits": "123"}   → 204
//! POST /ari/_sim/channels/{id}/hangup  {"cause": 16}       → 204
//! POST /ari/_sim/flood                 {"count": 1000, "app": "bench"}
//!                                      → 200 {"sent": N}: realistic events, fast
//! ```

use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::Sim;
use super::clock::timestamp;
use super::dialplan::stasis_steps;
use super::flows;
use super::model::{CallerId, Channel, ChannelKind};
use super::rest::{Reply, error, no_content, ok};
use super::state::{ENTITY_ID, State};

/// Handle `METHOD /ari/_sim/<path>`.
pub fn handle(
    sim: &Arc<Sim>,
    st: &mut State,
    method: &str,
    path: &str,
    body: Option<Value>,
) -> Reply {
    let body = body.unwrap_or(Value::Null);
    let segments: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method, segments.as_slice()) {
        ("POST", ["calls"]) => call(sim, st, &body),
        ("POST", ["channels", id, "hangup"]) => {
            if !st.channels.contains_key(*id) {
                return error(404, "Channel not found");
            }
            let cause = body.get("cause").and_then(Value::as_i64).unwrap_or(16);
            flows::hangup(st, sim, id, cause, false);
            no_content()
        }
        ("POST", ["channels", id, "dtmf"]) => {
            if !st.channels.contains_key(*id) {
                return error(404, "Channel not found");
            }
            let digits = body
                .get("digits")
                .and_then(Value::as_str)
                .unwrap_or_default();
            for (i, digit) in digits.chars().enumerate() {
                let id = id.to_string();
                sim.after(0.25 * i as f64, move |st, sim| {
                    flows::dtmf_received(st, sim, &id, digit, 100)
                });
            }
            no_content()
        }
        ("POST", ["flood"]) => {
            let count = body.get("count").and_then(Value::as_u64).unwrap_or(1000);
            let app = body.get("app").and_then(Value::as_str);
            let targets = flood_targets(st, app);
            let apps = targets.len() as u64;
            tokio::spawn(flood(targets, count));
            ok(json!({"events": count, "applications": apps}))
        }
        (_, ["calls"] | ["flood"] | ["channels", _, "hangup" | "dtmf"]) => {
            error(405, "Invalid method")
        }
        _ => error(404, "Resource not found"),
    }
}

fn strings(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect(),
        Some(Value::String(s)) if !s.is_empty() => s.split(',').map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// A phone calls the extension that runs `Stasis(APP,ARGS)`.
fn call(sim: &Arc<Sim>, st: &mut State, body: &Value) -> Reply {
    let Some(app) = body
        .get("app")
        .and_then(Value::as_str)
        .filter(|a| !a.is_empty())
    else {
        return error(400, "Missing parameter app");
    };
    if !st.registered(app) {
        return error(
            409,
            format!(
                "no WebSocket has registered application '{app}'; start `ari events --app {app}` first"
            ),
        );
    }
    let caller = CallerId::parse(
        body.get("caller")
            .and_then(Value::as_str)
            .unwrap_or("Alice <1001>"),
    );
    let args = strings(body.get("args"));
    let answer = !body.get("ring").and_then(Value::as_bool).unwrap_or(false);
    let resource = body
        .get("from")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| {
            if caller.name.is_empty() {
                caller.number.clone()
            } else {
                caller.name.to_lowercase()
            }
        });
    let resource = if resource.is_empty() {
        "anonymous".to_string()
    } else {
        resource
    };
    let id = phone_calls_in(
        sim,
        st,
        &resource,
        caller,
        ("default", app),
        stasis_steps(app, &args, answer),
    );
    if let Some(channel) = st.channels.get_mut(&id) {
        channel.script_digits = body
            .get("digits")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        channel.script_hangup_after = body.get("hangup_after").and_then(Value::as_f64);
    }
    ok(st.channels.get(&id).map(Channel::json).unwrap_or_default())
}

/// A phone (`PJSIP/RESOURCE`) calls in and runs `steps` from `context` and
/// `exten`: the channel's id. Its dialplan starts once the caller lets go
/// of the state.
pub fn phone_calls_in(
    sim: &Arc<Sim>,
    st: &mut State,
    resource: &str,
    caller: CallerId,
    (context, exten): (&str, &str),
    steps: Vec<crate::dialplan::Step>,
) -> String {
    let id = st.ids.channel_id();
    let suffix = st.ids.name_suffix();
    let mut channel = Channel::new(
        id.clone(),
        format!("PJSIP/{resource}-{suffix}"),
        ChannelKind::Phone {
            tech: "PJSIP".into(),
            resource: resource.to_string(),
        },
        timestamp(),
    );
    channel.shown_vars = st.channelvars.clone();
    channel.state = "Ring";
    channel.caller = caller;
    channel.context = context.into();
    channel.exten = exten.to_string();
    channel.steps = steps;
    st.channels.insert(id.clone(), channel);
    st.emit_channel("ChannelCreated", &id, Map::new());
    let started = id.clone();
    sim.after(0.0, move |st, sim| flows::run_dialplan(st, sim, &started));
    id
}

/// The resource a caller's phone has: its given name in lower case, else
/// its number, else `anonymous`.
pub fn resource_of(caller: &CallerId) -> String {
    let resource = if caller.name.is_empty() {
        caller.number.clone()
    } else {
        caller.name.to_lowercase().replace(' ', "-")
    };
    if resource.is_empty() {
        "anonymous".to_string()
    } else {
        resource
    }
}

type Target = (String, tokio::sync::mpsc::Sender<String>);

fn flood_targets(st: &State, app: Option<&str>) -> Vec<Target> {
    st.apps
        .values()
        .filter(|a| app.is_none_or(|name| name == a.name))
        .filter_map(|a| {
            a.conn
                .and_then(|c| st.conns.get(&c))
                .map(|c| (a.name.clone(), c.tx.clone()))
        })
        .collect()
}

/// Send `count` realistic events (a call's life: StasisStart, state changes,
/// DTMF, playbacks with full channel objects) to each target, as fast as the
/// readers take them: the queue applies back-pressure, so memory stays flat.
async fn flood(targets: Vec<Target>, count: u64) {
    for i in 0..count {
        let event = flood_event(i);
        for (name, tx) in &targets {
            let mut event = event.clone();
            event.insert("application".into(), json!(name));
            let Ok(text) = serde_json::to_string(&event) else {
                continue;
            };
            if tx.send(text).await.is_err() {
                return;
            }
        }
    }
}

/// Event number `i` of a flood: the life of call `i / 5` (StasisStart, a
/// state change, a key press, a playback starting and finishing), with full
/// channel objects as an Asterisk configured with `channelvars` sends them:
/// 400 to 900 bytes each.
pub fn flood_event(i: u64) -> Map<String, Value> {
    const KINDS: [&str; 5] = [
        "StasisStart",
        "ChannelStateChange",
        "ChannelDtmfReceived",
        "PlaybackStarted",
        "PlaybackFinished",
    ];
    let kind = KINDS[(i % 5) as usize];
    let call = i / 5;
    let channel = json!({
        "id": format!("1700000000.{call}"),
        "name": format!("PJSIP/alice-{call:08x}"),
        "state": if kind == "StasisStart" { "Ring" } else { "Up" },
        "protocol_id": format!("{call:016x}-5b1c9e@pbx.example.com"),
        "caller": {"name": "Alice Example", "number": "+15550101001"},
        "connected": {"name": "Support Line", "number": "+15550102000"},
        "accountcode": "acme",
        "dialplan": {"context": "from-customers", "exten": "support", "priority": 3, "app_name": "Stasis", "app_data": "hello,world"},
        "creationtime": "2026-11-22T11:07:46.150+0000",
        "language": "en",
        "channelvars": {"X_TRACE_ID": format!("3f2a9c1e-{call:012x}"), "CDR(userfield)": "campaign=winter"},
    });
    let playback = |state: &str| {
        json!({
            "id": format!("b3fce582-ec13-4d3a-bd0c-{call:012x}"),
            "media_uri": "sound:custom/ivr/welcome-to-acme-support-your-call-is-important",
            "next_media_uri": "sound:custom/ivr/all-agents-are-busy-please-hold",
            "target_uri": format!("channel:1700000000.{call}"),
            "language": "en",
            "state": state,
        })
    };
    let mut event = Map::new();
    event.insert("type".into(), json!(kind));
    event.insert("timestamp".into(), json!("2026-11-22T11:07:46.151+0000"));
    match kind {
        "StasisStart" => {
            event.insert("args".into(), json!(["world", "campaign-winter"]));
            event.insert("channel".into(), channel);
        }
        "ChannelDtmfReceived" => {
            event.insert("digit".into(), json!((call % 10).to_string()));
            event.insert("duration_ms".into(), json!(100));
            event.insert("channel".into(), channel);
        }
        "PlaybackStarted" => {
            event.insert("playback".into(), playback("playing"));
        }
        "PlaybackFinished" => {
            event.insert("playback".into(), playback("done"));
        }
        _ => {
            event.insert("channel".into(), channel);
        }
    }
    event.insert("asterisk_id".into(), json!(ENTITY_ID));
    event
}
