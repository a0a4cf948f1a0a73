//! A reply from ARI, read in full, whether it came over HTTP or as a
//! `RESTResponse` on a WebSocket; and the one-line error an unsuccessful
//! one becomes, whose kind decides the exit code.

use serde_json::Value;

use crate::error::{Error, ErrorKind, Result, one_line};

/// A reply, read in full.
pub struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Reply {
    /// A 2xx status.
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The reply itself when it is a success, else the error it becomes.
    /// `what` is the request as error messages show it (`METHOD /path`).
    pub fn into_success(self, what: &str) -> Result<Reply> {
        if self.is_success() {
            Ok(self)
        } else {
            Err(http_error(&self, what))
        }
    }
}

/// The error an HTTP error reply becomes: `404 Not Found: Channel not found (DELETE /ari/channels/123)`.
pub fn http_error(reply: &Reply, what: &str) -> Error {
    let reason = reqwest::StatusCode::from_u16(reply.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let status = format!("{} {reason}", reply.status);
    let status = status.trim_end();
    let message = error_text(reply);
    let line = match message {
        Some(m) => format!("{status}: {m} ({what})"),
        None => format!("{status} ({what})"),
    };
    let kind = ErrorKind::from_status(reply.status);
    let mut error = Error::new(kind, line);
    error.status = Some(reply.status);
    if reply.status == 401 {
        error = error.with_hint("check the user name and password: `ari profile show`");
    } else if reply.status == 403 {
        error = error.with_hint("this ARI user may be read-only (read_only in ari.conf)");
    } else if reply.status == 404
        && let Some(hint) = wrong_path_hint(reply, what)
    {
        error = error.with_hint(hint);
    }
    error
}

/// A 404 that no object's absence explains: the request missed ARI itself.
/// Asterisk serves ARI only below `/ari/`, answers other paths with an HTML
/// page, and paths below `/ari/` that no operation has with
/// `{"message":"Resource not found"}` (a missing object has its own message:
/// "Channel not found"). `what` is `METHOD /path`.
fn wrong_path_hint(reply: &Reply, what: &str) -> Option<&'static str> {
    let path = what.split_whitespace().nth(1).unwrap_or_default();
    let below_ari = path.starts_with("/ari/") && !path.starts_with("/ari/ari/");
    let ari_message = serde_json::from_slice::<Value>(&reply.body)
        .ok()
        .and_then(|json| json.get("message")?.as_str().map(str::to_string));
    if !below_ari {
        return Some(
            "the url's path looks wrong: Asterisk serves ARI at /ari, which ari adds; give the url as http://HOST:PORT",
        );
    }
    match ari_message.as_deref() {
        None => Some("this 404 is not ARI's (no JSON message): check the url (`ari profile show`)"),
        Some("Resource not found") => Some(
            "no ARI operation at this path: check the url (`ari profile show`); an older Asterisk may lack the operation",
        ),
        Some(_) => None,
    }
}

/// What the server said in an error body: ARI's `message`, or a short text
/// from an HTML page or plain body; never more than one line.
fn error_text(reply: &Reply) -> Option<String> {
    const LIMIT: usize = 200;
    let text = String::from_utf8_lossy(&reply.body);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let found = if let Ok(json) = serde_json::from_str::<Value>(text) {
        match json.get("message").or_else(|| json.get("error")) {
            Some(Value::String(m)) => m.clone(),
            _ => json.to_string(),
        }
    } else if text.starts_with('<') {
        html_text(text)?
    } else {
        text.to_string()
    };
    let line = one_line(&found);
    if line.is_empty() {
        return None;
    }
    Some(if line.chars().count() > LIMIT {
        format!("{}…", line.chars().take(LIMIT).collect::<String>())
    } else {
        line
    })
}

/// The title of an HTML page, or else its text without tags.
fn html_text(html: &str) -> Option<String> {
    let lower = html.to_ascii_lowercase();
    if let (Some(start), Some(end)) = (lower.find("<title>"), lower.find("</title>"))
        && start + 7 <= end
    {
        let title = one_line(&html[start + 7..end]);
        if !title.is_empty() {
            return Some(title);
        }
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = one_line(&out);
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(status: u16, body: &str) -> Reply {
        Reply {
            status,
            content_type: None,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn only_a_2xx_reply_is_a_success() {
        let ok = reply(204, "")
            .into_success("DELETE /ari/channels/1")
            .unwrap();
        assert_eq!(ok.status, 204);
        let e = reply(409, r#"{"message": "Channel not in Stasis application"}"#)
            .into_success("POST /ari/channels/1/answer")
            .err()
            .unwrap();
        assert_eq!(e.status, Some(409));
        assert_eq!(
            e.message,
            "409 Conflict: Channel not in Stasis application (POST /ari/channels/1/answer)"
        );
        assert!(reply(302, "").into_success("GET /ari/x").is_err());
    }

    #[test]
    fn error_lines_carry_status_message_and_request() {
        let e = http_error(
            &reply(404, r#"{"message": "Channel not found"}"#),
            "DELETE /ari/channels/123",
        );
        assert_eq!(
            e.message,
            "404 Not Found: Channel not found (DELETE /ari/channels/123)"
        );
        assert_eq!(e.exit_code(), 5);
    }

    #[test]
    fn html_and_empty_bodies_stay_one_line() {
        let e = http_error(
            &reply(
                400,
                "<html><head><title>400 Bad Request</title></head>\n<body>x</body></html>",
            ),
            "GET /ari/events",
        );
        assert_eq!(
            e.message,
            "400 Bad Request: 400 Bad Request (GET /ari/events)"
        );
        let e = http_error(&reply(502, ""), "GET /ari/x");
        assert_eq!(e.message, "502 Bad Gateway (GET /ari/x)");
        let e = http_error(&reply(500, "line one\nline two"), "GET /ari/x");
        assert_eq!(
            e.message,
            "500 Internal Server Error: line one line two (GET /ari/x)"
        );
    }
}
