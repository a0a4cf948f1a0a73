//! What each top-level command does, one module per command group.

pub mod call;
pub mod completions;
pub mod doctor;
pub mod man;
pub mod profile;
pub mod raw;
pub mod sim;
