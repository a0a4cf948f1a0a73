//! `ari sim`: an in-memory ARI that behaves like Asterisk 22, for trying
//! `ari` without a PBX, testing call-control scripts, and this project's own
//! end-to-end tests.
//!
//! The face: [`spawn`] (on a thread of its own, for tests and benchmarks) or
//! [`run_foreground`] (`ari sim`), configured by [`SimOptions`] and its
//! [`User`]s, and a [`SimHandle`] to reach and stop a spawned one. Every event
//! it makes can go to an observer ([`SimOptions::events`]): that is how
//! `ari sim` prints its console, which is the command line's business.
//! `identity` tells a client whether a server is the simulator; `state`,
//! `model`, `control` and `rest` stay reachable for tests that look inside.

mod api_docs;
mod clock;
pub mod control;
mod dialplan;
mod dispatch;
mod error;
mod flows;
mod http;
pub mod identity;
mod ids;
mod media;
pub mod model;
mod outbound;
pub mod rest;
pub mod scenario;
pub mod state;
mod streams;

use std::net::SocketAddr;
use std::sync::mpsc::SyncSender;
use std::sync::{Arc, Mutex, MutexGuard};

use clock::Clock;
pub use error::{Error, ErrorKind, Result};
use state::State;

/// A user of the simulated `ari.conf`.
#[derive(Debug, Clone)]
pub struct User {
    pub name: String,
    pub password: String,
    pub read_only: bool,
}

impl User {
    /// `NAME:PASSWORD`
    pub fn parse(text: &str, read_only: bool) -> Result<User> {
        match text.split_once(':') {
            Some((name, password)) if !name.is_empty() => Ok(User {
                name: name.to_string(),
                password: password.to_string(),
                read_only,
            }),
            _ => Err(Error::usage(format!(
                "invalid user '{}': expected NAME:PASSWORD",
                text.split(':').next().unwrap_or("")
            ))),
        }
    }
}

#[derive(Debug, Clone)]
pub struct SimOptions {
    pub listen: String,
    pub users: Vec<User>,
    pub seed: Option<u64>,
    /// Multiplies every simulated delay (0.1 = ten times faster).
    pub time_scale: f64,
    /// Variables every channel snapshot carries in `channelvars`, as ari.conf's
    /// `channelvars` makes Asterisk do (`CHANNEL(linkedid)` included).
    pub channelvars: Vec<String>,
    /// Every event the simulator makes, once, as JSON text (with the
    /// `application` of its topic, if any), as a subscribe-all observer would
    /// see it: `ari sim`'s console. An observer that falls behind loses events.
    pub events: Option<SyncSender<String>>,
    /// Connect out to these listeners as Asterisk's outbound WebSocket does:
    /// (URI, application).
    pub outbound: Vec<(String, String)>,
    /// The same, one connection per Stasis() call (`connection_type =
    /// per_call_config`): (URI, application).
    pub per_call: Vec<(String, String)>,
    /// The Asterisk version it plays (`asterisk info`): the operations and
    /// features that version lacks answer as that version does.
    pub asterisk_version: String,
    /// `--scenario`: scripted calls to play once it listens.
    pub scenario: Option<scenario::Scenario>,
    /// `--check`: stop when the scenario is done, failing (`Unmet`) if the
    /// application did not do what was scripted.
    pub check: bool,
}

impl Default for SimOptions {
    fn default() -> Self {
        SimOptions {
            listen: "127.0.0.1:8088".into(),
            users: vec![User {
                name: "asterisk".into(),
                password: "asterisk".into(),
                read_only: false,
            }],
            seed: None,
            time_scale: 1.0,
            channelvars: Vec::new(),
            events: None,
            outbound: Vec::new(),
            per_call: Vec::new(),
            asterisk_version: "22.10.1".into(),
            scenario: None,
            check: false,
        }
    }
}

