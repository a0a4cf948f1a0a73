//! `ari serve -- COMMAND`: what AGI is to the dialplan, for ARI. serve
//! registers an application and runs COMMAND once per call that enters it;
//! the handler drives its call with `ari call VERB` (see `commands::call`),
//! which reaches serve through a local socket (`transport::call_socket`).

/// A line on serve's stderr. Unlike `eprintln!`, a closed stderr (its
/// reader gone) does not panic: serve goes on serving calls.
macro_rules! say {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr().lock(), $($arg)*);
    }};
}

mod call;
mod control;
mod engine;
mod handler;
mod rest;
mod verbs;

use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::transport::listener::{self, Bound};
use engine::{OnExit, Options};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "serve",
    define: command,
    run: |m, ctx| run(m, ctx).map(|_| None),
};

const LONG_ABOUT: &str = "\
Run COMMAND once for each call that enters the application, as AGI runs a
script for the dialplan. The handler gets the call in its environment
(ARI_CHANNEL_ID, ARI_CHANNEL_NAME, ARI_CALLER_NUMBER, ARI_CALLER_NAME,
ARI_EXTEN, ARI_CONTEXT, ARI_APP, ARI_ARGS, and ARI_CALL for `ari call`) and
the Stasis() arguments after its own. It drives the call with `ari call VERB`
(answer, play, read, record, dial, wait, var, hangup, continue). When the call
hangs up, the handler's process group gets SIGHUP and every `ari call` exits
10; the group is killed after --hangup-grace. When the handler ends with the
call still in the application, the call continues in the dialplan
(--on-exit hangup hangs it up). Ctrl-C or SIGTERM sends every call on first.

In the dialplan:  exten => 100,1,Stasis(NAME)

With --listen, Asterisk connects to serve (an outbound WebSocket, per call or
persistent) and each call's requests go back over its connection.

Examples:
  ari serve --app ivr -- ./ivr.sh
  ari serve --app ivr --max-calls 20 --on-exit hangup -- ./ivr.sh";

pub fn command() -> Command {
    Command::new("serve")
        .about("Run a script for each call that enters an application (AGI for ARI)")
        .long_about(LONG_ABOUT)
        .arg(
            Arg::new("app")
                .long("app")
                .value_name("NAME")
                .help("The application to serve (default: the profile's app)"),
        )
        .arg(
            Arg::new("max-calls")
                .long("max-calls")
                .value_name("N")
                .value_parser(value_parser!(usize))
                .help("At most N calls at once; more continue in the dialplan with ARI_SERVE_STATUS=MAX_CALLS"),
        )
        .arg(
            Arg::new("on-exit")
                .long("on-exit")
                .value_name("WHAT")
                .value_parser(["continue", "hangup"])
                .default_value("continue")
                .help("A call still in the application when its handler ends: continue it in the dialplan, or hang it up"),
        )
        .arg(
            Arg::new("adopt")
                .long("adopt")
                .action(ArgAction::SetTrue)
                .help("Run handlers for calls already in the application (left by an earlier serve)"),
        )
        .arg(
            Arg::new("take-over")
                .long("take-over")
                .action(ArgAction::SetTrue)
                .help("Serve the application even if another connection may hold it"),
        )
        .arg(
            Arg::new("handler-timeout")
                .long("handler-timeout")
                .value_name("SECS")
                .value_parser(value_parser!(f64))
                .help("Stop a handler still running after SECS (its call continues)"),
        )
        .arg(
            Arg::new("hangup-grace")
                .long("hangup-grace")
                .value_name("SECS")
                .value_parser(value_parser!(f64))
                .default_value("5")
                .help("After SIGHUP, how long a handler has before its group is killed"),
        )
        .arg(crate::transport::listener::listen_arg("Take calls over Asterisk's outbound WebSocket instead (22.5+; per call or persistent) [default: 127.0.0.1:8765]; prints the Asterisk configuration"))
        .args(crate::transport::listener::tls_args())
        .arg(
            Arg::new("keepalive")
                .long("keepalive")
                .value_name("SECS")
                .value_parser(value_parser!(f64))
                .default_value("15")
                .help("Ping the server every SECS; no answer means a dead connection"),
        )
        .arg(
            Arg::new("no-reconnect")
                .long("no-reconnect")
                .action(ArgAction::SetTrue)
                .help("Exit 3 when the connection drops instead of reconnecting"),
        )
        .arg(
            Arg::new("command")
                .value_name("COMMAND")
                .num_args(1..)
                .trailing_var_arg(true)
                .allow_hyphen_values(true)
                .required(true)
                .help("The handler and its arguments (after --)"),
        )
}

fn seconds(m: &ArgMatches, id: &str) -> Result<Option<Duration>> {
    m.get_one::<f64>(id)
        .map(|s| {
            Duration::try_from_secs_f64(*s)
                .ok()
                .filter(|d| !d.is_zero())
                .ok_or_else(|| Error::usage(format!("--{id} must be a positive number of seconds")))
        })
        .transpose()
}

pub fn run(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let argv: Vec<String> = m
        .get_many::<String>("command")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let Some(program) = argv.first() else {
        return Err(Error::usage(
            "ari serve needs a COMMAND to run for each call",
        ));
    };
    handler::check_program(program)?;
    let settings = ctx.settings()?;
    let app = m
        .get_one::<String>("app")
        .cloned()
        .or_else(|| settings.app.as_ref().map(|a| a.value.clone()))
        .filter(|a| !a.is_empty())
        .ok_or_else(|| {
            Error::usage("ari serve needs an application name: --app NAME (or a profile app)")
        })?;
    if m.get_one::<usize>("max-calls") == Some(&0) {
        return Err(Error::usage("--max-calls must be 1 or more"));
    }
    let options = Options {
        app,
        argv,
        max_calls: m.get_one::<usize>("max-calls").copied(),
        on_exit: match m.get_one::<String>("on-exit").map(String::as_str) {
            Some("hangup") => OnExit::Hangup,
            _ => OnExit::Continue,
        },
        adopt: m.get_flag("adopt"),
        take_over: m.get_flag("take-over"),
        handler_timeout: seconds(m, "handler-timeout")?,
        grace: seconds(m, "hangup-grace")?.unwrap_or(Duration::from_secs(5)),
        keepalive: seconds(m, "keepalive")?.unwrap_or(Duration::from_secs(15)),
        reconnect: !m.get_flag("no-reconnect"),
        verbose: ctx.globals.verbose,
    };
    let listen = m
        .get_one::<String>("listen")
        .map(|addr| Bound::bind(addr, &settings, listener::tls_files(m)))
        .transpose()?;
    crate::runtime::runtime()?.block_on(engine::run(settings, options, listen))
}
