//! The version of each Asterisk `ari` has asked, kept a minute in the state
//! directory (one small file per server): a feature that needs a version is
//! checked without a request per command of a script.

use std::path::PathBuf;
use std::time::Duration;

/// How long a version is believed: an upgrade restarts Asterisk, and a
/// minute-old answer is as good as a new one for what it decides.
const KEPT: Duration = Duration::from_secs(60);

fn file_of(server: &str) -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "ari")?;
    let base = dirs.state_dir().unwrap_or_else(|| dirs.data_local_dir());
    let name: String = server
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .take(120)
        .collect();
    Some(base.join("versions").join(name))
}

/// The version kept for `server`, if it is fresh.
pub fn read(server: &str) -> Option<String> {
    let file = file_of(server)?;
    let age = file.metadata().ok()?.modified().ok()?.elapsed().ok()?;
    if age > KEPT {
        return None;
    }
    let text = std::fs::read_to_string(file).ok()?;
    let version = text.trim();
    (!version.is_empty() && version.len() < 100).then(|| version.to_string())
}

/// Keep `version` for `server`; a failure to write only costs a request later.
pub fn write(server: &str, version: &str) {
    let Some(file) = file_of(server) else { return };
    if let Some(dir) = file.parent()
        && std::fs::create_dir_all(dir).is_ok()
    {
        let _ = std::fs::write(&file, version);
    }
}
