//! The few fields of an event that the summary line and call following
//! read, borrowed from the frame's text: no `serde_json::Value` is built, so
//! a flood of events renders at the speed of the JSON scan itself.

use std::borrow::Cow;

use serde::Deserialize;

/// A string borrowed from the frame when it has no escapes (most do), else
/// unescaped into its own. (serde borrows a bare `Cow` only at the top level,
/// not inside an `Option` or a `Vec`.)
#[derive(Debug, Clone, PartialEq)]
pub struct Str<'a>(pub Cow<'a, str>);

impl std::ops::Deref for Str<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Str<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Str<'de>, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(Visit)
    }
}

type Text<'a> = Option<Str<'a>>;

#[derive(Debug, Default, Deserialize)]
pub struct Party<'a> {
    #[serde(borrow, default)]
    pub name: Text<'a>,
    #[serde(borrow, default)]
    pub number: Text<'a>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Dialplan<'a> {
    #[serde(borrow, default)]
    pub context: Text<'a>,
    #[serde(borrow, default)]
    pub exten: Text<'a>,
    #[serde(default)]
    pub priority: Option<i64>,
    #[serde(borrow, default)]
    pub app_name: Text<'a>,
    #[serde(borrow, default)]
    pub app_data: Text<'a>,
}

/// `channelvars`, when ari.conf asks for them: `CHANNEL(linkedid)` names the
/// call exactly.
#[derive(Debug, Default, Deserialize)]
pub struct ChannelVars<'a> {
    #[serde(rename = "CHANNEL(linkedid)", alias = "LINKEDID", borrow, default)]
    pub linkedid: Text<'a>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Channel<'a> {
    #[serde(borrow, default)]
    pub id: Text<'a>,
    #[serde(borrow, default)]
    pub name: Text<'a>,
    #[serde(borrow, default)]
    pub state: Text<'a>,
    #[serde(borrow, default)]
    pub caller: Option<Party<'a>>,
    #[serde(borrow, default)]
    pub connected: Option<Party<'a>>,
    #[serde(borrow, default)]
    pub dialplan: Option<Dialplan<'a>>,
    #[serde(borrow, default)]
    pub channelvars: Option<ChannelVars<'a>>,
}

impl Channel<'_> {
    /// The call's linkedid, when the server shows it.
    pub fn linkedid(&self) -> Option<&str> {
        self.channelvars
            .as_ref()?
            .linkedid
            .as_deref()
            .filter(|l| !l.is_empty())
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct Bridge<'a> {
    #[serde(borrow, default)]
    pub id: Text<'a>,
    #[serde(borrow, default)]
    pub bridge_type: Text<'a>,
    #[serde(borrow, default)]
    pub name: Text<'a>,
    #[serde(borrow, default)]
    pub channels: Option<Vec<Str<'a>>>,
}

/// A playback or a recording: what it plays or records, and where.
#[derive(Debug, Default, Deserialize)]
pub struct Media<'a> {
    #[serde(borrow, default)]
    pub id: Text<'a>,
    #[serde(borrow, default)]
    pub name: Text<'a>,
    #[serde(borrow, default)]
    pub media_uri: Text<'a>,
    #[serde(borrow, default)]
    pub format: Text<'a>,
    #[serde(borrow, default)]
    pub target_uri: Text<'a>,
    #[serde(borrow, default)]
    pub state: Text<'a>,
    #[serde(default)]
    pub duration: Option<f64>,
    #[serde(borrow, default)]
    pub cause: Text<'a>,
}

#[derive(Debug, Default, Deserialize)]
pub struct DeviceState<'a> {
    #[serde(borrow, default)]
    pub name: Text<'a>,
    #[serde(borrow, default)]
    pub state: Text<'a>,
}

#[derive(Debug, Default, Deserialize)]
pub struct Endpoint<'a> {
    #[serde(borrow, default)]
    pub technology: Text<'a>,
    #[serde(borrow, default)]
    pub resource: Text<'a>,
    #[serde(borrow, default)]
    pub state: Text<'a>,
}

