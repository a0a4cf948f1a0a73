//! REST over the WebSocket: `--via websocket` (requests on the events
//! WebSocket `ari` opens), `--wait` over that same connection, and
//! `ari repl --listen` (requests on the connections Asterisk opens, persistent
//! or one per call). Against `ari sim` and the real Asterisk 22.10.1. The
//! REPLs here are given a URL where nothing listens: every answer they get
//! came over a WebSocket.

use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect, Regex};

use crate::support::asterisk::{self, Asterisk};
use crate::support::calls::{Call, Originate};
use crate::support::outbound_conf::{outbound_conf, outbound_conf_with};
use crate::support::pty::{line, spawn_repl};
use crate::support::ws_server::{Step, WsServer};
use crate::support::{Sandbox, closed_port, run, sim, sim_with};

/// The same command over HTTP and over the events WebSocket: same stdout,
/// same stderr, same exit code.
fn same_both_ways(sb: &Sandbox, url: &str, args: &[&str]) -> (i32, String) {
    let http = run(sb.ari().args(["--url", url]).args(args));
    let ws = run(sb
        .ari()
        .args(["--url", url, "--via", "websocket"])
        .args(args));
    assert_eq!(
        (ws.code, &ws.stdout, &ws.stderr),
        (http.code, &http.stdout, &http.stderr),
        "`{}` over the WebSocket differs from HTTP",
        args.join(" ")
    );
    (ws.code, ws.stdout)
}

#[test]
fn over_the_events_websocket_output_errors_and_exit_codes_are_those_of_http() {
    let sim = sim();
    let sb = Sandbox::new();
    let url = sim.url();
    let (code, out) = same_both_ways(
        &sb,
        &url,
        &["asterisk", "info", "--only", "build", "--jq", ".build.os"],
    );
    assert_eq!((code, out.trim()), (0, "Linux"));
    let (code, _) = same_both_ways(&sb, &url, &["channels", "get", "nope"]);
    assert_eq!(code, 5);
    let (code, _) = same_both_ways(
        &sb,
        &url,
        &[
            "asterisk",
            "set-config",
            "res_nothing",
            "thing",
            "x",
            "--attr",
            "a=b",
        ],
    );
    assert_ne!(code, 0);
    let (code, _) = same_both_ways(&sb, &url, &["bridges", "create", "--type", "nonsense"]);
    assert_eq!(code, 8, "Asterisk's 500");

    // Path, query and body parameters, each request on its own connection.
    let ws = |args: &[&str]| {
        let out = run(sb
            .ari()
            .args(["--url", &url, "--via", "websocket"])
            .args(args));
        assert_eq!(out.code, 0, "`{}`: {}", args.join(" "), out.stderr);
        out.stdout.trim().to_string()
    };
    let id = ws(&[
        "channels",
        "originate",
        "--id",
        "wsc",
        "--endpoint",
        "Local/wait@lab",
        "--context",
        "lab",
        "--extension",
        "wait",
        "--var",
        "WSVAR=over the socket",
        "--jq",
        ".id",
    ]);
    assert_eq!(id, "wsc");
    assert_eq!(
        ws(&[
            "channels",
            "get-var",
            "wsc",
            "--variable",
            "WSVAR",
            "--jq",
            ".value"
        ]),
        "over the socket"
    );
    // A bridge needs no application to be played to and recorded.
    assert_eq!(
        ws(&[
            "bridges", "create", "--type", "mixing", "--id", "wsb", "--jq", ".id"
        ]),
        "wsb"
    );
    assert_eq!(
        ws(&[
            "bridges",
            "play",
            "wsb",
            "--media",
            "sound:hello-world",
            "--jq",
            ".media_uri"
        ]),
        "sound:hello-world"
    );
    assert_eq!(
        ws(&[
            "bridges", "record", "wsb", "--name", "wsr", "--format", "wav", "--jq", ".name"
        ]),
        "wsr"
    );
    assert_eq!(ws(&["channels", "hangup", "wsc"]), "");
}

