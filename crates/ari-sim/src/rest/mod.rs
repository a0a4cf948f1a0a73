//! The simulated REST interface. Requests are routed with the same operation
//! table the client uses, so the simulator serves exactly ARI's paths.

mod bridges;
mod channels;
mod external_media;
mod media;
mod request;
mod server;

pub use request::{Reply, Request, error, no_content, ok};

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::Value;

use super::Sim;
use super::state::State;
use ari_spec::{Method, OPERATIONS, Operation};

/// Where a request path lands.
pub enum Route {
    Found(&'static Operation, HashMap<&'static str, String>),
    /// The path exists, with other methods.
    WrongMethod,
    NotFound,
}

fn decode(segment: &str) -> String {
    percent_encoding::percent_decode_str(segment)
        .decode_utf8_lossy()
        .into_owned()
}

/// Match `METHOD /ari/...` (path below `/ari`, still encoded) to an operation.
/// Literal segments win over parameters: `POST /channels/create` is not
/// `POST /channels/{channelId}`.
pub fn route(method: &str, path: &str) -> Route {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let mut best: Option<(&'static Operation, usize, HashMap<&'static str, String>)> = None;
    let mut path_exists = false;
    for op in OPERATIONS {
        let template: Vec<&str> = op.path.trim_start_matches('/').split('/').collect();
        if template.len() != segments.len() {
            continue;
        }
        let mut params = HashMap::new();
        let mut literals = 0;
        let matched = template.iter().zip(&segments).all(|(t, s)| {
            if let Some(name) = t.strip_prefix('{').and_then(|n| n.strip_suffix('}')) {
                let name: &'static str = op
                    .path_params()
                    .find(|p| p.name == name)
                    .map(|p| p.name)
                    .unwrap_or("");
                params.insert(name, decode(s));
                !s.is_empty()
            } else {
                literals += 1;
                t == s
            }
        });
        if !matched {
            continue;
        }
        path_exists = true;
        if op.method.as_str() != method {
            continue;
        }
        if best.as_ref().is_none_or(|(_, l, _)| literals > *l) {
            best = Some((op, literals, params));
        }
    }
    match best {
        Some((op, _, params)) => Route::Found(op, params),
        None if path_exists => Route::WrongMethod,
        None => Route::NotFound,
    }
}

/// Run one operation against the state.
pub fn handle(sim: &Arc<Sim>, st: &mut State, mut req: Request) -> Reply {
    // Asterisk reads other keys of a JSON body as query parameters.
    if let Some(Value::Object(body)) = &req.body {
        for p in req.op.query_params() {
            if !req.query.contains_key(p.name)
                && let Some(v) = body.get(p.name)
            {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                req.query.insert(p.name.to_string(), text);
            }
        }
    }
    // Each operation checks in its own order, as Asterisk's handlers do:
    // some parameters before looking the object up, the rest after.
    if let Some(reply) = before_lookup(&req).or_else(|| missing_object(st, &req)) {
        return reply;
    }
    match req.op.resource {
        "channels" if req.op.nickname == "externalMedia" => external_media::handle(sim, st, &req),
        "channels" => channels::handle(sim, st, &req),
        "bridges" => bridges::handle(sim, st, &req),
        "playbacks" | "recordings" | "sounds" => media::handle(sim, st, &req),
        _ => server::handle(sim, st, &req),
    }
}

/// Whether a parameter is absent or empty (Asterisk treats both alike).
fn blank(req: &Request, name: &str) -> bool {
    req.q(name).is_none_or(str::is_empty)
}

/// The checks Asterisk makes before it looks up the object of the path.
/// Where a handler never checks a parameter the specification calls
/// required, neither does the simulator: it goes on with an empty value.
fn before_lookup(req: &Request) -> Option<Reply> {
    let nick = req.op.nickname;
    let (status, message) = match (req.op.resource, nick) {
        ("applications", "subscribe" | "unsubscribe") if req.q("eventSource").is_none() => {
            (400, "Missing parameter eventSource")
        }
        (
            _,
            "getGlobalVar" | "setGlobalVar" | "getChannelVar" | "setChannelVar" | "getBridgeVar"
            | "setBridgeVar",
        ) if blank(req, "variable") => (400, "Variable name is required"),
        (_, "getChannelVars" | "getBridgeVars") if req.list("variables").is_empty() => {
            (400, "At least one variable name is required")
        }
        (_, "setChannelVars" | "setBridgeVars")
            if req
                .body
                .as_ref()
                .is_none_or(|b| b.get("variables").is_none()) =>
        {
            (400, "The 'variables' field is required")
        }
        ("channels", "record") if req.int("maxDurationSeconds").is_some_and(|v| v < 0) => {
            (400, "max_duration_seconds cannot be negative")
        }
        ("channels", "record") if req.int("maxSilenceSeconds").is_some_and(|v| v < 0) => {
            (400, "max_silence_seconds cannot be negative")
        }
        ("channels", "snoopChannel" | "snoopChannelWithId") => return snoop_directions(req),
        ("playbacks", "control") => {
            return match req.q("operation") {
                None => Some(error(400, "Missing operation")),
                Some("unpause" | "pause" | "restart" | "reverse" | "forward") => None,
                Some(other) => Some(error(400, format!("Invalid operation {other}"))),
            };
        }
        _ => return None,
    };
    Some(error(status, message))
}

