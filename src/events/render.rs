//! How events print: `pretty` (a header per event and the coloured JSON),
//! `json` (one compact event per line), `summary` (one aligned line per event
//! with what a person debugging dialplan wants), or `--jq`.

use std::io::Write;

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::Value;

use crate::causes::cause_text;
use crate::error::Result;
use crate::output::color::{reindent_checked, write_pretty};
use crate::output::jq::{JqFilter, JqOutput};
use crate::output::models::scalar_text;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventMode {
    Pretty,
    Json,
    Summary,
}

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";

/// The colour of an event family, so a screenful of events reads at a glance.
fn family_color(kind: &str) -> &'static str {
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

pub struct EventWriter<W: Write> {
    out: W,
    mode: EventMode,
    color: bool,
    jq: Option<JqFilter>,
    /// Where a pretty event is laid out before it is known to be valid.
    buf: Vec<u8>,
}

/// The local clock's offset from UTC, read once: a tail that runs across a
/// daylight-saving change shows the old offset, which beats a time-zone
/// lookup per event in a flood.
fn local_offset_seconds() -> i64 {
    static OFFSET: std::sync::OnceLock<i64> = std::sync::OnceLock::new();
    *OFFSET.get_or_init(|| {
        use chrono::Offset;
        i64::from(chrono::Local::now().offset().fix().local_minus_utc())
    })
}

/// `2026-11-22T11:07:46.150+0000` → local `12:07:46.150`, without a date
/// parser or an allocation: ARI always writes this one format.
fn local_time_of(timestamp: &str) -> Option<[u8; 12]> {
    let b = timestamp.as_bytes();
    if b.len() < 28 || b[10] != b'T' || b[19] != b'.' {
        return None;
    }
    let num = |range: std::ops::Range<usize>| -> Option<i64> {
        b[range].iter().try_fold(0i64, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    let (h, m, s, ms) = (num(11..13)?, num(14..16)?, num(17..19)?, num(20..23)?);
    let sign = match b[23] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let zone = sign * (num(24..26)? * 3600 + num(26..28)? * 60);
    let seconds = (h * 3600 + m * 60 + s - zone + local_offset_seconds()).rem_euclid(86_400);
    let two = |n: i64| [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
    let (hh, mm, ss) = (
        two(seconds / 3600),
        two(seconds / 60 % 60),
        two(seconds % 60),
    );
    Some([
        hh[0],
        hh[1],
        b':',
        mm[0],
        mm[1],
        b':',
        ss[0],
        ss[1],
        b'.',
        b'0' + (ms / 100) as u8,
        b'0' + (ms / 10 % 10) as u8,
        b'0' + (ms % 10) as u8,
    ])
}

fn now_local() -> [u8; 12] {
    let text = chrono::Local::now().format("%H:%M:%S%.3f").to_string();
    let mut out = [b'0'; 12];
    out.copy_from_slice(&text.as_bytes()[..12]);
    out
}

fn local_time(event: &Value) -> String {
    let time = event
        .get("timestamp")
        .and_then(Value::as_str)
        .and_then(local_time_of)
        .unwrap_or_else(now_local);
    String::from_utf8_lossy(&time).into_owned()
}

/// The fields of an event the pretty header shows, read without building
/// the rest (but checking that all of it is valid JSON).
#[derive(Deserialize)]
pub struct Head<'a> {
    #[serde(rename = "type", borrow)]
    pub kind: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub timestamp: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub application: Option<Cow<'a, str>>,
}

impl<W: Write> EventWriter<W> {
    pub fn new(out: W, mode: EventMode, color: bool, jq: Option<JqFilter>) -> EventWriter<W> {
        EventWriter {
            out,
            mode,
            color,
            jq,
            buf: Vec::with_capacity(8192),
        }
    }

    /// Compact JSON, no filtering, no jq: frames can pass through as they came.
    pub fn passes_raw(&self) -> bool {
        self.mode == EventMode::Json && self.jq.is_none()
    }

    /// Write a frame that is known to be one line of valid JSON.
    pub fn write_raw(&mut self, text: &str) -> Result<()> {
        self.out.write_all(text.as_bytes())?;
        self.out.write_all(b"\n")?;
        Ok(())
    }

    pub fn write(&mut self, event: &Value) -> Result<()> {
        if let Some(jq) = &self.jq {
            for output in jq.run(event)? {
                match output {
                    JqOutput::Text(text) => writeln!(self.out, "{text}")?,
                    JqOutput::Json(value) => {
                        serde_json::to_writer(&mut self.out, &value)
                            .map_err(std::io::Error::from)?;
                        writeln!(self.out)?;
                    }
                }
            }
            return Ok(());
        }
        match self.mode {
            EventMode::Json => {
                serde_json::to_writer(&mut self.out, event).map_err(std::io::Error::from)?;
                writeln!(self.out)?;
            }
            EventMode::Pretty => self.write_pretty(event)?,
            EventMode::Summary => {
                let line = summary_line(event, self.color);
                writeln!(self.out, "{line}")?;
            }
        }
        Ok(())
    }

    fn header(&mut self, kind: &str, timestamp: Option<&str>, app: &str) -> Result<()> {
        let time = timestamp.and_then(local_time_of).unwrap_or_else(now_local);
        let out = &mut self.out;
        if self.color {
            out.write_all(DIM.as_bytes())?;
            out.write_all(&time)?;
            out.write_all(RESET.as_bytes())?;
            out.write_all(b" ")?;
            out.write_all(family_color(kind).as_bytes())?;
            out.write_all(kind.as_bytes())?;
            out.write_all(RESET.as_bytes())?;
            out.write_all(b" ")?;
            out.write_all(DIM.as_bytes())?;
            out.write_all(app.as_bytes())?;
            out.write_all(RESET.as_bytes())?;
        } else {
            out.write_all(&time)?;
            out.write_all(b" ")?;
            out.write_all(kind.as_bytes())?;
            out.write_all(b" ")?;
            out.write_all(app.as_bytes())?;
        }
        out.write_all(b"\n")?;
        Ok(())
    }

    fn write_pretty(&mut self, event: &Value) -> Result<()> {
        let kind = event.get("type").and_then(Value::as_str).unwrap_or("?");
        let app = event
            .get("application")
            .and_then(Value::as_str)
            .unwrap_or("");
        let timestamp = event.get("timestamp").and_then(Value::as_str);
        self.header(kind, timestamp, app)?;
        write_pretty(&mut self.out, event, self.color)?;
        Ok(())
    }

    /// Pretty output straight from the frame's text (no filters, no jq).
    /// Returns the event's type, or `None` when the frame is not JSON.
    /// `ApplicationReplaced` is left for the caller to act on, unprinted.
    pub fn write_pretty_text<'t>(&mut self, text: &'t str) -> Result<Option<&'t str>> {
        self.buf.clear();
        let Some(top) = reindent_checked(text, self.color, &mut self.buf) else {
            return Ok(None);
        };
        let kind = top.kind.unwrap_or("?");
        if kind == "ApplicationReplaced" || !text.trim_start().starts_with('{') {
            return Ok(Some(kind));
        }
        self.header(kind, top.timestamp, top.application.unwrap_or(""))?;
        self.out.write_all(&self.buf)?;
        Ok(Some(kind))
    }

    pub fn mode(&self) -> EventMode {
        self.mode
    }

    pub fn has_jq(&self) -> bool {
        self.jq.is_some()
    }

    pub fn flush(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}

fn field<'a>(event: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(event, |v, k| v.get(k))
}

