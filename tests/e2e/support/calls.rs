//! Placing calls the way most tests set one up: `channels originate` (on the
//! simulator or a real Asterisk) or a phone calling in (`ari sim call`), and
//! reading back the new channel's id.

use assert_cmd::Command;

use super::{Sandbox, run};

/// A call for `channels originate`: its endpoint, where it goes, and any
/// other options.
pub struct Call {
    args: Vec<String>,
}

impl Call {
    /// Only the endpoint: options given `with` say where it goes.
    pub fn of(endpoint: &str) -> Call {
        Call {
            args: vec!["--endpoint".into(), endpoint.into()],
        }
    }

    /// `endpoint` into the application `app`.
    pub fn to_app(endpoint: &str, app: &str) -> Call {
        Call::of(endpoint).with(&["--app", app])
    }

    /// `endpoint` into the lab dialplan's `wait`, where it stays until it is
    /// hung up.
    pub fn to_wait(endpoint: &str) -> Call {
        Call::of(endpoint).with(&["--context", "lab", "--extension", "wait"])
    }

    /// More options of `channels originate`.
    pub fn with(mut self, args: &[&str]) -> Call {
        self.args.extend(args.iter().map(|a| a.to_string()));
        self
    }
}

/// `channels originate` on an `ari` command already pointed at a server
/// (`--url`, `-p`).
pub trait Originate {
    /// Place the call, which must succeed: the new channel's id.
    fn originate(&mut self, call: Call) -> String;

    /// Place the call and wait until it is in its application
    /// (`--wait StasisStart`): the channel's id.
    fn originate_into_stasis(&mut self, call: Call) -> String;
}

impl Originate for Command {
    fn originate(&mut self, call: Call) -> String {
        self.args(["channels", "originate"])
            .args(&call.args)
            .args(["--jq", ".id"]);
        one_id(self)
    }

    fn originate_into_stasis(&mut self, call: Call) -> String {
        self.args(["channels", "originate"]).args(&call.args).args([
            "--wait",
            "StasisStart",
            "--jq",
            ".channel.id",
        ]);
        one_id(self)
    }
}

/// Run a command that must succeed and print one id: that id.
fn one_id(cmd: &mut Command) -> String {
    let out = run(cmd);
    let id = out.ok().to_string();
    assert!(
        !id.is_empty() && !id.contains('\n'),
        "one id expected: {id:?}"
    );
    id
}

impl Sandbox {
    /// A phone calls into `app` (`ari sim call`); returns the new channel's id.
    pub fn sim_call(&self, sim: &ari::sim::SimHandle, app: &str) -> String {
        self.sim_call_with(sim, app, &[])
    }

    /// The same with more options of `ari sim call` (`--ring`, `--caller`).
    pub fn sim_call_with(&self, sim: &ari::sim::SimHandle, app: &str, args: &[&str]) -> String {
        one_id(
            self.ari_sim(sim)
                .args(["sim", "call", "--app", app])
                .args(args)
                .args(["--jq", ".id"]),
        )
    }
}
