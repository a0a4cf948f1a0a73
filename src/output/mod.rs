//! Every way a result is printed: pretty, json, table, ids, and `--jq`.
//! stdout carries results only; messages for people go to stderr.

pub mod color;
pub mod fit;
pub mod jq;
pub mod model_view;
pub mod table;
pub mod width;

use std::io::{IsTerminal, Write};

use serde_json::Value;

use crate::error::Result;
use jq::{JqFilter, JqOutput};
use width::Width;

/// `-o` as given on the command line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OutputMode {
    #[default]
    Auto,
    Pretty,
    Json,
    Table,
    Ids,
    /// One line per event (`ari events` only).
    Summary,
}

impl OutputMode {
    pub const NAMES: [&'static str; 6] = ["auto", "pretty", "json", "table", "ids", "summary"];

    pub fn parse(name: &str) -> Option<OutputMode> {
        Some(match name {
            "auto" => OutputMode::Auto,
            "pretty" => OutputMode::Pretty,
            "json" => OutputMode::Json,
            "table" => OutputMode::Table,
            "ids" => OutputMode::Ids,
            "summary" => OutputMode::Summary,
            _ => return None,
        })
    }

    /// `auto` is pretty for a person at a terminal and JSON for a pipe.
    pub fn resolve(self, stdout_is_terminal: bool) -> OutputMode {
        match self {
            OutputMode::Auto if stdout_is_terminal => OutputMode::Pretty,
            OutputMode::Auto => OutputMode::Json,
            other => other,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn parse(name: &str) -> ColorChoice {
        match name {
            "always" => ColorChoice::Always,
            "never" => ColorChoice::Never,
            _ => ColorChoice::Auto,
        }
    }

    /// Whether to colour a stream: `always` wins over everything (including
    /// NO_COLOR, as no-color.org asks of explicit flags); `auto` colours a
    /// terminal unless NO_COLOR is set or TERM is dumb.
    pub fn enabled(self, is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

/// Prints results in the chosen mode.
pub struct Renderer {
    mode: OutputMode,
    color: bool,
    jq: Option<JqFilter>,
    /// stdout is a terminal: a person reads it, not a script.
    terminal: bool,
    /// What a table fits: the terminal's width (or `COLUMNS`) there, no
    /// limit into a pipe, where scripts read whole columns.
    width: Width,
}

impl Renderer {
    pub fn new(mode: OutputMode, color: ColorChoice, jq: Option<&str>) -> Result<Renderer> {
        if mode == OutputMode::Summary {
            return Err(crate::error::Error::usage(
                "-o summary is for events (`ari events`, --wait); use pretty, json, table or ids here",
            ));
        }
        let terminal = stdout_is_terminal();
        Ok(Renderer {
            mode: mode.resolve(terminal),
            color: color.enabled(terminal),
            jq: jq.map(JqFilter::compile).transpose()?,
            terminal,
            width: if terminal {
                Width::detect(true)
            } else {
                Width::Unlimited
            },
        })
    }

    /// Print one result. `model` is the ARI model of the response
    /// (`Channel`, from `List[Channel]`), which decides table columns and ids.
    pub fn render(&self, value: &Value, model: Option<&str>, out: &mut dyn Write) -> Result<()> {
        match &self.jq {
            Some(filter) => {
                for output in filter.run(value)? {
                    match output {
                        JqOutput::Text(text) => writeln!(out, "{text}")?,
                        JqOutput::Json(json) => self.write_value(&json, None, out)?,
                    }
                }
            }
            None => self.write_value(value, model, out)?,
        }
        out.flush()?;
        Ok(())
    }

    /// A fleet's results as one table led by a PROFILE column, fitted to
    /// the terminal as any table is.
    pub fn render_tagged(
        &self,
        results: &[(&str, &Value)],
        model: Option<&str>,
        out: &mut dyn Write,
    ) -> Result<()> {
        let fitted = table::write_tagged(results, model, self.width.columns(), out)?;
        say_fitted(&fitted, out)
    }

    fn write_value(&self, value: &Value, model: Option<&str>, out: &mut dyn Write) -> Result<()> {
        match self.mode {
            OutputMode::Pretty | OutputMode::Auto | OutputMode::Summary => {
                color::write_pretty(&mut &mut *out, value, self.color)?;
            }
            OutputMode::Json => {
                serde_json::to_writer(&mut *out, value).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
            OutputMode::Table => {
                // An empty table prints nothing; a person at a terminal is
                // told so on stderr, a pipe still gets nothing at all.
                if self.terminal && value.as_array().is_some_and(Vec::is_empty) {
                    eprintln!("{}", table::empty_note(model));
                }
                let fitted = table::write(value, model, self.width.columns(), out)?;
                say_fitted(&fitted, out)?;
            }
            OutputMode::Ids => write_ids(value, model, out)?,
        }
        Ok(())
    }
}

/// Once, after the table: what was left out to fit the terminal.
fn say_fitted(fitted: &table::Fitted, out: &mut dyn Write) -> Result<()> {
    if let Some(note) = fitted.note() {
        // The table first, so the note reads below it.
        out.flush()?;
        eprintln!("{note}");
    }
    Ok(())
}

/// One id per line: for a list each element's id, for an object its own.
fn write_ids(value: &Value, model: Option<&str>, out: &mut dyn Write) -> std::io::Result<()> {
    let items: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        Value::Null => Vec::new(),
        other => vec![other],
    };
    for item in items {
        if let Some(id) = model_view::id_of(item, model) {
            writeln!(out, "{id}")?;
        }
    }
    Ok(())
}
