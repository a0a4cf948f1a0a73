//! Test support: run the real `ari` binary in an isolated home, against a
//! recording HTTP server on 127.0.0.1 whose replies each test chooses.
//! Every helper more than one test file uses lives here (test files import
//! only from `support`), one module per kind: the servers (`server`,
//! `ws_server`, `asterisk`, `target`), clients (`ws`), running `ari` that
//! streams (`tail`) or sits in a pty (`pty`), placing calls (`calls`) and
//! an Asterisk's outbound configuration (`outbound_conf`).

pub mod asterisk;
pub mod calls;
pub mod outbound_conf;
pub mod pty;
pub mod serve;
pub mod server;
pub mod tail;
pub mod target;
pub mod ws;
pub mod ws_server;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub use server::{Reply, TestServer};

/// A private HOME and config directory, so no test reads the developer's own
/// config and no environment variable leaks in.
pub struct Sandbox {
    pub dir: TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        Sandbox {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Where `ari` looks for its config file in this sandbox.
    pub fn config_path(&self) -> PathBuf {
        self.path().join("config").join("ari").join("config.toml")
    }

    pub fn write_config(&self, text: &str) -> PathBuf {
        let path = self.config_path();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        path
    }

    /// The `ari` binary with a clean environment, as a std command (for
    /// tests that spawn it and talk to it while it runs).
    pub fn std_ari(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("ari"));
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().into_owned();
            if key.starts_with("ARI_") || key == "NO_COLOR" || key.starts_with("XDG_") {
                cmd.env_remove(&key);
            }
        }
        cmd.env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .current_dir(self.path());
        cmd
    }

    pub fn std_ari_at(&self, server: &TestServer) -> std::process::Command {
        let mut cmd = self.std_ari();
        cmd.arg("--url").arg(&server.url);
        cmd
    }

    /// The `ari` binary with a clean environment.
    pub fn ari(&self) -> Command {
        Command::from_std(self.std_ari())
    }

    /// `ari --url <server> ...`, the usual way to reach a test server.
    pub fn ari_at(&self, server: &TestServer) -> Command {
        Command::from_std(self.std_ari_at(server))
    }
}

/// A fresh simulator on a free port, twenty times faster than life.
pub fn sim() -> ari::sim::SimHandle {
    sim_with(|_| {})
}

pub fn sim_with(adjust: impl FnOnce(&mut ari::sim::SimOptions)) -> ari::sim::SimHandle {
    let mut options = ari::sim::SimOptions {
        listen: "127.0.0.1:0".into(),
        seed: Some(1),
        time_scale: 0.05,
        ..Default::default()
    };
    adjust(&mut options);
    ari::sim::spawn(options).expect("simulator starts")
}

impl Sandbox {
    /// `ari --url <simulator> ...`
    pub fn ari_sim(&self, sim: &ari::sim::SimHandle) -> Command {
        let mut cmd = self.ari();
        cmd.arg("--url").arg(sim.url());
        cmd
    }
}

/// What a finished command printed, as text.
pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(cmd: &mut Command) -> Outcome {
    let output = cmd.output().expect("ari runs");
    Outcome {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl Outcome {
    /// The command succeeded; its stdout, trimmed.
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "stderr: {}", self.stderr);
        self.stdout.trim()
    }

    /// stdout as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(self.ok()).unwrap_or_else(|e| panic!("{e}: {}", self.stdout))
    }

    /// The stderr lines that are not hints.
    pub fn error_lines(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.starts_with("hint: "))
            .collect()
    }

    /// Exactly one error line, starting with `ari: `; no panic text anywhere.
    pub fn one_error_line(&self) -> &str {
        assert!(
            !self.stderr.contains("panicked"),
            "panic in stderr: {}",
            self.stderr
        );
        let lines = self.error_lines();
        assert_eq!(
            lines.len(),
            1,
            "expected one error line, got: {:?}",
            self.stderr
        );
        assert!(lines[0].starts_with("ari: "), "error line: {}", lines[0]);
        lines[0]
    }
}

/// Text without its colour codes (`ESC [ ... m`) and other escape
/// sequences that end in a letter.
pub fn without_colour(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// base64 of `user:password`, to look for leaked credentials.
pub fn basic_token(user: &str, password: &str) -> String {
    const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{user}:{password}");
    let bytes = input.as_bytes();
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(TABLE[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The code blocks of README.md whose opening fence line `opens` accepts,
/// each as its lines.
pub fn readme_blocks(opens: impl Fn(&str) -> bool) -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        match &mut current {
            None if line.starts_with("```") && opens(line.trim_end()) => {
                current = Some(String::new())
            }
            None => {}
            Some(block) if line.trim_end() == "```" => {
                blocks.push(std::mem::take(block));
                current = None;
            }
            Some(block) => {
                block.push_str(line);
                block.push('\n');
            }
        }
    }
    blocks
}

/// The shared test data beside the repository, when it is there.
pub fn shared_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.is_dir().then_some(dir)
}

/// Wait on a condition, polled (each poll may ask a server: Asterisk handles
/// a closed WebSocket on its own time).
pub fn until(what: &str, mut condition: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !condition() {
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        std::thread::yield_now();
    }
}

/// A port on 127.0.0.1 where nothing listens.
pub fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

#[test]
fn basic_token_matches_known_value() {
    assert_eq!(
        basic_token("asterisk", "asterisk"),
        "YXN0ZXJpc2s6YXN0ZXJpc2s="
    );
    assert_eq!(basic_token("a", "b"), "YTpi");
}
