//! External media on `ari sim`, as an application meets it on Asterisk
//! 22.10.1: `channels external-media` over a WebSocket (chan_websocket) or
//! RTP (chan_rtp), the `/media/{id}` socket and its TEXT protocol, the
//! events of the channel's life, and the sound that flows: a tap of a
//! call hears its playback for as long as it lasts, audio an application
//! sends is heard by the call and in its recordings. Every wait is on a
//! condition: an event, a message, the socket's close.

use std::net::{SocketAddr, UdpSocket};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::Value;
use tokio::net::TcpStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use crate::support::calls::{Call, Originate};
use crate::support::ws::Events;
use crate::support::{Sandbox, run, sim, sim_with};

/// Long enough for anything the simulator does at test speed.
const WAIT: Duration = Duration::from_secs(15);

/// An application's end of a media WebSocket.
struct Media {
    runtime: tokio::runtime::Runtime,
    ws: WebSocketStream<MaybeTlsStream<TcpStream>>,
    /// The BINARY frames received so far.
    frames: Vec<Vec<u8>>,
}

/// What the socket said last: a TEXT message, or its close (with its code).
#[derive(Debug, PartialEq)]
enum Said {
    Text(String),
    Closed(Option<u16>),
}

impl Media {
    /// Connect to `/media/{id}`; a refusal is its HTTP status.
    fn connect(addr: SocketAddr, id: &str) -> Result<Media, u16> {
        Self::connect_with(addr, id, Some("media"))
    }

    fn connect_with(addr: SocketAddr, id: &str, protocol: Option<&str>) -> Result<Media, u16> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut request = format!("ws://{addr}/media/{id}")
            .into_client_request()
            .unwrap();
        if let Some(protocol) = protocol {
            request
                .headers_mut()
                .insert("Sec-WebSocket-Protocol", protocol.parse().unwrap());
        }
        match runtime.block_on(tokio_tungstenite::connect_async(request)) {
            Ok((ws, _)) => Ok(Media {
                runtime,
                ws,
                frames: Vec::new(),
            }),
            Err(tokio_tungstenite::tungstenite::Error::Http(response)) => {
                Err(response.status().as_u16())
            }
            Err(e) => panic!("media WebSocket: {e}"),
        }
    }

    fn send(&mut self, message: Message) {
        let ws = &mut self.ws;
        self.runtime.block_on(ws.send(message)).expect("send");
    }

    fn text(&mut self, text: &str) {
        self.send(Message::Text(text.to_string().into()));
    }

    fn audio(&mut self, bytes: Vec<u8>) {
        self.send(Message::Binary(bytes.into()));
    }

    /// The next TEXT message or the close, keeping the frames on the way.
    fn next(&mut self) -> Said {
        let deadline = Instant::now() + WAIT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let ws = &mut self.ws;
            let got = self
                .runtime
                .block_on(async { tokio::time::timeout(left, ws.next()).await });
            match got {
                Err(_) => panic!("nothing from the media socket in {WAIT:?}"),
                Ok(Some(Ok(Message::Text(text)))) => return Said::Text(text.to_string()),
                Ok(Some(Ok(Message::Binary(bytes)))) => self.frames.push(bytes.to_vec()),
                Ok(Some(Ok(Message::Close(frame)))) => {
                    return Said::Closed(frame.map(|f| u16::from(f.code)));
                }
                Ok(Some(Ok(_))) => {}
                Ok(Some(Err(_)) | None) => return Said::Closed(None),
            }
        }
    }

    /// The next TEXT message, which must come.
    fn next_text(&mut self) -> String {
        match self.next() {
            Said::Text(text) => text,
            other => panic!("a TEXT message expected, got {other:?}"),
        }
    }

    /// Everything up to the close: the TEXT messages, and the close code.
    fn until_closed(&mut self) -> (Vec<String>, Option<u16>) {
        let mut texts = Vec::new();
        loop {
            match self.next() {
                Said::Text(text) => texts.push(text),
                Said::Closed(code) => return (texts, code),
            }
        }
    }

    fn close(&mut self) {
        let frame = CloseFrame {
            code: 1000.into(),
            reason: "".into(),
        };
        self.send(Message::Close(Some(frame)));
    }
}

