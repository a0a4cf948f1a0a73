//! `ari events --replay FILE`: recorded frames through the same pipeline as
//! live ones (filters, `--call`, every output mode, `--jq`, `--until`,
//! `--wait`, `--count`), so a replay prints the lines the live run printed.
//! Reads `--record` recordings, and also plain `ari events -o json` output
//! and websocat/wscat captures (one event per line). Lines it cannot read
//! (truncated, not JSON, a newer format's) are counted and reported once.

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::value::RawValue;

use super::record::FORMAT;
use super::render::EventWriter;
pub use super::speed::Speed;
use super::style::EventStyle;
use super::tagged::{Tagged, connection_prefix, profile_prefix};
use super::tail::{TailOptions, handle_frame, timed_out};
use crate::clock::timestamp_ms;
use crate::error::{Error, ErrorKind, Result};

/// A recording's header: how its lines were marked.
#[derive(Deserialize)]
struct Header {
    ari_recording: u64,
    #[serde(default)]
    tagged: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
}

/// A recorded frame.
#[derive(Deserialize)]
struct Recorded<'a> {
    t: f64,
    #[serde(default, borrow)]
    source: Option<&'a str>,
    #[serde(default, borrow)]
    event: Option<&'a RawValue>,
    #[serde(default)]
    frame: Option<String>,
    #[serde(default)]
    binary: Option<u64>,
}

/// A bare event line (`ari events -o json`, websocat): its time, if any.
#[derive(Deserialize)]
struct Bare<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    #[serde(default, borrow)]
    timestamp: Option<&'a str>,
}

/// What one line of the file is.
enum Line<'a> {
    Header(Header),
    Frame {
        /// Seconds since the epoch, when known.
        at: Option<f64>,
        source: Option<&'a str>,
        text: std::borrow::Cow<'a, str>,
    },
    Binary(u64),
    Blank,
    Unreadable,
}

/// The common line, `{"t":...,"source":"...","event":{...}}` as `--record`
/// writes it, taken apart without parsing the event: the replay's pipeline
/// reads it as the live one does (a recorded bad frame is the same bad
/// frame again). Anything else goes the slower, general way.
fn recorded_event(line: &str) -> Option<Line<'_>> {
    let rest = line.strip_prefix("{\"t\":")?;
    let (at, rest) = rest.split_once(',')?;
    let at: f64 = at.parse().ok()?;
    let rest = rest.strip_prefix("\"source\":\"")?;
    let (source, rest) = rest.split_once('"')?;
    if source.contains('\\') {
        return None;
    }
    let event = rest.strip_prefix(",\"event\":")?.strip_suffix('}')?;
    event.ends_with('}').then(|| Line::Frame {
        at: Some(at),
        source: Some(source),
        text: event.into(),
    })
}

fn read_line(line: &str) -> Line<'_> {
    let trimmed = line.trim_end_matches(['\n', '\r']);
    if trimmed.trim().is_empty() {
        return Line::Blank;
    }
    if let Some(frame) = recorded_event(trimmed) {
        return frame;
    }
    if trimmed.starts_with("{\"t\":") {
        let Ok(rec) = serde_json::from_str::<Recorded>(trimmed) else {
            return Line::Unreadable;
        };
        return match (rec.event, rec.frame, rec.binary) {
            (Some(event), _, _) => Line::Frame {
                at: Some(rec.t),
                source: rec.source,
                text: event.get().into(),
            },
            (None, Some(frame), _) => Line::Frame {
                at: Some(rec.t),
                source: rec.source,
                text: frame.into(),
            },
            (None, None, Some(len)) => Line::Binary(len),
            _ => Line::Unreadable,
        };
    }
    if trimmed.starts_with("{\"ari_recording\"") {
        return match serde_json::from_str::<Header>(trimmed) {
            Ok(header) => Line::Header(header),
            Err(_) => Line::Unreadable,
        };
    }
    match serde_json::from_str::<Bare>(trimmed) {
        Ok(bare) if !bare.kind.is_empty() => Line::Frame {
            at: bare
                .timestamp
                .and_then(timestamp_ms)
                .map(|ms| ms as f64 / 1000.0),
            source: None,
            text: trimmed.into(),
        },
        _ => Line::Unreadable,
    }
}

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

