//! `ari media serve`: the far end of external media, for trying a voice
//! bot's call flow without the bot. Asterisk connects to it (chan_websocket
//! as a `websocket_client`, or RTP sent to its address); it echoes, records
//! or plays, and prints what happens on each connection as it happens:
//! MEDIA_START, XOFF/XON, marks, the first audio and gaps in it, the end.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::{Arg, ArgAction, ArgGroup, ArgMatches, Command};
use futures_util::SinkExt;
use tokio::net::{TcpListener, UdpSocket};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

use crate::context::Context;
use crate::error::{Error, Result, without_os_code};
use crate::media::audio::{self, Clip};
use crate::media::control;
use crate::media::format::{FRAME_MS, Format};
use crate::media::level::{Levels, show_dbfs};
use crate::media::socket::{MediaFrame, read_frame};
use crate::media::wav::Sink;
use crate::transport::listener::agree_to_subprotocol;

/// Where `media serve` listens when given no address.
const DEFAULT_LISTEN: &str = "127.0.0.1:8766";

/// A stream of audio this far apart is worth a line.
const GAP: Duration = Duration::from_millis(100);

/// An RTP source quiet this long has ended (RTP has no hang-up).
const RTP_QUIET: Duration = Duration::from_secs(2);

const HELP: &str = "\
WebSocket (chan_websocket, Asterisk 20.16, 22.6, 23.0 or later): give Asterisk a
websocket_client.conf section that points here, then name it as external_host:
  [ari-media]
  type = websocket_client
  connection_type = per_call_config
  uri = ws://127.0.0.1:8766
  protocols = media
  ari channels external-media --app bot --transport websocket \\
      --encapsulation none --external-host ari-media --format slin16

RTP (any version): name this address as external_host:
  ari channels external-media --app bot --external-host 127.0.0.1:8766 --format ulaw

Each connection prints lines as things happen: MEDIA_START, the first audio,
gaps, MEDIA_XOFF/XON, marks, and a last line with what was heard.

Examples:
  ari media serve --echo
  ari media serve --listen 0.0.0.0:8766 --record bot.wav
  ari media serve --play prompt.wav";

pub fn define() -> Command {
    Command::new("media")
        .about("Be the far end of external media: echo, record or play")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("serve")
                .about("Answer external media (WebSocket and RTP) on one address: echo, record or play")
                .after_help(HELP)
                .arg(
                    Arg::new("listen")
                        .long("listen")
                        .value_name("ADDR")
                        .default_value(DEFAULT_LISTEN)
                        .help("Where to listen: TCP for the WebSocket and UDP for RTP, on the same port"),
                )
                .arg(Arg::new("echo").long("echo").action(ArgAction::SetTrue).help("Send every call its own audio back (the default)"))
                .arg(Arg::new("record").long("record").value_name("FILE.wav").help("Write each call's audio to FILE.wav (the second call at once to FILE-2.wav, ...)"))
                .arg(Arg::new("play").long("play").value_name("FILE.wav").help("Play FILE.wav to each call, then a mark (MARK_MEDIA) to see it played out"))
                .group(ArgGroup::new("mode").args(["echo", "record", "play"]))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .value_parser(Format::names())
                        .help("RTP only: the format of a dynamic payload type Asterisk's table does not name (default: by payload type)"),
                ),
        )
}

#[derive(Clone)]
enum Mode {
    Echo,
    Record(PathBuf),
    Play(Arc<Clip>, String),
}

