//! Following one call by a name's leading part, `-q` and Ctrl-C on
//! `--wait`, and `--fail-fast` on a fleet: each on the simulator and on a
//! real Asterisk (where the kit is present).

use std::time::Duration;

use serde_json::Value;

use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::target::Target;
use crate::support::{Reply, Sandbox, TestServer, asterisk, closed_port, run, sim, until};

/// `ari <args> -q`, which must succeed: its one line.
fn quiet_id(target: &Target, sb: &Sandbox, args: &[&str]) -> String {
    let out = run(target.ari(sb).args(args).arg("-q"));
    let id = out.ok().to_string();
    assert!(!id.is_empty() && !id.contains('\n'), "{args:?}: {id}");
    id
}

#[test]
fn call_follows_a_name_given_without_its_context_and_says_what_it_waits_for() {
    for target in Target::targets("--call by a name's leading part") {
        let sb = Sandbox::new();
        let before = target.applications(&sb);
        let tail = Tail::start(&sb, &target.url, &["-o", "json", "--call", "Local/dtmf"]);
        until("the tail to connect", || {
            target
                .applications(&sb)
                .iter()
                .any(|a| a.starts_with("ari-") && !before.contains(a))
        });
        let originate = |endpoint: &str| target.ari(&sb).originate(Call::to_wait(endpoint));
        // Another call at the same time stays out.
        let other = originate("Local/echo@lab");
        let ours = originate("Local/dtmf@lab");
        let mut seen = Vec::new();
        loop {
            let line = tail.line();
            let event: Value = serde_json::from_str(&line).expect("NDJSON");
            if let Some(name) = event["channel"]["name"].as_str() {
                assert!(name.starts_with("Local/dtmf@lab-"), "{line}");
            }
            seen.push(event["channel"]["id"].as_str().unwrap_or("").to_string());
            if event["type"] == "ChannelDtmfReceived" {
                break;
            }
        }
        assert!(seen.contains(&ours), "{seen:?}");
        assert!(!seen.contains(&other), "{seen:?}");
        target.hangup(&sb, &ours);
        target.hangup(&sb, &other);
        let (code, _, stderr) = tail.interrupt();
        assert_eq!(code, Some(130), "{stderr}");
        assert_eq!(
            stderr
                .lines()
                .filter(|l| l.contains("--call Local/dtmf: waiting for a channel"))
                .count(),
            1,
            "{stderr}"
        );
    }
}

#[test]
fn wait_with_q_prints_the_id_of_what_the_event_is_about() {
    for target in Target::targets("--wait -q") {
        let sb = Sandbox::new();
        let app = format!("waitq-{}", std::process::id());
        let channel = quiet_id(
            &target,
            &sb,
            &[
                "channels",
                "originate",
                "--endpoint",
                "Local/wait@lab",
                "--app",
                &app,
                "--wait",
                "StasisStart",
            ],
        );
        let got = run(target
            .ari(&sb)
            .args(["channels", "get", &channel, "--jq", ".name"]));
        assert!(got.ok().starts_with("Local/wait@lab-"), "{}", got.stdout);
        let playback = quiet_id(
            &target,
            &sb,
            &[
                "channels",
                "play",
                &channel,
                "--media",
                "sound:beep",
                "--wait",
                "PlaybackFinished",
            ],
        );
        assert!(
            playback.len() >= 8 && !playback.contains(['{', ' ']),
            "a playback id: {playback}"
        );
        assert_ne!(playback, channel);
        // --jq still picks from the event.
        let out = run(target.ari(&sb).args([
            "channels",
            "play",
            &channel,
            "--media",
            "sound:beep",
            "--wait",
            "PlaybackFinished",
            "-q",
            "--jq",
            ".type",
        ]));
        assert_eq!(out.ok(), "PlaybackFinished");
        target.hangup(&sb, &channel);
    }
}

#[test]
fn ctrl_c_during_originate_wait_names_the_call_left_ringing() {
    for target in Target::targets("Ctrl-C during originate --wait") {
        let sb = Sandbox::new();
        let before: Vec<Value> = target.channels(&sb);
        let known = |c: &Value| before.iter().any(|b| b["id"] == c["id"]);
        let app = format!("ring-{}", std::process::id());
        let originating = Tail::start_args(
            &sb,
            &[
                "--url",
                &target.url,
                "channels",
                "originate",
                "--endpoint",
                "Local/ring@lab",
                "--app",
                &app,
                "--wait",
                "StasisStart",
            ],
        );
        // The reply has come back once the channel is listed.
        let mut ringing = None;
        until("the ringing channel", || {
            ringing = target.channels(&sb).into_iter().find(|c| {
                !known(c)
                    && c["name"]
                        .as_str()
                        .is_some_and(|n| n.starts_with("Local/ring@lab-") && n.ends_with(";1"))
            });
            ringing.is_some()
        });
        let ringing = ringing.unwrap();
        let (id, name) = (
            ringing["id"].as_str().unwrap(),
            ringing["name"].as_str().unwrap(),
        );
        let (code, stdout, stderr) = originating.interrupt();
        assert_eq!(code, Some(130), "{stderr}");
        assert!(stdout.is_empty());
        assert_eq!(
            stderr.trim_end(),
            format!(
                "ari: interrupted; channel {id} ({name}) was not hung up: ari channels hangup {id}"
            )
        );
        // Left as it was, and the command given ends it.
        assert!(target.channels(&sb).iter().any(|c| c["id"] == id));
        run(target.ari(&sb).args(["channels", "hangup", id])).ok();
    }
}

#[test]
fn fail_fast_reports_the_servers_that_answered() {
    // A server that answers after the dead one has failed: its request was
    // under way, so its answer is reported, not "not tried".
    let late = TestServer::start(|_| {
        std::thread::sleep(Duration::from_millis(300));
        Reply::json(
            200,
            r#"{"ping":"pong","timestamp":"2026-11-22T11:07:46.150+0000","asterisk_id":"x"}"#,
        )
    });
    let fast = sim();
    let real = asterisk::shared("--fail-fast on a real Asterisk");
    let sb = Sandbox::new();
    let profile = |name: &str, url: &str| {
        format!(
            "[profiles.{name}]\nurl = \"{url}\"\nusername = \"asterisk\"\npassword = \"asterisk\"\n"
        )
    };
    let mut config = profile("s-late", &late.url)
        + &profile("s-sim", &fast.url())
        + &profile("s-dead", &format!("http://127.0.0.1:{}", closed_port()));
    let mut answered = vec!["s-late", "s-sim"];
    if let Some(real) = real {
        config += &profile("s-real", &real.url);
        answered.push("s-real");
    }
    sb.write_config(&config);
    let out = run(sb
        .ari()
        .args(["-p", "s-*", "--fail-fast", "asterisk", "ping", "-o", "json"]));
    assert_eq!(out.code, 3, "{}", out.stderr);
    let docs: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for name in answered {
        assert!(
            docs.iter()
                .any(|d| d["profile"] == name && d["result"]["ping"] == "pong"),
            "{name} answered: {}",
            out.stdout
        );
    }
    assert!(!out.stderr.contains("not tried"), "{}", out.stderr);
    assert!(
        out.stderr.lines().last().unwrap().starts_with("ari: 1 of "),
        "{}",
        out.stderr
    );
}
