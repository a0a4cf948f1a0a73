//! `/channels`: calls, as Asterisk runs them.

use std::sync::Arc;

use serde_json::{Value, json};

use super::request::{Reply, Request, error, no_content, ok};
use crate::Sim;
use crate::clock::timestamp;
use crate::dialplan::steps;
use crate::flows;
use crate::model::{AfterAnswer, CallerId, Channel, ChannelKind, Playback, Target, Way};
use crate::state::State;

pub fn handle(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    let id = req.path("channelId").to_string();
    match req.op.nickname {
        "list" => ok(Value::Array(
            st.channels.values().map(Channel::json).collect(),
        )),
        "get" => ok(st.channels[&id].json()),
        "originate" | "originateWithId" => originate(sim, st, req),
        "create" => create(sim, st, req),
        "hangup" => hangup(sim, st, req, &id),
        // Reading variables needs no Stasis application.
        "getChannelVar" => get_var(st, &id, req.q("variable").unwrap_or_default()),
        "getChannelVars" => {
            let mut vars = serde_json::Map::new();
            for name in req.list("variables") {
                match lookup_var(st, &id, &name) {
                    Some(v) => vars.insert(name, json!(v)),
                    None => return var_missing(&name),
                };
            }
            ok(json!({"variables": vars}))
        }
        "snoopChannel" | "snoopChannelWithId" => snoop(sim, st, req, &id),
        // RTP statistics exist for channels that carry RTP: Local and snoop
        // channels have none, and the simulator has no RTP for its phones.
        "rtpstatistics" => match st.channels[&id].kind {
            ChannelKind::Phone { .. }
            | ChannelKind::Media {
                tech: "UnicastRTP", ..
            } => error(
                501,
                "RTP statistics need a media channel driver (res_rtp_asterisk), which the simulator does not have",
            ),
            _ => error(403, "Unsupported channel type"),
        },
        _ => in_stasis(sim, st, req, &id),
    }
}