/// `channels external-media` over a WebSocket: the reply.
fn websocket_channel(sb: &Sandbox, sim: &ari::sim::SimHandle, app: &str, format: &str) -> Value {
    run(sb.ari_sim(sim).args([
        "channels",
        "external-media",
        "--app",
        app,
        "--transport",
        "websocket",
        "--encapsulation",
        "none",
        "--connection_type",
        "server",
        "--format",
        format,
        "-o",
        "json",
    ]))
    .json()
}

fn connection_id(channel: &Value) -> String {
    channel["channelvars"]["MEDIA_WEBSOCKET_CONNECTION_ID"]
        .as_str()
        .expect("a connection id")
        .to_string()
}

/// The events about `channel` seen so far, as `Type` or `Type:detail`
/// (the state reached, the variable set, the dial status, the cause).
fn story(events: &Events, channel: &str) -> Vec<String> {
    events
        .seen
        .iter()
        .filter(|e| e["channel"]["id"] == channel || e["peer"]["id"] == channel)
        .map(|e| {
            let kind = e["type"].as_str().unwrap_or("");
            let detail = match kind {
                "ChannelStateChange" => e["channel"]["state"].to_string(),
                "ChannelVarset" => format!("{}={}", e["variable"], e["value"]),
                "Dial" => e["dialstatus"].to_string(),
                "ChannelHangupRequest" => {
                    let soft = if e["soft"] == true { " soft" } else { "" };
                    format!("{}{soft}", e["cause"])
                }
                "ChannelDestroyed" => e["cause"].to_string(),
                _ => return kind.to_string(),
            };
            format!("{kind}:{}", detail.replace('"', ""))
        })
        .collect()
}

/// Peak of a frame of signed 16-bit little-endian samples.
fn peak(frame: &[u8]) -> i32 {
    frame
        .chunks_exact(2)
        .map(|b| i32::from(i16::from_le_bytes([b[0], b[1]])).abs())
        .max()
        .unwrap_or(0)
}

/// 20 ms of a 440 Hz tone at 16 kHz, at `amplitude`, from sample `from`.
fn tone_frame(from: usize, amplitude: f64) -> Vec<u8> {
    (from..from + 320)
        .map(|i| {
            let phase = 2.0 * std::f64::consts::PI * 440.0 * i as f64 / 16000.0;
            (amplitude * phase.sin()) as i16
        })
        .flat_map(i16::to_le_bytes)
        .collect()
}

#[test]
fn a_websocket_channel_lives_as_on_asterisk_22() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=em");
    let sb = Sandbox::new();
    let channel = websocket_channel(&sb, &sim, "em", "slin16");
    let id = channel["id"].as_str().unwrap().to_string();
    let name = channel["name"].as_str().unwrap().to_string();
    assert!(name.starts_with("WebSocket/INCOMING/0x"), "{name}");
    assert_eq!(channel["state"], "Down");
    assert_eq!(channel["dialplan"]["app_name"], "AppDial2");
    let vars = channel["channelvars"].as_object().unwrap();
    let keys: Vec<&String> = vars.keys().collect();
    assert_eq!(
        keys,
        [
            "MEDIA_WEBSOCKET_CONNECTION_ID",
            "MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"
        ]
    );
    assert_eq!(vars["MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"], "640");
    let cid = connection_id(&channel);
    events.wait_channel("Dial", &id);

    assert_eq!(
        Media::connect(sim.addr, "no-such-connection").err(),
        Some(404)
    );
    let mut media = Media::connect(sim.addr, &cid).expect("the media socket connects");
    assert_eq!(
        media.next_text(),
        format!(
            "MEDIA_START connection_id:{cid} channel:{name} channel_id:{id} format:slin16 optimal_frame_size:640 ptime:20"
        )
    );
    assert_eq!(
        Media::connect(sim.addr, &cid).err(),
        Some(409),
        "one application per channel"
    );
    let start = events.wait_channel("StasisStart", &id);
    assert_eq!(start["channel"]["state"], "Up");
    assert_eq!(start["channel"]["dialplan"]["app_name"], "Stasis");
    // Alone in its application, nothing is written to it.
    media.text("GET_STATUS");
    assert!(
        media
            .next_text()
            .starts_with(&format!("STATUS channel_id:{id} queue_length:0 "))
    );
    assert!(media.frames.is_empty());

    run(sb.ari_sim(&sim).args(["channels", "hangup", &id])).ok();
    events.wait_channel("ChannelDestroyed", &id);
    assert_eq!(media.until_closed(), (vec![], Some(1000)));
    assert_eq!(
        story(&events, &id),
        [
            "Dial:",
            "ChannelStateChange:Up",
            "Dial:ANSWER",
            "ChannelVarset:STASISSTATUS=",
            "StasisStart",
            "ChannelHangupRequest:32 soft",
            "StasisEnd",
            "ChannelVarset:STASISSTATUS=SUCCESS",
            "ChannelDestroyed:16",
        ]
    );
    assert_eq!(
        Media::connect(sim.addr, &cid).err(),
        Some(404),
        "gone with its channel"
    );
}

