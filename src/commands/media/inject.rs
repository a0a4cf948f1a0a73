//! `ari channels inject ID --from FILE` and `ari bridges inject ID --from
//! FILE`: a local WAV file into the call through an external media channel,
//! paced at real time a little ahead of Asterisk's playout; ari returns
//! once Asterisk says it has played the last of it (MARK_MEDIA).

use std::time::{Duration, Instant};

use clap::ArgMatches;
use tokio::sync::mpsc;

use crate::commands::media::session::{Session, Target, Transport};
use crate::commands::media::stop::{Stop, stop_signal};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::media::audio::{self, Clip, Described};
use crate::media::format::{FRAME_MS, Format};
use crate::media::link::{Heard, Link};

/// How far ahead of real time a file is sent: enough to ride out a late
/// wake-up of ari on a busy host (Asterisk queues what comes early and
/// plays one frame per 20 ms, so nothing is heard late for it). A live
/// stream on stdin is sent as it comes, which is never ahead.
const LEAD_FRAMES: u64 = 10;

/// Over RTP, one frame ahead at most: Asterisk plays RTP as it arrives, and
/// a mixing bridge drops what comes in a burst (a 200 ms lead lost up to a
/// fifth of a second on 20.6.0).
const RTP_LEAD_FRAMES: u64 = 1;

/// How long after the last frame the playout may take to be confirmed.
const PLAYOUT_GRACE: Duration = Duration::from_secs(5);

/// The audio to send, in 20 ms frames of the format chosen.
enum Source {
    Clip(Clip, usize),
    /// Frames as they come, and their rate.
    Live(mpsc::Receiver<Result<Vec<i16>>>, u32),
}

impl Source {
    /// Over RTP the audio goes at 8 kHz: a file is resampled; a live
    /// stream must already be at 8 kHz.
    fn convert_to(&mut self, rate: u32) -> Result<()> {
        match self {
            Source::Clip(clip, _) if clip.rate != rate => {
                *clip = audio::resample(clip, rate)?;
                Ok(())
            }
            Source::Live(_, live_rate) if rate != *live_rate => Err(Error::usage(format!(
                "over RTP the audio goes at {rate} Hz: convert the stream on stdin first (sox IN -r {rate} -t wav -)"
            ))),
            _ => Ok(()),
        }
    }

    async fn next(&mut self, frame: usize) -> Option<Result<Vec<i16>>> {
        match self {
            Source::Clip(clip, at) => {
                if *at >= clip.samples.len() {
                    return None;
                }
                let end = (*at + frame).min(clip.samples.len());
                let mut out = clip.samples[*at..end].to_vec();
                out.resize(frame, 0);
                *at = end;
                Some(Ok(out))
            }
            Source::Live(rx, _) => rx.recv().await,
        }
    }
}

/// A file read whole (and resampled if need be), or stdin read as it comes.
fn open_source(from: &str) -> Result<(Source, Format, Described)> {
    if from != "-" {
        let (clip, described) = audio::read_wav(from)?;
        let (format, clip) = audio::ready_for_asterisk(&clip)?;
        return Ok((Source::Clip(clip, 0), format, described));
    }
    let (header_tx, header_rx) = std::sync::mpsc::channel::<Result<Described>>();
    let (frames_tx, frames_rx) = mpsc::channel::<Result<Vec<i16>>>(64);
    std::thread::Builder::new()
        .name("inject-stdin".into())
        .spawn(move || {
            let stdin = std::io::stdin().lock();
            let frame: std::cell::Cell<Option<usize>> = std::cell::Cell::new(None);
            let mut pending: Vec<i16> = Vec::new();
            let header_sent = std::cell::Cell::new(false);
            let result = audio::read_into(
                stdin,
                "stdin",
                |described| {
                    frame.set(Format::linear_at(described.rate).map(|f| f.frame_samples()));
                    header_sent.set(header_tx.send(Ok(described.clone())).is_ok());
                },
                |samples| {
                    let Some(n) = frame.get() else { return };
                    pending.extend_from_slice(samples);
                    while pending.len() >= n {
                        let rest = pending.split_off(n);
                        let full = std::mem::replace(&mut pending, rest);
                        if frames_tx.blocking_send(Ok(full)).is_err() {
                            return;
                        }
                    }
                },
            );
            match result {
                Ok(_) => {
                    if let Some(n) = frame.get()
                        && !pending.is_empty()
                    {
                        pending.resize(n, 0);
                        let _ = frames_tx.blocking_send(Ok(pending));
                    }
                }
                // Before the header: the header's receiver hears it; after: the frames'.
                Err(e) if !header_sent.get() => {
                    let _ = header_tx.send(Err(e));
                }
                Err(e) => {
                    let _ = frames_tx.blocking_send(Err(e));
                }
            }
        })
        .map_err(|e| Error::internal(format!("cannot start reading stdin: {e}")))?;
    let described = header_rx
        .recv()
        .map_err(|_| Error::usage("cannot read audio from stdin: it ended"))??;
    let format = Format::linear_at(described.rate).ok_or_else(|| {
        Error::usage(format!(
            "a WAV stream on stdin must be at a rate Asterisk has (8000, 12000, 16000, 24000, \
             32000, 44100, 48000, 96000 or 192000 Hz), not {} Hz: convert it first \
             (sox IN -r 16000 -t wav -)",
            described.rate
        ))
    })?;
    Ok((Source::Live(frames_rx, described.rate), format, described))
}

