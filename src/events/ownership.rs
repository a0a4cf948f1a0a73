//! Who may connect as an application name.
//!
//! ARI gives an application name to one WebSocket: a new connection with the
//! same name takes it, and the old owner stops getting its calls. So `ari`
//! refuses a name another program may hold. The catch is a real Asterisk:
//! when a WebSocket closes, its application is only *deactivated*; it stays in
//! `GET /applications` while it still has channels (and until some later
//! registration cleans it up), and REST shows no difference between that and
//! a live one. A script that runs `originate --wait --app ivr` twice would
//! refuse its own leftover.
//!
//! The rule: a listed name is free for `ari` only when `ari` itself let go of
//! it, and nothing since says someone else took it. Each time `ari` connects
//! as a name it writes a record (one small file per server and name in the
//! state directory): held by this process, on the Asterisk that started at
//! this time. When it lets go, the record says so, with the channels the
//! application still had. A listed name is then reused when:
//! - there is a record of ours for it, made on this same run of Asterisk
//!   (a restart empties the registry, so a listing after one is someone else's);
//! - no other live `ari` process holds it (its pid is in the record), and
//!   the last one let go properly (a killed `ari` could not look);
//! - it has no channel that it did not have when `ari` let go (a deactivated
//!   application cannot gain channels: `Stasis()` into it fails).
//!
//! When `ari` let go of a name that had no channels, Asterisk removes it at
//! once, and so does the record: a later listing of that name is another
//! program's. What no rule can see: another program that takes a name `ari`
//! left with calls in it, and has had no new call since.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::client::Client;
use crate::config::Settings;
use crate::error::{Error, ErrorKind, Result};
use crate::invocation::Invocation;

/// What `ari` knows of one name on one server.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
struct Record {
    server: String,
    app: String,
    /// `status.startup_time` of the Asterisk it was held on.
    startup_time: Option<String>,
    /// The process that holds it now; `None` once released.
    holder: Option<u32>,
    /// The channels it had when released; `None` when unknown (the process
    /// was interrupted before it could ask).
    channels: Option<Vec<String>>,
}

/// How long to wait for Asterisk to drop an application that had nothing
/// left in it, after its WebSocket closed (it does so as soon as it sees the close).
const VANISH_WAIT: Duration = Duration::from_millis(500);

/// The most a release may take before `ari` exits.
const RELEASE_LIMIT: Duration = Duration::from_secs(2);

/// Names this process has checked and may connect as; records the hold once
/// connected, and the release when dropped or released.
pub struct Claim {
    server: String,
    apps: Vec<String>,
    startup_time: Option<String>,
    dir: Option<PathBuf>,
    held: bool,
    verbose: bool,
}

/// Refuse names another connection may hold (unless `take_over`), and return
/// the claim to record once connected.
pub async fn claim(
    settings: &Settings,
    apps: &[String],
    take_over: bool,
    verbose: bool,
) -> Result<Claim> {
    let mut claim = Claim {
        server: server_key(settings),
        apps: apps.to_vec(),
        startup_time: None,
        dir: records_dir(),
        held: false,
        verbose,
    };
    // Taking over asks nothing first (the start time is read on release).
    if take_over {
        return Ok(claim);
    }
    let client = Client::new(settings, verbose)?;
    let (listed, startup_time) = tokio::join!(listed_apps(&client), startup_time(&client));
    let listed = listed?;
    claim.startup_time = startup_time;
    for app in apps {
        let Some(listing) = listed.iter().find(|a| a["name"].as_str() == Some(app)) else {
            continue;
        };
        let record = claim.read(app);
        match verdict(record.as_ref(), listing, claim.startup_time.as_deref()) {
            Verdict::Ours => {
                if verbose {
                    eprintln!(
                        "ari: application '{app}' is listed, but ari left it there itself: connecting as it"
                    );
                }
            }
            Verdict::Taken(why) => return Err(taken(app, &why)),
        }
    }
    Ok(claim)
}

fn taken(app: &str, why: &str) -> Error {
    Error::new(
        ErrorKind::Conflict,
        format!("application '{app}' is registered by another connection ({why}); taking it would steal its calls"),
    )
    .with_hint(
        "watch everything without taking control: `ari events` (no --app), or take it anyway: --take-over",
    )
}

#[derive(Debug, PartialEq)]
enum Verdict {
    Ours,
    Taken(String),
}

