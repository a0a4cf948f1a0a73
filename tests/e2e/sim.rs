//! The simulator as users meet it: the real `ari` binary driving call flows
//! against `ari sim` (in-process, on a free port), with a WebSocket watching
//! the events.

use std::time::Duration;

use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::ws::Events;
use crate::support::{Sandbox, run, sim, sim_with};

fn types(events: &[serde_json::Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["type"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn the_tutorial_flow_originate_answer_play_bridge_hangup() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let chan = sb
        .ari_sim(&sim)
        .originate(Call::to_app("PJSIP/alice", "hello").with(&["--caller-id", "Bob <1002>"]));
    let start = events.wait_channel("StasisStart", &chan);
    assert_eq!(start["channel"]["state"], "Up");
    assert_eq!(start["channel"]["caller"]["number"], "1002");

    run(sb.ari_sim(&sim).args(["channels", "answer", &chan])).ok();
    let playback = run(sb.ari_sim(&sim).args([
        "channels",
        "play",
        &chan,
        "--media",
        "sound:hello-world",
        "--jq",
        ".id",
    ]))
    .ok()
    .to_string();
    let finished = events.wait_for("PlaybackFinished", |e| {
        e["type"] == "PlaybackFinished" && e["playback"]["id"] == playback.as_str()
    });
    assert_eq!(finished["playback"]["state"], "done");

    let bridge = run(sb
        .ari_sim(&sim)
        .args(["bridges", "create", "--type", "mixing", "--jq", ".id"]))
    .ok()
    .to_string();
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "add-channel", &bridge, "--channel", &chan]))
    .ok();
    events.wait_channel("ChannelEnteredBridge", &chan);
    let members = run(sb
        .ari_sim(&sim)
        .args(["bridges", "get", &bridge, "--jq", ".channels[0]"]));
    assert_eq!(members.ok(), chan);

    run(sb
        .ari_sim(&sim)
        .args(["channels", "hangup", &chan, "--reason", "busy"]))
    .ok();
    let destroyed = events.wait_channel("ChannelDestroyed", &chan);
    assert_eq!(destroyed["cause"], 17);
    assert_eq!(destroyed["cause_txt"], "User busy");
    let seen = types(&events.seen);
    let tail: Vec<&str> = seen
        .iter()
        .rev()
        .take(4)
        .rev()
        .map(String::as_str)
        .collect();
    assert_eq!(
        tail,
        [
            "ChannelLeftBridge",
            "StasisEnd",
            "ChannelVarset",
            "ChannelDestroyed"
        ],
        "{seen:?}"
    );
    assert_eq!(
        run(sb.ari_sim(&sim).args(["channels", "list", "-q"])).ok(),
        ""
    );
}

#[test]
fn sim_call_enters_stasis_presses_keys_and_hangs_up() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=ivr");
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).args([
        "sim",
        "call",
        "--app",
        "ivr",
        "--caller",
        "Carol <1003>",
        "--args",
        "a,b",
        "--digits",
        "12#",
        "--hangup-after",
        "2",
        "-o",
        "json",
    ]));
    let channel = out.json();
    let chan = channel["id"].as_str().unwrap().to_string();
    assert_eq!(channel["state"], "Ring");
    assert!(
        channel["name"]
            .as_str()
            .unwrap()
            .starts_with("PJSIP/carol-")
    );
    let start = events.wait_channel("StasisStart", &chan);
    assert_eq!(start["args"], serde_json::json!(["a", "b"]));
    assert_eq!(start["channel"]["caller"]["name"], "Carol");
    let mut digits = String::new();
    for _ in 0..3 {
        digits.push_str(
            events.wait_channel("ChannelDtmfReceived", &chan)["digit"]
                .as_str()
                .unwrap(),
        );
    }
    assert_eq!(digits, "12#");
    let request = events.wait_channel("ChannelHangupRequest", &chan);
    assert_eq!(request["cause"], 16);
    assert!(request.get("soft").is_none(), "the far end hangs up hard");
    events.wait_channel("StasisEnd", &chan);
    // As on a real Asterisk, an application that got the channel from the
    // dialplan stops hearing about it with its StasisEnd.
    while let Some(e) = events.next_within(std::time::Duration::from_millis(300)) {
        assert_ne!(e["type"], "ChannelDestroyed", "{e}");
    }
    let gone = run(sb.ari_sim(&sim).args(["channels", "get", &chan]));
    assert_eq!(gone.code, 5, "{}", gone.stderr);
}