pub fn run(resource: &str, m: &ArgMatches, context: &Context) -> Result<Option<serde_json::Value>> {
    let (target, id) = if resource == "channels" {
        let id = m
            .get_one::<String>("channelId")
            .cloned()
            .unwrap_or_default();
        (Target::Channel(id.clone()), id)
    } else {
        let id = m.get_one::<String>("bridgeId").cloned().unwrap_or_default();
        (Target::Bridge(id.clone()), id)
    };
    let from = m.get_one::<String>("from").cloned().unwrap_or_default();
    let transport = Transport::parse(m.get_one::<String>("transport").map_or("auto", |s| s));
    let rtp_address = m.get_one::<String>("rtp_address").cloned();
    // The audio is read (or its header, for stdin) before anything is made on the server.
    let (source, format, described) = open_source(&from)?;
    let settings = context.settings()?;
    let verbose = context.globals.verbose;
    crate::runtime::runtime()?.block_on(async move {
        let stop = stop_signal()?;
        let mut session = Session::open(settings, verbose, target.clone()).await?;
        let outcome = speak(&mut session, &target, source, format, transport, rtp_address.as_deref(), stop).await;
        session.close().await;
        let (seconds, link, format) = outcome?;
        let name = if from == "-" { "stdin" } else { from.as_str() };
        eprintln!(
            "ari: injected {seconds:.2} s of {name} ({described}, sent as {} over {link}) into {id}",
            format.name
        );
        Ok::<(), Error>(())
    })?;
    Ok(None)
}

async fn speak(
    session: &mut Session,
    target: &Target,
    mut source: Source,
    format: Format,
    transport: Transport,
    rtp_address: Option<&str>,
    mut stop: tokio::sync::watch::Receiver<Option<Stop>>,
) -> Result<(f64, &'static str, Format)> {
    if let Target::Channel(id) = target
        && session.may_be_idle(id).await
    {
        eprintln!(
            "ari: warning: {id} is in Stasis and in no bridge: Asterisk mixes the audio into \
             what the channel is sent, so its far end hears it only while the channel plays \
             something"
        );
    }
    let snoop = match target {
        Target::Channel(id) => Some(session.snoop(id, "none", "out").await?),
        Target::Bridge(_) => None,
    };
    let rtp_format = Format::parse("slin").unwrap_or(format);
    let (media, mut link) = session
        .media_channel(format, rtp_format, transport, rtp_address)
        .await?;
    let format = link.format();
    source.convert_to(format.rate)?;
    match (target, &snoop) {
        (Target::Channel(_), Some(snoop)) => {
            session.bridge(&[snoop, &media]).await?;
        }
        (Target::Bridge(bridge), _) => session.add_to_bridge(bridge, &[&media]).await?,
        _ => {}
    }
    // Said when the audio can flow: a live source on stdin starts then
    // (what it sends earlier waits in the pipe and is heard that late).
    eprintln!(
        "ari: injecting into {} ({} over {}); Ctrl-C stops",
        match target {
            Target::Channel(id) | Target::Bridge(id) => id,
        },
        format.name,
        link.transport()
    );
    let frame = format.frame_samples();
    let frame_time = Duration::from_millis(FRAME_MS as u64);
    let lead = match link {
        Link::Rtp(_) => RTP_LEAD_FRAMES,
        Link::Socket(..) => LEAD_FRAMES,
    };
    let started = Instant::now();
    let mut sent = 0u64;
    let mut paused = false;
    let mut finished = false;
    let mut marked = false;
    let mut deadline: Option<tokio::time::Instant> = None;
    loop {
        // When the next frame may go: no more than `lead` frames ahead.
        let due = started + frame_time * (sent.saturating_sub(lead)) as u32;
        let can_send = !paused && !finished;
        tokio::select! {
            _ = tokio::time::sleep_until(due.into()), if can_send => {
                match source.next(frame).await {
                    Some(Ok(samples)) => {
                        link.send(&samples).await?;
                        sent += 1;
                    }
                    Some(Err(e)) => return Err(e),
                    None => {
                        finished = true;
                        marked = link.mark("ari-inject-end").await?;
                        // Without a mark (RTP), the queue drains in real time.
                        let wait = if marked {
                            PLAYOUT_GRACE + frame_time * lead as u32
                        } else {
                            (started + frame_time * sent as u32).saturating_duration_since(Instant::now())
                                + frame_time * lead as u32
                        };
                        deadline = Some(tokio::time::Instant::now() + wait);
                    }
                }
            }
            heard = link.next(), if matches!(link, Link::Socket(..)) => match heard {
                Heard::Control(c) => match c.event.as_str() {
                    "MEDIA_XOFF" => paused = true,
                    "MEDIA_XON" => paused = false,
                    "MEDIA_MARK_PROCESSED" if c.get("correlation_id") == Some("ari-inject-end") => break,
                    _ => {}
                },
                Heard::Closed(why) => {
                    return Err(Error::new(ErrorKind::HungUp, format!("the media connection closed before the audio was played: {why}")));
                }
                _ => {}
            },
            why = session.ended() => {
                return Err(Error::new(ErrorKind::HungUp, format!("{why} before the audio was played ({:.2} s sent)", sent as f64 * 0.02)));
            }
            _ = stop.changed() => {
                let s = stop.borrow().unwrap_or(Stop::Interrupt);
                return Err(Error::new(ErrorKind::Interrupted, format!("{s} after {:.2} s of audio", sent as f64 * 0.02)));
            }
            _ = tokio::time::sleep_until(deadline.unwrap_or_else(tokio::time::Instant::now)), if deadline.is_some() => {
                if marked {
                    return Err(Error::connection("Asterisk did not confirm it played the audio out (no MEDIA_MARK_PROCESSED)"));
                }
                break;
            }
        }
    }
    let transport = link.transport();
    link.close().await;
    Ok((
        sent as f64 * frame as f64 / format.rate as f64,
        transport,
        format,
    ))
}
