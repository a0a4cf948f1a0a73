//! `ari events` on one server: the live tail, or (`--listen`) the server
//! Asterisk's outbound WebSocket connects to. The dispatcher sends a fleet's
//! (`-p a,b events`) to `fleet::events`.

use std::io::BufWriter;

use clap::ArgMatches;

use crate::client::Client;
use crate::context::Context;
use crate::error::Result;
use crate::events::listen;
use crate::events::style::EventStyle;
use crate::events::tagged;
use crate::events::tail::tail;
use crate::events::tail_options;
use crate::output::stdout_is_terminal;
use crate::runtime::{interrupted, runtime};
use crate::transport::listener::{self, Bound};

/// `ari events --listen`: serve Asterisk's outbound WebSocket connections.
fn run_listen(m: &ArgMatches, ctx: &Context, addr: &str) -> Result<()> {
    let globals = &ctx.globals;
    let settings = ctx.settings()?;
    let options = tail_options(m, globals, &settings)?;
    Client::check_listen_server(&settings, globals.verbose)?;
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
        let prefix = if style.color {
            format!("\x1b[1m{label}\x1b[0m ")
        } else {
            format!("{label} ")
        };
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

pub fn run(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    if let Some(addr) = m.get_one::<String>("listen") {
        return run_listen(m, ctx, addr);
    }
    let style = EventStyle::from_options(globals, Some(m), stdout_is_terminal())?;
    let settings = ctx.settings()?;
    let options = tail_options(m, globals, &settings)?;
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
