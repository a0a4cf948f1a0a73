use super::Resource;

/// The resources, in the order `ari --help` lists them.
pub static RESOURCES: &[Resource] = &[
    Resource {
        name: "channels",
        aliases: &["channel", "chan"],
        api_name: "channels",
        summary: "Calls: originate, answer, play, record, bridge, hang up",
    },
    Resource {
        name: "bridges",
        aliases: &["bridge"],
        api_name: "bridges",
        summary: "Mix channels together; play and record to everyone in a bridge",
    },
    Resource {
        name: "endpoints",
        aliases: &["endpoint"],
        api_name: "endpoints",
        summary: "Phones and trunks (PJSIP/alice): list, state, messages, refer",
    },
    Resource {
        name: "applications",
        aliases: &["apps", "app"],
        api_name: "applications",
        summary: "Stasis applications and what they are subscribed to",
    },
    Resource {
        name: "asterisk",
        aliases: &[],
        api_name: "asterisk",
        summary: "The server itself: info, ping, modules, logging, config, global variables",
    },
    Resource {
        name: "playbacks",
        aliases: &["playback"],
        api_name: "playbacks",
        summary: "Media being played: inspect, pause, rewind, stop",
    },
    Resource {
        name: "recordings",
        aliases: &["recording"],
        api_name: "recordings",
        summary: "Live recordings in progress and stored recordings on disk",
    },
    Resource {
        name: "sounds",
        aliases: &["sound"],
        api_name: "sounds",
        summary: "Sound prompts installed on the server",
    },
    Resource {
        name: "device-states",
        aliases: &["deviceStates", "devicestates"],
        api_name: "deviceStates",
        summary: "Custom device states (Stasis:NAME) for BLF and queues",
    },
    Resource {
        name: "mailboxes",
        aliases: &["mailbox"],
        api_name: "mailboxes",
        summary: "Mailbox message counts for message-waiting indicators",
    },
    Resource {
        name: "events",
        aliases: &[],
        api_name: "events",
        summary: "Generate user events and claim channels",
    },
];
