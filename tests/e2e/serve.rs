//! `ari serve` and `ari call`: a bash handler per call, on the real Asterisk
//! (the truth) and on the simulator.

use crate::support::asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::serve::{call_into, in_application};
use crate::support::{Sandbox, run, sim, until};

/// No channel is left at `Stasis(app...)`.
fn none_in(sb: &Sandbox, url: &str, app: &str) -> bool {
    !in_application(sb, url, app)
}

const READS_DIGITS: &str = r#"set -e
ari call answer
ari call play sound:hello-world
digits=$(ari call read --max 4 --terminator '#' --timeout 10)
echo "digits=$digits args=$*"
"#;

/// Answers, then waits in a verb until the call hangs up; says what it saw.
const WAITS_FOR_A_HANG_UP: &str = "trap 'echo got SIGHUP' HUP
ari call answer
echo ready
ari call wait NoSuchEvent
echo \"wait=$?\"
";

/// `Local/dtmf@lab` sends 123# a second after answering, while the prompt
/// (1.4 s) plays: the digits wait for the read.
#[test]
fn digits_typed_during_a_prompt_are_there_for_the_read() {
    let Some(pbx) = asterisk::shared("serve digits") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("ivr.sh", READS_DIGITS);
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-digits"], &handler);
    let id = sb
        .ari()
        .args(["--url", &pbx.url])
        .originate(Call::to_app("Local/dtmf@lab", "serve-digits").with(&["--app-args", "a,b"]));
    let started = serve.wait_for("the call's start line", |l| l.contains(" started "));
    assert!(started.contains(&id), "{started}");
    serve.wait_for("the digits", |l| l == "#1 digits=123 args=a b");
    let end = serve.end_of(1);
    assert!(
        end.contains("handler exited 0; the call continued in the dialplan"),
        "{end}"
    );
    until("the call to leave the application", || {
        none_in(&sb, &pbx.url, "serve-digits")
    });
    let (code, _) = serve.stop("TERM");
    assert_eq!(code, Some(0));
}

#[test]
fn twenty_calls_at_once_each_read_their_own_digits() {
    let Some(pbx) = asterisk::shared("serve twenty") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "ivr.sh",
        r#"set -e
ari call answer
echo "$ARI_CHANNEL_ID digits=$(ari call read --max 4 --terminator '#' --timeout 10)"
"#,
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-twenty"], &handler);
    let calls: Vec<_> = (0..20)
        .map(|_| {
            let mut cmd = sb.std_ari();
            cmd.args(["--url", &pbx.url, "channels", "originate"])
                .args(["--endpoint", "Local/dtmf@lab", "--app", "serve-twenty"])
                .args(["--jq", ".id"]);
            cmd.output_async()
        })
        .collect();
    let ids: Vec<String> = calls.into_iter().map(|c| c.finish()).collect();
    let lines = serve.wait_for_n(20, "a handler's digits", |l| l.contains(" digits="));
    for id in &ids {
        let line = lines
            .iter()
            .find(|l| l.contains(&format!(" {id} digits=")))
            .unwrap_or_else(|| panic!("no digits for {id}: {lines:?}"));
        assert!(line.ends_with(" digits=123"), "{line}");
    }
    serve.wait_for_n(20, "the end lines", |l| l.contains("handler exited 0"));
    until("every call to leave the application", || {
        none_in(&sb, &pbx.url, "serve-twenty")
    });
    serve.stop("TERM");
}

/// A spawned command whose stdout is read when it ends.
trait OutputAsync {
    fn output_async(self) -> Pending;
}

struct Pending(std::process::Child);

impl OutputAsync for std::process::Command {
    fn output_async(mut self) -> Pending {
        Pending(
            self.stdout(std::process::Stdio::piped())
                .spawn()
                .expect("ari runs"),
        )
    }
}

impl Pending {
    fn finish(self) -> String {
        let out = self.0.wait_with_output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap().trim().to_string()
    }
}

