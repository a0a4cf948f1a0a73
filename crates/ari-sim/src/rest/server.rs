//! `/asterisk`, `/endpoints`, `/applications`, `/deviceStates`, `/mailboxes`
//! and the REST half of `/events`.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::request::{Reply, Request, error, no_content, ok};
use crate::Sim;
use crate::clock::timestamp;
use crate::model::LogChannel;
use crate::state::{ENTITY_ID, State, Topic};

pub fn handle(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    match req.op.resource {
        "asterisk" => asterisk(sim, st, req),
        "endpoints" => endpoints(st, req),
        "applications" => applications(st, req),
        "device-states" => device_states(st, req),
        "mailboxes" => mailboxes(st, req),
        "events" => events(sim, st, req),
        other => error(501, format!("{other} is not simulated")),
    }
}

/// The system's name as Asterisk reports it (uname's, not Rust's).
fn system_name() -> &'static str {
    match std::env::consts::OS {
        "linux" => "Linux",
        "macos" => "Darwin",
        "freebsd" => "FreeBSD",
        other => other,
    }
}

fn asterisk(sim: &Sim, st: &mut State, req: &Request) -> Reply {
    match req.op.nickname {
        "ping" => ok(json!({"ping": "pong", "timestamp": timestamp(), "asterisk_id": ENTITY_ID})),
        "getInfo" => {
            let all = json!({
                "build": {
                    "os": system_name(),
                    "kernel": "simulated",
                    "machine": std::env::consts::ARCH,
                    "options": crate::identity::BUILD_OPTION,
                    "date": "2026-11-22 00:00:00 UTC",
                    "user": "ari",
                },
                "system": {"version": sim.version, "entity_id": ENTITY_ID},
                "config": {
                    "name": "ari-sim",
                    "default_language": "en",
                    "setid": {"user": "asterisk", "group": "asterisk"},
                },
                "status": {"startup_time": st.startup_time, "last_reload_time": st.startup_time},
            });
            let only = req.list("only");
            if only.is_empty() {
                return ok(all);
            }
            let picked: Map<String, Value> = only
                .iter()
                .filter_map(|k| all.get(k).map(|v| (k.clone(), v.clone())))
                .collect();
            ok(Value::Object(picked))
        }
        "listModules" => ok(Value::Array(
            st.modules
                .iter()
                .filter(|m| m.loaded)
                .map(|m| m.json())
                .collect(),
        )),
        "getModule" => {
            let name = req.path("moduleName");
            match st.modules.iter().find(|m| m.name == name && m.loaded) {
                Some(m) => ok(m.json()),
                None => error(404, "Module could not be found in running modules"),
            }
        }
        "loadModule" => {
            let name = req.path("moduleName");
            match st.modules.iter_mut().find(|m| m.name == name) {
                Some(m) if m.loaded => error(409, "Module is already loaded"),
                Some(m) => {
                    m.loaded = true;
                    no_content()
                }
                // A module Asterisk has no file for declines to load.
                None => error(409, "Module load declined"),
            }
        }
        "unloadModule" => {
            let name = req.path("moduleName");
            if let Some(m) = st.modules.iter_mut().find(|m| m.name == name && m.loaded) {
                m.loaded = false;
            }
            no_content()
        }
        "reloadModule" => {
            let name = req.path("moduleName");
            match st.modules.iter().find(|m| m.name == name) {
                Some(m) if !m.reloadable => error(409, "Module does not support reloading"),
                _ => no_content(),
            }
        }
        "listLogChannels" => ok(Value::Array(
            st.log_channels.values().map(LogChannel::json).collect(),
        )),
        "addLog" => {
            let name = req.path("logChannelName").to_string();
            // Asterisk lists the levels in capitals, each followed by a space.
            let levels: String = req
                .q("configuration")
                .unwrap_or_default()
                .split(|c: char| c == ',' || c.is_whitespace())
                .filter(|l| !l.is_empty())
                .map(|l| format!("{} ", l.to_uppercase()))
                .collect();
            if levels.is_empty() {
                return error(400, "Configuration levels are required");
            }
            if st.log_channels.contains_key(&name) {
                return error(409, "Log channel already exists");
            }
            st.log_channels.insert(
                name.clone(),
                LogChannel {
                    channel: format!("/var/log/asterisk/{name}"),
                    kind: "File",
                    configuration: levels,
                    dynamic: true,
                },
            );
            no_content()
        }
        "deleteLog" => {
            st.log_channels.remove(req.path("logChannelName"));
            no_content()
        }
        // Rotating reloads the logger, which forgets the channels added
        // through ARI.
        "rotateLog" => {
            st.log_channels.retain(|_, c| !c.dynamic);
            no_content()
        }
        "getGlobalVar" => {
            let value = st
                .globals
                .get(req.q("variable").unwrap_or_default())
                .cloned();
            ok(json!({"value": value.unwrap_or_default()}))
        }
        "setGlobalVar" => {
            let name = req.q("variable").unwrap_or_default().to_string();
            st.globals
                .insert(name, req.q("value").unwrap_or_default().to_string());
            no_content()
        }
        // No sorcery configuration classes are registered in the simulator.
        "getObject" | "updateObject" | "deleteObject" => error(
            404,
            format!("configClass '{}' not found", req.path("configClass")),
        ),
        other => error(501, format!("{other} is not simulated")),
    }
}

