//! What each ARI parameter name means, and a value to show in examples. Most
//! names mean the same thing wherever they appear, so they are explained once
//! here; an operation overrides a description with `Param::doc` where needed.

/// (ARI name, description, example value)
static GLOSSARY: &[(&str, &str, &str)] = &[
    (
        "absorbDTMF",
        "Swallow the channel's DTMF instead of passing it to the bridge",
        "true",
    ),
    ("after", "Milliseconds to wait after the last digit", "0"),
    (
        "announcer_format",
        "Audio format of the announcer channel (for mixing bridges)",
        "slin16",
    ),
    ("app", "Stasis application that gets the channel", "hello"),
    (
        "appArgs",
        "Arguments for the Stasis application, comma separated",
        "one,two",
    ),
    ("application", "Name of the Stasis application", "hello"),
    ("applicationName", "Name of the Stasis application", "hello"),
    ("beep", "Play a beep before recording starts", "true"),
    ("before", "Milliseconds to wait before the first digit", "0"),
    ("between", "Milliseconds between digits", "100"),
    ("body", "Text of the message", "'Hello there'"),
    ("bridgeId", "Bridge id", "conf-1"),
    (
        "caller",
        "Channel id of the caller, whose connected line the callee sees",
        "1732000000.1",
    ),
    (
        "callerId",
        "Caller id to present, e.g. 'Alice <1001>'",
        "'Alice <1001>'",
    ),
    ("channel", "Channel ids", "1732000000.1,1732000000.3"),
    ("channelId", "Channel id", "1732000000.1"),
    (
        "configClass",
        "Configuration class, e.g. res_pjsip",
        "res_pjsip",
    ),
    (
        "configuration",
        "Log levels of the channel, e.g. 'notice,warning,error'",
        "notice,warning,error",
    ),
    (
        "connection_type",
        "Whether Asterisk connects out (client) or waits (server)",
        "client",
    ),
    ("context", "Dialplan context", "default"),
    (
        "data",
        "Encapsulation-specific data (e.g. the AudioSocket UUID)",
        "d3f6c5e2-0b0f-4c2a-9d55-0e4c5f2b7a11",
    ),
    (
        "destinationRecordingName",
        "Name of the copy",
        "greeting-copy",
    ),
    ("deviceName", "Device name, Stasis:NAME", "Stasis:lab"),
    ("deviceState", "New state of the device", "BUSY"),
    ("direction", "Which audio direction", "both"),
    (
        "dtmf",
        "Digits to send: 0-9 * # A-D; w waits 0.5 s, W 1 s, f is a hook flash",
        "1234#",
    ),
    ("duration", "Milliseconds each digit lasts", "100"),
    ("encapsulation", "How the media is wrapped", "rtp"),
    (
        "endpoint",
        "Endpoint to dial, e.g. PJSIP/alice or Local/1000@default",
        "PJSIP/alice",
    ),
    ("eventName", "Name of the user event", "lab-event"),
    (
        "eventSource",
        "Event sources: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME",
        "channel:1732000000.1",
    ),
    ("extension", "Dialplan extension", "1000"),
    (
        "external_host",
        "host:port of the external media server",
        "127.0.0.1:9999",
    ),
    (
        "fields",
        "Configuration fields, given as --attr KEY=VALUE",
        "",
    ),
    (
        "filter",
        "Event filter document: {\"allowed\": [...], \"disallowed\": [...]}",
        "",
    ),
    ("format", "Audio format, e.g. wav, ulaw, gsm", "wav"),
    (
        "formats",
        "Codecs for the new channel when there is no originator, e.g. ulaw,slin16",
        "ulaw",
    ),
    ("from", "Sender URI or endpoint", "pjsip:alice"),
    ("id", "Id of the configuration object", "alice"),
    (
        "ifExists",
        "What to do when a recording of that name exists",
        "overwrite",
    ),
    (
        "inhibitConnectedLineUpdates",
        "Do not update connected line information on entering",
        "true",
    ),
    (
        "label",
        "Dialplan label to go to instead of a priority",
        "start",
    ),
    ("lang", "Language of the sounds, e.g. en, fr", "en"),
    ("logChannelName", "Name of the log channel", "ari-debug"),
    (
        "mailboxName",
        "Mailbox name, e.g. 1000@default",
        "1000@default",
    ),
    (
        "maxDurationSeconds",
        "Stop recording after this many seconds (0: no limit)",
        "60",
    ),
    (
        "maxSilenceSeconds",
        "Stop recording after this many seconds of silence (0: no limit)",
        "5",
    ),
    (
        "media",
        "Media URIs: sound:, recording:, number:, digits:, characters:, tone:",
        "sound:hello-world",
    ),
    (
        "moduleName",
        "Module file name, e.g. res_ari.so",
        "res_musiconhold.so",
    ),
    ("mohClass", "Music on hold class", "default"),
    ("mute", "Mute the channel's audio into the bridge", "true"),
    ("name", "Name", "greeting"),
    ("newMessages", "Number of new messages", "2"),
    (
        "objectType",
        "Type of the configuration object, e.g. endpoint",
        "endpoint",
    ),
    (
        "offsetms",
        "Start this many milliseconds into the media",
        "0",
    ),
    ("oldMessages", "Number of old messages", "1"),
    (
        "only",
        "Sections to return: build, system, config, status",
        "build,system",
    ),
    ("operation", "What to do with the playback", "pause"),
    (
        "originator",
        "Id of the channel that causes this call (sets codecs and linked id)",
        "1732000000.1",
    ),
    (
        "otherChannelId",
        "Id for the second half of a Local channel",
        "1732000000.2",
    ),
    ("playbackId", "Playback id", "pb-1"),
    ("priority", "Dialplan priority", "1"),
    ("reason", "Hangup reason", "busy"),
    (
        "reason_code",
        "Hangup cause as a Q.850 number (instead of --reason)",
        "17",
    ),
    (
        "recorder_format",
        "Audio format of the recorder channel",
        "slin16",
    ),
    ("recordingName", "Recording name", "greeting"),
    (
        "refer_to",
        "URI to refer the far end to",
        "sip:1000@pbx.example.com",
    ),
    (
        "report_events",
        "Send ChannelVarset events when the variable changes",
        "true",
    ),
    (
        "resource",
        "Endpoint resource (the name after the technology)",
        "alice",
    ),
    ("role", "Role of the channel in the bridge", "announcer"),
    (
        "skipms",
        "Milliseconds to skip on forward and reverse",
        "3000",
    ),
    ("snoopId", "Id for the snoop channel", "snoop-1"),
    ("soundId", "Sound name", "hello-world"),
    (
        "source",
        "Event sources the event is about: channel:ID, bridge:ID, endpoint:TECH/RES, deviceState:NAME",
        "channel:1732000000.1",
    ),
    (
        "spy",
        "Which audio of the channel the snoop channel hears",
        "both",
    ),
    ("states", "Transfer progress states", "channel_answered"),
    (
        "subscribeAll",
        "Receive every event, not only those of the app's objects",
        "true",
    ),
    ("tech", "Endpoint technology, e.g. PJSIP", "PJSIP"),
    ("terminateOn", "DTMF digit that ends the recording", "#"),
    ("timeout", "Seconds to wait for an answer", "30"),
    ("to", "Destination URI", "pjsip:bob"),
    ("to_self", "Let the far end refer to itself", "true"),
    ("transport", "Transport to the external media server", "udp"),
    ("transport_data", "Transport-specific data", ""),
    (
        "type",
        "Bridge features, comma list: mixing, holding, dtmf_events, proxy_media, video_sfu, video_single, sdp_label",
        "mixing",
    ),
    ("value", "New value; omit to unset", "42"),
    (
        "variable",
        "Variable name or dialplan function, e.g. CALLERID(num)",
        "CALLERID(num)",
    ),
    (
        "variables",
        "Variable names",
        "CALLERID(num),CHANNEL(language)",
    ),
    (
        "whisper",
        "Which direction the snoop channel's audio goes into the channel",
        "none",
    ),
];

fn entry(name: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    GLOSSARY.iter().find(|(n, _, _)| *n == name)
}

/// Description of an ARI parameter name.
pub fn param_doc(name: &str) -> &'static str {
    entry(name).map(|e| e.1).unwrap_or("")
}

/// A plausible value for an ARI parameter name, for example lines.
pub fn example_value(name: &str) -> &'static str {
    entry(name).map(|e| e.2).unwrap_or("VALUE")
}

#[cfg(test)]
mod tests {
    use crate::OPERATIONS;

    #[test]
    fn every_parameter_is_described() {
        for op in OPERATIONS {
            for p in op.params {
                assert!(
                    !p.description().is_empty(),
                    "{}.{} has no description",
                    op.nickname,
                    p.name
                );
            }
        }
    }
}
