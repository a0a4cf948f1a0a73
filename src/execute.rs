//! Carry out one `Invocation`: print it as curl, or send it and print the
//! result. Shared by every ARI action and by `ari raw`.

use std::fs::File;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::Path;

use serde_json::Value;

use crate::client::Client;
use crate::context::Context;
use crate::error::{Error, Result, one_line};
use crate::invocation::Invocation;
use crate::output::Renderer;
use crate::reply::{Reply, http_error};
use crate::spec::{self, Operation};

/// Returns the JSON result, if there was one (the REPL's `$_` comes from it).
pub fn run(inv: Invocation, ctx: &Context) -> Result<Option<Value>> {
    let globals = &ctx.globals;
    // Compile --jq before anything goes over the wire.
    let renderer = Renderer::new(globals.output, globals.color, globals.jq.as_deref())?;
    let settings = ctx.settings()?;
    if globals.curl {
        println!("{}", crate::curl::command_line(&inv, &settings));
        return Ok(None);
    }
    let binary = inv.operation.is_some_and(|op| op.returns_binary());
    if binary && inv.download_to.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::usage(
            "the recording is binary audio: use --to FILE or redirect stdout",
        ));
    }
    let client = Client::new(&settings, globals.verbose)?;
    let runtime = crate::runtime::runtime()?;
    runtime.block_on(async {
        tokio::select! {
            result = execute(&client, &inv, &renderer, binary) => result,
            result = crate::runtime::interrupted() => result,
        }
    })
}

/// Send the request and wait for an event about what it made (`--wait`).
pub fn run_and_wait(
    inv: Invocation,
    wait: crate::events::wait::Wait,
    ctx: &Context,
) -> Result<Option<Value>> {
    let globals = &ctx.globals;
    // `-q` prints the id of what the event is about, as it does for the
    // action's reply; a table of one event says nothing more than its json.
    let ids = globals.output == crate::output::OutputMode::Ids && globals.jq.is_none();
    let renderer = Renderer::new(
        match globals.output {
            crate::output::OutputMode::Table | crate::output::OutputMode::Ids => {
                crate::output::OutputMode::Json
            }
            other => other,
        },
        globals.color,
        globals.jq.as_deref(),
    )?;
    let settings = ctx.settings()?;
    if globals.curl {
        println!("{}", crate::curl::command_line(&inv, &settings));
        return Ok(None);
    }
    let client = Client::new(&settings, globals.verbose)?;
    crate::runtime::runtime()?.block_on(async {
        let waited = crate::events::wait::send_and_wait(&settings, &client, &inv, &wait).await?;
        let stdout = std::io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        if ids {
            writeln!(out, "{}", waited.id)?;
            out.flush()?;
        } else {
            renderer.render(&waited.event, None, &mut out)?;
        }
        Ok(Some(waited.event))
    })
}

async fn execute(
    client: &Client,
    inv: &Invocation,
    renderer: &Renderer,
    binary: bool,
) -> Result<Option<Value>> {
    let what = inv.describe(client.base());
    if binary {
        return download(client, inv, &what).await.map(|_| None);
    }
    let sent = match stasis_app_of(inv) {
        Some((op, app)) => {
            // Asked alongside, so the answer costs no extra round trip.
            let (reply, held) =
                tokio::join!(client.send_ok(inv), application_is_known(client, app));
            if reply.is_ok() && held == Some(false) {
                warn_nobody_holds(op, app);
            }
            reply
        }
        None => client.send_ok(inv).await,
    };
    let reply = match (sent, inv.operation) {
        (Ok(reply), _) => reply,
        (Err(e), Some(op)) => return Err(too_old(client, op, e).await),
        (Err(e), None) => return Err(e),
    };
    if inv.operation.is_none() && !looks_like_json(&reply) {
        // `ari raw` may ask for anything, audio included: pass it through.
        let mut out = std::io::stdout().lock();
        out.write_all(&reply.body)?;
        out.flush()?;
        return Ok(None);
    }
    let Some(value) = parse_body(&reply, &what)? else {
        return Ok(None);
    };
    let model = inv.operation.map(|op| op.returns_model());
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    renderer.render(&value, model, &mut out)?;
    Ok(Some(value))
}

