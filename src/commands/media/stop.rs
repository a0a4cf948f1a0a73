//! Ctrl-C, SIGTERM and SIGHUP as a value a media command selects on, so it
//! can undo what it made on the server before it exits (the default action
//! of SIGTERM would leave a snoop behind in the call).

use tokio::signal::unix::{SignalKind, signal};
use tokio::sync::watch;

use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    Interrupt,
    Terminate,
    HangUp,
}

impl std::fmt::Display for Stop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Stop::Interrupt => "interrupted",
            Stop::Terminate => "terminated",
            Stop::HangUp => "the terminal closed",
        })
    }
}

/// A receiver that changes at the first of the three signals. Must be
/// called inside the runtime.
pub fn stop_signal() -> Result<watch::Receiver<Option<Stop>>> {
    let (tx, rx) = watch::channel(None);
    let mut handlers = Vec::new();
    for (kind, stop) in [
        (SignalKind::interrupt(), Stop::Interrupt),
        (SignalKind::terminate(), Stop::Terminate),
        (SignalKind::hangup(), Stop::HangUp),
    ] {
        let s = signal(kind).map_err(|e| Error::internal(format!("cannot catch signals: {e}")))?;
        handlers.push((s, stop));
    }
    tokio::spawn(async move {
        let mut streams: Vec<_> = handlers.into_iter().collect();
        let futures = streams.iter_mut().map(|(s, stop)| {
            Box::pin(async move {
                s.recv().await;
                *stop
            })
        });
        let (stop, _, _) = futures_util::future::select_all(futures).await;
        let _ = tx.send(Some(stop));
    });
    Ok(rx)
}
