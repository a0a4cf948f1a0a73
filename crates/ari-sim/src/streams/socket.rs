//! `/media/{connection_id}`: where an application connects to a WebSocket
//! external media channel (chan_websocket's `connection_type=server`), on
//! the HTTP port, outside `/ari` and without authentication, as Asterisk
//! has it. An unknown id is a 404, a second connection for one id a 409.
//! On connecting, the application gets MEDIA_START and the channel is
//! answered (unless `transport_data` has `n`); then its TEXT commands and
//! BINARY audio come in and the channel's audio goes out. The application
//! closing the socket hangs the channel up; the channel going closes it.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::ws::rejection::WebSocketUpgradeRejection;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, State as Shared};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use serde_json::{Map, Value, json};
use tokio::sync::mpsc;

use super::stream::{Action, CLOSE_GOING_AWAY, CLOSE_NORMAL, Link, Outgoing, SOCKET_QUEUE};
use crate::Sim;
use crate::flows;

/// Asterisk's HTML error page, titled in its words (`Not found`).
fn page(sim: &Sim, status: StatusCode, reason: &str, text: &str) -> Response {
    let body = format!(
        "<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\">\r\n<html><head>\r\n<title>{} {reason}</title>\r\n\
         </head><body>\r\n<h1>{reason}</h1>\r\n<p>{text}</p>\r\n<hr />\r\n<address>Asterisk/{}</address>\r\n\
         </body></html>\r\n",
        status.as_u16(),
        sim.version
    );
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html"));
    response
}

/// The subprotocols the client asked for allow `media` (or it asked none).
fn protocol_allowed(headers: &HeaderMap) -> bool {
    let asked: Vec<&str> = headers
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    asked.is_empty() || asked.contains(&"media")
}

