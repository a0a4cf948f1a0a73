//! One call `ari serve` holds: its facts, every event about it (and about
//! the legs it dialled) since `StasisStart`, the digits typed and not yet
//! read, and how it ended. Verbs wait on it; the event loop feeds it.

use std::collections::VecDeque;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;
use tokio::sync::watch;

/// Events kept per call: enough for any verb to find what it waits for; a
/// call that runs for hours does not grow without end.
const KEPT_EVENTS: usize = 4096;

/// The legs serve dialled, each with the call it dialled it for.
pub type Legs = std::sync::Arc<Mutex<std::collections::HashMap<String, std::sync::Arc<Call>>>>;

/// How the call left the application.
#[derive(Debug, Clone, PartialEq)]
pub enum End {
    /// The channel hung up (the cause as Asterisk words it, when known).
    HungUp(String),
    /// It went on in the dialplan (`continue`) or elsewhere.
    Left,
}

impl End {
    pub fn message(&self) -> String {
        match self {
            End::HungUp(cause) if cause.is_empty() => "the call hung up".into(),
            End::HungUp(cause) => format!("the call hung up ({cause})"),
            End::Left => "the call has left the application".into(),
        }
    }

    /// The same, for the line that reports the end of a handler.
    pub fn outcome(&self) -> String {
        match self {
            End::HungUp(cause) if cause.is_empty() => "the call hung up".into(),
            End::HungUp(cause) => format!("the call hung up ({cause})"),
            End::Left => "the call had left the application".into(),
        }
    }
}

pub struct Call {
    /// serve's own number for it (`#3`), which tags its handler's lines.
    pub number: u64,
    pub id: String,
    pub name: String,
    pub token: String,
    pub started: Instant,
    /// The handler's process group, once it runs.
    group: AtomicI32,
    /// SIGHUP went to the handler's group (it goes once).
    hung_up: AtomicBool,
    state: Mutex<State>,
    changed: watch::Sender<u64>,
}

#[derive(Default)]
struct State {
    events: VecDeque<Value>,
    /// The index of `events[0]` among all the call's events.
    dropped: usize,
    digits: VecDeque<char>,
    /// Where the next `wait` starts looking.
    waited: usize,
    end: Option<End>,
    /// The call is being sent on (`continue`): its StasisEnd is not a hang-up.
    leaving: bool,
    /// Channels and bridges made for it (`dial`): cleaned up when it ends.
    legs: Vec<String>,
    bridges: Vec<String>,
}

/// What a wait came to.
pub enum Waited<T> {
    Found(T),
    Ended(End),
    TimedOut,
}

impl Call {
    pub fn new(number: u64, id: String, name: String, token: String) -> Call {
        Call {
            number,
            id,
            name,
            token,
            started: Instant::now(),
            group: AtomicI32::new(0),
            hung_up: AtomicBool::new(false),
            state: Mutex::new(State::default()),
            changed: watch::channel(0).0,
        }
    }

    pub fn set_group(&self, group: i32) {
        self.group.store(group, Ordering::Relaxed);
    }

    pub fn group(&self) -> i32 {
        self.group.load(Ordering::Relaxed)
    }

