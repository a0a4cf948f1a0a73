//! Completion: what may come next at the cursor, from the clap tree (so it
//! knows every resource, action, flag and allowed value the parser knows)
//! and, for ids, from the live server. The REPL and shell completion share it.

pub mod live;

use clap::{Arg, ArgAction, Command};

pub use live::{Live, LiveKind};

/// The kinds of live values an argument takes, by its id (the ARI name).
fn live_kind(resource: &str, action: &str, id: &str) -> Option<LiveKind> {
    Some(match id {
        "channelId" | "channel" | "caller" | "originator" if !action.starts_with("originate") => {
            LiveKind::Channels
        }
        "bridgeId" if action != "create" => LiveKind::Bridges,
        "playbackId" if resource == "playbacks" => LiveKind::Playbacks,
        "recordingName"
            if matches!(
                action,
                "get-live" | "cancel" | "stop" | "pause" | "unpause" | "mute" | "unmute"
            ) =>
        {
            LiveKind::LiveRecordings
        }
        "recordingName" => LiveKind::StoredRecordings,
        "tech" => LiveKind::EndpointTechnologies,
        "resource" => LiveKind::EndpointResources,
        "soundId" => LiveKind::Sounds,
        "media" => LiveKind::Media,
        "moduleName" => LiveKind::Modules,
        "applicationName" | "app" | "application" => LiveKind::Applications,
        "deviceName" => LiveKind::DeviceStates,
        "mailboxName" => LiveKind::Mailboxes,
        "logChannelName" => LiveKind::LogChannels,
        "profile" => LiveKind::Profiles,
        "type" | "exclude-type" | "until" | "__wait" if resource == "events" || id == "__wait" => {
            LiveKind::EventTypes
        }
        "bridge" => LiveKind::Bridges,
        _ => return None,
    })
}

fn takes_value(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Set | ArgAction::Append)
        && arg.get_num_args().is_none_or(|n| n.min_values() > 0)
}

/// Find a `--long`, `--alias` or `-s` option in a command or the global ones.
fn find_option<'c>(cmd: &'c Command, root: &'c Command, word: &str) -> Option<&'c Arg> {
    let lookup = |c: &'c Command| -> Option<&'c Arg> {
        if let Some(long) = word.strip_prefix("--") {
            c.get_arguments().find(|a| {
                a.get_long() == Some(long)
                    || a.get_all_aliases().is_some_and(|al| al.contains(&long))
            })
        } else {
            let short = word.strip_prefix('-')?.chars().next()?;
            c.get_arguments().find(|a| a.get_short() == Some(short))
        }
    };
    lookup(cmd).or_else(|| lookup(root).filter(|a| a.is_global_set()))
}

/// Where the cursor is: which command, and what the current word may be.
struct Position<'c> {
    path: Vec<&'c str>,
    cmd: &'c Command,
    /// The option whose value is being typed.
    value_of: Option<&'c Arg>,
    positional: usize,
}

fn locate<'c>(root: &'c Command, words: &[String]) -> Position<'c> {
    let mut position = Position {
        path: Vec::new(),
        cmd: root,
        value_of: None,
        positional: 0,
    };
    for word in words {
        if position.value_of.take().is_some() {
            continue;
        }
        if word.starts_with('-') && word.len() > 1 {
            if word.contains('=') {
                continue;
            }
            if let Some(arg) = find_option(position.cmd, root, word)
                && takes_value(arg)
            {
                position.value_of = Some(arg);
            }
            continue;
        }
        match position.cmd.find_subcommand(word) {
            Some(sub) if position.positional == 0 => {
                position.path.push(sub.get_name());
                position.cmd = sub;
            }
            _ => position.positional += 1,
        }
    }
    position
}

/// The word being typed is a file name (`--to`, `--config`, `--cacert`...):
/// the shell's own file completion does that best.
pub fn wants_files(root: &Command, words: &[String], current: &str) -> bool {
    use clap::ValueHint;
    let position = locate(root, words);
    let arg = match position.value_of {
        Some(arg) => Some(arg),
        None => current
            .split_once('=')
            .filter(|(f, _)| f.starts_with("--"))
            .and_then(|(f, _)| find_option(position.cmd, root, f)),
    };
    arg.is_some_and(|a| {
        matches!(
            a.get_value_hint(),
            ValueHint::AnyPath | ValueHint::FilePath | ValueHint::DirPath
        )
    })
}

