//! One REST command on every server of a fleet, concurrently, each with its
//! own profile (credentials, TLS, time limits); the results kept apart by
//! server, in the order the profiles were named; one exit code for all.

use std::io::{BufWriter, Write};

use futures_util::StreamExt;
use serde_json::{Value, json};

use crate::cli::GlobalOptions;
use crate::client::Client;
use crate::config::{Overrides, Settings};
use crate::context::Context;
use crate::error::{Error, Result, one_line};
use crate::execute::fetch;
use crate::invocation::Invocation;
use crate::output::jq::{JqFilter, JqOutput};
use crate::output::{OutputMode, Renderer, stdout_is_terminal};
use crate::runtime::runtime;

/// What one server answered.
type Outcome = Result<Option<Value>>;

const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

/// Send `inv` to every profile in `names`; print the results; the exit code
/// is that of the first failure in profile order.
pub fn run(inv: Invocation, ctx: &Context, names: Vec<String>) -> Result<Option<Value>> {
    let globals = &ctx.globals;
    if inv.operation.is_some_and(|op| op.returns_binary()) {
        return Err(Error::usage(
            "a recording download goes to one server: name one profile with -p",
        ));
    }
    let jq = globals.jq.as_deref().map(JqFilter::compile).transpose()?;
    let renderer = Renderer::new(globals.output, globals.color, None)?;
    let file = ctx.config()?;
    let settings: Vec<Result<Settings>> = names
        .iter()
        .map(|name| {
            let overrides = Overrides {
                profile: Some(name.clone()),
                ..globals.connection.clone()
            };
            Settings::resolve(&overrides, &file)
        })
        .collect();
    if globals.curl {
        for (name, s) in names.iter().zip(&settings) {
            println!("# {name}");
            match s {
                Ok(s) => println!("{}", crate::curl::command_line(&inv, s)),
                Err(e) => println!("# {}", e.message),
            }
        }
        return Ok(None);
    }
    let outcomes = runtime()?.block_on(async {
        tokio::select! {
            outcomes = send_all(&inv, &settings, globals) => Ok(outcomes),
            result = crate::runtime::interrupted() => result,
        }
    })?;
    let model = inv.operation.map(|op| op.returns_model());
    print(&names, &outcomes, &renderer, jq.as_ref(), model, globals)?;
    summarize(&names, &outcomes)
}

/// Send to every server, at most `--parallel` at once; `None` for a server
/// not tried because `--fail-fast` stopped first. A failure stops only the
/// requests not yet sent: those under way are waited for, since they may
/// have acted on their servers, and their answers are reported as they are.
async fn send_all(
    inv: &Invocation,
    settings: &[Result<Settings>],
    globals: &GlobalOptions,
) -> Vec<Option<Outcome>> {
    let mut outcomes: Vec<Option<Outcome>> = (0..settings.len()).map(|_| None).collect();
    let stopped = std::cell::Cell::new(false);
    let stopped = &stopped;
    let mut pending = futures_util::stream::iter(settings.iter().enumerate())
        .map(|(i, s)| async move {
            if stopped.get() {
                return (i, None);
            }
            let outcome = match s {
                Ok(s) => match Client::new(s, globals.verbose) {
                    Ok(client) => fetch(&client, inv).await,
                    Err(e) => Err(e),
                },
                Err(e) => Err(Error::new(e.kind, e.message.clone())),
            };
            (i, Some(outcome))
        })
        .buffer_unordered(globals.parallel.max(1));
    while let Some((i, outcome)) = pending.next().await {
        if outcome.as_ref().is_some_and(Result::is_err) && globals.fail_fast {
            stopped.set(true);
        }
        outcomes[i] = outcome;
    }
    outcomes
}

