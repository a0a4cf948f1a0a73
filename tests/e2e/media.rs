//! `ari channels tap`, `channels inject`, `bridges inject` and `ari media
//! serve` against a real Asterisk: what reaches the WAV file is measured
//! (where the sound is, and a 440 Hz tone by its energy), what ari made on
//! the server is gone after a hang-up and after Ctrl-C, and bad input is one
//! line with its exit code. 22.10.1 carries media over chan_websocket,
//! 20.6.0 (no chan_websocket) over RTP.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use crate::support::asterisk::{self, Asterisk};
use crate::support::calls::{Call, Originate};
use crate::support::tail::Tail;
use crate::support::target::{Target, name, on_both};
use crate::support::{Sandbox, run, until};

/// Mono 16-bit samples of a WAV file, and its rate.
fn samples_of(path: &Path) -> (u32, Vec<i16>) {
    let mut reader = hound::WavReader::open(path).unwrap();
    let rate = reader.spec().sample_rate;
    (rate, reader.samples::<i16>().map(|s| s.unwrap()).collect())
}

/// 20 ms frames louder than -50 dBFS: (first, last) in seconds.
fn sound_span(path: &Path) -> Option<(f64, f64)> {
    let (rate, samples) = samples_of(path);
    let frame = (rate / 50) as usize;
    let loud: Vec<usize> = samples
        .chunks(frame)
        .enumerate()
        .filter(|(_, f)| {
            let rms = (f.iter().map(|&s| (s as f64).powi(2)).sum::<f64>() / f.len() as f64).sqrt();
            rms > 32768.0 * 10f64.powf(-50.0 / 20.0)
        })
        .map(|(i, _)| i)
        .collect();
    Some((
        *loud.first()? as f64 * 0.02,
        (*loud.last()? + 1) as f64 * 0.02,
    ))
}

/// Seconds of 20 ms frames where a 440 Hz tone stands out (Goertzel).
fn seconds_of_tone(path: &Path) -> f64 {
    let (rate, samples) = samples_of(path);
    let frame = (rate / 50) as usize;
    let k = 2.0 * (2.0 * std::f64::consts::PI * 440.0 / rate as f64).cos();
    let with_tone = samples
        .chunks(frame)
        .filter(|f| {
            let (mut s1, mut s2) = (0.0f64, 0.0f64);
            for &v in *f {
                let s0 = v as f64 + k * s1 - s2;
                s2 = s1;
                s1 = s0;
            }
            let power = (s1 * s1 + s2 * s2 - k * s1 * s2).max(0.0).sqrt() / f.len() as f64;
            power > 1000.0
        })
        .count();
    with_tone as f64 * 0.02
}

