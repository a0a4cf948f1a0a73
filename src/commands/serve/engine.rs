//! The serve loop: one events WebSocket for the application, a handler per
//! call that enters it, each call's events kept for its verbs, and every
//! call sent on (or hung up) when its handler or serve itself ends.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::Value;
use tokio::signal::unix::{Signal, SignalKind, signal};

use super::call::{Call, End, Legs};
use super::control::{ControlSocket, unknown_call};
use super::handler::{Handler, describe, signal_group};
use super::rest::Rest;
use super::verbs::Verbs;
use crate::client::Client;
use crate::config::{Settings, Source};
use crate::error::{Error, ErrorKind, Result};
use crate::events::ownership;
use crate::events::tail::backoff;
use crate::transport;
use crate::transport::call_socket::{self as protocol, Request, Response};
use crate::transport::listener::{self, Bound, Pending};
use crate::transport::socket::{EventSocket, Frame};

/// What to do with a call still in the application when its handler ends.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OnExit {
    Continue,
    Hangup,
}

pub struct Options {
    pub app: String,
    /// COMMAND and its arguments.
    pub argv: Vec<String>,
    pub max_calls: Option<usize>,
    pub on_exit: OnExit,
    pub adopt: bool,
    pub take_over: bool,
    pub handler_timeout: Option<Duration>,
    /// How long a handler has to end after SIGHUP before its group is killed.
    pub grace: Duration,
    pub keepalive: Duration,
    pub reconnect: bool,
    pub verbose: bool,
}

/// The channel variable a call turned away by `--max-calls` carries back
/// to the dialplan.
pub const TURNED_AWAY_VAR: &str = "ARI_SERVE_STATUS";

