//! HTTP and WebSocket plumbing of the simulator: authentication, Asterisk's
//! error pages, the events WebSocket (with REST over it); the requests
//! themselves go to `dispatch`.

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

use super::dispatch::{execute, rest_over_websocket};
use super::rest;
use super::state::{CONNECTION_QUEUE, ConnId};
use super::streams;
use super::{Sim, User};

pub async fn serve(
    listener: tokio::net::TcpListener,
    sim: Arc<Sim>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) {
    let app = Router::new()
        .route("/ari/events", any(events))
        // External media WebSockets (chan_websocket), outside /ari as in Asterisk.
        .route("/media/{connection_id}", any(streams::socket::connect))
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
