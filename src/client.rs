//! HTTP to ARI: auth, TLS, time limits, `-v` tracing, and every failure
//! turned into an `Error` whose kind decides the exit code.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, USER_AGENT};
use reqwest::{Method, Url};
use serde_json::Value;

use crate::config::{Settings, Source};
use crate::error::{Error, ErrorKind, Result, without_os_code};
use crate::invocation::Invocation;
use crate::reply::Reply;
use crate::spec::versions::{self, REST_OVER_WEBSOCKET};
use crate::transport::call_socket::{self, Verb};
use crate::transport::reach::{connect_hint, host, tls_config, tls_error};
use crate::transport::socket::{EventSocket, private_app};
use crate::transport::version_cache;
use crate::transport::{Connections, DEFAULT_ANSWER_LIMIT, RestSocket, Transport};

const USER_AGENT_VALUE: &str = concat!("ari/", env!("CARGO_PKG_VERSION"));

pub struct Client {
    http: reqwest::Client,
    route: Route,
    base: Url,
    username: String,
    password: Option<String>,
    connect_timeout: Duration,
    verbose: bool,
    max_time: Option<Duration>,
}

/// Where requests go besides HTTP.
enum Route {
    Http,
    /// A REPL session's WebSockets (`--listen`, or `--via websocket`).
    Session(Arc<Connections>),
    /// `--via websocket` for one command: an events WebSocket of its
    /// own, opened at the first request.
    OwnSocket(Box<Settings>, tokio::sync::OnceCell<RestSocket>),
    /// Inside an `ari serve` handler: serve sends the request with its own
    /// credentials (the handler has no password). The value of `ARI_CALL`.
    Serve(String),
}

impl Client {
    /// Made only when a request is about to be sent, so `password_command`
    /// does not run for `--curl`, `--help` or a usage error.
    pub fn new(settings: &Settings, verbose: bool) -> Result<Client> {
        let password = settings.password.value.resolve()?;
        let tls = tls_config(settings)?;
        let max_time = settings.max_time.as_ref().map(|t| t.value);
        let mut builder = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .connect_timeout(settings.connect_timeout.value)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .user_agent(USER_AGENT_VALUE);
        if let Some(limit) = max_time {
            builder = builder.timeout(limit);
        }
        let http = builder
            .build()
            .map_err(|e| Error::internal(format!("cannot set up HTTP: {}", root_cause(&e))))?;
        // A handler's `ari` goes through its serve, unless told where to go.
        let serve = std::env::var(call_socket::ENV)
            .ok()
            .filter(|_| !matches!(settings.url.source, Source::Flag(_)));
        let route = match (crate::transport::installed(), settings.transport) {
            (Some(connections), _) => Route::Session(connections),
            (None, _) if serve.is_some() => Route::Serve(serve.unwrap_or_default()),
            (None, Transport::WebSocket) => {
                Route::OwnSocket(Box::new(settings.clone()), tokio::sync::OnceCell::new())
            }
            (None, Transport::Http) => Route::Http,
        };
        Ok(Client {
            http,
            route,
            base: settings.url.value.clone(),
            username: settings.username.value.clone(),
            password,
            connect_timeout: settings.connect_timeout.value,
            verbose,
            max_time,
        })
    }

    /// `-v`: requests and replies are traced on stderr.
    pub fn verbose(&self) -> bool {
        self.verbose
    }

    /// `--max-time`, when given.
    pub fn max_time(&self) -> Option<Duration> {
        self.max_time
    }

    pub fn base(&self) -> &Url {
        &self.base
    }

    fn request(&self, inv: &Invocation) -> Result<reqwest::Request> {
        let method = Method::from_bytes(inv.method.as_bytes())
            .map_err(|_| Error::usage(format!("invalid HTTP method '{}'", inv.method)))?;
        let mut builder = self
            .http
            .request(method, inv.url(&self.base))
            .basic_auth(&self.username, self.password.as_deref());
        if let Some(body) = &inv.body {
            builder = builder
                .header(CONTENT_TYPE, "application/json")
                .body(serde_json::to_vec(body).map_err(|e| Error::internal(e.to_string()))?);
        }
        builder
            .build()
            .map_err(|e| Error::usage(format!("cannot build the request: {}", root_cause(&e))))
    }

