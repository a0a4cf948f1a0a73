//! `POST /channels/externalMedia`: Asterisk's checks, in its order for the
//! version played, then the media channel: a WebSocket one (chan_websocket,
//! `connection_type=server`) the application connects to at
//! `/media/{connection_id}`, or a UnicastRTP one (chan_rtp) sending to
//! `external_host` from a UDP port of its own on 127.0.0.1. AudioSocket is
//! not simulated.

use std::net::{SocketAddr, ToSocketAddrs, UdpSocket};
use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::channels::subscribe;
use super::request::{Reply, Request, error, ok};
use crate::Sim;
use crate::clock::timestamp;
use crate::flows;
use crate::model::{AfterAnswer, Channel, ChannelKind};
use crate::state::State;
use crate::streams::codec;
use crate::streams::control::Style;
use crate::streams::stream::{Direction, Link, Options, Rtp, Stream};
use crate::streams::{clock, udp};

pub fn handle(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    if sim.has(ari_spec::versions::CHAN_WEBSOCKET) {
        checked(sim, st, req)
    } else {
        checked_before_websocket(sim, st, req)
    }
}

/// A request parameter, absent when empty (as Asterisk reads them).
fn param<'r>(req: &'r Request, name: &str) -> Option<&'r str> {
    req.q(name).filter(|v| !v.is_empty())
}

/// What Asterisk answers when the channel driver refuses the request (an
/// unknown format, bad options): no channel, no events.
fn refused() -> Reply {
    error(
        500,
        "An internal error prevented this request from being handled",
    )
}

fn no_audiosocket() -> Reply {
    error(
        501,
        "External media over AudioSocket needs chan_audiosocket, which the simulator does not have",
    )
}

fn host_and_port(host: &str) -> bool {
    host.rsplit_once(':')
        .is_some_and(|(h, port)| !h.is_empty() && port.parse::<u16>().is_ok())
}

/// A server without chan_websocket (20.6): its fewer checks, in its order.
fn checked_before_websocket(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    if param(req, "app").is_none() {
        return error(400, "app cannot be empty");
    }
    let Some(host) = param(req, "external_host") else {
        return error(400, "external_host cannot be empty");
    };
    if !host_and_port(host) {
        return error(400, "external_host must be <host>:<port>");
    }
    if param(req, "format").is_none() {
        return error(400, "format cannot be empty");
    }
    let transport = param(req, "transport").unwrap_or("udp").to_lowercase();
    let encapsulation = param(req, "encapsulation").unwrap_or("rtp").to_lowercase();
    match (encapsulation.as_str(), transport.as_str()) {
        ("rtp", "udp") => unicast_rtp(sim, st, req, host),
        ("audiosocket", "tcp") if param(req, "data").is_none() => {
            error(400, "data can not be empty")
        }
        ("audiosocket", "tcp") => no_audiosocket(),
        _ => error(501, "The encapsulation and/or transport is not supported"),
    }
}

/// A server with chan_websocket: its checks, in its order.
fn checked(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    if param(req, "app").is_none() {
        return error(400, "app cannot be empty");
    }
    let transport = param(req, "transport").unwrap_or("udp");
    let encapsulation = param(req, "encapsulation").unwrap_or("rtp");
    if transport == "websocket" && encapsulation != "none" {
        return error(400, "encapsulation must be 'none' for websocket transport");
    }
    if encapsulation == "rtp" && transport != "udp" {
        return error(400, "transport must be 'udp' for rtp encapsulation");
    }
    if encapsulation == "audiosocket" && transport != "tcp" {
        return error(400, "transport must be 'tcp' for audiosocket encapsulation");
    }
    let connection_type = param(req, "connection_type").unwrap_or("client");
    if transport != "websocket" && connection_type == "server" {
        return error(
            400,
            "'server' connection_type can only be used with the websocket transport",
        );
    }
    let host = match param(req, "external_host") {
        None if connection_type == "client" => {
            return error(
                400,
                "external_host is required for all but websocket server connections",
            );
        }
        None => "INCOMING",
        Some(host) => host,
    };
    if transport == "websocket" {
        // No websocket_client.conf connections in the simulator.
        if connection_type == "client" {
            return error(
                400,
                "external_host must be a valid websocket_client connection id.",
            );
        }
    } else if !host_and_port(host) {
        return error(
            400,
            "external_host must be <host>:<port> for all transports other than websocket",
        );
    }
    if param(req, "format").is_none() {
        return error(400, "format cannot be empty");
    }
    let direction =
        param(req, "direction").filter(|_| sim.has(ari_spec::versions::MEDIA_DIRECTION));
    if direction.is_some_and(|d| !matches!(d, "both" | "in" | "out")) {
        return error(400, "Invalid direction specified");
    }
    match (
        encapsulation.to_lowercase().as_str(),
        transport.to_lowercase().as_str(),
    ) {
        ("rtp", "udp") => unicast_rtp(sim, st, req, host),
        ("audiosocket", "tcp") if param(req, "data").is_none() => {
            error(400, "data can not be empty")
        }
        ("audiosocket", "tcp") => no_audiosocket(),
        ("none", "websocket") => websocket(sim, st, req, host, direction),
        _ => error(501, "The encapsulation and/or transport is not supported"),
    }
}

