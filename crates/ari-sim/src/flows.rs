//! What happens over time: dialplans running, far ends answering, channels
//! entering and leaving Stasis, hangups, prompts playing and recordings
//! running. Event sequences follow the recordings of a real Asterisk 22.

use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::Sim;
use super::dialplan::{Step, steps};
use super::media;
use super::model::{AfterAnswer, ChannelKind, Target};
use super::state::{State, Topic};
use ari_spec::causes::cause_text;

/// Seconds a phone (PJSIP/...) rings before it answers.
pub const PHONE_ANSWER_DELAY: f64 = 1.0;
/// Seconds the dialplan's Answer() takes before the next priority, as in Asterisk.
const ANSWER_APP_DELAY: f64 = 0.5;
/// Seconds between DTMF digits a simulated caller presses.
const CALLER_DIGIT_GAP: f64 = 0.25;
/// Seconds each digit of SendDTMF() takes (its default tone and gap).
const SEND_DTMF_GAP: f64 = 0.2;

fn fields(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

// ------------------------------------------------------------------ dialling

/// An originated channel starts dialling: the far end rings and answers.
pub fn dial(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(channel) = st.channels.get(id) else {
        return;
    };
    let caller_set = !channel.caller.name.is_empty() || !channel.caller.number.is_empty();
    let dialstring = match &channel.kind {
        ChannelKind::Local { .. } => format!("{}@{}", channel.exten, channel.context),
        ChannelKind::Phone { resource, .. } => resource.clone(),
        ChannelKind::Snoop { .. } => String::new(),
    };
    let kind = channel.kind.clone();
    // Calling a Local channel copies the first half's variables (those given
    // to originate) to the second, which reports them.
    if let ChannelKind::Local { partner, .. } = &kind {
        let vars: Vec<(String, String)> = channel
            .vars
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (name, value) in vars {
            if let Some(c) = st.channels.get_mut(partner) {
                c.vars.insert(name.clone(), value.clone());
            }
            st.emit_channel(
                "ChannelVarset",
                partner,
                fields(&[("variable", json!(name)), ("value", json!(value))]),
            );
        }
    }
    if let ChannelKind::Local { partner, .. } = &kind
        && caller_set
    {
        emit_caller_id(st, partner);
        st.emit_channel("ChannelConnectedLine", partner, Map::new());
    }
    if let Some(c) = st.channels.get_mut(id) {
        c.dialing = Some(dialstring.clone());
    }
    emit_dial(st, id, "", &dialstring);
    match kind {
        ChannelKind::Local { partner, .. } => {
            // Nobody answers within the dial's timeout: it ends unanswered.
            let timeout = st.channels.get(id).map_or(30.0, |c| c.dial_timeout);
            let epoch = epoch_of(st, id);
            let (one, two) = (id.to_string(), partner.clone());
            sim.after(timeout, move |st, _| {
                let ringing = st.channels.get(&one).is_some_and(|c| c.dialing.is_some());
                if ringing && epoch_of(st, &one) == epoch {
                    local_dial_failed(st, &one, &two, 19, 19);
                }
            });
            run_dialplan(st, sim, &partner)
        }
        ChannelKind::Phone { resource, .. } => {
            set_state(st, id, "Ringing");
            let epoch = epoch_of(st, id);
            let id = id.to_string();
            match resource.as_str() {
                "busy" => sim.after(0.5, move |st, sim| {
                    if epoch_of(st, &id) == epoch {
                        emit_dial(st, &id, "BUSY", &resource);
                        hangup(st, sim, &id, 17, false);
                    }
                }),
                "noanswer" => {
                    let timeout = st.channels.get(&id).map_or(30.0, |c| c.dial_timeout);
                    sim.after(timeout, move |st, sim| {
                        if epoch_of(st, &id) == epoch {
                            emit_dial(st, &id, "NOANSWER", &resource);
                            hangup(st, sim, &id, 19, false);
                        }
                    })
                }
                _ => sim.after(PHONE_ANSWER_DELAY, move |st, sim| {
                    if epoch_of(st, &id) == epoch {
                        far_end_answered(st, sim, &id, &resource);
                    }
                }),
            }
        }
        ChannelKind::Snoop { .. } => {}
    }
}

fn emit_caller_id(st: &mut State, id: &str) {
    st.emit_channel(
        "ChannelCallerId",
        id,
        fields(&[
            ("caller_presentation", json!(0)),
            (
                "caller_presentation_txt",
                json!("Presentation Allowed, Not Screened"),
            ),
        ]),
    );
}

/// A channel takes in a caller id change its Local partner passed on.
fn take_caller(st: &mut State, id: &str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let Some(caller) = channel.pending_caller.take() else {
        return;
    };
    channel.caller = caller;
    emit_caller_id(st, id);
}

/// Whether a channel takes in a caller id change at once: one in Stasis
/// does. In the dialplan, as a real Asterisk shows it, Answer() holds it
/// until it returns, and Wait() or Echo() until the channel goes.
fn reading_frames(st: &State, id: &str) -> bool {
    st.channels.get(id).is_some_and(|c| c.stasis.is_some())
}

fn emit_dial(st: &mut State, id: &str, status: &str, dialstring: &str) {
    // Any status but these ends the dial.
    if !matches!(status, "" | "RINGING" | "PROGRESS" | "PROCEEDING")
        && let Some(c) = st.channels.get_mut(id)
    {
        c.dialing = None;
    }
    let Some(peer) = st.channels.get(id).map(|c| c.json()) else {
        return;
    };
    st.emit(
        "Dial",
        fields(&[
            ("dialstatus", json!(status)),
            ("forward", json!("")),
            ("dialstring", json!(dialstring)),
            ("peer", peer),
        ]),
        &[Topic::Channel(id.to_string())],
    );
}

fn epoch_of(st: &State, id: &str) -> Option<u64> {
    st.channels.get(id).map(|c| c.epoch)
}

pub fn set_state(st: &mut State, id: &str, state: &'static str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    if channel.state == state {
        return;
    }
    channel.state = state;
    st.emit_channel("ChannelStateChange", id, Map::new());
}

