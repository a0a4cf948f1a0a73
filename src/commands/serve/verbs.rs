//! What each `ari call` verb does, run inside serve for the handler's call:
//! the requests, and the events they wait for. Every verb answers exit 10
//! once the call has ended, whether it was waiting or came later.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use super::call::{Call, End, Legs, Waited};
use super::rest::Rest;
use crate::error::{Error, ErrorKind};
use crate::events::filter::TypeGlob;
use crate::invocation::Invocation;
use crate::transport::call_socket::{Relayed, Response, Verb};

/// What a verb needs besides its call and the way to its server.
pub struct Verbs {
    /// The application the calls are in (dialled legs enter it too).
    pub app: String,
    /// Marks the Stasis arguments of a leg serve dialled, so it starts no handler.
    pub leg_marker: String,
    /// Where the event loop learns that a leg belongs to a call.
    pub legs: Legs,
}

/// How long `hangup` waits for Asterisk to say the call is gone; its
/// events follow the reply within milliseconds on a live server.
const HANGUP_SEEN: Duration = Duration::from_secs(5);

/// After a hang-up the handler asked for: wait (a little) for Asterisk's
/// word that the call has ended.
async fn until_gone(call: &Call) {
    let _ = tokio::time::timeout(HANGUP_SEEN, call.until_end()).await;
}

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// A name for something serve makes, unique on the server for this process.
fn new_id(kind: &str) -> String {
    format!(
        "ari-serve-{}-{kind}-{}",
        std::process::id(),
        NEXT_ID.fetch_add(1, Ordering::Relaxed)
    )
}

fn failed(e: Error) -> Response {
    Response {
        exit: e.exit_code(),
        error: Some(e.message),
        hint: e.hint,
        ..Response::default()
    }
}

fn ended(end: &End) -> Response {
    failed(Error::new(ErrorKind::HungUp, end.message()))
}

fn timed_out(what: &str) -> Response {
    failed(Error::new(ErrorKind::NoMatch, what.to_string()))
}

/// A request failed: when the call has ended meanwhile, that is the answer.
fn request_failed(call: &Call, e: Error) -> Response {
    match call.ended() {
        Some(end) => ended(&end),
        None => failed(e),
    }
}

