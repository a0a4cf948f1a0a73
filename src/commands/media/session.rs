//! The ARI objects behind a tap or an inject, made in one place and undone
//! in one place: an application of ari's own (so the snoop and the media
//! channel stay in Stasis and their ends are seen), a snoop of the target,
//! an external media channel, and a bridge between them. `close` hangs up
//! and destroys everything made, on every path out (hang-up, Ctrl-C, an
//! error half-way through).

use std::net::{IpAddr, SocketAddr, ToSocketAddrs};

use serde_json::Value;

use crate::client::Client;
use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result};
use crate::invocation::Invocation;
use crate::media::format::Format;
use crate::media::link::Link;
use crate::media::rtp::{RtpLink, local_address_towards};
use crate::media::socket::{MediaFrame, MediaSocket};
use crate::spec::versions::{self, CHAN_WEBSOCKET};
use crate::transport::socket::{EventSocket, Frame, private_app};

/// What the media goes to or comes from.
#[derive(Debug, Clone)]
pub enum Target {
    Channel(String),
    Bridge(String),
}

/// `--transport`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Auto,
    WebSocket,
    Rtp,
}

impl Transport {
    pub fn parse(value: &str) -> Transport {
        match value {
            "websocket" => Transport::WebSocket,
            "rtp" => Transport::Rtp,
            _ => Transport::Auto,
        }
    }
}

/// Something made for the session, undone at its close.
enum Made {
    Channel(String),
    Bridge(String),
}

pub struct Session {
    client: Client,
    settings: Settings,
    app: String,
    events: EventSocket,
    made: Vec<Made>,
    /// Channels of ours seen entering the application.
    in_stasis: Vec<String>,
    target: Target,
}

impl Session {
    /// Check the target exists, then hold an application of ari's own.
    pub async fn open(settings: Settings, verbose: bool, target: Target) -> Result<Session> {
        let client = Client::new(&settings, verbose)?;
        let (nickname, resource, id) = match &target {
            Target::Channel(id) => ("get", "channels", id),
            Target::Bridge(id) => ("get", "bridges", id),
        };
        call(&client, resource, nickname, &[id], Vec::new()).await?;
        let app = format!("{}-media", private_app());
        let events = EventSocket::connect(&settings, std::slice::from_ref(&app), false).await?;
        let source = match &target {
            Target::Channel(id) => format!("channel:{id}"),
            Target::Bridge(id) => format!("bridge:{id}"),
        };
        call(
            &client,
            "applications",
            "subscribe",
            &[&app],
            vec![("eventSource", source)],
        )
        .await?;
        Ok(Session {
            client,
            settings,
            app,
            events,
            made: Vec::new(),
            in_stasis: Vec::new(),
            target,
        })
    }

    /// A snoop of the target channel in ari's application: `spy` is what it
    /// hears, `whisper` where what it is given goes.
    pub async fn snoop(&mut self, channel: &str, spy: &str, whisper: &str) -> Result<String> {
        let reply = call(
            &self.client,
            "channels",
            "snoopChannel",
            &[channel],
            vec![
                ("spy", spy.into()),
                ("whisper", whisper.into()),
                ("app", self.app.clone()),
            ],
        )
        .await?;
        let id = id_of(&reply)?;
        self.made.push(Made::Channel(id.clone()));
        Ok(id)
    }

    /// A mixing bridge of ari's own with these channels in it.
    pub async fn bridge(&mut self, members: &[&str]) -> Result<String> {
        let reply = call(
            &self.client,
            "bridges",
            "create",
            &[],
            vec![("type", "mixing".into()), ("name", "ari media".into())],
        )
        .await?;
        let id = id_of(&reply)?;
        self.made.push(Made::Bridge(id.clone()));
        self.add_to_bridge(&id, members).await?;
        Ok(id)
    }

    pub async fn add_to_bridge(&mut self, bridge: &str, members: &[&str]) -> Result<()> {
        self.wait_in_stasis(members).await?;
        call(
            &self.client,
            "bridges",
            "addChannel",
            &[bridge],
            vec![("channel", members.join(","))],
        )
        .await
        .map(|_| ())
    }

    /// An external media channel in ari's application, and its audio:
    /// over the media WebSocket where the server has chan_websocket (or
    /// where told), else over RTP. `rtp_format` is what goes over RTP when
    /// audio must also go *to* Asterisk: it drops RTP of a dynamic payload
    /// type it receives (slin16 is 118), so only slin (8 kHz), ulaw and
    /// alaw cross that way (measured on 20.6.0 and 22.10.1).
    pub async fn media_channel(
        &mut self,
        format: Format,
        rtp_format: Format,
        want: Transport,
        rtp_address: Option<&str>,
    ) -> Result<(String, Link)> {
        let websocket = match want {
            Transport::WebSocket => true,
            Transport::Rtp => false,
            Transport::Auto => match self.client.server_version().await {
                Some(v) => versions::has(CHAN_WEBSOCKET, &v) != Some(false),
                None => true,
            },
        };
        if websocket {
            match self.websocket_channel(format).await {
                Ok(made) => return Ok(made),
                // A server that says it has no such transport: RTP, unless
                // the WebSocket was asked for by name.
                Err(e) if want == Transport::Auto && matches!(e.status, Some(400 | 501)) => {
                    eprintln!(
                        "ari: this server has no media WebSocket ({}); using RTP",
                        e.message
                    );
                }
                Err(e) => return Err(e),
            }
        }
        self.rtp_channel(rtp_format, rtp_address).await
    }