    /// SIGHUP to the handler's group, once: what AGI scripts get when their
    /// channel hangs up.
    pub fn hang_up_handler(&self) {
        if !self.hung_up.swap(true, Ordering::Relaxed) {
            super::handler::signal_group(self.group(), libc::SIGHUP);
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Keep an event about the call. Returns how the call ended when this
    /// event ended it.
    pub fn push(&self, event: Value) -> Option<End> {
        let mut state = self.state();
        let own = event["channel"]["id"].as_str() == Some(self.id.as_str());
        let kind = event["type"].as_str().unwrap_or("");
        let mut ended = None;
        if own {
            match kind {
                "ChannelDtmfReceived" => {
                    if let Some(digit) = event["digit"].as_str().and_then(|d| d.chars().next()) {
                        state.digits.push_back(digit);
                    }
                }
                "ChannelHangupRequest" | "ChannelDestroyed" => {
                    // A soft hang-up request's `cause` is Asterisk's flag for
                    // it, not a cause: the ChannelDestroyed after it says.
                    let soft = event["soft"].as_bool() == Some(true);
                    let cause = event["cause_txt"]
                        .as_str()
                        .map(str::to_string)
                        .or_else(|| {
                            event["cause"]
                                .as_i64()
                                .map(|c| match crate::causes::cause_text(c) {
                                    "Unknown" => format!("cause {c}"),
                                    text => format!("{text}, cause {c}"),
                                })
                        })
                        .filter(|_| !soft)
                        .unwrap_or_default();
                    // A cause says more than a StasisEnd did; the first cause stays.
                    let says_more = match &state.end {
                        None | Some(End::Left) => true,
                        Some(End::HungUp(known)) => known.is_empty(),
                    };
                    if says_more {
                        ended = Some(End::HungUp(cause));
                    }
                }
                "StasisEnd" if state.end.is_none() => {
                    ended = Some(if state.leaving {
                        End::Left
                    } else {
                        End::HungUp(String::new())
                    });
                }
                _ => {}
            }
        }
        // A hang-up read after a StasisEnd says more: keep it, but it is not
        // news to whoever already saw the end.
        let news = ended.is_some() && state.end.is_none();
        if ended.is_some() {
            state.end = ended.clone();
        }
        state.events.push_back(event);
        if state.events.len() > KEPT_EVENTS {
            state.events.pop_front();
            state.dropped += 1;
        }
        drop(state);
        // The handler hears of a hang-up before any verb answers 10, so a
        // script's trap runs before the rest of it.
        if news && matches!(ended, Some(End::HungUp(_))) {
            self.hang_up_handler();
        }
        self.changed.send_modify(|n| *n += 1);
        if news { ended } else { None }
    }

    /// Mark the call ended without an event (gone after a reconnection, or
    /// serve stopping).
    pub fn end(&self, end: End) -> bool {
        let mut state = self.state();
        if state.end.is_some() {
            return false;
        }
        let hung_up = matches!(end, End::HungUp(_));
        state.end = Some(end);
        drop(state);
        if hung_up {
            self.hang_up_handler();
        }
        self.changed.send_modify(|n| *n += 1);
        true
    }

    pub fn ended(&self) -> Option<End> {
        self.state().end.clone()
    }

    pub fn set_leaving(&self) {
        self.state().leaving = true;
    }

    /// The index the next event will have.
    pub fn next_index(&self) -> usize {
        let state = self.state();
        state.dropped + state.events.len()
    }

    pub fn add_leg(&self, id: String) {
        self.state().legs.push(id);
    }

    pub fn add_bridge(&self, id: String) {
        self.state().bridges.push(id);
    }

    /// The channels and bridges made for the call, to clean up.
    pub fn made(&self) -> (Vec<String>, Vec<String>) {
        let state = self.state();
        (state.legs.clone(), state.bridges.clone())
    }

    /// Take the digits typed so far, up to the first `stop` (taken, not
    /// returned) or `max` in all.
    pub fn take_digits(&self, into: &mut String, max: Option<usize>, stop: Option<char>) -> bool {
        let mut state = self.state();
        while let Some(digit) = state.digits.pop_front() {
            if Some(digit) == stop {
                return true;
            }
            into.push(digit);
            if max.is_some_and(|m| into.chars().count() >= m) {
                return true;
            }
        }
        false
    }

    pub fn has_digits(&self) -> bool {
        !self.state().digits.is_empty()
    }

    /// Wait until `find` picks something out of the events from index
    /// `from` on, the call ends, or `limit` passes. Events are looked at
    /// before the end, so the event that ends a call can be waited for.
    pub async fn wait_for<T>(
        &self,
        from: usize,
        limit: Option<Duration>,
        mut find: impl FnMut(usize, &Value) -> Option<T>,
    ) -> Waited<T> {
        let deadline = limit.map(|l| tokio::time::Instant::now() + l);
        let mut changes = self.changed.subscribe();
        let mut next = from;
        loop {
            changes.borrow_and_update();
            {
                let state = self.state();
                let start = next.max(state.dropped);
                for (i, event) in state.events.iter().enumerate().skip(start - state.dropped) {
                    if let Some(found) = find(state.dropped + i, event) {
                        return Waited::Found(found);
                    }
                }
                next = state.dropped + state.events.len();
                if let Some(end) = &state.end {
                    return Waited::Ended(end.clone());
                }
            }
            let changed = changes.changed();
            match deadline {
                Some(d) => {
                    if tokio::time::timeout_at(d, changed).await.is_err() {
                        return Waited::TimedOut;
                    }
                }
                None => {
                    let _ = changed.await;
                }
            }
        }
    }

    /// As `wait_for`, from where the last `wait` stopped, and moving that on.
    pub async fn wait_next<T>(
        &self,
        limit: Option<Duration>,
        mut find: impl FnMut(&Value) -> Option<T>,
    ) -> Waited<T> {
        let from = self.state().waited;
        let found = self
            .wait_for(from, limit, |i, event| find(event).map(|f| (i, f)))
            .await;
        match found {
            Waited::Found((i, f)) => {
                self.state().waited = i + 1;
                Waited::Found(f)
            }
            Waited::Ended(end) => Waited::Ended(end),
            Waited::TimedOut => Waited::TimedOut,
        }
    }

    /// Wait until the call ends.
    pub async fn until_end(&self) -> End {
        let mut changes = self.changed.subscribe();
        loop {
            changes.borrow_and_update();
            if let Some(end) = self.ended() {
                return end;
            }
            let _ = changes.changed().await;
        }
    }

    /// Wait until a digit is typed (or already was), the call ends, or `limit`.
    pub async fn wait_digit(&self, limit: Duration) -> Waited<()> {
        let deadline = tokio::time::Instant::now() + limit;
        let mut changes = self.changed.subscribe();
        loop {
            changes.borrow_and_update();
            if self.has_digits() {
                return Waited::Found(());
            }
            if let Some(end) = self.ended() {
                return Waited::Ended(end);
            }
            if tokio::time::timeout_at(deadline, changes.changed())
                .await
                .is_err()
            {
                return Waited::TimedOut;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn call() -> Call {
        Call::new(1, "c1".into(), "Local/dtmf@lab-1;1".into(), "t".into())
    }

    fn dtmf(digit: &str) -> Value {
        json!({"type": "ChannelDtmfReceived", "digit": digit, "channel": {"id": "c1"}})
    }

    #[test]
    fn digits_typed_before_a_read_are_read() {
        let call = call();
        for d in ["1", "2", "3", "#", "4"] {
            call.push(dtmf(d));
        }
        let mut got = String::new();
        assert!(call.take_digits(&mut got, Some(4), Some('#')));
        assert_eq!(got, "123");
        // The digit after the terminator waits for the next read.
        let mut next = String::new();
        assert!(!call.take_digits(&mut next, None, Some('#')));
        assert_eq!(next, "4");
    }

    #[test]
    fn a_hang_up_ends_the_call_once() {
        let call = call();
        let end = call.push(json!({"type": "StasisEnd", "channel": {"id": "c1"}}));
        assert_eq!(end, Some(End::HungUp(String::new())));
        // The hang-up that follows adds its cause, but is not news.
        let later = call.push(json!({"type": "ChannelDestroyed", "cause_txt": "Normal Clearing", "channel": {"id": "c1"}}));
        assert_eq!(later, None);
        assert_eq!(call.ended(), Some(End::HungUp("Normal Clearing".into())));
    }

    #[test]
    fn a_call_sent_on_has_left() {
        let leaving = call();
        leaving.set_leaving();
        let end = leaving.push(json!({"type": "StasisEnd", "channel": {"id": "c1"}}));
        assert_eq!(end, Some(End::Left));
        // Another channel's events do not end it.
        let other = call();
        assert_eq!(
            other.push(json!({"type": "StasisEnd", "channel": {"id": "c2"}})),
            None
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_wait_sees_events_from_before_it_started() {
        let call = call();
        call.push(
            json!({"type": "PlaybackFinished", "playback": {"id": "p"}, "channel": {"id": "c1"}}),
        );
        let found = call
            .wait_next(Some(Duration::from_millis(10)), |e| {
                (e["type"] == "PlaybackFinished").then_some(())
            })
            .await;
        assert!(matches!(found, Waited::Found(())));
        // The same event is not found twice.
        let again = call
            .wait_next(Some(Duration::from_millis(10)), |e| {
                (e["type"] == "PlaybackFinished").then_some(())
            })
            .await;
        assert!(matches!(again, Waited::TimedOut));
    }
}
