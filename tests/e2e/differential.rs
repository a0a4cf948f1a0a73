//! The same scripted session against `ari sim` and a real Asterisk 22.10.1,
//! step by step: the HTTP status, the JSON shape of the answer (keys and
//! value types, not values), ARI's error text, and the types of the events
//! that follow. A difference is a simulator bug to fix, or is listed in
//! `KNOWN` with its reason.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::ownership::{Target, name};
use crate::support::asterisk::Asterisk;
use crate::support::ws::Events;
use crate::support::{Sandbox, run, sim_with};

/// One step: a label, the `ari` words (with `{VAR}` filled from earlier
/// answers), an event type that ends the step's events (for what happens
/// after the answer), and what to remember from the answer.
struct Step {
    label: &'static str,
    words: &'static str,
    until: Option<&'static str>,
    capture: Option<(&'static str, &'static str)>,
}

const fn step(label: &'static str, words: &'static str) -> Step {
    Step {
        label,
        words,
        until: None,
        capture: None,
    }
}

impl Step {
    const fn until(mut self, event: &'static str) -> Step {
        self.until = Some(event);
        self
    }
    const fn capture(mut self, var: &'static str, key: &'static str) -> Step {
        self.capture = Some((var, key));
        self
    }
}

/// The session. `{APP}` is this run's application, `{A}` its call.
const SESSION: &[Step] = &[
    step("ping", "asterisk ping"),
    step("originate", "channels originate --endpoint Local/wait@lab --app {APP}")
        .until("StasisStart")
        .capture("A", "id"),
    step("get channel", "channels get {A}"),
    step("answer", "channels answer {A}"),
    step("ring", "channels ring {A}"),
    step("ring stop", "channels ring-stop {A}"),
    step("hold", "channels hold {A}"),
    step("unhold", "channels unhold {A}"),
    step("mute", "channels mute {A} --direction both"),
    step("unmute", "channels unmute {A} --direction both"),
    step("start moh", "channels start-moh {A}"),
    step("stop moh", "channels stop-moh {A}"),
    step("start silence", "channels start-silence {A}"),
    step("stop silence", "channels stop-silence {A}"),
    step("set var", "channels set-var {A} --variable DIFF --value one"),
    step("get var", "channels get-var {A} --variable DIFF"),
    step("get unknown var", "channels get-var {A} --variable NOPE_NOT_SET"),
    step("dtmf", "channels dtmf {A} --dtmf 12"),
    step("play", "channels play {A} --media sound:hello-world")
        .until("PlaybackFinished")
        .capture("PB", "id"),
    step("playback gone", "playbacks get {PB}"),
    step(
        "record",
        "channels record {A} --name {REC} --format wav --max-duration-seconds 1 --if-exists overwrite",
    )
    .until("RecordingFinished"),
    step("stored recording", "recordings get {REC}"),
    step("copy recording", "recordings copy {REC} --destination-recording-name {REC}-copy"),
    step("delete copy", "recordings delete {REC}-copy"),
    step("delete recording", "recordings delete {REC}"),
    step("live recording gone", "recordings get-live {REC}"),
    step("bridge create", "bridges create --type mixing --name {APP}")
        .capture("BR", "id"),
    step("bridge get", "bridges get {BR}"),
    step("bridge add", "bridges add-channel {BR} --channel {A}"),
    step("bridge set var", "bridges set-var {BR} --variable DIFF --value two"),
    step("bridge moh", "bridges start-moh {BR}"),
    step("bridge moh stop", "bridges stop-moh {BR}"),
    step("bridge play", "bridges play {BR} --media sound:hello-world")
        .until("PlaybackFinished"),
    step("bridge remove", "bridges remove-channel {BR} --channel {A}"),
    step("bridge remove again", "bridges remove-channel {BR} --channel {A}"),
    step("bridge destroy", "bridges destroy {BR}"),
    step("bridge gone", "bridges get {BR}"),
    step("application get", "applications get {APP}"),
    step("subscribe", "applications subscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("unsubscribe", "applications unsubscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("unsubscribe again", "applications unsubscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("device state", "device-states update Stasis:{APP} --device-state INUSE"),
    step("device state get", "device-states get Stasis:{APP}"),
    step("device state delete", "device-states delete Stasis:{APP}"),
    step("mailbox", "mailboxes update {APP} --old-messages 1 --new-messages 2"),
    step("mailbox get", "mailboxes get {APP}"),
    step("mailbox delete", "mailboxes delete {APP}"),
    step("mailbox gone", "mailboxes get {APP}"),
    step("sound", "sounds get hello-world"),
    step("unknown sound", "sounds get no-such-sound-here"),
    step("global var", "asterisk set-var --variable DIFF_GLOBAL --value 3"),
    step("global var get", "asterisk get-var --variable DIFF_GLOBAL"),
    step("user event", "events user diff --application {APP}"),
    step("continue", "channels continue {A}").until("StasisEnd"),
    step("continued channel", "channels get {A}"),
    step("hang up", "channels hangup {A}").until("ChannelDestroyed"),
    step("hung up", "channels get {A}"),
    step("hang up again", "channels hangup {A}"),
    step("unknown channel", "channels get no-such-channel"),
    step("unknown bridge", "bridges destroy no-such-bridge"),
    step("unknown playback", "playbacks stop no-such-playback"),
    step("unknown application", "applications get no-such-application-here"),
    step("unknown endpoint", "endpoints get Local no-such-endpoint"),
    step("unknown module", "asterisk get-module no_such_module"),
];

/// Differences that are not simulator bugs, by step label.
const KNOWN: &[(&str, &str)] = &[];

/// Events whose moment Asterisk decides on its own threads (a Local
/// channel's `;2` moving on in the dialplan, a variable set as a bridge or
/// Stasis() winds down): compared over the whole session, not per step.
const RACY: &[&str] = &[
    "ChannelDialplan",
    "ChannelVarset:STASISSTATUS",
    "ChannelVarset:BRIDGEPEER",
];

/// How many of `b` match `a`, as multisets; and the larger count.
fn matching(a: &[String], b: &[String]) -> (usize, usize) {
    let mut rest = b.to_vec();
    let mut matched = 0;
    for e in a {
        if let Some(i) = rest.iter().position(|x| x == e) {
            rest.remove(i);
            matched += 1;
        }
    }
    (matched, a.len().max(b.len()))
}

/// What one step saw on one server.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    status: Option<u16>,
    shape: Option<String>,
    error: Option<String>,
    events: Vec<String>,
}

/// Keys and value types, recursively; arrays by the shape of their first
/// element (an empty array is just an array).
fn shape(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
        Value::Array(items) => match items.first() {
            Some(first) => format!("[{}]", shape(first)),
            None => "[]".into(),
        },
        Value::Object(map) => {
            let fields: BTreeMap<&String, String> =
                map.iter().map(|(k, v)| (k, shape(v))).collect();
            let inner: Vec<String> = fields.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            format!("{{{}}}", inner.join(","))
        }
    }
}

