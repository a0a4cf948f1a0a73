//! The layout on real events recorded from Asterisk 22.10.1 (the test kit,
//! subscribed to everything): a call that sends DTMF, a busy call, a call to
//! an extension that does not exist, `hello@lab` with no application holding
//! `hello`, and two calls in a bridge with a playback.

use super::*;

const KIT: &str = include_str!("../../../tests/fixtures/kit-calls.jsonl");

/// Every event's line at a width (`None`: a pipe), with its row.
fn lines(width: Option<usize>) -> Vec<(Row, String)> {
    let mut summary = Summary::new(width.map_or(Width::Unlimited, Width::Fixed), false);
    let mut calls = Calls::new();
    KIT.lines()
        .map(|text| {
            let brief = Brief::parse(text).expect("a recorded event");
            let call = calls.observe(&brief);
            let line = summary.line(&brief, call, &calls, false);
            (summary.row.clone(), line)
        })
        .collect()
}

/// The part of a channel name a person tells channels apart by.
fn who(row: &Row) -> String {
    let mut out = String::new();
    names::write_who(&mut out, &row.name);
    out
}

#[test]
fn every_line_fits_and_the_columns_stay_put() {
    for width in [64, 80, 120, 200] {
        let mut kind_at = None;
        let mut who_at = None;
        let mut details_at = None;
        for (row, line) in &lines(Some(width)) {
            assert!(text_width(line) <= width, "{width}: {line}");
            let kind = if width >= 120 && row.kind.len() <= 22 {
                row.kind.as_str()
            } else {
                names::short_kind(&row.kind)
            };
            let at = line.find(&format!(" {kind} "));
            assert!(at.is_some(), "{width}: no type: {line}");
            assert_eq!(
                *kind_at.get_or_insert(at),
                at,
                "{width}: the type moved: {line}"
            );
            if !row.name.is_empty() {
                let who = if width >= layout::FULL_NAMES {
                    row.name.clone()
                } else {
                    who(row)
                };
                let start: String = who.chars().take(6).collect();
                let at = line.find(&format!(" {start}"));
                assert!(at.is_some(), "{width}: no who ({who}): {line}");
                assert_eq!(*who_at.get_or_insert(at), at, "{width}: who moved: {line}");
            }
            // The details start in the same column on every line of a channel.
            if !row.name.is_empty() && !row.details.is_empty() && !row.state_is_news {
                let start: String = row.details.chars().take(5).collect();
                let at = line.rfind(&format!(" {start}"));
                assert_eq!(
                    *details_at.get_or_insert(at),
                    at,
                    "{width}: details moved: {line}"
                );
            }
        }
    }
}

#[test]
fn at_80_columns_every_line_says_who_and_what() {
    let lines = lines(Some(80));
    let text: Vec<&str> = lines.iter().map(|(_, l)| l.as_str()).collect();
    for (row, line) in &lines {
        println!("{line}");
        if !row.name.is_empty() {
            let who = who(row);
            assert!(line.contains(&who), "who ({who}) is cut: {line}");
            assert!(who.ends_with(";1") || who.ends_with(";2"), "{who}");
        }
        if row.kind == "ChannelStateChange" {
            assert!(line.ends_with(&format!(" {}", row.state)), "{line}");
        }
        // The details' start (the words that matter come first).
        let start: String = row.details.chars().take(24).collect();
        assert!(line.contains(&start), "details cut away: {line}");
        assert!(!line.contains("cause 0"), "{line}");
    }
    let has = |what: &str| text.iter().any(|l| l.contains(what));
    for what in [
        "digit 1",
        "caller Alice <1001>",
        "no such extension nosuch@l",
        "no application hello regi",
        "busy (Dial BUSY)",
        "User busy (17)",
        "sound:hello-world playing",
    ] {
        assert!(has(what), "{what}:\n{}", text.join("\n"));
    }
}