#[test]
fn sim_call_can_ring_and_be_hung_up_from_the_far_end() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let chan = sb.sim_call_with(&sim, "hello", &["--ring"]);
    let start = events.wait_channel("StasisStart", &chan);
    assert_eq!(start["channel"]["state"], "Ring");
    run(sb.ari_sim(&sim).args(["channels", "answer", &chan])).ok();
    let up = events.wait_channel("ChannelStateChange", &chan);
    assert_eq!(up["channel"]["state"], "Up");
    run(sb.ari_sim(&sim).args(["sim", "dtmf", &chan, "5"])).ok();
    assert_eq!(
        events.wait_channel("ChannelDtmfReceived", &chan)["digit"],
        "5"
    );
    run(sb
        .ari_sim(&sim)
        .args(["sim", "hangup", &chan, "--cause", "17"]))
    .ok();
    assert_eq!(
        events.wait_channel("ChannelHangupRequest", &chan)["cause"],
        17
    );
    events.wait_channel("StasisEnd", &chan);
    let out = run(sb.ari_sim(&sim).args(["sim", "hangup", &chan]));
    assert_eq!(out.code, 5);
}

#[test]
fn sim_call_into_an_unregistered_app_is_refused_with_advice() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).args(["sim", "call", "--app", "nobody"]));
    assert_eq!(out.code, 6);
    assert!(
        out.one_error_line()
            .contains("start `ari events --app nobody` first"),
        "{}",
        out.stderr
    );
}

#[test]
fn phones_that_are_busy_or_never_answer() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let busy = sb
        .ari_sim(&sim)
        .originate(Call::to_app("PJSIP/busy", "hello"));
    let dial = events.wait_for("Dial BUSY", |e| {
        e["type"] == "Dial" && e["dialstatus"] == "BUSY"
    });
    assert_eq!(dial["peer"]["id"], busy.as_str());
    assert_eq!(events.wait_channel("ChannelDestroyed", &busy)["cause"], 17);
    let late = sb
        .ari_sim(&sim)
        .originate(Call::to_app("PJSIP/noanswer", "hello").with(&["--timeout", "2"]));
    events.wait_for("Dial NOANSWER", |e| {
        e["type"] == "Dial" && e["dialstatus"] == "NOANSWER"
    });
    assert_eq!(events.wait_channel("ChannelDestroyed", &late)["cause"], 19);
    assert!(!types(&events.seen).contains(&"StasisStart".to_string()));
}

#[test]
fn playbacks_queue_pause_unpause_and_stop() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let chan = sb.sim_call(&sim, "hello");
    events.wait_channel("StasisStart", &chan);
    let first = run(sb.ari_sim(&sim).args([
        "channels",
        "play",
        &chan,
        "--media",
        "tone:ring",
        "--jq",
        ".id",
    ]))
    .ok()
    .to_string();
    let second = run(sb.ari_sim(&sim).args([
        "channels",
        "play",
        &chan,
        "--media",
        "sound:beep",
        "--playback-id",
        "pb-second",
        "-o",
        "json",
    ]))
    .json();
    assert_eq!(second["id"], "pb-second");
    assert_eq!(second["state"], "queued");
    events.wait_for("first PlaybackStarted", |e| {
        e["type"] == "PlaybackStarted" && e["playback"]["id"] == first.as_str()
    });
    // The tone plays until stopped; the second waits its turn.
    let state = run(sb
        .ari_sim(&sim)
        .args(["playbacks", "get", "pb-second", "--jq", ".state"]));
    assert_eq!(state.ok(), "queued");
    run(sb
        .ari_sim(&sim)
        .args(["playbacks", "control", &first, "--operation", "pause"]))
    .ok();
    assert_eq!(
        run(sb
            .ari_sim(&sim)
            .args(["playbacks", "get", &first, "--jq", ".state"]))
        .ok(),
        "paused"
    );
    run(sb
        .ari_sim(&sim)
        .args(["playbacks", "control", &first, "--operation", "unpause"]))
    .ok();
    // Asterisk reports an unpause as PlaybackStarted.
    events.wait_for("PlaybackStarted again", |e| {
        e["type"] == "PlaybackStarted" && e["playback"]["id"] == first.as_str()
    });
    run(sb.ari_sim(&sim).args(["playbacks", "stop", &first])).ok();
    events.wait_for("first PlaybackFinished", |e| {
        e["type"] == "PlaybackFinished" && e["playback"]["id"] == first.as_str()
    });
    events.wait_for("second PlaybackStarted", |e| {
        e["type"] == "PlaybackStarted" && e["playback"]["id"] == "pb-second"
    });
    events.wait_for("second PlaybackFinished", |e| {
        e["type"] == "PlaybackFinished" && e["playback"]["id"] == "pb-second"
    });
    let out = run(sb.ari_sim(&sim).args(["playbacks", "get", "pb-second"]));
    assert_eq!(out.code, 5);
}

