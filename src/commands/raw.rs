//! `ari raw METHOD PATH [key=value...]`: any request below `/ari`, for
//! operations the table does not know (a newer Asterisk), like `gh api`.

use clap::{Arg, ArgAction, ArgMatches, Command};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

use crate::cli::operation::{JSON_BODY, VAR, build_body, parse_key_value};
use crate::context::Context;
use crate::error::{Error, Result};
use crate::invocation::Invocation;

/// A raw path keeps its slashes and existing escapes; only what cannot stand
/// in a path is escaped.
const RAW_PATH: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'#')
    .add(b'{')
    .add(b'}');

pub const COMMAND: crate::context::Registered = crate::context::Registered {
    name: "raw",
    define: command,
    run: |m, ctx| run(m, ctx),
};

pub fn command() -> Command {
    Command::new("raw")
        .about("Send any request below /ari (for operations this ari does not know)")
        .arg(
            Arg::new("method")
                .required(true)
                .value_name("METHOD")
                .help("HTTP method: GET, POST, PUT, DELETE, ..."),
        )
        .arg(
            Arg::new("path")
                .required(true)
                .value_name("PATH")
                .help("Path below /ari, e.g. channels or /channels/ID/answer"),
        )
        .arg(
            Arg::new("params")
                .value_name("KEY=VALUE")
                .num_args(0..)
                .value_parser(clap::builder::ValueParser::new(parse_key_value))
                .help("Query parameters, sent as ARI spells them"),
        )
        .arg(
            Arg::new(VAR)
                .long("var")
                .value_name("KEY=VALUE")
                .action(ArgAction::Append)
                .value_parser(clap::builder::ValueParser::new(parse_key_value))
                .help("Variable, sent as {\"variables\": {...}}; repeatable"),
        )
        .arg(
            Arg::new(JSON_BODY)
                .long("json-body")
                .value_name("JSON|@FILE|-")
                .help("Send this JSON document as the request body"),
        )
        .after_help(
            "Examples:\n  \
             ari raw GET channels\n  \
             ari raw POST channels/1732000000.1/play media=sound:hello-world\n  \
             ari raw GET api-docs/resources.json --jq .apiVersion",
        )
}

pub fn run(matches: &ArgMatches, ctx: &Context) -> Result<Option<serde_json::Value>> {
    let method = matches
        .get_one::<String>("method")
        .map(|m| m.to_ascii_uppercase())
        .unwrap_or_default();
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(Error::usage(format!(
            "invalid HTTP method '{method}' (see 'ari raw --help')"
        )));
    }
    let raw_path = matches
        .get_one::<String>("path")
        .cloned()
        .unwrap_or_default();
    let (path, inline_query) = match raw_path.split_once('?') {
        Some((p, q)) => (p.to_string(), Some(q.to_string())),
        None => (raw_path, None),
    };
    let mut query: Vec<(String, String)> = inline_query
        .iter()
        .flat_map(|q| q.split('&'))
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(k), decode(v))
        })
        .collect();
    if let Some(params) = matches.get_many::<(String, String)>("params") {
        query.extend(params.cloned());
    }
    let inv = Invocation {
        method,
        path: normalize_path(&path),
        query,
        body: build_body(matches)?,
        operation: None,
        download_to: None,
    };
    crate::execute::run(inv, ctx)
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// `channels`, `/channels` and `/ari/channels` all mean `/channels`.
fn normalize_path(path: &str) -> String {
    let trimmed = path.trim();
    let without_ari = trimmed
        .strip_prefix("/ari/")
        .or_else(|| trimmed.strip_prefix("ari/"))
        .unwrap_or(trimmed);
    let without_ari = if without_ari == "/ari" || without_ari == "ari" {
        ""
    } else {
        without_ari
    };
    let body = without_ari.trim_start_matches('/');
    format!("/{}", utf8_percent_encode(body, RAW_PATH))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_taken_relative_to_ari() {
        assert_eq!(normalize_path("channels"), "/channels");
        assert_eq!(
            normalize_path("/channels/1.2/answer"),
            "/channels/1.2/answer"
        );
        assert_eq!(normalize_path("/ari/asterisk/info"), "/asterisk/info");
        assert_eq!(normalize_path("sounds/a b"), "/sounds/a%20b");
    }
}
