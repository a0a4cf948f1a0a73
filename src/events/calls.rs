//! Which call an event belongs to, so that interleaved calls read like
//! separate streams (a tag and a colour each) and `--call` can follow one.
//!
//! ARI's channel model carries no linkedid, so the grouping is rebuilt from
//! what the events show of how channels are related, which is what Asterisk
//! itself links: the two halves of a Local channel (`Local/x@y-0000001a;1`
//! and `;2`), a leg and the channel that dialled it (`Dial` names both), and
//! a snoop and the channel it spies on (`Snoop/<id>-...`). Bridged calls stay
//! separate calls; the bridge's own events go with its first call.

use crate::clock::timestamp_ms;
use std::collections::HashSet;

/// Maps looked up a few times per event: a fast hash (the ids come from the
/// server, not from someone who could pick colliding keys to slow ari down
/// much: foldhash is seeded per process anyway).
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use super::brief::Brief;

/// The most channels tracked at once (a few MB).
const MAX_TRACKED: usize = 50_000;

/// A call's number: its tag is `c<number>`, in the order calls appeared.
pub type CallId = u32;

#[derive(Debug)]
struct Call {
    /// Channels of the call still alive.
    legs: usize,
    /// When its first event happened (ms since the epoch), for `--relative`.
    started: Option<i64>,
    /// Why it failed, once known (`busy (Dial BUSY)`): a later hang-up with
    /// no cause of its own (cause 0) tells the same story.
    failure: Option<String>,
}

/// What the events showed of one live channel, for the words of its later
/// events: Asterisk's own causes say little when a call fails early.
#[derive(Debug)]
struct Leg {
    call: CallId,
    /// Its creation was seen (the tail did not start in the middle of it).
    created: bool,
    /// It ran at least one dialplan step.
    ran_dialplan: bool,
    /// The application its last `Stasis(...)` step asked for.
    stasis_app: Option<String>,
}

/// What the renderer shows of an event's call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CallView {
    pub id: CallId,
    pub started: Option<i64>,
}

#[derive(Debug, Default)]
pub struct Calls {
    last: CallId,
    calls: HashMap<CallId, Call>,
    /// Live channel id → its call and what it did.
    channels: HashMap<String, Leg>,
    /// Live channel id → its name (to show a playback's channel by name).
    names: HashMap<String, String>,
    /// `Local/x@y-0000001a` → the call of its halves, and how many are alive.
    locals: HashMap<String, (CallId, usize)>,
    /// Bridge id → the channels in it.
    bridges: HashMap<String, Vec<String>>,
    /// A linkedid (ari.conf `channelvars = CHANNEL(linkedid)`) → its call.
    linked: HashMap<String, CallId>,
    /// Why the last event observed happened, when its own fields do not say.
    why: Option<String>,
}

/// `Local/wait@lab-00000002;1` → `Local/wait@lab-00000002`.
fn local_base(name: &str) -> Option<&str> {
    if !name.starts_with("Local/") {
        return None;
    }
    let (base, half) = name.rsplit_once(';')?;
    matches!(half, "1" | "2").then_some(base)
}

/// The application a `Stasis(app,args...)` step asks for.
fn stasis_app(data: &str) -> Option<&str> {
    Some(data.split(',').next()?.trim()).filter(|a| !a.is_empty())
}

/// A `Dial` status that ends the call's attempt, in words.
fn dial_failure(status: &str) -> Option<String> {
    let words = match status {
        "BUSY" => "busy",
        "CONGESTION" => "congestion",
        "NOANSWER" => "no answer",
        "CHANUNAVAIL" => "unavailable",
        "CANCEL" => "cancelled",
        "INVALIDARGS" => "invalid arguments",
        _ => return None,
    };
    Some(format!("{words} (Dial {status})"))
}

/// `Snoop/1795511668.3-00000001` → `1795511668.3`.
fn snooped(name: &str) -> Option<&str> {
    let rest = name.strip_prefix("Snoop/")?;
    Some(rest.rsplit_once('-').map_or(rest, |(id, _)| id))
}

impl Calls {
    pub fn new() -> Calls {
        Calls::default()
    }

