//! One external media channel's stream as the simulated Asterisk holds it
//! (its format, options, the link to the application and the queue of what
//! the application sent), and the streams together with what has sounded
//! lately ([`Media`], kept in the simulator's state).
//!
//! Nothing here waits or locks: the WebSocket and UDP tasks and the media
//! clock call in with the state locked, and whatever goes out is handed to
//! the socket's own writer (WebSocket) or sent at once (UDP).

use std::collections::{BTreeMap, VecDeque};
use std::net::{SocketAddr, UdpSocket};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{Map, Value};
use tokio::sync::{mpsc, oneshot};

use super::codec::{Format, Order, by_payload_type};
use super::control::{self, Command, Event, Start, Style};
use super::playout::{Notice, Playout};
use super::rtp;
use super::signal::Voice;
use crate::model::Target;

/// Which way media flows, from the application's side (`direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Both,
    /// The application only takes media: what it sends is dropped.
    In,
    /// The application only sends media: Asterisk writes it none.
    Out,
}

impl Direction {
    pub fn parse(text: &str) -> Option<Direction> {
        match text {
            "both" => Some(Direction::Both),
            "in" => Some(Direction::In),
            "out" => Some(Direction::Out),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Direction::Both => "both",
            Direction::In => "in",
            Direction::Out => "out",
        }
    }
}

/// A media WebSocket's options (`transport_data` and `direction`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub direction: Direction,
    /// Answer the channel as the WebSocket connects (all but `n`).
    pub auto_answer: bool,
    /// Queue each message whole instead of cutting it into frames (`p`).
    pub passthrough: bool,
    pub style: Style,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            direction: Direction::Both,
            auto_answer: true,
            passthrough: false,
            style: Style::Plain,
        }
    }
}

/// A message for a media WebSocket's writer.
#[derive(Debug)]
pub enum Outgoing {
    Text(String),
    Binary(Vec<u8>),
    Close(u16),
}

/// Messages that may wait for a slow reader; past that, frames are lost
/// (as on a congested network) rather than held up for everyone.
pub const SOCKET_QUEUE: usize = 4096;

/// WebSocket close codes Asterisk uses: a normal end, and the answer to an
/// application that closed first.
pub const CLOSE_NORMAL: u16 = 1000;
pub const CLOSE_GOING_AWAY: u16 = 1001;

/// chan_rtp's side of a UnicastRTP channel.
#[derive(Debug)]
pub struct Rtp {
    pub socket: Arc<UdpSocket>,
    pub remote: SocketAddr,
    pub sequence: u16,
    pub timestamp: u32,
    pub ssrc: u32,
    /// Dropped with the stream: the receiving task ends.
    pub _stop: oneshot::Sender<()>,
    /// What came in, a packet played per 20 ms.
    pub inbound: VecDeque<Arc<Voice>>,
}

/// Packets a UnicastRTP channel holds to play; a burst beyond is dropped.
const RTP_BACKLOG: usize = 100;

#[derive(Debug)]
pub enum Link {
    /// chan_websocket, `connection_type=server`: the application connects
    /// to `/media/{connection_id}`; `session` is its writer once it has.
    WebSocket {
        connection_id: String,
        session: Option<mpsc::Sender<Outgoing>>,
    },
    Rtp(Rtp),
}

/// What the application asked of the channel itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Answer,
    Hangup,
}

#[derive(Debug)]
pub struct Stream {
    pub channel_id: String,
    pub format: Format,
    pub options: Options,
    pub link: Link,
    pub playout: Playout,
    /// What it plays into the call in the current 20 ms.
    pub speaking: Option<Arc<Voice>>,
    /// The close code its WebSocket gets when the channel goes.
    pub close_code: u16,
}

impl Stream {
    pub fn new(channel_id: &str, format: Format, options: Options, link: Link) -> Stream {
        Stream {
            channel_id: channel_id.to_string(),
            format,
            options,
            link,
            playout: Playout::default(),
            speaking: None,
            close_code: CLOSE_NORMAL,
        }
    }

    pub fn connection_id(&self) -> Option<&str> {
        match &self.link {
            Link::WebSocket { connection_id, .. } => Some(connection_id),
            Link::Rtp(_) => None,
        }
    }

