//! `ari top` driven through a pseudo-terminal, its screen read back with a
//! terminal emulator (vt100): the first snapshot, calls arriving, changing
//! and moving through a bridge, each action's request, the filter, resizing,
//! and the terminal given back after `q`, Ctrl-C, SIGTERM and a dead server.
//! Against `ari sim`, and the same flow against the real Asterisk.

use std::io::Write;
use std::time::{Duration, Instant};

use expectrl::Expect;
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;

use crate::support::asterisk::Asterisk;
use crate::support::calls::{Call, Originate};
use crate::support::pty::{PROMPT, line, spawn_repl};
use crate::support::tail::{Tail, until_registered};
use crate::support::{Sandbox, run, sim_with};

const WAIT: Duration = Duration::from_secs(20);
/// What leaving the alternate screen looks like: the terminal is given back.
const LEFT_SCREEN: &[u8] = b"\x1b[?1049l";

struct Top {
    session: Session,
    screen: vt100::Parser,
    /// Everything it wrote, for what the screen does not keep.
    raw: Vec<u8>,
}

impl Top {
    fn start(sb: &Sandbox, url: &str, args: &[&str], env: &[(&str, &str)]) -> Top {
        Top::start_sized(sb, url, args, env, (120, 30))
    }

    fn start_sized(
        sb: &Sandbox,
        url: &str,
        args: &[&str],
        env: &[(&str, &str)],
        (cols, rows): (u16, u16),
    ) -> Top {
        let mut cmd = sb.std_ari();
        cmd.args(["--url", url, "top"])
            .args(args)
            .env("TERM", "xterm-256color")
            .envs(env.iter().copied());
        let mut session = Session::spawn(cmd).expect("ari top starts in a pty");
        session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        Top {
            session,
            screen: vt100::Parser::new(rows, cols, 0),
            raw: Vec::new(),
        }
    }

    /// Take in what it wrote so far.
    fn pump(&mut self) {
        let mut buf = [0u8; 65536];
        while let Ok(n) = self.session.try_read(&mut buf) {
            if n == 0 {
                break;
            }
            self.screen.process(&buf[..n]);
            self.raw.extend_from_slice(&buf[..n]);
        }
    }

    fn text(&self) -> String {
        self.screen.screen().contents()
    }

    fn line(&self, row: u16) -> String {
        let (_, cols) = self.screen.screen().size();
        self.screen
            .screen()
            .rows(0, cols)
            .nth(usize::from(row))
            .unwrap_or_default()
    }