/// An event's type; a variable's name too (which variable Asterisk sets
/// is as much the behaviour as that it sets one).
fn describe(event: &Value) -> String {
    let kind = event["type"].as_str().unwrap_or("");
    match event["variable"].as_str() {
        Some(var) if kind == "ChannelVarset" => format!("{kind}:{var}"),
        _ => kind.to_string(),
    }
}

fn fill(words: &str, vars: &HashMap<String, String>) -> Vec<String> {
    words
        .split_whitespace()
        .map(|w| {
            let mut w = w.to_string();
            for (k, v) in vars {
                w = w.replace(&format!("{{{k}}}"), v);
            }
            w
        })
        .collect()
}

fn play(target: &Target) -> Vec<(&'static str, Seen)> {
    let sb = Sandbox::new();
    let app = name("diff");
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("APP".into(), app.clone());
    vars.insert("REC".into(), format!("{app}-rec"));
    let mut events = Events::connect(target.addr, &format!("app={app}"));
    target.until_listed(&sb, &app);
    let mut seen = Vec::new();
    for (n, step) in SESSION.iter().enumerate() {
        let words = fill(step.words, &vars);
        let out = run(target.ari(&sb).arg("-v").arg("-o").arg("json").args(&words));
        let status = out
            .stderr
            .lines()
            .find_map(|l| l.strip_prefix("< HTTP/1.1 "))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|s| s.parse::<u16>().ok());
        let body: Option<Value> = serde_json::from_str(out.stdout.trim()).ok();
        let error = out
            .stderr
            .lines()
            .find(|l| l.starts_with("ari: "))
            .map(|l| {
                let text = l.split_once(": ").map_or(l, |(_, t)| t);
                let text = text.split_once(": ").map_or("", |(_, t)| t);
                text.rsplit_once(" (").map_or(text, |(t, _)| t).to_string()
            });
        if let (Some((var, key)), Some(body)) = (step.capture, &body)
            && let Some(v) = body[key].as_str()
        {
            vars.insert(var.into(), v.to_string());
        }
        // The step's events: up to its own end event, then up to a marker
        // sent after it (events of one application arrive in order).
        let mut types = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(15);
        if let Some(until) = step.until {
            while let Some(e) =
                events.next_within(deadline.saturating_duration_since(Instant::now()))
            {
                let kind = e["type"].as_str().unwrap_or("").to_string();
                types.push(describe(&e));
                if kind == until {
                    break;
                }
            }
        }
        let mark = format!("diff-mark-{n}");
        run(target
            .ari(&sb)
            .args(["events", "user", &mark, "--application", &app]))
        .ok();
        while let Some(e) = events.next_within(deadline.saturating_duration_since(Instant::now())) {
            if e["eventname"] == mark.as_str() {
                break;
            }
            types.push(describe(&e));
        }
        // The step's own user event is its event; markers are not.
        types.sort();
        seen.push((
            step.label,
            Seen {
                status,
                shape: body.as_ref().map(shape),
                error,
                events: types,
            },
        ));
    }
    seen
}