    /// Whether media flows: an application is on the WebSocket, or it is RTP.
    pub fn connected(&self) -> bool {
        match &self.link {
            Link::WebSocket { session, .. } => session.is_some(),
            Link::Rtp(_) => true,
        }
    }

    /// Whether Asterisk writes media to the application.
    pub fn sends_media(&self) -> bool {
        self.connected() && self.options.direction != Direction::Out
    }

    /// Hand a message to the WebSocket's writer; false when there is none
    /// or it is too far behind.
    pub fn send(&self, message: Outgoing) -> bool {
        match &self.link {
            Link::WebSocket {
                session: Some(tx), ..
            } => tx.try_send(message).is_ok(),
            _ => false,
        }
    }

    fn event(&self, event: Event<'_>) {
        let text = control::render(self.options.style, &self.channel_id, event);
        self.send(Outgoing::Text(text));
    }

    fn notify(&self, notices: Vec<Notice>) {
        for notice in notices {
            let event = match &notice {
                Notice::Xon => Event::Xon,
                Notice::Xoff => Event::Xoff,
                Notice::QueueDrained => Event::QueueDrained,
                Notice::MarkProcessed(id) => Event::MarkProcessed(id.as_deref()),
                Notice::BufferingCompleted(id) => Event::BufferingCompleted(id.as_deref()),
            };
            self.event(event);
        }
    }

    /// The first message on a new WebSocket.
    pub fn media_start(&self, channel_name: &str, variables: Map<String, Value>) {
        let Some(connection_id) = self.connection_id() else {
            return;
        };
        self.event(Event::Start(Start {
            connection_id,
            channel: channel_name,
            format: self.format.name,
            frame_size: self.format.frame_bytes,
            variables,
        }));
    }

    pub fn dtmf_end(&self, digit: char) {
        self.event(Event::DtmfEnd(digit));
    }

    fn passthrough(&self) -> bool {
        self.options.passthrough || self.format.passthrough()
    }

    /// Frame size for cutting what the application sends (0: whole messages).
    fn cut(&self) -> usize {
        if self.passthrough() {
            0
        } else {
            self.format.frame_bytes
        }
    }

    /// Asterisk's refusals, in its order: a command the mode or the
    /// direction does not allow gets an ERROR and does nothing.
    fn refused(&self, name: &str, checks_direction: bool) -> bool {
        if self.passthrough() {
            self.event(Event::Error(format!(
                "{name} not supported in passthrough mode"
            )));
            return true;
        }
        if checks_direction && self.options.direction == Direction::In {
            self.event(Event::Error(format!(
                "{name} not supported while media direction is '{}'",
                Direction::In.name()
            )));
            return true;
        }
        false
    }

    /// A TEXT message from the application; what it asks of the channel.
    pub fn on_text(&mut self, text: &str) -> Option<Action> {
        let command = match control::parse(self.options.style, text)? {
            Ok(command) => command,
            Err(()) => {
                self.event(Event::Error("Unable to parse JSON command".into()));
                return None;
            }
        };
        let mut notices = Vec::new();
        match command {
            Command::Answer => return Some(Action::Answer),
            Command::Hangup => return Some(Action::Hangup),
            Command::Status => self.event(Event::Status(self.playout.status())),
            Command::Unknown => {}
            Command::StartBuffering => {
                if !self.refused("START_MEDIA_BUFFERING", true) {
                    self.playout.start_buffering();
                }
            }
            Command::StopBuffering(id) => {
                if !self.refused("STOP_MEDIA_BUFFERING", true) {
                    self.playout.stop_buffering(id, &mut notices);
                }
            }
            Command::Mark(id) => {
                if !self.refused("MARK_MEDIA", true) {
                    self.playout.mark(id);
                }
            }
            Command::Flush => {
                if !self.refused("FLUSH_MEDIA", false) {
                    self.playout.flush();
                }
            }
            Command::ReportDrained => {
                if !self.refused("REPORT_QUEUE_DRAINED", false) {
                    self.playout.report_drained();
                }
            }
            Command::Pause | Command::Continue => {
                let name = if command == Command::Pause {
                    "PAUSE_MEDIA"
                } else {
                    "CONTINUE_MEDIA"
                };
                if !self.refused(name, true) {
                    self.playout.set_paused(command == Command::Pause);
                }
            }
            Command::SetDirection(direction) => self.set_direction(direction),
        }
        self.notify(notices);
        None
    }