#[test]
fn a_live_recording_becomes_a_stored_one_to_download() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let chan = sb.sim_call(&sim, "hello");
    events.wait_channel("StasisStart", &chan);
    let live = run(sb.ari_sim(&sim).args([
        "channels",
        "record",
        &chan,
        "--name",
        "message",
        "--format",
        "wav",
        "--max-duration-seconds",
        "20",
        "-o",
        "json",
    ]))
    .json();
    assert_eq!(live["state"], "recording");
    events.wait_type("RecordingStarted");
    run(sb.ari_sim(&sim).args(["recordings", "pause", "message"])).ok();
    assert_eq!(
        run(sb
            .ari_sim(&sim)
            .args(["recordings", "get-live", "message", "--jq", ".state"]))
        .ok(),
        "paused"
    );
    run(sb.ari_sim(&sim).args(["recordings", "unpause", "message"])).ok();
    run(sb.ari_sim(&sim).args(["recordings", "stop", "message"])).ok();
    let finished = events.wait_type("RecordingFinished");
    assert_eq!(finished["recording"]["state"], "done");
    let out = run(sb
        .ari_sim(&sim)
        .args(["recordings", "get", "message", "--jq", ".format"]));
    assert_eq!(out.ok(), "wav");
    run(sb
        .ari_sim(&sim)
        .args(["recordings", "download", "message", "--to", "message.wav"]))
    .ok();
    let wav = std::fs::read(sb.path().join("message.wav")).unwrap();
    assert_eq!(&wav[0..4], b"RIFF");
    // Recording over it needs --if-exists.
    let out = run(sb.ari_sim(&sim).args([
        "channels", "record", &chan, "--name", "message", "--format", "wav",
    ]));
    assert_eq!(out.code, 6, "{}", out.stderr);
    run(sb.ari_sim(&sim).args([
        "recordings",
        "copy",
        "message",
        "--destination-recording-name",
        "copy",
    ]))
    .ok();
    run(sb.ari_sim(&sim).args(["recordings", "delete", "message"])).ok();
    let names = run(sb.ari_sim(&sim).args(["recordings", "list", "-q"]));
    assert_eq!(names.ok(), "copy\ngreeting");
}

#[test]
fn continue_move_and_snoop() {
    let sim = sim();
    let mut hello = Events::connect(sim.addr, "app=hello");
    let mut other = Events::connect(sim.addr, "app=other");
    let sb = Sandbox::new();
    let chan = sb.sim_call(&sim, "hello");
    hello.wait_channel("StasisStart", &chan);

    run(sb.ari_sim(&sim).args([
        "channels",
        "move",
        &chan,
        "--app",
        "other",
        "--app-args",
        "x",
    ]))
    .ok();
    hello.wait_channel("StasisEnd", &chan);
    assert_eq!(
        other.wait_channel("StasisStart", &chan)["args"],
        serde_json::json!(["x"])
    );

    let snoop = run(sb.ari_sim(&sim).args([
        "channels",
        "snoop",
        &chan,
        "--app",
        "hello",
        "--spy",
        "both",
        "--snoop-id",
        "snoop-1",
        "--jq",
        ".name",
    ]));
    assert!(snoop.ok().starts_with(&format!("Snoop/{chan}-")));
    hello.wait_channel("StasisStart", "snoop-1");

    run(sb.ari_sim(&sim).args([
        "channels",
        "continue",
        &chan,
        "--context",
        "lab",
        "--extension",
        "wait",
    ]))
    .ok();
    other.wait_channel("StasisEnd", &chan);
    let dialplan =
        run(sb
            .ari_sim(&sim)
            .args(["channels", "get", &chan, "--jq", ".dialplan.context"]));
    assert_eq!(dialplan.ok(), "lab");
    // Out of Stasis, control operations are refused.
    let out = run(sb.ari_sim(&sim).args(["channels", "answer", &chan]));
    assert_eq!((out.code, out.one_error_line()), (6, format!("ari: 409 Conflict: Channel not in Stasis application (POST /ari/channels/{chan}/answer)").as_str()));
}

