//! A server to run a case on (the simulator, the shared real Asterisk or one
//! of the test's own), names of a test's own on a shared server, and
//! `on_both!`, which runs a case on the simulator and on a real Asterisk.

use std::net::SocketAddr;

use serde_json::Value;

use super::asterisk;
use super::calls::{Call, Originate};
use super::{Sandbox, run, sim, until};

/// A server to run a case on.
pub struct Target {
    pub url: String,
    pub addr: SocketAddr,
    _sim: Option<ari::sim::SimHandle>,
    _asterisk: Option<asterisk::Asterisk>,
}

impl Target {
    pub fn sim() -> Target {
        let sim = sim();
        Target::of_sim(sim)
    }

    pub fn of_sim(sim: ari::sim::SimHandle) -> Target {
        Target {
            url: sim.url(),
            addr: sim.addr,
            _sim: Some(sim),
            _asterisk: None,
        }
    }

    /// A real instance of the test's own (kept as long as the target).
    pub fn own(asterisk: asterisk::Asterisk) -> Target {
        Target {
            url: asterisk.url.clone(),
            addr: asterisk.addr,
            _sim: None,
            _asterisk: Some(asterisk),
        }
    }

    /// The shared real Asterisk; `None` (SKIPPED) where there is none.
    pub fn real(test: &str) -> Option<Target> {
        asterisk::shared(test).map(|a| Target {
            url: a.url.clone(),
            addr: a.addr,
            _sim: None,
            _asterisk: None,
        })
    }

    /// The simulator, then the shared real Asterisk where the kit is there.
    pub fn targets(test: &str) -> Vec<Target> {
        std::iter::once(Target::sim())
            .chain(Target::real(test))
            .collect()
    }

    pub fn ari(&self, sb: &Sandbox) -> assert_cmd::Command {
        let mut cmd = sb.ari();
        cmd.arg("--url").arg(&self.url);
        cmd
    }

    /// Wait until the server lists an application (a fresh name only: that
    /// proves a connection as it is up).
    pub fn until_listed(&self, sb: &Sandbox, app: &str) {
        until(&format!("{app} listed"), || {
            run(self.ari(sb).args(["applications", "get", app])).code == 0
        });
    }

    /// Originate `Local/wait@lab` into `app`; the `;1` channel's id.
    pub fn originate(&self, sb: &Sandbox, app: &str, wait: bool) -> String {
        let call = Call::to_app("Local/wait@lab", app);
        if wait {
            self.ari(sb).originate_into_stasis(call)
        } else {
            self.ari(sb).originate(call)
        }
    }

    pub fn channels(&self, sb: &Sandbox) -> Vec<Value> {
        let out = run(self.ari(sb).args(["channels", "list", "-o", "json"]));
        out.json().as_array().cloned().unwrap_or_default()
    }

    pub fn applications(&self, sb: &Sandbox) -> Vec<String> {
        let out = run(self.ari(sb).args(["applications", "list", "-q"]));
        out.ok().lines().map(str::to_string).collect()
    }

    pub fn hangup(&self, sb: &Sandbox, channel: &str) {
        run(self.ari(sb).args(["channels", "hangup", channel]));
    }
}

/// A name unique to this test and process: tests share the real instance.
pub fn name(what: &str) -> String {
    format!("own-{what}-{}", std::process::id())
}

/// Runs a case on the simulator and on the real Asterisk.
macro_rules! on_both {
    ($case:ident) => {
        mod $case {
            #[test]
            fn simulator() {
                super::$case(&$crate::support::target::Target::sim());
            }

            #[test]
            fn real_asterisk() {
                if let Some(target) = $crate::support::target::Target::real(stringify!($case)) {
                    super::$case(&target);
                }
            }
        }
    };
}
pub(crate) use on_both;