/// The application closing its socket or sending HANGUP hangs the channel
/// up: a request of cause 16, and no cause of its own as it goes.
#[test]
fn the_application_hangs_up_by_closing_or_by_command() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=em");
    let sb = Sandbox::new();
    for how in ["close", "HANGUP"] {
        let channel = websocket_channel(&sb, &sim, "em", "ulaw");
        let id = channel["id"].as_str().unwrap().to_string();
        let mut media = Media::connect(sim.addr, &connection_id(&channel)).unwrap();
        assert!(
            media
                .next_text()
                .contains("format:ulaw optimal_frame_size:160")
        );
        events.wait_channel("StasisStart", &id);
        if how == "close" {
            media.close();
        } else {
            media.text("  HANGUP ");
            assert_eq!(media.until_closed(), (vec![], Some(1000)));
        }
        let destroyed = events.wait_channel("ChannelDestroyed", &id);
        assert_eq!(destroyed["cause"], 0, "{how}");
        // The WebSocket status behind it: going away, or a normal end.
        let tech_cause = if how == "close" { 1001 } else { 1000 };
        assert_eq!(destroyed["tech_cause"], tech_cause, "{how}");
        let story = story(&events, &id);
        assert_eq!(
            &story[story.len() - 4..],
            [
                "ChannelHangupRequest:16",
                "StasisEnd",
                "ChannelVarset:STASISSTATUS=SUCCESS",
                "ChannelDestroyed:0"
            ],
            "{how}"
        );
    }
}

/// Unanswered for the originate's 30 s (1.5 s at test speed), the channel
/// goes with nothing said but its end.
#[test]
fn a_channel_nobody_connects_to_goes_after_30_seconds() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=em");
    let sb = Sandbox::new();
    let channel = websocket_channel(&sb, &sim, "em", "slin");
    let id = channel["id"].as_str().unwrap().to_string();
    let destroyed = events.wait_channel("ChannelDestroyed", &id);
    assert_eq!(destroyed["cause"], 19);
    assert_eq!(story(&events, &id), ["Dial:", "ChannelDestroyed:19"]);
}

