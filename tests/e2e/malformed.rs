//! Bad input never panics: hundreds of malformed command lines, and server
//! replies that are broken in every way we could think of. Each gets its exit
//! code and exactly one `ari: ...` line.

use ari::spec::{DataType, Location, RESOURCES, actions_of, example_value};

use crate::support::{Reply, Sandbox, TestServer, run};

/// Command lines that must be refused before anything is sent.
fn malformed_command_lines() -> Vec<Vec<String>> {
    let mut lines: Vec<Vec<String>> = Vec::new();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    for resource in RESOURCES {
        for action in actions_of(resource.name) {
            let op = action.base;
            let base = vec![resource.name.to_string(), action.name().to_string()];
            let positional: Vec<String> = op
                .path_params()
                .map(|p| example_value(p.name).to_string())
                .collect();
            let required: Vec<String> = op
                .query_params()
                .filter(|p| p.required)
                .flat_map(|p| [format!("--{}", p.flag()), example_value(p.name).to_string()])
                .collect();
            let valid = [base.clone(), positional.clone(), required.clone()].concat();

            if !positional.is_empty() {
                lines.push([base.clone(), required.clone()].concat());
                let mut empty = valid.clone();
                empty[2] = String::new();
                lines.push(empty);
            }
            for p in op.query_params().filter(|p| p.required) {
                let flag = format!("--{}", p.flag());
                let i = valid.iter().position(|a| a == &flag).unwrap();
                let mut without = valid.clone();
                without.drain(i..i + 2);
                lines.push(without);
                let mut dangling = valid.clone();
                dangling.remove(i + 1);
                if i + 1 == dangling.len() {
                    lines.push(dangling);
                }
            }
            for p in op.query_params() {
                let flag = format!("--{}", p.flag());
                match p.data_type {
                    DataType::Int | DataType::Long => {
                        for bad in ["x1", "1.5", "99999999999999999999999", ""] {
                            lines.push([valid.clone(), vec![flag.clone(), bad.into()]].concat());
                        }
                    }
                    DataType::Boolean => {
                        lines.push([valid.clone(), vec![format!("{flag}=maybe")]].concat());
                    }
                    _ if !p.allowed.is_empty() => {
                        lines.push([valid.clone(), vec![flag.clone(), "NOPE".into()]].concat());
                    }
                    _ => {}
                }
            }
            lines.push([valid.clone(), s(&["--no-such-flag"])].concat());
            lines.push([valid.clone(), s(&["--json-body", "{not json"])].concat());
            lines.push(
                [
                    valid.clone(),
                    s(&["--json-body", "@/nonexistent/body.json"]),
                ]
                .concat(),
            );
            if op.body_params().any(|p| p.name == "variables") {
                lines.push([valid.clone(), s(&["--var", "NOEQUALS"])].concat());
                lines.push([valid.clone(), s(&["--var", "=value"])].concat());
                lines.push([valid.clone(), s(&["--var", "A=1", "--json-body", "[1,2]"])].concat());
            }
            if op.path_params().count() > 0
                && op.params.iter().all(|p| p.location != Location::Body)
            {
                lines.push([valid.clone(), s(&["extra-positional"])].concat());
            }
        }
    }
    let globals: &[&[&str]] = &[
        &["--output", "yaml", "channels", "list"],
        &["--color", "rainbow", "channels", "list"],
        &["--max-time", "soon", "channels", "list"],
        &["--max-time", "-1", "channels", "list"],
        &["--max-time", "inf", "channels", "list"],
        &["--connect-timeout", "NaN", "channels", "list"],
        &["--url", "ftp://pbx", "channels", "list"],
        &["--url", "http://", "channels", "list"],
        &["--url", "", "channels", "list"],
        &["--url", "http://[::1", "channels", "list"],
        &["--jq", ".[", "channels", "list"],
        &["--jq", "nosuchfunction(1)", "channels", "list"],
        &["--cacert", "/nonexistent/ca.pem", "channels", "list"],
        &["-p", "nosuch", "channels", "list"],
        &["nosuchresource", "list"],
        &["raw"],
        &["raw", "G3T", "channels"],
        &["raw", "GET", "channels", "novalue"],
        &["profile", "nosuch"],
        &["profile", "add"],
        &["profile", "add", "bad name", "--url", "x"],
        &["profile", "add", "p"],
        &["profile", "remove", "nosuch"],
        &["profile", "use", "nosuch"],
    ];
    lines.extend(globals.iter().map(|g| s(g)));
    lines
}

#[test]
fn hundreds_of_malformed_command_lines_are_usage_errors() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    let lines = malformed_command_lines();
    assert!(lines.len() >= 300, "only {} cases", lines.len());
    let mut failures = Vec::new();
    for args in &lines {
        let mut cmd = sandbox.ari();
        // A server is there, so anything that slips through would be sent.
        cmd.env("ARI_URL", &server.url).args(args);
        let out = run(&mut cmd);
        let lines_ok = !out.stderr.contains("panicked")
            && out.error_lines().len() == 1
            && out.error_lines()[0].starts_with("ari: ");
        if out.code != 2 || !lines_ok {
            failures.push(format!("{args:?} → exit {}: {:?}", out.code, out.stderr));
        }
    }
    assert!(
        server.requests().is_empty(),
        "sent: {:#?}",
        server.requests()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_resource_without_action_lists_the_actions_with_exit_2() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari().arg("channels"));
    assert_eq!(out.code, 2);
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("Usage: ari channels") && out.stderr.contains("originate"));
}

