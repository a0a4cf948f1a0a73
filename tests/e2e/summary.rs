//! `ari events -o summary` and `--call`, on the simulator and on a real
//! Asterisk: lines that fit 80, 120 and 200 columns (and are not cut into a
//! pipe), a tag and a colour per call, and one call followed through its
//! Local halves, a dialled leg and a bridge.

use std::collections::{HashMap, HashSet};

use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use crate::support::asterisk::Asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::target::{Target, name};
use crate::support::{Sandbox, run, sim_with, without_colour};

/// A tail as its own application (subscribed to everything), connected;
/// it stops at the first `until` event (the user event `done` sent to it).
fn tail(target: &Target, sb: &Sandbox, app: &str, env: &[(&str, &str)], args: &[&str]) -> Tail {
    let until = if args.contains(&"--call") {
        "BridgeDestroyed"
    } else {
        "ChannelUserevent"
    };
    let mut all = vec![
        "--app",
        app,
        "--subscribe-all",
        "--until",
        until,
        "--timeout",
        "30",
    ];
    all.extend_from_slice(args);
    let tail = Tail::start_with_env(sb, &target.url, &all, env);
    target.until_listed(sb, app);
    tail
}

fn done(target: &Target, sb: &Sandbox, app: &str) {
    run(target
        .ari(sb)
        .args(["events", "user", "done", "--application", app]))
    .ok();
}

fn lines_of(tail: Tail) -> Vec<String> {
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    lines
}

fn summary_fits_and_pipes_cut_nothing(target: &Target) {
    let sb = Sandbox::new();
    let widths = [
        ("80", name("w80")),
        ("120", name("w120")),
        ("200", name("w200")),
    ];
    let piped = name("pipe");
    let mut tails = Vec::new();
    for (columns, app) in &widths {
        tails.push(tail(
            target,
            &sb,
            app,
            &[("COLUMNS", columns)],
            &["-o", "summary"],
        ));
    }
    let pipe = tail(target, &sb, &piped, &[], &["-o", "summary"]);
    // A call with a dialplan, a playback and a hang-up (the tails see it all).
    let chan = target.originate(&sb, &name("fit-calls"), true);
    run(target.ari(&sb).args([
        "channels",
        "play",
        &chan,
        "--media",
        "sound:hello-world",
        "--wait",
        "PlaybackFinished",
    ]))
    .ok();
    run(target.ari(&sb).args(["channels", "hangup", &chan])).ok();
    for (_, app) in &widths {
        done(target, &sb, app);
    }
    done(target, &sb, &piped);

    for ((columns, _), tail) in widths.iter().zip(tails) {
        let columns: usize = columns.parse().unwrap();
        let lines = lines_of(tail);
        assert!(lines.len() > 5, "{lines:?}");
        for line in &lines {
            assert!(line.width() <= columns, "wider than {columns}: {line}");
        }
        if columns == 80 {
            assert!(lines.iter().any(|l| l.contains('…')), "{lines:#?}");
        }
        // An event with no channel leaves the channel columns blank.
        let user = lines.last().unwrap();
        let kind = if columns >= 120 {
            "ChannelUserevent"
        } else {
            "UserEvent"
        };
        assert!(
            user.split_whitespace().collect::<Vec<_>>()[1..] == [kind, "done"],
            "{user}"
        );
        // The columns stay put: the type and who start where they did.
        let at = |line: &str, what: &str| line.find(what);
        let kinds: HashSet<Option<usize>> = lines
            .iter()
            .filter(|l| l.contains(" c1 "))
            .map(|l| at(l, " c1 ").map(|i| i + 4))
            .collect();
        assert_eq!(kinds.len(), 1, "{lines:#?}");
        if columns == 80 {
            // Who (the Local channel's exten@context and half) and the
            // details are on every line of the call.
            let calls: Vec<&String> = lines.iter().filter(|l| l.contains(" c1 ")).collect();
            let whos: HashSet<Option<usize>> = calls
                .iter()
                .filter(|l| !l.contains("PlayStart") && !l.contains("PlayEnd"))
                .map(|l| at(l, " wait@lab;"))
                .collect();
            assert_eq!(whos.len(), 1, "who moved or is missing: {calls:#?}");
            assert!(
                calls
                    .iter()
                    .any(|l| l.contains("State") && l.trim_end().ends_with(" Up")),
                "{calls:#?}"
            );
            assert!(
                calls
                    .iter()
                    .any(|l| l.contains("Destroyed") && l.contains("Normal Clearing (16)")),
                "{calls:#?}"
            );
        }
    }
    let lines = lines_of(pipe);
    assert!(lines.iter().all(|l| !l.contains('…')), "{lines:#?}");
    // Full names and ids (StasisStart goes to the call's own application only).
    assert!(
        lines
            .iter()
            .any(|l| l.contains(&chan) && l.contains("Local/wait@lab-") && l.contains(";1")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("ChannelDialplan") && l.contains("[wait@lab:1] Answer()")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("PlaybackFinished") && l.contains("sound:hello-world done")),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("ChannelDestroyed") && l.contains("Normal Clearing (16)")),
        "{lines:#?}"
    );
}