/// Whether a listed application is one `ari` left behind (module docs).
fn verdict(record: Option<&Record>, listing: &Value, startup_time: Option<&str>) -> Verdict {
    let Some(record) = record else {
        return Verdict::Taken("ari did not register it".into());
    };
    if record.startup_time.is_none() || record.startup_time.as_deref() != startup_time {
        return Verdict::Taken("ari's own use of it was before Asterisk restarted".into());
    }
    match record.holder {
        // This very process (a REPL that stopped and restarts its tail).
        Some(pid) if pid == std::process::id() => return Verdict::Ours,
        Some(pid) if process_alive(pid) => {
            return Verdict::Taken(format!("another ari, pid {pid}, is connected as it"));
        }
        _ => {}
    }
    let Some(left) = &record.channels else {
        return Verdict::Taken(
            "ari's last run as it ended before it could see what it left there".into(),
        );
    };
    let now = listing["channel_ids"].as_array().into_iter().flatten();
    if let Some(new) = now
        .filter_map(Value::as_str)
        .find(|c| !left.iter().any(|l| l == c))
    {
        return Verdict::Taken(format!(
            "it has channel {new}, which came after ari let go of it"
        ));
    }
    Verdict::Ours
}

async fn listed_apps(client: &Client) -> Result<Vec<Value>> {
    let reply = client.send_ok(&Invocation::get("/applications")).await?;
    Ok(serde_json::from_slice::<Value>(&reply.body)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default())
}

/// When this run of Asterisk started; `None` when it does not say.
async fn startup_time(client: &Client) -> Option<String> {
    let mut inv = Invocation::get("/asterisk/info");
    inv.query.push(("only".into(), "status".into()));
    let reply = client.send(&inv).await.ok()?;
    let info: Value = serde_json::from_slice(&reply.body).ok()?;
    info["status"]["startup_time"].as_str().map(str::to_string)
}

/// The channels of a listed application; `Ok(None)` when it is not listed.
async fn app_channels(client: &Client, app: &str) -> Result<Option<Vec<String>>> {
    let inv = Invocation::get(&format!(
        "/applications/{}",
        crate::invocation::encode_segment(app)
    ));
    let reply = client.send(&inv).await?;
    if reply.status == 404 {
        return Ok(None);
    }
    let body: Value = serde_json::from_slice(&reply.body)
        .map_err(|e| Error::internal(format!("the reply is not JSON: {e}")))?;
    Ok(Some(
        body["channel_ids"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c.as_str().map(str::to_string))
            .collect(),
    ))
}

impl Claim {
    /// Connected: the names are this process's now.
    pub fn hold(&mut self) {
        for app in &self.apps {
            self.write(&Record {
                server: self.server.clone(),
                app: app.clone(),
                startup_time: self.startup_time.clone(),
                holder: Some(std::process::id()),
                channels: None,
            });
        }
        self.held = true;
    }

    /// The WebSocket is closed: record what each application still has, or
    /// forget it when Asterisk dropped it.
    pub async fn release(mut self, settings: &Settings) {
        if !self.held {
            return;
        }
        // A sick server must not hold up the exit: what is not known in
        // time is recorded as unknown (by `Drop`).
        let _ = tokio::time::timeout(RELEASE_LIMIT, self.look_and_record(settings)).await;
    }

    async fn look_and_record(&mut self, settings: &Settings) {
        let Ok(client) = Client::new(settings, false) else {
            return;
        };
        if self.startup_time.is_none() {
            self.startup_time = startup_time(&client).await;
        }
        for app in self.apps.clone() {
            match channels_left(&client, &app).await {
                Ok(None) => self.forget(&app),
                Ok(Some(channels)) => self.write(&self.released(&app, Some(channels))),
                Err(_) => self.write(&self.released(&app, None)),
            }
        }
        self.held = false;
    }

    /// Taken over by another connection: the names are not ours to reuse.
    pub fn lost(mut self) {
        self.held = false;
        for app in &self.apps {
            self.forget(app);
        }
    }

    fn released(&self, app: &str, channels: Option<Vec<String>>) -> Record {
        Record {
            server: self.server.clone(),
            app: app.to_string(),
            startup_time: self.startup_time.clone(),
            holder: None,
            channels,
        }
    }

    fn write_released(&self, channels: Option<Vec<String>>) {
        for app in &self.apps {
            self.write(&self.released(app, channels.clone()));
        }
    }

    fn path(&self, app: &str) -> Option<PathBuf> {
        self.dir
            .as_ref()
            .map(|d| d.join(record_file_name(&self.server, app)))
    }

    fn read(&self, app: &str) -> Option<Record> {
        let text = std::fs::read(self.path(app)?).ok()?;
        serde_json::from_slice::<Record>(&text)
            .ok()
            .filter(|r| r.server == self.server && r.app == app)
    }

    fn write(&self, record: &Record) {
        let Some(path) = self.path(&record.app) else {
            return;
        };
        if let Err(e) = write_atomically(&path, record)
            && self.verbose
        {
            eprintln!(
                "ari: cannot keep the record of application '{}' in {}: {e}",
                record.app,
                path.display()
            );
        }
    }