/// The far end of an originated channel answered: it comes up and goes on
/// into Stasis or the dialplan.
fn far_end_answered(st: &mut State, sim: &Arc<Sim>, id: &str, dialstring: &str) {
    set_state(st, id, "Up");
    emit_dial(st, id, "ANSWER", dialstring);
    let Some(after) = st.channels.get(id).map(|c| c.after_answer.clone()) else {
        return;
    };
    match after {
        AfterAnswer::Stasis { app, args } => {
            enter_stasis(st, sim, id, &app, args, Entry::Originate)
        }
        AfterAnswer::Dialplan {
            context,
            exten,
            priority,
        } => goto(st, sim, id, &context, &exten, priority),
        AfterAnswer::Nothing => {}
    }
}

// ------------------------------------------------------------------ dialplan

/// Send a channel to `exten@context`, `priority`, and run it.
pub fn goto(st: &mut State, sim: &Arc<Sim>, id: &str, context: &str, exten: &str, priority: i64) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    channel.context = context.to_string();
    channel.exten = exten.to_string();
    channel.priority = priority.max(1);
    channel.steps = steps(context, exten);
    channel.epoch += 1;
    run_dialplan(st, sim, id);
}

/// Execute the channel's current dialplan priority.
pub fn run_dialplan(st: &mut State, sim: &Arc<Sim>, id: &str) {
    loop {
        let Some(channel) = st.channels.get_mut(id) else {
            return;
        };
        if channel.hanging_up || channel.stasis.is_some() {
            return;
        }
        let after_answer = channel.app_name == "Answer";
        let index = (channel.priority - 1).max(0) as usize;
        let Some(Step { app, data }) = channel.steps.get(index).cloned() else {
            // Falling off the end of the extension hangs up.
            hangup(st, sim, id, 16, false);
            return;
        };
        channel.app_name = app.clone();
        channel.app_data = data.clone();
        channel.epoch += 1;
        let epoch = channel.epoch;
        if after_answer {
            take_caller(st, id);
        }
        st.emit_channel(
            "ChannelDialplan",
            id,
            fields(&[
                ("dialplan_app", json!(app)),
                ("dialplan_app_data", json!(data)),
            ]),
        );
        let next = move |st: &mut State, sim: &Arc<Sim>, id: &str| {
            if let Some(c) = st.channels.get_mut(id)
                && c.epoch == epoch
            {
                c.priority += 1;
                run_dialplan(st, sim, id);
            }
        };
        match app.as_str() {
            "NoOp" => {
                if let Some(c) = st.channels.get_mut(id) {
                    c.priority += 1;
                }
                continue;
            }
            "Answer" => {
                answer(st, sim, id);
                let id = id.to_string();
                sim.after(ANSWER_APP_DELAY, move |st, sim| next(st, sim, &id));
            }
            "Wait" => {
                let seconds = data.parse::<f64>().unwrap_or(1.0);
                let id = id.to_string();
                sim.after(seconds, move |st, sim| next(st, sim, &id));
            }
            "Stasis" => {
                let mut parts = data.split(',').map(str::to_string);
                let app = parts.next().unwrap_or_default();
                enter_stasis(st, sim, id, &app, parts.collect(), Entry::Dialplan);
            }
            "Hangup" => hangup(st, sim, id, 16, false),
            "Goto" => {
                let parts: Vec<&str> = data.split(',').collect();
                let context = st.channels.get(id).map(|c| c.context.clone());
                let (context, exten, priority) = match parts.as_slice() {
                    [c, e, p] => (c.to_string(), e.to_string(), p.parse().unwrap_or(1)),
                    [e, p] => (
                        context.unwrap_or_default(),
                        e.to_string(),
                        p.parse().unwrap_or(1),
                    ),
                    _ => (context.unwrap_or_default(), data.clone(), 1),
                };
                goto(st, sim, id, &context, &exten, priority);
            }
            "Busy" | "Congestion" => {
                let (status, cause) = if app == "Busy" {
                    ("BUSY", 17)
                } else {
                    ("CONGESTION", 34)
                };
                let seconds = data.parse::<f64>().unwrap_or(0.0);
                indicate_busy(st, sim, id, status, cause, seconds);
            }
            "Ringing" => {
                // The caller (the Local pair's other half) hears ringing;
                // Ringing() returns at once.
                let dialing = local_caller(st, id);
                if let Some((one, _)) = &dialing {
                    set_state(st, one, "Ringing");
                }
                if let Some(c) = st.channels.get_mut(id) {
                    c.priority += 1;
                }
                run_dialplan(st, sim, id);
                if let Some((one, dialstring)) = dialing {
                    emit_dial(st, &one, "RINGING", &dialstring);
                }
            }
            "SendDTMF" => {
                let partner = st
                    .channels
                    .get(id)
                    .and_then(|c| c.partner().map(str::to_string));
                let digits: Vec<char> = data.chars().filter(|c| *c != ',').collect();
                for (i, digit) in digits.iter().copied().enumerate() {
                    let partner = partner.clone();
                    sim.after(SEND_DTMF_GAP * i as f64, move |st, sim| {
                        if let Some(p) = partner {
                            dtmf_received(st, sim, &p, digit, 100);
                        }
                    });
                }
                let id = id.to_string();
                sim.after(SEND_DTMF_GAP * digits.len() as f64, move |st, sim| {
                    next(st, sim, &id)
                });
            }
            // Echo() and anything else: stays until hung up.
            _ => {}
        }
        return;
    }
}

