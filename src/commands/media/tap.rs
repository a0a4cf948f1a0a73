//! `ari channels tap ID`: a snoop of the channel bridged to an external
//! media channel whose audio comes to ari and goes into a WAV file (or raw
//! to stdout), until the call hangs up, Ctrl-C or `--duration`.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::ArgMatches;

use crate::commands::media::session::{Session, Target, Transport};
use crate::commands::media::stop::{Stop, stop_signal};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::media::format::Format;
use crate::media::level::Levels;
use crate::media::link::{Heard, Link};
use crate::media::rtp::FIRST_PACKET_LIMIT;
use crate::media::wav::Sink;

struct Tap {
    channel: String,
    to: Option<PathBuf>,
    direction: String,
    duration: Option<f64>,
    format: Format,
    transport: Transport,
    rtp_address: Option<String>,
}

fn tap_of(m: &ArgMatches) -> Result<Tap> {
    let channel = m
        .get_one::<String>("channelId")
        .cloned()
        .unwrap_or_default();
    let to = match m.get_one::<String>("to").map(String::as_str) {
        Some("-") => None,
        Some(path) => Some(PathBuf::from(path)),
        None if std::io::stdout().is_terminal() => Some(PathBuf::from(format!(
            "tap-{}.wav",
            channel.replace(['/', ';'], "-")
        ))),
        None => None,
    };
    let duration = m.get_one::<f64>("duration").copied();
    if duration.is_some_and(|d| !(d > 0.0 && d.is_finite())) {
        return Err(Error::usage("--duration wants a number of seconds above 0"));
    }
    Ok(Tap {
        channel,
        to,
        direction: m
            .get_one::<String>("direction")
            .cloned()
            .unwrap_or("both".into()),
        duration,
        format: m
            .get_one::<String>("format")
            .and_then(|f| Format::parse(f))
            .unwrap_or(crate::media::format::DEFAULT),
        transport: Transport::parse(m.get_one::<String>("transport").map_or("auto", |s| s)),
        rtp_address: m.get_one::<String>("rtp_address").cloned(),
    })
}

pub fn run(m: &ArgMatches, context: &Context) -> Result<Option<serde_json::Value>> {
    let tap = tap_of(m)?;
    // The file is made before anything on the server: a bad path costs no snoop.
    let sink = match &tap.to {
        Some(path) => Sink::wav(path, tap.format)?,
        None => Sink::raw(tap.format),
    };
    let settings = context.settings()?;
    let verbose = context.globals.verbose;
    crate::runtime::runtime()?.block_on(async move {
        let stop = stop_signal()?;
        let mut session =
            Session::open(settings, verbose, Target::Channel(tap.channel.clone())).await?;
        let outcome = listen(&mut session, &tap, sink, stop).await;
        session.close().await;
        outcome
    })?;
    Ok(None)
}

/// What ended a tap.
enum End {
    Duration,
    Asterisk(String),
    Stopped(Stop),
}

