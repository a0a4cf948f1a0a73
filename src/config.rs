//! Profiles and precedence: flags > environment > profile > built-in default.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::Url;
use serde::Deserialize;

use crate::error::{Error, Result, one_line};
use crate::transport::Transport;

/// Where the built-in default profile points: a default `ari sim` or a local Asterisk.
pub const DEFAULT_URL: &str = "http://127.0.0.1:8088";
pub const DEFAULT_USERNAME: &str = "asterisk";
pub const DEFAULT_PASSWORD: &str = "asterisk";
pub const DEFAULT_CONNECT_TIMEOUT: f64 = 10.0;
/// The name the built-in profile goes by.
pub const BUILTIN_PROFILE: &str = "default";

/// One `[profiles.NAME]` table of the config file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub url: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub password_env: Option<String>,
    pub password_command: Option<String>,
    pub app: Option<String>,
    pub timeout: Option<f64>,
    pub connect_timeout: Option<f64>,
    pub insecure: Option<bool>,
    pub cacert: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigDocument {
    default: Option<String>,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
    /// `[groups]`: `eu = ["eu-1", "eu-2"]`, a name for several profiles.
    #[serde(default)]
    groups: BTreeMap<String, Vec<String>>,
}

/// The config file: where it is and what it holds.
#[derive(Debug)]
pub struct ConfigFile {
    pub path: PathBuf,
    /// Named with `--config` or `ARI_CONFIG` (so it must exist to be read).
    pub explicit: bool,
    pub exists: bool,
    pub default: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
    pub groups: BTreeMap<String, Vec<String>>,
}

/// The config file's location: `--config`, else `ARI_CONFIG`, else the platform config dir.
pub fn config_path(flag: Option<&Path>) -> Result<(PathBuf, bool)> {
    if let Some(path) = flag {
        return Ok((path.to_path_buf(), true));
    }
    if let Some(path) = std::env::var_os("ARI_CONFIG").filter(|p| !p.is_empty()) {
        return Ok((PathBuf::from(path), true));
    }
    let dirs = directories::ProjectDirs::from("", "", "ari").ok_or_else(|| {
        Error::usage("cannot find a home directory for the config file; use --config PATH")
    })?;
    Ok((dirs.config_dir().join("config.toml"), false))
}

impl ConfigFile {
    /// Read the config file; a missing file is an empty configuration.
    pub fn load(flag: Option<&Path>) -> Result<ConfigFile> {
        let (path, explicit) = config_path(flag)?;
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => Some(text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => {
                return Err(Error::usage(format!(
                    "cannot read config file {}: {}",
                    path.display(),
                    one_line(&e.to_string())
                )));
            }
        };
        let Some(text) = text else {
            return Ok(ConfigFile {
                path,
                explicit,
                exists: false,
                default: None,
                profiles: BTreeMap::new(),
                groups: BTreeMap::new(),
            });
        };
        let doc: ConfigDocument = toml::from_str(&text).map_err(|e| {
            let place = e
                .span()
                .map(|span| {
                    let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
                    format!(" line {line}:")
                })
                .unwrap_or_default();
            Error::usage(format!(
                "config file {}:{place} {}",
                path.display(),
                one_line(e.message())
            ))
        })?;
        let file = ConfigFile {
            path,
            explicit,
            exists: true,
            default: doc.default,
            profiles: doc.profiles,
            groups: doc.groups,
        };
        file.warn_if_readable_by_others();
        Ok(file)
    }

    /// A password in a file that others can read is a password others know.
    fn warn_if_readable_by_others(&self) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let holds_password = self.profiles.values().any(|p| p.password.is_some());
            if !holds_password {
                return;
            }
            if let Ok(meta) = std::fs::metadata(&self.path)
                && meta.permissions().mode() & 0o077 != 0
            {
                eprintln!(
                    "ari: warning: {} holds a password and is readable by group or others; run: chmod 600 {}",
                    self.path.display(),
                    self.path.display()
                );
            }
        }
    }
}

/// Where a setting's value came from, for `ari profile show`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Flag(&'static str),
    Env(&'static str),
    Profile(String),
    /// The `default = "NAME"` key of the config file.
    ConfigDefault,
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Flag(flag) => write!(f, "flag {flag}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Profile(name) => write!(f, "profile '{name}'"),
            Source::ConfigDefault => f.write_str("default in config file"),
            Source::Default => f.write_str("built-in default"),
        }
    }
}

/// How the password is obtained; resolved only when a request needs it, so
/// `password_command` does not run for `--curl` or `--help`.
#[derive(Clone)]
pub enum PasswordSource {
    None,
    Literal(String),
    Env(String),
    Command(String),
}

