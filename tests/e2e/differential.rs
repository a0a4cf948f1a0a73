//! The same scripted session against `ari sim` and a real Asterisk, step by
//! step, through the real `ari` binary: the HTTP status, the JSON shape of
//! the answer (keys and value types, not values), ARI's error text, and the
//! types and shapes of the events that follow on a WebSocket of the test's
//! own. It runs on 22.10.1 (the shared instance), and on 23.4.1 and 20.6.0
//! (instances of their own), each against `ari sim --asterisk-version` of
//! that version. Every REST operation of the table is sent to the real
//! server at least once: the test reads the requests `ari -v` made, and
//! fails on one left unsent. Statuses, shapes, error texts and events must
//! all match, but for the differences recorded on their steps.
//!
//! A difference is a simulator bug to fix, or is recorded on its step with
//! its reason (`Step::differs`).
//!
//! External media is compared end to end: a WebSocket channel (22.10.1 and
//! 23.4.1) made, connected to by the test as its application (`@connect`,
//! `@send`, `@close`, `@closed`: the TEXT messages are compared with their
//! ids blanked), and hung up both ways; a UnicastRTP channel made and hung
//! up on all three.
//!
//! Left out:
//! - `channels external-media` over AudioSocket that succeeds: the
//!   simulator has no AudioSocket (501 where Asterisk would connect out).
//! - `asterisk set-config`/`delete-config` on a real class: the kit has no
//!   sorcery class that ARI may write to (res_pjsip is not built); only the
//!   unknown-class errors are compared.
//! - `asterisk load-module`/`unload-module`/`reload-module` that succeed:
//!   they would change the real instance other tests share; their error
//!   answers are compared.
//! - Four requests that kill this real Asterisk (no reply, the process
//!   dies), so the shared instance must never get them: `bridges record`
//!   without `format`, `bridges set-var` without `variable`, `channels
//!   move` without `app`, `channels external-media` with an `app` and no
//!   `external_host`.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};

use std::time::{Duration, Instant};
use tokio_tungstenite::tungstenite as ws;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

use serde_json::Value;

use ari::spec::{OPERATIONS, Operation};

use crate::support::asterisk;
use crate::support::ws::Events;
use crate::support::{Sandbox, basic_token, run, sim_with};

/// What part of a step is known to differ.
#[derive(Clone, Copy, PartialEq)]
enum Aspect {
    Shape,
    Events,
    /// Status, shape, error text and events.
    Everything,
}

/// A difference known on a step: on which version (all where `None`), in
/// what, and why.
#[derive(Clone, Copy)]
struct Known {
    on: Option<&'static str>,
    aspect: Aspect,
    reason: &'static str,
}

/// One step: a label, the `ari` words (with `{VAR}` filled in), the events
/// that end it (for what happens after the answer), what to remember from
/// the answer, and a difference known on it.
struct Step {
    label: &'static str,
    words: &'static str,
    until: &'static [&'static str],
    /// More events to wait for on one version only.
    until_on: Option<(&'static str, &'static [&'static str])>,
    capture: Option<(&'static str, &'static str)>,
    differs: Option<Known>,
    /// The releases that brought what the step needs (`versions::has`):
    /// on an older server it is not played, on either side.
    since: &'static [&'static str],
}

const fn step(label: &'static str, words: &'static str) -> Step {
    Step {
        label,
        words,
        until: &[],
        until_on: None,
        capture: None,
        differs: None,
        since: &[],
    }
}

impl Step {
    /// Wait for these events too on `version` (what that version does
    /// that the others refuse).
    const fn until_on(mut self, version: &'static str, events: &'static [&'static str]) -> Step {
        self.until_on = Some((version, events));
        self
    }
    /// Play the step only where the server has what these releases brought.
    const fn since(mut self, releases: &'static [&'static str]) -> Step {
        self.since = releases;
        self
    }
    /// Whether the step is played on `version`.
    fn played_on(&self, version: &str) -> bool {
        self.since.is_empty() || ari::spec::versions::has(self.since, version) != Some(false)
    }

    /// Wait for these events (as described by `describe`) before the step's
    /// marker: they come after the answer, on Asterisk's own time.
    const fn until(mut self, events: &'static [&'static str]) -> Step {
        self.until = events;
        self
    }
    /// Remember the answer's `key` (a dotted path) as `{var}`.
    const fn capture(mut self, var: &'static str, key: &'static str) -> Step {
        self.capture = Some((var, key));
        self
    }
    const fn differs(mut self, aspect: Aspect, reason: &'static str) -> Step {
        self.differs = Some(Known {
            on: None,
            aspect,
            reason,
        });
        self
    }
    /// A difference on one Asterisk version only.
    const fn differs_on(
        mut self,
        version: &'static str,
        aspect: Aspect,
        reason: &'static str,
    ) -> Step {
        self.differs = Some(Known {
            on: Some(version),
            aspect,
            reason,
        });
        self
    }
    /// The difference known on this step on `version`, if any.
    fn known_on(&self, version: &str) -> Option<Known> {
        self.differs.filter(|k| k.on.is_none_or(|on| on == version))
    }
}

/// Why the answer of a request that makes an RTP channel may differ.
const RTP_CHANNELVARS: &str = "Asterisk reads an RTP channel's variables for its answer while the channel may already be answered into the application: under load its `channelvars` sometimes has STASISSTATUS too (3 of 240 requests here); the simulator's never has";