/// (reply, expected exit code, text the error line must contain)
fn broken_replies() -> Vec<(Reply, i32, &'static str)> {
    vec![
        (
            Reply::with_type(200, "text/html", b"<html><body>It works!</body></html>"),
            1,
            "reply is not valid JSON (text/html)",
        ),
        (Reply::json(200, r#"{"id": "1.2", "name": "PJSIP/al"#), 1, "not valid JSON"),
        (Reply::json(200, "\u{0}\u{1}garbage"), 1, "not valid JSON"),
        (Reply::with_type(200, "application/json", b"\xff\xfe\x00"), 1, "not valid JSON"),
        (
            Reply::with_type(500, "text/html", b"<html><head><title>500 Oops</title></head><body><h1>x</h1></body></html>"),
            8,
            "500 Internal Server Error: 500 Oops",
        ),
        (
            Reply::with_type(400, "text/html", b"<!DOCTYPE html><html><body><h1>Bad Request</h1>\n<p>no app</p></body></html>"),
            7,
            "400 Bad Request: Bad Request no app",
        ),
        (Reply::with_type(404, "text/plain", b"nothing\nhere\n"), 5, "404 Not Found: nothing here"),
        (Reply::json(409, r#"{"unexpected": ["shape"]}"#), 6, r#"409 Conflict: {"unexpected":["shape"]}"#),
        (Reply::json(500, r#"{"message": 42}"#), 8, r#"{"message":42}"#),
        (Reply::with_type(502, "application/json", b"\xff\xfe bytes"), 8, "502 Bad Gateway"),
        (Reply::json(418, r#"{"message": "teapot"}"#), 7, "418"),
        (Reply::Raw(b"hello\r\n\r\n".to_vec()), 3, "failed"),
        (Reply::Raw(b"HTTP/1.1 abc OK\r\n\r\n".to_vec()), 3, "failed"),
        (
            Reply::Raw(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: application/json\r\n\r\n{\"a\":".to_vec()),
            3,
            "127.0.0.1",
        ),
        (
            Reply::Raw(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\nZZ\r\n".to_vec()),
            3,
            "127.0.0.1",
        ),
        (Reply::Close, 3, "127.0.0.1"),
    ]
}

#[test]
fn broken_server_replies_get_their_exit_code_and_one_line() {
    let sandbox = Sandbox::new();
    for (reply, code, text) in broken_replies() {
        let server = TestServer::fixed(reply.clone());
        let out = run(sandbox.ari_at(&server).args(["channels", "list"]));
        assert_eq!(out.code, code, "{reply:?}: {}", out.stderr);
        let line = out.one_error_line();
        assert!(line.contains(text), "{reply:?}: {line}");
        assert!(out.stdout.is_empty(), "{reply:?}: stdout {}", out.stdout);
    }
}

#[test]
fn lenient_where_leniency_is_safe() {
    let sandbox = Sandbox::new();
    // JSON under the wrong content type is still JSON.
    let server = TestServer::fixed(Reply::with_type(200, "text/plain", br#"[{"id":"1.2"}]"#));
    let out = run(sandbox.ari_at(&server).args(["channels", "list", "-q"]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "1.2\n"),
        "{}",
        out.stderr
    );
    // An empty 200 prints nothing, like a 204.
    let server = TestServer::fixed(Reply::json(200, ""));
    let out = run(sandbox.ari_at(&server).args(["channels", "list"]));
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
}

#[test]
fn odd_shapes_render_in_every_mode_without_panic() {
    let sandbox = Sandbox::new();
    let bodies = [
        "[]",
        "[[1,2],[3]]",
        "[1, \"two\", null, true]",
        r#"{"a": {"b": {"c": [1, {"d": null}]}}}"#,
        r#"[{"id": 1}, {"other": {"x": 1}}, 5]"#,
        "\"just a string\"",
        "12345678901234567890123",
        "null",
    ];
    for body in bodies {
        let server = TestServer::fixed(Reply::json(200, body));
        for mode in ["pretty", "json", "table", "ids"] {
            let out = run(sandbox
                .ari_at(&server)
                .args(["channels", "list", "-o", mode]));
            assert_eq!(out.code, 0, "{body} -o {mode}: {}", out.stderr);
        }
        let out = run(sandbox
            .ari_at(&server)
            .args(["channels", "list", "--jq", ".[0].id"]));
        assert!(
            out.code == 0 || (out.code == 2 && out.one_error_line().starts_with("ari: --jq: ")),
            "{body}: {} {}",
            out.code,
            out.stderr
        );
    }
}
