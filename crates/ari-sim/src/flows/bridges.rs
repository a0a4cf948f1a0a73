//! Bridges: channels entering and leaving, the video source, who talks to
//! whom (BRIDGEPEER, connected lines).

use serde_json::{Map, json};

use super::caller::{reading_frames, take_caller};
use crate::model::ChannelKind;
use crate::state::{State, Topic, fields};

/// Put a channel into a bridge (out of any other first).
pub fn enter_bridge(st: &mut State, bridge_id: &str, channel_id: &str) {
    if let Some(old) = st.channels.get(channel_id).and_then(|c| c.bridge.clone()) {
        if old == bridge_id {
            return;
        }
        leave_bridge(st, &old, channel_id);
    }
    let Some(bridge) = st.bridges.get_mut(bridge_id) else {
        return;
    };
    bridge.channels.push(channel_id.to_string());
    publish_video_source(st, bridge_id, None);
    let Some(bridge) = st.bridges.get(bridge_id) else {
        return;
    };
    let bridge_json = bridge.json();
    let Some(channel) = st.channels.get_mut(channel_id) else {
        return;
    };
    channel.bridge = Some(bridge_id.to_string());
    let channel_json = channel.json();
    st.emit(
        "ChannelEnteredBridge",
        fields(&[("bridge", bridge_json), ("channel", channel_json)]),
        &[
            Topic::Channel(channel_id.into()),
            Topic::Bridge(bridge_id.into()),
        ],
    );
    update_bridge_peers(st, bridge_id);
}

/// The bridge's snapshot is published again: a video source changed since
/// the last one (set, or cleared without a snapshot of its own) shows as
/// BridgeVideoSourceChanged first.
/// `leaving`: a channel just out of the bridge whose applications still
/// hear this snapshot.
pub fn publish_video_source(st: &mut State, bridge_id: &str, leaving: Option<&str>) {
    let Some(bridge) = st.bridges.get_mut(bridge_id) else {
        return;
    };
    if bridge.shown_video_source == bridge.video_source {
        return;
    }
    let old = std::mem::replace(&mut bridge.shown_video_source, bridge.video_source.clone());
    let mut body = fields(&[("bridge", bridge.json())]);
    if let Some(old) = old {
        body.insert("old_video_source_id".into(), json!(old));
    }
    let mut topics = vec![Topic::Bridge(bridge_id.to_string())];
    topics.extend(leaving.map(|c| Topic::Channel(c.to_string())));
    st.emit("BridgeVideoSourceChanged", body, &topics);
}

/// The name of a new announcer channel (what plays into a bridge).
pub fn announcer_name(st: &mut State) -> String {
    format!("Announcer/ARI-{};2", st.ids.name_suffix())
}

/// Set BRIDGEPEER as Asterisk's bridging code does: a value is set, and
/// reported, every time; clearing it (`None`) reports only a value that was
/// there.
fn set_bridge_peer(st: &mut State, channel_id: &str, value: Option<String>) {
    let Some(channel) = st.channels.get_mut(channel_id) else {
        return;
    };
    let reported = match value {
        Some(value) => {
            channel.vars.insert("BRIDGEPEER".into(), value.clone());
            value
        }
        None => match channel.vars.remove("BRIDGEPEER") {
            Some(old) if !old.is_empty() => String::new(),
            _ => return,
        },
    };
    st.emit_channel(
        "ChannelVarset",
        channel_id,
        fields(&[
            ("variable", json!("BRIDGEPEER")),
            ("value", json!(reported)),
        ]),
    );
}