/// An ARI event, as much as a summary line needs.
#[derive(Debug, Default, Deserialize)]
pub struct Brief<'a> {
    #[serde(rename = "type", borrow, default)]
    pub kind: Text<'a>,
    #[serde(borrow, default)]
    pub timestamp: Text<'a>,
    #[serde(borrow, default)]
    pub application: Text<'a>,
    #[serde(borrow, default)]
    pub channel: Option<Channel<'a>>,
    /// `Dial`: the channel dialled, and the one dialling.
    #[serde(borrow, default)]
    pub peer: Option<Channel<'a>>,
    #[serde(borrow, default)]
    pub caller: Option<Channel<'a>>,
    #[serde(borrow, default)]
    pub replace_channel: Option<Channel<'a>>,
    #[serde(borrow, default)]
    pub bridge: Option<Bridge<'a>>,
    #[serde(borrow, default)]
    pub playback: Option<Media<'a>>,
    #[serde(borrow, default)]
    pub recording: Option<Media<'a>>,
    #[serde(borrow, default)]
    pub device_state: Option<DeviceState<'a>>,
    #[serde(borrow, default)]
    pub endpoint: Option<Endpoint<'a>>,
    #[serde(borrow, default)]
    pub digit: Text<'a>,
    #[serde(default)]
    pub duration_ms: Option<i64>,
    #[serde(default)]
    pub duration: Option<i64>,
    #[serde(default)]
    pub cause: Option<i64>,
    #[serde(borrow, default)]
    pub cause_txt: Text<'a>,
    /// Asterisk 22.7 and later: the channel driver's own cause (a SIP status).
    #[serde(default)]
    pub tech_cause: Option<i64>,
    #[serde(default)]
    pub soft: Option<bool>,
    #[serde(borrow, default)]
    pub variable: Text<'a>,
    #[serde(borrow, default)]
    pub value: Text<'a>,
    #[serde(borrow, default)]
    pub dialstatus: Text<'a>,
    #[serde(borrow, default)]
    pub dialstring: Text<'a>,
    #[serde(borrow, default)]
    pub dialplan_app: Text<'a>,
    #[serde(borrow, default)]
    pub dialplan_app_data: Text<'a>,
    #[serde(borrow, default)]
    pub args: Option<Vec<Str<'a>>>,
    #[serde(borrow, default)]
    pub eventname: Text<'a>,
    #[serde(borrow, default)]
    pub musicclass: Text<'a>,
    #[serde(borrow, default)]
    pub destination: Text<'a>,
    #[serde(borrow, default)]
    pub caller_presentation_txt: Text<'a>,
}

impl<'a> Brief<'a> {
    /// Read from a frame's text; `None` when it is not an event this can read
    /// (not JSON, or a field of an unexpected type): the caller falls back to
    /// the general path, which reports it.
    pub fn parse(text: &'a str) -> Option<Brief<'a>> {
        serde_json::from_str(text).ok()
    }

    /// Read from an event already parsed (the filtered path).
    pub fn of_value(value: &'a serde_json::Value) -> Brief<'a> {
        Brief::deserialize(value).unwrap_or_default()
    }

    pub fn kind(&self) -> &str {
        self.kind.as_deref().unwrap_or("")
    }

    /// The channel the event is about: `Dial` names it `peer`.
    pub fn subject(&self) -> Option<&Channel<'a>> {
        self.channel.as_ref().or(self.peer.as_ref())
    }

    /// The channel a playback or recording is on (`channel:ID` target).
    pub fn target_channel(&self) -> Option<&str> {
        self.target()?.strip_prefix("channel:")
    }

    /// The bridge a playback or recording is on (`bridge:ID` target).
    pub fn target_bridge(&self) -> Option<&str> {
        self.target()?.strip_prefix("bridge:")
    }

    fn target(&self) -> Option<&str> {
        self.playback
            .as_ref()
            .or(self.recording.as_ref())?
            .target_uri
            .as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_real_event_without_copying_plain_strings() {
        let text = r#"{"type":"Dial","timestamp":"2026-11-22T11:07:46.150+0000","dialstatus":"","dialstring":"wait@lab","peer":{"id":"1.1","name":"Local/wait@lab-00000000;1","state":"Down","caller":{"name":"","number":""},"dialplan":{"context":"default","exten":"s","priority":1,"app_name":"AppDial2","app_data":"(Outgoing Line)"}},"asterisk_id":"02:fc","application":"hello"}"#;
        let brief = Brief::parse(text).unwrap();
        assert_eq!(brief.kind(), "Dial");
        let peer = brief.subject().unwrap();
        assert!(matches!(
            peer.name,
            Some(Str(Cow::Borrowed("Local/wait@lab-00000000;1")))
        ));
        assert_eq!(peer.dialplan.as_ref().unwrap().priority, Some(1));
    }

    #[test]
    fn an_odd_field_type_is_not_a_brief() {
        assert!(Brief::parse(r#"{"type":"X","cause":"sixteen"}"#).is_none());
        assert!(Brief::parse("not json").is_none());
    }
}
