//! `ari call VERB`: what a handler run by `ari serve` does to its call
//! (answer, play, read digits, dial...). Each verb is one request to the
//! serve process named in `ARI_CALL` and blocks until serve says it is done;
//! serve holds the connection and the call's events (see `serve::protocol`).

use std::io::Write;

use clap::{Arg, ArgAction, ArgMatches, Command, value_parser};

use crate::error::{Error, Result};
use crate::transport::call_socket::{self as protocol, Verb};

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "call",
    define: command,
    run: |m, _| run(m).map(|_| None),
};

const ABOUT: &str = "Act on the call of an `ari serve` handler (answer, play, read, dial...)";

const LONG_ABOUT: &str = "\
Act on the call of an `ari serve` handler. Each verb blocks until it is done
and works only inside a handler (it finds its call through ARI_CALL). When the
call hangs up, every verb, waiting or later, exits 10: a `set -e` script ends
by itself. Other ARI operations stay `ari channels ... \"$ARI_CHANNEL_ID\"`:
in a handler, serve sends them with its credentials.

Examples (in a script run by `ari serve --app ivr -- ./ivr.sh`):
  ari call answer
  code=$(ari call read --prompt sound:vm-enter-num-to-call --max 4 --terminator '#')
  ari call play sound:hello-world
  status=$(ari call dial PJSIP/101 --timeout 20) || echo \"not answered: $status\"
  ari call hangup";

fn seconds(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .value_name("SECS")
        .value_parser(value_parser!(f64))
        .help(help)
}