    fn set_direction(&mut self, direction: Option<String>) {
        const NAME: &str = "SET_MEDIA_DIRECTION";
        if self.refused(NAME, false) {
            return;
        }
        // Asterisk's texts for these three end in a newline.
        if self.options.style != Style::Json {
            self.event(Event::Error(format!("{NAME} only supports JSON format.\n")));
            return;
        }
        let Some(direction) = direction else {
            self.event(Event::Error(format!(
                "{NAME} requires a 'direction' parameter.\n"
            )));
            return;
        };
        match Direction::parse(&direction) {
            Some(d) => self.options.direction = d,
            None => self.event(Event::Error(format!(
                "'{direction}' is not a valid direction for {NAME}.\n"
            ))),
        }
    }

    /// A BINARY message from the application.
    pub fn on_audio(&mut self, payload: &[u8]) {
        if self.options.direction == Direction::In {
            return;
        }
        let mut notices = Vec::new();
        let cut = self.cut();
        self.playout.push(payload, cut, &mut notices);
        self.notify(notices);
    }

    /// An RTP packet from the far end: played in the format its payload
    /// type names (whatever the channel's own), if Asterisk knows it.
    pub fn on_rtp(&mut self, packet: &[u8]) {
        let Link::Rtp(rtp) = &mut self.link else {
            return;
        };
        let Some((format, payload)) =
            rtp::payload(packet).and_then(|(pt, payload)| Some((by_payload_type(pt)?, payload)))
        else {
            return;
        };
        if rtp.inbound.len() >= RTP_BACKLOG {
            return;
        }
        rtp.inbound.push_back(Arc::new(Voice {
            source: self.channel_id.clone(),
            rate: format.rate,
            samples: format.decode(payload, Order::Big),
        }));
    }

    /// The next 20 ms of what the application sent: what the channel says now.
    pub fn play_next(&mut self) {
        if let Link::Rtp(rtp) = &mut self.link {
            self.speaking = rtp.inbound.pop_front();
            return;
        }
        if !self.connected() {
            self.speaking = None;
            return;
        }
        let mut notices = Vec::new();
        let frame = self.playout.tick(&mut notices);
        self.notify(notices);
        self.speaking = frame.map(|bytes| {
            Arc::new(Voice {
                source: self.channel_id.clone(),
                rate: self.format.rate,
                samples: self.format.decode(&bytes, Order::Little),
            })
        });
    }

    /// 20 ms of what the channel hears, to the application.
    pub fn write(&mut self, samples: &[i16]) {
        match &mut self.link {
            Link::WebSocket { .. } => {
                let bytes = self.format.encode(samples, Order::Little);
                if !bytes.is_empty() {
                    self.send(Outgoing::Binary(bytes));
                }
            }
            Link::Rtp(rtp) => {
                let payload = self.format.encode(samples, Order::Big);
                if payload.is_empty() {
                    return;
                }
                rtp.sequence = rtp.sequence.wrapping_add(1);
                rtp.timestamp = rtp.timestamp.wrapping_add(self.format.rtp_clock() / 50);
                let packet = rtp::packet(
                    self.format.payload_type,
                    rtp.sequence,
                    rtp.timestamp,
                    rtp.ssrc,
                    &payload,
                );
                // A full socket buffer loses the packet, as UDP may.
                let _ = rtp.socket.send_to(&packet, rtp.remote);
            }
        }
    }
}

/// How long a finished sound is remembered, for a media clock running late.
const PAST_KEPT: Duration = Duration::from_secs(2);

/// A sound that has ended: heard by whatever listened to `target` between
/// `from` and `until`.
#[derive(Debug, Clone)]
pub struct Sounded {
    pub target: Target,
    pub from: Instant,
    pub until: Instant,
}

/// The simulator's external media.
#[derive(Debug, Default)]
pub struct Media {
    /// By channel id.
    pub streams: BTreeMap<String, Stream>,
    /// Whether the media clock runs.
    pub ticking: bool,
    /// 20 ms steps of the media clock so far: where the tone's wave is.
    pub tick: u64,
    pub past: Vec<Sounded>,
}