    /// Send the request and start the reply: status and headers.
    async fn start(&self, inv: &Invocation) -> Result<reqwest::Response> {
        self.start_traced(inv, self.verbose).await
    }

    async fn start_traced(&self, inv: &Invocation, trace: bool) -> Result<reqwest::Response> {
        let request = self.request(inv)?;
        if trace {
            trace_request(&request, inv.body.as_ref());
        }
        let response = self
            .http
            .execute(request)
            .await
            .map_err(|e| self.transport_error(&e, inv))?;
        if trace {
            trace_response(&response);
        }
        Ok(response)
    }

    /// Send and read the whole reply.
    pub async fn send(&self, inv: &Invocation) -> Result<Reply> {
        self.send_traced(inv, self.verbose).await
    }

    /// Send, and turn a reply outside 2xx into its error (`http_error`).
    pub async fn send_ok(&self, inv: &Invocation) -> Result<Reply> {
        let reply = self.send(inv).await?;
        reply.into_success(&inv.describe(&self.base))
    }

    /// A look-up of ari's own made alongside the request the user asked
    /// for: never traced by `-v`, whose trace shows what the user sent
    /// (two requests in flight at once would interleave there).
    pub async fn look_up(&self, inv: &Invocation) -> Result<Reply> {
        self.send_traced(inv, false).await
    }

    async fn send_traced(&self, inv: &Invocation, trace: bool) -> Result<Reply> {
        if let Route::Serve(address) = &self.route {
            return self.through_serve(address, inv, trace).await;
        }
        if let Some(socket) = self.socket(inv).await? {
            let limit = self.max_time.unwrap_or(DEFAULT_ANSWER_LIMIT);
            let what = inv.describe(&self.base);
            return socket.request(inv, limit, trace, &what).await;
        }
        let response = self.start_traced(inv, trace).await?;
        self.read_reply(response, inv).await
    }

    /// The request sent by the `ari serve` whose handler this is.
    async fn through_serve(&self, address: &str, inv: &Invocation, trace: bool) -> Result<Reply> {
        if trace {
            eprintln!("> {} (through ari serve)", inv.describe(&self.base));
        }
        let verb = Verb::Request {
            method: inv.method.clone(),
            path: inv.path.clone(),
            query: inv.query.clone(),
            body: inv.body.clone(),
        };
        let address = address.to_string();
        // Hanging up the handler's own call sends SIGHUP to its group, this
        // process too, before serve answers: the request in flight is let
        // finish, so `ari channels hangup "$ARI_CHANNEL_ID"` exits 0.
        let hangup_held = HangupHeld::new();
        let response = tokio::task::spawn_blocking(move || call_socket::ask(&address, verb))
            .await
            .map_err(|e| Error::internal(e.to_string()))??;
        drop(hangup_held);
        let Some(reply) = response.reply.as_ref() else {
            return Err(call_socket::error_of(&response));
        };
        if trace {
            eprintln!("< {} ({} bytes)", reply.status, reply.body.len());
        }
        Ok(Reply {
            status: reply.status,
            content_type: reply.content_type.clone(),
            body: reply.body.clone().into_bytes(),
        })
    }

    /// The WebSocket this request goes over, if it does not go over HTTP.
    async fn socket(&self, inv: &Invocation) -> Result<Option<RestSocket>> {
        match &self.route {
            Route::Http | Route::Serve(_) => Ok(None),
            Route::Session(connections) => connections
                .current(self.connect_timeout)
                .await
                .map(Some)
                .map_err(|e| {
                    let what = inv.describe(&self.base);
                    Error::new(e.kind, format!("{} ({what})", e.message))
                }),
            Route::OwnSocket(settings, socket) => socket
                .get_or_try_init(|| async {
                    // Known before anything waits for an answer that an older
                    // Asterisk never gives; asked alongside the connection.
                    let (new_enough, opened) = tokio::join!(
                        self.needs(REST_OVER_WEBSOCKET, "--via websocket"),
                        open_own_socket(settings)
                    );
                    new_enough?;
                    opened
                })
                .await
                .cloned()
                .map(Some),
        }
    }