#[test]
fn channels_create_then_dial() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let chan = run(sb.ari_sim(&sim).args([
        "channels",
        "create",
        "--endpoint",
        "PJSIP/bob",
        "--app",
        "hello",
        "--jq",
        ".id",
    ]))
    .ok()
    .to_string();
    assert_eq!(
        events.wait_channel("StasisStart", &chan)["channel"]["state"],
        "Down"
    );
    run(sb
        .ari_sim(&sim)
        .args(["channels", "dial", &chan, "--timeout", "10"]))
    .ok();
    let answered = events.wait_for("Dial ANSWER", |e| {
        e["type"] == "Dial" && e["dialstatus"] == "ANSWER"
    });
    assert_eq!(answered["peer"]["id"], chan.as_str());
    let out = run(sb.ari_sim(&sim).args(["channels", "dial", &chan]));
    assert_eq!(out.code, 6);
}

#[test]
fn subscriptions_decide_who_hears_what() {
    let sim = sim();
    let mut all = Events::connect(sim.addr, "app=watcher&subscribeAll=true");
    let mut hello = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let bridge = run(sb
        .ari_sim(&sim)
        .args(["bridges", "create", "--id", "b1", "--jq", ".id"]))
    .ok()
    .to_string();
    assert_eq!(bridge, "b1");
    all.wait_type("BridgeCreated");

    // Device states: only a subscribed app hears them.
    run(sb.ari_sim(&sim).args([
        "applications",
        "subscribe",
        "hello",
        "--event-source",
        "deviceState:Stasis:lab",
    ]))
    .ok();
    run(sb.ari_sim(&sim).args([
        "device-states",
        "update",
        "Stasis:lab",
        "--device-state",
        "BUSY",
    ]))
    .ok();
    let changed = hello.wait_type("DeviceStateChanged");
    assert_eq!(changed["device_state"]["state"], "BUSY");
    let app =
        run(sb
            .ari_sim(&sim)
            .args(["applications", "get", "hello", "--jq", ".device_names[0]"]));
    assert_eq!(app.ok(), "Stasis:lab");

    // A user event goes to the named application only.
    run(sb.ari_sim(&sim).args([
        "events",
        "user",
        "ping",
        "--application",
        "hello",
        "--var",
        "k=v",
    ]))
    .ok();
    let user = hello.wait_type("ChannelUserevent");
    assert_eq!(user["userevent"]["k"], "v");

    // An event filter narrows what an application receives.
    run(sb.ari_sim(&sim).args([
        "applications",
        "filter",
        "hello",
        "--json-body",
        r#"{"disallowed": [{"type": "DeviceStateChanged"}]}"#,
    ]))
    .ok();
    run(sb.ari_sim(&sim).args([
        "device-states",
        "update",
        "Stasis:lab",
        "--device-state",
        "INUSE",
    ]))
    .ok();
    run(sb
        .ari_sim(&sim)
        .args(["events", "user", "after", "--application", "hello"]))
    .ok();
    let next = hello.wait_type("ChannelUserevent");
    assert_eq!(next["eventname"], "after");
    assert_eq!(
        types(&hello.seen)
            .iter()
            .filter(|t| *t == "DeviceStateChanged")
            .count(),
        1,
        "the filter let a DeviceStateChanged through"
    );
    assert!(
        all.seen.iter().all(|e| e["type"] != "ChannelUserevent"),
        "user events are per application"
    );
}