/// Audio the application sends waits in a queue played out 20 ms at a time:
/// MEDIA_XOFF at 900 frames, MEDIA_XON under 800, nothing taken past 1000;
/// marks, buffering and the drained queue reported when the playout gets
/// there; bad commands ignored or answered with ERROR as Asterisk does.
#[test]
fn the_queue_speaks_chan_websockets_protocol() {
    let sim = sim();
    let _events = Events::connect(sim.addr, "app=em");
    let sb = Sandbox::new();
    let channel = websocket_channel(&sb, &sim, "em", "ulaw");
    let id = channel["id"].as_str().unwrap().to_string();
    let mut media = Media::connect(sim.addr, &connection_id(&channel)).unwrap();
    media.next_text();
    // Paused first: nothing leaves the queue until CONTINUE_MEDIA.
    media.text("PAUSE_MEDIA");
    media.text("MARK_MEDIA first");
    for _ in 0..19 {
        media.audio(vec![0xFF; 160 * 50]);
    }
    assert_eq!(media.next_text(), "MEDIA_XOFF");
    media.audio(vec![0xFF; 160 * 50]);
    media.audio(vec![0xFF; 160 * 50 + 17]);
    media.text("GET_STATUS");
    assert_eq!(
        media.next_text(),
        format!(
            "STATUS channel_id:{id} queue_length:1000 xon_level:800 xoff_level:900 queue_full:true bulk_media:false media_paused:true"
        )
    );
    media.audio(vec![0xFF; 160]);
    media.text("not a command");
    media.text(&"GET_STATUS ".repeat(20));
    media.text("START_MEDIA_BUFFERING");
    media.audio(vec![0xFF; 100]);
    media.audio(vec![0xFF; 100]);
    media.text("STOP_MEDIA_BUFFERING b1");
    media.text("MARK_MEDIA last");
    media.text("REPORT_QUEUE_DRAINED");
    media.text("CONTINUE_MEDIA");
    assert_eq!(media.next_text(), "MEDIA_MARK_PROCESSED first");
    assert_eq!(media.next_text(), "MEDIA_XON");
    assert_eq!(media.next_text(), "MEDIA_BUFFERING_COMPLETED b1");
    assert_eq!(media.next_text(), "MEDIA_MARK_PROCESSED last");
    assert_eq!(media.next_text(), "QUEUE_DRAINED");
    media.text("GET_STATUS");
    assert!(media.next_text().contains(" queue_length:0 "));
    // A message Asterisk's reader cannot hold ends the connection (1009)
    // and the call (cause 38).
    media.audio(vec![0xFF; 65_528]);
    assert_eq!(media.until_closed(), (vec![], Some(1009)));
    until_gone(&sb, &sim, &id);
}

fn until_gone(sb: &Sandbox, sim: &ari::sim::SimHandle, id: &str) {
    crate::support::until(&format!("{id} gone"), || {
        run(sb.ari_sim(sim).args(["channels", "get", id])).code != 0
    });
}

/// A tap: a snoop (`spy=out`) of a call and a media channel in a bridge.
/// The call plays hello-world (1.4 s): the application hears 1.4 s of the
/// 440 Hz tone, and silence around it.
#[test]
fn a_tap_hears_a_playback_for_as_long_as_it_lasts() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=tap");
    let sb = Sandbox::new();
    let call = sb
        .ari_sim(&sim)
        .originate(Call::to_app("Local/wait@lab", "tap"));
    events.wait_channel("StasisStart", &call);
    let snoop = run(sb.ari_sim(&sim).args([
        "channels", "snoop", &call, "--app", "tap", "--spy", "out", "--jq", ".id",
    ]))
    .ok()
    .to_string();
    let (mut media, media_id, _bridge) = bridged_media(&sb, &sim, &mut events, "tap", &snoop);
    run(sb.ari_sim(&sim).args([
        "channels",
        "play",
        &call,
        "--media",
        "sound:hello-world",
        "--wait",
        "PlaybackFinished",
    ]))
    .ok();
    run(sb.ari_sim(&sim).args(["channels", "hangup", &media_id])).ok();
    // Everything sent before the close is in.
    media.until_closed();
    let loud: Vec<usize> = media
        .frames
        .iter()
        .enumerate()
        .filter(|(_, f)| peak(f) > 1000)
        .map(|(i, _)| i)
        .collect();
    assert!(media.frames.iter().all(|f| f.len() == 640));
    // hello-world's 1.4 s, within 0.2 s (a loaded host shifts the
    // playback's start and end against the frames by a few).
    assert!(
        (60..=80).contains(&loud.len()),
        "{} frames of tone",
        loud.len()
    );
    assert_eq!(
        loud.last().unwrap() - loud.first().unwrap() + 1,
        loud.len(),
        "in one stretch"
    );
    let peaks: Vec<i32> = media.frames.iter().map(|f| peak(f)).collect();
    assert!(
        peaks.iter().all(|&p| p == 0 || (8000..=8300).contains(&p)),
        "silence or -12 dBFS"
    );
    run(sb.ari_sim(&sim).args(["channels", "hangup", &call])).ok();
}

