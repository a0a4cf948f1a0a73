//! `ari sim scenario-from FILE`: a scenario (TOML, for `ari sim --scenario`)
//! derived from a recording (`ari events --record`, `ari top --record`, or
//! `-o json` output): the calls that entered an application, with their
//! callers, arguments, keys and hang-ups at the times they came; and the
//! phones the application dialled, with how long they took to answer.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use serde_json::Value;

use crate::error::Result;
use crate::events::recording::{Line, Reader};
use crate::sim::state::PHONES;

/// What one channel did, as the recording shows it.
#[derive(Default)]
struct Leg {
    /// Seconds since the recording's first event.
    first: f64,
    name: String,
    caller: String,
    /// Into an application from outside (not dialled by it): app, args, rang.
    entered: Option<(String, Vec<String>, bool)>,
    /// Dialled by the application: when the dial started, and how it ended.
    dialled: Option<f64>,
    dial_end: Option<(f64, String)>,
    /// Keys it pressed and when.
    keys: Vec<(f64, String)>,
    /// When it hung up, and whether it was its own doing (not a request).
    ended: Option<(f64, bool)>,
}

/// The scenario, as TOML text.
pub fn derive(path: &Path) -> Result<String> {
    let mut reader = Reader::open(path)?;
    let mut legs: BTreeMap<String, Leg> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut start: Option<f64> = None;
    while let Some((line, _)) = reader.next_line()? {
        let Line::Frame { at, text, .. } = line else {
            continue;
        };
        let Ok(event) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let time = at.or_else(|| {
            event["timestamp"]
                .as_str()
                .and_then(crate::clock::timestamp_ms)
                .map(|ms| ms as f64 / 1000.0)
        });
        let Some(time) = time else { continue };
        let t = time - *start.get_or_insert(time);
        let channel = event.get("channel").or_else(|| event.get("peer"));
        let Some(id) = channel.and_then(|c| c["id"].as_str()) else {
            continue;
        };
        let channel = channel.expect("it has an id");
        let leg = legs.entry(id.to_string()).or_insert_with(|| {
            order.push(id.to_string());
            Leg {
                first: t,
                name: channel["name"].as_str().unwrap_or_default().to_string(),
                caller: caller_of(channel),
                ..Leg::default()
            }
        });
        match event["type"].as_str().unwrap_or_default() {
            "Dial" if event["dialstatus"] == "" => {
                leg.dialled.get_or_insert(t);
            }
            "Dial" if leg.dial_end.is_none() => {
                let status = event["dialstatus"].as_str().unwrap_or_default();
                leg.dial_end = Some((t, status.to_string()));
            }
            "StasisStart" if leg.dialled.is_none() && leg.entered.is_none() => {
                let args = event["args"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(|v| v.as_str().map(str::to_string))
                            .collect()
                    })
                    .unwrap_or_default();
                let app = event["application"].as_str().unwrap_or_default();
                let rang = channel["state"] != "Up";
                leg.entered = Some((app.to_string(), args, rang));
            }
            "ChannelDtmfReceived" => {
                if let Some(digit) = event["digit"].as_str() {
                    leg.keys.push((t, digit.to_string()));
                }
            }
            "ChannelHangupRequest" if leg.ended.is_none() => {
                // A request from ARI (soft) is the application's doing.
                let own = event["soft"] != true;
                leg.ended = Some((t, own));
            }
            "ChannelDestroyed" if leg.ended.is_none() => leg.ended = Some((t, false)),
            _ => {}
        }
    }
    let mut text = format!(
        "# Derived by `ari sim scenario-from {}`: the calls that entered an\n\
         # application, and the phones it dialled, as they were recorded.\n\n",
        path.display()
    );
    for id in &order {
        let leg = &legs[id];
        if let Some((app, args, rang)) = &leg.entered {
            let _ = writeln!(text, "[[call]]  # {} ({id})", leg.name);
            let _ = writeln!(text, "at = {}", secs(leg.first));
            let _ = writeln!(text, "caller = {}", quoted(&leg.caller));
            let _ = writeln!(text, "app = {}", quoted(app));
            if !args.is_empty() {
                let list: Vec<String> = args.iter().map(|a| quoted(a)).collect();
                let _ = writeln!(text, "args = [{}]", list.join(", "));
            }
            if *rang {
                let _ = writeln!(text, "ring = true");
            }
            let _ = writeln!(text, "steps = [{}]\n", steps(leg, leg.first));
        }
    }
    for id in &order {
        let leg = &legs[id];
        let Some(dialled) = leg.dialled else { continue };
        let endpoint = endpoint_of(&leg.name);
        let phone = endpoint.strip_prefix("PJSIP/").unwrap_or_default();
        if !PHONES.contains(&phone) {
            let _ = writeln!(
                text,
                "# {endpoint} was dialled ({id}): the simulator's phones are PJSIP/alice, bob and carol\n"
            );
            continue;
        }
        let _ = writeln!(text, "[[answer]]  # {} ({id})", leg.name);
        let _ = writeln!(text, "endpoint = {}", quoted(&endpoint));
        match &leg.dial_end {
            Some((t, status)) if status == "ANSWER" => {
                let _ = writeln!(text, "after = {}", secs(t - dialled));
                let _ = writeln!(text, "steps = [{}]\n", steps(leg, *t));
            }
            Some((_, status)) if status == "BUSY" => {
                let _ = writeln!(text, "busy = true\n");
            }
            _ => {
                let _ = writeln!(text, "no_answer = true\n");
            }
        }
    }
    if let Some(note) = reader.skipped_note() {
        eprintln!("{note}");
    }
    Ok(text)
}