fn compare(sim: &[(&str, Seen)], real: &[(&str, Seen)]) {
    let known: HashMap<&str, &str> = KNOWN.iter().copied().collect();
    let (mut statuses, mut shapes, mut errors, mut events) = ((0, 0), (0, 0), (0, 0), (0, 0));
    let mut differences = Vec::new();
    let (mut racy_sim, mut racy_real) = (Vec::new(), Vec::new());
    for ((label, s), (_, r)) in sim.iter().zip(real) {
        if known.contains_key(label) {
            continue;
        }
        statuses.1 += 1;
        if s.status == r.status {
            statuses.0 += 1;
        } else {
            differences.push(format!(
                "{label}: status {:?} vs real {:?}",
                s.status, r.status
            ));
        }
        if r.shape.is_some() || s.shape.is_some() {
            shapes.1 += 1;
            if s.shape == r.shape {
                shapes.0 += 1;
            } else {
                differences.push(format!(
                    "{label}: shape\n  sim  {:?}\n  real {:?}",
                    s.shape, r.shape
                ));
            }
        }
        if r.error.is_some() || s.error.is_some() {
            errors.1 += 1;
            if s.error == r.error {
                errors.0 += 1;
            } else {
                differences.push(format!(
                    "{label}: error {:?} vs real {:?}",
                    s.error, r.error
                ));
            }
        }
        // Event types, as multisets (the order within a step is Asterisk's
        // business); the racy ones are set aside for the session.
        let split = |all: &[String], racy: &mut Vec<String>| -> Vec<String> {
            let (r, steady): (Vec<String>, Vec<String>) = all
                .iter()
                .cloned()
                .partition(|e| RACY.contains(&e.as_str()));
            racy.extend(r);
            steady
        };
        let (s_events, r_events) = (
            split(&s.events, &mut racy_sim),
            split(&r.events, &mut racy_real),
        );
        let (matched, total) = matching(&s_events, &r_events);
        events.0 += matched;
        events.1 += total;
        if matched != total {
            differences.push(format!(
                "{label}: events\n  sim  {s_events:?}\n  real {r_events:?}"
            ));
        }
    }
    racy_sim.sort();
    racy_real.sort();
    let (matched, total) = matching(&racy_sim, &racy_real);
    events.0 += matched;
    events.1 += total;
    if matched != total {
        differences.push(format!(
            "session-wide: events\n  sim  {racy_sim:?}\n  real {racy_real:?}"
        ));
    }
    let pct = |(a, b): (usize, usize)| {
        if b == 0 {
            100.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    eprintln!(
        "differential: {} steps; statuses {}/{} ({:.1}%), shapes {}/{} ({:.1}%), error texts {}/{} ({:.1}%), event types {}/{} ({:.1}%); {} known differences",
        sim.len(),
        statuses.0,
        statuses.1,
        pct(statuses),
        shapes.0,
        shapes.1,
        pct(shapes),
        errors.0,
        errors.1,
        pct(errors),
        events.0,
        events.1,
        pct(events),
        KNOWN.len()
    );
    for d in &differences {
        eprintln!("difference: {d}");
    }
    assert_eq!(statuses.0, statuses.1, "statuses differ: {differences:#?}");
    assert_eq!(shapes.0, shapes.1, "shapes differ: {differences:#?}");
    assert!(pct(events) >= 95.0, "event types: {differences:#?}");
}

#[test]
fn the_simulator_answers_and_emits_as_a_real_asterisk_does() {
    let Some(asterisk) = Asterisk::start("the differential test") else {
        return;
    };
    let real = play(&Target::own(asterisk));
    let sim = play(&Target::of_sim(sim_with(|o| o.time_scale = 1.0)));
    compare(&sim, &real);
}
