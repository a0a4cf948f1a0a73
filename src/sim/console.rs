//! `ari sim`'s console: every event the simulator makes, as the summary
//! lines of `ari events -o summary` (the same renderer, call tags and all).

use std::io::Write;

use tokio::sync::mpsc::Receiver;

use crate::events::brief::Brief;
use crate::events::filter::EventFilter;
use crate::events::render::{EventMode, EventWriter};
use crate::events::summary::{Summary, Width};

/// How many events may wait for the console before it skips some.
pub const CONSOLE_QUEUE: usize = 4096;

/// Print events from the simulator until it stops.
pub async fn print(mut events: Receiver<String>, color: bool, terminal: bool) {
    let mut writer = EventWriter::new(std::io::stdout(), EventMode::Summary, color, None)
        .with_summary(Summary::new(Width::detect(terminal), false));
    let mut calls = EventFilter::new(Vec::new(), Vec::new(), None, None, Vec::new());
    while let Some(text) = events.recv().await {
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