#[test]
fn a_second_socket_takes_the_application_over() {
    let sim = sim();
    let mut first = Events::connect(sim.addr, "app=hello");
    let _second = Events::connect(sim.addr, "app=hello");
    let replaced = first.wait_type("ApplicationReplaced");
    assert_eq!(replaced["application"], "hello");
}

#[test]
fn websocket_auth_and_errors_as_asterisk_gives_them() {
    let sim = sim();
    // api_key works as well as Basic auth.
    let events = Events::connect_as(sim.addr, "app=hello&api_key=asterisk:asterisk", None);
    assert!(events.is_ok());
    let refused = Events::connect_as(sim.addr, "app=hello", Some(("asterisk", "wrong")))
        .err()
        .unwrap();
    assert_eq!(refused.status, 401);
    let refused = Events::connect_as(
        sim.addr,
        "subscribeAll=true",
        Some(("asterisk", "asterisk")),
    )
    .err()
    .unwrap();
    assert_eq!(refused.status, 400);
    assert_eq!(refused.content_type, "text/html");
    assert!(refused.body.contains("<title>400 Bad Request</title>"));
}

#[test]
fn rest_over_the_websocket() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    events.send_text(
        r#"{"type": "RESTRequest", "transaction_id": "t1", "request_id": "r1", "method": "GET", "uri": "asterisk/ping"}"#,
    );
    let response = events.wait_type("RESTResponse");
    assert_eq!(
        (
            response["transaction_id"].as_str(),
            response["status_code"].as_u64()
        ),
        (Some("t1"), Some(200))
    );
    let body: serde_json::Value =
        serde_json::from_str(response["message_body"].as_str().unwrap()).unwrap();
    assert_eq!(body["ping"], "pong");
    events.send_text(
        r#"{"type": "RESTRequest", "transaction_id": "t2", "request_id": "r2", "method": "POST", "uri": "bridges",
            "query_strings": [{"name": "type", "value": "holding"}, {"name": "bridgeId", "value": "ws-bridge"}]}"#,
    );
    let response = events.wait_for("RESTResponse t2", |e| e["transaction_id"] == "t2");
    assert_eq!(response["status_code"], 200);
    let sb = Sandbox::new();
    assert_eq!(
        run(sb.ari_sim(&sim).args(["bridges", "list", "-q"])).ok(),
        "ws-bridge"
    );
}

#[test]
fn exit_codes_against_the_simulator() {
    let sim = sim_with(|o| {
        o.users
            .push(ari::sim::User::parse("viewer:look", true).unwrap())
    });
    let sb = Sandbox::new();
    let cases: &[(&[&str], i32, &str)] = &[
        (
            &["-u", "asterisk:nope", "channels", "list"],
            4,
            "ari: 401 Unauthorized: Authentication required (GET /ari/channels)",
        ),
        (
            &["-u", "viewer:look", "bridges", "create"],
            4,
            "ari: 403 Forbidden: Write access denied (POST /ari/bridges)",
        ),
        (
            &["channels", "hangup", "nope"],
            5,
            "ari: 404 Not Found: Channel not found (DELETE /ari/channels/nope)",
        ),
        (
            &["bridges", "create", "--type", "bogus"],
            8,
            "ari: 500 Internal Server Error: Unable to create bridge. Possible duplicate bridge id '(null)' (POST /ari/bridges)",
        ),
        (
            &["raw", "POST", "channels"],
            7,
            "ari: 400 Bad Request: Endpoint must be specified (POST /ari/channels)",
        ),
        (
            &["raw", "PATCH", "channels"],
            7,
            "ari: 405 Method Not Allowed: Invalid method (PATCH /ari/channels)",
        ),
        (
            &[
                "device-states",
                "update",
                "PJSIP/alice",
                "--device-state",
                "BUSY",
            ],
            6,
            "ari: 409 Conflict: Uncontrolled device specified (PUT /ari/deviceStates/PJSIP%2Falice)",
        ),
    ];
    for (args, code, line) in cases {
        let out = run(sb.ari_sim(&sim).args(*args));
        assert_eq!((out.code, out.one_error_line()), (*code, *line), "{args:?}");
    }
    // The read-only user can read.
    assert_eq!(
        run(sb
            .ari_sim(&sim)
            .args(["-u", "viewer:look", "asterisk", "ping", "--jq", ".ping"]))
        .ok(),
        "pong"
    );
}

