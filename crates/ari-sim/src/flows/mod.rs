//! What happens over time: dialplans running, far ends answering, channels
//! entering and leaving Stasis, hangups, prompts playing and recordings
//! running. Event sequences follow the recordings of a real Asterisk 22.
//!
//! A call's own life (dialling, the dialplan, Stasis, hang-up) is in this
//! file: its steps lead into one another in a loop (a hang-up ends a dial, a
//! dial runs a dialplan, the dialplan enters Stasis...). What it drives sits
//! below, each in its own file: bridges, playbacks, recordings, and the
//! caller id changes bridges and dials share.

use std::sync::Arc;

use serde_json::{Map, Value, json};

mod bridges;
mod caller;
mod playbacks;
mod recordings;

use crate::Sim;
use crate::dialplan::{Step, steps};
use crate::model::{AfterAnswer, ChannelKind, Target};
use crate::state::{State, Topic, fields};
use crate::streams::stream::Outgoing;
use ari_spec::causes::cause_text;
use caller::{emit_caller_id, take_caller};

pub use bridges::{
    announcer_name, enter_bridge, leave_bridge, publish_video_source, update_bridge_peers,
};
pub use playbacks::{
    fail_bridge_playback, finish_playback, maybe_start_playback, playback_key, playback_remaining,
    resume_playback, target_topic,
};
pub use recordings::{emit_recording, finish_recording, recorded_seconds, schedule_recording_end};