/// `channels inject`'s way: a snoop whispering to a call, bridged with a
/// media channel the application feeds 1 s of tone. The call's far end
/// hears it: a recording of a snoop on the far end (`spy=in`) holds 1 s of
/// sound where it was sent, in a WAV of the recording's length.
#[test]
fn audio_an_application_sends_is_heard_and_recorded() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=inj");
    let sb = Sandbox::new();
    let call = sb
        .ari_sim(&sim)
        .originate(Call::to_app("Local/wait@lab", "inj").with(&[
            "--channel-id",
            "inj-1",
            "--other-channel-id",
            "inj-2",
        ]));
    events.wait_channel("StasisStart", &call);
    let listener = run(sb.ari_sim(&sim).args([
        "channels", "snoop", "inj-2", "--app", "inj", "--spy", "in", "--jq", ".id",
    ]))
    .ok()
    .to_string();
    run(sb.ari_sim(&sim).args([
        "channels", "record", &listener, "--name", "heard", "--format", "wav",
    ]))
    .ok();
    events.wait_type("RecordingStarted");
    let whisper = run(sb.ari_sim(&sim).args([
        "channels",
        "snoop",
        &call,
        "--app",
        "inj",
        "--whisper",
        "out",
        "--jq",
        ".id",
    ]))
    .ok()
    .to_string();
    let (mut media, media_id, _bridge) = bridged_media(&sb, &sim, &mut events, "inj", &whisper);
    media.text("START_MEDIA_BUFFERING");
    for i in 0..50 {
        media.audio(tone_frame(i * 320, 8000.0));
    }
    media.text("STOP_MEDIA_BUFFERING");
    media.text("REPORT_QUEUE_DRAINED");
    assert_eq!(media.next_text(), "MEDIA_BUFFERING_COMPLETED");
    assert_eq!(media.next_text(), "QUEUE_DRAINED");
    run(sb.ari_sim(&sim).args(["recordings", "stop", "heard"])).ok();
    events.wait_type("RecordingFinished");
    let wav = sb.path().join("heard.wav");
    run(sb.ari_sim(&sim).args([
        "recordings",
        "download",
        "heard",
        "--to",
        wav.to_str().unwrap(),
    ]))
    .ok();
    let bytes = std::fs::read(&wav).unwrap();
    let samples: Vec<i16> = bytes[44..]
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    let loud = samples
        .chunks(160)
        .filter(|f| f.iter().any(|s| s.unsigned_abs() > 1000))
        .count();
    assert!(
        (48..=52).contains(&loud),
        "{loud} frames of the sent tone in the recording"
    );
    let end = samples
        .iter()
        .rposition(|s| s.unsigned_abs() > 1000)
        .unwrap();
    assert!(end < samples.len(), "within the recording");
    for id in [&call, &media_id] {
        run(sb.ari_sim(&sim).args(["channels", "hangup", id])).ok();
    }
}

