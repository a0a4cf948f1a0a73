//! The command-line definition. Style rules every flag follows:
//! - ARI parameters are `--kebab-case` flags with the ARI spelling as a hidden
//!   alias; path parameters are positional, in path order.
//! - Global options are named after curl where curl has the concept
//!   (`--max-time`, `--connect-timeout`, `-k`, `--cacert`, `-u`) and never take
//!   the name of an ARI parameter.
//! - Booleans are plain flags; ARI booleans also take `--flag=false`.

pub mod operation;
mod usage;

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches, Command};

use crate::commands;
use crate::config::Overrides;
use crate::error::EXIT_CODES_HELP;
use crate::output::{ColorChoice, OutputMode};
use crate::spec::{RESOURCES, actions_of};
use crate::transport::Transport;

pub use usage::usage_error;

pub const ENVIRONMENT_HELP: &str = "\
Environment:
  ARI_PROFILE      profile to use (like --profile)
  ARI_URL          server URL, e.g. https://pbx.example.com:8089 (like --url)
  ARI_USERNAME     user name
  ARI_PASSWORD     password
  ARI_APP          default application for `ari events` (also ARI_APPLICATION)
  ARI_CONFIG       config file (like --config)
  NO_COLOR         no colours unless --color always";

fn root_after_help() -> String {
    format!(
        "Examples:\n  \
         ari channels list\n  \
         ari channels originate --endpoint PJSIP/alice --app hello\n  \
         ari channels play 1732000000.1 --media sound:hello-world\n  \
         ari bridges create --type mixing --jq .id\n  \
         ari channels list -q | xargs -n1 ari channels hangup\n\n\
         Every action has --help with its HTTP method, path, parameters and an example.\n\n\
         {ENVIRONMENT_HELP}\n\n{EXIT_CODES_HELP}"
    )
}

/// The whole command tree.
pub fn command() -> Command {
    tree(true)
}

/// The tree with the global options on the root only: static completion
/// scripts repeat every option under every one of 120 commands otherwise.
pub fn command_without_global_propagation() -> Command {
    tree(false)
}

