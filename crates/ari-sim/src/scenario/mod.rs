//! `ari sim --scenario FILE`: scripted calls, driven through the
//! simulator's normal behaviour, so that an application (or an `ari serve`
//! handler) sees what it would see on a PBX. The file is TOML:
//!
//! ```toml
//! timeout = 60              # seconds the whole run may take (--check)
//! settle = 2                # after the last step: time for the application to let go
//!
//! [[call]]                  # a phone calls in
//! at = 0.5                  # seconds after the start (never earlier than the call before)
//! caller = "Alice <1001>"
//! app = "ivr"               # into Stasis(ivr,ARGS) ... (the application must be connected)
//! args = ["sales"]
//! # extension = "hello@lab" # ... or into the dialplan instead
//! ring = true               # left ringing until the application answers
//! steps = [
//!   { wait_for = "answer" },        # the application answers (timeout: 10 s)
//!   { wait_for = "playing" },       # a prompt is playing on this call
//!   { press = "1#" },               # keys, a quarter of a second apart
//!   { wait_for = "playback" },      # a playback starts and ends
//!   { wait = 1.5 },
//!   { hangup = true },              # the caller hangs up
//! ]
//!
//! [[answer]]                # when the application dials PJSIP/bob ...
//! endpoint = "PJSIP/bob"
//! after = 2                 # ... bob answers after 2 s (or: busy = true, no_answer = true)
//! calls = 1                 # it must be dialled and answered this often (0: any; default 1)
//! steps = [{ press = "5" }, { wait_for = "hangup", timeout = 30 }]
//! ```
//!
//! A bad file (an unknown key, a time going backwards, an extension or an
//! endpoint the simulator lacks) is refused whole, naming its line.

mod format;
mod run;

pub use format::{Answer, Awaited, Call, Destination, Pickup, Scenario, Step, WAIT_FOR, parse};
pub use run::{Outcome, run};
