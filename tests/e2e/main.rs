//! End-to-end tests: the real `ari` binary against servers on 127.0.0.1.
//! One test binary for all of them keeps build and link time down.

mod support;

mod bridge_playback;
mod contract;
mod device_states;
mod differential;
mod docs;
mod events;
mod exit_codes;
mod fidelity;
mod fleet;
mod follow;
mod layout;
mod malformed;
mod media;
mod noops;
mod operations;
mod outbound;
mod output;
mod ownership;
mod profiles;
mod readme;
mod repl;
mod replay;
mod rest_socket;
mod scenario;
mod serve;
mod serve_example;
mod sim;
mod sim_media;
mod summary;
mod tls;
mod top;
mod versions;
