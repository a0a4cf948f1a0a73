//! The server end of Asterisk's outbound WebSocket, shared by
//! `ari events --listen` and `ari repl --listen`: bind, optional TLS
//! (`--cert/--key`, for `wss://`), and the upgrade, which checks the user
//! name and password Asterisk sends and agrees to the `ari` subprotocol.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};
use tokio_tungstenite::tungstenite::http::{HeaderValue, StatusCode};

use crate::config::Settings;
use crate::error::{Error, Result, one_line, without_os_code};

/// Where `--listen` serves when given no address.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8765";

/// A connection's byte stream, plain or TLS.
pub trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

pub type Accepted = WebSocketStream<Box<dyn Stream>>;

/// A bound listener, not yet on a runtime (so that binding errors are
/// reported before anything starts).
pub struct Bound {
    listener: std::net::TcpListener,
    pub addr: SocketAddr,
    tls: Option<TlsAcceptor>,
    expected: String,
}

/// `--cert FILE --key FILE`: serve `wss://`.
pub struct TlsFiles<'a> {
    pub cert: &'a Path,
    pub key: &'a Path,
}

/// `--cert` and `--key`, for every command that takes `--listen`.
/// `--listen [ADDR]`; `help` says what the command does with the connections.
pub fn listen_arg(help: &'static str) -> clap::Arg {
    clap::Arg::new("listen")
        .long("listen")
        .value_name("ADDR")
        .num_args(0..=1)
        .default_missing_value(DEFAULT_LISTEN)
        .help(help)
}

pub fn tls_args() -> [clap::Arg; 2] {
    [
        clap::Arg::new("cert")
            .long("cert")
            .value_name("FILE")
            .requires("listen")
            .requires("key")
            .value_parser(clap::value_parser!(std::path::PathBuf))
            .help("With --listen: serve wss:// with this PEM certificate (chain)"),
        clap::Arg::new("key")
            .long("key")
            .value_name("FILE")
            .requires("cert")
            .value_parser(clap::value_parser!(std::path::PathBuf))
            .help("With --listen: the PEM private key of --cert"),
    ]
}

/// The files `--cert/--key` name, when given.
pub fn tls_files(m: &clap::ArgMatches) -> Option<TlsFiles<'_>> {
    Some(TlsFiles {
        cert: m.get_one::<std::path::PathBuf>("cert")?,
        key: m.get_one::<std::path::PathBuf>("key")?,
    })
}

impl Bound {
    pub fn bind(addr: &str, settings: &Settings, tls: Option<TlsFiles>) -> Result<Bound> {
        let tls = tls.map(|files| acceptor(&files)).transpose()?;
        let listener = std::net::TcpListener::bind(addr).map_err(|e| {
            Error::usage(format!(
                "cannot listen on {addr}: {}",
                without_os_code(&e.to_string())
            ))
            .with_hint("pick another address, e.g. --listen 127.0.0.1:0 for any free port")
        })?;
        let bound = listener
            .local_addr()
            .map_err(|e| Error::internal(e.to_string()))?;
        listener
            .set_nonblocking(true)
            .map_err(|e| Error::internal(e.to_string()))?;
        let password = settings.password.value.resolve()?.unwrap_or_default();
        let expected = format!(
            "Basic {}",
            base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                format!("{}:{password}", settings.username.value),
            )
        );
        Ok(Bound {
            listener,
            addr: bound,
            tls,
            expected,
        })
    }

    /// `ws://ADDR/` or `wss://ADDR/`: the `uri` Asterisk is given.
    pub fn uri(&self) -> String {
        let scheme = if self.tls.is_some() { "wss" } else { "ws" };
        format!("{scheme}://{}/", self.addr)
    }

    /// On a runtime now: start accepting.
    pub fn serve(self) -> Result<Listener> {
        Ok(Listener {
            tcp: TcpListener::from_std(self.listener)
                .map_err(|e| Error::internal(e.to_string()))?,
            tls: self.tls,
            expected: Arc::from(self.expected),
        })
    }
}

pub struct Listener {
    tcp: TcpListener,
    tls: Option<TlsAcceptor>,
    expected: Arc<str>,
}

/// One connection being set up: its TLS and WebSocket handshakes run on
/// their own task, so a slow or bad client holds up nobody.
pub struct Pending {
    pub peer: SocketAddr,
    stream: tokio::net::TcpStream,
    tls: Option<TlsAcceptor>,
    expected: Arc<str>,
}

