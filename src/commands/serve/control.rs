//! The Unix socket `ari call` reaches serve through: in a directory only
//! serve's user can enter, one JSON request line and one answer line per
//! connection. Each request names its call by the token in `ARI_CALL`.

use std::future::Future;
use std::path::{Path, PathBuf};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{UnixListener, UnixStream};

use super::call::End;
use crate::error::{Error, ErrorKind, Result};
use crate::transport::call_socket::{Request, Response};

/// Requests bigger than this are not a verb.
const MAX_REQUEST: u64 = 64 * 1024;

pub struct ControlSocket {
    /// Removed (with the socket) when serve ends.
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    listener: UnixListener,
}

impl ControlSocket {
    pub fn bind() -> Result<ControlSocket> {
        // tempfile makes the directory 0700: no other user can connect.
        let dir = tempfile::Builder::new()
            .prefix("ari-serve-")
            .tempdir()
            .map_err(|e| Error::internal(format!("cannot make serve's socket directory: {e}")))?;
        let path = dir.path().join("calls");
        let listener = UnixListener::bind(&path)
            .map_err(|e| Error::internal(format!("cannot listen on {}: {e}", path.display())))?;
        Ok(ControlSocket {
            _dir: dir,
            path,
            listener,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Answer requests for ever; `answer` runs one request's verb.
    pub async fn serve<F, Fut>(&self, answer: F)
    where
        F: Fn(Request) -> Fut + Clone + Send + 'static,
        Fut: Future<Output = Response> + Send + 'static,
    {
        loop {
            let Ok((stream, _)) = self.listener.accept().await else {
                continue;
            };
            tokio::spawn(one(stream, answer.clone()));
        }
    }
}

async fn one<F, Fut>(stream: UnixStream, answer: F)
where
    F: Fn(Request) -> Fut,
    Fut: Future<Output = Response>,
{
    let (read, mut write) = stream.into_split();
    let mut line = String::new();
    let mut reader = BufReader::new(tokio::io::AsyncReadExt::take(read, MAX_REQUEST));
    if reader.read_line(&mut line).await.is_err() {
        return;
    }
    let response = match serde_json::from_str::<Request>(&line) {
        Ok(request) => answer(request).await,
        Err(e) => Response {
            exit: ErrorKind::Usage.exit_code(),
            error: Some(format!("ari serve cannot read this request: {e}")),
            ..Response::default()
        },
    };
    let mut text = serde_json::to_string(&response).unwrap_or_else(|_| "{\"exit\":1}".into());
    text.push('\n');
    let _ = write.write_all(text.as_bytes()).await;
}

/// The answer to a token no call holds any more.
pub fn unknown_call() -> Response {
    Response {
        exit: ErrorKind::HungUp.exit_code(),
        error: Some(End::HungUp(String::new()).message()),
        ..Response::default()
    }
}
