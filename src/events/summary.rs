//! `-o summary`: one line per event for a person following calls through the
//! dialplan. At a terminal every line fits its width: columns grow to what
//! they hold, long values are cut with `…` (in the middle of names and ids,
//! at the end of text), a column an event does not have takes no room, and
//! the event's own details come last. Into a pipe nothing is cut, so `grep`
//! and `awk` see full values in the same order.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::time::{Duration, Instant};

use unicode_width::UnicodeWidthStr;

use super::brief::{Brief, Channel, Party, Str};
use super::calls::{CallView, Calls, timestamp_ms};
use crate::causes::cause_text;

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

/// Call colours, in turn: none of them is the red of hang-ups and failures.
const CALL_COLORS: [&str; 8] = [
    "\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m", "\x1b[96m", "\x1b[95m", "\x1b[93m",
];

/// How often the terminal's width is read again (a resize shows within this).
const WIDTH_REFRESH: Duration = Duration::from_millis(250);

/// The colour of an event family, so a screenful of events reads at a glance.
pub fn family_color(kind: &str) -> &'static str {
    if kind.starts_with("Stasis") {
        "\x1b[1;32m"
    } else if kind == "ChannelDestroyed"
        || kind == "ChannelHangupRequest"
        || kind.ends_with("Failed")
    {
        "\x1b[1;31m"
    } else if kind.starts_with("Application") {
        "\x1b[1;91m"
    } else if kind == "ChannelDtmfReceived" || kind.starts_with("Recording") {
        "\x1b[33m"
    } else if kind.starts_with("Playback") {
        "\x1b[34m"
    } else if kind.starts_with("Bridge") || kind.ends_with("Bridge") {
        "\x1b[35m"
    } else if kind.starts_with("Channel") || kind == "Dial" {
        "\x1b[36m"
    } else {
        "\x1b[37m"
    }
}

/// The columns, in order; `Details` is last and takes what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Time,
    Tag,
    Type,
    Name,
    Id,
    State,
    Caller,
}

const COLS: [Col; 7] = [
    Col::Time,
    Col::Tag,
    Col::Type,
    Col::Name,
    Col::Id,
    Col::State,
    Col::Caller,
];

/// How a column gives way on a narrow terminal.
#[derive(Clone, Copy)]
enum Cut {
    Never,
    Middle,
    End,
}

impl Col {
    fn index(self) -> usize {
        self as usize
    }

    /// (widest it grows at a terminal, narrowest it is cut to, how).
    fn limits(self) -> (usize, usize, Cut) {
        match self {
            Col::Time => (12, 12, Cut::Never),
            Col::Tag => (6, 6, Cut::Never),
            Col::Type => (22, 10, Cut::End),
            Col::Name => (30, 12, Cut::Middle),
            Col::Id => (20, 7, Cut::Middle),
            Col::State => (8, 4, Cut::End),
            Col::Caller => (22, 6, Cut::End),
        }
    }
}

/// How a column makes room on a narrow terminal.
#[derive(Clone, Copy)]
enum GiveWay {
    Hide,
    Shrink(usize),
}

/// In this order: the id first (the name tells channels apart; `-o json`
/// has the id), then the caller, the name, the state, the type last.
const GIVE_WAY: [(Col, GiveWay); 7] = [
    (Col::Id, GiveWay::Hide),
    (Col::Caller, GiveWay::Shrink(8)),
    (Col::Caller, GiveWay::Hide),
    (Col::Name, GiveWay::Shrink(14)),
    (Col::State, GiveWay::Hide),
    (Col::Name, GiveWay::Shrink(10)),
    (Col::Type, GiveWay::Shrink(12)),
];
/// What the columns leave the details at the least: the details are what
/// the line is about (the dialplan step, the cause, the digit).
const DETAILS_ROOM: usize = 30;

/// Where the line width comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Width {
    /// Into a pipe or a file: nothing is cut.
    Unlimited,
    /// A fixed width (`COLUMNS`, or a test).
    Fixed(usize),
    /// The terminal's, read again now and then.
    Terminal,
}