/// A WAV of a 440 Hz tone at -8 dBFS.
fn tone_wav(path: &Path, rate: u32, channels: u16, seconds: f64) {
    let spec = hound::WavSpec {
        channels,
        sample_rate: rate,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut w = hound::WavWriter::create(path, spec).unwrap();
    for i in 0..(rate as f64 * seconds) as usize {
        let v =
            (13000.0 * (2.0 * std::f64::consts::PI * 440.0 * i as f64 / rate as f64).sin()) as i16;
        for _ in 0..channels {
            w.write_sample(v).unwrap();
        }
    }
    w.finalize().unwrap();
}

/// A running `ari` whose stderr lines (a tap's) or stdout lines (media
/// serve's) are read as they come; killed if still running when dropped.
struct Running {
    child: Child,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    /// `ari --url URL ARGS`, reading stderr.
    fn start(sb: &Sandbox, url: &str, args: &[&str]) -> Running {
        let mut cmd = sb.std_ari();
        cmd.args(["--url", url]).args(args);
        Self::spawn(cmd, false)
    }

    /// `ari media serve ARGS`, reading stdout.
    fn serve(sb: &Sandbox, args: &[&str]) -> Running {
        let mut cmd = sb.std_ari();
        cmd.args(["media", "serve"]).args(args);
        Self::spawn(cmd, true)
    }

    fn spawn(mut cmd: std::process::Command, stdout: bool) -> Running {
        let (out, err) = if stdout {
            (Stdio::piped(), Stdio::null())
        } else {
            (Stdio::null(), Stdio::piped())
        };
        let mut child = cmd.stdout(out).stderr(err).spawn().unwrap();
        let read: Box<dyn std::io::Read + Send> = if stdout {
            Box::new(child.stdout.take().unwrap())
        } else {
            Box::new(child.stderr.take().unwrap())
        };
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(read).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
        Running {
            child,
            lines,
            seen: Vec::new(),
        }
    }

    fn wait_line(&mut self, what: &str) -> String {
        loop {
            match self.lines.recv_timeout(Duration::from_secs(20)) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    if line.contains(what) {
                        return line;
                    }
                }
                Err(_) => panic!("no line with {what:?}; saw {:?}", self.seen),
            }
        }
    }

    /// Its exit code and every line.
    fn finish(mut self) -> (i32, Vec<String>) {
        let status = self.child.wait().unwrap();
        while let Ok(line) = self.lines.recv_timeout(Duration::from_secs(5)) {
            self.seen.push(line);
        }
        (status.code().unwrap_or(-1), std::mem::take(&mut self.seen))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ari(sb: &Sandbox, url: &str) -> assert_cmd::Command {
    let mut cmd = sb.ari();
    cmd.args(["--url", url]);
    cmd
}

/// The channels and bridges of the application a tap or inject holds
/// (`ari-<host>-<pid>-media`), read while it runs.
/// (The target is in that application's list too: it is subscribed to.)
fn made_by(sb: &Sandbox, url: &str, pid: u32, target: &str) -> (Vec<String>, Vec<String>) {
    let apps = run(ari(sb, url).args(["applications", "list", "-o", "json"])).json();
    let app = apps
        .as_array()
        .unwrap()
        .iter()
        .find(|a| {
            a["name"]
                .as_str()
                .unwrap()
                .ends_with(&format!("-{pid}-media"))
        })
        .cloned()
        .expect("the media application is listed");
    let ids = |key: &str| -> Vec<String> {
        app[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .filter(|id| id != target)
            .collect()
    };
    (ids("channel_ids"), ids("bridge_ids"))
}

fn gone(sb: &Sandbox, url: &str, (channels, bridges): &(Vec<String>, Vec<String>)) {
    for c in channels {
        until(&format!("channel {c} gone"), || {
            run(ari(sb, url).args(["channels", "get", c])).code == 5
        });
    }
    for b in bridges {
        until(&format!("bridge {b} gone"), || {
            run(ari(sb, url).args(["bridges", "get", b])).code == 5
        });
    }
}

/// A call into `app` (held by a tail): `;1` in the application, `;2` in `wait`.
fn call_in(sb: &Sandbox, url: &str, app: &str, id: &str) -> String {
    until(&format!("{app} held"), || {
        let held = run(ari(sb, url).args(["applications", "get", app])).code == 0;
        if !held {
            std::thread::sleep(Duration::from_millis(20));
        }
        held
    });
    let chan = ari(sb, url).originate(Call::to_app("Local/wait@lab", app).with(&[
        "--channel-id",
        id,
        "--other-channel-id",
        &format!("{id}-2"),
    ]));
    in_app(sb, url, app, &chan);
    chan
}

/// Wait until `chan` is in `app` (Asterisk bridges only channels in Stasis).
fn in_app(sb: &Sandbox, url: &str, app: &str, chan: &str) {
    // Asked of the channel, not of `applications get`, and not in a tight
    // loop: Asterisk's application list once stopped answering under that.
    until(&format!("{chan} in {app}"), || {
        let out = run(ari(sb, url).args(["channels", "get", chan, "-o", "json"]));
        let reply = if out.code == 0 {
            out.json()
        } else {
            serde_json::Value::Null
        };
        let dialplan = &reply["dialplan"];
        let inside = dialplan["app_name"] == "Stasis"
            && dialplan["app_data"]
                .as_str()
                .is_some_and(|d| d.split(',').next() == Some(app));
        if !inside {
            std::thread::sleep(Duration::from_millis(20));
        }
        inside
    });
}

/// Tap a call while it plays hello-world (1.4 s), then hang it up: the WAV's
/// sound lasts 1.4 s, the tap ends by itself, and its snoop, media channel
/// and bridge are gone.
fn tap_hears_a_playback(url: &str, transport_word: &str) {
    tap_hears_a_playback_with(url, transport_word, &[]);
}

fn tap_hears_a_playback_with(url: &str, transport_word: &str, args: &[&str]) {
    let sb = Sandbox::new();
    let app = name(&format!("tap-{transport_word}"));
    let _tail = Tail::start(&sb, url, &["--app", &app, "-o", "json"]);
    let chan = call_in(&sb, url, &app, &name(&format!("tapped-{transport_word}")));
    let wav = sb.path().join("call.wav");
    let mut tap_args = vec!["channels", "tap", &chan, "--to", wav.to_str().unwrap()];
    tap_args.extend(args);
    let mut tap = Running::start(&sb, url, &tap_args);
    let start = tap.wait_line("ari: tapping");
    assert!(
        start.contains(&format!("(slin16 over {transport_word})")),
        "{start}"
    );
    let made = made_by(&sb, url, tap.child.id(), &chan);
    assert_eq!(made.0.len(), 2, "a snoop and a media channel: {made:?}");
    run(ari(&sb, url).args([
        "channels",
        "play",
        &chan,
        "--media",
        "sound:hello-world",
        "--wait",
        "PlaybackFinished",
    ]))
    .ok();
    run(ari(&sb, url).args(["channels", "hangup", &chan])).ok();
    let (code, lines) = tap.finish();
    assert_eq!(code, 0, "{lines:?}");
    let last = lines.last().unwrap();
    assert!(last.ends_with("the call hung up"), "{last}");
    assert!(last.contains("0 frames lost"), "{last}");
    let (from, to) = sound_span(&wav).expect("sound in the tap");
    assert!(
        (to - from - 1.4).abs() <= 0.2,
        "sound from {from} to {to} s"
    );
    gone(&sb, url, &made);
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&wav).unwrap().permissions().mode() & 0o777,
        0o600
    );
}