/// Seconds a phone (PJSIP/...) rings before it answers.
pub const PHONE_ANSWER_DELAY: f64 = 1.0;
/// Seconds the dialplan's Answer() of a channel not yet up waits for media
/// before the next priority, as in Asterisk.
const ANSWER_APP_DELAY: f64 = 0.5;
/// Seconds between DTMF digits a simulated caller presses.
const CALLER_DIGIT_GAP: f64 = 0.25;
/// Seconds each digit of SendDTMF() takes (its default tone and gap).
const SEND_DTMF_GAP: f64 = 0.2;

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
        ChannelKind::Media { dialstring, .. } => dialstring.clone(),
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
            // A phone a scenario scripts answers when it says, or not at all.
            let script = st.scripted_phones.get(&resource).cloned();
            let behaviour = match &script {
                Some(s) if s.busy => "busy",
                Some(s) if s.answer_after.is_none() => "noanswer",
                _ => resource.as_str(),
            };
            let answer_after = script
                .as_ref()
                .and_then(|s| s.answer_after)
                .unwrap_or(PHONE_ANSWER_DELAY);
            match behaviour {
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
                _ => sim.after(answer_after, move |st, sim| {
                    if epoch_of(st, &id) == epoch {
                        far_end_answered(st, sim, &id, &resource);
                        if let Some(script) = script {
                            let _ = script.answered.send(id.clone());
                        }
                    }
                }),
            }
        }
        ChannelKind::Snoop { .. } | ChannelKind::Media { .. } => {}
    }
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
            // Answer() on a channel already up returns at once; only a new
            // answer waits for media.
            "Answer" if st.channels.get(id).is_some_and(|c| c.state == "Up") => {
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
    channel.stasis = Some(crate::model::Stasis {
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
    let mut script: Vec<(f64, CallerStep)> = digits
        .chars()
        .enumerate()
        .map(|(i, d)| (CALLER_DIGIT_GAP * (i + 1) as f64, CallerStep::Digit(d)))
        .collect();
    if let Some(seconds) = hangup_after {
        script.push((seconds, CallerStep::HangUp));
    }
    script.sort_by(|a, b| a.0.total_cmp(&b.0));
    play_caller_script(sim, id.to_string(), 0.0, script.into());
}

/// What a scripted caller does at its time.
#[derive(Clone, Copy)]
enum CallerStep {
    Digit(char),
    HangUp,
}

/// Run a scripted caller's steps in order: each is timed from the one
/// before, so two that fall due together under load still come in order
/// (a timer each could fire in either order).
fn play_caller_script(
    sim: &Arc<Sim>,
    id: String,
    now: f64,
    mut script: std::collections::VecDeque<(f64, CallerStep)>,
) {
    let Some((at, step)) = script.pop_front() else {
        return;
    };
    sim.after((at - now).max(0.0), move |st, sim| {
        match step {
            CallerStep::Digit(d) => dtmf_received(st, sim, &id, d, 100),
            CallerStep::HangUp => hangup(st, sim, &id, 16, false),
        }
        play_caller_script(sim, id, at, script);
    });
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

/// `channels continue`: leave Stasis for the dialplan. A channel that came
/// from the dialplan returns to it (`exit_stasis`); an originated one has no
/// PBX to return to, so Asterisk runs the dialplan inside Stasis() and the
/// application's STASISSTATUS comes only with the hang-up.
pub fn continue_from_stasis(st: &mut State, id: &str) {
    let originated = st
        .channels
        .get(id)
        .and_then(|c| c.stasis.as_ref())
        .is_some_and(|s| !s.from_dialplan && !s.direct);
    if !originated {
        return exit_stasis(st, id);
    }
    leave_stasis(st, id);
    if let Some(c) = st.channels.get_mut(id) {
        c.stasis_returns_at_hangup = true;
    }
}

/// Stasis() returns: STASISSTATUS=SUCCESS, heard by an application still
/// subscribed to the channel.
fn stasis_returned(st: &mut State, id: &str) {
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
    if !direct {
        stasis_returned(st, id);
    }
}

// ------------------------------------------------------------------ hangup

/// Hang a channel up (and the other half of a Local pair). `by_ari` is a
/// `DELETE /channels/{id}`: Asterisk reports that as a soft hangup request.
pub fn hangup(st: &mut State, sim: &Arc<Sim>, id: &str, cause: i64, by_ari: bool) {
    let request = if by_ari {
        fields(&[("cause", json!(32)), ("soft", json!(true))])
    } else {
        fields(&[("cause", json!(cause))])
    };
    end(st, sim, id, request, cause, None);
}

/// A channel asked to hang up (`request`, the ChannelHangupRequest's
/// fields) goes with `cause`, and the other half of a Local pair with it.
/// A channel driver's own cause (`tech_cause`) is reported at the end too.
fn end(
    st: &mut State,
    sim: &Arc<Sim>,
    id: &str,
    request: Map<String, Value>,
    cause: i64,
    tech_cause: Option<u16>,
) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    if channel.hanging_up {
        return;
    }
    channel.hanging_up = true;
    channel.epoch += 1;
    let partner = channel.partner().map(str::to_string);
    st.emit_channel("ChannelHangupRequest", id, request);
    if st
        .channels
        .get_mut(id)
        .is_some_and(|c| std::mem::take(&mut c.stasis_returns_at_hangup))
    {
        stasis_returned(st, id);
    }
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
    destroy_with(st, id, cause, tech_cause);
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
        .filter(|c| matches!(&c.kind, ChannelKind::Snoop { target, .. } if target == id))
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
    destroy_with(st, id, cause, None);
}

fn destroy_with(st: &mut State, id: &str, cause: i64, tech_cause: Option<u16>) {
    // A deferred caller id change is taken in as the channel goes.
    take_caller(st, id);
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let (app, data) = channel.home_app.clone();
    channel.app_name = app;
    channel.app_data = data;
    let mut body = fields(&[
        ("cause", json!(cause)),
        ("cause_txt", json!(cause_text(cause))),
    ]);
    if let Some(tech_cause) = tech_cause {
        body.insert("tech_cause".into(), json!(tech_cause));
    }
    st.emit_channel("ChannelDestroyed", id, body);
    st.channels.remove(id);
    for app in st.apps.values_mut() {
        app.channels.remove(id);
    }
    // An external media channel's going closes its stream.
    if let Some(stream) = st.media.streams.remove(id) {
        stream.send(Outgoing::Close(stream.close_code));
    }
}

// ------------------------------------------------------------------ external media

/// Seconds an external media channel waits for its application to connect
/// (an originate's default timeout) before it goes unanswered.
const MEDIA_CONNECT_TIMEOUT: f64 = 30.0;

/// An external media channel was made: Asterisk dials it as it originates
/// any channel. UnicastRTP answers at once; a WebSocket channel when its
/// application connects, or it goes after the originate's timeout with
/// nothing said but its end.
pub fn media_dial(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    let ChannelKind::Media { tech, dialstring } = &channel.kind else {
        return;
    };
    let (rtp, dialstring) = (*tech == "UnicastRTP", dialstring.clone());
    channel.dialing = Some(dialstring.clone());
    emit_dial(st, id, "", &dialstring);
    if rtp {
        return media_answer(st, sim, id);
    }
    let id = id.to_string();
    sim.after(MEDIA_CONNECT_TIMEOUT, move |st, _| {
        let Some(channel) = st.channels.get_mut(&id) else {
            return;
        };
        if channel.dialing.is_none() || channel.hanging_up {
            return;
        }
        channel.hanging_up = true;
        channel.dialing = None;
        channel.epoch += 1;
        destroy(st, &id, 19);
    });
}

/// The far end of an external media channel answers (its application
/// connected, or sent ANSWER): as any originated channel, it comes up and
/// enters its application. An answered one stays as it is.
pub fn media_answer(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(channel) = st.channels.get(id) else {
        return;
    };
    if channel.hanging_up || channel.state == "Up" {
        return;
    }
    let dialstring = match &channel.kind {
        ChannelKind::Media { dialstring, .. } => dialstring.clone(),
        _ => return,
    };
    far_end_answered(st, sim, id, &dialstring);
}

/// An external media channel's stream ended it: its application sent
/// HANGUP or closed the socket (cause 16), or the socket failed (38). The
/// channel goes with no cause of its own (0), as Asterisk reports it; both
/// events carry the WebSocket status behind it (`tech_cause`).
pub fn media_ended(st: &mut State, sim: &Arc<Sim>, id: &str, cause: i64, tech_cause: u16) {
    let request = fields(&[("cause", json!(cause)), ("tech_cause", json!(tech_cause))]);
    end(st, sim, id, request, 0, Some(tech_cause));
}