/// Answer a channel; for the second half of a Local pair, the first half
/// (the originated one) is answered with it.
pub fn answer(st: &mut State, sim: &Arc<Sim>, id: &str) {
    set_state(st, id, "Up");
    let partner = st.channels.get(id).and_then(|c| match &c.kind {
        ChannelKind::Local { half: 2, partner } => Some(partner.clone()),
        _ => None,
    });
    if let Some(one) = partner
        && st.channels.get(&one).is_some_and(|c| c.state != "Up")
    {
        let dialstring = st
            .channels
            .get(id)
            .map(|c| format!("{}@{}", c.exten, c.context))
            .unwrap_or_default();
        far_end_answered(st, sim, &one, &dialstring);
    }
}

/// For the second half of a Local pair whose first half is still being
/// dialled: that first half and its dial string.
fn local_caller(st: &State, id: &str) -> Option<(String, String)> {
    let ChannelKind::Local { half: 2, partner } = &st.channels.get(id)?.kind else {
        return None;
    };
    let dialstring = st.channels.get(partner)?.dialing.clone()?;
    Some((partner.clone(), dialstring))
}

/// Busy() or Congestion(): a Local pair's dial fails at once, as Asterisk
/// reports it (the dial ends, the first half goes with cause 0, then the
/// second with the indicated cause); any other channel hangs up after
/// `seconds`.
fn indicate_busy(st: &mut State, sim: &Arc<Sim>, id: &str, status: &str, cause: i64, seconds: f64) {
    set_state(st, id, "Busy");
    let Some((one, dialstring)) = local_caller(st, id) else {
        let epoch = epoch_of(st, id);
        let id = id.to_string();
        sim.after(seconds, move |st, sim| {
            if epoch_of(st, &id) == epoch {
                hangup(st, sim, &id, cause, false);
            }
        });
        return;
    };
    emit_dial(st, &one, status, &dialstring);
    local_dial_failed(st, &one, id, 0, cause);
}

