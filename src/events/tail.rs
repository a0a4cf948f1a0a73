//! `ari events`: the live tail. Keeps the connection (pings, reconnects with
//! backoff), never takes over an application unasked, and ends when a script
//! says so (`--count`, `--until`, `--timeout`).

use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::arrival::Arrivals;
use super::brief::Brief;
use super::everything::{self, Dropped};
use super::filter::{EventFilter, TypeGlob};
use super::ownership::{self, Claim};
use super::record::Recorder;
use super::render::{EventMode, EventWriter, Head};
use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result};
use crate::transport::socket::{EventSocket, Frame};

pub struct TailOptions {
    pub apps: Vec<String>,
    /// The apps are a private name made up for this tail (see `transport::socket::private_app`).
    pub private: bool,
    pub subscribe_all: bool,
    pub take_over: bool,
    pub filter: EventFilter,
    pub until: Option<TypeGlob>,
    /// `--wait`: print the `until` match alone, not the events before it.
    pub only_until: bool,
    pub count: Option<u64>,
    pub timeout: Option<Duration>,
    pub keepalive: Duration,
    pub reconnect: bool,
    pub verbose: bool,
    /// Where notes for people go (stderr; above the prompt in the REPL).
    pub notify: Box<dyn Fn(&str) + Send>,
    /// Stamped with each frame before it is written (see `arrival`).
    pub arrivals: Option<Arrivals>,
    /// `--record`: where every frame goes, and this stream's source name.
    pub record: Option<(Recorder, String)>,
}

/// How a connection ended.
enum Ended {
    /// The tail is done (`--count`, `--until`).
    Done,
    /// The connection went away; the reason.
    Lost(String),
}

/// Seconds to wait before reconnect attempt `n` (0-based): quick first, capped.
impl TailOptions {
    /// For an event of `kind` that passed the filters: `None` when it is not
    /// printed (`--wait` prints the awaited event alone), else whether it is
    /// the one `--until` or `--wait` ends on.
    fn awaited(&self, kind: &str) -> Option<bool> {
        let until = self.until.as_ref().is_some_and(|g| g.matches(kind));
        (until || !self.only_until).then_some(until)
    }

    /// Count one printed event; true when the tail is done (`--until`'s
    /// event, or `--count` reached).
    fn printed_one(&self, printed: &mut u64, until: bool) -> bool {
        *printed += 1;
        until || self.count.is_some_and(|n| *printed >= n)
    }
}

pub fn backoff(attempt: u32) -> Duration {
    Duration::from_millis((250u64 << attempt.min(5)).min(5000))
}

/// Tail until done, an error, or `stop` (Ctrl-C, the REPL's `events off`)
/// resolves; then let go of the application names, so that `ari` can tell
/// next time that it left them (see `ownership`).
pub async fn tail<W: Write>(
    settings: &Settings,
    mut opts: TailOptions,
    writer: &mut EventWriter<W>,
    stop: impl Future<Output = Result<()>>,
) -> Result<()> {
    let deadline = opts.timeout.map(|t| tokio::time::Instant::now() + t);
    let mut claim = None;
    let result = tokio::select! {
        result = follow(settings, &mut opts, writer, deadline, &mut claim) => result,
        result = stop => result,
    };
    if let Some(claim) = claim {
        claim.release(settings).await;
    }
    result
}

async fn follow<W: Write>(
    settings: &Settings,
    opts: &mut TailOptions,
    writer: &mut EventWriter<W>,
    deadline: Option<tokio::time::Instant>,
    claim: &mut Option<Claim>,
) -> Result<()> {
    let mut printed = 0u64;
    let mut lost_at: Option<Instant> = None;
    let mut attempt = 0u32;
    let mut said_waiting = false;
    if !opts.private {
        // Checked before the first connection only: after a drop, Asterisk
        // may still list the application we held, which is not a reason to
        // give it up.
        let checked = ownership::claim(settings, &opts.apps, opts.take_over, opts.verbose);
        *claim = Some(tokio::select! {
            result = checked => result?,
            _ = sleep_until(deadline) => return Err(timed_out(opts)),
        });
    }
    loop {
        let connected = EventSocket::connect(settings, &opts.apps, opts.subscribe_all);
        let socket = tokio::select! {
            result = connected => result,
            _ = sleep_until(deadline) => return Err(timed_out(opts)),
        };
        let mut socket = match socket {
            Ok(socket) => socket,
            // A first failure is reported: the url or the credentials are wrong.
            Err(e) if lost_at.is_none() => return Err(e),
            Err(e) if retryable(&e) => {
                let wait = backoff(attempt);
                attempt += 1;
                tokio::select! {
                    _ = tokio::time::sleep(wait) => continue,
                    _ = sleep_until(deadline) => return Err(timed_out(opts)),
                }
            }
            Err(e) => return Err(e),
        };
        if let Some(claim) = claim.as_mut() {
            claim.hold();
        }
        if opts.subscribe_all {
            for app in &opts.apps {
                let dropped = everything::drop_device_states(settings, app, opts.verbose);
                let dropped = tokio::select! {
                    result = dropped => result?,
                    _ = sleep_until(deadline) => return Err(timed_out(opts)),
                };
                if let Dropped::NoAnswer(words) = dropped {
                    (opts.notify)(&format!("ari: {words}"));
                }
            }
        }
        if let Some(since) = lost_at.take() {
            (opts.notify)(&format!(
                "ari: reconnected after {:.1}s; events during the gap are lost (Asterisk does not keep them)",
                since.elapsed().as_secs_f64()
            ));
        }
        attempt = 0;
        if !said_waiting {
            // Until the call turns up, a `--call` tail prints nothing: say
            // once what it waits for, so a typo does not look like silence.
            said_waiting = true;
            if let Some(what) = opts.filter.waiting_for() {
                (opts.notify)(&format!("ari: {what}"));
            }
        }
        let ended = read(&mut socket, opts, writer, &mut printed, deadline).await;
        if let Err(e) = &ended
            && e.kind == ErrorKind::Conflict
            && let Some(claim) = claim.take()
        {
            // Taken over: the names are someone else's now.
            claim.lost();
        }
        match ended? {
            Ended::Done => {
                socket.close().await;
                return Ok(());
            }
            Ended::Lost(reason) if opts.reconnect => {
                (opts.notify)(&format!("ari: connection lost ({reason}); reconnecting"));
                lost_at = Some(Instant::now());
            }
            Ended::Lost(reason) => {
                return Err(Error::connection(format!("connection lost: {reason}")));
            }
        }
    }
}

