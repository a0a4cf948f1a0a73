//! Many simulated Asterisks in one process, for the fleet benchmark
//! (`bench/fleet.sh`): N simulators on free 127.0.0.1 ports, each holding C
//! channels, and a config file with one profile per simulator (s000, s001...).
//! Prints `ready` on stdout once all serve, then runs until stdin closes.
//!
//! Usage: cargo run --release --example fleet_sims -- CONFIG N C

use std::fmt::Write as _;
use std::io::Read;

use ari::sim::model::{Channel, ChannelKind};
use ari::sim::{SimOptions, spawn};

fn main() {
    let mut args = std::env::args().skip(1);
    let config = args.next().expect("usage: fleet_sims CONFIG N C");
    let servers: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let channels: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100);
    let mut text = String::new();
    let mut sims = Vec::new();
    for i in 0..servers {
        let sim = spawn(SimOptions {
            listen: "127.0.0.1:0".into(),
            seed: Some(i as u64),
            ..Default::default()
        })
        .expect("a simulator starts");
        {
            let mut st = sim.sim.lock();
            for _ in 0..channels {
                let id = st.ids.channel_id();
                let suffix = st.ids.name_suffix();
                let mut channel = Channel::new(
                    id.clone(),
                    format!("PJSIP/alice-{suffix}"),
                    ChannelKind::Phone {
                        tech: "PJSIP".into(),
                        resource: "alice".into(),
                    },
                    "2026-11-24T10:00:00.000+0000".into(),
                );
                channel.state = "Up";
                st.channels.insert(id, channel);
            }
        }
        let _ = writeln!(
            text,
            "[profiles.s{i:03}]\nurl = \"{}\"\nusername = \"asterisk\"\npassword = \"asterisk\"",
            sim.url()
        );
        sims.push(sim);
    }
    std::fs::write(&config, text).expect("write the config");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o600));
    }
    println!("ready");
    let mut sink = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut sink);
}