/// The options of a WebSocket dial string (`transport_data`, then the
/// `direction` as `d(...)`), as chan_websocket reads them: a codec that
/// overrides `format`, and the stream's options. `None` where the channel
/// driver refuses them.
fn websocket_options(options: &str) -> Option<(Option<String>, Options)> {
    let mut codec = None;
    let mut parsed = Options::default();
    let mut chars = options.chars().peekable();
    while let Some(letter) = chars.next() {
        let argument = if chars.peek() == Some(&'(') {
            chars.next();
            let mut arg = String::new();
            loop {
                match chars.next() {
                    Some(')') => break,
                    Some(c) => arg.push(c),
                    // A missing parenthesis fails the whole string.
                    None => return None,
                }
            }
            Some(arg)
        } else {
            None
        };
        let argument = argument.unwrap_or_default();
        match letter {
            'c' if !argument.is_empty() => codec = Some(argument),
            'n' => parsed.auto_answer = false,
            'p' => parsed.passthrough = true,
            'f' => {
                // An unknown style is plain text, as Asterisk warns.
                parsed.style = if argument.eq_ignore_ascii_case("json") {
                    Style::Json
                } else {
                    Style::Plain
                }
            }
            'd' => parsed.direction = Direction::parse(&argument)?,
            // URI parameters are for connections Asterisk makes, not
            // for INCOMING ones.
            'v' if !argument.is_empty() => return None,
            _ => {}
        }
    }
    Some((codec, parsed))
}

/// A channel id given with the request, unless it is taken.
fn requested_id(st: &State, req: &Request) -> Result<Option<String>, Reply> {
    match param(req, "channelId") {
        Some(id) if st.channels.contains_key(id) => {
            Err(error(409, "Channel with given unique ID already exists"))
        }
        id => Ok(id.map(str::to_string)),
    }
}

/// The new media channel, into the state, dialled as an originate is: the
/// application hears of it from its Dial on, and it enters the
/// application when its far end answers. Returns the reply: the channel,
/// with every variable it has in `channelvars`.
fn make_channel(
    sim: &Arc<Sim>,
    st: &mut State,
    req: &Request,
    id: Option<String>,
    (name, kind): (String, ChannelKind),
    // In the order the channel driver sets them.
    media_vars: [(&str, String); 2],
    stream: impl FnOnce(&str) -> Stream,
) -> Reply {
    let app = param(req, "app").unwrap_or_default().to_string();
    let id = id.unwrap_or_else(|| st.ids.channel_id());
    let mut channel = Channel::new(id.clone(), name, kind, timestamp()).originated();
    channel.shown_vars = st.channelvars.clone();
    channel.after_answer = AfterAnswer::Stasis {
        app: app.clone(),
        args: req.list("data"),
    };
    // Asterisk lists a channel's variables newest first.
    let mut vars = Map::new();
    for (name, value) in req.variables() {
        channel.vars.insert(name.clone(), value.clone());
        vars.insert(name, json!(value));
    }
    for (name, value) in media_vars.into_iter().rev() {
        channel.vars.insert(name.to_string(), value.clone());
        vars.insert(name.to_string(), json!(value));
    }
    st.channels.insert(id.clone(), channel);
    st.emit_channel("ChannelCreated", &id, Map::new());
    subscribe(st, &app, &id);
    st.media.streams.insert(id.clone(), stream(&id));
    clock::ensure_running(sim, st);
    let mut reply = st.channels[&id].json();
    reply["channelvars"] = Value::Object(vars);
    flows::media_dial(st, sim, &id);
    ok(reply)
}