#[test]
fn every_operation_answers_and_the_simulator_survives() {
    let sim = sim();
    let _events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let mut problems = Vec::new();
    for resource in ari::spec::RESOURCES {
        for action in ari::spec::actions_of(resource.name) {
            let line = ari::cli::operation::example_line(resource.name, &action);
            let words = shell_words::split(&line).unwrap();
            let mut cmd = sb.ari_sim(&sim);
            cmd.args(&words[1..]);
            if words.contains(&"--to".to_string()) {
                cmd.current_dir(sb.path());
            }
            let out = run(&mut cmd);
            let fine = matches!(out.code, 0 | 4 | 5 | 6 | 7 | 8);
            if !fine
                || out.stderr.contains("panicked")
                || (out.code != 0 && out.error_lines().len() != 1)
            {
                problems.push(format!("{line}: exit {} {}", out.code, out.stderr.trim()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(
        run(sb.ari_sim(&sim).args(["asterisk", "ping", "--jq", ".ping"])).ok(),
        "pong"
    );
}

#[test]
fn a_thousand_channels_list_in_full() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=bulk");
    // 500 Local pairs, sent over the WebSocket in one go.
    for i in 0..500 {
        events.send_text(&format!(
            r#"{{"type": "RESTRequest", "transaction_id": "t{i}", "request_id": "r{i}", "method": "POST",
                "uri": "channels?endpoint=Local/wait@lab&extension=wait&context=lab"}}"#
        ));
    }
    for _ in 0..500 {
        let response = events.wait_type("RESTResponse");
        assert_eq!(response["status_code"], 200);
    }
    let sb = Sandbox::new();
    let out = run(sb
        .ari_sim(&sim)
        .args(["channels", "list", "--jq", "length"]));
    assert_eq!(out.ok(), "1000");
}

#[test]
fn the_sim_command_prints_where_it_listens_and_stops_on_ctrl_c() {
    let sb = Sandbox::new();
    let server = Tail::start_args(&sb, &["sim", "--listen", "127.0.0.1:0", "--seed", "3"]);
    let first = server.line();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .trim_end_matches("/ari")
        .to_string();
    // On a port of its own, every command the banner suggests names it.
    let banner: Vec<String> = std::iter::repeat_with(|| server.line())
        .take_while(|l| l != "Ctrl-C stops it.")
        .collect();
    let suggested: Vec<&String> = banner.iter().filter(|l| l.contains("ari ")).collect();
    assert!(suggested.len() >= 3, "{banner:?}");
    for line in &suggested {
        assert!(line.contains(&format!("--url {url}")), "{line}");
    }
    let call = suggested
        .iter()
        .find(|l| l.contains("ari sim call"))
        .expect("the banner says how a call comes in");
    // The suggested call, word for word, reaches this simulator (where the
    // application is not registered yet, it says to start the tail first).
    let words: Vec<&str> = call.split_whitespace().skip(1).collect();
    let out = run(sb.ari().args(&words));
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(
        out.one_error_line()
            .contains("start `ari events --app hello` first"),
        "{}",
        out.stderr
    );
    let out = run(sb
        .ari()
        .args(["--url", &url, "asterisk", "ping", "--jq", ".ping"]));
    assert_eq!(out.ok(), "pong");
    let seeded = run(sb.ari().args([
        "--url",
        &url,
        "raw",
        "POST",
        "channels",
        "endpoint=PJSIP/alice",
        "extension=s",
        "--jq",
        ".id",
    ]));
    assert_eq!(seeded.ok(), "1700000003.0", "--seed gives reproducible ids");
    let (code, _, stderr) = server.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    let _ = Duration::ZERO;
}

/// Every model of Asterisk's API description, by name.
fn spec_models() -> Option<std::collections::HashMap<String, serde_json::Value>> {
    let dir = crate::support::shared_dir()?.join("ari-api-docs");
    let mut models = std::collections::HashMap::new();
    for entry in std::fs::read_dir(dir).ok()? {
        let path = entry.ok()?.path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let text = std::fs::read_to_string(path).ok()?;
        let doc: serde_json::Value = serde_json::from_str(&text).ok()?;
        if let Some(m) = doc["models"].as_object() {
            for (name, model) in m {
                models.insert(name.clone(), model.clone());
            }
        }
    }
    Some(models)
}

/// Check `value` against a spec type: required properties present, no
/// undeclared ones, property types right.
fn check_type(
    models: &std::collections::HashMap<String, serde_json::Value>,
    ty: &str,
    value: &serde_json::Value,
    at: &str,
    problems: &mut Vec<String>,
) {
    use serde_json::Value;
    if let Some(inner) = ty.strip_prefix("List[").and_then(|t| t.strip_suffix(']')) {
        match value {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, v)| check_type(models, inner, v, &format!("{at}[{i}]"), problems)),
            _ => problems.push(format!("{at}: not a list")),
        }
        return;
    }
    let ok = match ty {
        "string" | "Date" => value.is_string(),
        "int" | "long" | "double" => value.is_number(),
        "boolean" => value.is_boolean(),
        "object" => value.is_object(),
        _ => {
            let Some(model) = models.get(ty) else {
                problems.push(format!("{at}: unknown type {ty}"));
                return;
            };
            let Some(object) = value.as_object() else {
                problems.push(format!("{at}: not an object ({ty})"));
                return;
            };
            let props = model["properties"].as_object().unwrap();
            for (name, prop) in props {
                if prop["required"] == true && !object.contains_key(name) {
                    problems.push(format!("{at}: {ty} lacks {name}"));
                }
            }
            for (name, v) in object {
                match props.get(name) {
                    Some(prop) => check_type(
                        models,
                        prop["type"].as_str().unwrap_or(""),
                        v,
                        &format!("{at}.{name}"),
                        problems,
                    ),
                    None => problems.push(format!("{at}: {ty} has no property {name}")),
                }
            }
            true
        }
    };
    if !ok {
        problems.push(format!("{at}: not {ty}: {value}"));
    }
}

