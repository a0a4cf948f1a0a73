//! Simulator performance: `GET /ari/channels` with 1,000 live channels
//! (target: under 5 ms) and events per second to a subscribed WebSocket
//! (target: at least 20,000/s).
//!
//! Usage: cargo run --release --example sim_bench [-- EVENTS]

use std::time::{Duration, Instant};

use futures_util::StreamExt;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

const AUTH: &str = "Basic YXN0ZXJpc2s6YXN0ZXJpc2s=";

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let events: u64 = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200_000);
    let sim = ari::sim::spawn(ari::sim::SimOptions {
        listen: "127.0.0.1:0".into(),
        ..Default::default()
    })
    .expect("simulator");
    let base = sim.url();
    let http = reqwest::Client::builder()
        .tls_backend_preconfigured(
            ari::tls::client_config(&ari::tls::TlsOptions {
                https: false,
                insecure: false,
                cacert: None,
            })
            .unwrap(),
        )
        .build()
        .unwrap();

    // 1,000 live channels: 500 Local pairs running Wait(300).
    for _ in 0..500 {
        let status = http
            .post(format!(
                "{base}/ari/channels?endpoint=Local/wait@lab&extension=wait&context=lab"
            ))
            .header("Authorization", AUTH)
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success());
    }
    // A minimal HTTP/1.1 client on one kept-alive connection, so the time is
    // the simulator's, not a client library's.
    let mut samples = Vec::new();
    let mut size = 0;
    {
        use std::io::{BufRead, BufReader, Read, Write};
        let stream = std::net::TcpStream::connect(sim.addr).unwrap();
        stream.set_nodelay(true).unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut writer = stream;
        let request = format!(
            "GET /ari/channels HTTP/1.1\r\nHost: {}\r\nAuthorization: {AUTH}\r\n\r\n",
            sim.addr
        );
        for i in 0..220 {
            let started = Instant::now();
            writer.write_all(request.as_bytes()).unwrap();
            let mut length = 0;
            loop {
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                if line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap();
                }
            }
            let mut body = vec![0u8; length];
            reader.read_exact(&mut body).unwrap();
            if i >= 20 {
                samples.push(started.elapsed());
            }
            size = body.len();
        }
    }
    let list = median(samples);
    let count = {
        let body = http
            .get(format!("{base}/ari/channels"))
            .header("Authorization", AUTH)
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap();
        serde_json::from_slice::<serde_json::Value>(&body)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };

    // Events per second to one subscribed WebSocket.
    let mut request = format!("ws://{}/ari/events?app=bench", sim.addr)
        .into_client_request()
        .unwrap();
    request
        .headers_mut()
        .insert("Authorization", AUTH.parse().unwrap());
    let (mut ws, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let started = Instant::now();
    http.post(format!("{base}/ari/_sim/flood"))
        .header("Authorization", AUTH)
        .header("Content-Type", "application/json")
        .body(format!(r#"{{"count": {events}, "app": "bench"}}"#))
        .send()
        .await
        .unwrap();
    let mut received = 0u64;
    let mut bytes = 0usize;
    while received < events {
        match ws.next().await {
            Some(Ok(Message::Text(text))) => {
                received += 1;
                bytes += text.len();
            }
            Some(Ok(_)) => {}
            _ => break,
        }
    }
    let elapsed = started.elapsed();
    let rate = received as f64 / elapsed.as_secs_f64();

    println!(
        "GET /ari/channels with {count} channels ({size} bytes): median {:.2} ms (target < 5 ms)",
        list.as_secs_f64() * 1000.0
    );
    println!(
        "events to one WebSocket: {received} in {:.2} s = {:.0} events/s, {:.0} bytes each (target >= 20,000/s)",
        elapsed.as_secs_f64(),
        rate,
        bytes as f64 / received.max(1) as f64
    );
}