fn text(event: &Value, path: &[&str]) -> String {
    field(event, path).map(scalar_text).unwrap_or_default()
}

fn pad(out: &mut String, value: &str, width: usize) {
    out.push_str(value);
    for _ in value.chars().count()..width {
        out.push(' ');
    }
    out.push(' ');
}

/// One line: time, type, channel id and name, state, caller, dialplan
/// location, then what is specific to the event (bridge, playback, digit,
/// cause, variable, arguments...).
pub fn summary_line(event: &Value, color: bool) -> String {
    let kind = text(event, &["type"]);
    // Dial names its channel `peer`; the rest `channel`.
    let channel = event
        .get("channel")
        .or_else(|| event.get("peer"))
        .unwrap_or(&Value::Null);
    let mut line = String::with_capacity(160);
    if color {
        line.push_str(DIM);
    }
    pad(&mut line, &local_time(event), 12);
    if color {
        line.push_str(RESET);
        line.push_str(family_color(&kind));
    }
    pad(&mut line, &kind, 22);
    if color {
        line.push_str(RESET);
    }
    // Playbacks and recordings say which channel they are on in their target.
    let target_channel = ["playback", "recording"]
        .iter()
        .filter_map(|k| {
            event
                .get(*k)?
                .get("target_uri")?
                .as_str()?
                .strip_prefix("channel:")
        })
        .next()
        .unwrap_or("");
    let id = match text(channel, &["id"]) {
        id if id.is_empty() => target_channel.to_string(),
        id => id,
    };
    let name = text(channel, &["name"]);
    pad(&mut line, &id, 16);
    if color {
        line.push_str(BOLD);
    }
    pad(&mut line, &name, 28);
    if color {
        line.push_str(RESET);
    }
    pad(&mut line, &text(channel, &["state"]), 7);
    let (caller_name, caller_number) = (
        text(channel, &["caller", "name"]),
        text(channel, &["caller", "number"]),
    );
    let caller = match (caller_name.is_empty(), caller_number.is_empty()) {
        (true, true) => String::new(),
        (false, true) => caller_name,
        (true, false) => caller_number,
        (false, false) => format!("{caller_name} <{caller_number}>"),
    };
    pad(&mut line, &caller, 18);
    let dialplan = if channel.get("dialplan").is_some() {
        let app = text(channel, &["dialplan", "app_name"]);
        let data = text(channel, &["dialplan", "app_data"]);
        let mut location = format!(
            "{},{},{}",
            text(channel, &["dialplan", "context"]),
            text(channel, &["dialplan", "exten"]),
            text(channel, &["dialplan", "priority"])
        );
        if !app.is_empty() {
            location.push_str(&format!(" {app}({data})"));
        }
        location
    } else {
        String::new()
    };
    pad(&mut line, &dialplan, 30);
    line.push_str(&details(event, &kind));
    line.trim_end().to_string()
}