#[test]
fn summary_fits_and_pipes_cut_nothing_on_the_simulator() {
    summary_fits_and_pipes_cut_nothing(&Target::sim());
}

#[test]
fn summary_fits_and_pipes_cut_nothing_on_a_real_asterisk() {
    if let Some(target) = Target::real("summary layout") {
        summary_fits_and_pipes_cut_nothing(&target);
    }
}

fn interleaved_calls_get_a_tag_and_a_colour_each(target: &Target) {
    let sb = Sandbox::new();
    let app = name("colours");
    let t = tail(
        target,
        &sb,
        &app,
        &[],
        &["-o", "summary", "--color", "always", "--relative"],
    );
    let calls = name("tag-calls");
    let a = target.originate(&sb, &calls, true);
    let b = target.originate(&sb, &calls, true);
    for chan in [&a, &b] {
        run(target.ari(&sb).args(["channels", "hangup", chan])).ok();
    }
    done(target, &sb, &app);
    let lines = lines_of(t);
    // The tag and its colour, per channel id.
    let mut seen: HashMap<&str, HashSet<(String, String)>> = HashMap::new();
    for line in &lines {
        let text = without_colour(line);
        assert!(text.starts_with('+'), "--relative: {text}");
        let words: Vec<&str> = text.split_whitespace().collect();
        for chan in [a.as_str(), b.as_str()] {
            if words.contains(&chan) {
                let tag = words[1].to_string();
                let colour = line
                    .split(&tag)
                    .next()
                    .and_then(|before| before.rsplit('\u{1b}').next())
                    .unwrap_or("")
                    .to_string();
                seen.entry(chan).or_default().insert((tag, colour));
            }
        }
    }
    let (ta, tb) = (&seen[a.as_str()], &seen[b.as_str()]);
    assert_eq!(ta.len(), 1, "one tag and colour for a call: {ta:?}");
    assert_eq!(tb.len(), 1, "{tb:?}");
    let (ta, tb) = (ta.iter().next().unwrap(), tb.iter().next().unwrap());
    assert_ne!(ta.0, tb.0, "tags");
    assert_ne!(ta.1, tb.1, "colours");
}

#[test]
fn interleaved_calls_get_a_tag_and_a_colour_each_on_the_simulator() {
    interleaved_calls_get_a_tag_and_a_colour_each(&Target::sim());
}

#[test]
fn interleaved_calls_get_a_tag_and_a_colour_each_on_a_real_asterisk() {
    if let Some(target) = Target::real("call tags") {
        interleaved_calls_get_a_tag_and_a_colour_each(&target);
    }
}

/// Follow the first `Local/wait@lab` call: its halves, a leg created on its
/// behalf and dialled, the bridge it enters (and the other call's channel
/// only as far as that bridge goes).
fn call_follows_halves_legs_and_bridges(target: &Target) {
    let sb = Sandbox::new();
    let app = name("follow");
    let t = tail(
        target,
        &sb,
        &app,
        &[],
        &["-o", "json", "--call", "Local/wait@lab"],
    );
    let calls = name("follow-calls");
    let a = target.originate(&sb, &calls, true);
    let b = target
        .ari(&sb)
        .originate_into_stasis(Call::to_app("Local/echo@lab", &calls));
    let leg = run(target.ari(&sb).args([
        "channels",
        "create",
        "--endpoint",
        "Local/echo@lab",
        "--app",
        &app,
        "--originator",
        &a,
        "--jq",
        ".id",
    ]))
    .ok()
    .to_string();
    run(target
        .ari(&sb)
        .args(["channels", "dial", &leg, "--caller", &a]))
    .ok();
    let bridge = run(target
        .ari(&sb)
        .args(["bridges", "create", "--type", "mixing", "--jq", ".id"]))
    .ok()
    .to_string();
    run(target.ari(&sb).args([
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &format!("{a},{b}"),
    ]))
    .ok();
    run(target.ari(&sb).args(["bridges", "destroy", &bridge])).ok();
    // BridgeDestroyed ends the tail.
    let (code, lines, stderr) = t.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let events: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let about = |e: &Value| -> Option<String> {
        e["channel"]["id"]
            .as_str()
            .or(e["peer"]["id"].as_str())
            .map(str::to_string)
    };
    let channels: HashSet<String> = events.iter().filter_map(about).collect();
    assert!(channels.contains(&a), "{stderr}\n{lines:#?}");
    assert!(channels.contains(&leg), "the dialled leg: {lines:#?}");
    // Both Local halves of the followed call.
    let names: HashSet<&str> = events
        .iter()
        .filter_map(|e| e["channel"]["name"].as_str())
        .collect();
    assert!(
        names
            .iter()
            .any(|n| n.ends_with(";2") && n.starts_with("Local/wait@lab-"))
    );
    // The other call appears only in the bridge's events.
    for e in events
        .iter()
        .filter(|e| about(e).as_deref() == Some(b.as_str()))
    {
        assert!(
            e["type"].as_str().unwrap().ends_with("Bridge"),
            "the other call's own event: {e}"
        );
    }
    assert!(
        events.iter().any(|e| e["type"] == "BridgeDestroyed"),
        "{lines:#?}"
    );
}