    /// The version of the Asterisk at the other end, over HTTP, kept a
    /// minute per server (`version_cache`): a script's next command asks
    /// nothing. `None` when it does not say.
    pub async fn server_version(&self) -> Option<String> {
        let server = self.base.as_str();
        if let Some(version) = version_cache::read(server) {
            return Some(version);
        }
        let mut info = Invocation::get("/asterisk/info");
        info.query.push(("only".into(), "system".into()));
        let response = self.start_traced(&info, false).await.ok()?;
        let reply = self.read_reply(response, &info).await.ok()?;
        let body: Value = serde_json::from_slice(&reply.body).ok()?;
        let version = body["system"]["version"].as_str()?.to_string();
        version_cache::write(server, &version);
        Some(version)
    }

    /// An error (exit 7) when the server is too old for `feature` (brought
    /// by the releases `since`); nothing when it is new enough or says no
    /// version.
    pub async fn needs(&self, since: &[&str], feature: &str) -> Result<()> {
        let Some(version) = self.server_version().await else {
            return Ok(());
        };
        match versions::has(since, &version) {
            Some(false) => Err(Error::new(
                ErrorKind::ClientError,
                format!(
                    "{feature} needs {}; this server is {version}",
                    versions::which(since)
                ),
            )),
            _ => Ok(()),
        }
    }

    /// `needs` for Asterisk's outbound WebSocket (`--listen`), asked of the
    /// REST server before listening: a server that does not answer within
    /// a moment is given the benefit of the doubt (it may be another host's
    /// Asterisk that connects).
    pub async fn needs_outbound_websocket(&self) -> Result<()> {
        let check = self.needs(
            versions::OUTBOUND_WEBSOCKET,
            "--listen (Asterisk's outbound WebSocket)",
        );
        tokio::time::timeout(Duration::from_secs(3), check)
            .await
            .unwrap_or(Ok(()))
    }

    /// Before listening for Asterisk's outbound WebSocket (`events` and
    /// `repl --listen`): when a server is named (not the default URL),
    /// whether it can connect out at all, rather than wait for a
    /// connection that never comes.
    pub fn check_listen_server(settings: &Settings, verbose: bool) -> Result<()> {
        if settings.url.source == Source::Default {
            return Ok(());
        }
        let client = Client::new(settings, verbose)?;
        crate::runtime::runtime()?.block_on(client.needs_outbound_websocket())
    }

    async fn read_reply(&self, response: reqwest::Response, inv: &Invocation) -> Result<Reply> {
        let status = response.status().as_u16();
        let content_type = content_type(response.headers());
        let body = response
            .bytes()
            .await
            .map_err(|e| self.transport_error(&e, inv))?
            .to_vec();
        Ok(Reply {
            status,
            content_type,
            body,
        })
    }

    /// Send and stream a successful reply's body into `sink` (audio
    /// downloads); an error reply is read in full and returned instead.
    pub async fn download(&self, inv: &Invocation, sink: &mut dyn Write) -> Result<Option<Reply>> {
        let mut response = self.start(inv).await?;
        if !response.status().is_success() {
            return self.read_reply(response, inv).await.map(Some);
        }
        while let Some(chunk) = response
            .chunk()
            .await
            .map_err(|e| self.transport_error(&e, inv))?
        {
            sink.write_all(&chunk)?;
        }
        sink.flush()?;
        Ok(None)
    }

    /// A failure below HTTP: connection, TLS, time limit.
    fn transport_error(&self, e: &reqwest::Error, inv: &Invocation) -> Error {
        let host = host(&self.base);
        let what = inv.describe(&self.base);
        let cause = root_cause(e);
        if e.is_timeout() {
            let limit = if e.is_connect() {
                Some(self.connect_timeout)
            } else {
                self.max_time
            };
            let limit = limit
                .map(|l| format!(" after {}", seconds(l)))
                .unwrap_or_default();
            let message = if e.is_connect() {
                format!("cannot connect to {host}: timed out{limit} ({what})")
            } else {
                format!("timed out{limit} waiting for {host} ({what})")
            };
            return Error::connection(message).with_hint(
                "raise the limit with --max-time / --connect-timeout, or check the server",
            );
        }
        if let Some(tls) = find_source::<rustls::Error>(e) {
            return tls_error(&host, tls, &what);
        }
        if e.is_connect() {
            return Error::connection(format!("cannot connect to {host}: {cause} ({what})"))
                .with_hint(connect_hint(&cause));
        }
        Error::connection(format!("connection to {host} failed: {cause} ({what})"))
    }
}

