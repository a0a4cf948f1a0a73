//! Who may connect as an application name, and capturing one id: each case
//! runs against the simulator and against a real Asterisk 22.10.1, because a
//! real Asterisk keeps closed applications listed and sends other events
//! before `StasisStart`, and the simulator must do the same.

use crate::support::asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::target::{Target, name, on_both};
use crate::support::ws::Events;
use crate::support::{Sandbox, run, until};

/// The other program still hears its own events and never heard
/// `ApplicationReplaced`: a user event sent to it arrives there.
fn still_owns(target: &Target, sb: &Sandbox, owner: &mut Events, app: &str) {
    run(target
        .ari(sb)
        .args(["events", "user", "still-mine", "--application", app]))
    .ok();
    owner.wait_for("the user event", |e| e["eventname"] == "still-mine");
    assert!(
        owner
            .seen
            .iter()
            .all(|e| e["type"] != "ApplicationReplaced"),
        "{:?}",
        owner.seen
    );
}

fn a_second_run_reuses_the_name_it_left(target: &Target) {
    let sb = Sandbox::new();
    let app = name("reuse");
    // Each leaves a call in the application: Asterisk keeps it listed.
    let first = target.originate(&sb, &app, true);
    let second = target.originate(&sb, &app, true);
    assert_ne!(first, second);
    let listed = run(target.ari(&sb).args(["applications", "get", &app])).json();
    assert!(
        listed["channel_ids"].as_array().unwrap().len() >= 2,
        "{listed}"
    );
    // A tail as the same name is not refused either (it times out: exit 9).
    let out = run(target
        .ari(&sb)
        .args(["events", "--app", &app, "--timeout", "0.3"]));
    assert_eq!(out.code, 9, "{}", out.stderr);
}
on_both!(a_second_run_reuses_the_name_it_left);

fn a_name_a_live_program_holds_is_refused_and_it_hears_nothing(target: &Target) {
    let sb = Sandbox::new();
    let app = name("foreign");
    let mut owner = Events::connect(target.addr, &format!("app={app}"));
    target.until_listed(&sb, &app);
    let out = run(target.ari(&sb).args(["events", "--app", &app]));
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(
        out.one_error_line().contains(&format!(
            "application '{app}' is registered by another connection"
        )),
        "{}",
        out.stderr
    );
    let out = run(target.ari(&sb).args([
        "channels",
        "originate",
        "--endpoint",
        "Local/wait@lab",
        "--app",
        &app,
        "--wait",
        "StasisStart",
    ]));
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(
        out.stderr.contains("so --wait cannot listen as it"),
        "{}",
        out.stderr
    );
    still_owns(target, &sb, &mut owner, &app);
}
on_both!(a_name_a_live_program_holds_is_refused_and_it_hears_nothing);

fn a_name_ari_left_empty_then_taken_by_another_program_is_refused(target: &Target) {
    let sb = Sandbox::new();
    let app = name("left");
    // ari holds the name with nothing in it, and lets go.
    let out = run(target
        .ari(&sb)
        .args(["events", "--app", &app, "--timeout", "0.3"]));
    assert_eq!(out.code, 9, "{}", out.stderr);
    // Then another program takes the name.
    let mut owner = Events::connect(target.addr, &format!("app={app}"));
    target.until_listed(&sb, &app);
    let out = run(target.ari(&sb).args(["events", "--app", &app]));
    assert_eq!(out.code, 6, "{}", out.stderr);
    still_owns(target, &sb, &mut owner, &app);
}
on_both!(a_name_ari_left_empty_then_taken_by_another_program_is_refused);

fn a_name_another_ari_is_connected_as_is_refused_until_it_leaves(target: &Target) {
    let sb = Sandbox::new();
    let app = name("tail");
    let tail = Tail::start(&sb, &target.url, &["--app", &app, "-o", "json"]);
    target.until_listed(&sb, &app);
    // A call the tail sees makes the name listed even after the tail leaves.
    let chan = target.originate(&sb, &app, false);
    let line = loop {
        let line = tail.line();
        if line.contains("\"StasisStart\"") {
            break line;
        }
    };
    assert!(line.contains(&chan), "{line}");
    let out = run(target.ari(&sb).args([
        "channels",
        "originate",
        "--endpoint",
        "Local/wait@lab",
        "--app",
        &app,
        "--wait",
        "StasisStart",
    ]));
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(out.stderr.contains("another ari, pid"), "{}", out.stderr);
    let (code, _, stderr) = tail.interrupt();
    assert_eq!(code, Some(130), "{stderr}");
    // The tail let go: its leftover is ari's own, and reused.
    target.originate(&sb, &app, true);
}
on_both!(a_name_another_ari_is_connected_as_is_refused_until_it_leaves);

