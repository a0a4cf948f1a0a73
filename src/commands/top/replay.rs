//! `ari top --replay FILE`: a recording drives the view in place of a
//! server, on a thread of its own: the lists `ari top --record` kept, then
//! the events at the pace they came (times `--speed`), with a clock of the
//! recording's own for the durations. Keys pause, step and change the
//! speed; the actions are off.

use std::path::Path;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use super::feed::{Msg, Snapshot};
use super::pbx::Link;
use super::screen::ReplayKey;
use crate::error::{Error, Result};
use crate::events::recording::{Line, Reader};
use crate::events::speed::Speed;

/// How often the clock moves on while waiting for the next event.
const TICK: Duration = Duration::from_millis(250);
/// The speeds `+` and `-` go between.
const FASTEST: f64 = 64.0;
const SLOWEST: f64 = 1.0 / 16.0;

/// Open the recording and start playing it; keys go into the sender.
pub fn start(path: &Path, speed: Speed, to_screen: Sender<Msg>) -> Result<Sender<ReplayKey>> {
    let reader = Reader::open(path)?;
    let (keys, from_keys) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("ari-top-replay".into())
        .spawn(move || {
            let mut player = Player {
                speed: match speed {
                    Speed::Max => f64::INFINITY,
                    Speed::Times(n) => n,
                },
                paused: false,
                clock: None,
                keys: from_keys,
                screen: to_screen,
            };
            player.play(reader);
        })
        .map_err(|e| Error::internal(format!("cannot start the replay: {e}")))?;
    Ok(keys)
}

struct Player {
    /// Times as fast as recorded; infinite for `max`.
    speed: f64,
    paused: bool,
    /// The recording's time now (seconds since the epoch), and when it was.
    clock: Option<(f64, Instant)>,
    keys: Receiver<ReplayKey>,
    screen: Sender<Msg>,
}

/// The screen is gone: stop.
struct Gone;

impl Player {
    fn play(&mut self, mut reader: Reader) {
        if self.show_state().is_err() {
            return;
        }
        loop {
            let next = match reader.next_line() {
                Ok(Some((Line::Snapshot { at, lists }, _))) => {
                    Some((at, Msg::Snapshot(Snapshot::from_json(&lists))))
                }
                Ok(Some((Line::Frame { at, text, .. }, _))) => Some((
                    at.unwrap_or_else(|| self.now()),
                    Msg::Event(text.into_owned()),
                )),
                Ok(Some(_)) => continue,
                Ok(None) => None,
                Err(e) => {
                    let _ = self.screen.send(Msg::Note(e.message));
                    None
                }
            };
            let Some((at, msg)) = next else {
                break;
            };
            if self.wait_until(at).is_err() || self.screen.send(msg).is_err() {
                return;
            }
        }
        if let Some(note) = reader.skipped_note() {
            let _ = self.screen.send(Msg::Note(note));
        }
        let _ = self
            .screen
            .send(Msg::Link(Link::Replay("■ replay ended".into())));
        // Keys still come (and are ignored) until top leaves.
        while self.keys.recv().is_ok() {}
    }

    /// The recording's time now: frozen while paused.
    fn now(&self) -> f64 {
        match self.clock {
            Some((at, since)) if !self.paused && self.speed.is_finite() => {
                at + since.elapsed().as_secs_f64() * self.speed
            }
            Some((at, _)) => at,
            None => 0.0,
        }
    }

    fn set_clock(&mut self, at: f64) -> std::result::Result<(), Gone> {
        self.clock = Some((at, Instant::now()));
        self.screen
            .send(Msg::Clock((at * 1000.0) as i64))
            .map_err(|_| Gone)
    }

    /// Let the recording's clock reach `at`, taking keys meanwhile; a step
    /// (while paused) lets the next event through at once.
    fn wait_until(&mut self, at: f64) -> std::result::Result<(), Gone> {
        if self.clock.is_none() {
            return self.set_clock(at);
        }
        loop {
            let now = self.now();
            if !self.paused && (now >= at || self.speed.is_infinite()) {
                return self.set_clock(at.max(now));
            }
            let wait = if self.paused {
                TICK
            } else {
                Duration::from_secs_f64(((at - now) / self.speed).max(0.0)).min(TICK)
            };
            match self.keys.recv_timeout(wait) {
                Ok(ReplayKey::Step) if self.paused => return self.set_clock(at.max(now)),
                Ok(key) => self.take(key)?,
                Err(RecvTimeoutError::Timeout) => {
                    let now = self.now();
                    self.screen
                        .send(Msg::Clock((now * 1000.0) as i64))
                        .map_err(|_| Gone)?;
                }
                Err(RecvTimeoutError::Disconnected) => return Err(Gone),
            }
        }
    }

    fn take(&mut self, key: ReplayKey) -> std::result::Result<(), Gone> {
        // The clock goes on from where it is, at the new pace.
        let now = self.now();
        match key {
            ReplayKey::Pause => self.paused = !self.paused,
            ReplayKey::Step => {}
            ReplayKey::Faster => {
                self.speed = if self.speed.is_infinite() {
                    self.speed
                } else {
                    (self.speed * 2.0).min(FASTEST)
                }
            }
            ReplayKey::Slower => {
                self.speed = if self.speed.is_infinite() {
                    FASTEST
                } else {
                    (self.speed / 2.0).max(SLOWEST)
                }
            }
        }
        if self.clock.is_some() {
            self.clock = Some((now, Instant::now()));
        }
        self.show_state().map_err(|_| Gone)
    }

    fn show_state(&self) -> std::result::Result<(), Gone> {
        let text = if self.paused {
            "❚❚ paused (Space, .)".to_string()
        } else if self.speed.is_infinite() {
            "▶ replay max".to_string()
        } else {
            format!("▶ replay {}x", trim(self.speed))
        };
        self.screen
            .send(Msg::Link(Link::Replay(text)))
            .map_err(|_| Gone)
    }
}

/// `2`, `0.5`, `0.0625`: a speed without trailing zeros.
fn trim(speed: f64) -> String {
    let text = format!("{speed:.4}");
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn speeds_read_plainly() {
        assert_eq!(super::trim(2.0), "2");
        assert_eq!(super::trim(0.5), "0.5");
        assert_eq!(super::trim(0.0625), "0.0625");
    }
}