/// Candidates for the word being typed, `current`, after `words`.
/// `extra_commands` are words that may start a line besides the tree's
/// commands (the REPL's own).
pub fn candidates(
    root: &Command,
    words: &[String],
    current: &str,
    live: &dyn Live,
    extra_commands: &[&str],
) -> Vec<String> {
    let position = locate(root, words);
    let resource = position.path.first().copied().unwrap_or("");
    let action = position.path.get(1).copied().unwrap_or("");
    let values = |arg: &Arg, prefix: &str| -> Vec<String> {
        let fixed: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        let mut all = if !fixed.is_empty() {
            fixed
        } else {
            match live_kind(resource, action, arg.get_id().as_str()) {
                Some(kind) => live.values(kind),
                None => Vec::new(),
            }
        };
        // Comma lists: complete the part after the last comma.
        let (done, last) = match prefix.rfind(',') {
            Some(i) if arg.get_value_delimiter().is_some() => (&prefix[..=i], &prefix[i + 1..]),
            _ => ("", prefix),
        };
        all.retain(|v| v.starts_with(last));
        all.into_iter().map(|v| format!("{done}{v}")).collect()
    };

    let mut out: Vec<String> = if let Some(arg) = position.value_of {
        values(arg, current)
    } else if let Some((flag, value)) = current.split_once('=').filter(|(f, _)| f.starts_with("--"))
    {
        find_option(position.cmd, root, flag)
            .map(|arg| {
                values(arg, value)
                    .into_iter()
                    .map(|v| format!("{flag}={v}"))
                    .collect()
            })
            .unwrap_or_default()
    } else if current.starts_with('-') {
        position
            .cmd
            .get_arguments()
            .chain(root.get_arguments().filter(|a| a.is_global_set()))
            .filter(|a| !a.is_hide_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .filter(|f| f.starts_with(current))
            .collect()
    } else if position.cmd.has_subcommands() && position.positional == 0 {
        let mut names: Vec<String> = position
            .cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            .map(|s| s.get_name().to_string())
            .collect();
        if position.path.is_empty() {
            names.extend(extra_commands.iter().map(|s| s.to_string()));
        }
        names.retain(|n| n.starts_with(current));
        // An action may be typed as its ARI name too; offer those on an exact start.
        if names.is_empty() {
            names = position
                .cmd
                .get_subcommands()
                .flat_map(|s| s.get_all_aliases().map(str::to_string).collect::<Vec<_>>())
                .filter(|a| a.starts_with(current))
                .collect();
        }
        names
    } else {
        let positionals: Vec<&Arg> = position.cmd.get_positionals().collect();
        match positionals.get(position.positional) {
            Some(arg) => values(arg, current),
            None => Vec::new(),
        }
    };
    out.sort();
    out.dedup();
    out
}

/// Split a command line into words the way a shell would, tolerating an
/// unfinished quote (the word being typed).
pub fn split_line(line: &str) -> Vec<String> {
    match shell_words::split(line) {
        Ok(words) => words,
        // Close the open quote, whichever it is.
        Err(_) => ["'", "\""]
            .iter()
            .find_map(|q| shell_words::split(&format!("{line}{q}")).ok())
            .unwrap_or_else(|| line.split_whitespace().map(str::to_string).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed;

    impl Live for Fixed {
        fn values(&self, kind: LiveKind) -> Vec<String> {
            match kind {
                LiveKind::Channels => vec!["1700000000.1".into(), "1700000000.2".into()],
                LiveKind::Sounds => vec!["hello-world".into(), "beep".into()],
                LiveKind::Media => vec!["sound:hello-world".into(), "sound:beep".into()],
                _ => Vec::new(),
            }
        }
    }

    fn complete(line: &str) -> Vec<String> {
        let root = crate::cli::tree::operations(true);
        let mut words = split_line(line);
        let current = if line.ends_with(' ') {
            String::new()
        } else {
            words.pop().unwrap_or_default()
        };
        candidates(&root, &words, &current, &Fixed, &["help"])
    }

    #[test]
    fn resources_actions_and_flags() {
        assert_eq!(complete("chan"), vec!["channels"]);
        assert!(complete("").contains(&"help".to_string()));
        assert_eq!(complete("channels pl"), vec!["play"]);
        assert_eq!(complete("channels play 1.2 --med"), vec!["--media"]);
        assert!(complete("channels list --ou").contains(&"--output".to_string()));
        assert_eq!(complete("channels sendDT"), vec!["sendDTMF"]);
    }

    #[test]
    fn allowed_values_and_live_ids() {
        assert_eq!(complete("channels hangup 1.2 --reason bu"), vec!["busy"]);
        assert_eq!(
            complete("channels hangup 1.2 --reason=no"),
            vec![
                "--reason=no_answer",
                "--reason=normal",
                "--reason=normal_unspecified"
            ]
        );
        assert_eq!(
            complete("channels play 17"),
            vec!["1700000000.1", "1700000000.2"]
        );
        assert_eq!(
            complete("channels play 1.2 --media sound:h"),
            vec!["sound:hello-world"]
        );
        assert_eq!(
            complete("bridges add-channel b --channel 1700000000.1,"),
            vec!["1700000000.1,1700000000.1", "1700000000.1,1700000000.2"]
        );
        assert_eq!(
            complete("asterisk info --only build,sy"),
            vec!["build,system"]
        );
        assert_eq!(complete("-o js"), vec!["json"]);
    }

    #[test]
    fn file_arguments_are_left_to_the_shell() {
        let root = crate::cli::tree::operations(true);
        let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert!(wants_files(
            &root,
            &words("recordings download greeting --to"),
            "gr"
        ));
        assert!(wants_files(&root, &words("--config"), ""));
        assert!(wants_files(&root, &words("channels list"), "--cacert=/et"));
        assert!(!wants_files(&root, &words("channels get"), "1"));
    }

    #[test]
    fn unfinished_quotes_still_split() {
        assert_eq!(
            split_line("channels originate --caller-id 'Alice <1"),
            vec!["channels", "originate", "--caller-id", "Alice <1"]
        );
    }
}