#[test]
fn a_hang_up_is_sighup_for_the_handler_and_exit_10_for_every_verb() {
    let Some(pbx) = asterisk::shared("serve hang-up") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"trap 'echo got SIGHUP' HUP
ari call answer
echo ready
ari call wait NoSuchEvent
echo "wait=$?"
ari call play sound:hello-world
echo "later=$?"
"#,
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-hangup", "-v"], &handler);
    let id = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-hangup");
    // The far end: the ;2 half of the Local channel, in the dialplan.
    let name = run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "get", &id, "--jq", ".name"]))
    .ok()
    .to_string();
    let far_name = name.replace(";1", ";2");
    let list = run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "list", "-o", "json"]))
    .json();
    let far = list
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == far_name.as_str())
        .and_then(|c| c["id"].as_str())
        .unwrap_or_else(|| panic!("no {far_name} in {list}"))
        .to_string();
    // Hang up once serve holds the waiting verb.
    serve.wait_for("the waiting verb", |l| {
        l.contains("ari call {\"verb\":\"wait\"")
    });
    run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "hangup", &far]));
    serve.wait_for("SIGHUP", |l| l == "#1 got SIGHUP");
    serve.wait_for("the waiting verb's exit", |l| l == "#1 wait=10");
    serve.wait_for("a later verb's exit", |l| l == "#1 later=10");
    let end = serve.end_of(1);
    assert!(end.contains("handler exited 0; the call hung up"), "{end}");
    serve.stop("TERM");
}

#[test]
fn a_handler_that_ignores_sighup_is_killed_after_the_grace_period() {
    let Some(pbx) = asterisk::shared("serve grace") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        "trap '' HUP\nari call answer\necho ready\nwhile :; do sleep 1; done\n",
    );
    let mut serve = sb.serve(
        &pbx.url,
        &["--app", "serve-grace", "--hangup-grace", "0.5"],
        &handler,
    );
    let id = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-grace");
    serve.wait_for("the handler to be ready", |l| l == "#1 ready");
    run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "hangup", &id]));
    let end = serve.end_of(1);
    assert!(end.contains("handler killed by SIGKILL"), "{end}");
    serve.stop("TERM");
}

#[test]
fn a_handler_that_ends_early_sends_its_call_back_to_the_dialplan() {
    let Some(pbx) = asterisk::shared("serve early exit") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("h.sh", "exit 3\n");
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-early"], &handler);
    let id = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-early");
    let end = serve.end_of(1);
    assert!(
        end.contains("handler exited 3; the call continued in the dialplan"),
        "{end}"
    );
    // The channel is still up, in the dialplan.
    until("the call to leave the application", || {
        let channel = run(sb.ari().args(["--url", &pbx.url, "channels", "get", &id])).json();
        channel["dialplan"]["app_name"] != "Stasis"
    });
    run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "hangup", &id]));
    serve.stop("TERM");
}

#[test]
fn sigterm_sends_every_call_on_before_serve_leaves() {
    let Some(pbx) = asterisk::shared("serve SIGTERM") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        "ari call answer\nari call wait NoSuchEvent\necho \"wait=$?\"\n",
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-term"], &handler);
    let ids: Vec<String> = (0..3)
        .map(|_| call_into(&sb, &pbx.url, "Local/wait@lab", "serve-term"))
        .collect();
    serve.wait_for_n(3, "three handlers", |l| l.contains(" started "));
    let (code, said) = serve.stop("TERM");
    assert_eq!(code, Some(0), "{said:?}");
    assert_eq!(
        said.iter()
            .filter(|l| l.ends_with("the call continued in the dialplan"))
            .count(),
        3,
        "{said:?}"
    );
    // Every handler ended (its verb exited 10, or the SIGHUP that follows
    // ended it first).
    assert_eq!(
        said.iter().filter(|l| l.contains(" ended after ")).count(),
        3,
        "{said:?}"
    );
    assert!(none_in(&sb, &pbx.url, "serve-term"));
    for id in ids {
        run(sb
            .ari()
            .args(["--url", &pbx.url, "channels", "hangup", &id]));
    }
}

