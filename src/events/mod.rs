//! The event engine: the live tail of the ARI WebSocket, and `--wait` for
//! the actions that start something. Its options are read here from the
//! `ari events` arguments; the command itself is `commands::events`.

pub mod arrival;
pub mod brief;
pub mod calls;
pub mod everything;
pub mod filter;
pub mod listen;
pub mod ownership;
pub mod record;
pub mod recording;
pub mod render;
pub mod replay;
pub mod speed;
pub mod style;
pub mod summary;
pub mod tagged;
pub mod tail;
pub mod wait;

use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches};

use crate::cli::GlobalOptions;
use crate::error::{Error, Result};
use crate::output::{OutputMode, stdout_is_terminal};
use crate::transport::listener;
use crate::transport::socket::private_app;
use filter::{EventFilter, TypeGlob, parse_field_match};
use render::EventMode;
use tail::TailOptions;

pub const TAIL_HELP: &str = "\
With no action, `ari events` tails the events WebSocket. Without --app (and no
profile app) it registers a private name with subscribeAll: it sees everything
(but device states, see README) and controls nothing. With --app NAME it receives NAME's calls, but refuses when
NAME is registered and may be held by another program (that would steal its
calls) unless --take-over. A name that ari itself left behind (Asterisk keeps a
closed application listed while it has calls) is reused: ari keeps a record of
the names it connected as, in its state directory.

Examples:
  ari events                                   # everything, pretty on a terminal
  ari events -o summary --type 'Channel*'      # one line per channel event
  ari events --channel 1732000000.1            # follow one call, bridges included
  ari events | grep -i dtmf                    # NDJSON when piped, live
  ari events --app hello --until StasisStart   # everything, until a call arrives
  CHAN=$(ari events --app hello --wait StasisStart --jq .channel.id --timeout 60)
  ari events --listen 0.0.0.0:8765 -o summary  # Asterisk's outbound WebSocket connects here
  ari events --listen 0.0.0.0:8765 --cert cert.pem --key key.pem   # the same, wss://
  ari events -o summary --call PJSIP/alice --record today.jsonl   # watch one, keep all
  ari events --replay today.jsonl -o summary --call 1732000000.7  # any call, later

--until prints every event up to and including the first match, for people
watching; --wait prints the match alone, so a script captures exactly one value
even when other events come first (on a real Asterisk, Dial, ChannelVarset...
precede StasisStart).

--record keeps every frame received (one JSON line each, whatever is shown);
--replay runs such a file (or `-o json` output, or a websocat capture) through
the same filters and views, as fast as it can unless --speed N.

Exit codes: 0 done (--count, --until), 3 connection lost with --no-reconnect,
4 authentication, 6 the application is taken (or was taken over), 9 --timeout
ran out (or, replaying, the recording ended first), 130 Ctrl-C.";

/// Options of the tail, on `ari events` itself.
pub fn tail_args() -> Vec<Arg> {
    let mut args = vec![
        Arg::new("app")
            .long("app")
            .value_name("NAME")
            .action(ArgAction::Append)
            .value_delimiter(',')
            .help("Application(s) to register [default: the profile's app, else a private name]"),
        Arg::new("subscribe-all")
            .long("subscribe-all")
            .action(ArgAction::SetTrue)
            .help("Receive every channel, bridge and endpoint event, not only the application's"),
        Arg::new("take-over")
            .long("take-over")
            .action(ArgAction::SetTrue)
            .help(
                "Take an application that another connection holds (it gets ApplicationReplaced)",
            ),
        Arg::new("type")
            .long("type")
            .value_name("GLOB")
            .action(ArgAction::Append)
            .help("Only event types matching GLOB (e.g. 'Channel*'); repeatable"),
        Arg::new("exclude-type")
            .long("exclude-type")
            .value_name("GLOB")
            .action(ArgAction::Append)
            .help("Leave out event types matching GLOB; repeatable"),
        Arg::new("channel")
            .long("channel")
            .value_name("ID")
            .help("Only events about this channel (also its playbacks, recordings and bridges)"),
        Arg::new("bridge")
            .long("bridge")
            .value_name("ID")
            .help("Only events about this bridge"),
        Arg::new("match")
            .long("match")
            .value_name("PATH=VALUE")
            .action(ArgAction::Append)
            .value_parser(clap::builder::ValueParser::new(parse_field_match))
            .help(
                "Only events whose field at PATH equals VALUE (e.g. channel.state=Up); repeatable",
            ),
        crate::transport::listener::listen_arg("Be the server Asterisk's outbound WebSocket connects to [default: 127.0.0.1:8765]; prints the Asterisk configuration"),
        Arg::new("call")
            .long("call")
            .value_name("ID")
            .help("Only one call: a channel id (or linkedid), or the first channel whose name, caller name or number starts with ID (Local/dtmf: Local/dtmf@lab-00000001;1); with its other legs, bridges, playbacks and recordings"),
        Arg::new("relative")
            .long("relative")
            .action(ArgAction::SetTrue)
            .help("Summary lines show the time since their call's first event (+1.234), not the clock"),
        Arg::new("count")
            .long("count")
            .value_name("N")
            .value_parser(clap::value_parser!(u64).range(1..))
            .help("Exit 0 after N events"),
        Arg::new("until")
            .long("until")
            .value_name("GLOB")
            .help("Exit 0 after printing the first event whose type matches GLOB"),
        Arg::new("wait")
            .long("wait")
            .value_name("GLOB")
            .conflicts_with_all(["until", "count"])
            .help("Print only the first event whose type matches GLOB, then exit 0 (for scripts: one event, one --jq value)"),
        Arg::new("timeout")
            .long("timeout")
            .value_name("SECS")
            .value_parser(clap::value_parser!(f64))
            .help("Give up after SECS with exit 9"),
        Arg::new("keepalive")
            .long("keepalive")
            .value_name("SECS")
            .value_parser(clap::value_parser!(f64))
            .default_value("15")
            .help("Ping the server every SECS; no answer means a dead connection"),
        Arg::new("no-reconnect")
            .long("no-reconnect")
            .action(ArgAction::SetTrue)
            .help("Exit 3 when the connection drops instead of reconnecting"),
        Arg::new("record")
            .long("record")
            .value_name("FILE")
            .value_parser(clap::value_parser!(std::path::PathBuf))
            .conflicts_with("replay")
            .help("Also append every frame received to FILE (one JSON line each, whatever the filters show), for --replay"),
        Arg::new("replay")
            .long("replay")
            .value_name("FILE")
            .value_parser(clap::value_parser!(std::path::PathBuf))
            .conflicts_with_all(["listen", "app", "subscribe-all", "take-over"])
            .help("Read the events from FILE (a --record recording, `ari events -o json` output or a websocat capture) instead of a server"),
        Arg::new("speed")
            .long("speed")
            .value_name("N|max")
            .requires("replay")
            .value_parser(speed::parse_speed)
            .help("With --replay: N times as fast as recorded (1 is real time) [default: max, as fast as it can]"),
    ];
    // With --listen: wss://.
    args.extend(listener::tls_args());
    args
}

