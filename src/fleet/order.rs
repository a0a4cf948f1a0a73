//! The fleet tail's lines in the order of the events' own times, not of
//! their arrival: two servers' events that happen close together reach
//! `ari` in whichever order their connections deliver them (one server's
//! .481 after another's .498), so each event is held back briefly and the
//! held events of all servers go out oldest first.
//!
//! Each server's own order is kept as it came: Asterisk stamps events in
//! the threads that raise them, so one server's stream is not always in
//! timestamp order, and its order is the one that tells what happened.
//! Only the heads of the servers' queues are compared.

use std::collections::VecDeque;
use std::io::{self, Write};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use tokio::sync::Notify;

use crate::events::arrival::Arrivals;

/// How long an event waits for an older one from another server. Events
/// from servers on one network arrive within a few ms of each other, over
/// a continent within tens of ms; 150 ms covers that and stays below the
/// ~200 ms at which a person watching starts to notice a lag, so the tail
/// still reads as live. An event without a timestamp is not held.
pub const HOLD_BACK: Duration = Duration::from_millis(150);

/// A line waiting for its turn.
struct Held {
    time_ms: Option<i64>,
    due: Instant,
    line: Vec<u8>,
}

#[derive(Default)]
struct Queues {
    /// One per server, in arrival order.
    lanes: Vec<VecDeque<Held>>,
    /// Writing failed (a closed pipe): each server's tail is told.
    failed: Option<io::ErrorKind>,
}

impl Queues {
    /// The lane whose head goes next: no time first (it is not held), then
    /// the oldest time, then the server named first; all lines of one event
    /// share a time, so they go out together.
    fn next_lane(&self) -> Option<usize> {
        (0..self.lanes.len())
            .filter_map(|i| {
                let head = self.lanes[i].front()?;
                Some((head.time_ms.unwrap_or(i64::MIN), i))
            })
            .min()
            .map(|(_, i)| i)
    }

    /// Move into `out`, in order, every line that must go by `now` (all
    /// with `everything`): as long as some lane's head is due, the oldest
    /// head goes.
    fn release(&mut self, now: Instant, everything: bool, out: &mut Vec<u8>) {
        loop {
            let any_due = self
                .lanes
                .iter()
                .any(|lane| lane.front().is_some_and(|h| everything || h.due <= now));
            if !any_due {
                return;
            }
            let Some(lane) = self.next_lane() else {
                return;
            };
            if let Some(held) = self.lanes[lane].pop_front() {
                out.extend_from_slice(&held.line);
            }
        }
    }

    /// Move into `out`, in order, every line up to the last one of `lane`;
    /// drop the rest, which comes after it.
    fn release_through(&mut self, lane: usize, out: &mut Vec<u8>) {
        while !self.lanes[lane].is_empty() {
            let Some(next) = self.next_lane() else {
                break;
            };
            if let Some(held) = self.lanes[next].pop_front() {
                out.extend_from_slice(&held.line);
            }
        }
        self.lanes.iter_mut().for_each(VecDeque::clear);
    }

    fn next_due(&self) -> Option<Instant> {
        self.lanes
            .iter()
            .filter_map(|lane| lane.front().map(|h| h.due))
            .min()
    }
}

/// Where the servers' tails write; `run` writes to stdout.
pub struct TimeOrder {
    queues: Mutex<Queues>,
    wake: Notify,
    hold: Duration,
}

impl TimeOrder {
    pub fn new(servers: usize, hold: Duration) -> Arc<TimeOrder> {
        Arc::new(TimeOrder {
            queues: Mutex::new(Queues {
                lanes: (0..servers).map(|_| VecDeque::new()).collect(),
                failed: None,
            }),
            wake: Notify::new(),
            hold,
        })
    }

    /// The writer of server `index`, whose events are stamped by `arrivals`.
    pub fn lane(self: &Arc<Self>, index: usize, arrivals: Arrivals) -> Lane {
        Lane {
            order: self.clone(),
            index,
            arrivals,
            pending: Vec::new(),
        }
    }

