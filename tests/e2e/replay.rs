//! `--record` and `--replay`: a recording made while watching one call
//! replays, with `--call` on another, exactly what a live tail of that
//! other call printed; the file survives a `kill -9` and a full disk; bad
//! lines are counted, not fatal.

use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::asterisk;
use crate::support::tail::{Tail, until_registered};
use crate::support::{Sandbox, run, sim, until};

/// Where the calls of one run go, and the names that keep it apart from
/// other tests on a shared server.
struct Names {
    /// The application the calls enter (held by a tail of its own).
    app: String,
    watch1: String,
    watch2: String,
    call1: String,
    call2: String,
}

impl Names {
    fn new(tag: &str) -> Names {
        let id = format!("{tag}-{}", std::process::id());
        Names {
            app: format!("{id}-app"),
            watch1: format!("{id}-w1"),
            watch2: format!("{id}-w2"),
            call1: format!("{id}-c1"),
            call2: format!("{id}-c2"),
        }
    }
}

/// Wait until `app` is registered on the server at `url`.
fn until_listed(sb: &Sandbox, url: &str, app: &str) {
    until(&format!("{app} registered"), || {
        run(sb.ari().args(["--url", url, "applications", "get", app])).code == 0
    });
}

/// Two calls on the server at `url`, watched by two tails that see
/// everything (`--subscribe-all`): the first records while it shows
/// `--call` on the first call, the second shows the second call live.
/// Returns (the recording, what each tail printed).
fn session(
    sb: &Sandbox,
    url: &str,
    n: &Names,
    wait: impl Fn(&str),
) -> (std::path::PathBuf, String, String) {
    let recording = sb.path().join("session.jsonl");
    let rec = recording.display().to_string();
    let holder = Tail::start(sb, url, &["--app", &n.app, "-o", "json"]);
    // The recording tail shows the first call until it is stopped; the
    // other shows the second until its first ChannelDestroyed.
    let watch = |name: &str, call: &str, record: Option<&str>| {
        let mut args = vec![
            "--app",
            name,
            "--subscribe-all",
            "-o",
            "summary",
            "--call",
            call,
        ];
        match record {
            Some(file) => args.extend(["--record", file]),
            None => args.extend(["--until", "ChannelDestroyed"]),
        }
        Tail::start(sb, url, &args)
    };
    let one = watch(&n.watch1, &n.call1, Some(&rec));
    let two = watch(&n.watch2, &n.call2, None);
    for app in [&n.app, &n.watch1, &n.watch2] {
        wait(app);
    }
    // The holder's tail says when each step is done: `--wait` cannot listen
    // as an application another connection holds.
    let until_event = |kind: &str| {
        while holder.event()["type"] != kind {}
    };
    for call in [&n.call1, &n.call2] {
        run(sb.ari().args([
            "--url",
            url,
            "channels",
            "originate",
            "--endpoint",
            "Local/echo@lab",
            "--app",
            &n.app,
            "--channel-id",
            call,
        ]))
        .ok();
        until_event("StasisStart");
    }
    run(sb.ari().args([
        "--url",
        url,
        "channels",
        "play",
        &n.call2,
        "--media",
        "sound:beep",
    ]))
    .ok();
    until_event("PlaybackFinished");
    // The second call first, and gone, before the first: the first tail
    // ends on the first call's ChannelDestroyed, after every event of the
    // second (a real Asterisk destroys channels on threads of their own).
    run(sb
        .ari()
        .args(["--url", url, "channels", "hangup", &n.call2]))
    .ok();
    while !(holder.event()["type"] == "ChannelDestroyed") {}
    run(sb
        .ari()
        .args(["--url", url, "channels", "hangup", &n.call1]))
    .ok();
    // Stopped once both calls' ends are recorded: a real Asterisk may hand
    // one connection the second call's end after the first's.
    let destroyed = |line: &str, call: &str| {
        serde_json::from_str::<Value>(line).is_ok_and(|l| {
            l["event"]["type"] == "ChannelDestroyed" && l["event"]["channel"]["id"] == call
        })
    };
    crate::support::until("both calls' ends recorded", || {
        let text = std::fs::read_to_string(&recording).unwrap_or_default();
        [&n.call1, &n.call2]
            .iter()
            .all(|call| text.lines().any(|l| destroyed(l, call)))
    });
    let (code, first, err) = one.interrupt();
    assert_eq!(code, Some(130), "{err}");
    let (code, second, err) = two.finish();
    assert_eq!(code, Some(0), "{err}");
    holder.interrupt();
    (recording, first.join("\n"), second.join("\n"))
}

