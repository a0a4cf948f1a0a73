//! The TEXT half of chan_websocket's protocol: the commands an application
//! sends and the events Asterisk answers with, in either of its two styles
//! (plain text, the default, or JSON with `transport_data=f(json)`). Names,
//! fields and their order are Asterisk 22's.

use serde_json::{Map, Value, json};

/// Chan_websocket's flow-control levels, as it reports them.
pub const XON_LEVEL: usize = 800;
pub const XOFF_LEVEL: usize = 900;
pub const QUEUE_MAX: usize = 1000;
/// Longer TEXT messages are ignored (Asterisk only logs them).
pub const MAX_COMMAND: usize = 128;

/// How control messages are written both ways.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Plain,
    Json,
}

/// A command from the application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Answer,
    Hangup,
    StartBuffering,
    StopBuffering(Option<String>),
    Mark(Option<String>),
    Flush,
    ReportDrained,
    Status,
    Pause,
    Continue,
    /// `SET_MEDIA_DIRECTION` (JSON only), with its `direction`.
    SetDirection(Option<String>),
    /// Anything else: Asterisk logs a warning and carries on.
    Unknown,
}

/// A TEXT message as a command: `None` for one Asterisk ignores (empty or
/// too long), `Err` for JSON it cannot parse.
pub fn parse(style: Style, text: &str) -> Option<Result<Command, ()>> {
    if text.is_empty() || text.len() > MAX_COMMAND {
        return None;
    }
    let text = text.trim();
    let (name, data, direction) = match style {
        Style::Plain => match text.split_once(' ') {
            Some((name, data)) => (name.to_string(), Some(data.to_string()), None),
            None => (text.to_string(), None, None),
        },
        Style::Json => {
            let Ok(Value::Object(message)) = serde_json::from_str::<Value>(text) else {
                return Some(Err(()));
            };
            let field = |k: &str| message.get(k).and_then(Value::as_str).map(str::to_string);
            (
                field("command").unwrap_or_default(),
                field("correlation_id"),
                field("direction"),
            )
        }
    };
    Some(Ok(match name.as_str() {
        "ANSWER" => Command::Answer,
        "HANGUP" => Command::Hangup,
        "START_MEDIA_BUFFERING" => Command::StartBuffering,
        "STOP_MEDIA_BUFFERING" => Command::StopBuffering(data),
        "MARK_MEDIA" => Command::Mark(data),
        "FLUSH_MEDIA" => Command::Flush,
        "REPORT_QUEUE_DRAINED" => Command::ReportDrained,
        "GET_STATUS" => Command::Status,
        "PAUSE_MEDIA" => Command::Pause,
        "CONTINUE_MEDIA" => Command::Continue,
        "SET_MEDIA_DIRECTION" => Command::SetDirection(direction),
        _ => Command::Unknown,
    }))
}

/// The queue's state as `STATUS` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub queue_length: usize,
    pub full: bool,
    pub bulk: bool,
    pub paused: bool,
}

/// What MEDIA_START tells the application.
pub struct Start<'a> {
    pub connection_id: &'a str,
    pub channel: &'a str,
    pub format: &'a str,
    pub frame_size: usize,
    /// The channel's variables (JSON style only).
    pub variables: Map<String, Value>,
}

