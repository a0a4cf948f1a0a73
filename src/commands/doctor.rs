//! `ari doctor`: the first thing to run when something does not work. Each
//! check prints one line with its verdict and, when it fails, what to do.

use std::io::{IsTerminal, Write};
use std::net::ToSocketAddrs;
use std::sync::Arc;
use std::time::Duration;

use clap::Command;
use serde_json::Value;

use crate::cli::GlobalOptions;
use crate::client::Client;
use crate::config::{ConfigFile, Settings};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result, one_line};
use crate::invocation::Invocation;
use crate::spec::OPERATIONS;
use crate::transport::socket::{EventSocket, Frame, private_app};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "doctor",
    define: command,
    run: |_, ctx| run(ctx).map(|_| None),
};

pub fn command() -> Command {
    Command::new("doctor")
        .about("Check the configuration, the connection and the server, and say what is wrong")
        .after_help(
            "Checks, one line each: the config file, the profile in use, the password,\n\
             DNS, TCP, TLS, authentication, the server (Asterisk and its version, or\n\
             ari sim), the ARI version, the events WebSocket, REST over that\n\
             WebSocket, outbound WebSockets (by version), and the operations the\n\
             server has against those ari knows.\n\
             Exit code 0 when every check passes (warnings included), else the code\n\
             of the first failure (2 configuration, 3 connection, 4 authentication).\n\n\
             Example:\n  ari -p prod doctor",
        )
}

#[derive(Clone, Copy, PartialEq)]
enum Verdict {
    Ok,
    /// Works, with something worth fixing; still not a pass, so the exit
    /// code says it (as `brew doctor` does), with the kind that fits.
    Warn(ErrorKind),
    Fail(ErrorKind),
    Skip,
}

struct Report {
    color: bool,
    first_failure: Option<ErrorKind>,
    first_warning: Option<ErrorKind>,
    /// For a fleet: the profile before each line, and the lines kept until
    /// the server's checks are done (so servers checked at once do not mix).
    prefix: String,
    kept: Option<Vec<String>>,
}

impl Report {
    fn line(&mut self, verdict: Verdict, check: &str, detail: impl AsRef<str>) {
        let (word, color) = match verdict {
            Verdict::Ok => ("ok", "\x1b[32m"),
            Verdict::Warn(kind) => {
                self.first_warning.get_or_insert(kind);
                ("warn", "\x1b[33m")
            }
            Verdict::Fail(kind) => {
                self.first_failure.get_or_insert(kind);
                ("FAIL", "\x1b[1;31m")
            }
            Verdict::Skip => ("skip", "\x1b[2m"),
        };
        let detail = one_line(detail.as_ref());
        let prefix = &self.prefix;
        let line = if self.color {
            format!("{prefix}{color}{word:<5}\x1b[0m {check:<16} {detail}")
        } else {
            format!("{prefix}{word:<5} {check:<16} {detail}")
        };
        match &mut self.kept {
            Some(lines) => lines.push(line),
            None => {
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "{line}");
                let _ = out.flush();
            }
        }
    }

    /// The exit code this report stands for: the first failure, else the
    /// first warning.
    fn verdict(&self) -> Option<ErrorKind> {
        self.first_failure.or(self.first_warning)
    }
}

pub fn run(ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    // Read here, so that a fleet's checks share one reading.
    let config = ctx.config();
    if let Some(names) = crate::fleet::targets(ctx)? {
        return run_fleet(globals, &config, names);
    }
    let mut report = Report {
        color: std::io::stdout().is_terminal() && globals.color.enabled(true),
        first_failure: None,
        first_warning: None,
        prefix: String::new(),
        kept: None,
    };
    let result = crate::runtime::runtime()?.block_on(checks(globals, &config, &mut report));
    if let Err(e) = result {
        report.line(Verdict::Fail(e.kind), "doctor", &e.message);
    }
    match report.first_failure.or(report.first_warning) {
        // The lines above already said it all.
        Some(kind) => Err(Error::new(kind, "")),
        None => Ok(()),
    }
}

