//! `/playbacks`, `/recordings`, `/sounds`.

use std::sync::Arc;

use serde_json::{Value, json};

use super::request::{Reply, Request, error, no_content, ok};
use crate::Sim;
use crate::flows;
use crate::media::{self, RECORDING_FORMATS, SOUND_FORMATS, SOUND_LANGUAGES};
use crate::model::{LiveRecording, StoredRecording, Target};
use crate::state::State;
use crate::streams;

pub fn handle(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    match (req.op.resource, req.op.nickname) {
        ("playbacks", "get") => ok(st.playbacks[req.path("playbackId")].json()),
        ("playbacks", "stop") => {
            let id = req.path("playbackId");
            match st.playbacks.get_mut(id) {
                // Canceled: it says so when its turn comes.
                Some(pb) if pb.state == "queued" => {
                    pb.state = "done";
                    pb.canceled = true;
                }
                Some(pb) if pb.canceled => {}
                _ => flows::finish_playback(st, sim, id, "done"),
            }
            no_content()
        }
        ("playbacks", "control") => control(sim, st, req),
        ("sounds", "list") => {
            let found: Vec<Value> = media::sounds()
                .filter(|_| req.q("lang").is_none_or(|l| SOUND_LANGUAGES.contains(&l)))
                .filter(|_| req.q("format").is_none_or(|f| SOUND_FORMATS.contains(&f)))
                .map(|s| sound_json(s.id))
                .collect();
            if found.is_empty() {
                return error(404, "No sounds found that matched the query");
            }
            ok(Value::Array(found))
        }
        ("sounds", "get") => {
            let sound = media::sound(req.path("soundId")).expect("checked before");
            ok(sound_json(sound.id))
        }
        ("recordings", _) => recordings(sim, st, req),
        (_, other) => error(501, format!("{other} is not simulated")),
    }
}

/// Asterisk leaves `text` out when the sound has no transcript file, as here.
fn sound_json(id: &str) -> Value {
    let formats: Vec<Value> = SOUND_LANGUAGES
        .iter()
        .flat_map(|lang| {
            SOUND_FORMATS
                .iter()
                .map(move |f| json!({"language": lang, "format": f}))
        })
        .collect();
    json!({"id": id, "formats": formats})
}

fn control(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    let id = req.path("playbackId").to_string();
    let state = st.playbacks[&id].state;
    let operation = req.q("operation").unwrap_or_default();
    // What each state allows, as Asterisk's table has it: a queued playback
    // can only be restarted (a no-op), a paused one only paused or unpaused.
    let allowed = match state {
        "queued" => operation == "restart",
        "paused" => matches!(operation, "pause" | "unpause"),
        "done" => false,
        _ => true,
    };
    if !allowed {
        return error(409, format!("Can only {operation} while media is playing"));
    }
    if state == "queued" {
        return no_content();
    }
    let skip = st.playbacks[&id].skipms as f64 / 1000.0;
    let remaining = flows::playback_remaining(st, sim, &id);
    match operation {
        "pause" if state == "playing" => {
            if let Some(pb) = st.playbacks.get_mut(&id) {
                pb.state = "paused";
                pb.remaining = remaining;
                pb.epoch += 1;
                if let Some(since) = pb.sounding_since.take() {
                    let target = pb.target.clone();
                    st.media.sounded(target, since, std::time::Instant::now());
                }
            }
        }
        // Asterisk reports an unpause as a new PlaybackStarted.
        "unpause" if state == "paused" => {
            if let Some(pb) = st.playbacks.get_mut(&id) {
                pb.state = "playing";
                pb.sounding_since = Some(std::time::Instant::now());
            }
            let playback = st.playbacks[&id].json();
            let topic = flows::target_topic(&st.playbacks[&id].target);
            st.emit(
                "PlaybackStarted",
                [("playback".to_string(), playback)].into_iter().collect(),
                &[topic],
            );
            flows::resume_playback(st, sim, &id, remaining);
        }
        "pause" | "unpause" => {}
        "restart" | "reverse" | "forward" => {
            let total = {
                let pb = &st.playbacks[&id];
                let uri = pb.media.get(pb.index).cloned().unwrap_or_default();
                media::duration(&uri, |name| {
                    st.stored_recordings.get(name).map(|r| r.seconds)
                })
                .unwrap_or(0.0)
            };
            let left = match operation {
                "restart" => total,
                "reverse" => (remaining + skip).min(total),
                _ => (remaining - skip).max(0.0),
            };
            if state == "playing" {
                flows::resume_playback(st, sim, &id, left);
            } else if let Some(pb) = st.playbacks.get_mut(&id) {
                pb.remaining = left;
            }
        }
        _ => return error(400, format!("Invalid operation {operation}")),
    }
    no_content()
}

