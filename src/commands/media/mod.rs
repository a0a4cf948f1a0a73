//! The media commands: `channels tap`, `channels inject` and `bridges
//! inject` (actions among the ARI ones, defined in `media::verbs`), and
//! `ari media serve`.

pub mod inject;
pub mod serve;
pub mod session;
pub mod stop;
pub mod tap;

use clap::ArgMatches;

use crate::context::{Context, Registered};
use crate::error::Result;

pub const COMMAND: Registered = Registered {
    name: "media",
    define: serve::define,
    run: serve::run,
};

/// A media action of a resource (`channels tap`, ...).
pub fn run_action(
    resource: &str,
    action: &str,
    m: &ArgMatches,
    context: &Context,
) -> Result<Option<serde_json::Value>> {
    match action {
        "tap" => tap::run(m, context),
        _ => inject::run(resource, m, context),
    }
}