/// ari.conf `channelvars = CHANNEL(linkedid)`: channels then carry their
/// call's linkedid, which `ari` uses to group them exactly.
const LINKEDID_CONF: &str = "[general](+)\nchannelvars = CHANNEL(linkedid)\n";

#[test]
fn call_follows_halves_legs_and_bridges_on_the_simulator() {
    let sim = sim_with(|o| o.channelvars = vec!["CHANNEL(linkedid)".into()]);
    call_follows_halves_legs_and_bridges(&Target::of_sim(sim));
}

#[test]
fn call_follows_halves_legs_and_bridges_on_a_real_asterisk() {
    let conf = tempfile::tempdir().unwrap();
    std::fs::write(conf.path().join("ari.conf"), LINKEDID_CONF).unwrap();
    if let Some(asterisk) = Asterisk::start_with_conf("--call on a real Asterisk", conf.path()) {
        call_follows_halves_legs_and_bridges(&Target::own(asterisk));
    }
}

/// `ari sim`'s console prints the same summary lines as `ari events`.
#[test]
fn the_simulators_console_uses_the_summary_renderer() {
    let sb = Sandbox::new();
    let console = Tail::start_args(
        &sb,
        &[
            "sim",
            "--listen",
            "127.0.0.1:0",
            "--events",
            "--time-scale",
            "0.05",
        ],
    );
    let banner = console.line();
    let url = banner
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("the banner names the URL")
        .trim_end_matches("/ari")
        .to_string();
    let chan = sb
        .ari()
        .args(["--url", &url])
        .originate_into_stasis(Call::to_app("Local/wait@lab", "console"));
    let started = std::iter::repeat_with(|| console.line())
        .find(|l| l.contains(" StasisStart "))
        .expect("a StasisStart line");
    let _ = console.interrupt();
    let words: Vec<&str> = started.split_whitespace().collect();
    assert_eq!(words[1], "c1", "{started}");
    assert!(words.contains(&chan.as_str()), "{started}");
    assert!(started.contains("console  from [wait@lab:1]"), "{started}");
}

/// At a real terminal (no COLUMNS), the lines fit the terminal's own width.
#[test]
fn summary_lines_fit_the_terminal_they_are_shown_in() {
    use expectrl::Expect;
    use expectrl::session::OsSession as Session;
    let target = Target::sim();
    let sb = Sandbox::new();
    let app = name("pty");
    let mut cmd = sb.std_ari();
    cmd.args([
        "--url",
        &target.url,
        "events",
        "-o",
        "summary",
        "--app",
        &app,
        "--subscribe-all",
        "--until",
        "ChannelUserevent",
    ])
    .env("TERM", "xterm")
    .env_remove("COLUMNS");
    let mut session = Session::spawn(cmd).expect("ari events starts in a pty");
    session.get_process_mut().set_window_size(64, 24).unwrap();
    session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    target.until_listed(&sb, &app);
    target.originate(&sb, &name("calls"), true);
    done(&target, &sb, &app);
    let found = session.expect(expectrl::Eof).unwrap();
    let text = String::from_utf8_lossy(found.as_bytes()).into_owned();
    let lines: Vec<String> = text
        .lines()
        .map(without_colour)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(lines.len() > 3, "{lines:#?}");
    for line in &lines {
        assert!(
            line.trim_end().width() <= 64,
            "wider than the terminal: {line}"
        );
    }
}