/// A leg's keys and end, as steps from `since`.
fn steps(leg: &Leg, since: f64) -> String {
    let mut steps = Vec::new();
    let mut now = since;
    let mut wait_until = |t: f64, steps: &mut Vec<String>| {
        if t - now >= 0.05 {
            steps.push(format!("{{ wait = {} }}", secs(t - now)));
        }
        now = now.max(t);
    };
    for (t, digit) in &leg.keys {
        wait_until(*t, &mut steps);
        steps.push(format!("{{ press = {} }}", quoted(digit)));
    }
    match leg.ended {
        Some((t, true)) => {
            wait_until(t, &mut steps);
            steps.push("{ hangup = true }".into());
        }
        // The application hung up (or the recording ended first).
        Some((t, false)) => steps.push(format!(
            "{{ wait_for = \"hangup\", timeout = {} }}",
            secs((t - now).max(0.0) + 10.0)
        )),
        None => {}
    }
    steps.join(", ")
}

/// `Alice <1001>`, `<1001>`, or empty.
fn caller_of(channel: &Value) -> String {
    let name = channel["caller"]["name"].as_str().unwrap_or_default();
    let number = channel["caller"]["number"].as_str().unwrap_or_default();
    match (name.is_empty(), number.is_empty()) {
        (false, false) => format!("{name} <{number}>"),
        (false, true) => name.to_string(),
        (true, false) => format!("<{number}>"),
        (true, true) => "Anonymous".to_string(),
    }
}

/// `PJSIP/alice-00000001` → `PJSIP/alice`.
fn endpoint_of(name: &str) -> String {
    match name.rsplit_once('-') {
        Some((endpoint, suffix)) if suffix.chars().all(|c| c.is_ascii_hexdigit()) => {
            endpoint.to_string()
        }
        _ => name.to_string(),
    }
}

fn secs(s: f64) -> String {
    let text = format!("{:.2}", s.max(0.0));
    text.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A TOML string.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_times_and_callers_read_as_toml_wants() {
        assert_eq!(endpoint_of("PJSIP/alice-0000001a"), "PJSIP/alice");
        assert_eq!(endpoint_of("Local/x@lab"), "Local/x@lab");
        assert_eq!(secs(1.5), "1.5");
        assert_eq!(secs(2.0), "2");
        assert_eq!(secs(-1.0), "0");
        let c = serde_json::json!({"caller": {"name": "Bob", "number": "2002"}});
        assert_eq!(caller_of(&c), "Bob <2002>");
        assert_eq!(quoted("a\"b"), "\"a\\\"b\"");
    }
}