/// Operations on the channel's Stasis control: the channel must be in an
/// application, and for those that reach its far end, past the dialling
/// (Asterisk's 412 for a channel still Down or Ringing).
fn in_stasis(sim: &Arc<Sim>, st: &mut State, req: &Request, id: &str) -> Reply {
    let nick = req.op.nickname;
    let channel = &st.channels[id];
    if channel.stasis.is_none() {
        return error(409, "Channel not in Stasis application");
    }
    let state_checked = matches!(
        nick,
        "continueInDialplan"
            | "redirect"
            | "answer"
            | "ring"
            | "ringStop"
            | "progress"
            | "mute"
            | "unmute"
            | "sendDTMF"
            | "hold"
            | "unhold"
            | "startMoh"
            | "stopMoh"
            | "startSilence"
            | "stopSilence"
            | "play"
            | "playWithId"
    );
    if state_checked && matches!(channel.state, "Down" | "Reserved" | "Ringing") {
        return error(412, "Channel in invalid state");
    }
    match nick {
        "answer" => {
            if channel.state != "Up" {
                flows::set_state(st, id, "Up");
            }
            no_content()
        }
        "mute" | "unmute" => match req.q("direction").unwrap_or_default() {
            "" => error(400, "Direction is required"),
            "in" | "out" | "both" => no_content(),
            _ => error(400, "Invalid direction specified"),
        },
        "ring" | "ringStop" | "progress" | "startMoh" | "stopMoh" | "startSilence"
        | "stopSilence" => no_content(),
        "transfer_progress" => match req.q("states").unwrap_or_default().to_lowercase().as_str() {
            "" => error(400, "states must not be empty"),
            "channel_progress"
            | "channel_answered"
            | "channel_unavailable"
            | "channel_declined" => no_content(),
            _ => error(400, "Invalid states value"),
        },
        // Holding a channel indicates hold to its far end; ChannelHold is
        // what a channel sends when its far end holds it, so a real
        // Asterisk emits nothing here.
        "hold" | "unhold" => {
            let hold = nick == "hold";
            if let Some(c) = st.channels.get_mut(id) {
                c.on_hold = hold;
            }
            no_content()
        }
        "sendDTMF" => send_dtmf(sim, st, req, id),
        "setChannelVar" => {
            let value = req.q("value").unwrap_or_default().to_string();
            set_var(st, id, req.q("variable").unwrap_or_default(), value);
            no_content()
        }
        "setChannelVars" => {
            if !req
                .body
                .as_ref()
                .and_then(|b| b.get("variables"))
                .is_some_and(Value::is_object)
            {
                return error(400, "The 'variables' field must be a JSON object");
            }
            for (name, value) in req.variables() {
                set_var(st, id, &name, value);
            }
            no_content()
        }
        "continueInDialplan" => {
            let channel = &st.channels[id];
            // A context without an extension means its `s`; neither means
            // the next priority after the Stasis() one.
            let (context, exten) = match req.q("context").filter(|c| !c.is_empty()) {
                Some(context) => (context, req.q("extension").unwrap_or("s")),
                None => (
                    channel.context.as_str(),
                    req.q("extension").unwrap_or(&channel.exten),
                ),
            };
            let (context, exten) = (context.to_string(), exten.to_string());
            let priority = match req.int("priority").filter(|p| *p != 0) {
                Some(p) => p,
                None if req.q("context").is_none() && req.q("extension").is_none() => {
                    channel.priority + 1
                }
                None => 1,
            };
            flows::continue_from_stasis(st, id);
            flows::goto(st, sim, id, &context, &exten, priority);
            no_content()
        }
        "move" => {
            let app = req.q("app").unwrap_or_default().to_string();
            let Some(from) = st.channels[id].stasis.clone() else {
                return no_content();
            };
            if !st.registered(&app) {
                let channel = st.channels[id].json();
                st.emit(
                    "ApplicationMoveFailed",
                    [
                        ("destination".to_string(), json!(app)),
                        ("args".to_string(), json!(req.list("appArgs"))),
                        ("channel".to_string(), channel),
                    ]
                    .into_iter()
                    .collect(),
                    &[crate::state::Topic::App(from.app)],
                );
                return no_content();
            }
            flows::leave_stasis(st, id);
            let entry = flows::Entry::Move {
                from_dialplan: from.from_dialplan,
                direct: from.direct,
            };
            flows::enter_stasis(st, sim, id, &app, req.list("appArgs"), entry);
            no_content()
        }
        "redirect" => redirect(sim, st, req, id),
        "play" | "playWithId" => play(sim, st, req, Target::Channel(id.to_string())),
        "record" => super::media::record(sim, st, req, Target::Channel(id.to_string())),
        "dial" => {
            let channel = &st.channels[id];
            if !matches!(channel.state, "Down" | "Reserved") {
                return error(409, "Channel is not in the 'Down' state");
            }
            if !channel.created_by_ari || !channel.awaiting_dial {
                return error(409, "Dialing a channel not created by ARI");
            }
            let timeout = req.int("timeout").filter(|t| *t > 0).map(|t| t as f64);
            if let Some(c) = st.channels.get_mut(id) {
                c.awaiting_dial = false;
                if let Some(t) = timeout {
                    c.dial_timeout = t;
                }
            }
            flows::dial(st, sim, id);
            no_content()
        }
        other => error(501, format!("{other} is not simulated")),
    }
}

