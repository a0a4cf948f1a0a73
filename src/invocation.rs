//! `Invocation`: the one request a command line (or REPL line) asks for,
//! independent of how it was typed. Everything downstream (client, `--curl`,
//! output) works from it.

use std::io::Read;
use std::path::PathBuf;

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use reqwest::Url;
use serde_json::Value;

use crate::error::{Error, Result, one_line};
use crate::spec::Operation;

/// Characters escaped in a path segment: everything but RFC 3986 unreserved
/// characters and the few sub-delimiters that ids commonly hold (`:` `@`).
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b':')
    .remove(b'@');

/// Characters escaped in a query value. `,` stays literal because ARI reads
/// comma lists; `/` `:` `@` stay because they are legal and keep URLs readable
/// (`endpoint=Local/1000@default`). `*`, `#`, `+`, `&`, `=` and spaces are escaped.
const QUERY_VALUE: &AsciiSet = &PATH_SEGMENT.remove(b',').remove(b'/');

#[derive(Debug, Clone)]
pub struct Invocation {
    pub method: String,
    /// Path below the base URL's `/ari`, already percent-encoded.
    pub path: String,
    /// Query parameters with their ARI names, not yet encoded.
    pub query: Vec<(String, String)>,
    pub body: Option<Value>,
    /// The table entry, when this is an ARI operation (not `ari raw`).
    pub operation: Option<&'static Operation>,
    /// Where a binary response goes (`recordings download --to`).
    pub download_to: Option<PathBuf>,
}

impl Invocation {
    pub fn for_operation(
        op: &'static Operation,
        path_values: &[String],
        query: Vec<(String, String)>,
        body: Option<Value>,
        download_to: Option<PathBuf>,
    ) -> Invocation {
        Invocation {
            method: op.method.as_str().to_string(),
            path: fill_path(op.path, path_values),
            query,
            body,
            operation: Some(op),
            download_to,
        }
    }

    /// An operation named as the table names it (`channels`, `snoopChannel`):
    /// ari's own requests (serve's, the media commands') take this way.
    pub fn by_name(
        resource: &str,
        nickname: &str,
        path: &[&str],
        query: Vec<(&str, String)>,
        body: Option<Value>,
    ) -> Result<Invocation> {
        let op = crate::spec::OPERATIONS
            .iter()
            .find(|op| op.resource == resource && op.nickname == nickname)
            .ok_or_else(|| Error::internal(format!("no operation {resource} {nickname}")))?;
        let path: Vec<String> = path.iter().map(|p| p.to_string()).collect();
        let query = query.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
        Ok(Invocation::for_operation(op, &path, query, body, None))
    }

    /// A plain `GET` below `/ari`, for ari's own look-ups (doctor, completion).
    pub fn get(path: &str) -> Invocation {
        Invocation {
            method: "GET".into(),
            path: path.into(),
            query: Vec::new(),
            body: None,
            operation: None,
            download_to: None,
        }
    }

    /// The full URL: base (ending in `/ari`) + path + encoded query.
    pub fn url(&self, base: &Url) -> Url {
        let mut text = base.as_str().trim_end_matches('/').to_string();
        text.push_str(&self.path);
        let query = self.encoded_query();
        if !query.is_empty() {
            text.push('?');
            text.push_str(&query);
        }
        // The parts are all encoded already, so this cannot fail; fall back to
        // the base rather than panic if it ever does.
        Url::parse(&text).unwrap_or_else(|_| base.clone())
    }

    pub fn encoded_query(&self) -> String {
        self.query
            .iter()
            .map(|(k, v)| {
                format!(
                    "{}={}",
                    utf8_percent_encode(k, QUERY_VALUE),
                    utf8_percent_encode(v, QUERY_VALUE)
                )
            })
            .collect::<Vec<_>>()
            .join("&")
    }

    /// `METHOD /ari/path`, as error messages show it (no query: it may be long).
    pub fn describe(&self, base: &Url) -> String {
        format!(
            "{} {}{}",
            self.method,
            base.path().trim_end_matches('/'),
            self.path
        )
    }
}

pub fn encode_segment(value: &str) -> String {
    utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

/// Replace each `{name}` of a table path with the next value, encoded.
fn fill_path(template: &str, values: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let end = rest[start..]
            .find('}')
            .map_or(rest.len(), |e| start + e + 1);
        out.push_str(&encode_segment(values.next().map_or("", String::as_str)));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// Read `--json-body`: inline JSON, `@FILE`, or `-` for stdin.
pub fn read_json_body(arg: &str) -> Result<Value> {
    let (text, origin) = if arg == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::usage(format!("--json-body -: cannot read stdin: {e}")))?;
        (text, "stdin".to_string())
    } else if let Some(file) = arg.strip_prefix('@') {
        let text = std::fs::read_to_string(file).map_err(|e| {
            Error::usage(format!("--json-body @{file}: {}", one_line(&e.to_string())))
        })?;
        (text, file.to_string())
    } else {
        (arg.to_string(), "the argument".to_string())
    };
    serde_json::from_str(&text)
        .map_err(|e| Error::usage(format!("--json-body: {origin} is not valid JSON: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_values_are_encoded_per_segment() {
        let path = fill_path(
            "/channels/{channelId}/play/{playbackId}",
            &["a/b c".into(), "x?y#z".into()],
        );
        assert_eq!(path, "/channels/a%2Fb%20c/play/x%3Fy%23z");
        assert_eq!(
            fill_path("/deviceStates/{d}", &["Stasis:lab".into()]),
            "/deviceStates/Stasis:lab"
        );
    }

    #[test]
    fn query_values_escape_what_would_change_meaning() {
        let inv = Invocation {
            method: "POST".into(),
            path: "/channels".into(),
            query: vec![
                ("endpoint".into(), "Local/1000@default".into()),
                ("callerId".into(), "Alice <1001>".into()),
                ("dtmf".into(), "*12#".into()),
                ("media".into(), "sound:a,sound:b".into()),
                ("value".into(), "a+b&c=d".into()),
            ],
            body: None,
            operation: None,
            download_to: None,
        };
        assert_eq!(
            inv.encoded_query(),
            "endpoint=Local/1000@default&callerId=Alice%20%3C1001%3E&dtmf=%2A12%23\
             &media=sound:a,sound:b&value=a%2Bb%26c%3Dd"
        );
    }
}
