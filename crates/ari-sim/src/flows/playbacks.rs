//! Playbacks: queued per target, playing for as long as their media lasts,
//! paused, resumed and stopped.

use std::sync::Arc;

use super::bridges::{announcer_name, update_bridge_peers};
use crate::Sim;
use crate::media;
use crate::model::Target;
use crate::state::{State, Topic, fields};

pub fn target_topic(target: &Target) -> Topic {
    match target {
        Target::Channel(id) => Topic::Channel(id.clone()),
        Target::Bridge(id) => Topic::Bridge(id.clone()),
    }
}

fn emit_playback(st: &mut State, kind: &str, id: &str) {
    emit_playback_to(st, kind, id, &[]);
}

/// The same, heard also by whoever hears about `also`.
fn emit_playback_to(st: &mut State, kind: &str, id: &str, also: &[Topic]) {
    let Some(pb) = st.playbacks.get(id) else {
        return;
    };
    let mut topics = vec![target_topic(&pb.target)];
    topics.extend(also.iter().cloned());
    let body = fields(&[("playback", pb.json())]);
    st.emit(kind, body, &topics);
}

fn recording_seconds(st: &State) -> impl Fn(&str) -> Option<f64> + '_ {
    |name| st.stored_recordings.get(name).map(|r| r.seconds)
}

/// Start the playback if nothing else plays on its target (else it waits, queued).
pub fn maybe_start_playback(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(pb) = st.playbacks.get(id) else {
        return;
    };
    let busy = st.playbacks.iter().any(|(key, other)| {
        key != id && other.target == pb.target && other.state != "queued" && !other.canceled
    });
    if busy {
        return;
    }
    // Its turn came after it was stopped: it ends here.
    if pb.canceled {
        finish_playback(st, sim, id, "done");
        return;
    }
    if pb.state != "queued" {
        return;
    }
    if let Some(pb) = st.playbacks.get_mut(id) {
        pb.state = "playing";
        pb.sounding_since = Some(std::time::Instant::now());
    }
    if let Some(Target::Bridge(bridge)) = st.playbacks.get(id).map(|p| p.target.clone()) {
        let name = announcer_name(st);
        if let Some(b) = st.bridges.get_mut(&bridge) {
            b.play_announcer = Some(name);
        }
        update_bridge_peers(st, &bridge);
    }
    emit_playback(st, "PlaybackStarted", id);
    play_current(st, sim, id);
}

/// Time the current media item of a playback.
fn play_current(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let seconds = {
        let Some(pb) = st.playbacks.get(id) else {
            return;
        };
        let uri = pb.media.get(pb.index).cloned().unwrap_or_default();
        media::duration(&uri, recording_seconds(st))
    };
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.epoch += 1;
    let epoch = pb.epoch;
    let Some(seconds) = seconds else {
        finish_playback(st, sim, id, "failed");
        return;
    };
    pb.remaining = seconds;
    pb.started_at = std::time::Instant::now();
    if seconds.is_finite() {
        let id = id.to_string();
        sim.after(seconds, move |st, sim| {
            if st.playbacks.get(&id).is_some_and(|p| p.epoch == epoch) {
                media_done(st, sim, &id);
            }
        });
    }
}

fn media_done(st: &mut State, sim: &Arc<Sim>, id: &str) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    // Each item of a list: continuing (the item just played, and the next),
    // then started again on the next one.
    if pb.index + 1 < pb.media.len() {
        pb.state = "continuing";
        emit_playback(st, "PlaybackContinuing", id);
        if let Some(pb) = st.playbacks.get_mut(id) {
            pb.index += 1;
            pb.state = "playing";
        }
        emit_playback(st, "PlaybackStarted", id);
        play_current(st, sim, id);
    } else {
        finish_playback(st, sim, id, "done");
    }
}

