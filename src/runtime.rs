//! The async runtime a command's network work runs on: one thread, started
//! when a command needs it (most of `ari` is one request and one reply).

use crate::error::{Error, Result};

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))
}
