//! Each documented exit code, provoked for real, with its stderr line.

use crate::support::{Reply, Sandbox, TestServer, closed_port, run};

fn error_for(reply: Reply, args: &[&str]) -> (i32, String, String) {
    let server = TestServer::fixed(reply);
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args(args));
    let line = out.one_error_line().to_string();
    assert!(
        out.stdout.is_empty(),
        "stdout must stay clean on errors: {}",
        out.stdout
    );
    (out.code, line, out.stderr)
}

#[test]
fn http_statuses_map_to_documented_codes_and_lines() {
    let cases: &[(Reply, &[&str], i32, &str)] = &[
        (
            Reply::json(401, r#"{"message": "Authentication required"}"#).header(
                "WWW-Authenticate",
                r#"Basic realm="Asterisk REST Interface""#,
            ),
            &["channels", "list"],
            4,
            "ari: 401 Unauthorized: Authentication required (GET /ari/channels)",
        ),
        (
            Reply::json(403, r#"{"message": "Write access denied"}"#),
            &["bridges", "create", "--type", "holding"],
            4,
            "ari: 403 Forbidden: Write access denied (POST /ari/bridges)",
        ),
        (
            Reply::json(404, r#"{"message": "Channel not found"}"#),
            &["channels", "hangup", "123"],
            5,
            "ari: 404 Not Found: Channel not found (DELETE /ari/channels/123)",
        ),
        (
            Reply::json(409, r#"{"message": "Channel not in Stasis application"}"#),
            &["channels", "answer", "1.2"],
            6,
            "ari: 409 Conflict: Channel not in Stasis application (POST /ari/channels/1.2/answer)",
        ),
        (
            Reply::json(412, r#"{"message": "Channel in invalid state"}"#),
            &["channels", "play", "1.2", "--media", "sound:x"],
            6,
            "ari: 412 Precondition Failed: Channel in invalid state (POST /ari/channels/1.2/play)",
        ),
        (
            Reply::json(
                422,
                r#"{"message": "Recording with the same name already exists"}"#,
            ),
            &[
                "channels", "record", "1.2", "--name", "n", "--format", "wav",
            ],
            6,
            "ari: 422 Unprocessable Entity: Recording with the same name already exists (POST /ari/channels/1.2/record)",
        ),
        (
            Reply::json(400, r#"{"message": "Endpoint must be specified"}"#),
            &[
                "channels",
                "originate",
                "--endpoint",
                "x",
                "--extension",
                "1",
            ],
            7,
            "ari: 400 Bad Request: Endpoint must be specified (POST /ari/channels)",
        ),
        (
            Reply::json(405, r#"{"message": "Invalid method"}"#),
            &["raw", "PATCH", "channels"],
            7,
            "ari: 405 Method Not Allowed: Invalid method (PATCH /ari/channels)",
        ),
        (
            Reply::json(
                500,
                r#"{"message": "Unable to create bridge. Possible duplicate bridge id '(null)'"}"#,
            ),
            &["bridges", "create", "--type", "bogus"],
            8,
            "ari: 500 Internal Server Error: Unable to create bridge. Possible duplicate bridge id '(null)' (POST /ari/bridges)",
        ),
        (
            Reply::empty(503),
            &["asterisk", "ping"],
            8,
            "ari: 503 Service Unavailable (GET /ari/asterisk/ping)",
        ),
    ];
    for (reply, args, code, line) in cases {
        let (got_code, got_line, _) = error_for(reply.clone(), args);
        assert_eq!((got_code, got_line.as_str()), (*code, *line), "{args:?}");
    }
}

#[test]
fn auth_errors_give_a_hint() {
    let (_, _, stderr) = error_for(
        Reply::json(401, r#"{"message":"x"}"#),
        &["channels", "list"],
    );
    assert!(
        stderr.contains("hint: check the user name and password"),
        "{stderr}"
    );
}

#[test]
fn connection_refused_is_exit_3() {
    let sandbox = Sandbox::new();
    let port = closed_port();
    let out = run(sandbox
        .ari()
        .args(["--url", &format!("127.0.0.1:{port}"), "asterisk", "ping"]));
    assert_eq!(out.code, 3);
    assert_eq!(
        out.one_error_line(),
        format!(
            "ari: cannot connect to 127.0.0.1:{port}: Connection refused (GET /ari/asterisk/ping)"
        )
    );
    assert!(
        out.stderr
            .contains("hint: is Asterisk (or `ari sim`) running there?")
    );
}

/// The events WebSocket (for `events`, and for `--via websocket`) fails to
/// connect with the same line and hint as an HTTP request.
#[test]
fn a_refused_websocket_says_what_a_refused_request_says() {
    let sandbox = Sandbox::new();
    let port = closed_port();
    let url = format!("127.0.0.1:{port}");
    for args in [
        vec!["events", "--timeout", "1"],
        vec!["--via", "websocket", "channels", "list"],
    ] {
        let out = run(sandbox.ari().args(["--url", &url]).args(&args));
        assert_eq!(out.code, 3, "{args:?}: {}", out.stderr);
        assert_eq!(
            out.one_error_line(),
            format!(
                "ari: cannot connect to 127.0.0.1:{port}: Connection refused (GET /ari/events)"
            ),
            "{args:?}"
        );
        assert!(
            out.stderr.contains(
                "hint: is Asterisk (or `ari sim`) running there? check the url with `ari profile show`"
            ),
            "{args:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn a_silent_server_hits_the_time_limit_with_exit_3() {
    let server = TestServer::fixed(Reply::Hang);
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["--max-time", "0.3", "channels", "list"]));
    assert_eq!(out.code, 3);
    assert_eq!(
        out.one_error_line(),
        format!(
            "ari: timed out after 0.3s waiting for 127.0.0.1:{} (GET /ari/channels)",
            server.port
        )
    );
}

#[test]
fn usage_errors_are_exit_2_and_name_the_parameter() {
    let sandbox = Sandbox::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["bridges", "record", "b1", "--name", "n"],
            "ari: missing required --format <format> (see 'ari bridges record --help')",
        ),
        (
            &[
                "channels",
                "record",
                "c",
                "--name",
                "n",
                "--format",
                "wav",
                "--if-exists",
                "replace",
            ],
            "ari: invalid value 'replace' for --if-exists <ifExists>: expected one of fail, overwrite, append (see 'ari channels record --help')",
        ),
        (
            &["channels", "dtmf", "c", "--between", "fast"],
            "ari: invalid value 'fast' for --between <between>: 'fast' is not a whole number in range (see 'ari channels dtmf --help')",
        ),
        (
            &[
                "bridges",
                "add-channel",
                "b",
                "--channel",
                "c",
                "--mute=perhaps",
            ],
            "ari: invalid value 'perhaps' for --mute[=<BOOL>]: value was not a boolean (see 'ari bridges add-channel --help')",
        ),
        (
            &["channels", "hangup", ""],
            "ari: <channelId> must not be empty (see 'ari channels hangup --help')",
        ),
        (
            &["channels", "bogus"],
            "ari: unknown command 'bogus' (see 'ari channels --help')",
        ),
        (
            &["channels", "list", "--bogus"],
            "ari: unknown option --bogus (see 'ari channels list --help')",
        ),
        (
            &[
                "channels",
                "originate",
                "--id",
                "x",
                "--channel-id",
                "y",
                "--endpoint",
                "e",
            ],
            "ari: --channel-id cannot be used with --id (the id is already x)",
        ),
    ];
    for (args, line) in cases {
        let out = run(sandbox.ari().args(*args));
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert_eq!(out.one_error_line(), *line, "{args:?}");
    }
}

#[test]
fn the_crashing_bridge_record_is_never_sent() {
    // A real Asterisk 22.10.1 crashed on POST /bridges/{id}/record without `format`.
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["bridges", "record", "b1", "--name", "greeting"]));
    assert_eq!(out.code, 2);
    assert!(server.requests().is_empty(), "a request went out");
}

#[test]
fn help_and_version_exit_0_on_stdout() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari().arg("--version"));
    assert_eq!(
        (out.code, out.stdout.trim()),
        (0, concat!("ari ", env!("CARGO_PKG_VERSION")))
    );
    let out = run(sandbox.ari().arg("--help"));
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("Exit codes:") && out.stdout.contains("130"));
}

