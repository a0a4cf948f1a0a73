//! Fidelity of `ari sim` against a real Asterisk 22.10.1: each scenario of
//! `../shared/asterisk-observed/` is replayed against a fresh simulator, ids
//! mapped from the recording to the new ones, and compared: every status code,
//! every JSON response's keys and value types, every error message, and per
//! request the event types that follow it, in order.
//!
//! Where Asterisk's own ordering is racy, the comparison is looser, and only
//! there: events about the second half (`;2`) of a Local channel pair that
//! report its state changing (`ChannelStateChange`) or its dialplan moving on
//! after priority 1 (`ChannelDialplan`) come from a thread of their own in
//! Asterisk. The recordings show them before or after the first half's
//! `StasisStart`, and the `Wait()`/`Echo()` step half a second after the
//! answer, wherever the next request happened to be. Those are matched per
//! scenario (same types, same channels) instead of per request.

use std::collections::HashMap;
use std::time::Duration;

use futures_util::StreamExt;
use serde_json::Value;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use crate::support::shared_dir;

const SCENARIOS: &[&str] = &[
    "hello",
    "bridge",
    "dialplan",
    "recordings",
    "misc",
    "errors",
];
const TIME_SCALE: f64 = 0.05;

struct Recorded {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Value>,
    status: u16,
    response: Value,
    events: Vec<Value>,
}

