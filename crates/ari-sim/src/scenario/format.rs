//! The scenario file: its format, read and checked.

use serde::Deserialize;
use toml::Spanned;

/// A checked scenario.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub timeout: f64,
    pub settle: f64,
    pub calls: Vec<Call>,
    pub answers: Vec<Answer>,
}

#[derive(Debug, Clone)]
pub struct Call {
    pub at: f64,
    pub caller: String,
    pub into: Destination,
    pub ring: bool,
    pub steps: Vec<Step>,
}

/// Where a call goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Destination {
    App { name: String, args: Vec<String> },
    Extension { exten: String, context: String },
}

#[derive(Debug, Clone)]
pub struct Answer {
    /// The phone's resource (`bob` of `PJSIP/bob`).
    pub resource: String,
    pub how: Pickup,
    pub steps: Vec<Step>,
    /// How many times the application must dial it (0: any number).
    pub calls: u32,
}

/// What a scripted phone does when it is dialled.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pickup {
    After(f64),
    Busy,
    NoAnswer,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Wait(f64),
    Press(String),
    Hangup,
    WaitFor { what: Awaited, timeout: f64 },
}

/// What a step can wait for, on its own call.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Awaited {
    /// The application answers.
    Answer,
    /// A playback starts and ends.
    Playback,
    /// A playback is on (a prompt to press keys into).
    Playing,
    /// The application hangs up (or the call ends otherwise).
    Hangup,
    /// The call enters a Stasis application.
    Stasis,
}

impl Awaited {
    pub fn name(self) -> &'static str {
        match self {
            Awaited::Answer => "answer",
            Awaited::Playback => "playback",
            Awaited::Playing => "playing",
            Awaited::Hangup => "hangup",
            Awaited::Stasis => "stasis",
        }
    }
}

