//! `ari events --listen [ADDR]`: be the server that Asterisk's outbound
//! WebSocket (ari.conf `type = outbound_websocket`, Asterisk 20.15, 21.10,
//! 22.5 and later) connects to, and print what it sends exactly as the tail
//! does. Several connections at once (a per-call connection comes with each
//! call), each line tagged with its connection; Asterisk reconnecting is just
//! a new connection.

use std::io::Write;
use std::net::SocketAddr;

use futures_util::StreamExt;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::{HeaderValue, StatusCode};

use super::render::EventWriter;
use super::tail::{TailOptions, handle_frame};
use crate::config::Settings;
use crate::error::Result;

/// Where `--listen` serves when given no address.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8765";

/// What a connection sends the printing loop.
enum Incoming {
    Opened(u64, SocketAddr),
    Frame(u64, String),
    Closed(u64, String),
}

/// The `websocket_client.conf` and `ari.conf` lines that make Asterisk connect here.
pub fn asterisk_config(addr: SocketAddr, settings: &Settings, app: &str) -> String {
    format!(
        "; websocket_client.conf\n\
         [ari-listen]\n\
         type = websocket_client\n\
         connection_type = persistent      ; or per_call_config: one connection per Stasis() call\n\
         uri = ws://{addr}/\n\
         protocols = ari\n\
         username = {user}\n\
         password = <the password of profile {profile}>\n\
         \n\
         ; ari.conf\n\
         [ari-listen]\n\
         type = outbound_websocket\n\
         websocket_client_id = ari-listen\n\
         apps = {app}\n",
        user = settings.username.value,
        profile = settings.profile.value,
    )
}

/// Serve until done (`--count`, `--until`), `--timeout`, or `stop`.
pub async fn listen<W: Write>(
    listener: TcpListener,
    settings: &Settings,
    mut opts: TailOptions,
    make_writer: impl Fn(u64) -> EventWriter<W>,
    stop: impl std::future::Future<Output = Result<()>>,
) -> Result<()> {
    let password = settings.password.value.resolve()?.unwrap_or_default();
    let expected = format!(
        "Basic {}",
        base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("{}:{password}", settings.username.value),
        )
    );
    let (tx, mut rx) = mpsc::channel::<Incoming>(1024);
    let accepting = async {
        let mut next = 0u64;
        loop {
            let Ok((stream, peer)) = listener.accept().await else {
                continue;
            };
            next += 1;
            let id = next;
            let tx = tx.clone();
            let expected = expected.clone();
            tokio::spawn(async move { serve(stream, peer, id, &expected, tx).await });
        }
    };
    let deadline = opts.timeout.map(|t| tokio::time::Instant::now() + t);
    let timed_out = super::tail::timed_out(&opts);
    let mut writers = std::collections::HashMap::new();
    let mut printed = 0u64;
    let printing = async {
        while let Some(incoming) = rx.recv().await {
            match incoming {
                Incoming::Opened(id, peer) => {
                    (opts.notify)(&format!("ari: connection ws{id} from {peer}"));
                }
                Incoming::Closed(id, why) => {
                    if let Some(mut w) = writers.remove(&id) {
                        let _: &mut EventWriter<W> = &mut w;
                        let _ = w.flush();
                    }
                    (opts.notify)(&format!("ari: connection ws{id} closed ({why})"));
                }
                Incoming::Frame(id, text) => {
                    let writer = writers.entry(id).or_insert_with(|| make_writer(id));
                    let done = handle_frame(&text, &mut opts, writer, &mut printed)?;
                    writer.flush()?;
                    if done {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    };
    tokio::select! {
        result = printing => result,
        _ = accepting => Ok(()),
        result = stop => result,
        _ = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        } => Err(timed_out),
    }
}

/// One connection: check the credentials and the subprotocol, then pass its
/// text frames on. (The handshake callback's error type is tungstenite's.)
#[allow(clippy::result_large_err)]
async fn serve(
    stream: tokio::net::TcpStream,
    peer: SocketAddr,
    id: u64,
    expected: &str,
    tx: mpsc::Sender<Incoming>,
) {
    let check = |request: &Request,
                 mut response: Response|
     -> std::result::Result<Response, ErrorResponse> {
        let auth = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        if auth != Some(expected) {
            let mut refused = ErrorResponse::new(Some("wrong user name or password".into()));
            *refused.status_mut() = StatusCode::UNAUTHORIZED;
            refused.headers_mut().insert(
                "WWW-Authenticate",
                HeaderValue::from_static("Basic realm=\"ari\""),
            );
            return Err(refused);
        }
        let offers_ari = request
            .headers()
            .get("sec-websocket-protocol")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|p| p.split(',').any(|p| p.trim() == "ari"));
        if offers_ari {
            response
                .headers_mut()
                .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("ari"));
        }
        Ok(response)
    };
    let Ok(mut ws) = tokio_tungstenite::accept_hdr_async(stream, check).await else {
        return;
    };
    let _ = tx.send(Incoming::Opened(id, peer)).await;
    let why = loop {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => {
                if tx
                    .send(Incoming::Frame(id, text.to_string()))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            Some(Ok(Message::Close(_))) | None => break "closed by Asterisk".to_string(),
            Some(Ok(_)) => {}
            Some(Err(e)) => break crate::error::one_line(&e.to_string()),
        }
    };
    let _ = tx.send(Incoming::Closed(id, why)).await;
}