/// A Local pair whose dial failed goes, as Asterisk reports it: the second
/// half is asked to hang up (`cause`), the first goes (`cause` too), then
/// the second (its own `final_cause`).
fn local_dial_failed(st: &mut State, one: &str, two: &str, cause: i64, final_cause: i64) {
    for c in [one, two] {
        if let Some(c) = st.channels.get_mut(c) {
            c.hanging_up = true;
            c.dialing = None;
            c.epoch += 1;
        }
    }
    st.emit_channel(
        "ChannelHangupRequest",
        two,
        fields(&[("cause", json!(cause))]),
    );
    destroy(st, one, cause);
    st.emit_channel(
        "ChannelHangupRequest",
        two,
        fields(&[("cause", json!(16)), ("soft", json!(true))]),
    );
    destroy(st, two, final_cause);
}

// ------------------------------------------------------------------ Stasis

/// How a channel comes into a Stasis application.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Entry {
    /// A Stasis() step of the dialplan.
    Dialplan,
    /// The Stasis() application run on an originated or created channel.
    Originate,
    /// Handed straight to the application, no Stasis() application (a
    /// snoop channel): no STASISSTATUS on the way in or out.
    Direct,
    /// `channels move`: the same Stasis() goes on with another application.
    Move { from_dialplan: bool, direct: bool },
}

/// How Stasis() of a per-call application connects out before the channel
/// enters it (`outbound::per_call`): the network side, given to the engine
/// by whoever builds the simulator, so that the engine never calls up into it.
/// Arguments: the channel, the URI, the application, its arguments, the way in.
pub type ConnectPerCall = fn(&Arc<Sim>, &State, &str, &str, &str, Vec<String>, Entry);

