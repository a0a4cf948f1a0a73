//! Operations newer than the server: one line that names the releases that
//! have the operation and the server's own version, as the documented 404.

use crate::support::asterisk::Asterisk;
use crate::support::{Reply, Sandbox, TestServer, run};

/// A server of `version` where every path but `asterisk/info` is unknown.
fn server_of(version: &'static str) -> TestServer {
    TestServer::start(move |req| {
        if req.path.starts_with("/ari/asterisk/info") {
            Reply::json(200, &format!(r#"{{"system": {{"version": "{version}"}}}}"#))
        } else {
            Reply::json(404, r#"{"message": "Resource not found"}"#)
        }
    })
}

#[test]
fn an_operation_newer_than_the_server_names_the_versions_that_have_it() {
    let server = server_of("20.6.0");
    let sb = Sandbox::new();
    let out = run(sb
        .ari_at(&server)
        .args(["bridges", "get-var", "b1", "--variable", "X"]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(
        out.one_error_line(),
        "ari: bridges get-var needs Asterisk 20.20.0, 22.10.0 or 23.4.0; this server is 20.6.0"
    );
    // A server new enough gets Asterisk's own answer: the version is not the reason.
    let newer = server_of("22.10.1");
    let out = run(sb
        .ari_at(&newer)
        .args(["bridges", "get-var", "b1", "--variable", "X"]));
    assert_eq!(out.code, 5);
    assert!(
        out.one_error_line()
            .starts_with("ari: 404 Not Found: Resource not found"),
        "{}",
        out.stderr
    );
}

/// On the real Asterisk 20.6.0 (Ubuntu 24.04's): one of the operations it
/// lacks, and a plain missing object, which stays what it was.
#[test]
fn asterisk_20_6_says_which_operations_it_lacks() {
    let Some(pbx) = Asterisk::start_version("operations 20.6.0 lacks", "20.6.0") else {
        return;
    };
    let sb = Sandbox::new();
    let bridge = run(sb
        .ari()
        .args(["--url", &pbx.url, "bridges", "create", "-q"]))
    .ok()
    .to_string();
    let out = run(sb.ari().args([
        "--url",
        &pbx.url,
        "bridges",
        "get-var",
        &bridge,
        "--variable",
        "X",
    ]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(
        out.one_error_line(),
        "ari: bridges get-var needs Asterisk 20.20.0, 22.10.0 or 23.4.0; this server is 20.6.0"
    );
    let out = run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "get", "nosuch"]));
    assert_eq!(out.code, 5);
    assert!(
        out.one_error_line().contains("Channel not found"),
        "{}",
        out.stderr
    );
    run(sb
        .ari()
        .args(["--url", &pbx.url, "bridges", "destroy", &bridge]));
    // --via websocket says at once what it needs (it waited 30 s for an
    // answer 20.6.0 never sends); the version is then kept a minute.
    for _ in 0..2 {
        let out = run(sb
            .ari()
            .args(["--url", &pbx.url, "--via", "websocket", "asterisk", "ping"]));
        assert_eq!(out.code, 7, "{}", out.stderr);
        assert_eq!(
            out.one_error_line(),
            "ari: --via websocket needs Asterisk 20.14.0, 21.9.0 or 22.4.0; this server is 20.6.0"
        );
    }
    // `events claim` is one of the operations it lacks.
    let out = run(sb.ari().args([
        "--url",
        &pbx.url,
        "events",
        "claim",
        "--channel-id",
        "x",
        "--application",
        "y",
    ]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(
        out.one_error_line(),
        "ari: events claim needs Asterisk 20.17.0, 22.7.0 or 23.1.0; this server is 20.6.0"
    );
    // --listen asks the server named before it waits for a connection
    // this one cannot make.
    for words in [
        &["events", "--listen", "127.0.0.1:0"][..],
        &["repl", "--listen", "127.0.0.1:0"][..],
        &[
            "serve",
            "--app",
            "x",
            "--listen",
            "127.0.0.1:0",
            "--",
            "true",
        ][..],
    ] {
        let out = run(sb.ari().args(["--url", &pbx.url]).args(words));
        assert_eq!(out.code, 7, "{words:?}: {}", out.stderr);
        assert_eq!(
            out.one_error_line(),
            "ari: --listen (Asterisk's outbound WebSocket) needs Asterisk 20.15.0, 21.10.0 or 22.5.0; this server is 20.6.0"
        );
    }
    // `ari doctor` lists what this server lacks, by release.
    let doctor = sb
        .ari()
        .args(["--url", &pbx.url, "doctor"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&doctor.stdout);
    assert!(
        text.contains("ari knows 9 operations this server lacks: channels progress (Asterisk 20.16.0, 21.11.0 or 22.6.0); channels get-vars, channels set-vars, bridges get-var"),
        "{text}"
    );
    assert!(text.contains("has no outbound WebSockets"), "{text}");
    // And the security fixes it predates.
    for id in [
        "GHSA-v6hp-wh3r-cwxh",
        "GHSA-4pgv-j3mr-3rcp",
        "GHSA-vrfp-mg3q-3959",
        "GHSA-wcvv-g26m-wx5c",
    ] {
        assert!(
            text.contains(&format!("predates the fix for {id}")),
            "{text}"
        );
    }
}

/// `ari sim --asterisk-version 20.6.0` plays that server: its version, the
/// operations it lacks (404 as Asterisk answers), no REST over WebSocket.
#[test]
fn the_simulator_plays_an_older_asterisk() {
    let sim = crate::support::sim_with(|o| o.asterisk_version = "20.6.0".into());
    let sb = Sandbox::new();
    let version = run(sb
        .ari_sim(&sim)
        .args(["asterisk", "info", "--jq", ".system.version"]));
    assert_eq!(version.ok(), "20.6.0");
    let bridge = run(sb.ari_sim(&sim).args(["bridges", "create", "-q"]))
        .ok()
        .to_string();
    let out = run(sb
        .ari_sim(&sim)
        .args(["bridges", "get-var", &bridge, "--variable", "X"]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(
        out.one_error_line(),
        "ari: bridges get-var needs Asterisk 20.20.0, 22.10.0 or 23.4.0; this server is 20.6.0"
    );
    let out = run(sb
        .ari_sim(&sim)
        .args(["--via", "websocket", "asterisk", "ping"]));
    assert_eq!(out.code, 7, "{}", out.stderr);
    let out = run(sb.ari().args(["sim", "--asterisk-version", "latest"]));
    assert_eq!(out.code, 2, "{}", out.stderr);
}