/// An older server's bridge recording with a format it does not know: its
/// recorder channel joins the bridge before the format is checked, then
/// goes; a member left alone keeps the recorder as its BRIDGEPEER.
fn recorder_joins_in_vain(st: &mut State, bridge: &str) {
    let recorder = format!("Recorder/ARI-{};2", st.ids.name_suffix());
    if let Some(b) = st.bridges.get_mut(bridge) {
        b.recorder = Some(recorder);
    }
    flows::update_bridge_peers(st, bridge);
    if let Some(b) = st.bridges.get_mut(bridge) {
        b.recorder = None;
    }
    flows::update_bridge_peers(st, bridge);
}

/// `POST /channels/{id}/record` and `POST /bridges/{id}/record`.
pub fn record(sim: &Arc<Sim>, st: &mut State, req: &Request, target: Target) -> Reply {
    let name = req.q("name").unwrap_or_default().to_string();
    let format = req.q("format").unwrap_or_default().to_string();
    let known_format = RECORDING_FORMATS.contains(&format.as_str());
    // A bridge's recorder checks the format first, a channel's last.
    if let Target::Bridge(bridge) = &target
        && !known_format
    {
        if !sim.has(ari_spec::versions::BRIDGE_RECORD_FORMAT_FIRST) {
            recorder_joins_in_vain(st, bridge);
        }
        return error(422, "specified format is unknown on this system");
    }
    let terminate_on = req.q("terminateOn").unwrap_or_default().to_lowercase();
    if !matches!(terminate_on.as_str(), "" | "none" | "any" | "#" | "*") {
        return error(400, "terminateOn invalid");
    }
    let if_exists = req.q("ifExists").unwrap_or_default().to_lowercase();
    if !matches!(if_exists.as_str(), "" | "fail" | "overwrite" | "append") {
        return error(400, "ifExists invalid");
    }
    if !known_format {
        return error(422, "specified format is unknown on this system");
    }
    if name.is_empty() {
        return error(500, "Error parsing request");
    }
    // A name that climbs out of the recordings directory.
    if name.split('/').any(|part| part == "..") {
        return error(400, "Recording name invalid");
    }
    let exists = || {
        error(
            409,
            format!("Recording '{name}' already exists and can not be overwritten"),
        )
    };
    let append_to = match (if_exists.as_str(), st.stored_recordings.get(&name)) {
        ("" | "fail", Some(_)) => return exists(),
        ("append", Some(existing)) => existing.seconds,
        _ => 0.0,
    };
    if st.live_recordings.contains_key(&name) {
        return exists();
    }
    let positive = |n: &str| req.int(n).filter(|v| *v > 0).map(|v| v as f64);
    let limit = match (
        positive("maxDurationSeconds"),
        positive("maxSilenceSeconds"),
    ) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    let recording = LiveRecording {
        name: name.clone(),
        format,
        target,
        state: "recording",
        started_at: std::time::Instant::now(),
        recorded: 0.0,
        append_to,
        terminate_on: if terminate_on.is_empty() {
            "none".to_string()
        } else {
            terminate_on
        },
        epoch: 0,
        muted: false,
        limit,
        audio: Vec::new(),
    };
    let reply = recording.json();
    // A bridge is recorded by a recorder channel that joins it.
    if let Target::Bridge(bridge) = &recording.target {
        let recorder = format!("Recorder/ARI-{};2", st.ids.name_suffix());
        if let Some(b) = st.bridges.get_mut(bridge) {
            b.recorder = Some(recorder);
        }
        flows::update_bridge_peers(st, bridge);
    }
    st.live_recordings.insert(name.clone(), recording);
    // What it hears is taken 20 ms at a time.
    streams::clock::ensure_running(sim, st);
    let beep = if req.flag("beep") { 0.25 } else { 0.0 };
    sim.after(beep, move |st, sim| {
        let Some(rec) = st.live_recordings.get_mut(&name) else {
            return;
        };
        rec.started_at = std::time::Instant::now();
        let limit = rec.limit;
        flows::emit_recording(st, "RecordingStarted", &name, None);
        if let Some(limit) = limit {
            flows::schedule_recording_end(st, sim, &name, limit);
        }
    });
    Reply::Json(201, reply)
}

