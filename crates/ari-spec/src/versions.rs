//! Asterisk versions, as the operation table's `since` lists them: which
//! server has an operation, and how to say which ones do.

/// Since when Asterisk takes REST requests on its WebSockets
/// (`RESTRequest`, `--via websocket`).
pub const REST_OVER_WEBSOCKET: &[&str] = &["20.14.0", "21.9.0", "22.4.0"];
/// Since when it connects out to an application (ari.conf
/// `type = outbound_websocket`: `--listen`).
pub const OUTBOUND_WEBSOCKET: &[&str] = &["20.15.0", "21.10.0", "22.5.0"];

/// Since when external media can be a WebSocket (chan_websocket), with the
/// checks of `transport`, `encapsulation` and `connection_type` that came
/// with it; before, only RTP over UDP and AudioSocket over TCP.
pub const CHAN_WEBSOCKET: &[&str] = &["20.16.0", "21.11.0", "22.6.0", "23.0.0"];
/// Since when external media takes a `direction`.
pub const MEDIA_DIRECTION: &[&str] = &["20.19.0", "22.9.0", "23.3.0"];
/// Since when a bridge id already in use is refused (409) rather than
/// given to a second bridge.
pub const UNIQUE_BRIDGE_IDS: &[&str] = &["20.13.0", "21.8.0", "22.3.0", "23.0.0"];

/// Since when a bridge recording checks its format before its recorder
/// channel joins the bridge.
pub const BRIDGE_RECORD_FORMAT_FIRST: &[&str] = &["20.17.0", "22.7.0", "23.1.0"];

/// An Asterisk security advisory that touches ARI or its HTTP server: its
/// id, what it is about, and the releases that fixed it.
pub struct Advisory {
    pub id: &'static str,
    pub about: &'static str,
    pub fixed: &'static [&'static str],
}

/// The advisories of 2025-2026 that concern an ARI user, with the releases
/// that carry each fix (from the release branches' commit logs).
pub const ADVISORIES: &[Advisory] = &[
    Advisory {
        id: "GHSA-v6hp-wh3r-cwxh",
        about: "the HTTP server's status page",
        fixed: &["20.18.2", "21.12.1", "22.8.2", "23.2.2"],
    },
    Advisory {
        id: "GHSA-4pgv-j3mr-3rcp",
        about: "the HTTP server's error pages",
        fixed: &["20.20.1", "21.12.3", "22.10.1", "23.4.1"],
    },
    Advisory {
        id: "GHSA-vrfp-mg3q-3959",
        about: "ARI applications and live_dangerously",
        fixed: &["20.20.1", "21.12.3", "22.10.1", "23.4.1"],
    },
    Advisory {
        id: "GHSA-wcvv-g26m-wx5c",
        about: "read-only ARI users over REST on the WebSocket",
        fixed: &["20.20.1", "21.12.3", "22.10.1", "23.4.1"],
    },
];

/// The advisories a server of `version` predates the fix of.
pub fn open_advisories(version: &str) -> Vec<&'static Advisory> {
    ADVISORIES
        .iter()
        .filter(|a| has(a.fixed, version) == Some(false))
        .collect()
}

/// `20.6.0`, `22.10.1-rc1`, `certified-20.7-cert2`: the leading major,
/// minor and patch numbers; `None` for a version without them (`GIT-master`).
pub fn parse(version: &str) -> Option<(u32, u32, u32)> {
    let start = version.find(|c: char| c.is_ascii_digit())?;
    let mut parts = version[start..]
        .split(|c: char| !c.is_ascii_digit())
        .map(|p| p.parse::<u32>().ok());
    let major = parts.next()??;
    let minor = parts.next().flatten().unwrap_or(0);
    let patch = parts.next().flatten().unwrap_or(0);
    Some((major, minor, patch))
}

/// Whether a server of `version` has what came in the releases `since`:
/// on a release line `since` names, from that release on; on a later line
/// than any it names, always. `None` when either cannot be read.
pub fn has(since: &[&str], version: &str) -> Option<bool> {
    let server = parse(version)?;
    let releases: Vec<(u32, u32, u32)> = since.iter().filter_map(|v| parse(v)).collect();
    if releases.is_empty() {
        return None;
    }
    if let Some(same_line) = releases.iter().find(|r| r.0 == server.0) {
        return Some(server >= *same_line);
    }
    Some(releases.iter().all(|r| server.0 > r.0))
}

/// `Asterisk 20.20.0, 22.10.0 or 23.4.0`.
pub fn which(since: &[&str]) -> String {
    match since {
        [] => "a newer Asterisk".to_string(),
        [one] => format!("Asterisk {one} or later"),
        [rest @ .., last] => format!("Asterisk {} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_their_leading_numbers() {
        assert_eq!(parse("20.6.0"), Some((20, 6, 0)));
        assert_eq!(parse("22.10.1-rc1"), Some((22, 10, 1)));
        assert_eq!(parse("certified-20.7-cert2"), Some((20, 7, 0)));
        assert_eq!(parse("GIT-master-abc"), None);
    }

    #[test]
    fn a_release_line_has_what_came_in_it_or_before() {
        let bridge_vars = ["20.20.0", "22.10.0", "23.4.0"];
        assert_eq!(has(&bridge_vars, "20.6.0"), Some(false));
        assert_eq!(has(&bridge_vars, "20.20.1"), Some(true));
        assert_eq!(has(&bridge_vars, "21.10.0"), Some(false));
        assert_eq!(has(&bridge_vars, "22.10.1"), Some(true));
        assert_eq!(has(&bridge_vars, "24.0.0"), Some(true));
        assert_eq!(has(&["12.0.0"], "20.6.0"), Some(true));
        assert_eq!(has(&["18.20.0", "20.5.0"], "19.8.0"), Some(false));
        assert_eq!(has(&["18.20.0", "20.5.0"], "21.0.0"), Some(true));
        assert_eq!(has(&["12.0.0"], "GIT-master"), None);
        assert_eq!(which(&bridge_vars), "Asterisk 20.20.0, 22.10.0 or 23.4.0");
        assert_eq!(which(&["12.0.0"]), "Asterisk 12.0.0 or later");
    }

    #[test]
    fn a_release_before_a_fix_has_its_advisory_open() {
        assert_eq!(open_advisories("20.6.0").len(), 4);
        assert_eq!(open_advisories("22.8.2").len(), 3);
        assert!(open_advisories("22.10.1").is_empty());
        assert!(open_advisories("23.4.1").is_empty());
        assert_eq!(open_advisories("23.4.0").len(), 3);
        assert!(open_advisories("GIT-master").is_empty());
    }

    #[test]
    fn the_features_of_each_release_line() {
        assert_eq!(has(OUTBOUND_WEBSOCKET, "22.10.1"), Some(true));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "22.4.0"), Some(false));
        assert_eq!(has(REST_OVER_WEBSOCKET, "22.4.0"), Some(true));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "21.9.1"), Some(false));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "20.15.0"), Some(true));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "18.26.0"), Some(false));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "23.0.0"), Some(true));
        assert_eq!(has(OUTBOUND_WEBSOCKET, "certified/20.7-cert5"), Some(false));
        assert_eq!(has(REST_OVER_WEBSOCKET, "20.6.0"), Some(false));
    }
}
