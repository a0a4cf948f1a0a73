//! Every REST operation, run through the real binary against the recording
//! server: the exact method, path (ids URL-encoded), query and body.
//!
//! The cases were written from Asterisk's API description: the minimal form of
//! each operation (required parameters only), and a full form with every query
//! parameter, alternating the kebab-case flag and the ARI spelling.

use crate::support::{Reply, Sandbox, TestServer, basic_token, run};

struct Case {
    op: &'static str,
    args: &'static [&'static str],
    method: &'static str,
    path: &'static str,
    query: &'static [(&'static str, &'static str)],
    body: Option<&'static str>,
}

#[rustfmt::skip]
static CASES: &[Case] = &[
    Case {
        op: "applications.list",
        args: &["applications", "list"],
        method: "GET",
        path: "/ari/applications",
        query: &[],
        body: None,
    },
    Case {
        op: "applications.get",
        args: &["applications", "get", "hello"],
        method: "GET",
        path: "/ari/applications/hello",
        query: &[],
        body: None,
    },
    Case {
        op: "applications.subscribe",
        args: &["applications", "subscribe", "hello", "--event-source", "x-eventSource,y-eventSource"],
        method: "POST",
        path: "/ari/applications/hello/subscription",
        query: &[("eventSource", "x-eventSource,y-eventSource")],
        body: None,
    },
    Case {
        op: "applications.unsubscribe",
        args: &["applications", "unsubscribe", "hello", "--event-source", "x-eventSource,y-eventSource"],
        method: "DELETE",
        path: "/ari/applications/hello/subscription",
        query: &[("eventSource", "x-eventSource,y-eventSource")],
        body: None,
    },
    Case {
        op: "applications.filter",
        args: &["applications", "filter", "hello"],
        method: "PUT",
        path: "/ari/applications/hello/eventFilter",
        query: &[],
        body: None,
    },
    Case {
        op: "applications.filter",
        args: &["applications", "filter", "hello", "--json-body", "{\"allowed\":[{\"type\":\"StasisStart\"}]}"],
        method: "PUT",
        path: "/ari/applications/hello/eventFilter",
        query: &[],
        body: Some("{\"allowed\":[{\"type\":\"StasisStart\"}]}"),
    },
    Case {
        op: "asterisk.getObject",
        args: &["asterisk", "get-config", "res_pjsip", "endpoint", "alice"],
        method: "GET",
        path: "/ari/asterisk/config/dynamic/res_pjsip/endpoint/alice",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.updateObject",
        args: &["asterisk", "set-config", "res_pjsip", "endpoint", "alice"],
        method: "PUT",
        path: "/ari/asterisk/config/dynamic/res_pjsip/endpoint/alice",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.updateObject",
        args: &["asterisk", "set-config", "res_pjsip", "endpoint", "alice", "--attr", "allow=ulaw", "--attr", "context=default"],
        method: "PUT",
        path: "/ari/asterisk/config/dynamic/res_pjsip/endpoint/alice",
        query: &[],
        body: Some("{\"fields\":[{\"attribute\":\"allow\",\"value\":\"ulaw\"},{\"attribute\":\"context\",\"value\":\"default\"}]}"),
    },
    Case {
        op: "asterisk.deleteObject",
        args: &["asterisk", "delete-config", "res_pjsip", "endpoint", "alice"],
        method: "DELETE",
        path: "/ari/asterisk/config/dynamic/res_pjsip/endpoint/alice",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.getInfo",
        args: &["asterisk", "info"],
        method: "GET",
        path: "/ari/asterisk/info",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.getInfo",
        args: &["asterisk", "info", "--only", "build,system"],
        method: "GET",
        path: "/ari/asterisk/info",
        query: &[("only", "build,system")],
        body: None,
    },
    Case {
        op: "asterisk.ping",
        args: &["asterisk", "ping"],
        method: "GET",
        path: "/ari/asterisk/ping",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.listModules",
        args: &["asterisk", "list-modules"],
        method: "GET",
        path: "/ari/asterisk/modules",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.getModule",
        args: &["asterisk", "get-module", "res_ari.so"],
        method: "GET",
        path: "/ari/asterisk/modules/res_ari.so",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.loadModule",
        args: &["asterisk", "load-module", "res_ari.so"],
        method: "POST",
        path: "/ari/asterisk/modules/res_ari.so",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.unloadModule",
        args: &["asterisk", "unload-module", "res_ari.so"],
        method: "DELETE",
        path: "/ari/asterisk/modules/res_ari.so",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.reloadModule",
        args: &["asterisk", "reload-module", "res_ari.so"],
        method: "PUT",
        path: "/ari/asterisk/modules/res_ari.so",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.listLogChannels",
        args: &["asterisk", "list-logs"],
        method: "GET",
        path: "/ari/asterisk/logging",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.addLog",
        args: &["asterisk", "add-log", "ari-log", "--configuration", "v-configuration"],
        method: "POST",
        path: "/ari/asterisk/logging/ari-log",
        query: &[("configuration", "v-configuration")],
        body: None,
    },
    Case {
        op: "asterisk.deleteLog",
        args: &["asterisk", "delete-log", "ari-log"],
        method: "DELETE",
        path: "/ari/asterisk/logging/ari-log",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.rotateLog",
        args: &["asterisk", "rotate-log", "ari-log"],
        method: "PUT",
        path: "/ari/asterisk/logging/ari-log/rotate",
        query: &[],
        body: None,
    },
    Case {
        op: "asterisk.getGlobalVar",
        args: &["asterisk", "get-var", "--variable", "v-variable"],
        method: "GET",
        path: "/ari/asterisk/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "asterisk.setGlobalVar",
        args: &["asterisk", "set-var", "--variable", "v-variable"],
        method: "POST",
        path: "/ari/asterisk/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "asterisk.setGlobalVar",
        args: &["asterisk", "set-var", "--variable", "v-variable", "--value", "a+b c&d=e"],
        method: "POST",
        path: "/ari/asterisk/variable",
        query: &[("variable", "v-variable"), ("value", "a+b c&d=e")],
        body: None,
    },
    Case {
        op: "bridges.list",
        args: &["bridges", "list"],
        method: "GET",
        path: "/ari/bridges",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.create",
        args: &["bridges", "create"],
        method: "POST",
        path: "/ari/bridges",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.create",
        args: &["bridges", "create", "--type", "v-type", "--bridgeId", "v-bridgeId", "--name", "v-name", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/bridges",
        query: &[("type", "v-type"), ("bridgeId", "v-bridgeId"), ("name", "v-name")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "bridges.createWithId",
        args: &["bridges", "create", "--id", "bridge 1"],
        method: "POST",
        path: "/ari/bridges/bridge%201",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.createWithId",
        args: &["bridges", "create", "--id", "bridge 1", "--type", "v-type", "--name", "v-name", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/bridges/bridge%201",
        query: &[("type", "v-type"), ("name", "v-name")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "bridges.get",
        args: &["bridges", "get", "bridge 1"],
        method: "GET",
        path: "/ari/bridges/bridge%201",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.destroy",
        args: &["bridges", "destroy", "bridge 1"],
        method: "DELETE",
        path: "/ari/bridges/bridge%201",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.getBridgeVar",
        args: &["bridges", "get-var", "bridge 1", "--variable", "v-variable"],
        method: "GET",
        path: "/ari/bridges/bridge%201/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "bridges.setBridgeVar",
        args: &["bridges", "set-var", "bridge 1", "--variable", "v-variable"],
        method: "POST",
        path: "/ari/bridges/bridge%201/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "bridges.setBridgeVar",
        args: &["bridges", "set-var", "bridge 1", "--variable", "v-variable", "--value", "a+b c&d=e", "--report-events"],
        method: "POST",
        path: "/ari/bridges/bridge%201/variable",
        query: &[("variable", "v-variable"), ("value", "a+b c&d=e"), ("report_events", "true")],
        body: None,
    },
    Case {
        op: "bridges.getBridgeVars",
        args: &["bridges", "get-vars", "bridge 1", "--variables", "x-variables,y-variables"],
        method: "GET",
        path: "/ari/bridges/bridge%201/variables",
        query: &[("variables", "x-variables,y-variables")],
        body: None,
    },
    Case {
        op: "bridges.setBridgeVars",
        args: &["bridges", "set-vars", "bridge 1", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/bridges/bridge%201/variables",
        query: &[],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "bridges.addChannel",
        args: &["bridges", "add-channel", "bridge 1", "--channel", "1700000000.1,1700000000.2"],
        method: "POST",
        path: "/ari/bridges/bridge%201/addChannel",
        query: &[("channel", "1700000000.1,1700000000.2")],
        body: None,
    },
    Case {
        op: "bridges.addChannel",
        args: &["bridges", "add-channel", "bridge 1", "--channel", "1700000000.1,1700000000.2", "--role", "v-role", "--absorb-dtmf", "--mute=false", "--inhibit-connected-line-updates"],
        method: "POST",
        path: "/ari/bridges/bridge%201/addChannel",
        query: &[("channel", "1700000000.1,1700000000.2"), ("role", "v-role"), ("absorbDTMF", "true"), ("mute", "false"), ("inhibitConnectedLineUpdates", "true")],
        body: None,
    },
    Case {
        op: "bridges.removeChannel",
        args: &["bridges", "remove-channel", "bridge 1", "--channel", "1700000000.1,1700000000.2"],
        method: "POST",
        path: "/ari/bridges/bridge%201/removeChannel",
        query: &[("channel", "1700000000.1,1700000000.2")],
        body: None,
    },
    Case {
        op: "bridges.setVideoSource",
        args: &["bridges", "set-video-source", "bridge 1", "1700000000.1"],
        method: "POST",
        path: "/ari/bridges/bridge%201/videoSource/1700000000.1",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.clearVideoSource",
        args: &["bridges", "clear-video-source", "bridge 1"],
        method: "DELETE",
        path: "/ari/bridges/bridge%201/videoSource",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.startMoh",
        args: &["bridges", "start-moh", "bridge 1"],
        method: "POST",
        path: "/ari/bridges/bridge%201/moh",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.startMoh",
        args: &["bridges", "start-moh", "bridge 1", "--moh-class", "v-mohClass"],
        method: "POST",
        path: "/ari/bridges/bridge%201/moh",
        query: &[("mohClass", "v-mohClass")],
        body: None,
    },
    Case {
        op: "bridges.stopMoh",
        args: &["bridges", "stop-moh", "bridge 1"],
        method: "DELETE",
        path: "/ari/bridges/bridge%201/moh",
        query: &[],
        body: None,
    },
    Case {
        op: "bridges.play",
        args: &["bridges", "play", "bridge 1", "--media", "sound:hello-world,sound:beep"],
        method: "POST",
        path: "/ari/bridges/bridge%201/play",
        query: &[("media", "sound:hello-world,sound:beep")],
        body: None,
    },
    Case {
        op: "bridges.play",
        args: &["bridges", "play", "bridge 1", "--media", "sound:hello-world,sound:beep", "--announcer_format", "v-announcer_format", "--lang", "v-lang", "--offsetms", "7", "--skipms", "7"],
        method: "POST",
        path: "/ari/bridges/bridge%201/play",
        query: &[("media", "sound:hello-world,sound:beep"), ("announcer_format", "v-announcer_format"), ("lang", "v-lang"), ("offsetms", "7"), ("skipms", "7")],
        body: None,
    },
    Case {
        op: "bridges.playWithId",
        args: &["bridges", "play", "bridge 1", "--playback-id", "pb#1", "--media", "sound:hello-world,sound:beep"],
        method: "POST",
        path: "/ari/bridges/bridge%201/play/pb%231",
        query: &[("media", "sound:hello-world,sound:beep")],
        body: None,
    },
    Case {
        op: "bridges.playWithId",
        args: &["bridges", "play", "bridge 1", "--playback-id", "pb#1", "--media", "sound:hello-world,sound:beep", "--announcer_format", "v-announcer_format", "--lang", "v-lang", "--offsetms", "7", "--skipms", "7"],
        method: "POST",
        path: "/ari/bridges/bridge%201/play/pb%231",
        query: &[("media", "sound:hello-world,sound:beep"), ("announcer_format", "v-announcer_format"), ("lang", "v-lang"), ("offsetms", "7"), ("skipms", "7")],
        body: None,
    },
    Case {
        op: "bridges.record",
        args: &["bridges", "record", "bridge 1", "--name", "v-name", "--format", "v-format"],
        method: "POST",
        path: "/ari/bridges/bridge%201/record",
        query: &[("name", "v-name"), ("format", "v-format")],
        body: None,
    },
    Case {
        op: "bridges.record",
        args: &["bridges", "record", "bridge 1", "--name", "v-name", "--format", "v-format", "--recorder-format", "v-recorder_format", "--maxDurationSeconds", "7", "--max-silence-seconds", "7", "--ifExists", "append", "--beep", "--terminateOn", "#"],
        method: "POST",
        path: "/ari/bridges/bridge%201/record",
        query: &[("name", "v-name"), ("format", "v-format"), ("recorder_format", "v-recorder_format"), ("maxDurationSeconds", "7"), ("maxSilenceSeconds", "7"), ("ifExists", "append"), ("beep", "true"), ("terminateOn", "#")],
        body: None,
    },
    Case {
        op: "channels.list",
        args: &["channels", "list"],
        method: "GET",
        path: "/ari/channels",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.originate",
        args: &["channels", "originate", "--endpoint", "Local/1000@default", "--extension", "1000"],
        method: "POST",
        path: "/ari/channels",
        query: &[("endpoint", "Local/1000@default"), ("extension", "1000")],
        body: None,
    },
    Case {
        op: "channels.originate",
        args: &["channels", "originate", "--endpoint", "Local/1000@default", "--extension", "v-extension", "--context", "v-context", "--priority", "8", "--label", "v-label", "--app", "v-app", "--app-args", "v-appArgs", "--callerId", "Alice <1001>", "--timeout", "7", "--channelId", "v-channelId", "--other-channel-id", "v-otherChannelId", "--originator", "v-originator", "--formats", "v-formats", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/channels",
        query: &[("endpoint", "Local/1000@default"), ("extension", "v-extension"), ("context", "v-context"), ("priority", "8"), ("label", "v-label"), ("app", "v-app"), ("appArgs", "v-appArgs"), ("callerId", "Alice <1001>"), ("timeout", "7"), ("channelId", "v-channelId"), ("otherChannelId", "v-otherChannelId"), ("originator", "v-originator"), ("formats", "v-formats")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "channels.create",
        args: &["channels", "create", "--endpoint", "Local/1000@default", "--app", "v-app"],
        method: "POST",
        path: "/ari/channels/create",
        query: &[("endpoint", "Local/1000@default"), ("app", "v-app")],
        body: None,
    },
    Case {
        op: "channels.create",
        args: &["channels", "create", "--endpoint", "Local/1000@default", "--app", "v-app", "--app-args", "v-appArgs", "--channelId", "v-channelId", "--other-channel-id", "v-otherChannelId", "--originator", "v-originator", "--formats", "v-formats", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/channels/create",
        query: &[("endpoint", "Local/1000@default"), ("app", "v-app"), ("appArgs", "v-appArgs"), ("channelId", "v-channelId"), ("otherChannelId", "v-otherChannelId"), ("originator", "v-originator"), ("formats", "v-formats")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "channels.get",
        args: &["channels", "get", "1700000000.1"],
        method: "GET",
        path: "/ari/channels/1700000000.1",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.originateWithId",
        args: &["channels", "originate", "--id", "1700000000.1", "--endpoint", "Local/1000@default", "--extension", "1000"],
        method: "POST",
        path: "/ari/channels/1700000000.1",
        query: &[("endpoint", "Local/1000@default"), ("extension", "1000")],
        body: None,
    },
    Case {
        op: "channels.originateWithId",
        args: &["channels", "originate", "--id", "1700000000.1", "--endpoint", "Local/1000@default", "--extension", "v-extension", "--context", "v-context", "--priority", "8", "--label", "v-label", "--app", "v-app", "--app-args", "v-appArgs", "--callerId", "Alice <1001>", "--timeout", "7", "--otherChannelId", "v-otherChannelId", "--originator", "v-originator", "--formats", "v-formats", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/channels/1700000000.1",
        query: &[("endpoint", "Local/1000@default"), ("extension", "v-extension"), ("context", "v-context"), ("priority", "8"), ("label", "v-label"), ("app", "v-app"), ("appArgs", "v-appArgs"), ("callerId", "Alice <1001>"), ("timeout", "7"), ("otherChannelId", "v-otherChannelId"), ("originator", "v-originator"), ("formats", "v-formats")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "channels.hangup",
        args: &["channels", "hangup", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.hangup",
        args: &["channels", "hangup", "1700000000.1", "--reason-code", "v-reason_code", "--reason", "answered_elsewhere"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1",
        query: &[("reason_code", "v-reason_code"), ("reason", "answered_elsewhere")],
        body: None,
    },
    Case {
        op: "channels.continueInDialplan",
        args: &["channels", "continue", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/continue",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.continueInDialplan",
        args: &["channels", "continue", "1700000000.1", "--context", "v-context", "--extension", "v-extension", "--priority", "7", "--label", "v-label"],
        method: "POST",
        path: "/ari/channels/1700000000.1/continue",
        query: &[("context", "v-context"), ("extension", "v-extension"), ("priority", "7"), ("label", "v-label")],
        body: None,
    },
    Case {
        op: "channels.move",
        args: &["channels", "move", "1700000000.1", "--app", "v-app"],
        method: "POST",
        path: "/ari/channels/1700000000.1/move",
        query: &[("app", "v-app")],
        body: None,
    },
    Case {
        op: "channels.move",
        args: &["channels", "move", "1700000000.1", "--app", "v-app", "--appArgs", "v-appArgs"],
        method: "POST",
        path: "/ari/channels/1700000000.1/move",
        query: &[("app", "v-app"), ("appArgs", "v-appArgs")],
        body: None,
    },
    Case {
        op: "channels.redirect",
        args: &["channels", "redirect", "1700000000.1", "--endpoint", "Local/1000@default"],
        method: "POST",
        path: "/ari/channels/1700000000.1/redirect",
        query: &[("endpoint", "Local/1000@default")],
        body: None,
    },
    Case {
        op: "channels.answer",
        args: &["channels", "answer", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/answer",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.ring",
        args: &["channels", "ring", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/ring",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.ringStop",
        args: &["channels", "ring-stop", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/ring",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.progress",
        args: &["channels", "progress", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/progress",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.sendDTMF",
        args: &["channels", "dtmf", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/dtmf",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.sendDTMF",
        args: &["channels", "dtmf", "1700000000.1", "--dtmf", "*12#", "--before", "7", "--between", "7", "--duration", "7", "--after", "7"],
        method: "POST",
        path: "/ari/channels/1700000000.1/dtmf",
        query: &[("dtmf", "*12#"), ("before", "7"), ("between", "7"), ("duration", "7"), ("after", "7")],
        body: None,
    },
    Case {
        op: "channels.mute",
        args: &["channels", "mute", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/mute",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.mute",
        args: &["channels", "mute", "1700000000.1", "--direction", "out"],
        method: "POST",
        path: "/ari/channels/1700000000.1/mute",
        query: &[("direction", "out")],
        body: None,
    },
    Case {
        op: "channels.unmute",
        args: &["channels", "unmute", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/mute",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.unmute",
        args: &["channels", "unmute", "1700000000.1", "--direction", "out"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/mute",
        query: &[("direction", "out")],
        body: None,
    },
    Case {
        op: "channels.hold",
        args: &["channels", "hold", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/hold",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.unhold",
        args: &["channels", "unhold", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/hold",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.startMoh",
        args: &["channels", "start-moh", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/moh",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.startMoh",
        args: &["channels", "start-moh", "1700000000.1", "--moh-class", "v-mohClass"],
        method: "POST",
        path: "/ari/channels/1700000000.1/moh",
        query: &[("mohClass", "v-mohClass")],
        body: None,
    },
    Case {
        op: "channels.stopMoh",
        args: &["channels", "stop-moh", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/moh",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.startSilence",
        args: &["channels", "start-silence", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/silence",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.stopSilence",
        args: &["channels", "stop-silence", "1700000000.1"],
        method: "DELETE",
        path: "/ari/channels/1700000000.1/silence",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.play",
        args: &["channels", "play", "1700000000.1", "--media", "sound:hello-world,sound:beep"],
        method: "POST",
        path: "/ari/channels/1700000000.1/play",
        query: &[("media", "sound:hello-world,sound:beep")],
        body: None,
    },
    Case {
        op: "channels.play",
        args: &["channels", "play", "1700000000.1", "--media", "sound:hello-world,sound:beep", "--lang", "v-lang", "--offsetms", "7", "--skipms", "7"],
        method: "POST",
        path: "/ari/channels/1700000000.1/play",
        query: &[("media", "sound:hello-world,sound:beep"), ("lang", "v-lang"), ("offsetms", "7"), ("skipms", "7")],
        body: None,
    },
    Case {
        op: "channels.playWithId",
        args: &["channels", "play", "1700000000.1", "--playback-id", "pb#1", "--media", "sound:hello-world,sound:beep"],
        method: "POST",
        path: "/ari/channels/1700000000.1/play/pb%231",
        query: &[("media", "sound:hello-world,sound:beep")],
        body: None,
    },
    Case {
        op: "channels.playWithId",
        args: &["channels", "play", "1700000000.1", "--playback-id", "pb#1", "--media", "sound:hello-world,sound:beep", "--lang", "v-lang", "--offsetms", "7", "--skipms", "7"],
        method: "POST",
        path: "/ari/channels/1700000000.1/play/pb%231",
        query: &[("media", "sound:hello-world,sound:beep"), ("lang", "v-lang"), ("offsetms", "7"), ("skipms", "7")],
        body: None,
    },
    Case {
        op: "channels.record",
        args: &["channels", "record", "1700000000.1", "--name", "v-name", "--format", "v-format"],
        method: "POST",
        path: "/ari/channels/1700000000.1/record",
        query: &[("name", "v-name"), ("format", "v-format")],
        body: None,
    },
    Case {
        op: "channels.record",
        args: &["channels", "record", "1700000000.1", "--name", "v-name", "--format", "v-format", "--max-duration-seconds", "7", "--maxSilenceSeconds", "7", "--if-exists", "append", "--beep=false", "--terminate-on", "#"],
        method: "POST",
        path: "/ari/channels/1700000000.1/record",
        query: &[("name", "v-name"), ("format", "v-format"), ("maxDurationSeconds", "7"), ("maxSilenceSeconds", "7"), ("ifExists", "append"), ("beep", "false"), ("terminateOn", "#")],
        body: None,
    },
    Case {
        op: "channels.getChannelVar",
        args: &["channels", "get-var", "1700000000.1", "--variable", "v-variable"],
        method: "GET",
        path: "/ari/channels/1700000000.1/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "channels.setChannelVar",
        args: &["channels", "set-var", "1700000000.1", "--variable", "v-variable"],
        method: "POST",
        path: "/ari/channels/1700000000.1/variable",
        query: &[("variable", "v-variable")],
        body: None,
    },
    Case {
        op: "channels.setChannelVar",
        args: &["channels", "set-var", "1700000000.1", "--variable", "v-variable", "--value", "a+b c&d=e", "--report-events"],
        method: "POST",
        path: "/ari/channels/1700000000.1/variable",
        query: &[("variable", "v-variable"), ("value", "a+b c&d=e"), ("report_events", "true")],
        body: None,
    },
    Case {
        op: "channels.getChannelVars",
        args: &["channels", "get-vars", "1700000000.1", "--variables", "x-variables,y-variables"],
        method: "GET",
        path: "/ari/channels/1700000000.1/variables",
        query: &[("variables", "x-variables,y-variables")],
        body: None,
    },
    Case {
        op: "channels.setChannelVars",
        args: &["channels", "set-vars", "1700000000.1", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/channels/1700000000.1/variables",
        query: &[],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "channels.snoopChannel",
        args: &["channels", "snoop", "1700000000.1", "--app", "v-app"],
        method: "POST",
        path: "/ari/channels/1700000000.1/snoop",
        query: &[("app", "v-app")],
        body: None,
    },
    Case {
        op: "channels.snoopChannel",
        args: &["channels", "snoop", "1700000000.1", "--spy", "in", "--whisper", "in", "--app", "v-app", "--appArgs", "v-appArgs"],
        method: "POST",
        path: "/ari/channels/1700000000.1/snoop",
        query: &[("spy", "in"), ("whisper", "in"), ("app", "v-app"), ("appArgs", "v-appArgs")],
        body: None,
    },
    Case {
        op: "channels.snoopChannelWithId",
        args: &["channels", "snoop", "1700000000.1", "--snoop-id", "snoop/1", "--app", "v-app"],
        method: "POST",
        path: "/ari/channels/1700000000.1/snoop/snoop%2F1",
        query: &[("app", "v-app")],
        body: None,
    },
    Case {
        op: "channels.snoopChannelWithId",
        args: &["channels", "snoop", "1700000000.1", "--snoop-id", "snoop/1", "--spy", "in", "--whisper", "in", "--app", "v-app", "--appArgs", "v-appArgs"],
        method: "POST",
        path: "/ari/channels/1700000000.1/snoop/snoop%2F1",
        query: &[("spy", "in"), ("whisper", "in"), ("app", "v-app"), ("appArgs", "v-appArgs")],
        body: None,
    },
    Case {
        op: "channels.dial",
        args: &["channels", "dial", "1700000000.1"],
        method: "POST",
        path: "/ari/channels/1700000000.1/dial",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.dial",
        args: &["channels", "dial", "1700000000.1", "--caller", "v-caller", "--timeout", "7"],
        method: "POST",
        path: "/ari/channels/1700000000.1/dial",
        query: &[("caller", "v-caller"), ("timeout", "7")],
        body: None,
    },
    Case {
        op: "channels.rtpstatistics",
        args: &["channels", "rtp-stats", "1700000000.1"],
        method: "GET",
        path: "/ari/channels/1700000000.1/rtp_statistics",
        query: &[],
        body: None,
    },
    Case {
        op: "channels.externalMedia",
        args: &["channels", "external-media", "--app", "v-app", "--format", "v-format"],
        method: "POST",
        path: "/ari/channels/externalMedia",
        query: &[("app", "v-app"), ("format", "v-format")],
        body: None,
    },
    Case {
        op: "channels.externalMedia",
        args: &["channels", "external-media", "--channel-id", "v-channelId", "--app", "v-app", "--external-host", "v-external_host", "--encapsulation", "none", "--transport", "websocket", "--connection_type", "server", "--format", "v-format", "--direction", "both", "--data", "v-data", "--transport_data", "v-transport_data", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/channels/externalMedia",
        query: &[("channelId", "v-channelId"), ("app", "v-app"), ("external_host", "v-external_host"), ("encapsulation", "none"), ("transport", "websocket"), ("connection_type", "server"), ("format", "v-format"), ("direction", "both"), ("data", "v-data"), ("transport_data", "v-transport_data")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "channels.transfer_progress",
        args: &["channels", "transfer-progress", "1700000000.1", "--states", "v-states"],
        method: "POST",
        path: "/ari/channels/1700000000.1/transfer_progress",
        query: &[("states", "v-states")],
        body: None,
    },
    Case {
        op: "deviceStates.list",
        args: &["device-states", "list"],
        method: "GET",
        path: "/ari/deviceStates",
        query: &[],
        body: None,
    },
    Case {
        op: "deviceStates.get",
        args: &["device-states", "get", "Stasis:lab"],
        method: "GET",
        path: "/ari/deviceStates/Stasis:lab",
        query: &[],
        body: None,
    },
    Case {
        op: "deviceStates.update",
        args: &["device-states", "update", "Stasis:lab", "--device-state", "ONHOLD"],
        method: "PUT",
        path: "/ari/deviceStates/Stasis:lab",
        query: &[("deviceState", "ONHOLD")],
        body: None,
    },
    Case {
        op: "deviceStates.delete",
        args: &["device-states", "delete", "Stasis:lab"],
        method: "DELETE",
        path: "/ari/deviceStates/Stasis:lab",
        query: &[],
        body: None,
    },
    Case {
        op: "endpoints.list",
        args: &["endpoints", "list"],
        method: "GET",
        path: "/ari/endpoints",
        query: &[],
        body: None,
    },
    Case {
        op: "endpoints.sendMessage",
        args: &["endpoints", "send-message", "--to", "v-to", "--from", "v-from"],
        method: "PUT",
        path: "/ari/endpoints/sendMessage",
        query: &[("to", "v-to"), ("from", "v-from")],
        body: None,
    },
    Case {
        op: "endpoints.sendMessage",
        args: &["endpoints", "send-message", "--to", "v-to", "--from", "v-from", "--body", "v-body", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "PUT",
        path: "/ari/endpoints/sendMessage",
        query: &[("to", "v-to"), ("from", "v-from"), ("body", "v-body")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "endpoints.refer",
        args: &["endpoints", "refer", "--to", "v-to", "--from", "v-from", "--refer-to", "v-refer_to"],
        method: "POST",
        path: "/ari/endpoints/refer",
        query: &[("to", "v-to"), ("from", "v-from"), ("refer_to", "v-refer_to")],
        body: None,
    },
    Case {
        op: "endpoints.refer",
        args: &["endpoints", "refer", "--to", "v-to", "--from", "v-from", "--refer-to", "v-refer_to", "--to_self=false", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/endpoints/refer",
        query: &[("to", "v-to"), ("from", "v-from"), ("refer_to", "v-refer_to"), ("to_self", "false")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "endpoints.listByTech",
        args: &["endpoints", "list-by-tech", "PJSIP"],
        method: "GET",
        path: "/ari/endpoints/PJSIP",
        query: &[],
        body: None,
    },
    Case {
        op: "endpoints.get",
        args: &["endpoints", "get", "PJSIP", "alice"],
        method: "GET",
        path: "/ari/endpoints/PJSIP/alice",
        query: &[],
        body: None,
    },
    Case {
        op: "endpoints.sendMessageToEndpoint",
        args: &["endpoints", "send-message-to-endpoint", "PJSIP", "alice", "--from", "v-from"],
        method: "PUT",
        path: "/ari/endpoints/PJSIP/alice/sendMessage",
        query: &[("from", "v-from")],
        body: None,
    },
    Case {
        op: "endpoints.sendMessageToEndpoint",
        args: &["endpoints", "send-message-to-endpoint", "PJSIP", "alice", "--from", "v-from", "--body", "v-body", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "PUT",
        path: "/ari/endpoints/PJSIP/alice/sendMessage",
        query: &[("from", "v-from"), ("body", "v-body")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "endpoints.referToEndpoint",
        args: &["endpoints", "refer-to-endpoint", "PJSIP", "alice", "--from", "v-from", "--refer_to", "v-refer_to"],
        method: "POST",
        path: "/ari/endpoints/PJSIP/alice/refer",
        query: &[("from", "v-from"), ("refer_to", "v-refer_to")],
        body: None,
    },
    Case {
        op: "endpoints.referToEndpoint",
        args: &["endpoints", "refer-to-endpoint", "PJSIP", "alice", "--from", "v-from", "--refer_to", "v-refer_to", "--to-self", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/endpoints/PJSIP/alice/refer",
        query: &[("from", "v-from"), ("refer_to", "v-refer_to"), ("to_self", "true")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "events.userEvent",
        args: &["events", "user", "lab-event", "--application", "v-application"],
        method: "POST",
        path: "/ari/events/user/lab-event",
        query: &[("application", "v-application")],
        body: None,
    },
    Case {
        op: "events.userEvent",
        args: &["events", "user", "lab-event", "--application", "v-application", "--source", "x-source,y-source", "--var", "A=1", "--var", "CALLERID(name)=Alice"],
        method: "POST",
        path: "/ari/events/user/lab-event",
        query: &[("application", "v-application"), ("source", "x-source,y-source")],
        body: Some("{\"variables\":{\"A\":\"1\",\"CALLERID(name)\":\"Alice\"}}"),
    },
    Case {
        op: "events.claimChannel",
        args: &["events", "claim", "--channel-id", "v-channelId", "--application", "v-application"],
        method: "POST",
        path: "/ari/events/claim",
        query: &[("channelId", "v-channelId"), ("application", "v-application")],
        body: None,
    },
    Case {
        op: "mailboxes.list",
        args: &["mailboxes", "list"],
        method: "GET",
        path: "/ari/mailboxes",
        query: &[],
        body: None,
    },
    Case {
        op: "mailboxes.get",
        args: &["mailboxes", "get", "1000@lab"],
        method: "GET",
        path: "/ari/mailboxes/1000@lab",
        query: &[],
        body: None,
    },
    Case {
        op: "mailboxes.update",
        args: &["mailboxes", "update", "1000@lab", "--old-messages", "7", "--newMessages", "7"],
        method: "PUT",
        path: "/ari/mailboxes/1000@lab",
        query: &[("oldMessages", "7"), ("newMessages", "7")],
        body: None,
    },
    Case {
        op: "mailboxes.delete",
        args: &["mailboxes", "delete", "1000@lab"],
        method: "DELETE",
        path: "/ari/mailboxes/1000@lab",
        query: &[],
        body: None,
    },
    Case {
        op: "playbacks.get",
        args: &["playbacks", "get", "pb#1"],
        method: "GET",
        path: "/ari/playbacks/pb%231",
        query: &[],
        body: None,
    },
    Case {
        op: "playbacks.stop",
        args: &["playbacks", "stop", "pb#1"],
        method: "DELETE",
        path: "/ari/playbacks/pb%231",
        query: &[],
        body: None,
    },
    Case {
        op: "playbacks.control",
        args: &["playbacks", "control", "pb#1", "--operation", "forward"],
        method: "POST",
        path: "/ari/playbacks/pb%231/control",
        query: &[("operation", "forward")],
        body: None,
    },
    Case {
        op: "recordings.listStored",
        args: &["recordings", "list"],
        method: "GET",
        path: "/ari/recordings/stored",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.getStored",
        args: &["recordings", "get", "greeting"],
        method: "GET",
        path: "/ari/recordings/stored/greeting",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.deleteStored",
        args: &["recordings", "delete", "greeting"],
        method: "DELETE",
        path: "/ari/recordings/stored/greeting",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.getStoredFile",
        args: &["recordings", "download", "greeting"],
        method: "GET",
        path: "/ari/recordings/stored/greeting/file",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.copyStored",
        args: &["recordings", "copy", "greeting", "--destination-recording-name", "v-destinationRecordingName"],
        method: "POST",
        path: "/ari/recordings/stored/greeting/copy",
        query: &[("destinationRecordingName", "v-destinationRecordingName")],
        body: None,
    },
    Case {
        op: "recordings.getLive",
        args: &["recordings", "get-live", "greeting"],
        method: "GET",
        path: "/ari/recordings/live/greeting",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.cancel",
        args: &["recordings", "cancel", "greeting"],
        method: "DELETE",
        path: "/ari/recordings/live/greeting",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.stop",
        args: &["recordings", "stop", "greeting"],
        method: "POST",
        path: "/ari/recordings/live/greeting/stop",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.pause",
        args: &["recordings", "pause", "greeting"],
        method: "POST",
        path: "/ari/recordings/live/greeting/pause",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.unpause",
        args: &["recordings", "unpause", "greeting"],
        method: "DELETE",
        path: "/ari/recordings/live/greeting/pause",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.mute",
        args: &["recordings", "mute", "greeting"],
        method: "POST",
        path: "/ari/recordings/live/greeting/mute",
        query: &[],
        body: None,
    },
    Case {
        op: "recordings.unmute",
        args: &["recordings", "unmute", "greeting"],
        method: "DELETE",
        path: "/ari/recordings/live/greeting/mute",
        query: &[],
        body: None,
    },
    Case {
        op: "sounds.list",
        args: &["sounds", "list"],
        method: "GET",
        path: "/ari/sounds",
        query: &[],
        body: None,
    },
    Case {
        op: "sounds.list",
        args: &["sounds", "list", "--lang", "v-lang", "--format", "v-format"],
        method: "GET",
        path: "/ari/sounds",
        query: &[("lang", "v-lang"), ("format", "v-format")],
        body: None,
    },
    Case {
        op: "sounds.get",
        args: &["sounds", "get", "hello-world"],
        method: "GET",
        path: "/ari/sounds/hello-world",
        query: &[],
        body: None,
    },];

#[test]
fn every_operation_sends_the_exact_request() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    let mut failures = Vec::new();
    for case in CASES {
        let before = server.requests().len();
        let out = run(sandbox.ari_at(&server).args(case.args));
        let requests = server.requests().split_off(before);
        // A call into a Stasis app also asks, alongside, whether anyone holds the app.
        let (lookups, sent): (Vec<_>, Vec<_>) = requests
            .into_iter()
            .partition(|r| case.method != "GET" && is_app_lookup(r));
        let has_app = case.query.iter().any(|(k, _)| *k == "app");
        if out.code != 0 || sent.len() != 1 || lookups.len() != usize::from(has_app) {
            failures.push(format!(
                "{}: {:?} exited {} after {} requests and {} look-ups: {}",
                case.op,
                case.args,
                out.code,
                sent.len(),
                lookups.len(),
                out.stderr
            ));
            break;
        }
        let got = &sent[0];
        let mut problems = Vec::new();
        if got.method != case.method {
            problems.push(format!("method {} != {}", got.method, case.method));
        }
        if got.path != case.path {
            problems.push(format!("path {} != {}", got.path, case.path));
        }
        let mut want: Vec<(String, String)> = case
            .query
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut have = got.query_pairs();
        want.sort();
        have.sort();
        if have != want {
            problems.push(format!("query {have:?} != {want:?}"));
        }
        // Characters that would change meaning in a query never travel raw.
        if got.query.contains(['+', ' ', '#', '<', '>', '*']) {
            problems.push(format!("unescaped query: {}", got.query));
        }
        let want_body: Option<serde_json::Value> =
            case.body.map(|b| serde_json::from_str(b).unwrap());
        if got.body_json() != want_body {
            problems.push(format!("body {:?} != {:?}", got.body_json(), want_body));
        }
        if want_body.is_some() && got.header("content-type") != Some("application/json") {
            problems.push("body sent without Content-Type: application/json".into());
        }
        if !problems.is_empty() {
            failures.push(format!(
                "{} {:?}: {}",
                case.op,
                case.args,
                problems.join("; ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cases_cover_all_108_rest_operations() {
    let mut ops: Vec<&str> = CASES.iter().map(|c| c.op).collect();
    ops.sort();
    ops.dedup();
    assert_eq!(ops.len(), 108, "{ops:?}");
}

#[test]
fn requests_carry_basic_auth_and_a_user_agent() {
    let server = TestServer::fixed(Reply::json(200, r#"{"ping":"pong"}"#));
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args(["asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let req = server.only_request();
    let want = format!("Basic {}", basic_token("asterisk", "asterisk"));
    assert_eq!(req.header("authorization"), Some(want.as_str()));
    assert!(req.header("user-agent").unwrap_or("").starts_with("ari/"));
}

fn is_app_lookup(request: &crate::support::server::Recorded) -> bool {
    request.method == "GET" && request.path.starts_with("/ari/applications/")
}

#[test]
fn json_body_from_file_and_stdin_merges_with_vars() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    std::fs::write(
        sandbox.path().join("body.json"),
        r#"{"variables": {"FROM_FILE": "1"}}"#,
    )
    .unwrap();
    let out = run(sandbox.ari_at(&server).args([
        "channels",
        "originate",
        "--endpoint",
        "PJSIP/alice",
        "--app",
        "hello",
        "--json-body",
        "@body.json",
        "--var",
        "EXTRA=2",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(sandbox
        .ari_at(&server)
        .args([
            "events",
            "user",
            "ev",
            "--application",
            "hello",
            "--json-body",
            "-",
        ])
        .write_stdin(r#"{"variables": {"who": "stdin"}}"#));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let requests: Vec<_> = server
        .requests()
        .into_iter()
        .filter(|r| !is_app_lookup(r))
        .collect();
    assert_eq!(
        requests[0].body_json().unwrap(),
        serde_json::json!({"variables": {"FROM_FILE": "1", "EXTRA": "2"}})
    );
    assert_eq!(
        requests[1].body_json().unwrap(),
        serde_json::json!({"variables": {"who": "stdin"}})
    );
}

#[test]
fn raw_sends_any_path_below_ari() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    for args in [
        vec![
            "raw",
            "post",
            "channels/1.2/play",
            "media=sound:hello-world",
            "lang=en",
        ],
        vec!["raw", "GET", "/ari/asterisk/info?only=build"],
        vec![
            "raw",
            "PUT",
            "/applications/hello/eventFilter",
            "--json-body",
            r#"{"allowed":[]}"#,
        ],
    ] {
        let out = run(sandbox.ari_at(&server).args(&args));
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    let r = server.requests();
    assert_eq!(
        (r[0].method.as_str(), r[0].path.as_str()),
        ("POST", "/ari/channels/1.2/play")
    );
    assert_eq!(
        r[0].query_pairs(),
        vec![
            ("media".into(), "sound:hello-world".into()),
            ("lang".into(), "en".into())
        ]
    );
    assert_eq!(
        (
            r[1].method.as_str(),
            r[1].path.as_str(),
            r[1].query.as_str()
        ),
        ("GET", "/ari/asterisk/info", "only=build")
    );
    assert_eq!(
        r[2].body_json().unwrap(),
        serde_json::json!({"allowed": []})
    );
}

#[test]
fn every_help_example_parses() {
    let sandbox = Sandbox::new();
    let mut failures = Vec::new();
    for resource in ari::spec::RESOURCES {
        for action in ari::spec::actions_of(resource.name) {
            let line = ari::cli::operation::example_line(resource.name, &action);
            let words = shell_words::split(&line).expect("example is shell words");
            let out = run(sandbox.ari().args(&words[1..]).arg("--curl"));
            if out.code != 0 {
                failures.push(format!("{line}: {}", out.stderr.trim()));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
