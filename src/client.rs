//! HTTP to ARI: auth, TLS, time limits, `-v` tracing, and every failure
//! turned into an `Error` whose kind decides the exit code.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use reqwest::header::{AUTHORIZATION, CONTENT_TYPE, HeaderMap, USER_AGENT};
use reqwest::{Method, Url};
use serde_json::Value;

use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result, one_line, without_os_code};
use crate::invocation::Invocation;
use crate::tls::{TlsOptions, client_config, handshake_failure};
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
}

/// A reply, read in full.
pub struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Client {
    /// Made only when a request is about to be sent, so `password_command`
    /// does not run for `--curl`, `--help` or a usage error.
    pub fn new(settings: &Settings, verbose: bool) -> Result<Client> {
        let password = settings.password.value.resolve()?;
        let tls = client_config(&TlsOptions {
            https: settings.url.value.scheme() == "https",
            insecure: settings.insecure.value,
            cacert: settings.cacert.as_ref().map(|c| c.value.as_path()),
        })?;
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
        let route = match (crate::transport::installed(), settings.transport) {
            (Some(connections), _) => Route::Session(connections),
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

    /// A look-up of ari's own made alongside the request the user asked
    /// for: never traced by `-v`, whose trace shows what the user sent
    /// (two requests in flight at once would interleave there).
    pub async fn look_up(&self, inv: &Invocation) -> Result<Reply> {
        self.send_traced(inv, false).await
    }

    async fn send_traced(&self, inv: &Invocation, trace: bool) -> Result<Reply> {
        if let Some(socket) = self.socket(inv).await? {
            let limit = self.max_time.unwrap_or(DEFAULT_ANSWER_LIMIT);
            let what = inv.describe(&self.base);
            return socket.request(inv, limit, trace, &what).await;
        }
        let response = self.start_traced(inv, trace).await?;
        self.read_reply(response, inv).await
    }

    /// The WebSocket this request goes over, if it does not go over HTTP.
    async fn socket(&self, inv: &Invocation) -> Result<Option<RestSocket>> {
        match &self.route {
            Route::Http => Ok(None),
            Route::Session(connections) => connections
                .current(self.connect_timeout)
                .await
                .map(Some)
                .map_err(|e| {
                    let what = inv.describe(&self.base);
                    Error::new(e.kind, format!("{} ({what})", e.message))
                }),
            Route::OwnSocket(settings, socket) => socket
                .get_or_try_init(|| open_own_socket(settings))
                .await
                .cloned()
                .map(Some),
        }
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
        let host = match (self.base.host_str(), self.base.port_or_known_default()) {
            (Some(h), Some(p)) => format!("{h}:{p}"),
            (Some(h), None) => h.to_string(),
            _ => self.base.to_string(),
        };
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
            let (reason, hint) = handshake_failure(tls);
            return Error::connection(format!(
                "TLS handshake with {host} failed: {reason} ({what})"
            ))
            .with_hint(hint);
        }
        if e.is_connect() {
            let lower = cause.to_lowercase();
            let hint = if lower.contains("refused") {
                "is Asterisk (or `ari sim`) running there? check the url with `ari profile show`"
            } else if lower.contains("dns") || lower.contains("lookup") || lower.contains("name") {
                "check the host name in the url (`ari profile show`)"
            } else {
                "check the url with `ari profile show`"
            };
            return Error::connection(format!("cannot connect to {host}: {cause} ({what})"))
                .with_hint(hint);
        }
        Error::connection(format!("connection to {host} failed: {cause} ({what})"))
    }
}

/// An events WebSocket for one command's requests: a private application
/// name, so it takes no application's events away from anyone.
async fn open_own_socket(settings: &Settings) -> Result<RestSocket> {
    let app = crate::events::tail::private_app();
    let socket = crate::events::socket::EventSocket::connect(settings, &[app], false).await?;
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

/// The error an HTTP error reply becomes: `404 Not Found: Channel not found (DELETE /ari/channels/123)`.
pub fn http_error(reply: &Reply, what: &str) -> Error {
    let reason = reqwest::StatusCode::from_u16(reply.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let status = format!("{} {reason}", reply.status);
    let status = status.trim_end();
    let message = error_text(reply);
    let line = match message {
        Some(m) => format!("{status}: {m} ({what})"),
        None => format!("{status} ({what})"),
    };
    let kind = ErrorKind::from_status(reply.status);
    let mut error = Error::new(kind, line);
    error.status = Some(reply.status);
    if reply.status == 401 {
        error = error.with_hint("check the user name and password: `ari profile show`");
    } else if reply.status == 403 {
        error = error.with_hint("this ARI user may be read-only (read_only in ari.conf)");
    } else if reply.status == 404
        && let Some(hint) = wrong_path_hint(reply, what)
    {
        error = error.with_hint(hint);
    }
    error
}

/// A 404 that no object's absence explains: the request missed ARI itself.
/// Asterisk serves ARI only below `/ari/`, answers other paths with an HTML
/// page, and paths below `/ari/` that no operation has with
/// `{"message":"Resource not found"}` (a missing object has its own message:
/// "Channel not found"). `what` is `METHOD /path`.
fn wrong_path_hint(reply: &Reply, what: &str) -> Option<&'static str> {
    let path = what.split_whitespace().nth(1).unwrap_or_default();
    let below_ari = path.starts_with("/ari/") && !path.starts_with("/ari/ari/");
    let ari_message = serde_json::from_slice::<Value>(&reply.body)
        .ok()
        .and_then(|json| json.get("message")?.as_str().map(str::to_string));
    if !below_ari {
        return Some(
            "the url's path looks wrong: Asterisk serves ARI at /ari, which ari adds; give the url as http://HOST:PORT",
        );
    }
    match ari_message.as_deref() {
        None => Some("this 404 is not ARI's (no JSON message): check the url (`ari profile show`)"),
        Some("Resource not found") => Some(
            "no ARI operation at this path: check the url (`ari profile show`); an older Asterisk may lack the operation",
        ),
        Some(_) => None,
    }
}

/// What the server said in an error body: ARI's `message`, or a short text
/// from an HTML page or plain body; never more than one line.
fn error_text(reply: &Reply) -> Option<String> {
    const LIMIT: usize = 200;
    let text = String::from_utf8_lossy(&reply.body);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let found = if let Ok(json) = serde_json::from_str::<Value>(text) {
        match json.get("message").or_else(|| json.get("error")) {
            Some(Value::String(m)) => m.clone(),
            _ => json.to_string(),
        }
    } else if text.starts_with('<') {
        html_text(text)?
    } else {
        text.to_string()
    };
    let line = one_line(&found);
    if line.is_empty() {
        return None;
    }
    Some(if line.chars().count() > LIMIT {
        format!("{}…", line.chars().take(LIMIT).collect::<String>())
    } else {
        line
    })
}

/// The title of an HTML page, or else its text without tags.
fn html_text(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if let (Some(start), Some(end)) = (lower.find("<title>"), lower.find("</title>"))
        && start + 7 <= end
    {
        let title = one_line(&html[start + 7..end]);
        if !title.is_empty() {
            return Some(title);
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = one_line(&out);
    (!text.is_empty()).then_some(text)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn error_lines_carry_status_message_and_request() {
        let e = http_error(
            &reply(404, r#"{"message": "Channel not found"}"#),
            "DELETE /ari/channels/123",
        );
        assert_eq!(
            e.message,
            "404 Not Found: Channel not found (DELETE /ari/channels/123)"
        );
        assert_eq!(e.exit_code(), 5);
    }

    #[test]
    fn html_and_empty_bodies_stay_one_line() {
        let e = http_error(
            &reply(
                400,
                "<html><head><title>400 Bad Request</title></head>\n<body>x</body></html>",
            ),
            "GET /ari/events",
        );
        assert_eq!(
            e.message,
            "400 Bad Request: 400 Bad Request (GET /ari/events)"
        );
        let e = http_error(&reply(502, ""), "GET /ari/x");
        assert_eq!(e.message, "502 Bad Gateway (GET /ari/x)");
        let e = http_error(&reply(500, "line one\nline two"), "GET /ari/x");
        assert_eq!(
            e.message,
            "500 Internal Server Error: line one line two (GET /ari/x)"
        );
    }

    #[test]
    fn api_key_is_redacted() {
        assert_eq!(
            redact_query("app=a&api_key=u:p"),
            "app=a&api_key=[redacted]"
        );
    }
}
