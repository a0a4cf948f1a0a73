//! `ari repl` driven through a pseudo-terminal against the simulator, as a
//! person would use it: commands, tab completion, history, events above the
//! prompt, `$_`, Ctrl-C and Ctrl-D; and the script mode's exit codes.

use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::support::calls::{Call, Originate};
use crate::support::pty::{LINE_ACCEPTED, PROMPT, ctrl_d_leaves, line, spawn_repl};
use crate::support::target::Target;
use crate::support::{Sandbox, run, sim, without_colour};

fn repl(sb: &Sandbox, url: &str) -> Session {
    let mut cmd = sb.std_ari();
    cmd.args(["--url", url, "repl"]).env("COLUMNS", "200");
    // Wide enough that no line wraps: a wrapped line is redrawn with its prompt.
    spawn_repl(cmd, (250, 50))
}

/// Clear what is typed (Ctrl-U) and wait for the terminal to settle.
fn clear(session: &mut Session) {
    session.send(ControlCode::NAK).unwrap();
}

#[test]
fn commands_run_with_their_output_options() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    let out = line(&mut s, "asterisk ping --jq .ping");
    assert!(out.contains("pong"), "{out}");
    let out = line(&mut s, "bridges create --type holding --id lobby -o json");
    assert!(out.contains(r#""id":"lobby""#), "{out}");
    let out = line(&mut s, "bridges list -q");
    assert!(out.contains("lobby"), "{out}");
    // An error prints one line and the session goes on.
    let out = line(&mut s, "channels get nope");
    assert!(
        out.contains("ari: 404 Not Found: Channel not found"),
        "{out}"
    );
    let out = line(&mut s, "help channels play");
    assert!(out.contains("POST /ari/channels/{channelId}/play"), "{out}");
    assert!(matches!(ctrl_d_leaves(&mut s), WaitStatus::Exited(_, 0)));
}

#[test]
fn tab_completes_actions_flags_values_and_live_ids() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut events = crate::support::ws::Events::connect(sim.addr, "app=hello");
    let chan = sb.sim_call(&sim, "hello");
    events.wait_channel("StasisStart", &chan);
    let mut s = repl(&sb, &sim.url());

    s.send("channels orig\t").unwrap();
    s.expect("channels originate ").expect("action completed");
    clear(&mut s);
    s.send("channels originate --endp\t").unwrap();
    s.expect("--endpoint ").expect("flag completed");
    clear(&mut s);
    s.send("channels hangup x --reason bu\t").unwrap();
    s.expect("--reason busy ").expect("allowed value completed");
    clear(&mut s);
    // The live id, fetched from the server.
    let prefix = &chan[..chan.len() - 1];
    s.send(format!("channels get {prefix}\t")).unwrap();
    s.expect(format!("channels get {chan} "))
        .expect("live channel id completed");
    s.send("\r").unwrap();
    let ran = s.expect(PROMPT).unwrap();
    let out = String::from_utf8_lossy(ran.before()).into_owned();
    assert!(
        out.contains(&chan) && out.contains("\"id\""),
        "the completed command ran: {out}"
    );
}

#[test]
fn history_is_kept_across_sessions() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    line(&mut s, "sounds get hello-world --jq .id");
    ctrl_d_leaves(&mut s);
    assert!(sb.path().join("data/ari/history").exists());

    let mut s = repl(&sb, &sim.url());
    s.send("\x1b[A").unwrap();
    s.expect("sounds get hello-world --jq .id")
        .expect("the last line is recalled");
    s.send("\r").unwrap();
    s.expect("hello-world").unwrap();
    s.expect(PROMPT).unwrap();
}

#[test]
fn events_on_print_above_a_half_typed_line_which_survives() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    line(&mut s, "events on --app hello");
    // The tail is connected once hello is registered.
    crate::support::tail::until_registered(&sim, "hello");
    s.send("channels li").unwrap();
    s.expect("channels li").unwrap();
    let chan = sb.sim_call(&sim, "hello");
    s.expect("StasisStart").expect("the event above the prompt");
    // The half-typed line is redrawn under the event: finish it.
    s.expect(format!("{PROMPT}channels li"))
        .expect("the line redrawn intact");
    s.send("st -q\r").unwrap();
    s.expect(format!("{chan}\r\n"))
        .expect("the finished line ran as `channels list -q`");
    s.expect(PROMPT).unwrap();
    // While on, the application is registered: a call originated into it arrives.
    s.send_line("channels originate --endpoint PJSIP/bob --app hello -q")
        .unwrap();
    s.expect(expectrl::Regex("StasisStart[^\\n]*PJSIP/bob-"))
        .expect("the originated call reached the app");
    s.expect(PROMPT).unwrap();
    line(&mut s, "events off");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while sim.sim.lock().registered("hello") {
        assert!(
            std::time::Instant::now() < deadline,
            "hello still registered after events off"
        );
        std::thread::yield_now();
    }
}