fn replay(sb: &Sandbox, file: &Path, args: &[&str]) -> String {
    let out = run(sb.ari().args(["events", "--replay"]).arg(file).args(args));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stderr, "", "a clean recording replays without a note");
    out.stdout.trim_end().to_string()
}

/// The recording against both live captures, and its frames as JSON.
/// How two tails' lines compare: exactly on the simulator. A real Asterisk
/// may hand two connections the events of one instant in different orders
/// (and the summary's columns follow what came before), so there the lines
/// compare as a set, spaces collapsed.
#[derive(Clone, Copy, PartialEq)]
enum Compare {
    Exactly,
    AsASet,
}

fn same(compare: Compare, replayed: &str, live: &str) {
    if compare == Compare::Exactly {
        assert_eq!(replayed, live);
        return;
    }
    let set = |text: &str| {
        let mut lines: Vec<String> = text
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        lines.sort();
        lines
    };
    assert_eq!(
        set(replayed),
        set(live),
        "replayed:\n{replayed}\nlive:\n{live}"
    );
}

fn check(sb: &Sandbox, recording: &Path, n: &Names, first: &str, second: &str, compare: Compare) {
    assert!(
        second.lines().count() >= 5,
        "the second call's lines: {second}"
    );
    let filters = ["-o", "summary", "--until", "ChannelDestroyed", "--call"];
    // Another call than the one watched while recording: as its live tail.
    let other: Vec<&str> = filters.iter().copied().chain([n.call2.as_str()]).collect();
    let filters = ["-o", "summary", "--call"];
    same(compare, &replay(sb, recording, &other), second);
    // The one watched: as it was shown.
    let watched: Vec<&str> = filters.iter().copied().chain([n.call1.as_str()]).collect();
    same(compare, &replay(sb, recording, &watched), first);
    // As JSON, every frame, exactly as received.
    let frames: Vec<Value> = std::fs::read_to_string(recording)
        .unwrap()
        .lines()
        .skip(1)
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["event"].clone())
        .collect();
    let replayed: Vec<Value> = replay(sb, recording, &["-o", "json"])
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(replayed, frames);
    // A script's --wait finds the first call's end in it (these tails see
    // every channel's events, but no application's StasisStart).
    let id = replay(
        sb,
        recording,
        &[
            "--wait",
            "ChannelDestroyed",
            "--jq",
            ".channel.id",
            "--channel",
            &n.call1,
        ],
    );
    assert_eq!(id, n.call1);
}

#[test]
fn a_recording_replays_another_call_as_its_live_tail_showed_it() {
    let sim = sim();
    let sb = Sandbox::new();
    let n = Names::new("rp");
    let (recording, first, second) =
        session(&sb, &sim.url(), &n, |app| until_registered(&sim, app));
    check(&sb, &recording, &n, &first, &second, Compare::Exactly);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&recording).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a recording holds callers' numbers");
    }
}

#[test]
fn a_recording_on_a_real_asterisk_replays_another_call_as_its_live_tail_showed_it() {
    let Some(pbx) = asterisk::shared("record and replay") else {
        return;
    };
    let sb = Sandbox::new();
    let n = Names::new("rpa");
    let url = pbx.url.clone();
    let (recording, first, second) = session(&sb, &url, &n, |app| until_listed(&sb, &url, app));
    check(&sb, &recording, &n, &first, &second, Compare::AsASet);
}