/// Put a channel into a Stasis application. An application nobody has
/// registered fails the way Stasis() does: STASISSTATUS=FAILED.
pub fn enter_stasis(
    st: &mut State,
    sim: &Arc<Sim>,
    id: &str,
    app: &str,
    args: Vec<String>,
    entry: Entry,
) {
    if matches!(entry, Entry::Dialplan | Entry::Originate)
        && let Some(uri) = sim.per_call_uri(app)
    {
        let uri = uri.to_string();
        return (sim.connect_per_call)(sim, st, id, &uri, app, args, entry);
    }
    let (from_dialplan, direct) = match entry {
        Entry::Dialplan => (true, false),
        Entry::Originate => (false, false),
        Entry::Direct => (false, true),
        Entry::Move {
            from_dialplan,
            direct,
        } => (from_dialplan, direct),
    };
    if !st.registered(app) {
        if !direct {
            st.emit_channel(
                "ChannelVarset",
                id,
                fields(&[
                    ("variable", json!("STASISSTATUS")),
                    ("value", json!("FAILED")),
                ]),
            );
            if let Some(c) = st.channels.get_mut(id) {
                c.vars.insert("STASISSTATUS".into(), "FAILED".into());
            }
        }
        if from_dialplan {
            if let Some(c) = st.channels.get_mut(id) {
                c.priority += 1;
            }
            run_dialplan(st, sim, id);
        } else {
            hangup(st, sim, id, 16, false);
        }
        return;
    }
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    channel.app_name = "Stasis".into();
    channel.app_data = std::iter::once(app.to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(",");
    channel.epoch += 1;
    // The Stasis() application sets STASISSTATUS on its way in, before the
    // channel counts as in the application: an app that only gets the
    // channel now (from the dialplan) does not hear it. A move stays in
    // the same Stasis(), a snoop channel never runs it.
    if matches!(entry, Entry::Dialplan | Entry::Originate) {
        channel.vars.insert("STASISSTATUS".into(), String::new());
        st.emit_channel(
            "ChannelVarset",
            id,
            fields(&[("variable", json!("STASISSTATUS")), ("value", json!(""))]),
        );
    }
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    channel.stasis = Some(super::model::Stasis {
        app: app.to_string(),
        args: args.clone(),
        from_dialplan,
        direct,
    });
    let channel_json = st.channels.get(id).map(|c| c.json()).unwrap_or(Value::Null);
    st.emit(
        "StasisStart",
        fields(&[("args", json!(args)), ("channel", channel_json)]),
        &[Topic::App(app.to_string())],
    );
    after_stasis_start(st, sim, id);
}

/// A simulated caller's scripted DTMF and hangup start once it is in Stasis.
fn after_stasis_start(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let digits = std::mem::take(&mut channel.script_digits);
    let hangup_after = channel.script_hangup_after.take();
    for (i, digit) in digits.chars().enumerate() {
        let id = id.to_string();
        sim.after(CALLER_DIGIT_GAP * (i + 1) as f64, move |st, sim| {
            dtmf_received(st, sim, &id, digit, 100);
        });
    }
    if let Some(seconds) = hangup_after {
        let id = id.to_string();
        sim.after(seconds, move |st, sim| hangup(st, sim, &id, 16, false));
    }
}

/// The channel hears a DTMF digit (from its far end).
pub fn dtmf_received(st: &mut State, sim: &Arc<Sim>, id: &str, digit: char, duration_ms: i64) {
    if !st.channels.contains_key(id) {
        return;
    }
    st.emit_channel(
        "ChannelDtmfReceived",
        id,
        fields(&[
            ("digit", json!(digit.to_string())),
            ("duration_ms", json!(duration_ms)),
        ]),
    );
    // A recording of this channel may stop on this digit.
    let stops: Vec<String> = st
        .live_recordings
        .values()
        .filter(|r| {
            r.target == Target::Channel(id.to_string())
                && (r.terminate_on == "any" || r.terminate_on == digit.to_string())
        })
        .map(|r| r.name.clone())
        .collect();
    for name in stops {
        finish_recording(st, sim, &name, "done");
    }
}

/// Leave Stasis: StasisEnd to the application.
pub fn leave_stasis(st: &mut State, id: &str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let Some(stasis) = channel.stasis.take() else {
        return;
    };
    channel.epoch += 1;
    let mut snapshot = channel.json();
    // The event shows the channel as it was, still in Stasis().
    snapshot["dialplan"]["app_name"] = json!("Stasis");
    st.emit(
        "StasisEnd",
        fields(&[("channel", snapshot)]),
        &[Topic::App(stasis.app)],
    );
}

/// Leave Stasis for good (hung up, or on into the dialplan): StasisEnd,
/// then the Stasis() application sets STASISSTATUS=SUCCESS as it returns.
/// Only an application still subscribed to the channel (it originated or
/// created it) hears that: the one that got it from the dialplan or a
/// snoop stops hearing about it with its StasisEnd.
pub fn exit_stasis(st: &mut State, id: &str) {
    let direct = st
        .channels
        .get(id)
        .and_then(|c| c.stasis.as_ref())
        .is_none_or(|s| s.direct);
    leave_stasis(st, id);
    if direct {
        return;
    }
    if let Some(c) = st.channels.get_mut(id) {
        c.vars.insert("STASISSTATUS".into(), "SUCCESS".into());
    }
    st.emit_channel(
        "ChannelVarset",
        id,
        fields(&[
            ("variable", json!("STASISSTATUS")),
            ("value", json!("SUCCESS")),
        ]),
    );
}

// ------------------------------------------------------------------ hangup

/// Hang a channel up (and the other half of a Local pair). `by_ari` is a
/// `DELETE /channels/{id}`: Asterisk reports that as a soft hangup request.
pub fn hangup(st: &mut State, sim: &Arc<Sim>, id: &str, cause: i64, by_ari: bool) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    if channel.hanging_up {
        return;
    }
    channel.hanging_up = true;
    channel.epoch += 1;
    let partner = channel.partner().map(str::to_string);
    let request = if by_ari {
        fields(&[("cause", json!(32)), ("soft", json!(true))])
    } else {
        fields(&[("cause", json!(cause))])
    };
    st.emit_channel("ChannelHangupRequest", id, request);
    // Hanging up a channel still being dialled ends its dial unanswered.
    if let Some(dialstring) = st.channels.get(id).and_then(|c| c.dialing.clone()) {
        emit_dial(st, id, "NOANSWER", &dialstring);
    }
    tear_down(st, sim, id);
    let partner = partner.filter(|p| st.channels.get(p).is_some_and(|c| !c.hanging_up));
    if let Some(p) = &partner {
        st.emit_channel(
            "ChannelHangupRequest",
            p,
            fields(&[("cause", json!(cause))]),
        );
    }
    destroy(st, id, cause);
    if let Some(p) = partner {
        if let Some(c) = st.channels.get_mut(&p) {
            c.hanging_up = true;
            c.epoch += 1;
        }
        st.emit_channel(
            "ChannelHangupRequest",
            &p,
            fields(&[("cause", json!(16)), ("soft", json!(true))]),
        );
        tear_down(st, sim, &p);
        destroy(st, &p, cause);
    }
    // Snoop channels go with the channel they listen to.
    let snoops: Vec<String> = st
        .channels
        .values()
        .filter(|c| matches!(&c.kind, ChannelKind::Snoop { target } if target == id))
        .map(|c| c.id.clone())
        .collect();
    for snoop in snoops {
        hangup(st, sim, &snoop, cause, false);
    }
}