#[test]
fn a_tap_hears_a_playback_over_the_media_websocket() {
    if let Some(a) = asterisk::shared("tap over chan_websocket") {
        tap_hears_a_playback(&a.url, "websocket");
    }
}

#[test]
fn a_tap_hears_a_playback_over_rtp_when_asked() {
    if let Some(a) = asterisk::shared("tap over RTP on 22.10.1") {
        tap_hears_a_playback_with(&a.url, "rtp", &["--transport", "rtp"]);
    }
}

#[test]
fn a_tap_hears_a_playback_on_asterisk_23_4() {
    if let Some(a) = Asterisk::start_version("tap on 23.4.1", "23.4.1") {
        tap_hears_a_playback(&a.url, "websocket");
    }
}

#[test]
fn a_tap_hears_a_playback_on_the_simulator() {
    // In real time: the sound's length is measured in the audio.
    let sim = crate::support::sim_with(|o| o.time_scale = 1.0);
    tap_hears_a_playback(&sim.url(), "websocket");
}

#[test]
fn a_tap_hears_a_playback_over_rtp_on_the_simulator_of_20_6() {
    let sim = crate::support::sim_with(|o| {
        o.time_scale = 1.0;
        o.asterisk_version = "20.6.0".into();
    });
    tap_hears_a_playback(&sim.url(), "rtp");
}