pub fn run(m: &ArgMatches, _context: &Context) -> Result<Option<serde_json::Value>> {
    let Some(("serve", m)) = m.subcommand() else {
        return Err(Error::usage("missing action (see 'ari media --help')"));
    };
    let listen = m
        .get_one::<String>("listen")
        .cloned()
        .unwrap_or(DEFAULT_LISTEN.into());
    let addr: SocketAddr = listen
        .parse()
        .map_err(|_| Error::usage(format!("--listen wants IP:PORT, not '{listen}'")))?;
    let mode = if let Some(path) = m.get_one::<String>("record") {
        Mode::Record(PathBuf::from(path))
    } else if let Some(path) = m.get_one::<String>("play") {
        let (clip, _) = audio::read_wav(path)?;
        Mode::Play(Arc::new(clip), path.clone())
    } else {
        Mode::Echo
    };
    let rtp_format = m.get_one::<String>("format").and_then(|f| Format::parse(f));
    crate::runtime::runtime()?.block_on(async move {
        let tcp = TcpListener::bind(addr)
            .await
            .map_err(|e| bind_error(addr, "TCP", &e))?;
        let addr = tcp
            .local_addr()
            .map_err(|e| Error::internal(e.to_string()))?;
        let udp = UdpSocket::bind(addr)
            .await
            .map_err(|e| bind_error(addr, "UDP", &e))?;
        let doing = match &mode {
            Mode::Echo => "echoing".to_string(),
            Mode::Record(p) => format!("recording to {}", p.display()),
            Mode::Play(_, p) => format!("playing {p}"),
        };
        eprintln!("ari: media serve on {addr} (WebSocket and RTP), {doing}; Ctrl-C stops");
        let log = Log::new();
        tokio::select! {
            r = accept_websockets(tcp, mode.clone(), log.clone()) => r,
            r = serve_rtp(udp, mode, rtp_format, log) => r,
            r = crate::runtime::interrupted::<()>() => r,
        }
    })?;
    Ok(None)
}

fn bind_error(addr: SocketAddr, what: &str, e: &std::io::Error) -> Error {
    Error::usage(format!(
        "cannot listen on {addr} ({what}): {}",
        without_os_code(&e.to_string())
    ))
}

/// Lines on stdout, one per happening, stamped with the time of day.
#[derive(Clone)]
struct Log {
    next_ws: Arc<AtomicUsize>,
    next_rtp: Arc<AtomicUsize>,
    recordings: Arc<AtomicUsize>,
}

impl Log {
    fn new() -> Log {
        Log {
            next_ws: Arc::new(AtomicUsize::new(1)),
            next_rtp: Arc::new(AtomicUsize::new(1)),
            recordings: Arc::new(AtomicUsize::new(0)),
        }
    }

    fn line(&self, who: &str, text: &str) {
        use std::io::Write;
        let now = chrono::Local::now().format("%H:%M:%S%.3f");
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "{now} {who} {text}");
        let _ = out.flush();
    }

    /// A connection's recording file (16-bit linear at its rate), said on
    /// its own line; a file that cannot be made is said and not recorded.
    fn recording(&self, who: &str, path: &Path, format: Format) -> Option<Sink> {
        let path = self.recording_path(path);
        let wav_format = Format::linear_at(format.rate).unwrap_or(format);
        match Sink::wav(&path, wav_format) {
            Ok(sink) => {
                self.line(who, &format!("recording to {}", path.display()));
                Some(sink)
            }
            Err(e) => {
                self.line(who, &e.message);
                None
            }
        }
    }

    /// FILE for the first recording, FILE-2 for the second, ...
    fn recording_path(&self, path: &Path) -> PathBuf {
        let n = self.recordings.fetch_add(1, Ordering::SeqCst) + 1;
        if n == 1 {
            return path.to_path_buf();
        }
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = match path.extension() {
            Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
            None => format!("{stem}-{n}"),
        };
        path.with_file_name(name)
    }
}

/// What one connection heard: for its last line, and gaps as they happen.
struct Heard {
    started: Instant,
    first_audio: Option<Instant>,
    last_audio: Option<Instant>,
    levels: Levels,
    frames_in: u64,
    frames_out: u64,
    sink: Option<Sink>,
}

impl Heard {
    fn new() -> Heard {
        Heard {
            started: Instant::now(),
            first_audio: None,
            last_audio: None,
            levels: Levels::default(),
            frames_in: 0,
            frames_out: 0,
            sink: None,
        }
    }