/// Before a channel goes: out of its bridge, out of Stasis, media stopped.
fn tear_down(st: &mut State, sim: &Arc<Sim>, id: &str) {
    if let Some(bridge) = st.channels.get(id).and_then(|c| c.bridge.clone()) {
        // Asterisk unsubscribes an application from a bridge when its
        // channel leaves it alive; one hung up in the bridge leaves the
        // application subscribed (it hears the bridge until it is gone).
        if let Some(app) = st.channels.get(id).and_then(|c| c.stasis_app())
            && let Some(app) = st.apps.get_mut(app)
        {
            app.bridges.insert(bridge.clone());
        }
        leave_bridge(st, &bridge, id);
    }
    if st.channels.get(id).is_some_and(|c| c.stasis.is_some()) {
        exit_stasis(st, id);
    }
    let target = Target::Channel(id.to_string());
    let playbacks: Vec<String> = st
        .playbacks
        .iter()
        .filter(|(_, p)| p.target == target)
        .map(|(k, _)| k.clone())
        .collect();
    for pb in playbacks {
        finish_playback(st, sim, &pb, "done");
    }
    let recordings: Vec<String> = st
        .live_recordings
        .values()
        .filter(|r| r.target == target)
        .map(|r| r.name.clone())
        .collect();
    for name in recordings {
        finish_recording(st, sim, &name, "done");
    }
}

fn destroy(st: &mut State, id: &str, cause: i64) {
    // A deferred caller id change is taken in as the channel goes.
    take_caller(st, id);
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let (app, data) = channel.home_app.clone();
    channel.app_name = app;
    channel.app_data = data;
    st.emit_channel(
        "ChannelDestroyed",
        id,
        fields(&[
            ("cause", json!(cause)),
            ("cause_txt", json!(cause_text(cause))),
        ]),
    );
    st.channels.remove(id);
    for app in st.apps.values_mut() {
        app.channels.remove(id);
    }
}

// ------------------------------------------------------------------ bridges

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

// ------------------------------------------------------------------ playbacks