    /// Take in one event; the call it belongs to, if any.
    pub fn observe(&mut self, event: &Brief) -> Option<CallView> {
        let kind = event.kind();
        let id = match event.subject().and_then(|c| c.id.as_deref()) {
            Some(channel) => Some(self.place_channel(event, channel)),
            None => self.call_without_channel(event),
        };
        if let Some(id) = id
            && let Some(call) = self.calls.get_mut(&id)
            && call.started.is_none()
        {
            call.started = event.timestamp.as_deref().and_then(timestamp_ms);
        }
        self.why = None;
        if let Some(id) = id {
            self.explain(event, kind, id);
        }
        self.track_bridges(event, kind);
        let view = id.map(|id| CallView {
            id,
            started: self.calls.get(&id).and_then(|c| c.started),
        });
        if kind == "ChannelDestroyed"
            && let Some(channel) = event.subject().and_then(|c| c.id.as_deref())
        {
            self.forget_channel(channel, event);
        }
        view
    }

    /// Why the event last observed happened, in words, when its own fields
    /// do not say: `no application hello registered` for a failed Stasis(),
    /// `no such extension nosuch@lab` for a Local half that never ran the
    /// dialplan, `busy (Dial BUSY)` for the hang-ups of a busy call.
    pub fn why(&self) -> Option<&str> {
        self.why.as_deref()
    }

    /// Remember what explains later events, and explain this one.
    fn explain(&mut self, event: &Brief, kind: &str, call: CallId) {
        let subject = event.subject();
        let channel = subject.and_then(|c| c.id.as_deref());
        match kind {
            "ChannelCreated" => {
                if let Some(leg) = channel.and_then(|c| self.channels.get_mut(c)) {
                    leg.created = true;
                }
            }
            "ChannelDialplan" => {
                if let Some(leg) = channel.and_then(|c| self.channels.get_mut(c)) {
                    leg.ran_dialplan = true;
                    if event.dialplan_app.as_deref() == Some("Stasis") {
                        leg.stasis_app = event
                            .dialplan_app_data
                            .as_deref()
                            .and_then(stasis_app)
                            .map(str::to_string);
                    }
                }
            }
            "Dial" => {
                if let Some(failure) = event.dialstatus.as_deref().and_then(dial_failure)
                    && let Some(c) = self.calls.get_mut(&call)
                {
                    c.failure = Some(failure);
                }
            }
            "ChannelVarset"
                if event.variable.as_deref() == Some("STASISSTATUS")
                    && event.value.as_deref() == Some("FAILED") =>
            {
                // Asterisk logs "Stasis app 'hello' doesn't exist"; ARI only
                // sets the variable.
                // The channel's own snapshot names the application when it
                // is still on its Stasis() step; else the step seen before.
                let app = subject
                    .and_then(|c| c.dialplan.as_ref())
                    .filter(|d| d.app_name.as_deref() == Some("Stasis"))
                    .and_then(|d| d.app_data.as_deref())
                    .and_then(stasis_app)
                    .or_else(|| {
                        channel
                            .and_then(|c| self.channels.get(c))
                            .and_then(|leg| leg.stasis_app.as_deref())
                    });
                let failure = match app {
                    Some(app) => format!("no application {app} registered"),
                    None => "the application is not registered".to_string(),
                };
                // The hang-ups that follow (cause 0) say it again.
                if let Some(c) = self.calls.get_mut(&call) {
                    c.failure = Some(failure.clone());
                }
                self.why = Some(failure);
            }
            "ChannelHangupRequest" | "ChannelDestroyed" => {
                if event.cause.unwrap_or(0) != 0 && event.soft != Some(true) {
                    return;
                }
                let never_ran = kind == "ChannelDestroyed"
                    && channel
                        .and_then(|c| self.channels.get(c))
                        .is_some_and(|leg| leg.created && !leg.ran_dialplan);
                let local_second_half = subject
                    .and_then(|c| c.name.as_deref())
                    .is_some_and(|n| n.starts_with("Local/") && n.ends_with(";2"));
                if never_ran && local_second_half && event.soft != Some(true) {
                    // A Local channel's `;2` half runs the dialplan at once;
                    // gone without a step, its extension does not exist.
                    let place = subject
                        .and_then(|c| c.dialplan.as_ref())
                        .map(|d| {
                            format!(
                                "{}@{}",
                                d.exten.as_deref().unwrap_or(""),
                                d.context.as_deref().unwrap_or("")
                            )
                        })
                        .unwrap_or_default();
                    let failure = format!("no such extension {place}");
                    self.why = Some(format!("{failure} (its dialplan never ran)"));
                    if let Some(c) = self.calls.get_mut(&call) {
                        c.failure = Some(failure);
                    }
                    return;
                }
                self.why = self.calls.get(&call).and_then(|c| c.failure.clone());
            }
            _ => {}
        }
    }