pub fn command() -> Command {
    Command::new("call")
        .about(ABOUT)
        .long_about(LONG_ABOUT)
        .subcommand_required(true)
        .subcommand(Command::new("answer").about("Answer the call"))
        .subcommand(Command::new("ring").about("Send ringing"))
        .subcommand(
            Command::new("hangup").about("Hang up the call").arg(
                Arg::new("reason")
                    .long("reason")
                    .value_name("REASON")
                    .help("normal, busy, congestion, no_answer, ... (default normal)"),
            ),
        )
        .subcommand(
            Command::new("continue")
                .about("Send the call back to the dialplan (where it left it, or elsewhere)")
                .arg(Arg::new("context").long("context").value_name("CONTEXT"))
                .arg(Arg::new("extension").long("extension").value_name("EXTEN"))
                .arg(
                    Arg::new("priority")
                        .long("priority")
                        .value_name("N")
                        .value_parser(value_parser!(i64)),
                ),
        )
        .subcommand(
            Command::new("play")
                .about("Play media to the call; returns when it has played")
                .arg(
                    Arg::new("media")
                        .required(true)
                        .num_args(1..)
                        .value_name("MEDIA")
                        .help("sound:NAME, recording:NAME, digits:123, tone:ring, number:42, ..."),
                )
                .arg(
                    Arg::new("no-wait")
                        .long("no-wait")
                        .action(ArgAction::SetTrue)
                        .help("Return as soon as it starts"),
                )
                .arg(
                    Arg::new("interrupt-on-dtmf")
                        .long("interrupt-on-dtmf")
                        .action(ArgAction::SetTrue)
                        .help("Stop at the first digit pressed (kept for the next `read`)"),
                ),
        )
        .subcommand(
            Command::new("read")
                .about("Read digits (typed since the last read count too); prints them")
                .arg(
                    Arg::new("max")
                        .long("max")
                        .value_name("N")
                        .value_parser(value_parser!(usize))
                        .help("Stop after N digits"),
                )
                .arg(seconds("timeout", "Wait at most SECS for each digit (default 5)"))
                .arg(
                    Arg::new("terminator")
                        .long("terminator")
                        .value_name("DIGIT")
                        .help("A digit that ends the input (not printed), e.g. '#'"),
                )
                .arg(
                    Arg::new("prompt")
                        .long("prompt")
                        .value_name("MEDIA")
                        .action(ArgAction::Append)
                        .help("Play this first; the first digit stops it (repeatable)"),
                ),
        )
        .subcommand(
            Command::new("record")
                .about("Record the call into a stored recording; returns when it ends")
                .arg(Arg::new("name").required(true).value_name("NAME"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_name("FORMAT")
                        .default_value("wav"),
                )
                .arg(
                    Arg::new("max-duration")
                        .long("max-duration")
                        .value_name("SECS")
                        .value_parser(value_parser!(u64)),
                )
                .arg(
                    Arg::new("max-silence")
                        .long("max-silence")
                        .value_name("SECS")
                        .value_parser(value_parser!(u64)),
                )
                .arg(
                    Arg::new("terminate-on")
                        .long("terminate-on")
                        .value_name("DIGIT")
                        .help("A digit that stops the recording: none, any, *, #"),
                )
                .arg(
                    Arg::new("beep")
                        .long("beep")
                        .action(ArgAction::SetTrue)
                        .help("Beep before recording"),
                ),
        )
        .subcommand(
            Command::new("dial")
                .about("Call ENDPOINT and bridge it with this call when it answers; prints ANSWER, BUSY, NOANSWER, CONGESTION or CHANUNAVAIL (exit 0 only on ANSWER, else 9)")
                .arg(Arg::new("endpoint").required(true).value_name("ENDPOINT"))
                .arg(
                    Arg::new("timeout")
                        .long("timeout")
                        .value_name("SECS")
                        .value_parser(value_parser!(u64))
                        .default_value("30")
                        .help("Ring for at most SECS"),
                )
                .arg(
                    Arg::new("caller-id")
                        .long("caller-id")
                        .value_name("CALLERID")
                        .help("The caller id the other leg sees"),
                ),
        )
        .subcommand(
            Command::new("wait")
                .about("Print the call's next event whose type matches GLOB (JSON); events since the last wait count")
                .arg(Arg::new("glob").required(true).value_name("GLOB"))
                .arg(seconds("timeout", "Give up after SECS (exit 9)")),
        )
        .subcommand(
            Command::new("var")
                .about("A channel variable of the call")
                .subcommand_required(true)
                .subcommand(
                    Command::new("get")
                        .about("Print a variable's value")
                        .arg(Arg::new("name").required(true).value_name("NAME")),
                )
                .subcommand(
                    Command::new("set")
                        .about("Set a variable")
                        .arg(Arg::new("name").required(true).value_name("NAME"))
                        .arg(Arg::new("value").required(true).value_name("VALUE")),
                ),
        )
}

fn text(m: &ArgMatches, id: &str) -> Option<String> {
    m.get_one::<String>(id).cloned()
}

fn texts(m: &ArgMatches, id: &str) -> Vec<String> {
    m.get_many::<String>(id)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

fn positive(m: &ArgMatches, id: &str) -> Result<Option<f64>> {
    match m.get_one::<f64>(id) {
        Some(s) if !(s.is_finite() && *s > 0.0) => Err(Error::usage(format!(
            "--{id} must be a positive number of seconds"
        ))),
        other => Ok(other.copied()),
    }
}

/// The verb a command line asks for.
pub fn verb_of(m: &ArgMatches) -> Result<Verb> {
    let Some((name, m)) = m.subcommand() else {
        return Err(Error::usage("ari call needs a verb (see ari call --help)"));
    };
    Ok(match name {
        "answer" => Verb::Answer,
        "ring" => Verb::Ring,
        "hangup" => Verb::Hangup {
            reason: text(m, "reason"),
        },
        "continue" => Verb::Continue {
            context: text(m, "context"),
            extension: text(m, "extension"),
            priority: m.get_one::<i64>("priority").copied(),
        },
        "play" => Verb::Play {
            media: texts(m, "media"),
            no_wait: m.get_flag("no-wait"),
            interrupt_on_dtmf: m.get_flag("interrupt-on-dtmf"),
        },
        "read" => {
            let terminator = text(m, "terminator");
            if let Some(t) = &terminator
                && !(t.chars().count() == 1 && is_dtmf(t.chars().next().unwrap_or(' ')))
            {
                return Err(Error::usage(format!(
                    "--terminator must be one digit of 0-9, *, #, A-D, not '{t}'"
                )));
            }
            if m.get_one::<usize>("max") == Some(&0) {
                return Err(Error::usage("--max must be 1 or more"));
            }
            Verb::Read {
                max: m.get_one::<usize>("max").copied(),
                timeout: positive(m, "timeout")?.unwrap_or(5.0),
                terminator,
                prompt: texts(m, "prompt"),
            }
        }
        "record" => Verb::Record {
            name: text(m, "name").unwrap_or_default(),
            format: text(m, "format").unwrap_or_else(|| "wav".into()),
            max_duration: m.get_one::<u64>("max-duration").copied(),
            max_silence: m.get_one::<u64>("max-silence").copied(),
            terminate_on: text(m, "terminate-on"),
            beep: m.get_flag("beep"),
        },
        "dial" => Verb::Dial {
            endpoint: text(m, "endpoint").unwrap_or_default(),
            timeout: m.get_one::<u64>("timeout").copied().unwrap_or(30),
            caller_id: text(m, "caller-id"),
        },
        "wait" => Verb::Wait {
            glob: text(m, "glob").unwrap_or_default(),
            timeout: positive(m, "timeout")?,
        },
        "var" => match m.subcommand() {
            Some(("get", m)) => Verb::VarGet {
                name: text(m, "name").unwrap_or_default(),
            },
            Some(("set", m)) => Verb::VarSet {
                name: text(m, "name").unwrap_or_default(),
                value: text(m, "value").unwrap_or_default(),
            },
            _ => return Err(Error::usage("ari call var get NAME | var set NAME VALUE")),
        },
        other => return Err(Error::usage(format!("no verb '{other}' in ari call"))),
    })
}

pub fn is_dtmf(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '*' | '#' | 'A'..='D')
}

/// A hang-up sends SIGHUP to the handler's whole process group, the verb
/// included: serve answers it with exit 10 instead.
pub fn ignore_hangup() {
    // SAFETY: setting a signal's disposition to "ignore" has no preconditions.
    unsafe {
        libc::signal(libc::SIGHUP, libc::SIG_IGN);
    }
}

pub fn run(m: &ArgMatches) -> Result<()> {
    let verb = verb_of(m)?;
    let value = std::env::var(protocol::ENV).map_err(|_| {
        Error::usage("ari call works inside a handler that `ari serve` runs (ARI_CALL is not set)")
    })?;
    ignore_hangup();
    let response = protocol::ask(&value, verb)?;
    if !response.stdout.is_empty() {
        let mut out = std::io::stdout().lock();
        out.write_all(response.stdout.as_bytes())?;
        if !response.stdout.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()?;
    }
    if response.exit == 0 {
        return Ok(());
    }
    Err(protocol::error_of(&response))
}
