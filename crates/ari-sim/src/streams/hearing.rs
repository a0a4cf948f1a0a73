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
use crate::clock::Clock;
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
    clock: Clock,
    known: HashMap<(String, Side), Signal>,
    working: HashSet<(String, Side)>,
}

/// Whether a media URI makes sound (a playback of silence does not).
fn audible(uri: &str) -> bool {
    !uri.starts_with("sound:silence/")
}

impl<'a> Ear<'a> {
    pub fn new(st: &'a State, at: Instant, clock: Clock) -> Ear<'a> {
        Ear {
            st,
            at,
            clock,
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

    /// A playback on `target` is heard at this instant: it was playing
    /// then, and its current sound was not yet over (however late the
    /// timer that ends it fires).
    fn sounds(&self, target: &Target) -> bool {
        let playing = self.st.playbacks.values().any(|p| {
            p.target == *target
                && p.sounding_since.is_some_and(|since| since <= self.at)
                && self.at < p.started_at + self.clock.scaled(p.remaining)
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

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Instant;

    use super::*;
    use crate::model::{Bridge, Channel, Playback, Way};
    use crate::streams::codec::lookup;
    use crate::streams::signal::Voice;
    use crate::streams::stream::{Link, Options, Stream};

    fn add(st: &mut State, id: &str, kind: ChannelKind) {
        let channel = Channel::new(id.into(), id.into(), kind, String::new());
        st.channels.insert(id.into(), channel);
    }

    fn phone(st: &mut State, id: &str) {
        let kind = ChannelKind::Phone {
            tech: "PJSIP".into(),
            resource: id.into(),
        };
        add(st, id, kind);
    }

    fn snoop(st: &mut State, id: &str, target: &str, spy: Way, whisper: Way) {
        let kind = ChannelKind::Snoop {
            target: target.into(),
            spy,
            whisper,
        };
        add(st, id, kind);
    }

    /// A media channel, saying `voice` (a frame of that value) if given.
    fn media(st: &mut State, id: &str, voice: Option<i16>) {
        let kind = ChannelKind::Media {
            tech: "WebSocket",
            dialstring: "INCOMING".into(),
        };
        add(st, id, kind);
        let link = Link::WebSocket {
            connection_id: id.into(),
            session: None,
        };
        let mut stream = Stream::new(id, lookup("slin").unwrap(), Options::default(), link);
        stream.speaking = voice.map(|v| {
            Arc::new(Voice {
                source: id.into(),
                rate: 8000,
                samples: vec![v; 160],
            })
        });
        st.media.streams.insert(id.into(), stream);
    }

    fn bridge(st: &mut State, id: &str, kind: &str, members: &[&str]) {
        for m in members {
            if let Some(c) = st.channels.get_mut(*m) {
                c.bridge = Some(id.into());
            }
        }
        st.bridges.insert(
            id.into(),
            Bridge {
                id: id.into(),
                name: String::new(),
                types: vec![kind.into()],
                channels: members.iter().map(|m| m.to_string()).collect(),
                creationtime: String::new(),
                video_source: None,
                shown_video_source: None,
                vars: Default::default(),
                moh_announcer: None,
                play_announcer: None,
                recorder: None,
            },
        );
    }

    fn play(st: &mut State, target: Target, uri: &str) {
        let id = format!("pb{}", st.playbacks.len());
        let now = Instant::now();
        st.playbacks.insert(
            id.clone(),
            Playback {
                id,
                media: vec![uri.into()],
                index: 0,
                target,
                language: "en".into(),
                state: "playing",
                skipms: 3000,
                epoch: 0,
                remaining: 1.0,
                canceled: false,
                started_at: now,
                sounding_since: Some(now),
            },
        );
    }

    fn state() -> State {
        State::new(Some(1), &[])
    }

    #[test]
    fn a_tap_hears_what_its_target_hears() {
        let mut st = state();
        phone(&mut st, "call");
        snoop(&mut st, "out", "call", Way::Out, Way::None);
        snoop(&mut st, "in", "call", Way::In, Way::None);
        media(&mut st, "tap", None);
        bridge(&mut st, "b", "mixing", &["out", "tap"]);
        play(&mut st, Target::Channel("call".into()), "sound:hello-world");
        let mut ear = Ear::new(&st, Instant::now(), Clock::new(1.0));
        assert!(ear.says("out").tone);
        assert!(ear.says("in").is_silent(), "the phone says nothing");
        assert!(ear.hears("tap").tone);
        assert!(ear.gets_frames("tap"));
        assert!(ear.gets_frames("call"), "its own playback");
        assert!(!ear.gets_frames("in"), "not bridged, nothing of its own");
    }

    #[test]
    fn silence_and_time_are_heard_as_such() {
        let mut st = state();
        phone(&mut st, "call");
        play(&mut st, Target::Channel("call".into()), "sound:silence/1");
        let before = Instant::now() - std::time::Duration::from_secs(1);
        assert!(
            Ear::new(&st, Instant::now(), Clock::new(1.0))
                .hears("call")
                .is_silent()
        );
        play(&mut st, Target::Channel("call".into()), "sound:beep");
        assert!(
            Ear::new(&st, Instant::now(), Clock::new(1.0))
                .hears("call")
                .tone
        );
        assert!(
            Ear::new(&st, before, Clock::new(1.0))
                .hears("call")
                .is_silent(),
            "not yet playing then"
        );
        // Ended, and still heard by a step of that time.
        st.playbacks.clear();
        st.media
            .sounded(Target::Channel("call".into()), before, Instant::now());
        let during = before + std::time::Duration::from_millis(500);
        assert!(Ear::new(&st, during, Clock::new(1.0)).hears("call").tone);
        // Over (1 s from its start) though its timer has not fired yet.
        play(&mut st, Target::Channel("call".into()), "sound:beep");
        for p in st.playbacks.values_mut() {
            p.started_at = before;
            p.sounding_since = Some(before);
        }
        st.media.past.clear();
        let now = Instant::now() + std::time::Duration::from_millis(10);
        assert!(
            Ear::new(&st, now, Clock::new(1.0))
                .hears("call")
                .is_silent()
        );
        assert!(Ear::new(&st, during, Clock::new(1.0)).hears("call").tone);
    }

    #[test]
    fn bridges_carry_their_members_but_holding_ones_do_not() {
        let mut st = state();
        media(&mut st, "a", Some(1000));
        media(&mut st, "b", None);
        phone(&mut st, "c");
        bridge(&mut st, "mix", "mixing", &["a", "b", "c"]);
        let mut ear = Ear::new(&st, Instant::now(), Clock::new(1.0));
        assert_eq!(ear.hears("b").voices.len(), 1);
        assert!(ear.hears("a").is_silent(), "nobody hears themselves");
        assert!(ear.gets_frames("a"), "the phone sends frames");
        bridge(&mut st, "hold", "holding", &["a", "b"]);
        st.bridges.remove("mix");
        let mut ear = Ear::new(&st, Instant::now(), Clock::new(1.0));
        assert!(ear.hears("b").is_silent());
        assert!(
            !Ear::new(&st, Instant::now(), Clock::new(1.0)).gets_frames("a"),
            "a silent media channel sends none"
        );
        st.bridges.get_mut("hold").unwrap().moh_announcer = Some("Announcer/x".into());
        assert!(
            Ear::new(&st, Instant::now(), Clock::new(1.0))
                .hears("a")
                .tone
        );
    }

    #[test]
    fn whispers_local_pairs_and_loops() {
        let mut st = state();
        let pair = |half, partner: &str| ChannelKind::Local {
            half,
            partner: partner.into(),
        };
        add(&mut st, "l1", pair(1, "l2"));
        add(&mut st, "l2", pair(2, "l1"));
        // Whispered to l1's out side (it hears it), spied on both sides,
        // in a bridge with the media channel that speaks: a loop.
        snoop(&mut st, "w", "l1", Way::Both, Way::Out);
        media(&mut st, "m", Some(500));
        bridge(&mut st, "b", "mixing", &["w", "m"]);
        let mut ear = Ear::new(&st, Instant::now(), Clock::new(1.0));
        assert_eq!(ear.hears("l1").voices.len(), 1, "the whisper");
        assert_eq!(
            ear.says("l2").voices.len(),
            1,
            "a Local half says what the other hears"
        );
        assert_eq!(ear.hears("m").voices.len(), 1, "its own voice back, once");
        // Echo() on the far end sends back what it is told.
        st.channels.get_mut("l2").unwrap().app_name = "Echo".into();
        let mut ear = Ear::new(&st, Instant::now(), Clock::new(1.0));
        assert_eq!(ear.says("l1").voices.len(), 1);
    }
}