fn tree(propagate_globals: bool) -> Command {
    let mut root = Command::new("ari")
        .version(env!("CARGO_PKG_VERSION"))
        .about("The command line for the Asterisk REST Interface (ARI)")
        .after_help(root_after_help())
        .subcommand_required(true)
        .arg_required_else_help(true)
        // A later option wins: the REPL adds to the options it started with.
        .args_override_self(true)
        .max_term_width(100)
        .args(global_args(propagate_globals));
    for resource in RESOURCES {
        let mut cmd = Command::new(resource.name)
            .about(resource.summary)
            .subcommand_required(true)
            .arg_required_else_help(true)
            .visible_aliases(resource.aliases.iter().copied());
        for action in actions_of(resource.name) {
            cmd = cmd.subcommand(operation::action_command(resource.name, &action));
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
    root.subcommand(commands::raw::command())
        .subcommand(commands::profile::command())
        .subcommand(commands::sim::command())
        .subcommand(crate::repl::command())
        .subcommand(commands::doctor::command())
        .subcommand(crate::top::command())
        .subcommand(commands::completions::command())
        .subcommand(commands::completions::complete_command())
        .subcommand(commands::man::command())
}

fn global_args(propagate: bool) -> Vec<Arg> {
    let global = |arg: Arg| arg.global(propagate).help_heading("Global options");
    vec![
        global(
            Arg::new("profile")
                .short('p')
                .long("profile")
                .value_name("NAME")
                .help("Profile from the config file; a list, glob or group runs on each (-p 'eu-*', -p all)"),
        ),
        global(
            Arg::new("config")
                .long("config")
                .value_name("PATH")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Config file [default: ~/.config/ari/config.toml]"),
        ),
        global(
            Arg::new("url")
                .long("url")
                .value_name("URL")
                .help("Server URL, e.g. http://127.0.0.1:8088 (/ari is added)"),
        ),
        global(
            Arg::new("user")
                .short('u')
                .long("user")
                .action(ArgAction::Append)
                .value_name("USER[:PASSWORD]")
                .help("User name, and password (prefer a profile: argv is visible to others)"),
        ),
        global(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("MODE")
                .value_parser(PossibleValuesParser::new(OutputMode::NAMES))
                .hide_possible_values(true)
                .help("auto (pretty on a terminal, json when piped), pretty, json, table, ids; events: summary"),
        ),
        global(
            Arg::new("quiet")
                .short('q')
                .long("quiet")
                .action(ArgAction::SetTrue)
                .help("Print only ids, one per line (same as -o ids)"),
        ),
        global(
            Arg::new("jq")
                .long("jq")
                .value_name("EXPR")
                .help("Filter the JSON result with a jq expression; strings print raw"),
        ),
        global(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .value_parser(PossibleValuesParser::new(["auto", "always", "never"]))
                .hide_possible_values(true)
                .help("Colour: auto, always, never [default: auto]"),
        ),
        global(
            Arg::new("verbose")
                .short('v')
                .long("verbose")
                .action(ArgAction::SetTrue)
                .help("Show the HTTP request and response headers on stderr (secrets redacted)"),
        ),
        global(
            Arg::new("parallel")
                .long("parallel")
                .value_name("N")
                .value_parser(clap::value_parser!(u16).range(1..))
                .help("With several profiles (-p 'eu-*'): how many servers at once [default: 16]"),
        ),
        global(
            Arg::new("fail-fast")
                .long("fail-fast")
                .action(ArgAction::SetTrue)
                .help("With several profiles: stop at the first server that fails"),
        ),
        global(
            Arg::new("curl")
                .long("curl")
                .action(ArgAction::SetTrue)
                .help("Print the equivalent curl command instead of sending"),
        ),
        global(
            Arg::new("max-time")
                .long("max-time")
                .value_name("SECS")
                .value_parser(clap::value_parser!(f64))
                .help("Time limit for the whole request"),
        ),
        global(
            Arg::new("connect-timeout")
                .long("connect-timeout")
                .value_name("SECS")
                .value_parser(clap::value_parser!(f64))
                .help("Time limit for connecting [default: 10]"),
        ),
        global(
            Arg::new("via")
                .long("via")
                .value_name("HOW")
                .value_parser(PossibleValuesParser::new(Transport::NAMES))
                .hide_possible_values(true)
                .help("How requests travel: http, or websocket (as RESTRequest frames on the events WebSocket; Asterisk 20.14, 21.9, 22.4+) [default: http]"),
        ),
        global(
            Arg::new("insecure")
                .short('k')
                .long("insecure")
                .action(ArgAction::SetTrue)
                .help("Accept any TLS certificate (only for testing)"),
        ),
        global(
            Arg::new("cacert")
                .long("cacert")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .help("Trust the CA certificates (PEM) in FILE as well"),
        ),
    ]
}

/// Options that apply to every command.
#[derive(Debug, Clone, Default)]
pub struct GlobalOptions {
    pub connection: Overrides,
    pub output: OutputMode,
    pub jq: Option<String>,
    pub color: ColorChoice,
    pub verbose: bool,
    pub curl: bool,
    /// Every `-u` given (`ari sim` serves them all; connections use the last).
    pub users: Vec<String>,
    /// With several profiles: how many servers at once.
    pub parallel: usize,
    /// With several profiles: stop at the first failure.
    pub fail_fast: bool,
}

impl GlobalOptions {
    /// Read the global options; they may appear at any level of the command.
    pub fn from_matches(matches: &ArgMatches) -> GlobalOptions {
        let leaf = leaf_matches(matches);
        let string = |id: &str| leaf.get_one::<String>(id).cloned();
        let users: Vec<String> = leaf
            .get_many::<String>("user")
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        let output = if leaf.get_flag("quiet") {
            OutputMode::Ids
        } else {
            string("output")
                .and_then(|o| OutputMode::parse(&o))
                .unwrap_or_default()
        };
        GlobalOptions {
            connection: Overrides {
                config: leaf.get_one::<PathBuf>("config").cloned(),
                profile: string("profile"),
                url: string("url"),
                user: users.last().cloned(),
                max_time: leaf.get_one::<f64>("max-time").copied(),
                connect_timeout: leaf.get_one::<f64>("connect-timeout").copied(),
                insecure: leaf.get_flag("insecure"),
                cacert: leaf.get_one::<PathBuf>("cacert").cloned(),
                transport: string("via").and_then(|t| Transport::parse(&t)),
            },
            output,
            jq: string("jq"),
            color: string("color")
                .map(|c| ColorChoice::parse(&c))
                .unwrap_or_default(),
            verbose: leaf.get_flag("verbose"),
            curl: leaf.get_flag("curl"),
            users,
            parallel: leaf
                .get_one::<u16>("parallel")
                .map_or(16, |n| usize::from(*n)),
            fail_fast: leaf.get_flag("fail-fast"),
        }
    }
}

/// Global arguments are propagated down to the deepest subcommand used.
fn leaf_matches(matches: &ArgMatches) -> &ArgMatches {
    let mut current = matches;
    while let Some((_, sub)) = current.subcommand() {
        current = sub;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A global option with an ARI parameter's name would take that
    /// parameter's value away from it (as `--transport` once did from
    /// `channels external-media`).
    #[test]
    fn no_global_option_takes_the_name_of_a_parameter() {
        let globals: Vec<String> = global_args(false)
            .iter()
            .filter_map(|a| a.get_long().map(str::to_string))
            .collect();
        let root = command_without_global_propagation();
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
