//! A running `ari serve` and its handler scripts: serve's stderr lines (its
//! call lines and the handlers' tagged output) read as they come.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::Sandbox;

const WAIT: Duration = Duration::from_secs(30);

pub struct Serve {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// Every line read so far, and whether a wait has taken it.
    seen: Vec<(String, bool)>,
}

impl Sandbox {
    /// An executable bash script `name` in the sandbox.
    pub fn script(&self, name: &str, body: &str) -> PathBuf {
        use std::os::unix::fs::PermissionsExt;
        let path = self.path().join(name);
        std::fs::write(&path, format!("#!/bin/bash\n{body}")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    /// `ari --url URL serve ARGS -- HANDLER`, with this `ari` first in the
    /// handler's PATH (for its `ari call`).
    pub fn serve(&self, url: &str, args: &[&str], handler: &PathBuf) -> Serve {
        self.serve_with(self.std_ari(), url, args, handler)
    }

    /// The same from a command of one's own (its environment).
    pub fn serve_with(
        &self,
        mut cmd: std::process::Command,
        url: &str,
        args: &[&str],
        handler: &PathBuf,
    ) -> Serve {
        let bin = assert_cmd::cargo::cargo_bin("ari");
        let path = format!(
            "{}:{}",
            bin.parent().unwrap().display(),
            std::env::var("PATH").unwrap_or_default()
        );
        cmd.env("PATH", path)
            .args(["--url", url, "serve"])
            .args(args)
            .arg("--")
            .arg(handler)
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        let err = child.stderr.take().unwrap();
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut serve = Serve {
            child,
            lines,
            seen: Vec::new(),
        };
        serve.wait_for("serve registered", |l| l.starts_with("ari: serving "));
        serve
    }
}

/// Whether any channel is at `Stasis(app...)` now.
pub fn in_application(sb: &Sandbox, url: &str, app: &str) -> bool {
    let out = super::run(
        sb.ari()
            .args(["--url", url, "channels", "list", "-o", "json"]),
    );
    out.json().as_array().unwrap().iter().any(|c| {
        c["dialplan"]["app_name"] == "Stasis"
            && c["dialplan"]["app_data"]
                .as_str()
                .is_some_and(|d| d.split(',').next() == Some(app))
    })
}

/// `channels originate` of `endpoint` into `app` on the server at `url`:
/// the new channel's id.
pub fn call_into(sb: &Sandbox, url: &str, endpoint: &str, app: &str) -> String {
    use super::calls::{Call, Originate};
    sb.ari()
        .args(["--url", url])
        .originate(Call::to_app(endpoint, app))
}

impl Serve {
    /// The first line no wait has taken yet that matches (read as they
    /// come when none has): that line, now taken.
    pub fn wait_for(&mut self, what: &str, mut matches: impl FnMut(&str) -> bool) -> String {
        if let Some((line, taken)) = self.seen.iter_mut().find(|(l, t)| !*t && matches(l)) {
            *taken = true;
            return line.clone();
        }
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let hit = matches(&line);
                    self.seen.push((line.clone(), hit));
                    if hit {
                        return line;
                    }
                }
                Err(_) => panic!(
                    "timed out waiting for {what}; serve said:\n{}",
                    self.said().join("\n")
                ),
            }
        }
    }

    fn said(&self) -> Vec<String> {
        self.seen.iter().map(|(l, _)| l.clone()).collect()
    }

    /// The line that says call `#n` ended (its handler's exit, what became
    /// of the call).
    pub fn end_of(&mut self, n: u64) -> String {
        let start = format!("ari: #{n} ended after ");
        self.wait_for("the end line", |l| l.starts_with(&start))
    }

    /// Wait for `n` lines that match; they are returned.
    pub fn wait_for_n(
        &mut self,
        n: usize,
        what: &str,
        matches: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        (0..n).map(|_| self.wait_for(what, &matches)).collect()
    }

    /// Send `signal` and wait for serve to end: its exit code, and the rest
    /// of what it said.
    pub fn stop(mut self, signal: &str) -> (Option<i32>, Vec<String>) {
        std::process::Command::new("kill")
            .args([&format!("-{signal}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        let deadline = Instant::now() + WAIT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            assert!(Instant::now() < deadline, "ari serve did not end");
            std::thread::sleep(Duration::from_millis(10));
        };
        let mut rest = self.said();
        rest.extend(self.lines.iter());
        (status.code(), rest)
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