/// The simulator: its state and its settings.
pub struct Sim {
    state: Mutex<State>,
    pub clock: Clock,
    pub users: Vec<User>,
    /// Applications whose Stasis() connects out first: (URI, application).
    pub per_call: Vec<(String, String)>,
    /// How they connect (the engine calls it; `outbound` provides it).
    pub(crate) connect_per_call: flows::ConnectPerCall,
    /// The Asterisk version it plays.
    pub version: String,
}

impl Sim {
    /// Whether the version it plays has what came in the releases `since`.
    pub fn has(&self, since: &[&str]) -> bool {
        ari_spec::versions::has(since, &self.version) != Some(false)
    }

    /// Where Stasis(`app`) connects to first, if it is a per-call application.
    pub fn per_call_uri(&self, app: &str) -> Option<&str> {
        self.per_call
            .iter()
            .find(|(_, a)| a == app)
            .map(|(uri, _)| uri.as_str())
    }

    pub fn new(options: &SimOptions) -> Arc<Sim> {
        let mut state = State::new(options.seed, &options.channelvars);
        state.console = options.events.clone();
        Arc::new(Sim {
            state: Mutex::new(state),
            clock: Clock::new(options.time_scale),
            users: options.users.clone(),
            per_call: options.per_call.clone(),
            connect_per_call: outbound::per_call,
            version: options.asterisk_version.clone(),
        })
    }

    pub fn lock(&self) -> MutexGuard<'_, State> {
        // A panic elsewhere must not take the whole simulator down with it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Run `f` on the state after `seconds` of simulated time.
    pub fn after(
        self: &Arc<Self>,
        seconds: f64,
        f: impl FnOnce(&mut State, &Arc<Sim>) + Send + 'static,
    ) {
        let sim = self.clone();
        let delay = self.clock.scaled(seconds);
        tokio::spawn(async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            let mut state = sim.lock();
            f(&mut state, &sim);
        });
    }
}

/// A simulator running on its own thread (tests, benchmarks).
pub struct SimHandle {
    pub addr: SocketAddr,
    pub sim: Arc<Sim>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SimHandle {
    /// `http://127.0.0.1:PORT`
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Bind and serve on a background thread; returns once it listens.
pub fn spawn(options: SimOptions) -> Result<SimHandle> {
    let sim = Sim::new(&options);
    let std_listener = bind(&options.listen)?;
    let addr = std_listener
        .local_addr()
        .map_err(|e| Error::internal(e.to_string()))?;
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let served = sim.clone();
    let thread = std::thread::Builder::new()
        .name("ari-sim".into())
        .spawn(move || {
            let runtime = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(std_listener).expect("listener");
                start_outbound(&served, &options);
                http::serve(listener, served, async {
                    let _ = rx.await;
                })
                .await;
            });
        })
        .map_err(|e| Error::internal(format!("cannot start the simulator: {e}")))?;
    Ok(SimHandle {
        addr,
        sim,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}

/// Connect out as Asterisk's outbound WebSockets do (on the current runtime).
fn start_outbound(sim: &Arc<Sim>, options: &SimOptions) {
    for (uri, app) in &options.outbound {
        if let Some(user) = options.users.iter().find(|u| !u.read_only) {
            tokio::spawn(outbound::keep_connected(
                sim.clone(),
                uri.clone(),
                app.clone(),
                user.clone(),
            ));
        }
    }
}

fn bind(listen: &str) -> Result<std::net::TcpListener> {
    let listener = std::net::TcpListener::bind(listen).map_err(|e| {
        Error::usage(format!(
            "cannot listen on {listen}: {}",
            crate::error::one_line(&e.to_string())
        ))
        .with_hint(
            "pick another address with --listen, e.g. --listen 127.0.0.1:0 for any free port",
        )
    })?;
    listener
        .set_nonblocking(true)
        .map_err(|e| Error::internal(e.to_string()))?;
    Ok(listener)
}

/// `ari sim`: serve in the foreground until Ctrl-C or SIGTERM.
pub fn run_foreground(options: SimOptions) -> Result<()> {
    let std_listener = bind(&options.listen)?;
    let addr = std_listener
        .local_addr()
        .map_err(|e| Error::internal(e.to_string()))?;
    let sim = Sim::new(&options);
    print_banner(addr, &options);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(std_listener)
            .map_err(|e| Error::internal(e.to_string()))?;
        start_outbound(&sim, &options);
        let Some(scenario) = options.scenario.clone() else {
            http::serve(listener, sim, shutdown_signal()).await;
            eprintln!("ari sim: stopped");
            return Ok(());
        };
        let played = scenario::run(sim.clone(), scenario, |line| eprintln!("{line}"));
        if !options.check {
            tokio::spawn(async move { report(&played.await) });
            http::serve(listener, sim, shutdown_signal()).await;
            eprintln!("ari sim: stopped");
            return Ok(());
        }
        let serving = http::serve(listener, sim, shutdown_signal());
        tokio::select! {
            outcome = played => {
                report(&outcome);
                if outcome.problems.is_empty() {
                    Ok(())
                } else {
                    Err(Error::unmet(format!(
                        "the scenario's check failed: {} problem{}",
                        outcome.problems.len(),
                        if outcome.problems.len() == 1 { "" } else { "s" }
                    )))
                }
            }
            _ = serving => Err(Error::unmet("stopped before the scenario was done")),
        }
    })
}