fn endpoint_json(st: &State, key: &str, state: &str) -> Value {
    let (tech, resource) = key.split_once('/').unwrap_or((key, ""));
    let channels: Vec<&String> = st
        .channels
        .values()
        .filter(|c| c.endpoint().as_deref() == Some(key))
        .map(|c| &c.id)
        .collect();
    json!({"technology": tech, "resource": resource, "state": state, "channel_ids": channels})
}

fn endpoints(st: &mut State, req: &Request) -> Reply {
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.endpoints
                .iter()
                .map(|(k, s)| endpoint_json(st, k, s))
                .collect(),
        )),
        "listByTech" => {
            let tech = req.path("tech");
            let found: Vec<Value> = st
                .endpoints
                .iter()
                .filter(|(k, _)| {
                    k.split('/')
                        .next()
                        .is_some_and(|t| t.eq_ignore_ascii_case(tech))
                })
                .map(|(k, s)| endpoint_json(st, k, s))
                .collect();
            if found.is_empty() {
                return error(404, format!("No Endpoints found - invalid tech {tech}"));
            }
            ok(Value::Array(found))
        }
        "get" => {
            let key = format!("{}/{}", req.path("tech"), req.path("resource"));
            match st
                .endpoints
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(&key))
            {
                Some((k, s)) => ok(endpoint_json(st, k, s)),
                None => error(404, "Endpoint not found"),
            }
        }
        "sendMessage" | "refer" => send_to(st, req.q("to").unwrap_or_default()),
        "sendMessageToEndpoint" | "referToEndpoint" => {
            let key = format!("{}/{}", req.path("tech"), req.path("resource"));
            if !st.endpoints.keys().any(|k| k.eq_ignore_ascii_case(&key)) {
                return error(404, "Endpoint not found");
            }
            let to = format!(
                "{}:{}",
                req.path("tech").to_lowercase(),
                req.path("resource")
            );
            send_to(st, &to)
        }
        other => error(501, format!("{other} is not simulated")),
    }
}

/// A MESSAGE or REFER to `tech:resource[@host]`: only the simulated PJSIP
/// phones take them (202, as Asterisk accepts them for sending); a
/// technology with no message support, or nobody there, is Asterisk's 404.
fn send_to(st: &State, to: &str) -> Reply {
    if to.is_empty() {
        return error(400, "To must be specified");
    }
    let (tech, rest) = to.split_once(':').unwrap_or(("", to));
    let resource = rest
        .split(['@', ';'])
        .next()
        .unwrap_or_default()
        .trim_start_matches("//");
    let known = tech.eq_ignore_ascii_case("pjsip")
        && st
            .endpoints
            .keys()
            .any(|k| k.eq_ignore_ascii_case(&format!("PJSIP/{resource}")));
    if known {
        Reply::Empty(202)
    } else {
        error(404, "Endpoint not found")
    }
}