impl Width {
    /// `COLUMNS` when set, else the terminal's when stdout is one, else none.
    pub fn detect(stdout_is_terminal: bool) -> Width {
        if let Some(columns) = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0)
        {
            return Width::Fixed(columns);
        }
        if stdout_is_terminal {
            Width::Terminal
        } else {
            Width::Unlimited
        }
    }
}

pub fn terminal_columns() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}

/// The summary renderer's state: column widths so far, the width to fit.
pub struct Summary {
    widths: [usize; 7],
    width: Width,
    columns: Option<usize>,
    read_at: Option<Instant>,
    relative: bool,
    /// The first event's time, for `--relative` lines that belong to no call.
    first: Option<i64>,
    /// The details' buffer, kept between lines.
    scratch: String,
    /// The time's, the tag's and the caller's buffers, kept between lines.
    bufs: [String; 3],
}

/// One line's values before layout.
struct Line<'a> {
    cells: [Cow<'a, str>; 7],
    /// The event has no channel: the channel columns take no room.
    channel_less: bool,
    details: String,
    kind: &'a str,
    call: Option<CallView>,
}

impl Summary {
    pub fn new(width: Width, relative: bool) -> Summary {
        Summary {
            widths: [0; 7],
            width,
            columns: None,
            read_at: None,
            relative,
            first: None,
            scratch: String::with_capacity(128),
            bufs: Default::default(),
        }
    }

    fn limit(&mut self) -> Option<usize> {
        match self.width {
            Width::Unlimited => None,
            Width::Fixed(n) => Some(n),
            Width::Terminal => {
                if self.read_at.is_none_or(|t| t.elapsed() >= WIDTH_REFRESH) {
                    self.columns = terminal_columns();
                    self.read_at = Some(Instant::now());
                }
                self.columns
            }
        }
    }

    /// One event as one line (no newline), coloured or not.
    pub fn line(
        &mut self,
        event: &Brief,
        call: Option<CallView>,
        calls: &Calls,
        color: bool,
    ) -> String {
        let mut out = String::new();
        self.write_line(&mut out, event, call, calls, color);
        out
    }

    /// The same, into `out` (cleared first): a flood reuses one buffer.
    pub fn write_line(
        &mut self,
        out: &mut String,
        event: &Brief,
        call: Option<CallView>,
        calls: &Calls,
        color: bool,
    ) {
        out.clear();
        let line = self.cells(event, call, calls);
        let limit = self.limit();
        self.lay_out(out, line, limit, color);
    }

    /// A buffer kept between lines, emptied.
    fn buffer(&mut self, which: usize) -> String {
        let mut b = std::mem::take(&mut self.bufs[which]);
        b.clear();
        b
    }

    fn time(&mut self, event: &Brief, call: Option<CallView>) -> String {
        let mut out = self.buffer(0);
        let stamp = event.timestamp.as_deref();
        if !self.relative {
            let clock = stamp
                .and_then(super::render::local_time_of)
                .unwrap_or_else(super::render::now_local);
            out.push_str(std::str::from_utf8(&clock).unwrap_or("??:??:??.???"));
            return out;
        }
        let now = stamp.and_then(timestamp_ms);
        if self.first.is_none() {
            self.first = now;
        }
        let start = call.and_then(|c| c.started).or(self.first);
        match (now, start) {
            (Some(now), Some(start)) => {
                let ms = (now - start).max(0);
                let _ = write!(out, "+{}.{:03}", ms / 1000, ms % 1000);
            }
            _ => out.push_str("+?"),
        }
        out
    }