    /// Wait until the screen shows what `done` looks for.
    fn until(&mut self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            self.pump();
            let text = self.text();
            if done(&text) {
                return text;
            }
            assert!(
                Instant::now() < deadline,
                "never: {what}; the screen:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn shows(&mut self, needle: &str) -> String {
        self.until(needle, |t| t.contains(needle))
    }

    /// Wait until no row of the table shows `needle` (the events pane may).
    fn gone(&mut self, needle: &str) -> String {
        self.until(&format!("{needle} gone from the table"), |t| {
            !t.lines()
                .take_while(|l| !l.starts_with(" Events"))
                .any(|l| l.contains(needle))
        })
    }

    fn keys(&mut self, keys: &str) {
        self.session.write_all(keys.as_bytes()).unwrap();
        self.session.flush().unwrap();
    }

    fn resize(&mut self, cols: u16, rows: u16) {
        self.session
            .get_process_mut()
            .set_window_size(cols, rows)
            .unwrap();
        self.screen.screen_mut().set_size(rows, cols);
    }

    /// Wait for it to end; its exit code, once the terminal was given back.
    fn ended(mut self) -> i32 {
        let deadline = Instant::now() + WAIT;
        loop {
            self.pump();
            if let Ok(status) = self.session.get_process().status()
                && let WaitStatus::Exited(_, code) = status
            {
                self.pump();
                assert!(
                    self.raw
                        .windows(LEFT_SCREEN.len())
                        .any(|w| w == LEFT_SCREEN),
                    "the alternate screen was not left"
                );
                return code;
            }
            assert!(Instant::now() < deadline, "ari top did not end");
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// What the FLAGS column shows on line `row` of the screen (the table's
/// column names are on line 2).
fn flags_of(screen: &str, row: usize) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let Some(at) = lines.get(2).and_then(|l| l.find("FLAGS")) else {
        return String::new();
    };
    let at = lines[2][..at].chars().count();
    lines
        .get(row)
        .map(|l| l.chars().skip(at).take(5).collect())
        .unwrap_or_default()
}

/// A simulator in real time: its calls last while the test looks at them.
fn live_sim() -> ari::sim::SimHandle {
    sim_with(|o| o.time_scale = 1.0)
}

#[test]
fn calls_arrive_change_state_go_through_a_bridge_and_hang_up() {
    let sim = live_sim();
    let sb = Sandbox::new();
    // Before top starts: a bridge and a Local call (the snapshot).
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "create", "--id", "lobby", "--type", "mixing"]))
    .ok();
    sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    let tail = Tail::start(&sb, &sim.url(), &["--app", "topapp", "-o", "json"]);
    until_registered(&sim, "topapp");
    let mut top = Top::start(&sb, &sim.url(), &[], &[]);
    let screen = top.shows("Local/wait@lab-00000000;1");
    assert!(
        screen
            .lines()
            .any(|l| l.starts_with("└") && l.contains("Local/wait@lab-00000000;2")),
        "the other half under it:\n{screen}"
    );
    assert!(
        top.line(0).contains("1 calls  1 bridges"),
        "{}",
        top.line(0)
    );
    top.shows("● live");

    // A phone call arrives, unanswered; answered from top (`a` on its row).
    let chan = sb.sim_call_with(&sim, "topapp", &["--ring", "--caller", "Bob <2002>"]);
    top.shows("Bob <2002>");
    top.keys("/Bob\r");
    top.until("only Bob's call", |t| {
        !t.contains("Local/wait") && t.contains("Bob <2002>")
    });
    top.keys("a");
    top.shows(&format!(
        "✓ ari channels answer {chan}: 204 POST /ari/channels/{chan}/answer"
    ));
    top.until("the call Up", |t| {
        t.lines()
            .any(|l| l.contains("Bob <2002>") && l.contains(" Up "))
    });

    // Into the bridge and out of it.
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "add-channel", "lobby", "--channel", &chan]))
    .ok();
    top.until("in lobby", |t| {
        t.lines()
            .any(|l| l.contains("Bob <2002>") && l.contains("lobby"))
    });
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "remove-channel", "lobby", "--channel", &chan]))
    .ok();
    top.until("out of lobby", |t| {
        t.lines()
            .any(|l| l.contains("Bob <2002>") && !l.contains("lobby"))
    });

    // Hang up: asked first, then gone with its cause, dimmed, and then off.
    top.keys("h");
    top.shows("Hang up PJSIP/");
    top.keys("y");
    top.shows("hung up Normal Clearing (16)");
    top.gone("Bob <2002>");
    top.keys("q");
    assert_eq!(top.ended(), 0);
    let _ = tail.interrupt();
}

