//! Q.850 hangup causes, as Asterisk names them.

/// Asterisk's text for a hangup cause.
pub fn cause_text(cause: i64) -> &'static str {
    match cause {
        1 => "Unallocated (unassigned) number",
        16 => "Normal Clearing",
        17 => "User busy",
        18 => "No user responding",
        19 => "User alerting, no answer",
        21 => "Call Rejected",
        26 => "Answered elsewhere",
        27 => "Destination out of order",
        28 => "Invalid number format (addr incomplete)",
        31 => "Normal, unspecified",
        34 => "Circuit/channel congestion",
        38 => "Network out of order",
        58 => "Bearer capability not available",
        127 => "Interworking, unspecified",
        _ => "Unknown",
    }
}