    fn cells<'a>(
        &mut self,
        event: &'a Brief<'a>,
        call: Option<CallView>,
        calls: &'a Calls,
    ) -> Line<'a> {
        let kind = event.kind();
        let time = self.time(event, call);
        let mut tag = self.buffer(1);
        if let Some(c) = call {
            let _ = write!(tag, "c{}", c.id);
        }
        let subject = event.subject();
        // A playback or recording on a channel shows that channel.
        let target = event.target_channel();
        let id: Cow<str> = match subject.and_then(|c| c.id.as_deref()) {
            Some(id) => Cow::Borrowed(id),
            None => Cow::Borrowed(target.unwrap_or("")),
        };
        let name: Cow<str> = match subject.and_then(|c| c.name.as_deref()) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Borrowed(target.and_then(|t| calls.name_of(t)).unwrap_or("")),
        };
        let state = subject.and_then(|c| c.state.as_deref()).unwrap_or("");
        let mut caller = self.buffer(2);
        if let Some(p) = subject.and_then(|c| c.caller.as_ref()) {
            write_party(&mut caller, p);
        }
        let channel_less = id.is_empty() && name.is_empty();
        Line {
            cells: [
                Cow::Owned(time),
                Cow::Owned(tag),
                Cow::Borrowed(kind),
                name,
                id,
                Cow::Borrowed(state),
                Cow::Owned(caller),
            ],
            channel_less,
            details: {
                let mut d = std::mem::take(&mut self.scratch);
                d.clear();
                details(&mut d, event, subject);
                d
            },
            kind,
            call,
        }
    }

    fn shown(col: Col, line: &Line) -> bool {
        !(line.channel_less && matches!(col, Col::Name | Col::Id | Col::State | Col::Caller))
    }

    fn lay_out(&mut self, out: &mut String, line: Line, limit: Option<usize>, color: bool) {
        // Columns grow to what they hold (up to a cap at a terminal).
        for col in COLS {
            let w = width(&line.cells[col.index()]);
            let cap = if limit.is_some() {
                col.limits().0
            } else {
                usize::MAX
            };
            let slot = &mut self.widths[col.index()];
            *slot = (*slot).max(w.min(cap));
        }
        // The columns are laid out for the width, the same for every line
        // (so they stay aligned), leaving the details at least DETAILS_ROOM.
        let mut widths = self.widths;
        let mut details_width = width(&line.details);
        if let Some(limit) = limit {
            let budget = limit.saturating_sub(DETAILS_ROOM);
            let used = |widths: &[usize; 7]| -> usize {
                widths
                    .iter()
                    .filter(|w| **w > 0)
                    .map(|w| w + 1)
                    .sum::<usize>()
            };
            for (col, give) in GIVE_WAY {
                let over = used(&widths).saturating_sub(budget);
                if over == 0 {
                    break;
                }
                let w = &mut widths[col.index()];
                *w = match give {
                    GiveWay::Hide => 0,
                    GiveWay::Shrink(min) if *w > min => w.saturating_sub(over).max(min),
                    GiveWay::Shrink(_) => *w,
                };
            }
            for col in COLS {
                if !Self::shown(col, &line) {
                    widths[col.index()] = 0;
                }
            }
            details_width = details_width.min(limit.saturating_sub(used(&widths)));
        } else {
            for col in COLS {
                if !Self::shown(col, &line) {
                    widths[col.index()] = 0;
                }
            }
        }

        let call_color = line
            .call
            .map(|c| CALL_COLORS[(c.id as usize - 1) % CALL_COLORS.len()]);
        let mut first = true;
        for col in COLS {
            let w = widths[col.index()];
            if w == 0 {
                continue;
            }
            if !first {
                out.push(' ');
            }
            first = false;
            let value = &line.cells[col.index()];
            let paint = if !color {
                None
            } else {
                match col {
                    Col::Time => Some(DIM),
                    Col::Tag | Col::Name => call_color,
                    Col::Type => Some(family_color(line.kind)),
                    _ => None,
                }
            };
            if let Some(p) = paint {
                out.push_str(p);
            }
            fit(out, value, w, col.limits().2, limit.is_some());
            if paint.is_some() {
                out.push_str(RESET);
            }
        }
        if details_width > 0 && !line.details.is_empty() {
            out.push(' ');
            if limit.is_some() {
                cut(out, &line.details, details_width, Cut::End);
            } else {
                out.push_str(&line.details);
            }
        }
        let trimmed = out.trim_end().len();
        out.truncate(trimmed);
        // Colour codes take no room; anything still too long is cut hard.
        if let Some(limit) = limit
            && !color
            && width(out) > limit
        {
            let text = std::mem::take(out);
            cut(out, &text, limit, Cut::End);
        }
        self.scratch = line.details;
        let [time, tag, _, _, _, _, caller] = line.cells;
        for (slot, cell) in [(0, time), (1, tag), (2, caller)] {
            if let Cow::Owned(b) = cell {
                self.bufs[slot] = b;
            }
        }
    }
}

