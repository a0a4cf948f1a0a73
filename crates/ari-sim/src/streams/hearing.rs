//! Who hears what, 20 ms at a time: the simulator's model of a call's
//! audio, enough for taps, injections and recordings to carry sound.
//!
//! Every channel has two directions: what it *hears* (what is written to
//! it, for its far end) and what it *says* (what is read from it, its far
//! end speaking). Sounds are the test tone, for any playback or music on
//! hold, and the voices of media streams, for what applications send.
//!
//! - A channel hears its own playbacks, its bridge (the bridge's playbacks
//!   and music, and what every other member says; a holding bridge's
//!   members do not hear each other), what snoops whisper to its `out`
//!   side, and, running Echo(), itself.
//! - A media channel says what its application plays into it; a snoop says
//!   what its target hears (`spy=out`) and says (`spy=in`); one half of a
//!   Local pair says what the other half hears; phones say nothing. Snoops
//!   whispering to a channel's `in` side speak through it too.
//!
//! A sound that reaches a listener by a loop is heard once; the loop adds
//! nothing more.

use std::collections::{HashMap, HashSet};
use std::time::Instant;

use super::signal::Signal;
use crate::model::{ChannelKind, Target};
use crate::state::State;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Side {
    Hears,
    Says,
}

/// One 20 ms step's view of the state, at its own instant (a step taken
/// late still hears what sounded then).
pub struct Ear<'a> {
    st: &'a State,
    at: Instant,
    known: HashMap<(String, Side), Signal>,
    working: HashSet<(String, Side)>,
}

/// Whether a media URI makes sound (a playback of silence does not).
fn audible(uri: &str) -> bool {
    !uri.starts_with("sound:silence/")
}

impl<'a> Ear<'a> {
    pub fn new(st: &'a State, at: Instant) -> Ear<'a> {
        Ear {
            st,
            at,
            known: HashMap::new(),
            working: HashSet::new(),
        }
    }

    pub fn hears(&mut self, id: &str) -> Signal {
        self.of(id, Side::Hears)
    }

    pub fn says(&mut self, id: &str) -> Signal {
        self.of(id, Side::Says)
    }

    /// Everything in a bridge, as its recorder hears it.
    pub fn bridge(&mut self, bridge: &str) -> Signal {
        self.bridge_for(bridge, None)
    }

    /// Whether anything is written to the channel now: Asterisk sends a
    /// channel frames while it plays something, or while its bridge has an
    /// announcer, a recorder or another member sending frames: any channel
    /// does, all the time, but a media channel only while its application
    /// gives it audio to play.
    pub fn gets_frames(&self, id: &str) -> bool {
        if self.sounds(&Target::Channel(id.to_string())) {
            return true;
        }
        let Some(bridge) = self
            .st
            .channels
            .get(id)
            .and_then(|c| c.bridge.as_ref())
            .and_then(|b| self.st.bridges.get(b))
        else {
            return false;
        };
        let sends = |member: &String| match self.st.channels.get(member).map(|c| &c.kind) {
            Some(ChannelKind::Media { .. }) => self
                .st
                .media
                .streams
                .get(member)
                .is_some_and(|s| s.speaking.is_some()),
            Some(_) => true,
            None => false,
        };
        bridge.channels.iter().any(|m| m != id && sends(m))
            || bridge.play_announcer.is_some()
            || bridge.moh_announcer.is_some()
            || bridge.recorder.is_some()
    }

    /// A playback on `target` is heard at this instant.
    fn sounds(&self, target: &Target) -> bool {
        let playing = self.st.playbacks.values().any(|p| {
            p.target == *target
                && p.sounding_since.is_some_and(|since| since <= self.at)
                && p.media.get(p.index).is_some_and(|uri| audible(uri))
        });
        playing
            || self
                .st
                .media
                .past
                .iter()
                .any(|s| s.target == *target && s.from <= self.at && self.at < s.until)
    }

    fn of(&mut self, id: &str, side: Side) -> Signal {
        let key = (id.to_string(), side);
        if let Some(known) = self.known.get(&key) {
            return known.clone();
        }
        if !self.working.insert(key.clone()) {
            return Signal::default();
        }
        let signal = match side {
            Side::Hears => self.work_out_hears(id),
            Side::Says => self.work_out_says(id),
        };
        self.working.remove(&key);
        self.known.insert(key, signal.clone());
        signal
    }

    /// The snoops on `id` whispering to its `out` side (what it hears) or
    /// to its `in` side (what it says).
    fn whisperers(&self, id: &str, out_side: bool) -> Vec<String> {
        self.st
            .channels
            .values()
            .filter(|c| match &c.kind {
                ChannelKind::Snoop {
                    target, whisper, ..
                } => {
                    target == id
                        && if out_side {
                            whisper.takes_out()
                        } else {
                            whisper.takes_in()
                        }
                }
                _ => false,
            })
            .map(|c| c.id.clone())
            .collect()
    }

    fn work_out_hears(&mut self, id: &str) -> Signal {
        let st = self.st;
        let Some(channel) = st.channels.get(id) else {
            return Signal::default();
        };
        let mut signal = Signal::default();
        if self.sounds(&Target::Channel(id.to_string())) {
            signal.tone = true;
        }
        if let Some(bridge) = &channel.bridge {
            signal.mix(&self.bridge_for(bridge, Some(id)));
        }
        for snoop in self.whisperers(id, true) {
            signal.mix(&self.hears(&snoop));
        }
        if channel.stasis.is_none() && channel.app_name == "Echo" {
            signal.mix(&self.says(id));
        }
        signal
    }

    fn work_out_says(&mut self, id: &str) -> Signal {
        let st = self.st;
        let Some(channel) = st.channels.get(id) else {
            return Signal::default();
        };
        let mut signal = match &channel.kind {
            ChannelKind::Media { .. } => st
                .media
                .streams
                .get(id)
                .and_then(|s| s.speaking.clone())
                .map(Signal::voice)
                .unwrap_or_default(),
            ChannelKind::Snoop { target, spy, .. } => {
                let mut s = Signal::default();
                if spy.takes_out() {
                    s.mix(&self.hears(target));
                }
                if spy.takes_in() {
                    s.mix(&self.says(target));
                }
                s
            }
            ChannelKind::Local { partner, .. } => self.hears(partner),
            ChannelKind::Phone { .. } => Signal::default(),
        };
        for snoop in self.whisperers(id, false) {
            signal.mix(&self.hears(&snoop));
        }
        signal
    }

    /// What a bridge carries to `listener` (everyone but it), or to its
    /// recorder (everyone).
    fn bridge_for(&mut self, bridge: &str, listener: Option<&str>) -> Signal {
        let st = self.st;
        let Some(b) = st.bridges.get(bridge) else {
            return Signal::default();
        };
        let mut signal = Signal::default();
        if b.moh_announcer.is_some() || self.sounds(&Target::Bridge(bridge.to_string())) {
            signal.tone = true;
        }
        let holding = b.types.iter().any(|t| t == "holding");
        if holding && listener.is_some() {
            return signal;
        }
        for member in &b.channels {
            if Some(member.as_str()) != listener {
                signal.mix(&self.says(member));
            }
        }
        signal
    }
}