pub async fn connect(
    Shared(sim): Shared<Arc<Sim>>,
    Path(connection_id): Path<String>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> Response {
    let (tx, rx) = mpsc::channel(SOCKET_QUEUE);
    let mut st = sim.lock();
    // Asterisk finds the channel before it looks at the upgrade.
    let Some(stream) = st.media.by_connection(&connection_id) else {
        return page(
            &sim,
            StatusCode::NOT_FOUND,
            "Not found",
            "WebSocket instance not found",
        );
    };
    let channel_id = stream.channel_id.clone();
    let Link::WebSocket { session, .. } = &mut stream.link else {
        return page(
            &sim,
            StatusCode::NOT_FOUND,
            "Not found",
            "WebSocket instance not found",
        );
    };
    if session.is_some() {
        return page(
            &sim,
            StatusCode::CONFLICT,
            "Conflict",
            "Another websocket connection exists for this connection id",
        );
    }
    let Ok(upgrade) = upgrade else {
        return page(&sim, StatusCode::UPGRADE_REQUIRED, "Upgrade Required", "");
    };
    if !protocol_allowed(&headers) {
        let mut response = Response::new(Body::empty());
        *response.status_mut() = StatusCode::BAD_REQUEST;
        response.headers_mut().insert(
            header::SEC_WEBSOCKET_VERSION,
            HeaderValue::from_static("7, 8, 13"),
        );
        return response;
    }
    // Taken now, so that a second connection is refused while this one
    // upgrades.
    *session = Some(tx.clone());
    drop(st);
    let failed = (sim.clone(), channel_id.clone());
    upgrade
        .protocols(["media"])
        .on_failed_upgrade(move |_| release(&failed.0, &failed.1, &tx))
        .on_upgrade(move |socket| session_loop(socket, sim, channel_id, rx))
}

/// An upgrade that failed gives the connection id back.
fn release(sim: &Sim, channel_id: &str, tx: &mpsc::Sender<Outgoing>) {
    let mut st = sim.lock();
    if let Some(stream) = st.media.streams.get_mut(channel_id)
        && let Link::WebSocket { session, .. } = &mut stream.link
        && session.as_ref().is_some_and(|s| s.same_channel(tx))
    {
        *session = None;
    }
}

/// The channel's variables, for MEDIA_START in JSON.
fn variables(vars: &std::collections::BTreeMap<String, String>) -> Map<String, Value> {
    vars.iter().map(|(k, v)| (k.clone(), json!(v))).collect()
}

async fn session_loop(
    socket: WebSocket,
    sim: Arc<Sim>,
    channel_id: String,
    mut rx: mpsc::Receiver<Outgoing>,
) {
    {
        let mut st = sim.lock();
        let Some(channel) = st.channels.get(&channel_id) else {
            return;
        };
        let (name, vars) = (channel.name.clone(), variables(&channel.vars));
        let Some(stream) = st.media.streams.get(&channel_id) else {
            return;
        };
        stream.media_start(&name, vars);
        if stream.options.auto_answer {
            flows::media_answer(&mut st, &sim, &channel_id);
        }
    }
    let (mut sink, mut incoming) = socket.split();
    loop {
        tokio::select! {
            out = rx.recv() => {
                // What is already waiting goes in one write: at a fast
                // --time-scale frames come faster than one write each.
                let Some(first) = out else { return };
                let mut next = Some(first);
                let mut closing = None;
                while let Some(out) = next.take() {
                    let message = match out {
                        Outgoing::Text(text) => Message::Text(text.into()),
                        Outgoing::Binary(bytes) => Message::Binary(bytes.into()),
                        Outgoing::Close(code) => {
                            closing = Some(code);
                            break;
                        }
                    };
                    if sink.feed(message).await.is_err() {
                        ended(&sim, &channel_id, FAILED, CLOSE_GOING_AWAY);
                        return;
                    }
                    next = rx.try_recv().ok();
                }
                if let Some(code) = closing {
                    let _ = sink.send(close(code)).await;
                    return;
                }
                if sink.flush().await.is_err() {
                    ended(&sim, &channel_id, FAILED, CLOSE_GOING_AWAY);
                    return;
                }
            }
            message = incoming.next() => match message {
                _ if too_long(&message) => {
                    let _ = sink.send(close(CLOSE_TOO_BIG)).await;
                    ended(&sim, &channel_id, FAILED, CLOSE_TOO_BIG);
                    return;
                }
                Some(Ok(Message::Text(text))) => {
                    let mut st = sim.lock();
                    let action = st
                        .media
                        .streams
                        .get_mut(&channel_id)
                        .and_then(|s| s.on_text(text.as_str()));
                    match action {
                        Some(Action::Answer) => flows::media_answer(&mut st, &sim, &channel_id),
                        Some(Action::Hangup) => {
                            flows::media_ended(&mut st, &sim, &channel_id, NORMAL, CLOSE_NORMAL)
                        }
                        None => {}
                    }
                }
                Some(Ok(Message::Binary(bytes))) => {
                    let mut st = sim.lock();
                    if let Some(stream) = st.media.streams.get_mut(&channel_id) {
                        stream.on_audio(&bytes);
                    }
                }
                Some(Ok(Message::Ping(_) | Message::Pong(_))) => {}
                Some(Ok(Message::Close(_))) => {
                    ended(&sim, &channel_id, NORMAL, CLOSE_GOING_AWAY);
                    // The answer to the application's close goes out.
                    let _ = sink.close().await;
                    return;
                }
                Some(Err(_)) | None => {
                    ended(&sim, &channel_id, FAILED, CLOSE_GOING_AWAY);
                    return;
                }
            }
        }
    }
}

/// Hang-up causes of a stream's end: the application's doing (HANGUP, a
/// close), or a failed socket.
const NORMAL: i64 = 16;
const FAILED: i64 = 38;

/// A close code for a message Asterisk cannot take.
const CLOSE_TOO_BIG: u16 = 1009;

/// Asterisk reads a WebSocket frame into a 65535-byte buffer, header
/// included: a masked frame of more than 65527 bytes does not fit, and
/// ends the connection.
const MAX_PAYLOAD: usize = 65_527;

fn too_long(message: &Option<Result<Message, axum::Error>>) -> bool {
    match message {
        Some(Ok(Message::Text(text))) => text.len() > MAX_PAYLOAD,
        Some(Ok(Message::Binary(bytes))) => bytes.len() > MAX_PAYLOAD,
        _ => false,
    }
}

fn close(code: u16) -> Message {
    Message::Close(Some(CloseFrame {
        code,
        reason: "".into(),
    }))
}

/// The socket ended the channel: hung up with `cause`, the socket told
/// `code` (if it still listens). Asterisk reports it as going away.
fn ended(sim: &Arc<Sim>, channel_id: &str, cause: i64, code: u16) {
    let mut st = sim.lock();
    if let Some(stream) = st.media.streams.get_mut(channel_id) {
        stream.close_code = code;
        flows::media_ended(&mut st, sim, channel_id, cause, CLOSE_GOING_AWAY);
    }
}
