//! `ari events --replay FILE`: recorded frames through the same pipeline as
//! live ones (filters, `--call`, every output mode, `--jq`, `--until`,
//! `--wait`, `--count`), so a replay prints the lines the live run printed.
//! Reads `--record` recordings, and also plain `ari events -o json` output
//! and websocat/wscat captures (one event per line). Lines it cannot read
//! (truncated, not JSON, a newer format's) are counted and reported once.

use std::io::{BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::recording::{Line, Reader};
use super::render::EventWriter;
pub use super::speed::Speed;
use super::style::EventStyle;
use super::tagged::{Tagged, connection_prefix, profile_prefix};
use super::tail::{TailOptions, handle_frame, timed_out};
use crate::error::{Error, ErrorKind, Result};

/// Standard output, shared by the writers of every stream of a replay.
#[derive(Clone)]
struct SharedOut(Arc<Mutex<BufWriter<std::io::Stdout>>>);

impl Write for SharedOut {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).flush()
    }
}

type Writer = EventWriter<Box<dyn Write>>;

/// The writers of a replay: one for a single server's recording; one per
/// source, tagged as the live run tagged them, for a fleet's or a
/// listener's.
pub struct Outputs {
    style: EventStyle,
    /// Where the tagged writers' lines go.
    out: SharedOut,
    /// Writes to a buffer of its own: no lock per write in the common case.
    plain: Option<Writer>,
    tagged: Vec<(String, Writer)>,
    /// Which kind wrote last: a switch flushes, to keep the file's order.
    last_plain: bool,
}

impl Outputs {
    pub fn new(style: EventStyle) -> Outputs {
        let stdout = BufWriter::with_capacity(64 * 1024, std::io::stdout());
        Outputs {
            style,
            out: SharedOut(Arc::new(Mutex::new(stdout))),
            plain: None,
            tagged: Vec::new(),
            last_plain: true,
        }
    }

    fn for_source(
        &mut self,
        tagged: Option<&str>,
        sources: &[String],
        source: Option<&str>,
    ) -> Result<&mut Writer> {
        let key: Option<(&'static str, &str)> = match (tagged, source) {
            (Some("profile"), Some(source)) => Some(("profile", source)),
            (Some("connection"), Some(source)) => Some(("connection", source)),
            _ => None,
        };
        if key.is_some() == self.last_plain {
            self.flush_all()?;
            self.last_plain = key.is_none();
        }
        let Some((key, source)) = key else {
            if self.plain.is_none() {
                let out: Box<dyn Write> =
                    Box::new(BufWriter::with_capacity(64 * 1024, std::io::stdout()));
                self.plain = Some(self.style.writer(out)?);
            }
            return Ok(self.plain.as_mut().expect("made above"));
        };
        if let Some(i) = self.tagged.iter().position(|(s, _)| s == source) {
            return Ok(&mut self.tagged[i].1);
        }
        let color = self.style.color;
        let (prefix, width) = if key == "profile" {
            let index = sources
                .iter()
                .position(|s| s == source)
                .unwrap_or(self.tagged.len());
            let width = sources
                .iter()
                .map(String::len)
                .chain([source.len()])
                .max()
                .unwrap_or(0);
            (profile_prefix(source, index, width, color), width)
        } else {
            (connection_prefix(source, color), source.len())
        };
        let out = Arc::new(Mutex::new(self.out.clone()));
        let lines = Tagged::new(out, key, source, prefix, self.style.passes_raw());
        let lines: Box<dyn Write> = Box::new(lines);
        let writer = self.style.clone().tagged(width + 1).writer(lines)?;
        self.tagged.push((source.to_string(), writer));
        Ok(&mut self.tagged.last_mut().expect("pushed above").1)
    }

    fn flush_all(&mut self) -> Result<()> {
        for writer in self
            .plain
            .iter_mut()
            .chain(self.tagged.iter_mut().map(|(_, w)| w))
        {
            writer.flush()?;
        }
        self.out.flush()?;
        Ok(())
    }
}

/// Replay `path` through `opts` into `writers`.
pub fn replay(
    path: &Path,
    speed: Speed,
    mut opts: TailOptions,
    writers: &mut Outputs,
) -> Result<()> {
    let mut reader = Reader::open(path)?;
    let started = Instant::now();
    let deadline = opts.timeout.map(|t| started + t);
    let mut first_at: Option<f64> = None;
    let mut printed = 0u64;
    let mut done = false;
    while let Some((line, marking)) = reader.next_line()? {
        match line {
            Line::Binary(len) => {
                (opts.notify)(&format!("ari: skipped a binary frame of {len} bytes"));
            }
            Line::Frame { at, source, text } => {
                if let (Speed::Times(n), Some(at)) = (speed, at) {
                    let first = *first_at.get_or_insert(at);
                    let due = started + Duration::from_secs_f64(((at - first) / n).max(0.0));
                    if let Some(wait) = due.checked_duration_since(Instant::now()) {
                        writers.flush_all()?;
                        if let Some(deadline) = deadline.filter(|d| *d < due) {
                            std::thread::sleep(deadline.saturating_duration_since(Instant::now()));
                            return Err(timed_out(&opts));
                        }
                        std::thread::sleep(wait);
                    }
                }
                let writer =
                    writers.for_source(marking.tagged, marking.sources, source.as_deref())?;
                if handle_frame(&text, &mut opts, writer, &mut printed)? {
                    done = true;
                    break;
                }
            }
            // The lists `ari top` recorded: the tail has no use for them.
            Line::Snapshot { .. } | Line::Header(_) | Line::Blank | Line::Unreadable => {}
        }
    }
    writers.flush_all()?;
    reader.report_skipped();
    if !done && (opts.until.is_some() || opts.count.is_some()) {
        let what = if opts.until.is_some() {
            "no matching event in the recording"
        } else {
            "fewer events than --count in the recording"
        };
        return Err(Error::new(
            ErrorKind::NoMatch,
            format!("{what} ({})", path.display()),
        ));
    }
    Ok(())
}