/// Two media channels in one bridge: what one application sends, the other
/// hears, in its own format (slin16 in, ulaw out); DTMF sent to a media
/// channel reaches its application as DTMF_END.
#[test]
fn media_channels_in_a_bridge_hear_each_other() {
    let sim = sim();
    let mut events = Events::connect(sim.addr, "app=pair");
    let sb = Sandbox::new();
    let speaker = websocket_channel(&sb, &sim, "pair", "slin16");
    let hearer = websocket_channel(&sb, &sim, "pair", "ulaw");
    let (speaker_id, hearer_id) = (
        speaker["id"].as_str().unwrap().to_string(),
        hearer["id"].as_str().unwrap().to_string(),
    );
    // One at a time: the two StasisStarts of connections made together
    // may come in either order, and waiting for one passes the other.
    let mut speaking = Media::connect(sim.addr, &connection_id(&speaker)).unwrap();
    speaking.next_text();
    events.wait_channel("StasisStart", &speaker_id);
    let mut hearing = Media::connect(sim.addr, &connection_id(&hearer)).unwrap();
    hearing.next_text();
    events.wait_channel("StasisStart", &hearer_id);
    let bridge = run(sb.ari_sim(&sim).args(["bridges", "create", "--jq", ".id"]))
        .ok()
        .to_string();
    run(sb.ari_sim(&sim).args([
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &format!("{speaker_id},{hearer_id}"),
    ]))
    .ok();
    events.wait_channel("ChannelEnteredBridge", &hearer_id);
    for i in 0..10 {
        speaking.audio(tone_frame(i * 320, 8000.0));
    }
    speaking.text("REPORT_QUEUE_DRAINED");
    assert_eq!(speaking.next_text(), "QUEUE_DRAINED");
    run(sb
        .ari_sim(&sim)
        .args(["channels", "dtmf", &hearer_id, "--dtmf", "5"]))
    .ok();
    assert_eq!(
        hearing.next_text(),
        format!("DTMF_END digit:5 channel_id:{hearer_id}")
    );
    // A media channel only sends while its application feeds it: the other
    // hears those ten frames, in mu-law, loud.
    let frames = &hearing.frames;
    assert_eq!(frames.len(), 10, "{} frames", frames.len());
    assert!(frames.iter().all(|f| f.len() == 160));
    assert!(
        frames.iter().all(|f| f.iter().any(|&b| b & 0x7F < 0x30)),
        "loud mu-law"
    );
    for id in [&speaker_id, &hearer_id] {
        run(sb.ari_sim(&sim).args(["channels", "hangup", id])).ok();
    }
    hearing.until_closed();
    speaking.until_closed();
}

