//! REST over the WebSocket (Asterisk 20.14, 21.9, 22.4 and later): an
//! `Invocation` as a `RESTRequest` frame, and a `RESTResponse` frame as the
//! same `Reply` an HTTP request gives, so that everything downstream (errors,
//! exit codes, output) cannot tell the two apart.

use serde_json::{Value, json};

use crate::invocation::Invocation;
use crate::reply::Reply;

/// The frame that asks for `inv`. Asterisk reads `uri` relative to `/ari`
/// and without a leading slash (with one it answers 405), and takes the
/// query as name/value pairs, not encoded.
pub fn request(inv: &Invocation, request_id: &str) -> String {
    let mut frame = json!({
        "type": "RESTRequest",
        "request_id": request_id,
        "method": inv.method,
        "uri": inv.path.trim_start_matches('/'),
    });
    if !inv.query.is_empty() {
        frame["query_strings"] = inv
            .query
            .iter()
            .map(|(name, value)| json!({"name": name, "value": value}))
            .collect();
    }
    if let Some(body) = &inv.body {
        frame["content_type"] = json!("application/json");
        frame["message_body"] = json!(body.to_string());
    }
    frame.to_string()
}

/// A quick look before parsing: most frames are events.
pub fn may_be_response(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), b"RESTResponse").is_some()
}

/// The request id and reply of a `RESTResponse` frame; `None` for anything else.
pub fn response(text: &str) -> Option<(String, Reply)> {
    if !may_be_response(text) {
        return None;
    }
    let frame: Value = serde_json::from_str(text).ok()?;
    if frame.get("type").and_then(Value::as_str) != Some("RESTResponse") {
        return None;
    }
    let id = frame
        .get("request_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let status = frame
        .get("status_code")
        .and_then(Value::as_u64)
        .and_then(|s| u16::try_from(s).ok())
        // A response without a usable status is not one ari can read.
        .unwrap_or(0);
    let body = frame
        .get("message_body")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .as_bytes()
        .to_vec();
    let content_type = frame
        .get("content_type")
        .and_then(Value::as_str)
        .map(str::to_string);
    Some((
        id,
        Reply {
            status,
            content_type,
            body,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_query_and_body_go_where_asterisk_reads_them() {
        let inv = Invocation {
            method: "POST".into(),
            path: "/channels/1.2/play".into(),
            query: vec![("media".into(), "sound:hello-world".into())],
            body: Some(json!({"variables": {"A": "1"}})),
            operation: None,
            download_to: None,
        };
        let frame: Value = serde_json::from_str(&request(&inv, "7")).unwrap();
        assert_eq!(frame["uri"], "channels/1.2/play");
        assert_eq!(frame["request_id"], "7");
        assert_eq!(frame["query_strings"][0]["value"], "sound:hello-world");
        assert_eq!(frame["message_body"], r#"{"variables":{"A":"1"}}"#);
    }

    #[test]
    fn responses_are_read_and_events_are_not() {
        let (id, reply) = response(
            r#"{"type":"RESTResponse","request_id":"3","status_code":404,"content_type":"application/json","message_body":"{\"message\":\"Channel not found\"}"}"#,
        )
        .unwrap();
        assert_eq!(id, "3");
        assert_eq!(reply.status, 404);
        assert!(response(r#"{"type":"StasisStart"}"#).is_none());
        assert!(response(r#"{"type":"ChannelVarset","value":"RESTResponse"}"#).is_none());
        assert!(response("RESTResponse, not JSON").is_none());
    }
}
