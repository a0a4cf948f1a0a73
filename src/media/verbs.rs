//! The media actions that sit among a resource's ARI actions (`channels
//! tap`, `channels inject`, `bridges inject`): their clap definitions, read
//! by the command tree. They are not ARI operations but several of them
//! (a snoop, an external media channel, a bridge) with audio in between.

use clap::{Arg, ArgAction, Command, value_parser};

use crate::media::format::Format;

/// The media actions of a resource, by name.
pub fn of_resource(resource: &str) -> Vec<Command> {
    match resource {
        "channels" => vec![tap(), inject("channels")],
        "bridges" => vec![inject("bridges")],
        _ => Vec::new(),
    }
}

/// Whether `resource action` is one of these (the dispatcher sends it to
/// the media commands, not the operation table).
pub fn is_media_action(resource: &str, action: &str) -> bool {
    matches!(
        (resource, action),
        ("channels", "tap" | "inject") | ("bridges", "inject")
    )
}

const TAP_HELP: &str = "\
Asterisk copies the channel's audio (a snoop) to an external media channel
whose audio comes to ari over the server's own HTTP port (chan_websocket;
Asterisk 20.16, 22.6, 23.0 or later), or over RTP on older servers. The tap
ends when the call hangs up, at Ctrl-C or after --duration; the snoop, the
media channel and the bridge between them are hung up on every path. Then
one line on stderr: length, peak and mean level, frames lost.

Examples:
  ari channels tap 1732000000.1 --to call.wav
  ari channels tap 1732000000.1 --direction in --duration 30 --to caller.wav
  ari channels tap 1732000000.1 --to - | sox -t raw -r 16000 -e signed -b 16 -c 1 - -d
  ari channels tap 1732000000.1 --format ulaw --to - > call.ulaw";

fn tap() -> Command {
    Command::new("tap")
        .about("Hear a call: its audio into a WAV file, or raw on stdout")
        .after_help(TAP_HELP)
        .arg(
            Arg::new("channelId")
                .required(true)
                .value_name("CHANNEL_ID")
                .help("The channel to hear"),
        )
        .arg(
            Arg::new("to")
                .long("to")
                .value_name("FILE.wav|-")
                .help("Where the audio goes: a WAV file, or - for raw samples on stdout (default: tap-CHANNEL_ID.wav, or - when stdout is a pipe)"),
        )
        .arg(
            Arg::new("direction")
                .long("direction")
                .value_name("DIR")
                .value_parser(["in", "out", "both"])
                .default_value("both")
                .help("in: what comes from the channel (its caller's voice); out: what Asterisk sends it (what its caller hears); both mixed"),
        )
        .arg(
            Arg::new("duration")
                .long("duration")
                .value_name("SECONDS")
                .value_parser(value_parser!(f64))
                .help("Stop after this many seconds of audio"),
        )
        .arg(format_arg("slin16"))
        .args(transport_args())
}

fn inject(resource: &'static str) -> Command {
    let (id, what, examples) = if resource == "channels" {
        (
            "channelId",
            "The channel to speak into (its far end hears the file)",
            "Examples:\n  ari channels inject 1732000000.1 --from prompt.wav\n  \
             sox greeting.mp3 -t wav - | ari channels inject 1732000000.1 --from -",
        )
    } else {
        (
            "bridgeId",
            "The bridge to speak into (everyone in it hears the file)",
            "Examples:\n  ari bridges inject 8f1c2d --from announcement.wav",
        )
    };
    Command::new("inject")
        .about(if resource == "channels" {
            "Speak into a call: a local WAV file played to the channel"
        } else {
            "Speak into a bridge: a local WAV file played to everyone in it"
        })
        .after_help(format!(
            "The file may be any PCM WAV, mono or stereo, at any rate: it is mixed to\n\
             mono and sent at its own rate when Asterisk has that rate, else resampled\n\
             to 16 kHz. It reaches the call through external media (chan_websocket, or\n\
             RTP on older servers); ari returns once Asterisk has played it out.\n\n{examples}"
        ))
        .arg(
            Arg::new(id)
                .required(true)
                .value_name(if resource == "channels" {
                    "CHANNEL_ID"
                } else {
                    "BRIDGE_ID"
                })
                .help(what),
        )
        .arg(
            Arg::new("from")
                .long("from")
                .required(true)
                .value_name("FILE.wav|-")
                .help("The audio: a WAV file, or - for a WAV stream on stdin (sent as it comes)"),
        )
        .args(transport_args())
}

/// `--format`: what Asterisk is asked to send.
pub fn format_arg(default: &'static str) -> Arg {
    Arg::new("format")
        .long("format")
        .value_name("FORMAT")
        .value_parser(Format::names())
        .default_value(default)
        .help("The audio format on the wire (slin* is linear at 8 to 192 kHz; ulaw and alaw are 8 kHz G.711)")
}

/// `--transport` and `--rtp-address`: how the audio travels.
pub fn transport_args() -> [Arg; 2] {
    [
        Arg::new("transport")
            .long("transport")
            .value_name("HOW")
            .value_parser(["auto", "websocket", "rtp"])
            .default_value("auto")
            .help("websocket: chan_websocket over the server's HTTP port; rtp: RTP over UDP; auto: websocket where the server has it"),
        Arg::new("rtp_address")
            .long("rtp-address")
            .value_name("IP[:PORT]")
            .action(ArgAction::Set)
            .help("RTP only: the address of this host Asterisk sends audio to (default: the one it is reached from)"),
    ]
}
