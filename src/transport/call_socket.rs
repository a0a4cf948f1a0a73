//! What a handler's `ari` and `ari serve` say to each other: one JSON line
//! each way over the Unix socket named in the handler's `ARI_CALL`. The
//! verbs run in serve, which holds the connection, the password and the
//! call's events; `ari call` only asks and prints the answer, so a verb
//! starts in milliseconds and no secret reaches the handler. Any other ARI
//! request a handler's `ari` makes goes the same way (`Verb::Request`).

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Error, ErrorKind, Result};

/// The environment variable that leads `ari call` to its call.
pub const ENV: &str = "ARI_CALL";

/// `ARI_CALL`'s value: the socket and the call's token, `PATH#TOKEN`.
pub fn address(socket: &str, token: &str) -> String {
    format!("{socket}#{token}")
}

/// The socket and the token of an `ARI_CALL` value.
pub fn parse_address(value: &str) -> Option<(&str, &str)> {
    let (socket, token) = value.rsplit_once('#')?;
    (!socket.is_empty() && !token.is_empty()).then_some((socket, token))
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    pub token: String,
    #[serde(flatten)]
    pub verb: Verb,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "verb", rename_all = "kebab-case")]
pub enum Verb {
    Answer,
    Ring,
    Hangup {
        reason: Option<String>,
    },
    Continue {
        context: Option<String>,
        extension: Option<String>,
        priority: Option<i64>,
    },
    Play {
        media: Vec<String>,
        no_wait: bool,
        interrupt_on_dtmf: bool,
    },
    Read {
        max: Option<usize>,
        /// Seconds to wait for each digit.
        timeout: f64,
        terminator: Option<String>,
        prompt: Vec<String>,
    },
    Record {
        name: String,
        format: String,
        max_duration: Option<u64>,
        max_silence: Option<u64>,
        terminate_on: Option<String>,
        beep: bool,
    },
    Dial {
        endpoint: String,
        timeout: u64,
        caller_id: Option<String>,
    },
    Wait {
        glob: String,
        timeout: Option<f64>,
    },
    VarGet {
        name: String,
    },
    VarSet {
        name: String,
        value: String,
    },
    /// Any ARI request, sent by serve with its credentials; the answer comes
    /// back as `Response::reply`.
    Request {
        method: String,
        /// Below `/ari`, encoded.
        path: String,
        query: Vec<(String, String)>,
        body: Option<Value>,
    },
}

/// An ARI reply relayed by serve (`Verb::Request`).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Relayed {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
}

/// What a verb came to: its output for stdout, and its exit code with a
/// one-line message for stderr when it is not 0.
#[derive(Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Response {
    pub exit: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub stdout: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reply: Option<Relayed>,
}

impl Response {
    pub fn printed(stdout: impl Into<String>) -> Response {
        Response {
            stdout: stdout.into(),
            ..Response::default()
        }
    }
}

/// Ask serve and wait for its answer (blocking: `ari call` needs no runtime).
pub fn ask(value: &str, verb: Verb) -> Result<Response> {
    let (socket, token) = parse_address(value).ok_or_else(|| {
        Error::usage(format!(
            "ARI_CALL is not what `ari serve` sets: {}",
            crate::error::one_line(value)
        ))
    })?;
    let gone = || {
        Error::new(
            ErrorKind::HungUp,
            "the call has ended: its ari serve stopped",
        )
    };
    let mut stream = match UnixStream::connect(socket) {
        Ok(stream) => stream,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::usage(format!(
                "ARI_CALL names no ari serve socket ({socket})"
            )));
        }
        Err(_) => return Err(gone()),
    };
    let request = Request {
        token: token.to_string(),
        verb,
    };
    let mut line = serde_json::to_string(&request).map_err(|e| Error::internal(e.to_string()))?;
    line.push('\n');
    stream.write_all(line.as_bytes()).map_err(|_| gone())?;
    let mut answer = String::new();
    BufReader::new(stream)
        .read_line(&mut answer)
        .map_err(|_| gone())?;
    if answer.trim().is_empty() {
        return Err(gone());
    }
    serde_json::from_str(&answer)
        .map_err(|e| Error::internal(format!("ari serve answered something unreadable: {e}")))
}

/// The error a response that is not 0 stands for.
pub fn error_of(response: &Response) -> Error {
    let kind = ErrorKind::from_exit_code(response.exit);
    let mut error = Error::new(kind, response.error.clone().unwrap_or_default());
    if let Some(hint) = &response.hint {
        error = error.with_hint(hint.clone());
    }
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_a_socket_and_a_token() {
        let value = address("/tmp/ari-serve-x/calls", "7-abc");
        assert_eq!(
            parse_address(&value),
            Some(("/tmp/ari-serve-x/calls", "7-abc"))
        );
        assert_eq!(parse_address("/tmp/sock"), None);
        assert_eq!(parse_address("#t"), None);
        assert_eq!(parse_address("/tmp/sock#"), None);
    }

    #[test]
    fn a_request_is_one_json_object() {
        let request = Request {
            token: "t".into(),
            verb: Verb::Read {
                max: Some(4),
                timeout: 5.0,
                terminator: Some("#".into()),
                prompt: vec!["sound:hello-world".into()],
            },
        };
        let text = serde_json::to_string(&request).unwrap();
        assert!(text.starts_with(r#"{"token":"t","verb":"read""#), "{text}");
        let back: Request = serde_json::from_str(&text).unwrap();
        assert_eq!(back.verb, request.verb);
    }
}