    fn audio(&mut self, log: &Log, who: &str, samples: &[i16], raw: &[u8]) {
        let now = Instant::now();
        match self.last_audio {
            None => log.line(
                who,
                &format!(
                    "first audio {} ms after the start",
                    now.duration_since(self.started).as_millis()
                ),
            ),
            Some(last) if now.duration_since(last) >= GAP => log.line(
                who,
                &format!(
                    "gap: no audio for {} ms",
                    now.duration_since(last).as_millis()
                ),
            ),
            _ => {}
        }
        self.first_audio.get_or_insert(now);
        self.last_audio = Some(now);
        self.frames_in += 1;
        self.levels.add_frame(samples);
        if let Some(sink) = &mut self.sink
            && let Err(e) = sink.write(samples, raw)
        {
            log.line(who, &format!("recording stopped: {}", e.message));
            self.sink = None;
        }
    }

    /// Two lines: why it ended, then what was heard (each fits 80 columns).
    fn finish(self, log: &Log, who: &str, why: &str) {
        if let Some(sink) = self.sink {
            let _ = sink.finish();
        }
        log.line(who, &format!("ended: {why}"));
        log.line(
            who,
            &format!(
                "{:.2} s: {} frames in, {} out, peak {}, mean {}",
                self.started.elapsed().as_secs_f64(),
                self.frames_in,
                self.frames_out,
                show_dbfs(self.levels.peak_dbfs()),
                show_dbfs(self.levels.mean_dbfs()),
            ),
        );
    }
}

async fn accept_websockets(tcp: TcpListener, mode: Mode, log: Log) -> Result<()> {
    loop {
        let (stream, peer) = tcp.accept().await.map_err(|e| {
            Error::connection(format!("accept: {}", without_os_code(&e.to_string())))
        })?;
        let _ = stream.set_nodelay(true);
        let who = format!("ws{}", log.next_ws.fetch_add(1, Ordering::SeqCst));
        let (mode, log) = (mode.clone(), log.clone());
        tokio::spawn(async move {
            match tokio_tungstenite::accept_hdr_async(stream, agree_to_media).await {
                Ok(ws) => websocket_call(ws, peer, &who, mode, &log).await,
                Err(e) => log.line(
                    &who,
                    &format!("refused {peer}: {}", crate::error::one_line(&e.to_string())),
                ),
            }
        });
    }
}

/// Agree to the `media` subprotocol (the callback's error type is tungstenite's).
#[allow(clippy::result_large_err)]
fn agree_to_media(
    request: &Request,
    mut response: Response,
) -> std::result::Result<Response, ErrorResponse> {
    agree_to_subprotocol(request, &mut response, "media");
    Ok(response)
}