impl fmt::Debug for PasswordSource {
    // Never print a password, not even in debug output.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PasswordSource::None => f.write_str("None"),
            PasswordSource::Literal(_) => f.write_str("Literal(<redacted>)"),
            PasswordSource::Env(var) => write!(f, "Env({var})"),
            PasswordSource::Command(cmd) => write!(f, "Command({cmd})"),
        }
    }
}

impl PasswordSource {
    pub fn resolve(&self) -> Result<Option<String>> {
        match self {
            PasswordSource::None => Ok(None),
            PasswordSource::Literal(p) => Ok(Some(p.clone())),
            PasswordSource::Env(var) => match std::env::var(var) {
                Ok(p) => Ok(Some(p)),
                Err(_) => Err(Error::usage(format!(
                    "the profile reads its password from ${var}, which is not set"
                ))),
            },
            PasswordSource::Command(cmd) => run_password_command(cmd).map(Some),
        }
    }

    /// How the password is described in `profile show` (never the value).
    pub fn describe(&self) -> String {
        match self {
            PasswordSource::None => "(none)".into(),
            PasswordSource::Literal(_) => "******** (set)".into(),
            PasswordSource::Env(var) => {
                let state = if std::env::var_os(var).is_some() {
                    "set"
                } else {
                    "NOT SET"
                };
                format!("from ${var} ({state})")
            }
            PasswordSource::Command(cmd) => format!("from command: {cmd}"),
        }
    }

    /// The shell word `--curl` prints where the password goes.
    pub fn shell_reference(&self) -> String {
        match self {
            PasswordSource::Env(var) => format!("${var}"),
            _ => "$ARI_PASSWORD".into(),
        }
    }
}

/// Run `password_command` through the shell and take its first line of output.
fn run_password_command(cmd: &str) -> Result<String> {
    let output = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::inherit())
        .stderr(std::process::Stdio::piped())
        .output()
        .map_err(|e| Error::usage(format!("password_command could not run: {e}")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let detail = stderr.lines().next().map(one_line).unwrap_or_default();
        let status = output
            .status
            .code()
            .map_or("a signal".to_string(), |c| format!("status {c}"));
        let detail = if detail.is_empty() {
            String::new()
        } else {
            format!(": {detail}")
        };
        return Err(Error::usage(format!(
            "password_command failed with {status}{detail}"
        )));
    }
    let stdout = String::from_utf8(output.stdout)
        .map_err(|_| Error::usage("password_command printed something that is not UTF-8"))?;
    let password = stdout.lines().next().unwrap_or("").to_string();
    if password.is_empty() {
        return Err(Error::usage("password_command printed nothing"));
    }
    Ok(password)
}

/// Connection settings given on the command line (the top of the precedence).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub profile: Option<String>,
    pub url: Option<String>,
    /// `-u user[:password]`
    pub user: Option<String>,
    pub max_time: Option<f64>,
    pub connect_timeout: Option<f64>,
    pub insecure: bool,
    pub cacert: Option<PathBuf>,
    /// `--via`: how REST requests travel.
    pub transport: Option<Transport>,
}

/// A value and where it came from.
#[derive(Debug, Clone)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

fn sourced<T>(value: T, source: Source) -> Sourced<T> {
    Sourced { value, source }
}

/// Everything needed to talk to one Asterisk, after precedence.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Sourced<String>,
    pub config_path: PathBuf,
    /// Base URL ending in `/ari`.
    pub url: Sourced<Url>,
    pub username: Sourced<String>,
    pub password: Sourced<PasswordSource>,
    pub app: Option<Sourced<String>>,
    pub max_time: Option<Sourced<Duration>>,
    pub connect_timeout: Sourced<Duration>,
    pub insecure: Sourced<bool>,
    pub cacert: Option<Sourced<PathBuf>>,
    pub transport: Transport,
}

fn env(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|v| !v.is_empty())
}

fn seconds(value: f64, what: &str) -> Result<Duration> {
    Duration::try_from_secs_f64(value)
        .ok()
        .filter(|_| value.is_finite())
        .ok_or_else(|| Error::usage(format!("{what} must be a number of seconds, not {value}")))
}

/// Expand a leading `~/` and anchor a relative path at `base`.
fn resolve_path(path: &Path, base: Option<&Path>) -> PathBuf {
    if let Ok(rest) = path.strip_prefix("~")
        && let Some(home) = directories::BaseDirs::new()
    {
        return home.home_dir().join(rest);
    }
    match base {
        Some(base) if path.is_relative() => base.join(path),
        _ => path.to_path_buf(),
    }
}

