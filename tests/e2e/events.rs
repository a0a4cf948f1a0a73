//! `ari events` and `--wait`: the real binary, against the simulator and a
//! scripted WebSocket server that misbehaves on purpose.

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::calls::{Call, Originate};
use crate::support::tail::{Tail, until_registered};
use crate::support::ws_server::{Step, WsServer};
use crate::support::{Sandbox, run, sim};

const WAIT: Duration = Duration::from_secs(20);

/// Wait until a new private application (the name `ari events` registers
/// when given no app) is connected; returns its name.
fn private_registered(sim: &ari::sim::SimHandle, except: &[String]) -> String {
    let deadline = Instant::now() + WAIT;
    loop {
        let found = sim
            .sim
            .lock()
            .apps
            .values()
            .find(|a| a.name.starts_with("ari-") && a.conn.is_some() && !except.contains(&a.name))
            .map(|a| a.name.clone());
        if let Some(name) = found {
            return name;
        }
        assert!(Instant::now() < deadline, "no private app registered");
        std::thread::yield_now();
    }
}

#[test]
fn until_with_jq_gives_a_script_the_channel_id() {
    let sim = sim();
    let sb = Sandbox::new();
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app",
            "hello",
            "--until",
            "StasisStart",
            "--jq",
            ".channel.id",
            "--timeout",
            "20",
        ],
    );
    until_registered(&sim, "hello");
    let chan = sb.sim_call(&sim, "hello");
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines, vec![chan]);
}

#[test]
fn a_timeout_without_a_match_is_exit_9() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).args([
        "events",
        "--app",
        "quiet",
        "--until",
        "StasisStart",
        "--timeout",
        "0.3",
    ]));
    assert_eq!(out.code, 9);
    assert_eq!(
        out.one_error_line(),
        "ari: no matching event within 0.3s (--timeout)"
    );
}

#[test]
fn no_app_means_a_private_subscribe_all_name_that_sees_everything() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut hello = crate::support::ws::Events::connect(sim.addr, "app=hello");
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "-o",
            "json",
            "--type",
            "Channel*",
            "--exclude-type",
            "ChannelVarset",
        ],
    );
    private_registered(&sim, &[]);
    let chan = sb.sim_call(&sim, "hello");
    hello.wait_channel("StasisStart", &chan);
    let first = tail.event();
    assert_eq!(first["type"], "ChannelCreated");
    assert_eq!(first["channel"]["id"], chan.as_str());
    assert!(first["application"].as_str().unwrap().starts_with("ari-"));
    // It is nobody's application: hello still owns its call.
    assert!(sim.sim.lock().registered("hello"));
    let (code, rest, _) = tail.interrupt();
    assert_eq!(code, Some(130));
    let types: Vec<String> = rest
        .iter()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        types
            .iter()
            .all(|t| t.starts_with("Channel") && t != "ChannelVarset"),
        "{types:?}"
    );
}

#[test]
fn an_app_held_elsewhere_is_not_taken_unless_asked_and_replaced_ends_the_tail() {
    let sim = sim();
    let sb = Sandbox::new();
    let _owner = crate::support::ws::Events::connect(sim.addr, "app=hello");
    let out = run(sb.ari_sim(&sim).args(["events", "--app", "hello"]));
    assert_eq!(out.code, 6);
    assert!(
        out.one_error_line()
            .contains("is registered by another connection"),
        "{}",
        out.stderr
    );

    let first = Tail::start(
        &sb,
        &sim.url(),
        &["--app", "hello", "--take-over", "-o", "json"],
    );
    // The first tail holds the app once the owner has heard ApplicationReplaced.
    let mut owner = _owner;
    owner.wait_type("ApplicationReplaced");
    let second = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app",
            "hello",
            "--take-over",
            "--count",
            "1",
            "-o",
            "json",
        ],
    );
    let (code, _, stderr) = first.finish();
    assert_eq!(code, Some(6));
    assert!(
        stderr.contains("application 'hello' was taken over by another connection"),
        "{stderr}"
    );
    let (code, _, _) = second.interrupt();
    assert_eq!(code, Some(130));
}