/// When a bridge (not a holding one) has exactly two parties, each real
/// channel's connected line becomes the other's caller id, reported when
/// it changes. The first half of a Local pair passes it on to the second
/// as its caller id.
fn update_connected_lines(st: &mut State, bridge_id: &str) {
    let Some(bridge) = st.bridges.get(bridge_id) else {
        return;
    };
    if bridge.types.iter().any(|t| t == "holding") {
        return;
    }
    let mut parties: Vec<Option<String>> = bridge.channels.iter().cloned().map(Some).collect();
    parties.extend(
        [
            &bridge.moh_announcer,
            &bridge.play_announcer,
            &bridge.recorder,
        ]
        .into_iter()
        .flatten()
        .map(|_| None),
    );
    let [first, second] = parties.as_slice() else {
        return;
    };
    let caller = |st: &State, party: &Option<String>| {
        party
            .as_ref()
            .and_then(|id| st.channels.get(id))
            .map(|c| c.caller.clone())
            .unwrap_or_default()
    };
    let updates = [
        (second.clone(), caller(st, first)),
        (first.clone(), caller(st, second)),
    ];
    for (party, connected) in updates {
        let Some(id) = party else {
            continue;
        };
        let Some(channel) = st.channels.get_mut(&id) else {
            continue;
        };
        if channel.connected == connected {
            continue;
        }
        channel.connected = connected.clone();
        let partner = match &channel.kind {
            ChannelKind::Local { half: 1, partner } => Some(partner.clone()),
            _ => None,
        };
        st.emit_channel("ChannelConnectedLine", &id, Map::new());
        if let Some(p) = partner
            && let Some(c) = st.channels.get_mut(&p)
        {
            c.pending_caller = Some(connected);
            if reading_frames(st, &p) {
                take_caller(st, &p);
            }
        }
    }
}

/// BRIDGEPEER of each member as the bridge settles after a change: in a
/// holding bridge nobody's; with one other party (a channel, or the
/// announcer of music on hold or a playback, or a bridge's recorder) its
/// name; with more, their names. A member left alone keeps what it had.
pub fn update_bridge_peers(st: &mut State, bridge_id: &str) {
    let Some(bridge) = st.bridges.get(bridge_id) else {
        return;
    };
    let members = bridge.channels.clone();
    if bridge.types.iter().any(|t| t == "holding") {
        for member in &members {
            set_bridge_peer(st, member, None);
        }
        return;
    }
    let helpers: Vec<String> = [
        &bridge.moh_announcer,
        &bridge.play_announcer,
        &bridge.recorder,
    ]
    .into_iter()
    .flatten()
    .cloned()
    .collect();
    if members.len() + helpers.len() < 2 {
        return;
    }
    for member in &members {
        let peers: Vec<String> = members
            .iter()
            .filter(|m| *m != member)
            .filter_map(|m| st.channels.get(m).map(|c| c.name.clone()))
            .chain(helpers.iter().cloned())
            .collect();
        set_bridge_peer(st, member, Some(peers.join(",")));
    }
    update_connected_lines(st, bridge_id);
}

pub fn leave_bridge(st: &mut State, bridge_id: &str, channel_id: &str) {
    let Some(bridge) = st.bridges.get_mut(bridge_id) else {
        return;
    };
    if bridge.video_source.as_deref() == Some(channel_id) {
        bridge.video_source = None;
    }
    bridge.channels.retain(|c| c != channel_id);
    // The snapshot without the channel, still heard by its application.
    publish_video_source(st, bridge_id, Some(channel_id));
    let Some(bridge) = st.bridges.get(bridge_id) else {
        return;
    };
    let bridge_json = bridge.json();
    let Some(channel) = st.channels.get_mut(channel_id) else {
        return;
    };
    channel.bridge = None;
    set_bridge_peer(st, channel_id, None);
    let Some(channel) = st.channels.get(channel_id) else {
        return;
    };
    let channel_json = channel.json();
    // Decide who hears it while the channel still counts as in the bridge.
    let topics = [
        Topic::Channel(channel_id.into()),
        Topic::Bridge(bridge_id.into()),
    ];
    st.emit(
        "ChannelLeftBridge",
        fields(&[("bridge", bridge_json), ("channel", channel_json)]),
        &topics,
    );
    update_bridge_peers(st, bridge_id);
}