/// `POST /channels/{id}/redirect`: the endpoint must be of the channel's own
/// technology. A phone's far end takes the call elsewhere and this leg ends;
/// a Local channel cannot be redirected, which Asterisk only logs.
fn redirect(sim: &Arc<Sim>, st: &mut State, req: &Request, id: &str) -> Reply {
    let endpoint = req.q("endpoint").unwrap_or_default();
    if endpoint.is_empty() {
        return error(400, "Required parameter 'endpoint' not provided.");
    }
    let Some((tech, resource)) = endpoint.split_once('/').filter(|(t, _)| !t.is_empty()) else {
        return error(
            422,
            format!("Endpoint parameter '{endpoint}' does not contain tech/resource"),
        );
    };
    if resource.is_empty() {
        return error(
            422,
            format!("No resource provided in endpoint parameter '{endpoint}'"),
        );
    }
    let channel = &st.channels[id];
    let own = match &channel.kind {
        ChannelKind::Local { .. } => "Local".to_string(),
        ChannelKind::Phone { tech, .. } => tech.clone(),
        ChannelKind::Snoop { .. } => "Snoop".to_string(),
        ChannelKind::Media { tech, .. } => tech.to_string(),
    };
    if !own.eq_ignore_ascii_case(tech) {
        return error(
            422,
            format!("Endpoint technology '{tech}' does not match channel technology '{own}'"),
        );
    }
    if matches!(channel.kind, ChannelKind::Phone { .. }) {
        flows::hangup(st, sim, id, 16, false);
    }
    no_content()
}

/// Parse `TECH/RESOURCE`; Local takes `EXTEN@CONTEXT`.
fn parse_endpoint(endpoint: &str) -> Result<(String, String), Reply> {
    match endpoint.split_once('/') {
        Some((tech, resource)) if !tech.is_empty() && !resource.is_empty() => {
            Ok((tech.to_string(), resource.to_string()))
        }
        _ => Err(error(400, "Invalid endpoint specified")),
    }
}

/// Make the channel(s) for an endpoint: a Local pair or one phone channel.
/// Returns the id of the channel the caller controls.
fn make_channels(
    st: &mut State,
    endpoint: &str,
    id: Option<String>,
    other_id: Option<String>,
    caller: CallerId,
    originator: Option<&str>,
) -> Result<String, Reply> {
    // A channel made on behalf of another (`originator`) joins its call.
    let linkedid = originator
        .and_then(|o| st.channels.get(o))
        .map(|o| o.linkedid.clone());
    let (tech, resource) = parse_endpoint(endpoint)?;
    // Only Local channels and the simulated PJSIP phones can be made; for
    // a technology it has no driver for, Asterisk fails the request so.
    if !tech.eq_ignore_ascii_case("Local") && !tech.eq_ignore_ascii_case("PJSIP") {
        return Err(error(500, "Allocation failed"));
    }
    for taken in [&id, &other_id].into_iter().flatten() {
        if st.channels.contains_key(taken) {
            return Err(error(409, "Channel with given unique ID already exists"));
        }
    }
    let fixed_first = id.is_some();
    let one = id.unwrap_or_else(|| st.ids.channel_id());
    let now = timestamp();
    if tech.eq_ignore_ascii_case("Local") {
        let (exten, context) = match resource.split_once('@') {
            Some((e, c)) => (e.to_string(), c.split('/').next().unwrap_or(c).to_string()),
            None => (resource.clone(), "default".to_string()),
        };
        // As Asterisk's Local channels: the second half's id is the one
        // given for it, else the first's with `;2`; with no id for the
        // first, both are made up (an id for the second alone is ignored).
        let two = match (fixed_first, other_id) {
            (true, Some(other)) => other,
            (true, None) => format!("{one};2"),
            (false, _) => st.ids.channel_id(),
        };
        let suffix = st.ids.name_suffix();
        let base = format!("Local/{exten}@{context}-{suffix}");
        let mut first = Channel::new(
            one.clone(),
            format!("{base};1"),
            ChannelKind::Local {
                half: 1,
                partner: two.clone(),
            },
            now.clone(),
        )
        .originated();
        let mut second = Channel::new(
            two.clone(),
            format!("{base};2"),
            ChannelKind::Local {
                half: 2,
                partner: one.clone(),
            },
            now,
        );
        for c in [&mut first, &mut second] {
            c.linkedid = linkedid.clone().unwrap_or_else(|| one.clone());
            c.shown_vars = st.channelvars.clone();
            c.context = context.clone();
            c.exten = exten.clone();
            c.caller = caller.clone();
            c.connected = caller.clone();
        }
        second.state = "Ring";
        second.steps = steps(&context, &exten);
        st.channels.insert(one.clone(), first);
        st.channels.insert(two.clone(), second);
        st.emit_channel("ChannelCreated", &one, Default::default());
        st.emit_channel("ChannelCreated", &two, Default::default());
    } else {
        let suffix = st.ids.name_suffix();
        let mut channel = Channel::new(
            one.clone(),
            format!("{tech}/{resource}-{suffix}"),
            ChannelKind::Phone {
                tech: tech.clone(),
                resource: resource.clone(),
            },
            now,
        )
        .originated();
        channel.caller = caller.clone();
        channel.connected = caller;
        channel.linkedid = linkedid.unwrap_or_else(|| one.clone());
        channel.shown_vars = st.channelvars.clone();
        st.channels.insert(one.clone(), channel);
        st.emit_channel("ChannelCreated", &one, Default::default());
    }
    Ok(one)
}

