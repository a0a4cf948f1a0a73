//! A real Asterisk 22.10.1 for the tests, from `../shared/asterisk`: private
//! instances on free 127.0.0.1 ports (Local channels only; the `lab` dialplan
//! is in `../shared/asterisk/README.md`). Where the kit is absent, every test
//! of this group says SKIPPED and passes.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

fn kit() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/asterisk/asterisk-test-server")
}

/// One running instance.
pub struct Asterisk {
    /// `http://127.0.0.1:PORT` (ARI lives below `/ari`).
    pub url: String,
    pub addr: SocketAddr,
    /// The instance's directory: `etc/`, `asterisk.log`, `spool/recording/`.
    pub dir: PathBuf,
    /// Stopped on drop (the shared instance is stopped when the test process exits).
    owned: bool,
}

impl Asterisk {
    /// A new instance of its own, stopped on drop; `None` (after a SKIPPED
    /// line) where the kit is absent.
    pub fn start(test: &str) -> Option<Asterisk> {
        Self::launch(test, None).map(|mut a| {
            a.owned = true;
            a
        })
    }

    /// A new instance of another Asterisk version the kit has (`20.6.0`).
    pub fn start_version(test: &str, version: &str) -> Option<Asterisk> {
        Self::start_with(test, None, Some(version))
    }

    /// A new instance with extra configuration and of a version, each if given.
    pub fn start_with(test: &str, conf: Option<&Path>, version: Option<&str>) -> Option<Asterisk> {
        Self::launch_with(test, conf, version).map(|mut a| {
            a.owned = true;
            a
        })
    }

    /// A new instance with extra configuration: each file of `conf` is
    /// appended to the generated file of that name (see the kit's README).
    pub fn start_with_conf(test: &str, conf: &Path) -> Option<Asterisk> {
        Self::launch(test, Some(conf)).map(|mut a| {
            a.owned = true;
            a
        })
    }

    fn launch(test: &str, conf: Option<&Path>) -> Option<Asterisk> {
        Self::launch_with(test, conf, None)
    }

    fn launch_with(test: &str, conf: Option<&Path>, version: Option<&str>) -> Option<Asterisk> {
        let kit = kit();
        if !kit.exists() {
            eprintln!(
                "SKIPPED: {test}: ../shared/asterisk is absent, no real Asterisk to test against"
            );
            return None;
        }
        let pid = std::process::id().to_string();
        let mut cmd = Command::new(&kit);
        cmd.args(["start", "--owner-pid", &pid]);
        if let Some(conf) = conf {
            cmd.arg("--conf").arg(conf);
        }
        if let Some(version) = version {
            cmd.args(["--version", version]);
        }
        let out = cmd.output().expect("the Asterisk test kit runs");
        assert!(
            out.status.success(),
            "the real Asterisk did not start: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let vars: HashMap<String, String> = String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let url = vars["ARI_URL"].clone();
        let addr = url
            .trim_start_matches("http://")
            .parse()
            .expect("ARI_URL is http://127.0.0.1:PORT");
        Some(Asterisk {
            url,
            addr,
            dir: PathBuf::from(&vars["ASTERISK_DIR"]),
            owned: false,
        })
    }
}

impl Asterisk {
    /// Kill this instance outright (no hang-ups, no goodbyes) and start a
    /// new one on the same port: a PBX that crashed and came back. Its calls
    /// are gone without an event; clients reconnect.
    pub fn crash_and_restart(&mut self) {
        let pid = std::fs::read_to_string(self.dir.join("asterisk.pid")).expect("asterisk.pid");
        let _ = Command::new("kill").args(["-KILL", pid.trim()]).status();
        // Gone once the kit's stop finds nothing to stop (it also tidies up).
        let _ = Command::new(kit()).arg("stop").arg(&self.dir).status();
        let pid = std::process::id().to_string();
        let port = self.addr.port().to_string();
        let out = Command::new(kit())
            .args(["start", "--owner-pid", &pid, "--port", &port])
            .output()
            .expect("the Asterisk test kit runs");
        assert!(
            out.status.success(),
            "the real Asterisk did not start again: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        let dir = stdout
            .lines()
            .find_map(|l| l.strip_prefix("ASTERISK_DIR="))
            .expect("the kit prints ASTERISK_DIR");
        self.dir = PathBuf::from(dir);
    }
}

impl Drop for Asterisk {
    fn drop(&mut self) {
        if self.owned {
            let _ = Command::new(kit()).arg("stop").arg(&self.dir).status();
        }
    }
}

/// The instance shared by the tests of this binary, started by the first
/// that asks. Tests on it keep out of each other's way with names of their
/// own (applications, bridges, recordings).
pub fn shared(test: &str) -> Option<&'static Asterisk> {
    static SHARED: OnceLock<Option<Asterisk>> = OnceLock::new();
    let shared = SHARED.get_or_init(|| Asterisk::launch("the real-Asterisk group", None));
    if shared.is_none() {
        eprintln!(
            "SKIPPED: {test}: ../shared/asterisk is absent, no real Asterisk to test against"
        );
    }
    shared.as_ref()
}