impl Verbs {
    pub async fn run(&self, call: &Arc<Call>, rest: &Rest, verb: Verb) -> Response {
        // The handler's own requests work after a hang-up too (to look at a
        // recording, say); the verbs on the call do not.
        if let Verb::Request {
            method,
            path,
            query,
            body,
        } = verb
        {
            let hangs_up_the_call = method == "DELETE" && is_the_channel(&path, &call.id);
            let response = relay(rest, method, path, query, body).await;
            let hung_up = response.reply.as_ref().is_some_and(|r| r.status < 300);
            if hangs_up_the_call && hung_up {
                // As `ari call hangup`: done means gone.
                until_gone(call).await;
            }
            return response;
        }
        if let Some(end) = call.ended() {
            return ended(&end);
        }
        let id = call.id.as_str();
        let simple = |nickname: &'static str, query: Vec<(&'static str, String)>| async move {
            match rest.send("channels", nickname, &[id], query, None).await {
                Ok(_) => Response::default(),
                Err(e) => request_failed(call, e),
            }
        };
        match verb {
            Verb::Answer => simple("answer", vec![]).await,
            Verb::Ring => simple("ring", vec![]).await,
            Verb::Hangup { reason } => {
                let query = reason.map(|r| vec![("reason", r)]).unwrap_or_default();
                let response = simple("hangup", query).await;
                // Done means gone: the handler's next step (often its exit)
                // then finds the call ended, with its cause, whichever of
                // the reply and Asterisk's events came first.
                if response.exit == 0 {
                    until_gone(call).await;
                }
                response
            }
            Verb::Continue {
                context,
                extension,
                priority,
            } => {
                call.set_leaving();
                let mut query = Vec::new();
                query.extend(context.map(|c| ("context", c)));
                query.extend(extension.map(|e| ("extension", e)));
                query.extend(priority.map(|p| ("priority", p.to_string())));
                simple("continueInDialplan", query).await
            }
            Verb::Play {
                media,
                no_wait,
                interrupt_on_dtmf,
            } => {
                self.play(call, rest, &media, no_wait, interrupt_on_dtmf)
                    .await
            }
            Verb::Read {
                max,
                timeout,
                terminator,
                prompt,
            } => {
                self.read(call, rest, max, timeout, terminator, &prompt)
                    .await
            }
            Verb::Record {
                name,
                format,
                max_duration,
                max_silence,
                terminate_on,
                beep,
            } => {
                let mut query = vec![
                    ("name", name.clone()),
                    ("format", format),
                    ("ifExists", "overwrite".to_string()),
                ];
                query.extend(max_duration.map(|d| ("maxDurationSeconds", d.to_string())));
                query.extend(max_silence.map(|d| ("maxSilenceSeconds", d.to_string())));
                query.extend(terminate_on.map(|t| ("terminateOn", t)));
                if beep {
                    query.push(("beep", "true".into()));
                }
                let from = call.next_index();
                if let Err(e) = rest.send("channels", "record", &[id], query, None).await {
                    return request_failed(call, e);
                }
                let found = call
                    .wait_for(from, None, |_, e| {
                        let kind = e["type"].as_str()?;
                        (e["recording"]["name"].as_str() == Some(name.as_str())
                            && matches!(kind, "RecordingFinished" | "RecordingFailed"))
                        .then(|| (kind.to_string(), e["recording"]["cause"].clone()))
                    })
                    .await;
                match found {
                    Waited::Found((kind, _)) if kind == "RecordingFinished" => Response::default(),
                    Waited::Found((_, cause)) => failed(Error::new(
                        ErrorKind::ServerError,
                        format!(
                            "the recording failed ({})",
                            cause.as_str().unwrap_or("no cause given")
                        ),
                    )),
                    // A recording stops when the caller hangs up: it is kept.
                    Waited::Ended(end) => ended(&end),
                    Waited::TimedOut => timed_out("the recording did not end"),
                }
            }
            Verb::Dial {
                endpoint,
                timeout,
                caller_id,
            } => self.dial(call, rest, &endpoint, timeout, caller_id).await,
            Verb::Wait { glob, timeout } => {
                let glob = match TypeGlob::parse(&glob) {
                    Ok(g) => g,
                    Err(e) => return failed(e),
                };
                let limit = timeout.map(Duration::from_secs_f64);
                let found = call
                    .wait_next(limit, |e| {
                        glob.matches(e["type"].as_str().unwrap_or(""))
                            .then(|| e.to_string())
                    })
                    .await;
                match found {
                    Waited::Found(text) => Response::printed(text),
                    Waited::Ended(end) => ended(&end),
                    Waited::TimedOut => timed_out("no such event within --timeout"),
                }
            }
            Verb::VarGet { name } => {
                match rest
                    .json("channels", "getChannelVar", &[id], vec![("variable", name)])
                    .await
                {
                    Ok(v) => Response::printed(v["value"].as_str().unwrap_or("").to_string()),
                    Err(e) => request_failed(call, e),
                }
            }
            Verb::VarSet { name, value } => {
                simple("setChannelVar", vec![("variable", name), ("value", value)]).await
            }
            Verb::Request { .. } => unreachable_request(),
        }
    }

    /// Play and wait for `PlaybackFinished`; with `interrupt`, the first
    /// digit typed after the start stops it (the digit stays for `read`).
    async fn play(
        &self,
        call: &Arc<Call>,
        rest: &Rest,
        media: &[String],
        no_wait: bool,
        interrupt: bool,
    ) -> Response {
        match self
            .play_until(call, rest, media, no_wait, interrupt.then_some(0))
            .await
        {
            Ok(()) => Response::default(),
            Err(response) => response,
        }
    }

    /// Play; `stop_at_digit` (the number of digits already waiting, which
    /// do not count) makes a digit typed during the playback stop it.
    async fn play_until(
        &self,
        call: &Arc<Call>,
        rest: &Rest,
        media: &[String],
        no_wait: bool,
        stop_at_digit: Option<usize>,
    ) -> std::result::Result<(), Response> {
        let playback = new_id("playback");
        let from = call.next_index();
        let query = vec![("media", media.join(","))];
        if let Err(e) = rest
            .send(
                "channels",
                "playWithId",
                &[&call.id, &playback],
                query,
                None,
            )
            .await
        {
            return Err(request_failed(call, e));
        }
        if no_wait {
            return Ok(());
        }
        let found = call
            .wait_for(from, None, |_, e| match e["type"].as_str() {
                Some("PlaybackFinished") if e["playback"]["id"] == playback.as_str() => Some(false),
                Some("ChannelDtmfReceived") if stop_at_digit.is_some() => Some(true),
                _ => None,
            })
            .await;
        match found {
            Waited::Found(true) => {
                // Stopped by a digit; the playback may have ended meanwhile.
                let _ = rest
                    .send("playbacks", "stop", &[&playback], vec![], None)
                    .await;
                Ok(())
            }
            Waited::Found(false) => Ok(()),
            Waited::Ended(end) => Err(ended(&end)),
            Waited::TimedOut => Ok(()),
        }
    }

    /// Digits: those typed already (after a prompt they cut short), then
    /// each within `timeout`, until `max` or the terminator.
    async fn read(
        &self,
        call: &Arc<Call>,
        rest: &Rest,
        max: Option<usize>,
        timeout: f64,
        terminator: Option<String>,
        prompt: &[String],
    ) -> Response {
        let stop = terminator.and_then(|t| t.chars().next());
        // Digits typed ahead cut the prompt short before it starts, as in AGI.
        if !prompt.is_empty()
            && !call.has_digits()
            && let Err(response) = self.play_until(call, rest, prompt, false, Some(0)).await
        {
            return response;
        }
        let mut digits = String::new();
        let limit = Duration::try_from_secs_f64(timeout).unwrap_or(Duration::from_secs(5));
        loop {
            if call.take_digits(&mut digits, max, stop) {
                break;
            }
            match call.wait_digit(limit).await {
                Waited::Found(()) => continue,
                Waited::TimedOut => break,
                Waited::Ended(end) => return ended(&end),
            }
        }
        Response::printed(digits)
    }

    /// Call `endpoint` into the application; bridge it with the call when it
    /// answers. Prints the DIALSTATUS word.
    async fn dial(
        &self,
        call: &Arc<Call>,
        rest: &Rest,
        endpoint: &str,
        timeout: u64,
        caller_id: Option<String>,
    ) -> Response {
        let leg = new_id("leg");
        self.legs
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(leg.clone(), call.clone());
        call.add_leg(leg.clone());
        let from = call.next_index();
        let mut query = vec![
            ("endpoint", endpoint.to_string()),
            ("app", self.app.clone()),
            ("appArgs", self.leg_marker.clone()),
            ("timeout", timeout.to_string()),
        ];
        query.extend(caller_id.map(|c| ("callerId", c)));
        if let Err(e) = rest
            .send("channels", "originateWithId", &[&leg], query, None)
            .await
        {
            // A channel Asterisk cannot make (no such technology, a bad
            // endpoint) is a dial status too.
            return match call.ended() {
                Some(end) => ended(&end),
                None => Response {
                    exit: ErrorKind::NoMatch.exit_code(),
                    stdout: "CHANUNAVAIL".into(),
                    error: Some(e.message),
                    hint: e.hint,
                    ..Response::default()
                },
            };
        }
        let mut dialstatus = String::new();
        let limit = Duration::from_secs(timeout + 10);
        let found = call
            .wait_for(from, Some(limit), |_, e| {
                let about_leg =
                    e["channel"]["id"] == leg.as_str() || e["peer"]["id"] == leg.as_str();
                if !about_leg {
                    return None;
                }
                match e["type"].as_str()? {
                    "Dial" => {
                        if let Some(s) = e["dialstatus"].as_str().filter(|s| !s.is_empty()) {
                            dialstatus = s.to_string();
                        }
                        None
                    }
                    // Rang (or progressed) and was never answered.
                    "ChannelDestroyed"
                        if matches!(dialstatus.as_str(), "RINGING" | "PROGRESS" | "PROCEEDING") =>
                    {
                        Some("NOANSWER".to_string())
                    }
                    "StasisStart" => Some("ANSWER".to_string()),
                    "ChannelDestroyed" => {
                        Some(if dialstatus.is_empty() || dialstatus == "ANSWER" {
                            status_of_cause(e["cause"].as_i64().unwrap_or(0)).to_string()
                        } else {
                            dialstatus.clone()
                        })
                    }
                    _ => None,
                }
            })
            .await;
        let status = match found {
            Waited::Found(status) => status,
            Waited::Ended(end) => {
                let _ = rest.send("channels", "hangup", &[&leg], vec![], None).await;
                return ended(&end);
            }
            Waited::TimedOut => {
                let _ = rest.send("channels", "hangup", &[&leg], vec![], None).await;
                "NOANSWER".to_string()
            }
        };
        if status != "ANSWER" {
            return Response {
                exit: ErrorKind::NoMatch.exit_code(),
                stdout: status,
                ..Response::default()
            };
        }
        let bridge = match rest
            .json("bridges", "create", &[], vec![("type", "mixing".into())])
            .await
        {
            Ok(b) => b["id"].as_str().unwrap_or_default().to_string(),
            Err(e) => return request_failed(call, e),
        };
        call.add_bridge(bridge.clone());
        let channels = format!("{},{leg}", call.id);
        if let Err(e) = rest
            .send(
                "bridges",
                "addChannel",
                &[&bridge],
                vec![("channel", channels)],
                None,
            )
            .await
        {
            return request_failed(call, e);
        }
        Response::printed("ANSWER")
    }
}