fn applications(st: &mut State, req: &Request) -> Reply {
    let name = req.path("applicationName").to_string();
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.apps
                .values()
                .filter(|a| a.conn.is_some())
                .map(|a| st.app_json(a))
                .collect(),
        )),
        "get" => ok(st.app_json(&st.apps[&name])),
        "subscribe" | "unsubscribe" => {
            let subscribe = req.op.nickname == "subscribe";
            let sources: Vec<String> = req
                .q("eventSource")
                .unwrap_or_default()
                .split(',')
                .map(|s| s.trim().to_string())
                .collect();
            for source in sources {
                let Some((scheme, object)) = source.split_once(':') else {
                    return error(400, "Invalid event source URI scheme");
                };
                let exists = match scheme {
                    // No id: all of that kind, as `subscribeAll` gives.
                    "channel" | "bridge" | "endpoint" if object.is_empty() => true,
                    "channel" => st.channels.contains_key(object),
                    "bridge" => st.bridges.contains_key(object),
                    "endpoint" => st.endpoints.keys().any(|k| {
                        k.eq_ignore_ascii_case(object) || k.split('/').next() == Some(object)
                    }),
                    "deviceState" => true,
                    _ => return error(400, "Invalid event source URI scheme"),
                };
                if subscribe && !exists {
                    return error(422, "Event source does not exist");
                }
                let app = st.apps.get_mut(&name).expect("checked before");
                let set = match scheme {
                    "channel" => &mut app.channels,
                    "bridge" => &mut app.bridges,
                    "endpoint" => &mut app.endpoints,
                    _ => &mut app.devices,
                };
                if subscribe {
                    set.insert(object.to_string());
                } else if !set.remove(object) {
                    return error(422, "Event source was not subscribed to");
                }
            }
            ok(st.app_json(&st.apps[&name]))
        }
        "filter" => {
            let filter = req.body.clone().unwrap_or(json!({}));
            let list = |key: &str| -> Result<Vec<Value>, Reply> {
                match filter.get(key) {
                    None => Ok(Vec::new()),
                    Some(Value::Array(items)) if items.iter().all(|i| i.get("type").is_some()) => {
                        Ok(items.clone())
                    }
                    _ => Err(error(400, "Invalid format definition")),
                }
            };
            let (allowed, disallowed) = match (list("allowed"), list("disallowed")) {
                (Ok(a), Ok(d)) => (a, d),
                (Err(e), _) | (_, Err(e)) => return e,
            };
            let app = st.apps.get_mut(&name).expect("checked before");
            app.allowed = allowed;
            app.disallowed = disallowed;
            ok(st.app_json(&st.apps[&name]))
        }
        other => error(501, format!("{other} is not simulated")),
    }
}

/// Whether Asterisk lets ARI set this device's state (`Stasis:NAME`).
fn controlled(name: &str) -> bool {
    name.get(..7)
        .is_some_and(|p| p.eq_ignore_ascii_case("Stasis:"))
}