/// Lines the replay could not use, reported once at the end.
#[derive(Default)]
struct Skipped {
    count: u64,
    first: Option<u64>,
    newer: bool,
}

/// Replay `path` through `opts` into `writers`.
pub fn replay(
    path: &Path,
    speed: Speed,
    mut opts: TailOptions,
    writers: &mut Outputs,
) -> Result<()> {
    let file = std::fs::File::open(path).map_err(|e| {
        Error::usage(format!(
            "cannot read {}: {}",
            path.display(),
            crate::error::without_os_code(&e.to_string())
        ))
    })?;
    let mut reader = BufReader::with_capacity(256 * 1024, file);
    let started = Instant::now();
    let deadline = opts.timeout.map(|t| started + t);
    let mut first_at: Option<f64> = None;
    let mut tagged: Option<String> = None;
    let mut sources: Vec<String> = Vec::new();
    let mut skipped = Skipped::default();
    let mut printed = 0u64;
    let mut done = false;
    let mut number = 0u64;
    let mut buffer = String::new();
    loop {
        buffer.clear();
        match reader.read_line(&mut buffer) {
            Ok(0) => break,
            Ok(_) => {}
            // Not UTF-8: one bad line, and read on.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                number += 1;
                skipped.count += 1;
                skipped.first.get_or_insert(number);
                let mut rest = Vec::new();
                let _ = reader.read_until(b'\n', &mut rest);
                continue;
            }
            Err(e) => {
                return Err(Error::usage(format!("cannot read {}: {e}", path.display())));
            }
        }
        number += 1;
        match read_line(&buffer) {
            Line::Blank => {}
            Line::Unreadable => {
                skipped.count += 1;
                skipped.first.get_or_insert(number);
            }
            Line::Header(header) => {
                if header.ari_recording > FORMAT {
                    skipped.newer = true;
                }
                tagged = header.tagged;
                sources = header.sources;
            }
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
                let writer = writers.for_source(tagged.as_deref(), &sources, source)?;
                if handle_frame(&text, &mut opts, writer, &mut printed)? {
                    done = true;
                    break;
                }
            }
        }
    }
    writers.flush_all()?;
    if skipped.count > 0 {
        let why = if skipped.newer {
            " (it was recorded by a newer ari)"
        } else {
            ""
        };
        eprintln!(
            "ari: skipped {} line{} of {} that {} not events or recorded frames, the first at line {}{why}",
            skipped.count,
            if skipped.count == 1 { "" } else { "s" },
            path.display(),
            if skipped.count == 1 { "is" } else { "are" },
            skipped.first.unwrap_or(0),
        );
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_every_kind() {
        let frame = r#"{"t":1.5,"source":"pbx","event":{"type":"Dial","timestamp":"x"}}"#;
        match read_line(frame) {
            Line::Frame { at, source, text } => {
                assert_eq!(at, Some(1.5));
                assert_eq!(source, Some("pbx"));
                assert_eq!(text, r#"{"type":"Dial","timestamp":"x"}"#);
            }
            _ => panic!("a frame"),
        }
        assert!(matches!(
            read_line(r#"{"t":2,"source":"a","frame":"not json"}"#),
            Line::Frame { .. }
        ));
        assert!(matches!(
            read_line(r#"{"t":2,"source":"a","binary":4}"#),
            Line::Binary(4)
        ));
        assert!(matches!(
            read_line(r#"{"ari_recording":1,"tagged":null,"sources":[]}"#),
            Line::Header(_)
        ));
        let bare = r#"{"type":"StasisStart","timestamp":"2026-11-22T11:07:46.150+0000"}"#;
        assert!(matches!(
            read_line(bare),
            Line::Frame {
                at: Some(_),
                source: None,
                ..
            }
        ));
        for bad in [
            r#"{"t":1,"source":"a","event":{"type":"#,
            "hello",
            "[1,2]",
            r#"{"t":"x"}"#,
        ] {
            assert!(matches!(read_line(bad), Line::Unreadable), "{bad}");
        }
        assert!(matches!(read_line("  \n"), Line::Blank));
    }
}
