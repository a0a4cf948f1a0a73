//! How events are to print, apart from where they go: the mode (`-o`), the
//! colours, `--jq`, the line width and `--relative`. Read once from the command
//! line, then turned into as many writers as a command needs (one per fleet
//! member, listener connection, REPL tail or simulator console).

use std::io::Write;

use clap::ArgMatches;

use super::render::{EventMode, EventWriter};
use super::summary::{Summary, Width};
use crate::cli::GlobalOptions;
use crate::error::Result;
use crate::output::OutputMode;
use crate::output::jq::JqFilter;

#[derive(Debug, Clone)]
pub struct EventStyle {
    pub mode: EventMode,
    pub color: bool,
    /// The `--jq` text, compiled (and so checked) when the style is read, and
    /// compiled again for each writer: a compiled filter cannot be shared.
    jq: Option<String>,
    width: Width,
    relative: bool,
    /// Columns taken by a tag printed before each line (`ws1 `, a profile).
    tag_width: usize,
}

impl EventStyle {
    /// Summary lines fitted to the terminal (when `terminal`), no jq: the
    /// style of views that show events beside something else.
    pub fn summary(color: bool, terminal: bool) -> EventStyle {
        EventStyle {
            mode: EventMode::Summary,
            color,
            jq: None,
            width: Width::detect(terminal),
            relative: false,
            tag_width: 0,
        }
    }

    /// The style the global options ask for on stdout (`-o`, `--color`,
    /// `--jq`), with `--relative` from the events arguments when there are
    /// some. A bad `--jq` is a usage error here, before anything connects.
    pub fn from_options(
        globals: &GlobalOptions,
        events_args: Option<&ArgMatches>,
        terminal: bool,
    ) -> Result<EventStyle> {
        let mode = super::event_mode(globals.output)?;
        Self::with_mode(globals, events_args, terminal, mode)
    }

    /// As `from_options`, but a view that shows events above a prompt prints
    /// summary lines unless `-o` says otherwise.
    pub fn above_prompt(
        globals: &GlobalOptions,
        events_args: Option<&ArgMatches>,
    ) -> Result<EventStyle> {
        let mode = match globals.output {
            OutputMode::Auto => EventMode::Summary,
            other => super::event_mode(other)?,
        };
        Self::with_mode(globals, events_args, true, mode)
    }

    fn with_mode(
        globals: &GlobalOptions,
        events_args: Option<&ArgMatches>,
        terminal: bool,
        mode: EventMode,
    ) -> Result<EventStyle> {
        if let Some(jq) = &globals.jq {
            JqFilter::compile(jq)?;
        }
        Ok(EventStyle {
            mode,
            color: globals.color.enabled(terminal),
            jq: globals.jq.clone(),
            width: Width::detect(terminal),
            relative: events_args.is_some_and(|m| m.get_flag("relative")),
            tag_width: 0,
        })
    }

    /// Lines that start with a tag of `columns` (its space included): the
    /// summary fits the rest of the width.
    pub fn tagged(mut self, columns: usize) -> EventStyle {
        self.tag_width = columns;
        self
    }

    /// Compact JSON with no jq: frames can pass through as they came.
    pub fn passes_raw(&self) -> bool {
        self.mode == EventMode::Json && self.jq.is_none()
    }

    pub fn writer<W: Write>(&self, out: W) -> Result<EventWriter<W>> {
        let jq = self.jq.as_deref().map(JqFilter::compile).transpose()?;
        Ok(self.writer_with(out, jq))
    }

    /// A writer for a style with no `--jq` (`summary`), which cannot fail.
    pub fn plain_writer<W: Write>(&self, out: W) -> EventWriter<W> {
        debug_assert!(self.jq.is_none());
        self.writer_with(out, None)
    }

    fn writer_with<W: Write>(&self, out: W, jq: Option<JqFilter>) -> EventWriter<W> {
        let summary = Summary::new(self.width, self.relative).with_prefix(self.tag_width);
        EventWriter::new(out, self.mode, self.color, jq).with_summary(summary)
    }
}
