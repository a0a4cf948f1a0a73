//! The dispatcher: a command line in, a result out (the REPL's lines too).
//! The command line is parsed once here and the config file read once (on
//! first need) into the `Context` every command is given. ARI actions go to
//! the operation table, every other command to its registered run function;
//! a fleet (`-p a,b`) is decided here, for actions and `events` alike.

use std::ffi::OsString;

use clap::error::ErrorKind as ClapKind;

use crate::cli::{self, GlobalOptions, operation};
use crate::commands;
use crate::context::Context;
use crate::error::{Error, ErrorKind, Result};
use crate::spec;

/// Run one command line. Returns the JSON result when there was one.
pub fn run<I, T>(args: I) -> Result<Option<serde_json::Value>>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    if args.get(1).is_some_and(|a| a == "call") {
        // Before anything slower: a hang-up's SIGHUP to the handler's group
        // must not kill the verb, which answers exit 10 instead.
        commands::call::ignore_hangup();
    }
    let context = Context::new(
        GlobalOptions::default(),
        commands::tree_for(&args),
        commands::tree_without_global_propagation,
        run_in,
    );
    run_in(&context, args)
}

/// Run one command line with the tree and the config of `context` (a REPL
/// line runs in its session's).
pub fn run_in(context: &Context, args: Vec<OsString>) -> Result<Option<serde_json::Value>> {
    let command = &*context.tree;
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => {
            let words: Vec<String> = args
                .iter()
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            return Err(clap_outcome(e, command, &words));
        }
    };
    let context = context.with_globals(GlobalOptions::from_matches(&matches));
    match matches.subcommand() {
        Some((name, m)) if commands::find(name).is_some() => {
            let command = commands::find(name).expect("found");
            (command.run)(m, &context)
        }
        Some(("events", m)) if m.subcommand().is_none() => match crate::fleet::targets(&context)? {
            Some(names) => crate::fleet::events::run(m, &context, names),
            None => commands::events::run(m, &context),
        }
        .map(|_| None),
        Some((resource, m)) => {
            let Some((action_name, am)) = m.subcommand() else {
                return Err(Error::usage(format!(
                    "missing action (see 'ari {resource} --help')"
                )));
            };
            if crate::media::verbs::is_media_action(resource, action_name) {
                return commands::media::run_action(resource, action_name, am, &context);
            }
            let action = spec::actions_of(resource)
                .into_iter()
                .find(|a| a.name() == action_name)
                .ok_or_else(|| {
                    Error::internal(format!("no table entry for {resource} {action_name}"))
                })?;
            let invocation = operation::invocation(&action, am)?;
            let wait = operation::wait_options(am)?;
            if let Some(names) = crate::fleet::targets(&context)? {
                if wait.is_some() {
                    return Err(Error::usage(
                        "--wait follows one server: name one profile with -p",
                    ));
                }
                return crate::fleet::run::run(invocation, &context, names);
            }
            match wait {
                Some(wait) => crate::execute::run_and_wait(invocation, wait, &context),
                None => crate::execute::run(invocation, &context),
            }
        }
        None => Err(Error::usage("missing command (see 'ari --help')")),
    }
}

/// `ari -v --version`: what a bug report needs.
fn long_version() -> String {
    let lines = [
        format!("ari {}", env!("CARGO_PKG_VERSION")),
        format!("commit {}", env!("ARI_COMMIT")),
        format!("target {}", env!("ARI_TARGET")),
        "tls rustls (ring), no OpenSSL".to_string(),
        format!(
            "features: every ARI operation ({} REST + the events WebSocket), events tail, simulator, \
             repl, completions (bash zsh fish powershell elvish), man page, doctor",
            spec::OPERATIONS.iter().filter(|op| !op.websocket).count()
        ),
    ];
    lines.join("\n")
}

/// Help and version are printed as clap formats them; real mistakes become one-line usage errors.
fn clap_outcome(e: clap::Error, command: &clap::Command, args: &[String]) -> Error {
    match e.kind() {
        ClapKind::DisplayVersion if args.iter().any(|a| a == "-v" || a == "--verbose") => {
            println!("{}", long_version());
            Error::new(ErrorKind::OutputClosed, "")
        }
        ClapKind::DisplayHelp | ClapKind::DisplayVersion => {
            let _ = e.print();
            Error::new(ErrorKind::OutputClosed, "")
        }
        ClapKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            Error::usage("")
        }
        _ => cli::usage_error(&e, command, args),
    }
}