#[test]
fn dial_bridges_the_answered_leg_and_says_busy_otherwise() {
    let Some(pbx) = asterisk::shared("serve dial") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"ari call answer
busy=$(ari call dial Local/busy@lab --timeout 5); echo "busy=$busy exit=$?"
ok=$(ari call dial Local/wait@lab --timeout 5); echo "ok=$ok exit=$?"
ari call hangup
"#,
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-dial"], &handler);
    call_into(&sb, &pbx.url, "Local/wait@lab", "serve-dial");
    serve.wait_for("the busy leg", |l| l == "#1 busy=BUSY exit=9");
    serve.wait_for("the answered leg", |l| l == "#1 ok=ANSWER exit=0");
    serve.end_of(1);
    until("no leg left over", || none_in(&sb, &pbx.url, "serve-dial"));
    // The bridge serve made is gone too.
    let bridges = run(sb
        .ari()
        .args(["--url", &pbx.url, "bridges", "list", "-o", "json"]))
    .json();
    assert!(
        !bridges.as_array().unwrap().iter().any(|b| {
            b["channels"].as_array().is_some_and(|c| !c.is_empty())
                && b["creator"]
                    .as_str()
                    .is_some_and(|c| c.contains("serve-dial"))
        }),
        "{bridges}"
    );
    serve.stop("TERM");
}

/// `ari call hangup` returns once the call is gone: the next verb exits 10,
/// and the end line has the hang-up, not a call that "was gone" when serve
/// went to send it on.
#[test]
fn a_handlers_own_hangup_returns_when_the_call_is_gone() {
    let Some(pbx) = asterisk::shared("serve hangup") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"trap '' HUP
ari call answer
ari call hangup; echo "hangup=$?"
ari call answer 2> /dev/null; echo "after=$?"
"#,
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-own-hangup"], &handler);
    call_into(&sb, &pbx.url, "Local/wait@lab", "serve-own-hangup");
    serve.wait_for("the hangup", |l| l == "#1 hangup=0");
    serve.wait_for("the verb after it", |l| l == "#1 after=10");
    let end = serve.end_of(1);
    assert!(end.contains("handler exited 0; the call hung up"), "{end}");
    serve.stop("TERM");
}

#[test]
fn a_call_beyond_max_calls_goes_back_with_a_variable() {
    let Some(pbx) = asterisk::shared("serve max-calls") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("h.sh", "ari call answer\nari call wait NoSuchEvent\n");
    let mut serve = sb.serve(
        &pbx.url,
        &["--app", "serve-max", "--max-calls", "1"],
        &handler,
    );
    let first = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-max");
    serve.wait_for("the first call", |l| l.contains(" started "));
    let second = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-max");
    let away = serve.wait_for("the second turned away", |l| l.contains("turned away"));
    assert!(away.contains(&second), "{away}");
    let value = run(sb.ari().args([
        "--url",
        &pbx.url,
        "channels",
        "get-var",
        &second,
        "--variable",
        "ARI_SERVE_STATUS",
        "--jq",
        ".value",
    ]));
    assert_eq!(value.ok(), "MAX_CALLS");
    serve.stop("TERM");
    for id in [first, second] {
        run(sb
            .ari()
            .args(["--url", &pbx.url, "channels", "hangup", &id]));
    }
}

/// The same IVR flow on the simulator.
#[test]
fn the_simulator_plays_the_ivr_flow_too() {
    // A fifth of real time: `Local/dtmf` waits 300 s (60 here) after its
    // digits, so a handler slowed by a loaded machine still finds its call.
    let sim = crate::support::sim_with(|o| o.time_scale = 0.2);
    let sb = Sandbox::new();
    let handler = sb.script("ivr.sh", READS_DIGITS);
    let mut serve = sb.serve(&sim.url(), &["--app", "ivr"], &handler);
    sb.ari_sim(&sim)
        .originate(Call::to_app("Local/dtmf@lab", "ivr").with(&["--app-args", "x"]));
    serve.wait_for("the digits", |l| l == "#1 digits=123 args=x");
    let end = serve.end_of(1);
    assert!(end.contains("handler exited 0"), "{end}");
    serve.stop("TERM");
}

#[test]
fn a_verb_outside_a_handler_is_a_usage_error() {
    let sb = Sandbox::new();
    let out = run(sb.ari().args(["call", "answer"]));
    assert_eq!(out.code, 2);
    assert!(
        out.one_error_line().contains("inside a handler"),
        "{}",
        out.stderr
    );
    let out = run(sb
        .ari()
        .args(["call", "answer"])
        .env("ARI_CALL", "/nonexistent/sock#t"));
    assert_eq!(out.code, 2);
}