async fn websocket_call(
    mut ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    peer: SocketAddr,
    who: &str,
    mode: Mode,
    log: &Log,
) {
    log.line(who, &format!("connected from {peer}"));
    let mut heard = Heard::new();
    let mut format: Option<Format> = None;
    let mut to_play: Option<(Vec<i16>, usize)> = None;
    let mut ready_to_play: Option<Vec<i16>> = None;
    let mut play_started = Instant::now();
    let mut paused = false;
    let frame_time = Duration::from_millis(FRAME_MS as u64);
    let why = loop {
        let due = match (&to_play, format) {
            (Some((_, at)), Some(f)) if !paused => {
                let sent = (*at / f.frame_samples()) as u32;
                Some(play_started + frame_time * sent.saturating_sub(2))
            }
            _ => None,
        };
        tokio::select! {
            frame = read_frame(&mut ws) => match frame {
                MediaFrame::Audio(raw) => {
                    let f = format.unwrap_or(crate::media::format::DEFAULT);
                    let mut samples = Vec::with_capacity(raw.len());
                    f.decode(&raw, false, &mut samples);
                    heard.audio(log, who, &samples, &raw);
                    if let Some(samples) = ready_to_play.take() {
                        to_play = Some((samples, 0));
                        play_started = Instant::now();
                    }
                    if matches!(mode, Mode::Echo) {
                        if ws.send(Message::Binary(raw.into())).await.is_err() {
                            break "the connection failed".to_string();
                        }
                        heard.frames_out += 1;
                    }
                }
                MediaFrame::Control(c) => {
                    log.line(who, &c.describe());
                    match c.event.as_str() {
                        "MEDIA_START" => {
                            format = c.get("format").and_then(Format::parse);
                            let Some(f) = format else {
                                log.line(who, "a format ari does not know: audio is counted, not decoded");
                                continue;
                            };
                            heard.started = Instant::now();
                            match &mode {
                                Mode::Record(path) => heard.sink = log.recording(who, path, f),
                                // Played from the call's first audio: before the
                                // channel is bridged, Asterisk plays it to no one.
                                Mode::Play(clip, _) => match audio::resample(clip, f.rate) {
                                    Ok(clip) => ready_to_play = Some(clip.samples),
                                    Err(e) => log.line(who, &e.message),
                                },
                                Mode::Echo => {}
                            }
                        }
                        "MEDIA_XOFF" => paused = true,
                        "MEDIA_XON" => {
                            paused = false;
                        }
                        _ => {}
                    }
                }
                MediaFrame::Text(text) => log.line(who, &format!("text: {text}")),
                MediaFrame::Closed(why) => break why,
            },
            _ = tokio::time::sleep_until(due.unwrap_or_else(Instant::now).into()), if due.is_some() => {
                let f = format.unwrap_or(crate::media::format::DEFAULT);
                let Some((samples, at)) = &mut to_play else { continue };
                let n = f.frame_samples();
                let end = (*at + n).min(samples.len());
                let mut frame = samples[*at..end].to_vec();
                frame.resize(n, 0);
                *at = end;
                let mut bytes = Vec::with_capacity(n * 2);
                f.encode(&frame, false, &mut bytes);
                if ws.send(Message::Binary(bytes.into())).await.is_err() {
                    break "the connection failed".to_string();
                }
                heard.frames_out += 1;
                if *at >= samples.len() {
                    to_play = None;
                    let name = match &mode { Mode::Play(_, p) => p.clone(), _ => String::new() };
                    let _ = ws.send(Message::Text(control::mark(&format!("end-of-{name}")).into())).await;
                    log.line(who, &format!("sent all of {name}; MARK_MEDIA end-of-{name}"));
                }
            }
        }
    };
    heard.finish(log, who, &why);
}

/// One RTP source (Asterisk's address and port), while it sends.
struct RtpCall {
    who: String,
    heard: Heard,
    format: Format,
    last_packet: Instant,
    sequence: u16,
    timestamp: u32,
    to_play: Option<(Vec<i16>, usize)>,
    play_started: Instant,
}

