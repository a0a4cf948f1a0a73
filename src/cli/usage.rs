//! clap's errors are several lines with a usage block; `ari` prints every
//! error as one line that names the parameter and where to read more.

use clap::error::{ContextKind, ContextValue, ErrorKind as ClapKind};

use crate::error::{Error, one_line};

fn context_string(err: &clap::Error, kind: ContextKind) -> Option<String> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `ari channels originate` from the error's usage line.
fn command_path(err: &clap::Error) -> Option<String> {
    let usage = context_string(err, ContextKind::Usage)?;
    let usage = usage.trim_start().strip_prefix("Usage:").unwrap_or(&usage);
    let words: Vec<&str> = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '<', '-']))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The first paragraph of clap's own rendering, plus its tips, on one line.
fn rendered_summary(err: &clap::Error) -> String {
    let text = err.render().to_string();
    let mut parts = Vec::new();
    for (i, paragraph) in text.split("\n\n").enumerate() {
        let paragraph = paragraph.trim();
        if i == 0 {
            parts.push(one_line(
                paragraph.strip_prefix("error:").unwrap_or(paragraph),
            ));
        } else if let Some(tip) = paragraph.strip_prefix("tip:") {
            parts.push(one_line(tip));
        }
    }
    parts.join("; ")
}

/// The subcommands named in argv (`ari channels play`): their names, and the
/// deepest one.
fn commands_in_args<'a>(
    root: &'a clap::Command,
    args: &[String],
) -> (Vec<String>, &'a clap::Command) {
    let mut path = vec![root.get_name().to_string()];
    let mut current = root;
    for arg in args.iter().skip(1) {
        if arg.starts_with('-') {
            continue;
        }
        match current.find_subcommand(arg) {
            Some(sub) => {
                path.push(sub.get_name().to_string());
                current = sub;
            }
            None if current.has_subcommands() => continue,
            None => break,
        }
    }
    (path, current)
}

/// `ari channels play`, for errors whose context carries no usage line.
fn command_path_from_args(root: &clap::Command, args: &[String]) -> String {
    commands_in_args(root, args).0.join(" ")
}

/// clap offers every close name and alias (`chan, channel, channels`); a
/// person wants one command, by its own name: the fewest edits away, and
/// among equals one that starts with what was typed (`inf` → `info`).
fn best_subcommand(err: &clap::Error, root: &clap::Command, args: &[String]) -> Option<String> {
    let typed = context_string(err, ContextKind::InvalidSubcommand)?;
    let candidates: Vec<String> = match err.get(ContextKind::SuggestedSubcommand)? {
        ContextValue::String(s) => vec![s.clone()],
        ContextValue::Strings(v) => v.clone(),
        _ => return None,
    };
    let parent = commands_in_args(root, args).1;
    let canonical = |name: &str| {
        parent
            .find_subcommand(name)
            .map_or_else(|| name.to_string(), |c| c.get_name().to_string())
    };
    candidates
        .iter()
        .min_by_key(|name| {
            (
                strsim::damerau_levenshtein(&typed, name),
                !name.starts_with(typed.as_str()),
            )
        })
        .map(|name| canonical(name))
}

/// Convert a clap error into `ari`'s usage error (exit 2).
pub fn usage_error(err: &clap::Error, root: &clap::Command, args: &[String]) -> Error {
    let arg = context_string(err, ContextKind::InvalidArg).unwrap_or_default();
    let value = context_string(err, ContextKind::InvalidValue).unwrap_or_default();
    let message = match err.kind() {
        ClapKind::MissingRequiredArgument => format!("missing required {arg}"),
        ClapKind::InvalidValue if value.is_empty() && arg.starts_with('<') => {
            format!("{arg} must not be empty")
        }
        ClapKind::InvalidValue if value.is_empty() => format!("{arg} needs a value"),
        ClapKind::InvalidValue => {
            let valid = context_string(err, ContextKind::ValidValue)
                .map(|v| format!(": expected one of {v}"))
                .unwrap_or_default();
            format!("invalid value '{value}' for {arg}{valid}")
        }
        ClapKind::ValueValidation => {
            let why = std::error::Error::source(err)
                .map(|s| format!(": {}", one_line(&s.to_string())))
                .unwrap_or_default();
            let why = if why.contains("invalid digit") || why.contains("number too") {
                format!(": {} is not a whole number in range", quote(&value))
            } else if why.contains("invalid float") {
                format!(": {} is not a number", quote(&value))
            } else {
                why
            };
            format!("invalid value {} for {arg}{why}", quote(&value))
        }
        ClapKind::UnknownArgument => {
            let suggestion = context_string(err, ContextKind::SuggestedArg)
                .map(|s| format!(" (did you mean {s}?)"))
                .unwrap_or_default();
            format!("unknown option {arg}{suggestion}")
        }
        ClapKind::InvalidSubcommand => {
            let sub = context_string(err, ContextKind::InvalidSubcommand).unwrap_or_default();
            let suggestion = best_subcommand(err, root, args)
                .map(|s| format!(" (did you mean '{s}'?)"))
                .unwrap_or_default();
            format!("unknown command '{sub}'{suggestion}")
        }
        _ => rendered_summary(err),
    };
    let path = command_path(err).unwrap_or_else(|| command_path_from_args(root, args));
    let help = format!("see '{path} --help'");
    Error::usage(format!("{message} ({help})"))
}

fn quote(value: &str) -> String {
    format!("'{value}'")
}
