//! A small HTTP/1.1 server on 127.0.0.1 (a random port) that records every
//! request and answers with whatever the test asks for: JSON, HTML, garbage,
//! a closed connection, or no answer at all. Optionally over TLS.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// The path as sent, still percent-encoded.
    pub path: String,
    /// The raw query string (without `?`), still percent-encoded.
    pub query: String,
    /// Header names lower-cased.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Recorded {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == &name.to_ascii_lowercase())
            .map(|(_, v)| v.as_str())
    }

    /// Query pairs, decoded, in order.
    pub fn query_pairs(&self) -> Vec<(String, String)> {
        if self.query.is_empty() {
            return Vec::new();
        }
        self.query
            .split('&')
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (decode(k), decode(v))
            })
            .collect()
    }

    pub fn body_json(&self) -> Option<serde_json::Value> {
        if self.body.is_empty() {
            None
        } else {
            Some(serde_json::from_slice(&self.body).expect("request body is JSON"))
        }
    }
}

pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What the server does with a request.
#[derive(Debug, Clone)]
pub enum Reply {
    Http {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// These bytes, then close.
    Raw(Vec<u8>),
    /// Read the request, then never answer (until the client gives up).
    Hang,
    /// Close without a word.
    Close,
}

impl Reply {
    pub fn json(status: u16, body: &str) -> Reply {
        Reply::Http {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    pub fn empty(status: u16) -> Reply {
        Reply::Http {
            status,
            headers: Vec::new(),
            body: Vec::new(),
        }
    }

    pub fn with_type(status: u16, content_type: &str, body: &[u8]) -> Reply {
        Reply::Http {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.to_vec(),
        }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Http { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

type Responder = dyn Fn(&Recorded) -> Reply + Send + Sync;

struct State {
    requests: Mutex<Vec<Recorded>>,
    responder: Box<Responder>,
    stop: AtomicBool,
    tls: Option<Arc<rustls::ServerConfig>>,
}

pub struct TestServer {
    /// `http://127.0.0.1:PORT` (or https).
    pub url: String,
    pub port: u16,
    state: Arc<State>,
}

impl TestServer {
    /// A server whose every reply comes from `responder`.
    pub fn start(responder: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        Self::start_with(responder, None)
    }

    /// A server that always answers the same.
    pub fn fixed(reply: Reply) -> TestServer {
        Self::start(move |_| reply.clone())
    }

    pub fn start_tls(
        config: rustls::ServerConfig,
        responder: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
    ) -> TestServer {
        Self::start_with(responder, Some(Arc::new(config)))
    }

    fn start_with(
        responder: impl Fn(&Recorded) -> Reply + Send + Sync + 'static,
        tls: Option<Arc<rustls::ServerConfig>>,
    ) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().unwrap().port();
        let scheme = if tls.is_some() { "https" } else { "http" };
        let state = Arc::new(State {
            requests: Mutex::new(Vec::new()),
            responder: Box::new(responder),
            stop: AtomicBool::new(false),
            tls,
        });
        let accept_state = state.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                if accept_state.stop.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let state = accept_state.clone();
                thread::spawn(move || serve(stream, &state));
            }
        });
        TestServer {
            url: format!("{scheme}://127.0.0.1:{port}"),
            port,
            state,
        }
    }

    pub fn requests(&self) -> Vec<Recorded> {
        self.state.requests.lock().unwrap().clone()
    }

    /// The only request received; fails the test if there were others.
    pub fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "requests: {requests:#?}");
        requests.into_iter().next().unwrap()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so its thread ends.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

fn serve(stream: TcpStream, state: &State) {
    match &state.tls {
        Some(config) => {
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                return;
            };
            let mut tls = rustls::StreamOwned::new(conn, stream);
            exchange(&mut tls, state);
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
        None => {
            let mut stream = stream;
            exchange(&mut stream, state);
        }
    }
}

/// Read one request, record it, answer it.
fn exchange<S: Read + Write>(stream: &mut S, state: &State) {
    let Some(request) = read_request(stream) else {
        return;
    };
    state.requests.lock().unwrap().push(request.clone());
    match (state.responder)(&request) {
        Reply::Http {
            status,
            headers,
            body,
        } => {
            let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
            for (k, v) in &headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str(&format!(
                "Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            ));
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(&body);
            let _ = stream.flush();
        }
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes);
            let _ = stream.flush();
        }
        Reply::Hang => {
            // Wait for the client to give up and close; no timer involved.
            let mut buf = [0u8; 64];
            while matches!(stream.read(&mut buf), Ok(n) if n > 0) {}
        }
        Reply::Close => {}
    }
}

fn read_request<S: Read>(stream: &mut S) -> Option<Recorded> {
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((k, v)) = header.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let length: usize = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; length];
    reader.read_exact(&mut body).ok()?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), q.to_string()),
        None => (target, String::new()),
    };
    Some(Recorded {
        method,
        path,
        query,
        headers,
        body,
    })
}

fn reason(status: u16) -> &'static str {
    ari::sim::rest::reason(status)
}
