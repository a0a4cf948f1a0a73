//! Lines from one of several streams (a fleet's servers, a listener's
//! connections), written whole to one shared stdout and marked with where
//! they came from: a tag before each line, or (json) wrapped as
//! `{"<key>": "<label>", "event": <line>}` so that each line stays JSON.

use std::io::Write;
use std::sync::{Arc, Mutex};

/// Server colours of a fleet's tags, in turn.
const PROFILE_COLORS: [&str; 6] = [
    "\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m", "\x1b[34m", "\x1b[96m",
];
const RESET: &str = "\x1b[0m";

/// The tag of a fleet's server `index` (`name` padded to `width`), for the
/// live tail and its replay alike.
pub fn profile_prefix(name: &str, index: usize, width: usize, color: bool) -> String {
    if color {
        let color = PROFILE_COLORS[index % PROFILE_COLORS.len()];
        format!("{color}{name:<width$}{RESET} ")
    } else {
        format!("{name:<width$} ")
    }
}

/// The tag of a listener's connection (`ws1`).
pub fn connection_prefix(label: &str, color: bool) -> String {
    if color {
        format!("\x1b[1m{label}{RESET} ")
    } else {
        format!("{label} ")
    }
}

/// `out` is stdout, or where a fleet tail puts lines in time order.
pub struct Tagged<O: Write = std::io::Stdout> {
    key: &'static str,
    label: String,
    prefix: String,
    json: bool,
    pending: Vec<u8>,
    out: Arc<Mutex<O>>,
}

impl<O: Write> Tagged<O> {
    pub fn new(
        out: Arc<Mutex<O>>,
        key: &'static str,
        label: &str,
        prefix: String,
        json: bool,
    ) -> Tagged<O> {
        Tagged {
            key,
            label: label.to_string(),
            prefix,
            json,
            pending: Vec::new(),
            out,
        }
    }
}

impl<O: Write> Write for Tagged<O> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.pending.extend_from_slice(buf);
        while let Some(end) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            let line = &line[..line.len() - 1];
            let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
            if self.json {
                write!(out, "{{\"{}\":", self.key)?;
                serde_json::to_writer(&mut *out, &self.label)?;
                out.write_all(b",\"event\":")?;
                out.write_all(line)?;
                out.write_all(b"}\n")?;
            } else {
                out.write_all(self.prefix.as_bytes())?;
                out.write_all(line)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }
}