/// The application that created a channel hears about it (both Local
/// halves), when Asterisk knows the application at all (live or
/// deactivated): an unknown name is not made up.
pub(super) fn subscribe(st: &mut State, app: &str, id: &str) {
    let partner = st
        .channels
        .get(id)
        .and_then(|c| c.partner().map(str::to_string));
    let Some(entry) = st.apps.get_mut(app) else {
        return;
    };
    entry.channels.insert(id.to_string());
    if let Some(p) = partner {
        entry.channels.insert(p);
    }
}

/// What Asterisk checks of an endpoint (and the originator/formats pair)
/// before it makes any channel, in its order.
fn check_endpoint(req: &Request) -> Option<Reply> {
    let endpoint = req.q("endpoint").unwrap_or_default();
    let present = |name: &str| req.q(name).is_some_and(|v| !v.is_empty());
    if req.op.nickname == "create" && present("originator") && present("formats") {
        return Some(error(400, "Originator and formats can't both be specified"));
    }
    if endpoint.is_empty() {
        return Some(error(400, "Endpoint must be specified"));
    }
    if present("originator") && present("formats") {
        return Some(error(400, "Originator and formats can't both be specified"));
    }
    parse_endpoint(endpoint).err()
}

fn originate(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    if let Some(reply) = check_endpoint(req) {
        return reply;
    }
    let app = req.q("app").filter(|a| !a.is_empty()).map(str::to_string);
    let extension = req.q("extension").filter(|e| !e.is_empty());
    if app.is_none() && extension.is_none() {
        return error(400, "Application or extension must be specified");
    }
    if let Some(originator) = req.q("originator").filter(|o| !o.is_empty())
        && !st.channels.contains_key(originator)
    {
        return error(400, "Provided originator channel was not found");
    }
    let fixed_id = match req.op.nickname {
        "originateWithId" => Some(req.path("channelId").to_string()),
        _ => req.q("channelId").map(str::to_string),
    };
    let caller = req.q("callerId").map(CallerId::parse).unwrap_or_default();
    let id = match make_channels(
        st,
        req.q("endpoint").unwrap_or_default(),
        fixed_id,
        req.q("otherChannelId").map(str::to_string),
        caller,
        req.q("originator"),
    ) {
        Ok(id) => id,
        Err(reply) => return reply,
    };
    let after = match &app {
        Some(app) => AfterAnswer::Stasis {
            app: app.clone(),
            args: req.list("appArgs"),
        },
        None => AfterAnswer::Dialplan {
            context: req.q("context").unwrap_or("default").to_string(),
            exten: extension.unwrap_or("s").to_string(),
            priority: req.int("priority").unwrap_or(1),
        },
    };
    if let Some(app) = &app {
        subscribe(st, app, &id);
    }
    // Asterisk's originate waits 30 s unless told otherwise; -1 is forever.
    let timeout = match req.int("timeout") {
        Some(-1) => Some(f64::INFINITY),
        t => t.filter(|t| *t > 0).map(|t| t as f64),
    };
    if let Some(c) = st.channels.get_mut(&id) {
        c.after_answer = after;
        if let Some(t) = timeout {
            c.dial_timeout = t;
        }
    }
    for (name, value) in req.variables() {
        if let Some(c) = st.channels.get_mut(&id) {
            c.vars.insert(name, value);
        }
    }
    let reply = st.channels[&id].json();
    // The call proceeds after the reply, as Asterisk's does.
    let dial_id = id.clone();
    sim.after(0.0, move |st, sim| flows::dial(st, sim, &dial_id));
    ok(reply)
}