/// A request of the handler's own `ari`, sent with serve's credentials.
/// Whether a relayed request's path names the call's own channel
/// (`/channels/ID`), whose hang-up the handler asks for itself.
fn is_the_channel(path: &str, id: &str) -> bool {
    path.trim_start_matches('/')
        .strip_prefix("channels/")
        .is_some_and(|rest| rest == crate::invocation::encode_segment(id))
}

async fn relay(
    rest: &Rest,
    method: String,
    path: String,
    query: Vec<(String, String)>,
    body: Option<serde_json::Value>,
) -> Response {
    let inv = Invocation {
        method,
        path,
        query,
        body,
        operation: None,
        download_to: None,
    };
    match rest.relay(&inv).await {
        Ok(reply) => {
            let text = std::str::from_utf8(&reply.body);
            match text {
                Ok(text) => Response {
                    reply: Some(Relayed {
                        status: reply.status,
                        content_type: reply.content_type,
                        body: text.to_string(),
                    }),
                    ..Response::default()
                },
                Err(_) => failed(Error::usage(
                    "a binary reply does not come through ari serve: give the handler's ari --url and a password",
                )),
            }
        }
        Err(e) => failed(e),
    }
}

/// Handled before the match: a request is not a verb on the call.
fn unreachable_request() -> Response {
    failed(Error::internal("a request reached the call's verbs"))
}

