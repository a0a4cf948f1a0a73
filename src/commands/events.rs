//! `ari events` on one server: the live tail, or (`--listen`) the server
//! Asterisk's outbound WebSocket connects to. The dispatcher sends a fleet's
//! (`-p a,b events`) to `fleet::events`.

use std::io::BufWriter;

use clap::ArgMatches;

use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::events::listen;
use crate::events::render::{EventMode, EventWriter};
use crate::events::summary::{Summary, Width};
use crate::events::tagged;
use crate::events::tail::tail;
use crate::events::{event_mode, tail_options};
use crate::output::jq::JqFilter;
use crate::output::stdout_is_terminal;
use crate::runtime::runtime;
use crate::transport::listener::{self, Bound};

/// `ari events --listen`: serve Asterisk's outbound WebSocket connections.
fn run_listen(m: &ArgMatches, ctx: &Context, addr: &str) -> Result<()> {
    let globals = &ctx.globals;
    let mode = event_mode(globals.output)?;
    let settings = ctx.settings()?;
    let options = tail_options(m, globals, &settings)?;
    let bound = Bound::bind(addr, &settings, listener::tls_files(m))?;
    let app = if options.private {
        "hello".to_string()
    } else {
        options.apps.join(",")
    };
    eprintln!(
        "ari: listening on {} for Asterisk's outbound WebSocket (user {}); in Asterisk:",
        bound.uri(),
        settings.username.value
    );
    for line in listener::asterisk_config(&bound.uri(), &settings, &app).lines() {
        eprintln!("  {line}");
    }
    let terminal = stdout_is_terminal();
    let color = globals.color.enabled(terminal);
    let relative = m.get_flag("relative");
    let out = std::sync::Arc::new(std::sync::Mutex::new(std::io::stdout()));
    let jq_text = globals.jq.clone();
    let json = mode == EventMode::Json && jq_text.is_none();
    let make_writer = |id: u64| {
        let label = format!("ws{id}");
        let prefix = if color {
            format!("\x1b[1m{label}\x1b[0m ")
        } else {
            format!("{label} ")
        };
        let jq = jq_text.as_deref().and_then(|j| JqFilter::compile(j).ok());
        EventWriter::new(
            tagged::Tagged::new(out.clone(), "connection", &label, prefix, json),
            mode,
            color,
            jq,
        )
        // The connection's tag is printed before each line: the line fits the rest.
        .with_summary(Summary::new(Width::detect(terminal), relative).with_prefix(label.len() + 1))
    };
    // Compile --jq once up front, so a mistake is a usage error.
    globals.jq.as_deref().map(JqFilter::compile).transpose()?;
    runtime()?.block_on(async {
        let listener = bound.serve()?;
        let interrupted = async {
            let _ = tokio::signal::ctrl_c().await;
            Err(Error::new(ErrorKind::Interrupted, "interrupted"))
        };
        listen::listen(listener, options, make_writer, interrupted).await
    })
}

pub fn run(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    if let Some(addr) = m.get_one::<String>("listen") {
        return run_listen(m, ctx, addr);
    }
    let mode = event_mode(globals.output)?;
    let jq = globals.jq.as_deref().map(JqFilter::compile).transpose()?;
    let settings = ctx.settings()?;
    let options = tail_options(m, globals, &settings)?;
    if options.private && globals.verbose {
        eprintln!("ari: listening as private application {}", options.apps[0]);
    }
    let color = globals.color.enabled(stdout_is_terminal());
    let stdout = std::io::stdout();
    let summary = Summary::new(Width::detect(stdout_is_terminal()), m.get_flag("relative"));
    let mut writer = EventWriter::new(
        BufWriter::with_capacity(64 * 1024, stdout.lock()),
        mode,
        color,
        jq,
    )
    .with_summary(summary);
    let result = runtime()?.block_on(async {
        let interrupted = async {
            let _ = tokio::signal::ctrl_c().await;
            Err(Error::new(ErrorKind::Interrupted, "interrupted"))
        };
        tail(&settings, options, &mut writer, interrupted).await
    });
    // What was printed stays printed, even on an error exit.
    let flushed = writer.flush();
    result.and(flushed)
}