/// What is particular to an event type, as `key=value` words.
fn details(event: &Value, kind: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut add = |key: &str, value: String| {
        if !value.is_empty() {
            words.push(format!("{key}={value}"));
        }
    };
    if let Some(bridge) = event.get("bridge") {
        add("bridge", text(bridge, &["id"]));
        if let Some(members) = bridge.get("channels").and_then(Value::as_array) {
            add("members", members.len().to_string());
        }
    }
    if let Some(playback) = event.get("playback") {
        add("playback", text(playback, &["id"]));
        add("media", text(playback, &["media_uri"]));
        add("target", text(playback, &["target_uri"]));
        add("state", text(playback, &["state"]));
    }
    if let Some(recording) = event.get("recording") {
        add("recording", text(recording, &["name"]));
        add("state", text(recording, &["state"]));
        add("duration", text(recording, &["duration"]));
    }
    add("digit", text(event, &["digit"]));
    if let Some(cause) = event.get("cause").and_then(Value::as_i64) {
        let soft = event.get("soft").and_then(Value::as_bool) == Some(true);
        let txt = event
            .get("cause_txt")
            .and_then(Value::as_str)
            .map(str::to_string)
            .unwrap_or_else(|| {
                if soft {
                    String::new()
                } else {
                    cause_text(cause).to_string()
                }
            });
        let shown = if txt.is_empty() || txt == "Unknown" {
            cause.to_string()
        } else {
            format!("{cause}({txt})")
        };
        add("cause", shown.replace(' ', "_"));
    }
    if kind == "ChannelVarset" {
        add(
            "var",
            format!("{}={}", text(event, &["variable"]), text(event, &["value"])),
        );
    }
    if kind == "Dial" {
        add("dialstatus", text(event, &["dialstatus"]));
        add("dialstring", text(event, &["dialstring"]));
    }
    if kind == "ChannelDialplan" {
        add(
            "app",
            format!(
                "{}({})",
                text(event, &["dialplan_app"]),
                text(event, &["dialplan_app_data"])
            ),
        );
    }
    if let Some(args) = event.get("args").and_then(Value::as_array) {
        add(
            "args",
            args.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        );
    }
    add("event", text(event, &["eventname"]));
    add("device", text(event, &["device_state", "name"]));
    if event.get("device_state").is_some() {
        add("state", text(event, &["device_state", "state"]));
    }
    add("endpoint", {
        let tech = text(event, &["endpoint", "technology"]);
        let resource = text(event, &["endpoint", "resource"]);
        if tech.is_empty() {
            String::new()
        } else {
            format!("{tech}/{resource}")
        }
    });
    add(
        "app",
        if kind.starts_with("Application") {
            text(event, &["application"])
        } else {
            String::new()
        },
    );
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn summary_lines_carry_what_dialplan_debugging_needs() {
        let event = json!({
            "type": "ChannelHangupRequest", "timestamp": "2026-11-22T11:07:51.395+0000", "cause": 16,
            "channel": {"id": "1795345666.1", "name": "Local/wait@lab-00000000;2", "state": "Up",
                        "caller": {"name": "Alice", "number": "1001"},
                        "dialplan": {"context": "lab", "exten": "wait", "priority": 2, "app_name": "Wait", "app_data": "300"}},
        });
        let line = summary_line(&event, false);
        for part in [
            "ChannelHangupRequest",
            "1795345666.1",
            "Local/wait@lab-00000000;2",
            "Up",
            "Alice <1001>",
            "lab,wait,2 Wait(300)",
            "cause=16(Normal_Clearing)",
        ] {
            assert!(line.contains(part), "{part} missing in {line}");
        }
        let dtmf = summary_line(
            &json!({"type": "ChannelDtmfReceived", "digit": "5", "channel": {"id": "c"}}),
            false,
        );
        assert!(dtmf.ends_with("digit=5"), "{dtmf}");
        let dial = summary_line(
            &json!({"type": "Dial", "dialstatus": "ANSWER", "peer": {"id": "p1", "name": "PJSIP/a"}}),
            false,
        );
        assert!(
            dial.contains("p1") && dial.contains("dialstatus=ANSWER"),
            "{dial}"
        );
    }
}