#[test]
fn verbose_shows_the_frames_and_no_secret() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari().args([
        "--url",
        &sim.url(),
        "--via",
        "websocket",
        "-v",
        "channels",
        "get",
        "nope",
    ]));
    assert_eq!(out.code, 5);
    assert!(
        out.stderr.contains(r#""type":"RESTRequest""#)
            && out.stderr.contains(r#""uri":"channels/nope""#),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("< RESTResponse 404"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("YXN0ZXJpc2s6YXN0ZXJpc2s="),
        "{}",
        out.stderr
    );
}

#[test]
fn a_request_nobody_answers_fails_with_exit_3_at_max_time() {
    // A server that takes the WebSocket and never answers a RESTRequest (an
    // Asterisk older than 22.4 ignores them).
    let server = WsServer::start(vec![vec![Step::Hold]]);
    let sb = Sandbox::new();
    let out = run(sb.ari().args([
        "--url",
        &server.url("http"),
        "--via",
        "websocket",
        "--max-time",
        "0.5",
        "asterisk",
        "ping",
    ]));
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.one_error_line()
            .starts_with("ari: no answer over the WebSocket within 0.5s (GET /ari/asterisk/ping)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("22.4"),
        "the hint names the versions: {}",
        out.stderr
    );
}

#[test]
fn wait_sends_its_request_on_the_websocket_it_listens_on() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari().args([
        "--url",
        &sim.url(),
        "--via",
        "websocket",
        "-v",
        "channels",
        "originate",
        "--endpoint",
        "Local/echo@lab",
        "--app",
        "waitws",
        "--wait",
        "StasisStart",
        "--jq",
        ".type",
    ]));
    assert_eq!(
        (out.code, out.stdout.trim()),
        (0, "StasisStart"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(r#""type":"RESTRequest""#),
        "{}",
        out.stderr
    );
}

#[test]
fn a_repl_session_via_websocket_sends_every_line_over_one_connection() {
    let sim = sim();
    let sb = Sandbox::new();
    let script = "asterisk ping --jq .ping\n\
                  bridges create --id viab --jq .id\n\
                  bridges get viab --jq .id\n\
                  channels get nope\n";
    let out = run(sb
        .ari_sim(&sim)
        .args(["-v", "--via", "websocket", "repl"])
        .write_stdin(script));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(out.stdout, "pong\nviab\nviab\n");
    assert_eq!(
        out.stderr.matches(r#""type":"RESTRequest""#).count(),
        4,
        "every line went over the WebSocket: {}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("ari: line 4: 404 Not Found: Channel not found (GET /ari/channels/nope)"),
        "{}",
        out.stderr
    );
    // One connection for the session: one upgrade in the -v trace at most,
    // and never a plain HTTP request.
    assert!(
        !out.stderr.contains("> GET /ari/asterisk"),
        "{}",
        out.stderr
    );
}

/// `ari repl --listen` in a pseudo-terminal, with no HTTP server at all.
fn listening_repl(sb: &Sandbox, port: u16) -> Session {
    let mut cmd = sb.std_ari();
    cmd.args([
        "--url",
        &format!("http://127.0.0.1:{}", closed_port()),
        "repl",
        "--listen",
        &format!("127.0.0.1:{port}"),
    ])
    .env("NO_COLOR", "1")
    .env("COLUMNS", "200");
    spawn_repl(cmd, (250, 50))
}

/// Wait for a line above the prompt.
fn above(s: &mut Session, pattern: &str) -> String {
    match s.expect(Regex(pattern)) {
        Ok(found) => String::from_utf8_lossy(found.get(0).unwrap_or_default()).into_owned(),
        Err(e) => panic!("nothing matched {pattern}: {e}"),
    }
}

#[test]
fn a_repl_script_runs_over_the_connection_the_simulator_opened() {
    let port = closed_port();
    let sim = sim_with(|o| o.outbound = vec![(format!("ws://127.0.0.1:{port}/"), "obapp".into())]);
    let sb = Sandbox::new();
    let script = "channels originate --id rc --endpoint Local/wait@lab --app obapp --var X=1 --jq .id\n\
                  channels get-var rc --variable X --jq .value\n\
                  channels play rc --media sound:hello-world --jq .state\n\
                  connections\n\
                  channels hangup rc\n\
                  channels get rc\n";
    let out = run(sb
        .ari()
        .args(["--url", &format!("http://127.0.0.1:{}", closed_port())])
        .args(["repl", "--listen", &format!("127.0.0.1:{port}")])
        .write_stdin(script));
    assert_eq!(out.code, 5, "stops at the missing channel: {}", out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines[..3], ["rc", "1", "queued"], "{}", out.stdout);
    assert!(
        lines[3].starts_with("* ws1 from 127.0.0.1:"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("ari: line 6: 404 Not Found: Channel not found (GET /ari/channels/rc)"),
        "{}",
        out.stderr
    );
    // Its events were shown, tagged with the connection.
    assert!(
        out.stderr.contains("uri = ws://127.0.0.1:"),
        "{}",
        out.stderr
    );
    assert!(
        regex_line(&out.stderr, "ws1 ", "StasisStart"),
        "{}",
        out.stderr
    );
    drop(sim);
}

fn regex_line(text: &str, start: &str, containing: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with(start) && l.contains(containing))
}

#[test]
fn per_call_connections_carry_their_calls_commands_and_close_with_them() {
    let port = closed_port();
    let sim = sim_with(|o| o.per_call = vec![(format!("ws://127.0.0.1:{port}/"), "hello".into())]);
    let sb = Sandbox::new();
    let mut s = listening_repl(&sb, port);
    // hello@lab runs Stasis(hello,world): each call connects for itself.
    for n in 1..=2 {
        sb.ari_sim(&sim).originate(Call::to_wait("Local/hello@lab"));
        above(&mut s, &format!("connection ws{n} from 127.0.0.1:"));
        above(
            &mut s,
            &format!(
                "ws{n} [^\\n]*StasisStart[^\\n]*hello:Local/hello@lab-0000000{}",
                n - 1
            ),
        );
    }
    let in_stasis = |nth: usize| {
        run(sb.ari_sim(&sim).args([
            "channels",
            "list",
            "--jq",
            &format!(r#"[.[] | select(.name | endswith(";2"))] | sort_by(.name) | .[{nth}].id"#),
        ]))
        .ok()
        .to_string()
    };
    let (first, second) = (in_stasis(0), in_stasis(1));
    let out = line(&mut s, "connections");
    assert!(
        out.contains("  ws1 from") && out.contains("* ws2 from"),
        "{out}"
    );
    // Commands go over the newest connection, or the chosen one.
    let out = line(
        &mut s,
        &format!("channels play {second} --media sound:hello-world --jq .target_uri"),
    );
    assert!(out.contains(&format!("channel:{second}")), "{out}");
    line(&mut s, "connection ws1");
    s.send_line(format!("channels hangup {first}")).unwrap();
    above(&mut s, "ws1 [^\\n]*StasisEnd");
    above(&mut s, "connection ws1 closed");
    // With ws1 gone, ws2 (still open) carries the rest.
    s.send(ControlCode::NAK).unwrap();
    let out = line(&mut s, "connections");
    assert!(out.contains("* ws2 from") && !out.contains("ws1"), "{out}");
    s.send_line(format!("channels hangup {second}")).unwrap();
    above(&mut s, "connection ws2 closed");
    drop(sim);
}

#[test]
fn a_real_asterisk_s_persistent_connection_carries_a_calls_commands() {
    let port = closed_port();
    let conf = outbound_conf(port, "persistent", "obapp");
    let sb = Sandbox::new();
    let mut s = listening_repl(&sb, port);
    let Some(asterisk) =
        Asterisk::start_with_conf("REST over a real outbound WebSocket", conf.path())
    else {
        return;
    };
    above(&mut s, "ws1 [^\\n]*ApplicationRegistered[^\\n]*obapp");
    let chan = sb
        .ari()
        .args(["--url", &asterisk.url])
        .originate(Call::to_app("Local/wait@lab", "obapp"));
    above(
        &mut s,
        &format!("ws1 [^\\n]*StasisStart[^\\n]*{}", regex_escape(&chan)),
    );
    let out = line(&mut s, &format!("channels answer {chan}"));
    assert!(!out.contains("ari:"), "{out}");
    s.send_line(format!(
        "channels play {chan} --media sound:hello-world --jq .media_uri"
    ))
    .unwrap();
    above(&mut s, "sound:hello-world");
    above(&mut s, "ws1 [^\\n]*PlaybackFinished");
    s.send_line(format!("channels hangup {chan}")).unwrap();
    above(&mut s, "ws1 [^\\n]*StasisEnd");
}

#[test]
fn a_real_asterisk_s_per_call_connection_opens_at_stasis_and_closes_after() {
    let port = closed_port();
    let conf = outbound_conf(port, "per_call_config", "hello");
    let sb = Sandbox::new();
    let mut s = listening_repl(&sb, port);
    let Some(asterisk) =
        Asterisk::start_with_conf("REST over a real per-call WebSocket", conf.path())
    else {
        return;
    };
    sb.ari()
        .args(["--url", &asterisk.url])
        .originate(Call::to_wait("Local/hello@lab"));
    above(&mut s, "connection ws1 from 127.0.0.1:");
    above(&mut s, "ws1 [^\\n]*StasisStart");
    let chan = run(sb.ari().args([
        "--url",
        &asterisk.url,
        "channels",
        "list",
        "--jq",
        r#".[] | select(.name | endswith(";2")) | .id"#,
    ]))
    .ok()
    .to_string();
    s.send_line(format!(
        "channels play {chan} --media sound:hello-world --jq .state"
    ))
    .unwrap();
    above(&mut s, "ws1 [^\\n]*PlaybackFinished");
    // Back to the dialplan: Stasis() returns and the connection closes.
    s.send_line(format!("channels continue {chan}")).unwrap();
    above(&mut s, "ws1 [^\\n]*StasisEnd");
    above(&mut s, "connection ws1 closed");
}

#[test]
fn a_real_asterisk_answers_over_its_events_websocket() {
    let Some(asterisk) = asterisk::shared("--via websocket on a real Asterisk") else {
        return;
    };
    let sb = Sandbox::new();
    let url = asterisk.url.as_str();
    let (code, out) = same_both_ways(
        &sb,
        url,
        &[
            "asterisk",
            "info",
            "--only",
            "system",
            "--jq",
            ".system.version",
        ],
    );
    assert_eq!((code, out.trim()), (0, "22.10.1"));
    let (code, _) = same_both_ways(&sb, url, &["channels", "get", "nope"]);
    assert_eq!(code, 5);
    let (code, _) = same_both_ways(&sb, url, &["bridges", "create", "--type", "nonsense"]);
    assert_eq!(code, 8, "Asterisk's 500");
    let app = crate::support::target::name("wsw");
    let out = run(sb.ari().args([
        "--url",
        url,
        "--via",
        "websocket",
        "channels",
        "originate",
        "--endpoint",
        "Local/echo@lab",
        "--app",
        &app,
        "--wait",
        "StasisStart",
        "--jq",
        ".channel.id",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    run(sb
        .ari()
        .args(["--url", url, "channels", "hangup", out.stdout.trim()]))
    .ok();
}

#[test]
fn a_real_asterisk_connects_to_a_wss_listener() {
    let dir = tempfile::tempdir().unwrap();
    let ck = rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string()]).unwrap();
    let cert = dir.path().join("cert.pem");
    let key = dir.path().join("key.pem");
    std::fs::write(&cert, ck.cert.pem()).unwrap();
    std::fs::write(&key, ck.signing_key.serialize_pem()).unwrap();
    let port = closed_port();
    let conf = outbound_conf_with(
        &format!("wss://127.0.0.1:{port}/"),
        "persistent",
        "tlsapp",
        "tls_enabled = yes\nverify_server_cert = no\nverify_server_hostname = no\n",
    );
    let sb = Sandbox::new();
    let tail = crate::support::tail::Tail::start(
        &sb,
        &format!("http://127.0.0.1:{}", closed_port()),
        &[
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--cert",
            cert.to_str().unwrap(),
            "--key",
            key.to_str().unwrap(),
            "-o",
            "json",
            "--count",
            "1",
            "--timeout",
            "30",
        ],
    );
    let Some(_asterisk) = Asterisk::start_with_conf("wss:// outbound WebSocket", conf.path())
    else {
        let _ = tail.interrupt();
        return;
    };
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let doc: serde_json::Value = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(doc["event"]["type"], "ApplicationRegistered", "{doc}");
    assert!(stderr.contains("uri = wss://127.0.0.1:"), "{stderr}");
    assert!(stderr.contains("tls_enabled = yes"), "{stderr}");
}

#[test]
fn a_listener_without_a_usable_certificate_is_a_usage_error() {
    let sb = Sandbox::new();
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    let junk = junk.to_str().unwrap();
    let out = run(sb.ari().args([
        "events",
        "--listen",
        "127.0.0.1:0",
        "--cert",
        junk,
        "--key",
        junk,
    ]));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.one_error_line().contains("junk.pem"), "{}", out.stderr);
    let out = run(sb.ari().args(["repl", "--cert", junk]));
    assert_eq!(
        out.code, 2,
        "--cert needs --listen and --key: {}",
        out.stderr
    );
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if c.is_ascii_alphanumeric() {
                vec![c]
            } else {
                vec!['\\', c]
            }
        })
        .collect()
}
