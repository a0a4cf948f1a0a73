//! Load for the `ari top` benchmark (`bench/top.py`): a simulator on a free
//! 127.0.0.1 port holding CALLS calls (one PJSIP channel each, up and in the
//! dialplan), which emits RATE channel events a second, ChannelVarset and
//! ChannelDialplan on random live channels, to every connected application
//! (`ari top`'s subscribe-all one included). Prints `url http://...` once it
//! serves, runs until stdin closes, then reports on stderr how many events it
//! made and how many a full connection queue dropped (a reader too slow).
//!
//! Usage: cargo run --release --example top_load -- [CALLS] [RATE]   (1000, 2000)

use std::io::{Read, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use ari::sim::model::{CallerId, Channel, ChannelKind};
use ari::sim::{SimOptions, spawn};
use serde_json::{Map, Value, json};

/// Events go out in small batches this often: spread evenly, as a busy PBX
/// sends them, rather than one burst a second.
const TICK: Duration = Duration::from_millis(5);

/// What the dialplan of a call centre runs; ChannelDialplan walks through it.
const STEPS: [(&str, &str); 5] = [
    ("Answer", ""),
    ("Set", "CDR(queue)=sales"),
    ("Playback", "custom/welcome"),
    ("Queue", "sales,t,,,300"),
    ("Wait", "1"),
];

/// Variables a PBX really sets on live calls, with a value that varies.
const VARIABLES: [&str; 4] = [
    "RTPAUDIOQOS",
    "QUEUEPOSITION",
    "CDR(billsec)",
    "MIXMONITOR_FILENAME",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let calls: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(1000);
    let rate: u64 = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let sim = spawn(SimOptions {
        listen: "127.0.0.1:0".into(),
        seed: Some(7),
        ..Default::default()
    })
    .expect("a simulator starts");

    let ids = add_calls(&mut sim.sim.lock(), calls);
    println!("url {}", sim.url());
    let _ = std::io::stdout().flush();

    let stop = Arc::new(AtomicBool::new(false));
    {
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut sink = Vec::new();
            let _ = std::io::stdin().read_to_end(&mut sink);
            stop.store(true, Ordering::Relaxed);
        });
    }

    // A fixed seed: every run sends the same events.
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let started = Instant::now();
    let mut made: u64 = 0;
    while !stop.load(Ordering::Relaxed) {
        // Catch up with the clock rather than count ticks, so that a late
        // wake-up does not lower the rate.
        let due = (started.elapsed().as_secs_f64() * rate as f64) as u64;
        if !ids.is_empty() && due > made {
            let mut st = sim.sim.lock();
            for _ in made..due {
                let id = &ids[rng.below(ids.len())];
                one_event(&mut st, id, &mut rng);
            }
            made = due;
        }
        std::thread::sleep(TICK);
    }
    let st = sim.sim.lock();
    eprintln!(
        "top_load: {made} events made in {:.1} s, {} sent, {} dropped (a connection queue was full)",
        started.elapsed().as_secs_f64(),
        st.events_sent,
        st.events_dropped
    );
}

/// `calls` phone channels, created over the last hour so that the calls
/// table has an order and durations to show; their ids.
fn add_calls(st: &mut ari::sim::state::State, calls: usize) -> Vec<String> {
    let now = chrono::Utc::now();
    let mut ids = Vec::with_capacity(calls);
    for i in 0..calls {
        let id = st.ids.channel_id();
        let resource = format!("{}", 2000 + i);
        let created =
            now - chrono::Duration::milliseconds((3_600_000 / calls.max(1) * (calls - i)) as i64);
        let mut channel = Channel::new(
            id.clone(),
            format!("PJSIP/{resource}-{}", st.ids.name_suffix()),
            ChannelKind::Phone {
                tech: "PJSIP".into(),
                resource: resource.clone(),
            },
            created.format("%Y-%m-%dT%H:%M:%S%.3f+0000").to_string(),
        );
        channel.state = "Up";
        channel.caller = CallerId {
            name: format!("Caller {i}"),
            number: resource,
        };
        channel.context = "from-internal".into();
        channel.exten = "700".into();
        let (app, data) = STEPS[i % STEPS.len()];
        channel.priority = (i % STEPS.len()) as i64 + 1;
        channel.app_name = app.into();
        channel.app_data = data.into();
        st.channels.insert(id.clone(), channel);
        ids.push(id);
    }
    ids
}

/// Three variable changes for each dialplan step, about the mix a queue's
/// calls produce. The channel changes first, so that its snapshot in the
/// event (and in a later `GET /channels`) agrees with the event.
fn one_event(st: &mut ari::sim::state::State, id: &str, rng: &mut XorShift) {
    let Some(channel) = st.channels.get_mut(id) else {
        return;
    };
    if rng.below(4) == 0 {
        let next = channel.priority as usize % STEPS.len();
        let (app, data) = STEPS[next];
        channel.priority = next as i64 + 1;
        channel.app_name = app.into();
        channel.app_data = data.into();
        st.emit_channel(
            "ChannelDialplan",
            id,
            fields(&[
                ("dialplan_app", json!(app)),
                ("dialplan_app_data", json!(data)),
            ]),
        );
    } else {
        let variable = VARIABLES[rng.below(VARIABLES.len())];
        let value = rng.below(100_000).to_string();
        channel.vars.insert(variable.into(), value.clone());
        st.emit_channel(
            "ChannelVarset",
            id,
            fields(&[("variable", json!(variable)), ("value", json!(value))]),
        );
    }
}

fn fields(pairs: &[(&str, Value)]) -> Map<String, Value> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect()
}

/// Enough randomness to pick channels; no dependency for it.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}