impl Media {
    pub fn by_connection(&mut self, connection_id: &str) -> Option<&mut Stream> {
        self.streams
            .values_mut()
            .find(|s| s.connection_id() == Some(connection_id))
    }

    /// A sound on `target` heard from `from` until `until`.
    pub fn sounded(&mut self, target: Target, from: Instant, until: Instant) {
        self.forget_past();
        self.past.push(Sounded {
            target,
            from,
            until,
        });
    }

    /// Sounds too old for any late step to need.
    pub fn forget_past(&mut self) {
        let now = Instant::now();
        self.past
            .retain(|s| now.duration_since(s.until) < PAST_KEPT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::streams::codec::lookup;

    fn stream(options: Options) -> (Stream, mpsc::Receiver<Outgoing>) {
        let (tx, rx) = mpsc::channel(64);
        let link = Link::WebSocket {
            connection_id: "c1".into(),
            session: Some(tx),
        };
        (
            Stream::new("1.5", lookup("slin16").unwrap(), options, link),
            rx,
        )
    }

    fn texts(rx: &mut mpsc::Receiver<Outgoing>) -> Vec<String> {
        let mut out = Vec::new();
        while let Ok(m) = rx.try_recv() {
            if let Outgoing::Text(t) = m {
                out.push(t);
            }
        }
        out
    }

    #[test]
    fn commands_answer_as_asterisk_does() {
        let (mut s, mut rx) = stream(Options::default());
        assert_eq!(s.on_text("HANGUP"), Some(Action::Hangup));
        assert_eq!(s.on_text("ANSWER"), Some(Action::Answer));
        assert_eq!(s.on_text("NOT_A_COMMAND"), None);
        s.on_audio(&[0; 1280]);
        s.on_text("MARK_MEDIA m");
        s.on_text("GET_STATUS");
        assert_eq!(
            texts(&mut rx),
            [
                "STATUS channel_id:1.5 queue_length:2 xon_level:800 xoff_level:900 queue_full:false bulk_media:false media_paused:false"
            ]
        );
        for _ in 0..3 {
            s.play_next();
        }
        assert_eq!(texts(&mut rx), ["MEDIA_MARK_PROCESSED m"]);
        assert!(s.speaking.is_none());
    }

    #[test]
    fn direction_in_refuses_and_drops() {
        let (mut s, mut rx) = stream(Options {
            direction: Direction::In,
            ..Options::default()
        });
        s.on_text("MARK_MEDIA x");
        s.on_text("FLUSH_MEDIA");
        s.on_text("SET_MEDIA_DIRECTION");
        s.on_audio(&[1; 640]);
        assert_eq!(s.playout.status().queue_length, 0);
        assert_eq!(
            texts(&mut rx),
            [
                "ERROR channel_id:1.5 error_text:MARK_MEDIA not supported while media direction is 'in'",
                "ERROR channel_id:1.5 error_text:SET_MEDIA_DIRECTION only supports JSON format.\n",
            ]
        );
    }

    #[test]
    fn json_style_and_its_direction_command() {
        let (mut s, mut rx) = stream(Options {
            style: Style::Json,
            ..Options::default()
        });
        s.on_text("GET_STATUS");
        s.on_text(r#"{"command":"SET_MEDIA_DIRECTION","direction":"out"}"#);
        assert_eq!(s.options.direction, Direction::Out);
        assert!(!s.sends_media());
        assert_eq!(
            texts(&mut rx),
            [r#"{"event":"ERROR","channel_id":"1.5","error_text":"Unable to parse JSON command"}"#]
        );
    }

    #[test]
    fn audio_in_becomes_what_the_channel_says() {
        let (mut s, _rx) = stream(Options::default());
        let frame: Vec<u8> = (0..320i16).flat_map(|i| i.to_le_bytes()).collect();
        s.on_audio(&frame);
        s.play_next();
        let voice = s.speaking.clone().unwrap();
        assert_eq!((voice.rate, voice.samples.len()), (16000, 320));
        assert_eq!(voice.samples[5], 5);
        s.play_next();
        assert!(s.speaking.is_none());
    }
}
