//! A running `ari` whose stdout is read line by line as it comes (`ari
//! events`, a fleet's merged tail), and waits on the simulator's own state
//! for a tail to be connected.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Sandbox;

const WAIT: Duration = Duration::from_secs(20);

/// A running `ari events` (or any `ari` that streams): its stdout lines as
/// they come.
pub struct Tail {
    child: Child,
    lines: mpsc::Receiver<String>,
    stdout: std::thread::JoinHandle<()>,
    stderr: std::thread::JoinHandle<String>,
}

impl Tail {
    /// `ari --url <url> events <args>`.
    pub fn start(sb: &Sandbox, url: &str, args: &[&str]) -> Tail {
        Self::start_with_env(sb, url, args, &[])
    }

    pub fn start_with_env(sb: &Sandbox, url: &str, args: &[&str], env: &[(&str, &str)]) -> Tail {
        let mut cmd = sb.std_ari();
        cmd.args(["--url", url, "events"])
            .args(args)
            .envs(env.iter().copied());
        Self::spawn(cmd)
    }

    /// `ari <args>` as given: a command line of its own that streams (a
    /// fleet's `-p a,b events`).
    pub fn start_args(sb: &Sandbox, args: &[&str]) -> Tail {
        let mut cmd = sb.std_ari();
        cmd.args(args);
        Self::spawn(cmd)
    }

    fn spawn(mut cmd: std::process::Command) -> Tail {
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        let stdout = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut err = child.stderr.take().unwrap();
        let stderr = std::thread::spawn(move || {
            let mut text = String::new();
            let _ = err.read_to_string(&mut text);
            text
        });
        Tail {
            child,
            lines,
            stdout,
            stderr,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn line(&self) -> String {
        self.lines.recv_timeout(WAIT).expect("a line from ari")
    }

    /// The next line, as JSON.
    pub fn event(&self) -> serde_json::Value {
        let line = self.line();
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("NDJSON: {e}: {line}"))
    }

    /// Wait for the process to end; (exit code, stdout lines left, stderr).
    pub fn finish(mut self) -> (Option<i32>, Vec<String>, String) {
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "ari did not end");
            std::thread::yield_now();
        };
        // The reader sees the end of stdout once the process is gone.
        let _ = self.stdout.join();
        let rest: Vec<String> = self.lines.try_iter().collect();
        (status.code(), rest, self.stderr.join().unwrap())
    }

    pub fn interrupt(self) -> (Option<i32>, Vec<String>, String) {
        std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        self.finish()
    }
}

/// Wait (on the simulator's own state) until an application is registered.
pub fn until_registered(sim: &ari::sim::SimHandle, app: &str) {
    let deadline = Instant::now() + WAIT;
    while !sim.sim.lock().registered(app) {
        assert!(Instant::now() < deadline, "{app} never registered");
        std::thread::yield_now();
    }
}