    fn forget(&self, app: &str) {
        if let Some(path) = self.path(app) {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Interrupted (Ctrl-C, an error, a REPL `events off`) before `release`:
/// the socket is gone, so the names are released; what they still hold is unknown.
impl Drop for Claim {
    fn drop(&mut self) {
        if self.held {
            self.write_released(None);
        }
    }
}

/// The channels an application still has after its WebSocket closed;
/// `None` when Asterisk dropped it (it had nothing left). Asterisk handles
/// the close on its own time, so an application with nothing in it is given
/// a moment to disappear.
async fn channels_left(client: &Client, app: &str) -> Result<Option<Vec<String>>> {
    let deadline = tokio::time::Instant::now() + VANISH_WAIT;
    loop {
        match app_channels(client, app).await? {
            Some(channels) if channels.is_empty() && tokio::time::Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            other => return Ok(other),
        }
    }
}

fn server_key(settings: &Settings) -> String {
    settings
        .url
        .value
        .as_str()
        .trim_end_matches('/')
        .to_string()
}

/// Where the records live: the platform's state directory (`~/.local/state/ari`).
fn records_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "ari")?;
    let base = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    Some(base.join("applications"))
}

/// A readable, unique file name for a server and an application.
fn record_file_name(server: &str, app: &str) -> String {
    let readable = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .take(60)
            .collect()
    };
    let host = server.split("://").nth(1).unwrap_or(server);
    format!(
        "{}--{}--{:016x}.json",
        readable(host),
        readable(app),
        fnv1a(&format!("{server}\n{app}"))
    )
}

/// FNV-1a: a stable hash (std's is not stable across releases) for file names.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Write through a temporary file and a rename, so a concurrent reader never
/// sees half a record.
fn write_atomically(path: &Path, record: &Record) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{}.tmp", std::process::id()));
    std::fs::write(&tmp, serde_json::to_vec(record)?)?;
    std::fs::rename(&tmp, path)
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 sends nothing; it only asks whether the process exists.
    let result = unsafe { libc::kill(pid, 0) };
    result == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

/// No cheap check elsewhere: a holder that is gone is the usual case.
#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn record(holder: Option<u32>, channels: Option<Vec<&str>>) -> Record {
        Record {
            server: "http://pbx:8088/ari".into(),
            app: "ivr".into(),
            startup_time: Some("T1".into()),
            holder,
            channels: channels.map(|c| c.into_iter().map(String::from).collect()),
        }
    }

    #[test]
    fn a_name_ari_never_held_is_taken() {
        let listing = json!({"name": "ivr", "channel_ids": []});
        assert!(matches!(
            verdict(None, &listing, Some("T1")),
            Verdict::Taken(_)
        ));
    }

    #[test]
    fn a_name_ari_left_with_the_same_channels_is_ours() {
        let listing = json!({"name": "ivr", "channel_ids": ["1.1"]});
        let left = record(None, Some(vec!["1.1", "1.2"]));
        assert_eq!(verdict(Some(&left), &listing, Some("T1")), Verdict::Ours);
    }

    #[test]
    fn a_new_channel_or_a_restart_means_someone_else() {
        let listing = json!({"name": "ivr", "channel_ids": ["1.1", "1.9"]});
        let left = record(None, Some(vec!["1.1"]));
        assert!(matches!(
            verdict(Some(&left), &listing, Some("T1")),
            Verdict::Taken(why) if why.contains("1.9")
        ));
        let listing = json!({"name": "ivr", "channel_ids": []});
        assert!(matches!(
            verdict(Some(&left), &listing, Some("T2")),
            Verdict::Taken(why) if why.contains("restarted")
        ));
    }

    #[test]
    fn a_live_holder_keeps_it_and_a_dead_one_does_not() {
        let listing = json!({"name": "ivr", "channel_ids": []});
        // pid 1 is always alive on unix.
        #[cfg(unix)]
        assert!(matches!(
            verdict(Some(&record(Some(1), None)), &listing, Some("T1")),
            Verdict::Taken(why) if why.contains("pid 1")
        ));
        let own = record(Some(std::process::id()), None);
        assert_eq!(verdict(Some(&own), &listing, Some("T1")), Verdict::Ours);
        // Gone without saying what it left: not reused silently.
        assert!(matches!(
            verdict(Some(&record(None, None)), &listing, Some("T1")),
            Verdict::Taken(why) if why.contains("ended before")
        ));
    }

    #[test]
    fn record_file_names_are_plain_and_distinct() {
        let a = record_file_name("http://127.0.0.1:8088/ari", "ivr");
        let b = record_file_name("http://127.0.0.1:8089/ari", "ivr");
        assert_ne!(a, b);
        assert!(
            a.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_-.".contains(c)),
            "{a}"
        );
    }
}
