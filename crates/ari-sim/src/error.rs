//! The simulator's own errors: few, and each says whose fault it is, so the
//! command line can give its exit code (usage or internal) and hint.

use std::fmt;

/// Whose fault an error is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bad option: an address that cannot be listened on, a malformed user.
    Usage,
    /// Something the caller could not have avoided (no thread, no runtime).
    Internal,
    /// `--scenario --check`: the application did not do what was scripted.
    Unmet,
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    /// One line, for a person.
    pub message: String,
    /// What the user can do about it, where they can.
    pub hint: Option<String>,
}

impl Error {
    pub(crate) fn usage(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Usage,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn unmet(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Unmet,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Internal,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

/// A library's multi-line error text on one line, as error messages are shown.
pub(crate) fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn one_line_joins_lines_and_spaces() {
        assert_eq!(
            one_line("cannot bind:\n  Address in use  "),
            "cannot bind: Address in use"
        );
    }
}