#[test]
fn last_id_and_session_variables() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    line(
        &mut s,
        "channels originate --endpoint Local/wait@lab --extension wait --context lab -q",
    );
    let out = line(&mut s, "channels get $_ --jq .name");
    assert!(out.contains("Local/wait@lab-"), "{out}");
    line(&mut s, "set B lobby");
    line(&mut s, "bridges create --id $B");
    let out = line(&mut s, "bridges get ${B} --jq .id");
    assert!(out.contains("lobby"), "{out}");
    let out = line(&mut s, "bridges get $NOT_SET_ANYWHERE");
    assert!(out.contains("ari: $NOT_SET_ANYWHERE is not set"), "{out}");
}

#[test]
fn ctrl_c_cancels_the_line_or_the_command_and_ctrl_d_leaves() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    s.send("channels list --this-would-fail").unwrap();
    s.send(ControlCode::ETX).unwrap();
    s.expect(PROMPT).expect("a fresh prompt after Ctrl-C");
    // A foreground tail runs until Ctrl-C, then the prompt is back.
    s.send_line("events --app fg -o json").unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !sim.sim.lock().registered("fg") {
        assert!(std::time::Instant::now() < deadline, "fg never registered");
        std::thread::yield_now();
    }
    s.send(ControlCode::ETX).unwrap();
    s.expect(PROMPT).expect("the prompt after the tail");
    let out = line(&mut s, "asterisk ping --jq .ping");
    assert!(out.contains("pong"));
    assert!(matches!(ctrl_d_leaves(&mut s), WaitStatus::Exited(_, 0)));
}

#[test]
fn scripts_stop_at_the_first_error_with_its_exit_code() {
    let sim = sim();
    let sb = Sandbox::new();
    let script = "# a call-control script\n\
                  bridges create --id b1 -q\n\
                  \n\
                  bridges get b1 --jq .id\n\
                  channels get nope\n\
                  bridges create --id b2 -q\n";
    let out = run(sb.ari_sim(&sim).arg("repl").write_stdin(script));
    assert_eq!(out.code, 5);
    assert_eq!(
        out.stdout, "b1\nb1\n",
        "no prompt, and nothing after the failure"
    );
    assert_eq!(
        out.one_error_line(),
        "ari: line 5: 404 Not Found: Channel not found (GET /ari/channels/nope)"
    );
    let out = run(sb
        .ari_sim(&sim)
        .args(["repl", "--keep-going"])
        .write_stdin(script.replace("b1", "b3").replace("b2", "b4")));
    assert_eq!(out.code, 5);
    assert_eq!(out.stdout, "b3\nb3\nb4\n");
    let out = run(sb
        .ari_sim(&sim)
        .arg("repl")
        .write_stdin("set C x\nbridges create --id $C -q\nexit\nchannels get nope\n"));
    assert_eq!((out.code, out.stdout.as_str()), (0, "x\n"));
}

/// A session whose output also goes through a terminal emulator, to test
/// what stays on the screen: a line can be written and then drawn over.
struct Screen {
    session: Session,
    vt: vt100::Parser,
}

const ROWS: u16 = 50;
const COLS: u16 = 200;

impl Screen {
    fn spawn(mut cmd: std::process::Command) -> Screen {
        cmd.env("TERM", "xterm")
            .env("NO_COLOR", "1")
            .env("COLUMNS", COLS.to_string());
        let mut session = Session::spawn(cmd).expect("ari repl starts in a pty");
        session
            .get_process_mut()
            .set_window_size(COLS, ROWS)
            .unwrap();
        session.set_expect_timeout(Some(Duration::from_secs(20)));
        let mut screen = Screen {
            session,
            vt: vt100::Parser::new(ROWS, COLS, 0),
        };
        screen.expect(PROMPT);
        screen
    }

    fn expect(&mut self, needle: impl expectrl::Needle) -> String {
        let found = self
            .session
            .expect(needle)
            .unwrap_or_else(|e| panic!("not seen: {e}\nscreen:\n{}", self.text()));
        self.vt.process(found.as_bytes());
        String::from_utf8_lossy(found.before()).into_owned()
    }

    /// Type a line and wait for the next prompt.
    fn line(&mut self, text: &str) -> String {
        self.session.send_line(text).unwrap();
        self.expect(LINE_ACCEPTED);
        self.expect(PROMPT)
    }

    /// The screen as text, one row a line, trailing blanks cut.
    fn text(&self) -> String {
        self.vt.screen().contents()
    }

    fn rows(&self) -> Vec<String> {
        self.text().lines().map(str::to_string).collect()
    }
}

