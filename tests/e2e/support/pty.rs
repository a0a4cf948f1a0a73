//! `ari repl` in a pseudo-terminal, as a person uses it: started at its
//! first prompt, a line typed and what came back before the next prompt.

use std::time::Duration;

use expectrl::Expect;
use expectrl::session::OsSession as Session;

/// The REPL's prompt with the default profile.
pub const PROMPT: &str = "ari(default)> ";

/// What rustyline prints when Enter accepts a line: bracketed paste off.
pub const LINE_ACCEPTED: &str = "\x1b[?2004l";

/// `cmd` (an `ari ... repl`) in a pty of `cols` x `rows` with `TERM=xterm`,
/// once it shows its prompt.
pub fn spawn_repl(mut cmd: std::process::Command, (cols, rows): (u16, u16)) -> Session {
    cmd.env("TERM", "xterm");
    let mut session = Session::spawn(cmd).expect("ari repl starts in a pty");
    session
        .get_process_mut()
        .set_window_size(cols, rows)
        .unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session.expect(PROMPT).expect("prompt");
    session
}

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

/// Ctrl-D at the prompt; how the REPL exited. A Ctrl-D that reaches the
/// terminal in the instant before rustyline has put it in raw mode is taken
/// by the line discipline as an end of file nobody reads, and is gone: a
/// person then presses it again, and so does this, for at most 20 s.
pub fn ctrl_d_leaves(session: &mut Session) -> expectrl::process::unix::WaitStatus {
    use expectrl::process::unix::WaitStatus;
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        session.send(expectrl::ControlCode::EOT).unwrap();
        let retry = std::time::Instant::now() + Duration::from_secs(1);
        while std::time::Instant::now() < retry {
            match session.get_process().status() {
                Ok(WaitStatus::StillAlive) | Err(_) => {}
                Ok(status) => return status,
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        assert!(
            std::time::Instant::now() < deadline,
            "the REPL did not leave on Ctrl-D"
        );
    }
}
