//! `ari sim`: run the simulator, and simulate the outside world against a
//! running one (`ari sim call`, `ari sim dtmf`, `ari sim hangup`).

mod console;
mod scenario_from;

use clap::{Arg, ArgAction, ArgMatches, Command};
use serde_json::{Value, json};

use crate::cli::GlobalOptions;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::invocation::{Invocation, encode_segment};
use crate::sim::{SimOptions, User, run_foreground};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "sim",
    define: command,
    run: |m, ctx| run(m, ctx),
};

pub fn command() -> Command {
    Command::new("sim")
        .about("Run a simulated Asterisk with ARI on 127.0.0.1, to try ari without a PBX")
        .args_conflicts_with_subcommands(true)
        .arg(
            Arg::new("listen")
                .long("listen")
                .value_name("ADDR")
                .default_value("127.0.0.1:8088")
                .help("Address to listen on (127.0.0.1:0 picks a free port)"),
        )
        .arg(
            Arg::new("read-only-user")
                .long("read-only-user")
                .value_name("NAME:PASSWORD")
                .action(ArgAction::Append)
                .help("A user who may only read (GET); repeatable"),
        )
        .arg(
            Arg::new("seed")
                .long("seed")
                .value_name("N")
                .value_parser(clap::value_parser!(u64))
                .help("Make channel ids and UUIDs the same on every run"),
        )
        .arg(
            Arg::new("events")
                .long("events")
                .action(ArgAction::SetTrue)
                .conflicts_with("no-events")
                .help("Print every event as a summary line on stdout [default: at a terminal]"),
        )
        .arg(
            Arg::new("no-events")
                .long("no-events")
                .action(ArgAction::SetTrue)
                .help("Do not print events"),
        )
        .arg(
            Arg::new("outbound")
                .long("outbound")
                .value_name("URI")
                .help("Connect out to URI as Asterisk's outbound WebSocket does (ws://HOST:PORT/), for --outbound-app"),
        )
        .arg(
            Arg::new("outbound-app")
                .long("outbound-app")
                .value_name("APP")
                .default_value("outbound")
                .help("The application the outbound connection serves"),
        )
        .arg(
            Arg::new("per-call")
                .long("per-call")
                .action(clap::ArgAction::SetTrue)
                .requires("outbound")
                .help("With --outbound: connect once per call, when Stasis() runs, and close when it returns (per_call_config)"),
        )
        .arg(
            Arg::new("channelvars")
                .long("channelvars")
                .value_name("VAR")
                .action(clap::ArgAction::Append)
                .value_delimiter(',')
                .help("Variables every channel snapshot carries, as ari.conf's channelvars (e.g. CHANNEL(linkedid))"),
        )
        .arg(
            Arg::new("asterisk-version")
                .long("asterisk-version")
                .value_name("VERSION")
                .default_value("22.10.1")
                .help("Play this Asterisk version: the operations and features it lacks answer as it does (e.g. 20.6.0)"),
        )
        .arg(
            Arg::new("time-scale")
                .long("time-scale")
                .value_name("FACTOR")
                .value_parser(clap::value_parser!(f64))
                .default_value("1")
                .help("Multiply every simulated delay (0.1 runs calls ten times faster)"),
        )
        .arg(
            Arg::new("scenario")
                .long("scenario")
                .value_name("FILE")
                .value_parser(clap::value_parser!(std::path::PathBuf))
                .help("Play the scripted calls of FILE (TOML: calls, their keys and hang-ups, phones that answer the application's dials; see README)"),
        )
        .arg(
            Arg::new("check")
                .long("check")
                .action(ArgAction::SetTrue)
                .requires("scenario")
                .help("With --scenario: stop when it is done; exit 9 if a step timed out, a call ended early or one was left in Stasis"),
        )
        .subcommand(
            Command::new("call")
                .about("A phone calls into a Stasis application (the app must be registered)")
                .arg(
                    Arg::new("app")
                        .long("app")
                        .required(true)
                        .value_name("APP")
                        .help("Application the call enters, as Stasis(APP) would"),
                )
                .arg(
                    Arg::new("caller")
                        .long("caller")
                        .value_name("CALLERID")
                        .help("Caller id, e.g. 'Alice <1001>' [default: Alice <1001>]"),
                )
                .arg(
                    Arg::new("args")
                        .long("args")
                        .value_name("ARGS")
                        .value_delimiter(',')
                        .action(ArgAction::Append)
                        .help("Arguments for the application, comma list"),
                )
                .arg(
                    Arg::new("digits")
                        .long("digits")
                        .value_name("DTMF")
                        .help("Keys the caller presses once in the application, e.g. 12#"),
                )
                .arg(
                    Arg::new("hangup-after")
                        .long("hangup-after")
                        .value_name("SECS")
                        .value_parser(clap::value_parser!(f64))
                        .help("The caller hangs up this many seconds after entering the application"),
                )
                .arg(
                    Arg::new("ring")
                        .long("ring")
                        .action(ArgAction::SetTrue)
                        .help("Enter the application unanswered (state Ring), for the app to answer"),
                )
                .after_help(
                    "Prints the new channel (state Ring; StasisStart follows).\n\nExample:\n  \
                     CHAN=$(ari sim call --app hello --caller 'Alice <1001>' --digits 12# --jq .id)",
                ),
        )
        .subcommand(
            Command::new("scenario-from")
                .about("Derive a scenario (for --scenario) from a recording: the calls that entered an application, their keys and hang-ups, the phones it dialled")
                .arg(
                    Arg::new("recording")
                        .required(true)
                        .value_name("FILE")
                        .value_parser(clap::value_parser!(std::path::PathBuf)),
                )
                .after_help(
                    "Prints TOML on stdout.\n\nExample:\n  \
                     ari events --app ivr --record calls.jsonl          # on the PBX, a while\n  \
                     ari sim scenario-from calls.jsonl > calls.toml\n  \
                     ari sim --scenario calls.toml --check &            # the same calls, on the simulator",
                ),
        )
        .subcommand(
            Command::new("dtmf")
                .about("The caller on a channel presses keys")
                .arg(Arg::new("channel").required(true).value_name("channelId"))
                .arg(Arg::new("digits").required(true).value_name("DTMF")),
        )
        .subcommand(
            Command::new("hangup")
                .about("The far end of a channel hangs up")
                .arg(Arg::new("channel").required(true).value_name("channelId"))
                .arg(
                    Arg::new("cause")
                        .long("cause")
                        .value_name("CAUSE")
                        .value_parser(clap::value_parser!(u8))
                        .help("Q.850 hangup cause [default: 16, normal clearing]"),
                ),
        )
        .after_help(
            "The simulator serves every ARI operation with Asterisk 22's shapes, events and\n\
             errors, from memory. Its dialplan: Local/wait@lab and Local/echo@lab answer;\n\
             Local/hello@default runs Stasis(hello,world); any other extension answers and\n\
             waits. PJSIP/<name> rings for a second and answers (PJSIP/busy is busy,\n\
             PJSIP/noanswer never answers).\n\n\
             `ari sim call`, `dtmf` and `hangup` act on a simulator only: pointed at a\n\
             real Asterisk they say so and exit 2.\n\n\
             Examples:\n  \
             ari sim\n  \
             ari sim --listen 127.0.0.1:0 --seed 1 --time-scale 0.1\n  \
             ari sim call --app hello --digits 12# --hangup-after 10\n  \
             ari sim --scenario examples/ivr-caller.toml --check   # a test of your application\n  \
             ari sim --outbound ws://127.0.0.1:8765/ --outbound-app hello            # to `ari repl --listen`\n  \
             ari sim --outbound ws://127.0.0.1:8765/ --outbound-app hello --per-call",
        )
}

