//! The media clock: every 20 ms of simulated time (20 ms × `--time-scale`
//! of real time) each media channel plays the next frame the application
//! sent, writes what it hears to its application, and each live recording
//! keeps what it hears. It runs while there is a media stream or a live
//! recording, and stops by itself when there is neither.
//!
//! A step that runs late (a busy machine) is still the step of its own
//! instant: what it hears is decided by what sounded then, so the amount
//! of sound that reaches a tap or a recording does not depend on the load.

use std::sync::Arc;
use std::time::Instant;

use tokio::time::MissedTickBehavior;

use super::hearing::Ear;
use crate::Sim;
use crate::model::{Chunk, Target};
use crate::state::State;

/// The length of a frame, in simulated seconds.
pub const FRAME_SECONDS: f64 = 0.02;

/// Start the media clock if it is not running.
pub fn ensure_running(sim: &Arc<Sim>, st: &mut State) {
    if st.media.ticking {
        return;
    }
    st.media.ticking = true;
    let sim = sim.clone();
    tokio::spawn(async move {
        let period = sim.clock.scaled(FRAME_SECONDS);
        let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
        // Steps missed while the machine was busy are taken at once.
        ticks.set_missed_tick_behavior(MissedTickBehavior::Burst);
        loop {
            let at = ticks.tick().await.into_std();
            let mut st = sim.lock();
            if !step(&mut st, &sim, at) {
                st.media.ticking = false;
                return;
            }
        }
    });
}

/// One 20 ms step at instant `at`; false once there is nothing to run for.
fn step(st: &mut State, sim: &Sim, at: Instant) -> bool {
    if st.media.streams.is_empty() && st.live_recordings.is_empty() {
        return false;
    }
    let tick = st.media.tick;
    st.media.tick += 1;
    for stream in st.media.streams.values_mut() {
        stream.play_next();
    }
    let (frames, chunks) = {
        let mut ear = Ear::new(st, at, sim.clock);
        let mut frames: Vec<(String, Vec<i16>)> = Vec::new();
        for s in st.media.streams.values() {
            if s.sends_media() && ear.gets_frames(&s.channel_id) {
                let rate = s.format.rate;
                let heard = ear.hears(&s.channel_id);
                frames.push((
                    s.channel_id.clone(),
                    heard.render(rate, tick * u64::from(rate / 50)),
                ));
            }
        }
        let chunks: Vec<(String, Chunk)> = st
            .live_recordings
            .values()
            .filter(|r| r.state == "recording" && !r.muted && r.started_at <= at)
            .filter_map(|r| {
                let heard = match &r.target {
                    Target::Channel(id) => ear.says(id),
                    Target::Bridge(id) => ear.bridge(id),
                };
                if heard.is_silent() {
                    return None;
                }
                let into = r.recorded + sim.clock.unscaled(at.duration_since(r.started_at));
                let from = (into * 8000.0).round() as u64;
                let samples = heard.render(8000, from);
                Some((r.name.clone(), Chunk { at: into, samples }))
            })
            .collect();
        (frames, chunks)
    };
    for (id, samples) in frames {
        if let Some(stream) = st.media.streams.get_mut(&id) {
            stream.write(&samples);
        }
    }
    for (name, chunk) in chunks {
        if let Some(rec) = st.live_recordings.get_mut(&name) {
            rec.audio.push(chunk);
        }
    }
    st.media.forget_past();
    true
}
