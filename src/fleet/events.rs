//! `ari -p 'eu-*' events`: the tails of several servers merged into one,
//! each line tagged with its profile (a colour per server at a terminal),
//! each server connected and reconnected on its own.

use std::sync::{Arc, Mutex};

use clap::ArgMatches;
use futures_util::StreamExt;
use futures_util::stream::FuturesUnordered;

use super::order::{HOLD_BACK, TimeOrder};
use crate::config::{Overrides, Settings};
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::events::arrival::Arrivals;
use crate::events::record::{Recorder, Tagged as Recorded};
use crate::events::style::EventStyle;
use crate::events::tagged::{Tagged, profile_prefix};
use crate::events::tail_options;
use crate::output::stdout_is_terminal;

/// Tail every server until one is done (`--count`, `--until`...), Ctrl-C,
/// or all have failed.
pub fn run(m: &ArgMatches, ctx: &Context, names: Vec<String>) -> Result<()> {
    let globals = &ctx.globals;
    if m.contains_id("replay") {
        return Err(Error::usage(
            "--replay reads its events from a file; -p names servers to tail: give one or the other",
        ));
    }
    let style = EventStyle::from_options(globals, Some(m), stdout_is_terminal())?;
    let recorder = m
        .get_one::<std::path::PathBuf>("record")
        .map(|path| Recorder::open(path, Recorded::Profile, &names))
        .transpose()?;
    // The profile's name is printed before each line: the line fits the rest.
    let width = names.iter().map(String::len).max().unwrap_or(0);
    let tagged_style = style.clone().tagged(width + 1);
    let file = ctx.config()?;
    // Lines go out in the order of the events' times (see `order`).
    let order = TimeOrder::new(names.len(), HOLD_BACK);
    let mut tails = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let overrides = Overrides {
            profile: Some(name.clone()),
            ..globals.connection.clone()
        };
        let settings: Settings = Settings::resolve(&overrides, &file)?;
        let mut options = tail_options(m, globals, &settings)?;
        let arrivals = Arrivals::default();
        options.arrivals = Some(arrivals.clone());
        options.record = recorder.clone().map(|r| (r, name.clone()));
        let who = name.clone();
        options.notify = Box::new(move |message: &str| {
            eprintln!("{}", message.replacen("ari: ", &format!("ari: {who}: "), 1))
        });
        let prefix = profile_prefix(name, i, width, style.color);
        let lane = Arc::new(Mutex::new(order.lane(i, arrivals)));
        let writer = tagged_style.writer(Tagged::new(
            lane,
            "profile",
            name,
            prefix,
            style.passes_raw(),
        ))?;
        tails.push((name.clone(), settings, options, writer));
    }
    crate::runtime::runtime()?.block_on(async move {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let total = tails.len();
        let mut running: FuturesUnordered<_> = tails
            .into_iter()
            .enumerate()
            .map(|(index, (name, settings, options, mut writer))| {
                let mut stopped = stopped.clone();
                async move {
                    let stop_when = async move {
                        let _ = stopped.wait_for(|s| *s).await;
                        Ok(())
                    };
                    let result =
                        crate::events::tail::tail(&settings, options, &mut writer, stop_when).await;
                    let _ = writer.flush();
                    (index, name, result)
                }
            })
            .collect();
        let mut failures: Vec<(usize, String, Error)> = Vec::new();
        let mut outcome = Ok(());
        let interrupted = crate::runtime::interrupted::<()>();
        tokio::pin!(interrupted);
        let writing = order.run(std::io::stdout());
        tokio::pin!(writing);
        let mut write_failed = false;
        // The server whose --count or --until ended the tail.
        let mut ended_by = None;
        // Once one has, the others get the hold-back to deliver events older
        // than its last one (a slower connection's); nothing is written
        // meanwhile, and the drain then puts them first and drops the rest.
        let mut settling: Option<tokio::time::Instant> = None;
        loop {
            tokio::select! {
                next = running.next() => match next {
                    None => break,
                    Some((index, _, Ok(()))) => {
                        // One server's tail is done (--count, --until...): all are.
                        if !*stop.borrow() && settling.is_none() {
                            ended_by = Some(index);
                            settling = Some(tokio::time::Instant::now() + HOLD_BACK);
                        }
                    }

                    Some((_, _, Err(e))) if e.kind == ErrorKind::OutputClosed => {
                        let _ = stop.send(true);
                    }
                    Some((index, name, Err(e))) => {
                        eprintln!("ari: {name}: {}", e.message);
                        failures.push((index, name, e));
                    }
                },
                () = settle(settling), if settling.is_some() && !*stop.borrow() => {
                    let _ = stop.send(true);
                }
                written = &mut writing, if !write_failed && settling.is_none() => {
                    // Only ends when stdout fails (a closed pipe ends quietly).
                    write_failed = true;
                    if let Err(e) = written {
                        outcome = Err(Error::from(e));
                    }
                    let _ = stop.send(true);
                }
                stop_now = &mut interrupted, if outcome.is_ok() => {
                    outcome = stop_now;
                    let _ = stop.send(true);
                }
            }
        }
        if !write_failed {
            order.drain(std::io::stdout(), ended_by)?;
        }
        if outcome.is_err() || *stop.borrow() {
            return outcome;
        }
        // Every tail ended in failure: the code of the first in profile order.
        failures.sort_by_key(|(index, _, _)| *index);
        let Some((_, _, first)) = failures.first() else {
            return Ok(());
        };
        let list: Vec<String> = failures
            .iter()
            .map(|(_, name, e)| format!("{name} (exit {})", e.exit_code()))
            .collect();
        Err(Error::new(
            first.kind,
            format!(
                "{} of {total} servers' tails ended: {}",
                failures.len(),
                list.join(", ")
            ),
        ))
    })
}

/// Until `at` (never without one).
async fn settle(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