fn websocket(
    sim: &Arc<Sim>,
    st: &mut State,
    req: &Request,
    host: &str,
    direction: Option<&str>,
) -> Reply {
    let id = match requested_id(st, req) {
        Ok(id) => id,
        Err(reply) => return reply,
    };
    // The dial string as Asterisk builds it: the direction goes last, after
    // a slash of its own when there is no transport data.
    let data = param(req, "transport_data");
    let mut options = data.map(str::to_string).unwrap_or_default();
    if let Some(direction) = direction {
        options.push_str(&format!("d({direction})"));
    }
    let dialstring = if options.is_empty() {
        host.to_string()
    } else {
        format!("{host}/{options}")
    };
    let Some((codec, options)) = websocket_options(&options) else {
        return refused();
    };
    let requested = codec
        .as_deref()
        .or(param(req, "format"))
        .unwrap_or_default();
    let Some(format) = codec::lookup(requested) else {
        return refused();
    };
    let connection_id = st.ids.uuid();
    let name = format!("WebSocket/INCOMING/{}", st.ids.pointer());
    let kind = ChannelKind::Media {
        tech: "WebSocket",
        dialstring,
    };
    let vars = [
        (
            "MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE",
            format.frame_bytes.to_string(),
        ),
        ("MEDIA_WEBSOCKET_CONNECTION_ID", connection_id.clone()),
    ];
    make_channel(sim, st, req, id, (name, kind), vars, |id| {
        let link = Link::WebSocket {
            connection_id,
            session: None,
        };
        Stream::new(id, format, options, link)
    })
}

/// The far end of RTP: `external_host` as an address.
fn resolve(host: &str) -> Option<SocketAddr> {
    let mut addrs = host.to_socket_addrs().ok()?;
    addrs.find(SocketAddr::is_ipv4)
}

fn unicast_rtp(sim: &Arc<Sim>, st: &mut State, req: &Request, host: &str) -> Reply {
    let id = match requested_id(st, req) {
        Ok(id) => id,
        Err(reply) => return reply,
    };
    let requested = param(req, "format").unwrap_or_default();
    let (Some(format), Some(remote)) = (codec::lookup(requested), resolve(host)) else {
        return refused();
    };
    let Ok((socket, local)) = bind() else {
        return refused();
    };
    let name = format!("UnicastRTP/{host}-{}", st.ids.pointer());
    let kind = ChannelKind::Media {
        tech: "UnicastRTP",
        dialstring: format!("{host}/c({requested})"),
    };
    let vars = [
        ("UNICASTRTP_LOCAL_ADDRESS", local.ip().to_string()),
        ("UNICASTRTP_LOCAL_PORT", local.port().to_string()),
    ];
    let (sequence, ssrc) = (st.ids.number() as u16, st.ids.number());
    let (stop, stopped) = tokio::sync::oneshot::channel();
    let socket = Arc::new(socket);
    let reply = make_channel(sim, st, req, id, (name, kind), vars, |id| {
        let rtp = Rtp {
            socket: socket.clone(),
            remote,
            sequence,
            timestamp: 0,
            ssrc,
            _stop: stop,
            inbound: Default::default(),
        };
        Stream::new(id, format, Options::default(), Link::Rtp(rtp))
    });
    if let Reply::Json(_, channel) = &reply
        && let Some(id) = channel["id"].as_str()
    {
        udp::receive(sim, id, &socket, stopped);
    }
    reply
}

/// chan_rtp's socket: a UDP port of its own on 127.0.0.1.
fn bind() -> std::io::Result<(UdpSocket, SocketAddr)> {
    let socket = UdpSocket::bind("127.0.0.1:0")?;
    socket.set_nonblocking(true)?;
    let local = socket.local_addr()?;
    Ok((socket, local))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_string_options_read_as_chan_websocket_reads_them() {
        let (codec, o) = websocket_options("f(json)nd(in)c(ulaw)").unwrap();
        assert_eq!(codec.as_deref(), Some("ulaw"));
        assert_eq!(o.style, Style::Json);
        assert!(!o.auto_answer);
        assert_eq!(o.direction, Direction::In);
        let (_, o) = websocket_options("d(in)d(out)p").unwrap();
        assert_eq!(o.direction, Direction::Out, "the last one wins");
        assert!(o.passthrough);
        assert!(websocket_options("d(sideways)").is_none());
        assert!(websocket_options("v(a=b)").is_none());
        assert!(websocket_options("f(json").is_none());
        assert_eq!(websocket_options("").unwrap().1, Options::default());
    }
}