#[test]
fn each_action_sends_its_request_and_says_so() {
    let sim = live_sim();
    let sb = Sandbox::new();
    let tail = Tail::start(&sb, &sim.url(), &["--app", "acts", "-o", "json"]);
    until_registered(&sim, "acts");
    run(sb
        .ari_sim(&sim)
        .args(["bridges", "create", "--id", "doomed"]))
    .ok();
    let chan = sb.sim_call(&sim, "acts");
    let mut top = Top::start(&sb, &sim.url(), &[], &[]);
    // The call's events, live (the events pane names the channel
    // `alice-0`; ids only when wide).
    top.shows("alice-0 ");
    let said = |top: &mut Top, line: &str| {
        top.shows(&format!("✓ ari {line}"));
    };
    top.keys("o");
    said(&mut top, &format!("channels hold {chan}"));
    top.keys("m");
    said(&mut top, &format!("channels mute {chan} --direction both"));
    top.until("the mute flag", |t| flags_of(t, 3).contains('M'));
    top.keys("m");
    said(
        &mut top,
        &format!("channels unmute {chan} --direction both"),
    );
    top.keys("M");
    said(&mut top, &format!("channels start-moh {chan}"));
    top.keys("M");
    said(&mut top, &format!("channels stop-moh {chan}"));
    // Play: the media is asked for, and sound names complete with Tab.
    top.keys("p");
    top.shows("media> sound:");
    top.keys("hello-w\t");
    top.shows("media> sound:hello-world");
    top.keys("\r");
    said(
        &mut top,
        &format!("channels play {chan} --media sound:hello-world"),
    );
    top.until("the playing flag", |t| flags_of(t, 3).contains('▶'));
    // Continue asks where; snoop makes a leg of the same call.
    top.keys("s");
    said(&mut top, &format!("channels snoop {chan} --app"));
    top.until("the snoop as a leg", |t| {
        t.lines()
            .any(|l| l.starts_with("└") && l.contains("Snoop/"))
    });
    top.keys("c");
    top.shows("[extension@]context[:priority]>");
    top.keys("wait@lab:1\r");
    said(
        &mut top,
        &format!("channels continue {chan} --context lab --extension wait --priority 1"),
    );
    // A bridge is destroyed from the bridges tab, after asking.
    top.keys("2");
    top.shows("doomed");
    // Its music on hold, on and off: the MOH column says so.
    top.keys("M");
    said(&mut top, "bridges start-moh doomed");
    top.until("the bridge's music flag", |t| {
        t.lines()
            .any(|l| l.starts_with("doomed") && l.contains('♫'))
    });
    top.keys("M");
    said(&mut top, "bridges stop-moh doomed");
    top.until("no music flag", |t| {
        t.lines()
            .any(|l| l.starts_with("doomed") && !l.contains('♫'))
    });
    top.keys("d");
    top.shows("Destroy bridge doomed? y/n");
    top.keys("y");
    said(&mut top, "bridges destroy doomed");
    top.gone("doomed");
    // A failure says what the server said.
    top.keys("1");
    top.keys("/nothing-matches-this\r");
    top.shows("nothing matches the filter");
    top.keys("\x1b");
    top.keys("q");
    assert_eq!(top.ended(), 0);
    let _ = tail.interrupt();
}

#[test]
fn read_only_sends_nothing_and_a_read_only_user_gets_its_403_shown() {
    let sim = sim_with(|o| {
        o.time_scale = 1.0;
        o.users
            .push(ari::sim::User::parse("viewer:look", true).unwrap());
    });
    let sb = Sandbox::new();
    sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    let mut top = Top::start(&sb, &sim.url(), &["--read-only"], &[]);
    top.shows("Local/wait@lab-00000000;1");
    assert!(top.line(0).contains("read-only"), "{}", top.line(0));
    top.keys("h");
    top.shows("read-only: actions are off");
    top.keys("q");
    assert_eq!(top.ended(), 0);

    let mut top = Top::start(&sb, &sim.url(), &["-u", "viewer:look"], &[]);
    top.shows("Local/wait@lab-00000000;1");
    top.keys("a");
    top.shows("a read-only ARI user? 403 Forbidden");
    top.keys("q");
    assert_eq!(top.ended(), 0);
}