#[test]
fn a_busy_call_reads_as_one_story() {
    let lines = lines(None);
    let busy: Vec<&str> = lines
        .iter()
        .map(|(_, l)| l.as_str())
        .filter(|l| l.contains("busy@lab") && (l.contains("Hangup") || l.contains("Destroyed")))
        .collect();
    assert_eq!(busy.len(), 4, "{busy:#?}");
    assert!(busy[0].contains("busy (Dial BUSY)"), "{busy:#?}");
    assert!(busy[1].contains("busy (Dial BUSY)"), "{busy:#?}");
    assert!(
        busy[2].contains("soft hangup: busy (Dial BUSY)"),
        "{busy:#?}"
    );
    assert!(busy[3].contains("User busy (17)"), "{busy:#?}");
}

#[test]
fn into_a_pipe_nothing_is_cut() {
    for (row, line) in lines(None) {
        assert!(!line.contains('…'), "{line}");
        for whole in [&row.name, &row.id, &row.details, &row.kind] {
            assert!(line.contains(whole.as_str()), "{whole} missing: {line}");
        }
    }
}

#[test]
fn the_why_of_a_failed_stasis_and_a_missing_extension() {
    let lines = lines(None);
    let find = |what: &str| {
        lines
            .iter()
            .map(|(_, l)| l.as_str())
            .find(|l| l.contains(what))
            .unwrap_or_else(|| panic!("{what}"))
            .to_string()
    };
    assert!(
        find("STASISSTATUS=FAILED")
            .contains("no application hello registered: STASISSTATUS=FAILED")
    );
    let missing = find("Local/nosuch@lab-00000006;2");
    assert!(missing.contains("ChannelCreated"), "{missing}");
    let gone = lines
        .iter()
        .map(|(_, l)| l.as_str())
        .filter(|l| l.contains("nosuch") && l.contains("ChannelDestroyed"))
        .collect::<Vec<_>>();
    assert!(
        gone[0].contains("no such extension nosuch@lab (its dialplan never ran)"),
        "{gone:#?}"
    );
    assert!(
        gone[1].contains("no such extension nosuch@lab"),
        "{gone:#?}"
    );
}

#[test]
fn a_sip_cause_from_the_far_end_shows() {
    let mut summary = Summary::new(Width::Fixed(80), false);
    let mut calls = Calls::new();
    let text = r#"{"type":"ChannelDestroyed","timestamp":"2026-12-04T20:30:21.458+0000","cause":17,"cause_txt":"User busy","tech_cause":486,"channel":{"id":"9.1","name":"PJSIP/bob-0000002a","state":"Ring"}}"#;
    let brief = Brief::parse(text).unwrap();
    let call = calls.observe(&brief);
    let line = summary.line(&brief, call, &calls, false);
    assert!(line.contains("bob-2a"), "{line}");
    assert!(line.contains("User busy (17, SIP 486)"), "{line}");
}

/// `channels originate --app nobody` with no WebSocket holding `nobody`:
/// Asterisk sets STASISSTATUS=FAILED and hangs up with cause 0.
const NO_APP: &str = include_str!("../../../tests/fixtures/kit-originate-no-app.jsonl");

#[test]
fn an_originate_into_no_application_says_so_on_its_hang_ups() {
    let mut summary = Summary::new(Width::Fixed(80), false);
    let mut calls = Calls::new();
    let lines: Vec<String> = NO_APP
        .lines()
        .map(|text| {
            let brief = Brief::parse(text).expect("a recorded event");
            let call = calls.observe(&brief);
            summary.line(&brief, call, &calls, false)
        })
        .collect();
    let failed = lines
        .iter()
        .filter(|l| l.contains("Varset"))
        .nth(1)
        .unwrap();
    assert!(
        failed.contains("no application nobody registered"),
        "{failed}"
    );
    for kind in ["HangupReq", "Destroyed"] {
        let line = lines.iter().find(|l| l.contains(kind)).unwrap();
        assert!(line.contains("no application nobody"), "{lines:#?}");
        assert!(!line.contains("(0)"), "{line}");
    }
}