fn retryable(e: &Error) -> bool {
    matches!(e.kind, ErrorKind::Connection | ErrorKind::ServerError)
}

pub fn timed_out(opts: &TailOptions) -> Error {
    let secs = opts.timeout.map(|t| t.as_secs_f64()).unwrap_or_default();
    let message = match (&opts.until, opts.count) {
        (Some(_), _) => format!("no matching event within {secs}s (--timeout)"),
        (None, Some(_)) => format!("fewer events than --count within {secs}s (--timeout)"),
        _ => format!("stopped after {secs}s (--timeout)"),
    };
    Error::new(ErrorKind::NoMatch, message)
}

async fn sleep_until(deadline: Option<tokio::time::Instant>) {
    match deadline {
        Some(d) => tokio::time::sleep_until(d).await,
        None => std::future::pending().await,
    }
}

/// Read one connection until it ends or the tail is done.
async fn read<W: Write>(
    socket: &mut EventSocket,
    opts: &mut TailOptions,
    writer: &mut EventWriter<W>,
    printed: &mut u64,
    deadline: Option<tokio::time::Instant>,
) -> Result<Ended> {
    let mut ping =
        tokio::time::interval_at(tokio::time::Instant::now() + opts.keepalive, opts.keepalive);
    let mut ping_sent: Option<tokio::time::Instant> = None;
    loop {
        let frame = tokio::select! {
            biased;
            frame = socket.next() => frame,
            _ = ping.tick() => {
                // No pong since the last ping: the connection is half-open (NAT, VPN).
                if let Some(sent) = ping_sent
                    && sent.elapsed() >= opts.keepalive
                {
                    return Ok(Ended::Lost(format!(
                        "no answer to a keepalive ping within {}s",
                        opts.keepalive.as_secs_f64()
                    )));
                }
                if socket.ping().await.is_err() {
                    return Ok(Ended::Lost("the connection broke".into()));
                }
                ping_sent = Some(tokio::time::Instant::now());
                continue;
            }
            _ = sleep_until(deadline) => return Err(timed_out(opts)),
        };
        // Handle this frame and any already waiting, then flush once: live
        // when quiet, fast in a flood.
        let mut next = Some(frame);
        while let Some(frame) = next.take() {
            match frame {
                Frame::Text(text) => {
                    if let Some((recorder, source)) = &opts.record {
                        recorder.text(source, text.as_str());
                    }
                    if let Some(arrivals) = &opts.arrivals {
                        arrivals.mark(text.as_str());
                    }
                    if handle(text.as_str(), opts, writer, printed)? {
                        writer.flush()?;
                        return Ok(Ended::Done);
                    }
                }
                Frame::Binary(len) => {
                    if let Some((recorder, source)) = &opts.record {
                        recorder.binary(source, len);
                    }
                    (opts.notify)(&format!("ari: skipped a binary frame of {len} bytes"))
                }
                Frame::Pong => ping_sent = None,
                Frame::Closed(reason) => {
                    writer.flush()?;
                    return Ok(Ended::Lost(reason));
                }
            }
            next = socket.next_now();
        }
        writer.flush()?;
    }
}