pub fn run(matches: &ArgMatches, ctx: &Context) -> Result<Option<Value>> {
    let globals = &ctx.globals;
    match matches.subcommand() {
        Some(("call", m)) => {
            let mut body = json!({"app": m.get_one::<String>("app").unwrap()});
            if let Some(caller) = m.get_one::<String>("caller") {
                body["caller"] = json!(caller);
            }
            if let Some(args) = m.get_many::<String>("args") {
                body["args"] = json!(args.collect::<Vec<_>>());
            }
            if let Some(digits) = m.get_one::<String>("digits") {
                body["digits"] = json!(digits);
            }
            if let Some(after) = m.get_one::<f64>("hangup-after") {
                body["hangup_after"] = json!(after);
            }
            if m.get_flag("ring") {
                body["ring"] = json!(true);
            }
            control(ctx, "calls", body)
        }
        Some(("scenario-from", m)) => {
            let path = m.get_one::<std::path::PathBuf>("recording").unwrap();
            print!("{}", scenario_from::derive(path)?);
            Ok(None)
        }
        Some(("dtmf", m)) => {
            let channel = encode_segment(m.get_one::<String>("channel").unwrap());
            let digits = m.get_one::<String>("digits").unwrap();
            control(
                ctx,
                &format!("channels/{channel}/dtmf"),
                json!({"digits": digits}),
            )
        }
        Some(("hangup", m)) => {
            let channel = encode_segment(m.get_one::<String>("channel").unwrap());
            let cause = m.get_one::<u8>("cause").copied().unwrap_or(16);
            control(
                ctx,
                &format!("channels/{channel}/hangup"),
                json!({"cause": cause}),
            )
        }
        _ => {
            let mut options = options(matches, globals)?;
            let console = wants_console(matches);
            if console {
                options.events = Some(console::start()?);
            }
            run_foreground(options)?;
            Ok(None)
        }
    }
}