#[test]
fn filters_follow_a_channel_and_match_fields() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut hello = crate::support::ws::Events::connect(sim.addr, "app=hello");
    let a = sb.sim_call(&sim, "hello");
    let b = sb.sim_call(&sim, "hello");
    hello.wait_channel("StasisStart", &a);
    hello.wait_channel("StasisStart", &b);
    let tail = Tail::start(&sb, &sim.url(), &["--channel", &a, "-o", "json"]);
    let first = private_registered(&sim, &[]);
    let bridge = run(sb.ari_sim(&sim).args(["bridges", "create", "--jq", ".id"]))
        .ok()
        .to_string();
    run(sb.ari_sim(&sim).args([
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &format!("{a},{b}"),
    ]))
    .ok();
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "play", &bridge, "--media", "sound:beep"]))
    .ok();
    // The playback ends first (the key presses wait for it: a fast `ari`
    // once pressed them before the beep was over).
    let mut seen = Vec::new();
    while !seen.iter().any(|k| k == "PlaybackFinished") {
        let event = tail.event();
        seen.push(event["type"].as_str().unwrap().to_string());
    }
    run(sb.ari_sim(&sim).args(["sim", "dtmf", &b, "7"])).ok();
    run(sb.ari_sim(&sim).args(["sim", "dtmf", &a, "9"])).ok();
    loop {
        let event = tail.event();
        let kind = event["type"].as_str().unwrap().to_string();
        seen.push(kind.clone());
        if kind == "ChannelDtmfReceived" {
            assert_eq!(event["digit"], "9", "b's digit leaked through: {seen:?}");
            break;
        }
    }
    // a entered the bridge (b's entry carries a in the members, too), and the
    // bridge-wide playback counts as about a.
    assert!(
        seen.contains(&"ChannelEnteredBridge".to_string()),
        "{seen:?}"
    );
    assert!(seen.contains(&"PlaybackFinished".to_string()), "{seen:?}");
    tail.interrupt();

    // --match on a field: only b's key press passes.
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--match",
            &format!("channel.id={b}"),
            "--type",
            "ChannelDtmf*",
            "--count",
            "1",
            "--jq",
            ".digit",
        ],
    );
    private_registered(&sim, &[first]);
    run(sb.ari_sim(&sim).args(["sim", "dtmf", &a, "1"])).ok();
    run(sb.ari_sim(&sim).args(["sim", "dtmf", &b, "2"])).ok();
    let (code, lines, stderr) = tail.finish();
    assert_eq!((code, lines), (Some(0), vec!["2".to_string()]), "{stderr}");
}

#[test]
fn summary_lines_and_pretty_headers() {
    let sim = sim();
    let sb = Sandbox::new();
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &["--app", "hello", "-o", "summary", "--count", "2"],
    );
    until_registered(&sim, "hello");
    run(sb.ari_sim(&sim).args([
        "sim",
        "call",
        "--app",
        "hello",
        "--digits",
        "5",
        "--caller",
        "Dan <1004>",
    ]))
    .ok();
    let start = tail.line();
    let dtmf = tail.line();
    assert!(
        start.contains("StasisStart")
            && start.contains("Dan <1004>")
            && start.contains("hello  from [hello@default:3]"),
        "{start}"
    );
    assert!(
        dtmf.contains("ChannelDtmfReceived") && dtmf.contains("digit 5"),
        "{dtmf}"
    );
    assert_eq!(tail.finish().0, Some(0));

    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app", "other", "-o", "pretty", "--color", "always", "--count", "1",
        ],
    );
    until_registered(&sim, "other");
    run(sb
        .ari_sim(&sim)
        .args(["events", "user", "ping", "--application", "other"]))
    .ok();
    let header = tail.line();
    assert!(
        header.contains("ChannelUserevent") && header.contains('\u{1b}'),
        "{header}"
    );
    let (code, body, _) = tail.finish();
    assert_eq!(code, Some(0));
    assert!(body.iter().any(|l| l.contains("eventname")), "{body:?}");
}

