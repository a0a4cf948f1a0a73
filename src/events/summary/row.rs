//! One event as a row of cells, independent of any width: the time, the
//! call, the type, the channel, its state and caller, and the details in
//! words. A layout (`layout.rs`) then fits it to a width; `ari top` keeps
//! rows and lays them out at its pane's width when it draws.

use std::fmt::Write as _;

use super::super::brief::{Brief, Channel, Party, Str};
use super::super::calls::{CallId, CallView, Calls};
use crate::causes::cause_text;

/// An event's cells. The strings are kept between events by the renderer,
/// so a flood fills them without allocating.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    /// `12:07:46.150`, or `+1.234` from the call's start.
    pub time: String,
    pub call: Option<CallId>,
    /// `c12`, or empty.
    pub tag: String,
    /// The event type in full.
    pub kind: String,
    /// The channel's full name (a playback's or recording's channel too).
    pub name: String,
    pub id: String,
    pub state: String,
    pub caller: String,
    /// What is particular to the event, in words.
    pub details: String,
    /// The new state is what the event says (`ChannelStateChange`): without
    /// a state column, the details start with it.
    pub state_is_news: bool,
}

impl Row {
    /// Fill the row from an event (placed in its call by `calls`); `time` is
    /// already written.
    pub fn fill(&mut self, event: &Brief, call: Option<CallView>, calls: &Calls) {
        let kind = event.kind();
        self.call = call.map(|c| c.id);
        self.tag.clear();
        if let Some(c) = call {
            let _ = write!(self.tag, "c{}", c.id);
        }
        self.kind.clear();
        self.kind.push_str(kind);
        let subject = event.subject();
        // A playback or recording on a channel shows that channel.
        let target = event.target_channel();
        self.id.clear();
        self.id.push_str(
            subject
                .and_then(|c| c.id.as_deref())
                .or(target)
                .unwrap_or(""),
        );
        self.name.clear();
        self.name.push_str(
            subject
                .and_then(|c| c.name.as_deref())
                .or_else(|| target.and_then(|t| calls.name_of(t)))
                .unwrap_or(""),
        );
        self.state.clear();
        self.state
            .push_str(subject.and_then(|c| c.state.as_deref()).unwrap_or(""));
        self.caller.clear();
        if let Some(p) = subject.and_then(|c| c.caller.as_ref()) {
            write_party(&mut self.caller, p);
        }
        self.state_is_news = matches!(kind, "ChannelStateChange" | "ChannelCreated");
        self.details.clear();
        details(&mut self.details, event, subject, calls.why());
    }

    /// Whether the event is about no channel (a bridge, a device...).
    pub fn channel_less(&self) -> bool {
        self.name.is_empty() && self.id.is_empty()
    }
}

fn write_party(out: &mut String, p: &Party) {
    let name = p.name.as_deref().unwrap_or("");
    let number = p.number.as_deref().unwrap_or("");
    out.push_str(name);
    if !number.is_empty() {
        if name.is_empty() {
            out.push_str(number);
        } else {
            let _ = write!(out, " <{number}>");
        }
    }
}

/// A hang-up's cause in words: `User busy (17)`, with the channel driver's
/// own cause when Asterisk gives it (`User busy (17, SIP 486)`). Cause 0
/// says nothing (Asterisk's text for it is `Unknown`): what the call showed
/// before (`why`) says more.
fn write_cause(out: &mut String, event: &Brief, subject: Option<&Channel>, why: Option<&str>) {
    let code = event.cause.unwrap_or(0);
    let text = event
        .cause_txt
        .as_deref()
        .filter(|t| !t.is_empty() && *t != "Unknown")
        .unwrap_or_else(|| cause_text(code));
    match (text, why) {
        ("Unknown", Some(why)) if code == 0 => out.push_str(why),
        ("Unknown", _) => {
            let _ = write!(out, "cause unknown ({code}");
        }
        _ => {
            let _ = write!(out, "{text} ({code}");
        }
    }
    if !(code == 0 && why.is_some()) {
        if let Some(tech) = event.tech_cause {
            let sip = subject
                .and_then(|c| c.name.as_deref())
                .is_some_and(|n| n.starts_with("PJSIP/") || n.starts_with("SIP/"));
            let _ = write!(out, ", {} {tech}", if sip { "SIP" } else { "tech cause" });
        }
        out.push(')');
    } else if let Some(tech) = event.tech_cause {
        let _ = write!(out, " (tech cause {tech})");
    }
}

