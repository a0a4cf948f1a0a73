//! Which events to show: type globs, a channel or bridge to follow, and
//! `--match PATH=VALUE` tests on any field.

use std::collections::HashSet;

use glob::{MatchOptions, Pattern};
use serde_json::Value;

use super::brief::Brief;
use super::calls::{CallView, Calls, Follow};
use crate::error::{Error, Result};
use crate::output::model_view::{lookup, scalar_text};

const CASELESS: MatchOptions = MatchOptions {
    case_sensitive: false,
    require_literal_separator: false,
    require_literal_leading_dot: false,
};

/// A `--type`/`--until` glob over event types (`Channel*`, `Playback?inished`).
#[derive(Debug, Clone)]
pub struct TypeGlob(Pattern);

impl TypeGlob {
    pub fn parse(text: &str) -> Result<TypeGlob> {
        Pattern::new(text)
            .map(TypeGlob)
            .map_err(|e| Error::usage(format!("invalid event type pattern '{text}': {}", e.msg)))
    }

    pub fn matches(&self, kind: &str) -> bool {
        self.0.matches_with(kind, CASELESS)
    }
}

#[derive(Debug, Default)]
pub struct EventFilter {
    pub types: Vec<TypeGlob>,
    pub exclude: Vec<TypeGlob>,
    pub channel: Option<String>,
    pub bridge: Option<String>,
    pub fields: Vec<(String, String)>,
    /// Bridges the followed channel is in, learned from the events.
    channel_bridges: HashSet<String>,
    /// Which call each event belongs to (tags, colours, `--relative`).
    calls: Calls,
    /// `--call`: the one call to show.
    follow: Option<Follow>,
}

impl EventFilter {
    pub fn new(
        types: Vec<TypeGlob>,
        exclude: Vec<TypeGlob>,
        channel: Option<String>,
        bridge: Option<String>,
        fields: Vec<(String, String)>,
    ) -> EventFilter {
        EventFilter {
            types,
            exclude,
            channel,
            bridge,
            fields,
            channel_bridges: HashSet::new(),
            calls: Calls::new(),
            follow: None,
        }
    }

    /// `--call ID`: show one call only.
    pub fn follow_call(mut self, wanted: Option<String>) -> EventFilter {
        self.follow = wanted.map(|w| Follow::new(&w));
        self
    }

    /// Whether `place` needs the event's brief (a call to follow).
    pub fn follows_call(&self) -> bool {
        self.follow.is_some()
    }

    /// Whether some test needs the whole parsed event, not just its brief.
    pub fn needs_value(&self) -> bool {
        self.channel.is_some() || self.bridge.is_some() || !self.fields.is_empty()
    }

    /// While `--call` has found nothing yet: what it waits for, in words.
    pub fn waiting_for(&self) -> Option<String> {
        self.follow
            .as_ref()
            .filter(|f| !f.found())
            .map(Follow::describe)
    }

    pub fn calls(&self) -> &Calls {
        &self.calls
    }

    /// Place the event in its call, then apply the tests a brief answers
    /// (types, `--call`): whether to show it, and its call.
    pub fn place(&mut self, event: &Brief) -> (bool, Option<CallView>) {
        let call = self.calls.observe(event);
        let kind = event.kind();
        if !self.types.is_empty() && !self.types.iter().any(|g| g.matches(kind)) {
            return (false, call);
        }
        if self.exclude.iter().any(|g| g.matches(kind)) {
            return (false, call);
        }
        if let Some(follow) = self.follow.as_mut()
            && !follow.accepts(event, call, &self.calls)
        {
            return (false, call);
        }
        (true, call)
    }

    /// Whether the filter needs the parsed event at all.
    pub fn is_empty(&self) -> bool {
        self.follow.is_none()
            && self.types.is_empty()
            && self.exclude.is_empty()
            && self.channel.is_none()
            && self.bridge.is_none()
            && self.fields.is_empty()
    }

    pub fn accepts(&mut self, event: &Value) -> bool {
        let kind = event.get("type").and_then(Value::as_str).unwrap_or("");
        if let Some(channel) = &self.channel {
            self.follow_bridges(kind, event, &channel.clone());
        }
        if !self.types.is_empty() && !self.types.iter().any(|g| g.matches(kind)) {
            return false;
        }
        if self.exclude.iter().any(|g| g.matches(kind)) {
            return false;
        }
        if let Some(channel) = &self.channel
            && !self.carries_channel(event, channel)
        {
            return false;
        }
        if let Some(bridge) = &self.bridge
            && !carries_bridge(event, bridge)
        {
            return false;
        }
        self.fields
            .iter()
            .all(|(path, want)| lookup(event, path).is_some_and(|v| scalar_text(v) == *want))
    }

