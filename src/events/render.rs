//! How events print: `pretty` (a header per event and the coloured JSON),
//! `json` (one compact event per line), `summary` (one aligned line per event
//! with what a person debugging dialplan wants), or `--jq`.

use std::io::Write;

use std::borrow::Cow;

use serde::Deserialize;
use serde_json::Value;

use super::brief::Brief;
use super::calls::{CallView, Calls};
use super::summary::{Summary, Width, family_color};
use crate::error::Result;
use crate::output::color::{reindent_checked, write_pretty};
use crate::output::jq::{JqFilter, JqOutput};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventMode {
    Pretty,
    Json,
    Summary,
}

const RESET: &str = "\x1b[0m";
const DIM: &str = "\x1b[2m";

pub struct EventWriter<W: Write> {
    out: W,
    mode: EventMode,
    color: bool,
    jq: Option<JqFilter>,
    /// Where a pretty event is laid out before it is known to be valid.
    buf: Vec<u8>,
    summary: Summary,
    /// A summary line's buffer, kept between lines.
    line: String,
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
pub(super) fn local_time_of(timestamp: &str) -> Option<[u8; 12]> {
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

pub(super) fn now_local() -> [u8; 12] {
    let text = chrono::Local::now().format("%H:%M:%S%.3f").to_string();
    let mut out = [b'0'; 12];
    out.copy_from_slice(&text.as_bytes()[..12]);
    out
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
            summary: Summary::new(Width::Unlimited, false),
            line: String::with_capacity(256),
        }
    }

    /// How summary lines fit (the terminal's width, `--relative`).
    pub fn with_summary(mut self, summary: Summary) -> EventWriter<W> {
        self.summary = summary;
        self
    }

    /// One summary line.
    pub fn write_summary(
        &mut self,
        event: &Brief,
        call: Option<CallView>,
        calls: &Calls,
    ) -> Result<()> {
        let mut line = std::mem::take(&mut self.line);
        self.summary
            .write_line(&mut line, event, call, calls, self.color);
        line.push('\n');
        let written = self.out.write_all(line.as_bytes());
        self.line = line;
        written?;
        Ok(())
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
                // Without a tracker of its own (the tail passes one): no call tags.
                let brief = Brief::of_value(event);
                let calls = Calls::new();
                let line = self.summary.line(&brief, None, &calls, self.color);
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