#[test]
fn originate_and_play_wait_for_their_events() {
    let sim = sim();
    let sb = Sandbox::new();
    let chan = sb
        .ari_sim(&sim)
        .originate_into_stasis(Call::to_app("PJSIP/alice", "script"));
    assert!(sim.sim.lock().channels.contains_key(&chan));
    let out = run(sb.ari_sim(&sim).args([
        "channels",
        "play",
        &chan,
        "--media",
        "sound:hello-world",
        "--wait",
        "PlaybackFinished",
        "--jq",
        ".playback.state",
    ]));
    assert_eq!(out.ok(), "done");
    let out = run(sb.ari_sim(&sim).args([
        "channels",
        "record",
        &chan,
        "--name",
        "r1",
        "--format",
        "wav",
        "--max-duration-seconds",
        "1",
        "--wait",
        "RecordingFinished",
        "--jq",
        ".recording.duration",
    ]));
    assert_eq!(out.ok(), "1");
    // A phone that is busy never gets to StasisStart.
    let out = run(sb.ari_sim(&sim).args([
        "channels",
        "originate",
        "--endpoint",
        "PJSIP/busy",
        "--app",
        "script",
        "--wait",
        "StasisStart",
    ]));
    assert_eq!(out.code, 9);
    assert!(
        out.one_error_line()
            .contains("was hung up (cause 17, User busy) before StasisStart"),
        "{}",
        out.stderr
    );
    // A wait that runs out.
    let out = run(sb.ari_sim(&sim).args([
        "channels",
        "originate",
        "--endpoint",
        "PJSIP/noanswer",
        "--app",
        "script",
        "--wait",
        "StasisStart",
        "--wait-timeout",
        "0.3",
    ]));
    assert_eq!(out.code, 9);
    assert!(
        out.one_error_line().contains("no StasisStart for channel"),
        "{}",
        out.stderr
    );
    // Waiting for StasisStart needs the app.
    let out = run(sb.ari_sim(&sim).args([
        "channels",
        "originate",
        "--endpoint",
        "PJSIP/alice",
        "--extension",
        "s",
        "--wait",
        "StasisStart",
    ]));
    assert_eq!(out.code, 2);
}