    /// An external media channel in ari's application, kept for undoing:
    /// its id and Asterisk's reply (whose channelvars say where media goes).
    async fn external_media(
        &mut self,
        format: Format,
        how: [(&str, &str); 4],
    ) -> Result<(String, Value)> {
        let mut query = vec![("app", self.app.clone()), ("format", format.name.into())];
        query.extend(how.iter().map(|(k, v)| (*k, v.to_string())));
        let reply = call(&self.client, "channels", "externalMedia", &[], query).await?;
        let id = id_of(&reply)?;
        self.made.push(Made::Channel(id.clone()));
        Ok((id, reply))
    }

    async fn websocket_channel(&mut self, format: Format) -> Result<(String, Link)> {
        let (id, reply) = self
            .external_media(
                format,
                [
                    ("transport", "websocket"),
                    ("encapsulation", "none"),
                    ("connection_type", "server"),
                    ("external_host", "INCOMING"),
                ],
            )
            .await?;
        let connection = reply["channelvars"]["MEDIA_WEBSOCKET_CONNECTION_ID"]
            .as_str()
            .ok_or_else(|| {
                Error::internal(
                    "Asterisk's external media channel came without MEDIA_WEBSOCKET_CONNECTION_ID",
                )
            })?
            .to_string();
        let mut socket = MediaSocket::connect(&self.settings, &connection).await?;
        // MEDIA_START comes first; it says what Asterisk will really send.
        match tokio::time::timeout(self.settings.connect_timeout.value, socket.next()).await {
            Ok(MediaFrame::Control(c)) if c.event == "MEDIA_START" => {
                if let Some(name) = c.get("format")
                    && name != format.name
                {
                    return Err(Error::internal(format!(
                        "asked Asterisk for {} and it sends {name}",
                        format.name
                    )));
                }
            }
            Ok(MediaFrame::Closed(why)) => {
                return Err(Error::connection(format!("the media WebSocket: {why}")));
            }
            Ok(other) => {
                return Err(Error::internal(format!(
                    "the media WebSocket began with {other:?}, not MEDIA_START"
                )));
            }
            Err(_) => {
                return Err(Error::connection(
                    "the media WebSocket: no MEDIA_START from Asterisk",
                ));
            }
        }
        Ok((id, Link::Socket(Box::new(socket), format)))
    }

    async fn rtp_channel(
        &mut self,
        format: Format,
        rtp_address: Option<&str>,
    ) -> Result<(String, Link)> {
        let server_host = self
            .settings
            .url
            .value
            .host_str()
            .unwrap_or("127.0.0.1")
            .to_string();
        let server_port = self
            .settings
            .url
            .value
            .port_or_known_default()
            .unwrap_or(8088);
        let bind = rtp_bind_address(rtp_address, &server_host, server_port)?;
        let mut rtp = RtpLink::bind(bind, format).await?;
        let local = rtp.local_addr()?;
        let local = local.to_string();
        let (id, reply) = self
            .external_media(
                format,
                [
                    ("transport", "udp"),
                    ("encapsulation", "rtp"),
                    ("connection_type", "client"),
                    ("external_host", &local),
                ],
            )
            .await?;
        let vars = &reply["channelvars"];
        let port: u16 = vars["UNICASTRTP_LOCAL_PORT"]
            .as_str()
            .and_then(|p| p.parse().ok())
            .ok_or_else(|| {
                Error::internal("Asterisk's RTP channel came without UNICASTRTP_LOCAL_PORT")
            })?;
        // Asterisk bound to every address says 0.0.0.0: send where REST goes.
        let address = vars["UNICASTRTP_LOCAL_ADDRESS"]
            .as_str()
            .and_then(|a| a.parse::<IpAddr>().ok())
            .filter(|a| !a.is_unspecified());
        let peer = match address {
            Some(ip) => SocketAddr::new(ip, port),
            None => (server_host.as_str(), port)
                .to_socket_addrs()
                .ok()
                .and_then(|mut a| a.next())
                .ok_or_else(|| Error::connection(format!("cannot resolve {server_host}")))?,
        };
        rtp.set_peer(peer);
        Ok((id, Link::Rtp(Box::new(rtp))))
    }

    /// Whether a channel may be sent nothing for a whisper to ride on: in
    /// Stasis and in no bridge (then only a playback of its application
    /// sends it audio). A look-up that fails says nothing.
    pub async fn may_be_idle(&self, channel: &str) -> bool {
        let Ok(info) = call(&self.client, "channels", "get", &[channel], Vec::new()).await else {
            return false;
        };
        if info["dialplan"]["app_name"] != "Stasis" {
            return false;
        }
        let Ok(bridges) = call(&self.client, "bridges", "list", &[], Vec::new()).await else {
            return false;
        };
        !bridges.as_array().is_some_and(|list| {
            list.iter().any(|b| {
                b["channels"]
                    .as_array()
                    .is_some_and(|c| c.iter().any(|c| c == channel))
            })
        })
    }