/// RTP: a UnicastRTP channel sends RTP from its own port on 127.0.0.1 to
/// `external_host` while its bridge carries sound, and plays out what it
/// gets on that port under a payload type it knows. On 20.6.0, which has
/// only this transport, the same.
#[test]
fn unicast_rtp_sends_and_takes_rtp() {
    for version in ["22.10.1", "20.6.0"] {
        let sim = sim_with(|o| o.asterisk_version = version.into());
        let mut events = Events::connect(sim.addr, "app=rtp");
        let sb = Sandbox::new();
        let far = UdpSocket::bind("127.0.0.1:0").unwrap();
        far.set_read_timeout(Some(WAIT)).unwrap();
        let host = far.local_addr().unwrap().to_string();
        let channel = run(sb.ari_sim(&sim).args([
            "channels",
            "external-media",
            "--app",
            "rtp",
            "--external-host",
            &host,
            "--format",
            "slin16",
            "-o",
            "json",
        ]))
        .json();
        let id = channel["id"].as_str().unwrap().to_string();
        assert!(
            channel["name"]
                .as_str()
                .unwrap()
                .starts_with(&format!("UnicastRTP/{host}-0x"))
        );
        let vars = channel["channelvars"].as_object().unwrap();
        assert_eq!(
            vars.keys().collect::<Vec<_>>(),
            ["UNICASTRTP_LOCAL_PORT", "UNICASTRTP_LOCAL_ADDRESS"]
        );
        assert_eq!(vars["UNICASTRTP_LOCAL_ADDRESS"], "127.0.0.1");
        let port: u16 = vars["UNICASTRTP_LOCAL_PORT"]
            .as_str()
            .unwrap()
            .parse()
            .unwrap();
        events.wait_channel("StasisStart", &id);
        let dial = events.seen.iter().find(|e| e["type"] == "Dial").unwrap();
        assert_eq!(dial["dialstring"], format!("{host}/c(slin16)"));
        // Bridged with a call playing a prompt: RTP comes, the tone in it.
        let call = sb
            .ari_sim(&sim)
            .originate(Call::to_app("Local/wait@lab", "rtp"));
        events.wait_channel("StasisStart", &call);
        let bridge = run(sb.ari_sim(&sim).args(["bridges", "create", "--jq", ".id"]))
            .ok()
            .to_string();
        run(sb.ari_sim(&sim).args([
            "bridges",
            "add-channel",
            &bridge,
            "--channel",
            &format!("{id},{call}"),
        ]))
        .ok();
        let playback = run(sb.ari_sim(&sim).args([
            "bridges",
            "play",
            &bridge,
            "--media",
            "tone:ring",
            "--jq",
            ".id",
        ]))
        .ok()
        .to_string();
        let mut buffer = [0u8; 2048];
        let mut loud = false;
        for _ in 0..500 {
            let (length, from) = far.recv_from(&mut buffer).expect("RTP from the channel");
            assert_eq!(from.port(), port);
            assert_eq!(
                (length, buffer[0], buffer[1]),
                (652, 0x80, 118),
                "{version}"
            );
            let samples: Vec<i16> = buffer[12..length]
                .chunks_exact(2)
                .map(|b| i16::from_be_bytes([b[0], b[1]]))
                .collect();
            if samples.iter().any(|s| s.unsigned_abs() > 8000) {
                loud = true;
                break;
            }
        }
        assert!(loud, "{version}: the tone, in network byte order");
        run(sb.ari_sim(&sim).args(["playbacks", "stop", &playback])).ok();
        events.wait_type("PlaybackFinished");
        // RTP sent to its port is played into the call: a snoop of the
        // call (what it hears) has it in its recording.
        let snoop = run(sb.ari_sim(&sim).args([
            "channels", "snoop", &call, "--app", "rtp", "--spy", "out", "--jq", ".id",
        ]))
        .ok()
        .to_string();
        run(sb.ari_sim(&sim).args([
            "channels",
            "record",
            &snoop,
            "--name",
            "from-rtp",
            "--format",
            "wav",
            "--max-duration-seconds",
            "3",
        ]))
        .ok();
        events.wait_type("RecordingStarted");
        // Network byte order, under a payload type: slin16's dynamic 118
        // means nothing to a channel that negotiated none (Asterisk drops
        // it); slin's static 11 is played, at 8 kHz.
        let packet = |payload_type: u8, samples: usize| -> Vec<u8> {
            [0x80, payload_type, 0, 1, 0, 0, 0, 0, 1, 2, 3, 4]
                .into_iter()
                .chain(
                    tone_frame(0, 8000.0)[..samples * 2]
                        .chunks_exact(2)
                        .flat_map(|b| [b[1], b[0]]),
                )
                .collect()
        };
        for (payload_type, samples) in [(118, 320), (11, 160)] {
            for _ in 0..25 {
                far.send_to(&packet(payload_type, samples), ("127.0.0.1", port))
                    .unwrap();
            }
        }
        events.wait_type("RecordingFinished");
        let wav = sb.path().join("from-rtp.wav");
        run(sb.ari_sim(&sim).args([
            "recordings",
            "download",
            "from-rtp",
            "--to",
            wav.to_str().unwrap(),
        ]))
        .ok();
        let bytes = std::fs::read(&wav).unwrap();
        let loud = bytes[44..]
            .chunks_exact(320)
            .filter(|f| {
                f.chunks_exact(2)
                    .any(|b| i16::from_le_bytes([b[0], b[1]]).unsigned_abs() > 4000)
            })
            .count();
        assert!(
            (23..=27).contains(&loud),
            "{version}: {loud} frames of what came over RTP"
        );
        for c in [&id, &call] {
            run(sb.ari_sim(&sim).args(["channels", "hangup", c])).ok();
        }
        events.wait_channel("ChannelDestroyed", &id);
    }
}

