//! `ari sim --outbound URI`: the simulator plays Asterisk's side of an
//! outbound WebSocket (ari.conf `type = outbound_websocket`, a persistent
//! `websocket_client.conf` connection): it connects to URI with Basic
//! authentication and the `ari` subprotocol, says `ApplicationRegistered`,
//! sends the application's events, answers `RESTRequest` frames, and
//! reconnects when the connection drops, as Asterisk does. With
//! `--per-call` (`connection_type = per_call_config`) each Stasis() call
//! connects for itself instead.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use super::clock::timestamp;
use super::flows::{Entry, enter_stasis};
use super::state::{CONNECTION_QUEUE, ENTITY_ID, State};
use super::{Sim, User};

/// What Asterisk waits between connection attempts by default.
const RECONNECT: Duration = Duration::from_millis(500);

/// Keep a connection to `uri` for application `app`, forever.
pub async fn keep_connected(sim: Arc<Sim>, uri: String, app: String, user: User) {
    loop {
        let outcome = match connect(&uri, &user).await {
            Ok(ws) => {
                let (tx, rx) = tokio::sync::mpsc::channel::<String>(CONNECTION_QUEUE);
                let _ = tx.try_send(registered(&app));
                let id = sim.lock().connect(
                    tx.clone(),
                    std::slice::from_ref(&app),
                    false,
                    user.read_only,
                );
                let outcome = serve(&sim, &user, ws, tx, rx, false).await;
                sim.lock().disconnect(id);
                outcome
            }
            Err(why) => Err(why),
        };
        if let Err(why) = outcome {
            eprintln!("ari sim: outbound WebSocket to {uri}: {why}; retrying");
        }
        tokio::time::sleep(RECONNECT).await;
    }
}

/// `connection_type = per_call_config`: Stasis(`app`) on channel `id`
/// connects first, as application `app:<channel name>`; the channel enters
/// the application once connected (or fails Stasis() as an unregistered
/// application does) and the connection closes when it leaves.
pub fn per_call(
    sim: &Arc<Sim>,
    st: &State,
    id: &str,
    uri: &str,
    app: &str,
    args: Vec<String>,
    entry: Entry,
) {
    let Some(channel) = st.channels.get(id) else {
        return;
    };
    let app = format!("{app}:{}", channel.name);
    let user = sim.users.iter().find(|u| !u.read_only).cloned();
    let (sim, id, uri) = (sim.clone(), id.to_string(), uri.to_string());
    tokio::spawn(async move {
        let connected = match &user {
            Some(user) => connect(&uri, user).await,
            None => Err("no read-write user to connect as".to_string()),
        };
        let ws = match connected {
            Ok(ws) => ws,
            Err(why) => {
                eprintln!("ari sim: per-call WebSocket to {uri}: {why}");
                let mut st = sim.lock();
                return enter_stasis(&mut st, &sim, &id, &app, args, entry);
            }
        };
        let user = user.expect("connected as it");
        let (tx, rx) = tokio::sync::mpsc::channel::<String>(CONNECTION_QUEUE);
        let _ = tx.try_send(registered(&app));
        let conn = {
            let mut st = sim.lock();
            let conn = st.connect(
                tx.clone(),
                std::slice::from_ref(&app),
                false,
                user.read_only,
            );
            enter_stasis(&mut st, &sim, &id, &app, args, entry);
            conn
        };
        let _ = serve(&sim, &user, ws, tx, rx, true).await;
        sim.lock().disconnect(conn);
    });
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Connect as Asterisk does: Basic authentication, the `ari` subprotocol.
async fn connect(uri: &str, user: &User) -> Result<Ws, String> {
    let mut request = uri.into_client_request().map_err(|e| e.to_string())?;
    let token = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        format!("{}:{}", user.name, user.password),
    );
    let headers = request.headers_mut();
    headers.insert(
        "Authorization",
        format!("Basic {token}")
            .parse()
            .map_err(|_| "bad credentials")?,
    );
    headers.insert(
        "Sec-WebSocket-Protocol",
        "ari".parse().expect("a valid header"),
    );
    let (ws, _) = tokio_tungstenite::connect_async(request)
        .await
        .map_err(|e| crate::error::one_line(&e.to_string()))?;
    Ok(ws)
}

/// Said first on every connection, as Asterisk does.
fn registered(app: &str) -> String {
    json!({
        "type": "ApplicationRegistered",
        "timestamp": timestamp(),
        "application": app,
        "asterisk_id": ENTITY_ID,
    })
    .to_string()
}

/// Send the connection's events, answer its `RESTRequest` frames; a
/// per-call connection ends after its channel's `StasisEnd`.
async fn serve(
    sim: &Arc<Sim>,
    user: &User,
    ws: Ws,
    tx: tokio::sync::mpsc::Sender<String>,
    mut rx: tokio::sync::mpsc::Receiver<String>,
    per_call: bool,
) -> Result<(), String> {
    let (mut sink, mut stream) = ws.split();
    loop {
        tokio::select! {
            out = rx.recv() => {
                let Some(text) = out else { return Ok(()) };
                let ends = per_call && is_stasis_end(&text);
                if sink.send(Message::Text(text.into())).await.is_err() {
                    return Err("the connection broke".to_string());
                }
                if ends {
                    let _ = sink.close().await;
                    return Ok(());
                }
            }
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    if let Some(reply) = super::dispatch::rest_over_websocket(sim, user, text.as_str()) {
                        let _ = tx.try_send(reply);
                    }
                }
                Some(Ok(Message::Close(_))) | None => return Err("closed by the other side".to_string()),
                Some(Err(e)) => return Err(crate::error::one_line(&e.to_string())),
                _ => {}
            }
        }
    }
}

fn is_stasis_end(text: &str) -> bool {
    text.contains("StasisEnd")
        && serde_json::from_str::<serde_json::Value>(text).is_ok_and(|e| e["type"] == "StasisEnd")
}