/// Write `value` in exactly `width` columns: padded, or cut as the column
/// says (only when a width is to be kept).
fn fit(out: &mut String, value: &str, columns: usize, how: Cut, cutting: bool) {
    let w = width(value);
    if w > columns && cutting {
        cut(out, value, columns, how);
        return;
    }
    out.push_str(value);
    for _ in w..columns {
        out.push(' ');
    }
}

/// Columns a text takes on a terminal (ASCII, the usual case, is quick).
fn width(text: &str) -> usize {
    if text.is_ascii() {
        text.len()
    } else {
        text.width()
    }
}

/// `value` cut to `width` columns with `…`.
fn cut(out: &mut String, value: &str, columns: usize, how: Cut) {
    if width(value) <= columns {
        out.push_str(value);
        return;
    }
    if columns == 0 {
        return;
    }
    let keep = columns - 1;
    match how {
        Cut::Middle => {
            let tail = keep / 2;
            let head = keep - tail;
            out.extend(value.chars().take(head));
            out.push('…');
            let count = value.chars().count();
            out.extend(value.chars().skip(count.saturating_sub(tail)));
        }
        Cut::End | Cut::Never => {
            let mut used = 0;
            for c in value.chars() {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                if used + w > keep {
                    break;
                }
                used += w;
                out.push(c);
            }
            out.push('…');
        }
    }
}

/// `Alice <1001>`, `Alice`, `1001` or nothing.
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

