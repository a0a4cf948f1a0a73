//! `ari events --listen [ADDR]`: be the server that Asterisk's outbound
//! WebSocket (ari.conf `type = outbound_websocket`, Asterisk 20.15, 21.10,
//! 22.5 and later) connects to, and print what it sends exactly as the tail
//! does. Several connections at once (a per-call connection comes with each
//! call), each line tagged with its connection; Asterisk reconnecting is just
//! a new connection. The server end itself is `transport::listener`.

use std::io::Write;
use std::net::SocketAddr;

use futures_util::StreamExt;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;

use super::render::EventWriter;
use super::tail::{TailOptions, handle_frame};
use crate::error::Result;
use crate::transport::listener::{Listener, Pending};

/// What a connection sends the printing loop.
enum Incoming {
    Opened(u64, SocketAddr),
    Refused(SocketAddr, String),
    Frame(u64, String),
    Closed(u64, String),
}

/// Serve until done (`--count`, `--until`), `--timeout`, or `stop`.
pub async fn listen<W: Write>(
    listener: Listener,
    mut opts: TailOptions,
    make_writer: impl Fn(u64) -> Result<EventWriter<W>>,
    stop: impl std::future::Future<Output = Result<()>>,
) -> Result<()> {
    let (tx, mut rx) = mpsc::channel::<Incoming>(1024);
    let accepting = async {
        let mut next = 0u64;
        loop {
            let pending = listener.next().await;
            next += 1;
            let id = next;
            let tx = tx.clone();
            tokio::spawn(async move { serve(pending, id, tx).await });
        }
    };
    let deadline = opts.timeout.map(|t| tokio::time::Instant::now() + t);
    let timed_out = super::tail::timed_out(&opts);
    let mut writers = std::collections::HashMap::new();
    let mut printed = 0u64;
    let printing = async {
        while let Some(incoming) = rx.recv().await {
            match incoming {
                Incoming::Opened(id, peer) => {
                    (opts.notify)(&format!("ari: connection ws{id} from {peer}"));
                }
                Incoming::Refused(peer, why) => {
                    (opts.notify)(&format!("ari: refused a connection from {peer}: {why}"));
                }
                Incoming::Closed(id, why) => {
                    if let Some(mut w) = writers.remove(&id) {
                        let _: &mut EventWriter<W> = &mut w;
                        let _ = w.flush();
                    }
                    (opts.notify)(&format!("ari: connection ws{id} closed ({why})"));
                }
                Incoming::Frame(id, text) => {
                    if let Some((recorder, _)) = &opts.record {
                        recorder.text(&format!("ws{id}"), &text);
                    }
                    let writer = match writers.entry(id) {
                        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
                        std::collections::hash_map::Entry::Vacant(e) => e.insert(make_writer(id)?),
                    };
                    let done = handle_frame(&text, &mut opts, writer, &mut printed)?;
                    writer.flush()?;
                    if done {
                        return Ok(());
                    }
                }
            }
        }
        Ok(())
    };
    tokio::select! {
        result = printing => result,
        _ = accepting => Ok(()),
        result = stop => result,
        _ = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        } => Err(timed_out),
    }
}

/// One connection: the upgrade (credentials, subprotocol), then its text
/// frames passed on.
async fn serve(pending: Pending, id: u64, tx: mpsc::Sender<Incoming>) {
    let peer = pending.peer;
    let mut ws = match pending.upgrade().await {
        Ok(ws) => ws,
        Err(why) => {
            let _ = tx.send(Incoming::Refused(peer, why)).await;
            return;
        }
    };
    let _ = tx.send(Incoming::Opened(id, peer)).await;
    let why = loop {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => {
                if tx
                    .send(Incoming::Frame(id, text.to_string()))
                    .await
                    .is_err()
                {
                    return;
                }
            }
            Some(Ok(Message::Close(_))) | None => break "closed by Asterisk".to_string(),
            Some(Ok(_)) => {}
            Some(Err(e)) => break crate::error::one_line(&e.to_string()),
        }
    };
    let _ = tx.send(Incoming::Closed(id, why)).await;
}