    /// The name a live channel goes by.
    pub fn name_of(&self, channel: &str) -> Option<&str> {
        self.names.get(channel).map(String::as_str)
    }

    /// The call of a live channel.
    pub fn call_of(&self, channel: &str) -> Option<CallId> {
        self.channels.get(channel).map(|leg| leg.call)
    }

    /// The call of a linkedid the server showed.
    pub fn call_of_linkedid(&self, linkedid: &str) -> Option<CallId> {
        self.linked.get(linkedid).copied()
    }

    /// Channels in a bridge, as the events told.
    pub fn bridge_members(&self, bridge: &str) -> &[String] {
        self.bridges.get(bridge).map(Vec::as_slice).unwrap_or(&[])
    }

    fn new_call(&mut self) -> CallId {
        // Channels whose end the tail never sees (an application hears nothing
        // after StasisEnd) must not pile up over a long tail: past this many,
        // start afresh (tags keep counting up, so none is reused).
        if self.channels.len() >= MAX_TRACKED {
            let last = self.last;
            *self = Calls::default();
            self.last = last;
        }
        self.last += 1;
        self.calls.insert(
            self.last,
            Call {
                legs: 0,
                started: None,
                failure: None,
            },
        );
        self.last
    }

    fn join(&mut self, channel: &str, name: Option<&str>, call: CallId) {
        if !self.channels.contains_key(channel) {
            self.channels.insert(
                channel.to_string(),
                Leg {
                    call,
                    created: false,
                    ran_dialplan: false,
                    stasis_app: None,
                },
            );
            if let Some(c) = self.calls.get_mut(&call) {
                c.legs += 1;
            }
            if let Some(base) = name.and_then(local_base) {
                let entry = self.locals.entry(base.to_string()).or_insert((call, 0));
                entry.1 += 1;
            }
        }
        if let Some(name) = name
            && self.names.get(channel).map(String::as_str) != Some(name)
        {
            self.names.insert(channel.to_string(), name.to_string());
        }
    }

    fn place_channel(&mut self, event: &Brief, channel: &str) -> CallId {
        let name = event.subject().and_then(|c| c.name.as_deref());
        let linkedid = event.subject().and_then(|c| c.linkedid());
        let call = if let Some(call) = self.call_of(channel) {
            call
        } else if let Some(linkedid) = linkedid {
            // The server says which call: no guessing.
            match self.linked.get(linkedid) {
                Some(call) if self.calls.contains_key(call) => *call,
                _ => {
                    let call = self.new_call();
                    self.linked.insert(linkedid.to_string(), call);
                    call
                }
            }
        } else if let Some(call) = event
            .caller
            .as_ref()
            .and_then(|c| c.id.as_deref())
            .and_then(|caller| self.call_of(caller))
        {
            // A new leg, dialled by a channel we know.
            call
        } else if let Some(call) = name
            .and_then(local_base)
            .and_then(|base| self.locals.get(base))
            .map(|(call, _)| *call)
        {
            call
        } else if let Some(call) = name.and_then(snooped).and_then(|spied| self.call_of(spied)) {
            call
        } else {
            self.new_call()
        };
        self.join(channel, name, call);
        // `Dial` also tells who dialled: the same call.
        if event.kind() == "Dial"
            && let Some(caller) = event.caller.as_ref()
            && let Some(id) = caller.id.as_deref()
            && self.call_of(id).is_none()
        {
            self.join(id, caller.name.as_deref(), call);
        }
        call
    }

    /// Playbacks and recordings go with their channel's (or bridge's) call,
    /// bridge events with the bridge's first channel's call.
    fn call_without_channel(&self, event: &Brief) -> Option<CallId> {
        if let Some(channel) = event.target_channel() {
            return self.call_of(channel);
        }
        let bridge = event
            .target_bridge()
            .or_else(|| event.bridge.as_ref().and_then(|b| b.id.as_deref()))?;
        let listed = event
            .bridge
            .as_ref()
            .and_then(|b| b.channels.as_ref())
            .and_then(|c| c.iter().find_map(|c| self.call_of(c)));
        listed.or_else(|| {
            self.bridge_members(bridge)
                .iter()
                .find_map(|c| self.call_of(c))
        })
    }

