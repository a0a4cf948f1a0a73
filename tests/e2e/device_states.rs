//! Tails that see everything leave the device states out, because closing a
//! WebSocket subscribed to all of them can deadlock Asterisk 22 and 23
//! (asterisk/asterisk#2170; `src/events/everything.rs` tells the story).
//! Before ari dropped them, the loop below wedged `GET /applications` of a
//! fresh 22.10.1 or 23.4.1 within about 150 rounds (2 of 2 runs each; the
//! hung threads' stacks ended in `stasis_unsubscribe_and_join`).

use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::support::asterisk::Asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::{Sandbox, run, until};

const ROUNDS: usize = 300;

/// `ari applications list`, given 5 s: whether Asterisk answered.
fn answers(ari: &mut Command) -> bool {
    ari.args(["applications", "list", "--max-time", "5", "-o", "json"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn tails_stopped_while_calls_come_and_go_never_wedge_asterisk() {
    let Some(pbx) = Asterisk::start("tails and device states") else {
        return;
    };
    let sb = Arc::new(Sandbox::new());
    let url = pbx.url.clone();
    let stop = Arc::new(AtomicBool::new(false));
    let stuck = Arc::new(AtomicBool::new(false));
    let poller = {
        let (sb, url, stop, stuck) = (sb.clone(), url.clone(), stop.clone(), stuck.clone());
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if !answers(sb.std_ari().args(["--url", &url])) {
                    stuck.store(true, Ordering::Relaxed);
                    return;
                }
            }
        })
    };
    for round in 0..ROUNDS {
        if stuck.load(Ordering::Relaxed) {
            break;
        }
        let app = format!("tail-{round}");
        let tail = Tail::start(&sb, &url, &["--app", &app, "--subscribe-all", "-o", "json"]);
        until("the tail subscribed to all but device states", || {
            if stuck.load(Ordering::Relaxed) {
                return true;
            }
            let got = run(sb.ari().args([
                "--url",
                &url,
                "applications",
                "get",
                &app,
                "--max-time",
                "5",
                "-o",
                "json",
            ]));
            got.code == 0
                && got.json()["device_names"]
                    .as_array()
                    .is_some_and(|d| d.is_empty())
                && got.json()["channel_ids"]
                    .as_array()
                    .is_some_and(|c| !c.is_empty())
        });
        if stuck.load(Ordering::Relaxed) {
            break;
        }
        // A call starts (its device states change) as the tail is stopped.
        let id = sb
            .ari()
            .args(["--url", &url])
            .originate(Call::to_app("Local/wait@lab", &app));
        let (code, _, said) = tail.interrupt();
        assert_eq!(code, Some(130), "{said}");
        run(sb.ari().args(["--url", &url, "channels", "hangup", &id]));
    }
    stop.store(true, Ordering::Relaxed);
    poller.join().unwrap();
    assert!(
        !stuck.load(Ordering::Relaxed) && answers(sb.std_ari().args(["--url", &url])),
        "GET /applications stopped answering: Asterisk deadlocked as a tail closed"
    );
}

/// The simulator lists a tail's subscriptions as Asterisk does: all
/// channels, bridges and endpoints by their topics' names, and no device
/// state once ari has dropped them.
#[test]
fn on_the_simulator_a_tail_subscribes_to_all_but_device_states() {
    let sim = crate::support::sim();
    let sb = Sandbox::new();
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &["--app", "tail", "--subscribe-all", "-o", "json"],
    );
    let mut listing = serde_json::Value::Null;
    until("the tail's subscriptions", || {
        let got = run(sb
            .ari_sim(&sim)
            .args(["applications", "get", "tail", "-o", "json"]));
        if got.code != 0 {
            return false;
        }
        listing = got.json();
        listing["device_names"]
            .as_array()
            .is_some_and(|d| d.is_empty())
            && listing["channel_ids"]
                .as_array()
                .is_some_and(|c| !c.is_empty())
    });
    assert_eq!(
        listing["channel_ids"],
        serde_json::json!(["__AST_CHANNEL_ALL_TOPIC"])
    );
    assert_eq!(
        listing["bridge_ids"],
        serde_json::json!(["__AST_BRIDGE_ALL_TOPIC"])
    );
    assert_eq!(
        listing["endpoint_ids"],
        serde_json::json!(["__AST_ENDPOINT_ALL_TOPIC"])
    );
    let (code, _, said) = tail.interrupt();
    assert_eq!(code, Some(130), "{said}");
}
