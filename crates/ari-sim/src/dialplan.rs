//! The simulator's dialplan, small and fixed, as `extensions.conf` would say:
//!
//! ```text
//! [default]
//! exten => hello,1,NoOp(Into Stasis app hello)  ; the ARI tutorial's Stasis extension
//!  same => n,Answer()
//!  same => n,Stasis(hello,world)
//!  same => n,Hangup()
//! exten => _X.,1,Answer()                       ; any other extension, in any context:
//!  same => n,Wait(300)                          ;   a phone that answers and stays
//! [lab]                                         ; as the test kit's real Asterisk has it
//! exten => echo,1,Answer()                      ; answers and echoes
//!  same => n,Echo()
//!  same => n,Hangup()
//! exten => wait,1,Answer()                      ; answers and waits
//!  same => n,Wait(300)
//!  same => n,Hangup()
//! exten => hello,1,NoOp(Into Stasis app hello)  ; as in [default]
//!  ...
//! exten => stasis,1,Goto(hello,1)
//! exten => busy,1,Busy(5)                       ; busy, hangs up after 5 s
//! exten => congestion,1,Congestion(5)
//! exten => ring,1,Ringing()                     ; rings, never answers
//!  same => n,Wait(300)
//!  same => n,Hangup()
//! exten => dtmf,1,Answer()                      ; answers, sends 123# after 1 s
//!  same => n,Wait(1)
//!  same => n,SendDTMF(123#)
//!  same => n,Wait(300)
//!  same => n,Hangup()
//! ```
//!
//! `ari sim call --app NAME` enters `Stasis(NAME,ARGS)` the way the `hello`
//! extension does.

/// One dialplan step.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub app: String,
    pub data: String,
}

fn step(app: &str, data: &str) -> Step {
    Step {
        app: app.into(),
        data: data.into(),
    }
}

/// The steps of `exten@context`, priority 1 first.
/// The extensions of the simulator's dialplan (`lab`, as the real kit's).
pub const EXTENSIONS: [&str; 8] = [
    "hello@lab",
    "echo@lab",
    "wait@lab",
    "stasis@lab",
    "busy@lab",
    "congestion@lab",
    "ring@lab",
    "dtmf@lab",
];

/// Whether the dialplan has `exten@context` (`hello` is in `default` too).
pub fn has_extension(context: &str, exten: &str) -> bool {
    EXTENSIONS.contains(&format!("{exten}@{context}").as_str())
        || (context, exten) == ("default", "hello")
}

pub fn steps(context: &str, exten: &str) -> Vec<Step> {
    let hello = || {
        vec![
            step("NoOp", "Into Stasis app hello"),
            step("Answer", ""),
            step("Stasis", "hello,world"),
            step("Hangup", ""),
        ]
    };
    match (context, exten) {
        ("default" | "lab", "hello") => hello(),
        ("lab", "echo") => vec![step("Answer", ""), step("Echo", ""), step("Hangup", "")],
        ("lab", "wait") => vec![step("Answer", ""), step("Wait", "300"), step("Hangup", "")],
        ("lab", "stasis") => vec![step("Goto", "hello,1")],
        ("lab", "busy") => vec![step("Busy", "5")],
        ("lab", "congestion") => vec![step("Congestion", "5")],
        ("lab", "ring") => vec![step("Ringing", ""), step("Wait", "300"), step("Hangup", "")],
        ("lab", "dtmf") => vec![
            step("Answer", ""),
            step("Wait", "1"),
            step("SendDTMF", "123#"),
            step("Wait", "300"),
            step("Hangup", ""),
        ],
        _ => vec![step("Answer", ""), step("Wait", "300")],
    }
}

/// The steps an inbound `ari sim call` runs: answered (or left ringing) into Stasis.
pub fn stasis_steps(app: &str, args: &[String], answer: bool) -> Vec<Step> {
    let data = std::iter::once(app.to_string())
        .chain(args.iter().cloned())
        .collect::<Vec<_>>()
        .join(",");
    let mut steps = vec![step("NoOp", "")];
    if answer {
        steps.push(step("Answer", ""));
    }
    steps.push(step("Stasis", &data));
    steps.push(step("Hangup", ""));
    steps
}