#[test]
fn bad_lines_are_counted_once_and_the_good_ones_replay() {
    let sb = Sandbox::new();
    let file = sb.path().join("mixed.jsonl");
    let event = |n: u32| {
        format!(
            r#"{{"type":"ChannelUserevent","eventname":"e{n}","timestamp":"2026-11-22T11:07:4{n}.150+0000","application":"x"}}"#
        )
    };
    let text = [
        r#"{"ari_recording":1,"ari":"0.1.0","started":"x","tagged":null,"sources":["a"]}"#
            .to_string(),
        format!(
            r#"{{"t":1796508869.000001,"source":"a","event":{}}}"#,
            event(1)
        ),
        "this is not JSON".to_string(),
        // A plain `ari events -o json` line, as old captures hold.
        event(2),
        r#"{"t":1796508870.5,"source":"a","event":{"type":"Chan"#.to_string(),
    ]
    .join("\n");
    // And a line that is not UTF-8, between the good ones.
    let mut bytes = text.into_bytes();
    bytes.extend_from_slice(b"\n\xff\xfe not text\n");
    bytes.extend_from_slice(
        format!(r#"{{"t":1796508871.0,"source":"a","event":{}}}"#, event(3)).as_bytes(),
    );
    std::fs::write(&file, bytes).unwrap();
    let out = run(sb.ari().args(["events", "--replay"]).arg(&file).args([
        "-o",
        "json",
        "--jq",
        ".eventname",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "e1\ne2\ne3\n");
    assert_eq!(
        out.one_error_line(),
        format!(
            "ari: skipped 3 lines of {} that are not events or recorded frames, the first at line 3",
            file.display()
        )
    );
    // A newer format's lines: said so.
    std::fs::write(
        &file,
        format!(
            "{}\n{}\n",
            r#"{"ari_recording":9,"tagged":null,"sources":[]}"#,
            r#"{"t":"later","source":"a","event":{"type":"X"}}"#
        ),
    )
    .unwrap();
    let out = run(sb.ari().args(["events", "--replay"]).arg(&file));
    assert_eq!(out.code, 0);
    assert!(
        out.one_error_line()
            .ends_with("(it was recorded by a newer ari)"),
        "{}",
        out.stderr
    );
    // --until that never comes: exit 9, as a live tail's --timeout.
    let out = run(sb
        .ari()
        .args(["events", "--replay"])
        .arg(&file)
        .args(["--until", "StasisStart"]));
    assert_eq!(out.code, 9, "{}", out.stderr);
    // No file, a bad speed, servers as well as a file: exit 2.
    let none = run(sb.ari().args(["events", "--replay", "no-such-file.jsonl"]));
    assert_eq!(none.code, 2);
    assert!(
        none.one_error_line()
            .starts_with("ari: cannot read no-such-file.jsonl")
    );
    for speed in ["0", "-2", "fast"] {
        let out = run(sb
            .ari()
            .args(["events", "--replay"])
            .arg(&file)
            .args(["--speed", speed]));
        assert_eq!(out.code, 2, "{speed}: {}", out.stderr);
    }
    let out = run(sb
        .ari()
        .args(["-p", "a,b", "events", "--replay"])
        .arg(&file));
    assert_eq!(out.code, 2, "{}", out.stderr);
}

#[test]
fn a_replay_keeps_the_recorded_pace_at_a_given_speed() {
    let sb = Sandbox::new();
    let file = sb.path().join("paced.jsonl");
    let line = |t: &str, n: u32| {
        format!(
            r#"{{"t":{t},"source":"a","event":{{"type":"ChannelUserevent","eventname":"e{n}","timestamp":"2026-11-22T11:07:46.150+0000"}}}}"#
        )
    };
    std::fs::write(
        &file,
        format!("{}\n{}\n", line("1796508869.0", 1), line("1796508871.0", 2)),
    )
    .unwrap();
    // Two seconds apart, at four times the speed: half a second at least.
    let started = Instant::now();
    let out = run(sb
        .ari()
        .args(["events", "--replay"])
        .arg(&file)
        .args(["--speed", "4", "-o", "json"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(started.elapsed() >= Duration::from_millis(500));
    assert_eq!(out.stdout.lines().count(), 2);
}

#[test]
fn a_full_disk_is_said_once_and_the_tail_goes_on() {
    if !Path::new("/dev/full").exists() {
        eprintln!("SKIPPED: no /dev/full here");
        return;
    }
    let sim = sim();
    let sb = Sandbox::new();
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app",
            "full",
            "-o",
            "json",
            "--count",
            "3",
            "--record",
            "/dev/full",
        ],
    );
    until_registered(&sim, "full");
    for n in 0..3 {
        run(sb
            .ari_sim(&sim)
            .args(["events", "user", &format!("e{n}"), "--application", "full"]))
        .ok();
    }
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines.len(), 3, "the tail goes on showing");
    let said: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("cannot write the recording"))
        .collect();
    assert_eq!(said.len(), 1, "{stderr}");
    assert!(said[0].contains("No space left on device"), "{stderr}");
}

#[test]
fn a_killed_tail_leaves_a_recording_of_whole_lines() {
    let sim = sim();
    let sb = Sandbox::new();
    let file = sb.path().join("killed.jsonl");
    let tail = Tail::start(
        &sb,
        &sim.url(),
        &[
            "--app",
            "kill9",
            "-o",
            "summary",
            "--type",
            "Nothing*",
            "--record",
            &file.display().to_string(),
        ],
    );
    until_registered(&sim, "kill9");
    for n in 0..20 {
        run(sb
            .ari_sim(&sim)
            .args(["events", "user", &format!("e{n}"), "--application", "kill9"]))
        .ok();
    }
    // Every frame is in the file as it arrives, though none was shown.
    until("20 frames recorded", || {
        std::fs::read_to_string(&file).is_ok_and(|t| t.lines().count() == 21)
    });
    std::process::Command::new("kill")
        .args(["-KILL", &tail.pid().to_string()])
        .status()
        .unwrap();
    let _ = tail.finish();
    let names = replay(&sb, &file, &["-o", "json", "--jq", ".eventname"]);
    let expected: Vec<String> = (0..20).map(|n| format!("e{n}")).collect();
    assert_eq!(names, expected.join("\n"));
}

/// A fleet's recording replays with each line tagged by its server, as the
/// live tail tagged it.
#[test]
fn a_fleets_recording_replays_tagged_by_profile() {
    let sb = Sandbox::new();
    let sims = [sim(), sim()];
    let mut config = String::new();
    for (name, s) in ["east", "west-2"].iter().zip(&sims) {
        config.push_str(&format!(
            "[profiles.{name}]\nurl = \"{}\"\nusername = \"asterisk\"\npassword = \"asterisk\"\n",
            s.url()
        ));
    }
    sb.write_config(&config);
    let file = sb.path().join("fleet.jsonl");
    let tail = Tail::start_args(
        &sb,
        &[
            "-p",
            "east,west-2",
            "events",
            "--app",
            "fl",
            "-o",
            "summary",
            "--type",
            "ChannelUserevent",
            "--record",
            &file.display().to_string(),
        ],
    );
    for s in &sims {
        until_registered(s, "fl");
    }
    // One at a time, each shown before the next: the live order is plain.
    let mut live = Vec::new();
    for (n, s) in [0, 1, 1, 0].into_iter().enumerate() {
        run(sb
            .ari_sim(&sims[s])
            .args(["events", "user", &format!("e{n}"), "--application", "fl"]))
        .ok();
        live.push(tail.line());
    }
    let _ = tail.interrupt();
    assert!(live[0].starts_with("east   "), "{live:?}");
    assert!(live[1].starts_with("west-2 "), "{live:?}");
    let replayed = replay(&sb, &file, &["-o", "summary", "--type", "ChannelUserevent"]);
    assert_eq!(replayed, live.join("\n"));
    // As JSON, each event wrapped with its profile, as live.
    let first = replay(&sb, &file, &["-o", "json", "--count", "1"]);
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(first["profile"], "east", "{first}");
    assert_eq!(first["event"]["eventname"], "e0", "{first}");
}
