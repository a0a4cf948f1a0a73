//! `ari events --listen`: Asterisk's outbound WebSocket connects to `ari`.
//! Against `ari sim --outbound` (Asterisk's side, simulated) and a real
//! Asterisk 22.10.1 configured with websocket_client.conf and ari.conf.

use serde_json::Value;

use crate::support::asterisk::Asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::outbound_conf::outbound_conf;
use crate::support::tail::Tail;
use crate::support::ws::Events;
use crate::support::{Sandbox, closed_port, sim_with};

fn listening(sb: &Sandbox, port: u16, args: &[&str]) -> Tail {
    let addr = format!("127.0.0.1:{port}");
    let mut all = vec!["--listen", addr.as_str(), "-o", "json", "--timeout", "30"];
    all.extend_from_slice(args);
    // The URL is the listener's own credentials' source (the profile), not a server.
    Tail::start(sb, "http://127.0.0.1:9", &all)
}

fn event(line: &str) -> Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}"))
}

/// The next line's connection tag and event.
fn next(tail: &Tail) -> (String, Value) {
    let doc = event(&tail.line());
    (
        doc["connection"].as_str().unwrap().to_string(),
        doc["event"].clone(),
    )
}

#[test]
fn the_simulator_connects_out_and_its_calls_come_over_the_listener() {
    let sb = Sandbox::new();
    let port = closed_port();
    let tail = listening(&sb, port, &["--until", "StasisStart"]);
    // Two simulated Asterisks connect, each its own connection.
    let uri = format!("ws://127.0.0.1:{port}/");
    let one = sim_with(|o| o.outbound = vec![(uri.clone(), "obapp".into())]);
    let (first, registered) = next(&tail);
    assert_eq!(registered["type"], "ApplicationRegistered", "{registered}");
    assert_eq!(registered["application"], "obapp");
    let two = sim_with(|o| o.outbound = vec![(uri.clone(), "other".into())]);
    let (second, registered) = next(&tail);
    assert_eq!(registered["application"], "other");
    assert_ne!(first, second);
    // A call into the first one's application comes over its connection.
    let chan = sb.sim_call(&one, "obapp");
    let (code, rest, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let last = event(rest.last().unwrap());
    assert_eq!(last["connection"], first.as_str());
    assert_eq!(last["event"]["type"], "StasisStart");
    assert_eq!(last["event"]["channel"]["id"], chan.as_str());
    assert!(
        stderr.contains("type = outbound_websocket"),
        "the Asterisk side: {stderr}"
    );
    drop(two);
}

#[test]
fn wrong_credentials_are_refused_with_401_and_a_reconnection_is_accepted() {
    let sb = Sandbox::new();
    let port = closed_port();
    let tail = listening(&sb, port, &["--count", "2"]);
    let addr: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    // Wait until it listens: a refused upgrade is the sign.
    let refused = loop {
        match std::panic::catch_unwind(|| Events::connect_as(addr, "", Some(("asterisk", "wrong"))))
        {
            Ok(Err(refused)) => break refused,
            Ok(Ok(_)) => panic!("wrong credentials accepted"),
            Err(_) => std::thread::yield_now(),
        }
    };
    assert_eq!(refused.status, 401);
    // Asterisk reconnecting is just another connection.
    let uri = format!("ws://127.0.0.1:{port}/");
    let sim = sim_with(|o| o.outbound = vec![(uri.clone(), "obapp".into())]);
    let (first, _) = next(&tail);
    drop(sim);
    let _again = sim_with(|o| o.outbound = vec![(uri.clone(), "obapp".into())]);
    let (code, rest, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let second = event(&rest[0]);
    assert_ne!(second["connection"].as_str().unwrap(), first);
    assert_eq!(second["event"]["type"], "ApplicationRegistered");
}

#[test]
fn a_real_asterisk_connects_out_and_sends_a_calls_events() {
    let port = closed_port();
    let conf = outbound_conf(port, "persistent", "obapp");
    let sb = Sandbox::new();
    let tail = listening(&sb, port, &["--until", "StasisStart"]);
    let Some(asterisk) =
        Asterisk::start_with_conf("outbound WebSocket on a real Asterisk", conf.path())
    else {
        let _ = tail.interrupt();
        return;
    };
    let (connection, registered) = next(&tail);
    assert_eq!(registered["type"], "ApplicationRegistered", "{registered}");
    assert_eq!(registered["application"], "obapp");
    let chan = sb
        .ari()
        .args(["--url", &asterisk.url])
        .originate(Call::to_app("Local/wait@lab", "obapp"));
    let (code, rest, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let last = event(rest.last().unwrap());
    assert_eq!(last["connection"], connection.as_str());
    assert_eq!(last["event"]["type"], "StasisStart");
    assert_eq!(last["event"]["channel"]["id"], chan.as_str());
}

#[test]
fn a_real_asterisk_connects_per_call_when_stasis_runs() {
    let port = closed_port();
    let conf = outbound_conf(port, "per_call_config", "hello");
    let sb = Sandbox::new();
    let tail = listening(&sb, port, &["--until", "StasisStart"]);
    let Some(asterisk) = Asterisk::start_with_conf("per-call outbound WebSocket", conf.path())
    else {
        let _ = tail.interrupt();
        return;
    };
    // hello@lab runs Stasis(hello,world): that call opens its own connection.
    sb.ari()
        .args(["--url", &asterisk.url])
        .originate(Call::to_wait("Local/hello@lab"));
    let (connection, registered) = next(&tail);
    assert_eq!(registered["type"], "ApplicationRegistered", "{registered}");
    assert!(
        registered["application"]
            .as_str()
            .unwrap()
            .starts_with("hello:Local/hello@lab-"),
        "a per-call application: {registered}"
    );
    let (code, rest, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let last = event(rest.last().unwrap());
    assert_eq!(last["connection"], connection.as_str());
    assert_eq!(last["event"]["type"], "StasisStart");
    assert_eq!(last["event"]["args"][0], "world");
}

/// A listener's recording keeps each frame's connection: its replay tags
/// the lines as the live run did.
#[test]
fn a_listeners_recording_replays_tagged_by_connection() {
    let sb = Sandbox::new();
    let port = closed_port();
    let file = sb.path().join("listen.jsonl");
    let record = file.display().to_string();
    let tail = listening(&sb, port, &["--until", "StasisStart", "--record", &record]);
    let uri = format!("ws://127.0.0.1:{port}/");
    let one = sim_with(|o| o.outbound = vec![(uri.clone(), "obrec".into())]);
    let (first, _) = next(&tail);
    let chan = sb.sim_call(&one, "obrec");
    let (code, rest, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let out = crate::support::run(sb.ari().args(["events", "--replay"]).arg(&file).args([
        "-o",
        "json",
        "--until",
        "StasisStart",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let replayed: Vec<Value> = out.stdout.lines().map(event).collect();
    assert_eq!(replayed[0]["connection"], first.as_str());
    let last = replayed.last().unwrap();
    assert_eq!(last["connection"], first.as_str());
    assert_eq!(last["event"]["channel"]["id"], chan.as_str());
    assert_eq!(replayed.len(), rest.len() + 1, "{replayed:?}");
}