#[test]
fn resizing_redraws_and_no_color_means_no_colour() {
    let sim = live_sim();
    let sb = Sandbox::new();
    sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    let mut top = Top::start(&sb, &sim.url(), &[], &[("NO_COLOR", "1")]);
    top.shows("Local/wait@lab-00000000;1");
    top.resize(80, 24);
    top.until("laid out again at 80x24", |t| {
        t.lines().nth(23).is_some_and(|l| l.starts_with("q quit"))
    });
    assert!(
        top.line(2)
            .starts_with("CALL WHO                  STATE   WHERE"),
        "{}",
        top.text()
    );
    top.resize(200, 50);
    top.until("the wide columns", |t| t.contains("CONNECTED"));
    let screen = top.screen.screen();
    for row in 0..50 {
        for col in 0..200 {
            if let Some(cell) = screen.cell(row, col) {
                assert_eq!(
                    cell.fgcolor(),
                    vt100::Color::Default,
                    "a colour at {row},{col} with NO_COLOR"
                );
            }
        }
    }
    // Ctrl-C leaves as q does.
    top.keys("\x03");
    assert_eq!(top.ended(), 0);
}

#[test]
fn a_dead_server_is_shown_and_sigterm_gives_the_terminal_back() {
    let sim = live_sim();
    let sb = Sandbox::new();
    let mut top = Top::start(&sb, &sim.url(), &[], &[]);
    top.shows("● live");
    drop(sim);
    top.shows("○ reconnecting");
    top.shows("events connection lost");
    // Still answering keys.
    top.keys("?");
    top.shows("hang up (asks first)");
    top.keys("x");
    let pid = top.session.get_process().pid();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    assert_eq!(top.ended(), 0);
}

#[test]
fn the_repl_runs_top_and_gets_its_prompt_back() {
    let sim = live_sim();
    let sb = Sandbox::new();
    let mut cmd = sb.std_ari();
    cmd.args(["--url", &sim.url(), "repl"]);
    let mut session = spawn_repl(cmd, (120, 30));
    session.send_line("top").unwrap();
    session
        .expect("● live")
        .expect("top on the REPL's terminal");
    session.send("q").unwrap();
    session.expect(PROMPT).expect("the prompt back");
    let out = line(&mut session, "asterisk ping --jq .ping");
    assert!(out.contains("pong"), "keys reach the REPL again: {out}");
}

#[test]
fn on_a_real_asterisk_a_call_is_followed_played_to_and_hung_up() {
    if let Some(asterisk) = Asterisk::start("ari top on a real Asterisk") {
        a_call_is_followed_played_to_and_hung_up(&asterisk);
    }
}

/// The same on the other versions in the field.
#[test]
fn on_asterisk_20_6_and_23_4_a_call_is_followed_played_to_and_hung_up() {
    for version in ["20.6.0", "23.4.1"] {
        if let Some(asterisk) = Asterisk::start_version("ari top on other versions", version) {
            a_call_is_followed_played_to_and_hung_up(&asterisk);
        }
    }
}