#[test]
fn a_missing_or_plain_handler_is_refused_before_connecting() {
    let sb = Sandbox::new();
    // Nothing listens there: a connection attempt would exit 3.
    let url = format!("http://127.0.0.1:{}", crate::support::closed_port());
    let out = run(sb.ari().args([
        "--url",
        &url,
        "serve",
        "--app",
        "x",
        "--",
        "/nonexistent/h.sh",
    ]));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.one_error_line().contains("no such handler"));
    let plain = sb.path().join("plain.sh");
    std::fs::write(&plain, "echo hi\n").unwrap();
    let out = run(sb
        .ari()
        .args(["--url", &url, "serve", "--app", "x", "--"])
        .arg(&plain));
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("not executable"), "{}", out.stderr);
    let out = run(sb.ari().args(["--url", &url, "serve", "--app", "x"]));
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// `--listen`: Asterisk opens a WebSocket per call; the call's events come
/// over it and its verbs' requests go back over it. On 22.10.1 and 23.4.1
/// (20.6.0 has no outbound WebSockets).
#[test]
fn per_call_outbound_websockets_carry_their_calls() {
    for version in ["22.10.1", "23.4.1"] {
        per_call_outbound_websockets_on(version);
    }
}

fn per_call_outbound_websockets_on(version: &str) {
    let port = crate::support::closed_port();
    let conf =
        crate::support::outbound_conf::outbound_conf(port, "per_call_config", "serve-listen");
    let Some(pbx) =
        asterisk::Asterisk::start_with("serve --listen", Some(conf.path()), Some(version))
    else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("ivr.sh", READS_DIGITS);
    let addr = format!("127.0.0.1:{port}");
    // The URL only names the credentials Asterisk must present.
    let mut serve = sb.serve(
        "http://127.0.0.1:9",
        &["--app", "serve-listen", "--listen", &addr],
        &handler,
    );
    for _ in 0..2 {
        call_into(&sb, &pbx.url, "Local/dtmf@lab", "serve-listen");
    }
    serve.wait_for_n(2, "the digits", |l| l.ends_with(" digits=123 args="));
    let ends = serve.wait_for_n(2, "the end lines", |l| l.contains(" ended after "));
    for end in ends {
        assert!(
            end.contains("handler exited 0; the call continued in the dialplan"),
            "{end}"
        );
    }
    until("the calls to leave the application", || {
        none_in(&sb, &pbx.url, "serve-listen")
    });
    serve.stop("TERM");
}

#[test]
fn a_handler_past_its_timeout_is_stopped_and_its_call_continued() {
    let Some(pbx) = asterisk::shared("serve handler-timeout") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("h.sh", "ari call answer\nwhile :; do sleep 1; done\n");
    let mut serve = sb.serve(
        &pbx.url,
        &[
            "--app",
            "serve-timeout",
            "--handler-timeout",
            "0.5",
            "--hangup-grace",
            "0.5",
        ],
        &handler,
    );
    let id = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-timeout");
    serve.wait_for("the timeout", |l| l.contains("--handler-timeout"));
    let end = serve.end_of(1);
    assert!(
        end.contains("killed by SIGHUP; the call continued in the dialplan"),
        "{end}"
    );
    until("the call to leave the application", || {
        none_in(&sb, &pbx.url, "serve-timeout")
    });
    run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "hangup", &id]));
    serve.stop("TERM");
}

/// A serve killed outright leaves its calls in the application; the next
/// one reports them, and with `--adopt` runs their handlers.
#[test]
fn calls_left_by_a_killed_serve_are_reported_and_adopted() {
    let Some(pbx) = asterisk::shared("serve --adopt") else {
        return;
    };
    let sb = Sandbox::new();
    let waits = sb.script("h.sh", "ari call answer\nari call wait NoSuchEvent\n");
    let mut first = sb.serve(&pbx.url, &["--app", "serve-adopt"], &waits);
    let id = call_into(&sb, &pbx.url, "Local/wait@lab", "serve-adopt");
    first.wait_for("the call", |l| l.contains(" started "));
    first.stop("KILL");
    // A killed serve never said what it left: taking the name over is asked for.
    let adopts = sb.script("a.sh", "echo \"adopted $ARI_CHANNEL_ID\"\n");
    let mut second = sb.serve(
        &pbx.url,
        &["--app", "serve-adopt", "--take-over", "--adopt"],
        &adopts,
    );
    second.wait_for("the adopted handler", |l| l == format!("#1 adopted {id}"));
    let end = second.end_of(1);
    assert!(end.contains("the call continued in the dialplan"), "{end}");
    second.stop("TERM");
    run(sb
        .ari()
        .args(["--url", &pbx.url, "channels", "hangup", &id]));
}

