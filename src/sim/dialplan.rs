//! The simulator's dialplan, small and fixed, as `extensions.conf` would say:
//!
//! ```text
//! [lab]
//! exten => wait,1,Answer()          ; answers and waits
//!  same => n,Wait(300)
//! exten => echo,1,Answer()          ; answers and echoes
//!  same => n,Echo()
//! exten => hello,1,NoOp()          ; as in [default]; `stasis` too
//! [default]
//! exten => hello,1,NoOp()           ; the ARI tutorial's Stasis extension
//!  same => n,Answer()
//!  same => n,Stasis(hello,world)
//!  same => n,Hangup()
//! exten => _X.,1,Answer()           ; any other extension, in any context:
//!  same => n,Wait(300)              ;   a phone that answers and stays
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
pub fn steps(context: &str, exten: &str) -> Vec<Step> {
    match (context, exten) {
        ("lab", "echo") => vec![step("Answer", ""), step("Echo", "")],
        ("default", "hello") | ("lab", "hello" | "stasis") => vec![
            step("NoOp", ""),
            step("Answer", ""),
            step("Stasis", "hello,world"),
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
