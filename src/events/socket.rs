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
use crate::tls::{TlsOptions, client_config};

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
        let tls = client_config(&TlsOptions {
            https: settings.url.value.scheme() == "https",
            insecure: settings.insecure.value,
            cacert: settings.cacert.as_ref().map(|c| c.value.as_path()),
        })?;
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
                    host(settings),
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

fn host(settings: &Settings) -> String {
    let url = &settings.url.value;
    match (url.host_str(), url.port_or_known_default()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        _ => url.to_string(),
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
    let host = host(settings);
    match e {
        tungstenite::Error::Http(response) => {
            let status = response.status().as_u16();
            let body = response
                .body()
                .as_deref()
                .map(|b| String::from_utf8_lossy(b).into_owned())
                .unwrap_or_default();
            let reply = crate::client::Reply {
                status,
                content_type: response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .map(str::to_string),
                body: body.into_bytes(),
            };
            crate::client::http_error(&reply, what)
        }
        tungstenite::Error::Io(io)
            if io
                .get_ref()
                .is_some_and(|inner| inner.downcast_ref::<rustls::Error>().is_some()) =>
        {
            let tls = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>());
            let (reason, hint) = tls.map(crate::tls::handshake_failure).unwrap_or_default();
            Error::connection(format!(
                "TLS handshake with {host} failed: {reason} ({what})"
            ))
            .with_hint(hint)
        }
        tungstenite::Error::Io(io) => {
            let hint = if io.kind() == std::io::ErrorKind::ConnectionRefused {
                "is Asterisk (or `ari sim`) running there? check the url with `ari profile show`"
            } else {
                "check the url with `ari profile show`"
            };
            Error::connection(format!(
                "cannot connect to {host}: {} ({what})",
                crate::error::without_os_code(&io.to_string())
            ))
            .with_hint(hint)
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
