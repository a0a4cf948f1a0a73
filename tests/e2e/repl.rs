//! `ari repl` driven through a pseudo-terminal against the simulator, as a
//! person would use it: commands, tab completion, history, events above the
//! prompt, `$_`, Ctrl-C and Ctrl-D; and the script mode's exit codes.

use std::time::Duration;

use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::support::{Sandbox, run, sim};

pub const PROMPT: &str = "ari(default)> ";

fn repl(sb: &Sandbox, url: &str) -> Session {
    let mut cmd = sb.std_ari();
    cmd.args(["--url", url, "repl"])
        .env("TERM", "xterm")
        .env("COLUMNS", "200");
    let mut session = Session::spawn(cmd).expect("ari repl starts in a pty");
    // Wide enough that no line wraps: a wrapped line is redrawn with its prompt.
    session.get_process_mut().set_window_size(250, 50).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session.expect(PROMPT).expect("prompt");
    session
}

/// What rustyline prints when Enter accepts a line: bracketed paste off.
const LINE_ACCEPTED: &str = "\x1b[?2004l";

/// Type a line and wait for the next prompt; returns what came in between.
pub fn line(session: &mut Session, text: &str) -> String {
    session.send_line(text).unwrap();
    // rustyline redraws the prompt while a line is typed (more so on a busy
    // machine); the line is accepted when it turns bracketed paste off.
    if let Err(e) = session.expect(LINE_ACCEPTED) {
        panic!("`{text}` was not accepted: {e}");
    }
    match session.expect(PROMPT) {
        Ok(found) => String::from_utf8_lossy(found.before()).into_owned(),
        Err(e) => panic!("no prompt after `{text}`: {e}"),
    }
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
    s.send(ControlCode::EOT).unwrap();
    assert!(matches!(
        s.get_process().wait().unwrap(),
        WaitStatus::Exited(_, 0)
    ));
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
    s.send(ControlCode::EOT).unwrap();
    s.get_process().wait().unwrap();
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
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !sim.sim.lock().registered("hello") {
        assert!(
            std::time::Instant::now() < deadline,
            "hello never registered"
        );
        std::thread::yield_now();
    }
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
    s.send(ControlCode::EOT).unwrap();
    assert!(matches!(
        s.get_process().wait().unwrap(),
        WaitStatus::Exited(_, 0)
    ));
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
