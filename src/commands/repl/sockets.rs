//! A REPL session whose requests travel over a WebSocket:
//! - `ari repl --listen [ADDR]`: Asterisk's outbound WebSocket connects to
//!   the session; its events show above the prompt, tagged with the
//!   connection, and the session's commands go back over the newest (or the
//!   chosen) connection. A per-call connection is the call's own application.
//! - `ari repl --via websocket`: one events WebSocket to the server,
//!   opened (and reopened) on a thread of its own, carries every request.
//!
//! Either way the connections live on their own thread and runtime, and
//! `transport::install` routes every `Client` of the process to them.

use std::sync::Arc;
use std::time::Duration;

use super::background::{Print, PrintedLines};
use crate::config::Settings;
use crate::error::Result;
use crate::events::brief::Brief;
use crate::events::calls::Calls;
use crate::events::render::EventWriter;
use crate::events::style::EventStyle;
use crate::transport::listener::Bound;
use crate::transport::{self, Connections};

/// Serve `bound` for the rest of the session.
pub fn listen(bound: Bound, print: Print, color: bool) -> Result<Arc<Connections>> {
    let uri = bound.uri();
    let connections = Arc::new(Connections::new(format!(
        "Asterisk has not connected to {uri} (see the configuration printed at the start)"
    )));
    transport::install(connections.clone());
    let serving = connections.clone();
    crate::runtime::spawn_with_runtime("ari-listen", move || async move {
        let listener = match bound.serve() {
            Ok(listener) => listener,
            Err(e) => return print(format!("ari: cannot listen: {}", e.message)),
        };
        let mut next = 0u64;
        loop {
            let pending = listener.next().await;
            next += 1;
            tokio::spawn(serve_one(
                pending,
                next,
                serving.clone(),
                print.clone(),
                color,
            ));
        }
    })?;
    Ok(connections)
}

async fn serve_one(
    pending: transport::listener::Pending,
    id: u64,
    connections: Arc<Connections>,
    print: Print,
    color: bool,
) {
    let peer = pending.peer;
    let ws = match pending.upgrade().await {
        Ok(ws) => ws,
        Err(why) => return print(format!("ari: refused a connection from {peer}: {why}")),
    };
    let label = format!("ws{id}");
    let (socket, requests) = transport::channel(format!("{label} from {peer}"));
    connections.add(id, socket);
    print(format!(
        "ari: connection {label} from {peer}; commands go over it"
    ));
    let mut lines = EventLines::new(&label, color, print.clone());
    let why = transport::pump(ws, requests, |text| lines.show(&text)).await;
    connections.remove(id);
    print(format!("ari: connection {label} closed ({why})"));
}

/// Keep one events WebSocket open to the server for the session's requests.
pub fn inbound(settings: Settings, print: Print) -> Result<Arc<Connections>> {
    let url = crate::transport::socket::events_url(&settings, &[], false);
    let url = url.split('?').next().unwrap_or_default().to_string();
    let connections = Arc::new(Connections::new(format!("connecting to {url}")));
    transport::install(connections.clone());
    let kept = connections.clone();
    crate::runtime::spawn_with_runtime("ari-websocket", move || keep_open(settings, kept, print))?;
    Ok(connections)
}

async fn keep_open(settings: Settings, connections: Arc<Connections>, print: Print) {
    // A private application: it receives no events, and takes none away.
    let app = crate::transport::socket::private_app();
    let mut id = 0u64;
    loop {
        match crate::transport::socket::EventSocket::connect(
            &settings,
            std::slice::from_ref(&app),
            false,
        )
        .await
        {
            Ok(socket) => {
                id += 1;
                let (handle, requests) = transport::channel("the events WebSocket".into());
                connections.add(id, handle);
                let why = transport::pump(socket.into_inner(), requests, |_| {}).await;
                connections.remove(id);
                connections.set_waiting_for(format!("the events WebSocket closed ({why})"));
                print(format!(
                    "ari: the events WebSocket closed ({why}); reconnecting"
                ));
            }
            Err(e) => connections.set_waiting_for(e.message),
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// A connection's events as summary lines, each tagged with the connection
/// (and with its call, as `ari events` tags them).
struct EventLines {
    writer: EventWriter<PrintedLines>,
    calls: Calls,
}

impl EventLines {
    fn new(label: &str, color: bool, print: Print) -> EventLines {
        let prefix = if color {
            format!("\x1b[1m{label}\x1b[0m ")
        } else {
            format!("{label} ")
        };
        let out = PrintedLines::new(prefix, print);
        // The tag is printed before each line: the line fits the rest.
        let writer = EventStyle::summary(color, true)
            .tagged(label.len() + 1)
            .plain_writer(out);
        EventLines {
            writer,
            calls: Calls::new(),
        }
    }

    fn show(&mut self, text: &str) {
        let Some(event) = Brief::parse(text) else {
            return;
        };
        let call = self.calls.observe(&event);
        let _ = self.writer.write_summary(&event, call, &self.calls);
        let _ = self.writer.flush();
    }
}
