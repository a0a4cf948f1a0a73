//! What each top-level command does, one module per command group.

pub mod call;
pub mod profile;
pub mod raw;
pub mod sim;
