//! A bridge destroyed while it plays: Asterisk fails the playback
//! (`PlaybackFinished`, state `failed`) once its channels have left, so a
//! script's `bridges play --wait PlaybackFinished` returns instead of
//! waiting out its time limit. The simulator does the same.

use std::process::Stdio;

use crate::support::asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::{Sandbox, run, sim};

fn destroyed_while_playing(sb: &Sandbox, url: &str, app: &str) {
    let ari = |args: &[&str]| {
        let mut cmd = sb.ari();
        cmd.args(["--url", url]).args(args);
        cmd
    };
    let tail = Tail::start(sb, url, &["--app", app, "-o", "json"]);
    crate::support::until("the tail's application", || {
        run(&mut ari(&["applications", "get", app])).code == 0
    });
    let id = ari(&[]).originate(Call::to_app("Local/wait@lab", app));
    while tail.event()["type"] != "StasisStart" {}
    let bridge = run(&mut ari(&[
        "bridges", "create", "--type", "mixing", "--jq", ".id",
    ]))
    .ok()
    .to_string();
    run(&mut ari(&[
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &id,
    ]))
    .ok();
    let play = sb
        .std_ari()
        .args(["--url", url, "bridges", "play", &bridge])
        .args(["--media", "sound:vm-enter-num-to-call"])
        .args(["--wait", "PlaybackFinished", "--wait-timeout", "20"])
        .args(["--jq", ".playback.state"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    while tail.event()["type"] != "PlaybackStarted" {}
    run(&mut ari(&["bridges", "destroy", &bridge])).ok();
    let out = play.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "failed");
    run(&mut ari(&["channels", "hangup", &id]));
    tail.interrupt();
}

#[test]
fn a_bridge_destroyed_while_it_plays_fails_its_playback_on_a_real_asterisk() {
    let Some(pbx) = asterisk::shared("a bridge destroyed while it plays") else {
        return;
    };
    destroyed_while_playing(&Sandbox::new(), &pbx.url, "bridge-playback");
}

#[test]
fn a_bridge_destroyed_while_it_plays_fails_its_playback_on_the_simulator() {
    let sim = sim();
    destroyed_while_playing(&Sandbox::new(), &sim.url(), "bridge-playback");
}