impl Settings {
    /// Apply precedence: flags > environment > profile > built-in default.
    pub fn resolve(overrides: &Overrides, file: &ConfigFile) -> Result<Settings> {
        let (profile_name, profile) = select_profile(overrides, file)?;
        let from_profile = || Source::Profile(profile_name.value.clone());
        let config_dir = file.path.parent();

        // URL
        let (raw_url, url_source) = if let Some(u) = &overrides.url {
            (u.clone(), Source::Flag("--url"))
        } else if let Some(u) = env("ARI_URL") {
            (u, Source::Env("ARI_URL"))
        } else if let Some(u) = &profile.url {
            (u.clone(), from_profile())
        } else {
            (DEFAULT_URL.to_string(), Source::Default)
        };
        let (url, url_user, url_password) = normalize_url(&raw_url)?;

        // Username and password; `-u user:password` sets both at flag level.
        let (flag_user, flag_password) = match &overrides.user {
            Some(u) => match u.split_once(':') {
                Some((user, pass)) => (Some(user.to_string()), Some(pass.to_string())),
                None => (Some(u.clone()), None),
            },
            None => (None, None),
        };
        let username = if let Some(u) = flag_user {
            sourced(u, Source::Flag("--user"))
        } else if let Some(u) = env("ARI_USERNAME") {
            sourced(u, Source::Env("ARI_USERNAME"))
        } else if let Some(u) = &profile.username {
            sourced(u.clone(), from_profile())
        } else if let Some(u) = url_user {
            sourced(u, url_source.clone())
        } else {
            sourced(DEFAULT_USERNAME.to_string(), Source::Default)
        };
        let password = if let Some(p) = flag_password {
            sourced(PasswordSource::Literal(p), Source::Flag("--user"))
        } else if let Ok(p) = std::env::var("ARI_PASSWORD") {
            sourced(PasswordSource::Literal(p), Source::Env("ARI_PASSWORD"))
        } else if let Some(p) = &profile.password {
            sourced(PasswordSource::Literal(p.clone()), from_profile())
        } else if let Some(var) = &profile.password_env {
            sourced(PasswordSource::Env(var.clone()), from_profile())
        } else if let Some(cmd) = &profile.password_command {
            sourced(PasswordSource::Command(cmd.clone()), from_profile())
        } else if let Some(p) = url_password {
            sourced(PasswordSource::Literal(p), url_source.clone())
        } else if profile_name.source == Source::Default {
            sourced(
                PasswordSource::Literal(DEFAULT_PASSWORD.to_string()),
                Source::Default,
            )
        } else {
            sourced(PasswordSource::None, from_profile())
        };

        let app = if let Some(a) = env("ARI_APP") {
            Some(sourced(a, Source::Env("ARI_APP")))
        } else if let Some(a) = env("ARI_APPLICATION") {
            Some(sourced(a, Source::Env("ARI_APPLICATION")))
        } else {
            profile.app.clone().map(|a| sourced(a, from_profile()))
        };

        let max_time = match (overrides.max_time, profile.timeout) {
            (Some(t), _) => Some(sourced(
                seconds(t, "--max-time")?,
                Source::Flag("--max-time"),
            )),
            (None, Some(t)) => Some(sourced(seconds(t, "timeout")?, from_profile())),
            (None, None) => None,
        };
        let connect_timeout = match (overrides.connect_timeout, profile.connect_timeout) {
            (Some(t), _) => sourced(
                seconds(t, "--connect-timeout")?,
                Source::Flag("--connect-timeout"),
            ),
            (None, Some(t)) => sourced(seconds(t, "connect_timeout")?, from_profile()),
            (None, None) => sourced(seconds(DEFAULT_CONNECT_TIMEOUT, "")?, Source::Default),
        };
        let insecure = if overrides.insecure {
            sourced(true, Source::Flag("--insecure"))
        } else if let Some(i) = profile.insecure {
            sourced(i, from_profile())
        } else {
            sourced(false, Source::Default)
        };
        let cacert = if let Some(c) = &overrides.cacert {
            Some(sourced(resolve_path(c, None), Source::Flag("--cacert")))
        } else {
            profile
                .cacert
                .as_ref()
                .map(|c| sourced(resolve_path(c, config_dir), from_profile()))
        };

        Ok(Settings {
            profile: profile_name,
            config_path: file.path.clone(),
            url: sourced(url, url_source),
            username,
            password,
            app,
            max_time,
            connect_timeout,
            insecure,
            cacert,
            transport: overrides.transport.unwrap_or_default(),
        })
    }
}

