//! Output modes, --jq, colour, downloads, a closed pipe and Ctrl-C.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::support::calls::{Call, Originate};
use crate::support::{Reply, Sandbox, TestServer, run};

const CHANNELS: &str = r#"[
 {"id": "1795345666.0", "name": "Local/wait@lab-00000000;1", "state": "Up",
  "caller": {"name": "Alice", "number": "1001"}, "connected": {"name": "", "number": ""},
  "dialplan": {"context": "lab", "exten": "wait", "priority": 1, "app_name": "Stasis", "app_data": "hello"},
  "creationtime": "2026-11-22T11:07:46.150+0000", "language": "en"},
 {"id": "1795345666.1", "name": "Local/wait@lab-00000000;2", "state": "Ring",
  "caller": {"name": "", "number": ""}, "connected": {"name": "Alice", "number": "1001"},
  "dialplan": {"context": "lab", "exten": "wait", "priority": 2, "app_name": "", "app_data": ""},
  "creationtime": "2026-11-22T11:07:46.150+0000", "language": "en"}
]"#;

fn channels_server() -> TestServer {
    TestServer::fixed(Reply::json(200, CHANNELS))
}

#[test]
fn piped_output_is_compact_json_one_document() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args(["channels", "list"]));
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.lines().count(), 1);
    let parsed: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(
        parsed,
        serde_json::from_str::<serde_json::Value>(CHANNELS).unwrap()
    );
}

#[test]
fn pretty_is_indented_and_coloured_only_when_asked() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "-o", "pretty"]));
    assert!(
        out.stdout.starts_with("[\n  {\n    \"id\""),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains('\u{1b}'));
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "-o", "pretty", "--color", "always"])
        .env("NO_COLOR", "1"));
    assert!(
        out.stdout.contains("\u{1b}["),
        "--color always beats NO_COLOR"
    );
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "-o", "pretty", "--color", "never"]));
    assert!(!out.stdout.contains('\u{1b}'));
}

#[test]
fn ids_and_quiet_print_one_id_per_line() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    for flag in ["-q", "--quiet"] {
        let out = run(sandbox.ari_at(&server).args(["channels", "list", flag]));
        assert_eq!(out.stdout, "1795345666.0\n1795345666.1\n");
    }
    let out = run(sandbox
        .ari_at(&server)
        .args(["-o", "ids", "channels", "list"]));
    assert_eq!(out.stdout, "1795345666.0\n1795345666.1\n");
}

#[test]
fn table_shows_the_fields_a_person_wants() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "-o", "table"]));
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    for header in ["ID", "NAME", "STATE", "CALLER", "DIALPLAN"] {
        assert!(lines[0].contains(header), "{}", lines[0]);
    }
    assert!(
        lines[1].contains("Alice <1001>") && lines[1].contains("lab,wait,1"),
        "{}",
        lines[1]
    );
    // Columns line up.
    let col = lines[0].find("STATE").unwrap();
    assert_eq!(&lines[1][col..col + 2], "Up");
    assert_eq!(&lines[2][col..col + 4], "Ring");
}

#[test]
fn jq_prints_strings_raw_and_values_as_json() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "--jq", ".[0].id"]));
    assert_eq!(out.stdout, "1795345666.0\n");
    let out =
        run(sandbox
            .ari_at(&server)
            .args(["channels", "list", "--jq", "map(.dialplan.priority)"]));
    assert_eq!(out.stdout, "[1,2]\n");
    let out = run(sandbox.ari_at(&server).args([
        "channels",
        "list",
        "--jq",
        r#".[] | select(.state == "Ring") | .name"#,
    ]));
    assert_eq!(out.stdout, "Local/wait@lab-00000000;2\n");
}

#[test]
fn a_bad_jq_expression_sends_nothing() {
    let server = channels_server();
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "--jq", ".[] |"]));
    assert_eq!(out.code, 2);
    assert!(out.one_error_line().starts_with("ari: --jq: syntax error"));
    assert!(server.requests().is_empty());
}

#[test]
fn no_content_prints_nothing() {
    let server = TestServer::fixed(Reply::empty(204));
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args(["channels", "answer", "1.2"]));
    assert_eq!(
        (out.code, out.stdout.as_str(), out.stderr.as_str()),
        (0, "", "")
    );
}