    fn track_bridges(&mut self, event: &Brief, kind: &str) {
        let Some(bridge) = event.bridge.as_ref().and_then(|b| b.id.as_deref()) else {
            return;
        };
        let channel = event.subject().and_then(|c| c.id.as_deref());
        match (kind, channel) {
            ("ChannelEnteredBridge", Some(channel)) => {
                let members = self.bridges.entry(bridge.to_string()).or_default();
                if !members.iter().any(|m| m == channel) {
                    members.push(channel.to_string());
                }
            }
            ("ChannelLeftBridge", Some(channel)) => {
                if let Some(members) = self.bridges.get_mut(bridge) {
                    members.retain(|m| m != channel);
                }
            }
            ("BridgeDestroyed", _) => {
                self.bridges.remove(bridge);
            }
            _ => {}
        }
    }

    fn forget_channel(&mut self, channel: &str, event: &Brief) {
        let Some(Leg { call, .. }) = self.channels.remove(channel) else {
            return;
        };
        let name = self.names.remove(channel);
        if let Some(base) = name
            .as_deref()
            .or(event.subject().and_then(|c| c.name.as_deref()))
            .and_then(local_base)
            && let Some(entry) = self.locals.get_mut(base)
        {
            entry.1 = entry.1.saturating_sub(1);
            if entry.1 == 0 {
                self.locals.remove(base);
            }
        }
        if let Some(c) = self.calls.get_mut(&call) {
            c.legs = c.legs.saturating_sub(1);
            if c.legs == 0 {
                self.calls.remove(&call);
                self.linked.retain(|_, c| *c != call);
            }
        }
        for members in self.bridges.values_mut() {
            members.retain(|m| m != channel);
        }
    }
}

/// Whether `text` starts with `prefix` and the prefix ends where a word
/// does: it ends in a separator (`PJSIP/`), or the next character, if any,
/// is not a letter or digit.
fn starts_with_words(text: &str, prefix: &str) -> bool {
    let ends_word = |rest: &str| {
        prefix.ends_with(|c: char| !c.is_alphanumeric()) || !rest.starts_with(char::is_alphanumeric)
    };
    text.strip_prefix(prefix).is_some_and(ends_word)
}

/// `--call ID`: one call, found by a channel id, name or caller, and
/// everything about it: its channels, their new legs, the bridges they
/// enter, playbacks and recordings on any of them.
#[derive(Debug)]
pub struct Follow {
    wanted: String,
    call: Option<CallId>,
    /// Bridges the call's channels are in.
    bridges: HashSet<String>,
}

impl Follow {
    pub fn new(wanted: &str) -> Follow {
        Follow {
            wanted: wanted.to_string(),
            call: None,
            bridges: HashSet::new(),
        }
    }

    /// Whether a channel is the one asked for: its id, or its name or its
    /// caller's name starting with the words asked for (`PJSIP/alice` for
    /// `PJSIP/alice-0000001a`, `Local/dtmf` for `Local/dtmf@lab-00000001;1`,
    /// never `PJSIP/alice2-...`), or its caller's number starting with the
    /// digits asked for.
    fn names(&self, event: &Brief) -> bool {
        let Some(channel) = event.subject() else {
            return false;
        };
        let wanted = self.wanted.as_str();
        if wanted.is_empty() {
            return false;
        }
        let caller = channel.caller.as_ref();
        channel.id.as_deref() == Some(wanted)
            || channel
                .name
                .as_deref()
                .is_some_and(|name| starts_with_words(name, wanted))
            || caller
                .and_then(|c| c.name.as_deref())
                .is_some_and(|name| starts_with_words(name, wanted))
            || caller
                .and_then(|c| c.number.as_deref())
                .is_some_and(|number| number.starts_with(wanted))
    }

    /// What `--call` waits for, in words, while no channel matched yet.
    pub fn describe(&self) -> String {
        format!(
            "--call {}: waiting for a channel with that id, or whose name, caller name or caller number starts with it",
            self.wanted
        )
    }

    /// Whether the call asked for was found.
    pub fn found(&self) -> bool {
        self.call.is_some()
    }

