//! `ari sim`'s console: every event the simulator makes, as the summary
//! lines of `ari events -o summary` (the same renderer, call tags and all).

use std::io::Write;
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};

use crate::error::{Error, Result};
use crate::events::brief::Brief;
use crate::events::filter::EventFilter;
use crate::events::style::EventStyle;

/// How many events may wait for the console before it skips some.
pub const CONSOLE_QUEUE: usize = 4096;

/// Start printing on a thread of its own; the simulator sends its events to
/// the sender returned (`SimOptions::events`), never waiting for the printer.
pub fn start() -> Result<SyncSender<String>> {
    let (tx, rx) = sync_channel(CONSOLE_QUEUE);
    let terminal = crate::output::stdout_is_terminal();
    let color = terminal && std::env::var_os("NO_COLOR").is_none();
    std::thread::Builder::new()
        .name("ari-sim-console".into())
        .spawn(move || print(rx, color, terminal))
        .map_err(|e| Error::internal(format!("cannot start the console: {e}")))?;
    Ok(tx)
}

/// Print events from the simulator until it stops.
fn print(events: Receiver<String>, color: bool, terminal: bool) {
    let mut writer = EventStyle::summary(color, terminal).plain_writer(std::io::stdout());
    let mut calls = EventFilter::new(Vec::new(), Vec::new(), None, None, Vec::new());
    while let Ok(text) = events.recv() {
        let Some(brief) = Brief::parse(&text) else {
            continue;
        };
        let (_, call) = calls.place(&brief);
        if writer.write_summary(&brief, call, calls.calls()).is_err() || writer.flush().is_err() {
            // Nobody reads the console any more: the simulator goes on.
            return;
        }
    }
    let _ = std::io::stdout().flush();
}
