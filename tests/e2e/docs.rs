//! Completions, the man page, `ari doctor` and `--version`: the generated
//! files are current, completion works in real shells against the simulator,
//! and doctor tells problems apart.

use std::path::Path;
use std::process::Command;

use crate::support::calls::{Call, Originate};
use crate::support::{Reply, Sandbox, TestServer, closed_port, run, sim, sim_with};

fn repo(path: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn ari_path() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("ari")
}

#[test]
fn completion_scripts_in_the_repo_are_current() {
    let sb = Sandbox::new();
    for (shell, file, _) in ari::commands::completions::FILES {
        let out = run(sb.ari().args(["completions", shell]));
        let committed = std::fs::read_to_string(repo("completions").join(file)).unwrap_or_default();
        assert!(
            out.ok().len() > 100 && out.stdout == committed,
            "completions/{file} is stale: run `ari completions {shell} > completions/{file}`"
        );
    }
}

#[test]
fn the_man_page_in_the_repo_is_current_and_complete() {
    let sb = Sandbox::new();
    let out = run(sb.ari().arg("man"));
    let committed = std::fs::read_to_string(repo("doc/ari.1")).unwrap_or_default();
    assert!(
        out.stdout == committed,
        "doc/ari.1 is stale: run `ari man > doc/ari.1`"
    );
    for section in [
        ".SH COMMANDS",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        "config.toml",
        "ARI_PASSWORD",
    ] {
        assert!(committed.contains(section), "{section} missing");
    }
    let text = committed.replace("\\-", "-");
    for resource in ari::spec::RESOURCES {
        for action in ari::spec::actions_of(resource.name) {
            let entry = format!("ari {} {}", resource.name, action.name());
            assert!(text.contains(&entry), "{entry} missing from the man page");
        }
    }
}

/// bash's own word splitting for completion: at blanks, and around the
/// characters of COMP_WORDBREAKS that matter here (`:` and `=`).
fn comp_words(line: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for token in line.split_whitespace() {
        let mut current = String::new();
        for c in token.chars() {
            if c == ':' || c == '=' {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
                words.push(c.to_string());
            } else {
                current.push(c);
            }
        }
        if !current.is_empty() {
            words.push(current);
        }
    }
    if line.ends_with(' ') {
        words.push(String::new());
    }
    words
}