pub fn target_topic(target: &Target) -> Topic {
    match target {
        Target::Channel(id) => Topic::Channel(id.clone()),
        Target::Bridge(id) => Topic::Bridge(id.clone()),
    }
}

fn emit_playback(st: &mut State, kind: &str, id: &str) {
    let Some(pb) = st.playbacks.get(id) else {
        return;
    };
    let topic = target_topic(&pb.target);
    let body = fields(&[("playback", pb.json())]);
    st.emit(kind, body, &[topic]);
}

fn recording_seconds(st: &State) -> impl Fn(&str) -> Option<f64> + '_ {
    |name| st.stored_recordings.get(name).map(|r| r.seconds)
}

/// Start the playback if nothing else plays on its target (else it waits, queued).
pub fn maybe_start_playback(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(pb) = st.playbacks.get(id) else {
        return;
    };
    let busy = st.playbacks.iter().any(|(key, other)| {
        key != id && other.target == pb.target && other.state != "queued" && !other.canceled
    });
    if busy {
        return;
    }
    // Its turn came after it was stopped: it ends here.
    if pb.canceled {
        finish_playback(st, sim, id, "done");
        return;
    }
    if pb.state != "queued" {
        return;
    }
    if let Some(pb) = st.playbacks.get_mut(id) {
        pb.state = "playing";
    }
    if let Some(Target::Bridge(bridge)) = st.playbacks.get(id).map(|p| p.target.clone()) {
        let name = announcer_name(st);
        if let Some(b) = st.bridges.get_mut(&bridge) {
            b.play_announcer = Some(name);
        }
        update_bridge_peers(st, &bridge);
    }
    emit_playback(st, "PlaybackStarted", id);
    play_current(st, sim, id);
}

/// Time the current media item of a playback.
fn play_current(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let seconds = {
        let Some(pb) = st.playbacks.get(id) else {
            return;
        };
        let uri = pb.media.get(pb.index).cloned().unwrap_or_default();
        media::duration(&uri, recording_seconds(st))
    };
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.epoch += 1;
    let epoch = pb.epoch;
    let Some(seconds) = seconds else {
        finish_playback(st, sim, id, "failed");
        return;
    };
    pb.remaining = seconds;
    pb.started_at = std::time::Instant::now();
    if seconds.is_finite() {
        let id = id.to_string();
        sim.after(seconds, move |st, sim| {
            if st.playbacks.get(&id).is_some_and(|p| p.epoch == epoch) {
                media_done(st, sim, &id);
            }
        });
    }
}

fn media_done(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    // Each item of a list: continuing (the item just played, and the next),
    // then started again on the next one.
    if pb.index + 1 < pb.media.len() {
        pb.state = "continuing";
        emit_playback(st, "PlaybackContinuing", id);
        if let Some(pb) = st.playbacks.get_mut(id) {
            pb.index += 1;
            pb.state = "playing";
        }
        emit_playback(st, "PlaybackStarted", id);
        play_current(st, sim, id);
    } else {
        finish_playback(st, sim, id, "done");
    }
}

/// End a playback and start the next one queued on the same target.
pub fn finish_playback(st: &mut State, sim: &Arc<Sim>, id: &str, state: &'static str) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.state = state;
    pb.epoch += 1;
    let target = pb.target.clone();
    emit_playback(st, "PlaybackFinished", id);
    if let Some(gone) = st.playbacks.remove(id) {
        // A queued playback given the same id answers to it now.
        let twin = st
            .playbacks
            .iter()
            .filter(|(k, p)| {
                p.id == gone.id && *k != &gone.id && (p.state == "queued" || p.canceled)
            })
            .min_by_key(|(_, p)| p.started_at)
            .map(|(k, _)| k.clone());
        if let Some(twin) = twin
            && !st.playbacks.contains_key(&gone.id)
            && let Some(pb) = st.playbacks.remove(&twin)
        {
            st.playbacks.insert(gone.id.clone(), pb);
        }
    }
    if let Target::Bridge(bridge) = &target {
        if let Some(b) = st.bridges.get_mut(bridge) {
            b.play_announcer = None;
        }
        update_bridge_peers(st, bridge);
    }
    // The next one queued on the target, first come first served.
    let next = st
        .playbacks
        .iter()
        .filter(|(_, p)| p.target == target && (p.state == "queued" || p.canceled))
        .min_by_key(|(_, p)| p.started_at)
        .map(|(k, _)| k.clone());
    if let Some(next) = next {
        maybe_start_playback(st, sim, &next);
    }
}