/// One line for the run, then one per problem.
fn report(outcome: &scenario::Outcome) {
    eprintln!(
        "ari sim: scenario done: {} call{}, {} answered by scripted phones, {} problem{}",
        outcome.calls,
        if outcome.calls == 1 { "" } else { "s" },
        outcome.answered,
        outcome.problems.len(),
        if outcome.problems.len() == 1 { "" } else { "s" },
    );
    for problem in &outcome.problems {
        eprintln!("ari sim: scenario: {problem}");
    }
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(s) => s,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn print_banner(addr: SocketAddr, options: &SimOptions) {
    use std::io::Write;
    let url = format!("http://{addr}");
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "ari sim: simulated Asterisk REST Interface at {url}/ari"
    );
    for user in &options.users {
        let access = if user.read_only { " (read-only)" } else { "" };
        let _ = writeln!(
            out,
            "  user {}, password {}{access}",
            user.name, user.password
        );
    }
    let default_user = options
        .users
        .first()
        .is_some_and(|u| !u.read_only && u.name == "asterisk" && u.password == "asterisk");
    // What every suggested command needs to reach this simulator: nothing
    // where the built-in default does, else --url (the password of another
    // user goes in a profile, never on a command line).
    let reach = if addr.to_string() == "127.0.0.1:8088" && default_user {
        let _ = writeln!(
            out,
            "  the built-in default profile reaches it: try `ari channels list` in another shell"
        );
        String::new()
    } else if default_user {
        let _ = writeln!(out, "  try: ari --url {url} channels list");
        format!("--url {url} ")
    } else {
        let user = options
            .users
            .first()
            .map_or("asterisk", |u| u.name.as_str());
        let _ = writeln!(
            out,
            "  profile: ari profile add sim --url {url} -u {user}   (asks for the password)"
        );
        "-p sim ".to_string()
    };
    let _ = writeln!(
        out,
        "  calls in, from two shells:\n    ari events {reach}--app hello\n    ari sim call {reach}--app hello"
    );
    for (uri, app) in &options.outbound {
        let _ = writeln!(
            out,
            "  outbound: connects to {uri} for {app} (persistent): `ari repl --listen` there drives it"
        );
    }
    for (uri, app) in &options.per_call {
        let _ = writeln!(
            out,
            "  outbound: each call's Stasis({app}) connects to {uri} (per call)"
        );
    }
    let _ = writeln!(out, "Ctrl-C stops it.");
    let _ = out.flush();
}