/// Run the bash completion function for `line` (the cursor at its end).
fn bash_complete(sb: &Sandbox, url: &str, line: &str) -> Vec<String> {
    let script = repo("completions/ari.bash");
    let mut words = comp_words(line);
    words[0] = ari_path().display().to_string();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        r#"
        source "$SCRIPT"
        COMP_WORDS=({})
        COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
        COMP_LINE=$LINE
        COMP_POINT=${{#LINE}}
        _ari
        printf '%s\n' "${{COMPREPLY[@]}}"
    "#,
        quoted.join(" ")
    );
    let output = Command::new("bash")
        .arg("-c")
        .arg(program)
        .env("SCRIPT", script)
        .env("LINE", line)
        .env("ARI_URL", url)
        .env("HOME", sb.path())
        .env("XDG_CONFIG_HOME", sb.path().join("config"))
        .output()
        .unwrap();
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_commands_values_and_live_ids() {
    let sim = sim();
    let sb = Sandbox::new();
    let chan = sb.ari_sim(&sim).originate(Call::to_wait("Local/wait@lab"));
    let url = sim.url();
    assert_eq!(bash_complete(&sb, &url, "ari chan"), ["channels"]);
    assert_eq!(
        bash_complete(&sb, &url, "ari channels hangup x --reason bu"),
        ["busy"]
    );
    let ids = bash_complete(
        &sb,
        &url,
        &format!("ari channels get {}", &chan[..chan.len() - 1]),
    );
    assert!(ids.contains(&chan), "{ids:?}");
    // bash splits at ':'; only the rest is offered.
    assert_eq!(
        bash_complete(&sb, &url, "ari channels play x --media sound:hello-w"),
        ["hello-world"]
    );
    // A dead server: nothing, and no error output, while offline values still come.
    let dead = format!("http://127.0.0.1:{}", closed_port());
    assert!(bash_complete(&sb, &dead, "ari channels get 1").is_empty());
    assert_eq!(
        bash_complete(&sb, &dead, "ari asterisk info --only sy"),
        ["system"]
    );
}

#[test]
fn zsh_and_fish_complete_too() {
    let sim = sim();
    let sb = Sandbox::new();
    let chan = sb
        .ari_sim(&sim)
        .originate(Call::of("PJSIP/bob").with(&["--extension", "s"]));
    let bin_dir = ari_path().parent().unwrap().to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let env = |cmd: &mut Command| {
        cmd.env("PATH", &path)
            .env("ARI_URL", sim.url())
            .env("HOME", sb.path())
            .env("XDG_CONFIG_HOME", sb.path().join("config"));
    };
    if which("zsh") {
        // Inside a real completion widget compadd takes the candidates; here it prints them.
        let program = format!(
            "compadd() {{ shift; printf '%s\\n' \"$@\"; }}; compdef() {{ }}; source {}; \
             words=(ari channels get {}); CURRENT=4; _ari",
            repo("completions/_ari").display(),
            &chan[..chan.len() - 1]
        );
        let mut cmd = Command::new("zsh");
        cmd.args(["-f", "-c", &program]);
        env(&mut cmd);
        let out = String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned();
        assert!(out.lines().any(|l| l == chan), "zsh: {out}");
    } else {
        eprintln!("SKIPPED: zsh completion: zsh is not installed");
    }
    if which("fish") {
        let program = format!(
            "source {}; complete -C 'ari channels get {}'; complete -C 'ari device-states update x --device-state RING'",
            repo("completions/ari.fish").display(),
            &chan[..chan.len() - 1]
        );
        let mut cmd = Command::new("fish");
        cmd.args(["--no-config", "-c", &program]);
        env(&mut cmd);
        let out = String::from_utf8_lossy(&cmd.output().unwrap().stdout).into_owned();
        assert!(out.lines().any(|l| l == chan), "fish: {out}");
        assert!(
            out.lines().any(|l| l == "RINGING") && out.lines().any(|l| l == "RINGINUSE"),
            "fish: {out}"
        );
    } else {
        eprintln!("SKIPPED: fish completion: fish is not installed");
    }
}

fn which(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn doctor_passes_against_a_healthy_server() {
    let sim = sim();
    let sb = Sandbox::new();
    let out = run(sb.ari_sim(&sim).arg("doctor"));
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    for check in [
        "config file",
        "profile",
        "password",
        "dns",
        "tcp",
        "tls",
        "authentication",
        "server",
        "ari",
        "websocket",
        "operations",
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.split_whitespace().nth(1) == check.split_whitespace().next()),
            "no {check} line: {}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("ari sim (simulating Asterisk 22.10.1)"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("API version 10.0.0"), "{}", out.stdout);
    for (check, says) in [
        ("rest over ws", "--via websocket works"),
        ("outbound ws", "can connect out"),
    ] {
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with("ok") && l.contains(check) && l.contains(says)),
            "no passing {check} line: {}",
            out.stdout
        );
    }
    assert!(
        out.stdout.contains("received a test event"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("all 109 of the server's operations are known to ari"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("FAIL"));
}

#[test]
fn doctor_tells_problems_apart() {
    let sim = sim_with(|o| {
        o.users
            .push(ari::sim::User::parse("viewer:look", true).unwrap())
    });
    let sb = Sandbox::new();
    let fail = |out: &crate::support::Outcome| -> String {
        out.stdout
            .lines()
            .find(|l| l.starts_with("FAIL"))
            .unwrap_or_default()
            .to_string()
    };
    let out = run(sb.ari_sim(&sim).args(["-u", "asterisk:wrong", "doctor"]));
    assert_eq!(out.code, 4);
    assert!(
        fail(&out).contains("authentication   401: wrong user name or password"),
        "{}",
        out.stdout
    );

    let out = run(sb.ari_sim(&sim).args(["-u", "viewer:look", "doctor"]));
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("a read-only user cannot send the test event"),
        "{}",
        out.stdout
    );

    let out = run(sb
        .ari()
        .args(["--url", &format!("127.0.0.1:{}", closed_port()), "doctor"]));
    assert_eq!(out.code, 3);
    assert!(fail(&out).starts_with("FAIL  tcp"), "{}", out.stdout);

    sb.write_config("[profiles.p]\nurl = \"127.0.0.1:1\"\npassword_env = \"NOT_SET_HERE\"\n");
    let out = run(sb.ari().args(["-p", "p", "doctor"]));
    assert_eq!(out.code, 2);
    assert!(fail(&out).contains("NOT_SET_HERE"), "{}", out.stdout);

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let path = sb.write_config(&format!(
            "[profiles.p]\nurl = \"{}\"\npassword = \"asterisk\"\n",
            sim.url()
        ));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let out = run(sb.ari().args(["-p", "p", "doctor"]));
        assert!(
            out.stdout
                .lines()
                .any(|l| l.starts_with("warn  config file") && l.contains("chmod 600")),
            "{}",
            out.stdout
        );
        // A warning is not a pass: the exit code is the warning's kind.
        assert_eq!(out.code, 2, "{}", out.stdout);
    }
}

#[test]
fn doctor_reports_operations_a_server_has_that_ari_lacks() {
    // A server whose API description lists one operation ari does not know.
    let server = TestServer::start(|req| match req.path.as_str() {
        "/ari/asterisk/info" => Reply::json(
            200,
            r#"{"system": {"version": "23.0.0", "entity_id": "x"}}"#,
        ),
        "/ari/api-docs/resources.json" => Reply::json(
            200,
            r#"{"apiVersion": "11.0.0", "apis": [{"path": "/api-docs/channels.{format}"}]}"#,
        ),
        "/ari/api-docs/channels.json" => Reply::json(
            200,
            r#"{"apis": [{"path": "/channels", "operations": [{"httpMethod": "GET"}]},
                          {"path": "/channels/{channelId}/teleport", "operations": [{"httpMethod": "POST"}]}]}"#,
        ),
        _ => Reply::json(404, r#"{"message": "Resource not found"}"#),
    });
    let sb = Sandbox::new();
    let out = run(sb.ari_at(&server).arg("doctor"));
    assert!(
        out.stdout.contains("Asterisk 23.0.0") && out.stdout.contains("API version 11.0.0"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("the server has 1 ari does not know (use `ari raw`): POST /channels/{channelId}/teleport"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("ari knows 108 operations this server lacks"),
        "{}",
        out.stdout
    );
    // The WebSocket check fails against this server, so doctor fails.
    assert_ne!(out.code, 0);
}

#[test]
fn version_verbose_names_the_commit() {
    let sb = Sandbox::new();
    let out = run(sb.ari().args(["-v", "--version"]));
    let text = out.ok();
    assert!(text.starts_with(concat!("ari ", env!("CARGO_PKG_VERSION"))));
    assert!(
        text.contains("\ncommit ") && text.contains("rustls"),
        "{text}"
    );
}