/// How long a `wait_for` waits when the file does not say.
pub const WAIT_FOR: f64 = 10.0;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    timeout: Option<f64>,
    #[serde(default)]
    settle: Option<f64>,
    #[serde(default)]
    call: Vec<Spanned<CallSpec>>,
    #[serde(default)]
    answer: Vec<Spanned<AnswerSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CallSpec {
    #[serde(default)]
    at: f64,
    #[serde(default)]
    caller: Option<String>,
    #[serde(default)]
    app: Option<String>,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    extension: Option<String>,
    #[serde(default)]
    ring: bool,
    #[serde(default)]
    steps: Vec<Spanned<StepSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnswerSpec {
    endpoint: String,
    #[serde(default)]
    after: Option<f64>,
    #[serde(default)]
    busy: bool,
    #[serde(default)]
    no_answer: bool,
    #[serde(default)]
    calls: Option<u32>,
    #[serde(default)]
    steps: Vec<Spanned<StepSpec>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepSpec {
    #[serde(default)]
    wait: Option<f64>,
    #[serde(default)]
    press: Option<String>,
    #[serde(default)]
    hangup: Option<bool>,
    #[serde(default)]
    wait_for: Option<String>,
    #[serde(default)]
    timeout: Option<f64>,
}

/// Read and check a scenario; an error names the line.
pub fn parse(text: &str) -> Result<Scenario, String> {
    let file: File = toml::from_str(text).map_err(|e| {
        let line = e.span().map(|s| line_of(text, s.start));
        let message = e.message().trim_end().to_string();
        match line {
            Some(line) => format!("line {line}: {message}"),
            None => message,
        }
    })?;
    let at_line = |span: std::ops::Range<usize>| line_of(text, span.start);
    let seconds = |value: f64, what: &str, line: usize| {
        if value.is_finite() && value >= 0.0 {
            Ok(value)
        } else {
            Err(format!(
                "line {line}: {what} must be a number of seconds, not {value}"
            ))
        }
    };
    let mut calls = Vec::new();
    let mut last_at = 0.0;
    for spec in &file.call {
        let line = at_line(spec.span());
        let spec = spec.get_ref();
        let at = seconds(spec.at, "at", line)?;
        if at < last_at {
            return Err(format!(
                "line {line}: this call's time (at = {at}) is before the call above it (at = {last_at}); list calls in time order"
            ));
        }
        last_at = at;
        let into = match (&spec.app, &spec.extension) {
            (Some(app), None) if !app.is_empty() => Destination::App {
                name: app.clone(),
                args: spec.args.clone(),
            },
            (None, Some(extension)) => {
                let (exten, context) = extension.split_once('@').unwrap_or((extension, "lab"));
                if !crate::dialplan::has_extension(context, exten) {
                    return Err(format!(
                        "line {line}: the simulator's dialplan has no extension {exten}@{context} (it has {})",
                        crate::dialplan::EXTENSIONS.join(", ")
                    ));
                }
                Destination::Extension {
                    exten: exten.to_string(),
                    context: context.to_string(),
                }
            }
            (Some(_), Some(_)) => {
                return Err(format!(
                    "line {line}: a call goes into an app or an extension, not both"
                ));
            }
            _ => {
                return Err(format!(
                    "line {line}: a call needs app = \"NAME\" or extension = \"EXTEN@CONTEXT\""
                ));
            }
        };
        calls.push(Call {
            at,
            caller: spec
                .caller
                .clone()
                .unwrap_or_else(|| "Alice <1001>".to_string()),
            into,
            ring: spec.ring,
            steps: steps(text, &spec.steps)?,
        });
    }
    let mut answers = Vec::new();
    for spec in &file.answer {
        let line = at_line(spec.span());
        let spec = spec.get_ref();
        let Some(resource) = spec
            .endpoint
            .strip_prefix("PJSIP/")
            .filter(|r| crate::state::PHONES.contains(r))
        else {
            return Err(format!(
                "line {line}: the simulator has no endpoint {} (its phones are {})",
                spec.endpoint,
                crate::state::PHONES
                    .iter()
                    .map(|p| format!("PJSIP/{p}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        };
        let how = match (spec.busy, spec.no_answer, spec.after) {
            (false, false, after) => Pickup::After(seconds(after.unwrap_or(1.0), "after", line)?),
            (true, false, None) => Pickup::Busy,
            (false, true, None) => Pickup::NoAnswer,
            _ => {
                return Err(format!(
                    "line {line}: a phone answers after N seconds, or is busy, or does not answer: one of them"
                ));
            }
        };
        if answers.iter().any(|a: &Answer| a.resource == resource) {
            return Err(format!("line {line}: {} is scripted twice", spec.endpoint));
        }
        answers.push(Answer {
            resource: resource.to_string(),
            how,
            steps: steps(text, &spec.steps)?,
            calls: spec.calls.unwrap_or(1),
        });
    }
    Ok(Scenario {
        timeout: seconds(file.timeout.unwrap_or(60.0), "timeout", 1)?,
        settle: seconds(file.settle.unwrap_or(2.0), "settle", 1)?,
        calls,
        answers,
    })
}

fn steps(text: &str, specs: &[Spanned<StepSpec>]) -> Result<Vec<Step>, String> {
    specs
        .iter()
        .map(|spec| {
            let line = line_of(text, spec.span().start);
            let s = spec.get_ref();
            let step = match (&s.wait, &s.press, s.hangup, &s.wait_for) {
                (Some(secs), None, None, None) if secs.is_finite() && *secs >= 0.0 => {
                    Step::Wait(*secs)
                }
                (None, Some(keys), None, None)
                    if !keys.is_empty()
                        && keys.chars().all(|c| c.is_ascii_digit() || "*#ABCD".contains(c)) =>
                {
                    Step::Press(keys.clone())
                }
                (None, Some(keys), None, None) => {
                    return Err(format!(
                        "line {line}: press takes DTMF keys (0-9, *, #, A-D), not {keys:?}"
                    ));
                }
                (None, None, Some(true), None) => Step::Hangup,
                (None, None, None, Some(what)) => {
                    let what = match what.as_str() {
                        "answer" => Awaited::Answer,
                        "playback" => Awaited::Playback,
                        "playing" => Awaited::Playing,
                        "hangup" => Awaited::Hangup,
                        "stasis" => Awaited::Stasis,
                        other => {
                            return Err(format!(
                                "line {line}: wait_for is answer, playing, playback, hangup or stasis, not {other:?}"
                            ));
                        }
                    };
                    let timeout = s.timeout.unwrap_or(WAIT_FOR);
                    if !(timeout.is_finite() && timeout > 0.0) {
                        return Err(format!("line {line}: timeout must be a positive number of seconds"));
                    }
                    Step::WaitFor { what, timeout }
                }
                _ => {
                    return Err(format!(
                        "line {line}: a step is one of {{ wait = S }}, {{ press = \"KEYS\" }}, {{ hangup = true }} or {{ wait_for = \"answer|playing|playback|hangup|stasis\" }}"
                    ));
                }
            };
            if s.timeout.is_some() && !matches!(step, Step::WaitFor { .. }) {
                return Err(format!("line {line}: timeout goes with wait_for"));
            }
            Ok(step)
        })
        .collect()
}

/// The 1-based line of byte `offset`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_reads() {
        let s = parse(
            r#"
timeout = 30
[[call]]
at = 1
caller = "Bob <2002>"
app = "ivr"
args = ["x"]
ring = true
steps = [{ wait_for = "answer" }, { press = "1#" }, { wait = 0.5 }, { hangup = true }]

[[call]]
at = 1
extension = "hello@lab"

[[answer]]
endpoint = "PJSIP/bob"
after = 2
steps = [{ wait_for = "hangup", timeout = 30 }]
"#,
        )
        .unwrap();
        assert_eq!(s.timeout, 30.0);
        assert_eq!(s.calls.len(), 2);
        assert_eq!(s.calls[0].steps.len(), 4);
        assert_eq!(s.calls[0].steps[1], Step::Press("1#".into()));
        assert_eq!(
            s.calls[1].into,
            Destination::Extension {
                exten: "hello".into(),
                context: "lab".into()
            }
        );
        assert_eq!(s.answers[0].how, Pickup::After(2.0));
    }

    #[test]
    fn bad_scenarios_name_their_line() {
        let cases = [
            ("[[call]]\napp = \"a\"\ncolour = 1\n", "line 3"),
            (
                "[[call]]\nat = 5\napp = \"a\"\n\n[[call]]\nat = 2\napp = \"a\"\n",
                "line 5",
            ),
            ("[[call]]\nextension = \"nope@lab\"\n", "line 1"),
            (
                "[[call]]\napp = \"a\"\nsteps = [{ press = \"x\" }]\n",
                "line 3",
            ),
            (
                "[[call]]\napp = \"a\"\nsteps = [{ wait_for = \"godot\" }]\n",
                "line 3",
            ),
            ("[[answer]]\nendpoint = \"PJSIP/zed\"\n", "line 1"),
            ("[[call]]\nat = -1\napp = \"a\"\n", "line 1"),
            ("not toml at all", "line 1"),
        ];
        for (text, line) in cases {
            let e = parse(text).expect_err(text);
            assert!(e.starts_with(line), "{text:?}: {e}");
        }
    }
}
