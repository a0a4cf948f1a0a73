//! "Everything" for a tail: `subscribeAll`, less the device states.
//!
//! `subscribeAll=true` subscribes the application to every channel, bridge,
//! endpoint and device state. On the Asterisk versions with the reworked ARI
//! WebSocket code (22.10.1 and 23.4.1 here; reported on 20.16.0 as
//! asterisk/asterisk#2170) closing such a WebSocket can deadlock: the
//! closing thread holds the session's lock and the device-state
//! subscriptions' lock while it waits for that subscription to drain, and a
//! device-state event on its way to the same session waits for the session's
//! lock. From then on Asterisk never answers `GET /applications` again, nor
//! anything else that touches device-state subscriptions, until it restarts.
//!
//! A tail that people start and stop all day must not do that to a PBX. So
//! once connected, ari drops the device-state subscription over REST, where
//! nothing holds the session's lock; the teardown then has nothing to wait
//! for. The subscription stays in the URL rather than being asked for piece
//! by piece over REST because a read-only user may connect with it but not
//! subscribe (or unsubscribe): such a user keeps Asterisk's behaviour.
//! Device states stay readable with `ari device-states list`, and `ari top`
//! polls them.

use std::time::Duration;

use crate::client::Client;
use crate::config::Settings;
use crate::error::Result;
use crate::invocation::Invocation;
use crate::transport::Transport;

/// The event source that `subscribeAll` adds and ari takes back off.
pub const DEVICE_STATES: &str = "deviceState:";

/// A live server answers in milliseconds; one that does not may be the
/// deadlocked kind, and the tail goes on without waiting for it.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);

/// What became of the device-state subscription.
#[derive(Debug, PartialEq)]
pub enum Dropped {
    Yes,
    /// The user may not change subscriptions (read-only), or the server
    /// refused (the message): Asterisk's own `subscribeAll` stays as it is.
    Kept(String),
    /// No answer in time: said in words, for the user to see.
    NoAnswer(String),
}

/// Take the device states off `app`, connected a moment ago with
/// `subscribeAll=true`.
pub async fn drop_device_states(settings: &Settings, app: &str, verbose: bool) -> Result<Dropped> {
    // Over HTTP: a command's own events WebSocket (`--via websocket`) would
    // connect as the same private name and take the tail's application.
    let mut settings = settings.clone();
    settings.transport = Transport::Http;
    let client = Client::new(&settings, verbose)?;
    let inv = Invocation::by_name(
        "applications",
        "unsubscribe",
        &[app],
        vec![("eventSource", DEVICE_STATES.to_string())],
        None,
    )?;
    match tokio::time::timeout(ANSWER_WITHIN, client.send_ok(&inv)).await {
        Ok(Ok(_)) => Ok(Dropped::Yes),
        Ok(Err(e)) => Ok(Dropped::Kept(e.message)),
        Err(_) => Ok(Dropped::NoAnswer(format!(
            "Asterisk did not answer DELETE /applications/{app}/subscription in {} s; \
             its ARI may be deadlocked (asterisk/asterisk#2170): restart it",
            ANSWER_WITHIN.as_secs()
        ))),
    }
}