fn recordings(sim: &Arc<Sim>, st: &mut State, req: &Request) -> Reply {
    let name = req.path("recordingName").to_string();
    match req.op.nickname {
        "listStored" => ok(Value::Array(
            st.stored_recordings
                .values()
                .map(StoredRecording::json)
                .collect(),
        )),
        "getStored" => ok(st.stored_recordings[&name].json()),
        "deleteStored" => {
            st.stored_recordings.remove(&name);
            no_content()
        }
        "getStoredFile" => {
            let rec = &st.stored_recordings[&name];
            let content_type = match rec.format.as_str() {
                "wav" | "wav16" => "audio/wav",
                "gsm" => "audio/x-gsm",
                "ulaw" => "audio/basic",
                "ogg" => "audio/ogg",
                _ => "application/octet-stream",
            };
            Reply::Binary(content_type, media::wav(rec.seconds, &rec.audio))
        }
        "copyStored" => {
            let destination = req
                .q("destinationRecordingName")
                .unwrap_or_default()
                .to_string();
            if st.stored_recordings.contains_key(&destination) {
                return error(
                    409,
                    "A recording with the same name already exists on the system",
                );
            }
            if destination.is_empty() {
                return error(400, "Invalid destination recording name");
            }
            if destination.split('/').any(|part| part == "..") {
                return error(403, "Destination file path is forbidden");
            }
            let mut copy = st.stored_recordings[&name].clone();
            copy.name = destination.clone();
            let json = copy.json();
            st.stored_recordings.insert(destination, copy);
            ok(json)
        }
        // Asterisk knows a recording's duration only once it is finished.
        "getLive" => ok(st.live_recordings[&name].json()),
        "stop" => {
            flows::finish_recording(st, sim, &name, "done");
            no_content()
        }
        "cancel" => {
            flows::finish_recording(st, sim, &name, "canceled");
            no_content()
        }
        "pause" | "unpause" => {
            let pause = req.op.nickname == "pause";
            let recorded = flows::recorded_seconds(st, sim, &name);
            let Some(rec) = st.live_recordings.get_mut(&name) else {
                return error(404, "Recording not found");
            };
            if pause && rec.state == "recording" {
                rec.state = "paused";
                rec.recorded = recorded;
                rec.epoch += 1;
            } else if !pause && rec.state == "paused" {
                rec.state = "recording";
                rec.started_at = std::time::Instant::now();
                rec.epoch += 1;
                if let Some(limit) = rec.limit {
                    let left = (limit - recorded).max(0.0);
                    flows::schedule_recording_end(st, sim, &name, left);
                }
            }
            no_content()
        }
        "mute" | "unmute" => {
            if let Some(rec) = st.live_recordings.get_mut(&name) {
                rec.muted = req.op.nickname == "mute";
            }
            no_content()
        }
        other => error(501, format!("{other} is not simulated")),
    }
}