/// The DIALSTATUS a hang-up cause stands for, when no `Dial` event said it.
fn status_of_cause(cause: i64) -> &'static str {
    match cause {
        17 => "BUSY",
        18 | 19 | 21 => "NOANSWER",
        34 | 38 | 41 | 42 | 44 | 47 => "CONGESTION",
        _ => "CHANUNAVAIL",
    }
}

#[cfg(test)]
mod tests {
    use super::{is_the_channel, status_of_cause};

    #[test]
    fn a_hang_up_cause_reads_as_the_dial_status_dial_would_give() {
        assert_eq!(status_of_cause(17), "BUSY");
        assert_eq!(status_of_cause(19), "NOANSWER");
        assert_eq!(status_of_cause(34), "CONGESTION");
        assert_eq!(status_of_cause(0), "CHANUNAVAIL");
    }

    #[test]
    fn only_the_calls_own_channel_path_is_its_hang_up() {
        assert!(is_the_channel("/channels/1700000001.0", "1700000001.0"));
        assert!(is_the_channel("channels/a%20b", "a b"));
        assert!(!is_the_channel(
            "/channels/1700000001.0/play",
            "1700000001.0"
        ));
        assert!(!is_the_channel("/channels/other", "1700000001.0"));
        assert!(!is_the_channel("/bridges/1700000001.0", "1700000001.0"));
    }
}
