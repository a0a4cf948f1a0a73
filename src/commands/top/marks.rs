//! What top itself did to channels and bridges: hold, mute, music on hold.
//! Asterisk sends no event for any of these when they are asked for over
//! ARI (ChannelHold is what a far end holding the channel looks like), so
//! the only way to show them and to make their keys toggle is to remember
//! the requests that succeeded.

use std::collections::HashSet;

use super::pbx::Pbx;

#[derive(Debug, Default)]
pub struct Marks {
    held: HashSet<String>,
    muted: HashSet<String>,
    moh: HashSet<String>,
    bridge_moh: HashSet<String>,
}

impl Marks {
    /// Take in an action that succeeded: its `ari` words (without `ari`).
    pub fn record(&mut self, words: &[String]) {
        let [resource, action, target, ..] = words else {
            return;
        };
        let (set, on) = match (resource.as_str(), action.as_str()) {
            ("channels", "hold") => (&mut self.held, true),
            ("channels", "unhold") => (&mut self.held, false),
            ("channels", "mute") => (&mut self.muted, true),
            ("channels", "unmute") => (&mut self.muted, false),
            ("channels", "start-moh") => (&mut self.moh, true),
            ("channels", "stop-moh") => (&mut self.moh, false),
            ("bridges", "start-moh") => (&mut self.bridge_moh, true),
            ("bridges", "stop-moh") => (&mut self.bridge_moh, false),
            _ => return,
        };
        if on {
            set.insert(target.clone());
        } else {
            set.remove(target);
        }
    }

    pub fn held(&self, channel: &str) -> bool {
        self.held.contains(channel)
    }

    pub fn muted(&self, channel: &str) -> bool {
        self.muted.contains(channel)
    }

    /// Music on hold given to the channel itself (not through its bridge).
    pub fn moh(&self, channel: &str) -> bool {
        self.moh.contains(channel)
    }

    pub fn bridge_moh(&self, bridge: &str) -> bool {
        self.bridge_moh.contains(bridge)
    }

    /// Forget channels and bridges that are no more: a bridge id can be
    /// used again (`--id lobby`), and the new one has no music yet.
    pub fn prune(&mut self, pbx: &Pbx) {
        for set in [&mut self.held, &mut self.muted, &mut self.moh] {
            set.retain(|id| pbx.channels.get(id).is_some_and(|c| c.gone.is_none()));
        }
        self.bridge_moh.retain(|id| pbx.bridges.contains_key(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(line: &str) -> Vec<String> {
        line.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn a_request_that_succeeded_sets_and_its_opposite_clears() {
        let mut marks = Marks::default();
        marks.record(&words("channels hold 1.0"));
        marks.record(&words("channels mute 1.0 --direction both"));
        marks.record(&words("bridges start-moh lobby"));
        assert!(marks.held("1.0") && marks.muted("1.0") && marks.bridge_moh("lobby"));
        assert!(!marks.moh("1.0") && !marks.held("2.0"));
        marks.record(&words("channels unhold 1.0"));
        marks.record(&words("bridges stop-moh lobby"));
        assert!(!marks.held("1.0") && !marks.bridge_moh("lobby") && marks.muted("1.0"));
        marks.prune(&Pbx::new());
        assert!(
            !marks.muted("1.0"),
            "a channel that is no more is forgotten"
        );
    }
}