/// The servers a client-side behaviour is tested on: the simulator, and a
/// real Asterisk of the test's own when the kit is there.
fn both_servers(test: &str) -> Vec<Target> {
    let mut servers = vec![Target::sim()];
    if let Some(asterisk) = crate::support::asterisk::Asterisk::start(test) {
        servers.push(Target::own(asterisk));
    }
    servers
}

#[test]
fn last_id_is_what_the_last_command_returned_the_first_of_a_list() {
    for server in both_servers("$_ after a list") {
        let url = server.url.clone();
        let sb = Sandbox::new();
        let mut s = repl(&sb, &url);
        // Two calls that wait in the dialplan; a bridge made after them.
        let first = line(
            &mut s,
            "channels originate --endpoint Local/wait@lab --extension wait --context lab -q",
        );
        let first = first.trim().lines().last().unwrap().trim().to_string();
        line(&mut s, "bridges create --type mixing --id repl-last-id -q");
        let out = line(&mut s, "bridges get $_ --jq .id");
        assert!(out.contains("repl-last-id"), "$_ is the bridge: {out}");
        // A list: $_ is its first element, not the bridge made before it.
        let listed = line(&mut s, "channels list -q");
        let first_listed = listed
            .lines()
            .map(str::trim)
            .find(|l| l.contains('.') && !l.contains("channels"))
            .unwrap_or_else(|| panic!("no channel listed: {listed}"))
            .to_string();
        let out = line(&mut s, "channels get $_ --jq .id");
        assert!(out.contains(&first_listed), "{out}");
        // An empty list leaves nothing stale behind.
        line(&mut s, "bridges destroy repl-last-id");
        line(&mut s, "bridges list -q");
        let out = line(&mut s, "bridges get $_");
        assert!(
            out.contains("ari: $_ is not set: the last command returned an empty list"),
            "{out}"
        );
        line(&mut s, &format!("channels hangup {first}"));
        ctrl_d_leaves(&mut s);
    }
}

#[test]
fn events_arriving_do_not_change_last_id() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut s = repl(&sb, &sim.url());
    line(&mut s, "events on --app hello");
    crate::support::tail::until_registered(&sim, "hello");
    line(&mut s, "bridges create --id repl-kept -q");
    // A call arrives while the prompt waits: its events show, $_ stays.
    sb.sim_call(&sim, "hello");
    s.expect("StasisStart").unwrap();
    s.expect(PROMPT).unwrap();
    let out = line(&mut s, "bridges get $_ --jq .id");
    assert!(out.contains("repl-kept"), "{out}");
}

#[test]
fn help_lists_the_session_s_commands_and_usage_as_typed_here() {
    for server in both_servers("REPL help") {
        let url = server.url.clone();
        let sb = Sandbox::new();
        let mut s = repl(&sb, &url);
        let out = line(&mut s, "help");
        for word in [
            "set NAME VALUE",
            "use PROFILE",
            "events on",
            "events off",
            "connections",
            "clear",
            "exit",
            "channels",
            "bridges",
        ] {
            assert!(out.contains(word), "help lacks {word}: {out}");
        }
        assert!(!out.contains("Usage: ari"), "{out}");
        // A command's help as `help X`, `X --help` or `X` alone: no `ari` to type.
        for asked in ["help channels play", "channels play --help"] {
            let out = without_colour(&line(&mut s, asked));
            assert!(out.contains("Usage: channels play "), "{asked}: {out}");
            assert!(out.contains("POST /ari/channels/{channelId}/play"), "{out}");
        }
        let out = without_colour(&line(&mut s, "bridges"));
        assert!(out.contains("Usage: bridges "), "{out}");
        // Errors say what to type here.
        let out = line(&mut s, "chanels list");
        assert!(out.contains("(type 'help')"), "{out}");
        let out = line(&mut s, "channels play 1.2");
        assert!(out.contains("(see 'channels play --help')"), "{out}");
        assert!(!out.contains("'ari "), "{out}");
        assert!(matches!(ctrl_d_leaves(&mut s), WaitStatus::Exited(_, 0)));
    }
}

#[test]
fn clear_clears_the_screen() {
    for server in both_servers("REPL clear") {
        let url = server.url.clone();
        let sb = Sandbox::new();
        let mut cmd = sb.std_ari();
        cmd.args(["--url", &url, "repl"]);
        let mut screen = Screen::spawn(cmd);
        screen.line("asterisk ping --jq .ping");
        assert!(screen.text().contains("pong"), "{}", screen.text());
        screen.line("clear");
        let rows = screen.rows();
        assert_eq!(rows.first().map(|r| r.trim_end()), Some(PROMPT.trim_end()));
        assert!(!screen.text().contains("pong"), "{}", screen.text());
    }
}