/// Where a new playback goes in the state: under its id, or, when another
/// playback has that id already (Asterisk lets two share one), under a key
/// of its own until the first is gone.
pub fn playback_key(st: &State, id: &str) -> String {
    if !st.playbacks.contains_key(id) {
        return id.to_string();
    }
    (2..)
        .map(|n| format!("{id}\u{1f}{n}"))
        .find(|k| !st.playbacks.contains_key(k))
        .unwrap_or_else(|| id.to_string())
}

/// Simulated seconds a playing item has left.
pub fn playback_remaining(st: &State, sim: &Sim, id: &str) -> f64 {
    let Some(pb) = st.playbacks.get(id) else {
        return 0.0;
    };
    if pb.state != "playing" {
        return pb.remaining;
    }
    let elapsed = sim.clock.unscaled(pb.started_at.elapsed());
    (pb.remaining - elapsed).max(0.0)
}

/// Resume (or re-time) the current item with `seconds` left.
pub fn resume_playback(st: &mut State, sim: &Arc<Sim>, id: &str, seconds: f64) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.epoch += 1;
    pb.remaining = seconds;
    pb.started_at = std::time::Instant::now();
    let epoch = pb.epoch;
    if seconds.is_finite() {
        let id = id.to_string();
        sim.after(seconds, move |st, sim| {
            if st.playbacks.get(&id).is_some_and(|p| p.epoch == epoch) {
                media_done(st, sim, &id);
            }
        });
    }
}

// ------------------------------------------------------------------ recordings

pub fn emit_recording(st: &mut State, kind: &str, name: &str, duration: Option<i64>) {
    let Some(rec) = st.live_recordings.get(name) else {
        return;
    };
    let mut body = rec.json();
    if let Some(d) = duration {
        body["duration"] = json!(d);
    }
    let topic = target_topic(&rec.target);
    st.emit(kind, fields(&[("recording", body)]), &[topic]);
}

/// Simulated seconds recorded so far.
pub fn recorded_seconds(st: &State, sim: &Sim, name: &str) -> f64 {
    let Some(rec) = st.live_recordings.get(name) else {
        return 0.0;
    };
    match rec.state {
        "recording" => rec.recorded + sim.clock.unscaled(rec.started_at.elapsed()),
        _ => rec.recorded,
    }
}

/// Stop a live recording: `done` keeps it as a stored recording, `canceled` throws it away.
pub fn finish_recording(st: &mut State, sim: &Arc<Sim>, name: &str, state: &'static str) {
    let seconds = recorded_seconds(st, sim, name);
    let Some(rec) = st.live_recordings.get_mut(name) else {
        return;
    };
    rec.state = state;
    rec.epoch += 1;
    let total = seconds + rec.append_to;
    let format = rec.format.clone();
    emit_recording(st, "RecordingFinished", name, Some(seconds.round() as i64));
    if let Some(rec) = st.live_recordings.remove(name)
        && let Target::Bridge(bridge) = rec.target
    {
        // The recorder channel leaves the bridge.
        if let Some(b) = st.bridges.get_mut(&bridge) {
            b.recorder = None;
        }
        update_bridge_peers(st, &bridge);
    }
    if state == "done" {
        st.stored_recordings.insert(
            name.to_string(),
            super::model::StoredRecording {
                name: name.to_string(),
                format,
                seconds: total,
            },
        );
    }
}

/// Stop the recording after `seconds` more, unless something else stops it first.
pub fn schedule_recording_end(st: &mut State, sim: &Arc<Sim>, name: &str, seconds: f64) {
    let Some(rec) = st.live_recordings.get(name) else {
        return;
    };
    let epoch = rec.epoch;
    let name = name.to_string();
    sim.after(seconds, move |st, sim| {
        if st
            .live_recordings
            .get(&name)
            .is_some_and(|r| r.epoch == epoch)
        {
            finish_recording(st, sim, &name, "done");
        }
    });
}