async fn listen(
    session: &mut Session,
    tap: &Tap,
    sink: Sink,
    mut stop: tokio::sync::watch::Receiver<Option<Stop>>,
) -> Result<()> {
    let snoop = session.snoop(&tap.channel, &tap.direction, "none").await?;
    let (media, mut link) = session
        .media_channel(
            tap.format,
            tap.format,
            tap.transport,
            tap.rtp_address.as_deref(),
        )
        .await?;
    session.bridge(&[&snoop, &media]).await?;
    // Said even to a pipe: a script may wait for the tap to be live.
    let into = tap
        .to
        .as_ref()
        .map_or("stdout".to_string(), |p| p.display().to_string());
    let direction = match tap.direction.as_str() {
        "both" => String::new(),
        d => format!(", {d} only"),
    };
    eprintln!(
        "ari: tapping {} into {into} ({} over {}{direction}); Ctrl-C stops",
        tap.channel,
        tap.format.name,
        link.transport()
    );
    let mut taken = Taken {
        sink,
        format: tap.format,
        limit_samples: tap
            .duration
            .map(|d| (d * tap.format.rate as f64).round() as u64),
        levels: Levels::default(),
        samples_written: 0,
        lost: 0,
    };
    let mut heard_any = false;
    let rtp = matches!(link, Link::Rtp(_));
    let first_packet = tokio::time::sleep(FIRST_PACKET_LIMIT);
    tokio::pin!(first_packet);
    let end = loop {
        tokio::select! {
            heard = link.next() => match heard {
                Heard::Audio { samples, raw, lost_before } => {
                    heard_any = true;
                    if taken.take(samples, raw, lost_before)? {
                        break End::Duration;
                    }
                }
                Heard::Closed(why) => break End::Asterisk(format!("the media connection closed: {why}")),
                Heard::Control(_) | Heard::Text(_) => {}
            },
            why = session.ended() => break End::Asterisk(why),
            _ = stop.changed() => break End::Stopped(stop.borrow().unwrap_or(Stop::Interrupt)),
            _ = &mut first_packet, if rtp && !heard_any => {
                return Err(Error::connection(format!(
                    "no audio from Asterisk in {} s over RTP to {}: it cannot reach this host \
                     (NAT or a firewall?); give --rtp-address an address it can reach, or use a \
                     server with chan_websocket (20.16, 22.6, 23.0 or later), whose media \
                     goes over its HTTP port",
                    FIRST_PACKET_LIMIT.as_secs(),
                    match &link { Link::Rtp(r) => r.local_addr().map(|a| a.to_string()).unwrap_or_default(), _ => String::new() }
                )));
            }
        }
    };
    if matches!(end, End::Asterisk(_)) {
        drain(&mut link, &mut taken).await?;
    }
    link.close().await;
    let Taken {
        sink,
        levels,
        samples_written,
        lost,
        ..
    } = taken;
    sink.finish()?;
    let seconds = samples_written as f64 / tap.format.rate as f64;
    let why = match &end {
        End::Duration => "--duration reached".to_string(),
        End::Asterisk(why) => why.clone(),
        End::Stopped(stop) => stop.to_string(),
    };
    // One line a script can read, within 80 columns: where the audio went
    // and how was said when the tap began.
    let level = if levels.peak_dbfs().is_finite() {
        format!(
            "peak {:.1}, mean {:.1} dBFS",
            levels.peak_dbfs(),
            levels.mean_dbfs()
        )
    } else {
        "silence".to_string()
    };
    eprintln!(
        "ari: tapped {seconds:.2} s: {level}, {lost} frame{} lost; {why}",
        if lost == 1 { "" } else { "s" },
    );
    match end {
        End::Stopped(Stop::Interrupt) => Err(Error::new(ErrorKind::Interrupted, "")),
        _ => Ok(()),
    }
}

/// Where heard audio goes, and what is counted of it.
struct Taken {
    sink: Sink,
    format: Format,
    limit_samples: Option<u64>,
    levels: Levels,
    samples_written: u64,
    lost: u64,
}

impl Taken {
    /// One frame heard (after `lost_before` frames that never came);
    /// `true` once `--duration` is reached.
    fn take(&mut self, mut samples: Vec<i16>, mut raw: Vec<u8>, lost_before: u32) -> Result<bool> {
        if lost_before > 0 {
            // Keep the timeline: a lost frame is silence in its place.
            self.lost += lost_before as u64;
            let silence = vec![0i16; self.format.frame_samples() * lost_before as usize];
            self.levels.add_frame(&silence);
            let mut bytes = Vec::new();
            self.format.encode(&silence, false, &mut bytes);
            self.sink.write(&silence, &bytes)?;
            self.samples_written += silence.len() as u64;
        }
        if let Some(limit) = self.limit_samples {
            let room = limit.saturating_sub(self.samples_written) as usize;
            if samples.len() > room {
                samples.truncate(room);
                raw.truncate(room * self.format.bytes_per_sample());
            }
        }
        self.levels.add_frame(&samples);
        self.sink.write(&samples, &raw)?;
        self.samples_written += samples.len() as u64;
        Ok(self
            .limit_samples
            .is_some_and(|l| self.samples_written >= l))
    }
}

/// After Asterisk's end of the call, what was already on its way: frames
/// still come for a moment (the hang-up event can overtake them), until
/// none has come for DRAIN_QUIET, or DRAIN_MOST in all.
async fn drain(link: &mut Link, taken: &mut Taken) -> Result<()> {
    let until = tokio::time::Instant::now() + DRAIN_MOST;
    loop {
        let quiet = tokio::time::Instant::now() + DRAIN_QUIET;
        match tokio::time::timeout_at(quiet.min(until), link.next()).await {
            Ok(Heard::Audio {
                samples,
                raw,
                lost_before,
            }) => {
                if taken.take(samples, raw, lost_before)? {
                    return Ok(());
                }
            }
            Ok(Heard::Control(_) | Heard::Text(_)) => {}
            Ok(Heard::Closed(_)) | Err(_) => return Ok(()),
        }
    }
}

const DRAIN_QUIET: Duration = Duration::from_millis(40);
const DRAIN_MOST: Duration = Duration::from_millis(500);
