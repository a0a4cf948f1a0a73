//! Reaching the server, as HTTP requests and the events WebSocket both do:
//! TLS from the profile, the `host:port` that messages name, and what to
//! suggest when the connection fails.

use reqwest::Url;
use rustls::ClientConfig;

use crate::config::Settings;
use crate::error::{Error, Result};
use crate::tls::{TlsOptions, client_config, handshake_failure};

/// The rustls configuration for the profile's url, `--cacert` and `-k`.
pub fn tls_config(settings: &Settings) -> Result<ClientConfig> {
    client_config(&TlsOptions {
        https: settings.url.value.scheme() == "https",
        insecure: settings.insecure.value,
        cacert: settings.cacert.as_ref().map(|c| c.value.as_path()),
    })
}

/// `host:port` of the url, for messages.
pub fn host(url: &Url) -> String {
    match (url.host_str(), url.port_or_known_default()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        _ => url.to_string(),
    }
}

/// What to check when the connection failed with `cause` (the innermost
/// error's text): a refusal is most often a server that is not running.
pub fn connect_hint(cause: &str) -> &'static str {
    let lower = cause.to_lowercase();
    if lower.contains("refused") {
        "is Asterisk (or `ari sim`) running there? check the url with `ari profile show`"
    } else if lower.contains("dns") || lower.contains("lookup") || lower.contains("name") {
        "check the host name in the url (`ari profile show`)"
    } else {
        "check the url with `ari profile show`"
    }
}

/// A failed TLS handshake with `host`; `what` is the request (`GET /ari/events`).
pub fn tls_error(host: &str, e: &rustls::Error, what: &str) -> Error {
    let (reason, hint) = handshake_failure(e);
    Error::connection(format!(
        "TLS handshake with {host} failed: {reason} ({what})"
    ))
    .with_hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hints_follow_the_cause() {
        assert!(connect_hint("Connection refused").starts_with("is Asterisk"));
        assert!(connect_hint("failed to lookup address information").contains("host name"));
        assert_eq!(
            connect_hint("Network is unreachable"),
            "check the url with `ari profile show`"
        );
    }
}
