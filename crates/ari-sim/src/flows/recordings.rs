//! Live recordings: started, ended by their limit or by a request, and
//! kept as stored recordings.

use std::sync::Arc;

use serde_json::json;

use super::bridges::update_bridge_peers;
use super::playbacks::target_topic;
use crate::Sim;
use crate::model::Target;
use crate::state::{State, fields};

pub fn emit_recording(st: &mut State, kind: &str, name: &str, duration: Option<i64>) {
    let Some(rec) = st.live_recordings.get(name) else {
        return;
    };
    let mut body = rec.json();
    if let Some(d) = duration {
        body["duration"] = json!(d);
    }
    let topic = target_topic(&rec.target);
    st.emit(kind, fields(&[("recording", body)]), &[topic]);
}

/// Simulated seconds recorded so far.
pub fn recorded_seconds(st: &State, sim: &Sim, name: &str) -> f64 {
    let Some(rec) = st.live_recordings.get(name) else {
        return 0.0;
    };
    match rec.state {
        "recording" => rec.recorded + sim.clock.unscaled(rec.started_at.elapsed()),
        _ => rec.recorded,
    }
}

/// Stop a live recording: `done` keeps it as a stored recording, `canceled` throws it away.
pub fn finish_recording(st: &mut State, sim: &Arc<Sim>, name: &str, state: &'static str) {
    let seconds = recorded_seconds(st, sim, name);
    let Some(rec) = st.live_recordings.get_mut(name) else {
        return;
    };
    rec.state = state;
    rec.epoch += 1;
    let append_to = rec.append_to;
    let total = seconds + append_to;
    let format = rec.format.clone();
    let heard = std::mem::take(&mut rec.audio);
    emit_recording(st, "RecordingFinished", name, Some(seconds.round() as i64));
    if let Some(rec) = st.live_recordings.remove(name)
        && let Target::Bridge(bridge) = rec.target
    {
        // The recorder channel leaves the bridge.
        if let Some(b) = st.bridges.get_mut(&bridge) {
            b.recorder = None;
        }
        update_bridge_peers(st, &bridge);
    }
    if state == "done" {
        // Appended to a recording, its sound comes after what was there.
        let mut audio = match st.stored_recordings.get(name) {
            Some(old) if append_to > 0.0 => old.audio.clone(),
            _ => Vec::new(),
        };
        audio.extend(heard.into_iter().map(|mut chunk| {
            chunk.at += append_to;
            chunk
        }));
        st.stored_recordings.insert(
            name.to_string(),
            crate::model::StoredRecording {
                name: name.to_string(),
                format,
                seconds: total,
                audio,
            },
        );
    }
}

/// Stop the recording after `seconds` more, unless something else stops it first.
pub fn schedule_recording_end(st: &mut State, sim: &Arc<Sim>, name: &str, seconds: f64) {
    let Some(rec) = st.live_recordings.get(name) else {
        return;
    };
    let epoch = rec.epoch;
    let name = name.to_string();
    sim.after(seconds, move |st, sim| {
        if st
            .live_recordings
            .get(&name)
            .is_some_and(|r| r.epoch == epoch)
        {
            finish_recording(st, sim, &name, "done");
        }
    });
}
