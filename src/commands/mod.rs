//! Every command besides the ARI resources owns its definition and its run
//! function; `COMMANDS` lists them, and the tree and the dispatcher read
//! the list. A new command is one new module and one line here.

pub mod completions;
pub mod doctor;
pub mod events;
pub mod man;
pub mod probe;
pub mod profile;
pub mod raw;
pub mod sim;

use clap::Command;

use crate::context::Registered;
use crate::spec::{RESOURCES, actions_of};

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::global_args;

    /// A global option with an ARI parameter's name would take that
    /// parameter's value away from it (as `--transport` once did from
    /// `channels external-media`).
    #[test]
    fn no_global_option_takes_the_name_of_a_parameter() {
        let globals: Vec<String> = global_args(false)
            .iter()
            .filter_map(|a| a.get_long().map(str::to_string))
            .collect();
        let root = tree_without_global_propagation();
        for resource in root.get_subcommands() {
            for action in resource.get_subcommands() {
                for arg in action.get_arguments() {
                    let names = arg
                        .get_long()
                        .into_iter()
                        .chain(arg.get_all_aliases().unwrap_or_default());
                    for name in names {
                        assert!(
                            !globals.iter().any(|g| g == name),
                            "--{name} of {} {} is also a global option",
                            resource.get_name(),
                            action.get_name()
                        );
                    }
                }
            }
        }
    }
}