/// A 404 for the path itself (Asterisk's "Resource not found", not "Channel
/// not found"): when the server's version predates the operation, say so.
/// The version is asked for only here, on the way out of a failure.
async fn too_old(client: &Client, op: &Operation, e: Error) -> Error {
    if e.status != Some(404) || !e.message.contains("Resource not found") {
        return e;
    }
    let mut info = Invocation::get("/asterisk/info");
    info.query.push(("only".into(), "system".into()));
    let version = match client.look_up(&info).await {
        Ok(reply) if reply.is_success() => serde_json::from_slice::<Value>(&reply.body)
            .ok()
            .and_then(|v| v["system"]["version"].as_str().map(str::to_string)),
        _ => None,
    };
    match version {
        Some(version) if crate::spec::versions::has(op.since, &version) == Some(false) => {
            Error::new(
                e.kind,
                format!(
                    "{} {} needs {}; this server is {version}",
                    op.resource,
                    op.action,
                    crate::spec::versions::which(op.since)
                ),
            )
        }
        _ => e,
    }
}

/// The Stasis application a request puts a channel into, if it does.
fn stasis_app_of(inv: &Invocation) -> Option<(&'static Operation, &str)> {
    let op = inv.operation?;
    let param = op.stasis_app_param()?;
    let app = inv
        .query
        .iter()
        .find(|(name, _)| name == param.name)
        .map(|(_, value)| value.as_str())?;
    Some((op, app))
}

/// Whether Asterisk knows the application: `Some(false)` only for a clear
/// 404. A known one may still be held by nobody (Asterisk keeps a closed
/// WebSocket's application listed for a while), so "known" proves nothing
/// and only "unknown" is worth a warning.
async fn application_is_known(client: &Client, app: &str) -> Option<bool> {
    let get = spec::actions_of("applications")
        .into_iter()
        .find(|a| a.base.nickname == "get")?;
    let inv = Invocation::for_operation(get.base, &[app.to_string()], Vec::new(), None, None);
    let reply = client.look_up(&inv).await.ok()?;
    match reply.status {
        404 => Some(false),
        200..=299 => Some(true),
        _ => None,
    }
}

/// The call was placed, but into an application nobody holds: Asterisk
/// takes the channel out of Stasis at once and it hangs up.
fn warn_nobody_holds(op: &Operation, app: &str) {
    eprintln!("ari: warning: no WebSocket holds application '{app}': the call will not stay");
    let wait = if crate::events::wait::supports(op.resource, op.action) {
        ", or use --wait StasisStart"
    } else {
        ""
    };
    eprintln!("hint: start `ari events --app {app}` first{wait}");
}

fn looks_like_json(reply: &Reply) -> bool {
    match reply.content_type.as_deref() {
        Some(ct) => ct.contains("json"),
        None => true,
    }
}

/// Send and read the JSON result without printing it (a fleet prints them all together).
pub async fn fetch(client: &Client, inv: &Invocation) -> Result<Option<Value>> {
    let reply = client.send_ok(inv).await?;
    parse_body(&reply, &inv.describe(client.base()))
}

/// The JSON of a successful reply; `None` for an empty body (204).
fn parse_body(reply: &Reply, what: &str) -> Result<Option<Value>> {
    let text = String::from_utf8_lossy(&reply.body);
    if text.trim().is_empty() {
        return Ok(None);
    }
    serde_json::from_str(&text).map(Some).map_err(|e| {
        let kind = reply.content_type.as_deref().unwrap_or("no content type");
        Error::internal(format!(
            "the server's {} reply is not valid JSON ({kind}): {} ({what})",
            reply.status,
            one_line(&e.to_string())
        ))
    })
}

async fn download(client: &Client, inv: &Invocation, what: &str) -> Result<()> {
    let failed = match &inv.download_to {
        Some(path) => {
            let partial = partial_path(path);
            let file = File::create(&partial).map_err(|e| {
                Error::usage(format!(
                    "cannot write {}: {}",
                    partial.display(),
                    one_line(&e.to_string())
                ))
            })?;
            let mut sink = BufWriter::new(file);
            let result = client.download(inv, &mut sink).await;
            drop(sink);
            match result {
                // Only a complete download takes the file's name.
                Ok(None) => std::fs::rename(&partial, path).map_err(|e| {
                    Error::usage(format!(
                        "cannot write {}: {}",
                        path.display(),
                        one_line(&e.to_string())
                    ))
                })?,
                _ => {
                    let _ = std::fs::remove_file(&partial);
                }
            }
            result?
        }
        None => {
            let stdout = std::io::stdout();
            let mut sink = BufWriter::new(stdout.lock());
            let result = client.download(inv, &mut sink).await?;
            sink.flush()?;
            result
        }
    };
    match failed {
        Some(reply) => Err(http_error(&reply, what)),
        None => Ok(()),
    }
}

fn partial_path(path: &Path) -> std::path::PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".part");
    path.with_file_name(name)
}
