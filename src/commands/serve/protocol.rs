//! What `ari call` and `ari serve` say to each other: one JSON line each way
//! over the Unix socket named in the handler's `ARI_CALL`. The verbs run in
//! serve, which holds the connection, the password and the call's events;
//! `ari call` only asks and prints the answer, so a verb starts in
//! milliseconds and no secret reaches the handler.

use serde::{Deserialize, Serialize};

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
}

impl Response {
    pub fn printed(stdout: impl Into<String>) -> Response {
        Response {
            stdout: stdout.into(),
            ..Response::default()
        }
    }
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
