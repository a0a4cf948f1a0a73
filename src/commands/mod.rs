//! Every command besides the ARI resources owns its definition and its run
//! function; `COMMANDS` lists them, and the tree and the dispatcher read
//! the list. A new command is one new module and one line here.

pub mod call;
pub mod completions;
pub mod doctor;
pub mod events;
pub mod man;
pub mod probe;
pub mod profile;
pub mod raw;
pub mod repl;
pub mod serve;
pub mod sim;
pub mod top;

use clap::Command;

use crate::context::Registered;

/// The commands, in the order `ari --help` lists them.
pub const COMMANDS: &[Registered] = &[
    raw::COMMAND,
    profile::COMMAND,
    sim::COMMAND,
    serve::COMMAND,
    call::COMMAND,
    repl::COMMAND,
    doctor::COMMAND,
    top::COMMAND,
    completions::COMMAND,
    completions::COMPLETE,
    man::COMMAND,
];

pub fn find(name: &str) -> Option<&'static Registered> {
    COMMANDS.iter().find(|c| c.name == name)
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
    let mut root = crate::cli::tree::operations(propagate_globals);
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
