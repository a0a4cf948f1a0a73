//! `ari sim --scenario FILE --check`: scripted calls against a real
//! application (the examples' `ari serve` handlers), a lazy one that leaves
//! its calls in Stasis, a step that times out, and files it refuses.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::tail::Tail;
use crate::support::{Sandbox, closed_port, run};

/// A running `ari sim --scenario FILE --check` on a port of its own.
struct Checked {
    child: Child,
    url: String,
}

impl Checked {
    fn start(sb: &Sandbox, file: &Path, extra: &[&str]) -> Checked {
        let port = closed_port();
        let child = sb
            .std_ari()
            .args([
                "sim",
                "--no-events",
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .arg("--scenario")
            .arg(file)
            .arg("--check")
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let url = format!("http://127.0.0.1:{port}");
        crate::support::until("the simulator listening", || {
            std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
        });
        Checked { child, url }
    }

    /// Its exit code and what it said.
    fn finish(mut self) -> (i32, String) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "the scenario never ended");
            std::thread::sleep(Duration::from_millis(20));
        };
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut self.child.stderr.take().unwrap(), &mut stderr).unwrap();
        (status.code().unwrap_or(-1), stderr)
    }
}

fn example(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(name)
}

/// `ari serve --app APP -- SCRIPT` against `url`, with `ari` on PATH.
fn serve(sb: &Sandbox, url: &str, app: &str, script: &str) -> Child {
    let bin = assert_cmd::cargo::cargo_bin("ari");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd: Command = sb.std_ari();
    cmd.args(["--url", url, "serve", "--app", app, "--"])
        .arg(example(script))
        .env("PATH", path)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd.spawn().unwrap()
}

#[test]
fn the_examples_pass_their_check_against_their_serve_handlers() {
    for (toml, app, script, answered) in [
        ("ivr-caller.toml", "ivr", "ivr.sh", 0),
        ("callback.toml", "callback", "callback.sh", 1),
    ] {
        let sb = Sandbox::new();
        let checked = Checked::start(&sb, &example(toml), &[]);
        let mut handler = serve(&sb, &checked.url, app, script);
        let (code, said) = checked.finish();
        let _ = handler.kill();
        let _ = handler.wait();
        assert_eq!(code, 0, "{toml}: {said}");
        assert!(
            said.contains(&format!(
                "{answered} answered by scripted phones, 0 problems"
            )),
            "{toml}: {said}"
        );
    }
}

#[test]
fn a_lazy_application_and_a_step_that_times_out_fail_the_check() {
    let sb = Sandbox::new();
    let file = sb.path().join("lazy.toml");
    std::fs::write(
        &file,
        r#"
settle = 0.5
[[call]]
caller = "Dave <4004>"
app = "lazy"
steps = [{ wait = 0.2 }]

[[call]]
at = 0.1
caller = "Erin <5005>"
app = "lazy"
ring = true
steps = [{ wait_for = "answer", timeout = 0.5 }]
"#,
    )
    .unwrap();
    let checked = Checked::start(&sb, &file, &[]);
    // The application connects and does nothing with its calls.
    let tail = Tail::start(&sb, &checked.url, &["--app", "lazy", "-o", "json"]);
    let (code, said) = checked.finish();
    let _ = tail.interrupt();
    assert_eq!(code, 9, "{said}");
    assert!(
        said.contains("call 2 (Erin <5005>), step 1 (wait_for answer): nothing within 0.5 s"),
        "{said}"
    );
    assert!(
        said.contains("PJSIP/dave-00000000 was left in Stasis(lazy)"),
        "{said}"
    );
    assert!(
        said.contains("ari: the scenario's check failed: 3 problems"),
        "{said}"
    );
}

