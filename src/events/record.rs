//! `--record FILE`: every frame a tail receives, as received, one JSON line
//! each, whatever the display shows. Each line is appended with one write as
//! its frame arrives (no buffer of ours), so a crash or `kill -9` loses at
//! most the frame in flight. Writing a read's frames together was 9% faster
//! in a flood of 1,000,000 (2.66 s against 2.90 s; the file system's writes
//! are most of either): not worth the frames a crash would lose. A write
//! that fails (a full disk) is said once and the tail goes on showing.
//!
//! The format (read back by `replay`):
//! - a header each time recording starts:
//!   `{"ari_recording":1,"ari":"0.1.0","started":"...","tagged":null,"sources":[...]}`;
//!   `tagged` is how the live run marked its lines (`"profile"` for a
//!   fleet, `"connection"` for `--listen`, null for one server);
//! - a frame: `{"t":1796508869.123456,"source":"pbx1","event":{...}}`, the
//!   event as received; a frame that is not one line of JSON is kept as a
//!   string (`"frame":"..."`), a binary one by its length (`"binary":N`);
//! - for `ari top`, the lists it read on connecting:
//!   `{"t":...,"source":"...","snapshot":{"channels":[...],"bridges":[...],...}}`.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::json;

use crate::error::{Error, Result};

/// The format's version: a reader skips the lines of a newer one it cannot read.
pub const FORMAT: u64 = 1;

/// How the live run marked each line with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tagged {
    /// One server: no mark.
    No,
    /// A fleet (`-p a,b`): the profile's name.
    Profile,
    /// `--listen`: the connection (`ws1`).
    Connection,
}

impl Tagged {
    pub fn key(self) -> Option<&'static str> {
        match self {
            Tagged::No => None,
            Tagged::Profile => Some("profile"),
            Tagged::Connection => Some("connection"),
        }
    }
}

/// The recording file, shared by every stream of one run (a fleet's
/// servers, a listener's connections).
#[derive(Clone)]
pub struct Recorder {
    inner: Arc<Mutex<Inner>>,
}

struct Inner {
    path: PathBuf,
    /// `None` once a write has failed: the tail goes on without it.
    file: Option<File>,
    /// The line being built (kept, to reuse its memory).
    pending: Vec<u8>,
}

impl Inner {
    fn write_pending(&mut self) {
        let Some(out) = self.file.as_mut() else {
            self.pending.clear();
            return;
        };
        if self.pending.is_empty() {
            return;
        }
        if let Err(e) = out.write_all(&self.pending) {
            eprintln!(
                "ari: cannot write the recording {}: {}; the tail goes on without it",
                self.path.display(),
                crate::error::without_os_code(&e.to_string())
            );
            self.file = None;
        }
        self.pending.clear();
    }
}

impl Recorder {
    /// Open `path` for appending (made private to its owner: events carry
    /// callers' numbers) and write the header.
    pub fn open(path: &Path, tagged: Tagged, sources: &[String]) -> Result<Recorder> {
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(path).map_err(|e| {
            Error::usage(format!(
                "cannot record to {}: {}",
                path.display(),
                crate::error::without_os_code(&e.to_string())
            ))
        })?;
        let recorder = Recorder {
            inner: Arc::new(Mutex::new(Inner {
                path: path.to_path_buf(),
                file: Some(file),
                pending: Vec::with_capacity(64 * 1024),
            })),
        };
        let header = json!({
            "ari_recording": FORMAT,
            "ari": env!("CARGO_PKG_VERSION"),
            "started": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            "tagged": tagged.key(),
            "sources": sources,
        });
        recorder.add_line(|line| {
            serde_json::to_writer(&mut *line, &header).map_err(std::io::Error::other)
        });
        Ok(recorder)
    }

    /// A text frame from `source`, as received.
    pub fn text(&self, source: &str, frame: &str) {
        self.add_line(|line| {
            start(line, source)?;
            // Kept as it is when it is one line of an object (readable with
            // jq), otherwise as the string it was. Not parsed here: a frame
            // that only looks like JSON replays as the same bad frame.
            let shape = frame.trim();
            if shape.starts_with('{') && shape.ends_with('}') && !frame.contains(['\n', '\r']) {
                line.extend_from_slice(b",\"event\":");
                line.extend_from_slice(frame.as_bytes());
            } else {
                line.extend_from_slice(b",\"frame\":");
                serde_json::to_writer(&mut *line, frame).map_err(std::io::Error::other)?;
            }
            line.push(b'}');
            Ok(())
        });
    }

    /// The lists `ari top` read on (re)connecting (`{"channels":[...],...}`),
    /// so that its replay starts from them.
    pub fn snapshot(&self, source: &str, lists: &serde_json::Value) {
        self.add_line(|line| {
            start(line, source)?;
            line.extend_from_slice(b",\"snapshot\":");
            serde_json::to_writer(&mut *line, lists).map_err(std::io::Error::other)?;
            line.push(b'}');
            Ok(())
        });
    }

    /// A binary frame from `source`: its length only.
    pub fn binary(&self, source: &str, len: usize) {
        self.add_line(|line| {
            start(line, source)?;
            write!(line, ",\"binary\":{len}}}")
        });
    }

    /// Build one line and write it; a line that cannot be built is left out
    /// whole.
    fn add_line(&self, build: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) {
        let mut inner = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        if inner.file.is_none() {
            return;
        }
        let start = inner.pending.len();
        if build(&mut inner.pending).is_err() {
            inner.pending.truncate(start);
            return;
        }
        inner.pending.push(b'\n');
        inner.write_pending();
    }
}

/// `{"t":<seconds since the epoch>,"source":"..."`
fn start(line: &mut Vec<u8>, source: &str) -> std::io::Result<()> {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    write!(
        line,
        "{{\"t\":{}.{:06},\"source\":",
        now.as_secs(),
        now.subsec_micros()
    )?;
    serde_json::to_writer(&mut *line, source).map_err(std::io::Error::other)
}