/// An events WebSocket for one command's requests: a private application
/// name, so it takes no application's events away from anyone.
async fn open_own_socket(settings: &Settings) -> Result<RestSocket> {
    let socket = EventSocket::connect(settings, &[private_app()], false).await?;
    let (handle, requests) = crate::transport::channel("the events WebSocket".into());
    tokio::spawn(crate::transport::pump(
        socket.into_inner(),
        requests,
        |_| {},
    ));
    Ok(handle)
}

fn content_type(headers: &HeaderMap) -> Option<String> {
    headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0}s")
    } else {
        format!("{s}s")
    }
}

/// The innermost error message: the one that says what actually happened.
pub fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut current: &(dyn std::error::Error + 'static) = e;
    while let Some(next) = current.source() {
        current = next;
    }
    without_os_code(&current.to_string())
}

fn find_source<'a, T: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut current: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = current {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        // An io::Error's source() skips the error it wraps; look inside it.
        current = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => err.source(),
        };
    }
    None
}

fn trace_request(request: &reqwest::Request, body: Option<&Value>) {
    let url = request.url();
    let mut target = url.path().to_string();
    if let Some(q) = url.query() {
        target.push('?');
        target.push_str(&redact_query(q));
    }
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "> {} {target} HTTP/1.1", request.method());
    if let Some(host) = url.host_str() {
        let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
        let _ = writeln!(err, "> Host: {host}{port}");
    }
    for (name, value) in request.headers() {
        let shown = if name == AUTHORIZATION {
            let scheme = value
                .to_str()
                .ok()
                .and_then(|v| v.split_whitespace().next())
                .unwrap_or("");
            format!("{scheme} [redacted]")
        } else {
            value.to_str().unwrap_or("[binary]").to_string()
        };
        let _ = writeln!(err, "> {}: {shown}", title_case(name.as_str()));
    }
    if request.headers().get(USER_AGENT).is_none() {
        let _ = writeln!(err, "> User-Agent: {USER_AGENT_VALUE}");
    }
    let _ = writeln!(err, ">");
    if let Some(body) = body {
        let _ = writeln!(err, "> {body}");
    }
}

fn trace_response(response: &reqwest::Response) {
    let mut err = std::io::stderr().lock();
    let status = response.status();
    let _ = writeln!(
        err,
        "< {:?} {} {}",
        response.version(),
        status.as_u16(),
        status.canonical_reason().unwrap_or("")
    );
    for (name, value) in response.headers() {
        let _ = writeln!(
            err,
            "< {}: {}",
            title_case(name.as_str()),
            value.to_str().unwrap_or("[binary]")
        );
    }
    let _ = writeln!(err, "<");
}

/// `api_key=user:password` in a raw query must not reach the terminal either.
fn redact_query(query: &str) -> String {
    query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((k, _)) if k.eq_ignore_ascii_case("api_key") => format!("{k}=[redacted]"),
            _ => pair.to_string(),
        })
        .collect::<Vec<_>>()
        .join("&")
}

fn title_case(name: &str) -> String {
    name.split('-')
        .map(|part| {
            let mut chars = part.chars();
            match chars.next() {
                Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// SIGHUP ignored while it lives; the disposition before it comes back on drop.
struct HangupHeld(Option<libc::sigaction>);

impl HangupHeld {
    fn new() -> HangupHeld {
        // SAFETY: both structs are plain data, zeroed then filled in;
        // sigaction only reads `ignore` and writes `before`.
        unsafe {
            let mut ignore: libc::sigaction = std::mem::zeroed();
            ignore.sa_sigaction = libc::SIG_IGN;
            let mut before: libc::sigaction = std::mem::zeroed();
            let ok = libc::sigaction(libc::SIGHUP, &ignore, &mut before) == 0;
            HangupHeld(ok.then_some(before))
        }
    }
}

impl Drop for HangupHeld {
    fn drop(&mut self) {
        if let Some(before) = &self.0 {
            // SAFETY: `before` is what sigaction gave back in `new`.
            unsafe {
                libc::sigaction(libc::SIGHUP, before, std::ptr::null_mut());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_key_is_redacted() {
        assert_eq!(
            redact_query("app=a&api_key=u:p"),
            "app=a&api_key=[redacted]"
        );
    }
}