/// The session. `{APP}` is this run's application (its WebSocket's first),
/// `{B}` a second application on the same WebSocket, `{DIR}` a scratch
/// directory; objects the test names itself start with `{APP}`.
const SESSION: &[Step] = &[
    // ---------------------------------------------------------- the server
    step("ping", "asterisk ping"),
    step("info", "asterisk info"),
    step("info, some", "asterisk info --only build,status"),
    step("info, nothing known", "asterisk info --only nothing"),
    step("modules", "asterisk list-modules"),
    step("module", "asterisk get-module res_ari.so"),
    step("unknown module", "asterisk get-module no_such_module.so"),
    step("load a loaded module", "asterisk load-module res_ari.so"),
    step("load an unknown module", "asterisk load-module no_such_module.so"),
    step("unload an unknown module", "asterisk unload-module no_such_module.so"),
    step("reload an unknown module", "asterisk reload-module no_such_module.so"),
    step("reload a module that cannot", "asterisk reload-module app_echo.so"),
    step("log channels", "asterisk list-logs"),
    step("add a log channel", "asterisk add-log {APP}.log --configuration notice,warning"),
    step("add it again", "asterisk add-log {APP}.log --configuration notice"),
    step("add one without levels", "raw POST /asterisk/logging/{APP}-x.log configuration="),
    step("rotate it", "asterisk rotate-log {APP}.log"),
    step("delete it", "asterisk delete-log {APP}.log"),
    step("delete the log channel again", "asterisk delete-log {APP}.log"),
    step("rotate an unknown one", "asterisk rotate-log {APP}-none.log"),
    step("unset global", "asterisk get-var --variable DIFF_{P}"),
    step("set global", "asterisk set-var --variable DIFF_{P} --value 3"),
    step("get global", "asterisk get-var --variable DIFF_{P}"),
    step("global without a name", "raw GET /asterisk/variable"),
    step("set a global without a name", "raw POST /asterisk/variable value=1"),
    step("unknown config class", "asterisk get-config res_nothing thing x"),
    step("set unknown config", "asterisk set-config res_nothing thing x --attr a=b"),
    step("delete unknown config", "asterisk delete-config res_nothing thing x"),
    // ---------------------------------------------------------- sounds, endpoints
    step("sounds", "sounds list"),
    step("sounds in no language", "sounds list --lang zz"),
    step("sounds in no format", "sounds list --format nope"),
    step("sound", "sounds get hello-world"),
    step("unknown sound", "sounds get no-such-sound-here"),
    step("endpoints", "endpoints list").differs(
        Aspect::Shape,
        "the simulator has PJSIP phones (alice, bob, carol) for people to call; the kit has no SIP, so its list is empty",
    ),
    step("Local endpoints", "endpoints list-by-tech Local"),
    step("unknown endpoint", "endpoints get Local no-such-endpoint"),
    step("message to nowhere", "endpoints send-message --to local:nobody --from diff --body hi"),
    step(
        "message to an unknown endpoint",
        "endpoints send-message-to-endpoint Local nobody --from diff --body hi",
    ),
    step("refer to nowhere", "endpoints refer --to local:nobody --from diff --refer-to local:x"),
    step(
        "refer to an unknown endpoint",
        "endpoints refer-to-endpoint Local nobody --from diff --refer-to local:x",
    ),
    // ---------------------------------------------------------- applications
    step("applications", "applications list"),
    step("application", "applications get {APP}"),
    step("unknown application", "applications get no-such-application-here"),
    step("subscribe a device", "applications subscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("subscribe nothing", "applications subscribe {APP} --event-source channel:no-such-channel"),
    step("subscribe a bad scheme", "applications subscribe {APP} --event-source nope:x"),
    step("subscribe to no source", "raw POST /applications/{APP}/subscription"),
    step("subscribe to an empty source", "raw POST /applications/{APP}/subscription eventSource="),
    step("subscribe no application", "raw POST /applications/no-such-application-here/subscription"),
    step(
        "filter",
        r#"applications filter {APP} --json-body {"disallowed":[{"type":"ChannelTalkingStarted"}]}"#,
    ),
    step("bad filter", r#"applications filter {APP} --json-body {"allowed":"nope"}"#),
    step("filter cleared", "applications filter {APP} --json-body {}"),
    // ---------------------------------------------------------- device states, mailboxes
    // Device states reach applications through Asterisk's own queue.
    step("device state", "device-states update Stasis:{APP} --device-state INUSE")
        .until(&["DeviceStateChanged"]),
    step("device state again", "device-states update Stasis:{APP} --device-state ONHOLD")
        .until(&["DeviceStateChanged"]),
    step("device states", "device-states list"),
    step("get device state", "device-states get Stasis:{APP}"),
    step("bad device state", "raw PUT /deviceStates/Stasis:{APP} deviceState=SIDEWAYS"),
    step("uncontrolled device", "device-states update Local/{APP} --device-state INUSE"),
    step("device without a name", "device-states update Stasis: --device-state INUSE"),
    step("device state without a state", "raw PUT /deviceStates/Stasis:{APP}"),
    step("delete an uncontrolled device", "device-states delete Local/{APP}"),
    step("uncontrolled device state", "device-states get Local/{APP}"),
    step("delete device state", "device-states delete Stasis:{APP}").differs_on(
        "20.6.0",
        Aspect::Events,
        "20.6.0 tells a subscribed application that the deleted state is UNKNOWN; 22.10.1 and 23.4.1 do not, and the simulator plays those (which release changed it is not pinned down)",
    ),
    step("deleted device state", "device-states get Stasis:{APP}").differs_on(
        "20.6.0",
        Aspect::Events,
        "the step before's DeviceStateChanged on 20.6.0 may come this late (device states reach applications through Asterisk's own queue)",
    ),
    step("unsubscribe the device", "applications unsubscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("unsubscribe it again", "applications unsubscribe {APP} --event-source deviceState:Stasis:{APP}"),
    step("mailbox", "mailboxes update {APP} --old-messages 1 --new-messages 2"),
    step("mailboxes", "mailboxes list"),
    step("get mailbox", "mailboxes get {APP}"),
    step("mailbox without counts", "raw PUT /mailboxes/{APP} oldMessages=1"),
    step("delete mailbox", "mailboxes delete {APP}"),
    step("deleted mailbox", "mailboxes get {APP}"),
    step("delete it twice", "mailboxes delete {APP}"),
    // ---------------------------------------------------------- user events
    step("user event", "events user diff --application {APP} --var k=v"),
    step("user event, no such app", "events user diff --application no-such-application-here"),
    step(
        "user event about nothing",
        "events user diff --application {APP} --source channel:no-such-channel",
    ),
    step("user event, bad source", "events user diff --application {APP} --source nope:x"),
    step("user event without an application", "raw POST /events/user/diff"),
    step("claim without a channel", "raw POST /events/claim application={APP}"),
    step("claim without an application", "raw POST /events/claim channelId=x"),
    // ---------------------------------------------------------- originating
    step(
        "originate",
        "channels originate --endpoint Local/wait@lab --app {APP} --channel-id {APP}-a --other-channel-id {APP}-a2",
    )
    .until(&["StasisStart"]),
    step(
        "originate a taken id",
        "channels originate --endpoint Local/wait@lab --app {APP} --channel-id {APP}-a",
    ),
    step("originate to nothing", "channels originate --endpoint Local/wait@lab"),
    step("originate a bad endpoint", "channels originate --endpoint nothing --app {APP}"),
    step("originate an unknown technology", "channels originate --endpoint Nope/x --app {APP}"),
    step("originate without endpoint", "raw POST /channels app={APP}"),
    step(
        "originate for no originator",
        "channels originate --endpoint Local/wait@lab --app {APP} --originator no-such-channel",
    ),
    step(
        "create with originator and formats",
        "channels create --endpoint Local/wait@lab --app {APP} --originator x --formats ulaw",
    ),
    step(
        "originate with an id",
        "channels originate --id {APP}-w --endpoint Local/echo@lab --app {APP} --app-args x,y",
    )
    // Until the far end runs Echo(), half a second after its Answer(): a
    // step after that must not race it.
    .until(&["StasisStart", "ChannelDialplan:Echo"]),
    step("the other half of it", "channels get {APP}-w;2"),
    step("originate that id again", "channels originate --id {APP}-w --endpoint Local/echo@lab --app {APP}"),
    step(
        "continue elsewhere",
        "channels continue {APP}-w --context lab --extension wait",
    )
    .until(&["StasisEnd"]),
    step("continued elsewhere", "channels get {APP}-w"),
    step("hang up the one with an id", "channels hangup {APP}-w").until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step(
        "ringing, not for long",
        "channels originate --endpoint Local/ring@lab --app {APP} --timeout 1",
    )
    .until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step("external media without an app", "raw POST /channels/externalMedia format=ulaw"),
    step(
        "external media over tcp",
        "raw POST /channels/externalMedia app={APP} transport=tcp external_host=127.0.0.1:9 format=ulaw",
    ),
    step(
        "external media to no port",
        "raw POST /channels/externalMedia app={APP} external_host=localhost format=ulaw",
    ),
    step(
        "external media without a format",
        "raw POST /channels/externalMedia app={APP} external_host=127.0.0.1:9",
    ),
    // 20.6.0 has no `direction` (20.19.0, 22.9.0 and 23.3.0 brought it)
    // and makes the RTP channel.
    step(
        "external media sideways",
        "raw POST /channels/externalMedia app={APP} external_host=127.0.0.1:9 format=ulaw direction=sideways",
    )
    .until_on("20.6.0", &["StasisStart"])
    .differs_on("20.6.0", Aspect::Shape, RTP_CHANNELVARS),
    step(
        "external media, unknown encapsulation",
        "raw POST /channels/externalMedia app={APP} external_host=127.0.0.1:9 format=ulaw encapsulation=nope",
    ),
    // 20.6.0 has no `connection_type` (chan_websocket brought it) and
    // makes the RTP channel.
    step(
        "external media, server over udp",
        "raw POST /channels/externalMedia app={APP} external_host=127.0.0.1:9 format=ulaw connection_type=server",
    )
    .until_on("20.6.0", &["StasisStart"])
    .differs_on("20.6.0", Aspect::Shape, RTP_CHANNELVARS),
    step(
        "external media, unknown websocket",
        "raw POST /channels/externalMedia app={APP} transport=websocket encapsulation=none external_host=nope format=ulaw",
    ),
    step(
        "external media, unknown format",
        "raw POST /channels/externalMedia app={APP} transport=websocket encapsulation=none connection_type=server format=nope",
    ),
    // RTP (chan_rtp), answered at once: into the application.
    step(
        "external media over RTP",
        "raw POST /channels/externalMedia app={APP} external_host=127.0.0.1:9 format=slin16 channelId={APP}-rtp",
    )
    .until(&["StasisStart"])
    .differs(Aspect::Shape, RTP_CHANNELVARS),
    step("the RTP channel", "channels get {APP}-rtp"),
    step("hang up the RTP channel", "channels hangup {APP}-rtp").until(&["ChannelDestroyed"]),
    // A media WebSocket (chan_websocket, connection_type=server): dialled
    // until its application connects, then answered into the application.
    step(
        "external media over a WebSocket",
        "raw POST /channels/externalMedia app={APP} transport=websocket encapsulation=none connection_type=server format=slin16 channelId={APP}-ws",
    )
    .until(&["Dial"])
    .since(ari::spec::versions::CHAN_WEBSOCKET),
    step(
        "its connection id",
        "channels get-var {APP}-ws --variable MEDIA_WEBSOCKET_CONNECTION_ID",
    )
    .capture("WS", "value")
    .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("an unknown media socket", "@connect no-such-connection")
        .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("connect its media socket", "@connect {WS}")
        .until(&["StasisStart"])
        .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("connect it twice", "@connect {WS}").since(ari::spec::versions::CHAN_WEBSOCKET),
    step("ask its status", "@send {WS} GET_STATUS").since(ari::spec::versions::CHAN_WEBSOCKET),
    step("ask a mark", "@send {WS} MARK_MEDIA m1").since(ari::spec::versions::CHAN_WEBSOCKET),
    step("the WebSocket channel", "channels get {APP}-ws").since(ari::spec::versions::CHAN_WEBSOCKET),
    step("hang up the WebSocket channel", "channels hangup {APP}-ws")
        .until(&["ChannelDestroyed"])
        .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("its socket closes", "@closed {WS}").since(ari::spec::versions::CHAN_WEBSOCKET),
    step(
        "another over a WebSocket",
        "raw POST /channels/externalMedia app={APP} transport=websocket encapsulation=none connection_type=server format=ulaw channelId={APP}-ws2",
    )
    .until(&["Dial"])
    .since(ari::spec::versions::CHAN_WEBSOCKET),
    step(
        "the other's connection id",
        "channels get-var {APP}-ws2 --variable MEDIA_WEBSOCKET_CONNECTION_ID",
    )
    .capture("WS2", "value")
    .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("connect the other", "@connect {WS2}")
        .until(&["StasisStart"])
        .since(ari::spec::versions::CHAN_WEBSOCKET),
    // The application closing its socket hangs the channel up.
    step("close the other's socket", "@close {WS2}")
        .until(&["ChannelDestroyed"])
        .since(ari::spec::versions::CHAN_WEBSOCKET),
    step("get channel", "channels get {APP}-a"),
    step("list channels", "channels list"),
    step("the other half", "channels get {APP}-a2"),
    step("answer the other half", "channels answer {APP}-a2"),
    step("set a var on the other half", "channels set-var {APP}-a2 --variable DIFF --value x"),
    step("read a var of the other half", "channels get-var {APP}-a2 --variable CHANNEL(state)"),
    step("dial an originated channel", "channels dial {APP}-a"),
    // ---------------------------------------------------------- channel control
    step("answer", "channels answer {APP}-a"),
    step("ring", "channels ring {APP}-a"),
    step("ring stop", "channels ring-stop {APP}-a"),
    step("progress", "channels progress {APP}-a"),
    step("hold", "channels hold {APP}-a"),
    step("unhold", "channels unhold {APP}-a"),
    step("mute", "channels mute {APP}-a --direction in"),
    step("unmute", "channels unmute {APP}-a --direction in"),
    step("mute sideways", "raw POST /channels/{APP}-a/mute direction=sideways"),
    step("mute without a direction", "raw POST /channels/{APP}-a/mute"),
    step("unmute sideways", "raw DELETE /channels/{APP}-a/mute direction=sideways"),
    step("start moh", "channels start-moh {APP}-a"),
    step("stop moh", "channels stop-moh {APP}-a"),
    step("start silence", "channels start-silence {APP}-a"),
    step("stop silence", "channels stop-silence {APP}-a"),
    step("set var", "channels set-var {APP}-a --variable DIFF --value one"),
    step("get var", "channels get-var {APP}-a --variable DIFF"),
    step("get unknown var", "channels get-var {APP}-a --variable NOPE_NOT_SET"),
    step("get var without a name", "raw GET /channels/{APP}-a/variable"),
    step("read no such function", "channels get-var {APP}-a --variable NOSUCHFUNC(x)"),
    step("write no such function", "channels set-var {APP}-a --variable NOSUCHFUNC(x) --value 1"),
    step("read a function", "channels get-var {APP}-a --variable CHANNEL(name)"),
    step("write a caller name", "channels set-var {APP}-a --variable CALLERID(name) --value Bob"),
    step("read the caller name", "channels get-var {APP}-a --variable CALLERID(name)"),
    step(
        "filter out variables",
        r#"applications filter {APP} --json-body {"disallowed":[{"type":"ChannelVarset"}]}"#,
    ),
    step("set a filtered var", "channels set-var {APP}-a --variable DIFF_F --value 1"),
    step("filter nothing out", "applications filter {APP} --json-body {}"),
    step("set vars", "channels set-vars {APP}-a --var DIFF2=two --var DIFF3=three"),
    step("get vars", "channels get-vars {APP}-a --variables DIFF2,DIFF3"),
    step("get unknown vars", "channels get-vars {APP}-a --variables DIFF2,NOPE_NOT_SET"),
    step("dtmf", "channels dtmf {APP}-a --dtmf 12 --between 50")
        .until(&["ChannelDtmfReceived", "ChannelDtmfReceived"]),
    step("dtmf without digits", "raw POST /channels/{APP}-a/dtmf"),
    step("rtp statistics", "channels rtp-stats {APP}-a"),
    step("transfer progress", "channels transfer-progress {APP}-a --states channel_progress"),
    step("transfer progress sideways", "raw POST /channels/{APP}-a/transfer_progress states=sideways"),
    step("transfer progress without states", "raw POST /channels/{APP}-a/transfer_progress"),
    step("claim", "events claim --channel-id {APP}-a --application {APP}"),
    // ---------------------------------------------------------- playbacks
    step("play", "channels play {APP}-a --media sound:hello-world")
        .until(&["PlaybackFinished"])
        .capture("PB", "id"),
    step("finished playback", "playbacks get {PB}"),
    step(
        "play, with an id",
        "channels play {APP}-a --media sound:demo-congrats --playback-id {APP}-pb",
    )
    .until(&["PlaybackStarted"]),
    step("the same id again", "channels play {APP}-a --media sound:beep --playback-id {APP}-pb"),
    step("playback", "playbacks get {APP}-pb"),
    step(
        "queue another",
        "channels play {APP}-a --media sound:beep --playback-id {APP}-q",
    ),
    step("queued playback", "playbacks get {APP}-q"),
    step("pause the queued one", "playbacks control {APP}-q --operation pause"),
    step("restart the queued one", "playbacks control {APP}-q --operation restart"),
    step("stop the queued one", "playbacks stop {APP}-q"),
    step("stopped queued playback", "playbacks get {APP}-q"),
    step("restart the stopped one", "playbacks control {APP}-q --operation restart"),
    step("pause", "playbacks control {APP}-pb --operation pause"),
    step("restart while paused", "playbacks control {APP}-pb --operation restart"),
    step("pause again", "playbacks control {APP}-pb --operation pause"),
    step("unpause", "playbacks control {APP}-pb --operation unpause"),
    step("restart", "playbacks control {APP}-pb --operation restart"),
    step("forward", "playbacks control {APP}-pb --operation forward"),
    step("reverse", "playbacks control {APP}-pb --operation reverse"),
    step("sideways", "raw POST /playbacks/{APP}-pb/control operation=sideways"),
    step("no operation", "raw POST /playbacks/no-such-playback/control"),
    // The second playback of that id starts as the first stops.
    step("stop playback", "playbacks stop {APP}-pb").until(&["PlaybackFinished", "PlaybackStarted"]),
    step("stopped playback", "playbacks get {APP}-pb"),
    step("stop the playback again", "playbacks stop {APP}-pb").until(&["PlaybackFinished"]),
    step("control it", "playbacks control {APP}-pb --operation pause"),
    step("play nothing", "channels play {APP}-a --media sound:no-such-sound-here")
        .until(&["PlaybackFinished"]),
    step("play a bad skip", "channels play {APP}-a --media sound:beep --skipms=-1"),
    step("play without media", "raw POST /channels/{APP}-a/play"),
    step("play a bad offset", "channels play {APP}-a --media sound:beep --offsetms=-5"),
    step("play two sounds", "channels play {APP}-a --media sound:beep,sound:beep")
        .until(&["PlaybackFinished"]),
    step("play digits", "channels play {APP}-a --media digits:12").until(&["PlaybackFinished"]),
    step("play a number", "channels play {APP}-a --media number:7").until(&["PlaybackFinished"]),
    step(
        "play a tone",
        "channels play {APP}-a --media tone:ring --playback-id {APP}-tone",
    )
    .until(&["PlaybackStarted"]),
    step("stop the tone", "playbacks stop {APP}-tone").until(&["PlaybackFinished"]),
    // ---------------------------------------------------------- recordings
    step(
        "record",
        "channels record {APP}-a --name {APP}-r1 --format wav --max-duration-seconds 1",
    )
    .until(&["RecordingFinished"]),
    step("stored recording", "recordings get {APP}-r1"),
    step("stored recordings", "recordings list"),
    step("download", "recordings download {APP}-r1 --to {DIR}/r1.wav"),
    step("copy", "recordings copy {APP}-r1 --destination-recording-name {APP}-r1c"),
    step("copy onto it", "recordings copy {APP}-r1 --destination-recording-name {APP}-r1c"),
    step("record over it", "channels record {APP}-a --name {APP}-r1c --format wav"),
    step("record a bad format", "channels record {APP}-a --name {APP}-r9 --format nope"),
    step("record without a name", "raw POST /channels/{APP}-a/record format=wav"),
    step("record without a format", "raw POST /channels/{APP}-a/record name={APP}-r9"),
    step("record a bad length", "channels record {APP}-a --name {APP}-r9 --format wav --max-duration-seconds=-1"),
    step("record, bad terminator", "raw POST /channels/{APP}-a/record name={APP}-r9 format=wav terminateOn=9"),
    step("record, bad if-exists", "raw POST /channels/{APP}-a/record name={APP}-r9 format=wav ifExists=maybe"),
    step("copy to no name", "raw POST /recordings/stored/{APP}-r1/copy"),
    step("copy out of the directory", "recordings copy {APP}-r1 --destination-recording-name ../{APP}-x"),
    step("delete the copy", "recordings delete {APP}-r1c"),
    step("delete the recording", "recordings delete {APP}-r1"),
    step("delete the recording again", "recordings delete {APP}-r1"),
    step("deleted recording", "recordings get {APP}-r1"),
    step("download it", "recordings download {APP}-r1 --to {DIR}/none.wav"),
    step("copy it", "recordings copy {APP}-r1 --destination-recording-name {APP}-r1d"),
    step("record, live", "channels record {APP}-a --name {APP}-r2 --format wav")
        .until(&["RecordingStarted"]),
    step("live recording", "recordings get-live {APP}-r2"),
    step("record it twice", "channels record {APP}-a --name {APP}-r2 --format wav"),
    step("pause recording", "recordings pause {APP}-r2"),
    step("unpause recording", "recordings unpause {APP}-r2"),
    step("mute recording", "recordings mute {APP}-r2"),
    step("unmute recording", "recordings unmute {APP}-r2"),
    step("stop recording", "recordings stop {APP}-r2").until(&["RecordingFinished"]),
    step("stopped recording", "recordings get-live {APP}-r2"),
    step("stop the recording again", "recordings stop {APP}-r2"),
    step("delete the stopped one", "recordings delete {APP}-r2"),
    step("record to cancel", "channels record {APP}-a --name {APP}-r3 --format wav")
        .until(&["RecordingStarted"]),
    step("cancel recording", "recordings cancel {APP}-r3").until(&["RecordingFinished"]),
    step("cancelled recording", "recordings get {APP}-r3"),
    step("pause nothing", "recordings pause {APP}-r3"),
    step("mute nothing", "recordings mute {APP}-r3"),
    // ---------------------------------------------------------- snoop
    step("snoop", "channels snoop {APP}-a --app {APP} --spy out")
        .until(&["StasisStart"])
        .capture("S", "id"),
    step(
        "snoop, with an id",
        "channels snoop {APP}-a --app {APP} --spy both --whisper both --snoop-id {APP}-s2",
    )
    .until(&["StasisStart"]),
    step("snoop without direction", "channels snoop {APP}-a --app {APP} --snoop-id {APP}-s3"),
    step("snoop a taken id", "channels snoop {APP}-a --app {APP} --spy in --snoop-id {APP}-s2"),
    step("snoop nothing", "channels snoop no-such-channel --app {APP} --spy in"),
    step("snoop for no application", "raw POST /channels/{APP}-a/snoop spy=in"),
    step("snoop sideways", "raw POST /channels/{APP}-a/snoop app={APP} spy=sideways"),
    step("snoop channel", "channels get {APP}-s2"),
    step("hang up the snoop", "channels hangup {S}").until(&["StasisEnd"]),
    step("hang up the other snoop", "channels hangup {APP}-s2").until(&["StasisEnd"]),
    // ---------------------------------------------------------- create and dial
    step(
        "create",
        "channels create --endpoint Local/echo@lab --app {APP} --channel-id {APP}-c",
    )
    .until(&["StasisStart"]),
    step("created channel", "channels get {APP}-c"),
    step("answer before dialling", "channels answer {APP}-c"),
    step("ring before dialling", "channels ring {APP}-c"),
    step("play before dialling", "channels play {APP}-c --media sound:beep"),
    step("continue before dialling", "channels continue {APP}-c"),
    step("dial", "channels dial {APP}-c").until(&["Dial", "Dial"]),
    step("dial again", "channels dial {APP}-c"),
    step("dialled channel", "channels get {APP}-c"),
    step("hang up the created one", "channels hangup {APP}-c --reason busy")
        .until(&["ChannelDestroyed"]),
    step("hang up sideways", "raw DELETE /channels/{APP}-a reason=sideways"),
    step("hang up with two reasons", "raw DELETE /channels/{APP}-a reason=busy reason_code=17"),
    step("hang up with a bad code", "raw DELETE /channels/{APP}-a reason_code=x"),
    // ---------------------------------------------------------- bridges
    step("create bridge", "bridges create --type mixing --name {APP}").capture("BR", "id"),
    step("create bridge with id", "bridges create --type holding --id {APP}-br2 --name {APP}-2"),
    step("subscribe to the bridge", "applications subscribe {APP} --event-source bridge:{APP}-br2"),
    step("subscribe to no endpoint", "applications subscribe {APP} --event-source endpoint:Local/nobody"),
    step("create it again", "bridges create --type holding --bridge-id {APP}-br2"),
    step("create a bad type", "raw POST /bridges type=sideways"),
    step("create a bad type with an id", "raw POST /bridges/{APP}-br3 type=sideways"),
    step("bridges", "bridges list"),
    step("bridge", "bridges get {BR}"),
    step("add", "bridges add-channel {BR} --channel {APP}-a").until(&["ChannelEnteredBridge"]),
    step("bridge with a channel", "bridges get {BR}"),
    step("add nothing", "bridges add-channel {BR} --channel no-such-channel"),
    step("add no channel", "raw POST /bridges/{BR}/addChannel"),
    step("add one not in Stasis", "bridges add-channel {BR} --channel {APP}-a2"),
    step("set bridge var", "bridges set-var {BR} --variable DIFF --value two"),
    step("get bridge var", "bridges get-var {BR} --variable DIFF"),
    step("get unknown bridge var", "bridges get-var {BR} --variable NOPE_NOT_SET"),
    step("set bridge vars", "bridges set-vars {BR} --var DIFF2=two --var DIFF3=three"),
    step("get bridge vars", "bridges get-vars {BR} --variables DIFF2,DIFF3"),
    step("get no bridge vars", "raw GET /bridges/{BR}/variables"),
    step("set no bridge vars", "raw POST /bridges/{BR}/variables"),
    step("get bridge var without a name", "raw GET /bridges/{BR}/variable"),
    step("bridge moh", "bridges start-moh {BR}"),
    step("bridge moh stop", "bridges stop-moh {BR}"),
    step("bridge moh stop again", "bridges stop-moh {BR}"),
    step("bridge play", "bridges play {BR} --media sound:hello-world")
        .until(&["PlaybackFinished"]),
    step(
        "bridge play, with an id",
        "bridges play {BR} --media sound:hello-world --playback-id {APP}-bpb",
    )
    .until(&["PlaybackStarted"]),
    step("bridge playback", "playbacks get {APP}-bpb"),
    step("bridge play without media", "raw POST /bridges/{BR}/play"),
    step("stop bridge playback", "playbacks stop {APP}-bpb").until(&["PlaybackFinished"]),
    step(
        "bridge record",
        "bridges record {BR} --name {APP}-br --format wav --max-duration-seconds 1",
    )
    .until(&["RecordingFinished"]),
    step("bridge recording", "recordings get {APP}-br"),
    step("bridge record, bad format", "bridges record {BR} --name {APP}-br9 --format nope"),
    step("delete bridge recording", "recordings delete {APP}-br"),
    step("video source", "bridges set-video-source {BR} {APP}-a"),
    step("video source elsewhere", "bridges set-video-source {BR} {APP}-a2"),
    step("video source nothing", "bridges set-video-source {BR} no-such-channel"),
    step("bridge with video", "bridges get {BR}"),
    step("clear video source", "bridges clear-video-source {BR}"),
    step("move to the holding bridge", "bridges add-channel {APP}-br2 --channel {APP}-a")
        .until(&["ChannelEnteredBridge"]),
    step("remove from the old one", "bridges remove-channel {BR} --channel {APP}-a"),
    step("remove", "bridges remove-channel {APP}-br2 --channel {APP}-a")
        .until(&["ChannelLeftBridge"]),
    step("remove again", "bridges remove-channel {APP}-br2 --channel {APP}-a"),
    step("remove nothing", "bridges remove-channel {APP}-br2 --channel no-such-channel"),
    step("destroy bridge", "bridges destroy {BR}"),
    // Waited for: the real server once told the markers sent after it first.
    step("destroy the holding bridge", "bridges destroy {APP}-br2").until(&["BridgeDestroyed"]),
    step("destroyed bridge", "bridges get {BR}"),
    step("destroy it again", "bridges destroy {BR}"),
    step("play to no bridge", "bridges play {BR} --media sound:beep"),
    // Two calls in one mixing bridge: each is the other's BRIDGEPEER.
    step(
        "a second call",
        "channels originate --endpoint Local/echo@lab --app {APP} --channel-id {APP}-e --caller-id Alice<1001> --var DIFFV=1",
    )
    // Until its far end runs Echo() (after Answer()), which reads the
    // connected line changes the bridge sends it at once.
    .until(&["StasisStart", "ChannelDialplan:Echo"]),
    step("a bridge for two", "bridges create --type mixing --id {APP}-br4"),
    step("both in", "bridges add-channel {APP}-br4 --channel {APP}-a,{APP}-e")
        .until(&["ChannelEnteredBridge", "ChannelEnteredBridge"]),
    step("the bridge for two", "bridges get {APP}-br4"),
    step("music for two", "bridges start-moh {APP}-br4"),
    step("no music for two", "bridges stop-moh {APP}-br4"),
    step("hang up one of them", "channels hangup {APP}-e")
        .until(&["ChannelLeftBridge", "ChannelDestroyed", "ChannelDestroyed"]),
    step("destroy the bridge with one in", "bridges destroy {APP}-br4")
        .until(&["ChannelLeftBridge"]),
    // ---------------------------------------------------------- move, redirect
    step("move", "channels move {APP}-a --app {B}").until(&["StasisStart@B"]),
    step("move back", "channels move {APP}-a --app {APP}").until(&["StasisStart"]),
    step("move nowhere", "channels move {APP}-a --app {APP}-nobody")
        .until(&["ApplicationMoveFailed"]),
    step("redirect", "channels redirect {APP}-a --endpoint Local/echo@lab"),
    step("redirect to another technology", "channels redirect {APP}-a --endpoint PJSIP/alice"),
    step("redirect to no resource", "channels redirect {APP}-a --endpoint Local/"),
    step("redirect to no technology", "channels redirect {APP}-a --endpoint echo"),
    // ---------------------------------------------------------- continue, hang up
    step("redirect without an endpoint", "raw POST /channels/{APP}-a/redirect"),
    step("continue", "channels continue {APP}-a").until(&["StasisEnd"]),
    step("continued channel", "channels get {APP}-a"),
    step("answer out of Stasis", "channels answer {APP}-a"),
    step("hang up", "channels hangup {APP}-a").until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step("hung up", "channels get {APP}-a"),
    step("hang up again", "channels hangup {APP}-a"),
    step("busy", "channels originate --endpoint Local/busy@lab --app {APP}")
        .until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step("congestion", "channels originate --endpoint Local/congestion@lab --app {APP}")
        .until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step(
        "dtmf from the far end",
        "channels originate --endpoint Local/dtmf@lab --app {APP} --channel-id {APP}-t",
    )
    .until(&["StasisStart"]),
    // The far end presses 123# a second after answering.
    step(
        "record until #",
        "channels record {APP}-t --name {APP}-r4 --format wav --terminate-on #",
    )
    .until(&[
        "RecordingStarted",
        "ChannelDtmfReceived",
        "ChannelDtmfReceived",
        "ChannelDtmfReceived",
        "ChannelDtmfReceived",
        "RecordingFinished",
    ]),
    step("recorded until #", "recordings get {APP}-r4"),
    step("delete that recording", "recordings delete {APP}-r4"),
    step("hang up the dtmf one", "channels hangup {APP}-t").until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step(
        "ringing",
        "channels originate --endpoint Local/ring@lab --app {APP} --channel-id {APP}-ring",
    )
    .until(&["Dial", "ChannelStateChange:Ringing", "Dial"]),
    step("answer a ringing one", "channels answer {APP}-ring"),
    step("hang up the ringing one", "channels hangup {APP}-ring --reason-code 21")
        .until(&["ChannelDestroyed", "ChannelDestroyed"]),
    step(
        "into the dialplan",
        "channels originate --endpoint Local/wait@lab --extension echo --context lab --channel-id {APP}-d",
    ),
    step("hang up the dialplan one", "channels hangup {APP}-d"),
    // ---------------------------------------------------------- nothing there
    step("unknown channel", "channels get no-such-channel"),
    step("unknown channel var", "channels get-var no-such-channel --variable X"),
    step("unknown bridge", "bridges destroy no-such-bridge"),
    step("unknown playback", "playbacks stop no-such-playback"),
    step("unknown live recording", "recordings get-live no-such-recording"),
    step("unknown stored recording", "recordings get no-such-recording"),
    step("unknown device state", "device-states get Stasis:no-such-device"),
    step("unknown mailbox", "mailboxes get no-such-mailbox"),
];

/// Events whose moment Asterisk decides on its own threads (a Local
/// channel's `;2` moving on in the dialplan, a variable set as a bridge or
/// Stasis() winds down): compared over the whole session, not per step.
const RACY: &[&str] = &[
    "ChannelDialplan",
    "ChannelVarset:STASISSTATUS",
    "ChannelVarset:BRIDGEPEER",
];

/// How many of `b` match `a`, as multisets; and the larger count.
fn matching(a: &[String], b: &[String]) -> (usize, usize) {
    let mut rest = b.to_vec();
    let mut matched = 0;
    for e in a {
        if let Some(i) = rest.iter().position(|x| x == e) {
            rest.remove(i);
            matched += 1;
        }
    }
    (matched, a.len().max(b.len()))
}

/// The items of `a` that `b` has no match for, as multisets.
fn unmatched(a: &[String], b: &[String]) -> Vec<String> {
    let mut rest = b.to_vec();
    a.iter()
        .filter(|e| match rest.iter().position(|x| x == *e) {
            Some(i) => {
                rest.remove(i);
                false
            }
            None => true,
        })
        .cloned()
        .collect()
}

/// What one step saw on one server.
#[derive(Debug, Clone, PartialEq)]
struct Seen {
    status: Option<u16>,
    shape: Option<String>,
    error: Option<String>,
    events: Vec<String>,
    /// Each event's description with its JSON shape.
    event_shapes: Vec<String>,
    /// The events themselves, for DIFF_DEBUG.
    raw: Vec<Value>,
    /// The requests `ari -v` sent: `POST /channels/x/play?media=...`.
    requests: Vec<String>,
    /// Not played on this version (`Step::since`).
    skipped: bool,
}

/// What a step's action answered: an `ari` command, or the test acting as
/// an external media application.
#[derive(Default)]
struct Answer {
    status: Option<u16>,
    shape: Option<String>,
    error: Option<String>,
    body: Option<Value>,
    requests: Vec<String>,
}

/// Keys and value types, recursively; an array by the shapes of its
/// elements, each once (an empty array is just an array).
fn shape(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(_) => "bool".into(),
        Value::Number(_) => "number".into(),
        Value::String(_) => "string".into(),
        Value::Array(items) => {
            let mut shapes: Vec<String> = items.iter().map(shape).collect();
            shapes.sort();
            shapes.dedup();
            format!("[{}]", shapes.join("|"))
        }
        Value::Object(map) => {
            let fields: BTreeMap<&String, String> =
                map.iter().map(|(k, v)| (k, shape(v))).collect();
            let inner: Vec<String> = fields.iter().map(|(k, v)| format!("{k}:{v}")).collect();
            format!("{{{}}}", inner.join(","))
        }
    }
}

/// An event, as compared: its type; which variable a `ChannelVarset` sets
/// and which state a `ChannelStateChange` reaches (that is as much the
/// behaviour as the event); `@B` when it is for the second application.
fn describe(event: &Value, b: &str) -> String {
    let kind = event["type"].as_str().unwrap_or("");
    let mut text = match kind {
        "ChannelVarset" => format!("{kind}:{}", event["variable"].as_str().unwrap_or("")),
        "ChannelStateChange" => {
            format!(
                "{kind}:{}",
                event["channel"]["state"].as_str().unwrap_or("")
            )
        }
        _ => kind.to_string(),
    };
    if event["application"] == b {
        text.push_str("@B");
    }
    text
}

/// Whether an event is one a step waits for: by its description, or, for
/// `ChannelDialplan:App`, by the dialplan application it starts (a Local
/// channel's other half may be starting another one at the same time).
fn awaited(wanted: &str, description: &str, event: &Value) -> bool {
    match wanted.strip_prefix("ChannelDialplan:") {
        Some(app) => description == "ChannelDialplan" && event["dialplan_app"] == app,
        None => wanted == description,
    }
}

fn fill(words: &str, vars: &HashMap<String, String>) -> Vec<String> {
    words
        .split_whitespace()
        .map(|w| {
            let mut w = w.to_string();
            for (k, v) in vars {
                w = w.replace(&format!("{{{k}}}"), v);
            }
            w
        })
        .collect()
}

/// A value at a dotted path of a JSON document.
fn at<'a>(value: &'a Value, path: &str) -> &'a Value {
    path.split('.').fold(value, |v, key| &v[key])
}

