//! The line editor's helper: tab completion of commands, flags, allowed
//! values and live ids.

use std::sync::Arc;

use clap::Command;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};

use crate::complete::live::ServerLive;
use crate::complete::{candidates, split_line};

pub struct ReplHelper {
    root: Arc<Command>,
    live: Arc<ServerLive>,
}

impl ReplHelper {
    pub fn new(root: Arc<Command>, live: Arc<ServerLive>) -> ReplHelper {
        ReplHelper { root, live }
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        // The word being typed starts after the last blank.
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let mut words = split_line(&before[..start]);
        let current = before[start..].trim_start_matches(['\'', '"']);
        // After `help`, complete as the command it asks about; `events on` as `events`.
        if words.first().map(String::as_str) == Some("help") {
            words.remove(0);
        }
        if words.len() >= 2 && words[0] == "events" && words[1] == "on" {
            words.remove(1);
        }
        let extra: &[&str] = if words.is_empty() {
            super::help::BUILTINS
        } else {
            &[]
        };
        let mut found = if words.first().map(String::as_str) == Some("use") {
            crate::complete::Live::values(self.live.as_ref(), crate::complete::LiveKind::Profiles)
                .into_iter()
                .filter(|p| p.starts_with(current))
                .collect()
        } else {
            candidates(&self.root, &words, current, self.live.as_ref(), extra)
        };
        if words.len() == 1 && words[0] == "events" && "on".starts_with(current) {
            found.extend(
                ["on".to_string(), "off".to_string()]
                    .into_iter()
                    .filter(|w| w.starts_with(current)),
            );
        }
        let unique = found.len() == 1;
        let pairs = found
            .into_iter()
            .map(|value| {
                // A single match is a finished word: move on to the next.
                let replacement = if unique && !value.ends_with(['=', ',', ':']) {
                    format!("{value} ")
                } else {
                    value.clone()
                };
                Pair {
                    display: value,
                    replacement,
                }
            })
            .collect();
        Ok((start, pairs))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Highlighter for ReplHelper {}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}
