//! Values Asterisk accepts with a 2xx and then quietly ignores: a media URI
//! whose scheme it does not play (the playback starts and never finishes),
//! DTMF characters it skips with a log line. Checked before sending, from
//! the lists Asterisk 22 itself uses (res_stasis_playback.c, main/app.c).

use super::{Meaning, Param};

/// The URI schemes a playback understands, in Asterisk's order.
pub const MEDIA_SCHEMES: &[&str] = &[
    "sound",
    "recording",
    "number",
    "digits",
    "characters",
    "tone",
];

/// The characters a DTMF string may hold: the sixteen keys (A-D in either
/// case), `w`/`W` (wait half a second / a second) and `f`/`F` (hook flash).
pub const DTMF_CHARACTERS: &str = "0123456789*#ABCDabcdwWfF";

/// How the allowed DTMF characters are named in errors and help.
pub const DTMF_ALLOWED: &str = "0-9 * # A-D, w W (pause) and f F (flash)";

/// `sound:, recording:, ...`, for errors and help.
pub fn media_schemes_text() -> String {
    MEDIA_SCHEMES
        .iter()
        .map(|s| format!("{s}:"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Check one value of a parameter against what it means; the reason it is
/// refused, for a person.
pub fn check(param: &Param, value: &str) -> Result<(), String> {
    match param.meaning {
        Meaning::MediaUri => check_media_uri(value),
        Meaning::Dtmf => check_dtmf(value),
        Meaning::Plain | Meaning::StasisApp => Ok(()),
    }
}

/// `sound:hello-world`, `number:42`, `tone:ring;tonezone=fr`...: a known
/// scheme (case matters to Asterisk) and something after it.
pub fn check_media_uri(uri: &str) -> Result<(), String> {
    let schemes = media_schemes_text();
    let Some((scheme, rest)) = uri
        .split_once(':')
        .filter(|(s, _)| MEDIA_SCHEMES.contains(s))
    else {
        let example = if uri.contains(':') {
            String::new()
        } else {
            format!(" (sound:{uri}?)")
        };
        return Err(format!("Asterisk plays only {schemes} URIs{example}"));
    };
    if rest.is_empty() {
        return Err(format!("nothing to play after {scheme}:"));
    }
    // Asterisk reads the number with scanf's %d: an optional sign, digits.
    if scheme == "number" {
        let digits = rest.trim_start().trim_start_matches(['-', '+']);
        if !digits.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(format!("number: takes a whole number, not '{rest}'"));
        }
    }
    Ok(())
}

/// Every character must be one Asterisk sends (or pauses or flashes for).
pub fn check_dtmf(dtmf: &str) -> Result<(), String> {
    let bad: Vec<char> = dtmf
        .chars()
        .filter(|c| !DTMF_CHARACTERS.contains(*c))
        .collect();
    if bad.is_empty() {
        return Ok(());
    }
    let what = if bad.len() == 1 {
        "is not a DTMF character"
    } else {
        "are not DTMF characters"
    };
    let bad = bad
        .iter()
        .map(|c| format!("'{c}'"))
        .collect::<Vec<_>>()
        .join(", ");
    Err(format!("{bad} {what}: allowed are {DTMF_ALLOWED}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_uris_need_a_scheme_asterisk_plays() {
        for ok in [
            "sound:hello-world",
            "recording:msg",
            "number:42",
            "number:-3",
            "digits:123",
            "characters:abc",
            "tone:ring;tonezone=fr",
            "sound:http://example.com/a.wav",
        ] {
            assert_eq!(check_media_uri(ok), Ok(()), "{ok}");
        }
        let err = check_media_uri("hello-world").unwrap_err();
        assert!(err.contains("sound:, recording:"), "{err}");
        assert!(err.contains("(sound:hello-world?)"), "{err}");
        assert!(check_media_uri("Sound:x").is_err());
        assert!(check_media_uri("http://x/y.wav").is_err());
        assert!(check_media_uri("sound:").is_err());
        assert!(check_media_uri("number:ten").is_err());
    }

    #[test]
    fn help_names_every_scheme() {
        let doc = crate::param_doc("media");
        for scheme in MEDIA_SCHEMES {
            assert!(doc.contains(&format!("{scheme}:")), "{doc}");
        }
    }

    #[test]
    fn dtmf_takes_asterisks_characters_only() {
        assert_eq!(check_dtmf("0123456789*#ABCDabcd"), Ok(()));
        assert_eq!(check_dtmf("1w2W3f"), Ok(()));
        let err = check_dtmf("12x").unwrap_err();
        assert!(err.starts_with("'x' is not a DTMF character"), "{err}");
        assert!(check_dtmf("e").is_err());
        assert!(check_dtmf("1 2").is_err());
    }
}
