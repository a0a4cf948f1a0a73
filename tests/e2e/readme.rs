//! Every recipe in README.md (the fenced blocks marked `bash recipe`) runs
//! twice in a row against one simulator and against one real Asterisk, so
//! the README cannot rot and cannot promise what only the simulator does.

use std::process::Command;

use crate::support::asterisk::Asterisk;
use crate::support::{Sandbox, sim};

fn recipes() -> Vec<String> {
    crate::support::readme_blocks(|fence| fence == "```bash recipe")
}

/// Run one recipe with `ari` on PATH, as a user would in a shell where
/// `ARI_URL` points at the server; its stdout.
fn run_recipe(block: &str, url: &str, sb: &Sandbox, round: usize) -> String {
    let bin_dir = assert_cmd::cargo::cargo_bin("ari")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("bash");
    cmd.args(["-euo", "pipefail", "-c", block]);
    for (key, _) in std::env::vars_os() {
        let key = key.to_string_lossy().into_owned();
        if key.starts_with("ARI_") || key.starts_with("XDG_") {
            cmd.env_remove(&key);
        }
    }
    let output = cmd
        .current_dir(sb.path())
        .env("PATH", &path)
        .env("ARI_URL", url)
        .env("HOME", sb.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "recipe failed in round {round} against {url}:\n{block}\nstdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// What each recipe must print, beyond succeeding.
fn check_output(block: &str, stdout: &str) {
    let lines: Vec<&str> = stdout.lines().collect();
    if block.contains("bridges get") {
        assert_eq!(stdout.trim(), "2", "both calls in the bridge");
    }
    if block.contains("--wait PlaybackFinished --jq .playback.state") {
        assert_eq!(stdout.trim(), "done", "the prompt played to its end");
    }
    if block.contains("arrived") {
        // One id, not the ids (and nulls) of the events before StasisStart.
        assert_eq!(lines.len(), 1, "{stdout}");
        let id = lines[0]
            .strip_prefix("call ")
            .and_then(|l| l.strip_suffix(" arrived"))
            .unwrap_or_else(|| panic!("{stdout}"));
        assert!(
            !id.is_empty() && !id.contains(char::is_whitespace) && id != "null",
            "captured {id:?}"
        );
    }
    if block.contains(": gone") {
        assert_eq!(lines.len(), 2, "{stdout}");
        assert!(lines[0].ends_with(": up"), "{stdout}");
        assert_eq!(lines[1], "1732000000.999: gone");
    }
    if block.contains("ls -l message.wav") {
        assert!(stdout.contains("message.wav"), "{stdout}");
    }
}

/// Every recipe in order, then all of them again on the same server and in
/// the same home: the second round meets what the first left behind
/// (applications Asterisk keeps listed, calls still up, recordings).
fn run_all_twice(url: &str) {
    run_all_twice_on(url, "22.10.1");
}

/// The same on a server of `version`, without the recipes it cannot run
/// (README says which: `--via websocket` needs 20.14, 21.9, 22.4 or later).
fn run_all_twice_on(url: &str, version: &str) {
    let rest_over_websocket =
        ari::spec::versions::has(ari::spec::versions::REST_OVER_WEBSOCKET, version) != Some(false);
    let blocks: Vec<String> = recipes()
        .into_iter()
        .filter(|b| rest_over_websocket || !b.contains("--via websocket"))
        .collect();
    assert!(blocks.len() >= 7, "only {} recipes found", blocks.len());
    let sb = Sandbox::new();
    for round in 1..=2 {
        for block in &blocks {
            let stdout = run_recipe(block, url, &sb, round);
            check_output(block, &stdout);
        }
    }
}

#[test]
fn every_readme_recipe_runs_twice_against_the_simulator() {
    let sim = sim();
    run_all_twice(&sim.url());
}

#[test]
fn every_readme_recipe_runs_twice_against_a_real_asterisk() {
    // An instance of its own: the recipes use the application name `ivr`
    // and hang up every channel in it.
    let Some(asterisk) = Asterisk::start("README recipes on a real Asterisk") else {
        return;
    };
    run_all_twice(&asterisk.url);
}

/// The recipes on the other Asterisk versions in the field: 20.6.0
/// (Ubuntu 24.04's; the `--via websocket` recipe is left out, as README
/// says) and 23.4.1.
#[test]
fn every_readme_recipe_runs_on_asterisk_20_6_and_23_4() {
    for version in ["20.6.0", "23.4.1"] {
        let Some(asterisk) = Asterisk::start_version("README recipes on other versions", version)
        else {
            return;
        };
        run_all_twice_on(&asterisk.url, version);
    }
}
