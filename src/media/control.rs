//! The text messages of chan_websocket's media WebSocket: what Asterisk
//! tells the far end (`MEDIA_START`, `MEDIA_XOFF`, `MEDIA_MARK_PROCESSED`,
//! ...), in either of its two forms (plain `NAME key:value ...`, or JSON
//! with an `event` member), and the commands sent back.

use serde_json::Value;

/// One message from Asterisk.
#[derive(Debug, Clone, PartialEq)]
pub struct Control {
    pub event: String,
    /// In the order sent; values as text.
    pub fields: Vec<(String, String)>,
}

impl Control {
    /// A text frame as Asterisk sent it; `None` when it is neither form.
    pub fn parse(text: &str) -> Option<Control> {
        let text = text.trim();
        if text.starts_with('{') {
            let Value::Object(object) = serde_json::from_str::<Value>(text).ok()? else {
                return None;
            };
            let event = object.get("event")?.as_str()?.to_string();
            let fields = object
                .iter()
                .filter(|(k, _)| *k != "event")
                .map(|(k, v)| {
                    let v = match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    };
                    (k.clone(), v)
                })
                .collect();
            return Some(Control { event, fields });
        }
        let mut words = text.split_whitespace();
        let event = words.next()?;
        if !event
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '_' || c.is_ascii_digit())
        {
            return None;
        }
        let mut fields = Vec::new();
        let mut bare = Vec::new();
        for word in words {
            match word.split_once(':') {
                Some((k, v)) if !k.is_empty() => fields.push((k.to_string(), v.to_string())),
                _ => bare.push(word),
            }
        }
        // MEDIA_MARK_PROCESSED and MEDIA_BUFFERING_COMPLETED carry a bare id.
        if !bare.is_empty() {
            fields.push(("correlation_id".into(), bare.join(" ")));
        }
        Some(Control {
            event: event.to_string(),
            fields,
        })
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// One line for people: the event and what matters of it.
    pub fn describe(&self) -> String {
        match self.event.as_str() {
            // The channel's id (what ARI commands take), not its long name:
            // the line fits 80 columns after the time and the tag.
            "MEDIA_START" => format!(
                "MEDIA_START {} {}, {} ms, {} B frames",
                self.get("channel_id").unwrap_or("?"),
                self.get("format").unwrap_or("?"),
                self.get("ptime").unwrap_or("?"),
                self.get("optimal_frame_size").unwrap_or("?"),
            ),
            "MEDIA_XOFF" => "MEDIA_XOFF: Asterisk's queue is full, sending paused".into(),
            "MEDIA_XON" => "MEDIA_XON: sending again".into(),
            _ => {
                let rest: Vec<String> = self
                    .fields
                    .iter()
                    .filter(|(k, _)| k != "channel_id")
                    .map(|(k, v)| format!("{k}:{v}"))
                    .collect();
                if rest.is_empty() {
                    self.event.clone()
                } else {
                    format!("{} {}", self.event, rest.join(" "))
                }
            }
        }
    }
}

/// The plain-form command to mark the point the queue has reached: Asterisk
/// answers `MEDIA_MARK_PROCESSED id` when it plays that point out.
pub fn mark(id: &str) -> String {
    format!("MARK_MEDIA {id}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_json_forms_read_alike() {
        let plain = Control::parse(
            "MEDIA_START connection_id:4a05 channel:WebSocket/INCOMING/0x7f15 channel_id:1.0 \
             format:slin16 optimal_frame_size:640 ptime:20",
        )
        .unwrap();
        assert_eq!(plain.event, "MEDIA_START");
        assert_eq!(plain.get("format"), Some("slin16"));
        assert_eq!(plain.get("channel"), Some("WebSocket/INCOMING/0x7f15"));
        let json = Control::parse(
            r#"{"event":"MEDIA_START","connection_id":"4a05","channel":"WebSocket/INCOMING/0x7f15","channel_id":"1.0","format":"slin16","optimal_frame_size":640,"ptime":20}"#,
        )
        .unwrap();
        assert_eq!(json.describe(), plain.describe());
        assert_eq!(
            Control::parse("MEDIA_MARK_PROCESSED end")
                .unwrap()
                .get("correlation_id"),
            Some("end")
        );
        assert!(Control::parse("hello there").is_none());
        assert!(Control::parse("{\"no\":1}").is_none());
        assert!(Control::parse("").is_none());
    }
}
