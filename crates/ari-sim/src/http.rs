//! HTTP and WebSocket plumbing of the simulator: authentication, Asterisk's
//! error pages, REST routing, the events WebSocket (with REST over it).

use std::future::Future;
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::State as Shared;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;
use axum::routing::any;
use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};

use super::rest::{self, Reply, Route};
use super::state::{CONNECTION_QUEUE, ConnId};
use super::{Sim, User, control};

pub async fn serve(
    listener: tokio::net::TcpListener,
    sim: Arc<Sim>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let app = Router::new()
        .route("/ari/events", any(events))
        .fallback(any(rest_request))
        .with_state(sim);
    let _ = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
}

fn query_pairs(uri: &Uri) -> Vec<(String, String)> {
    uri.query()
        .map(|q| form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default()
}

/// Basic auth on the request, or `?api_key=user:password` as Asterisk allows.
fn authenticate<'a>(
    sim: &'a Sim,
    headers: &HeaderMap,
    query: &[(String, String)],
) -> Option<&'a User> {
    let from_header = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b| {
            base64::engine::general_purpose::STANDARD
                .decode(b.trim())
                .ok()
        })
        .and_then(|raw| String::from_utf8(raw).ok());
    let from_query = query
        .iter()
        .find(|(k, _)| k == "api_key")
        .map(|(_, v)| v.clone());
    let credentials = from_header.or(from_query)?;
    let (name, password) = credentials.split_once(':')?;
    sim.users
        .iter()
        .find(|u| u.name == name && u.password == password)
}

fn json_response(status: u16, body: &Value) -> Response {
    let mut response = Response::new(Body::from(body.to_string()));
    *response.status_mut() =
        StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    response
}

fn unauthorized() -> Response {
    let mut response = json_response(401, &json!({"message": "Authentication required"}));
    response.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        HeaderValue::from_static("Basic realm=\"Asterisk REST Interface\""),
    );
    response
}

/// Asterisk's own HTML error page (what a WebSocket request without `app` gets).
fn html_error(status: u16, text: &str) -> Response {
    let reason = rest::reason(status);
    let page = format!(
        "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n\
         <title>{status} {reason}</title>\r\n</head><body>\r\n<h1>{reason}</h1>\r\n\
         <p>{text}</p>\r\n<hr />\r\n<address>Asterisk Server</address>\r\n</body></html>\r\n"
    );
    let mut response = Response::new(Body::from(page));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    response
}

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
            "resources.json" => Some(super::api_docs::resources(base)),
            _ => file
                .strip_suffix(".json")
                .and_then(|name| super::api_docs::resource(name, base)),
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

async fn rest_request(
    Shared(sim): Shared<Arc<Sim>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(path) = uri
        .path()
        .strip_prefix("/ari")
        .filter(|p| p.starts_with('/'))
    else {
        return html_error(404, "The requested URL was not found on this server.");
    };
    let query = query_pairs(&uri);
    let Some(user) = authenticate(&sim, &headers, &query) else {
        return unauthorized();
    };
    let query: Vec<(String, String)> = query.into_iter().filter(|(k, _)| k != "api_key").collect();
    let result = execute(&sim, user, method.as_str(), path, query, &body);
    let mut response = Response::new(Body::from(result.body));
    *response.status_mut() =
        StatusCode::from_u16(result.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if !result.content_type.is_empty() {
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static(result.content_type),
        );
    }
    response
}

async fn events(
    Shared(sim): Shared<Arc<Sim>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let query = query_pairs(&uri);
    let Some(user) = authenticate(&sim, &headers, &query).cloned() else {
        return unauthorized();
    };
    if method != Method::GET {
        return json_response(405, &json!({"message": "Invalid method"}));
    }
    let apps: Vec<String> = query
        .iter()
        .filter(|(k, _)| k == "app")
        .flat_map(|(_, v)| v.split(','))
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string)
        .collect();
    if apps.is_empty() {
        return html_error(400, "Invalid application provided in SubProtocol.");
    }
    let Ok(upgrade) = upgrade else {
        return html_error(
            400,
            "This resource is a WebSocket: connect with an Upgrade request.",
        );
    };
    let subscribe_all = query
        .iter()
        .any(|(k, v)| k == "subscribeAll" && matches!(v.as_str(), "true" | "yes" | "1"));
    // Register before the 101 goes out, so that a client that has its answer
    // can rely on the application existing (as `--wait` scripts do); events
    // wait in the queue until the upgrade completes.
    let (tx, rx) = tokio::sync::mpsc::channel::<String>(CONNECTION_QUEUE);
    let id = sim
        .lock()
        .connect(tx.clone(), &apps, subscribe_all, user.read_only);
    let failed = sim.clone();
    upgrade
        .max_message_size(64 << 20)
        .on_failed_upgrade(move |_| failed.lock().disconnect(id))
        .on_upgrade(move |socket| connection(socket, sim, user, Registered { id, tx, rx }))
}

/// A WebSocket's registration in the simulator and the queue of its events.
struct Registered {
    id: ConnId,
    tx: tokio::sync::mpsc::Sender<String>,
    rx: tokio::sync::mpsc::Receiver<String>,
}

/// One events WebSocket: events out, REST requests in.
async fn connection(socket: WebSocket, sim: Arc<Sim>, user: User, registered: Registered) {
    let Registered { id, tx, mut rx } = registered;
    let (mut sink, mut stream) = socket.split();
    loop {
        tokio::select! {
            out = rx.recv() => {
                let Some(text) = out else { break };
                if sink.feed(Message::Text(text.into())).await.is_err() {
                    break;
                }
                // Send what is already waiting in one flush.
                let mut failed = false;
                while let Ok(more) = rx.try_recv() {
                    if sink.feed(Message::Text(more.into())).await.is_err() {
                        failed = true;
                        break;
                    }
                }
                if failed || sink.flush().await.is_err() {
                    break;
                }
            }
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    if let Some(reply) = rest_over_websocket(&sim, &user, text.as_str()) {
                        let _ = tx.try_send(reply);
                    }
                }
                Some(Ok(Message::Close(_))) | None | Some(Err(_)) => break,
                _ => {}
            }
        }
    }
    sim.lock().disconnect(id);
}

/// Asterisk 22.4+ takes `RESTRequest` messages on the events WebSocket and
/// answers each with a `RESTResponse`.
pub(super) fn rest_over_websocket(sim: &Arc<Sim>, user: &User, text: &str) -> Option<String> {
    let request: Value = serde_json::from_str(text).ok()?;
    if request.get("type").and_then(Value::as_str) != Some("RESTRequest") {
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
    response["timestamp"] = json!(super::clock::timestamp());
    response["asterisk_id"] = json!(super::state::ENTITY_ID);
    Some(response.to_string())
}