#[test]
fn successful_answers_have_the_shapes_of_the_spec_models() {
    let Some(models) = spec_models() else {
        eprintln!("SKIPPED: spec models: ../shared/ari-api-docs not found");
        return;
    };
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=hello");
    let sb = Sandbox::new();
    let ari = |args: &[&str]| run(sb.ari_sim(&sim).args(args).arg("-o").arg("json"));
    let chan = ari(&["sim", "call", "--app", "hello", "--jq", ".id"])
        .ok()
        .to_string();
    events.wait_channel("StasisStart", &chan);
    ari(&["bridges", "create", "--id", "b1", "--name", "room"]).ok();
    ari(&["bridges", "add-channel", "b1", "--channel", &chan]).ok();
    ari(&[
        "channels",
        "play",
        &chan,
        "--media",
        "tone:ring",
        "--playback-id",
        "pb1",
    ])
    .ok();
    ari(&[
        "channels", "record", &chan, "--name", "rec1", "--format", "wav",
    ])
    .ok();
    ari(&[
        "device-states",
        "update",
        "Stasis:lab",
        "--device-state",
        "BUSY",
    ])
    .ok();
    ari(&[
        "mailboxes",
        "update",
        "1000@lab",
        "--old-messages",
        "1",
        "--new-messages",
        "2",
    ])
    .ok();
    ari(&[
        "channels",
        "set-var",
        &chan,
        "--variable",
        "GREETING",
        "--value",
        "hi",
    ])
    .ok();
    ari(&["asterisk", "set-var", "--variable", "G", "--value", "1"]).ok();

    let reads: Vec<Vec<&str>> = vec![
        vec!["channels", "list"],
        vec!["channels", "get", &chan],
        vec!["channels", "get-var", &chan, "--variable", "GREETING"],
        vec![
            "channels",
            "get-vars",
            &chan,
            "--variables",
            "GREETING,CALLERID(num)",
        ],
        vec!["bridges", "list"],
        vec!["bridges", "get", "b1"],
        vec!["playbacks", "get", "pb1"],
        vec!["recordings", "get-live", "rec1"],
        vec!["recordings", "list"],
        vec!["recordings", "get", "greeting"],
        vec!["sounds", "list"],
        vec!["sounds", "get", "hello-world"],
        vec!["endpoints", "list"],
        vec!["endpoints", "list-by-tech", "PJSIP"],
        vec!["endpoints", "get", "PJSIP", "alice"],
        vec!["applications", "list"],
        vec!["applications", "get", "hello"],
        vec!["device-states", "list"],
        vec!["device-states", "get", "Stasis:lab"],
        vec!["mailboxes", "list"],
        vec!["mailboxes", "get", "1000@lab"],
        vec!["asterisk", "info"],
        vec!["asterisk", "ping"],
        vec!["asterisk", "list-modules"],
        vec!["asterisk", "get-module", "res_ari.so"],
        vec!["asterisk", "list-logs"],
        vec!["asterisk", "get-var", "--variable", "G"],
        vec!["channels", "snoop", &chan, "--app", "hello", "--spy", "in"],
        vec![
            "channels",
            "originate",
            "--endpoint",
            "Local/wait@lab",
            "--app",
            "hello",
        ],
        vec![
            "channels",
            "create",
            "--endpoint",
            "PJSIP/bob",
            "--app",
            "hello",
        ],
        vec!["bridges", "play", "b1", "--media", "sound:beep"],
        vec![
            "recordings",
            "copy",
            "greeting",
            "--destination-recording-name",
            "greeting2",
        ],
        vec![
            "applications",
            "subscribe",
            "hello",
            "--event-source",
            "bridge:b1",
        ],
    ];
    let mut problems = Vec::new();
    for args in reads {
        let action = ari::spec::actions_of(ari::spec::find_resource(args[0]).unwrap().name)
            .into_iter()
            .find(|a| a.name() == args[1])
            .unwrap();
        let out = ari(&args);
        if out.code != 0 {
            problems.push(format!("{args:?}: exit {} {}", out.code, out.stderr.trim()));
            continue;
        }
        check_type(
            &models,
            action.base.returns,
            &out.json(),
            &args.join(" "),
            &mut problems,
        );
    }
    // Events carry the spec's shapes too.
    for event in &events.seen {
        let kind = event["type"].as_str().unwrap_or("");
        let mut event = event.clone();
        event.as_object_mut().unwrap().remove("type");
        let mut shape = Vec::new();
        check_type(&models, kind, &event, kind, &mut shape);
        // Message and Event are the base models every event extends.
        problems.extend(shape.into_iter().filter(|p| {
            !p.contains("has no property asterisk_id")
                && !p.contains("has no property application")
                && !p.contains("has no property timestamp")
                && !p.contains("lacks type")
        }));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn doctor_names_the_simulator_and_a_real_asterisk_apart() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).arg("doctor"));
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let server = out
        .stdout
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("server"))
        .unwrap_or_else(|| panic!("no server line: {}", out.stdout));
    assert!(
        server.contains("ari sim (simulating Asterisk 22.10.1)"),
        "{server}"
    );
    let Some(asterisk) = crate::support::asterisk::shared("doctor on a real Asterisk") else {
        return;
    };
    let out = run(sb.ari().args(["--url", &asterisk.url, "doctor"]));
    let server = out
        .stdout
        .lines()
        .find(|l| l.split_whitespace().nth(1) == Some("server"))
        .unwrap_or_else(|| panic!("no server line: {}", out.stdout));
    assert!(
        server.ends_with("server           Asterisk 22.10.1"),
        "{server}"
    );
    assert!(!out.stdout.contains("ari sim"), "{}", out.stdout);
}

#[test]
fn sim_commands_against_a_real_asterisk_say_it_is_not_the_simulator() {
    let Some(asterisk) = crate::support::asterisk::shared("ari sim call against a real Asterisk")
    else {
        return;
    };
    let sb = Sandbox::new();
    for args in [
        vec!["sim", "call", "--app", "hello"],
        vec!["sim", "dtmf", "1.1", "12"],
        vec!["sim", "hangup", "1.1"],
    ] {
        let out = run(sb.ari().args(["--url", &asterisk.url]).args(&args));
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        let line = out.one_error_line();
        assert!(
            line.starts_with(
                "ari: this is not ari sim: Asterisk 22.10.1 answers at http://127.0.0.1:"
            ),
            "{line}"
        );
        assert!(
            out.stderr.contains("hint: start one with `ari sim`"),
            "{}",
            out.stderr
        );
    }
}