/// `Normal Clearing (16)`.
fn cause(code: i64, text: Option<&str>) -> String {
    let text = text
        .filter(|t| !t.is_empty() && *t != "Unknown")
        .unwrap_or_else(|| cause_text(code));
    if text == "Unknown" {
        format!("cause {code}")
    } else {
        format!("{text} ({code})")
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
fn details(out: &mut String, event: &Brief, subject: Option<&Channel>) {
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
            let _ = write!(w.next(), "{}={}", text(&event.variable), text(&event.value));
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
                w.next().push_str("soft hangup");
            } else if let Some(code) = event.cause {
                w.next().push_str(&cause(code, event.cause_txt.as_deref()));
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
            let presentation = text(&event.caller_presentation_txt);
            if !presentation.is_empty() {
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
        let _ = write!(o, "bridge {}", text(&bridge.id));
        let btype = text(&bridge.bridge_type);
        let members = bridge.channels.as_ref().map(Vec::len);
        let _ = match (btype.is_empty(), members) {
            (false, Some(n)) => write!(o, " ({btype}, {n} in)"),
            (false, None) => write!(o, " ({btype})"),
            (true, Some(n)) => write!(o, " ({n} in)"),
            (true, None) => Ok(()),
        };
        let name = text(&bridge.name);
        if !name.is_empty() {
            let _ = write!(o, " \"{name}\"");
        }
    }
    if let Some(playback) = &event.playback {
        let o = w.next();
        let _ = write!(
            o,
            "playback {} {}",
            text(&playback.id),
            text(&playback.media_uri)
        );
        let state = text(&playback.state);
        if !state.is_empty() {
            o.push(' ');
            o.push_str(state);
        }
        if let Some(bridge) = event.target_bridge() {
            let _ = write!(o, " on bridge {bridge}");
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn render(summary: &mut Summary, calls: &mut Calls, text: &str) -> String {
        let brief = Brief::parse(text).unwrap();
        let call = calls.observe(&brief);
        summary.line(&brief, call, calls, false)
    }

    const DIALPLAN: &str = r#"{"type":"ChannelDialplan","timestamp":"2026-11-22T11:07:46.150+0000","dialplan_app":"AppDial2","dialplan_app_data":"(Outgoing Line)","channel":{"id":"1795345666.1","name":"Local/wait@lab-00000000;2","state":"Ring","caller":{"name":"Alice","number":"1001"},"dialplan":{"context":"lab","exten":"wait","priority":1,"app_name":"AppDial2","app_data":"(Outgoing Line)"}}}"#;

    #[test]
    fn dialplan_reads_like_the_console_and_nothing_twice() {
        let mut s = Summary::new(Width::Unlimited, false);
        let line = render(&mut s, &mut Calls::new(), DIALPLAN);
        assert!(
            line.contains("[wait@lab:1] AppDial2((Outgoing Line))"),
            "{line}"
        );
        assert_eq!(line.matches("AppDial2").count(), 1, "{line}");
        for part in [
            "c1",
            "ChannelDialplan",
            "Local/wait@lab-00000000;2",
            "1795345666.1",
            "Ring",
            "Alice <1001>",
        ] {
            assert!(line.contains(part), "{part} missing: {line}");
        }
    }

    #[test]
    fn causes_digits_and_variables_in_words() {
        let mut s = Summary::new(Width::Unlimited, false);
        let mut calls = Calls::new();
        let hangup = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelHangupRequest","cause":16,"channel":{"id":"1.1","name":"PJSIP/a-1","dialplan":{"context":"lab","exten":"wait","priority":2}}}"#,
        );
        assert!(
            hangup.ends_with("Normal Clearing (16)  at [wait@lab:2]"),
            "{hangup}"
        );
        let dtmf = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelDtmfReceived","digit":"5","duration_ms":120,"channel":{"id":"1.1"}}"#,
        );
        assert!(dtmf.ends_with("digit 5 (120 ms)"), "{dtmf}");
        let var = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelVarset","variable":"STASISSTATUS","value":"FAILED","channel":{"id":"1.1"}}"#,
        );
        assert!(var.ends_with("STASISSTATUS=FAILED"), "{var}");
    }

    #[test]
    fn lines_fit_narrow_terminals_and_channel_less_events_take_no_channel_room() {
        for width in [80, 120, 200] {
            let mut s = Summary::new(Width::Fixed(width), false);
            let mut calls = Calls::new();
            let line = render(&mut s, &mut calls, DIALPLAN);
            assert!(line.width() <= width, "{width}: {line}");
            let device = render(
                &mut s,
                &mut calls,
                r#"{"type":"DeviceStateChanged","timestamp":"2026-11-22T11:07:46.150+0000","device_state":{"name":"Custom:lamp","state":"INUSE"}}"#,
            );
            assert!(device.width() <= width, "{device}");
            assert!(
                device.contains("DeviceStateChanged device Custom:lamp INUSE"),
                "{device}"
            );
        }
        let mut s = Summary::new(Width::Fixed(80), false);
        let line = render(&mut s, &mut Calls::new(), DIALPLAN);
        assert!(line.contains('…'), "{line}");
    }

    #[test]
    fn any_width_fits_without_a_panic() {
        for width in 1..=220 {
            let mut s = Summary::new(Width::Fixed(width), false);
            let mut calls = Calls::new();
            for text in [
                DIALPLAN,
                r#"{"type":"BridgeCreated","bridge":{"id":"x","channels":[]}}"#,
            ] {
                let line = render(&mut s, &mut calls, text);
                assert!(super::width(&line) <= width.max(1), "{width}: {line}");
            }
        }
    }

    #[test]
    fn relative_times_count_from_the_calls_first_event() {
        let mut s = Summary::new(Width::Unlimited, true);
        let mut calls = Calls::new();
        let first = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelCreated","timestamp":"2026-11-22T11:07:46.150+0000","channel":{"id":"1.1","name":"PJSIP/a-1"}}"#,
        );
        let later = render(
            &mut s,
            &mut calls,
            r#"{"type":"ChannelStateChange","timestamp":"2026-11-22T11:07:47.384+0000","channel":{"id":"1.1","name":"PJSIP/a-1","state":"Up"}}"#,
        );
        assert!(first.starts_with("+0.000 "), "{first}");
        assert!(later.starts_with("+1.234 "), "{later}");
    }

    #[test]
    fn cuts_keep_both_ends_of_ids() {
        let mut out = String::new();
        cut(&mut out, "1795345666.1234", 9, Cut::Middle);
        assert_eq!(out, "1795…1234");
    }
}
