//! `ari top` (alias `ari ui`): a live, full-screen view of one PBX: calls
//! (channels grouped into calls, legs under them), bridges, applications,
//! endpoints and device states, with the events as summary lines, the JSON
//! of any row, and actions on the selected call.
//!
//! Three threads: the network (`feed`), the keyboard (crossterm, polled so
//! that it stops when top does, as inside the REPL), and this one, which
//! owns the PBX state and the terminal and redraws at most 30 times a second.

mod actions;
mod columns;
mod feed;
mod marks;
mod pbx;
mod replay;
mod screen;
mod view;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use clap::{Arg, ArgAction, ArgMatches, Command};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

use crate::context::Context;
use crate::error::{Error, Result};
use crate::events::record::{Recorder, Tagged as Recorded};
use crate::events::speed::Speed;
use feed::Msg;
use pbx::Pbx;
use screen::{ReplayKey, Screen, Tone};

/// The shortest time between two redraws: under 30 a second (33 ms would
/// let a busy second fit 30.3).
const FRAME: Duration = Duration::from_millis(34);
/// How long a flood may hold up a redraw while it is taken in.
const DRAIN_FOR: Duration = Duration::from_millis(20);
/// Status messages fade back to the key hints after this.
const STATUS_FOR: Duration = Duration::from_secs(8);

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "top",
    define: command,
    run: |m, ctx| run(m, ctx).map(|_| None),
};

pub fn command() -> Command {
    let keys: String = view::all_keys()
        .map(|(k, what)| format!("  {k:<18} {what}\n"))
        .collect();
    Command::new("top")
        .visible_alias("ui")
        .about("A live full-screen view of calls, bridges, applications, endpoints and device states, with actions")
        .arg(
            Arg::new("read-only")
                .long("read-only")
                .action(ArgAction::SetTrue)
                .help("Watch only: no key sends anything that changes a call"),
        )
        .arg(
            Arg::new("record")
                .long("record")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .conflicts_with("replay")
                .help("Also append the lists read and every frame received to FILE, for --replay (and ari events --replay)"),
        )
        .arg(
            Arg::new("replay")
                .long("replay")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Play a recording (ari top or ari events --record) instead of watching a server; actions are off"),
        )
        .arg(
            Arg::new("speed")
                .long("speed")
                .value_name("N|max")
                .requires("replay")
                .value_parser(crate::events::speed::parse_speed)
                .help("With --replay: N times as fast as recorded [default: 1]; + and - change it"),
        )
        .after_help(format!(
            "Keys:\n{keys}\n\
             The FLAGS column: {flags}.\n\n\
             It listens as a private application of its own (subscribed to everything),\n\
             so it takes no calls away from anyone; each action is the request the same\n\
             `ari` command line sends, and the status line shows that command line.\n\n\
             Examples:\n  ari top\n  ari -p prod top --read-only\n  ari top --record today.jsonl\n  ari top --replay today.jsonl --speed 4",
            flags = columns::flags_legend(),
        ))
}