fn device_states(st: &mut State, req: &Request) -> Reply {
    let name = req.path("deviceName").to_string();
    let json = |name: &str, state: &str| json!({"name": name, "state": state});
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.device_states.iter().map(|(n, s)| json(n, s)).collect(),
        )),
        // Asterisk answers for any device: one ARI never set is UNKNOWN,
        // and a device of no technology it knows is INVALID.
        "get" => {
            let state = match st.device_states.get(&name) {
                Some(state) => state.as_str(),
                None if controlled(&name) => "UNKNOWN",
                None => "INVALID",
            };
            ok(json(&name, state))
        }
        "update" | "delete" if !controlled(&name) => error(409, "Uncontrolled device specified"),
        "update" | "delete" if name.len() == 7 => error(404, "Device name is missing"),
        "update" => {
            let state = req.q("deviceState").unwrap_or_default().to_string();
            let known = req
                .op
                .param("deviceState")
                .is_some_and(|p| p.allowed.contains(&state.as_str()));
            if !known {
                return error(500, "Unknown device");
            }
            st.device_states.insert(name.clone(), state.clone());
            st.emit(
                "DeviceStateChanged",
                [("device_state".to_string(), json(&name, &state))]
                    .into_iter()
                    .collect(),
                &[Topic::Device(name)],
            );
            no_content()
        }
        // The device goes back to UNKNOWN; Asterisk publishes no change
        // for that (it finds nothing cached to compare with).
        "delete" => {
            st.device_states.remove(&name);
            no_content()
        }
        other => error(501, format!("{other} is not simulated")),
    }
}

fn mailboxes(st: &mut State, req: &Request) -> Reply {
    let name = req.path("mailboxName").to_string();
    let json = |name: &str, (old, new): (i64, i64)| json!({"name": name, "old_messages": old, "new_messages": new});
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.mailboxes.iter().map(|(n, c)| json(n, *c)).collect(),
        )),
        "get" => ok(json(&name, st.mailboxes[&name])),
        // A count left out is zero, as Asterisk takes it.
        "update" => {
            let (old, new) = (
                req.int("oldMessages").unwrap_or(0),
                req.int("newMessages").unwrap_or(0),
            );
            st.mailboxes.insert(name, (old, new));
            no_content()
        }
        "delete" => {
            st.mailboxes.remove(&name);
            no_content()
        }
        other => error(501, format!("{other} is not simulated")),
    }
}

fn events(_sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    match req.op.nickname {
        "userEvent" => {
            let app = req.q("application").unwrap_or_default().to_string();
            if app.is_empty() {
                return error(400, "Missing parameter application");
            }
            if !st.apps.contains_key(&app) {
                return error(404, "Application not found");
            }
            let event_name = req.path("eventName").to_string();
            let mut userevent: Map<String, Value> = req
                .variables()
                .into_iter()
                .map(|(k, v)| (k, Value::String(v)))
                .collect();
            userevent.insert("eventname".into(), json!(event_name));
            let mut fields: Map<String, Value> = [
                ("eventname".to_string(), json!(event_name)),
                ("userevent".to_string(), Value::Object(userevent)),
            ]
            .into_iter()
            .collect();
            for source in req.list("source") {
                let Some((scheme, object)) = source.split_once(':') else {
                    return error(400, "Invalid event source URI scheme");
                };
                let found = match scheme {
                    "channel" => st.channels.get(object).map(|c| ("channel", c.json())),
                    "bridge" => st.bridges.get(object).map(|b| ("bridge", b.json())),
                    "endpoint" => st
                        .endpoints
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(object))
                        .map(|(k, s)| ("endpoint", endpoint_json(st, k, s))),
                    "deviceState" => Some((
                        "device_state",
                        json!({"name": object, "state": st.device_states.get(object).map_or("UNKNOWN", String::as_str)}),
                    )),
                    _ => return error(400, "Invalid event source URI scheme"),
                };
                match found {
                    Some((key, value)) => {
                        fields.insert(key.into(), value);
                    }
                    None => return error(422, "Event source was not found"),
                }
            }
            st.emit("ChannelUserevent", fields, &[Topic::App(app)]);
            no_content()
        }
        // Channels are broadcast to several applications only by
        // res_stasis_broadcast's dialplan application, which the simulator's
        // dialplan never runs: there is never anything to claim.
        "claimChannel" => {
            if req.q("channelId").is_none_or(str::is_empty) {
                return error(400, "channelId parameter is required");
            }
            if req.q("application").is_none_or(str::is_empty) {
                return error(400, "application parameter is required");
            }
            error(404, "Channel not found or not in broadcast state")
        }
        other => error(501, format!("{other} is not simulated")),
    }
}
