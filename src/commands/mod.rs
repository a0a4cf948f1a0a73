//! Every command besides the ARI resources owns its definition and its run
//! function; `COMMANDS` lists them, and the tree and the dispatcher read
//! the list. A new command is one new module and one line here.

pub mod call;
pub mod completions;
pub mod doctor;
pub mod man;
pub mod probe;
pub mod profile;
pub mod raw;
pub mod sim;

use std::ffi::OsString;

use clap::{ArgMatches, Command};
use serde_json::Value;

use crate::cli::GlobalOptions;
use crate::error::Result;
use crate::spec::{RESOURCES, actions_of};

/// What a command is given to run.
pub struct Context<'a> {
    pub globals: &'a GlobalOptions,
    /// Run another command line on the same dispatcher (the REPL's lines).
    pub dispatch: fn(Vec<OsString>) -> Result<Option<Value>>,
}

/// A command: its name, its clap definition, and what runs it. It returns
/// the JSON result when there is one (the REPL's `$_` comes from it).
pub struct Registered {
    pub name: &'static str,
    pub define: fn() -> Command,
    pub run: fn(&ArgMatches, &Context) -> Result<Option<Value>>,
}

/// The commands, in the order `ari --help` lists them.
pub const COMMANDS: &[Registered] = &[
    raw::COMMAND,
    profile::COMMAND,
    sim::COMMAND,
    crate::repl::COMMAND,
    doctor::COMMAND,
    crate::top::COMMAND,
    completions::COMMAND,
    completions::COMPLETE,
    man::COMMAND,
];

pub fn find(name: &str) -> Option<&'static Registered> {
    COMMANDS.iter().find(|c| c.name == name)
}

fn root_after_help() -> String {
    format!(
        "Examples:\n  \
         ari channels list\n  \
         ari channels originate --endpoint PJSIP/alice --app hello\n  \
         ari channels play 1732000000.1 --media sound:hello-world\n  \
         ari bridges create --type mixing --jq .id\n  \
         ari channels list -q | xargs -n1 ari channels hangup\n  \
         ari top                                   # a live full-screen view\n  \
         ari --via websocket channels answer 1732000000.1   # REST over the WebSocket\n\n\
         Every action has --help with its HTTP method, path, parameters and an example.\n\n\
         {}\n\n{}",
        crate::cli::ENVIRONMENT_HELP,
        crate::error::EXIT_CODES_HELP
    )
}

/// The whole command tree.
pub fn tree() -> Command {
    build(true)
}

/// The tree with the global options on the root only: static completion
/// scripts repeat every option under every one of 120 commands otherwise.
pub fn tree_without_global_propagation() -> Command {
    build(false)
}

fn build(propagate_globals: bool) -> Command {
    let mut root = Command::new("ari")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The command line for the Asterisk REST Interface (ARI)")
        .after_help(root_after_help())
        .subcommand_required(true)
        .arg_required_else_help(true)
        // A later option wins: the REPL adds to the options it started with.
        .args_override_self(true)
        .max_term_width(100)
        .args(crate::cli::global_args(propagate_globals));
    for resource in RESOURCES {
        let mut cmd = Command::new(resource.name)
            .about(resource.summary)
            .subcommand_required(true)
            .arg_required_else_help(true)
            .visible_aliases(resource.aliases.iter().copied());
        for action in actions_of(resource.name) {
            cmd = cmd.subcommand(crate::cli::operation::action_command(
                resource.name,
                &action,
            ));
        }
        if resource.name == "events" {
            // `ari events` with no action is the live tail.
            cmd = cmd
                .about(
                    "Tail the live events (with no action); generate user events, claim channels",
                )
                .subcommand_required(false)
                .arg_required_else_help(false)
                .args_conflicts_with_subcommands(true)
                .args(crate::events::tail_args())
                .after_help(crate::events::TAIL_HELP);
        }
        root = root.subcommand(cmd);
    }
    for command in COMMANDS {
        root = root.subcommand((command.define)());
    }
    root
}
