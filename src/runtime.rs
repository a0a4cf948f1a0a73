//! The async runtime a command's network work runs on: one thread, started
//! when a command needs it (most of `ari` is one request and one reply), and
//! the two things every command does with it: stop at Ctrl-C, and run a
//! view's network side on a thread of its own.

use std::future::Future;
use std::thread::JoinHandle;

use crate::error::{Error, ErrorKind, Result};

pub fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))
}

/// Never resolves but at Ctrl-C, and then as the error that exits 130: raced
/// against a command's work.
pub async fn interrupted<T>() -> Result<T> {
    let _ = tokio::signal::ctrl_c().await;
    Err(Error::new(ErrorKind::Interrupted, "interrupted"))
}

/// Run `work` on a thread named `name` with its own runtime: the network side
/// of a view whose own thread blocks (on the keyboard, or a prompt). The
/// runtime is built here, so a failure to build it is this call's error.
pub fn spawn_with_runtime<F, Fut>(name: &str, work: F) -> Result<JoinHandle<()>>
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    let runtime = runtime()?;
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || runtime.block_on(work()))
        .map_err(|e| Error::internal(format!("cannot start the {name} thread: {e}")))
}