/// `[wait@lab:2]`, where a channel is in the dialplan; false when it says nothing.
fn write_location(out: &mut String, channel: &Channel) -> bool {
    let Some(d) = channel.dialplan.as_ref() else {
        return false;
    };
    let exten = d.exten.as_deref().unwrap_or("");
    let context = d.context.as_deref().unwrap_or("");
    if exten.is_empty() && context.is_empty() {
        return false;
    }
    out.push('[');
    out.push_str(exten);
    out.push('@');
    out.push_str(context);
    out.push(':');
    if let Some(p) = d.priority {
        let _ = write!(out, "{p}");
    }
    out.push(']');
    true
}

/// Details as words two spaces apart, written straight into the line.
struct Words<'o> {
    out: &'o mut String,
    start: usize,
}

impl Words<'_> {
    /// Where the next word goes (after a separator, unless it is the first).
    fn next(&mut self) -> &mut String {
        if self.out.len() > self.start && !self.out.ends_with("  ") {
            self.out.push_str("  ");
        }
        self.out
    }
}

fn text<'t>(t: &'t Option<Str>) -> &'t str {
    t.as_deref().unwrap_or("")
}

/// What is particular to the event, in words people already read: the
/// console's `[exten@context:prio] App(data)`, `NAME=value`, causes in words.
/// Nothing the columns show is repeated.
fn details(out: &mut String, event: &Brief, subject: Option<&Channel>, why: Option<&str>) {
    let kind = event.kind();
    let start = out.len();
    let mut w = Words { out, start };
    match kind {
        "ChannelDialplan" => {
            let o = w.next();
            if subject.is_some_and(|c| write_location(o, c)) {
                o.push(' ');
            }
            let _ = write!(
                o,
                "{}({})",
                text(&event.dialplan_app),
                text(&event.dialplan_app_data)
            );
        }
        "ChannelVarset" => {
            // Why first: at a narrow terminal the end of the line is cut.
            let o = w.next();
            if let Some(why) = why {
                let _ = write!(o, "{why}: ");
            }
            let _ = write!(o, "{}={}", text(&event.variable), text(&event.value));
        }
        "ChannelDtmfReceived" => {
            let o = w.next();
            let _ = write!(o, "digit {}", text(&event.digit));
            if let Some(ms) = event.duration_ms {
                let _ = write!(o, " ({ms} ms)");
            }
        }
        "ChannelHangupRequest" | "ChannelDestroyed" => {
            // A soft hangup request carries the reason flags, not a Q.850 cause.
            if event.soft == Some(true) {
                let o = w.next();
                o.push_str("soft hangup");
                if let Some(why) = why {
                    let _ = write!(o, ": {why}");
                }
            } else if event.cause.is_some() || why.is_some() {
                write_cause(w.next(), event, subject, why);
            }
            if let Some(channel) = subject {
                let o = w.next();
                let before = o.len();
                o.push_str("at ");
                if !write_location(o, channel) {
                    o.truncate(before);
                }
            }
        }
        "Dial" => {
            let status = text(&event.dialstatus);
            w.next().push_str(if status.is_empty() {
                "dialling"
            } else {
                status
            });
            let dialstring = text(&event.dialstring);
            if !dialstring.is_empty() {
                w.next().push_str(dialstring);
            }
            if let Some(caller) = event.caller.as_ref().and_then(|c| c.name.as_deref()) {
                let _ = write!(w.next(), "from {caller}");
            }
        }
        "ChannelConnectedLine" => {
            if let Some(connected) = subject.and_then(|c| c.connected.as_ref()) {
                let o = w.next();
                o.push_str("connected ");
                write_party(o, connected);
            }
        }
        "ChannelCallerId" => {
            if let Some(caller) = subject.and_then(|c| c.caller.as_ref()) {
                let o = w.next();
                o.push_str("caller ");
                write_party(o, caller);
            }
            // Only a presentation that hides the number is worth the room.
            let presentation = text(&event.caller_presentation_txt);
            if !presentation.is_empty() && !presentation.starts_with("Presentation Allowed") {
                w.next().push_str(presentation);
            }
        }
        "ChannelHold" => {
            let class = text(&event.musicclass);
            if !class.is_empty() {
                let _ = write!(w.next(), "music {class}");
            }
        }
        "ChannelTalkingFinished" => {
            if let Some(ms) = event.duration {
                let _ = write!(w.next(), "talked {ms} ms");
            }
        }
        "StasisStart" | "StasisEnd" => {
            let o = w.next();
            o.push_str(text(&event.application));
            if kind == "StasisStart" {
                if let Some(args) = event.args.as_ref().filter(|a| !a.is_empty()) {
                    o.push('(');
                    for (i, arg) in args.iter().enumerate() {
                        if i > 0 {
                            o.push(',');
                        }
                        o.push_str(arg);
                    }
                    o.push(')');
                }
                if let Some(channel) = subject {
                    let o = w.next();
                    let before = o.len();
                    o.push_str("from ");
                    if !write_location(o, channel) {
                        o.truncate(before);
                    }
                }
            }
            if let Some(replaced) = event.replace_channel.as_ref().and_then(|c| c.id.as_deref()) {
                let _ = write!(w.next(), "replaces {replaced}");
            }
        }
        "ApplicationMoveFailed" => {
            let _ = write!(w.next(), "to {}", text(&event.destination));
        }
        "ChannelUserevent" => w.next().push_str(text(&event.eventname)),
        _ if kind.starts_with("Application") => w.next().push_str(text(&event.application)),
        _ => {}
    }
    if let Some(bridge) = &event.bridge {
        let o = w.next();
        // Its name first (people name bridges to know them), then its id.
        let name = text(&bridge.name);
        if name.is_empty() {
            let _ = write!(o, "bridge {}", text(&bridge.id));
        } else {
            let _ = write!(o, "bridge \"{name}\" {}", text(&bridge.id));
        }
        let btype = text(&bridge.bridge_type);
        let members = bridge.channels.as_ref().map(Vec::len);
        let _ = match (btype.is_empty(), members) {
            (false, Some(n)) => write!(o, " ({btype}, {n} in)"),
            (false, None) => write!(o, " ({btype})"),
            (true, Some(n)) => write!(o, " ({n} in)"),
            (true, None) => Ok(()),
        };
    }
    if let Some(playback) = &event.playback {
        // What plays first; the playback's id (for `ari playbacks`) last.
        let o = w.next();
        o.push_str(text(&playback.media_uri));
        let state = text(&playback.state);
        if !state.is_empty() {
            o.push(' ');
            o.push_str(state);
        }
        if let Some(bridge) = event.target_bridge() {
            let _ = write!(o, " on bridge {bridge}");
        }
        let _ = write!(w.next(), "playback {}", text(&playback.id));
    }
    if let Some(recording) = &event.recording {
        let o = w.next();
        let _ = write!(o, "recording {}", text(&recording.name));
        let format = text(&recording.format);
        if !format.is_empty() {
            let _ = write!(o, ".{format}");
        }
        let state = text(&recording.state);
        if !state.is_empty() {
            let _ = write!(o, " {state}");
        }
        if let Some(seconds) = recording.duration {
            let _ = write!(o, " {seconds}s");
        }
        let why = text(&recording.cause);
        if !why.is_empty() {
            let _ = write!(o, " ({why})");
        }
        if let Some(bridge) = event.target_bridge() {
            let _ = write!(o, " on bridge {bridge}");
        }
    }
    if let Some(device) = &event.device_state {
        let _ = write!(
            w.next(),
            "device {} {}",
            text(&device.name),
            text(&device.state)
        );
    }
    if let Some(endpoint) = &event.endpoint {
        let tech = text(&endpoint.technology);
        if !tech.is_empty() {
            let o = w.next();
            let _ = write!(o, "endpoint {tech}/{}", text(&endpoint.resource));
            let state = text(&endpoint.state);
            if !state.is_empty() {
                let _ = write!(o, " {state}");
            }
        }
    }
    let end = w.out.trim_end().len();
    w.out.truncate(end);
}
