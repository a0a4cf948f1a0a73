//! What `help` shows in the REPL: the session's own commands next to those
//! of `ari`, and each command's help as it is typed here (no leading `ari`).

use std::io::IsTerminal;

use clap::Command;

use crate::error::{Error, Result};

/// Words of the session's own that completion offers at the start of a line.
pub const BUILTINS: &[&str] = &["help", "use", "set", "exit", "quit", "connections", "clear"];

/// The session's own commands, for `help` and `ari repl --help`.
pub const SESSION_COMMANDS: &str = concat!(
    "  help [COMMAND...]      this list, or a command's help (as COMMAND --help)\n",
    "  use PROFILE            switch profile\n",
    "  set NAME VALUE         a session variable, used as $NAME\n",
    "  events on [FILTERS]    print events above the prompt (summary form)\n",
    "  events off             stop them\n",
    "  events [FILTERS]       tail in the foreground until Ctrl-C\n",
    "  connections            with --listen: the connections Asterisk opened\n",
    "  connection wsN         send commands over wsN (default: the newest)\n",
    "  clear                  clear the screen (Ctrl-L)\n",
    "  exit, quit, Ctrl-D     leave\n",
    "$_ is the id of the last object a command you typed returned (the first\n",
    "of a list); events never change it.",
);

/// `help` alone: the session's commands, then every command of `ari`.
pub fn overview(root: &Command) -> String {
    let mut text = format!("Commands of this session:\n{SESSION_COMMANDS}\n\n");
    text.push_str("Commands of ari, typed without `ari` (help COMMAND for more):\n");
    let shown: Vec<&Command> = root
        .get_subcommands()
        .filter(|c| !c.is_hide_set() && !matches!(c.get_name(), "repl" | "completions"))
        .collect();
    let width = shown.iter().map(|c| c.get_name().len()).max().unwrap_or(0);
    // One line each, cut to the terminal: a list to scan, not to read.
    let columns = terminal_size::terminal_size().map_or(80, |(w, _)| usize::from(w.0));
    let room = columns.saturating_sub(width + 5).max(20);
    for command in shown {
        let about = command
            .get_about()
            .map(ToString::to_string)
            .unwrap_or_default();
        text.push_str(&format!(
            "  {:<width$}  {}\n",
            command.get_name(),
            cut(&about, room)
        ));
    }
    text.push_str("Options such as -o, --jq, -p, -v work on every line: channels list -o table");
    text
}

/// `text` in at most `room` columns, with an ellipsis when cut.
fn cut(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let kept: String = text.chars().take(room.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// The help of the command `words` names (options among them are skipped),
/// with its usage as typed in the session: `--help`'s long form or `-h`'s.
pub fn of_command(root: &Command, words: &[String], long: bool, color: bool) -> Result<String> {
    let mut root = root.clone();
    root.build();
    let mut path: Vec<String> = Vec::new();
    let mut command = &root;
    for word in words.iter().filter(|w| !w.starts_with('-')) {
        if command.get_subcommands().next().is_none() {
            break;
        }
        command = match command.find_subcommand(word) {
            Some(sub) => sub,
            None if path.is_empty() => {
                return Err(Error::usage(format!(
                    "unknown command '{word}' (type 'help' for the list)"
                )));
            }
            // The words after an action are its arguments.
            None => break,
        };
        path.push(command.get_name().to_string());
    }
    if path.is_empty() {
        return Ok(overview(&root));
    }
    let mut command = &mut root;
    for name in &path {
        command = command.find_subcommand_mut(name).expect("found above");
    }
    let help = if long {
        command.render_long_help()
    } else {
        command.render_help()
    };
    let color = color && std::io::stdout().is_terminal();
    let text = if color {
        help.ansi().to_string()
    } else {
        help.to_string()
    };
    Ok(without_leading_ari(&text))
}

/// The usage line without the `ari` that is not typed here. clap builds
/// the usage from the root's name when the tree is built, and offers no way
/// to name the root differently for one rendering.
fn without_leading_ari(help: &str) -> String {
    let Some(usage) = help.find("Usage:") else {
        return help.to_string();
    };
    let line_end = help[usage..].find('\n').map_or(help.len(), |i| usage + i);
    match help[usage..line_end].find("ari ") {
        Some(at) => format!("{}{}", &help[..usage + at], &help[usage + at + 4..]),
        None => help.to_string(),
    }
}

/// An error's advice as it applies in the session: `ari` is not typed here.
pub fn in_session_words(text: &str) -> String {
    text.replace("see 'ari --help'", "type 'help'")
        .replace("see 'ari ", "see '")
        .replace("`ari --help`", "`help`")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn the_overview_lists_the_session_commands_and_the_resources() {
        let text = overview(&crate::cli::tree::operations(true));
        for word in [
            "use PROFILE",
            "set NAME",
            "events on",
            "connections",
            "clear",
            "exit",
        ] {
            assert!(text.contains(word), "{word} missing: {text}");
        }
        assert!(text.contains("\n  channels "), "{text}");
        assert!(!text.contains("Usage: ari"), "{text}");
    }

    #[test]
    fn a_command_s_usage_has_no_leading_ari() {
        let text = of_command(
            &crate::cli::tree::operations(true),
            &words("channels play"),
            true,
            false,
        )
        .unwrap();
        assert!(text.contains("Usage: channels play "), "{text}");
        assert!(
            text.contains("POST /ari/channels/{channelId}/play"),
            "{text}"
        );
        // Aliases and arguments after the action are fine.
        let text = of_command(
            &crate::cli::tree::operations(true),
            &words("chan get 1.2 --jq .id"),
            false,
            false,
        )
        .unwrap();
        assert!(text.contains("Usage: channels get "), "{text}");
        assert!(
            of_command(
                &crate::cli::tree::operations(true),
                &words("nonsense"),
                true,
                false
            )
            .is_err()
        );
    }

    #[test]
    fn advice_names_what_is_typed_in_the_session() {
        assert_eq!(
            in_session_words("unknown command 'x' (see 'ari --help')"),
            "unknown command 'x' (type 'help')"
        );
        assert_eq!(
            in_session_words("missing required --media (see 'ari channels play --help')"),
            "missing required --media (see 'channels play --help')"
        );
    }
}
