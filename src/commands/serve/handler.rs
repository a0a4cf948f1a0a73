//! A handler process: COMMAND run for one call, in a process group of its
//! own (so a hang-up reaches the script and everything it started), its
//! output lines tagged with the call on serve's stderr.

use std::process::{ExitStatus, Stdio};

use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, Command};

use crate::error::{Error, Result};

/// Check COMMAND before anything registers: a typo is a usage error, not a
/// failure on every call.
pub fn check_program(program: &str) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let executable = |path: &std::path::Path| {
        path.metadata()
            .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
    };
    if program.contains('/') {
        let path = std::path::Path::new(program);
        if !path.exists() {
            return Err(Error::usage(format!(
                "ari serve: no such handler: {program}"
            )));
        }
        if !executable(path) {
            return Err(Error::usage(format!(
                "ari serve: the handler is not executable: {program}"
            ))
            .with_hint(format!("chmod +x {program}")));
        }
        return Ok(());
    }
    let found = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).any(|dir| executable(&dir.join(program))))
        .unwrap_or(false);
    if found {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "ari serve: no handler '{program}' in PATH"
        )))
    }
}

pub struct Handler {
    pub child: Child,
    /// Its process group (the id of the process that leads it).
    pub group: i32,
}

impl Handler {
    /// Start `argv` with `env`, its output tagged with `tag`.
    pub fn spawn(argv: &[String], env: Vec<(String, String)>, tag: String) -> Result<Handler> {
        let mut command = Command::new(&argv[0]);
        command
            .args(&argv[1..])
            .envs(env)
            .env_remove("ARI_PASSWORD")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0);
        let mut child = command
            .spawn()
            .map_err(|e| Error::internal(format!("cannot start {}: {e}", argv[0])))?;
        let group = child.id().map(|id| id as i32).unwrap_or(0);
        if let Some(out) = child.stdout.take() {
            tokio::spawn(tag_lines(out, tag.clone()));
        }
        if let Some(err) = child.stderr.take() {
            tokio::spawn(tag_lines(err, tag));
        }
        Ok(Handler { child, group })
    }

    /// Send `signal` to the whole group (nothing when it is gone already).
    pub fn signal_group(&self, signal: i32) {
        signal_group(self.group, signal);
    }

    pub async fn wait(&mut self) -> Option<ExitStatus> {
        self.child.wait().await.ok()
    }
}

pub fn signal_group(group: i32, signal: i32) {
    if group > 1 {
        // SAFETY: killpg takes plain integers; a group that is gone gives ESRCH.
        unsafe {
            libc::killpg(group, signal);
        }
    }
}

/// Each line the handler writes, on serve's stderr after its call's tag.
async fn tag_lines(stream: impl AsyncRead + Unpin, tag: String) {
    let mut lines = BufReader::new(stream).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        say!("{tag} {line}");
    }
}

/// How a handler ended, in words: `exited 0`, `killed by SIGHUP`.
pub fn describe(status: Option<ExitStatus>) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status {
        Some(s) => match (s.code(), s.signal()) {
            (Some(code), _) => format!("exited {code}"),
            (None, Some(signal)) => format!("killed by {}", signal_name(signal)),
            _ => "ended".into(),
        },
        None => "ended (its status is unknown)".into(),
    }
}

fn signal_name(signal: i32) -> String {
    match signal {
        libc::SIGHUP => "SIGHUP".into(),
        libc::SIGINT => "SIGINT".into(),
        libc::SIGKILL => "SIGKILL".into(),
        libc::SIGTERM => "SIGTERM".into(),
        libc::SIGSEGV => "SIGSEGV".into(),
        libc::SIGPIPE => "SIGPIPE".into(),
        libc::SIGABRT => "SIGABRT".into(),
        other => format!("signal {other}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_plain_file_is_refused() {
        assert!(check_program("/nonexistent/handler.sh").is_err());
        assert!(check_program("no-such-program-anywhere").is_err());
        assert!(check_program("sh").is_ok());
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("h.sh");
        std::fs::write(&file, "#!/bin/sh\n").unwrap();
        let e = check_program(file.to_str().unwrap()).unwrap_err();
        assert!(e.message.contains("not executable"), "{}", e.message);
    }
}