#[test]
fn a_tap_hears_a_playback_over_rtp_where_there_is_no_chan_websocket() {
    if let Some(a) = Asterisk::start_version("tap over RTP", "20.6.0") {
        tap_hears_a_playback(&a.url, "rtp");
    }
}

on_both!(ctrl_c_ends_a_tap_and_leaves_the_call_alone);

/// Ctrl-C ends a tap: exit 130, its objects are gone, the call stays.
fn ctrl_c_ends_a_tap_and_leaves_the_call_alone(a: &Target) {
    let sb = Sandbox::new();
    let app = name("tap-int");
    let _tail = Tail::start(&sb, &a.url, &["--app", &app, "-o", "json"]);
    let chan = call_in(&sb, &a.url, &app, &name("interrupted"));
    let mut tap = Running::start(&sb, &a.url, &["channels", "tap", &chan, "--to", "-"]);
    tap.wait_line("ari: tapping");
    let made = made_by(&sb, &a.url, tap.child.id(), &chan);
    unsafe { libc::kill(tap.child.id() as i32, libc::SIGINT) };
    let (code, lines) = tap.finish();
    assert_eq!(code, 130, "{lines:?}");
    assert!(
        lines.last().unwrap().ends_with("; interrupted"),
        "{lines:?}"
    );
    gone(&sb, &a.url, &made);
    assert_eq!(
        run(ari(&sb, &a.url).args(["channels", "get", &chan])).code,
        0,
        "the call itself stays up"
    );
    run(ari(&sb, &a.url).args(["channels", "hangup", &chan]));
}

on_both!(a_tap_stops_at_its_duration);

