//! `ari repl`: the command line without the leading `ari`, on the same
//! dispatcher. History, completion (live ids included), `$_` and session
//! variables, and events printed above the prompt while you type.

mod background;
mod help;
mod helper;
mod line;
mod sockets;

use std::io::{BufRead, IsTerminal};
use std::sync::Arc;
use std::time::Duration;

use clap::{Arg, ArgAction, ArgMatches, Command};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{CompletionType, Config, Editor};

use crate::complete::live::ServerLive;
use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result, report};
use background::Background;
use helper::ReplHelper;
use line::{Builtin, Session};

/// Words a REPL line may start with besides the commands of `ari`.
pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "repl",
    define: command,
    run: |m, ctx| run(m, ctx).map(|_| None),
};

pub fn command() -> Command {
    Command::new("repl")
        .visible_alias("shell")
        .about("An interactive session: the same commands without `ari`, with completion and live events")
        .arg(crate::transport::listener::listen_arg("Be the server Asterisk's outbound WebSocket connects to [default: 127.0.0.1:8765]: its events show here and the commands go back over it"))
        .args(crate::transport::listener::tls_args())
        .arg(
            Arg::new("keep-going")
                .long("keep-going")
                .action(ArgAction::SetTrue)
                .help("Reading a script from stdin: go on after a failing line (exit with the last failure's code)"),
        )
        .after_help(format!(
            "Inside: any ari command without `ari`, plus\n{}\n\n\
             With stdin not a terminal, runs one command per line and stops at the\n\
             first failure with its exit code:\n  \
             ari repl < script.ari\n\n\
             With --via websocket, every request goes over one events\n\
             WebSocket instead of HTTP (Asterisk 20.14, 21.9, 22.4 and later).\n\n\
             Examples:\n  \
             ari -p prod repl\n  \
             ari repl --listen 0.0.0.0:8765     # Asterisk connects out; commands go back over it\n  \
             ari --via websocket repl",
            help::SESSION_COMMANDS
        ))
}

/// The global options the REPL was started with, as arguments for every line.
fn base_args() -> Vec<String> {
    without_repl_options(std::env::args().skip(1).collect())
}

/// Drop `repl` and the options only it takes (`--listen [ADDR]`, `--cert F`, ...).
fn without_repl_options(args: Vec<String>) -> Vec<String> {
    let mut kept = Vec::with_capacity(args.len());
    let mut words = args.into_iter().peekable();
    let mut seen_repl = false;
    while let Some(word) = words.next() {
        let flag = word.split('=').next().unwrap_or_default().to_string();
        let inline = word.contains('=');
        match flag.as_str() {
            "repl" | "shell" if !seen_repl => seen_repl = true,
            "--keep-going" => {}
            "--cert" | "--key" => {
                if !inline {
                    words.next();
                }
            }
            "--listen" => {
                if !inline && words.peek().is_some_and(|next| !next.starts_with('-')) {
                    words.next();
                }
            }
            _ => kept.push(word),
        }
    }
    kept
}

/// How the session's requests travel when not over HTTP: decided (and the
/// listener bound) before anything starts, started once printing is set up.
enum Sockets {
    Http,
    Listen(crate::transport::listener::Bound),
    Inbound(Box<Settings>),
}

impl Sockets {
    fn plan(m: &ArgMatches, settings: &Settings) -> Result<Sockets> {
        if let Some(addr) = m.get_one::<String>("listen") {
            crate::client::Client::check_listen_server(settings, false)?;
            let tls = match (
                m.get_one::<std::path::PathBuf>("cert"),
                m.get_one::<std::path::PathBuf>("key"),
            ) {
                (Some(cert), Some(key)) => Some(crate::transport::listener::TlsFiles { cert, key }),
                _ => None,
            };
            let bound = crate::transport::listener::Bound::bind(addr, settings, tls)?;
            let uri = bound.uri();
            eprintln!(
                "ari: listening on {uri} for Asterisk's outbound WebSocket (user {}); in Asterisk:",
                settings.username.value
            );
            let app = settings
                .app
                .as_ref()
                .map_or("hello".to_string(), |a| a.value.clone());
            for line in crate::transport::listener::asterisk_config(&uri, settings, &app).lines() {
                eprintln!("  {line}");
            }
            return Ok(Sockets::Listen(bound));
        }
        if settings.transport == crate::transport::Transport::WebSocket {
            return Ok(Sockets::Inbound(Box::new(settings.clone())));
        }
        Ok(Sockets::Http)
    }