impl Listener {
    pub async fn next(&self) -> Pending {
        loop {
            // A failed accept (out of descriptors, a reset) is worth retrying.
            if let Ok((stream, peer)) = self.tcp.accept().await {
                return Pending {
                    peer,
                    stream,
                    tls: self.tls.clone(),
                    expected: self.expected.clone(),
                };
            }
        }
    }
}

impl Pending {
    /// The WebSocket, or why it was refused. (The handshake callback's
    /// error type is tungstenite's.)
    #[allow(clippy::result_large_err)]
    pub async fn upgrade(self) -> std::result::Result<Accepted, String> {
        let stream: Box<dyn Stream> = match &self.tls {
            Some(acceptor) => Box::new(
                acceptor
                    .accept(self.stream)
                    .await
                    .map_err(|e| format!("TLS handshake failed: {}", one_line(&e.to_string())))?,
            ),
            None => Box::new(self.stream),
        };
        let expected = self.expected.clone();
        tokio_tungstenite::accept_hdr_async(stream, move |request: &Request, response| {
            check(&expected, request, response)
        })
        .await
        .map_err(|e| one_line(&e.to_string()))
    }
}

/// The upgrade: right credentials, and `ari` as the subprotocol when offered.
/// (The callback's error type is tungstenite's.)
#[allow(clippy::result_large_err)]
fn check(
    expected: &str,
    request: &Request,
    mut response: Response,
) -> std::result::Result<Response, ErrorResponse> {
    let auth = request
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok());
    if auth != Some(expected) {
        let mut refused = ErrorResponse::new(Some("wrong user name or password".into()));
        *refused.status_mut() = StatusCode::UNAUTHORIZED;
        refused.headers_mut().insert(
            "WWW-Authenticate",
            HeaderValue::from_static("Basic realm=\"ari\""),
        );
        return Err(refused);
    }
    agree_to_subprotocol(request, &mut response, "ari");
    Ok(response)
}

/// Answer with `protocol` when the client offers it (Asterisk's clients
/// drop a connection whose server agrees to none).
pub fn agree_to_subprotocol(request: &Request, response: &mut Response, protocol: &'static str) {
    let offered = request
        .headers()
        .get("sec-websocket-protocol")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.split(',').any(|p| p.trim() == protocol));
    if offered {
        response
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static(protocol));
    }
}

fn acceptor(files: &TlsFiles) -> Result<TlsAcceptor> {
    let bad = |path: &Path, detail: &str| {
        Error::usage(format!(
            "cannot use {} for TLS: {}",
            path.display(),
            without_os_code(&one_line(detail))
        ))
    };
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(files.cert)
        .map_err(|e| bad(files.cert, &e.to_string()))?
        .collect::<std::result::Result<_, _>>()
        .map_err(|e| bad(files.cert, &e.to_string()))?;
    if certs.is_empty() {
        return Err(bad(files.cert, "no PEM certificate in it"));
    }
    let key = PrivateKeyDer::from_pem_file(files.key).map_err(|e| match e {
        rustls::pki_types::pem::Error::Io(io) => bad(files.key, &io.to_string()),
        _ => bad(files.key, "no PEM private key in it"),
    })?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::internal(format!("TLS set-up failed: {e}")))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| Error::usage(format!("--cert/--key: {}", one_line(&e.to_string()))))?;
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// The `websocket_client.conf` and `ari.conf` lines that make Asterisk connect here.
pub fn asterisk_config(uri: &str, settings: &Settings, app: &str) -> String {
    let tls = if uri.starts_with("wss:") {
        "tls_enabled = yes\n\
         ca_list_file = <a PEM file with the CA that signed --cert>   ; or, testing only: verify_server_cert = no\n"
    } else {
        ""
    };
    format!(
        "; websocket_client.conf\n\
         [ari-listen]\n\
         type = websocket_client\n\
         connection_type = persistent      ; or per_call_config: one connection per Stasis() call\n\
         uri = {uri}\n\
         protocols = ari\n\
         username = {user}\n\
         password = <the password of profile {profile}>\n\
         {tls}\
         \n\
         ; ari.conf\n\
         [ari-listen]\n\
         type = outbound_websocket\n\
         websocket_client_id = ari-listen\n\
         apps = {app}\n\
         local_ari_user = {user}             ; the ARI user whose rights its requests have\n",
        user = settings.username.value,
        profile = settings.profile.value,
    )
}