async fn serve_rtp(udp: UdpSocket, mode: Mode, fixed: Option<Format>, log: Log) -> Result<()> {
    let mut calls: HashMap<SocketAddr, RtpCall> = HashMap::new();
    let mut unknown: std::collections::HashSet<SocketAddr> = std::collections::HashSet::new();
    let mut buffer = vec![0u8; 65536];
    let mut tick = tokio::time::interval(Duration::from_millis(FRAME_MS as u64));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
    loop {
        tokio::select! {
            got = udp.recv_from(&mut buffer) => {
                let (len, from) = got.map_err(|e| Error::connection(format!("RTP: {}", without_os_code(&e.to_string()))))?;
                let Ok(packet) = rtp_rs::RtpReader::new(&buffer[..len]) else { continue };
                let pt = packet.payload_type();
                let Some(format) = fixed.or_else(|| by_payload_type(pt)) else {
                    // Said once per source, not dropped in silence.
                    if unknown.insert(from) {
                        log.line("rtp", &format!(
                            "from {from}, PT {pt}: a payload type ari cannot name; give --format"
                        ));
                    }
                    continue;
                };
                let call = calls.entry(from).or_insert_with(|| {
                    let who = format!("rtp{}", log.next_rtp.fetch_add(1, Ordering::SeqCst));
                    log.line(&who, &format!("from {from}, PT {pt} ({}), ssrc {:#010x}", format.name, packet.ssrc()));
                    // Asterisk drops the dynamic payload types it is sent
                    // (measured on 20.6.0 and 22.10.1): said, not echoed into nothing.
                    if pt >= 96 && !matches!(mode, Mode::Record(_)) {
                        log.line(&who, &format!("Asterisk drops PT {pt} sent back: use format ulaw or alaw"));
                    }
                    let mut heard = Heard::new();
                    let mut to_play = None;
                    match &mode {
                        Mode::Record(path) => heard.sink = log.recording(&who, path, format),
                        Mode::Play(clip, _) => {
                            if let Ok(clip) = audio::resample(clip, format.rate) {
                                to_play = Some((clip.samples, 0));
                            }
                        }
                        Mode::Echo => {}
                    }
                    RtpCall {
                        who,
                        heard,
                        format,
                        last_packet: Instant::now(),
                        sequence: 1,
                        timestamp: 0,
                        to_play,
                        play_started: Instant::now(),
                    }
                });
                call.last_packet = Instant::now();
                let payload = packet.payload().to_vec();
                let mut samples = Vec::with_capacity(payload.len());
                call.format.decode(&payload, true, &mut samples);
                call.heard.audio(&log, &call.who.clone(), &samples, &payload);
                if matches!(mode, Mode::Echo) {
                    let n = samples.len();
                    send_rtp(&udp, from, call, &payload, n).await;
                }
            }
            _ = tick.tick() => {
                let now = Instant::now();
                let mut ended = Vec::new();
                for (from, call) in calls.iter_mut() {
                    if now.duration_since(call.last_packet) >= RTP_QUIET {
                        ended.push(*from);
                        continue;
                    }
                    let frame_time = Duration::from_millis(FRAME_MS as u64);
                    let Some((samples, at)) = &mut call.to_play else { continue };
                    let n = call.format.frame_samples();
                    let due = call.play_started + frame_time * ((*at / n) as u32);
                    if now < due {
                        continue;
                    }
                    let end = (*at + n).min(samples.len());
                    let mut frame = samples[*at..end].to_vec();
                    frame.resize(n, 0);
                    *at = end;
                    let done = *at >= samples.len();
                    let mut payload = Vec::with_capacity(n * 2);
                    call.format.encode(&frame, true, &mut payload);
                    send_rtp(&udp, *from, call, &payload, n).await;
                    if done {
                        call.to_play = None;
                        let name = match &mode { Mode::Play(_, p) => p.clone(), _ => String::new() };
                        log.line(&call.who, &format!("sent all of {name}"));
                    }
                }
                for from in ended {
                    if let Some(call) = calls.remove(&from) {
                        call.heard.finish(&log, &call.who, &format!("no RTP for {} s", RTP_QUIET.as_secs()));
                    }
                }
            }
        }
    }
}

async fn send_rtp(
    udp: &UdpSocket,
    to: SocketAddr,
    call: &mut RtpCall,
    payload: &[u8],
    samples: usize,
) {
    let Ok(packet) = rtp_rs::RtpPacketBuilder::new()
        .payload_type(call.format.rtp_payload_type())
        .sequence(call.sequence.into())
        .timestamp(call.timestamp)
        .ssrc(0x6172_6921) // "ari!"
        .payload(payload)
        .build()
    else {
        return;
    };
    call.sequence = call.sequence.wrapping_add(1);
    call.timestamp = call.timestamp.wrapping_add(samples as u32);
    if udp.send_to(&packet, to).await.is_ok() {
        call.heard.frames_out += 1;
    }
}

/// The format of an RTP payload type in Asterisk's static table.
fn by_payload_type(pt: u8) -> Option<Format> {
    // Asterisk sends slin as 10 (its table's two-channel entry) and takes 11.
    if pt == 10 {
        return Format::parse("slin");
    }
    crate::media::format::FORMATS
        .iter()
        .copied()
        .find(|f| f.rtp_payload_type() == pt)
}
