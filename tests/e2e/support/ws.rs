//! A small WebSocket client for tests: watch the events a simulator sends.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

/// Long enough for anything the simulator does at test speed.
const WAIT: Duration = Duration::from_secs(15);

pub struct Events {
    runtime: tokio::runtime::Runtime,
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// Every event received so far, in order.
    pub seen: Vec<Value>,
}

/// A refused upgrade: status and body.
#[derive(Debug)]
pub struct Refused {
    pub status: u16,
    pub content_type: String,
    pub body: String,
}

impl Events {
    /// Connect to `/ari/events?{query}` as asterisk:asterisk.
    pub fn connect(addr: std::net::SocketAddr, query: &str) -> Events {
        Self::connect_as(addr, query, Some(("asterisk", "asterisk"))).expect("WebSocket connects")
    }

    pub fn connect_as(
        addr: std::net::SocketAddr,
        query: &str,
        basic: Option<(&str, &str)>,
    ) -> Result<Events, Refused> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut request = format!("ws://{addr}/ari/events?{query}")
            .into_client_request()
            .unwrap();
        if let Some((user, password)) = basic {
            let token = super::basic_token(user, password);
            request
                .headers_mut()
                .insert("Authorization", format!("Basic {token}").parse().unwrap());
        }
        let connected = runtime.block_on(tokio_tungstenite::connect_async(request));
        match connected {
            Ok((ws, _)) => Ok(Events {
                runtime,
                ws,
                seen: Vec::new(),
            }),
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => Err(Refused {
                status: response.status().as_u16(),
                content_type: response
                    .headers()
                    .get("content-type")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string(),
                body: String::from_utf8_lossy(response.body().as_deref().unwrap_or_default())
                    .into_owned(),
            }),
            Err(e) => panic!("WebSocket: {e}"),
        }
    }

    /// The next event, or `None` after `within`.
    pub fn next_within(&mut self, within: Duration) -> Option<Value> {
        let ws = &mut self.ws;
        let next = self
            .runtime
            .block_on(async { tokio::time::timeout(within, ws.next()).await });
        match next {
            Ok(Some(Ok(Message::Text(text)))) => {
                let event: Value = serde_json::from_str(text.as_str()).expect("events are JSON");
                self.seen.push(event.clone());
                Some(event)
            }
            _ => None,
        }
    }

    /// Wait for the first event that `matches`; fails the test after a while.
    pub fn wait_for(&mut self, what: &str, matches: impl Fn(&Value) -> bool) -> Value {
        let deadline = std::time::Instant::now() + WAIT;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match self.next_within(left) {
                Some(event) if matches(&event) => return event,
                Some(_) => {}
                None => break,
            }
        }
        let types: Vec<&str> = self
            .seen
            .iter()
            .filter_map(|e| e["type"].as_str())
            .collect();
        panic!("no {what} event; saw {types:?}");
    }

    /// Wait for an event of this type about this channel.
    pub fn wait_channel(&mut self, kind: &str, channel: &str) -> Value {
        self.wait_for(&format!("{kind} for {channel}"), |e| {
            e["type"] == kind && (e["channel"]["id"] == channel || e["peer"]["id"] == channel)
        })
    }

    pub fn wait_type(&mut self, kind: &str) -> Value {
        self.wait_for(kind, |e| e["type"] == kind)
    }

    pub fn send_text(&mut self, text: &str) {
        let ws = &mut self.ws;
        self.runtime
            .block_on(ws.send(Message::Text(text.to_string().into())))
            .expect("send");
    }
}