/// A server the session runs on.
struct Server {
    url: String,
    addr: SocketAddr,
}

impl Server {
    /// `POST /ari/events/user/{name}?application={app}` over a plain socket:
    /// the step markers, cheaper than another `ari` process.
    fn user_event(&self, name: &str, app: &str) {
        let mut stream = TcpStream::connect(self.addr).expect("connect for a marker");
        let request = format!(
            "POST /ari/events/user/{name}?application={app} HTTP/1.1\r\nHost: {}\r\nAuthorization: Basic {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.addr,
            basic_token("asterisk", "asterisk")
        );
        stream.write_all(request.as_bytes()).expect("send a marker");
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        assert!(answer.starts_with("HTTP/1.1 204"), "marker: {answer}");
    }
}

fn play(server: &Server, app: &str, version: &str) -> Vec<Seen> {
    let sb = Sandbox::new();
    let b = format!("{app}-b");
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("APP".into(), app.to_string());
    vars.insert("B".into(), b.clone());
    vars.insert("P".into(), std::process::id().to_string());
    vars.insert("DIR".into(), sb.path().display().to_string());
    let mut events = Events::connect(server.addr, &format!("app={app},{b}"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while run(sb
        .ari()
        .args(["--url", &server.url, "applications", "get", app]))
    .code
        != 0
    {
        assert!(Instant::now() < deadline, "{app} never listed");
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut sockets = Sockets::new();
    let mut seen = Vec::new();
    for (n, step) in SESSION.iter().enumerate() {
        if !step.played_on(version) {
            seen.push(Seen {
                status: None,
                shape: None,
                error: None,
                events: Vec::new(),
                event_shapes: Vec::new(),
                raw: Vec::new(),
                requests: Vec::new(),
                skipped: true,
            });
            continue;
        }
        let words = fill(step.words, &vars);
        let answer = if words.first().is_some_and(|w| w.starts_with('@')) {
            media_step(server, &mut sockets, &words)
        } else {
            ask(server, &sb, &words)
        };
        if let (Some((var, key)), Some(body)) = (step.capture, &answer.body)
            && let Some(v) = at(body, key).as_str()
        {
            vars.insert(var.into(), v.to_string());
        }
        // The step's events: those it waits for, then everything up to the
        // markers sent after it to both applications (the events of one
        // application arrive in order).
        let mut types = Vec::new();
        let mut shapes = Vec::new();
        let mut raw = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut waiting: Vec<&str> = step.until.to_vec();
        if let Some((on, more)) = step.until_on
            && on == version
        {
            waiting.extend(more);
        }
        while !waiting.is_empty()
            && let Some(e) = events.next_within(deadline.saturating_duration_since(Instant::now()))
        {
            let d = describe(&e, &b);
            if let Some(i) = waiting.iter().position(|w| awaited(w, &d, &e)) {
                waiting.remove(i);
            }
            shapes.push(format!("{d} {}", self::shape(&e)));
            types.push(d);
            raw.push(e);
        }
        let mark = format!("diff-mark-{n}");
        server.user_event(&mark, app);
        server.user_event(&mark, &b);
        let mut marks = 0;
        while marks < 2
            && let Some(e) = events.next_within(deadline.saturating_duration_since(Instant::now()))
        {
            if e["eventname"] == mark.as_str() {
                marks += 1;
            } else {
                let d = describe(&e, &b);
                shapes.push(format!("{d} {}", self::shape(&e)));
                types.push(d);
                raw.push(e);
            }
        }
        assert_eq!(
            marks, 2,
            "step {:?}: the markers never came back",
            step.label
        );
        types.sort();
        shapes.sort();
        seen.push(Seen {
            status: answer.status,
            shape: answer.shape,
            error: answer.error,
            events: types,
            event_shapes: shapes,
            raw,
            requests: answer.requests,
            skipped: false,
        });
    }
    seen
}

/// Run `ari` with the step's words.
fn ask(server: &Server, sb: &Sandbox, words: &[String]) -> Answer {
    let out = run(sb
        .ari()
        .args(["--url", &server.url, "-v", "-o", "json"])
        .args(words));
    let header = |name: &str| {
        out.stderr.lines().find_map(|l| {
            let (key, value) = l.strip_prefix("< ")?.split_once(": ")?;
            key.eq_ignore_ascii_case(name).then(|| value.to_string())
        })
    };
    let status = out
        .stderr
        .lines()
        .find_map(|l| l.strip_prefix("< HTTP/1.1 "))
        .and_then(|l| l.split_whitespace().next())
        .and_then(|s| s.parse::<u16>().ok());
    let requests = out
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("> ")?.strip_suffix(" HTTP/1.1"))
        .map(|l| l.replacen(" /ari/", " /", 1))
        .collect();
    let body: Option<Value> = serde_json::from_str(out.stdout.trim()).ok();
    // A download's shape is its content type.
    let shape = match &body {
        Some(body) => Some(shape(body)),
        None => header("Content-Type")
            .filter(|t| status == Some(200) && !t.starts_with("application/json"))
            .map(|t| format!("file:{t}")),
    };
    // `ari: 404 Not Found: Channel not found (GET /ari/channels/x)`
    let error = out
        .stderr
        .lines()
        .find(|l| l.starts_with("ari: "))
        .map(|l| {
            let text = l.trim_start_matches("ari: ");
            let text = text.split_once(": ").map_or("", |(_, t)| t);
            text.rsplit_once(" (").map_or(text, |(t, _)| t).to_string()
        });
    Answer {
        status,
        shape,
        error,
        body,
        requests,
    }
}

/// The media WebSockets the session's application holds, by connection id.
type Sockets = HashMap<String, ws::WebSocket<TcpStream>>;

/// The test as an external media application (chan_websocket):
/// `@connect ID` (the upgrade's status, then the first TEXT message),
/// `@send ID TEXT...` (the answer), `@close ID` (it closes its socket),
/// `@closed ID` (the socket is closed by Asterisk: with which code). TEXT
/// messages are compared with their ids blanked.
fn media_step(server: &Server, sockets: &mut Sockets, words: &[String]) -> Answer {
    let id = words.get(1).cloned().unwrap_or_default();
    let mut answer = Answer::default();
    match words[0].as_str() {
        "@connect" => {
            let stream = TcpStream::connect(server.addr).expect("connect for media");
            stream
                .set_read_timeout(Some(Duration::from_secs(10)))
                .unwrap();
            let mut request = format!("ws://{}/media/{id}", server.addr)
                .into_client_request()
                .unwrap();
            request
                .headers_mut()
                .insert("Sec-WebSocket-Protocol", "media".parse().unwrap());
            match ws::client(request, stream) {
                Ok((mut socket, response)) => {
                    answer.status = Some(response.status().as_u16());
                    answer.shape = next_text(&mut socket);
                    sockets.insert(id, socket);
                }
                Err(ws::HandshakeError::Failure(ws::Error::Http(response))) => {
                    answer.status = Some(response.status().as_u16());
                }
                Err(e) => panic!("media socket {id}: {e}"),
            }
        }
        "@send" => {
            let socket = sockets.get_mut(&id).expect("a connected media socket");
            socket
                .send(ws::Message::Text(words[2..].join(" ").into()))
                .expect("send on the media socket");
            answer.shape = next_text(socket);
        }
        "@close" => {
            let socket = sockets.get_mut(&id).expect("a connected media socket");
            let _ = socket.close(None);
            // Asterisk answers a close with 1001 (going away); the
            // simulator's WebSocket library echoes the application's own
            // code: the answer is read, not compared.
            while socket.read().is_ok() {}
            answer.shape = Some("closed".into());
        }
        "@closed" => {
            let socket = sockets.get_mut(&id).expect("a connected media socket");
            answer.shape = next_text(socket);
        }
        other => panic!("no such media step: {other}"),
    }
    answer
}

/// The next TEXT message with its ids blanked, or how the socket closed.
fn next_text(socket: &mut ws::WebSocket<TcpStream>) -> Option<String> {
    loop {
        match socket.read() {
            Ok(ws::Message::Text(text)) => {
                let words: Vec<String> = text
                    .split(' ')
                    .map(|w| match w.split_once(':') {
                        Some((key, _))
                            if matches!(key, "connection_id" | "channel" | "channel_id") =>
                        {
                            format!("{key}:")
                        }
                        _ => w.to_string(),
                    })
                    .collect();
                return Some(words.join(" "));
            }
            Ok(ws::Message::Close(frame)) => {
                return Some(format!("closed {:?}", frame.map(|f| u16::from(f.code))));
            }
            Ok(_) => {}
            Err(_) => return Some("closed without a close frame".into()),
        }
    }
}

/// Matched and compared counts.
#[derive(Default, Clone, Copy)]
struct Rate(usize, usize);

impl Rate {
    fn count(&mut self, same: bool) {
        self.0 += usize::from(same);
        self.1 += 1;
    }
    fn pct(self) -> f64 {
        if self.1 == 0 {
            100.0
        } else {
            100.0 * self.0 as f64 / self.1 as f64
        }
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} ({:.1}%)", self.0, self.1, self.pct())
    }
}

fn compare(sim: &[Seen], real: &[Seen], version: &str) {
    let (mut statuses, mut shapes, mut errors, mut events, mut event_shapes) = (
        Rate::default(),
        Rate::default(),
        Rate::default(),
        Rate::default(),
        Rate::default(),
    );
    let mut differences = Vec::new();
    let mut known = Vec::new();
    let (mut racy_sim, mut racy_real) = (Vec::new(), Vec::new());
    let (mut racy_sim_shapes, mut racy_real_shapes) = (Vec::new(), Vec::new());
    for ((step, s), r) in SESSION.iter().zip(sim).zip(real) {
        if s.skipped || r.skipped {
            continue;
        }
        let label = step.label;
        let known_here = step.known_on(version);
        let differs = |aspect| {
            known_here.is_some_and(|k| k.aspect == aspect || k.aspect == Aspect::Everything)
        };
        if let Some(k) = known_here {
            known.push(format!("{label}: {}", k.reason));
        }
        if known_here.is_some_and(|k| k.aspect == Aspect::Everything) {
            continue;
        }
        statuses.count(s.status == r.status);
        if s.status != r.status {
            differences.push(format!(
                "{label}: status {:?} vs real {:?}",
                s.status, r.status
            ));
        }
        if (r.shape.is_some() || s.shape.is_some()) && !differs(Aspect::Shape) {
            shapes.count(s.shape == r.shape);
            if s.shape != r.shape {
                differences.push(format!(
                    "{label}: shape\n  sim  {:?}\n  real {:?}",
                    s.shape, r.shape
                ));
            }
        }
        if r.error.is_some() || s.error.is_some() {
            errors.count(s.error == r.error);
            if s.error != r.error {
                differences.push(format!(
                    "{label}: error {:?} vs real {:?}",
                    s.error, r.error
                ));
            }
        }
        if differs(Aspect::Events) {
            continue;
        }
        // Event types, as multisets (the order within a step is Asterisk's
        // business); the racy ones are set aside for the session.
        let split = |all: &[String], racy: &mut Vec<String>| -> Vec<String> {
            let (r, steady): (Vec<String>, Vec<String>) = all.iter().cloned().partition(|e| {
                let kind = e.split(' ').next().unwrap_or("");
                RACY.contains(&kind.trim_end_matches("@B"))
            });
            racy.extend(r);
            steady
        };
        let (s_events, r_events) = (
            split(&s.events, &mut racy_sim),
            split(&r.events, &mut racy_real),
        );
        let (matched, total) = matching(&s_events, &r_events);
        events.0 += matched;
        events.1 += total;
        if matched != total {
            differences.push(format!(
                "{label}: events\n  sim  {s_events:?}\n  real {r_events:?}"
            ));
        }
        // The events of a matching type, by their JSON shapes too.
        let (s_shapes, r_shapes) = (
            split(&s.event_shapes, &mut racy_sim_shapes),
            split(&r.event_shapes, &mut racy_real_shapes),
        );
        let (same, _) = matching(&s_shapes, &r_shapes);
        event_shapes.0 += same;
        event_shapes.1 += matched;
        if same != matched {
            differences.push(format!(
                "{label}: event shapes\n  sim  {:?}\n  real {:?}",
                unmatched(&s_shapes, &r_shapes),
                unmatched(&r_shapes, &s_shapes)
            ));
        }
    }
    // DIFF_DEBUG=1 shows every step's events on both servers.
    if std::env::var_os("DIFF_DEBUG").is_some() {
        for ((step, s), r) in SESSION.iter().zip(sim).zip(real) {
            eprintln!(
                "step {:?}: {:?} {:?}\n  sim  {:?}\n  real {:?}",
                step.label, s.status, s.error, s.events, r.events
            );
            // DIFF_DEBUG=raw: the events themselves, in arrival order.
            if std::env::var("DIFF_DEBUG").is_ok_and(|v| v == "raw") {
                for (side, seen) in [("sim", s), ("real", r)] {
                    for e in &seen.raw {
                        let channel = e.get("channel").or_else(|| e.get("peer"));
                        eprintln!(
                            "    {side} {} {} {}{}",
                            e["type"].as_str().unwrap_or(""),
                            channel.map_or("", |c| c["name"].as_str().unwrap_or("")),
                            e.get("variable").map_or(String::new(), |v| v.to_string()),
                            e.get("cause")
                                .map_or(String::new(), |v| format!("cause {v}"))
                        );
                    }
                }
            }
        }
    }
    racy_sim.sort();
    racy_real.sort();
    let (matched, total) = matching(&racy_sim, &racy_real);
    events.0 += matched;
    events.1 += total;
    if matched != total {
        differences.push(format!(
            "session-wide: events\n  sim  {racy_sim:?}\n  real {racy_real:?}"
        ));
    }
    let (same, _) = matching(&racy_sim_shapes, &racy_real_shapes);
    event_shapes.0 += same;
    event_shapes.1 += matched;
    if same != matched {
        differences.push(format!(
            "session-wide: event shapes\n  sim  {:?}\n  real {:?}",
            unmatched(&racy_sim_shapes, &racy_real_shapes),
            unmatched(&racy_real_shapes, &racy_sim_shapes)
        ));
    }
    eprintln!(
        "differential: {} steps; statuses {statuses}, shapes {shapes}, error texts {errors}, event types {events}, event shapes {event_shapes}; {} known differences",
        SESSION.len(),
        known.len()
    );
    for k in &known {
        eprintln!("known difference: {k}");
    }
    for d in &differences {
        eprintln!("difference: {d}");
    }
    assert_eq!(statuses.0, statuses.1, "statuses differ: {differences:#?}");
    assert_eq!(shapes.0, shapes.1, "shapes differ: {differences:#?}");
    assert_eq!(errors.0, errors.1, "error texts differ: {differences:#?}");
    assert_eq!(events.0, events.1, "event types differ: {differences:#?}");
    assert_eq!(
        event_shapes.0, event_shapes.1,
        "event shapes differ: {differences:#?}"
    );
}

/// The operation a request (`POST /channels/x/play?media=...`) is for: the
/// one whose path template matches, literal segments before placeholders
/// (`/channels/externalMedia` is not an originate with an id).
fn operation_of(request: &str) -> Option<&'static Operation> {
    let (method, target) = request.split_once(' ')?;
    let path = target.split('?').next().unwrap_or(target);
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    OPERATIONS
        .iter()
        .filter(|op| !op.websocket && op.method.as_str() == method)
        .filter_map(|op| {
            let template: Vec<&str> = op.path.trim_start_matches('/').split('/').collect();
            if template.len() != segments.len() {
                return None;
            }
            let mut literal = 0;
            for (t, s) in template.iter().zip(&segments) {
                if t.starts_with('{') {
                    continue;
                }
                if t != s {
                    return None;
                }
                literal += 1;
            }
            Some((literal, op))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, op)| op)
}