/// On a fresh instance of its own (the first channel is `-00000000`).
fn a_call_is_followed_played_to_and_hung_up(asterisk: &Asterisk) {
    let sb = Sandbox::new();
    let tail = Tail::start(&sb, &asterisk.url, &["--app", "topreal", "-o", "json"]);
    // Registered once the application is listed.
    let deadline = Instant::now() + WAIT;
    while !run(sb
        .ari()
        .args(["--url", &asterisk.url, "applications", "list", "-q"]))
    .stdout
    .contains("topreal")
    {
        assert!(Instant::now() < deadline, "topreal never registered");
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut top = Top::start(&sb, &asterisk.url, &[], &[]);
    top.shows("● live");
    let chan = sb
        .ari()
        .args(["--url", &asterisk.url])
        .originate(Call::to_app("Local/wait@lab", "topreal"));
    top.shows("Local/wait@lab-00000000;1");
    top.until("in topreal", |t| {
        t.lines().any(|l| l.contains(";1") && l.contains("topreal"))
    });
    top.keys("p");
    top.shows("media> sound:");
    top.keys("hello-world\r");
    top.shows(&format!(
        "✓ ari channels play {chan} --media sound:hello-world"
    ));
    top.shows("PlaybackStarted");
    top.keys("h");
    top.keys("y");
    top.shows(&format!("✓ ari channels hangup {chan}"));
    top.shows("hung up Normal Clearing (16)");
    top.keys("q");
    assert_eq!(top.ended(), 0);
    let _ = tail.interrupt();
}

#[test]
fn a_click_selects_a_row_and_enter_shows_its_json() {
    let sim = live_sim();
    let sb = Sandbox::new();
    for _ in 0..2 {
        sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    }
    let mut top = Top::start(&sb, &sim.url(), &[], &[]);
    top.shows("Local/wait@lab-00000001;2");
    // Rows: 0 header, 1 tabs, 2 column names, 3.. the calls. The fourth
    // row of the table (screen row 6) is the second call's second half;
    // SGR mouse coordinates count from 1.
    top.keys("\x1b[<0;10;7M\x1b[<0;10;7m");
    top.keys("\r");
    let screen = top.shows("Channel Local/wait@lab-00000001;2");
    assert!(screen.contains("\"state\": \"Up\""), "{screen}");
    // Esc goes back (waited for: an Esc and a key at once read as Alt-key).
    top.keys("\x1b");
    top.until("the detail closed", |t| !t.contains("Channel Local/wait"));
    top.keys("q");
    assert_eq!(top.ended(), 0);
}

/// The line above the lowest box border on the screen: the detail's last
/// line shown.
fn last_detail_line(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let bottom = lines
        .iter()
        .rposition(|l| l.contains('└') && l.contains('┘'));
    let Some(line) = bottom.and_then(|b| lines.get(b.checked_sub(1)?)) else {
        return String::new();
    };
    // Between the box's sides (what is left and right of it is the screen
    // under the box).
    match (line.find('│'), line.rfind('│')) {
        (Some(left), Some(right)) if left < right => {
            line[left + '│'.len_utf8()..right].trim().to_string()
        }
        _ => String::new(),
    }
}

/// At 80x24 with a call in an application (`Local/dtmf@lab` into `app`,
/// which `tail` holds): End and Home on the table, the detail with the
/// call's DTMF, End/PageDown/Home in it, and `o` holding then unholding.
/// Returns the channel's id.
fn a_call_in_an_application_at_80x24(sb: &Sandbox, url: &str, app: &str, tail: &Tail) -> String {
    let mut top = Top::start_sized(sb, url, &[], &[], (80, 24));
    top.shows("● live");
    let chan = sb
        .ari()
        .args(["--url", url])
        .originate(Call::to_app("Local/dtmf@lab", app));
    let in_app = format!("Stasis({app})");
    top.until("the call in its application", |t| {
        t.lines()
            .any(|l| l.starts_with("c") && l.contains(" dtmf@lab;1") && l.contains(&in_app))
    });
    // The last DTMF digit reached the application.
    let deadline = Instant::now() + WAIT;
    loop {
        let event: serde_json::Value = serde_json::from_str(&tail.line()).unwrap();
        if event["type"] == "ChannelDtmfReceived" && event["digit"] == "#" {
            break;
        }
        assert!(Instant::now() < deadline, "no DTMF # for {app}");
    }

    // End and Home on the table: the selection goes to the last row (the
    // other half) and back.
    let selected = |top: &Top, needle: &str| {
        let screen = top.screen.screen();
        (0..24).any(|row| {
            top.line(row).contains(needle) && screen.cell(row, 10).is_some_and(|c| c.inverse())
        })
    };
    top.keys("\x1b[F");
    let deadline = Instant::now() + WAIT;
    while !selected(&top, " dtmf@lab;2") {
        assert!(Instant::now() < deadline, "End: {}", top.text());
        top.pump();
        std::thread::sleep(Duration::from_millis(10));
    }
    top.keys("\x1b[H");
    let deadline = Instant::now() + WAIT;
    while !selected(&top, " dtmf@lab;1") {
        assert!(Instant::now() < deadline, "Home: {}", top.text());
        top.pump();
        std::thread::sleep(Duration::from_millis(10));
    }

    // Enter: its JSON, then its recent events; End shows the newest, the
    // DTMF the dialplan sent.
    top.keys("\r");
    top.shows("Channel Local/dtmf@lab-");
    top.keys("\x1b[F");
    let at_end = top.until("the DTMF at the end of the detail", |t| {
        last_detail_line(t).contains("digit #")
    });
    for digit in ["1", "2", "3"] {
        assert!(at_end.contains(&format!("digit {digit}")), "{at_end}");
    }
    // PageDown stays on the last page: one line up from there still shows
    // events, not an empty box.
    top.keys("\x1b[6~\x1b[6~k");
    top.until("one line above the last page", |t| {
        t != at_end && !last_detail_line(t).is_empty()
    });
    top.keys("\x1b[H");
    top.until("the top of the detail", |t| {
        let lines: Vec<&str> = t.lines().collect();
        let top_border = lines
            .iter()
            .position(|l| l.contains("Channel Local/dtmf"))
            .unwrap_or(0);
        lines.get(top_border + 1).is_some_and(|l| l.contains("│{"))
    });
    top.keys("\x1b");
    top.until("the detail closed", |t| !t.contains("Channel Local/dtmf"));

    // `o` holds; the row shows H; `o` again unholds.
    top.keys("o");
    top.shows(&format!("✓ ari channels hold {chan}: 204 POST"));
    top.until("the hold flag", |t| flags_of(t, 3).contains('H'));
    top.keys("o");
    top.shows(&format!("✓ ari channels unhold {chan}: 204 DELETE"));
    top.until("no hold flag", |t| !flags_of(t, 3).contains('H'));
    top.keys("q");
    assert_eq!(top.ended(), 0);
    chan
}

#[test]
fn at_80x24_the_detail_shows_the_calls_dtmf_and_o_toggles_hold() {
    let sim = live_sim();
    let sb = Sandbox::new();
    let tail = Tail::start(&sb, &sim.url(), &["--app", "top80", "-o", "json"]);
    until_registered(&sim, "top80");
    let chan = a_call_in_an_application_at_80x24(&sb, &sim.url(), "top80", &tail);
    assert!(
        !sim.sim.lock().channels[&chan].on_hold,
        "the simulator saw the unhold"
    );
    let _ = tail.interrupt();
}

#[test]
fn on_a_real_asterisk_at_80x24_the_detail_shows_dtmf_and_o_toggles_hold() {
    let Some(asterisk) = Asterisk::start("ari top at 80x24 on a real Asterisk") else {
        return;
    };
    let sb = Sandbox::new();
    let tail = Tail::start(&sb, &asterisk.url, &["--app", "top80real", "-o", "json"]);
    let deadline = Instant::now() + WAIT;
    while !run(sb
        .ari()
        .args(["--url", &asterisk.url, "applications", "list", "-q"]))
    .stdout
    .contains("top80real")
    {
        assert!(Instant::now() < deadline, "top80real never registered");
        std::thread::sleep(Duration::from_millis(20));
    }
    a_call_in_an_application_at_80x24(&sb, &asterisk.url, "top80real", &tail);
    let _ = tail.interrupt();
}

/// The number of events the header counts.
fn events_counted(header: &str) -> u64 {
    header
        .split("  ")
        .find_map(|part| part.trim().strip_suffix(" events"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no event count in {header:?}"))
}

/// `ari top --record` keeps the lists and the events; `--replay` plays them
/// back into the same view, with its actions off.
#[test]
fn a_recording_of_top_replays_in_top() {
    let sim = live_sim();
    let sb = Sandbox::new();
    sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    // The call's other half reaches Wait() before top starts: its event
    // once came between the live count and the end of the recording.
    crate::support::until("wait@lab;2 in Wait()", || {
        let list = run(sb.ari_sim(&sim).args(["channels", "list", "-o", "json"])).json();
        list.as_array().is_some_and(|chans| {
            chans.iter().any(|c| {
                c["name"].as_str().is_some_and(|n| n.ends_with(";2"))
                    && c["dialplan"]["app_name"] == "Wait"
            })
        })
    });
    let file = sb.path().join("top.jsonl");
    let tail = Tail::start(&sb, &sim.url(), &["--app", "rec", "-o", "json"]);
    until_registered(&sim, "rec");
    let mut top = Top::start_sized(
        &sb,
        &sim.url(),
        &["--record", &file.display().to_string()],
        &[],
        (80, 24),
    );
    top.shows("wait@lab;1");
    let chan = sb.sim_call_with(&sim, "rec", &["--caller", "Bob <2002>"]);
    top.shows("Bob <2002>");
    run(sb.ari_sim(&sim).args(["channels", "hangup", &chan])).ok();
    top.shows("hung up");
    let live_events = events_counted(&top.line(0));
    top.keys("q");
    assert_eq!(top.ended(), 0);
    let _ = tail.interrupt();

    let mut replay = Top::start_sized(
        &sb,
        &sim.url(),
        &["--replay", &file.display().to_string(), "--speed", "max"],
        &[],
        (80, 24),
    );
    let screen = replay.shows("■ replay ended");
    // The call that was there before (from the recorded lists) and the one
    // that came and went.
    assert!(screen.contains("wait@lab;1"), "{screen}");
    assert!(screen.contains("Bob <2002>"), "{screen}");
    assert_eq!(events_counted(&replay.line(0)), live_events, "{screen}");
    assert!(
        replay.line(0).contains("replay of top.jsonl"),
        "{}",
        replay.line(0)
    );
    replay.keys("h");
    replay.shows("a replay: actions are off");
    replay.keys("q");
    assert_eq!(replay.ended(), 0);
}

/// Space pauses, `.` lets one event through, `+` and `-` change the pace.
#[test]
fn a_replay_pauses_steps_and_changes_speed() {
    let sb = Sandbox::new();
    let file = sb.path().join("paced.jsonl");
    let channel = |state: &str| {
        format!(
            r#"{{"id":"p1","name":"PJSIP/alice-00000001","state":"{state}","protocol_id":"","caller":{{"name":"Alice","number":"1001"}},"connected":{{"name":"","number":""}},"accountcode":"","dialplan":{{"context":"lab","exten":"s","priority":1,"app_name":"Stasis","app_data":"x"}},"creationtime":"2026-11-22T11:07:40.000+0000","language":"en"}}"#
        )
    };
    // Five events five seconds apart: far apart enough to pause between.
    let mut lines = vec![
        r#"{"ari_recording":1,"ari":"0.1.0","started":"x","tagged":null,"sources":["pbx"]}"#
            .to_string(),
    ];
    for (n, (kind, state)) in [
        ("ChannelCreated", "Ring"),
        ("ChannelStateChange", "Ringing"),
        ("ChannelStateChange", "Up"),
        ("ChannelVarset", "Up"),
        ("ChannelVarset", "Up"),
    ]
    .iter()
    .enumerate()
    {
        lines.push(format!(
            r#"{{"t":{}.0,"source":"pbx","event":{{"type":"{kind}","timestamp":"2026-11-22T11:07:4{n}.000+0000","variable":"X","value":"1","channel":{}}}}}"#,
            1796508860 + 5 * n,
            channel(state)
        ));
    }
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let mut top = Top::start_sized(
        &sb,
        "http://127.0.0.1:9",
        &["--replay", &file.display().to_string()],
        &[],
        (80, 24),
    );
    top.shows("▶ replay 1x");
    top.shows("Alice");
    top.keys(" ");
    top.shows("❚❚ paused");
    let paused_at = events_counted(&top.line(0));
    assert!(paused_at < 5, "{}", top.line(0));
    top.keys(".");
    top.until("one event more", |t| {
        t.lines()
            .next()
            .is_some_and(|l| events_counted(l) == paused_at + 1)
    });
    top.keys(".");
    top.until("and another", |t| {
        t.lines()
            .next()
            .is_some_and(|l| events_counted(l) == paused_at + 2)
    });
    top.keys("+");
    top.keys(" ");
    top.shows("▶ replay 2x");
    top.keys("--");
    top.shows("▶ replay 0.5x");
    top.keys("q");
    assert_eq!(top.ended(), 0);
}