fn seconds(value: f64, flag: &str) -> Result<Duration> {
    Duration::try_from_secs_f64(value)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| Error::usage(format!("{flag} must be a positive number of seconds")))
}

fn globs(m: &ArgMatches, id: &str) -> Result<Vec<TypeGlob>> {
    m.get_many::<String>(id)
        .map(|v| v.map(|g| TypeGlob::parse(g)).collect())
        .unwrap_or_else(|| Ok(Vec::new()))
}

/// How events print, from `-o` and the terminal.
pub fn event_mode(output: OutputMode) -> Result<EventMode> {
    Ok(match output.resolve(stdout_is_terminal()) {
        OutputMode::Pretty | OutputMode::Auto => EventMode::Pretty,
        OutputMode::Json => EventMode::Json,
        OutputMode::Summary | OutputMode::Table => EventMode::Summary,
        OutputMode::Ids => {
            return Err(Error::usage("events print as pretty, json or summary (-o)"));
        }
    })
}

/// The tail's options from `ari events`' arguments.
pub fn tail_options(
    m: &ArgMatches,
    globals: &GlobalOptions,
    settings: &crate::config::Settings,
) -> Result<TailOptions> {
    let given: Vec<String> = m
        .get_many::<String>("app")
        .map(|v| v.filter(|a| !a.is_empty()).cloned().collect())
        .unwrap_or_default();
    let (apps, private) = if !given.is_empty() {
        (given, false)
    } else if let Some(app) = &settings.app {
        (vec![app.value.clone()], false)
    } else {
        (vec![private_app()], true)
    };
    Ok(TailOptions {
        subscribe_all: m.get_flag("subscribe-all") || private,
        apps,
        private,
        take_over: m.get_flag("take-over"),
        filter: EventFilter::new(
            globs(m, "type")?,
            globs(m, "exclude-type")?,
            m.get_one::<String>("channel").cloned(),
            m.get_one::<String>("bridge").cloned(),
            m.get_many::<(String, String)>("match")
                .map(|v| v.cloned().collect())
                .unwrap_or_default(),
        )
        .follow_call(m.get_one::<String>("call").cloned()),
        until: m
            .get_one::<String>("until")
            .or(m.get_one::<String>("wait"))
            .map(|g| TypeGlob::parse(g))
            .transpose()?,
        only_until: m.contains_id("wait"),
        count: m.get_one::<u64>("count").copied(),
        timeout: m
            .get_one::<f64>("timeout")
            .map(|t| seconds(*t, "--timeout"))
            .transpose()?,
        keepalive: seconds(
            m.get_one::<f64>("keepalive").copied().unwrap_or(15.0),
            "--keepalive",
        )?,
        reconnect: !m.get_flag("no-reconnect"),
        verbose: globals.verbose,
        notify: Box::new(|message: &str| eprintln!("{message}")),
        arrivals: None,
        record: None,
    })
}
