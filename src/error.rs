//! The one error type of `ari`: a kind that decides the exit code, a one-line
//! message, and an optional hint the user can act on.

use std::fmt;

/// Exit codes, stable and documented in README and `ari --help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug, or a reply `ari` cannot make sense of.
    Internal,
    /// Bad command line or configuration.
    Usage,
    /// Cannot connect, TLS failure or time limit reached.
    Connection,
    /// HTTP 401 or 403.
    Auth,
    /// HTTP 404.
    NotFound,
    /// HTTP 409, 412 or 422: the object is not in a state that allows this.
    Conflict,
    /// Any other HTTP 4xx.
    ClientError,
    /// HTTP 5xx.
    ServerError,
    /// `events` waited and nothing matched.
    NoMatch,
    /// `ari call`: the call hung up (or left the application).
    HungUp,
    /// Ctrl-C.
    Interrupted,
    /// The reader of stdout went away (`ari ... | head -1`): not a failure.
    OutputClosed,
}

impl ErrorKind {
    pub fn exit_code(self) -> u8 {
        match self {
            ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::Connection => 3,
            ErrorKind::Auth => 4,
            ErrorKind::NotFound => 5,
            ErrorKind::Conflict => 6,
            ErrorKind::ClientError => 7,
            ErrorKind::ServerError => 8,
            ErrorKind::NoMatch => 9,
            ErrorKind::HungUp => 10,
            ErrorKind::Interrupted => 130,
            ErrorKind::OutputClosed => 0,
        }
    }

    /// The kind whose exit code this is (an answer `ari serve` sent back to
    /// `ari call`); an unknown code is internal.
    pub fn from_exit_code(code: u8) -> ErrorKind {
        [
            ErrorKind::Usage,
            ErrorKind::Connection,
            ErrorKind::Auth,
            ErrorKind::NotFound,
            ErrorKind::Conflict,
            ErrorKind::ClientError,
            ErrorKind::ServerError,
            ErrorKind::NoMatch,
            ErrorKind::HungUp,
            ErrorKind::Interrupted,
        ]
        .into_iter()
        .find(|k| k.exit_code() == code)
        .unwrap_or(ErrorKind::Internal)
    }

    /// The kind an HTTP error status maps to.
    pub fn from_status(status: u16) -> ErrorKind {
        match status {
            401 | 403 => ErrorKind::Auth,
            404 => ErrorKind::NotFound,
            409 | 412 | 422 => ErrorKind::Conflict,
            400..=499 => ErrorKind::ClientError,
            500..=599 => ErrorKind::ServerError,
            _ => ErrorKind::Internal,
        }
    }
}

/// The table printed by `--help` and README.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    ok
  1    internal error, or a reply ari cannot understand
  2    usage or configuration error
  3    cannot connect, TLS failure or time limit reached
  4    401/403: authentication or permission
  5    404: no such object
  6    409/412/422: the object is not in a state that allows this
  7    other 4xx
  8    5xx: server error
  9    events: wait ended without a match
  10   ari call: the call hung up
  130  interrupted (Ctrl-C)";

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The HTTP status, when the server answered with an error.
    pub status: Option<u16>,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            status: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Internal, message)
    }

    pub fn connection(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Connection, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn exit_code(&self) -> u8 {
        self.kind.exit_code()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    /// Errors writing results: a closed pipe ends quietly, anything else is reported.
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            Error::new(ErrorKind::OutputClosed, "")
        } else {
            Error::internal(format!("cannot write output: {}", one_line(&e.to_string())))
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;

/// Print an error for a person: `ari: <one line>`, and a hint line where the
/// user can act on it. Errors already shown (help, a closed pipe, Ctrl-C) print nothing.
pub fn report(e: &Error) {
    if e.message.is_empty() || e.kind == ErrorKind::Interrupted {
        return;
    }
    // A closed stderr (a handler whose `ari serve` has gone) is no reason
    // to panic: the exit code still says it.
    use std::io::Write;
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "ari: {}", e.message);
    if let Some(hint) = &e.hint {
        let _ = writeln!(err, "hint: {hint}");
    }
}

/// Flatten a message to one line: error sources and server texts may carry
/// newlines, and every error `ari` prints is one line.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// An OS error as a person wants it: "Address already in use", without the
/// "(os error 98)" that helps nobody.
pub fn without_os_code(text: &str) -> String {
    let text = one_line(text);
    match text.find(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_documented_codes() {
        let codes: Vec<u8> = [401, 403, 404, 409, 412, 422, 400, 405, 500, 503]
            .iter()
            .map(|s| ErrorKind::from_status(*s).exit_code())
            .collect();
        assert_eq!(codes, [4, 4, 5, 6, 6, 6, 7, 7, 8, 8]);
    }

    #[test]
    fn one_line_collapses_whitespace() {
        assert_eq!(one_line(" a\n  b\tc \r\n"), "a b c");
    }
}
