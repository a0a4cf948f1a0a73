//! Reading a recording (`--record`'s file), for `ari events --replay` and
//! `ari top --replay`: its headers, frames and `top`'s snapshots; plain
//! `ari events -o json` output and websocat/wscat captures (one event per
//! line) read as frames too. Lines it cannot read (truncated, not JSON, a
//! newer format's) are counted and reported once, at the end.

use std::borrow::Cow;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::Value;
use serde_json::value::RawValue;

use super::record::FORMAT;
use crate::clock::timestamp_ms;
use crate::error::{Error, Result};

/// A recording's header: how its lines were marked.
#[derive(Deserialize)]
pub struct Header {
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
    source: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    event: Option<&'a RawValue>,
    #[serde(default)]
    frame: Option<String>,
    #[serde(default)]
    binary: Option<u64>,
    #[serde(default)]
    snapshot: Option<Box<Value>>,
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
pub enum Line<'a> {
    Header(Header),
    /// The lists `ari top` read when it (re)connected.
    Snapshot {
        at: f64,
        lists: Box<Value>,
    },
    Frame {
        /// Seconds since the epoch, when known.
        at: Option<f64>,
        source: Option<Cow<'a, str>>,
        text: Cow<'a, str>,
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
        source: Some(source.into()),
        text: event.into(),
    })
}

pub fn read_line(line: &str) -> Line<'_> {
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
        if let Some(lists) = rec.snapshot {
            return Line::Snapshot { at: rec.t, lists };
        }
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

/// How the live run marked its lines, as the latest header says: by
/// `profile` (a fleet) or `connection` (`--listen`), and the sources named.
pub struct Marking<'a> {
    pub tagged: Option<&'a str>,
    pub sources: &'a [String],
}

/// A recording, read a line at a time.
pub struct Reader {
    path: PathBuf,
    lines: BufReader<std::fs::File>,
    buffer: String,
    number: u64,
    /// How the latest header says the lines were marked.
    tagged: Option<String>,
    sources: Vec<String>,
    skipped: u64,
    first_skipped: Option<u64>,
    newer: bool,
}

impl Reader {
    pub fn open(path: &Path) -> Result<Reader> {
        let file = std::fs::File::open(path).map_err(|e| {
            Error::usage(format!(
                "cannot read {}: {}",
                path.display(),
                crate::error::without_os_code(&e.to_string())
            ))
        })?;
        Ok(Reader {
            path: path.to_path_buf(),
            lines: BufReader::with_capacity(256 * 1024, file),
            buffer: String::new(),
            number: 0,
            tagged: None,
            sources: Vec::new(),
            skipped: 0,
            first_skipped: None,
            newer: false,
        })
    }

    /// The next line worth having (headers are taken in here, bad lines
    /// counted), with how the live run marked it; `None` at the end.
    pub fn next_line(&mut self) -> Result<Option<(Line<'_>, Marking<'_>)>> {
        loop {
            self.buffer.clear();
            match self.lines.read_line(&mut self.buffer) {
                Ok(0) => return Ok(None),
                Ok(_) => {}
                // Not UTF-8: the line is consumed, counted, and the next read.
                Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                    self.number += 1;
                    self.skip();
                    continue;
                }
                Err(e) => {
                    return Err(Error::usage(format!(
                        "cannot read {}: {e}",
                        self.path.display()
                    )));
                }
            }
            self.number += 1;
            match read_line(&self.buffer) {
                Line::Blank => {}
                Line::Unreadable => self.skip(),
                Line::Header(header) => {
                    self.newer |= header.ari_recording > FORMAT;
                    self.tagged = header.tagged;
                    self.sources = header.sources;
                }
                _ => break,
            }
        }
        let this: &Reader = self;
        let marking = Marking {
            tagged: this.tagged.as_deref(),
            sources: &this.sources,
        };
        Ok(Some((read_line(&this.buffer), marking)))
    }

    fn skip(&mut self) {
        self.skipped += 1;
        self.first_skipped.get_or_insert(self.number);
    }

    /// How many lines could not be read, in a sentence; `None` for none.
    pub fn skipped_note(&self) -> Option<String> {
        if self.skipped == 0 {
            return None;
        }
        let why = if self.newer {
            " (it was recorded by a newer ari)"
        } else {
            ""
        };
        Some(format!(
            "ari: skipped {} line{} of {} that {} not events or recorded frames, the first at line {}{why}",
            self.skipped,
            if self.skipped == 1 { "" } else { "s" },
            self.path.display(),
            if self.skipped == 1 { "is" } else { "are" },
            self.first_skipped.unwrap_or(0),
        ))
    }

    /// Say once how many lines could not be read.
    pub fn report_skipped(&self) {
        if let Some(note) = self.skipped_note() {
            eprintln!("{note}");
        }
    }
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
                assert_eq!(source.as_deref(), Some("pbx"));
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
        let snapshot = r#"{"t":3.0,"source":"pbx","snapshot":{"channels":[]}}"#;
        assert!(matches!(read_line(snapshot), Line::Snapshot { .. }));
        // A source with an escape goes the general way, and still reads.
        let escaped = r#"{"t":1,"source":"a\"b","event":{"type":"X"}}"#;
        assert!(matches!(
            read_line(escaped),
            Line::Frame {
                source: Some(_),
                ..
            }
        ));
    }
}