/// Every REST operation was sent to the real server.
fn check_every_operation_sent(real: &[Seen], version: &str) {
    // Keyed by method and path: nicknames (`get`, `list`) repeat across resources.
    let key = |op: &Operation| format!("{} {}", op.method.as_str(), op.path);
    let mut sent: HashMap<String, usize> = HashMap::new();
    for request in real.iter().flat_map(|s| &s.requests) {
        let op = operation_of(request)
            .unwrap_or_else(|| panic!("a request for no operation: {request}"));
        *sent.entry(key(op)).or_default() += 1;
    }
    let rest: Vec<&Operation> = OPERATIONS.iter().filter(|op| !op.websocket).collect();
    let unsent: Vec<String> = rest
        .iter()
        .filter(|op| !sent.contains_key(&key(op)))
        .map(|op| format!("{} {} ({})", op.resource, op.action, op.nickname))
        .collect();
    eprintln!(
        "differential on {version}: {} of {} operations sent to the real server, {} requests",
        sent.len(),
        rest.len(),
        sent.values().sum::<usize>()
    );
    assert!(
        unsent.is_empty(),
        "operations the session never sent: {unsent:#?}"
    );
}

/// The session on `real` (of `version`) and on a simulator playing that
/// version, at once (the session waits on real time: prompts, recordings),
/// then compared.
fn differential(real: &asterisk::Asterisk, version: &str) {
    let started = Instant::now();
    let sim = sim_with(|o| {
        o.time_scale = 1.0;
        o.asterisk_version = version.to_string();
    });
    // A name of this run's own: other tests share the real instance.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let app = format!("diff-{}-{}", std::process::id(), nanos % 100_000);
    let servers = [
        Server {
            url: real.url.clone(),
            addr: real.addr,
        },
        Server {
            url: sim.url(),
            addr: sim.addr,
        },
    ];
    let (real_seen, sim_seen) = std::thread::scope(|s| {
        let real = s.spawn(|| play(&servers[0], &app, version));
        let sim = s.spawn(|| play(&servers[1], &app, version));
        (
            real.join().expect("the real session"),
            sim.join().expect("the simulated session"),
        )
    });
    eprintln!(
        "differential on {version}: both sessions took {:.1} s",
        started.elapsed().as_secs_f64()
    );
    check_every_operation_sent(&real_seen, version);
    compare(&sim_seen, &real_seen, version);
}

#[test]
fn the_simulator_answers_and_emits_as_a_real_asterisk_does() {
    let Some(real) = asterisk::shared("the differential test") else {
        return;
    };
    differential(real, "22.10.1");
}

#[test]
fn the_simulator_answers_and_emits_as_a_real_asterisk_23_does() {
    let Some(real) = asterisk::Asterisk::start_version("the differential test on 23.4.1", "23.4.1")
    else {
        return;
    };
    differential(&real, "23.4.1");
}

#[test]
fn the_simulator_answers_and_emits_as_a_real_asterisk_20_does() {
    let Some(real) = asterisk::Asterisk::start_version("the differential test on 20.6.0", "20.6.0")
    else {
        return;
    };
    differential(&real, "20.6.0");
}
