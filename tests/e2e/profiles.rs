//! Profiles: precedence, password sources, `ari profile ...` editing, and
//! secrets that never show.

use crate::support::{Outcome, Reply, Sandbox, TestServer, basic_token, run};

fn auth(server: &TestServer) -> String {
    server
        .only_request()
        .header("authorization")
        .unwrap_or("")
        .to_string()
}

fn basic(user: &str, password: &str) -> String {
    format!("Basic {}", basic_token(user, password))
}

#[test]
fn precedence_is_flags_then_environment_then_profile_then_default() {
    let from_profile = TestServer::fixed(Reply::json(200, "{}"));
    let from_env = TestServer::fixed(Reply::json(200, "{}"));
    let from_flag = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    sandbox.write_config(&format!(
        "default = \"lab\"\n\n[profiles.lab]\nurl = \"{}\"\nusername = \"labuser\"\npassword = \"labpass\"\n\n\
         [profiles.other]\nurl = \"{}\"\nusername = \"otheruser\"\npassword = \"otherpass\"\n",
        from_profile.url, from_env.url
    ));

    // The file's default profile.
    assert_eq!(run(sandbox.ari().args(["asterisk", "ping"])).code, 0);
    assert_eq!(auth(&from_profile), basic("labuser", "labpass"));

    // ARI_PROFILE picks another profile; ARI_USERNAME/ARI_PASSWORD beat it.
    let out = run(sandbox
        .ari()
        .env("ARI_PROFILE", "other")
        .env("ARI_USERNAME", "envuser")
        .env("ARI_PASSWORD", "envpass")
        .args(["asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(auth(&from_env), basic("envuser", "envpass"));

    // Flags beat the environment.
    let out = run(sandbox
        .ari()
        .env("ARI_URL", &from_env.url)
        .env("ARI_PASSWORD", "envpass")
        .args([
            "--url",
            &from_flag.url,
            "-u",
            "flaguser:flagpass",
            "asterisk",
            "ping",
        ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(auth(&from_flag), basic("flaguser", "flagpass"));
    assert_eq!(from_env.requests().len(), 1, "ARI_URL must lose to --url");

    // --profile beats ARI_PROFILE.
    let out = run(sandbox
        .ari()
        .env("ARI_PROFILE", "other")
        .args(["-p", "lab", "asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(from_profile.requests().len(), 2);
}

#[test]
fn without_config_the_builtin_default_is_asterisk_at_localhost() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari().args(["profile", "show", "-o", "json"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let get = |name: &str| {
        rows.as_array()
            .unwrap()
            .iter()
            .find(|r| r["setting"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(get("url")["value"], "http://127.0.0.1:8088/ari");
    assert_eq!(get("url")["source"], "built-in default");
    assert_eq!(get("username")["value"], "asterisk");
}

#[test]
fn password_command_and_password_env_supply_the_password() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    sandbox.write_config(&format!(
        "[profiles.cmd]\nurl = \"{url}\"\nusername = \"ari\"\npassword_command = \"printf 'from-command\\\\n'\"\n\n\
         [profiles.env]\nurl = \"{url}\"\nusername = \"ari\"\npassword_env = \"MY_ARI_SECRET\"\n\n\
         [profiles.failing]\nurl = \"{url}\"\nusername = \"ari\"\npassword_command = \"echo nope >&2; exit 3\"\n",
        url = server.url
    ));
    let out = run(sandbox.ari().args(["-p", "cmd", "asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let out = run(sandbox
        .ari()
        .env("MY_ARI_SECRET", "from-env")
        .args(["-p", "env", "asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let requests = server.requests();
    assert_eq!(
        requests[0].header("authorization"),
        Some(basic("ari", "from-command").as_str())
    );
    assert_eq!(
        requests[1].header("authorization"),
        Some(basic("ari", "from-env").as_str())
    );

    let out = run(sandbox.ari().args(["-p", "env", "asterisk", "ping"]));
    assert_eq!(out.code, 2);
    assert_eq!(
        out.one_error_line(),
        "ari: the profile reads its password from $MY_ARI_SECRET, which is not set"
    );
    let out = run(sandbox.ari().args(["-p", "failing", "asterisk", "ping"]));
    assert_eq!(out.code, 2);
    assert_eq!(
        out.one_error_line(),
        "ari: password_command failed with status 3: nope"
    );
    assert_eq!(
        server.requests().len(),
        2,
        "nothing sent without a password"
    );
}

#[test]
fn verbose_output_and_curl_never_show_the_password() {
    let server = TestServer::fixed(Reply::json(200, r#"{"ping":"pong"}"#));
    let sandbox = Sandbox::new();
    let secret = "Sup3r-S3cret";
    sandbox.write_config(&format!(
        "[profiles.p]\nurl = \"{}\"\nusername = \"ari\"\npassword = \"{secret}\"\n",
        server.url
    ));
    let token = basic_token("ari", secret);
    let out = run(sandbox.ari().args(["-p", "p", "-v", "asterisk", "ping"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("> GET /ari/asterisk/ping HTTP/1.1"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("> Authorization: Basic [redacted]"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("< HTTP/1.1 200 OK"), "{}", out.stderr);
    for text in [&out.stdout, &out.stderr] {
        assert!(
            !text.contains(secret) && !text.contains(&token),
            "secret leaked: {text}"
        );
    }
    let out = run(sandbox
        .ari()
        .args(["-p", "p", "--curl", "asterisk", "ping"]));
    assert_eq!(out.code, 0);
    assert_eq!(
        out.stdout.trim(),
        format!(
            "curl -sS -u \"ari:$ARI_PASSWORD\" '{}/ari/asterisk/ping'",
            server.url
        )
    );
    assert!(!out.stdout.contains(secret));
    assert_eq!(server.requests().len(), 1, "--curl sends nothing");
}

#[test]
fn credentials_in_a_url_never_reach_the_wire_or_messages() {
    let server = TestServer::fixed(Reply::json(404, r#"{"message":"Channel not found"}"#));
    let sandbox = Sandbox::new();
    let url = server.url.replace("http://", "http://urluser:urlpass@");
    let out = run(sandbox.ari().args(["--url", &url, "channels", "get", "x"]));
    assert_eq!(out.code, 5);
    assert!(!out.stderr.contains("urlpass"), "{}", out.stderr);
    let req = server.only_request();
    assert_eq!(
        req.header("authorization"),
        Some(basic("urluser", "urlpass").as_str())
    );
}

#[test]
fn profile_add_writes_0600_and_keeps_comments() {
    let sandbox = Sandbox::new();
    let path = sandbox.write_config(
        "# my ARI servers\ndefault = \"lab\"\n\n[profiles.lab]  # the lab box\nurl = \"http://10.0.0.5:8088\" # keep me\n",
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = run(sandbox
        .ari()
        .args([
            "profile",
            "add",
            "prod",
            "--url",
            "https://pbx.example.com:8089",
            "-u",
            "ari",
            "--app",
            "hello",
            "--password-stdin",
            "--max-time",
            "20",
            "--no-check",
        ])
        .write_stdin("pr0d-pass\n"));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("# my ARI servers")
            && text.contains("# the lab box")
            && text.contains("# keep me"),
        "{text}"
    );
    assert!(text.contains("[profiles.prod]"), "{text}");
    let parsed: toml::Table = toml::from_str(&text).unwrap();
    let prod = &parsed["profiles"]["prod"];
    assert_eq!(prod["url"].as_str(), Some("https://pbx.example.com:8089"));
    assert_eq!(prod["username"].as_str(), Some("ari"));
    assert_eq!(prod["password"].as_str(), Some("pr0d-pass"));
    assert_eq!(prod["app"].as_str(), Some("hello"));
    assert_eq!(prod["timeout"].as_float(), Some(20.0));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }

    // Adding it again needs --force.
    let out = run(sandbox.ari().args([
        "profile",
        "add",
        "prod",
        "--url",
        "x:1",
        "--no-password",
        "--no-check",
    ]));
    assert_eq!(out.code, 2);
    assert!(out.one_error_line().contains("use --force"));

    // use / list / remove
    assert_eq!(run(sandbox.ari().args(["profile", "use", "prod"])).code, 0);
    let out = run(sandbox.ari().args(["profile", "list", "-o", "table"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let prod_line = out.stdout.lines().find(|l| l.contains("prod")).unwrap();
    assert!(prod_line.starts_with('*'), "{}", out.stdout);
    let out = run(sandbox.ari().args(["profile", "list", "-q"]));
    assert_eq!(out.stdout, "lab\nprod\n");
    assert_eq!(
        run(sandbox.ari().args(["profile", "remove", "prod"])).code,
        0
    );
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        !text.contains("prod") && text.contains("# keep me"),
        "{text}"
    );
}

#[test]
fn profile_add_creates_a_new_file_with_0600() {
    let sandbox = Sandbox::new();
    let out = run(sandbox.ari().args([
        "profile",
        "add",
        "lab",
        "--url",
        "10.0.0.5:8088",
        "-u",
        "ari",
        "--password-env",
        "LAB_PASS",
        "--default",
        "--no-check",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let path = sandbox.config_path();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("default = \"lab\"") && text.contains("password_env = \"LAB_PASS\""),
        "{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
}

#[test]
fn show_masks_secrets_and_names_sources() {
    let sandbox = Sandbox::new();
    sandbox.write_config("[profiles.p]\nurl = \"pbx:8088\"\nusername = \"ari\"\npassword = \"hunter2\"\napp = \"hello\"\n");
    let out = run(sandbox.ari().args(["profile", "show", "p", "-o", "table"]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("hunter2"), "{}", out.stdout);
    assert!(out.stdout.contains("******** (set)"), "{}", out.stdout);
    assert!(out.stdout.contains("http://pbx:8088/ari"), "{}", out.stdout);
    assert!(out.stdout.contains("profile 'p'"), "{}", out.stdout);
}

#[test]
fn a_readable_file_holding_a_password_is_warned_about() {
    let server = TestServer::fixed(Reply::json(200, "{}"));
    let sandbox = Sandbox::new();
    let path = sandbox.write_config(&format!(
        "[profiles.p]\nurl = \"{}\"\npassword = \"hunter2\"\n",
        server.url
    ));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let out = run(sandbox.ari().args(["-p", "p", "asterisk", "ping"]));
    assert_eq!(out.code, 0);
    assert!(
        out.stderr
            .contains("holds a password and is readable by group or others; run: chmod 600"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("hunter2"));
}

#[test]
fn config_errors_are_one_line_usage_errors() {
    let sandbox = Sandbox::new();
    let cases = [
        (
            "[profiles.p]\nurl = \"x\"\npasword = \"typo\"\n",
            "unknown field `pasword`",
        ),
        ("[profiles.p\nurl = 1\n", "line 1"),
        ("[profiles.p]\nurl = 42\n", "line 2"),
        ("[profiles.p]\ntimeout = \"soon\"\n", "line 2"),
    ];
    for (text, expect) in cases {
        sandbox.write_config(text);
        let out = run(sandbox.ari().args(["-p", "p", "asterisk", "ping"]));
        assert_eq!(out.code, 2, "{text}: {}", out.stderr);
        let line = out.one_error_line();
        assert!(
            line.contains("config.toml") && line.contains(expect),
            "{text}: {line}"
        );
    }
    let out = run(sandbox.ari().args([
        "--config",
        "/nonexistent/ari.toml",
        "-p",
        "x",
        "channels",
        "list",
    ]));
    assert_eq!(out.code, 2);
    assert!(out.one_error_line().contains("does not exist"));
}

#[test]
fn the_example_config_is_valid_and_documents_every_key() {
    let sandbox = Sandbox::new();
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config.example.toml");
    let out = run(sandbox.ari().args([
        "--config",
        example.to_str().unwrap(),
        "profile",
        "list",
        "-q",
    ]));
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "local\nprod\n"),
        "{}",
        out.stderr
    );
    let text = std::fs::read_to_string(&example).unwrap();
    for key in [
        "default",
        "url",
        "username",
        "password",
        "password_env",
        "password_command",
        "app",
        "timeout",
        "connect_timeout",
        "cacert",
        "insecure",
        "[groups]",
    ] {
        assert!(
            text.contains(&format!("\n{key} = "))
                || text.contains(&format!("# {key} = "))
                || text.contains(&format!("\n{key}\n")),
            "{key}"
        );
    }
}

/// `ari profile add NAME --url URL -u USER` with the password on stdin.
fn add_profile(sb: &Sandbox, name: &str, url: &str, user: &str, password: &str) -> Outcome {
    run(sb
        .ari()
        .args([
            "profile",
            "add",
            name,
            "--url",
            url,
            "-u",
            user,
            "--password-stdin",
        ])
        .write_stdin(format!("{password}\n")))
}

/// The first profile becomes the default, and each is tried once: what
/// answers is named, a wrong password or no server is a warning, not a
/// refusal.
fn first_profile_is_the_default_and_each_is_tried(url: &str, server_name: &str) {
    let sb = Sandbox::new();
    let out = add_profile(&sb, "lab", url, "asterisk", "asterisk");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("ari: 'lab' is the default profile (the first one)"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains(&format!(
            "ari: checked: {server_name} at {}/ari accepts user 'asterisk'",
            url.trim_end_matches('/')
        )),
        "{}",
        out.stderr
    );
    // The next command, with no -p, goes there (not to 127.0.0.1:8088).
    let out = run(sb.ari().args(["asterisk", "ping", "--jq", ".ping"]));
    assert_eq!(out.ok(), "pong");

    // A wrong password: saved, with a one-line warning; the default stays.
    let out = add_profile(&sb, "typo", url, "asterisk", "Typo-Secret-42");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let warnings: Vec<&str> = out
        .stderr
        .lines()
        .filter(|l| l.starts_with("ari: warning:"))
        .collect();
    assert_eq!(warnings.len(), 1, "{}", out.stderr);
    assert!(
        warnings[0].contains("wrong user name or password") && warnings[0].contains("401"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("Typo-Secret-42"), "{}", out.stderr);
    assert!(
        out.stderr.contains("the default profile is still 'lab'"),
        "{}",
        out.stderr
    );
    let text = std::fs::read_to_string(sb.config_path()).unwrap();
    assert!(
        text.contains("[profiles.typo]") && text.contains("default = \"lab\""),
        "{text}"
    );
    // Nothing answers: another warning, and --no-check asks nothing.
    let nowhere = format!("http://127.0.0.1:{}", crate::support::closed_port());
    let out = add_profile(&sb, "off", &nowhere, "asterisk", "asterisk");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("ari: warning: cannot connect to 127.0.0.1:"),
        "{}",
        out.stderr
    );
    let out = run(sb.ari().args([
        "profile",
        "add",
        "quiet",
        "--url",
        &nowhere,
        "--no-password",
        "--no-check",
    ]));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stderr.contains("warning"), "{}", out.stderr);
}

#[test]
fn profile_add_on_the_simulator_makes_the_first_the_default_and_tries_it() {
    let sim = crate::support::sim();
    first_profile_is_the_default_and_each_is_tried(
        &sim.url(),
        "ari sim (simulating Asterisk 22.10.1)",
    );
}

#[test]
fn profile_add_on_a_real_asterisk_makes_the_first_the_default_and_tries_it() {
    let Some(asterisk) = crate::support::asterisk::shared("profile add against a real Asterisk")
    else {
        return;
    };
    first_profile_is_the_default_and_each_is_tried(&asterisk.url, "Asterisk 22.10.1");
}

#[test]
fn profile_add_warns_when_the_url_is_not_ari() {
    let server = TestServer::fixed(Reply::with_type(
        404,
        "text/html",
        b"<html><body>Not Found</body></html>",
    ));
    let sb = Sandbox::new();
    let out = add_profile(&sb, "web", &server.url, "asterisk", "asterisk");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains("ari: warning: not ARI: ") && out.stderr.contains("answered 404"),
        "{}",
        out.stderr
    );
}

/// A config holding a password, readable by others, with profiles `a` and
/// `b` on the servers at `a` and `b` (user asterisk, the simulator's and the
/// test kit's): every read of it prints the warning once. Two servers, since
/// a fleet's tails on one server would take each other's application.
fn readable_config(sandbox: &Sandbox, a: &str, b: &str) {
    let path = sandbox.write_config(&format!(
        "[profiles.a]\nurl = \"{a}\"\nusername = \"asterisk\"\npassword = \"asterisk\"\n\n\
         [profiles.b]\nurl = \"{b}\"\nusername = \"asterisk\"\npassword = \"asterisk\"\n"
    ));
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

fn warnings(out: &Outcome) -> usize {
    out.stderr.matches("is readable by group or others").count()
}

#[cfg(unix)]
fn config_read_once_per_command_line(a: &str, b: &str) {
    let sandbox = Sandbox::new();
    readable_config(&sandbox, a, b);
    for profiles in ["a", "a,b"] {
        let out = run(sandbox.ari().args(["-p", profiles, "channels", "list"]));
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_eq!(warnings(&out), 1, "-p {profiles}: {}", out.stderr);
        // The tail, one server's and a fleet's: it gives up with 9.
        let out = run(sandbox.ari().args([
            "-p",
            profiles,
            "events",
            "--until",
            "NoSuchEvent",
            "--timeout",
            "0.3",
        ]));
        assert_eq!(out.code, 9, "{}", out.stderr);
        assert_eq!(warnings(&out), 1, "-p {profiles} events: {}", out.stderr);
    }
}

#[cfg(unix)]
fn config_read_once_for_a_whole_repl_session(a: &str, b: &str) {
    let sandbox = Sandbox::new();
    readable_config(&sandbox, a, b);
    // One profile, a fleet on one line, then a fleet for the next lines.
    let out = run(sandbox.ari().args(["-p", "a", "repl"]).write_stdin(
        "channels list\n-p a,b bridges list\nuse a,b\nasterisk ping\nuse b\nchannels list\n",
    ));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(warnings(&out), 1, "{}", out.stderr);
}

#[cfg(unix)]
#[test]
fn the_config_is_read_once_per_command_line() {
    let (a, b) = (crate::support::sim(), crate::support::sim());
    config_read_once_per_command_line(&a.url(), &b.url());
}

#[cfg(unix)]
#[test]
fn the_config_is_read_once_per_command_line_on_a_real_asterisk() {
    let Some(asterisk) = crate::support::asterisk::shared("config read once") else {
        return;
    };
    config_read_once_per_command_line(&asterisk.url, &crate::support::sim().url());
}

#[cfg(unix)]
#[test]
fn the_config_is_read_once_for_a_whole_repl_session() {
    let (a, b) = (crate::support::sim(), crate::support::sim());
    config_read_once_for_a_whole_repl_session(&a.url(), &b.url());
}

#[cfg(unix)]
#[test]
fn the_config_is_read_once_for_a_whole_repl_session_on_a_real_asterisk() {
    let Some(asterisk) = crate::support::asterisk::shared("config read once in the REPL") else {
        return;
    };
    config_read_once_for_a_whole_repl_session(&asterisk.url, &crate::support::sim().url());
}
