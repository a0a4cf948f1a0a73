//! `ari sim --outbound URI`: the simulator plays Asterisk's side of an
//! outbound WebSocket (ari.conf `type = outbound_websocket`, a persistent
//! `websocket_client.conf` connection): it connects to URI with Basic
//! authentication and the `ari` subprotocol, says `ApplicationRegistered`,
//! sends the application's events, answers `RESTRequest` frames, and
//! reconnects when the connection drops, as Asterisk does.

use std::sync::Arc;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::json;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use super::clock::timestamp;
use super::state::{CONNECTION_QUEUE, ENTITY_ID};
use super::{Sim, User};

/// What Asterisk waits between connection attempts by default.
const RECONNECT: Duration = Duration::from_millis(500);

/// Keep a connection to `uri` for application `app`, forever.
pub async fn keep_connected(sim: Arc<Sim>, uri: String, app: String, user: User) {
    loop {
        if let Err(why) = connect_once(&sim, &uri, &app, &user).await {
            eprintln!("ari sim: outbound WebSocket to {uri}: {why}; retrying");
        }
        tokio::time::sleep(RECONNECT).await;
    }
}

async fn connect_once(sim: &Arc<Sim>, uri: &str, app: &str, user: &User) -> Result<(), String> {
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
    let (mut sink, mut stream) = ws.split();
    let (tx, mut rx) = tokio::sync::mpsc::channel::<String>(CONNECTION_QUEUE);
    let registered = json!({
        "type": "ApplicationRegistered",
        "timestamp": timestamp(),
        "application": app,
        "asterisk_id": ENTITY_ID,
    });
    // Registered before anything else goes out, as Asterisk does.
    let _ = tx.try_send(registered.to_string());
    let id = sim
        .lock()
        .connect(tx.clone(), &[app.to_string()], false, user.read_only);
    let outcome = loop {
        tokio::select! {
            out = rx.recv() => {
                let Some(text) = out else { break Ok(()) };
                if sink.send(Message::Text(text.into())).await.is_err() {
                    break Err("the connection broke".to_string());
                }
            }
            incoming = stream.next() => match incoming {
                Some(Ok(Message::Text(text))) => {
                    if let Some(reply) = super::http::rest_over_websocket(sim, user, text.as_str()) {
                        let _ = tx.try_send(reply);
                    }
                }
                Some(Ok(Message::Close(_))) | None => break Err("closed by the other side".to_string()),
                Some(Err(e)) => break Err(crate::error::one_line(&e.to_string())),
                _ => {}
            }
        }
    };
    sim.lock().disconnect(id);
    outcome
}