    fn start(self, print: background::Print, color: bool) -> Result<()> {
        match self {
            Sockets::Http => Ok(()),
            Sockets::Listen(bound) => sockets::listen(bound, print, color).map(|_| ()),
            Sockets::Inbound(settings) => sockets::inbound(*settings, print).map(|_| ()),
        }
    }
}

fn history_path() -> Option<std::path::PathBuf> {
    directories::ProjectDirs::from("", "", "ari").map(|d| d.data_dir().join("history"))
}

pub fn run(m: &ArgMatches, ctx: &crate::context::Context) -> Result<()> {
    let globals = &ctx.globals;
    let settings = ctx.settings()?;
    let mut session = Session::new(base_args(), settings.profile.value.clone(), ctx.clone());
    session.color = globals.color.enabled(true);
    let sockets = Sockets::plan(m, &settings)?;
    if std::io::stdin().is_terminal() {
        interactive(&mut session, settings, sockets, globals.color.enabled(true))
    } else {
        sockets.start(Arc::new(|line: String| eprintln!("{line}")), false)?;
        script(&mut session, m.get_flag("keep-going"))
    }
}

/// Whether the session goes on after a line.
#[derive(PartialEq)]
enum Flow {
    Continue,
    /// Go on with a clear screen.
    Clear,
    Exit,
}

/// Run one line. Help and a closed pipe count as success; an error's
/// advice names what is typed here, not `ari ...`.
fn execute(
    session: &mut Session,
    text: &str,
    background: Option<&mut Background>,
    live: Option<&ServerLive>,
) -> Result<Flow> {
    match run_line(session, text, background, live) {
        Err(e) if e.kind == ErrorKind::OutputClosed => Ok(Flow::Continue),
        Err(mut e) => {
            e.message = help::in_session_words(&e.message);
            e.hint = e.hint.as_deref().map(help::in_session_words);
            Err(e)
        }
        other => other,
    }
}

/// Print help text on stdout.
fn show(text: &str) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", text.trim_end())?;
    out.flush()?;
    Ok(())
}

fn run_line(
    session: &mut Session,
    text: &str,
    background: Option<&mut Background>,
    live: Option<&ServerLive>,
) -> Result<Flow> {
    let words = session.words(text)?;
    if words.is_empty() {
        return Ok(Flow::Continue);
    }
    let done = match line::builtin(&words) {
        Some(Builtin::Exit) => return Ok(Flow::Exit),
        Some(Builtin::Clear) => return Ok(Flow::Clear),
        Some(Builtin::Help(topic)) => show(&help::of_command(
            &session.context().tree,
            &topic,
            true,
            session.color,
        )?),
        Some(Builtin::Use(profile)) => session.use_profile(&profile),
        Some(Builtin::Set(name, value)) => {
            session.set(&name, value);
            Ok(())
        }
        Some(Builtin::EventsOn(filters)) => match background {
            Some(background) => background.start(session, &filters),
            None => Err(Error::usage(
                "events on needs an interactive session; use `events` here",
            )),
        },
        Some(Builtin::EventsOff) => {
            if let Some(background) = background {
                background.stop();
            }
            Ok(())
        }
        Some(Builtin::Connection(name)) => connection(name.as_deref()),
        Some(Builtin::Repl) => Err(Error::usage("already in the REPL")),
        None => {
            let args = session.args(&words);
            // `COMMAND --help`, or a command without its action: the help
            // as `help COMMAND` shows it, with no `ari` to type.
            let parsed = session
                .context()
                .tree
                .as_ref()
                .clone()
                .try_get_matches_from(&args);
            let model = match &parsed {
                Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelp => {
                    let long = !words.iter().any(|w| w == "-h");
                    return show(&help::of_command(
                        &session.context().tree,
                        &words,
                        long,
                        session.color,
                    )?)
                    .map(|_| Flow::Continue);
                }
                Err(e)
                    if e.kind()
                        == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand =>
                {
                    show(&help::of_command(
                        &session.context().tree,
                        &words,
                        false,
                        session.color,
                    )?)?;
                    return Err(Error::usage(""));
                }
                Ok(matches) => returned_model(matches),
                Err(_) => None,
            };
            let value = session.dispatch(args)?;
            if let Some(value) = value {
                session.remember(&value, model);
                if let Some(live) = live {
                    live.saw(&value);
                }
            }
            Ok(())
        }
    };
    done.map(|_| Flow::Continue)
}