/// The URL mistakes people make, on the simulator and on the real Asterisk:
/// `https://` to a plain-HTTP port, `/ari` twice, a wrong path prefix. Each
/// gets the hint that fixes it; a real object's 404 gets none.
fn url_mistakes_get_the_hint_that_fixes_them(target: &crate::support::target::Target) {
    let sb = Sandbox::new();
    let hint_of = |out: &crate::support::Outcome| {
        out.stderr
            .lines()
            .filter(|l| l.starts_with("hint: "))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let https = target.url.replacen("http://", "https://", 1);
    for args in [
        &["asterisk", "info"][..],
        &["events", "--app", "x", "--count", "1"][..],
    ] {
        let out = run(sb.ari().arg("--url").arg(&https).args(args));
        assert_eq!(out.code, 3, "{}", out.stderr);
        assert!(
            out.one_error_line()
                .contains("failed: the server answered without TLS (plain HTTP?)"),
            "{}",
            out.stderr
        );
        assert_eq!(
            hint_of(&out),
            "hint: use http:// in the url: this port does not speak TLS"
        );
    }
    for (url, path) in [
        (format!("{}/ari/ari", target.url), "/ari/ari/asterisk/info"),
        (format!("{}/pbx", target.url), "/pbx/ari/asterisk/info"),
    ] {
        let out = run(sb.ari().args(["--url", &url, "asterisk", "info"]));
        assert_eq!(out.code, 5, "{}", out.stderr);
        assert!(
            out.one_error_line().ends_with(&format!("(GET {path})")),
            "{}",
            out.stderr
        );
        assert_eq!(
            hint_of(&out),
            "hint: the url's path looks wrong: Asterisk serves ARI at /ari, which ari adds; \
             give the url as http://HOST:PORT"
        );
    }
    let out = run(target.ari(&sb).args(["raw", "GET", "/channels/x/y/z"]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert!(hint_of(&out).starts_with("hint: no ARI operation at this path"));
    let out = run(target.ari(&sb).args(["channels", "get", "no-such-channel"]));
    assert_eq!(out.code, 5, "{}", out.stderr);
    assert_eq!(
        out.one_error_line(),
        "ari: 404 Not Found: Channel not found (GET /ari/channels/no-such-channel)"
    );
    assert_eq!(hint_of(&out), "");
}

mod url_mistakes_get_the_hint_that_fixes_them {
    #[test]
    fn simulator() {
        super::url_mistakes_get_the_hint_that_fixes_them(&crate::support::target::Target::sim());
    }

    #[test]
    fn real_asterisk() {
        if let Some(target) = crate::support::target::Target::real("url_mistakes") {
            super::url_mistakes_get_the_hint_that_fixes_them(&target);
        }
    }
}

#[test]
fn a_mistyped_command_gets_one_suggestion_by_its_name() {
    let sandbox = Sandbox::new();
    for (args, line) in [
        (
            &["chanels"][..],
            "ari: unknown command 'chanels' (did you mean 'channels'?) (see 'ari --help')",
        ),
        (
            &["asterisk", "inf"][..],
            "ari: unknown command 'inf' (did you mean 'info'?) (see 'ari asterisk --help')",
        ),
        (
            &["bridges", "lst"][..],
            "ari: unknown command 'lst' (did you mean 'list'?) (see 'ari bridges --help')",
        ),
    ] {
        let out = run(sandbox.ari().args(args));
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert_eq!(out.one_error_line(), line);
    }
}

#[test]
fn help_names_the_config_file_ari_config_points_to() {
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari()
        .env("ARI_CONFIG", "/srv/pbx/ari.toml")
        .args(["channels", "list", "--help"]));
    let line = out
        .ok()
        .lines()
        .find(|l| l.contains("--config"))
        .unwrap_or_default()
        .to_string();
    assert!(
        line.contains("[default: /srv/pbx/ari.toml, from ARI_CONFIG]"),
        "{line}"
    );
    let out = run(sandbox.ari().args(["channels", "list", "--help"]));
    assert!(
        out.ok()
            .contains("Config file [default: ~/.config/ari/config.toml]"),
        "{}",
        out.stdout
    );
}