#[test]
fn recordings_download_to_a_file_or_stdout() {
    let audio: Vec<u8> = b"RIFF\x24\x00\x00\x00WAVEfmt "
        .iter()
        .copied()
        .chain((0..=255u8).cycle().take(50_000))
        .collect();
    let payload = audio.clone();
    let server = TestServer::start(move |req| {
        if req.path.ends_with("/missing/file") {
            Reply::json(404, r#"{"message": "Recording not found"}"#)
        } else {
            Reply::with_type(200, "audio/wav", &payload)
        }
    });
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari_at(&server).args([
        "recordings",
        "download",
        "greeting",
        "--to",
        "greeting.wav",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        std::fs::read(sandbox.path().join("greeting.wav")).unwrap(),
        audio
    );
    assert!(out.stdout.is_empty());

    let output = sandbox
        .ari_at(&server)
        .args(["recordings", "download", "greeting"])
        .output()
        .unwrap();
    assert_eq!(output.stdout, audio);

    let out = run(sandbox.ari_at(&server).args([
        "recordings",
        "download",
        "missing",
        "--to",
        "missing.wav",
    ]));
    assert_eq!(out.code, 5);
    assert_eq!(
        out.one_error_line(),
        "ari: 404 Not Found: Recording not found (GET /ari/recordings/stored/missing/file)"
    );
    assert!(!sandbox.path().join("missing.wav").exists());
    assert!(!sandbox.path().join("missing.wav.part").exists());
}

#[test]
fn a_closed_stdout_ends_quietly_with_exit_0() {
    let big: String = format!(
        "[{}]",
        (0..40_000)
            .map(|i| format!(r#"{{"id":"{i}.0","name":"PJSIP/{i}"}}"#))
            .collect::<Vec<_>>()
            .join(",")
    );
    let server = TestServer::fixed(Reply::json(200, &big));
    let sandbox = Sandbox::new();
    let mut child = sandbox
        .std_ari_at(&server)
        .args(["channels", "list", "-q"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
}

#[cfg(unix)]
#[test]
fn ctrl_c_during_a_request_exits_130() {
    let server = TestServer::fixed(Reply::Hang);
    let sandbox = Sandbox::new();
    let child = sandbox
        .std_ari_at(&server)
        .args(["channels", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Wait until the request is in flight: the server has seen it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while server.requests().is_empty() {
        assert!(
            std::time::Instant::now() < deadline,
            "request never arrived"
        );
        std::thread::yield_now();
    }
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(130));
    assert_eq!(String::from_utf8_lossy(&output.stdout), "");
}

#[test]
fn channel_table_is_oldest_first_with_app_and_duration() {
    let server = TestServer::fixed(Reply::json(
        200,
        r#"[
 {"id": "1795345666.9", "name": "PJSIP/b-2", "state": "Up",
  "dialplan": {"context": "lab", "exten": "wait", "priority": 1, "app_name": "Stasis", "app_data": "hello,world"},
  "creationtime": "2026-11-22T11:08:00.000+0000"},
 {"id": "1795345666.10", "name": "PJSIP/c-3", "state": "Up",
  "dialplan": {"context": "lab", "exten": "echo", "priority": 3, "app_name": "Echo", "app_data": ""},
  "creationtime": "2026-11-22T11:08:00.000+0000"},
 {"id": "1795345666.2", "name": "PJSIP/a-1", "state": "Ring",
  "dialplan": {"context": "lab", "exten": "wait", "priority": 1, "app_name": "", "app_data": ""},
  "creationtime": "2026-11-22T12:07:00.000+0100"}
]"#,
    ));
    let sandbox = Sandbox::new();
    let out = run(sandbox
        .ari_at(&server)
        .args(["channels", "list", "-o", "table"]));
    let lines: Vec<&str> = out.ok().lines().collect();
    assert!(
        lines[0].contains(" APP ") && lines[0].ends_with("DURATION"),
        "{}",
        lines[0]
    );
    let ids: Vec<&str> = lines[1..]
        .iter()
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert_eq!(
        ids,
        ["1795345666.2", "1795345666.9", "1795345666.10"],
        "{}",
        out.stdout
    );
    assert!(lines[2].contains("Stasis(hello,world)"), "{}", lines[2]);
    assert!(lines[3].contains("Echo()"), "{}", lines[3]);
    // Created long before the test ran: hours of duration, H:MM:SS.
    let duration = lines[1].split_whitespace().last().unwrap();
    assert!(
        duration.len() >= 7 && duration.matches(':').count() == 2,
        "{}",
        lines[1]
    );
}

/// An empty list prints nothing into a pipe, and at a terminal says so on
/// stderr ("no channels"), on the simulator and on the real Asterisk.
fn an_empty_table_says_so_only_at_a_terminal(target: &crate::support::target::Target) {
    use expectrl::Expect;
    use expectrl::session::OsSession as Session;
    let sandbox = Sandbox::new();
    for (args, note) in [
        (["bridges", "list"], "no bridges"),
        (["applications", "list"], "no applications"),
    ] {
        let out = run(target.ari(&sandbox).args(args).args(["-o", "table"]));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));

        let mut cmd = sandbox.std_ari();
        cmd.args(["--url", &target.url])
            .args(args)
            .args(["-o", "table"]);
        let mut session = Session::spawn(cmd).expect("ari runs in a pty");
        session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
        let found = session.expect(expectrl::Eof).unwrap();
        let text = String::from_utf8_lossy(found.as_bytes()).into_owned();
        assert_eq!(text.trim(), note, "{text:?}");
    }
}

mod an_empty_table_says_so_only_at_a_terminal {
    #[test]
    fn simulator() {
        super::an_empty_table_says_so_only_at_a_terminal(&crate::support::target::Target::sim());
    }

    #[test]
    fn real_asterisk() {
        // An instance of its own: the shared one has other tests' bridges.
        if let Some(asterisk) = crate::support::asterisk::Asterisk::start("empty_table") {
            let target = crate::support::target::Target::own(asterisk);
            super::an_empty_table_says_so_only_at_a_terminal(&target);
        }
    }
}

/// `ari ARGS` with stdout at a terminal of 80x24 (a pty's own size, no
/// `COLUMNS`) and stderr into a file, as a person at a small terminal runs
/// it: what each printed, stdout's lines without their `\r`.
fn at_an_80_column_terminal(sb: &Sandbox, url: &str, args: &[&str]) -> (Vec<String>, String) {
    use expectrl::Expect;
    use expectrl::session::OsSession as Session;
    let ari = sb.std_ari();
    let stderr = sb.path().join("stderr.txt");
    // stderr goes to the file by the shell; stdout stays the pty.
    let mut cmd = Command::new("sh");
    cmd.args(["-c", r#"f=$1; shift; exec "$@" 2>"$f""#, "sh"])
        .arg(&stderr)
        .arg(ari.get_program())
        .args(["--url", url])
        .args(args)
        .env_remove("COLUMNS")
        .current_dir(sb.path());
    for (key, value) in ari.get_envs() {
        match value {
            Some(value) => cmd.env(key, value),
            None => cmd.env_remove(key),
        };
    }
    let mut session = Session::spawn(cmd).expect("ari runs in a pty");
    assert_eq!(session.get_process().get_window_size().unwrap(), (80, 24));
    session.set_expect_timeout(Some(std::time::Duration::from_secs(20)));
    let found = session.expect(expectrl::Eof).unwrap();
    let status = session.get_process().wait().unwrap();
    let stdout = String::from_utf8_lossy(found.as_bytes()).into_owned();
    let stderr = std::fs::read_to_string(&stderr).unwrap();
    assert!(
        matches!(status, expectrl::process::unix::WaitStatus::Exited(_, 0)),
        "{status:?}: {stderr}"
    );
    let lines = stdout.lines().map(|l| l.trim_end_matches('\r').to_string());
    (lines.collect(), stderr)
}

fn columns_of(line: &str) -> Vec<&str> {
    line.split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// At an 80-column terminal a channel list is one line per channel: the
/// least useful columns left out (said once on stderr), ids and names
/// whole; a fleet's table keeps its PROFILE column; a bridge list fits too.
/// Into a pipe the table is whole, `COLUMNS` or not.
fn tables_fit_an_80_column_terminal(target: &crate::support::target::Target) {
    use unicode_width::UnicodeWidthStr;
    let sb = Sandbox::new();
    let mut ours = Vec::new();
    for (exten, caller) in [
        ("wait", "Alice Anderson <1001>"),
        ("dtmf", "Bob Bobson-Whitfield <2002>"),
        ("echo", ""),
    ] {
        let call = Call::to_wait(&format!("Local/{exten}@lab")).with(&["--caller-id", caller]);
        ours.push(target.ari(&sb).originate(call));
    }
    let listed = run(target.ari(&sb).args(["channels", "list", "-o", "json"])).json();
    let name_of = |id: &str| -> String {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["id"] == id)
            .and_then(|c| c["name"].as_str())
            .unwrap_or_else(|| panic!("{id} not listed: {listed}"))
            .to_string()
    };

    let fits = |lines: &[String], lead: &[&str], rows: usize| {
        assert!(lines.len() > rows, "{lines:#?}");
        for line in lines {
            assert!(line.width() <= 80, "wider than 80: {line:?}\n{lines:#?}");
        }
        assert_eq!(&columns_of(&lines[0])[..lead.len()], lead, "{lines:#?}");
    };
    let (lines, stderr) =
        at_an_80_column_terminal(&sb, &target.url, &["channels", "list", "-o", "table"]);
    fits(&lines, &["ID", "NAME"], ours.len());
    for id in &ours {
        let name = name_of(id);
        assert!(
            lines
                .iter()
                .any(|l| columns_of(l)[..2] == [id.as_str(), name.as_str()]),
            "{id} {name} not whole: {lines:#?}"
        );
    }
    let note: Vec<&str> = stderr.lines().collect();
    assert_eq!(note.len(), 1, "{stderr}");
    assert!(
        note[0].starts_with("ari: left out to fit 80 columns: CONNECTED, DIALPLAN")
            && note[0].width() <= 80,
        "{stderr}"
    );
    assert!(!lines[0].contains("CONNECTED"), "{lines:#?}");

    // A fleet: the rows of both servers under a PROFILE column kept whole.
    let profile = |name: &str| {
        format!(
            "[profiles.{name}]\nurl = \"{}\"\nusername = \"asterisk\"\npassword = \"asterisk\"\n",
            target.url
        )
    };
    sb.write_config(&(profile("p-1") + &profile("p-2")));
    let (lines, stderr) = at_an_80_column_terminal(
        &sb,
        &target.url,
        &["-p", "p-1,p-2", "channels", "list", "-o", "table"],
    );
    fits(&lines, &["PROFILE", "ID", "NAME"], 2 * ours.len());
    for p in ["p-1", "p-2"] {
        assert!(
            lines
                .iter()
                .any(|l| columns_of(l)[..2] == [p, ours[0].as_str()]),
            "{lines:#?}"
        );
    }
    assert!(
        stderr.starts_with("ari: left out to fit 80 columns: "),
        "{stderr}"
    );

    // Another model: bridges with long names keep their ids and names.
    let long = "conference-room-for-the-quarterly-review";
    let bridge = run(target.ari(&sb).args([
        "bridges", "create", "--type", "mixing", "--name", long, "--jq", ".id",
    ]))
    .ok()
    .to_string();
    let (lines, stderr) =
        at_an_80_column_terminal(&sb, &target.url, &["bridges", "list", "-o", "table"]);
    fits(&lines, &["ID", "NAME"], 1);
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&bridge) && l.contains(long)),
        "{lines:#?}"
    );
    assert!(
        stderr.starts_with("ari: left out to fit 80 columns: CREATED"),
        "{stderr}"
    );

    // Into a pipe: every column, every cell whole, nothing on stderr.
    for columns in [None, Some("80")] {
        let mut cmd = target.ari(&sb);
        cmd.args(["channels", "list", "-o", "table"]);
        match columns {
            Some(c) => cmd.env("COLUMNS", c),
            None => cmd.env_remove("COLUMNS"),
        };
        let out = run(&mut cmd);
        assert_eq!(out.stderr, "");
        let lines: Vec<&str> = out.ok().lines().collect();
        assert_eq!(
            columns_of(lines[0]),
            [
                "ID",
                "NAME",
                "STATE",
                "CALLER",
                "CONNECTED",
                "DIALPLAN",
                "APP",
                "DURATION"
            ]
        );
        assert!(
            out.stdout.contains("Bob Bobson-Whitfield <2002>"),
            "{}",
            out.stdout
        );
        assert!(lines.iter().any(|l| l.len() > 80), "{}", out.stdout);
    }
}

mod tables_fit_an_80_column_terminal {
    #[test]
    fn simulator() {
        super::tables_fit_an_80_column_terminal(&crate::support::target::Target::sim());
    }

    #[test]
    fn real_asterisk() {
        // An instance of its own: another test's channels could be wider.
        if let Some(asterisk) = crate::support::asterisk::Asterisk::start("tables_fit") {
            let target = crate::support::target::Target::own(asterisk);
            super::tables_fit_an_80_column_terminal(&target);
        }
    }
}
