//! `ari`: the command line for the Asterisk REST Interface.
//!
//! One path for data: argv → `Invocation` (from the operation table) →
//! client → reply → renderer.

// The operation table and the causes live in their own crate (pure data);
// these names keep every `crate::spec::...` and `ari::spec::...` path as it was.
pub use ari_spec as spec;
pub use ari_spec::causes;
// The simulator is a crate too; `ari::sim::...` stays its path for tests and examples.
pub use ari_sim as sim;

pub mod cli;
pub mod client;
pub mod clock;
pub mod commands;
pub mod complete;
pub mod config;
pub mod context;
pub mod curl;
pub mod dispatch;
pub mod error;
pub mod events;
pub mod execute;
pub mod fleet;
pub mod invocation;
pub mod media;
pub mod output;
pub mod reply;
pub mod runtime;
pub mod tls;
pub mod transport;