    /// Keep track of the bridges the followed channel is in, so that a
    /// bridge-wide playback counts as being about the channel too.
    fn follow_bridges(&mut self, kind: &str, event: &Value, channel: &str) {
        let about_channel = event["channel"]["id"].as_str() == Some(channel);
        let Some(bridge) = event["bridge"]["id"].as_str() else {
            return;
        };
        match kind {
            "ChannelEnteredBridge" if about_channel => {
                self.channel_bridges.insert(bridge.to_string());
            }
            "ChannelLeftBridge" if about_channel => {
                self.channel_bridges.remove(bridge);
            }
            "BridgeDestroyed" => {
                self.channel_bridges.remove(bridge);
            }
            _ => {}
        }
    }

    fn carries_channel(&self, event: &Value, channel: &str) -> bool {
        let is = |v: &Value| v.as_str() == Some(channel);
        if ["channel", "peer", "caller", "replace_channel", "forwarded"]
            .iter()
            .any(|k| is(&event[*k]["id"]))
        {
            return true;
        }
        for key in ["playback", "recording"] {
            if let Some(target) = event[key]["target_uri"].as_str() {
                if target.strip_prefix("channel:") == Some(channel) {
                    return true;
                }
                if let Some(bridge) = target.strip_prefix("bridge:")
                    && self.channel_bridges.contains(bridge)
                {
                    return true;
                }
            }
        }
        if let Some(bridge) = event["bridge"].as_object() {
            let members = bridge.get("channels").and_then(Value::as_array);
            if members.is_some_and(|m| m.iter().any(is))
                || bridge
                    .get("id")
                    .and_then(Value::as_str)
                    .is_some_and(|b| self.channel_bridges.contains(b))
            {
                return true;
            }
        }
        event["args"]
            .as_array()
            .is_some_and(|args| args.iter().any(is))
    }
}

fn carries_bridge(event: &Value, bridge: &str) -> bool {
    let is = |v: &Value| v.as_str() == Some(bridge);
    is(&event["bridge"]["id"])
        || is(&event["bridge_from"]["id"])
        || ["playback", "recording"].iter().any(|k| {
            event[*k]["target_uri"]
                .as_str()
                .and_then(|t| t.strip_prefix("bridge:"))
                == Some(bridge)
        })
}

/// Parse `--match PATH=VALUE`.
pub fn parse_field_match(text: &str) -> std::result::Result<(String, String), String> {
    match text.split_once('=') {
        Some((path, value)) if !path.is_empty() => Ok((path.to_string(), value.to_string())),
        _ => Err("expected PATH=VALUE, e.g. channel.state=Up".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn glob(t: &str) -> TypeGlob {
        TypeGlob::parse(t).unwrap()
    }

    #[test]
    fn type_globs_are_caseless() {
        let mut f = EventFilter::new(
            vec![glob("channel*")],
            vec![glob("*Varset")],
            None,
            None,
            vec![],
        );
        assert!(f.accepts(&json!({"type": "ChannelStateChange"})));
        assert!(!f.accepts(&json!({"type": "ChannelVarset"})));
        assert!(!f.accepts(&json!({"type": "StasisStart"})));
    }

    #[test]
    fn a_channel_is_followed_through_its_bridge() {
        let mut f = EventFilter::new(vec![], vec![], Some("c1".into()), None, vec![]);
        assert!(f.accepts(&json!({"type": "Dial", "peer": {"id": "c1"}})));
        assert!(
            !f.accepts(
                &json!({"type": "PlaybackStarted", "playback": {"target_uri": "bridge:b1"}})
            )
        );
        assert!(f.accepts(&json!({"type": "ChannelEnteredBridge", "bridge": {"id": "b1", "channels": ["c1"]}, "channel": {"id": "c1"}})));
        assert!(
            f.accepts(&json!({"type": "PlaybackStarted", "playback": {"target_uri": "bridge:b1"}}))
        );
        assert!(f.accepts(&json!({"type": "ChannelLeftBridge", "bridge": {"id": "b1", "channels": []}, "channel": {"id": "c1"}})));
        assert!(!f.accepts(
            &json!({"type": "PlaybackFinished", "playback": {"target_uri": "bridge:b1"}})
        ));
    }

    #[test]
    fn field_matches_compare_scalars() {
        let mut f = EventFilter::new(
            vec![],
            vec![],
            None,
            None,
            vec![
                ("channel.state".into(), "Up".into()),
                ("cause".into(), "16".into()),
            ],
        );
        assert!(f.accepts(&json!({"channel": {"state": "Up"}, "cause": 16})));
        assert!(!f.accepts(&json!({"channel": {"state": "Ring"}, "cause": 16})));
        assert!(!f.accepts(&json!({"channel": {"state": "Up"}})));
    }
}
