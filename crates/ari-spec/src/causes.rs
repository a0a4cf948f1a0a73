//! Q.850 hangup causes, as Asterisk names them.

/// Asterisk's text for a hangup cause.
pub fn cause_text(cause: i64) -> &'static str {
    match cause {
        1 => "Unallocated (unassigned) number",
        3 => "No route to destination",
        16 => "Normal Clearing",
        17 => "User busy",
        18 => "No user responding",
        19 => "User alerting, no answer",
        20 => "Subscriber absent",
        21 => "Call Rejected",
        22 => "Number changed",
        26 => "Answered elsewhere",
        27 => "Destination out of order",
        28 => "Invalid number format (addr incomplete)",
        31 => "Normal, unspecified",
        34 => "Circuit/channel congestion",
        38 => "Network out of order",
        41 => "Temporary failure",
        42 => "Switching equipment congestion",
        44 => "Requested channel not available",
        58 => "Bearer capability not available",
        66 => "Channel not implemented",
        88 => "Incompatible destination",
        102 => "Recover on timer expiry",
        111 => "Protocol error, unspecified",
        127 => "Interworking, unspecified",
        _ => "Unknown",
    }
}