struct Serve {
    settings: Settings,
    options: Options,
    verbs: Verbs,
    /// Requests over HTTP, for calls that came over the events WebSocket.
    http: Rest,
    /// Calls whose requests go over the WebSocket Asterisk opened (`--listen`).
    routes: Mutex<HashMap<String, Rest>>,
    calls: Mutex<HashMap<String, Arc<Call>>>,
    tokens: Mutex<HashMap<String, Arc<Call>>>,
    legs: Legs,
    socket_path: String,
    numbers: AtomicU64,
    /// Handlers still running (serve waits for them when it stops).
    running: tokio::sync::watch::Sender<usize>,
    /// serve is stopping: every handler gets SIGHUP.
    stopping: tokio::sync::watch::Sender<bool>,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// The channel ids an event is about.
fn channels_of(event: &Value) -> Vec<&str> {
    let mut ids = Vec::with_capacity(2);
    for id in [
        event["channel"]["id"].as_str(),
        event["peer"]["id"].as_str(),
        event["playback"]["target_uri"]
            .as_str()
            .and_then(|u| u.strip_prefix("channel:")),
        event["recording"]["target_uri"]
            .as_str()
            .and_then(|u| u.strip_prefix("channel:")),
    ]
    .into_iter()
    .flatten()
    {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// Whether a channel is in the application now (at `Stasis(app,...)`).
fn in_application(channel: &Value, app: &str) -> bool {
    let dialplan = &channel["dialplan"];
    dialplan["app_name"].as_str() == Some("Stasis")
        && dialplan["app_data"]
            .as_str()
            .is_some_and(|d| d.split(',').next() == Some(app))
}

/// Ctrl-C and SIGTERM, which both stop serve (its calls sent on first).
struct Stops {
    interrupt: Signal,
    terminate: Signal,
}

impl Stops {
    fn catch() -> Result<Stops> {
        let catch = |kind: SignalKind, name: &str| {
            signal(kind).map_err(|e| Error::internal(format!("cannot catch {name}: {e}")))
        };
        Ok(Stops {
            interrupt: catch(SignalKind::interrupt(), "SIGINT")?,
            terminate: catch(SignalKind::terminate(), "SIGTERM")?,
        })
    }

    /// The next of the two: Ctrl-C is the error that exits 130, SIGTERM a
    /// stop as asked (exit 0).
    async fn asked(&mut self) -> Result<()> {
        tokio::select! {
            _ = self.interrupt.recv() => {
                say!("ari: interrupted: sending every call on before leaving");
                Err(Error::new(ErrorKind::Interrupted, ""))
            }
            _ = self.terminate.recv() => {
                say!("ari: SIGTERM: sending every call on before leaving");
                Ok(())
            }
        }
    }
}

fn token() -> String {
    let mut bytes = [0u8; 12];
    if let Ok(mut random) = std::fs::File::open("/dev/urandom") {
        let _ = std::io::Read::read_exact(&mut random, &mut bytes);
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub async fn run(settings: Settings, options: Options, listen: Option<Bound>) -> Result<()> {
    let client = Client::new(&settings, options.verbose)?;
    if listen.is_some() {
        client.needs_outbound_websocket().await?;
    }
    let control = ControlSocket::bind()?;
    let app = options.app.clone();
    let legs = Legs::default();
    let serve = Arc::new(Serve {
        verbs: Verbs {
            app: app.clone(),
            leg_marker: format!("ari-serve-leg-{}", std::process::id()),
            legs: legs.clone(),
        },
        http: Rest::http(client),
        routes: Mutex::default(),
        settings,
        calls: Mutex::default(),
        tokens: Mutex::default(),
        legs,
        socket_path: control.path().display().to_string(),
        numbers: AtomicU64::new(1),
        running: tokio::sync::watch::channel(0).0,
        stopping: tokio::sync::watch::channel(false).0,
        options,
    });
    let answering = serve.clone();
    let control_task = tokio::spawn(async move {
        control
            .serve(move |request: Request| {
                let serve = answering.clone();
                async move { serve.answer(request).await }
            })
            .await
    });
    let handler = serve.options.argv.join(" ");
    let outcome = match listen {
        Some(bound) => {
            say!(
                "ari: serving {app} on {} (Asterisk connects): {handler} runs for each call (Ctrl-C stops); in Asterisk:",
                bound.uri()
            );
            for line in listener::asterisk_config(&bound.uri(), &serve.settings, &app).lines() {
                say!("  {line}");
            }
            serve.listen(bound).await
        }
        None => serve.tail(&app, &handler).await,
    };
    // The handlers' verbs are answered until the last handler has ended.
    serve.stop_all().await;
    control_task.abort();
    outcome
}

impl Serve {
    /// The events WebSocket of the application, until Ctrl-C, SIGTERM or a
    /// failure; the application is claimed first and let go after.
    async fn tail(self: &Arc<Self>, app: &str, handler: &str) -> Result<()> {
        let apps = [app.to_string()];
        let mut claim = ownership::claim(
            &self.settings,
            &apps,
            self.options.take_over,
            self.options.verbose,
        )
        .await?;
        let mut socket = EventSocket::connect(&self.settings, &apps, false).await?;
        claim.hold();
        say!("ari: serving {app}: {handler} runs for each call (Ctrl-C stops)");
        self.leftovers().await;
        let outcome = self.events(&mut socket).await;
        // Calls are sent on before the application is let go of.
        self.stop_all().await;
        socket.close().await;
        claim.release(&self.settings).await;
        outcome
    }

    /// `--listen`: every connection Asterisk opens is a source of events,
    /// and the calls that come over it send their requests back over it.
    async fn listen(self: &Arc<Self>, bound: Bound) -> Result<()> {
        let listener = bound.serve()?;
        let mut stops = Stops::catch()?;
        let mut next = 0u64;
        loop {
            tokio::select! {
                pending = listener.next() => {
                    next += 1;
                    let serve = self.clone();
                    tokio::spawn(async move { serve.connection(pending, next).await });
                }
                stop = stops.asked() => return stop,
            }
        }
    }

    /// One connection from Asterisk, until it closes.
    async fn connection(self: Arc<Self>, pending: Pending, id: u64) {
        let peer = pending.peer;
        let ws = match pending.upgrade().await {
            Ok(ws) => ws,
            Err(why) => return say!("ari: refused a connection from {peer}: {why}"),
        };
        let label = format!("ws{id} from {peer}");
        if self.options.verbose {
            say!("ari: connection {label}");
        }
        let (socket, requests) = transport::channel(label.clone());
        let rest = Rest::Socket {
            socket,
            base: self.settings.url.value.clone(),
            verbose: self.options.verbose,
        };
        let (frames, mut incoming) = tokio::sync::mpsc::unbounded_channel();
        let pump = transport::pump(ws, requests, move |text| {
            let _ = frames.send(text);
        });
        let routing = async {
            while let Some(text) = incoming.recv().await {
                if let Ok(event) = serde_json::from_str::<Value>(&text)
                    && let Err(e) = self.route(event, &rest).await
                {
                    say!("ari: {label}: {}", e.message);
                }
            }
        };
        let (why, ()) = tokio::join!(pump, routing);
        if self.options.verbose {
            say!("ari: connection {label} closed ({why})");
        }
        // A call whose connection closed is out of reach: it has left.
        let orphans: Vec<String> = lock(&self.routes)
            .iter()
            .filter(|(_, r)| matches!(r, Rest::Socket { socket, .. } if socket.label == label))
            .map(|(id, _)| id.clone())
            .collect();
        for id in orphans {
            if let Some(call) = lock(&self.calls).get(&id).cloned() {
                call.end(End::HungUp(format!("its connection closed: {why}")));
            }
        }
    }

    /// The way to the server for a call's requests.
    fn rest_of(&self, call: &Call) -> Rest {
        lock(&self.routes)
            .get(&call.id)
            .cloned()
            .unwrap_or_else(|| self.http.clone())
    }

    async fn answer(self: &Arc<Self>, request: Request) -> Response {
        let call = lock(&self.tokens).get(&request.token).cloned();
        match call {
            Some(call) => {
                if self.options.verbose {
                    let verb = serde_json::to_value(&request.verb).unwrap_or_default();
                    say!("ari: #{} ari call {verb}", call.number);
                }
                let rest = self.rest_of(&call);
                self.verbs.run(&call, &rest, request.verb).await
            }
            None => unknown_call(),
        }
    }

    /// Calls already in the application (a previous serve's): reported, and
    /// with `--adopt` handled.
    async fn leftovers(self: &Arc<Self>) {
        let Ok(app) = self
            .http
            .json("applications", "get", &[&self.options.app], vec![])
            .await
        else {
            return;
        };
        // The application lists the channels it is subscribed to; those in
        // it are the ones whose dialplan is at Stasis(NAME...).
        let mut waiting = Vec::new();
        for id in app["channel_ids"].as_array().into_iter().flatten() {
            let Some(id) = id.as_str() else { continue };
            if let Ok(channel) = self.http.json("channels", "get", &[id], vec![]).await
                && in_application(&channel, &self.options.app)
            {
                waiting.push(channel);
            }
        }
        let ids: Vec<&str> = waiting.iter().filter_map(|c| c["id"].as_str()).collect();
        if ids.is_empty() {
            return;
        }
        if !self.options.adopt {
            say!(
                "ari: {} call(s) already in {} (left by an earlier serve?): {}; --adopt runs handlers for them",
                ids.len(),
                self.options.app,
                ids.join(" ")
            );
            return;
        }
        for channel in &waiting {
            say!(
                "ari: adopting {}",
                channel["name"].as_str().unwrap_or("a call")
            );
            self.start_call(channel, &[], &self.http.clone()).await;
        }
    }

    /// Read events until Ctrl-C or SIGTERM (Ok), or a failure.
    async fn events(self: &Arc<Self>, socket: &mut EventSocket) -> Result<()> {
        let mut stops = Stops::catch()?;
        let http = self.http.clone();
        let mut ping = tokio::time::interval(self.options.keepalive);
        ping.reset();
        let mut awaiting_pong = false;
        loop {
            let closed = tokio::select! {
                frame = socket.next() => match frame {
                    Frame::Text(text) => {
                        awaiting_pong = false;
                        if let Ok(event) = serde_json::from_str::<Value>(&text) {
                            self.route(event, &http).await?;
                        }
                        None
                    }
                    Frame::Pong | Frame::Binary(_) => {
                        awaiting_pong = false;
                        None
                    }
                    Frame::Closed(why) => Some(why),
                },
                _ = ping.tick() => {
                    if awaiting_pong {
                        Some("no answer to a ping".to_string())
                    } else {
                        awaiting_pong = socket.ping().await.is_ok();
                        None
                    }
                }
                stop = stops.asked() => return stop,
            };
            let Some(why) = closed else { continue };
            if !self.options.reconnect {
                return Err(Error::connection(format!(
                    "the events connection closed ({why})"
                )));
            }
            say!("ari: the events connection closed ({why}); reconnecting");
            let Some(again) = self.reconnect(&mut stops).await? else {
                return Ok(());
            };
            *socket = again;
            awaiting_pong = false;
            self.check_calls().await;
        }
    }

    /// Connect again; `None` when SIGTERM came first.
    async fn reconnect(&self, stops: &mut Stops) -> Result<Option<EventSocket>> {
        let mut attempt = 0;
        loop {
            tokio::select! {
                _ = tokio::time::sleep(backoff(attempt)) => {}
                stop = stops.asked() => return stop.map(|()| None),
            }
            let apps = std::slice::from_ref(&self.options.app);
            match EventSocket::connect(&self.settings, apps, false).await {
                Ok(socket) => {
                    say!("ari: reconnected");
                    return Ok(Some(socket));
                }
                Err(e) if e.kind == ErrorKind::Auth => return Err(e),
                Err(e) => {
                    if attempt == 0 {
                        say!("ari: {}; retrying", e.message);
                    }
                    attempt += 1;
                }
            }
        }
    }

    /// After a gap, calls may have ended unseen: ask the server about each.
    async fn check_calls(&self) {
        let calls: Vec<Arc<Call>> = lock(&self.calls).values().cloned().collect();
        for call in calls {
            let gone = matches!(
                self.http.json("channels", "get", &[&call.id], vec![]).await,
                Err(e) if e.kind == ErrorKind::NotFound
            );
            if gone {
                call.end(End::HungUp("gone while the connection was down".into()));
            }
        }
    }

    /// An event from a connection; a new call's requests go back by `via`.
    async fn route(self: &Arc<Self>, event: Value, via: &Rest) -> Result<()> {
        let kind = event["type"].as_str().unwrap_or("");
        if kind == "ApplicationReplaced" {
            return Err(Error::new(
                ErrorKind::Conflict,
                format!(
                    "application '{}' was taken over by another connection (ApplicationReplaced)",
                    self.options.app
                ),
            ));
        }
        if kind == "StasisStart" {
            let id = event["channel"]["id"].as_str().unwrap_or("");
            let is_leg = lock(&self.legs).contains_key(id)
                || event["args"][0].as_str() == Some(self.verbs.leg_marker.as_str());
            let known = lock(&self.calls).contains_key(id);
            if !is_leg && !known {
                let args: Vec<String> = event["args"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .map(|a| {
                        a.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| a.to_string())
                    })
                    .collect();
                self.start_call(&event["channel"], &args, via).await;
                return Ok(());
            }
        }
        let mut fed: Vec<Arc<Call>> = Vec::new();
        for id in channels_of(&event) {
            let call = lock(&self.calls)
                .get(id)
                .cloned()
                .or_else(|| lock(&self.legs).get(id).cloned());
            if let Some(call) = call
                && !fed.iter().any(|c| Arc::ptr_eq(c, &call))
            {
                fed.push(call);
            }
        }
        for call in fed {
            call.push(event.clone());
        }
        Ok(())
    }

    /// A call entered the application: run its handler (or turn it away).
    async fn start_call(self: &Arc<Self>, channel: &Value, args: &[String], via: &Rest) {
        let id = channel["id"].as_str().unwrap_or("").to_string();
        let name = channel["name"].as_str().unwrap_or("").to_string();
        if let Some(max) = self.options.max_calls
            && lock(&self.calls).len() >= max
        {
            self.turn_away(via, &id, &name, max).await;
            return;
        }
        if matches!(via, Rest::Socket { .. }) {
            lock(&self.routes).insert(id.clone(), via.clone());
        }
        let number = self.numbers.fetch_add(1, Ordering::Relaxed);
        let call = Arc::new(Call::new(number, id.clone(), name.clone(), token()));
        // Its StasisStart is its first event.
        call.push(serde_json::json!({"type": "StasisStart", "channel": channel, "args": args}));
        let mut argv = self.options.argv.clone();
        argv.extend(args.iter().cloned());
        let env = self.environment(&call, channel, args);
        let tag = format!("#{number}");
        let handler = match Handler::spawn(&argv, env, tag.clone()) {
            Ok(handler) => handler,
            Err(e) => {
                say!("ari: {tag} {}: {}", name, e.message);
                self.send_on(&call).await;
                return;
            }
        };
        call.set_group(handler.group);
        lock(&self.calls).insert(id.clone(), call.clone());
        lock(&self.tokens).insert(call.token.clone(), call.clone());
        let caller = &channel["caller"];
        let from = match (caller["number"].as_str(), caller["name"].as_str()) {
            (Some(n), Some(c)) if !c.is_empty() => format!(" from {c} <{n}>"),
            (Some(n), _) if !n.is_empty() => format!(" from {n}"),
            _ => String::new(),
        };
        let dialplan = &channel["dialplan"];
        say!(
            "ari: {tag} started {name} ({id}){from} to {}@{}, pid {}",
            dialplan["exten"].as_str().unwrap_or("?"),
            dialplan["context"].as_str().unwrap_or("?"),
            handler.group
        );
        self.running.send_modify(|n| *n += 1);
        let serve = self.clone();
        tokio::spawn(async move { serve.supervise(call, handler).await });
    }

    fn environment(&self, call: &Call, channel: &Value, args: &[String]) -> Vec<(String, String)> {
        let text = |v: &Value| v.as_str().unwrap_or("").to_string();
        let mut env = vec![
            ("ARI_CHANNEL_ID".into(), call.id.clone()),
            ("ARI_CHANNEL_NAME".into(), call.name.clone()),
            (
                "ARI_CALLER_NUMBER".into(),
                text(&channel["caller"]["number"]),
            ),
            ("ARI_CALLER_NAME".into(), text(&channel["caller"]["name"])),
            ("ARI_EXTEN".into(), text(&channel["dialplan"]["exten"])),
            ("ARI_CONTEXT".into(), text(&channel["dialplan"]["context"])),
            ("ARI_APP".into(), self.options.app.clone()),
            ("ARI_ARGS".into(), args.join(",")),
            (
                protocol::ENV.into(),
                protocol::address(&self.socket_path, &call.token),
            ),
        ];
        // Other `ari` commands in the handler go through serve (it holds the
        // password); they read the same profile for everything else.
        if !matches!(self.settings.profile.source, Source::Default) {
            env.push(("ARI_PROFILE".into(), self.settings.profile.value.clone()));
        }
        if self.settings.config_path.exists() {
            env.push((
                "ARI_CONFIG".into(),
                self.settings.config_path.display().to_string(),
            ));
        }
        env
    }

    /// Beyond `--max-calls`: back to the dialplan, with a variable saying why.
    async fn turn_away(&self, rest: &Rest, id: &str, name: &str, max: usize) {
        let _ = rest
            .send(
                "channels",
                "setChannelVar",
                &[id],
                vec![
                    ("variable", TURNED_AWAY_VAR.into()),
                    ("value", "MAX_CALLS".into()),
                ],
                None,
            )
            .await;
        let sent = rest
            .send("channels", "continueInDialplan", &[id], vec![], None)
            .await;
        say!(
            "ari: {name} ({id}) turned away: --max-calls {max} reached; {}",
            match sent {
                Ok(_) => format!("continued in the dialplan with {TURNED_AWAY_VAR}=MAX_CALLS"),
                Err(e) => format!("could not send it on: {}", e.message),
            }
        );
    }

    /// Watch a handler: SIGHUP when its call hangs up, SIGKILL after the
    /// grace period, and once it has ended, send the call on and clean up.
    async fn supervise(self: Arc<Self>, call: Arc<Call>, mut handler: Handler) {
        let tag = format!("#{}", call.number);
        let grace = self.options.grace;
        let far = tokio::time::Instant::now() + Duration::from_secs(86400 * 365);
        let mut kill_at = far;
        let mut end_seen = false;
        let timeout_at = self
            .options
            .handler_timeout
            .map(|t| tokio::time::Instant::now() + t)
            .unwrap_or(far);
        let mut timed_out = false;
        let mut stopping = self.stopping.subscribe();
        let mut stop_seen = false;
        let status = loop {
            tokio::select! {
                status = handler.wait() => break status,
                end = call.until_end(), if !end_seen => {
                    end_seen = true;
                    // The SIGHUP went with the end (`Call::push`).
                    if matches!(end, End::HungUp(_)) {
                        kill_at = tokio::time::Instant::now() + grace;
                    }
                }
                _ = stopping.wait_for(|s| *s), if !stop_seen => {
                    stop_seen = true;
                    call.hang_up_handler();
                    kill_at = kill_at.min(tokio::time::Instant::now() + grace);
                }
                _ = tokio::time::sleep_until(timeout_at), if !timed_out => {
                    timed_out = true;
                    say!("ari: {tag} handler still running after --handler-timeout: stopping it");
                    call.hang_up_handler();
                    kill_at = kill_at.min(tokio::time::Instant::now() + grace);
                }
                _ = tokio::time::sleep_until(kill_at) => {
                    handler.signal_group(libc::SIGKILL);
                    kill_at = far;
                }
            }
        };
        // Whatever the handler left running in its group goes with it.
        signal_group(handler.group, libc::SIGKILL);
        let outcome = match call.ended() {
            Some(end) => end.outcome(),
            None => self.send_on(&call).await,
        };
        self.clean_up(&call).await;
        lock(&self.calls).remove(&call.id);
        lock(&self.tokens).remove(&call.token);
        lock(&self.routes).remove(&call.id);
        lock(&self.legs).retain(|_, c| !Arc::ptr_eq(c, &call));
        say!(
            "ari: {tag} ended after {:.1} s: handler {}; {outcome}",
            call.started.elapsed().as_secs_f64(),
            describe(status)
        );
        self.running.send_modify(|n| *n = n.saturating_sub(1));
    }

    /// A call still in the application: continue it in the dialplan or hang
    /// it up (`--on-exit`). Returns what happened, in words.
    async fn send_on(&self, call: &Call) -> String {
        // Whoever marks the end sends the call on: never twice.
        if !call.end(End::Left) {
            return call.ended().map(|e| e.outcome()).unwrap_or_default();
        }
        let rest = &self.rest_of(call);
        let id = call.id.as_str();
        let (result, done) = match self.options.on_exit {
            OnExit::Continue => {
                call.set_leaving();
                (
                    rest.send("channels", "continueInDialplan", &[id], vec![], None)
                        .await,
                    "the call continued in the dialplan",
                )
            }
            OnExit::Hangup => (
                rest.send("channels", "hangup", &[id], vec![], None).await,
                "serve hung up the call",
            ),
        };
        match result {
            Ok(_) => done.to_string(),
            Err(e) if e.kind == ErrorKind::NotFound => "the call was gone".to_string(),
            Err(e) => format!("could not send the call on: {}", e.message),
        }
    }

    /// Hang up the legs dialled for a call and destroy its bridges.
    async fn clean_up(&self, call: &Call) {
        let (legs, bridges) = call.made();
        let rest = &self.rest_of(call);
        for leg in legs {
            let _ = rest.send("channels", "hangup", &[&leg], vec![], None).await;
        }
        for bridge in bridges {
            let _ = rest
                .send("bridges", "destroy", &[&bridge], vec![], None)
                .await;
        }
    }

    /// serve is stopping: every call goes on (per `--on-exit`), then every
    /// handler gets SIGHUP and, after the grace period, SIGKILL.
    async fn stop_all(&self) {
        let calls: Vec<Arc<Call>> = lock(&self.calls).values().cloned().collect();
        // All at once (the HTTP requests are capped, see `Rest`): a slow
        // server is not waited on once per call.
        let sent = calls
            .iter()
            .filter(|c| c.ended().is_none())
            .map(|call| async move {
                let what = self.send_on(call).await;
                say!("ari: #{} {}: {what}", call.number, call.name);
            });
        futures_util::future::join_all(sent).await;
        let mut running = self.running.subscribe();
        if *running.borrow() == 0 {
            return;
        }
        self.stopping.send_replace(true);
        let waited = tokio::time::timeout(
            self.options.grace + Duration::from_secs(1),
            running.wait_for(|n| *n == 0),
        )
        .await;
        if waited.is_err() {
            say!("ari: some handlers did not end in time");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_event_is_about_its_channel_its_peer_and_what_plays_to_them() {
        let dial = json!({"type": "Dial", "caller": {"id": "a"}, "peer": {"id": "b"}});
        assert_eq!(channels_of(&dial), vec!["b"]);
        let playback =
            json!({"type": "PlaybackFinished", "playback": {"target_uri": "channel:c1"}});
        assert_eq!(channels_of(&playback), vec!["c1"]);
        let bridge = json!({"type": "PlaybackFinished", "playback": {"target_uri": "bridge:b1"}});
        assert!(channels_of(&bridge).is_empty());
        let both =
            json!({"type": "ChannelDtmfReceived", "channel": {"id": "c1"}, "peer": {"id": "c1"}});
        assert_eq!(channels_of(&both), vec!["c1"]);
    }

    #[test]
    fn a_channel_is_in_the_application_at_its_stasis_step() {
        let at = |app: &str, data: &str| json!({"dialplan": {"app_name": app, "app_data": data}});
        assert!(in_application(&at("Stasis", "ivr,a,b"), "ivr"));
        assert!(in_application(&at("Stasis", "ivr"), "ivr"));
        assert!(!in_application(&at("Stasis", "ivr2"), "ivr"));
        assert!(!in_application(&at("Wait", "300"), "ivr"));
    }
}