#[test]
fn a_bad_scenario_is_refused_naming_its_line() {
    let sb = Sandbox::new();
    for (text, expected) in [
        (
            "[[call]]\napp = \"a\"\ncolour = \"red\"\n",
            "line 3: unknown field `colour`",
        ),
        (
            "[[call]]\nat = 5\napp = \"a\"\n\n[[call]]\nat = 2\napp = \"a\"\n",
            "line 5: this call's time (at = 2) is before the call above it (at = 5)",
        ),
        (
            "[[call]]\nextension = \"pizza@lab\"\n",
            "line 1: the simulator's dialplan has no extension pizza@lab",
        ),
        (
            "[[answer]]\nendpoint = \"PJSIP/zed\"\n",
            "line 1: the simulator has no endpoint PJSIP/zed",
        ),
    ] {
        let file = sb.path().join("bad.toml");
        std::fs::write(&file, text).unwrap();
        let out = run(sb
            .ari()
            .args(["sim", "--listen", "127.0.0.1:0", "--scenario"])
            .arg(&file)
            .arg("--check"));
        assert_eq!(out.code, 2, "{text}: {}", out.stderr);
        let line = out.one_error_line();
        assert!(
            line.starts_with(&format!("ari: {}: {expected}", file.display())),
            "{text}: {line}"
        );
    }
    let out = run(sb.ari().args(["sim", "--check"]));
    assert_eq!(out.code, 2, "--check needs --scenario: {}", out.stderr);
}

/// A recording's calls become a scenario that plays them again: caller,
/// application, ringing, keys and hang-up.
#[test]
fn a_scenario_derived_from_a_recording_plays_its_calls_again() {
    let sim = crate::support::sim_with(|o| o.time_scale = 0.2);
    let sb = Sandbox::new();
    let file = sb.path().join("calls.jsonl");
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app",
            "desk",
            "-o",
            "summary",
            "--record",
            &file.display().to_string(),
        ],
    );
    crate::support::tail::until_registered(&sim, "desk");
    run(sb.ari_sim(&sim).args([
        "sim",
        "call",
        "--app",
        "desk",
        "--caller",
        "Bob <2002>",
        "--digits",
        "12#",
        "--hangup-after",
        "2",
        "--ring",
    ]))
    .ok();
    crate::support::until("the call recorded to its end", || {
        std::fs::read_to_string(&file).is_ok_and(|t| t.contains("StasisEnd"))
    });
    let _ = tail.interrupt();
    let out = run(sb.ari().args(["sim", "scenario-from"]).arg(&file));
    let toml = out.ok().to_string();
    for expected in [
        "caller = \"Bob <2002>\"",
        "app = \"desk\"",
        "ring = true",
        "{ press = \"1\" }",
        "{ press = \"#\" }",
        "{ hangup = true }",
    ] {
        assert!(toml.contains(expected), "{expected} in:\n{toml}");
    }
    // Played again against an application that holds the calls: they come,
    // press and hang up as recorded.
    let scenario = sb.path().join("calls.toml");
    std::fs::write(&scenario, &toml).unwrap();
    let checked = Checked::start(&sb, &scenario, &[]);
    let desk = Tail::start(
        &sb,
        &checked.url,
        &[
            "--app",
            "desk",
            "-o",
            "json",
            "--type",
            "ChannelDtmfReceived",
        ],
    );
    let (code, said) = checked.finish();
    let (_, keys, _) = desk.interrupt();
    assert_eq!(code, 0, "{said}");
    let digits: Vec<String> = keys
        .iter()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|e| e["digit"].as_str().map(str::to_string))
        .collect();
    assert_eq!(digits, ["1", "2", "#"], "{said}");
    // Not a recording: nothing derived, the lines counted.
    std::fs::write(sb.path().join("junk.jsonl"), "junk\n").unwrap();
    let out = run(sb.ari().args(["sim", "scenario-from", "junk.jsonl"]));
    assert_eq!(out.code, 0);
    assert!(!out.stdout.contains("[[call]]"), "{}", out.stdout);
    assert!(
        out.stderr.contains("skipped 1 line of junk.jsonl"),
        "{}",
        out.stderr
    );
}
