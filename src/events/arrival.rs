//! When the event being written arrived and the time it carries, for a
//! reader downstream of the writer that sees only lines: the fleet tail,
//! which puts several servers' lines in time order.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::render::Head;
use crate::clock::timestamp_ms;

/// One event's stamp: all lines written for it share it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Arrival {
    pub at: Instant,
    /// The event's own `timestamp`, in ms since the epoch.
    pub time_ms: Option<i64>,
}

/// The stamp of the event a tail is writing now, shared with its writer.
#[derive(Debug, Clone, Default)]
pub struct Arrivals(Arc<Mutex<Option<Arrival>>>);

impl Arrivals {
    /// A frame came in: stamp it before it is written.
    pub fn mark(&self, frame: &str) {
        let time_ms = serde_json::from_str::<Head>(frame)
            .ok()
            .and_then(|head| head.timestamp.as_deref().and_then(timestamp_ms));
        let arrival = Arrival {
            at: Instant::now(),
            time_ms,
        };
        *self.0.lock().unwrap_or_else(|e| e.into_inner()) = Some(arrival);
    }

    /// The stamp of the event being written; a note written outside any
    /// event counts as just arrived, without a time.
    pub fn current(&self) -> Arrival {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .unwrap_or(Arrival {
                at: Instant::now(),
                time_ms: None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_is_stamped_with_its_timestamp_or_none() {
        let arrivals = Arrivals::default();
        arrivals.mark(r#"{"type":"Dial","timestamp":"2026-11-22T11:07:46.150+0000"}"#);
        assert_eq!(arrivals.current().time_ms, Some(1_795_345_666_150));
        arrivals.mark(r#"{"type":"Dial"}"#);
        assert_eq!(arrivals.current().time_ms, None);
        arrivals.mark("not json");
        assert_eq!(arrivals.current().time_ms, None);
    }
}
