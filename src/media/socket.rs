//! chan_websocket's media WebSocket, from `ari`'s side: connect to
//! `/media/<connection id>` on the server's own HTTP(S) port (the id is in
//! the external media channel's `MEDIA_WEBSOCKET_CONNECTION_ID`), then
//! binary frames are audio and text frames are control messages.

use std::sync::Arc;

use futures_util::{SinkExt, StreamExt};
use reqwest::Url;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{self, Message};
use tokio_tungstenite::{Connector, MaybeTlsStream, WebSocketStream};

use crate::config::Settings;
use crate::error::{Error, Result, one_line};
use crate::media::control::Control;
use crate::transport::reach::{host, tls_config};

type Ws = WebSocketStream<MaybeTlsStream<TcpStream>>;

/// What came over the media WebSocket.
#[derive(Debug)]
pub enum MediaFrame {
    Audio(Vec<u8>),
    Control(Control),
    /// A text frame that is neither form of control message.
    Text(String),
    Closed(String),
}

pub struct MediaSocket {
    ws: Ws,
}

/// The media URL: the ARI URL's `/ari` replaced by `/media/<id>` (an http.conf
/// `prefix` stays in front of both).
pub fn media_url(base: &Url, connection_id: &str) -> String {
    let mut url = base.clone();
    let scheme = if url.scheme() == "https" { "wss" } else { "ws" };
    let _ = url.set_scheme(scheme);
    let path = url.path().trim_end_matches('/');
    let prefix = path.strip_suffix("/ari").unwrap_or(path);
    let path = format!(
        "{prefix}/media/{}",
        crate::invocation::encode_segment(connection_id)
    );
    url.set_path(&path);
    url.set_query(None);
    url.to_string()
}

impl MediaSocket {
    pub async fn connect(settings: &Settings, connection_id: &str) -> Result<MediaSocket> {
        let url = media_url(&settings.url.value, connection_id);
        let mut request = url
            .as_str()
            .into_client_request()
            .map_err(|e| Error::internal(format!("invalid media URL {url}: {e}")))?;
        request.headers_mut().insert(
            "Sec-WebSocket-Protocol",
            "media".parse().expect("static header"),
        );
        let tls = tls_config(settings)?;
        let what = format!("GET {}", request.uri().path());
        let connect = tokio_tungstenite::connect_async_tls_with_config(
            request,
            None,
            // Audio is small frames every 20 ms: Nagle would hold them back.
            true,
            Some(Connector::Rustls(Arc::new(tls))),
        );
        let limit = settings.connect_timeout.value;
        let (ws, _) = match tokio::time::timeout(limit, connect).await {
            Ok(Ok(done)) => done,
            Ok(Err(tungstenite::Error::Http(response))) => {
                return Err(Error::connection(format!(
                    "the media WebSocket was refused: {} ({what})",
                    response.status()
                )));
            }
            Ok(Err(e)) => {
                return Err(Error::connection(format!(
                    "cannot open the media WebSocket to {}: {} ({what})",
                    host(&settings.url.value),
                    one_line(&e.to_string())
                )));
            }
            Err(_) => {
                return Err(Error::connection(format!(
                    "cannot open the media WebSocket to {}: timed out ({what})",
                    host(&settings.url.value)
                )));
            }
        };
        Ok(MediaSocket { ws })
    }

    pub async fn next(&mut self) -> MediaFrame {
        read_frame(&mut self.ws).await
    }

    pub async fn send_audio(&mut self, bytes: Vec<u8>) -> Result<()> {
        self.ws
            .send(Message::Binary(bytes.into()))
            .await
            .map_err(|e| {
                Error::connection(format!("the media WebSocket: {}", one_line(&e.to_string())))
            })
    }

    pub async fn send_command(&mut self, text: String) -> Result<()> {
        self.ws.send(Message::Text(text.into())).await.map_err(|e| {
            Error::connection(format!("the media WebSocket: {}", one_line(&e.to_string())))
        })
    }

    pub async fn close(mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// The next frame of any media WebSocket (ours as a client, or one Asterisk
/// opened to `ari media serve`).
pub async fn read_frame<S>(ws: &mut WebSocketStream<S>) -> MediaFrame
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    loop {
        match ws.next().await {
            Some(Ok(Message::Binary(data))) => return MediaFrame::Audio(data.into()),
            Some(Ok(Message::Text(text))) => {
                return match Control::parse(&text) {
                    Some(control) => MediaFrame::Control(control),
                    None => MediaFrame::Text(one_line(text.as_str())),
                };
            }
            Some(Ok(Message::Close(frame))) => {
                return MediaFrame::Closed(match frame {
                    Some(f) if !f.reason.is_empty() => {
                        format!("closed by Asterisk ({} {})", u16::from(f.code), f.reason)
                    }
                    _ => "closed by Asterisk".into(),
                });
            }
            Some(Ok(_)) => continue,
            Some(Err(e)) => return MediaFrame::Closed(one_line(&e.to_string())),
            None => return MediaFrame::Closed("the connection ended".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_media_path_replaces_ari() {
        let base = Url::parse("https://pbx:8089/asterisk/ari").unwrap();
        assert_eq!(
            media_url(&Url::parse("http://h:8088/ari").unwrap(), "x"),
            "ws://h:8088/media/x"
        );
        assert_eq!(
            media_url(&base, "4a05-b"),
            "wss://pbx:8089/asterisk/media/4a05-b"
        );
    }
}