/// `ari events --listen` at 80 columns: each line is the connection's tag
/// (`ws1 `) and a summary line that fits what the tag leaves.
#[test]
fn the_listener_tail_fits_its_lines_after_the_connection_tag() {
    let sb = Sandbox::new();
    let port = crate::support::closed_port();
    let addr = format!("127.0.0.1:{port}");
    let tail = Tail::start_with_env(
        &sb,
        "http://127.0.0.1:9",
        &[
            "--listen",
            &addr,
            "-o",
            "summary",
            "--until",
            "StasisStart",
            "--timeout",
            "30",
        ],
        &[("COLUMNS", "80")],
    );
    let uri = format!("ws://127.0.0.1:{port}/");
    let sim = sim_with(|o| o.outbound = vec![(uri.clone(), "obapp".into())]);
    let registered = tail.line();
    assert!(registered.contains("obapp"), "{registered}");
    sb.ari().args(["--url", &sim.url()]).originate(Call::to_app(
        "Local/a-rather-long-extension-name@a-long-context",
        "obapp",
    ));
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let all: Vec<String> = std::iter::once(registered).chain(lines).collect();
    assert!(all.len() > 2, "{all:#?}");
    for line in &all {
        assert!(line.starts_with("ws1 "), "{line}");
        assert!(line.width() <= 80, "wider than 80 with its tag: {line}");
    }
    // The line was cut for the room the tag leaves, not for all 80.
    assert!(
        all.iter().any(|l| l.width() > 72 && l.contains('…')),
        "{all:#?}"
    );
    let started = all.iter().find(|l| l.contains("StasisStart")).unwrap();
    assert!(
        started.contains(";1"),
        "who keeps the Local half: {started}"
    );
}

/// Why calls fail, at 80 columns: a busy call, a Stasis() into an
/// application nobody holds, and (`missing`) an extension that does not
/// exist. `target` must be the test's own: its channels are this test's only.
fn failed_calls_say_why_at_80_columns(target: &Target, missing: bool) {
    let sb = Sandbox::new();
    let app = name("why");
    let t = tail(target, &sb, &app, &[("COLUMNS", "80")], &["-o", "summary"]);
    let calls = name("why-calls");
    let _holder = tail(target, &sb, &calls, &[], &["-o", "json"]);
    let mut endpoints = vec!["Local/busy@lab", "Local/hello@lab"];
    if missing {
        endpoints.push("Local/nosuch@lab");
    }
    for endpoint in endpoints {
        target.ari(&sb).originate(Call::to_app(endpoint, &calls));
    }
    // Busy(5) ends its call after five seconds: wait until no channel is left.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    while run(target.ari(&sb).args(["channels", "list", "--jq", "length"])).ok() != "0" {
        assert!(
            std::time::Instant::now() < deadline,
            "the calls did not end"
        );
    }
    done(target, &sb, &app);
    done(target, &sb, &calls);
    let lines = lines_of(t);
    for line in &lines {
        assert!(line.width() <= 80, "{line}");
        assert!(!line.contains("cause 0"), "{line}");
    }
    let has = |what: &str| lines.iter().any(|l| l.contains(what));
    let mut expected = vec![
        "busy (Dial BUSY)  at [busy@lab:1]",
        "User busy (17)",
        "hello@lab;2      no application hello registered",
    ];
    if missing {
        expected.push("nosuch@lab;2     no such extension nosuch@lab");
    }
    for what in expected {
        assert!(has(what), "{what}: {lines:#?}");
    }
}

#[test]
fn failed_calls_say_why_at_80_columns_on_a_real_asterisk() {
    if let Some(asterisk) = Asterisk::start("failure causes") {
        failed_calls_say_why_at_80_columns(&Target::own(asterisk), true);
    }
}

/// The same summary lines from the other versions in the field (their
/// events carry the same fields for this; 20.6.0 has no `tech_cause`).
#[test]
fn failed_calls_say_why_on_asterisk_20_6_and_23_4() {
    for version in ["20.6.0", "23.4.1"] {
        if let Some(asterisk) = Asterisk::start_version("failure causes on other versions", version)
        {
            failed_calls_say_why_at_80_columns(&Target::own(asterisk), true);
        }
    }
}

/// The simulator runs an unknown extension like `wait`: no missing one there.
#[test]
fn failed_calls_say_why_at_80_columns_on_the_simulator() {
    failed_calls_say_why_at_80_columns(&Target::sim(), false);
}