    fn queues(&self) -> MutexGuard<'_, Queues> {
        self.queues.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Write lines as they fall due, until writing fails.
    pub async fn run(&self, mut out: impl Write) -> io::Result<()> {
        let mut ready = Vec::new();
        loop {
            let next = {
                let mut queues = self.queues();
                queues.release(Instant::now(), false, &mut ready);
                queues.next_due()
            };
            if !ready.is_empty() {
                let written = out.write_all(&ready).and_then(|()| out.flush());
                ready.clear();
                if let Err(e) = written {
                    self.queues().failed = Some(e.kind());
                    return Err(e);
                }
            }
            match next {
                Some(due) => tokio::select! {
                    _ = tokio::time::sleep_until(due.into()) => {}
                    _ = self.wake.notified() => {}
                },
                None => self.wake.notified().await,
            }
        }
    }

    /// At the end: everything still held, in order; when server `ended`
    /// ended the tail (`--count`, `--until`), only up to its last line:
    /// the others' later events are past the end.
    pub fn drain(&self, mut out: impl Write, ended: Option<usize>) -> io::Result<()> {
        let mut rest = Vec::new();
        let mut queues = self.queues();
        match ended {
            Some(lane) => queues.release_through(lane, &mut rest),
            None => queues.release(Instant::now(), true, &mut rest),
        }
        drop(queues);
        out.write_all(&rest)?;
        out.flush()
    }
}

/// One server's way into the order: whole lines, each stamped with its
/// event's time and arrival.
pub struct Lane {
    order: Arc<TimeOrder>,
    index: usize,
    arrivals: Arrivals,
    pending: Vec<u8>,
}

impl Write for Lane {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.pending.extend_from_slice(buf);
        let mut queues = self.order.queues();
        if let Some(kind) = queues.failed {
            return Err(kind.into());
        }
        let mut pushed = false;
        while let Some(end) = self.pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = self.pending.drain(..=end).collect();
            let arrival = self.arrivals.current();
            let due = match arrival.time_ms {
                Some(_) => arrival.at + self.order.hold,
                None => arrival.at,
            };
            queues.lanes[self.index].push_back(Held {
                time_ms: arrival.time_ms,
                due,
                line,
            });
            pushed = true;
        }
        drop(queues);
        if pushed {
            self.order.wake.notify_one();
        }
        Ok(buf.len())
    }

    /// Lines leave when they are due, not when a tail flushes.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn held(time_ms: Option<i64>, due: Instant, text: &str) -> Held {
        Held {
            time_ms,
            due,
            line: format!("{text}\n").into_bytes(),
        }
    }

    #[test]
    fn held_lines_go_out_oldest_first_each_server_in_its_own_order() {
        let now = Instant::now();
        let later = now + Duration::from_secs(1);
        let mut queues = Queues {
            lanes: vec![VecDeque::new(), VecDeque::new()],
            failed: None,
        };
        queues.lanes[0].push_back(held(Some(498), now, "a498"));
        queues.lanes[0].push_back(held(Some(470), later, "a470"));
        queues.lanes[1].push_back(held(Some(481), later, "b481"));
        queues.lanes[1].push_back(held(Some(520), later, "b520"));
        let mut out = Vec::new();
        // a498 is due: b481, older, goes before it; nothing else is due.
        queues.release(now, false, &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "b481\na498\n");
        out.clear();
        // a470 came after a498 from the same server: it stays after it.
        queues.release(now, true, &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "a470\nb520\n");
    }

    #[test]
    fn the_end_of_a_count_drops_what_came_after_it() {
        let now = Instant::now();
        let mut queues = Queues {
            lanes: vec![VecDeque::new(), VecDeque::new()],
            failed: None,
        };
        queues.lanes[0].push_back(held(Some(498), now, "a498"));
        queues.lanes[1].push_back(held(Some(481), now, "b481"));
        queues.lanes[1].push_back(held(Some(520), now, "b520"));
        let mut out = Vec::new();
        queues.release_through(0, &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "b481\na498\n");
        assert_eq!(queues.next_due(), None);
    }

    #[test]
    fn a_line_without_a_time_is_not_held() {
        let now = Instant::now();
        let mut queues = Queues {
            lanes: vec![VecDeque::new(), VecDeque::new()],
            failed: None,
        };
        queues.lanes[0].push_back(held(Some(498), now + HOLD_BACK, "a498"));
        queues.lanes[1].push_back(held(None, now, "note"));
        let mut out = Vec::new();
        queues.release(now, false, &mut out);
        assert_eq!(String::from_utf8_lossy(&out), "note\n");
        assert_eq!(queues.next_due(), Some(now + HOLD_BACK));
    }
}