fn load(name: &str) -> Option<Vec<Recorded>> {
    let path = shared_dir()?
        .join("asterisk-observed")
        .join(format!("{name}.jsonl"));
    let text = std::fs::read_to_string(path).ok()?;
    let mut requests: Vec<Recorded> = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let record: Value = serde_json::from_str(line).unwrap();
        match record["kind"].as_str() {
            Some("request") => {
                let query = record["query"]
                    .as_object()
                    .map(|q| {
                        q.iter()
                            .map(|(k, v)| {
                                let v = v.as_str().map_or_else(|| v.to_string(), str::to_string);
                                (k.clone(), v)
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                requests.push(Recorded {
                    method: record["method"].as_str().unwrap().to_string(),
                    path: record["path"].as_str().unwrap().to_string(),
                    query,
                    body: Some(record["body"].clone()).filter(|b| !b.is_null()),
                    status: record["status"].as_u64().unwrap() as u16,
                    response: record["response"].clone(),
                    events: Vec::new(),
                });
            }
            Some("event") => requests
                .last_mut()
                .unwrap()
                .events
                .push(record["event"].clone()),
            _ => {}
        }
    }
    Some(requests)
}

/// Recorded ids → the simulator's ids.
#[derive(Default)]
struct IdMap(HashMap<String, String>);

impl IdMap {
    /// Learn ids from a recorded object and its counterpart, recursively.
    fn learn(&mut self, recorded: &Value, actual: &Value) {
        match (recorded, actual) {
            (Value::Object(r), Value::Object(a)) => {
                if let (Some(Value::String(ri)), Some(Value::String(ai))) =
                    (r.get("id"), a.get("id"))
                {
                    self.0.entry(ri.clone()).or_insert_with(|| ai.clone());
                }
                for (k, rv) in r {
                    if let Some(av) = a.get(k) {
                        self.learn(rv, av);
                    }
                }
            }
            (Value::Array(r), Value::Array(a)) => {
                for (rv, av) in r.iter().zip(a) {
                    self.learn(rv, av);
                }
            }
            _ => {}
        }
    }

    fn map(&self, text: &str) -> String {
        text.split(',')
            .map(|part| {
                self.0
                    .get(part)
                    .cloned()
                    .unwrap_or_else(|| part.to_string())
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    fn map_path(&self, path: &str) -> String {
        path.split('/')
            .map(|s| self.map(s))
            .collect::<Vec<_>>()
            .join("/")
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Same keys and value types, recursively; arrays compare their first elements.
fn same_shape(recorded: &Value, actual: &Value, at: &str, problems: &mut Vec<String>) {
    if kind(recorded) != kind(actual) {
        problems.push(format!("{at}: {} != {}", kind(actual), kind(recorded)));
        return;
    }
    match (recorded, actual) {
        (Value::Object(r), Value::Object(a)) => {
            let mut rk: Vec<&String> = r.keys().collect();
            let mut ak: Vec<&String> = a.keys().collect();
            rk.sort();
            ak.sort();
            if rk != ak {
                problems.push(format!("{at}: keys {ak:?} != {rk:?}"));
            }
            for (k, rv) in r {
                if let Some(av) = a.get(k) {
                    same_shape(rv, av, &format!("{at}.{k}"), problems);
                }
            }
        }
        (Value::Array(r), Value::Array(a)) => {
            if let (Some(rv), Some(av)) = (r.first(), a.first()) {
                same_shape(rv, av, &format!("{at}[0]"), problems);
            }
        }
        _ => {}
    }
}

/// The racy events described at the top of this file.
fn racy(event: &Value) -> bool {
    let second_half = event["channel"]["name"]
        .as_str()
        .is_some_and(|n| n.ends_with(";2"));
    let kind = event["type"].as_str().unwrap_or("");
    second_half
        && (kind == "ChannelStateChange"
            || (kind == "ChannelDialplan"
                && event["channel"]["dialplan"]["priority"].as_i64() > Some(1)))
}

fn event_key(event: &Value, ids: &IdMap) -> String {
    let channel = event["channel"]["id"]
        .as_str()
        .map(|c| ids.map(c))
        .unwrap_or_default();
    format!("{} {}", event["type"].as_str().unwrap_or(""), channel)
}

struct Score {
    requests: (usize, usize),
    events: (usize, usize),
    problems: Vec<String>,
}

async fn replay(name: &str, scenario: Vec<Recorded>) -> Score {
    let sim = ari::sim::spawn(ari::sim::SimOptions {
        listen: "127.0.0.1:0".into(),
        seed: Some(1),
        time_scale: TIME_SCALE,
        ..Default::default()
    })
    .expect("simulator starts");
    let base = sim.url();
    let mut ws_request = format!("ws://{}/ari/events?app=hello", sim.addr)
        .into_client_request()
        .unwrap();
    ws_request.headers_mut().insert(
        "Authorization",
        "Basic YXN0ZXJpc2s6YXN0ZXJpc2s=".parse().unwrap(),
    );
    let (mut ws, _) = tokio_tungstenite::connect_async(ws_request)
        .await
        .expect("WebSocket");
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(
            ari::tls::client_config(&ari::tls::TlsOptions {
                https: false,
                insecure: false,
                cacert: None,
            })
            .unwrap(),
        )
        .build()
        .unwrap();

    let mut ids = IdMap::default();
    let mut problems = Vec::new();
    let (mut requests_ok, mut events_ok) = (0, 0);
    let total_events: usize = scenario.iter().map(|r| r.events.len()).sum();
    let mut racy_expected: Vec<Value> = Vec::new();
    let mut racy_seen: Vec<Value> = Vec::new();

    for (i, rec) in scenario.iter().enumerate() {
        let here = format!("{name}#{i} {} {}", rec.method, rec.path);
        let path = ids.map_path(&rec.path);
        let query: Vec<(String, String)> = rec
            .query
            .iter()
            .map(|(k, v)| (k.clone(), ids.map(v)))
            .collect();
        let mut url = format!("{base}{path}");
        if !query.is_empty() {
            url.push('?');
            url.push_str(
                &form_urlencoded::Serializer::new(String::new())
                    .extend_pairs(&query)
                    .finish(),
            );
        }
        let mut request = http
            .request(rec.method.parse().unwrap(), url)
            .basic_auth("asterisk", Some("asterisk"));
        if let Some(body) = &rec.body {
            request = request
                .header("Content-Type", "application/json")
                .body(body.to_string());
        }
        let response = request.send().await.expect("request");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = response.bytes().await.unwrap();
        let mut request_problems = Vec::new();
        if status != rec.status {
            request_problems.push(format!("status {status} != {}", rec.status));
        }
        if let Some(described) = rec.response.as_str().filter(|s| s.starts_with('<')) {
            // A binary body, recorded as "<N bytes TYPE>".
            let recorded_type = described
                .trim_end_matches('>')
                .rsplit(' ')
                .next()
                .unwrap_or("");
            if content_type != recorded_type || bytes.is_empty() {
                request_problems.push(format!(
                    "binary {content_type} ({} bytes) != {described}",
                    bytes.len()
                ));
            }
        } else if !rec.response.is_null() {
            match serde_json::from_slice::<Value>(&bytes) {
                Ok(actual) => {
                    same_shape(&rec.response, &actual, "response", &mut request_problems);
                    if rec.status >= 400 && actual["message"] != rec.response["message"] {
                        request_problems.push(format!(
                            "message {} != {}",
                            actual["message"], rec.response["message"]
                        ));
                    }
                    if rec.status < 400 {
                        ids.learn(&rec.response, &actual);
                    }
                }
                Err(e) => request_problems.push(format!("response is not JSON: {e}")),
            }
        } else if !bytes.is_empty() {
            request_problems.push(format!("body {} where the recording has none", bytes.len()));
        }

        // Events: the strict ones in order, the racy ones set aside.
        let strict: Vec<&Value> = rec.events.iter().filter(|e| !racy(e)).collect();
        racy_expected.extend(rec.events.iter().filter(|e| racy(e)).cloned());
        let mut got: Vec<Value> = Vec::new();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while got.len() < strict.len() {
            let next = tokio::time::timeout_at(deadline, ws.next()).await;
            let Ok(Some(Ok(Message::Text(text)))) = next else {
                break;
            };
            let event: Value = serde_json::from_str(text.as_str()).unwrap();
            if racy(&event) {
                racy_seen.push(event);
            } else {
                got.push(event);
            }
        }
        let mut matched = 0;
        for (k, expected) in strict.iter().enumerate() {
            match got.get(k) {
                Some(actual) if actual["type"] == expected["type"] => {
                    ids.learn(expected, actual);
                    let mut shape = Vec::new();
                    let mut expected = (*expected).clone();
                    let mut actual = actual.clone();
                    for e in [&mut expected, &mut actual] {
                        // Timing and identity fields differ by nature.
                        e.as_object_mut().map(|o| o.remove("asterisk_id"));
                    }
                    same_shape(
                        &expected,
                        &actual,
                        &format!("event {}", expected["type"]),
                        &mut shape,
                    );
                    if shape.is_empty() {
                        matched += 1;
                    } else {
                        request_problems.extend(shape);
                    }
                }
                Some(actual) => request_problems.push(format!(
                    "event {k}: {} != {}",
                    actual["type"], expected["type"]
                )),
                None => request_problems.push(format!("event {k}: missing {}", expected["type"])),
            }
        }
        events_ok += matched;
        if request_problems.is_empty() {
            requests_ok += 1;
        } else {
            problems.extend(request_problems.into_iter().map(|p| format!("{here}: {p}")));
        }
    }

    // The racy events: all there, for the right channels, once the dust settles.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while racy_seen.len() < racy_expected.len() {
        let Ok(Some(Ok(Message::Text(text)))) = tokio::time::timeout_at(deadline, ws.next()).await
        else {
            break;
        };
        let event: Value = serde_json::from_str(text.as_str()).unwrap();
        if racy(&event) {
            racy_seen.push(event);
        } else {
            problems.push(format!("{name}: unexpected late event {}", event["type"]));
        }
    }
    // Nothing else may follow the last request: listen a little longer. (An
    // absence can only be checked for a while; this can miss, never misfire.)
    while let Ok(Some(Ok(Message::Text(text)))) =
        tokio::time::timeout(Duration::from_millis(300), ws.next()).await
    {
        let event: Value = serde_json::from_str(text.as_str()).unwrap();
        if racy(&event) {
            racy_seen.push(event);
        } else {
            problems.push(format!("{name}: unexpected late event {}", event["type"]));
        }
    }
    let mut want: Vec<String> = racy_expected.iter().map(|e| event_key(e, &ids)).collect();
    let mut have: Vec<String> = racy_seen
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["type"].as_str().unwrap_or(""),
                e["channel"]["id"].as_str().unwrap_or("")
            )
        })
        .collect();
    want.sort();
    have.sort();
    if want == have {
        events_ok += racy_expected.len();
    } else {
        problems.push(format!("{name}: racy events {have:?} != {want:?}"));
    }
    Score {
        requests: (requests_ok, scenario.len()),
        events: (events_ok, total_events),
        problems,
    }
}

#[test]
fn the_simulator_answers_like_a_real_asterisk() {
    if shared_dir().is_none() {
        eprintln!(
            "SKIPPED: fidelity test: ../shared/asterisk-observed not found beside the repository"
        );
        return;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let mut all_problems = Vec::new();
    for name in SCENARIOS {
        let scenario = load(name).expect("scenario file");
        let score = runtime.block_on(replay(name, scenario));
        eprintln!(
            "fidelity {name}: {}/{} requests and {}/{} events match",
            score.requests.0, score.requests.1, score.events.0, score.events.1
        );
        all_problems.extend(score.problems);
    }
    assert!(all_problems.is_empty(), "{}", all_problems.join("\n"));
}