/// An event to the application.
pub enum Event<'a> {
    Start(Start<'a>),
    Xon,
    Xoff,
    QueueDrained,
    BufferingCompleted(Option<&'a str>),
    MarkProcessed(Option<&'a str>),
    DtmfEnd(char),
    Status(Status),
    Error(String),
}

/// Every frame is 20 ms in the formats the simulator takes.
const PTIME: u32 = 20;

/// An event as the TEXT message Asterisk sends for it on channel `channel_id`.
pub fn render(style: Style, channel_id: &str, event: Event<'_>) -> String {
    match style {
        Style::Plain => plain(channel_id, event),
        Style::Json => json_event(channel_id, event).to_string(),
    }
}

fn with_id(name: &str, id: Option<&str>) -> String {
    match id {
        Some(id) => format!("{name} {id}"),
        None => name.to_string(),
    }
}

fn flag(on: bool) -> &'static str {
    if on { "true" } else { "false" }
}

fn plain(channel_id: &str, event: Event<'_>) -> String {
    match event {
        Event::Start(s) => format!(
            "MEDIA_START connection_id:{} channel:{} channel_id:{channel_id} format:{} optimal_frame_size:{} ptime:{PTIME}",
            s.connection_id, s.channel, s.format, s.frame_size
        ),
        Event::Xon => "MEDIA_XON".into(),
        Event::Xoff => "MEDIA_XOFF".into(),
        Event::QueueDrained => "QUEUE_DRAINED".into(),
        Event::BufferingCompleted(id) => with_id("MEDIA_BUFFERING_COMPLETED", id),
        Event::MarkProcessed(id) => with_id("MEDIA_MARK_PROCESSED", id),
        Event::DtmfEnd(digit) => format!("DTMF_END digit:{digit} channel_id:{channel_id}"),
        Event::Status(s) => format!(
            "STATUS channel_id:{channel_id} queue_length:{} xon_level:{XON_LEVEL} xoff_level:{XOFF_LEVEL} queue_full:{} bulk_media:{} media_paused:{}",
            s.queue_length,
            flag(s.full),
            flag(s.bulk),
            flag(s.paused)
        ),
        Event::Error(text) => format!("ERROR channel_id:{channel_id} error_text:{text}"),
    }
}

fn json_event(channel_id: &str, event: Event<'_>) -> Value {
    let named = |name: &str| json!({"event": name, "channel_id": channel_id});
    let correlated = |name: &str, id: Option<&str>| json!({"event": name, "channel_id": channel_id, "correlation_id": id.unwrap_or("")});
    match event {
        Event::Start(s) => json!({
            "event": "MEDIA_START",
            "connection_id": s.connection_id,
            "channel": s.channel,
            "channel_id": channel_id,
            "format": s.format,
            "optimal_frame_size": s.frame_size,
            "ptime": PTIME,
            "channel_variables": s.variables,
        }),
        Event::Xon => named("MEDIA_XON"),
        Event::Xoff => named("MEDIA_XOFF"),
        Event::QueueDrained => named("QUEUE_DRAINED"),
        Event::BufferingCompleted(id) => correlated("MEDIA_BUFFERING_COMPLETED", id),
        Event::MarkProcessed(id) => correlated("MEDIA_MARK_PROCESSED", id),
        Event::DtmfEnd(digit) => {
            json!({"event": "DTMF_END", "channel_id": channel_id, "digit": digit.to_string()})
        }
        Event::Status(s) => json!({
            "event": "STATUS",
            "channel_id": channel_id,
            "queue_length": s.queue_length,
            "xon_level": XON_LEVEL,
            "xoff_level": XOFF_LEVEL,
            "queue_full": s.full,
            "bulk_media": s.bulk,
            "media_paused": s.paused,
        }),
        Event::Error(text) => {
            json!({"event": "ERROR", "channel_id": channel_id, "error_text": text})
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_commands_are_a_word_and_what_follows_its_first_space() {
        let p = |t: &str| parse(Style::Plain, t).unwrap().unwrap();
        assert_eq!(p("  GET_STATUS \n"), Command::Status);
        assert_eq!(p("MARK_MEDIA m1"), Command::Mark(Some("m1".into())));
        assert_eq!(p("MARK_MEDIA"), Command::Mark(None));
        assert_eq!(
            p("STOP_MEDIA_BUFFERING a b"),
            Command::StopBuffering(Some("a b".into()))
        );
        assert_eq!(p("get_status"), Command::Unknown);
        assert_eq!(parse(Style::Plain, ""), None);
        assert_eq!(parse(Style::Plain, &"X".repeat(129)), None);
    }

    #[test]
    fn json_commands_and_bad_json() {
        let p = |t: &str| parse(Style::Json, t).unwrap();
        assert_eq!(
            p(r#"{"command":"MARK_MEDIA","correlation_id":"7"}"#),
            Ok(Command::Mark(Some("7".into())))
        );
        assert_eq!(
            p(r#"{"command":"SET_MEDIA_DIRECTION","direction":"in"}"#),
            Ok(Command::SetDirection(Some("in".into())))
        );
        assert_eq!(p("MARK_MEDIA"), Err(()));
        assert_eq!(p("[1]"), Err(()));
    }

    #[test]
    fn events_read_as_asterisk_writes_them() {
        let status = Status {
            queue_length: 3,
            full: false,
            bulk: true,
            paused: false,
        };
        assert_eq!(
            render(Style::Plain, "1.2", Event::Status(status)),
            "STATUS channel_id:1.2 queue_length:3 xon_level:800 xoff_level:900 queue_full:false bulk_media:true media_paused:false"
        );
        assert_eq!(
            render(Style::Plain, "1.2", Event::MarkProcessed(Some("m1"))),
            "MEDIA_MARK_PROCESSED m1"
        );
        assert_eq!(
            render(Style::Plain, "1.2", Event::BufferingCompleted(None)),
            "MEDIA_BUFFERING_COMPLETED"
        );
        assert_eq!(
            render(Style::Plain, "1.2", Event::DtmfEnd('5')),
            "DTMF_END digit:5 channel_id:1.2"
        );
        assert_eq!(
            render(Style::Json, "1.2", Event::MarkProcessed(None)),
            r#"{"event":"MEDIA_MARK_PROCESSED","channel_id":"1.2","correlation_id":""}"#
        );
        let start = Start {
            connection_id: "c",
            channel: "WebSocket/INCOMING/0x1",
            format: "slin16",
            frame_size: 640,
            variables: Map::new(),
        };
        assert_eq!(
            render(Style::Plain, "1.2", Event::Start(start)),
            "MEDIA_START connection_id:c channel:WebSocket/INCOMING/0x1 channel_id:1.2 format:slin16 optimal_frame_size:640 ptime:20"
        );
        assert_eq!(
            render(Style::Json, "1.2", Event::Xoff),
            r#"{"event":"MEDIA_XOFF","channel_id":"1.2"}"#
        );
    }
}