/// A request to the simulator's control API under `/ari/_sim/`.
fn control(ctx: &Context, path: &str, body: Value) -> Result<Option<Value>> {
    let sent = crate::execute::run(
        Invocation {
            method: "POST".into(),
            path: format!("/_sim/{path}"),
            query: Vec::new(),
            body: Some(body),
            operation: None,
            download_to: None,
        },
        ctx,
    );
    match sent {
        // A real Asterisk has no control API: its 404 would read as if the
        // channel or the application were missing.
        Err(e) if e.status == Some(404) => Err(not_the_simulator(ctx).unwrap_or(e)),
        other => other,
    }
}

/// The error to give when the server at the URL is not `ari sim`; `None`
/// when it is (its 404 was about the request) or cannot be told.
fn not_the_simulator(ctx: &Context) -> Option<Error> {
    let settings = ctx.settings().ok()?;
    let server = crate::runtime::runtime()
        .ok()?
        .block_on(crate::commands::probe::identify(
            &settings,
            std::time::Duration::from_secs(3),
        ))
        .ok()?;
    if server.is_simulator() {
        return None;
    }
    Some(
        Error::usage(format!(
            "this is not ari sim: {} answers at {}, and `ari sim call`, `dtmf` and `hangup` act only on the simulator",
            server.name(),
            settings.url.value.as_str().trim_end_matches('/')
        ))
        .with_hint("start one with `ari sim` and point --url (or a profile) at it; on a PBX, originate: `ari channels originate --endpoint ... --app APP`"),
    )
}

fn options(m: &ArgMatches, globals: &GlobalOptions) -> Result<SimOptions> {
    let mut users = globals
        .users
        .iter()
        .map(|u| User::parse(u, false))
        .collect::<std::result::Result<Vec<_>, _>>()?;
    if let Some(ro) = m.get_many::<String>("read-only-user") {
        for u in ro {
            users.push(User::parse(u, true)?);
        }
    }
    let defaults = SimOptions::default();
    if globals.users.is_empty() {
        users.splice(0..0, defaults.users);
    }
    let scale = m.get_one::<f64>("time-scale").copied().unwrap_or(1.0);
    if !(scale > 0.0 && scale.is_finite()) {
        return Err(Error::usage("--time-scale must be a positive number"));
    }
    Ok(SimOptions {
        listen: m
            .get_one::<String>("listen")
            .cloned()
            .unwrap_or(defaults.listen),
        users,
        seed: m.get_one::<u64>("seed").copied(),
        time_scale: scale,
        channelvars: m
            .get_many::<String>("channelvars")
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        outbound: m
            .get_one::<String>("outbound")
            .filter(|_| !m.get_flag("per-call"))
            .map(|uri| {
                vec![(
                    uri.clone(),
                    m.get_one::<String>("outbound-app")
                        .cloned()
                        .unwrap_or_else(|| "outbound".into()),
                )]
            })
            .unwrap_or_default(),
        per_call: m
            .get_one::<String>("outbound")
            .filter(|_| m.get_flag("per-call"))
            .map(|uri| {
                vec![(
                    uri.clone(),
                    m.get_one::<String>("outbound-app")
                        .cloned()
                        .unwrap_or_else(|| "outbound".into()),
                )]
            })
            .unwrap_or_default(),
        asterisk_version: {
            let version = m
                .get_one::<String>("asterisk-version")
                .cloned()
                .unwrap_or(defaults.asterisk_version);
            if crate::spec::versions::parse(&version).is_none() {
                return Err(Error::usage(format!(
                    "--asterisk-version takes a version such as 20.6.0, not '{version}'"
                )));
            }
            version
        },
        events: None,
        scenario: m
            .get_one::<std::path::PathBuf>("scenario")
            .map(|path| read_scenario(path))
            .transpose()?,
        check: m.get_flag("check"),
    })
}

/// Read and check a scenario file: a bad one is a usage error naming its line.
fn read_scenario(path: &std::path::Path) -> Result<crate::sim::scenario::Scenario> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::usage(format!(
            "cannot read {}: {}",
            path.display(),
            crate::error::without_os_code(&e.to_string())
        ))
    })?;
    crate::sim::scenario::parse(&text).map_err(|e| Error::usage(format!("{}: {e}", path.display())))
}

/// Whether `ari sim` prints its events: --events, or at a terminal unless --no-events.
fn wants_console(m: &ArgMatches) -> bool {
    m.get_flag("events") || (!m.get_flag("no-events") && crate::output::stdout_is_terminal())
}

/// The simulator's errors keep their kind: a bad --listen or user is a usage error (2).
impl From<crate::sim::Error> for Error {
    fn from(e: crate::sim::Error) -> Self {
        let kind = match e.kind {
            crate::sim::ErrorKind::Usage => ErrorKind::Usage,
            crate::sim::ErrorKind::Internal => ErrorKind::Internal,
            crate::sim::ErrorKind::Unmet => ErrorKind::NoMatch,
        };
        let error = Error::new(kind, e.message);
        match e.hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}