/// On the simulator: the far end hangs up while a verb waits.
#[test]
fn the_simulator_hangs_up_on_a_waiting_verb_too() {
    let sim = sim();
    let sb = Sandbox::new();
    let handler = sb.script("h.sh", WAITS_FOR_A_HANG_UP);
    let mut serve = sb.serve(&sim.url(), &["--app", "ivr"], &handler);
    let id = sb.sim_call(&sim, "ivr");
    serve.wait_for("the handler to be ready", |l| l == "#1 ready");
    run(sb.ari_sim(&sim).args(["channels", "hangup", &id]));
    serve.wait_for("SIGHUP", |l| l == "#1 got SIGHUP");
    serve.wait_for("the verb's exit", |l| l == "#1 wait=10");
    serve.stop("TERM");
}

/// The PBX crashes under serve and comes back: serve reconnects, finds that
/// its call is gone (no event said so), and its handler hears of it as of a
/// hang-up.
#[test]
fn after_a_gap_calls_that_ended_unseen_are_hung_up_for_their_handlers() {
    let Some(mut pbx) = asterisk::Asterisk::start("serve reconnect") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script("h.sh", WAITS_FOR_A_HANG_UP);
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-gap"], &handler);
    call_into(&sb, &pbx.url, "Local/wait@lab", "serve-gap");
    serve.wait_for("the handler to be ready", |l| l == "#1 ready");
    pbx.crash_and_restart();
    serve.wait_for("the reconnection", |l| l == "ari: reconnected");
    serve.wait_for("SIGHUP", |l| l == "#1 got SIGHUP");
    serve.wait_for("the verb's exit", |l| l == "#1 wait=10");
    let end = serve.end_of(1);
    assert!(end.contains("gone while the connection was down"), "{end}");
    serve.stop("TERM");
}

/// The digit that stops a prompt is kept for the next read; a recording
/// ends at its limit and is stored.
#[test]
fn a_digit_stops_a_prompt_and_a_recording_is_stored() {
    let Some(pbx) = asterisk::shared("serve interrupt and record") else {
        return;
    };
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"set -e
ari call answer
ari call play --interrupt-on-dtmf sound:hello-world sound:hello-world sound:hello-world
echo "digits=$(ari call read --max 3 --timeout 5)"
ari call record serve-test-message --max-duration 1
echo recorded
"#,
    );
    let mut serve = sb.serve(&pbx.url, &["--app", "serve-record"], &handler);
    call_into(&sb, &pbx.url, "Local/dtmf@lab", "serve-record");
    serve.wait_for("the digits", |l| l == "#1 digits=123");
    serve.wait_for("the recording", |l| l == "#1 recorded");
    let end = serve.end_of(1);
    assert!(end.contains("handler exited 0"), "{end}");
    let stored = run(sb.ari().args([
        "--url",
        &pbx.url,
        "recordings",
        "get",
        "serve-test-message",
        "--jq",
        ".format",
    ]));
    assert_eq!(stored.ok(), "wav");
    serve.stop("TERM");
}

/// The handler's environment has the call and a way to reach serve, never
/// the password; and nothing of the handler outlives serve.
#[test]
fn no_password_reaches_the_handler_and_no_process_outlives_serve() {
    let sim = sim();
    let sb = Sandbox::new();
    let env_file = sb.path().join("env.txt");
    let handler = sb.script(
        "h.sh",
        &format!(
            "env > {}\nari call answer\nsleep 300 &\necho ready\nari call wait NoSuchEvent\n",
            env_file.display()
        ),
    );
    // The simulator's password, given the way scripts often give it.
    let mut cmd = sb.std_ari();
    cmd.env("ARI_PASSWORD", "asterisk");
    let mut serve = sb.serve_with(cmd, &sim.url(), &["--app", "ivr"], &handler);
    let id = sb.sim_call(&sim, "ivr");
    serve.wait_for("the handler to be ready", |l| l == "#1 ready");
    let env = std::fs::read_to_string(&env_file).unwrap();
    assert!(
        !env.lines().any(|l| l.starts_with("ARI_PASSWORD=")),
        "{env}"
    );
    assert!(env.contains(&format!("ARI_CHANNEL_ID={id}")), "{env}");
    assert!(env.contains("ARI_CALL=/"), "{env}");
    assert!(env.contains("ARI_APP=ivr"), "{env}");
    let (code, _) = serve.stop("TERM");
    assert_eq!(code, Some(0));
    // The handler's background `sleep` went with its process group.
    let left = std::process::Command::new("pgrep")
        .args(["-f", &handler.display().to_string()])
        .output()
        .unwrap();
    assert!(
        left.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&left.stdout)
    );
}

