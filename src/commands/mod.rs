//! Every command besides the ARI resources owns its definition and its run
//! function; `COMMANDS` lists them, and the tree and the dispatcher read
//! the list. A new command is one new module and one line here.

pub mod call;
pub mod completions;
pub mod doctor;
pub mod events;
pub mod man;
pub mod media;
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
    media::COMMAND,
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

/// Commands that parse other command lines on the tree they are given (a
/// REPL line, top's actions, a completion): they get the whole tree.
const NEED_THE_WHOLE_TREE: &[&str] = &["repl", "top", "__complete"];

/// The tree one command line needs: the root with its global options and
/// only the resource or command the line names. Building all 120 commands
/// was most of the start-up of a one-request `ari` (measured: ~60% of an
/// `ari call`); the whole tree is built where the line names nothing known
/// (for clap's suggestions and the full help) or a command that needs it.
pub fn tree_for(args: &[std::ffi::OsString]) -> Command {
    let whole = || tree();
    match first_word(args) {
        FirstWord::None { version: true } => crate::cli::tree::root(true),
        FirstWord::Word(word) => {
            if let Some(resource) = crate::spec::find_resource(&word) {
                return crate::cli::tree::root(true)
                    .subcommand(crate::cli::tree::resource(resource));
            }
            match find(&word) {
                Some(command) if !NEED_THE_WHOLE_TREE.contains(&command.name) => {
                    crate::cli::tree::root(true).subcommand((command.define)())
                }
                _ => whole(),
            }
        }
        _ => whole(),
    }
}

enum FirstWord {
    /// No word: options only (`--version` among them, or not).
    None {
        version: bool,
    },
    Word(String),
    /// Something only the whole tree can judge (an unknown option).
    Unsure,
}

/// The first word after the global options (and their values).
fn first_word(args: &[std::ffi::OsString]) -> FirstWord {
    let globals = crate::cli::global_args(false);
    let takes_value = |arg: &clap::Arg| arg.get_action().takes_values();
    let mut version = false;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--version" || word == "-V" {
            version = true;
        } else if let Some(long) = word.strip_prefix("--") {
            if long.is_empty() {
                return FirstWord::Unsure;
            }
            let (name, attached) = match long.split_once('=') {
                Some((name, _)) => (name, true),
                None => (long, false),
            };
            let Some(arg) = globals.iter().find(|a| a.get_long() == Some(name)) else {
                return FirstWord::Unsure;
            };
            if takes_value(arg) && !attached {
                words.next();
            }
        } else if let Some(shorts) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
            // A cluster (`-qv`); a value-taking one takes the rest, or the next word.
            for (i, c) in shorts.char_indices() {
                let Some(arg) = globals.iter().find(|a| a.get_short() == Some(c)) else {
                    return FirstWord::Unsure;
                };
                if takes_value(arg) {
                    if i + c.len_utf8() == shorts.len() {
                        words.next();
                    }
                    break;
                }
            }
        } else {
            return FirstWord::Word(word.into_owned());
        }
    }
    FirstWord::None { version }
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

    fn first(line: &str) -> Option<String> {
        let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
        match first_word(&args) {
            FirstWord::Word(w) => Some(w),
            FirstWord::None { version } => Some(format!("<none {version}>")),
            FirstWord::Unsure => None,
        }
    }

    #[test]
    fn the_first_word_comes_after_the_global_options_and_their_values() {
        assert_eq!(first("ari channels list").as_deref(), Some("channels"));
        assert_eq!(
            first("ari -p prod channels list").as_deref(),
            Some("channels")
        );
        assert_eq!(first("ari -pprod -q channels").as_deref(), Some("channels"));
        assert_eq!(first("ari -qp prod channels").as_deref(), Some("channels"));
        assert_eq!(
            first("ari --url=http://x -v asterisk ping").as_deref(),
            Some("asterisk")
        );
        assert_eq!(
            first("ari --url http://x --jq .id call").as_deref(),
            Some("call")
        );
        assert_eq!(first("ari --version").as_deref(), Some("<none true>"));
        assert_eq!(first("ari -v").as_deref(), Some("<none false>"));
        assert_eq!(first("ari --no-such-option channels"), None);
    }

    /// The slim tree parses a line as the whole tree does.
    #[test]
    fn a_line_parses_the_same_on_its_slim_tree() {
        for line in [
            "ari -p prod channels originate --endpoint PJSIP/1 --app x",
            "ari --url http://h:8088 -q bridges list",
            "ari events --app x --type Stasis*",
            "ari raw GET /asterisk/info",
            "ari call read --max 4",
            "ari --jq .id sim --listen 127.0.0.1:0",
        ] {
            let args: Vec<std::ffi::OsString> = line.split(' ').map(Into::into).collect();
            let slim = tree_for(&args).try_get_matches_from(&args);
            let whole = tree().try_get_matches_from(&args);
            assert!(slim.is_ok(), "{line}: {:?}", slim.err());
            let (slim, whole) = (slim.unwrap(), whole.unwrap());
            assert_eq!(
                format!("{:?}", slim.subcommand().map(|(n, _)| n)),
                format!("{:?}", whole.subcommand().map(|(n, _)| n)),
                "{line}"
            );
            assert_eq!(
                slim.get_one::<String>("profile"),
                whole.get_one::<String>("profile"),
                "{line}"
            );
        }
    }
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