/// Pick the profile: `--profile`, `ARI_PROFILE`, the file's `default`, a
/// profile named "default", or the built-in one.
fn select_profile(overrides: &Overrides, file: &ConfigFile) -> Result<(Sourced<String>, Profile)> {
    let chosen = if let Some(p) = &overrides.profile {
        Some(sourced(p.clone(), Source::Flag("--profile")))
    } else if let Some(p) = env("ARI_PROFILE") {
        Some(sourced(p, Source::Env("ARI_PROFILE")))
    } else {
        file.default
            .clone()
            .map(|p| sourced(p, Source::ConfigDefault))
    };
    match chosen {
        Some(name) => match file.profiles.get(&name.value) {
            Some(profile) => Ok((name, profile.clone())),
            None => Err(unknown_profile(&name.value, file)),
        },
        None => match file.profiles.get(BUILTIN_PROFILE) {
            Some(profile) => Ok((
                sourced(
                    BUILTIN_PROFILE.to_string(),
                    Source::Profile(BUILTIN_PROFILE.into()),
                ),
                profile.clone(),
            )),
            None => Ok((
                sourced(BUILTIN_PROFILE.to_string(), Source::Default),
                Profile::default(),
            )),
        },
    }
}

pub fn unknown_profile(name: &str, file: &ConfigFile) -> Error {
    if !file.exists {
        return Error::usage(format!(
            "no profile '{name}': config file {} does not exist",
            file.path.display()
        ))
        .with_hint(format!(
            "create it with: ari profile add {name} --url http://HOST:8088 -u USER"
        ));
    }
    let known: Vec<&str> = file.profiles.keys().map(String::as_str).collect();
    let known = if known.is_empty() {
        "none".to_string()
    } else {
        known.join(", ")
    };
    Error::usage(format!(
        "no profile '{name}' in {} (profiles: {known})",
        file.path.display()
    ))
}

/// Normalize a configured URL: a bare `host:port` means `http://`, `/ari` is
/// appended when absent, and credentials in it are taken out (they must never
/// travel in a URL or show up in messages).
pub fn normalize_url(raw: &str) -> Result<(Url, Option<String>, Option<String>)> {
    let raw = raw.trim();
    let with_scheme = if raw.contains("://") {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    let mut url = Url::parse(&with_scheme)
        .map_err(|e| Error::usage(format!("invalid url '{}': {e}", redact_userinfo(raw))))?;
    if url.scheme() != "http" && url.scheme() != "https" {
        return Err(Error::usage(format!(
            "invalid url '{}': the scheme must be http or https",
            redact_userinfo(raw)
        )));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(Error::usage(format!(
            "invalid url '{}': no host",
            redact_userinfo(raw)
        )));
    }
    let user = (!url.username().is_empty()).then(|| decode(url.username()));
    let password = url.password().map(decode);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    url.set_query(None);
    url.set_fragment(None);
    let path = url.path().trim_end_matches('/').to_string();
    if !path.ends_with("/ari") {
        url.set_path(&format!("{path}/ari"));
    } else {
        url.set_path(&path);
    }
    Ok((url, user, password))
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

/// `http://user:secret@host` → `http://user:***@host`, for error messages.
fn redact_userinfo(raw: &str) -> String {
    match (raw.find("://"), raw.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let userinfo = &raw[s + 3..at];
            match userinfo.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &raw[..s + 3], &raw[at..]),
                None => raw.to_string(),
            }
        }
        _ => raw.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_host_gets_scheme_and_ari_path() {
        let (url, _, _) = normalize_url("pbx.example.com:8088").unwrap();
        assert_eq!(url.as_str(), "http://pbx.example.com:8088/ari");
        let (url, _, _) = normalize_url("https://pbx:8089/ari/").unwrap();
        assert_eq!(url.as_str(), "https://pbx:8089/ari");
        let (url, _, _) = normalize_url("https://pbx/asterisk").unwrap();
        assert_eq!(url.as_str(), "https://pbx/asterisk/ari");
    }

    #[test]
    fn credentials_leave_the_url() {
        let (url, user, pass) = normalize_url("http://ari:s%40cret@pbx:8088").unwrap();
        assert_eq!(url.as_str(), "http://pbx:8088/ari");
        assert_eq!(user.as_deref(), Some("ari"));
        assert_eq!(pass.as_deref(), Some("s@cret"));
    }

    #[test]
    fn bad_urls_are_usage_errors_without_secrets() {
        let err = normalize_url("ftp://u:topsecret@pbx").unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(!err.message.contains("topsecret"), "{}", err.message);
        assert!(normalize_url("http://").is_err());
    }
}