/// The ARI model an action returns (`Channel` for `channels list`).
fn returned_model(matches: &ArgMatches) -> Option<&'static str> {
    let (resource, m) = matches.subcommand()?;
    let (action, _) = m.subcommand()?;
    crate::spec::actions_of(resource)
        .into_iter()
        .find(|a| a.name() == action)
        .map(|a| a.base.returns_model())
}

/// `connections` and `connection wsN`.
fn connection(name: Option<&str>) -> Result<()> {
    let Some(connections) = crate::transport::installed() else {
        return Err(Error::usage(
            "requests go over HTTP: start the REPL with --listen or --via websocket",
        ));
    };
    match name {
        Some(name) => {
            let label = connections.choose(name)?;
            println!("commands go over {label}");
        }
        None => {
            let (open, current) = connections.list();
            if open.is_empty() {
                println!("no open connection");
            }
            for label in open {
                let mark = if Some(&label) == current.as_ref() {
                    "*"
                } else {
                    " "
                };
                println!("{mark} {label}");
            }
        }
    }
    Ok(())
}

fn interactive(
    session: &mut Session,
    settings: Settings,
    sockets: Sockets,
    color: bool,
) -> Result<()> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        .max_history_size(5000)
        .map_err(|e| Error::internal(e.to_string()))?
        .build();
    let mut editor: Editor<ReplHelper, FileHistory> = Editor::with_config(config)
        .map_err(|e| Error::internal(format!("cannot start the line editor: {e}")))?;
    let profiles = session
        .context()
        .config()
        .map(|file| crate::complete::live::profile_names(&file))
        .unwrap_or_default();
    let live = Arc::new(ServerLive::new(
        settings,
        profiles,
        Duration::from_millis(400),
        Duration::from_secs(3),
    ));
    editor.set_helper(Some(ReplHelper::new(
        session.context().tree.clone(),
        live.clone(),
    )));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    let printer = editor
        .create_external_printer()
        .map_err(|e| Error::internal(format!("cannot print events above the prompt: {e}")))?;
    let mut background = Background::new(Box::new(printer));
    sockets.start(background.print_function(), color)?;
    loop {
        let prompt = format!("ari({})> ", session.profile());
        match editor.readline(&prompt) {
            Ok(text) => {
                if !text.trim().is_empty() {
                    let _ = editor.add_history_entry(text.as_str());
                    if let Some(path) = &history {
                        if let Some(dir) = path.parent() {
                            let _ = std::fs::create_dir_all(dir);
                        }
                        let _ = editor.save_history(path);
                    }
                }
                match execute(session, &text, Some(&mut background), Some(&live)) {
                    Ok(Flow::Continue) => {}
                    Ok(Flow::Clear) => {
                        let _ = editor.clear_screen();
                    }
                    Ok(Flow::Exit) => break,
                    Err(e) => report(&e),
                }
                // A profile switch changes where completion asks.
                if let Some(settings) = session.take_new_settings() {
                    live.switch(settings);
                }
            }
            // Ctrl-C cancels the line being typed.
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(Error::internal(format!("line editor: {e}"))),
        }
    }
    background.stop();
    Ok(())
}

/// Lines from stdin, no prompt: a way to run call-control scripts without bash.
fn script(session: &mut Session, keep_going: bool) -> Result<()> {
    let mut last_failure: Option<Error> = None;
    for (number, text) in std::io::stdin().lock().lines().enumerate() {
        let text = text.map_err(|e| Error::usage(format!("cannot read the script: {e}")))?;
        match execute(session, &text, None, None) {
            Ok(Flow::Continue | Flow::Clear) => {}
            Ok(Flow::Exit) => break,
            Err(e) => {
                if !e.message.is_empty() {
                    // Which line failed, in the one error line.
                    let mut located =
                        Error::new(e.kind, format!("line {}: {}", number + 1, e.message));
                    located.hint = e.hint.clone();
                    report(&located);
                }
                if !keep_going {
                    return Err(Error::new(e.kind, ""));
                }
                last_failure = Some(Error::new(e.kind, ""));
            }
        }
    }
    match last_failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}