fn wait_captures_one_id_where_other_events_come_first(target: &Target) {
    let sb = Sandbox::new();
    let app = name("capture");
    let tail = Tail::start(
        &sb,
        &target.url,
        &[
            "--app",
            &app,
            "--wait",
            "StasisStart",
            "--jq",
            ".channel.id",
            "--timeout",
            "30",
        ],
    );
    target.until_listed(&sb, &app);
    let chan = target.originate(&sb, &app, false);
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(lines, vec![chan.clone()]);

    // --until, for a person, shows what came first too, and ends on the match.
    let app = name("watch");
    let tail = Tail::start(
        &sb,
        &target.url,
        &[
            "--app",
            &app,
            "--until",
            "StasisStart",
            "-o",
            "json",
            "--timeout",
            "30",
        ],
    );
    target.until_listed(&sb, &app);
    let chan = target.originate(&sb, &app, false);
    let (code, lines, stderr) = tail.finish();
    assert_eq!(code, Some(0), "{stderr}");
    let types: Vec<String> = lines
        .iter()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["type"].to_string())
        .collect();
    assert!(types.len() > 1, "{types:?}");
    assert_eq!(types.last().unwrap(), "\"StasisStart\"");
    assert!(lines.last().unwrap().contains(&chan));
}
on_both!(wait_captures_one_id_where_other_events_come_first);

/// What Asterisk does with a call for an application nobody is connected
/// as any more: `Stasis()` fails, sets STASISSTATUS=FAILED, and the
/// dialplan goes on; the application keeps only the channels it had.
fn stasis_into_a_deactivated_application_fails(target: &Target) {
    let sb = Sandbox::new();
    // `hello@lab` runs Stasis(hello,world). Leave `hello` deactivated with a call in it.
    let kept = target.originate(&sb, "hello", true);
    let watcher = name("watcher");
    let mut watch = Events::connect(target.addr, &format!("app={watcher}&subscribeAll=true"));
    run(target
        .ari(&sb)
        .args(["events", "user", "ready", "--application", &watcher]))
    .ok();
    watch.wait_for("the watcher's own user event", |e| {
        e["eventname"] == "ready"
    });
    target.ari(&sb).originate(Call::to_wait("Local/hello@lab"));
    let failed = watch.wait_for("STASISSTATUS=FAILED", |e| {
        e["type"] == "ChannelVarset" && e["variable"] == "STASISSTATUS" && e["value"] == "FAILED"
    });
    assert!(
        failed["channel"]["name"]
            .as_str()
            .unwrap()
            .starts_with("Local/hello@lab-"),
        "{failed}"
    );
    assert!(
        watch.seen.iter().all(|e| e["type"] != "StasisStart"),
        "{:?}",
        watch.seen
    );
    let hello = run(target.ari(&sb).args(["applications", "get", "hello"])).json();
    let ids: Vec<&str> = hello["channel_ids"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c.as_str())
        .collect();
    assert!(ids.contains(&kept.as_str()), "{hello}");
    assert!(
        !ids.contains(&failed["channel"]["id"].as_str().unwrap()),
        "{hello}"
    );
}

#[test]
fn stasis_into_a_deactivated_application_fails_on_the_simulator() {
    stasis_into_a_deactivated_application_fails(&Target::sim());
}

#[test]
fn stasis_into_a_deactivated_application_fails_on_a_real_asterisk() {
    // An instance of its own: the dialplan's Stasis() names `hello`.
    let Some(asterisk) = asterisk::Asterisk::start("Stasis() into a deactivated application")
    else {
        return;
    };
    stasis_into_a_deactivated_application_fails(&Target::own(asterisk));
}

/// Whether the server lists an application now.
fn listed(target: &Target, sb: &Sandbox, app: &str) -> bool {
    run(target.ari(sb).args(["applications", "get", app])).code == 0
}

/// The life of an application as Asterisk has it: gone at once when its
/// WebSocket closes with nothing in it; kept (deactivated) while it has a
/// channel; dropped by the next registration once the channel is gone.
fn an_application_lingers_while_it_has_channels(target: &Target) {
    let sb = Sandbox::new();
    let empty = name("empty");
    let client = Events::connect(target.addr, &format!("app={empty}"));
    target.until_listed(&sb, &empty);
    drop(client);
    until("an empty application is dropped", || {
        !listed(target, &sb, &empty)
    });

    let busy = name("busy");
    let mut client = Events::connect(target.addr, &format!("app={busy}"));
    target.until_listed(&sb, &busy);
    let chan = target.originate(&sb, &busy, false);
    client.wait_channel("StasisStart", &chan);
    drop(client);
    // Deactivated, not dropped: it still has the call (nothing to wait for,
    // so look a few times over a while it would take Asterisk to drop it).
    for _ in 0..20 {
        assert!(
            listed(target, &sb, &busy),
            "{busy} was dropped with a call in it"
        );
    }
    run(target.ari(&sb).args(["channels", "hangup", &chan])).ok();
    until("the call is gone", || {
        run(target.ari(&sb).args(["channels", "get", &chan])).code == 5
    });
    // Nothing left in it, but only the next registration cleans it up.
    assert!(
        listed(target, &sb, &busy),
        "{busy} was dropped before a registration"
    );
    let other = Events::connect(target.addr, &format!("app={}", name("other")));
    drop(other);
    until("the next registration drops it", || {
        !listed(target, &sb, &busy)
    });
}

#[test]
fn an_application_lingers_while_it_has_channels_on_the_simulator() {
    an_application_lingers_while_it_has_channels(&Target::sim());
}

#[test]
fn an_application_lingers_while_it_has_channels_on_a_real_asterisk() {
    // An instance of its own: other tests' registrations would clean up early.
    let Some(asterisk) = asterisk::Asterisk::start("an application's life on a real Asterisk")
    else {
        return;
    };
    an_application_lingers_while_it_has_channels(&Target::own(asterisk));
}