/// What a server without chan_websocket answers, and Asterisk's refusals.
#[test]
fn versions_and_refusals_answer_as_asterisk_does() {
    let old = sim_with(|o| o.asterisk_version = "20.6.0".into());
    let sb = Sandbox::new();
    let ws = [
        "raw",
        "POST",
        "/channels/externalMedia",
        "app=em",
        "transport=websocket",
        "encapsulation=none",
        "connection_type=server",
        "format=slin16",
    ];
    let out = run(sb.ari_sim(&old).args(ws));
    assert!(
        out.stderr.contains("external_host cannot be empty"),
        "{}",
        out.stderr
    );
    let out = run(sb.ari_sim(&old).args(ws).arg("external_host=127.0.0.1:9"));
    assert!(
        out.stderr
            .contains("The encapsulation and/or transport is not supported"),
        "{}",
        out.stderr
    );

    let sim = sim();
    let _events = Events::connect(sim.addr, "app=em");
    let out = run(sb.ari_sim(&sim).args(ws).arg("format=nope"));
    assert!(
        out.stderr
            .contains("An internal error prevented this request from being handled"),
        "{}",
        out.stderr
    );
    let out = run(sb.ari_sim(&sim).args(ws).arg("transport_data=v(a=b)"));
    assert!(out.stderr.contains("An internal error"), "{}", out.stderr);
    let out = run(sb
        .ari_sim(&sim)
        .args(ws)
        .args(["connection_type=client", "external_host=somewhere"]));
    assert!(
        out.stderr
            .contains("external_host must be a valid websocket_client connection id."),
        "{}",
        out.stderr
    );
    // The options of the dial string: JSON control messages, direction in.
    let json = run(sb.ari_sim(&sim).args(ws).args([
        "transport_data=f(json)",
        "direction=in",
        "-o",
        "json",
    ]))
    .json();
    let id = json["id"].as_str().unwrap().to_string();
    let mut media = Media::connect_with(sim.addr, &connection_id(&json), None).unwrap();
    let start: Value = serde_json::from_str(&media.next_text()).unwrap();
    assert_eq!(start["event"], "MEDIA_START");
    assert_eq!(start["channel_id"], id.as_str());
    assert_eq!(start["optimal_frame_size"], 640);
    assert_eq!(
        start["channel_variables"]["MEDIA_WEBSOCKET_OPTIMAL_FRAME_SIZE"],
        "640"
    );
    media.text(r#"{"command":"MARK_MEDIA","correlation_id":"m"}"#);
    let error: Value = serde_json::from_str(&media.next_text()).unwrap();
    assert_eq!(
        error["error_text"],
        "MARK_MEDIA not supported while media direction is 'in'"
    );
    media.text("GET_STATUS");
    let error: Value = serde_json::from_str(&media.next_text()).unwrap();
    assert_eq!(error["error_text"], "Unable to parse JSON command");
    run(sb.ari_sim(&sim).args(["channels", "hangup", &id])).ok();
    let refused = json["channelvars"]["MEDIA_WEBSOCKET_CONNECTION_ID"]
        .as_str()
        .unwrap();
    assert_eq!(Media::connect(sim.addr, refused).err(), Some(404));
    let fresh = websocket_channel(&sb, &sim, "em", "slin");
    assert_eq!(
        Media::connect_with(sim.addr, &connection_id(&fresh), Some("nope")).err(),
        Some(400),
        "a subprotocol other than media"
    );
}

/// A WebSocket media channel in `app`, connected (MEDIA_START read) and in
/// its application, bridged with `with`: (its socket, its id, the bridge).
fn bridged_media(
    sb: &Sandbox,
    sim: &ari::sim::SimHandle,
    events: &mut Events,
    app: &str,
    with: &str,
) -> (Media, String, String) {
    let channel = websocket_channel(sb, sim, app, "slin16");
    let media_id = channel["id"].as_str().unwrap().to_string();
    let mut media = Media::connect(sim.addr, &connection_id(&channel)).unwrap();
    media.next_text();
    events.wait_channel("StasisStart", &media_id);
    let bridge = run(sb.ari_sim(sim).args(["bridges", "create", "--jq", ".id"]))
        .ok()
        .to_string();
    run(sb.ari_sim(sim).args([
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &format!("{with},{media_id}"),
    ]))
    .ok();
    (media, media_id, bridge)
}