/// `POST /channels/create`: a channel in Stasis, not dialled until
/// `channels dial`. Asterisk runs the Stasis() application on it at once,
/// so the creating application (subscribed to this half only) hears it
/// enter: ChannelDialplan, STASISSTATUS, StasisStart.
fn create(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    if let Some(reply) = check_endpoint(req) {
        return reply;
    }
    let app = req.q("app").unwrap_or_default().to_string();
    let id = match make_channels(
        st,
        req.q("endpoint").unwrap_or_default(),
        req.q("channelId").map(str::to_string),
        req.q("otherChannelId").map(str::to_string),
        CallerId::default(),
        req.q("originator"),
    ) {
        Ok(id) => id,
        Err(reply) => return reply,
    };
    if let Some(entry) = st.apps.get_mut(&app) {
        entry.channels.insert(id.clone());
    }
    let args = req.list("appArgs");
    let data = std::iter::once(app.clone())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(",");
    if let Some(c) = st.channels.get_mut(&id) {
        c.awaiting_dial = true;
        c.created_by_ari = true;
        c.app_name = "Stasis".into();
        c.app_data = data.clone();
        for (name, value) in req.variables() {
            c.vars.insert(name, value);
        }
    }
    let channel = st.channels[&id].json();
    st.emit_channel(
        "ChannelDialplan",
        &id,
        [
            ("dialplan_app".to_string(), json!("Stasis")),
            ("dialplan_app_data".to_string(), json!(data)),
        ]
        .into_iter()
        .collect(),
    );
    flows::enter_stasis(st, sim, &id, &app, args, flows::Entry::Originate);
    ok(channel)
}

/// Hangup causes of `?reason=`.
fn reason_cause(reason: &str) -> Option<i64> {
    Some(match reason {
        "normal" => 16,
        "busy" => 17,
        "congestion" => 34,
        "no_answer" => 19,
        "timeout" => 18,
        "rejected" => 21,
        "unallocated" => 1,
        "normal_unspecified" => 31,
        "number_incomplete" => 28,
        "codec_mismatch" => 58,
        "interworking" => 127,
        "failure" => 38,
        "answered_elsewhere" => 26,
        _ => return None,
    })
}

fn hangup(sim: &Arc<Sim>, st: &mut State, req: &Request, id: &str) -> Reply {
    let present = |name: &str| req.q(name).filter(|v| !v.is_empty());
    let cause = match (present("reason"), present("reason_code")) {
        (Some(_), Some(_)) => {
            return error(400, "The reason and reason_code can't both be specified");
        }
        // Any number goes, as Asterisk reads it.
        (None, Some(code)) => match code.trim().parse::<i64>() {
            Ok(c) => c,
            Err(_) => return error(400, "Invalid reason for hangup reason code provided"),
        },
        (Some(reason), None) => match reason_cause(reason) {
            Some(c) => c,
            None => return error(400, "Invalid reason for hangup reason provided"),
        },
        (None, None) => 16,
    };
    flows::hangup(st, sim, id, cause, true);
    no_content()
}

