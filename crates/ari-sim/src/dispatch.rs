//! The request dispatcher: one `METHOD /ari/<path>` from an authenticated
//! user to the control API, the API description or the REST handlers,
//! whichever way it came (HTTP, REST over the events WebSocket, an outbound
//! connection).

use std::sync::Arc;

use serde_json::{Value, json};

use super::clock::timestamp;
use super::rest::{self, Reply, Route};
use super::state::ENTITY_ID;
use super::{Sim, User, api_docs, control};

/// The answer to one request, however it arrived (HTTP or REST over WebSocket).
pub struct Outcome {
    pub status: u16,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

fn outcome(reply: Reply) -> Outcome {
    match reply {
        Reply::Json(status, value) => Outcome {
            status,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
        },
        Reply::JsonText(status, text) => Outcome {
            status,
            content_type: "application/json",
            body: text.into_bytes(),
        },
        Reply::Empty(status) => Outcome {
            status,
            content_type: "",
            body: Vec::new(),
        },
        Reply::Binary(content_type, body) => Outcome {
            status: 200,
            content_type,
            body,
        },
        Reply::Error(status, message) => Outcome {
            status,
            content_type: "application/json",
            body: json!({"message": message}).to_string().into_bytes(),
        },
    }
}

/// Run `METHOD /ari/<path>` for a user who has authenticated.
pub fn execute(
    sim: &Arc<Sim>,
    user: &User,
    method: &str,
    path: &str,
    query: Vec<(String, String)>,
    body: &[u8],
) -> Outcome {
    let body_json = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(v) => Some(v),
            Err(_) => return outcome(rest::error(400, "Error parsing request body")),
        }
    };
    if let Some(control_path) = path.strip_prefix("/_sim/") {
        if user.read_only {
            return outcome(rest::error(403, "Write access denied"));
        }
        let mut st = sim.lock();
        return outcome(control::handle(
            sim,
            &mut st,
            method,
            control_path,
            body_json,
        ));
    }
    if let Some(file) = path.strip_prefix("/api-docs/") {
        let base = "http://localhost:8088/ari";
        let doc = match file {
            "resources.json" => Some(api_docs::resources(base)),
            _ => file
                .strip_suffix(".json")
                .and_then(|name| api_docs::resource(name, base)),
        };
        return outcome(match doc {
            Some(doc) => rest::ok(doc),
            None => rest::error(404, "Resource not found"),
        });
    }
    if path.len() > 1 && path.ends_with('/') {
        let trimmed = path.trim_end_matches('/');
        return outcome(rest::error(
            404,
            format!("ARI URLs do not end with a slash. Try /ari{trimmed}"),
        ));
    }
    let (op, params) = match rest::route(method, path) {
        Route::Found(op, params) => (op, params),
        Route::WrongMethod => return outcome(rest::error(405, "Invalid method")),
        Route::NotFound => return outcome(rest::error(404, "Resource not found")),
    };
    if !sim.has(op.since) {
        // An older Asterisk has no route for it at all.
        return outcome(rest::error(404, "Resource not found"));
    }
    if op.websocket {
        return outcome(rest::error(400, "The events resource is a WebSocket"));
    }
    if user.read_only && rest::writes(op) {
        return outcome(rest::error(403, "Write access denied"));
    }
    let request = rest::Request {
        op,
        path: params,
        query: query.into_iter().collect(),
        body: body_json,
    };
    let mut st = sim.lock();
    outcome(rest::handle(sim, &mut st, request))
}

/// Asterisk 22.4+ takes `RESTRequest` messages on the events WebSocket and
/// answers each with a `RESTResponse`.
pub fn rest_over_websocket(sim: &Arc<Sim>, user: &User, text: &str) -> Option<String> {
    let request: Value = serde_json::from_str(text).ok()?;
    if request.get("type").and_then(Value::as_str) != Some("RESTRequest") {
        return None;
    }
    // Before REST over WebSocket, Asterisk ignores the frame: no answer.
    if !sim.has(ari_spec::versions::REST_OVER_WEBSOCKET) {
        return None;
    }
    let field = |k: &str| {
        request
            .get(k)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let uri = field("uri");
    let (path, inline_query) = uri.split_once('?').unwrap_or((uri.as_str(), ""));
    let mut query: Vec<(String, String)> = form_urlencoded::parse(inline_query.as_bytes())
        .into_owned()
        .collect();
    if let Some(Value::Array(extra)) = request.get("query_strings") {
        for pair in extra {
            let get = |k: &str| {
                pair.get(k)
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_string()
            };
            query.push((get("name"), get("value")));
        }
    }
    // Asterisk reads the uri relative to /ari: with a leading slash it finds
    // no resource method and answers 405.
    let result = if path.starts_with('/') {
        outcome(rest::error(405, "Invalid method"))
    } else {
        execute(
            sim,
            user,
            &field("method").to_uppercase(),
            &format!("/{path}"),
            query,
            field("message_body").as_bytes(),
        )
    };
    let mut response = json!({
        "type": "RESTResponse",
        "transaction_id": field("transaction_id"),
        "request_id": field("request_id"),
        "status_code": result.status,
        "reason_phrase": rest::reason(result.status),
        "uri": path,
    });
    if !result.body.is_empty() {
        response["content_type"] = json!(result.content_type);
        response["message_body"] = json!(String::from_utf8_lossy(&result.body));
    }
    response["timestamp"] = json!(timestamp());
    response["asterisk_id"] = json!(ENTITY_ID);
    Some(response.to_string())
}