/// `ari -p 'eu-*' doctor`: every server checked at once, then one line per
/// server and check, in profile order; the code of the first server that
/// has a failure (or, failing none, a warning).
fn run_fleet(
    globals: &GlobalOptions,
    config: &Result<Arc<ConfigFile>>,
    names: Vec<String>,
) -> Result<()> {
    let color = std::io::stdout().is_terminal() && globals.color.enabled(true);
    let width = names.iter().map(String::len).max().unwrap_or(0);
    let reports = crate::runtime::runtime()?.block_on(async {
        let each = names.iter().map(|name| async move {
            let mut one = globals.clone();
            one.connection.profile = Some(name.clone());
            let mut report = Report {
                color,
                first_failure: None,
                first_warning: None,
                prefix: format!("{name:<width$}  "),
                kept: Some(Vec::new()),
            };
            if let Err(e) = checks(&one, config, &mut report).await {
                report.line(Verdict::Fail(e.kind), "doctor", &e.message);
            }
            report
        });
        futures_util::future::join_all(each).await
    });
    let mut out = std::io::stdout().lock();
    for report in &reports {
        for line in report.kept.iter().flatten() {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = out.flush();
    let failed: Vec<(&String, ErrorKind)> = names
        .iter()
        .zip(&reports)
        .filter_map(|(n, r)| r.verdict().map(|k| (n, k)))
        .collect();
    match failed.first() {
        Some((_, kind)) => Err(Error::new(
            *kind,
            format!(
                "{} of {} servers need attention: {}",
                failed.len(),
                names.len(),
                failed
                    .iter()
                    .map(|(n, k)| format!("{n} (exit {})", k.exit_code()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
        None => Ok(()),
    }
}

async fn checks(
    globals: &GlobalOptions,
    config: &Result<Arc<ConfigFile>>,
    report: &mut Report,
) -> Result<()> {
    // The config file.
    let file = match config {
        Ok(file) => file,
        Err(e) => {
            report.line(Verdict::Fail(ErrorKind::Usage), "config file", &e.message);
            return Ok(());
        }
    };
    config_file(file, report);

    // The profile in use.
    let settings = match Settings::resolve(&globals.connection, file) {
        Ok(s) => s,
        Err(e) => {
            report.line(Verdict::Fail(ErrorKind::Usage), "profile", e.message);
            return Ok(());
        }
    };
    report.line(
        Verdict::Ok,
        "profile",
        format!(
            "{} ({}): {} as {}",
            settings.profile.value,
            settings.profile.source,
            settings.url.value,
            settings.username.value
        ),
    );
    match settings.password.value.resolve() {
        Ok(Some(_)) => report.line(Verdict::Ok, "password", settings.password.value.describe()),
        Ok(None) => report.line(
            Verdict::Warn(ErrorKind::Usage),
            "password",
            "none set: the server will likely answer 401",
        ),
        Err(e) => {
            report.line(Verdict::Fail(ErrorKind::Usage), "password", e.message);
            return Ok(());
        }
    }

    // DNS and TCP.
    let url = &settings.url.value;
    let host = url
        .host_str()
        .unwrap_or("")
        .trim_matches(['[', ']'])
        .to_string();
    let port = url.port_or_known_default().unwrap_or(8088);
    let addrs: Vec<std::net::SocketAddr> = match (host.as_str(), port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => {
            report.line(
                Verdict::Fail(ErrorKind::Connection),
                "dns",
                format!(
                    "cannot resolve {host}: {}",
                    crate::error::without_os_code(&e.to_string())
                ),
            );
            return Ok(());
        }
    };
    let shown: Vec<String> = addrs.iter().map(|a| a.ip().to_string()).collect();
    report.line(
        Verdict::Ok,
        "dns",
        format!("{host} is {}", shown.join(", ")),
    );
    let limit = settings.connect_timeout.value;
    let reached = addrs.iter().find_map(|a| {
        std::net::TcpStream::connect_timeout(a, limit)
            .ok()
            .map(|_| *a)
    });
    match reached {
        Some(addr) => report.line(Verdict::Ok, "tcp", format!("{addr} accepts connections")),
        None => {
            report.line(
                Verdict::Fail(ErrorKind::Connection),
                "tcp",
                format!("nothing answers on {host}:{port}: is Asterisk running with http.conf enabled (or `ari sim`)?"),
            );
            return Ok(());
        }
    }

    // TLS, authentication and the versions, from a first request.
    let client = Client::new(&settings, false)?;
    let info = client.send_ok(&Invocation::get("/asterisk/info")).await;
    let loopback = addrs.iter().all(|a| a.ip().is_loopback());
    match (&info, url.scheme()) {
        // An error with a status is the server's answer: TLS worked.
        (Err(e), "https") if e.status.is_none() => {
            report.line(Verdict::Fail(e.kind), "tls", &e.message);
            return Ok(());
        }
        (_, "https") => report.line(Verdict::Ok, "tls", "certificate verified"),
        (_, _) if loopback => report.line(Verdict::Skip, "tls", "plain HTTP on this machine"),
        _ => report.line(
            Verdict::Warn(ErrorKind::Connection),
            "tls",
            "plain HTTP across the network: the password travels unencrypted (use https://, tls in http.conf)",
        ),
    }
    let info = match info {
        Ok(reply) => reply,
        Err(e) => {
            match e.status {
                None => report.line(Verdict::Fail(e.kind), "request", &e.message),
                Some(401) => report.line(
                    Verdict::Fail(ErrorKind::Auth),
                    "authentication",
                    format!(
                        "401: wrong user name or password for '{}' (the [{}] section of ari.conf)",
                        settings.username.value, settings.username.value
                    ),
                ),
                Some(403) => report.line(
                    Verdict::Fail(ErrorKind::Auth),
                    "authentication",
                    "403: the password is right but this user may not do this",
                ),
                Some(_) => report.line(Verdict::Fail(e.kind), "authentication", e.message),
            }
            return Ok(());
        }
    };
    report.line(
        Verdict::Ok,
        "authentication",
        format!("accepted as {}", settings.username.value),
    );
    let info: Value = serde_json::from_slice(&info.body).unwrap_or(Value::Null);
    // The simulator names itself, so that nobody takes it for their PBX.
    match info["system"]["version"].as_str() {
        Some(_) if crate::sim::identity::is_simulator(&info) => report.line(
            Verdict::Ok,
            "server",
            format!("{}, not a PBX", crate::sim::identity::server_name(&info)),
        ),
        Some(_) => report.line(
            Verdict::Ok,
            "server",
            crate::sim::identity::server_name(&info),
        ),
        None => report.line(
            Verdict::Warn(ErrorKind::ServerError),
            "server",
            "the server did not say its version",
        ),
    }
    if let Some(version) = info["system"]["version"].as_str() {
        security(version, report);
    }
    let resources = client
        .send(&Invocation::get("/api-docs/resources.json"))
        .await;
    let resources: Option<Value> = resources
        .ok()
        .filter(|r| r.is_success())
        .and_then(|r| serde_json::from_slice(&r.body).ok());
    match resources.as_ref().and_then(|r| r["apiVersion"].as_str()) {
        Some(version) => report.line(Verdict::Ok, "ari", format!("API version {version}")),
        None => report.line(
            Verdict::Warn(ErrorKind::NotFound),
            "ari",
            "no /ari/api-docs/resources.json: cannot tell the ARI version",
        ),
    }

    let version = info["system"]["version"].as_str();
    websocket(&settings, &client, report, version).await;
    outbound(version, report);

    if let Some(resources) = resources {
        operations(&client, &resources, report).await;
    }
    Ok(())
}

fn config_file(file: &ConfigFile, report: &mut Report) {
    if !file.exists {
        report.line(
            Verdict::Ok,
            "config file",
            format!(
                "none at {}: the built-in default applies",
                file.path.display()
            ),
        );
        return;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file.path)
            .map(|m| m.permissions().mode() & 0o777)
            .unwrap_or(0);
        let holds_password = file.profiles.values().any(|p| p.password.is_some());
        if holds_password && mode & 0o077 != 0 {
            report.line(
                Verdict::Warn(ErrorKind::Usage),
                "config file",
                format!(
                    "{} (mode {mode:o}) holds a password others can read: chmod 600 {}",
                    file.path.display(),
                    file.path.display()
                ),
            );
            return;
        }
        report.line(
            Verdict::Ok,
            "config file",
            format!(
                "{} (mode {mode:o}, {} profiles)",
                file.path.display(),
                file.profiles.len()
            ),
        );
    }
    #[cfg(not(unix))]
    report.line(Verdict::Ok, "config file", file.path.display().to_string());
}

/// Register a private application and see an event arrive on it.
async fn websocket(
    settings: &Settings,
    client: &Client,
    report: &mut Report,
    version: Option<&str>,
) {
    let app = private_app();
    let mut socket = match EventSocket::connect(settings, std::slice::from_ref(&app), false).await {
        Ok(s) => s,
        Err(e) => {
            report.line(Verdict::Fail(e.kind), "websocket", e.message);
            return;
        }
    };
    let ping = Invocation {
        method: "POST".into(),
        path: "/events/user/ari-doctor".into(),
        query: vec![("application".into(), app.clone())],
        body: None,
        operation: None,
        download_to: None,
    };
    match client.send_ok(&ping).await {
        Ok(_) => {
            let deadline = tokio::time::sleep(Duration::from_secs(3));
            tokio::pin!(deadline);
            loop {
                tokio::select! {
                    frame = socket.next() => match frame {
                        Frame::Text(text) if text.as_str().contains("ari-doctor") => {
                            report.line(Verdict::Ok, "websocket", format!("registered {app} and received a test event"));
                            break;
                        }
                        Frame::Closed(reason) => {
                            report.line(Verdict::Fail(ErrorKind::Connection), "websocket", format!("closed: {reason}"));
                            break;
                        }
                        _ => continue,
                    },
                    _ = &mut deadline => {
                        report.line(Verdict::Fail(ErrorKind::Connection), "websocket",
                            "connected, but a test event did not arrive within 3s (a proxy buffering the WebSocket?)");
                        break;
                    }
                }
            }
        }
        Err(e) if e.status == Some(403) => report.line(
            Verdict::Ok,
            "websocket",
            format!("registered {app} (a read-only user cannot send the test event)"),
        ),
        Err(e) => report.line(
            Verdict::Warn(e.kind),
            "websocket",
            format!("connected; the test event failed: {}", e.message),
        ),
    }
    rest_over_websocket(&mut socket, report, version).await;
    socket.close().await;
}

use crate::spec::versions::{OUTBOUND_WEBSOCKET, REST_OVER_WEBSOCKET, has, which};

/// The security advisories about ARI and its HTTP server whose fixes this
/// version predates: one line each, with the releases that fixed it.
fn security(version: &str, report: &mut Report) {
    for advisory in crate::spec::versions::open_advisories(version) {
        report.line(
            Verdict::Warn(ErrorKind::ServerError),
            "security",
            format!(
                "Asterisk {version} predates the fix for {} ({}): fixed in {}",
                advisory.id,
                advisory.about,
                advisory.fixed.join(", ")
            ),
        );
    }
}

/// Ask over the events WebSocket itself (`--via websocket`).
async fn rest_over_websocket(socket: &mut EventSocket, report: &mut Report, version: Option<&str>) {
    const CHECK: &str = "rest over ws";
    let known = version.and_then(|v| has(REST_OVER_WEBSOCKET, v));
    if known == Some(false) {
        report.line(
            Verdict::Skip,
            CHECK,
            format!(
                "Asterisk {} takes REST requests over HTTP only (over the WebSocket from {}): --via websocket and `ari repl --listen` will not work",
                version.unwrap_or_default(),
                which(REST_OVER_WEBSOCKET)
            ),
        );
        return;
    }
    let request_id = crate::transport::next_request_id();
    let frame = crate::transport::frames::request(&Invocation::get("/asterisk/ping"), &request_id);
    if let Err(e) = socket.send_text(frame).await {
        report.line(Verdict::Fail(e.kind), CHECK, e.message);
        return;
    }
    let deadline = tokio::time::sleep(Duration::from_secs(3));
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            frame = socket.next() => match frame {
                Frame::Text(text) => {
                    if let Some((id, reply)) = crate::transport::frames::response(&text)
                        && id == request_id
                    {
                        let verdict = if reply.status == 200 {
                            Verdict::Ok
                        } else {
                            Verdict::Warn(ErrorKind::from_status(reply.status))
                        };
                        report.line(verdict, CHECK, format!(
                            "a request over the events WebSocket was answered ({}): --via websocket works",
                            reply.status
                        ));
                        return;
                    }
                }
                Frame::Closed(reason) => {
                    report.line(Verdict::Fail(ErrorKind::Connection), CHECK, format!("closed: {reason}"));
                    return;
                }
                _ => {}
            },
            _ = &mut deadline => {
                report.line(Verdict::Warn(ErrorKind::Connection), CHECK, format!(
                    "no answer within 3s to a request over the events WebSocket (needs {}): use HTTP",
                    which(REST_OVER_WEBSOCKET)
                ));
                return;
            }
        }
    }
}

/// Outbound WebSockets cannot be tried from here (Asterisk would have to be
/// configured to connect to us): the version says whether they exist.
fn outbound(version: Option<&str>, report: &mut Report) {
    const CHECK: &str = "outbound ws";
    let since = which(OUTBOUND_WEBSOCKET);
    match version.map(|v| (v, has(OUTBOUND_WEBSOCKET, v))) {
        Some((v, Some(true))) => report.line(
            Verdict::Ok,
            CHECK,
            format!("Asterisk {v} can connect out to `ari events --listen` / `ari repl --listen` (ari.conf type = outbound_websocket)"),
        ),
        Some((v, Some(false))) => report.line(
            Verdict::Skip,
            CHECK,
            format!("Asterisk {v} has no outbound WebSockets ({since})"),
        ),
        _ => report.line(
            Verdict::Skip,
            CHECK,
            format!("cannot tell from the version whether Asterisk connects out ({since})"),
        ),
    }
}

/// The operations the server describes against those in ari's table.
async fn operations(client: &Client, resources: &Value, report: &mut Report) {
    let mut server: Vec<(String, String)> = Vec::new();
    for api in resources["apis"].as_array().into_iter().flatten() {
        let Some(path) = api["path"].as_str() else {
            continue;
        };
        let path = path.replace("{format}", "json");
        let Ok(reply) = client.send(&Invocation::get(&path)).await else {
            continue;
        };
        let Ok(doc) = serde_json::from_slice::<Value>(&reply.body) else {
            continue;
        };
        for api in doc["apis"].as_array().into_iter().flatten() {
            let path = api["path"].as_str().unwrap_or_default();
            for op in api["operations"].as_array().into_iter().flatten() {
                server.push((
                    op["httpMethod"].as_str().unwrap_or_default().to_string(),
                    path.to_string(),
                ));
            }
        }
    }
    if server.is_empty() {
        report.line(
            Verdict::Warn(ErrorKind::ServerError),
            "operations",
            "the server's API description could not be read",
        );
        return;
    }
    let ours: Vec<(String, String)> = OPERATIONS
        .iter()
        .map(|op| (op.method.as_str().to_string(), op.path.to_string()))
        .collect();
    let show = |list: &[&(String, String)]| {
        let mut words: Vec<String> = list
            .iter()
            .take(5)
            .map(|(m, p)| format!("{m} {p}"))
            .collect();
        if list.len() > 5 {
            words.push(format!("and {} more", list.len() - 5));
        }
        words.join(", ")
    };
    let unknown: Vec<&(String, String)> = server.iter().filter(|o| !ours.contains(o)).collect();
    let missing: Vec<&(String, String)> = ours.iter().filter(|o| !server.contains(o)).collect();
    match (unknown.is_empty(), missing.is_empty()) {
        (true, true) => report.line(
            Verdict::Ok,
            "operations",
            format!(
                "all {} of the server's operations are known to ari",
                server.len()
            ),
        ),
        _ => {
            if !unknown.is_empty() {
                report.line(
                    Verdict::Warn(ErrorKind::NotFound),
                    "operations",
                    format!(
                        "the server has {} ari does not know (use `ari raw`): {}",
                        unknown.len(),
                        show(&unknown)
                    ),
                );
            }
            if !missing.is_empty() {
                // By their names, grouped by the releases that brought them.
                let mut groups: Vec<(String, Vec<String>)> = Vec::new();
                for op in missing.iter().filter_map(|(m, p)| {
                    OPERATIONS
                        .iter()
                        .find(|op| op.method.as_str() == m && op.path == p)
                }) {
                    let name = format!("{} {}", op.resource, op.action);
                    let since = which(op.since);
                    match groups.iter_mut().find(|(s, _)| *s == since) {
                        Some((_, names)) => names.push(name),
                        None => groups.push((since, vec![name])),
                    }
                }
                let named: Vec<String> = groups
                    .into_iter()
                    .map(|(since, names)| format!("{} ({since})", names.join(", ")))
                    .collect();
                report.line(
                    Verdict::Warn(ErrorKind::NotFound),
                    "operations",
                    format!(
                        "ari knows {} operations this server lacks: {}",
                        missing.len(),
                        named.join("; ")
                    ),
                );
            }
        }
    }
}