/// Channel variables and the dialplan functions people read most.
fn lookup_var(st: &State, id: &str, name: &str) -> Option<String> {
    let c = st.channels.get(id)?;
    if let Some(v) = c.vars.get(name) {
        return Some(v.clone());
    }
    Some(match name {
        "CALLERID(num)" => c.caller.number.clone(),
        "CALLERID(name)" => c.caller.name.clone(),
        "CALLERID(all)" => format!("\"{}\" <{}>", c.caller.name, c.caller.number),
        "CONNECTEDLINE(num)" => c.connected.number.clone(),
        "CONNECTEDLINE(name)" => c.connected.name.clone(),
        "CHANNEL(name)" => c.name.clone(),
        "CHANNEL(uniqueid)" | "UNIQUEID" => c.id.clone(),
        "CHANNEL(language)" => c.language.clone(),
        "CHANNEL(state)" => c.state.to_string(),
        "CONTEXT" => c.context.clone(),
        "EXTEN" => c.exten.clone(),
        "PRIORITY" => c.priority.to_string(),
        _ => return None,
    })
}

/// A dialplan function the simulator cannot read is Asterisk's 500; a
/// variable that is not set, its 404.
fn var_missing(name: &str) -> Reply {
    if name.ends_with(')') {
        error(500, "Unable to read provided function")
    } else {
        error(404, "Provided variable was not found")
    }
}

fn get_var(st: &State, id: &str, name: &str) -> Reply {
    match lookup_var(st, id, name) {
        Some(value) => ok(json!({"value": value})),
        None => var_missing(name),
    }
}

/// Setting a variable reports it; writing a dialplan function does what the
/// function does (a caller id change is reported as one), and a function
/// the simulator does not know is, as in Asterisk, only a logged error.
fn set_var(st: &mut State, id: &str, name: &str, value: String) {
    let Some(c) = st.channels.get_mut(id) else {
        return;
    };
    if name.ends_with(')') {
        let caller = match name {
            "CALLERID(num)" => {
                c.caller.number = value;
                true
            }
            "CALLERID(name)" => {
                c.caller.name = value;
                true
            }
            "CHANNEL(language)" => {
                c.language = value;
                false
            }
            _ => false,
        };
        if caller {
            st.emit_channel(
                "ChannelCallerId",
                id,
                [
                    ("caller_presentation".to_string(), json!(0)),
                    (
                        "caller_presentation_txt".to_string(),
                        json!("Presentation Allowed, Not Screened"),
                    ),
                ]
                .into_iter()
                .collect(),
            );
        }
        return;
    }
    c.vars.insert(name.to_string(), value.clone());
    st.emit_channel(
        "ChannelVarset",
        id,
        [
            ("variable".to_string(), json!(name)),
            ("value".to_string(), json!(value)),
        ]
        .into_iter()
        .collect(),
    );
}

/// DTMF sent to a Local channel is heard by its other half; a phone's far end
/// just hears tones.
fn send_dtmf(sim: &Arc<Sim>, st: &mut State, req: &Request, id: &str) -> Reply {
    let digits = req.q("dtmf").unwrap_or_default().to_string();
    if digits.is_empty() {
        return error(400, "DTMF is required");
    }
    let ms = |name: &str, default: i64| req.int(name).unwrap_or(default).max(0) as f64 / 1000.0;
    let (before, between, duration) = (ms("before", 0), ms("between", 100), ms("duration", 100));
    // The other half of a Local pair hears the digits; a media WebSocket's
    // application is told each one as it ends (DTMF_END).
    let partner = st.channels[id].partner().map(str::to_string);
    if partner.is_none() && !st.media.streams.contains_key(id) {
        return no_content();
    }
    // A media channel has no DTMF begin, so each digit ends as it is sent:
    // after the streamer's 100 ms of quiet, and the gaps between.
    let media = partner.is_none();
    let mut at = before + if media { 0.1 } else { 0.0 };
    // As Asterisk's DTMF streamer: w and W wait, f and F flash (no digit),
    // any other character but a key is skipped (Asterisk only logs it).
    for digit in digits.chars() {
        let pause = match digit {
            '0'..='9' | '*' | '#' | 'A'..='D' | 'a'..='d' => None,
            'w' => Some(0.5),
            'W' => Some(1.0),
            'f' | 'F' => Some(between),
            _ => Some(0.0),
        };
        if let Some(pause) = pause {
            at += pause;
            continue;
        }
        if !media {
            at += duration;
        }
        let (partner, id) = (partner.clone(), id.to_string());
        let duration_ms = (duration * 1000.0) as i64;
        sim.after(at, move |st, sim| match &partner {
            Some(partner) => flows::dtmf_received(st, sim, partner, digit, duration_ms),
            None => {
                if let Some(stream) = st.media.streams.get(&id) {
                    stream.dtmf_end(digit);
                }
            }
        });
        at += between;
    }
    no_content()
}