fn print(
    names: &[String],
    outcomes: &[Option<Outcome>],
    renderer: &Renderer,
    jq: Option<&JqFilter>,
    model: Option<&str>,
    globals: &GlobalOptions,
) -> Result<()> {
    let terminal = stdout_is_terminal();
    let mode = globals.output.resolve(terminal);
    let color = globals.color.enabled(terminal);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let done: Vec<(&str, &Option<Value>)> = names
        .iter()
        .zip(outcomes)
        .filter_map(|(n, o)| match o {
            Some(Ok(v)) => Some((n.as_str(), v)),
            _ => None,
        })
        .collect();
    match mode {
        OutputMode::Json => {
            for (name, outcome) in names.iter().zip(outcomes) {
                match outcome {
                    Some(Ok(value)) => {
                        let value = value.clone().unwrap_or(Value::Null);
                        for result in jq_results(jq, value)? {
                            write_line(&mut out, &json!({"profile": name, "result": result}))?;
                        }
                    }
                    Some(Err(e)) => write_line(
                        &mut out,
                        &json!({"profile": name, "error": {
                            "status": e.status,
                            "message": e.message,
                            "exit": e.exit_code(),
                        }}),
                    )?,
                    None => {}
                }
            }
        }
        OutputMode::Table if jq.is_none() => {
            let results: Vec<(&str, &Value)> = done
                .iter()
                .filter_map(|(n, v)| v.as_ref().map(|v| (*n, v)))
                .collect();
            renderer.render_tagged(&results, model, &mut out)?;
        }
        OutputMode::Ids | OutputMode::Table => {
            // `profile:value`, one per line: ids (`-q`) or `--jq` texts.
            for (name, value) in &done {
                let Some(value) = value else { continue };
                let mut text = Vec::new();
                match jq {
                    Some(filter) => write_jq(filter, value, &mut text)?,
                    None => renderer.render(value, model, &mut text)?,
                }
                for line in String::from_utf8_lossy(&text).lines() {
                    writeln!(out, "{name}:{line}")?;
                }
            }
        }
        _ => {
            // Pretty: a heading per server, then its result as usual.
            for (name, outcome) in names.iter().zip(outcomes) {
                let Some(Ok(value)) = outcome else { continue };
                if color {
                    writeln!(out, "{BOLD}{name}{RESET}")?;
                } else {
                    writeln!(out, "{name}")?;
                }
                if let Some(value) = value {
                    match jq {
                        Some(filter) => write_jq(filter, value, &mut out)?,
                        None => renderer.render(value, model, &mut out)?,
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(())
}

fn write_line(out: &mut dyn Write, value: &Value) -> Result<()> {
    serde_json::to_writer(&mut *out, value).map_err(std::io::Error::from)?;
    writeln!(out)?;
    Ok(())
}

fn jq_results(jq: Option<&JqFilter>, value: Value) -> Result<Vec<Value>> {
    let Some(filter) = jq else {
        return Ok(vec![value]);
    };
    Ok(filter
        .run(&value)?
        .into_iter()
        .map(|o| match o {
            JqOutput::Text(t) => Value::String(t),
            JqOutput::Json(v) => v,
        })
        .collect())
}

fn write_jq(filter: &JqFilter, value: &Value, out: &mut dyn Write) -> Result<()> {
    for output in filter.run(value)? {
        match output {
            JqOutput::Text(t) => writeln!(out, "{t}")?,
            JqOutput::Json(v) => write_line(out, &v)?,
        }
    }
    Ok(())
}

/// One line per failure as it is, then the count; the exit code of the first
/// failure in profile order.
fn summarize(names: &[String], outcomes: &[Option<Outcome>]) -> Result<Option<Value>> {
    let failures: Vec<(&String, &Error)> = names
        .iter()
        .zip(outcomes)
        .filter_map(|(n, o)| match o {
            Some(Err(e)) => Some((n, e)),
            _ => None,
        })
        .collect();
    let skipped = outcomes.iter().filter(|o| o.is_none()).count();
    let Some((_, first)) = failures.first() else {
        return Ok(None);
    };
    for (name, e) in &failures {
        eprintln!("ari: {name}: {}", e.message);
    }
    let list: Vec<String> = failures
        .iter()
        .map(|(name, e)| format!("{name} (exit {}: {})", e.exit_code(), short(&e.message)))
        .collect();
    let mut summary = format!(
        "{} of {} servers failed: {}",
        failures.len(),
        names.len(),
        list.join(", ")
    );
    if skipped > 0 {
        summary.push_str(&format!("; {skipped} not tried (--fail-fast)"));
    }
    // Printed above; the summary is the error line.
    Err(Error::new(first.kind, summary))
}

/// The gist of an error message: before its `(METHOD /path)` and hints.
fn short(message: &str) -> String {
    let text = one_line(message);
    let gist = text.split(" (").next().unwrap_or(&text);
    let gist = gist.split(": ").next().unwrap_or(gist);
    gist.chars().take(40).collect()
}
