//! `ari`: the command line for the Asterisk REST Interface.
//!
//! One path for data: argv → `Invocation` (from the operation table) →
//! client → reply → renderer.

pub mod causes;
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
pub mod output;
pub mod repl;
pub mod reply;
pub mod runtime;
pub mod sim;
pub mod spec;
pub mod tls;
pub mod top;
pub mod transport;