pub fn play(sim: &Arc<Sim>, st: &mut State, req: &Request, target: Target) -> Reply {
    let to_bridge = matches!(target, Target::Bridge(_));
    let negative = |name: &str| req.int(name).is_some_and(|v| v < 0);
    if !to_bridge && negative("skipms") {
        return error(400, "skipms cannot be negative");
    }
    if !to_bridge && negative("offsetms") {
        return error(400, "offsetms cannot be negative");
    }
    // Asterisk refuses to queue nothing (or a negative skip on a bridge),
    // in its own words for each.
    let media = req
        .q("media")
        .map(|m| m.split(',').map(str::trim).collect::<Vec<_>>());
    let unplayable = match &media {
        None => true,
        Some(items) => items.iter().any(|m| m.is_empty()),
    } || negative("skipms")
        || negative("offsetms");
    if unplayable {
        return if to_bridge {
            error(500, "Allocation failed")
        } else {
            error(500, "Failed to queue media for playback")
        };
    }
    let media: Vec<String> = media
        .unwrap_or_default()
        .into_iter()
        .map(str::to_string)
        .collect();
    let id = match req.path.get("playbackId") {
        Some(id) => id.clone(),
        None => req
            .q("playbackId")
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .unwrap_or_else(|| st.ids.uuid()),
    };
    let language = req.q("lang").unwrap_or("en").to_string();
    let playback = Playback {
        id: id.clone(),
        media,
        index: 0,
        target,
        language,
        state: "queued",
        skipms: req.int("skipms").filter(|s| *s > 0).unwrap_or(3000),
        epoch: 0,
        remaining: 0.0,
        canceled: false,
        started_at: std::time::Instant::now(),
        sounding_since: None,
    };
    let reply = playback.json();
    // Asterisk takes a playback id that is already in use: the first one
    // keeps answering to it until it is gone.
    let key = flows::playback_key(st, &id);
    st.playbacks.insert(key.clone(), playback);
    sim.after(0.0, move |st, sim| {
        flows::maybe_start_playback(st, sim, &key)
    });
    Reply::Json(201, reply)
}

fn snoop(sim: &Arc<Sim>, st: &mut State, req: &Request, target: &str) -> Reply {
    let snoop_id = req
        .path
        .get("snoopId")
        .cloned()
        .or_else(|| req.q("snoopId").map(str::to_string));
    if snoop_id
        .as_ref()
        .is_some_and(|s| st.channels.contains_key(s))
    {
        return error(500, "Snoop channel could not be created");
    }
    let id = snoop_id.unwrap_or_else(|| st.ids.channel_id());
    let suffix = st.ids.name_suffix();
    let mut channel = Channel::new(
        id.clone(),
        format!("Snoop/{target}-{suffix}"),
        ChannelKind::Snoop {
            target: target.to_string(),
            // Checked before the channel was looked up.
            spy: Way::parse(req.q("spy").unwrap_or_default()).unwrap_or(Way::None),
            whisper: Way::parse(req.q("whisper").unwrap_or_default()).unwrap_or(Way::None),
        },
        timestamp(),
    );
    channel.state = "Up";
    channel.shown_vars = st.channelvars.clone();
    st.channels.insert(id.clone(), channel);
    st.emit_channel("ChannelCreated", &id, Default::default());
    let app = req.q("app").unwrap_or_default().to_string();
    flows::enter_stasis(
        st,
        sim,
        &id,
        &app,
        req.list("appArgs"),
        flows::Entry::Direct,
    );
    match st.channels.get(&id) {
        Some(c) => ok(c.json()),
        None => error(500, "Failed to create snoop channel"),
    }
}