/// A bridge is destroyed while it plays: as on Asterisk 22, its playback
/// fails (`PlaybackFinished`, state `failed`) after its channels have left,
/// and their applications hear it.
pub fn fail_bridge_playback(st: &mut State, sim: &Arc<Sim>, bridge: &str, members: &[String]) {
    let target = Target::Bridge(bridge.to_string());
    let playing: Vec<String> = st
        .playbacks
        .iter()
        .filter(|(_, p)| p.target == target && p.state != "queued" && !p.canceled)
        .map(|(k, _)| k.clone())
        .collect();
    let heard_by: Vec<Topic> = members.iter().cloned().map(Topic::Channel).collect();
    for id in playing {
        finish_heard_by(st, sim, &id, "failed", &heard_by);
    }
}

/// End a playback and start the next one queued on the same target.
pub fn finish_playback(st: &mut State, sim: &Arc<Sim>, id: &str, state: &'static str) {
    finish_heard_by(st, sim, id, state, &[]);
}

fn finish_heard_by(st: &mut State, sim: &Arc<Sim>, id: &str, state: &'static str, also: &[Topic]) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.state = state;
    pb.epoch += 1;
    let target = pb.target.clone();
    if let Some(since) = pb.sounding_since.take() {
        // A sound that ran its course ends when it was due to, however
        // late its timer fired.
        let due = pb.started_at + sim.clock.scaled(pb.remaining);
        let until = due.min(std::time::Instant::now());
        st.media.sounded(target.clone(), since, until);
    }
    emit_playback_to(st, "PlaybackFinished", id, also);
    if let Some(gone) = st.playbacks.remove(id) {
        // A queued playback given the same id answers to it now.
        let twin = st
            .playbacks
            .iter()
            .filter(|(k, p)| {
                p.id == gone.id && *k != &gone.id && (p.state == "queued" || p.canceled)
            })
            .min_by_key(|(_, p)| p.started_at)
            .map(|(k, _)| k.clone());
        if let Some(twin) = twin
            && !st.playbacks.contains_key(&gone.id)
            && let Some(pb) = st.playbacks.remove(&twin)
        {
            st.playbacks.insert(gone.id.clone(), pb);
        }
    }
    if let Target::Bridge(bridge) = &target {
        if let Some(b) = st.bridges.get_mut(bridge) {
            b.play_announcer = None;
        }
        update_bridge_peers(st, bridge);
    }
    // The next one queued on the target, first come first served.
    let next = st
        .playbacks
        .iter()
        .filter(|(_, p)| p.target == target && (p.state == "queued" || p.canceled))
        .min_by_key(|(_, p)| p.started_at)
        .map(|(k, _)| k.clone());
    if let Some(next) = next {
        maybe_start_playback(st, sim, &next);
    }
}

/// Where a new playback goes in the state: under its id, or, when another
/// playback has that id already (Asterisk lets two share one), under a key
/// of its own until the first is gone.
pub fn playback_key(st: &State, id: &str) -> String {
    if !st.playbacks.contains_key(id) {
        return id.to_string();
    }
    (2..)
        .map(|n| format!("{id}\u{1f}{n}"))
        .find(|k| !st.playbacks.contains_key(k))
        .unwrap_or_else(|| id.to_string())
}

/// Simulated seconds a playing item has left.
pub fn playback_remaining(st: &State, sim: &Sim, id: &str) -> f64 {
    let Some(pb) = st.playbacks.get(id) else {
        return 0.0;
    };
    if pb.state != "playing" {
        return pb.remaining;
    }
    let elapsed = sim.clock.unscaled(pb.started_at.elapsed());
    (pb.remaining - elapsed).max(0.0)
}

/// Resume (or re-time) the current item with `seconds` left.
pub fn resume_playback(st: &mut State, sim: &Arc<Sim>, id: &str, seconds: f64) {
    let Some(pb) = st.playbacks.get_mut(id) else {
        return;
    };
    pb.epoch += 1;
    pb.remaining = seconds;
    pb.started_at = std::time::Instant::now();
    let epoch = pb.epoch;
    if seconds.is_finite() {
        let id = id.to_string();
        sim.after(seconds, move |st, sim| {
            if st.playbacks.get(&id).is_some_and(|p| p.epoch == epoch) {
                media_done(st, sim, &id);
            }
        });
    }
}
