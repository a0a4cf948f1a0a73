//! The requests serve makes for its calls, built from the operation table
//! like every other request of `ari`: over HTTP, or (`--listen`) over the
//! WebSocket Asterisk opened for the call.

use std::sync::Arc;
use std::time::Duration;

use reqwest::Url;
use serde_json::Value;
use tokio::sync::Semaphore;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::invocation::Invocation;
use crate::reply::Reply;
use crate::transport::RestSocket;

/// How long a request over a WebSocket may wait for its answer.
const SOCKET_LIMIT: Duration = Duration::from_secs(10);

/// HTTP requests serve has in flight at once, over all its calls: each is a
/// connection to Asterisk, whose default limit (`sessionlimit`) is 100 for
/// everyone. Measured: 100 calls answering at once held ~100 and locked
/// every other client out for 20 s.
const HTTP_AT_ONCE: usize = 24;

#[derive(Clone)]
pub enum Rest {
    Http(Arc<Client>, Arc<Semaphore>),
    Socket {
        socket: RestSocket,
        /// The server's `/ari` URL, for error messages.
        base: Url,
        verbose: bool,
    },
}

impl Rest {
    pub fn http(client: Client) -> Rest {
        Rest::Http(Arc::new(client), Arc::new(Semaphore::new(HTTP_AT_ONCE)))
    }

    /// `resource nickname` with its path values, query and body; a reply
    /// outside 2xx is its error.
    pub async fn send(
        &self,
        resource: &str,
        nickname: &str,
        path: &[&str],
        query: Vec<(&str, String)>,
        body: Option<Value>,
    ) -> Result<Reply> {
        let inv = Invocation::by_name(resource, nickname, path, query, body)?;
        let what = inv.describe(self.base());
        self.relay(&inv).await?.into_success(&what)
    }

    /// The server's `/ari` URL, as error messages name it.
    fn base(&self) -> &Url {
        match self {
            Rest::Http(client, _) => client.base(),
            Rest::Socket { base, .. } => base,
        }
    }

    /// Send a request as given and return the reply whatever its status:
    /// a handler's own `ari` request, which reads the reply itself.
    pub async fn relay(&self, inv: &Invocation) -> Result<Reply> {
        match self {
            Rest::Http(client, slots) => {
                let _slot = slots.acquire().await;
                client.send(inv).await
            }
            Rest::Socket {
                socket,
                base,
                verbose,
            } => {
                let what = inv.describe(base);
                socket.request(inv, SOCKET_LIMIT, *verbose, &what).await
            }
        }
    }

    /// The JSON of a successful reply.
    pub async fn json(
        &self,
        resource: &str,
        nickname: &str,
        path: &[&str],
        query: Vec<(&str, String)>,
    ) -> Result<Value> {
        let reply = self.send(resource, nickname, path, query, None).await?;
        serde_json::from_slice(&reply.body)
            .map_err(|e| Error::internal(format!("{resource} {nickname}: unreadable reply: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use crate::spec::OPERATIONS;

    /// Every operation serve names is in the table.
    #[test]
    fn the_operations_serve_uses_exist() {
        for (resource, nickname) in [
            ("channels", "answer"),
            ("channels", "ring"),
            ("channels", "hangup"),
            ("channels", "continueInDialplan"),
            ("channels", "playWithId"),
            ("channels", "record"),
            ("channels", "originateWithId"),
            ("channels", "getChannelVar"),
            ("channels", "setChannelVar"),
            ("channels", "get"),
            ("playbacks", "stop"),
            ("bridges", "create"),
            ("bridges", "addChannel"),
            ("bridges", "destroy"),
            ("applications", "get"),
        ] {
            assert!(
                OPERATIONS
                    .iter()
                    .any(|op| op.resource == resource && op.nickname == nickname),
                "{resource} {nickname}"
            );
        }
    }
}
