//! A WebSocket server that floods every client with realistic ARI events, for
//! benchmarking event consumers (`ari events`, websocat, wscat). Each
//! connection gets N events (a mix of StasisStart, ChannelStateChange,
//! ChannelDtmfReceived, PlaybackStarted, PlaybackFinished, 400-900 bytes
//! each), then a close. Events are serialized once, up front, so the server
//! is never what a benchmark measures.
//!
//! Usage: cargo run --release --example flood_server -- PORT N

use futures_util::SinkExt;
use tokio_tungstenite::tungstenite::{Message, Utf8Bytes};

/// Distinct events cycled through (call ids differ between them).
const POOL: u64 = 5_000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args.next().and_then(|p| p.parse().ok()).unwrap_or(18089);
    let count: u64 = args
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let pool: Vec<Utf8Bytes> = (0..POOL)
        .map(|i| {
            let mut event = ari::sim::control::flood_event(i);
            event.insert("application".into(), serde_json::json!("bench"));
            serde_json::to_string(&event).unwrap().into()
        })
        .collect();
    let sizes: Vec<usize> = pool.iter().map(|e| e.len()).collect();
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .expect("bind");
    println!(
        "flood server on 127.0.0.1:{port}: {count} events per connection, {}-{} bytes (mean {})",
        sizes.iter().min().unwrap(),
        sizes.iter().max().unwrap(),
        sizes.iter().sum::<usize>() / sizes.len()
    );
    let pool = std::sync::Arc::new(pool);
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let _ = stream.set_nodelay(true);
        let pool = pool.clone();
        tokio::spawn(async move {
            let Ok(mut ws) = tokio_tungstenite::accept_async(stream).await else {
                return;
            };
            for i in 0..count {
                let frame = Message::Text(pool[(i % POOL) as usize].clone());
                if ws.feed(frame).await.is_err() {
                    return;
                }
            }
            let _ = ws.flush().await;
            // A proper closing handshake: wait for the client's close, so no
            // client loses the tail of the stream to a reset connection.
            let _ = ws.close(None).await;
            use futures_util::StreamExt;
            while let Some(Ok(_)) = ws.next().await {}
        });
    }
}
