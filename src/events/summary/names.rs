//! Short forms for narrow terminals: an event type in a few letters, and the
//! part of a channel name that tells channels apart (`dtmf@lab;2` for
//! `Local/dtmf@lab-00000004;2`, `alice-2a` for `PJSIP/alice-0000002a`).

/// A name for the event type that fits a narrow column; the type without
/// `Channel` when no shorter name is known.
pub fn short_kind(kind: &str) -> &str {
    match kind {
        "ChannelCreated" => "Created",
        "ChannelDestroyed" => "Destroyed",
        "ChannelStateChange" => "State",
        "ChannelDialplan" => "Dialplan",
        "ChannelHangupRequest" => "HangupReq",
        "ChannelVarset" => "Varset",
        "ChannelDtmfReceived" => "DTMF",
        "ChannelCallerId" => "CallerId",
        "ChannelConnectedLine" => "Connected",
        "ChannelEnteredBridge" => "EnterBridge",
        "ChannelLeftBridge" => "LeftBridge",
        "ChannelTalkingStarted" => "TalkStart",
        "ChannelTalkingFinished" => "TalkEnd",
        "ChannelToneDetected" => "ToneDetect",
        "ChannelUserevent" => "UserEvent",
        "ChannelTransfer" => "Transfer",
        "BridgeCreated" => "BridgeNew",
        "BridgeDestroyed" => "BridgeGone",
        "BridgeMerged" => "BridgeMerge",
        "BridgeBlindTransfer" => "BlindXfer",
        "BridgeAttendedTransfer" => "AttXfer",
        "BridgeVideoSourceChanged" => "BridgeVideo",
        "PlaybackStarted" => "PlayStart",
        "PlaybackContinuing" => "PlayNext",
        "PlaybackFinished" => "PlayEnd",
        "RecordingStarted" => "RecStart",
        "RecordingFinished" => "RecEnd",
        "RecordingFailed" => "RecFailed",
        "DeviceStateChanged" => "Device",
        "EndpointStateChange" => "Endpoint",
        "ContactStatusChange" => "Contact",
        "PeerStatusChange" => "PeerStatus",
        "TextMessageReceived" => "TextMsg",
        "ApplicationReplaced" => "AppReplaced",
        "ApplicationRegistered" => "AppRegister",
        "ApplicationUnregistered" => "AppGone",
        "ApplicationMoveFailed" => "MoveFailed",
        other => other.strip_prefix("Channel").unwrap_or(other),
    }
}

/// Technologies whose name says nothing once the rest is shown.
const PLAIN_TECHS: [&str; 4] = ["Local/", "PJSIP/", "SIP/", "IAX2/"];

/// Write who a channel is: the name without a common technology prefix,
/// its sequence number without leading zeros (dropped altogether for a
/// Local channel, whose call tag already tells its calls apart), the Local
/// half (`;1`, `;2`) kept.
pub fn write_who(out: &mut String, name: &str) {
    let (tech, rest) = match PLAIN_TECHS.iter().find(|t| name.starts_with(**t)) {
        Some(t) => (&name[..t.len()], &name[t.len()..]),
        None => ("", name),
    };
    let (body, half) = match rest.rsplit_once(';') {
        Some((body, half)) if !half.is_empty() && half.bytes().all(|b| b.is_ascii_digit()) => {
            (body, &rest[body.len()..])
        }
        _ => (rest, ""),
    };
    if tech.is_empty() {
        // An unusual technology (Snoop, Announcer, UnicastRTP...) keeps its name.
        out.push_str(name_prefix(name, rest));
    }
    match body.rsplit_once('-') {
        Some((base, counter))
            if counter.len() >= 4 && counter.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            out.push_str(base);
            if tech != "Local/" {
                out.push('-');
                let short = counter.trim_start_matches('0');
                out.push_str(if short.is_empty() { "0" } else { short });
            }
        }
        _ => out.push_str(body),
    }
    out.push_str(half);
}

/// The part of `name` before `rest` (both from the same string).
fn name_prefix<'a>(name: &'a str, rest: &str) -> &'a str {
    &name[..name.len() - rest.len()]
}

/// Where a shortened name may be cut without losing the Local half: the
/// length of its `;N` ending (0 when it has none).
pub fn kept_ending(who: &str) -> usize {
    match who.rsplit_once(';') {
        Some((_, half)) if !half.is_empty() && half.bytes().all(|b| b.is_ascii_digit()) => {
            half.len() + 1
        }
        _ => 0,
    }
}

/// The colour of an event family, so a screenful of events reads at a glance.
pub fn family_color(kind: &str) -> &'static str {
    if kind.starts_with("Stasis") {
        "\x1b[1;32m"
    } else if kind == "ChannelDestroyed"
        || kind == "ChannelHangupRequest"
        || kind.ends_with("Failed")
    {
        "\x1b[1;31m"
    } else if kind.starts_with("Application") {
        "\x1b[1;91m"
    } else if kind == "ChannelDtmfReceived" || kind.starts_with("Recording") {
        "\x1b[33m"
    } else if kind.starts_with("Playback") {
        "\x1b[34m"
    } else if kind.starts_with("Bridge") || kind.ends_with("Bridge") {
        "\x1b[35m"
    } else if kind.starts_with("Channel") || kind == "Dial" {
        "\x1b[36m"
    } else {
        "\x1b[37m"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(name: &str) -> String {
        let mut out = String::new();
        write_who(&mut out, name);
        out
    }

    #[test]
    fn who_keeps_what_tells_channels_apart() {
        assert_eq!(who("Local/dtmf@lab-00000004;2"), "dtmf@lab;2");
        assert_eq!(who("Local/busy@lab-0000001f;1"), "busy@lab;1");
        assert_eq!(who("PJSIP/alice-0000002a"), "alice-2a");
        assert_eq!(who("PJSIP/trunk-eu-00000100"), "trunk-eu-100");
        assert_eq!(who("Announcer/ARI-0000000a;2"), "Announcer/ARI-a;2");
        assert_eq!(who("Snoop/1795511668.3-00000001"), "Snoop/1795511668.3-1");
        assert_eq!(who("PJSIP/bob"), "bob");
        assert_eq!(who("odd"), "odd");
        assert_eq!(kept_ending("dtmf@lab;2"), 2);
        assert_eq!(kept_ending("alice-2a"), 0);
    }

    #[test]
    fn short_kinds_fit_eleven_columns() {
        for kind in [
            "ChannelHangupRequest",
            "ChannelTalkingFinished",
            "ApplicationUnregistered",
            "BridgeVideoSourceChanged",
            "ChannelDtmfReceived",
            "StasisStart",
        ] {
            assert!(short_kind(kind).len() <= 11, "{kind}");
        }
    }
}
