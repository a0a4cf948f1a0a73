//! The global options, and the rules every flag follows (the commands
//! themselves are defined where they run: `commands`). Style rules:
//! - ARI parameters are `--kebab-case` flags with the ARI spelling as a hidden
//!   alias; path parameters are positional, in path order.
//! - Global options are named after curl where curl has the concept
//!   (`--max-time`, `--connect-timeout`, `-k`, `--cacert`, `-u`) and never take
//!   the name of an ARI parameter.
//! - Booleans are plain flags; ARI booleans also take `--flag=false`.

pub mod operation;
pub mod tree;
mod usage;

use std::path::PathBuf;

use clap::builder::PossibleValuesParser;
use clap::{Arg, ArgAction, ArgMatches};

use crate::config::Overrides;
use crate::output::{ColorChoice, OutputMode};
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

/// The options every command takes (`propagate`: declared on every
/// subcommand too, as clap needs for them to go anywhere on the line).
pub fn global_args(propagate: bool) -> Vec<Arg> {
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
                .help(config_help()),
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

/// Where the config file is read from unless --config says: ARI_CONFIG
/// when it is set (help that named the usual place misled), else the usual place.
fn config_help() -> String {
    match std::env::var_os("ARI_CONFIG").filter(|p| !p.is_empty()) {
        Some(path) => format!(
            "Config file [default: {}, from ARI_CONFIG]",
            std::path::Path::new(&path).display()
        ),
        None => "Config file [default: ~/.config/ari/config.toml]".to_string(),
    }
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
