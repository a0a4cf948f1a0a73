//! A scripted WebSocket server on 127.0.0.1 for the robustness tests of
//! `ari events`: each connection plays a script (frames, floods, silence,
//! close), so a test can produce exactly the misbehaviour it wants.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpListener;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

#[derive(Debug, Clone)]
pub enum Step {
    Text(String),
    Binary(usize),
    /// `count` realistic events, as fast as the reader takes them.
    Flood(usize),
    /// Close the connection.
    Close,
    /// Keep the connection, never read from it: pings go unanswered.
    Silent,
    /// Keep the connection and answer pings, until the client leaves.
    Hold,
    /// Tell another connection's `AwaitSignal` to go on.
    Signal(Arc<tokio::sync::Notify>),
    /// Wait until another connection's script reaches its `Signal`.
    AwaitSignal(Arc<tokio::sync::Notify>),
}

pub struct WsServer {
    pub addr: SocketAddr,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// One realistic event of the flood, numbered.
pub fn event(i: usize) -> String {
    format!(
        r#"{{"type":"ChannelDtmfReceived","timestamp":"2026-11-22T11:07:49.528+0000","digit":"{}","duration_ms":100,"channel":{{"id":"1795345666.{i}","name":"PJSIP/alice-{i:08x}","state":"Up","protocol_id":"","caller":{{"name":"Alice","number":"1001"}},"connected":{{"name":"","number":""}},"accountcode":"","dialplan":{{"context":"default","exten":"hello","priority":3,"app_name":"Stasis","app_data":"hello"}},"creationtime":"2026-11-22T11:07:46.150+0000","language":"en"}},"asterisk_id":"02:fc:00:00:00:01","application":"hello"}}"#,
        i % 10
    )
}

impl WsServer {
    /// Serve on a free port; connection `n` plays `scripts[n]` (the last script repeats).
    pub fn start(scripts: Vec<Vec<Step>>) -> WsServer {
        Self::start_on("127.0.0.1:0", scripts, None)
    }

    pub fn start_on(
        listen: &str,
        scripts: Vec<Vec<Step>>,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> WsServer {
        let std_listener = std::net::TcpListener::bind(listen).expect("bind");
        std_listener.set_nonblocking(true).unwrap();
        let addr = std_listener.local_addr().unwrap();
        let counter = Arc::new(AtomicUsize::new(0));
        let (tx, mut rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async move {
                let listener = TcpListener::from_std(std_listener).unwrap();
                loop {
                    tokio::select! {
                        _ = &mut rx => break,
                        accepted = listener.accept() => {
                            let Ok((stream, _)) = accepted else { continue };
                            let n = counter.fetch_add(1, Ordering::SeqCst);
                            let script = scripts.get(n).or(scripts.last()).cloned().unwrap_or_default();
                            let tls = tls.clone();
                            tokio::spawn(async move {
                                match tls {
                                    Some(config) => {
                                        let acceptor = tokio_rustls::TlsAcceptor::from(config);
                                        if let Ok(stream) = acceptor.accept(stream).await {
                                            serve(stream, script).await;
                                        }
                                    }
                                    None => serve(stream, script).await,
                                }
                            });
                        }
                    }
                }
            });
        });
        WsServer {
            addr,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn url(&self, scheme: &str) -> String {
        format!("{scheme}://{}", self.addr)
    }

    fn halt(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for WsServer {
    fn drop(&mut self) {
        self.halt();
    }
}

async fn serve<S>(stream: S, script: Vec<Step>)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    // Only asterisk:asterisk may connect, like a real ARI user.
    #[allow(clippy::result_large_err)] // the signature tungstenite asks for
    let check = |request: &Request, response: Response| -> Result<Response, ErrorResponse> {
        let auth = request
            .headers()
            .get("authorization")
            .and_then(|v| v.to_str().ok());
        if auth == Some("Basic YXN0ZXJpc2s6YXN0ZXJpc2s=") {
            Ok(response)
        } else {
            let mut refused =
                ErrorResponse::new(Some(r#"{"message": "Authentication required"}"#.into()));
            *refused.status_mut() = tokio_tungstenite::tungstenite::http::StatusCode::UNAUTHORIZED;
            Err(refused)
        }
    };
    let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
        .max_message_size(Some(64 << 20))
        .max_frame_size(Some(64 << 20));
    let Ok(mut ws) =
        tokio_tungstenite::accept_hdr_async_with_config(stream, check, Some(config)).await
    else {
        return;
    };
    for step in script {
        let sent = match step {
            Step::Text(text) => ws.send(Message::Text(text.into())).await,
            Step::Binary(len) => ws.send(Message::Binary(vec![0u8; len].into())).await,
            Step::Flood(count) => {
                let mut result = Ok(());
                for i in 0..count {
                    result = ws.feed(Message::Text(event(i).into())).await;
                    if result.is_err() {
                        break;
                    }
                }
                result.and(ws.flush().await)
            }
            Step::Close => {
                let _ = ws.close(None).await;
                return;
            }
            Step::Silent => {
                std::future::pending::<()>().await;
                Ok(())
            }
            Step::Hold => {
                while let Some(Ok(_)) = ws.next().await {}
                return;
            }
            Step::Signal(gate) => {
                gate.notify_one();
                Ok(())
            }
            Step::AwaitSignal(gate) => {
                gate.notified().await;
                Ok(())
            }
        };
        if sent.is_err() {
            return;
        }
    }
    // After the script: stay, answering pings.
    while let Some(Ok(_)) = ws.next().await {}
}