    /// Whether to show the event (after `Calls::observe` placed it).
    pub fn accepts(&mut self, event: &Brief, call: Option<CallView>, calls: &Calls) -> bool {
        if self.call.is_none() {
            if let Some(c) = calls
                .call_of(&self.wanted)
                .or_else(|| calls.call_of_linkedid(&self.wanted))
            {
                // A channel id that was already known (or the linkedid, which
                // is the first channel's id).
                self.call = Some(c);
            } else if self.names(event) {
                self.call = call.map(|c| c.id);
            }
        }
        let Some(followed) = self.call else {
            return false;
        };
        let bridge = event.bridge.as_ref().and_then(|b| b.id.as_deref());
        let ours = call.is_some_and(|c| c.id == followed)
            && event.subject().and_then(|c| c.id.as_deref()).is_some();
        // A bridge the call entered stays followed until it is destroyed,
        // so that its end (channels leaving, BridgeDestroyed) shows too.
        if ours
            && event.kind() == "ChannelEnteredBridge"
            && let Some(bridge) = bridge
        {
            self.bridges.insert(bridge.to_string());
        }
        let in_ours = |b: Option<&str>| b.is_some_and(|b| self.bridges.contains(b));
        let about_ours = call.is_some_and(|c| c.id == followed)
            || in_ours(bridge)
            || in_ours(event.target_bridge());
        if event.kind() == "BridgeDestroyed"
            && let Some(bridge) = bridge
        {
            self.bridges.remove(bridge);
        }
        about_ours
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(text: &str) -> Brief<'_> {
        Brief::parse(text).unwrap()
    }

