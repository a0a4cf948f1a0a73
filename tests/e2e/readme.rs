//! Every recipe in README.md (the fenced blocks marked `bash recipe`) runs
//! against the simulator, so the README cannot rot.

use std::path::Path;
use std::process::Command;

use crate::support::ws::Events;
use crate::support::{Sandbox, sim};

fn recipes() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match (&mut current, line.trim_end()) {
            (None, "```bash recipe") => current = Some(String::new()),
            (Some(block), "```") => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            (Some(block), text) => {
                block.push_str(text);
                block.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn every_readme_recipe_runs_against_the_simulator() {
    let blocks = recipes();
    assert!(blocks.len() >= 5, "only {} recipes found", blocks.len());
    let bin_dir = assert_cmd::cargo::cargo_bin("ari")
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for block in blocks {
        // The world a recipe may assume: an application `hello` with two calls in it.
        let sim = sim();
        let sb = Sandbox::new();
        let mut hello = Events::connect(sim.addr, "app=hello");
        for _ in 0..2 {
            let chan = sb.sim_call(&sim, "hello");
            hello.wait_channel("StasisStart", &chan);
        }
        let output = Command::new("bash")
            .args(["-euo", "pipefail", "-c", &block])
            .current_dir(sb.path())
            .env("PATH", &path)
            .env("ARI_URL", sim.url())
            .env("HOME", sb.path())
            .env("XDG_CONFIG_HOME", sb.path().join("config"))
            .env_remove("ARI_PROFILE")
            .env_remove("ARI_PASSWORD")
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "recipe failed:\n{block}\nstdout: {}\nstderr: {}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        if block.contains("applications get hello") {
            assert_eq!(stdout.trim(), "0", "every channel of hello hung up");
        }
        if block.contains("bridges get") {
            assert_eq!(stdout.trim(), "2", "both calls in the bridge");
        }
    }
}