/// Any other `ari` command in a handler reaches the server through serve,
/// which holds the password; an error keeps its exit code.
#[test]
fn a_handler_s_own_ari_commands_go_through_serve() {
    let sim = sim();
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"trap 'echo got SIGHUP' HUP
ari call answer
echo "state=$(ari channels get "$ARI_CHANNEL_ID" --jq .state)"
ari channels get no-such-channel 2>/dev/null; echo "missing=$?"
ari channels hangup "$ARI_CHANNEL_ID"; echo "hangup=$?"
"#,
    );
    let mut serve = sb.serve(&sim.url(), &["--app", "ivr"], &handler);
    sb.sim_call(&sim, "ivr");
    serve.wait_for("the channel's state", |l| l == "#1 state=Up");
    serve.wait_for("the 404", |l| l == "#1 missing=5");
    // The hang-up returns once the call is gone: the trap has run by then,
    // and the request itself was let finish.
    serve.wait_for("the hang-up's SIGHUP", |l| l == "#1 got SIGHUP");
    serve.wait_for("the hang-up's exit", |l| l == "#1 hangup=0");
    let end = serve.end_of(1);
    assert!(end.contains("the call hung up"), "{end}");
    serve.stop("TERM");
}

/// The simulator plays `dial`, `record` and `--max-calls` as the PBX does.
#[test]
fn the_simulator_dials_records_and_turns_calls_away() {
    let sim = sim();
    let sb = Sandbox::new();
    let handler = sb.script(
        "h.sh",
        r#"ari call answer
busy=$(ari call dial Local/busy@lab --timeout 5); echo "busy=$busy exit=$?"
ok=$(ari call dial Local/wait@lab --timeout 5); echo "ok=$ok exit=$?"
ari call record sim-message --max-duration 1; echo "record=$?"
ari call wait NoSuchEvent
"#,
    );
    let mut serve = sb.serve(&sim.url(), &["--app", "ivr", "--max-calls", "1"], &handler);
    let first = sb.sim_call(&sim, "ivr");
    serve.wait_for("the busy leg", |l| l == "#1 busy=BUSY exit=9");
    serve.wait_for("the answered leg", |l| l == "#1 ok=ANSWER exit=0");
    serve.wait_for("the recording", |l| l == "#1 record=0");
    let second = sb.sim_call(&sim, "ivr");
    let away = serve.wait_for("the second turned away", |l| l.contains("turned away"));
    assert!(away.contains(&second), "{away}");
    run(sb.ari_sim(&sim).args(["channels", "hangup", &first]));
    serve.end_of(1);
    serve.stop("TERM");
}

/// The IVR flow on the other versions in the field: 20.6.0 (Ubuntu 24.04's)
/// and 23.4.1.
#[test]
fn the_ivr_flow_runs_on_asterisk_20_6_and_23_4() {
    for version in ["20.6.0", "23.4.1"] {
        let Some(pbx) = asterisk::Asterisk::start_version("serve on other versions", version)
        else {
            return;
        };
        let sb = Sandbox::new();
        let handler = sb.script("ivr.sh", READS_DIGITS);
        let mut serve = sb.serve(&pbx.url, &["--app", "ivr"], &handler);
        call_into(&sb, &pbx.url, "Local/dtmf@lab", "ivr");
        serve.wait_for("the digits", |l| l == "#1 digits=123 args=");
        let end = serve.end_of(1);
        assert!(
            end.contains("handler exited 0; the call continued in the dialplan"),
            "{version}: {end}"
        );
        until("the call to leave the application", || {
            none_in(&sb, &pbx.url, "ivr")
        });
        let (code, _) = serve.stop("TERM");
        assert_eq!(code, Some(0), "{version}");
    }
}