    #[test]
    fn local_halves_and_dialled_legs_are_one_call() {
        let mut calls = Calls::new();
        let a = calls
            .observe(&ev(r#"{"type":"ChannelCreated","timestamp":"2026-11-22T11:07:46.150+0000","channel":{"id":"1.1","name":"Local/wait@lab-00000001;1"}}"#))
            .unwrap();
        let b = calls
            .observe(&ev(r#"{"type":"ChannelCreated","channel":{"id":"1.2","name":"Local/wait@lab-00000001;2"}}"#))
            .unwrap();
        assert_eq!(a.id, b.id);
        assert!(a.started.is_some());
        let leg = calls
            .observe(&ev(r#"{"type":"Dial","caller":{"id":"1.2","name":"Local/wait@lab-00000001;2"},"peer":{"id":"1.7","name":"PJSIP/bob-00000003"}}"#))
            .unwrap();
        assert_eq!(leg.id, a.id);
        let other = calls
            .observe(&ev(
                r#"{"type":"ChannelCreated","channel":{"id":"1.9","name":"PJSIP/carol-00000004"}}"#,
            ))
            .unwrap();
        assert_ne!(other.id, a.id);
        let snoop = calls
            .observe(&ev(
                r#"{"type":"ChannelCreated","channel":{"id":"1.10","name":"Snoop/1.9-00000001"}}"#,
            ))
            .unwrap();
        assert_eq!(snoop.id, other.id);
        let playback = calls
            .observe(&ev(
                r#"{"type":"PlaybackStarted","playback":{"id":"p","target_uri":"channel:1.7"}}"#,
            ))
            .unwrap();
        assert_eq!(playback.id, a.id);
    }

    #[test]
    fn a_call_is_forgotten_when_its_channels_are_gone() {
        let mut calls = Calls::new();
        for half in ["1", "2"] {
            calls.observe(&ev(&format!(
                r#"{{"type":"ChannelCreated","channel":{{"id":"1.{half}","name":"Local/x@y-0000000a;{half}"}}}}"#
            )));
        }
        for half in ["1", "2"] {
            calls.observe(&ev(&format!(
                r#"{{"type":"ChannelDestroyed","channel":{{"id":"1.{half}","name":"Local/x@y-0000000a;{half}"}}}}"#
            )));
        }
        assert!(calls.calls.is_empty() && calls.channels.is_empty() && calls.locals.is_empty());
        // A new call gets a new tag, never an old one.
        let next = calls
            .observe(&ev(
                r#"{"type":"ChannelCreated","channel":{"id":"2.1","name":"PJSIP/a-1"}}"#,
            ))
            .unwrap();
        assert_eq!(next.id, 2);
    }

    #[test]
    fn follow_matches_the_leading_words_of_a_name_and_the_start_of_a_number() {
        let channel = |name: &str, number: &str| {
            format!(
                r#"{{"type":"ChannelCreated","channel":{{"id":"7.1","name":"{name}","caller":{{"name":"Alice Smith","number":"{number}"}}}}}}"#
            )
        };
        let names = |wanted: &str, name: &str, number: &str| {
            Follow::new(wanted).names(&ev(&channel(name, number)))
        };
        assert!(names("Local/dtmf", "Local/dtmf@lab-00000001;1", ""));
        assert!(names("Local/dtmf@lab", "Local/dtmf@lab-00000001;1", ""));
        assert!(names("PJSIP/alice", "PJSIP/alice-0000001a", ""));
        assert!(names("PJSIP/", "PJSIP/alice-0000001a", ""));
        assert!(names("7.1", "PJSIP/bob-1", ""));
        assert!(names("Alice", "PJSIP/bob-1", ""));
        assert!(names("+4930", "PJSIP/bob-1", "+493012345"));
        assert!(!names("PJSIP/alice", "PJSIP/alice2-00000001", ""));
        assert!(!names("Local/dt", "Local/dtmf@lab-00000001;1", ""));
        assert!(!names("Ali", "PJSIP/bob-1", "1001"));
        assert!(!names("", "PJSIP/bob-1", "1001"));
    }

    #[test]
    fn follow_finds_a_call_by_name_before_it_exists_and_keeps_its_bridge() {
        let mut calls = Calls::new();
        let mut follow = Follow::new("PJSIP/alice");
        let mut show = |calls: &mut Calls, text: &str| {
            let brief = ev(text);
            let call = calls.observe(&brief);
            follow.accepts(&brief, call, calls)
        };
        assert!(!show(
            &mut calls,
            r#"{"type":"ChannelCreated","channel":{"id":"9.1","name":"PJSIP/bob-00000001"}}"#
        ));
        assert!(show(
            &mut calls,
            r#"{"type":"ChannelCreated","channel":{"id":"9.2","name":"PJSIP/alice-00000002"}}"#
        ));
        assert!(show(
            &mut calls,
            r#"{"type":"ChannelEnteredBridge","bridge":{"id":"b1","channels":["9.2"]},"channel":{"id":"9.2"}}"#
        ));
        // The other call's channel entering our bridge is about the bridge.
        assert!(show(
            &mut calls,
            r#"{"type":"ChannelEnteredBridge","bridge":{"id":"b1","channels":["9.2","9.1"]},"channel":{"id":"9.1"}}"#
        ));
        assert!(!show(
            &mut calls,
            r#"{"type":"ChannelDtmfReceived","digit":"1","channel":{"id":"9.1"}}"#
        ));
        assert!(show(
            &mut calls,
            r#"{"type":"PlaybackStarted","playback":{"id":"p","target_uri":"bridge:b1"}}"#
        ));
        assert!(show(
            &mut calls,
            r#"{"type":"BridgeDestroyed","bridge":{"id":"b1","channels":[]}}"#
        ));
        assert!(!show(
            &mut calls,
            r#"{"type":"PlaybackStarted","playback":{"id":"q","target_uri":"bridge:b1"}}"#
        ));
    }

    #[test]
    fn why_a_stasis_failed_comes_from_the_step_or_the_snapshot() {
        let mut calls = Calls::new();
        calls.observe(&ev(
            r#"{"type":"ChannelDialplan","dialplan_app":"Stasis","dialplan_app_data":"hello,world","channel":{"id":"1.2","name":"Local/hello@lab-00000001;2"}}"#,
        ));
        calls.observe(&ev(
            r#"{"type":"ChannelVarset","variable":"STASISSTATUS","value":"FAILED","channel":{"id":"1.2","name":"Local/hello@lab-00000001;2"}}"#,
        ));
        assert_eq!(calls.why(), Some("no application hello registered"));
        calls.observe(&ev(
            r#"{"type":"ChannelVarset","variable":"STASISSTATUS","value":"FAILED","channel":{"id":"2.1","name":"PJSIP/a-1","dialplan":{"app_name":"Stasis","app_data":"x"}}}"#,
        ));
        assert_eq!(calls.why(), Some("no application x registered"));
        calls.observe(&ev(
            r#"{"type":"ChannelVarset","variable":"STASISSTATUS","value":"SUCCESS","channel":{"id":"2.1"}}"#,
        ));
        assert_eq!(calls.why(), None);
    }
}
