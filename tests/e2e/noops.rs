//! Requests Asterisk accepts and then quietly does nothing with: `ari` says
//! so, before sending where it can (exit 2), or on stderr after.
//! Each case runs on the simulator and on the real Asterisk.

use crate::support::tail::Tail;
use crate::support::target::{Target, name, on_both};
use crate::support::{Reply, Sandbox, TestServer, run};

const NOBODY_HOLDS: &str = "ari: warning: no WebSocket holds application";

fn originate_into(target: &Target, sb: &Sandbox, app: &str) -> crate::support::Outcome {
    run(target.ari(sb).args([
        "channels",
        "originate",
        "--endpoint",
        "Local/echo@lab",
        "--app",
        app,
        "-q",
    ]))
}

/// An originate into an application no WebSocket holds: placed (exit 0),
/// with a warning and a hint; none when one is held, or with `--wait`.
fn originate_warns_when_nobody_holds_the_app(target: &Target) {
    let sb = Sandbox::new();
    let app = name("unheld");
    let out = originate_into(target, &sb, &app);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.trim().is_empty(), "the channel id is printed");
    assert_eq!(
        out.error_lines(),
        [format!("{NOBODY_HOLDS} '{app}': the call will not stay")],
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains(&format!("hint: start `ari events --app {app}` first")),
        "{}",
        out.stderr
    );

    // Held by `ari events`: no warning.
    let held = name("held");
    let events = Tail::start(&sb, &target.url, &["--app", &held]);
    target.until_listed(&sb, &held);
    let out = originate_into(target, &sb, &held);
    target.hangup(&sb, out.stdout.trim());
    let _ = events.interrupt();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains(NOBODY_HOLDS), "{}", out.stderr);

    // With --wait, ari holds the application itself.
    let waited = name("waited");
    let out = run(target.ari(&sb).args([
        "channels",
        "originate",
        "--endpoint",
        "Local/echo@lab",
        "--app",
        &waited,
        "--wait",
        "StasisStart",
        "--jq",
        ".channel.id",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains(NOBODY_HOLDS), "{}", out.stderr);
    target.hangup(&sb, out.stdout.trim());
}
mod originate_warns_when_nobody_holds_the_app {
    #[test]
    fn simulator() {
        super::originate_warns_when_nobody_holds_the_app(&super::Target::sim());
    }

    /// An instance of its own: the applications this leaves listed
    /// (deactivated, as Asterisk keeps them) stay out of other tests' lists.
    #[test]
    fn real_asterisk() {
        let test = "originate_warns_when_nobody_holds_the_app";
        if let Some(asterisk) = crate::support::asterisk::Asterisk::start(test) {
            super::originate_warns_when_nobody_holds_the_app(&super::Target::own(asterisk));
        }
    }
}

/// Media URIs without a scheme Asterisk plays, and DTMF characters it skips,
/// are refused before anything is sent.
fn media_and_dtmf_are_checked_before_sending(target: &Target) {
    let sb = Sandbox::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["channels", "play", "1.1", "--media", "hello-world"],
            "ari: invalid value 'hello-world' for --media <media>: Asterisk plays only sound:, \
             recording:, number:, digits:, characters:, tone: URIs (sound:hello-world?) (see 'ari channels play --help')",
        ),
        (
            &[
                "bridges",
                "play",
                "b1",
                "--media",
                "sound:beep,http://x/a.wav",
            ],
            "ari: invalid value 'http://x/a.wav' for --media <media>: Asterisk plays only \
             sound:, recording:, number:, digits:, characters:, tone: URIs (see 'ari bridges play --help')",
        ),
        (
            &[
                "channels",
                "play",
                "1.1",
                "--playback-id",
                "p1",
                "--media",
                "number:ten",
            ],
            "ari: invalid value 'number:ten' for --media <media>: number: takes a whole number, \
             not 'ten' (see 'ari channels play --help')",
        ),
        (
            &["channels", "dtmf", "1.1", "--dtmf", "12x"],
            "ari: invalid value '12x' for --dtmf <dtmf>: 'x' is not a DTMF character: allowed \
             are 0-9 * # A-D, w W (pause) and f F (flash) (see 'ari channels dtmf --help')",
        ),
    ];
    for (args, line) in cases {
        let out = run(target.ari(&sb).args(*args));
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert_eq!(out.one_error_line(), *line);
    }
    // Good values are sent: the server answers about the channel, not the media.
    for args in [
        &[
            "channels",
            "play",
            "1.1",
            "--media",
            "sound:hello-world,digits:12,tone:ring",
        ][..],
        &["channels", "dtmf", "1.1", "--dtmf", "12*#AbwWf"][..],
    ] {
        let out = run(target.ari(&sb).args(args));
        assert_eq!(out.code, 5, "{args:?}: {}", out.stderr);
        assert!(
            out.one_error_line().contains("Channel not found"),
            "{}",
            out.stderr
        );
    }
}
on_both!(media_and_dtmf_are_checked_before_sending);

#[test]
fn nothing_is_sent_for_bad_media_or_dtmf() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sb = Sandbox::new();
    for args in [
        &["channels", "play", "1.1", "--media", "hello-world"][..],
        &["channels", "dtmf", "1.1", "--dtmf", "9e"][..],
    ] {
        assert_eq!(run(sb.ari_at(&server).args(args)).code, 2);
    }
    assert!(server.requests().is_empty());
}

/// Neither `--app` nor `--extension`: Asterisk's 400 becomes the parser's exit 2.
fn originate_needs_an_app_or_an_extension(target: &Target) {
    let sb = Sandbox::new();
    for args in [
        &["channels", "originate", "--endpoint", "Local/echo@lab"][..],
        &[
            "channels",
            "originate",
            "--id",
            "n1.1",
            "--endpoint",
            "Local/echo@lab",
        ][..],
    ] {
        let out = run(target.ari(&sb).args(args));
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert_eq!(
            out.one_error_line(),
            "ari: channels originate needs --app or --extension \
             (see 'ari channels originate --help')"
        );
    }
    let out = run(target.ari(&sb).args([
        "channels",
        "originate",
        "--endpoint",
        "Local/busy@lab",
        "--extension",
        "busy",
        "--context",
        "lab",
        "-q",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
}
on_both!(originate_needs_an_app_or_an_extension);