pub fn run(m: &ArgMatches, ctx: &Context) -> Result<()> {
    let globals = &ctx.globals;
    if crate::fleet::targets(ctx)?.is_some() {
        return Err(Error::usage(
            "ari top watches one server: name one profile with -p",
        ));
    }
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Error::usage(
            "ari top needs a terminal; for a pipe or a script use `ari events -o summary`",
        ));
    }
    let color = globals.color.enabled(true);
    let app = crate::transport::socket::private_app();
    let (to_screen, from_feed) = std::sync::mpsc::channel();
    let (server, controls) = match m.get_one::<PathBuf>("replay") {
        Some(path) => {
            let speed = m
                .get_one::<Speed>("speed")
                .copied()
                .unwrap_or(Speed::Times(1.0));
            let keys = replay::start(path, speed, to_screen.clone())?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            (format!("replay of {name}"), Controls::Replay(keys))
        }
        None => {
            let settings = ctx.settings()?;
            let server = format!(
                "{} @ {}",
                settings.profile.value,
                short_url(settings.url.value.as_ref())
            );
            let record = m
                .get_one::<PathBuf>("record")
                .map(|path| {
                    let source = settings.profile.value.clone();
                    Recorder::open(path, Recorded::No, &[source])
                })
                .transpose()?;
            let acts = feed::start(
                settings,
                ctx.tree.clone(),
                app.clone(),
                to_screen.clone(),
                record,
            )?;
            (server, Controls::Live(acts))
        }
    };
    let stop = Arc::new(AtomicBool::new(false));
    let keyboard = {
        let stop = stop.clone();
        std::thread::Builder::new()
            .name("ari-top-keys".into())
            .spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    // Polled, so that the thread ends with top (the REPL reads
                    // the keyboard again afterwards).
                    match event::poll(Duration::from_millis(50)) {
                        Ok(true) => match event::read() {
                            Ok(e) => {
                                if to_screen.send(Msg::Input(e)).is_err() {
                                    return;
                                }
                            }
                            Err(_) => return,
                        },
                        Ok(false) => {}
                        Err(_) => return,
                    }
                }
            })
            .map_err(|e| Error::internal(format!("cannot read the keyboard: {e}")))?
    };
    let mut ui = Screen::new(server, app, m.get_flag("read-only"), color);
    ui.replay = matches!(controls, Controls::Replay(_));
    let result = enter().and_then(|mut terminal| {
        let outcome = screen(&mut terminal, &from_feed, &controls, &mut ui);
        leave();
        outcome
    });
    stop.store(true, Ordering::Relaxed);
    let _ = keyboard.join();
    result
}

type Term = Terminal<CrosstermBackend<std::io::Stdout>>;

/// Full screen, raw keys, mouse; the terminal is given back on a panic too.
fn enter() -> Result<Term> {
    let fail = |e: std::io::Error| Error::internal(format!("cannot take over the terminal: {e}"));
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        leave();
        previous(info);
    }));
    enable_raw_mode().map_err(fail)?;
    execute!(std::io::stdout(), EnterAlternateScreen, EnableMouseCapture).map_err(fail)?;
    Terminal::new(CrosstermBackend::new(std::io::stdout())).map_err(fail)
}

