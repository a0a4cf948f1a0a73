//! One quick question to a server, `GET /ari/asterisk/info`, to tell what
//! answers at a URL: Asterisk (which version), `ari sim`, or something that
//! is not ARI, with what went wrong in words a person can act on.

use std::time::Duration;

use serde_json::Value;

use crate::client::Client;
use crate::config::{Settings, Sourced};
use crate::error::{Error, ErrorKind, Result};
use crate::invocation::Invocation;
use crate::reply::http_error;
use crate::sim::identity;

/// What answers at the URL, from its `asterisk info`.
pub struct Server {
    pub info: Value,
}

impl Server {
    /// `Asterisk 22.10.1`, or `ari sim (simulating Asterisk 22.10.1)`.
    pub fn name(&self) -> String {
        identity::server_name(&self.info)
    }

    pub fn is_simulator(&self) -> bool {
        identity::is_simulator(&self.info)
    }
}

/// Ask, within `limit` for connecting and as much again for the answer.
/// The error says which of the three went wrong: cannot connect (exit 3),
/// wrong password (4), not ARI (the HTTP status's code, or 1).
pub async fn identify(settings: &Settings, limit: Duration) -> Result<Server> {
    let mut quick = settings.clone();
    quick.connect_timeout = Sourced {
        value: limit.min(settings.connect_timeout.value),
        source: quick.connect_timeout.source,
    };
    quick.max_time = Some(Sourced {
        value: limit * 2,
        source: settings.connect_timeout.source.clone(),
    });
    let client = Client::new(&quick, false)?;
    let what = format!(
        "GET {}/asterisk/info",
        settings.url.value.path().trim_end_matches('/')
    );
    let reply = client.send(&Invocation::get("/asterisk/info")).await?;
    let base = settings.url.value.as_str().trim_end_matches('/');
    match reply.status {
        200..=299 => {}
        401 => {
            return Err(Error::new(
                ErrorKind::Auth,
                format!(
                    "wrong user name or password: {base} answered 401 for user '{}'",
                    settings.username.value
                ),
            ));
        }
        403 => {
            return Err(Error::new(
                ErrorKind::Auth,
                format!(
                    "user '{}' may not read at {base} (403)",
                    settings.username.value
                ),
            ));
        }
        404 => {
            return Err(Error::new(
                ErrorKind::NotFound,
                format!(
                    "not ARI: {base}/asterisk/info answered 404 (is it Asterisk's HTTP port, with ARI enabled?)"
                ),
            ));
        }
        _ => {
            let e = http_error(&reply, &what);
            return Err(Error::new(e.kind, format!("not ARI: {}", e.message)));
        }
    }
    match serde_json::from_slice::<Value>(&reply.body) {
        Ok(info) if info.get("system").is_some() => Ok(Server { info }),
        _ => Err(Error::new(
            ErrorKind::Internal,
            format!(
                "not ARI: {base}/asterisk/info answered with something other than Asterisk's info"
            ),
        )),
    }
}
