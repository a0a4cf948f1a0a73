//! Every ARI operation, one entry each. The facts (paths, parameter names,
//! types, required, allowed values, server defaults, response classes) follow
//! Asterisk's API description; a contract test compares them with it.

use super::DataType::{Containers, Object};
use super::Meaning::{Dtmf, MediaUri, StasisApp};
use super::Method::{Delete, Get, Post, Put};
use super::{Operation, Param, body, path, query};

const IF_EXISTS: &[&str] = &["fail", "overwrite", "append"];
const TERMINATE_ON: &[&str] = &["none", "any", "*", "#"];
const SNOOP_DIRECTION: &[&str] = &["none", "both", "out", "in"];
const MUTE_DIRECTION: &[&str] = &["both", "in", "out"];
const HANGUP_REASONS: &[&str] = &[
    "normal",
    "busy",
    "congestion",
    "no_answer",
    "timeout",
    "rejected",
    "unallocated",
    "normal_unspecified",
    "number_incomplete",
    "codec_mismatch",
    "interworking",
    "failure",
    "answered_elsewhere",
];
const DEVICE_STATES: &[&str] = &[
    "NOT_INUSE",
    "INUSE",
    "BUSY",
    "INVALID",
    "UNAVAILABLE",
    "RINGING",
    "RINGINUSE",
    "ONHOLD",
];

const VARIABLES: Param = body("variables", Containers).doc(VARIABLES_DOC);
const BRIDGE_NAME_DOC: &str = "Name of the bridge, shown in listings";
const RECORDING_NAME_DOC: &str = "Name of the recording: the file name without extension";
const VARIABLES_DOC: &str = "Variables to set: --var KEY=VALUE, repeatable";

// Shared parameter lists of operations and their `...WithId` twins.
const ORIGINATE_DIALPLAN: [Param; 9] = [
    query("endpoint").required(),
    query("extension"),
    query("context"),
    query("priority").long(),
    query("label"),
    query("app").meaning(StasisApp),
    query("appArgs"),
    query("callerId"),
    query("timeout").int().default("30"),
];
/// An originate goes into a Stasis application or into the dialplan.
const ORIGINATE_TARGET: &[&str] = &["app", "extension"];
const CHANNEL_PLAY: [Param; 4] = [
    query("media").required().multiple().meaning(MediaUri),
    query("lang"),
    query("offsetms").int(),
    query("skipms").int().default("3000"),
];
const BRIDGE_PLAY: [Param; 5] = [
    query("media").required().multiple().meaning(MediaUri),
    query("announcer_format"),
    query("lang"),
    query("offsetms").int().default("0"),
    query("skipms").int().default("3000"),
];
const SNOOP: [Param; 4] = [
    query("spy").values(SNOOP_DIRECTION).default("none"),
    query("whisper").values(SNOOP_DIRECTION).default("none"),
    query("app").required().meaning(StasisApp),
    query("appArgs"),
];
const RECORD_TAIL: [Param; 5] = [
    query("maxDurationSeconds").int().default("0"),
    query("maxSilenceSeconds").int().default("0"),
    query("ifExists").values(IF_EXISTS).default("fail"),
    query("beep").boolean().default("false"),
    query("terminateOn").values(TERMINATE_ON).default("none"),
];

/// Concatenate constant parameter lists into one static slice.
macro_rules! params {
    ($($part:expr),* $(,)?) => {{
        const PARTS: &[&[Param]] = &[$(&$part),*];
        const LEN: usize = {
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                n += PARTS[i].len();
                i += 1;
            }
            n
        };
        const ALL: [Param; LEN] = {
            let mut out = [path(""); LEN];
            let mut n = 0;
            let mut i = 0;
            while i < PARTS.len() {
                let mut j = 0;
                while j < PARTS[i].len() {
                    out[n] = PARTS[i][j];
                    n += 1;
                    j += 1;
                }
                i += 1;
            }
            out
        };
        &ALL
    }};
}

const CHANNEL: Param = path("channelId");
const BRIDGE: Param = path("bridgeId");
const RECORDING: Param = path("recordingName");

