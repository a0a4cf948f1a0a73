//! The command tree of `ari`'s operations, built from the operation table.

use clap::Command;

use crate::spec::{RESOURCES, Resource, actions_of};

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
        super::ENVIRONMENT_HELP,
        crate::error::EXIT_CODES_HELP
    )
}

/// The root command alone: `ari` and its global options.
pub fn root(propagate_globals: bool) -> Command {
    Command::new("ari")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The command line for the Asterisk REST Interface (ARI)")
        .after_help(root_after_help())
        .subcommand_required(true)
        .arg_required_else_help(true)
        // A later option wins: the REPL adds to the options it started with.
        .args_override_self(true)
        .max_term_width(100)
        .args(super::global_args(propagate_globals))
}

/// The root `ari` with the global options and one command per ARI resource,
/// each with its actions; `commands::tree` adds the other commands. Tests
/// of what reads the tree (completion, the REPL's help, `top`'s actions)
/// take this one and so need nothing from above.
pub fn operations(propagate_globals: bool) -> Command {
    RESOURCES.iter().fold(root(propagate_globals), |root, r| {
        root.subcommand(resource(r))
    })
}

/// One resource's command, with its actions.
pub fn resource(resource: &Resource) -> Command {
    let mut cmd = Command::new(resource.name)
        .about(resource.summary)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .visible_aliases(resource.aliases.iter().copied());
    for action in actions_of(resource.name) {
        cmd = cmd.subcommand(super::operation::action_command(resource.name, &action));
    }
    for media in crate::media::verbs::of_resource(resource.name) {
        cmd = cmd.subcommand(media);
    }
    if resource.name == "events" {
        // `ari events` with no action is the live tail.
        cmd = cmd
            .about("Tail the live events (with no action); generate user events, claim channels")
            .subcommand_required(false)
            .arg_required_else_help(false)
            .args_conflicts_with_subcommands(true)
            .args(crate::events::tail_args())
            .after_help(crate::events::TAIL_HELP);
    }
    cmd
}
