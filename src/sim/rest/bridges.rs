//! `/bridges`.

use std::sync::Arc;

use serde_json::{Value, json};

use super::{Reply, Request, error, no_content, ok};
use crate::sim::Sim;
use crate::sim::clock::timestamp;
use crate::sim::flows;
use crate::sim::model::{Bridge, Target};
use crate::sim::state::{State, Topic};

const BRIDGE_TYPES: &[&str] = &[
    "mixing",
    "holding",
    "dtmf_events",
    "proxy_media",
    "video_sfu",
    "video_single",
    "sdp_label",
];

pub fn handle(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    let id = req.path("bridgeId").to_string();
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.bridges.values().map(Bridge::json).collect(),
        )),
        "get" => ok(st.bridges[&id].json()),
        "create" | "createWithId" => create(st, req),
        "destroy" => {
            let members = st.bridges[&id].channels.clone();
            for channel in members {
                flows::leave_bridge(st, &id, &channel);
            }
            let bridge = st.bridges[&id].json();
            st.emit(
                "BridgeDestroyed",
                [("bridge".to_string(), bridge)].into_iter().collect(),
                &[Topic::Bridge(id.clone())],
            );
            st.bridges.remove(&id);
            for app in st.apps.values_mut() {
                app.bridges.remove(&id);
            }
            no_content()
        }
        "addChannel" => {
            let channels = req.list("channel");
            for c in &channels {
                let Some(channel) = st.channels.get(c) else {
                    return error(400, "Channel not found");
                };
                if channel.stasis.is_none() {
                    return error(422, "Channel not in Stasis application");
                }
            }
            for c in channels {
                flows::enter_bridge(st, &id, &c);
            }
            no_content()
        }
        "removeChannel" => {
            let channels = req.list("channel");
            for c in &channels {
                if !st.channels.contains_key(c) {
                    return error(400, "Channel not found");
                }
                if !st.bridges[&id].channels.contains(c) {
                    return error(422, "Channel not in this bridge");
                }
            }
            for c in channels {
                flows::leave_bridge(st, &id, &c);
            }
            no_content()
        }
        "setVideoSource" => {
            let channel = req.path("channelId").to_string();
            if !st.bridges[&id].channels.contains(&channel) {
                return error(422, "Channel not in this bridge");
            }
            let old = st
                .bridges
                .get_mut(&id)
                .and_then(|b| b.video_source.replace(channel));
            let bridge = st.bridges[&id].json();
            let mut fields: serde_json::Map<String, Value> =
                [("bridge".to_string(), bridge)].into_iter().collect();
            if let Some(old) = old {
                fields.insert("old_video_source_id".into(), json!(old));
            }
            st.emit(
                "BridgeVideoSourceChanged",
                fields,
                &[Topic::Bridge(id.clone())],
            );
            no_content()
        }
        "clearVideoSource" => {
            if let Some(b) = st.bridges.get_mut(&id) {
                b.video_source = None;
            }
            no_content()
        }
        "startMoh" | "stopMoh" => {
            let start = req.op.nickname == "startMoh";
            let name = start.then(|| flows::announcer_name(st));
            if let Some(b) = st.bridges.get_mut(&id) {
                b.moh_announcer = name;
            }
            flows::update_bridge_peers(st, &id);
            no_content()
        }
        "getBridgeVar" => match st.bridges[&id]
            .vars
            .get(req.q("variable").unwrap_or_default())
        {
            Some(value) => ok(json!({"value": value})),
            None => error(404, "Provided variable was not found"),
        },
        "setBridgeVar" => {
            let name = req.q("variable").unwrap_or_default().to_string();
            let value = req.q("value").unwrap_or_default().to_string();
            if let Some(b) = st.bridges.get_mut(&id) {
                b.vars.insert(name, value);
            }
            no_content()
        }
        "getBridgeVars" => {
            let bridge = &st.bridges[&id];
            let mut vars = serde_json::Map::new();
            for name in req.list("variables") {
                match bridge.vars.get(&name) {
                    Some(v) => vars.insert(name, json!(v)),
                    None => return error(404, "Provided variable was not found"),
                };
            }
            ok(json!({"variables": vars}))
        }
        "setBridgeVars" => {
            let vars = req.variables();
            if let Some(b) = st.bridges.get_mut(&id) {
                b.vars.extend(vars);
            }
            no_content()
        }
        "play" | "playWithId" => super::channels::play(sim, st, req, Target::Bridge(id)),
        "record" => super::media::record(sim, st, req, Target::Bridge(id)),
        other => error(501, format!("{other} is not simulated")),
    }
}

fn create(st: &mut State, req: &Request) -> Reply {
    let types: Vec<String> = match req.q("type") {
        Some(t) => t.split(',').map(|s| s.trim().to_string()).collect(),
        None => vec!["mixing".to_string()],
    };
    if types.iter().any(|t| !BRIDGE_TYPES.contains(&t.as_str())) {
        // What Asterisk 22 answers for an unknown type, word for word.
        return error(
            500,
            "Unable to create bridge. Possible duplicate bridge id '(null)'",
        );
    }
    let id = match req.op.nickname {
        "createWithId" => req.path("bridgeId").to_string(),
        _ => req
            .q("bridgeId")
            .map(str::to_string)
            .unwrap_or_else(|| st.ids.uuid()),
    };
    if let Some(existing) = st.bridges.get_mut(&id) {
        if req.op.nickname == "create" {
            return error(409, "Bridge with id already exists");
        }
        // createWithId on an existing bridge updates it.
        if let Some(name) = req.q("name") {
            existing.name = name.to_string();
        }
        return ok(existing.json());
    }
    let bridge = Bridge {
        id: id.clone(),
        name: req.q("name").unwrap_or_default().to_string(),
        types,
        channels: Vec::new(),
        creationtime: timestamp(),
        video_source: None,
        vars: req.variables().into_iter().collect(),
        moh_announcer: None,
        play_announcer: None,
    };
    let json = bridge.json();
    st.bridges.insert(id.clone(), bridge);
    st.emit(
        "BridgeCreated",
        [("bridge".to_string(), json.clone())].into_iter().collect(),
        &[Topic::Bridge(id)],
    );
    ok(json)
}
