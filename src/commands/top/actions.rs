//! The actions `ari top` offers on the selected row. Each is an `ari`
//! command line, parsed by the same command tree as the shell's, so the
//! request is exactly the one `ari` itself would send (and the status line
//! shows that command line).

use clap::Command;

use crate::error::{Error, Result};
use crate::invocation::Invocation;

/// What a key asks for, before any question is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Hangup,
    Answer,
    Hold,
    Unhold,
    Mute,
    Unmute,
    Play,
    StartMoh,
    StopMoh,
    Redirect,
    Continue,
    Snoop,
    DestroyBridge,
    StartBridgeMoh,
    StopBridgeMoh,
}

/// What is asked before sending.
pub enum Ask {
    Nothing,
    /// y/n
    Confirm,
    /// A value, with a label and a starting text.
    Value(&'static str, &'static str),
}

impl Action {
    pub fn ask(self) -> Ask {
        match self {
            Action::Hangup | Action::DestroyBridge => Ask::Confirm,
            Action::Play => Ask::Value("media", "sound:"),
            Action::Redirect => Ask::Value("endpoint", ""),
            Action::Continue => Ask::Value("[extension@]context[:priority]", ""),
            _ => Ask::Nothing,
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Action::Hangup => "hang up",
            Action::Answer => "answer",
            Action::Hold => "hold",
            Action::Unhold => "unhold",
            Action::Mute => "mute",
            Action::Unmute => "unmute",
            Action::Play => "play to",
            Action::StartMoh => "start music on hold for",
            Action::StopMoh => "stop music on hold for",
            Action::Redirect => "redirect",
            Action::Continue => "continue in the dialplan",
            Action::Snoop => "snoop on",
            Action::DestroyBridge => "destroy bridge",
            Action::StartBridgeMoh => "start music on hold in bridge",
            Action::StopBridgeMoh => "stop music on hold in bridge",
        }
    }

    /// The command line (without `ari`) for `target`, with the answer to
    /// its question, if any. `snoop_app` is top's own application.
    pub fn words(self, target: &str, value: &str, snoop_app: &str) -> Result<Vec<String>> {
        let w = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        Ok(match self {
            Action::Hangup => w(&["channels", "hangup", target]),
            Action::Answer => w(&["channels", "answer", target]),
            Action::Hold => w(&["channels", "hold", target]),
            Action::Unhold => w(&["channels", "unhold", target]),
            // Asterisk wants the direction, whatever its documentation says.
            Action::Mute => w(&["channels", "mute", target, "--direction", "both"]),
            Action::Unmute => w(&["channels", "unmute", target, "--direction", "both"]),
            Action::StartMoh => w(&["channels", "start-moh", target]),
            Action::StopMoh => w(&["channels", "stop-moh", target]),
            Action::Play => {
                let media = value.trim();
                if media.is_empty() || media == "sound:" {
                    return Err(Error::usage("play what? e.g. sound:hello-world"));
                }
                w(&["channels", "play", target, "--media", media])
            }
            Action::Redirect => {
                let endpoint = value.trim();
                if endpoint.is_empty() {
                    return Err(Error::usage("redirect where? e.g. PJSIP/bob"));
                }
                w(&["channels", "redirect", target, "--endpoint", endpoint])
            }
            Action::Continue => continue_words(target, value.trim())?,
            Action::Snoop => w(&[
                "channels", "snoop", target, "--app", snoop_app, "--spy", "both",
            ]),
            Action::DestroyBridge => w(&["bridges", "destroy", target]),
            Action::StartBridgeMoh => w(&["bridges", "start-moh", target]),
            Action::StopBridgeMoh => w(&["bridges", "stop-moh", target]),
        })
    }
}

/// `exten@context:prio`, `context`, or nothing (the next priority).
fn continue_words(target: &str, place: &str) -> Result<Vec<String>> {
    let mut words: Vec<String> = ["channels", "continue", target]
        .iter()
        .map(|s| s.to_string())
        .collect();
    if place.is_empty() {
        return Ok(words);
    }
    let (rest, priority) = match place.rsplit_once(':') {
        Some((rest, p)) => (rest, Some(p)),
        None => (place, None),
    };
    let (extension, context) = match rest.split_once('@') {
        Some((e, c)) => (Some(e), c),
        None => (None, rest),
    };
    if !context.is_empty() {
        words.extend(["--context".into(), context.to_string()]);
    }
    if let Some(e) = extension.filter(|e| !e.is_empty()) {
        words.extend(["--extension".into(), e.to_string()]);
    }
    if let Some(p) = priority {
        if p.parse::<u32>().is_err() {
            return Err(Error::usage(format!("'{p}' is not a priority number")));
        }
        words.extend(["--priority".into(), p.to_string()]);
    }
    Ok(words)
}

/// The request `ari WORDS...` would send, parsed on the command tree `root`.
pub fn invocation(root: &Command, words: &[String]) -> Result<Invocation> {
    let mut args = vec!["ari".to_string()];
    args.extend(words.iter().cloned());
    let matches = root
        .clone()
        .try_get_matches_from(&args)
        .map_err(|e| crate::cli::usage_error(&e, root, &args))?;
    let Some((resource, rm)) = matches.subcommand() else {
        return Err(Error::usage("no command"));
    };
    let Some((name, am)) = rm.subcommand() else {
        return Err(Error::usage("no action"));
    };
    let action = crate::spec::actions_of(resource)
        .into_iter()
        .find(|a| a.name() == name)
        .ok_or_else(|| Error::internal(format!("no table entry for {resource} {name}")))?;
    crate::cli::operation::invocation(&action, am)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(action: Action, value: &str) -> String {
        action.words("1.2", value, "top-x").unwrap().join(" ")
    }

    #[test]
    fn actions_are_ari_command_lines() {
        assert_eq!(line(Action::Hangup, ""), "channels hangup 1.2");
        assert_eq!(
            line(Action::Play, " sound:hello-world "),
            "channels play 1.2 --media sound:hello-world"
        );
        assert_eq!(
            line(Action::Continue, "s@lab:2"),
            "channels continue 1.2 --context lab --extension s --priority 2"
        );
        assert_eq!(
            line(Action::Continue, "lab"),
            "channels continue 1.2 --context lab"
        );
        assert_eq!(
            line(Action::Snoop, ""),
            "channels snoop 1.2 --app top-x --spy both"
        );
        assert!(Action::Play.words("1.2", "sound:", "x").is_err());
        assert!(Action::Continue.words("1.2", "lab:x", "x").is_err());
    }

    #[test]
    fn the_request_is_the_one_the_command_line_sends() {
        let words = Action::Play.words("1.2", "sound:hello-world", "x").unwrap();
        let inv = invocation(&crate::cli::tree::operations(true), &words).unwrap();
        assert_eq!(inv.method, "POST");
        assert_eq!(inv.path, "/channels/1.2/play");
        assert_eq!(
            inv.query,
            vec![("media".to_string(), "sound:hello-world".to_string())]
        );
    }
}