    /// Wait until each channel of ours among `ids` has entered ari's
    /// application: Asterisk refuses to bridge one before (422), and an
    /// external media channel enters only once its media is connected.
    async fn wait_in_stasis(&mut self, ids: &[&str]) -> Result<()> {
        let deadline = tokio::time::Instant::now() + self.settings.connect_timeout.value;
        while let Some(pending) = ids
            .iter()
            .find(|id| self.is_ours(id) && !self.in_stasis.iter().any(|s| s == *id))
        {
            let pending = pending.to_string();
            let frame = tokio::time::timeout_at(deadline, self.events.next())
                .await
                .map_err(|_| {
                    Error::connection(format!("channel {pending} never entered ari's application"))
                })?;
            match frame {
                Frame::Text(text) => {
                    if let Ok(event) = serde_json::from_str::<Value>(&text)
                        && event["type"] == "StasisStart"
                        && let Some(id) = event["channel"]["id"].as_str()
                    {
                        self.in_stasis.push(id.to_string());
                    }
                }
                Frame::Closed(why) => {
                    return Err(Error::connection(format!(
                        "the events connection closed ({why})"
                    )));
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Resolves when the session is over from Asterisk's side: the target
    /// hung up or went away, or something of ours was hung up; with why.
    pub async fn ended(&mut self) -> String {
        loop {
            let text = match self.events.next().await {
                Frame::Text(text) => text,
                Frame::Closed(why) => return format!("the events connection closed ({why})"),
                _ => continue,
            };
            let Ok(event) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            let channel = event["channel"]["id"].as_str().unwrap_or("");
            match (event["type"].as_str().unwrap_or(""), &self.target) {
                ("ChannelDestroyed" | "ChannelHangupRequest", Target::Channel(id))
                    if channel == id =>
                {
                    return "the call hung up".into();
                }
                ("BridgeDestroyed", Target::Bridge(id)) if event["bridge"]["id"] == id.as_str() => {
                    return "the bridge was destroyed".into();
                }
                ("StasisEnd" | "ChannelDestroyed", _) if self.is_ours(channel) => {
                    return if matches!(self.target, Target::Channel(_)) {
                        "the call hung up".into()
                    } else {
                        format!("Asterisk hung up the media channel {channel}")
                    };
                }
                _ => {}
            }
        }
    }

    fn is_ours(&self, channel: &str) -> bool {
        self.made
            .iter()
            .any(|m| matches!(m, Made::Channel(id) if id == channel))
    }

    /// Hang up and destroy everything made, newest first. What is already
    /// gone (the call hung up and took the snoop with it) is no error.
    pub async fn close(mut self) {
        while let Some(made) = self.made.pop() {
            let (resource, nickname, id) = match &made {
                Made::Channel(id) => ("channels", "hangup", id),
                Made::Bridge(id) => ("bridges", "destroy", id),
            };
            let _ = call(&self.client, resource, nickname, &[id], Vec::new()).await;
        }
        self.events.close().await;
    }
}

/// Where RTP is received: `--rtp-address IP[:PORT]`, else the address of
/// this host on the route to the server, any port.
fn rtp_bind_address(flag: Option<&str>, server_host: &str, server_port: u16) -> Result<SocketAddr> {
    if let Some(flag) = flag {
        if let Ok(addr) = flag.parse::<SocketAddr>() {
            return Ok(addr);
        }
        if let Ok(ip) = flag.parse::<IpAddr>() {
            return Ok(SocketAddr::new(ip, 0));
        }
        return Err(Error::usage(format!(
            "--rtp-address wants IP or IP:PORT, not '{flag}'"
        )));
    }
    let ip = local_address_towards(server_host, server_port).ok_or_else(|| {
        Error::connection(format!(
            "no route to {server_host} for RTP; name this host's address with --rtp-address"
        ))
    })?;
    Ok(SocketAddr::new(ip, 0))
}

/// One ARI operation by its table name; the JSON reply, or its error.
async fn call(
    client: &Client,
    resource: &str,
    nickname: &str,
    path: &[&str],
    query: Vec<(&str, String)>,
) -> Result<Value> {
    let inv = Invocation::by_name(resource, nickname, path, query, None)?;
    let reply = client.send_ok(&inv).await?;
    if reply.body.is_empty() {
        return Ok(Value::Null);
    }
    serde_json::from_slice(&reply.body).map_err(|e| {
        Error::new(
            ErrorKind::Internal,
            format!("Asterisk's reply to {resource} {nickname} is not JSON: {e}"),
        )
    })
}

fn id_of(reply: &Value) -> Result<String> {
    reply["id"]
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| Error::internal("Asterisk's reply has no id"))
}