/// `spy` and `whisper` of a snoop, checked before the channel is looked up.
fn snoop_directions(req: &Request) -> Option<Reply> {
    let direction = |name: &str| match req.q(name).unwrap_or_default() {
        "" | "none" => Ok(false),
        "both" | "out" | "in" => Ok(true),
        _ => Err(error(
            400,
            format!("Invalid direction specified for {name}"),
        )),
    };
    match (direction("spy"), direction("whisper")) {
        (Err(e), _) | (_, Err(e)) => Some(e),
        (Ok(false), Ok(false)) => Some(error(
            400,
            "Direction must be specified for at least spy or whisper",
        )),
        _ if blank(req, "app") => Some(error(400, "Application name is required")),
        _ => None,
    }
}

/// 404 for a path naming something that is not there, in Asterisk's words
/// for each operation. Operations that create the object, or that answer
/// for anything (device states), look nothing up.
fn missing_object(st: &State, req: &Request) -> Option<Reply> {
    let op = req.op;
    let nick = op.nickname;
    for p in op.path_params() {
        let value = req.path(p.name);
        let missing = match (p.name, op.resource) {
            // setVideoSource looks the channel up as a would-be member.
            ("channelId", "bridges") => {
                if !st.channels.contains_key(value) {
                    return Some(error(400, "Channel not found"));
                }
                None
            }
            ("channelId", _) if nick == "originateWithId" => None,
            ("channelId", _) => (!st.channels.contains_key(value)).then_some(match nick {
                "getChannelVar" | "getChannelVars" | "setChannelVars" | "snoopChannel"
                | "snoopChannelWithId" => "Provided channel was not found",
                _ => "Channel not found",
            }),
            ("bridgeId", _) if nick == "createWithId" => None,
            ("bridgeId", _) => (!st.bridges.contains_key(value)).then_some(match nick {
                "getBridgeVars" | "setBridgeVars" => "Provided bridge was not found",
                _ => "Bridge not found",
            }),
            ("playbackId", "playbacks") => {
                (!st.playbacks.contains_key(value)).then_some("Playback not found")
            }
            ("recordingName", _) if op.path.starts_with("/recordings/stored") => {
                (!st.stored_recordings.contains_key(value)).then_some("Recording not found")
            }
            ("recordingName", _) => {
                (!st.live_recordings.contains_key(value)).then_some("Recording not found")
            }
            ("applicationName", _) => {
                (!st.apps.contains_key(value)).then_some("Application not found")
            }
            ("soundId", _) => super::media::sound(value)
                .is_none()
                .then_some("Sound not found"),
            // Asterisk's own words, one of them misspelt.
            ("mailboxName", _) if nick != "update" => (!st.mailboxes.contains_key(value))
                .then_some(if nick == "get" {
                    "Mailbox is does not exist"
                } else {
                    "Mailbox does not exist"
                }),
            ("moduleName", _) if nick != "loadModule" => {
                let running = st.modules.iter().any(|m| m.name == value && m.loaded);
                (!running).then_some(if nick == "getModule" {
                    "Module could not be found in running modules"
                } else {
                    "Module not found in running modules"
                })
            }
            ("logChannelName", _) if nick != "addLog" => {
                (!st.log_channels.contains_key(value)).then_some("Log channel does not exist")
            }
            _ => None,
        };
        if let Some(message) = missing {
            return Some(error(404, message));
        }
    }
    None
}

/// The read-only users may only read.
pub fn writes(op: &Operation) -> bool {
    op.method != Method::Get
}

/// HTTP reason phrases for the statuses the simulator uses.
pub fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        412 => "Precondition Failed",
        422 => "Unprocessable Entity",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        _ => "Unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn routed(method: &str, path: &str) -> Option<&'static str> {
        match route(method, path) {
            Route::Found(op, _) => Some(op.nickname),
            _ => None,
        }
    }

    #[test]
    fn literal_segments_win_over_parameters() {
        assert_eq!(routed("POST", "/channels/create"), Some("create"));
        assert_eq!(
            routed("POST", "/channels/externalMedia"),
            Some("externalMedia")
        );
        assert_eq!(routed("POST", "/channels/1.2"), Some("originateWithId"));
        assert_eq!(routed("PUT", "/endpoints/sendMessage"), Some("sendMessage"));
        assert_eq!(routed("GET", "/endpoints/PJSIP"), Some("listByTech"));
    }

    #[test]
    fn wrong_methods_and_unknown_paths_are_told_apart() {
        assert!(matches!(route("PATCH", "/channels"), Route::WrongMethod));
        assert!(matches!(route("GET", "/nope"), Route::NotFound));
        match route("GET", "/deviceStates/Stasis%3Alab") {
            Route::Found(_, params) => assert_eq!(params["deviceName"], "Stasis:lab"),
            _ => panic!("not routed"),
        }
    }
}