pub static OPERATIONS: &[Operation] = &[
    // ---------------------------------------------------------------- channels
    Operation {
        resource: "channels",
        action: "list",
        nickname: "list",
        since: &["12.0.0"],
        method: Get,
        path: "/channels",
        summary: "List the active channels",
        returns: "List[Channel]",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "originate",
        nickname: "originate",
        since: &["12.0.0"],
        method: Post,
        path: "/channels",
        summary: "Place a call: dial an endpoint into a Stasis app or into the dialplan",
        params: params!(
            ORIGINATE_DIALPLAN,
            [
                VARIABLES,
                query("channelId"),
                query("otherChannelId"),
                query("originator"),
                query("formats"),
            ]
        ),
        returns: "Channel",
        example: Some(
            "--endpoint PJSIP/alice --app hello --caller-id 'Bob <1002>' --var 'CALLERID(name)=Bob'",
        ),
        one_of: ORIGINATE_TARGET,
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "create",
        nickname: "create",
        since: &["14.0.0"],
        method: Post,
        path: "/channels/create",
        summary: "Create a channel in a Stasis app without dialling it yet (see `channels dial`)",
        params: &[
            query("endpoint").required(),
            query("app").required().meaning(StasisApp),
            query("appArgs"),
            query("channelId"),
            query("otherChannelId"),
            query("originator"),
            query("formats"),
            VARIABLES,
        ],
        returns: "Channel",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/channels/{channelId}",
        summary: "Show one channel",
        params: &[CHANNEL],
        returns: "Channel",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "originate",
        nickname: "originateWithId",
        since: &["12.2.0"],
        method: Post,
        path: "/channels/{channelId}",
        summary: "Place a call with a channel id of your choosing",
        params: params!(
            [CHANNEL],
            ORIGINATE_DIALPLAN,
            [
                VARIABLES,
                query("otherChannelId"),
                query("originator"),
                query("formats"),
            ]
        ),
        returns: "Channel",
        selected_by: Some("id"),
        one_of: ORIGINATE_TARGET,
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "hangup",
        nickname: "hangup",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}",
        summary: "Hang up a channel",
        params: &[
            CHANNEL,
            query("reason_code"),
            query("reason").values(HANGUP_REASONS),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "continue",
        nickname: "continueInDialplan",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/continue",
        summary: "Leave the Stasis app and go on in the dialplan",
        params: &[
            CHANNEL,
            query("context"),
            query("extension"),
            query("priority").int(),
            query("label"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "move",
        nickname: "move",
        since: &["13.26.0", "16.3.0"],
        method: Post,
        path: "/channels/{channelId}/move",
        summary: "Hand a channel over to another Stasis app",
        params: &[
            CHANNEL,
            query("app").required().meaning(StasisApp),
            query("appArgs"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "redirect",
        nickname: "redirect",
        since: &["13.3.0"],
        method: Post,
        path: "/channels/{channelId}/redirect",
        summary: "Send a channel to another endpoint (a blind transfer)",
        params: &[CHANNEL, query("endpoint").required()],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "answer",
        nickname: "answer",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/answer",
        summary: "Answer a ringing channel",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "ring",
        nickname: "ring",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/ring",
        summary: "Play ringing to a channel",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "ring-stop",
        nickname: "ringStop",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}/ring",
        summary: "Stop ringing",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "progress",
        nickname: "progress",
        since: &["20.16.0", "21.11.0", "22.6.0"],
        method: Post,
        path: "/channels/{channelId}/progress",
        summary: "Indicate call progress (early media) to a channel",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "dtmf",
        nickname: "sendDTMF",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/dtmf",
        summary: "Send DTMF digits to a channel",
        params: &[
            CHANNEL,
            query("dtmf").meaning(Dtmf),
            query("before").int().default("0"),
            query("between").int().default("100"),
            query("duration").int().default("100"),
            query("after").int().default("0"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "mute",
        nickname: "mute",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/mute",
        summary: "Mute a channel",
        params: &[
            CHANNEL,
            query("direction").values(MUTE_DIRECTION).default("both"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "unmute",
        nickname: "unmute",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}/mute",
        summary: "Unmute a channel",
        params: &[
            CHANNEL,
            query("direction").values(MUTE_DIRECTION).default("both"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "hold",
        nickname: "hold",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/hold",
        summary: "Put a channel on hold",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "unhold",
        nickname: "unhold",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}/hold",
        summary: "Take a channel off hold",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "start-moh",
        nickname: "startMoh",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/moh",
        summary: "Play music on hold to a channel",
        params: &[CHANNEL, query("mohClass")],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "stop-moh",
        nickname: "stopMoh",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}/moh",
        summary: "Stop music on hold",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "start-silence",
        nickname: "startSilence",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/silence",
        summary: "Play silence to a channel",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "stop-silence",
        nickname: "stopSilence",
        since: &["12.0.0"],
        method: Delete,
        path: "/channels/{channelId}/silence",
        summary: "Stop playing silence",
        params: &[CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "play",
        nickname: "play",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/play",
        summary: "Play sounds, recordings, numbers or tones to a channel",
        params: params!([CHANNEL], CHANNEL_PLAY, [query("playbackId")]),
        returns: "Playback",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "play",
        nickname: "playWithId",
        since: &["12.2.0"],
        method: Post,
        path: "/channels/{channelId}/play/{playbackId}",
        summary: "Play media to a channel with a playback id of your choosing",
        params: params!([CHANNEL, path("playbackId")], CHANNEL_PLAY),
        returns: "Playback",
        selected_by: Some("playback-id"),
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "record",
        nickname: "record",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/record",
        summary: "Record the audio of a channel",
        params: params!(
            [
                CHANNEL,
                query("name").required().doc(RECORDING_NAME_DOC),
                query("format").required(),
            ],
            RECORD_TAIL
        ),
        returns: "LiveRecording",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "get-var",
        nickname: "getChannelVar",
        since: &["12.0.0"],
        method: Get,
        path: "/channels/{channelId}/variable",
        summary: "Read a channel variable or dialplan function",
        params: &[CHANNEL, query("variable").required()],
        returns: "Variable",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "set-var",
        nickname: "setChannelVar",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/variable",
        summary: "Set a channel variable or dialplan function",
        params: &[
            CHANNEL,
            query("variable").required(),
            query("value"),
            query("report_events").boolean().default("false"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "get-vars",
        nickname: "getChannelVars",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Get,
        path: "/channels/{channelId}/variables",
        summary: "Read several channel variables at once",
        params: &[CHANNEL, query("variables").required().multiple()],
        returns: "Variables",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "set-vars",
        nickname: "setChannelVars",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Post,
        path: "/channels/{channelId}/variables",
        summary: "Set several channel variables at once",
        params: &[CHANNEL, VARIABLES.required()],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "snoop",
        nickname: "snoopChannel",
        since: &["12.0.0"],
        method: Post,
        path: "/channels/{channelId}/snoop",
        summary: "Listen to (spy) or talk into (whisper) a channel from a new snoop channel",
        params: params!([CHANNEL], SNOOP, [query("snoopId")]),
        returns: "Channel",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "snoop",
        nickname: "snoopChannelWithId",
        since: &["12.2.0"],
        method: Post,
        path: "/channels/{channelId}/snoop/{snoopId}",
        summary: "Snoop on a channel with a snoop channel id of your choosing",
        params: params!([CHANNEL, path("snoopId")], SNOOP),
        returns: "Channel",
        selected_by: Some("snoop-id"),
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "dial",
        nickname: "dial",
        since: &["14.0.0"],
        method: Post,
        path: "/channels/{channelId}/dial",
        summary: "Dial a channel made by `channels create`",
        params: &[
            CHANNEL,
            query("caller"),
            query("timeout")
                .int()
                .default("0")
                .doc("Seconds to wait for an answer (0: no limit)"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "rtp-stats",
        nickname: "rtpstatistics",
        since: &["13.27.0", "16.4.0"],
        method: Get,
        path: "/channels/{channelId}/rtp_statistics",
        summary: "RTP statistics of a channel (jitter, loss, round-trip time)",
        params: &[CHANNEL],
        returns: "RTPstat",
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "external-media",
        nickname: "externalMedia",
        since: &["16.6.0", "17.1.0"],
        method: Post,
        path: "/channels/externalMedia",
        summary: "Stream a channel's audio to and from an external server (RTP, AudioSocket, WebSocket)",
        params: &[
            query("channelId"),
            query("app").required().meaning(StasisApp),
            VARIABLES,
            query("external_host"),
            query("encapsulation")
                .values(&["rtp", "audiosocket", "none"])
                .default("rtp"),
            query("transport")
                .values(&["udp", "tcp", "websocket"])
                .default("udp"),
            query("connection_type")
                .values(&["client", "server"])
                .default("client"),
            query("format").required(),
            query("direction").values(&["both"]).default("both"),
            query("data"),
            query("transport_data"),
        ],
        returns: "Channel",
        example: Some("--app hello --external-host 127.0.0.1:9999 --format ulaw"),
        ..Operation::BLANK
    },
    Operation {
        resource: "channels",
        action: "transfer-progress",
        nickname: "transfer_progress",
        since: &["20.13.0", "21.8.0", "22.3.0"],
        method: Post,
        path: "/channels/{channelId}/transfer_progress",
        summary: "Report the progress of a transfer handled by the app",
        params: &[CHANNEL, query("states").required()],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- bridges
    Operation {
        resource: "bridges",
        action: "list",
        nickname: "list",
        since: &["12.0.0"],
        method: Get,
        path: "/bridges",
        summary: "List the bridges",
        returns: "List[Bridge]",
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "create",
        nickname: "create",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges",
        summary: "Create a bridge",
        params: &[
            query("type"),
            query("bridgeId").doc("Id for the new bridge (or use --id)"),
            query("name").doc(BRIDGE_NAME_DOC),
            VARIABLES,
        ],
        returns: "Bridge",
        example: Some("--type mixing --name conference"),
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "create",
        nickname: "createWithId",
        since: &["12.2.0"],
        method: Post,
        path: "/bridges/{bridgeId}",
        summary: "Create a bridge with an id of your choosing, or update it",
        params: &[
            query("type"),
            BRIDGE,
            query("name").doc(BRIDGE_NAME_DOC),
            VARIABLES,
        ],
        returns: "Bridge",
        selected_by: Some("id"),
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/bridges/{bridgeId}",
        summary: "Show one bridge",
        params: &[BRIDGE],
        returns: "Bridge",
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "destroy",
        nickname: "destroy",
        since: &["12.0.0"],
        method: Delete,
        path: "/bridges/{bridgeId}",
        summary: "Destroy a bridge (its channels stay up)",
        params: &[BRIDGE],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "get-var",
        nickname: "getBridgeVar",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Get,
        path: "/bridges/{bridgeId}/variable",
        summary: "Read a bridge variable",
        params: &[BRIDGE, query("variable").required()],
        returns: "Variable",
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "set-var",
        nickname: "setBridgeVar",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Post,
        path: "/bridges/{bridgeId}/variable",
        summary: "Set a bridge variable",
        params: &[
            BRIDGE,
            query("variable").required(),
            query("value"),
            query("report_events").boolean().default("false"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "get-vars",
        nickname: "getBridgeVars",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Get,
        path: "/bridges/{bridgeId}/variables",
        summary: "Read several bridge variables at once",
        params: &[BRIDGE, query("variables").required().multiple()],
        returns: "Variables",
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "set-vars",
        nickname: "setBridgeVars",
        since: &["20.20.0", "22.10.0", "23.4.0"],
        method: Post,
        path: "/bridges/{bridgeId}/variables",
        summary: "Set several bridge variables at once",
        params: &[BRIDGE, VARIABLES.required()],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "add-channel",
        nickname: "addChannel",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges/{bridgeId}/addChannel",
        summary: "Put channels into a bridge",
        params: &[
            BRIDGE,
            query("channel").required().multiple(),
            query("role"),
            query("absorbDTMF").boolean().default("false"),
            query("mute").boolean().default("false"),
            query("inhibitConnectedLineUpdates")
                .boolean()
                .default("false"),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "remove-channel",
        nickname: "removeChannel",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges/{bridgeId}/removeChannel",
        summary: "Take channels out of a bridge",
        params: &[BRIDGE, query("channel").required().multiple()],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "set-video-source",
        nickname: "setVideoSource",
        since: &["13.13.0", "14.2.0"],
        method: Post,
        path: "/bridges/{bridgeId}/videoSource/{channelId}",
        summary: "Show one channel's video to everyone in the bridge",
        params: &[BRIDGE, CHANNEL],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "clear-video-source",
        nickname: "clearVideoSource",
        since: &["13.13.0", "14.2.0"],
        method: Delete,
        path: "/bridges/{bridgeId}/videoSource",
        summary: "Go back to talker-driven video in the bridge",
        params: &[BRIDGE],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "start-moh",
        nickname: "startMoh",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges/{bridgeId}/moh",
        summary: "Play music on hold to the bridge",
        params: &[BRIDGE, query("mohClass")],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "stop-moh",
        nickname: "stopMoh",
        since: &["12.0.0"],
        method: Delete,
        path: "/bridges/{bridgeId}/moh",
        summary: "Stop music on hold in the bridge",
        params: &[BRIDGE],
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "play",
        nickname: "play",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges/{bridgeId}/play",
        summary: "Play media to every channel in the bridge",
        params: params!([BRIDGE], BRIDGE_PLAY, [query("playbackId")]),
        returns: "Playback",
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "play",
        nickname: "playWithId",
        since: &["12.3.0"],
        method: Post,
        path: "/bridges/{bridgeId}/play/{playbackId}",
        summary: "Play media to the bridge with a playback id of your choosing",
        params: params!([BRIDGE, path("playbackId")], BRIDGE_PLAY),
        returns: "Playback",
        selected_by: Some("playback-id"),
        ..Operation::BLANK
    },
    Operation {
        resource: "bridges",
        action: "record",
        nickname: "record",
        since: &["12.0.0"],
        method: Post,
        path: "/bridges/{bridgeId}/record",
        summary: "Record the mixed audio of the bridge",
        params: params!(
            [
                BRIDGE,
                query("name").required().doc(RECORDING_NAME_DOC),
                query("format").required(),
                query("recorder_format"),
            ],
            RECORD_TAIL
        ),
        returns: "LiveRecording",
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- endpoints
    Operation {
        resource: "endpoints",
        action: "list",
        nickname: "list",
        since: &["12.0.0"],
        method: Get,
        path: "/endpoints",
        summary: "List all endpoints",
        returns: "List[Endpoint]",
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "send-message",
        nickname: "sendMessage",
        since: &["13.0.0"],
        method: Put,
        path: "/endpoints/sendMessage",
        summary: "Send a text message (SIP MESSAGE) to a URI",
        params: &[
            query("to").required(),
            query("from").required(),
            query("body"),
            VARIABLES,
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "refer",
        nickname: "refer",
        since: &["18.20.0", "20.5.0"],
        method: Post,
        path: "/endpoints/refer",
        summary: "Send a SIP REFER to a URI",
        params: &[
            query("to").required(),
            query("from").required(),
            query("refer_to").required(),
            query("to_self").boolean().default("false"),
            VARIABLES,
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "list-by-tech",
        nickname: "listByTech",
        since: &["12.0.0"],
        method: Get,
        path: "/endpoints/{tech}",
        summary: "List the endpoints of one technology",
        params: &[path("tech")],
        returns: "List[Endpoint]",
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/endpoints/{tech}/{resource}",
        summary: "Show one endpoint and its channels",
        params: &[path("tech"), path("resource")],
        returns: "Endpoint",
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "send-message-to-endpoint",
        nickname: "sendMessageToEndpoint",
        since: &["13.0.0"],
        method: Put,
        path: "/endpoints/{tech}/{resource}/sendMessage",
        summary: "Send a text message to one endpoint",
        params: &[
            path("tech"),
            path("resource"),
            query("from").required(),
            query("body"),
            VARIABLES,
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "endpoints",
        action: "refer-to-endpoint",
        nickname: "referToEndpoint",
        since: &["18.20.0", "20.5.0"],
        method: Post,
        path: "/endpoints/{tech}/{resource}/refer",
        summary: "Send a SIP REFER to one endpoint",
        params: &[
            path("tech"),
            path("resource"),
            query("from").required(),
            query("refer_to").required(),
            query("to_self").boolean().default("false"),
            VARIABLES,
        ],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- applications
    Operation {
        resource: "applications",
        action: "list",
        nickname: "list",
        since: &["13.0.0"],
        method: Get,
        path: "/applications",
        summary: "List the registered Stasis applications",
        returns: "List[Application]",
        ..Operation::BLANK
    },
    Operation {
        resource: "applications",
        action: "get",
        nickname: "get",
        since: &["13.0.0"],
        method: Get,
        path: "/applications/{applicationName}",
        summary: "Show one application and its subscriptions",
        params: &[path("applicationName")],
        returns: "Application",
        ..Operation::BLANK
    },
    Operation {
        resource: "applications",
        action: "subscribe",
        nickname: "subscribe",
        since: &["13.0.0"],
        method: Post,
        path: "/applications/{applicationName}/subscription",
        summary: "Subscribe an application to the events of channels, bridges, endpoints or devices",
        params: &[
            path("applicationName"),
            query("eventSource").required().multiple(),
        ],
        returns: "Application",
        ..Operation::BLANK
    },
    Operation {
        resource: "applications",
        action: "unsubscribe",
        nickname: "unsubscribe",
        since: &["13.0.0"],
        method: Delete,
        path: "/applications/{applicationName}/subscription",
        summary: "Unsubscribe an application from event sources",
        params: &[
            path("applicationName"),
            query("eventSource").required().multiple(),
        ],
        returns: "Application",
        ..Operation::BLANK
    },
    Operation {
        resource: "applications",
        action: "filter",
        nickname: "filter",
        since: &["13.26.0", "16.3.0"],
        method: Put,
        path: "/applications/{applicationName}/eventFilter",
        summary: "Choose which event types an application receives",
        params: &[path("applicationName"), body("filter", Object)],
        returns: "Application",
        example: Some("hello --json-body '{\"allowed\": [{\"type\": \"StasisStart\"}]}'"),
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- asterisk
    Operation {
        resource: "asterisk",
        action: "get-config",
        nickname: "getObject",
        since: &["13.5.0"],
        method: Get,
        path: "/asterisk/config/dynamic/{configClass}/{objectType}/{id}",
        summary: "Read a dynamic configuration object (sorcery)",
        params: &[path("configClass"), path("objectType"), path("id")],
        returns: "List[ConfigTuple]",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "set-config",
        nickname: "updateObject",
        since: &["13.5.0"],
        method: Put,
        path: "/asterisk/config/dynamic/{configClass}/{objectType}/{id}",
        summary: "Create or update a dynamic configuration object",
        params: &[
            path("configClass"),
            path("objectType"),
            path("id"),
            body("fields", Containers),
        ],
        returns: "List[ConfigTuple]",
        example: Some("res_pjsip endpoint alice --attr allow=ulaw --attr context=default"),
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "delete-config",
        nickname: "deleteObject",
        since: &["13.5.0"],
        method: Delete,
        path: "/asterisk/config/dynamic/{configClass}/{objectType}/{id}",
        summary: "Delete a dynamic configuration object",
        params: &[path("configClass"), path("objectType"), path("id")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "info",
        nickname: "getInfo",
        since: &["12.0.0"],
        method: Get,
        path: "/asterisk/info",
        summary: "Version, build, configuration and status of the server",
        params: &[query("only")
            .multiple()
            .values(&["build", "system", "config", "status"])],
        returns: "AsteriskInfo",
        example: Some("--only build,system"),
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "ping",
        nickname: "ping",
        since: &["13.25.0", "16.2.0"],
        method: Get,
        path: "/asterisk/ping",
        summary: "Check that the server answers",
        returns: "AsteriskPing",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "list-modules",
        nickname: "listModules",
        since: &["13.5.0"],
        method: Get,
        path: "/asterisk/modules",
        summary: "List the loaded modules",
        returns: "List[Module]",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "get-module",
        nickname: "getModule",
        since: &["13.5.0"],
        method: Get,
        path: "/asterisk/modules/{moduleName}",
        summary: "Show one module",
        params: &[path("moduleName")],
        returns: "Module",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "load-module",
        nickname: "loadModule",
        since: &["13.5.0"],
        method: Post,
        path: "/asterisk/modules/{moduleName}",
        summary: "Load a module",
        params: &[path("moduleName")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "unload-module",
        nickname: "unloadModule",
        since: &["13.5.0"],
        method: Delete,
        path: "/asterisk/modules/{moduleName}",
        summary: "Unload a module",
        params: &[path("moduleName")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "reload-module",
        nickname: "reloadModule",
        since: &["13.5.0"],
        method: Put,
        path: "/asterisk/modules/{moduleName}",
        summary: "Reload a module",
        params: &[path("moduleName")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "list-logs",
        nickname: "listLogChannels",
        since: &["13.6.0"],
        method: Get,
        path: "/asterisk/logging",
        summary: "List the log channels",
        returns: "List[LogChannel]",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "add-log",
        nickname: "addLog",
        since: &["13.6.0"],
        method: Post,
        path: "/asterisk/logging/{logChannelName}",
        summary: "Add a log channel",
        params: &[path("logChannelName"), query("configuration").required()],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "delete-log",
        nickname: "deleteLog",
        since: &["13.6.0"],
        method: Delete,
        path: "/asterisk/logging/{logChannelName}",
        summary: "Delete a log channel",
        params: &[path("logChannelName")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "rotate-log",
        nickname: "rotateLog",
        since: &["13.6.0"],
        method: Put,
        path: "/asterisk/logging/{logChannelName}/rotate",
        summary: "Rotate a log channel",
        params: &[path("logChannelName")],
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "get-var",
        nickname: "getGlobalVar",
        since: &["12.0.0"],
        method: Get,
        path: "/asterisk/variable",
        summary: "Read a global variable",
        params: &[query("variable").required()],
        returns: "Variable",
        ..Operation::BLANK
    },
    Operation {
        resource: "asterisk",
        action: "set-var",
        nickname: "setGlobalVar",
        since: &["12.0.0"],
        method: Post,
        path: "/asterisk/variable",
        summary: "Set a global variable",
        params: &[query("variable").required(), query("value")],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- playbacks
    Operation {
        resource: "playbacks",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/playbacks/{playbackId}",
        summary: "Show one playback",
        params: &[path("playbackId")],
        returns: "Playback",
        ..Operation::BLANK
    },
    Operation {
        resource: "playbacks",
        action: "stop",
        nickname: "stop",
        since: &["12.0.0"],
        method: Delete,
        path: "/playbacks/{playbackId}",
        summary: "Stop a playback",
        params: &[path("playbackId")],
        ..Operation::BLANK
    },
    Operation {
        resource: "playbacks",
        action: "control",
        nickname: "control",
        since: &["12.0.0"],
        method: Post,
        path: "/playbacks/{playbackId}/control",
        summary: "Pause, unpause, restart, rewind or fast-forward a playback",
        params: &[
            path("playbackId"),
            query("operation")
                .required()
                .values(&["restart", "pause", "unpause", "reverse", "forward"]),
        ],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- recordings
    Operation {
        resource: "recordings",
        action: "list",
        nickname: "listStored",
        since: &["12.0.0"],
        method: Get,
        path: "/recordings/stored",
        summary: "List the stored recordings",
        returns: "List[StoredRecording]",
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "get",
        nickname: "getStored",
        since: &["12.0.0"],
        method: Get,
        path: "/recordings/stored/{recordingName}",
        summary: "Show one stored recording",
        params: &[RECORDING],
        returns: "StoredRecording",
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "delete",
        nickname: "deleteStored",
        since: &["12.0.0"],
        method: Delete,
        path: "/recordings/stored/{recordingName}",
        summary: "Delete a stored recording",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "download",
        nickname: "getStoredFile",
        since: &["14.0.0"],
        method: Get,
        path: "/recordings/stored/{recordingName}/file",
        summary: "Download the audio of a stored recording (--to FILE, or stdout when piped)",
        params: &[RECORDING],
        returns: "binary",
        example: Some("greeting --to greeting.wav"),
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "copy",
        nickname: "copyStored",
        since: &["12.5.0"],
        method: Post,
        path: "/recordings/stored/{recordingName}/copy",
        summary: "Copy a stored recording",
        params: &[RECORDING, query("destinationRecordingName").required()],
        returns: "StoredRecording",
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "get-live",
        nickname: "getLive",
        since: &["12.0.0"],
        method: Get,
        path: "/recordings/live/{recordingName}",
        summary: "Show a recording in progress",
        params: &[RECORDING],
        returns: "LiveRecording",
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "cancel",
        nickname: "cancel",
        since: &["12.0.0"],
        method: Delete,
        path: "/recordings/live/{recordingName}",
        summary: "Stop a recording in progress and throw it away",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "stop",
        nickname: "stop",
        since: &["12.0.0"],
        method: Post,
        path: "/recordings/live/{recordingName}/stop",
        summary: "Stop a recording in progress and keep it",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "pause",
        nickname: "pause",
        since: &["12.0.0"],
        method: Post,
        path: "/recordings/live/{recordingName}/pause",
        summary: "Pause a recording in progress",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "unpause",
        nickname: "unpause",
        since: &["12.0.0"],
        method: Delete,
        path: "/recordings/live/{recordingName}/pause",
        summary: "Resume a paused recording",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "mute",
        nickname: "mute",
        since: &["12.0.0"],
        method: Post,
        path: "/recordings/live/{recordingName}/mute",
        summary: "Record silence instead of the audio until unmuted",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    Operation {
        resource: "recordings",
        action: "unmute",
        nickname: "unmute",
        since: &["12.0.0"],
        method: Delete,
        path: "/recordings/live/{recordingName}/mute",
        summary: "Record the audio again after a mute",
        params: &[RECORDING],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- sounds
    Operation {
        resource: "sounds",
        action: "list",
        nickname: "list",
        since: &["12.0.0"],
        method: Get,
        path: "/sounds",
        summary: "List the installed sound prompts",
        params: &[
            query("lang").doc("Only sounds in this language"),
            query("format").doc("Only sounds in this format"),
        ],
        returns: "List[Sound]",
        ..Operation::BLANK
    },
    Operation {
        resource: "sounds",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/sounds/{soundId}",
        summary: "Show one sound prompt and its languages and formats",
        params: &[path("soundId")],
        returns: "Sound",
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- device states
    Operation {
        resource: "device-states",
        action: "list",
        nickname: "list",
        since: &["12.0.0"],
        method: Get,
        path: "/deviceStates",
        summary: "List the device states that ARI controls",
        returns: "List[DeviceState]",
        ..Operation::BLANK
    },
    Operation {
        resource: "device-states",
        action: "get",
        nickname: "get",
        since: &["12.0.0"],
        method: Get,
        path: "/deviceStates/{deviceName}",
        summary: "Show one device state",
        params: &[path("deviceName")],
        returns: "DeviceState",
        ..Operation::BLANK
    },
    Operation {
        resource: "device-states",
        action: "update",
        nickname: "update",
        since: &["12.0.0"],
        method: Put,
        path: "/deviceStates/{deviceName}",
        summary: "Change a device state (creates it if needed)",
        params: &[
            path("deviceName"),
            query("deviceState").required().values(DEVICE_STATES),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "device-states",
        action: "delete",
        nickname: "delete",
        since: &["12.0.0"],
        method: Delete,
        path: "/deviceStates/{deviceName}",
        summary: "Delete a device state",
        params: &[path("deviceName")],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- mailboxes
    Operation {
        resource: "mailboxes",
        action: "list",
        nickname: "list",
        since: &["12.1.0"],
        method: Get,
        path: "/mailboxes",
        summary: "List the mailboxes that ARI controls",
        returns: "List[Mailbox]",
        ..Operation::BLANK
    },
    Operation {
        resource: "mailboxes",
        action: "get",
        nickname: "get",
        since: &["12.1.0"],
        method: Get,
        path: "/mailboxes/{mailboxName}",
        summary: "Show one mailbox's message counts",
        params: &[path("mailboxName")],
        returns: "Mailbox",
        ..Operation::BLANK
    },
    Operation {
        resource: "mailboxes",
        action: "update",
        nickname: "update",
        since: &["12.1.0"],
        method: Put,
        path: "/mailboxes/{mailboxName}",
        summary: "Set a mailbox's message counts (creates it if needed)",
        params: &[
            path("mailboxName"),
            query("oldMessages").int().required(),
            query("newMessages").int().required(),
        ],
        ..Operation::BLANK
    },
    Operation {
        resource: "mailboxes",
        action: "delete",
        nickname: "delete",
        since: &["12.1.0"],
        method: Delete,
        path: "/mailboxes/{mailboxName}",
        summary: "Delete a mailbox",
        params: &[path("mailboxName")],
        ..Operation::BLANK
    },
    // ---------------------------------------------------------------- events
    Operation {
        resource: "events",
        action: "",
        nickname: "eventWebsocket",
        since: &["12.0.0"],
        method: Get,
        path: "/events",
        summary: "The WebSocket that carries events to Stasis applications",
        params: &[
            query("app").required().multiple(),
            query("subscribeAll").boolean(),
        ],
        returns: "Message",
        websocket: true,
        ..Operation::BLANK
    },
    Operation {
        resource: "events",
        action: "user",
        nickname: "userEvent",
        since: &["12.3.0"],
        method: Post,
        path: "/events/user/{eventName}",
        summary: "Send a user event to an application",
        params: &[
            path("eventName"),
            query("application").required(),
            query("source").multiple(),
            VARIABLES,
        ],
        example: Some("lab-event --application hello --var who=lab"),
        ..Operation::BLANK
    },
    Operation {
        resource: "events",
        action: "claim",
        nickname: "claimChannel",
        since: &["20.17.0", "22.7.0", "23.1.0"],
        method: Post,
        path: "/events/claim",
        summary: "Claim a channel broadcast to several applications",
        params: &[
            query("channelId").required(),
            query("application").required(),
        ],
        ..Operation::BLANK
    },
];