/// The brief path of `handle`: `None` when the frame needs the general
/// path (not an event this can read, `ApplicationReplaced`, a multi-line
/// frame in json mode).
fn handle_brief<W: Write>(
    text: &str,
    opts: &mut TailOptions,
    writer: &mut EventWriter<W>,
    printed: &mut u64,
) -> Result<Option<bool>> {
    if !text.trim_start().starts_with('{') {
        return Ok(None);
    }
    let Some(brief) = Brief::parse(text) else {
        return Ok(None);
    };
    let kind = brief.kind();
    if kind == "ApplicationReplaced" || (writer.mode() == EventMode::Json && text.contains('\n')) {
        return Ok(None);
    }
    let (placed, call) = opts.filter.place(&brief);
    if !placed {
        return Ok(Some(false));
    }
    let Some(until) = opts.awaited(kind) else {
        return Ok(Some(false));
    };
    match writer.mode() {
        EventMode::Json => writer.write_raw(text)?,
        EventMode::Pretty => {
            writer.write_pretty_text(text)?;
        }
        EventMode::Summary => writer.write_summary(&brief, call, opts.filter.calls())?,
    }
    Ok(Some(opts.printed_one(printed, until)))
}

/// A short, printable start of a frame that is not an event.
fn preview(text: &str) -> String {
    let shown: String = text.chars().take(60).filter(|c| !c.is_control()).collect();
    if text.chars().count() > 60 {
        format!("{shown}...")
    } else {
        shown
    }
}

/// Print one text frame if it passes; true when the tail is done (for
/// `--listen`, which reads frames from connections of its own).
pub fn handle_frame<W: Write>(
    text: &str,
    opts: &mut TailOptions,
    writer: &mut EventWriter<W>,
    printed: &mut u64,
) -> Result<bool> {
    handle(text, opts, writer, printed)
}

/// Print one text frame if it passes; true when the tail is done.
fn handle<W: Write>(
    text: &str,
    opts: &mut TailOptions,
    writer: &mut EventWriter<W>,
    printed: &mut u64,
) -> Result<bool> {
    // The fast paths: nothing to filter, so no `Value` is built; each checks
    // that the frame is JSON as it goes.
    if opts.filter.is_empty()
        && opts.until.is_none()
        && !writer.has_jq()
        && writer.mode() != EventMode::Summary
    {
        let written = match writer.mode() {
            EventMode::Json => match serde_json::from_str::<Head>(text) {
                Ok(head)
                    if head.kind.as_deref() != Some("ApplicationReplaced")
                        && !text.contains('\n')
                        && text.trim_start().starts_with('{') =>
                {
                    writer.write_raw(text)?;
                    true
                }
                _ => false,
            },
            EventMode::Pretty => {
                matches!(writer.write_pretty_text(text)?, Some(kind) if kind != "ApplicationReplaced" && text.trim_start().starts_with('{'))
            }
            EventMode::Summary => false,
        };
        if written {
            return Ok(opts.printed_one(printed, false));
        }
    }
    // Summary lines and the tests on types, calls and `--until` read the
    // event's brief, still without a `Value`.
    if !writer.has_jq()
        && !opts.filter.needs_value()
        && let Some(done) = handle_brief(text, opts, writer, printed)?
    {
        return Ok(done);
    }
    let event: Value = match serde_json::from_str(text) {
        Ok(Value::Object(map)) => Value::Object(map),
        Ok(_) | Err(_) if text.trim().is_empty() => {
            (opts.notify)("ari: skipped an empty frame");
            return Ok(false);
        }
        Ok(_) => {
            (opts.notify)(&format!(
                "ari: skipped a frame that is not an event: {}",
                preview(text)
            ));
            return Ok(false);
        }
        Err(_) => {
            (opts.notify)(&format!(
                "ari: skipped a frame that is not JSON ({} bytes): {}",
                text.len(),
                preview(text)
            ));
            return Ok(false);
        }
    };
    let kind = event.get("type").and_then(Value::as_str).unwrap_or("");
    if kind == "ApplicationReplaced" {
        let app = event
            .get("application")
            .and_then(Value::as_str)
            .unwrap_or("?");
        if opts.apps.iter().any(|a| a == app) {
            writer.flush()?;
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "application '{app}' was taken over by another connection (ApplicationReplaced)"
                ),
            ));
        }
    }
    let brief = Brief::of_value(&event);
    let (placed, call) = opts.filter.place(&brief);
    if !placed || !opts.filter.accepts(&event) {
        return Ok(false);
    }
    let Some(until) = opts.awaited(kind) else {
        return Ok(false);
    };
    if writer.mode() == EventMode::Summary && !writer.has_jq() {
        writer.write_summary(&brief, call, opts.filter.calls())?;
    } else {
        writer.write(&event)?;
    }
    Ok(opts.printed_one(printed, until))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_starts_quick_and_is_capped() {
        assert_eq!(backoff(0), Duration::from_millis(250));
        assert_eq!(backoff(1), Duration::from_millis(500));
        assert_eq!(backoff(4), Duration::from_secs(4));
        assert_eq!(backoff(5), Duration::from_secs(5));
        assert_eq!(backoff(30), Duration::from_secs(5));
    }
}
