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
use crate::clock::{local_time_of, now_local};
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