/// `ari repl --listen` whose Asterisk (at `url`) connects once per call.
fn listening_screen(sb: &Sandbox, url: &str, port: u16) -> Screen {
    let mut cmd = sb.std_ari();
    cmd.args([
        "--url",
        url,
        "repl",
        "--listen",
        &format!("127.0.0.1:{port}"),
    ]);
    Screen::spawn(cmd)
}

/// A call in Stasis on a per-call connection leaves it (`continue`) while a
/// command runs in the session (a foreground tail that prints nothing: the
/// terminal is out of raw mode then). Its StasisEnd keeps a line of its own
/// (it used to be drawn over by the next prompt).
fn stasis_end_stays_on_screen(screen: &mut Screen, continue_call: impl FnOnce()) {
    screen
        .session
        .send_line("events --type NoSuchEvent")
        .unwrap();
    screen.expect(LINE_ACCEPTED);
    continue_call();
    // The per-call connection closes once Stasis() returns, after StasisEnd.
    screen.expect("connection ws1 closed");
    screen.session.send(ControlCode::ETX).unwrap();
    screen.expect(PROMPT);
    let rows = screen.rows();
    assert!(
        rows.iter()
            .any(|r| r.starts_with("ws1 ") && r.contains("StasisEnd") && !r.contains("ari:")),
        "no StasisEnd line of its own on the screen:\n{}",
        screen.text()
    );
}

/// `channels list` on `url`: the channel of Local/hello@lab's `;2` half,
/// the one in Stasis(hello).
fn in_stasis(sb: &Sandbox, url: &str) -> String {
    run(sb.ari().args([
        "--url",
        url,
        "channels",
        "list",
        "--jq",
        r#".[] | select(.name | endswith(";2")) | .id"#,
    ]))
    .ok()
    .to_string()
}

/// Originate Local/hello@lab (`;2` runs Stasis(hello,world)) on `url`.
fn call_hello(sb: &Sandbox, url: &str) {
    sb.ari()
        .args(["--url", url])
        .originate(Call::to_wait("Local/hello@lab"));
}

#[test]
fn a_listening_session_shows_stasis_end_after_continue_on_the_simulator() {
    let port = crate::support::closed_port();
    let sim = crate::support::sim_with(|o| {
        o.per_call = vec![(format!("ws://127.0.0.1:{port}/"), "hello".into())]
    });
    continue_shows_stasis_end(&sim.url(), port);
}

#[test]
fn a_listening_session_shows_stasis_end_after_continue_on_a_real_asterisk() {
    let port = crate::support::closed_port();
    let conf = crate::support::outbound_conf::outbound_conf(port, "per_call_config", "hello");
    let Some(asterisk) =
        crate::support::asterisk::Asterisk::start_with_conf("REPL --listen StasisEnd", conf.path())
    else {
        return;
    };
    continue_shows_stasis_end(&asterisk.url, port);
}

/// `repl --listen` on `port`, a call into `hello` over it, then `continue`
/// from elsewhere: the StasisEnd shows above the prompt.
fn continue_shows_stasis_end(url: &str, port: u16) {
    let sb = Sandbox::new();
    let mut screen = listening_screen(&sb, url, port);
    call_hello(&sb, url);
    screen.expect(expectrl::Regex("ws1 [^\\n]*StasisStart"));
    screen.expect(PROMPT);
    let chan = in_stasis(&sb, url);
    stasis_end_stays_on_screen(&mut screen, || {
        run(sb.ari().args(["--url", url, "channels", "continue", &chan])).ok();
    });
}

#[test]
fn events_arriving_while_a_command_runs_keep_lines_of_their_own() {
    let sim = sim();
    let sb = Sandbox::new();
    let mut cmd = sb.std_ari();
    cmd.args(["--url", &sim.url(), "repl"]);
    let mut screen = Screen::spawn(cmd);
    screen.line("events on --app hello");
    crate::support::tail::until_registered(&sim, "hello");
    // A command in the foreground (a tail that prints nothing): the
    // terminal is out of raw mode while it runs.
    screen
        .session
        .send_line("events --type NoSuchEvent")
        .unwrap();
    screen.expect(LINE_ACCEPTED);
    let chan = sb.sim_call(&sim, "hello");
    screen.expect("StasisStart");
    screen.session.send(ControlCode::ETX).unwrap();
    screen.expect(PROMPT);
    let rows = screen.rows();
    let event_rows: Vec<&String> = rows.iter().filter(|r| r.contains(&chan)).collect();
    assert!(
        event_rows.iter().any(|r| r.contains("StasisStart")),
        "the StasisStart line was drawn over:\n{}",
        screen.text()
    );
    for row in event_rows {
        assert!(
            row.starts_with(|c: char| c.is_ascii_digit()) && row.matches(&*chan).count() == 1,
            "an event line glued to another:\n{}",
            screen.text()
        );
    }
}
