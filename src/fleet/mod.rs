//! A fleet: one command across several profiles (`-p 'eu-*'`, `-p all`,
//! `-p pbx1,pbx2`, a `[groups]` entry).

pub mod events;
pub mod order;
pub mod run;
pub mod select;

use crate::context::Context;
use crate::error::Result;

/// The profiles this command runs on, when `-p` names several.
pub fn targets(ctx: &Context) -> Result<Option<Vec<String>>> {
    let globals = &ctx.globals;
    let profile_given = globals.connection.profile.is_some()
        || std::env::var("ARI_PROFILE").is_ok_and(|p| !p.is_empty());
    if !profile_given {
        return Ok(None);
    }
    select::targets(&globals.connection, &*ctx.config()?)
}