#[test]
fn bad_frames_are_reported_and_skipped() {
    let huge = "x".repeat(16 << 20);
    let server = WsServer::start(vec![vec![
        Step::Text("not json at all".into()),
        Step::Binary(32),
        Step::Text(String::new()),
        Step::Text("[1, 2, 3]".into()),
        Step::Text(crate::support::ws_server::event(1)),
        Step::Text(huge),
        Step::Text(crate::support::ws_server::event(2)),
        Step::Close,
    ]]);
    let sb = Sandbox::new();
    let out = run(sb.ari().args([
        "--url",
        &server.url("http"),
        "events",
        "--app",
        "x",
        "--take-over",
        "--count",
        "2",
        "-o",
        "json",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 2);
    for line in out.stdout.lines() {
        serde_json::from_str::<serde_json::Value>(line).expect("only events on stdout");
    }
    for expected in [
        "skipped a frame that is not JSON (15 bytes): not json at all",
        "skipped a binary frame of 32 bytes",
        "skipped an empty frame",
        "skipped a frame that is not an event: [1, 2, 3]",
        "skipped a frame that is not JSON (16777216 bytes): xxxxxxxx",
    ] {
        assert!(
            out.stderr.contains(expected),
            "{expected} missing in {}",
            out.stderr
        );
    }
    assert!(out.stderr.len() < 2000, "the huge frame must not be echoed");
}

#[test]
fn a_dropped_connection_is_resumed_or_with_no_reconnect_exit_3() {
    let server = WsServer::start(vec![
        vec![Step::Text(crate::support::ws_server::event(1)), Step::Close],
        vec![Step::Text(crate::support::ws_server::event(2))],
    ]);
    let sb = Sandbox::new();
    let url = server.url("http");
    let out = run(sb.ari().args([
        "--url",
        &url,
        "events",
        "--app",
        "x",
        "--take-over",
        "--count",
        "2",
        "-o",
        "json",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("ari: connection lost (closed by the server"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("ari: reconnected after"),
        "{}",
        out.stderr
    );
    let ids: Vec<String> = out
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["channel"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["1795345666.1", "1795345666.2"]);

    let server = WsServer::start(vec![vec![Step::Close]]);
    let out = run(sb.ari().args([
        "--url",
        &server.url("http"),
        "events",
        "--app",
        "x",
        "--take-over",
        "--no-reconnect",
    ]));
    assert_eq!(out.code, 3);
    assert!(
        out.one_error_line()
            .starts_with("ari: connection lost: closed by the server"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_half_open_connection_is_found_by_keepalive_and_replaced() {
    let server = WsServer::start(vec![
        vec![Step::Silent],
        vec![Step::Text(crate::support::ws_server::event(3))],
    ]);
    let sb = Sandbox::new();
    let out = run(sb.ari().args([
        "--url",
        &server.url("http"),
        "events",
        "--app",
        "x",
        "--take-over",
        "--keepalive",
        "0.2",
        "--count",
        "1",
        "-o",
        "json",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("no answer to a keepalive ping within 0.2s"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("1795345666.3"));
}

#[test]
fn the_tail_resumes_when_the_server_comes_back_on_the_same_port() {
    let first = sim();
    let addr = first.addr;
    let sb = Sandbox::new();
    let tail = Tail::start(
        &sb,
        &first.url(),
        &[
            "--app",
            "hello",
            "-o",
            "json",
            "--until",
            "StasisStart",
            "--jq",
            ".channel.id",
        ],
    );
    until_registered(&first, "hello");
    drop(first);
    // The port is free once the first simulator's listener has closed
    // (its shutdown finishes on its own thread): try until it is.
    let deadline = std::time::Instant::now() + WAIT;
    let second = loop {
        match ari::sim::spawn(ari::sim::SimOptions {
            listen: addr.to_string(),
            seed: Some(2),
            time_scale: 0.05,
            ..Default::default()
        }) {
            Ok(sim) => break sim,
            Err(_) if std::time::Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(e) => panic!("the port did not come free: {e:?}"),
        }
    };
    until_registered(&second, "hello");
    let chan = run(sb
        .ari_sim(&second)
        .args(["sim", "call", "--app", "hello", "--jq", ".id"]))
    .ok()
    .to_string();
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines, vec![chan]);
    assert!(
        stderr.contains("connection lost") && stderr.contains("reconnected after"),
        "{stderr}"
    );
}

#[test]
fn wrong_credentials_end_at_once_with_exit_4() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).args([
        "-u",
        "asterisk:wrong",
        "events",
        "--app",
        "hello",
        "--take-over",
    ]));
    assert_eq!(out.code, 4);
    assert_eq!(
        out.one_error_line(),
        "ari: 401 Unauthorized: Authentication required (GET /ari/events)"
    );
}

#[test]
fn a_slow_reader_loses_nothing_and_memory_stays_flat() {
    const EVENTS: usize = 100_000;
    let server = WsServer::start(vec![vec![Step::Flood(EVENTS), Step::Hold]]);
    let sb = Sandbox::new();
    let mut child = sb
        .std_ari()
        .args([
            "--url",
            &server.url("http"),
            "events",
            "--app",
            "x",
            "--take-over",
            "-o",
            "json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    let mut count = 0;
    while count < EVENTS {
        line.clear();
        assert!(
            reader.read_line(&mut line).unwrap() > 0,
            "stream ended after {count}"
        );
        count += 1;
        if count == 1_000 {
            // The slow part: stop reading while the server keeps sending.
            std::thread::sleep(Duration::from_secs(2));
        }
    }
    assert!(
        line.contains(&format!("1795345666.{}", EVENTS - 1)),
        "{line}"
    );
    let status =
        std::fs::read_to_string(format!("/proc/{}/status", child.id())).unwrap_or_default();
    let peak_kb: u64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let _ = child.kill();
    let _ = child.wait();
    // 100,000 events are ~60 MB of JSON: holding them would show.
    assert!(peak_kb > 0 && peak_kb < 30_000, "peak RSS {peak_kb} kB");
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let server = WsServer::start(vec![vec![Step::Flood(50_000), Step::Hold]]);
    let sb = Sandbox::new();
    let mut child = sb
        .std_ari()
        .args([
            "--url",
            &server.url("http"),
            "events",
            "--app",
            "x",
            "--take-over",
            "-o",
            "json",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 100];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[test]
fn wss_for_https_profiles() {
    use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()]).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(ck.signing_key.serialize_der()));
    let config = rustls::ServerConfig::builder_with_provider(std::sync::Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .unwrap()
    .with_no_client_auth()
    .with_single_cert(vec![ck.cert.der().clone()], key)
    .unwrap();
    let server = WsServer::start_on(
        "127.0.0.1:0",
        vec![vec![Step::Text(crate::support::ws_server::event(4))]],
        Some(std::sync::Arc::new(config)),
    );
    let sb = Sandbox::new();
    let ca = sb.path().join("ca.pem");
    std::fs::write(&ca, ck.cert.pem()).unwrap();
    let url = server.url("https");
    let out = run(sb.ari().args([
        "--url",
        &url,
        "--cacert",
        ca.to_str().unwrap(),
        "events",
        "--app",
        "x",
        "--take-over",
        "--count",
        "1",
        "--jq",
        ".digit",
    ]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "4\n"),
        "{}",
        out.stderr
    );
    let out = run(sb.ari().args([
        "--url",
        &url,
        "events",
        "--app",
        "x",
        "--take-over",
        "--count",
        "1",
    ]));
    assert_eq!(out.code, 3);
    assert!(
        out.one_error_line().contains("TLS handshake"),
        "{}",
        out.stderr
    );
}
