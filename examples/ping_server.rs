//! A minimal ARI stand-in for benchmarks: answers every request on
//! 127.0.0.1:PORT with the JSON of `GET /ari/asterisk/ping`. It does as little
//! as possible so that timings measure the client, not the server.
//!
//! Usage: cargo run --release --example ping_server -- [PORT]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;

const BODY: &str = r#"{"asterisk_id":"02:fc:00:00:00:01","ping":"pong","timestamp":"2026-11-22T11:08:14.000+0000"}"#;

fn main() {
    let port: u16 = std::env::args()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(18088);
    let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind");
    println!(
        "listening on 127.0.0.1:{}",
        listener.local_addr().unwrap().port()
    );
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || {
            let mut reader = BufReader::new(&stream);
            // Serve keep-alive requests until the client closes.
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 {
                    return;
                }
                loop {
                    line.clear();
                    if reader.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    if line == "\r\n" {
                        break;
                    }
                }
                let reply = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
                    BODY.len()
                );
                if (&stream).write_all(reply.as_bytes()).is_err() {
                    return;
                }
            }
        });
    }
}
