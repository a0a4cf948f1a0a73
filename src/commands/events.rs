//! `ari events` on one server: the live tail, or (`--listen`) the server
//! Asterisk's outbound WebSocket connects to. The dispatcher sends a fleet's
//! (`-p a,b events`) to `fleet::events`.

use std::io::BufWriter;
use std::path::{Path, PathBuf};

use clap::ArgMatches;

use crate::client::Client;
use crate::config::{Settings, Source};
use crate::context::Context;
use crate::error::Result;
use crate::events::listen;
use crate::events::record::{Recorder, Tagged as Recorded};
use crate::events::replay::{self, Outputs, Speed};
use crate::events::style::EventStyle;
use crate::events::tagged::{self, connection_prefix};
use crate::events::tail::tail;
use crate::events::tail_options;
use crate::output::stdout_is_terminal;
use crate::runtime::{interrupted, runtime};
use crate::transport::listener::{self, Bound};

/// `ari events --listen`: serve Asterisk's outbound WebSocket connections.
fn run_listen(m: &ArgMatches, ctx: &Context, addr: &str) -> Result<()> {
    let globals = &ctx.globals;
    let settings = ctx.settings()?;
    let mut options = tail_options(m, globals, &settings)?;
    Client::check_listen_server(&settings, globals.verbose)?;
    if let Some(path) = m.get_one::<PathBuf>("record") {
        options.record = Some((
            Recorder::open(path, Recorded::Connection, &[])?,
            String::new(),
        ));
    }
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
    let style = EventStyle::from_options(globals, Some(m), stdout_is_terminal())?;
    let out = std::sync::Arc::new(std::sync::Mutex::new(std::io::stdout()));
    let make_writer = |id: u64| {
        let label = format!("ws{id}");
        let prefix = connection_prefix(&label, style.color);
        let tagged = tagged::Tagged::new(
            out.clone(),
            "connection",
            &label,
            prefix,
            style.passes_raw(),
        );
        // The connection's tag is printed before each line: the line fits the rest.
        style.clone().tagged(label.len() + 1).writer(tagged)
    };
    runtime()?.block_on(async {
        let listener = bound.serve()?;
        listen::listen(listener, options, make_writer, interrupted()).await
    })
}

/// `ari events --replay FILE`: a recording through the same pipeline.
fn run_replay(m: &ArgMatches, ctx: &Context, path: &Path) -> Result<()> {
    let globals = &ctx.globals;
    let style = EventStyle::from_options(globals, Some(m), stdout_is_terminal())?;
    let settings = ctx.settings()?;
    let options = tail_options(m, globals, &settings)?;
    let speed = m.get_one::<Speed>("speed").copied().unwrap_or(Speed::Max);
    replay::replay(path, speed, options, &mut Outputs::new(style))
}

/// The name a single server's frames carry in a recording: its profile's,
/// else its address.
fn source_name(settings: &Settings) -> String {
    if settings.profile.source != Source::Default {
        return settings.profile.value.clone();
    }
    let url = &settings.url.value;
    match (url.host_str(), url.port_or_known_default()) {
        (Some(host), Some(port)) => format!("{host}:{port}"),
        _ => url.to_string(),
    }
}

pub fn run(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    if let Some(path) = m.get_one::<PathBuf>("replay") {
        return run_replay(m, ctx, path);
    }
    if let Some(addr) = m.get_one::<String>("listen") {
        return run_listen(m, ctx, addr);
    }
    let style = EventStyle::from_options(globals, Some(m), stdout_is_terminal())?;
    let settings = ctx.settings()?;
    let mut options = tail_options(m, globals, &settings)?;
    if let Some(path) = m.get_one::<PathBuf>("record") {
        let source = source_name(&settings);
        let recorder = Recorder::open(path, Recorded::No, std::slice::from_ref(&source))?;
        options.record = Some((recorder, source));
    }
    if options.private && globals.verbose {
        eprintln!("ari: listening as private application {}", options.apps[0]);
    }
    let stdout = std::io::stdout();
    let mut writer = style.writer(BufWriter::with_capacity(64 * 1024, stdout.lock()))?;
    let result =
        runtime()?.block_on(async { tail(&settings, options, &mut writer, interrupted()).await });
    // What was printed stays printed, even on an error exit.
    let flushed = writer.flush();
    result.and(flushed)
}