/// The terminal as it was: safe to call more than once.
fn leave() {
    let _ = disable_raw_mode();
    let _ = execute!(
        std::io::stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        ratatui::crossterm::cursor::Show
    );
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Counts for the benchmark (`ARI_TOP_STATS=FILE` writes them at the end).
#[derive(Default)]
struct Stats {
    frames: u64,
    started: Option<Instant>,
}

/// Where keys that reach beyond the screen go: a live server's actions, or
/// a replay's controls.
enum Controls {
    Live(tokio::sync::mpsc::UnboundedSender<feed::Act>),
    Replay(std::sync::mpsc::Sender<ReplayKey>),
}

fn screen(
    terminal: &mut Term,
    from_feed: &Receiver<Msg>,
    controls: &Controls,
    ui: &mut Screen,
) -> Result<()> {
    let mut pbx = Pbx::new();
    // A replay's clock, for durations; the wall clock when live.
    let mut clock: Option<i64> = None;
    let mut dirty = true;
    let mut last_draw = Instant::now() - FRAME;
    let mut last_tick = Instant::now();
    let mut stats = Stats {
        started: Some(Instant::now()),
        ..Stats::default()
    };
    loop {
        let wait = if dirty {
            FRAME.saturating_sub(last_draw.elapsed())
        } else {
            Duration::from_millis(250)
        };
        match from_feed.recv_timeout(wait) {
            Ok(msg) => {
                dirty |= take(msg, &mut pbx, ui, controls, &mut clock);
                let drained = Instant::now();
                while drained.elapsed() < DRAIN_FOR {
                    match from_feed.try_recv() {
                        Ok(msg) => dirty |= take(msg, &mut pbx, ui, controls, &mut clock),
                        Err(_) => break,
                    }
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        if ui.quit {
            break;
        }
        if last_tick.elapsed() >= Duration::from_secs(1) {
            last_tick = Instant::now();
            pbx.expire(last_tick);
            ui.marks.prune(&pbx);
            if ui
                .status
                .as_ref()
                .is_some_and(|s| s.at.elapsed() >= STATUS_FOR)
            {
                ui.status = None;
            }
            // Durations move on.
            dirty = true;
        }
        if dirty && last_draw.elapsed() >= FRAME {
            // Frames are counted from their start: a slow draw does not
            // push the next one further away.
            last_draw = Instant::now();
            let now = clock.unwrap_or_else(now_ms);
            terminal
                .draw(|frame| view::draw(frame, &pbx, ui, now))
                .map_err(|e| Error::internal(format!("cannot draw: {e}")))?;
            dirty = false;
            stats.frames += 1;
        }
    }
    write_stats(&stats, &pbx);
    Ok(())
}

/// Take in one message; whether the screen changed.
fn take(
    msg: Msg,
    pbx: &mut Pbx,
    ui: &mut Screen,
    controls: &Controls,
    clock: &mut Option<i64>,
) -> bool {
    match msg {
        Msg::Input(event) => {
            let sent = match (ui.input(&event, pbx), controls) {
                (screen::Effect::Send(words), Controls::Live(acts)) => {
                    acts.send(feed::Act(words)).is_ok()
                }
                // A replay that has ended takes no more keys: nothing to say.
                (screen::Effect::Replay(key), Controls::Replay(keys)) => {
                    let _ = keys.send(key);
                    true
                }
                _ => true,
            };
            if !sent {
                ui.say("the connection to the server is gone", Tone::Bad);
            }
        }
        Msg::Snapshot(s) => pbx.snapshot(
            s.channels,
            s.bridges,
            s.applications,
            s.endpoints,
            s.device_states,
        ),
        Msg::Event(text) => pbx.apply(&text),
        Msg::Applications(apps) => pbx.set_applications(apps),
        Msg::DeviceStates(states) => pbx.set_device_states(states),
        Msg::Link(link) => {
            ui.link(&link);
            pbx.set_link(link);
        }
        Msg::Sounds(names) => ui.sounds = names,
        Msg::Done(words, outcome) => ui.done(&words, &outcome),
        Msg::Quit => ui.quit = true,
        Msg::Clock(ms) => *clock = Some(ms),
        Msg::Note(text) => ui.say(text, Tone::Bad),
    }
    true
}

fn write_stats(stats: &Stats, pbx: &Pbx) {
    let Some(path) = std::env::var_os("ARI_TOP_STATS") else {
        return;
    };
    let seconds = stats.started.map_or(0.0, |s| s.elapsed().as_secs_f64());
    let _ = std::fs::write(
        path,
        format!(
            "{{\"frames\": {}, \"seconds\": {seconds:.3}, \"events\": {}, \"channels\": {}}}\n",
            stats.frames,
            pbx.events_seen,
            pbx.channels.len()
        ),
    );
}

/// The server as the header names it at 80 columns: `host:port` for plain
/// HTTP, the scheme kept for TLS, without the `/ari` every URL ends with.
fn short_url(url: &str) -> String {
    let url = url.trim_end_matches('/');
    let url = url.strip_suffix("/ari").unwrap_or(url);
    url.strip_prefix("http://").unwrap_or(url).to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_header_names_the_server_briefly() {
        assert_eq!(
            super::short_url("http://127.0.0.1:8088/ari"),
            "127.0.0.1:8088"
        );
        assert_eq!(
            super::short_url("https://pbx:8089/ari/"),
            "https://pbx:8089"
        );
        assert_eq!(super::short_url("http://pbx/asterisk/ari"), "pbx/asterisk");
    }
}