/// A tap with `--duration` stops by itself with that much audio.
fn a_tap_stops_at_its_duration(a: &Target) {
    let sb = Sandbox::new();
    let app = name("tap-dur");
    let _tail = Tail::start(&sb, &a.url, &["--app", &app, "-o", "json"]);
    let chan = call_in(&sb, &a.url, &app, &name("timed"));
    let wav = sb.path().join("timed.wav");
    let out = run(ari(&sb, &a.url).args([
        "channels",
        "tap",
        &chan,
        "--duration",
        "0.5",
        "--format",
        "slin",
        "--to",
        wav.to_str().unwrap(),
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("--duration reached"), "{}", out.stderr);
    let (rate, samples) = samples_of(&wav);
    assert_eq!((rate, samples.len()), (8000, 4000));
    run(ari(&sb, &a.url).args(["channels", "hangup", &chan]));
}

/// `channels inject`: a 44.1 kHz stereo tone whispered into a call whose
/// bridge sends it audio; the far end (`;2`) hears it in Asterisk's own
/// recording.
fn inject_is_heard(url: &str, into_bridge: bool) {
    let sb = Sandbox::new();
    let app = name(if into_bridge { "inj-b" } else { "inj-c" });
    let _tail = Tail::start(&sb, url, &["--app", &app, "-o", "json"]);
    let id = name(if into_bridge {
        "injected-b"
    } else {
        "injected-c"
    });
    let chan = call_in(&sb, url, &app, &id);
    let bridge = run(ari(&sb, url).args(["bridges", "create", "--type", "mixing", "--jq", ".id"]))
        .ok()
        .to_string();
    run(ari(&sb, url).args(["bridges", "add-channel", &bridge, "--channel", &chan])).ok();
    // The whisper rides on what the channel is sent: silence will do.
    run(ari(&sb, url).args(["bridges", "play", &bridge, "--media", "sound:silence/10"])).ok();
    let recording = record_what_it_hears(
        &sb,
        url,
        &app,
        &format!("{id}-2"),
        if into_bridge { "heard-b" } else { "heard-c" },
    );
    let tone = sb.path().join("tone.wav");
    tone_wav(&tone, 44100, 2, 1.0);
    let target: &[&str] = if into_bridge {
        &["bridges", "inject", &bridge]
    } else {
        &["channels", "inject", &chan]
    };
    let out = run(ari(&sb, url)
        .args(target)
        .args(["--from", tone.to_str().unwrap()]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("injected 1.00 s of") && out.stderr.contains("44100 Hz 16-bit stereo"),
        "{}",
        out.stderr
    );
    run(ari(&sb, url).args(["recordings", "stop", &recording])).ok();
    let file = downloaded(&sb, url, &recording);
    let tone_seconds = seconds_of_tone(&file);
    assert!(
        (0.8..=1.2).contains(&tone_seconds),
        "{tone_seconds} s of tone heard"
    );
    run(ari(&sb, url).args(["channels", "hangup", &chan]));
    run(ari(&sb, url).args(["bridges", "destroy", &bridge]));
}

#[test]
fn an_injected_file_is_heard_by_the_far_end() {
    if let Some(a) = asterisk::shared("channels inject") {
        inject_is_heard(&a.url, false);
    }
}

#[test]
fn a_file_injected_into_a_bridge_is_heard_in_it() {
    if let Some(a) = asterisk::shared("bridges inject") {
        inject_is_heard(&a.url, true);
    }
}

#[test]
fn an_injected_file_is_heard_on_23_4() {
    if let Some(a) = Asterisk::start_version("inject on 23.4.1", "23.4.1") {
        inject_is_heard(&a.url, false);
    }
}

#[test]
fn an_injected_file_is_heard_over_rtp_on_20_6() {
    if let Some(a) = Asterisk::start_version("inject over RTP", "20.6.0") {
        inject_is_heard(&a.url, false);
    }
}

#[test]
fn an_injected_file_is_heard_on_the_simulator() {
    // In real time: ari paces what it sends by the wall clock.
    let sim = crate::support::sim_with(|o| o.time_scale = 1.0);
    inject_is_heard(&sim.url(), false);
    inject_is_heard(&sim.url(), true);
}

/// A stored recording's audio, as `recordings download` gives it.
fn downloaded(sb: &Sandbox, url: &str, recording: &str) -> PathBuf {
    let file = sb.path().join(format!("{recording}.wav"));
    run(ari(sb, url).args([
        "recordings",
        "download",
        recording,
        "--to",
        file.to_str().unwrap(),
    ]))
    .ok();
    file
}

/// `media serve --echo`: a call bridged to an external media channel that
/// points at it hears itself (hello-world played by its far end comes back).
/// ulaw over RTP: Asterisk drops the dynamic payload types (slin16's 118)
/// it is sent (measured on 22.10.1).
#[test]
fn media_serve_echo_lets_a_call_hear_itself_over_rtp() {
    media_serve_echo(false);
}

/// The same over chan_websocket: Asterisk connects to `media serve` as the
/// `websocket_client` of its configuration.
#[test]
fn media_serve_echo_lets_a_call_hear_itself_over_the_websocket() {
    media_serve_echo(true);
}

fn media_serve_echo(websocket: bool) {
    let listen = format!("127.0.0.1:{}", crate::support::closed_port());
    let conf = media_client_conf(&listen);
    // An instance of its own: the lab's `hello` application is held here.
    let Some(a) = Asterisk::start_with_conf("media serve echo", conf.path()) else {
        return;
    };
    let url = &a.url;
    let sb = Sandbox::new();
    let app = name("echo");
    let _tail = Tail::start(&sb, url, &["--app", &format!("{app},hello"), "-o", "json"]);
    let mut serve = Running::serve(&sb, &["--echo", "--listen", &listen]);
    until("the tail holds both", || {
        run(ari(&sb, url).args(["applications", "get", "hello"])).code == 0
    });
    // `;2` runs Stasis(hello): it can be played to, and what it hears recorded.
    let id = name("echoed");
    let chan = ari(&sb, url).originate(Call::to_app("Local/hello@lab", &app).with(&[
        "--channel-id",
        &id,
        "--other-channel-id",
        &format!("{id}-2"),
    ]));
    in_app(&sb, url, &app, &chan);
    in_app(&sb, url, "hello", &format!("{id}-2"));
    let (media, bridge) =
        bridged_with_media(&sb, url, &app, &chan, &media_args(websocket, &listen));
    let recording = record_what_it_hears(&sb, url, &app, &format!("{id}-2"), "echo-heard");
    let far = format!("{id}-2");
    play(&sb, url, &far, "sound:hello-world");
    // The echo comes a moment after the sound: wait for its end too.
    play(&sb, url, &far, "sound:silence/1");
    run(ari(&sb, url).args(["recordings", "stop", &recording])).ok();
    clear(&sb, url, &[&chan, &media], &bridge);
    let file = downloaded(&sb, url, &recording);
    let (from, to) = sound_span(&file).expect("the echo is heard");
    assert!(
        (to - from - 1.4).abs() <= 0.25,
        "echo from {from} to {to} s"
    );
    if websocket {
        let start = serve.wait_line("ws1 MEDIA_START");
        assert!(start.contains("slin16, 20 ms, 640 B frames"), "{start}");
        serve.wait_line("ws1 ended: closed by Asterisk");
    } else {
        let first = serve.wait_line("rtp1 from 127.0.0.1:");
        assert!(first.contains("PT 0 (ulaw)"), "{first}");
    }
}

/// `channels external-media` into `app`: over chan_websocket to `ari-media`
/// (the instance's websocket_client), else RTP to `listen` (ulaw: Asterisk
/// drops the dynamic payload types, slin16's 118, it is sent).
fn media_args(websocket: bool, listen: &str) -> Vec<String> {
    let args: &[&str] = if websocket {
        &[
            "--transport",
            "websocket",
            "--encapsulation",
            "none",
            "--external-host",
            "ari-media",
            "--format",
            "slin16",
        ]
    } else {
        &["--external-host", listen, "--format", "ulaw"]
    };
    args.iter().map(|a| a.to_string()).collect()
}

/// An external media channel (made with `how`) and `chan` in a new mixing
/// bridge: (media channel, bridge).
fn bridged_with_media(
    sb: &Sandbox,
    url: &str,
    app: &str,
    chan: &str,
    how: &[String],
) -> (String, String) {
    let media = run(ari(sb, url)
        .args(["channels", "external-media", "--app", app, "--jq", ".id"])
        .args(how))
    .ok()
    .to_string();
    in_app(sb, url, app, &media);
    let bridge = run(ari(sb, url).args(["bridges", "create", "--type", "mixing", "--jq", ".id"]))
        .ok()
        .to_string();
    run(ari(sb, url).args([
        "bridges",
        "add-channel",
        &bridge,
        "--channel",
        &format!("{chan},{media}"),
    ]))
    .ok();
    (media, bridge)
}

/// Asterisk's own recording of what `channel` hears (a snoop's `in`): its name.
fn record_what_it_hears(sb: &Sandbox, url: &str, app: &str, channel: &str, what: &str) -> String {
    let snoop = run(ari(sb, url).args([
        "channels", "snoop", channel, "--spy", "in", "--app", app, "--jq", ".id",
    ]))
    .ok()
    .to_string();
    let recording = name(what);
    run(ari(sb, url).args([
        "channels",
        "record",
        &snoop,
        "--name",
        &recording,
        "--format",
        "wav",
        "--if-exists",
        "overwrite",
    ]))
    .ok();
    recording
}

/// Play `media` to `channel` and wait for its end.
fn play(sb: &Sandbox, url: &str, channel: &str, media: &str) {
    run(ari(sb, url).args([
        "channels",
        "play",
        channel,
        "--media",
        media,
        "--wait",
        "PlaybackFinished",
    ]))
    .ok();
}

/// Hang up the channels and destroy the bridge.
fn clear(sb: &Sandbox, url: &str, channels: &[&str], bridge: &str) {
    for c in channels {
        run(ari(sb, url).args(["channels", "hangup", c]));
    }
    run(ari(sb, url).args(["bridges", "destroy", bridge]));
}

#[test]
fn bad_input_is_one_line_and_its_exit_code() {
    let sb = Sandbox::new();
    std::fs::write(sb.path().join("notes.txt"), "not audio at all").unwrap();
    // Read before anything is asked of a server: no server needed.
    let url = format!("http://127.0.0.1:{}", crate::support::closed_port());
    let out = run(ari(&sb, &url).args(["channels", "inject", "1.1", "--from", "notes.txt"]));
    assert_eq!(out.code, 2);
    assert!(
        out.one_error_line()
            .contains("cannot read audio from notes.txt: not a WAV file"),
        "{}",
        out.stderr
    );
    let out = run(ari(&sb, &url).args(["channels", "inject", "1.1", "--from", "missing.wav"]));
    assert_eq!(out.code, 2);
    assert!(
        out.one_error_line().contains("cannot read missing.wav"),
        "{}",
        out.stderr
    );
    let out = run(ari(&sb, &url).args([
        "channels", "tap", "1.1", "--format", "ulaw", "--to", "x.wav",
    ]));
    assert_eq!(out.code, 2);
    assert!(
        out.one_error_line()
            .contains("a WAV file holds linear audio"),
        "{}",
        out.stderr
    );
    let out = run(ari(&sb, &url).args(["channels", "tap", "1.1", "--duration", "0", "--to", "-"]));
    assert_eq!(out.code, 2, "{}", out.stderr);
    let Some(a) = asterisk::shared("media bad input") else {
        return;
    };
    let out = run(ari(&sb, &a.url).args(["channels", "tap", "no-such-channel", "--to", "-"]));
    assert_eq!(out.code, 5);
    assert!(
        out.one_error_line().contains("Channel not found"),
        "{}",
        out.stderr
    );
    let tone = sb.path().join("tone.wav");
    tone_wav(&tone, 8000, 1, 0.2);
    let out = run(ari(&sb, &a.url).args([
        "bridges",
        "inject",
        "no-such-bridge",
        "--from",
        tone.to_str().unwrap(),
    ]));
    assert_eq!(out.code, 5);
    assert!(
        out.one_error_line().contains("Bridge not found"),
        "{}",
        out.stderr
    );
}

/// Asked for the media WebSocket by name, a server without chan_websocket
/// gets a clear line, not a hang.
#[test]
fn the_websocket_asked_of_a_server_without_it_is_one_line() {
    let Some(a) = Asterisk::start_version("websocket on 20.6", "20.6.0") else {
        return;
    };
    let sb = Sandbox::new();
    let app = name("no-ws");
    let _tail = Tail::start(&sb, &a.url, &["--app", &app, "-o", "json"]);
    let chan = call_in(&sb, &a.url, &app, &name("no-ws"));
    let out = run(ari(&sb, &a.url).args([
        "channels",
        "tap",
        &chan,
        "--transport",
        "websocket",
        "--to",
        "-",
    ]));
    assert_ne!(out.code, 0);
    let line = out.one_error_line();
    assert!(line.contains("externalMedia"), "{line}");
    assert!(made_none_left(&sb, &a.url, &chan), "the snoop is hung up");
}

/// No snoop of `chan` is left on the server.
fn made_none_left(sb: &Sandbox, url: &str, chan: &str) -> bool {
    let mut left = true;
    until("no snoop left", || {
        let list = run(ari(sb, url).args(["channels", "list", "-o", "json"])).json();
        left = !list.as_array().unwrap().iter().any(|c| {
            c["name"]
                .as_str()
                .unwrap_or("")
                .starts_with(&format!("Snoop/{chan}-"))
        });
        left
    });
    left
}

/// `media serve --record`: a call's audio over RTP lands in the WAV file,
/// the bridge's hello-world at its length.
#[test]
fn media_serve_records_a_call() {
    let Some(a) = asterisk::shared("media serve record") else {
        return;
    };
    let url = &a.url;
    let sb = Sandbox::new();
    let app = name("serve-rec");
    let _tail = Tail::start(&sb, url, &["--app", &app, "-o", "json"]);
    let listen = format!("127.0.0.1:{}", crate::support::closed_port());
    let wav = sb.path().join("heard.wav");
    let mut serve = Running::serve(
        &sb,
        &["--listen", &listen, "--record", wav.to_str().unwrap()],
    );
    let chan = call_in(&sb, url, &app, &name("recorded"));
    let (media, bridge) = bridged_with_media(&sb, url, &app, &chan, &media_args(false, &listen));
    run(ari(&sb, url).args([
        "bridges",
        "play",
        &bridge,
        "--media",
        "sound:hello-world",
        "--wait",
        "PlaybackFinished",
    ]))
    .ok();
    clear(&sb, url, &[&chan, &media], &bridge);
    serve.wait_line("recording to");
    // RTP has no hang-up: the call ends when its packets stop.
    serve.wait_line("ended: no RTP for 2 s");
    let (from, to) = sound_span(&wav).expect("the call's sound is recorded");
    assert!(
        (to - from - 1.4).abs() <= 0.2,
        "sound from {from} to {to} s"
    );
}

/// `media serve --play` over chan_websocket: the call hears the file from
/// its first audio, and Asterisk's MEDIA_MARK_PROCESSED says it was played.
#[test]
fn media_serve_plays_a_file_to_a_call() {
    let listen = format!("127.0.0.1:{}", crate::support::closed_port());
    let conf = media_client_conf(&listen);
    let Some(a) = Asterisk::start_with_conf("media serve play", conf.path()) else {
        return;
    };
    let url = &a.url;
    let sb = Sandbox::new();
    let app = name("serve-play");
    let _tail = Tail::start(&sb, url, &["--app", &app, "-o", "json"]);
    let tone = sb.path().join("tone.wav");
    tone_wav(&tone, 16000, 1, 1.0);
    let mut serve = Running::serve(
        &sb,
        &["--listen", &listen, "--play", tone.to_str().unwrap()],
    );
    let id = name("played-to");
    let chan = call_in(&sb, url, &app, &id);
    let recording = record_what_it_hears(&sb, url, &app, &format!("{id}-2"), "played");
    let (media, bridge) = bridged_with_media(&sb, url, &app, &chan, &media_args(true, &listen));
    // Frames flow once bridged (silence from the call's side): then the play starts.
    run(ari(&sb, url).args(["bridges", "play", &bridge, "--media", "sound:silence/3"])).ok();
    serve.wait_line("MEDIA_START");
    serve.wait_line("MEDIA_MARK_PROCESSED");
    run(ari(&sb, url).args(["recordings", "stop", &recording])).ok();
    clear(&sb, url, &[&chan, &media], &bridge);
    let tone_seconds = seconds_of_tone(&downloaded(&sb, url, &recording));
    assert!(
        (0.8..=1.2).contains(&tone_seconds),
        "{tone_seconds} s of the file heard"
    );
}

/// websocket_client.conf for an instance whose chan_websocket connects to
/// `media serve` at `listen`, as `ari-media`.
fn media_client_conf(listen: &str) -> tempfile::TempDir {
    let conf = tempfile::tempdir().unwrap();
    std::fs::write(
        conf.path().join("websocket_client.conf"),
        format!(
            "[ari-media]\ntype = websocket_client\nconnection_type = per_call_config\n\
             uri = ws://{listen}\nprotocols = media\n"
        ),
    )
    .unwrap();
    conf
}
