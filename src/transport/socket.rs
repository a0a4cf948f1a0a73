//! The ARI events WebSocket: connect with the profile's credentials and TLS
//! settings, and read frames.

use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::{self, Message, Utf8Bytes};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result, one_line};
use crate::reply::{Reply, http_error};
use crate::transport::reach::{connect_hint, host, tls_config, tls_error};

/// Frames as large as this are read (and then reported, not printed, when they are not events).
const MAX_FRAME: usize = 64 << 20;

pub struct EventSocket {
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
}

/// What the server sent.
pub enum Frame {
    /// A text frame, as received (no copy).
    Text(Utf8Bytes),
    Binary(usize),
    Pong,
    /// The server closed the connection (with its reason, if any).
    Closed(String),
}

/// The `/ari/events` URL for these applications, `ws://` or `wss://`.
pub fn events_url(settings: &Settings, apps: &[String], subscribe_all: bool) -> String {
    let base = &settings.url.value;
    let scheme = if base.scheme() == "https" {
        "wss"
    } else {
        "ws"
    };
    let mut url = base.clone();
    let _ = url.set_scheme(scheme);
    let apps: Vec<String> = apps
        .iter()
        .map(|a| crate::invocation::encode_segment(a))
        .collect();
    let mut text = format!(
        "{}/events?app={}",
        url.as_str().trim_end_matches('/'),
        apps.join(",")
    );
    if subscribe_all {
        text.push_str("&subscribeAll=true");
    }
    text
}

/// `ari-<host>-<pid>`: a name nobody else uses, so the tail controls nothing.
pub fn private_app() -> String {
    let host: String = gethostname::gethostname()
        .to_string_lossy()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .take(40)
        .collect();
    let host = if host.is_empty() {
        "local".to_string()
    } else {
        host
    };
    format!("ari-{host}-{}", std::process::id())
}

impl EventSocket {
    pub async fn connect(
        settings: &Settings,
        apps: &[String],
        subscribe_all: bool,
    ) -> Result<EventSocket> {
        let url = events_url(settings, apps, subscribe_all);
        let mut request = url
            .as_str()
            .into_client_request()
            .map_err(|e| Error::usage(format!("invalid events URL: {e}")))?;
        let password = settings.password.value.resolve()?.unwrap_or_default();
        let token = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            format!("{}:{password}", settings.username.value),
        );
        let header = format!("Basic {token}")
            .parse()
            .map_err(|_| Error::usage("the user name or password cannot go in an HTTP header"))?;
        request.headers_mut().insert("Authorization", header);
        let tls = tls_config(settings)?;
        let config = WebSocketConfig::default()
            .max_message_size(Some(MAX_FRAME))
            .max_frame_size(Some(MAX_FRAME));
        let what = format!(
            "GET {}/events",
            settings.url.value.path().trim_end_matches('/')
        );
        let connect = tokio_tungstenite::connect_async_tls_with_config(
            request,
            Some(config),
            true,
            Some(Connector::Rustls(Arc::new(tls))),
        );
        let limit = settings.connect_timeout.value;
        let (ws, _) = match tokio::time::timeout(limit, connect).await {
            Ok(result) => result.map_err(|e| handshake_error(e, settings, &what))?,
            Err(_) => {
                return Err(Error::connection(format!(
                    "cannot connect to {}: timed out after {}s ({what})",
                    host(&settings.url.value),
                    limit.as_secs_f64()
                )));
            }
        };
        Ok(EventSocket { ws })
    }

    /// The next frame; `None`-like ends come back as `Frame::Closed`.
    pub async fn next(&mut self) -> Frame {
        loop {
            match self.ws.next().await {
                Some(Ok(Message::Text(text))) => return Frame::Text(text),
                Some(Ok(Message::Binary(data))) => return Frame::Binary(data.len()),
                Some(Ok(Message::Pong(_))) => return Frame::Pong,
                Some(Ok(Message::Ping(_))) | Some(Ok(Message::Frame(_))) => continue,
                Some(Ok(Message::Close(frame))) => {
                    let reason = frame
                        .map(|f| {
                            format!("closed by the server ({} {})", u16::from(f.code), f.reason)
                        })
                        .unwrap_or_else(|| "closed by the server".into());
                    return Frame::Closed(one_line(&reason));
                }
                Some(Err(e)) => return Frame::Closed(describe(&e)),
                None => return Frame::Closed("the connection ended".into()),
            }
        }
    }

    /// A frame that is already here, without waiting: lets the caller batch
    /// output during a flood and flush only when the stream goes quiet.
    pub fn next_now(&mut self) -> Option<Frame> {
        use futures_util::FutureExt;
        self.next().now_or_never()
    }

    pub async fn ping(&mut self) -> Result<()> {
        self.ws
            .send(Message::Ping(Vec::new().into()))
            .await
            .map_err(|e| Error::connection(describe(&e)))
    }

    /// Send a text frame (REST over the WebSocket).
    pub async fn send_text(&mut self, text: String) -> Result<()> {
        self.ws
            .send(Message::Text(text.into()))
            .await
            .map_err(|e| Error::connection(describe(&e)))
    }

    /// The connection itself, for a pump that carries REST requests over it.
    pub fn into_inner(self) -> WebSocketStream<MaybeTlsStream<TcpStream>> {
        self.ws
    }

    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

fn describe(e: &tungstenite::Error) -> String {
    match e {
        tungstenite::Error::Capacity(c) => format!("a frame too large to read ({c})"),
        tungstenite::Error::Io(io) => crate::error::without_os_code(&io.to_string()),
        other => one_line(&other.to_string()),
    }
}

/// Why the upgrade failed, as the documented exit codes see it: 401/403 are
/// not worth retrying, a refused connection may be a server restarting.
fn handshake_error(e: tungstenite::Error, settings: &Settings, what: &str) -> Error {
    let host = host(&settings.url.value);
    match e {
        tungstenite::Error::Http(response) => {
            let status = response.status().as_u16();
            let body = response
                .body()
                .as_deref()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default();
            let reply = Reply {
                status,
                content_type: response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                body: body.into_bytes(),
            };
            http_error(&reply, what)
        }
        tungstenite::Error::Io(io) => {
            if let Some(tls) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return tls_error(&host, tls, what);
            }
            let cause = crate::error::without_os_code(&io.to_string());
            Error::connection(format!("cannot connect to {host}: {cause} ({what})"))
                .with_hint(connect_hint(&cause))
        }
        tungstenite::Error::Tls(tls) => Error::connection(format!(
            "TLS handshake with {host} failed: {} ({what})",
            one_line(&tls.to_string())
        ))
        .with_hint("trust the server's CA with --cacert FILE, or (testing only) use -k"),
        other => Error::new(
            ErrorKind::Connection,
            format!(
                "WebSocket to {host} failed: {} ({what})",
                one_line(&other.to_string())
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_names_are_safe_app_names() {
        let name = private_app();
        assert!(name.starts_with("ari-"));
        assert!(
            name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
            "{name}"
        );
    }
}
