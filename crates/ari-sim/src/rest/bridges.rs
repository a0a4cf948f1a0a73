//! `/bridges`.

use std::sync::Arc;

use serde_json::{Value, json};

use super::request::{Reply, Request, error, no_content, ok};
use crate::Sim;
use crate::clock::timestamp;
use crate::flows;
use crate::model::{Bridge, Target};
use crate::state::{State, Topic};

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
        "create" | "createWithId" => create(sim, st, req),
        "destroy" => {
            let members = st.bridges[&id].channels.clone();
            for channel in &members {
                flows::leave_bridge(st, &id, channel);
            }
            let members: Vec<String> = members.into_iter().collect();
            flows::fail_bridge_playback(st, sim, &id, &members);
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
        "addChannel" | "removeChannel" => {
            let channels = req.list("channel");
            if channels.is_empty() {
                return error(400, "Missing parameter channel");
            }
            for c in &channels {
                let Some(channel) = st.channels.get(c) else {
                    return error(400, "Channel not found");
                };
                if channel.stasis.is_none() {
                    return error(422, "Channel not in Stasis application");
                }
            }
            if req.op.nickname == "removeChannel" {
                if channels
                    .iter()
                    .any(|c| !st.bridges[&id].channels.contains(c))
                {
                    return error(422, "Channel not in this bridge");
                }
                for c in channels {
                    flows::leave_bridge(st, &id, &c);
                }
                return no_content();
            }
            // A channel being recorded cannot move into a bridge.
            if let Some(c) = channels.iter().find(|c| {
                st.live_recordings
                    .values()
                    .any(|r| r.target == Target::Channel(c.to_string()))
            }) {
                return error(409, format!("Channel {c} currently recording"));
            }
            for c in channels {
                flows::enter_bridge(st, &id, &c);
            }
            no_content()
        }
        "setVideoSource" => {
            let channel = req.path("channelId").to_string();
            if st.channels[&channel].stasis.is_none() {
                return error(422, "Channel not in Stasis application");
            }
            if !st.bridges[&id].channels.contains(&channel) {
                return error(422, "Channel not in this bridge");
            }
            if let Some(b) = st.bridges.get_mut(&id) {
                b.video_source = Some(channel);
            }
            flows::publish_video_source(st, &id, None);
            no_content()
        }
        // Talker mode from now on; Asterisk publishes no snapshot for it, so
        // the bridge shows its old source until its next change.
        "clearVideoSource" => {
            if let Some(b) = st.bridges.get_mut(&id) {
                b.video_source = None;
            }
            no_content()
        }
        "stopMoh" if st.bridges[&id].moh_announcer.is_none() => {
            error(409, "Bridge isn't playing music")
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

fn create(sim: &Sim, st: &mut State, req: &Request) -> Reply {
    let id = match req.op.nickname {
        "createWithId" => Some(req.path("bridgeId").to_string()),
        _ => req
            .q("bridgeId")
            .filter(|b| !b.is_empty())
            .map(str::to_string),
    };
    let unique_ids = sim.has(ari_spec::versions::UNIQUE_BRIDGE_IDS);
    let taken = id.clone().filter(|id| st.bridges.contains_key(id));
    match taken.as_deref() {
        Some(id) if unique_ids => {
            return error(409, format!("Bridge with id '{id}' already exists"));
        }
        // Older servers update the bridge of that id instead...
        Some(id) if req.op.nickname == "createWithId" => {
            let bridge = &st.bridges[id];
            if req
                .q("name")
                .is_some_and(|n| !n.is_empty() && n != bridge.name)
            {
                return error(500, "Changing bridge name is not implemented");
            }
            if req.q("type").is_some_and(|t| !t.is_empty()) {
                return error(
                    500,
                    "Supplying a bridge type when updating a bridge is not allowed.",
                );
            }
            return ok(bridge.json());
        }
        _ => {}
    }
    let types: Vec<String> = match req.q("type") {
        Some(t) => t.split(',').map(|s| s.trim().to_string()).collect(),
        None => vec!["mixing".to_string()],
    };
    if types.iter().any(|t| !BRIDGE_TYPES.contains(&t.as_str())) {
        // What Asterisk answers for an unknown type, word for word.
        return error(
            500,
            match (req.op.nickname, &id) {
                ("createWithId", _) => "Unable to create bridge".to_string(),
                _ if !unique_ids => "Unable to create bridge".to_string(),
                (_, Some(id)) => {
                    format!("Unable to create bridge. Possible duplicate bridge id '{id}'")
                }
                (_, None) => {
                    "Unable to create bridge. Possible duplicate bridge id '(null)'".to_string()
                }
            },
        );
    }
    let id = id.unwrap_or_else(|| st.ids.uuid());
    let bridge = Bridge {
        id: id.clone(),
        name: req.q("name").unwrap_or_default().to_string(),
        types,
        channels: Vec::new(),
        creationtime: timestamp(),
        video_source: None,
        shown_video_source: None,
        vars: req.variables().into_iter().collect(),
        moh_announcer: None,
        play_announcer: None,
        recorder: None,
    };
    let json = bridge.json();
    // ...or, given the id in the query, make a second bridge of the same
    // id: it is announced and answered, but the id keeps finding the first.
    if taken.is_none() {
        st.bridges.insert(id.clone(), bridge);
    }
    st.emit(
        "BridgeCreated",
        [("bridge".to_string(), json.clone())].into_iter().collect(),
        &[Topic::Bridge(id)],
    );
    ok(json)
}
